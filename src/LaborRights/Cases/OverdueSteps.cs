namespace LaborRights.Cases;

/// <summary>The overdue steps of a case, changed as immutable lists inside a fold.</summary>
public static class OverdueSteps
{
    public static IReadOnlyList<string> Plus(this IReadOnlyList<string> steps, string step) => steps.Contains(step) ? steps : [.. steps, step];

    public static IReadOnlyList<string> Minus(this IReadOnlyList<string> steps, string step) => steps.Contains(step) ? [.. steps.Where(s => s != step)] : steps;
}

namespace LaborRights.Cases;

/// <summary>
/// The steps that run on a statutory clock, by the stable names answers use (<c>nextStep</c>, <c>overdueSteps</c>)
/// and what they are called for people.
/// </summary>
public static class CaseSteps
{
    /// <summary>Deciding whether to accept the complaint or application (受理审查).</summary>
    public const string Acceptance = "acceptance";

    /// <summary>Investigating and closing the case (调查处理).</summary>
    public const string Investigation = "investigation";

    /// <summary>The employer paying what it was ordered to pay (限期支付).</summary>
    public const string Payment = "payment";

    /// <summary>The arbitration commission's award (仲裁裁决).</summary>
    public const string Award = "award";

    /// <summary>The complainant supplying the material asked for (补正材料).</summary>
    public const string Material = "material";

    public static string Chinese(string step) => step switch
    {
        Acceptance => "受理审查",
        Investigation => "调查处理",
        Payment => "限期支付",
        Award => "仲裁裁决",
        Material => "补正材料",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step on a statutory clock."),
    };

    public static string English(string step) => step switch
    {
        Acceptance => "decision on acceptance",
        Investigation => "investigation",
        Payment => "payment by the employer",
        Award => "arbitration award",
        Material => "supplying the material asked for",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step on a statutory clock."),
    };
}

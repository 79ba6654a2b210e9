namespace LaborRights.Discrimination;

internal static class DiscriminationRefusals
{
    /// <summary>
    /// Remedies follow only a finding that discrimination is substantiated: before the finding, or after a finding
    /// that it is not, there is nothing to remedy.
    /// </summary>
    public static Refusal? RequireSubstantiated(DiscriminationCase state, string actionZh, string actionEn) => state.Status switch
    {
        DiscriminationStatus.Substantiated => null,
        DiscriminationStatus.UnderInvestigation or DiscriminationStatus.NotSubstantiated => new Refusal("substantiated-finding-required",
            $"须先认定歧视成立，才能{actionZh}。", $"Discrimination must be found substantiated before the case can {actionEn}."),
        _ => CaseRefusals.NotAllowedIn(state.Status, actionZh, actionEn),
    };
}

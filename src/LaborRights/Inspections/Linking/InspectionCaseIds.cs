namespace LaborRights.Inspections.Linking;

/// <summary>
/// The id of the inspection case opened for a source case, derived from the source alone, so that the same
/// linkage requested twice (two nodes, a replayed message) names one stream and opens one case.
/// </summary>
public static class InspectionCaseIds
{
    // Our own namespace for name-based UUIDs (RFC 9562 §5.5). Never change it: ids already issued depend on it.
    public static readonly Guid Namespace = Guid.Parse("4d0c8f2e-6a51-4b7e-9f3c-2e1d7a9b5c60");

    /// <summary>A version-5 UUID of "inspection-for:{kind}:{id}", e.g. "inspection-for:WageArrears:0b6e…".</summary>
    public static Guid ForSource(CaseReference source) =>
        DeterministicId.NameBased(Namespace, $"inspection-for:{source.Kind}:{source.Id:D}");
}

using LaborRights.WageArrears.Linking;

namespace LaborRights.Inspections.Linking;

/// <summary>
/// What an inspection decision starts elsewhere (联动, docs/adr/0007): a finding of wage arrears opens a wage-arrears
/// case for the same employer and county, or links to one that is already open. Several wage-arrears findings of one
/// visit are one employer's arrears: they travel as one message with the amounts added up.
/// </summary>
public static class InspectionLinkage
{
    public static IEnumerable<object> For(InspectionCase state, IEnumerable<object> events)
    {
        var arrears = events.OfType<ViolationFound>().Where(v => v.Category == ViolationCategory.WageArrears).ToList();
        if (arrears.Count == 0) yield break;
        var first = arrears[0];
        yield return new WageArrearsFoundByInspection(
            first.InspectionCaseId, first.FindingNumber, first.EmployerName, first.EmployerCreditCode, first.CountyCode, first.ParkCode,
            arrears.Any(v => v.AmountOwed is not null) ? arrears.Sum(v => v.AmountOwed ?? 0) : null,
            arrears.Any(v => v.WorkersAffected is not null) ? arrears.Max(v => v.WorkersAffected ?? 0) : null,
            string.Join("；", arrears.Select(v => v.Description)), first.FoundOn);
    }
}

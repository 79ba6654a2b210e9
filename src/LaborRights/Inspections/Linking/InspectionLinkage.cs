using LaborRights.WageArrears.Linking;

namespace LaborRights.Inspections.Linking;

/// <summary>
/// What an inspection decision starts elsewhere (联动, docs/adr/0007): a finding of wage arrears opens a wage-arrears
/// case for the same employer and county, or links to one that is already open.
/// </summary>
public static class InspectionLinkage
{
    public static IEnumerable<object> For(InspectionCase state, IEnumerable<object> events) => events
        .OfType<ViolationFound>()
        .Where(v => v.Category == ViolationCategory.WageArrears)
        .Select(v => new WageArrearsFoundByInspection(
            v.InspectionCaseId, v.FindingNumber, v.EmployerName, v.EmployerCreditCode, v.CountyCode, v.ParkCode,
            v.AmountOwed, v.WorkersAffected, v.Description, v.FoundOn));
}

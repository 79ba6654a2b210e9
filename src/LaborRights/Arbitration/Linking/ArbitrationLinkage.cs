using LaborRights.Inspections.Linking;

namespace LaborRights.Arbitration.Linking;

/// <summary>
/// What an arbitration decision starts elsewhere (联动, docs/adr/0007): an award the worker reports unpaid opens an
/// inspection of the employer for enforcement of the wage obligation, (the report decision itself records the link).
/// </summary>
public static class ArbitrationLinkage
{
    public static IEnumerable<object> For(ArbitrationCase state, IEnumerable<object> events) =>
        events.OfType<AwardReportedUnpaid>().Select(e => OpenInspectionFromLinkage.For(new CaseReference(CaseKind.Arbitration, state.Id),
            state.Employer.Name, state.Employer.CreditCode, state.CountyCode, state.ParkCode,
            $"劳动者反映仲裁裁决（{state.CaseNumber}）未履行，裁决金额{e.AmountAwarded:0.00}元"));
}

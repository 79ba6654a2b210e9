using LaborRights.Inspections.Linking;

namespace LaborRights.Discrimination.Linking;

/// <summary>
/// What a discrimination decision starts elsewhere (联动, docs/adr/0007): an accepted complaint opens an inspection
/// of the employer (妇女权益保障法 第49条 brings discrimination into inspection), (the accept decision itself records the link).
/// </summary>
public static class DiscriminationLinkage
{
    /// <summary>Acceptance opens an inspection of the employer; its reason names the grounds and stage in Chinese (never enum names).</summary>
    public static IEnumerable<object> For(DiscriminationCase state, IEnumerable<object> events) =>
        events.OfType<DiscriminationComplaintAccepted>().Select(e => OpenInspectionFromLinkage.For(
            new CaseReference(CaseKind.Discrimination, state.Id), e.Employer.Name, e.Employer.CreditCode, e.CountyCode, e.ParkCode,
            $"就业歧视投诉已受理，依法开展劳动保障监察（{DiscriminationGrounds.Zh(e.Grounds)}；{DiscriminationGrounds.Zh(e.Stage)}）"));
}

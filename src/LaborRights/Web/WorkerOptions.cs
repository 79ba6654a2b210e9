using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.Tracking;
using LaborRights.WageArrears;

namespace LaborRights.Web;

/// <summary>
/// What a worker may do when the office let a deadline pass or refused the case: the remedies the law gives, as resource
/// keys of plain sentences (Resources/Web/PortalText.resx, "Remedy.*"), and the English name of a public status.
/// </summary>
public static class WorkerOptions
{
    /// <summary>The remedies that apply to the case as it stands today; none while the office is within its time.</summary>
    public static IReadOnlyList<string> RemediesFor(PublicCaseStatus status, DateOnly today)
    {
        var overdue = status.IsOpen && status.NextDueOn is { } due && due < today;
        return (status.Kind, status.Status, overdue) switch
        {
            // 劳动争议调解仲裁法 第29条: refused or not decided within 5 days → court.
            (CaseKind.Arbitration, nameof(ArbitrationStatus.Refused), _) => ["Remedy.ArbitrationRefused"],
            (CaseKind.Arbitration, _, true) when status.NextStep == CaseSteps.Acceptance => ["Remedy.ArbitrationRefused"],
            // 第43条: no award within the period → court.
            (CaseKind.Arbitration, _, true) => ["Remedy.AwardLate"],
            (CaseKind.WageArrears, nameof(CaseStatus.Rejected), _) => ["Remedy.InspectionRefused", "Remedy.Arbitrate"],
            (CaseKind.WageArrears, _, true) => ["Remedy.InspectionLate", "Remedy.Arbitrate"],
            (CaseKind.Discrimination, nameof(DiscriminationStatus.Rejected), _) => ["Remedy.InspectionRefused", "Remedy.SueForDiscrimination"],
            (CaseKind.Discrimination, _, true) => ["Remedy.InspectionLate", "Remedy.SueForDiscrimination"],
            _ => [],
        };
    }

    /// <summary>The status as it reads in English (the public status is the kind's status name).</summary>
    public static string English(PublicCaseStatus status) => (status.Kind switch
    {
        CaseKind.WageArrears => Parse<CaseStatus>(status.Status),
        CaseKind.Discrimination => Parse<DiscriminationStatus>(status.Status),
        CaseKind.Arbitration => Parse<ArbitrationStatus>(status.Status),
        CaseKind.Inspection => Parse<Inspections.InspectionStatus>(status.Status),
        _ => null,
    }) is { } value ? StatusNames.English(value) : status.Status;

    private static Enum? Parse<TEnum>(string status) where TEnum : struct, Enum => Enum.TryParse<TEnum>(status, out var value) ? value : null;
}

using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.Tracking;
using LaborRights.WageArrears;

namespace LaborRights.Web;

/// <summary>The English name of a public status (what the worker may do now is <see cref="Tracking.WorkerRemedies"/>).</summary>
public static class WorkerOptions
{
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

using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.ReferenceData;
using Marten;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Filing;

/// <summary>
/// A worker files a wage-arrears complaint online (全国根治欠薪线索反映平台 style). With an <c>Idempotency-Key</c>
/// header a retried submission returns the case the first one created.
/// </summary>
public static class FileComplaintEndpoint
{
    public const string IdempotencyHeader = IntakeIdempotency.Header;
    private const string Scope = "wage-arrears-complaint";

    public static Task<IResult> BeforeAsync(
        ComplaintForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, CaseServices<WageArrearsRules> services,
        IntakeIdempotency idempotency, CancellationToken ct) =>
        idempotency.BeforeFilingAsync(request, Scope, form.Validate(regions, ShanghaiTime.Today(services.Clock)), session, form, ct);

    [Public]
    [WolverinePost("/api/complaints/wage-arrears")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        ComplaintForm form, HttpRequest request, IDocumentSession session, CaseServices<WageArrearsRules> services, IntakeIdempotency idempotency)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = ComplaintIntake.Start(form, IntakeChannel.Online, "complainant:online", now, services);
        var answer = ComplaintIntake.Answer(received.WageArrearsCaseId, received.TrackingNumber, accessCode, received.AcceptanceDueOn);
        var location = TrackCaseEndpoint.PathOf(received.TrackingNumber);
        idempotency.RememberFiling(request, Scope, session, form, answer, location);
        return CaseIntake.Opened<WageArrearsCase>(received.WageArrearsCaseId, received, location, answer);
    }
}

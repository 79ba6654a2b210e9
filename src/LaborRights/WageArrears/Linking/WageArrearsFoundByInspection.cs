using LaborRights.Inspections.Linking;
using LaborRights.Tracking;
using LaborRights.WageArrears.Deadlines;
using Marten;
using Marten.Exceptions;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace LaborRights.WageArrears.Linking;

/// <summary>An inspection found wage arrears (one finding): open a wage-arrears case for it, or join the open one.</summary>
public sealed record WageArrearsFoundByInspection(
    Guid InspectionCaseId, int FindingNumber, string EmployerName, string EmployerCreditCode, string CountyCode, string? ParkCode,
    decimal? AmountOwed, int? WorkersAffected, string Description, DateOnly FoundOn);

public static class WageArrearsFoundByInspectionHandler
{
    public const string Actor = "linkage";

    /// <summary>Two deliveries racing to start the same stream: the loser retries and finds the case.</summary>
    public static void Configure(HandlerChain chain) => chain.OnException<ExistingStreamIdCollisionException>().RetryTimes(3);

    public static async Task<OutgoingMessages> Handle(
        WageArrearsFoundByInspection finding, IDocumentSession session, CaseServices<WageArrearsRules> services, CancellationToken ct)
    {
        var inspection = new CaseReference(CaseKind.Inspection, finding.InspectionCaseId);
        // One inspection's wage-arrears findings are one employer's arrears in one county: one case, whichever finding
        // arrives first; the others (and redeliveries) find it.
        var openedId = DeterministicId.OpenedFrom(inspection, "wage-arrears");
        if (await session.Events.FetchStreamStateAsync(openedId, ct) is not null) return [];
        var alreadyLinked = await session.Query<CaseIndex.CaseIndexEntry>()
            .AnyAsync(x => x.Kind == CaseKind.WageArrears && x.WageArrears!.Links.Any(l => l.Other.Id == finding.InspectionCaseId), ct);
        if (alreadyLinked) return [];

        // The same arrears may already be a case (a worker complained first): link it instead of opening another.
        // The wage-arrears case holds the link; the inspection finds it by query (appending to the inspection here
        // would change its version under the inspectors working on it).
        var open = await session.Query<CaseIndex.CaseIndexEntry>()
            .Where(x => x.Kind == CaseKind.WageArrears && x.Employer.CreditCode == finding.EmployerCreditCode
                && x.CountyCode == finding.CountyCode && x.IsOpen)
            .OrderBy(x => x.ReceivedOn)
            .FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            return [new LinkWageArrearsCase(open.Id, inspection, LinkRelation.SameMatter)];
        }

        var received = Received(openedId, inspection, finding, services);
        session.Events.StartStream<WageArrearsCase>(openedId, received);
        return DeadlineSchedule.For([received]);
    }

    /// <summary>
    /// A referral has no complainant: the inspection is the source. Its tracking number exists for reference;
    /// no access code is handed out, so the public cannot open it.
    /// </summary>
    private static WageArrearsComplaintReceived Received(Guid id, CaseReference source, WageArrearsFoundByInspection f, CaseServices<WageArrearsRules> services)
    {
        var now = services.Clock.GetUtcNow();
        var receivedOn = ShanghaiTime.DateOf(now);
        var due = services.Calendar.AddWorkingDays(receivedOn, services.Rules.AcceptanceWorkingDays);
        return new WageArrearsComplaintReceived(
            id, TrackingCredentials.NewTrackingNumber(receivedOn), TrackingCredentials.Hash(TrackingCredentials.NewAccessCode()),
            IntakeChannel.Referral, null, new Employer(f.EmployerName, f.EmployerCreditCode), f.CountyCode, f.ParkCode, null,
            Math.Max(1, f.WorkersAffected ?? 1), f.AmountOwed ?? 0m, new EmploymentPeriod(f.FoundOn, null),
            $"劳动保障监察发现欠薪（第{f.FindingNumber}项）：{f.Description}", due.DueOn, due.IsProvisional, Actor, now, source);
    }
}

using LaborRights.Inspections.Deadlines;
using LaborRights.Inspections.Opening;
using LaborRights.ReferenceData;
using Marten;
using Marten.Exceptions;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace LaborRights.Inspections.Linking;

/// <summary>
/// Linkage asks for an inspection of an employer because of another case (e.g. a wage-arrears complaint).
/// Made with <see cref="For"/>, whose id comes from the source, so that asking twice opens one case.
/// </summary>
public sealed record OpenInspectionFromLinkage(
    Guid InspectionCaseId, CaseReference Source, string EmployerName, string EmployerCreditCode,
    string CountyCode, string? ParkCode, string Reason)
{
    public static OpenInspectionFromLinkage For(CaseReference source, string employerName, string employerCreditCode, string countyCode,
        string? parkCode, string reason) =>
        new(InspectionCaseIds.ForSource(source), source, employerName, employerCreditCode, countyCode, parkCode, reason);
}

public static class OpenInspectionFromLinkageHandler
{
    /// <summary>Two deliveries racing to start the same stream: the loser retries, sees the case and does nothing.</summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<ExistingStreamIdCollisionException>().RetryTimes(3);

    public static async Task<OutgoingMessages> Handle(
        OpenInspectionFromLinkage message, IDocumentSession session, CaseServices<InspectionRules> services, ShandongRegions regions,
        LaborRights.WageArrears.Accepting.CaseNumbers numbers, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(message.InspectionCaseId, ct) is not null) return [];

        var target = new InspectionTarget(message.EmployerName, message.EmployerCreditCode, message.CountyCode, message.ParkCode, null, message.Reason);
        var errors = target.Validate(regions, new FieldErrors());
        // The source case validated these at its own intake; invalid data here is a bug upstream, so the
        // message goes to the dead-letter queue where it is visible instead of opening a case without an employer.
        if (errors.Any)
            throw new ArgumentException("OpenInspectionFromLinkage is invalid: " +
                string.Join("; ", errors.ToProblem().Errors.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}")), nameof(message));

        var ctx = services.ContextFor(CaseEventMetadata.Linkage);
        var number = await numbers.NextAsync(target.CountyCode!.Trim(), ctx.Today.Year, ct);
        var opened = target.Open(message.InspectionCaseId, InspectionOrigin.Linkage, message.Source, number, ctx);
        session.Events.StartStream<InspectionCase>(opened.InspectionCaseId, opened);
        return InspectionDeadlineSchedule.For([opened]);
    }
}

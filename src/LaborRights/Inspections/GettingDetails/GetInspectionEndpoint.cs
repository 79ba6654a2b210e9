using JasperFx.Events;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Inspections.GettingDetails;

/// <summary>One line of an inspection case's history: what happened, who did it, when it happened and when it was recorded.</summary>
public sealed record InspectionHistoryEntry(long Version, string Event, string Actor, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string TextZh, string TextEn);

/// <param name="WageArrearsCases">
/// Wage-arrears cases this inspection's findings opened or joined (联动). They hold the link; it is looked up here
/// so that linkage never changes the inspection's version under its inspectors (docs/adr/0007).
/// </param>
public sealed record InspectionDetails(
    InspectionCaseView Case, IReadOnlyList<InspectionHistoryEntry> History, IReadOnlyList<CaseLink> WageArrearsCases);

public static class GetInspectionEndpoint
{
    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [WolverineGet("/api/inspections/{id}")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<InspectionCaseView>(id, ct);
        if (view is null) return Problems.NotFound("该案件 / case").ToResult();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var wageCases = await session.Query<WageArrears.GettingDetails.WageArrearsCaseView>()
            .Where(x => x.Links.Any(l => l.Other.Id == id))
            .Select(x => x.Id)
            .ToListAsync(ct);
        var links = wageCases.Select(w => new CaseLink(new CaseReference(CaseKind.WageArrears, w), "opened-or-joined")).ToList();
        return Results.Ok(new InspectionDetails(view, events.Select(Entry).ToList(), links));
    }

    private static InspectionHistoryEntry Entry(IEvent e)
    {
        var text = InspectionHistoryText.Describe(e.Data);
        var (actor, at) = ActorAndTime(e.Data) ?? ("system", e.Timestamp);
        return new InspectionHistoryEntry(e.Version, e.Data.GetType().Name, actor, at, e.Timestamp, text.Chinese, text.English);
    }

    /// <summary>Who acted and when it happened in the world (the event's own fields), not when it was recorded.</summary>
    private static (string, DateTimeOffset)? ActorAndTime(object data) => data switch
    {
        InspectionCaseOpened x => (x.OpenedBy, x.OpenedAt),
        InspectionTeamAssigned x => (x.AssignedBy, x.AssignedAt),
        SiteVisitRecorded x => (x.RecordedBy, x.RecordedAt),
        ViolationFound x => (x.FoundBy, x.FoundAt),
        EmployerHeard x => (x.RecordedBy, x.RecordedAt),
        RectificationOrdered x => (x.OrderedBy, x.OrderedAt),
        RectificationChecked x => (x.CheckedBy, x.CheckedAt),
        PenaltyImposed x => (x.ImposedBy, x.ImposedAt),
        InspectionPeriodExtended x => (x.ExtendedBy, x.ExtendedAt),
        InspectionCaseClosed x => (x.ClosedBy, x.ClosedAt),
        InspectionCaseWithdrawn x => (x.WithdrawnBy, x.WithdrawnAt),
        InspectionCaseTransferred x => (x.TransferredBy, x.TransferredAt),
        InspectionCaseLinked x => (x.LinkedBy, x.LinkedAt),
        InspectionDeadlinePassed x => ("system", x.NoticedAt),
        _ => null,
    };
}

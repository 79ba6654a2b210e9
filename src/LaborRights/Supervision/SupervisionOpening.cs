using LaborRights.CaseIndex;
using LaborRights.Security;
using Marten;

namespace LaborRights.Supervision;

/// <summary>A flag decided: the stream it starts (or the refusal).</summary>
public sealed record SupervisionPlan(Guid Id, Decision Decision);

/// <summary>Flagging a case, the same from the API and from the workbench's page.</summary>
public static class SupervisionOpening
{
    /// <summary>
    /// The decision on flagging the case, or null when the caller does not read such a case (unknown, another county,
    /// a kind not theirs: the same 404). The id counts the case's flags, so two supervisors flagging it at once start
    /// the same stream and the second is told the case changed (409) rather than flagging it twice.
    /// </summary>
    public static async Task<SupervisionPlan?> PlanAsync(IQuerySession session, OpenSupervision command, StaffScope scope, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await session.LoadAsync<CaseIndexEntry>(command.CaseId!.Value, ct) is not { } entry || !scope.Reads(entry.Kind, entry.CountyCode))
            return null;
        var earlier = await session.Query<PrioritySupervision>().Where(x => x.Case.Id == entry.Id).ToListAsync(ct);
        var id = DeterministicId.For($"priority-supervision:{entry.Id:N}:{earlier.Count + 1}");
        var target = new SupervisedCase(new CaseReference(entry.Kind, entry.Id), entry.Reference, entry.CountyCode, entry.IsOpen, entry.StatusZh);
        return new SupervisionPlan(id, SupervisionRules.Open(id, target, earlier.Any(x => x.IsActive), command, scope, actor, now));
    }

    /// <summary>The supervisions of one case, newest first (the case page shows the active one as a flag).</summary>
    public static async Task<IReadOnlyList<PrioritySupervision>> OfCaseAsync(IQuerySession session, Guid caseId, CancellationToken ct) =>
        await session.Query<PrioritySupervision>().Where(x => x.Case.Id == caseId).OrderByDescending(x => x.OpenedAt).ToListAsync(ct);
}

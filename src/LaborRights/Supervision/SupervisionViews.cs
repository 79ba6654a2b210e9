using LaborRights.CaseIndex;
using Marten;

namespace LaborRights.Supervision;

/// <summary>Where the flagged case stands now (from the case index): the progress a supervision list shows.</summary>
public sealed record SupervisedCaseProgress(string Status, string StatusZh, bool IsOpen, DateOnly? NextDueOn, bool IsOverdue,
    DateTimeOffset LastActivityAt);

/// <summary>
/// One supervision as staff read it: the record, the case's progress, and the days left to its completion date
/// (negative once it has passed).
/// </summary>
public sealed record SupervisionView(PrioritySupervision Supervision, SupervisedCaseProgress? CaseProgress, int DaysLeft)
{
    public static async Task<IReadOnlyList<SupervisionView>> ReadAsync(IQuerySession session, IReadOnlyList<PrioritySupervision> supervisions,
        DateOnly today, CancellationToken ct)
    {
        var ids = supervisions.Select(s => s.Case.Id).Distinct().ToArray();
        var cases = ids.Length == 0 ? [] : (await session.LoadManyAsync<CaseIndexEntry>(ct, ids)).ToDictionary(c => c.Id);
        return supervisions.Select(s => Of(s, cases.GetValueOrDefault(s.Case.Id), today)).ToList();
    }

    public static SupervisionView Of(PrioritySupervision supervision, CaseIndexRow? row, DateOnly today) => new(
        supervision,
        row is null ? null : new(row.Status, row.StatusZh, row.IsOpen, row.NextDueOn, row.IsOverdue, row.LastActivityAt),
        supervision.CompleteBy.DayNumber - today.DayNumber);
}

/// <summary>A supervision after a command: send <paramref name="Version"/> with the next one.</summary>
public sealed record SupervisionCommandAccepted(Guid Id, int Version, SupervisionStatus Status, bool IsLate, bool EscalatedToProvince);

/// <summary>Which supervisions a list shows.</summary>
public enum SupervisionListState
{
    /// <summary>Not yet concluded (the default).</summary>
    Active,

    /// <summary>Not yet concluded and past their completion date.</summary>
    Late,

    /// <summary>Completion reported, awaiting the supervisor.</summary>
    AwaitingReview,

    /// <summary>A city's flag escalated to the province.</summary>
    Escalated,

    Concluded,
    All,
}

public static class SupervisionLists
{
    /// <summary>The supervisions in the caller's reach (their counties, the kinds they read), filtered, late ones first.</summary>
    public static IQueryable<PrioritySupervision> For(IQuerySession session, Security.StaffScope scope, SupervisionListState state,
        DateOnly today, Guid? caseId = null, bool openedByMe = false, string? actor = null)
    {
        var kinds = Security.ScopeFilters.ReadableKinds(scope);
        IQueryable<PrioritySupervision> query = session.Query<PrioritySupervision>();
        if (Security.ScopeFilters.CountyFilter(scope) is { } covered) query = query.Where(x => covered.Contains(x.CountyCode));
        if (kinds.Length < Enum.GetValues<CaseKind>().Length) query = query.Where(x => kinds.Contains(x.Case.Kind));
        if (caseId is { } id) query = query.Where(x => x.Case.Id == id);
        if (openedByMe && actor is not null) query = query.Where(x => x.OpenedBy == actor);
        query = state switch
        {
            SupervisionListState.Active => query.Where(x => x.Status != SupervisionStatus.Concluded),
            SupervisionListState.Late => query.Where(x => x.Status != SupervisionStatus.Concluded && (x.IsLate || x.CompleteBy < today)),
            SupervisionListState.AwaitingReview => query.Where(x => x.Status == SupervisionStatus.CompletionReported),
            SupervisionListState.Escalated => query.Where(x => x.Status != SupervisionStatus.Concluded && x.EscalatedToProvince),
            SupervisionListState.Concluded => query.Where(x => x.Status == SupervisionStatus.Concluded),
            _ => query,
        };
        return query.OrderByDescending(x => x.IsLate).ThenBy(x => x.CompleteBy).ThenBy(x => x.Id);
    }
}

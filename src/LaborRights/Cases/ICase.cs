namespace LaborRights.Cases;

/// <summary>
/// A case as its events leave it (the aggregate), folded by its one <see cref="Evolve"/>: Marten calls it for live
/// aggregation and <c>[WriteAggregate]</c>, and so does the application's own code (command answers, the case index,
/// imports, demo data) through <see cref="CaseFold"/>. There is no second copy of the apply logic.
/// </summary>
public interface IFoldedCase<TSelf> where TSelf : class, IFoldedCase<TSelf>
{
    Guid Id { get; }

    /// <summary>The stream version: how many events made this state.</summary>
    int Version { get; set; }

    /// <summary>The state after one more event; a case's first event starts it whatever this instance holds.</summary>
    TSelf Evolve(object e);

    /// <summary>A copy at another version (records: <c>this with { Version = version }</c>).</summary>
    TSelf AtVersion(int version);
}

/// <summary>
/// What the four kinds of case share beyond the fold: a status of their own, what they show in the case index, and
/// what new events cause besides themselves (deadline messages, linkage to other kinds). Their law stays in their folder.
/// </summary>
public interface ICase<TSelf, TStatus> : IFoldedCase<TSelf>
    where TSelf : class, ICase<TSelf, TStatus>
    where TStatus : struct, Enum
{
    TStatus Status { get; }

    /// <summary>The messages that new events cause: deadline messages through the outbox, links to cases of other kinds.</summary>
    static abstract IEnumerable<object> FollowUps(TSelf before, IReadOnlyList<object> events);
}

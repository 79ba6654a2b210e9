namespace LaborRights.Cases;

/// <summary>
/// A case as its events leave it (the aggregate), folded by its one <see cref="Evolve"/>: Marten calls it for live
/// aggregation and <c>[WriteAggregate(AlwaysEnforceConsistency = true)]</c>, and so does the application's own code (command answers, the case index,
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

    /// <summary>The messages that new events cause: deadline messages through the outbox, links to cases of other kinds.</summary>
    static abstract IEnumerable<object> FollowUps(TSelf before, IReadOnlyList<object> events);
}

/// <summary>
/// What the case index (<see cref="Index.CaseIndexEntry"/>) shows of every case, each kind saying it from its own state,
/// so that a new event of a kind changes the index through the kind's fold alone.
/// </summary>
public interface IIndexedCase
{
    CaseKind Kind { get; }
    string? TrackingNumber { get; }

    /// <summary>The filing number (立案编号) once there is one.</summary>
    string? CaseNumber { get; }

    /// <summary>How staff lists name the case: its filing number, else its tracking number, else what it is about.</summary>
    string Reference { get; }

    string CountyCode { get; }
    string? ParkCode { get; }
    Employer Employer { get; }

    /// <summary>The people the case names, masked (赵**): lists never show a full name.</summary>
    IReadOnlyList<string> PartyNames { get; }

    /// <summary>The staff it is assigned to (inspectors, arbitrators).</summary>
    IReadOnlyList<string> Assignees { get; }

    DateOnly ReceivedOn { get; }

    /// <summary>The deadline of the step the case waits for now; none once it has ended or while its clock is stopped.</summary>
    DateOnly? NextDueOn { get; }

    /// <summary>The step (<see cref="CaseSteps"/>) whose deadline <see cref="NextDueOn"/> is; none when it has none.</summary>
    string? NextStep { get; }

    /// <summary>The current deadline was computed beyond the published holiday calendar (ADR 0004).</summary>
    bool DeadlineIsProvisional { get; }

    /// <summary>Steps whose deadline passed while still pending (e.g. "acceptance"); the case is overdue while any remains.</summary>
    IReadOnlyList<string> OverdueSteps { get; }

    /// <summary>Closed, refused, withdrawn or transferred: nothing is pending any more.</summary>
    bool IsEnded { get; }

    /// <summary>Its staff asked for an extension that waits for an approver (<see cref="ExtensionRequests"/>).</summary>
    bool AwaitsExtensionApproval { get; }
}

/// <summary>
/// What the four kinds of case share beyond the fold: a status of their own, what they show in the case index, and
/// what new events cause besides themselves (deadline messages, linkage to other kinds). Their law stays in their folder.
/// </summary>
public interface ICase<TSelf, TStatus> : IFoldedCase<TSelf>, IIndexedCase
    where TSelf : class, ICase<TSelf, TStatus>
    where TStatus : struct, Enum
{
    TStatus Status { get; }
}

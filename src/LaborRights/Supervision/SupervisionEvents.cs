namespace LaborRights.Supervision;

// 挂牌督办 (priority supervision): a city or province supervisor flags one case in their scope with a date by which it
// must be handled and what must be done; the case's staff report progress and completion back up; the supervisor
// concludes it (销号) or returns the completion report. A date passed without completion escalates a city's flag to
// the province. Each fact names who acted and when, in business time (docs/adr/0002).

/// <summary>The level that flagged the case: a city's supervisors or the province's.</summary>
public enum SupervisionLevel { City, Province }

public enum SupervisionStatus
{
    /// <summary>督办中: the case's staff are working on it.</summary>
    Open,

    /// <summary>已报告办结: the staff reported completion; the supervisor reviews it.</summary>
    CompletionReported,

    /// <summary>已销号: the supervisor accepted the completion.</summary>
    Concluded,
}

/// <param name="CaseReferenceText">How the case was named when flagged (its filing number, else its tracking number).</param>
public sealed record SupervisionOpened(
    Guid PrioritySupervisionId, CaseReference Case, string CaseReferenceText, string CountyCode, SupervisionLevel Level,
    string Instructions, DateOnly CompleteBy, string OpenedBy, DateTimeOffset OpenedAt);

/// <param name="Completed">A completion report (办结报告): the staff say the supervised matter is done.</param>
public sealed record SupervisionProgressReported(
    Guid PrioritySupervisionId, string Report, bool Completed, string ReportedBy, DateTimeOffset ReportedAt);

/// <summary>The supervisor did not accept the completion report: the case stays under supervision.</summary>
public sealed record SupervisionCompletionReturned(Guid PrioritySupervisionId, string Reason, string ReturnedBy, DateTimeOffset ReturnedAt);

/// <summary>销号: the supervisor accepted the completion; the flag comes off the case.</summary>
public sealed record SupervisionConcluded(Guid PrioritySupervisionId, string Note, string ConcludedBy, DateTimeOffset ConcludedAt);

/// <summary>
/// The completion date passed without a completion report (or with one returned after it). A city's flag is escalated
/// to the province's supervisors (<paramref name="EscalatedToProvince"/>); a province's flag is marked late.
/// </summary>
public sealed record SupervisionDateMissed(Guid PrioritySupervisionId, DateOnly DueOn, bool EscalatedToProvince, DateTimeOffset NoticedAt);

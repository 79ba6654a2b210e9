using LaborRights.Security;

namespace LaborRights.Supervision;

/// <summary>挂牌督办: flag a case, with the date by which it must be handled and what must be done.</summary>
public sealed record OpenSupervision(Guid? CaseId, DateOnly? CompleteBy, string? Instructions);

/// <summary>督办进展报告: the case's staff report progress, or completion (<c>completed</c>: 办结报告).</summary>
public sealed record ReportSupervisionProgress(int Version, string? Report, bool? Completed);

/// <summary>销号: the supervisor accepts the completion report.</summary>
public sealed record ConcludeSupervision(int Version, string? Note);

/// <summary>退回办结报告: the supervisor does not accept the completion report, with the reason.</summary>
public sealed record ReturnSupervisionReport(int Version, string? Reason);

/// <summary>What the rules read of the case a supervisor flags (from the case index).</summary>
public sealed record SupervisedCase(CaseReference Case, string Reference, string CountyCode, bool IsOpen, string StatusZh);

/// <summary>
/// The rules of priority supervision (挂牌督办: the supervision of arrears handling from above under 保障农民工工资支付条例,
/// and the national clue platform's practice of flagging major clues): who may flag, who reports, who concludes, and when
/// a flag is late.
/// </summary>
public static class SupervisionRules
{
    /// <summary>The furthest completion date a flag may set, from today.</summary>
    public const int MaxDaysAhead = 366;

    public const int MaxTextLength = 2000;

    public static FieldErrors Validate(OpenSupervision command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("caseId", command.CaseId, "督办的案件", "Case")
            .Required("completeBy", command.CompleteBy, "督办完成期限", "Completion date")
            .Text("instructions", command.Instructions, MaxTextLength, "督办要求", "Instructions");
        if (command.CompleteBy <= today)
            errors.Add("completeBy", "督办完成期限应晚于今天", "The completion date must be after today");
        if (command.CompleteBy > today.AddDays(MaxDaysAhead))
            errors.Add("completeBy", "督办完成期限不能超过一年", "The completion date cannot be more than a year ahead");
        return errors;
    }

    public static FieldErrors Validate(ReportSupervisionProgress command) =>
        new FieldErrors().Text("report", command.Report, MaxTextLength, "报告内容", "Report");

    public static FieldErrors Validate(ConcludeSupervision command) =>
        new FieldErrors().Text("note", command.Note, MaxTextLength, "销号意见", "Note");

    public static FieldErrors Validate(ReturnSupervisionReport command) =>
        new FieldErrors().Text("reason", command.Reason, MaxTextLength, "退回理由", "Reason");

    /// <summary>Whether the caller flags cases of this county: a supervisor of its city or of the province.</summary>
    public static bool MayOpen(StaffScope? scope, string countyCode) =>
        scope is not null && scope.IsInRole(StaffRoles.Supervisor) && scope.CoversFromAbove(countyCode);

    /// <summary>Whether the caller concludes or returns it: a supervisor of the level that decides it now, over its county.</summary>
    public static bool MayDecide(StaffScope? scope, PrioritySupervision supervision) =>
        scope is not null && scope.IsInRole(StaffRoles.Supervisor) && (supervision.DecidingLevel == SupervisionLevel.Province
            ? scope.CoversProvince
            : scope.CoversFromAbove(supervision.CountyCode));

    /// <summary>Whether the caller reports on it: the staff who handle the case's kind in its county.</summary>
    public static bool MayReport(StaffScope? scope, PrioritySupervision supervision) =>
        scope is not null && scope.Covers(supervision.CountyCode) && HandlingRoles(supervision.Case.Kind).Any(scope.IsInRole);

    public static IReadOnlyList<string> HandlingRoles(CaseKind kind) => kind == CaseKind.Arbitration
        ? [StaffRoles.Arbitrator, StaffRoles.ArbitrationChair]
        : [StaffRoles.Inspector];

    /// <param name="alreadyActive">The case already carries a flag that is not concluded.</param>
    public static Decision Open(Guid id, SupervisedCase @case, bool alreadyActive, OpenSupervision command, StaffScope? scope, string actor,
        DateTimeOffset now)
    {
        if (!MayOpen(scope, @case.CountyCode))
            return new Refusal("not-a-supervising-level",
                "挂牌督办须由案件所在市或省级的督查人员作出。", "A case is flagged for supervision by a supervisor of its city or of the province.");
        if (!@case.IsOpen)
            return new Refusal("case-ended",
                $"案件已经结束（{@case.StatusZh}），不能挂牌督办。", "The case has ended; it cannot be flagged for supervision.");
        if (alreadyActive)
            return new Refusal("already-supervised",
                "该案件已在挂牌督办中，不能重复挂牌。", "The case is already under priority supervision.");
        var level = scope!.CoversProvince ? SupervisionLevel.Province : SupervisionLevel.City;
        return Decision.Emit(new SupervisionOpened(id, @case.Case, @case.Reference, @case.CountyCode, level,
            command.Instructions!.Trim(), command.CompleteBy!.Value, actor, now));
    }

    public static Decision Report(PrioritySupervision supervision, ReportSupervisionProgress command, StaffScope? scope, string actor,
        DateTimeOffset now)
    {
        if (Concluded(supervision) is { } concluded) return concluded;
        if (!MayReport(scope, supervision))
            return new Refusal("not-the-handling-staff",
                "督办进展由案件的承办人员报告。", "Progress is reported by the staff who handle the case.");
        if (supervision.Status == SupervisionStatus.CompletionReported)
            return new Refusal("completion-under-review",
                "办结报告正在等待督办单位审核，审核后才能再报告。", "The completion report awaits the supervisor's review; report again after it.");
        return Decision.Emit(new SupervisionProgressReported(supervision.Id, command.Report!.Trim(), command.Completed ?? false, actor, now));
    }

    public static Decision Conclude(PrioritySupervision supervision, ConcludeSupervision command, StaffScope? scope, string actor,
        DateTimeOffset now)
    {
        if (RefuseDecision(supervision, scope) is { } refusal) return refusal;
        return Decision.Emit(new SupervisionConcluded(supervision.Id, command.Note!.Trim(), actor, now));
    }

    /// <summary>Returned after the completion date, the flag is late from then on (and a city's goes up to the province).</summary>
    public static Decision Return(PrioritySupervision supervision, ReturnSupervisionReport command, StaffScope? scope, string actor,
        DateTimeOffset now)
    {
        if (RefuseDecision(supervision, scope) is { } refusal) return refusal;
        var returned = new SupervisionCompletionReturned(supervision.Id, command.Reason!.Trim(), actor, now);
        return ShanghaiTime.DateOf(now) > supervision.CompleteBy && !supervision.IsLate
            ? Decision.Emit(returned, Missed(supervision, now))
            : Decision.Emit(returned);
    }

    /// <summary>
    /// The completion date's end came (<see cref="SupervisionDateReached"/>): late, and a city's flag escalated, when
    /// the staff had not reported completion by then. A message delivered twice or early appends nothing.
    /// </summary>
    public static Decision DateReached(PrioritySupervision supervision, SupervisionDateReached message, DateTimeOffset now) =>
        Cases.CaseDeadlines.Passed(message, supervision.Status == SupervisionStatus.Open, supervision.CompleteBy,
            supervision.IsLate ? supervision.CompleteBy : null, now, () => Missed(supervision, now));

    private static SupervisionDateMissed Missed(PrioritySupervision supervision, DateTimeOffset now) =>
        new(supervision.Id, supervision.CompleteBy, supervision.Level == SupervisionLevel.City && !supervision.EscalatedToProvince, now);

    private static Refusal? RefuseDecision(PrioritySupervision supervision, StaffScope? scope)
    {
        if (Concluded(supervision) is { } concluded) return concluded;
        if (!MayDecide(scope, supervision))
            return supervision.DecidingLevel == SupervisionLevel.Province
                ? new Refusal("not-the-deciding-level", "该督办由省级督查人员审核。", "This supervision is decided by the province's supervisors.")
                : new Refusal("not-the-deciding-level", "该督办由案件所在市或省级的督查人员审核。",
                    "This supervision is decided by a supervisor of the case's city or of the province.");
        return supervision.Status == SupervisionStatus.CompletionReported
            ? null
            : new Refusal("no-completion-report",
                "承办人员尚未报告办结，不能销号或退回。", "The case's staff have not reported completion; there is nothing to conclude or return.");
    }

    private static Refusal? Concluded(PrioritySupervision supervision) => supervision.Status == SupervisionStatus.Concluded
        ? new Refusal("supervision-concluded", "该督办已经销号。", "This supervision has been concluded.")
        : null;
}

using LaborRights.Security;

namespace LaborRights.Cases;

/// <summary>An extension of a case's period asked for by its staff and not yet approved or declined.</summary>
public sealed record PendingExtension(string Reason, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>The case's staff asked for the one extension of its period; it takes effect only when an approver approves it.</summary>
public sealed record ExtensionRequested(Guid CaseId, DateOnly CurrentDueOn, string Reason, string RequestedBy, DateTimeOffset RequestedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(CaseId, RequestedBy, RequestedAt);
}

/// <summary>An approver declined the pending extension request; the period stays as it was and may be asked for again.</summary>
public sealed record ExtensionRequestDeclined(Guid CaseId, string Reason, string DeclinedBy, DateTimeOffset DeclinedAt) : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(CaseId, DeclinedBy, DeclinedAt);
}

/// <summary>申请延期: the case's staff ask for the one extension the law allows, with the reason.</summary>
public sealed record RequestExtension(int Version, string? Reason);

/// <summary>不予批准延期: an approver declines the pending request, with the reason.</summary>
public sealed record DeclineExtension(int Version, string? Reason);

/// <summary>
/// Extensions are asked for by the case's staff and take effect only when a person who may approve them approves
/// them in the system (docs/adr/0025, item 3): for the labour-inspection kinds (wage arrears, discrimination,
/// inspection; 劳动保障监察条例 第17条) a supervisor of the county's city or of the province; for arbitration the
/// commission's chair (劳动争议调解仲裁法 第43条). The approver is the signed-in account, never a typed name.
/// </summary>
public static class ExtensionRequests
{
    /// <summary>What the rules of extension read of a case of any kind.</summary>
    /// <param name="Running">The period runs now (the case is accepted, open, not suspended).</param>
    public sealed record Period(CaseKind Kind, string CountyCode, bool Running, Enum Status, bool AlreadyExtended, DateOnly? CurrentDue,
        PendingExtension? Pending)
    {
        public string NameZh => PeriodZh(Kind);
        public string NameEn => PeriodEn(Kind);
    }

    /// <summary>What staff read for a request and a refusal; the public sees only the extension itself.</summary>
    public static HistoryText? Describe(object e, CaseKind kind, bool forPublic) => forPublic ? null : e switch
    {
        ExtensionRequested x => new(
            $"{x.RequestedBy}申请延长{PeriodZh(kind)}（现至{DeadlineText.Zh(x.CurrentDueOn)}），等待{ApproverZh(kind)}批准：{x.Reason}",
            $"{x.RequestedBy} asked for the {PeriodEn(kind)} (now ending {x.CurrentDueOn:yyyy-MM-dd}) to be extended, awaiting {ApproverEn(kind)}: {x.Reason}"),
        ExtensionRequestDeclined x => new($"{x.DeclinedBy}不予批准延期：{x.Reason}", $"{x.DeclinedBy} declined the extension: {x.Reason}"),
        _ => null,
    };

    private static string PeriodZh(CaseKind kind) => kind == CaseKind.Arbitration ? "审理期限" : "办案期限";

    private static string PeriodEn(CaseKind kind) => kind == CaseKind.Arbitration ? "award period" : "investigation period";

    public static FieldErrors Validate(RequestExtension command) =>
        new FieldErrors().Text("reason", command.Reason, 2000, "延期理由", "Reason");

    public static FieldErrors Validate(DeclineExtension command) =>
        new FieldErrors().Text("reason", command.Reason, 2000, "不予批准的理由", "Reason");

    /// <summary>Who approves extensions of a case of this kind in this county.</summary>
    public static bool MayApprove(StaffScope? scope, CaseKind kind, string countyCode) => scope is not null && (kind == CaseKind.Arbitration
        ? scope.IsInRole(StaffRoles.ArbitrationChair) && scope.Covers(countyCode)
        : scope.IsInRole(StaffRoles.Supervisor) && scope.CoversFromAbove(countyCode));

    public static string ApproverZh(CaseKind kind) => kind == CaseKind.Arbitration ? "仲裁委员会主任" : "案件所在市或省级的督查人员";

    public static string ApproverEn(CaseKind kind) => kind == CaseKind.Arbitration
        ? "the arbitration commission's chair"
        : "a supervisor of the county's city or of the province";

    public static Decision Request(Guid caseId, Period period, RequestExtension command, string actor, DateTimeOffset now)
    {
        if (Closed(period, "申请延期", "have an extension asked for") is { } closed) return closed;
        if (period.Pending is not null)
            return new Refusal("extension-pending", "已有延期申请在等待批准。", "An extension request is already waiting for approval.");
        if (Expired(period, ShanghaiTime.DateOf(now)) is { } expired) return expired;
        return Decision.Emit(new ExtensionRequested(caseId, period.CurrentDue!.Value, command.Reason!.Trim(), actor, now));
    }

    /// <summary>Null when the caller may approve the pending request now; else why not.</summary>
    public static Refusal? RefuseApproval(Period period, string actor, StaffScope? scope, DateOnly today)
    {
        if (Closed(period, "批准延期", "have an extension approved") is { } closed) return closed;
        if (period.Pending is not { } pending) return NoRequest();
        if (!MayApprove(scope, period.Kind, period.CountyCode)) return NotAnApprover(period.Kind);
        if (string.Equals(pending.RequestedBy, actor, StringComparison.OrdinalIgnoreCase))
            return new Refusal("self-approval", "延期须由他人批准，不能批准本人的申请。", "An extension must be approved by someone other than the requester.");
        return Expired(period, today);
    }

    public static Decision Decline(Guid caseId, Period period, DeclineExtension command, string actor, StaffScope? scope, DateTimeOffset now)
    {
        if (period.Pending is null) return NoRequest();
        if (!MayApprove(scope, period.Kind, period.CountyCode)) return NotAnApprover(period.Kind);
        return Decision.Emit(new ExtensionRequestDeclined(caseId, command.Reason!.Trim(), actor, now));
    }

    private static Refusal? Closed(Period period, string actionZh, string actionEn)
    {
        if (!period.Running || period.CurrentDue is null) return CaseRefusals.NotAllowedIn(period.Status, actionZh, actionEn);
        return period.AlreadyExtended
            ? new Refusal("already-extended", $"{period.NameZh}只能延长一次。", $"The {period.NameEn} can be extended only once.")
            : null;
    }

    private static Refusal? Expired(Period period, DateOnly today) => today > period.CurrentDue
        ? new Refusal("period-already-expired", $"{period.NameZh}已于{period.CurrentDue:yyyy-MM-dd}届满，不能再延长。",
            $"The period ended on {period.CurrentDue:yyyy-MM-dd}; it can no longer be extended.")
        : null;

    private static Refusal NoRequest() => new("no-extension-request",
        "没有待批准的延期申请：延期须由承办人员先提出申请。", "There is no extension request to decide: the case's staff must ask for it first.");

    private static Refusal NotAnApprover(CaseKind kind) => new("not-an-approver",
        $"延期须由{ApproverZh(kind)}批准。", $"An extension must be approved by {ApproverEn(kind)}.");
}

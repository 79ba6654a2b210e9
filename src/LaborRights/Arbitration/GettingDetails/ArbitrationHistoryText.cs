namespace LaborRights.Arbitration.GettingDetails;

/// <summary>What a person reads for each event, in Chinese and English. Public text names no staff and no third party.</summary>
public static class ArbitrationHistoryText
{
    private const string MaySueZh = "申请人可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第29条）";
    private const string MaySueEn = "the applicant may sue in court (Art. 29)";

    public static HistoryText? Describe(object e, bool forPublic) => e switch
    {
        ArbitrationApplied x => new($"收到仲裁申请（{ChannelZh(x.Channel)}，{x.Claims.Count}项请求），受理审查期限至{DeadlineText.Zh(x.AcceptanceDueOn)}",
            $"Application received ({x.Channel}, {x.Claims.Count} claims); acceptance decision due by {DeadlineText.En(x.AcceptanceDueOn)}"),
        ArbitrationApplicationAccepted x => new($"已受理（{x.CaseNumber}），应于{DeadlineText.Zh(x.AwardDueOn)}前结案",
            $"Accepted as {x.CaseNumber}; the award is due by {DeadlineText.En(x.AwardDueOn)}"),
        ArbitrationApplicationRefused x => new($"不予受理：{x.Reason}。{MaySueZh}", $"Not accepted: {x.Reason}. {Capital(MaySueEn)}"),
        ArbitrationPanelFormed x => forPublic
            ? new(x.Arbitrators.Count == 1 ? "已组成仲裁庭（独任仲裁）" : "已组成仲裁庭（三名仲裁员）",
                x.Arbitrators.Count == 1 ? "The tribunal was formed (sole arbitrator)" : "The tribunal was formed (three arbitrators)")
            : new($"组成仲裁庭：{string.Join("、", x.Arbitrators)}（首席/独任：{x.PresidingArbitrator}）",
                $"Tribunal: {string.Join(", ", x.Arbitrators)} (presiding/sole: {x.PresidingArbitrator})"),
        HearingScheduled x => new($"定于{x.HearingOn:yyyy年M月d日}在{x.Place}开庭，已于{x.NotifiedOn:yyyy年M月d日}书面通知当事人" +
                (x.NonWorkingDayReason is { } why ? $"（休息日开庭：{why}）" : ""),
            $"Hearing set for {x.HearingOn:yyyy-MM-dd} at {x.Place}; the parties were notified on {x.NotifiedOn:yyyy-MM-dd}" +
                (x.NonWorkingDayReason is { } reason ? $" (on a rest day: {reason})" : "")),
        HearingAttendanceRecorded x => new($"开庭：申请人{(x.ApplicantAppeared ? "到庭" : "未到庭")}，被申请人{(x.RespondentAppeared ? "到庭" : "未到庭")}",
            $"Hearing held: applicant {(x.ApplicantAppeared ? "present" : "absent")}, respondent {(x.RespondentAppeared ? "present" : "absent")}"),
        ArbitrationDeemedWithdrawn => new("申请人无正当理由拒不到庭，按撤回仲裁申请处理（劳动争议调解仲裁法第36条）",
            "The applicant did not appear: the application is deemed withdrawn (Art. 36)"),
        MediationAgreementReached x => new($"调解达成协议，制作调解书结案（{x.Items.Count}项约定）",
            $"Mediation agreement reached; closed by a mediation statement ({x.Items.Count} agreed items)"),
        MediationFailed x => forPublic
            ? new("调解未达成协议", "Mediation did not lead to an agreement")
            : new($"调解未达成协议：{x.Note}", $"Mediation failed: {x.Note}"),
        PartialAwardIssued x => new($"先行裁决第{Numbers(x.Items)}项请求，{FinalityZh(x.Items)}",
            $"Partial award on claim(s) {Numbers(x.Items)}; {FinalityEn(x.Items)}"),
        ArbitrationAwardIssued x => new($"{(x.ByDefault ? "缺席" : "")}裁决：支持金额合计{x.Items.Sum(i => i.GrantedAmount ?? 0):0.00}元，{FinalityZh(x.Items)}{SeparateZh(x.Documents)}",
            $"{(x.ByDefault ? "Default award" : "Award")}: {x.Items.Sum(i => i.GrantedAmount ?? 0):0.00} yuan granted in total; {FinalityEn(x.Items)}{SeparateEn(x.Documents)}"),
        ArbitrationAwardServed x => new($"{(x.Partial ? "先行裁决书" : "裁决书")}已于{x.ServedOn:yyyy年M月d日}送达{(x.Party == ArbitrationParty.Applicant ? "申请人" : "被申请人")}",
            $"The {(x.Partial ? "partial award" : "award")} was served on the {(x.Party == ArbitrationParty.Applicant ? "applicant" : "respondent")} on {x.ServedOn:yyyy-MM-dd}"),
        SetAsideApplicationRecorded x => new($"用人单位已于{x.AppliedOn:yyyy年M月d日}向{x.Court}申请撤销终局裁决",
            $"The employer applied to {x.Court} on {x.AppliedOn:yyyy-MM-dd} to set the final award aside"),
        ArbitrationPeriodExtended x => forPublic
            ? new($"审理期限延长至{DeadlineText.Zh(x.NewDueOn)}", $"The award period was extended to {DeadlineText.En(x.NewDueOn)}")
            : new($"经{x.ApprovedBy}批准，审理期限延长至{DeadlineText.Zh(x.NewDueOn)}：{x.Reason}",
                $"Extended to {DeadlineText.En(x.NewDueOn)}, approved by {x.ApprovedBy}: {x.Reason}"),
        DeadlineRecomputed x => x.Text,
        ExtensionRequested or ExtensionRequestDeclined => ExtensionRequests.Describe(e, CaseKind.Arbitration, forPublic),
        ArbitrationSuspended x => forPublic
            ? new("中止审理", "Proceedings suspended")
            : new($"中止审理：{x.Reason}", $"Suspended: {x.Reason}"),
        ArbitrationResumed x => new($"恢复审理（中止{x.DaysSuspended}日不计入审理期限），应于{DeadlineText.Zh(x.NewAwardDueOn)}前结案",
            $"Resumed ({x.DaysSuspended} days of suspension not counted); the award is due by {DeadlineText.En(x.NewAwardDueOn)}"),
        ArbitrationWithdrawn x => forPublic
            ? new("申请人撤回仲裁申请", "The applicant withdrew the application")
            : new($"申请人撤回仲裁申请：{x.Reason}", $"The applicant withdrew the application: {x.Reason}"),
        AwardReportedUnpaid x => new($"劳动者反映用人单位未履行裁决{(x.AmountUnpaid is { } u ? $"（未付{u:0.00}元）" : "")}",
            $"The worker reports the award unpaid{(x.AmountUnpaid is { } u2 ? $" ({u2:0.00} yuan)" : "")}"),
        ArbitrationCaseLinked x when !forPublic => LinkText.Linked(x.Other, x.Relation),
        ArbitrationAcceptanceDeadlinePassed x => new($"受理审查期限（{x.DueOn:yyyy年M月d日}）已届满，仲裁委员会未作出决定；{MaySueZh}",
            $"The acceptance deadline ({x.DueOn:yyyy-MM-dd}) passed without a decision; {MaySueEn}"),
        AwardDeadlinePassed x => new($"审理期限（{x.DueOn:yyyy年M月d日}）已届满，尚未作出裁决；当事人可以就该劳动争议事项向人民法院提起诉讼（第43条）",
            $"The award deadline ({x.DueOn:yyyy-MM-dd}) passed without an award; the parties may sue in court (Art. 43)"),
        _ => null,
    };


    public static string ChannelZh(ArbitrationChannel channel) => channel switch
    {
        ArbitrationChannel.Online => "网上申请",
        ArbitrationChannel.Counter => "窗口申请",
        _ => "邮寄申请",
    };

    // 劳动人事争议仲裁办案规则 第50条: final and non-final items are issued as separate written awards.
    private static string SeparateZh(IReadOnlyList<AwardDocument>? documents) =>
        documents is { Count: > 1 } ? "；终局裁决事项和非终局裁决事项已分别制作裁决书" : "";

    private static string SeparateEn(IReadOnlyList<AwardDocument>? documents) =>
        documents is { Count: > 1 } ? "; the final and the non-final items were issued as separate awards" : "";

    private static string Numbers(IEnumerable<AwardedItem> items) => string.Join("、", items.Select(i => i.ClaimNumber));

    // 劳动争议调解仲裁法 第47条–第50条: what a party can do next depends on each item's finality.
    private static string FinalityZh(IReadOnlyList<AwardedItem> items) =>
        items.All(i => i.IsFinal) ? "为终局裁决（劳动者不服可在15日内起诉）"
        : items.Any(i => i.IsFinal) ? $"第{Numbers(items.Where(i => i.IsFinal))}项为终局裁决，其余项当事人不服可在15日内起诉"
        : "非终局裁决，当事人不服可在15日内起诉";

    private static string FinalityEn(IReadOnlyList<AwardedItem> items) =>
        items.All(i => i.IsFinal) ? "final (the worker may still sue within 15 days)"
        : items.Any(i => i.IsFinal) ? $"item(s) {string.Join(", ", items.Where(i => i.IsFinal).Select(i => i.ClaimNumber))} final, either party may sue within 15 days on the rest"
        : "not final: either party may sue within 15 days";

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

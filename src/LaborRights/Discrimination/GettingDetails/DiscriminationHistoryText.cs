namespace LaborRights.Discrimination.GettingDetails;

/// <summary>
/// What a person reads for each event, in Chinese and English. No text ever names the filer (a reporter's identity
/// is confidential, 劳动保障监察条例 第9条); public text names no staff and no third party.
/// </summary>
public static class DiscriminationHistoryText
{
    public static HistoryText? Describe(object e, bool forPublic) => e switch
    {
        DiscriminationComplaintReceived x => Received(x),
        DiscriminationMaterialRequested { SupplyBy: { } supplyBy } x => new($"请在{DeadlineText.Zh(supplyBy)}前补正材料：{x.Missing}",
            $"More material was requested, to be supplied by {DeadlineText.En(supplyBy)}: {x.Missing}"),
        DiscriminationMaterialRequested x => new($"请补正材料：{x.Missing}", $"More material was requested: {x.Missing}"),
        DiscriminationMaterialSupplyDeadlinePassed x => new($"补正期限（{x.DueOn:yyyy年M月d日}）已届满，尚未收到补正材料",
            $"The period to supply the material ({x.DueOn:yyyy-MM-dd}) passed without it"),
        DiscriminationMaterialNotSupplied x => new(x.ReasonZh, x.ReasonEn),
        DiscriminationMaterialSupplied x => new($"已收到补正材料，受理审查期限重新计算至{DeadlineText.Zh(x.AcceptanceDueOn)}",
            $"Material received; acceptance decision now due by {DeadlineText.En(x.AcceptanceDueOn)}"),
        DiscriminationInvestigationExtended x => forPublic
            ? new($"办案期限延长至{DeadlineText.Zh(x.NewDueOn)}", $"The investigation period was extended to {DeadlineText.En(x.NewDueOn)}")
            : new($"办案期限经{x.ApprovedBy}批准延长至{DeadlineText.Zh(x.NewDueOn)}：{x.Reason}",
                $"Extended to {DeadlineText.En(x.NewDueOn)}, approved by {x.ApprovedBy}: {x.Reason}"),
        DeadlineRecomputed x => x.Text,
        ExtensionRequested or ExtensionRequestDeclined => ExtensionRequests.Describe(e, CaseKind.Discrimination, forPublic),
        DiscriminationReferralAnswered x when !forPublic => new(
            $"{Referring.DiscriminationReferralAnswerDecision.TargetZh(x.Referral)}移送的答复：{Referring.DiscriminationReferralAnswerDecision.AnswerZh(x.Answer)}。{x.Note}",
            $"Answer to the {x.Referral} referral: {x.Answer}. {x.Note}"),
        DiscriminationComplaintAccepted x => new($"已受理并立案调查，办案期限至{DeadlineText.Zh(x.InvestigationDueOn)}",
            $"Accepted and filed for investigation; due by {DeadlineText.En(x.InvestigationDueOn)}"),
        DiscriminationComplaintRejected x => new(
            $"不予受理：{RejectionZh(x.Reason)}{(x.CompetentBody is null ? "" : $"，请向{x.CompetentBody}反映")}。{x.Explanation}",
            $"Not accepted: {x.Reason}{(x.CompetentBody is null ? "" : $"; please turn to {x.CompetentBody}")}. {x.Explanation}"),
        DiscriminationFindingRecorded x => forPublic
            ? new(x.Substantiated ? "调查结论：就业歧视成立" : "调查结论：就业歧视不成立",
                x.Substantiated ? "Finding: discrimination substantiated" : "Finding: discrimination not substantiated")
            : new($"调查结论：{(x.Substantiated ? "歧视成立" : "歧视不成立")}。理由：{x.Reasons}",
                $"Finding: {(x.Substantiated ? "substantiated" : "not substantiated")}. Reasons: {x.Reasons}"),
        DiscriminationCorrectionOrdered x => forPublic
            ? new($"已责令用人单位于{DeadlineText.Zh(x.CorrectBy)}前改正", $"The employer was ordered to correct by {DeadlineText.En(x.CorrectBy)}")
            : new($"责令用人单位于{DeadlineText.Zh(x.CorrectBy)}前改正：{x.Requirements}", $"Ordered to correct by {DeadlineText.En(x.CorrectBy)}: {x.Requirements}"),
        DiscriminationCorrectionChecked x => x.Corrected
            ? new($"{x.CheckedOn:yyyy-MM-dd}复查：用人单位已改正", $"Checked on {x.CheckedOn:yyyy-MM-dd}: the employer corrected")
            : new($"{x.CheckedOn:yyyy-MM-dd}复查：用人单位逾期未改正", $"Checked on {x.CheckedOn:yyyy-MM-dd}: not corrected by the deadline"),
        DiscriminationFineImposed x => new($"逾期未改正，对用人单位处以罚款{x.Amount:0.00}元",
            $"Not corrected in time: the employer was fined {x.Amount:0.00} yuan"),
        DiscriminationJointInterviewHeld x => forPublic
            ? new($"已于{x.HeldOn:yyyy-MM-dd}会同有关单位约谈用人单位", $"The employer was interviewed jointly on {x.HeldOn:yyyy-MM-dd}")
            : new($"{x.HeldOn:yyyy-MM-dd}联合约谈（{string.Join("、", x.Participants)}）：{x.Summary}",
                $"Joint interview on {x.HeldOn:yyyy-MM-dd} ({string.Join(", ", x.Participants)}): {x.Summary}"),
        DiscriminationReferredForSupportedLitigation x => new($"已移送{x.SupportingBody}支持起诉", $"Referred to {x.SupportingBody} for supported litigation"),
        DiscriminationReferredToProcuratorate x => new($"已移送{x.Procuratorate}（{ProcuratorateZh(x.Kind)}）",
            $"Referred to {x.Procuratorate} ({x.Kind})"),
        DiscriminationCaseClosed x => new($"结案：{OutcomeZh(x.Outcome)}", $"Closed: {x.Outcome}"),
        DiscriminationCaseLinked x when !forPublic => LinkText.Linked(x.Other, x.Relation),
        DiscriminationAcceptanceDeadlinePassed x => new($"受理审查期限（{x.DueOn:yyyy年M月d日}）已届满，尚未作出决定",
            $"The acceptance deadline ({x.DueOn:yyyy-MM-dd}) passed without a decision"),
        DiscriminationInvestigationDeadlinePassed x => new($"办案期限（{x.DueOn:yyyy年M月d日}）已届满，尚未结案",
            $"The investigation deadline ({x.DueOn:yyyy-MM-dd}) passed with the case still open"),
        _ => null,
    };

    private static HistoryText Received(DiscriminationComplaintReceived x)
    {
        var what = x.FilingKind == DiscriminationFilingKind.Report ? ("举报", "Report") : ("投诉", "Complaint");
        var nonStatutory = DiscriminationGrounds.NonStatutory(x.Grounds);
        var flag = nonStatutory.Count == 0 ? ("", "") : ("，含非法定事由", "; includes non-statutory grounds");
        return new($"收到就业歧视{what.Item1}（{ChannelZh(x.Channel)}，{DiscriminationGrounds.Zh(x.Stage)}环节{flag.Item1}），受理审查期限至{DeadlineText.Zh(x.AcceptanceDueOn)}",
            $"{what.Item2} of discrimination received ({x.Channel}, stage {x.Stage}{flag.Item2}); acceptance decision due by {DeadlineText.En(x.AcceptanceDueOn)}");
    }


    public static string ChannelZh(DiscriminationChannel channel) => channel switch
    {
        DiscriminationChannel.Online => "网上",
        DiscriminationChannel.Counter => "窗口",
        _ => "热线",
    };

    public static string RejectionZh(DiscriminationRejectionReason reason) => reason switch
    {
        DiscriminationRejectionReason.TimeBarred => "违法行为已超过两年",
        DiscriminationRejectionReason.OutsideScope => "不属于劳动保障监察事项",
        _ => "不属于本机关管辖",
    };

    public static string ProcuratorateZh(ProcuratorateReferralKind kind) =>
        kind == ProcuratorateReferralKind.ProcuratorialSuggestion ? "检察建议" : "公益诉讼";

    public static string OutcomeZh(DiscriminationOutcome outcome) => outcome switch
    {
        DiscriminationOutcome.Remedied => "已纠正",
        DiscriminationOutcome.NotSubstantiated => "歧视不成立",
        DiscriminationOutcome.Withdrawn => "投诉人撤回",
        _ => "已移送",
    };
}

namespace LaborRights.WageArrears.GettingDetails;

/// <summary>What a person reads for each event, in Chinese and English. Public text names no staff and no third party.</summary>
public static class CaseHistoryText
{
    public static HistoryText? Describe(object e, bool forPublic) => e switch
    {
        WageArrearsComplaintReceived x => new($"收到投诉（{ChannelZh(x.Channel)}），受理审查期限至{DeadlineText.Zh(x.AcceptanceDueOn)}",
            $"Complaint received ({x.Channel}); acceptance decision due by {DeadlineText.En(x.AcceptanceDueOn)}"),
        MaterialRequested { SupplyBy: { } supplyBy } x => new($"请投诉人在{supplyBy:yyyy年M月d日}（含当日）前补正材料：{x.Missing}",
            $"The complainant was asked to supply by {supplyBy:yyyy-MM-dd} (inclusive): {x.Missing}"),
        MaterialRequested x => new($"请投诉人补正材料：{x.Missing}", $"The complainant was asked for: {x.Missing}"),
        MaterialSupplyDeadlinePassed x => new($"补正期限（{x.DueOn:yyyy年M月d日}）已届满，尚未收到补正材料",
            $"The period to supply the material ({x.DueOn:yyyy-MM-dd}) passed without it"),
        MaterialNotSupplied x => new(x.ReasonZh, x.ReasonEn),
        EmployerIdentified x when forPublic => new($"已查明负责支付工资的单位：{x.Employer.Name}", $"The unit answering for the wages was identified: {x.Employer.Name}"),
        EmployerIdentified x => new($"确认被投诉单位：{x.Employer.Name}（{x.Employer.CreditCode}）{(x.Note.Length > 0 ? "。" + x.Note : "")}",
            $"Employer identified: {x.Employer.Name} ({x.Employer.CreditCode}){(x.Note.Length > 0 ? ". " + x.Note : "")}"),
        MaterialSupplied x => new($"已收到补正材料，受理审查期限重新计算至{DeadlineText.Zh(x.AcceptanceDueOn)}",
            $"Material received; acceptance decision now due by {DeadlineText.En(x.AcceptanceDueOn)}"),
        ComplaintAccepted x => new($"已受理并立案（{x.CaseNumber}），办案期限至{DeadlineText.Zh(x.InvestigationDueOn)}",
            $"Accepted and filed as {x.CaseNumber}; investigation due by {DeadlineText.En(x.InvestigationDueOn)}"),
        ComplaintRejected x => new($"不予受理：{RejectionZh(x.Reason)}{(x.CompetentBody is null ? "" : $"，请向{x.CompetentBody}反映")}。{x.Explanation}",
            $"Not accepted: {x.Reason}{(x.CompetentBody is null ? "" : $"; please turn to {x.CompetentBody}")}. {x.Explanation}"),
        InspectorsAssigned x => forPublic
            ? new("已指派劳动保障监察员办理", "Labour inspectors have been assigned")
            : new($"指派监察员：{string.Join("、", x.Inspectors)}", $"Inspectors assigned: {string.Join(", ", x.Inspectors)}"),
        ArrearsConfirmed x => new($"核定拖欠工资{x.Amount:0.00}元，涉及{x.WorkersOwed}人", $"Arrears confirmed: {x.Amount:0.00} yuan owed to {x.WorkersOwed} workers"),
        PaymentOrdered x => new($"责令用人单位于{DeadlineText.Zh(x.PayBy)}前支付{x.Amount:0.00}元", $"The employer was ordered to pay {x.Amount:0.00} yuan by {DeadlineText.En(x.PayBy)}"),
        RecoveryRecorded x => new($"追回工资{x.Amount:0.00}元，{x.WorkersPaid}人获偿", $"{x.Amount:0.00} yuan recovered for {x.WorkersPaid} workers"),
        ExtraCompensationImposed x => new($"逾期未支付，责令加付赔偿金{x.Amount:0.00}元（{x.Rate:P0}）",
            $"Unpaid after the deadline: extra compensation of {x.Amount:0.00} yuan ({x.Rate:P0}) imposed"),
        InvestigationExtended x => forPublic
            ? new($"办案期限延长至{DeadlineText.Zh(x.NewDueOn)}", $"Investigation extended to {DeadlineText.En(x.NewDueOn)}")
            : new($"经{x.ApprovedBy}批准，办案期限延长至{DeadlineText.Zh(x.NewDueOn)}：{x.Reason}",
                $"Extended to {DeadlineText.En(x.NewDueOn)}, approved by {x.ApprovedBy}: {x.Reason}"),
        DeadlineRecomputed x => x.Text,
        ExtensionRequested or ExtensionRequestDeclined => ExtensionRequests.Describe(e, CaseKind.WageArrears, forPublic),
        TransferredToPolice x => new($"涉嫌拒不支付劳动报酬罪，已移送{x.PoliceAgency}",
            $"Transferred to {x.PoliceAgency} for suspected refusal to pay wages"),
        CaseClosed x => new($"结案：{OutcomeZh(x.Outcome)}", $"Closed: {x.Outcome}"),
        WageArrearsCaseLinked x when !forPublic => LinkText.Linked(x.Other, x.Relation),
        CaseReopened x => forPublic
            ? new("案件重新办理", "The case was reopened")
            : x.Ground is { } ground
                ? new($"重新办理（{Reopening.ReopenCaseDecision.GroundZh(ground)}：{x.Basis}），办案期限至{DeadlineText.Zh(x.InvestigationDueOn)}：{x.Reason}",
                    $"Reopened ({ground}: {x.Basis}), due by {DeadlineText.En(x.InvestigationDueOn)}: {x.Reason}")
                : new($"重新办理：{x.Reason}", $"Reopened: {x.Reason}"),
        AcceptanceDeadlinePassed x => new($"受理审查期限（{x.DueOn:yyyy年M月d日}）已届满，尚未作出决定",
            $"The acceptance deadline ({x.DueOn:yyyy-MM-dd}) passed without a decision"),
        InvestigationDeadlinePassed x => new($"办案期限（{x.DueOn:yyyy年M月d日}）已届满，尚未结案",
            $"The investigation deadline ({x.DueOn:yyyy-MM-dd}) passed with the case still open"),
        PaymentDeadlinePassed x => new($"支付期限（{x.PayBy:yyyy年M月d日}）已届满，尚欠{x.Outstanding:0.00}元",
            $"The pay-by date ({x.PayBy:yyyy-MM-dd}) passed with {x.Outstanding:0.00} yuan unpaid"),
        _ => null,
    };

        public static string ChannelZh(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Online => "网上投诉",
        IntakeChannel.Counter => "窗口投诉",
        IntakeChannel.Hotline => "热线投诉",
        IntakeChannel.Imported => "历史数据导入",
        _ => "转办",
    };

    public static string RejectionZh(RejectionReason reason) => reason switch
    {
        RejectionReason.TimeBarred => "违法行为已超过两年",
        RejectionReason.OutsideScope => "不属于劳动保障监察事项",
        _ => "不属于本机关管辖",
    };

    public static string OutcomeZh(ClosureOutcome outcome) => outcome switch
    {
        ClosureOutcome.FullyRecovered => "全部追回",
        ClosureOutcome.PartlyRecovered => "部分追回",
        ClosureOutcome.Withdrawn => "投诉人撤回",
        ClosureOutcome.Transferred => "移送司法机关",
        _ => "未发现违法行为",
    };
}

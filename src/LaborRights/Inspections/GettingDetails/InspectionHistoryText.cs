namespace LaborRights.Inspections.GettingDetails;

/// <summary>What a person reads for each event of an inspection case, in Chinese and English.</summary>
public static class InspectionHistoryText
{
    public static HistoryText Describe(object e) => e switch
    {
        InspectionCaseOpened x => new(
            $"立案（{OriginZh(x.Origin)}{SourceZh(x.Source)}），检查对象：{x.EmployerName}；办案期限至{DeadlineText.Zh(x.InvestigationDueOn)}。事由：{x.Reason}",
            $"Opened ({x.Origin}{SourceEn(x.Source)}) against {x.EmployerName}; to be closed by {DeadlineText.En(x.InvestigationDueOn)}. Reason: {x.Reason}"),
        InspectionTeamAssigned x => new($"指派监察员：{string.Join("、", x.Inspectors)}", $"Inspectors assigned: {string.Join(", ", x.Inspectors)}"),
        SiteVisitRecorded x => new(
            $"第{x.VisitNumber}次现场检查（{x.VisitedOn:yyyy-MM-dd}，{x.Location}，{string.Join("、", x.Inspectors)}），发现违法行为{x.FindingCount}项",
            $"Site visit {x.VisitNumber} on {x.VisitedOn:yyyy-MM-dd} at {x.Location} by {string.Join(", ", x.Inspectors)}: {x.FindingCount} finding(s)"),
        ViolationFound x => new(
            $"认定违法行为{x.FindingNumber}：{CategoryZh(x.Category)}{AmountZh(x)}。{x.Description}",
            $"Violation {x.FindingNumber}: {x.Category}{AmountEn(x)}. {x.Description}"),
        EmployerHeard x => new($"听取用人单位陈述申辩（{x.HeardOn:yyyy-MM-dd}）：{x.Statement}",
            $"The employer was heard on {x.HeardOn:yyyy-MM-dd}: {x.Statement}"),
        RectificationOrdered x => new($"责令于{DeadlineText.Zh(x.RectifyBy)}前改正：{x.Requirements}",
            $"Ordered to rectify by {DeadlineText.En(x.RectifyBy)}: {x.Requirements}"),
        RectificationChecked x => new(
            $"复查（{x.CheckedOn:yyyy-MM-dd}）：{(x.Rectified ? "已改正" : "逾期未改正")}。{x.Notes}",
            $"Follow-up on {x.CheckedOn:yyyy-MM-dd}: {(x.Rectified ? "rectified" : "not rectified after the deadline")}. {x.Notes}"),
        PenaltyImposed x => new($"作出行政处罚决定：罚款{x.Amount:0.00}元，依据{x.LegalBasis}",
            $"Penalty imposed: a fine of {x.Amount:0.00} yuan under {x.LegalBasis}"),
        InspectionPeriodExtended x => new($"经{x.ApprovedBy}批准，办案期限延长至{DeadlineText.Zh(x.NewDueOn)}：{x.Reason}",
            $"Extended to {DeadlineText.En(x.NewDueOn)}, approved by {x.ApprovedBy}: {x.Reason}"),
        DeadlineRecomputed x => x.Text,
        ExtensionRequested or ExtensionRequestDeclined => ExtensionRequests.Describe(e, CaseKind.Inspection, forPublic: false)!,
        InspectionCaseClosed x => new($"结案：{OutcomeZh(x.Outcome)}。{x.Summary}", $"Closed: {x.Outcome}. {x.Summary}"),
        InspectionCaseWithdrawn x => new($"撤销立案：{x.Reason}", $"Filing withdrawn: {x.Reason}"),
        InspectionCaseTransferred x => new($"移送{x.Department}：{x.Reason}", $"Transferred to {x.Department}: {x.Reason}"),
        InspectionCaseLinked x => LinkText.Linked(x.Other, x.Relation),
        InspectionDeadlinePassed x => new($"办案期限（{x.DueOn:yyyy年M月d日}）已届满，尚未结案",
            $"The investigation deadline ({x.DueOn:yyyy-MM-dd}) passed with the case still open"),
        _ => new(e.GetType().Name, e.GetType().Name),
    };

    public static string OriginZh(InspectionOrigin origin) => origin switch
    {
        InspectionOrigin.Planned => "计划检查",
        InspectionOrigin.Complaint => "投诉",
        InspectionOrigin.Report => "举报",
        _ => "联动",
    };

    public static string CategoryZh(ViolationCategory category) => category switch
    {
        ViolationCategory.WageArrears => "拖欠工资",
        ViolationCategory.MinimumWage => "低于最低工资标准",
        ViolationCategory.Overtime => "违法延长工作时间",
        ViolationCategory.LabourContract => "劳动合同违法",
        ViolationCategory.SocialInsurance => "未依法参加社会保险",
        ViolationCategory.Discrimination => "就业歧视",
        ViolationCategory.ChildLabour => "使用童工",
        _ => "工程建设领域未落实实名制或工资专用账户",
    };

    public static string OutcomeZh(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.Penalised => "行政处罚",
        InspectionOutcome.Rectified => "已改正",
        _ => "未发现违法行为",
    };

    private static string SourceZh(CaseReference? source) => source is null ? "" : $"，来源：{LinkText.KindZh(source.Kind)}案件 {source.Id}";
    private static string SourceEn(CaseReference? source) => source is null ? "" : $" from {source.Kind} case {source.Id}";

    private static string AmountZh(ViolationFound x) =>
        (x.AmountOwed is { } a ? $"，金额{a:0.00}元" : "") + (x.WorkersAffected is { } w ? $"，涉及{w}人" : "");

    private static string AmountEn(ViolationFound x) =>
        (x.AmountOwed is { } a ? $", {a:0.00} yuan" : "") + (x.WorkersAffected is { } w ? $", {w} workers" : "");
}

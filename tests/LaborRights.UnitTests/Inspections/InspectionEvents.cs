using LaborRights.Common;
using LaborRights.Inspections;

namespace LaborRights.UnitTests.Inspections;

/// <summary>Events of a typical inspection case, in the order a case lives them.</summary>
public static class InspectionEvents
{
    public static readonly Guid Id = Guid.Parse("3c2d9f70-51a4-4e6b-8d0e-7f1a2b3c4d01");
    public const string CreditCode = "91350100M000100Y43";
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Cst);

    public static InspectionCaseOpened Opened(InspectionOrigin origin = InspectionOrigin.Planned, CaseReference? source = null, DateOnly? dueOn = null) => new(
        Id, origin, source, "济南鲁泰建筑工程有限公司", CreditCode, "370102", null, "历下区某安置房项目", "农民工工资专项检查",
        new DateOnly(2025, 2, 24), dueOn ?? new DateOnly(2025, 5, 22), false, "inspector.li", At(2025, 2, 24));

    public static InspectionTeamAssigned Team() => new(Id, ["张伟", "李娜"], "chief.zhao", At(2025, 2, 24));

    public static SiteVisitRecorded Visit(int findings = 1, int number = 1) =>
        new(Id, number, new DateOnly(2025, 2, 26), "工地", ["张伟", "李娜"], "查阅台账", findings, "inspector.li", At(2025, 2, 26));

    public static ViolationFound Violation(int number = 1, ViolationCategory category = ViolationCategory.WageArrears) => new(
        Id, number, 1, category, "拖欠工资", category == ViolationCategory.WageArrears ? 86_500m : null, 12,
        "济南鲁泰建筑工程有限公司", CreditCode, "370102", null, new DateOnly(2025, 2, 26), "inspector.li", At(2025, 2, 26));

    public static EmployerHeard Heard(int findings = 1) => new(Id, new DateOnly(2025, 2, 27), "资金周转困难", findings, "inspector.li", At(2025, 2, 27));

    public static RectificationOrdered Ordered(DateOnly? rectifyBy = null) =>
        new(Id, "足额支付", rectifyBy ?? new DateOnly(2025, 3, 7), "inspector.li", At(2025, 2, 28));

    public static RectificationChecked Checked(bool rectified, DateOnly? checkedOn = null) =>
        new(Id, new DateOnly(2025, 3, 7), checkedOn ?? new DateOnly(2025, 3, 10), rectified, "复查", "inspector.li", At(2025, 3, 10));

    public static PenaltyImposed Penalty() => new(Id, 6_000m, "劳动保障监察条例第二十六条", "inspector.li", At(2025, 3, 11));

    public static InspectionPeriodExtended Extended() =>
        new(Id, new DateOnly(2025, 5, 22), new DateOnly(2025, 7, 4), false, "chief.zhao", "案情复杂", "inspector.li", At(2025, 5, 20));

    public static InspectionCaseClosed Closed() => new(Id, InspectionOutcome.Penalised, "结案", "inspector.li", At(2025, 3, 12));

    public static InspectionCaseWithdrawn Withdrawn() => new(Id, "情节轻微且已改正", "inspector.li", At(2025, 3, 12));

    public static object[] WithTeam() => [Opened(), Team()];

    public static object[] WithViolation() => [.. WithTeam(), Visit(), Violation()];

    public static object[] AwaitingRectification(DateOnly? rectifyBy = null) => [.. WithViolation(), Heard(), Ordered(rectifyBy)];
}

using LaborRights.Arbitration;

namespace LaborRights.UnitTests.Arbitration;

/// <summary>Events of a typical arbitration case, in the order a case lives them (Jinan Lixia, tier 1: limit 25,200 yuan).</summary>
public static class ArbitrationCaseEvents
{
    public static readonly Guid Id = Guid.Parse("3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1001");
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Cst);

    public static readonly Party Worker = new(PartyKind.Worker, "王建国", "11010519491231002X", "13812345678");
    public static readonly Party Employer = new(PartyKind.Employer, "济南鲁泰建筑工程有限公司", "91350100M000100Y43", null);

    public static IReadOnlyList<ClaimItem> Claims() =>
    [
        new(1, ClaimCategory.Pay, "支付拖欠工资", 30_000m),
        new(2, ClaimCategory.Overtime, "支付加班费", 5_000m),
        new(3, ClaimCategory.WorkingTimeRestStandards, "确认每周休息一日", null),
    ];

    public static ArbitrationApplied Applied(DateTimeOffset? at = null, int workers = 1, IReadOnlyList<ClaimItem>? claims = null,
        string county = "370102") => new(
        Id, "AR20250810-7K3M9P2Q", "hash", ArbitrationChannel.Online, Worker, Employer,
        Employer.Name, Employer.IdNumber, county, null, claims ?? Claims(), workers, "2025年5月至7月工资未发放。",
        new DateOnly(2025, 8, 15), false, "applicant:online", at ?? At(2025, 8, 10));

    public static ArbitrationApplicationAccepted Accepted(DateOnly? on = null)
    {
        var acceptedOn = on ?? new DateOnly(2025, 8, 12);
        return new(Id, "历下区劳人仲案字〔2025〕第00001号", acceptedOn, 45,
            ArbitrationSpecification.Calendar.AddCalendarDaysRollingToWorkingDay(acceptedOn, 45).DueOn, false, "clerk.wang", At(acceptedOn.Year, acceptedOn.Month, acceptedOn.Day));
    }

    public static ArbitrationPanelFormed Panel(params string[] names) =>
        new(Id, names.Length == 0 ? ["李仲裁"] : names, names.Length == 0 ? "李仲裁" : names[0], "clerk.wang", At(2025, 8, 13));

    public static HearingScheduled Scheduled(DateOnly? on = null) =>
        new(Id, on ?? new DateOnly(2025, 8, 25), "历下区劳动人事争议仲裁院第一仲裁庭", new DateOnly(2025, 8, 14), "clerk.wang", At(2025, 8, 14));

    public static HearingAttendanceRecorded Attended(bool applicant = true, bool respondent = true) =>
        new(Id, new DateOnly(2025, 8, 25), applicant, respondent, "arbitrator.li", At(2025, 8, 25));

    public static MediationFailed MediationFailed() => new(Id, "双方对金额分歧较大", "arbitrator.li", At(2025, 8, 25, 11));

    public static AwardedItem Item(int number, ClaimCategory category, decimal? amount, bool final) => new(number, category, amount, "支持", final);

    public static MinimumWageApplied Wage() => new("370102", new DateOnly(2025, 8, 10), 1, 2100m, new DateOnly(2021, 10, 1), 25_200m);

    public static ArbitrationAwardIssued Awarded(decimal pay = 30_000m) => new(Id,
        [Item(1, ClaimCategory.Pay, pay, pay <= 25_200m), Item(2, ClaimCategory.Overtime, 0m, true), Item(3, ClaimCategory.WorkingTimeRestStandards, null, true)],
        Wage(), false, "arbitrator.li", At(2025, 9, 1));

    public static object[] InProceedings() => [Applied(), Accepted()];
    public static object[] WithPanel() => [.. InProceedings(), Panel()];
    public static object[] HearingSet() => [.. WithPanel(), Scheduled()];
    public static object[] HeardCase(bool respondentAppeared = true) => [.. HearingSet(), Attended(respondent: respondentAppeared)];
    public static object[] ReadyForAward() => [.. HeardCase(), MediationFailed()];
    public static object[] AwardedCase(decimal pay = 30_000m) => [.. ReadyForAward(), Awarded(pay)];
}

using LaborRights.WageArrears;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>Events of a typical case, in the order a case lives them.</summary>
public static class CaseEvents
{
    public static readonly Guid Id = Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001");
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Cst);

    public static WageArrearsComplaintReceived Received(
        DateTimeOffset? at = null, decimal amount = 48_000m, int workers = 6, DateOnly? employedTo = null) => new(
        Id, "WA20250224-7K3M9P", "hash", IntakeChannel.Online,
        new Complainant("王建国", "11010519491231002X", "13812345678"),
        new Employer("济南鲁泰建筑工程有限公司", "91350100M000100Y43"),
        "370102", null, "历下区某安置房项目", workers, amount,
        new EmploymentPeriod(new DateOnly(2024, 3, 1), employedTo ?? new DateOnly(2025, 1, 20)),
        "2024年3月至2025年1月工资未发放。",
        new DateOnly(2025, 3, 3), false, "complainant:online", at ?? At(2025, 2, 24));

    public static ComplaintAccepted Accepted(DateOnly? filedOn = null, DateOnly? dueOn = null) => new(
        Id, "历下区劳监立〔2025〕00001号", filedOn ?? new DateOnly(2025, 2, 25), dueOn ?? new DateOnly(2025, 5, 23), false,
        "inspector.li", At(2025, 2, 25));

    public static InspectorsAssigned Assigned() => new(Id, ["张伟", "李娜"], "chief.zhao", At(2025, 2, 25));

    public static ArrearsConfirmed Confirmed(decimal amount = 45_000m) => new(Id, amount, 6, "inspector.li", At(2025, 2, 27));

    public static PaymentOrdered Ordered(DateOnly? payBy = null, decimal amount = 45_000m) =>
        new(Id, amount, payBy ?? new DateOnly(2025, 3, 10), "inspector.li", At(2025, 2, 28));

    /// <param name="outstandingAfter">What remains owed; the typical case confirms 45,000 yuan.</param>
    public static RecoveryRecorded Recovered(decimal amount, int workers = 2, decimal? outstandingAfter = null) =>
        new(Id, amount, workers, new DateOnly(2025, 3, 1), outstandingAfter ?? Math.Max(0, 45_000m - amount), "inspector.li", At(2025, 3, 1));

    public static TransferredToPolice Transferred() =>
        new(Id, "济南市公安局历下区分局", "逾期拒不支付", 45_000m, false, "inspector.li", At(2025, 3, 12));

    public static CaseClosed Closed(ClosureOutcome outcome = ClosureOutcome.FullyRecovered) =>
        new(Id, outcome, "结案", "inspector.li", At(2025, 3, 20));

    public static object[] UnderInvestigation() => [Received(), Accepted(), Assigned()];

    /// <summary>The inspector asks for the one extension of the period that ends 2025-05-23.</summary>
    public static ExtensionRequested Requested(string by = "inspector.li") => new(Id, new DateOnly(2025, 5, 23), "案情复杂", by, At(2025, 5, 6));

    public static object[] PaymentOrderedCase(DateOnly? payBy = null) => [.. UnderInvestigation(), Confirmed(), Ordered(payBy)];
}

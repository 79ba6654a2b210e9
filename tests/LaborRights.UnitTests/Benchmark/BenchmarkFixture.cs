using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using LaborRights.Calendar;
using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>Small hand-made cases and one-line calls into method v1, so each test reads as its data and its arithmetic.</summary>
internal static class BenchmarkFixture
{
    public const string Lixia = "370102";       // 历下区, 济南市 370100
    public const string Shizhong = "370103";    // 市中区, 济南市
    public const string Shinan = "370202";      // 市南区, 青岛市 370200
    public const string JinanHighTech = "370176"; // 济南高新技术产业开发区, park in 济南市
    public const string DongyingPark = "370571";  // 东营经济技术开发区

    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    public static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();

    private static int _lastId;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>
    /// An undecided case of one worker claiming 1000 yuan in 历下区, with an employer of its own (so no
    /// accidental repeats) — each test states only what it changes.
    /// </summary>
    public static BenchmarkCaseFacts Case(string receivedOn, string county = Lixia)
    {
        var n = Interlocked.Increment(ref _lastId);
        var id = new Guid($"00000000-0000-0000-0000-{n:D12}");
        return new BenchmarkCaseFacts(
            CaseId: id,
            CountyCode: county,
            ParkCode: null,
            EmployerCreditCode: $"91370100MA{n:D8}",
            ReceivedOn: D(receivedOn),
            Decision: null,
            DecidedOn: null,
            Extended: false,
            ClosedOn: null,
            WorkersAffected: 1,
            AmountClaimed: 1000m,
            AmountConfirmed: null,
            RecoveredTotal: 0m);
    }

    public static BenchmarkCaseFacts Accepted(this BenchmarkCaseFacts c, string on) =>
        c with { Decision = AcceptanceDecision.Accepted, DecidedOn = D(on) };

    public static BenchmarkCaseFacts Rejected(this BenchmarkCaseFacts c, string on) =>
        c with { Decision = AcceptanceDecision.Rejected, DecidedOn = D(on) };

    public static BenchmarkCaseFacts Closed(this BenchmarkCaseFacts c, string on) => c with { ClosedOn = D(on) };

    public static BenchmarkCaseFacts WithExtension(this BenchmarkCaseFacts c) => c with { Extended = true };

    public static BenchmarkCaseFacts Workers(this BenchmarkCaseFacts c, int workers) => c with { WorkersAffected = workers };

    public static BenchmarkCaseFacts Claimed(this BenchmarkCaseFacts c, decimal claimed, decimal? confirmed = null) =>
        c with { AmountClaimed = claimed, AmountConfirmed = confirmed };

    public static BenchmarkCaseFacts Recovered(this BenchmarkCaseFacts c, decimal total) => c with { RecoveredTotal = total };

    public static BenchmarkCaseFacts Employer(this BenchmarkCaseFacts c, string creditCode) => c with { EmployerCreditCode = creditCode };

    public static BenchmarkCaseFacts InPark(this BenchmarkCaseFacts c, string parkCode) => c with { ParkCode = parkCode };

    public static BenchmarkRanking Rank(
        IReadOnlyList<BenchmarkCaseFacts> cases, string period, string today, UnitKind kind = UnitKind.County) =>
        BenchmarkMethodV1.Instance.Rank(cases, kind, BenchmarkPeriod.Parse(period), D(today), Calendar, Regions);

    public static UnitBenchmarkDetail Detail(
        IReadOnlyList<BenchmarkCaseFacts> cases, string period, string today, string code = Lixia, UnitKind kind = UnitKind.County) =>
        BenchmarkMethodV1.Instance.Detail(cases, kind, code, BenchmarkPeriod.Parse(period), D(today), Calendar, Regions)
        ?? throw new InvalidOperationException($"{code} is not a reference unit.");

    public static UnitBenchmark Unit(this BenchmarkRanking ranking, string code) => ranking.Units.Single(u => u.Code == code);

    /// <summary>(numerator, denominator, rounded value) — the three numbers a reader checks by hand.</summary>
    public static (decimal Numerator, decimal Denominator, decimal? Value) Fraction(this UnitBenchmarkDetail detail, string key) =>
        (detail.Indicators[key].Numerator, detail.Indicators[key].Denominator, detail.Indicators[key].Value);
}

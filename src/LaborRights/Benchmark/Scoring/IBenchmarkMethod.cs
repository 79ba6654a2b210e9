using LaborRights.Calendar;
using LaborRights.ReferenceData;

namespace LaborRights.Benchmark.Scoring;

/// <summary>
/// A versioned scoring method. A published version never changes its results; a new rule is a new
/// version beside the old one (see <see cref="BenchmarkMethods"/>). Implementations are pure: the
/// same facts, period and <c>today</c> give the same answer.
/// </summary>
public interface IBenchmarkMethod
{
    /// <summary>The identifier shown as <c>method</c> in every result, e.g. <c>v1</c>.</summary>
    string Version { get; }

    /// <param name="allCases">
    /// Every wage-arrears case known, of any unit and any period: some rules look outside the scored
    /// cohort (e.g. an employer's earlier case in another county).
    /// </param>
    /// <param name="today">The local date (Asia/Shanghai) the score is read; statuses are judged as of it.</param>
    BenchmarkRanking Rank(
        IReadOnlyList<BenchmarkCaseFacts> allCases,
        UnitKind kind,
        BenchmarkPeriod period,
        DateOnly today,
        WorkingDayCalendar calendar,
        ShandongRegions regions);

    /// <summary>One unit's result with numerators, denominators and cases; null if <paramref name="code"/> is not a reference unit of <paramref name="kind"/>.</summary>
    UnitBenchmarkDetail? Detail(
        IReadOnlyList<BenchmarkCaseFacts> allCases,
        UnitKind kind,
        string code,
        BenchmarkPeriod period,
        DateOnly today,
        WorkingDayCalendar calendar,
        ShandongRegions regions);
}

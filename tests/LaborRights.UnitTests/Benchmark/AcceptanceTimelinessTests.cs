using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>受理及时率: decided by AddWD(received, 5); undecided cases count only once overdue.</summary>
public sealed class AcceptanceTimelinessTests
{
    // Received Mon 2025-03-03 → deadline = 5th working day after = Mon 03-10 (Tue 4, Wed 5, Thu 6, Fri 7, Mon 10).
    private static readonly BenchmarkCaseFacts OnDeadline = Case("2025-03-03").Accepted("2025-03-10");
    private static readonly BenchmarkCaseFacts RejectedOnDeadline = Case("2025-03-03").Rejected("2025-03-10");
    private static readonly BenchmarkCaseFacts Late = Case("2025-03-03").Accepted("2025-03-11");
    private static readonly BenchmarkCaseFacts UndecidedFromMonday = Case("2025-03-03");  // deadline 03-10
    private static readonly BenchmarkCaseFacts UndecidedFromTuesday = Case("2025-03-04"); // deadline Tue 03-11
    private static readonly BenchmarkCaseFacts[] All = [OnDeadline, RejectedOnDeadline, Late, UndecidedFromMonday, UndecidedFromTuesday];

    [Fact]
    public void Decided_cases_count_on_time_up_to_their_deadline_day_and_overdue_undecided_ones_count_as_late()
    {
        // Today 03-11: D = {OnDeadline, RejectedOnDeadline, Late}; UndecidedFromMonday is overdue (03-10 < 03-11);
        // UndecidedFromTuesday is due today, not overdue. → 2 / (3 + 1) = 50.00
        var detail = Detail(All, "2025Q1", today: "2025-03-11");

        detail.Fraction(AcceptanceTimeliness).Should().Be((2m, 4m, 50.00m));
        detail.Indicators[AcceptanceTimeliness].Cases.Should().BeEquivalentTo(new[]
        {
            new { CaseId = OnDeadline.CaseId, Numerator = 1m, Denominator = 1m },
            new { CaseId = RejectedOnDeadline.CaseId, Numerator = 1m, Denominator = 1m },
            new { CaseId = Late.CaseId, Numerator = 0m, Denominator = 1m },
            new { CaseId = UndecidedFromMonday.CaseId, Numerator = 0m, Denominator = 1m },
        });
    }

    [Fact]
    public void An_undecided_case_enters_the_denominator_only_the_day_after_its_deadline()
    {
        // Today 03-12: UndecidedFromTuesday's deadline 03-11 has passed too → 2 / 5 = 40.00.
        Detail(All, "2025Q1", today: "2025-03-12").Fraction(AcceptanceTimeliness).Should().Be((2m, 5m, 40.00m));
    }

    [Fact]
    public void Null_while_nothing_is_decided_and_nothing_is_overdue()
    {
        // Both undecided, today = Monday's deadline itself (03-10 is not before 03-10).
        var undecided = new[] { Case("2025-03-03"), Case("2025-03-04") };

        var detail = Detail(undecided, "2025Q1", today: "2025-03-10");

        detail.Fraction(AcceptanceTimeliness).Should().Be((0m, 0m, null));
        detail.Indicators[AcceptanceTimeliness].Cases.Should().BeEmpty();
    }

    [Theory]
    // Spring Festival 2025: 01-28..02-04 off; Sun 01-26 and Sat 02-08 are working days.
    // Received Fri 01-24 → Sun 26 (1), Mon 27 (2), [28 … 04 off], Wed 02-05 (3), Thu 06 (4), Fri 07 (5): deadline 02-07.
    [InlineData("2025-01-24", "2025-02-07", 1)]
    [InlineData("2025-01-24", "2025-02-08", 0)]
    // Received Mon 01-27 → Wed 02-05 (1), Thu 06 (2), Fri 07 (3), Sat 08 (4, 调休上班), Mon 10 (5): deadline 02-10.
    // A Monday–Friday count would have ended on Mon 02-03, in the middle of the holiday.
    [InlineData("2025-01-27", "2025-02-10", 1)]
    [InlineData("2025-01-27", "2025-02-11", 0)]
    // Received Fri 01-17 → Mon 20, Tue 21, Wed 22, Thu 23, Fri 24: deadline 01-24, not touched by the holiday.
    [InlineData("2025-01-17", "2025-01-24", 1)]
    [InlineData("2025-01-17", "2025-01-26", 0)]
    public void Counts_working_days_of_the_official_calendar(string received, string decided, int onTime)
    {
        var detail = Detail([Case(received).Rejected(decided)], "2025Q1", today: "2025-03-31");

        detail.Fraction(AcceptanceTimeliness).Should().Be((onTime, 1m, onTime * 100m));
    }

    [Theory]
    // Received Mon 01-27, deadline Mon 02-10 (see above): on 02-10 it is not yet overdue, on 02-11 it is.
    [InlineData("2025-02-10", 0)]
    [InlineData("2025-02-11", 1)]
    public void An_undecided_case_over_the_holiday_is_overdue_only_after_the_adjusted_deadline(string today, int denominator)
    {
        Detail([Case("2025-01-27")], "2025Q1", today).Fraction(AcceptanceTimeliness)
            .Should().Be((0m, denominator, denominator == 0 ? null : 0m));
    }
}

using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>结案率 and 按期办结率 over the accepted cases that are due.</summary>
public sealed class ClosureTests
{
    // All received Mon 2025-03-03 and accepted Tue 03-04. Closure deadlines, counted by hand:
    //   60 working days: March 5–31 = 19; April = 22 weekdays − 04-04 (清明) + Sun 04-27 (调休) = 22 → 41;
    //   May: 1–5 off (劳动节), 6–9 = 4 → 45, 12–16 → 50, 19–23 → 55, 26–30 → 60 ⇒ Fri 2025-05-30.
    //   90 working days: May 31–Jun 2 off (端午); Jun 3–6 = 4 → 64, 9–13 → 69, 16–20 → 74, 23–27 → 79,
    //   Jun 30 → 80, Jul 1–4 → 84, 7–11 → 89, Mon Jul 14 → 90 ⇒ Mon 2025-07-14.
    private static BenchmarkCaseFacts AcceptedCase() => Case("2025-03-03").Accepted("2025-03-04");

    private static readonly BenchmarkCaseFacts ClosedOnDay60 = AcceptedCase().Closed("2025-05-30");
    private static readonly BenchmarkCaseFacts ClosedAfterDay60 = AcceptedCase().Closed("2025-06-03");
    private static readonly BenchmarkCaseFacts ExtendedClosedOnDay90 = AcceptedCase().WithExtension().Closed("2025-07-14");
    private static readonly BenchmarkCaseFacts ExtendedClosedAfterDay90 = AcceptedCase().WithExtension().Closed("2025-07-15");
    private static readonly BenchmarkCaseFacts OpenDueDay60 = AcceptedCase();
    private static readonly BenchmarkCaseFacts OpenExtendedDueDay90 = AcceptedCase().WithExtension();
    private static readonly BenchmarkCaseFacts RejectedButClosed = Case("2025-03-03").Rejected("2025-03-04").Closed("2025-03-05");
    private static readonly BenchmarkCaseFacts UndecidedCase = Case("2025-03-03");

    private static readonly BenchmarkCaseFacts[] All =
    [
        ClosedOnDay60, ClosedAfterDay60, ExtendedClosedOnDay90, ExtendedClosedAfterDay90,
        OpenDueDay60, OpenExtendedDueDay90, RejectedButClosed, UndecidedCase,
    ];

    [Fact]
    public void Open_cases_are_judged_only_after_their_deadline_and_the_extension_gives_90_working_days()
    {
        // Today 07-14: OpenDueDay60 is due (05-30 < 07-14); OpenExtendedDueDay90 is not (07-14 is not before 07-14).
        // Due = 4 closed + OpenDueDay60 = 5. Closed = 4 → 80.00. On time = ClosedOnDay60, ExtendedClosedOnDay90 → 2/5 = 40.00.
        // Rejected and undecided cases are not in A.
        var detail = Detail(All, "2025Q1", today: "2025-07-14");

        detail.Fraction(ClosureRate).Should().Be((4m, 5m, 80.00m));
        detail.Fraction(OnTimeClosure).Should().Be((2m, 5m, 40.00m));
        detail.Indicators[OnTimeClosure].Cases.Should().BeEquivalentTo(new[]
        {
            new { ClosedOnDay60.CaseId, Numerator = 1m, Denominator = 1m },
            new { ClosedAfterDay60.CaseId, Numerator = 0m, Denominator = 1m },
            new { ExtendedClosedOnDay90.CaseId, Numerator = 1m, Denominator = 1m },
            new { ExtendedClosedAfterDay90.CaseId, Numerator = 0m, Denominator = 1m },
            new { OpenDueDay60.CaseId, Numerator = 0m, Denominator = 1m },
        });
        detail.Indicators[ClosureRate].Cases.Select(c => c.CaseId).Should().NotContain(OpenExtendedDueDay90.CaseId);
    }

    [Fact]
    public void An_open_extended_case_becomes_due_the_day_after_day_90()
    {
        // Today 07-15: OpenExtendedDueDay90 joins → closed 4/6 = 66.67, on time 2/6 = 33.33.
        var detail = Detail(All, "2025Q1", today: "2025-07-15");

        detail.Fraction(ClosureRate).Should().Be((4m, 6m, 66.67m));
        detail.Fraction(OnTimeClosure).Should().Be((2m, 6m, 33.33m));
    }

    [Theory]
    // Today 05-30: an open case with deadline 05-30 is not due yet → only the closed case counts: 1/1.
    [InlineData("2025-05-30", 1, 1)]
    // Today 05-31: it is due and open → closed 1/2, on time 1/2.
    [InlineData("2025-05-31", 1, 2)]
    public void A_closed_case_is_due_at_once_and_an_open_one_on_the_day_after_its_deadline(string today, int closed, int due)
    {
        var cases = new[] { AcceptedCase().Closed("2025-03-20"), AcceptedCase() };

        var detail = Detail(cases, "2025Q1", today);

        detail.Fraction(ClosureRate).Should().Be((closed, due, 100m * closed / due));
        detail.Fraction(OnTimeClosure).Should().Be((closed, due, 100m * closed / due));
    }

    [Fact]
    public void Both_are_null_while_no_accepted_case_is_due()
    {
        // One open case accepted 03-04 (due after 05-30), one rejected, one undecided; today 04-01.
        var cases = new[] { AcceptedCase(), RejectedButClosed, UndecidedCase };

        var detail = Detail(cases, "2025Q1", today: "2025-04-01");

        detail.Fraction(ClosureRate).Should().Be((0m, 0m, null));
        detail.Fraction(OnTimeClosure).Should().Be((0m, 0m, null));
        detail.Unit.Indicators[ClosureRate].Should().BeNull();
    }

    [Fact]
    public void The_closure_deadline_counts_from_the_acceptance_not_the_receipt()
    {
        // Received 03-03 but accepted late on Wed 03-05: 60 working days from 03-05 run past the
        // 端午 break (May 31–Jun 2): 03-05 + 59 = Fri 05-30 (one day less in March than above), 60th = Tue 06-03.
        var lateAccepted = Case("2025-03-03").Accepted("2025-03-05");
        var cases = new[] { lateAccepted.Closed("2025-06-03") };

        Detail(cases, "2025Q1", today: "2025-07-01").Fraction(OnTimeClosure).Should().Be((1m, 1m, 100m));
        Detail([lateAccepted.Closed("2025-06-04")], "2025Q1", today: "2025-07-01").Fraction(OnTimeClosure).Should().Be((0m, 1m, 0m));
    }

    [Fact]
    public void Deadlines_reaching_into_a_year_without_a_published_calendar_are_flagged_provisional()
    {
        // The embedded calendar covers 2024–2026. Accepted Mon 2026-12-28: its 60th working day is in 2027.
        var reachesInto2027 = Case("2026-12-24").Accepted("2026-12-28");

        Detail([reachesInto2027], "2026", today: "2026-12-31").DeadlinesProvisional.Should().BeTrue();
        Detail(All, "2025Q1", today: "2025-07-14").DeadlinesProvisional.Should().BeFalse();
    }
}

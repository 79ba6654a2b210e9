using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>
/// The ranking adds up per-case contributions into unit summaries (what the database keeps, ADR 0011); the unit
/// detail counts case by case. On random histories, for many "todays", both must give the same numbers for every unit.
/// </summary>
public class SummaryEquivalenceTests
{
    private static readonly string[] Counties = [Lixia, Shizhong, Shinan, "370105", "370211"];
    private static readonly string?[] Parks = [null, null, JinanHighTech, DongyingPark];

    [Theory]
    [InlineData(1, UnitKind.County)]
    [InlineData(2, UnitKind.Park)]
    [InlineData(3, UnitKind.City)]
    [InlineData(4, UnitKind.County)]
    public void Summaries_and_case_by_case_counting_agree_for_every_unit_and_today(int seed, UnitKind kind)
    {
        var cases = RandomHistory(new Random(seed), 400);
        foreach (var (period, today, unit) in RankedUnits(cases, kind))
        {
            var detail = Method.DetailOf(cases, kind, unit.Code, period, today, BenchmarkFixture.Calendar, Regions, unit.Rank)!;
            detail.Unit.Should().BeEquivalentTo(unit, $"{kind} {unit.Code} {period} as of {today}");
        }
    }

    [Theory]
    [InlineData(5, UnitKind.County)]
    [InlineData(6, UnitKind.Park)]
    [InlineData(7, UnitKind.City)]
    public void A_unit_detail_from_the_stored_contributions_equals_the_one_counted_from_the_facts(int seed, UnitKind kind)
    {
        // What the API answers (contributions of the unit's own cases) against the reference (every fact, the repeat
        // rule over the employers' other cases): the same figures, the same cases in every list, for many "todays".
        var cases = RandomHistory(new Random(seed), 400);
        var repeats = new RepeatOffenders(cases);
        var contributions = cases.ToDictionary(c => c.CaseId, c => CaseContributionV1.Of(c, repeats.IsRepeat(c), BenchmarkFixture.Calendar));
        foreach (var (period, today, unit) in RankedUnits(cases, kind))
        {
            var reference = Method.DetailOf(cases, kind, unit.Code, period, today, BenchmarkFixture.Calendar, Regions, unit.Rank)!;
            var cohort = cases.Where(c => period.Contains(c.ReceivedOn) && BenchmarkMethodV1.UnitCodeOf(c, kind) == unit.Code)
                .Select(c => (c.CaseId, contributions[c.CaseId])).ToList();

            var detail = Method.DetailOfContributions(cohort, kind, period, today, unit);

            detail.Should().BeEquivalentTo(reference, $"{kind} {unit.Code} {period} as of {today}");
        }
    }

    private static BenchmarkMethodV1 Method => BenchmarkMethodV1.Instance;

    /// <summary>Every unit with cases, as the method ranks it, for three periods and five todays.</summary>
    private static IEnumerable<(BenchmarkPeriod Period, DateOnly Today, UnitBenchmark Unit)> RankedUnits(List<BenchmarkCaseFacts> cases, UnitKind kind)
    {
        foreach (var period in new[] { BenchmarkPeriod.OfYear(2025), BenchmarkPeriod.OfQuarter(2025, 3), BenchmarkPeriod.OfQuarter(2026, 1) })
        {
            foreach (var today in new[] { D("2025-08-01"), D("2025-10-09"), D("2026-02-20"), D("2026-06-30"), D("2027-03-01") })
            {
                foreach (var unit in Method.Rank(cases, kind, period, today, BenchmarkFixture.Calendar, Regions).Units.Where(u => u.Cases > 0))
                    yield return (period, today, unit);
            }
        }
    }

    [Fact]
    public void Taking_every_contribution_out_again_leaves_an_empty_summary()
    {
        // The stored summaries are kept by "minus the old contribution, plus the new one" (ADR 0011).
        var cases = RandomHistory(new Random(9), 200);
        var contributions = cases.Select(c => CaseContributionV1.Of(c, isRepeat: c.CaseId.GetHashCode() % 3 == 0, BenchmarkFixture.Calendar)).ToList();
        var summary = new UnitSummaryV1();
        foreach (var c in contributions) summary.Add(c);
        summary.Cases.Should().Be(200);
        summary.UndecidedByDueDate.Should().NotBeEmpty();
        summary.OpenByDueDate.Should().NotBeEmpty();

        foreach (var c in contributions) summary.Add(c, sign: -1);

        summary.Should().BeEquivalentTo(new UnitSummaryV1());
    }

    /// <summary>Cases over 2024–2026 with few employers (so repeats happen across counties), every status and amount shape.</summary>
    private static List<BenchmarkCaseFacts> RandomHistory(Random random, int count)
    {
        var employers = Enumerable.Range(0, 40).Select(i => $"91370100MA{i:D8}").ToArray();
        var result = new List<BenchmarkCaseFacts>();
        for (var i = 0; i < count; i++)
        {
            var received = new DateOnly(2024, 6, 1).AddDays(random.Next(900));
            var c = Case(received.ToString("yyyy-MM-dd"), Counties[random.Next(Counties.Length)]) with
            {
                EmployerCreditCode = employers[random.Next(employers.Length)],
                WorkersAffected = random.Next(10) switch { 0 => 12, 1 => 60, _ => 1 + random.Next(9) },
                AmountClaimed = random.Next(1, 200) * 500m,
            };
            c = c with { ParkCode = Regions.FindCounty(c.CountyCode)!.CityCode == "370100" ? Parks[random.Next(3)] : null };
            var decidedOn = received.AddDays(random.Next(1, 15));
            c = random.Next(10) switch
            {
                0 => c,
                1 => c with { Decision = AcceptanceDecision.Rejected, DecidedOn = decidedOn },
                _ => c with { Decision = AcceptanceDecision.Accepted, DecidedOn = decidedOn },
            };
            if (!c.IsAccepted) { result.Add(c); continue; }
            c = c with
            {
                Extended = random.Next(5) == 0,
                AmountConfirmed = random.Next(3) == 0 ? random.Next(0, 200) * 500m : null,
                RecoveredTotal = random.Next(0, 250) * 500m,
            };
            if (random.Next(4) != 0) c = c with { ClosedOn = decidedOn.AddDays(random.Next(20, 160)) };
            result.Add(c);
        }
        return result;
    }
}

using System.Text;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.Benchmark;
using LaborRights.Calendar;
using LaborRights.Demo;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests.Demo;

public class LegacyHistoryGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private static readonly LegacyHistoryGenerator Generator = new(Regions, Calendar, new WageArrearsRules());

    private static readonly Lazy<List<LegacyCase>> FiveThousand = new(() => Generator.Cases(new LegacyHistoryOptions(5_000, Today)).ToList());

    private static string File(LegacyHistoryOptions options)
    {
        using var writer = new StringWriter();
        Generator.WriteTo(writer, options);
        return writer.ToString();
    }

    [Fact]
    public void The_same_seed_and_size_give_the_same_bytes_and_another_seed_another_history()
    {
        var first = File(new LegacyHistoryOptions(2_000, Today, Seed: 42));
        var second = File(new LegacyHistoryOptions(2_000, Today, Seed: 42));
        var other = File(new LegacyHistoryOptions(2_000, Today, Seed: 43));

        second.Should().Be(first);
        other.Should().NotBe(first);
        first.Should().StartWith("{\"legacyId\":\"LS-");
        Generator.Lines(new LegacyHistoryOptions(10, Today, IdPrefix: "DEMO")).Should().OnlyContain(l => l.StartsWith("{\"legacyId\":\"DEMO-"));
        first.Split('\n').Should().HaveCount(2_001).And.EndWith("", "every line, the last included, ends with LF");
    }

    [Fact]
    public async Task Every_generated_line_passes_the_importers_checks_and_reads_back_as_the_case_it_was_made_from()
    {
        var options = new LegacyHistoryOptions(4_000, Today, Seed: 7);
        var bytes = Encoding.UTF8.GetBytes(File(options));
        var cases = Generator.Cases(options).ToList();

        var scanned = new List<ScannedLine>();
        await foreach (var line in new LegacyFileScan(new LegacyLineParser(Regions)).ScanAsync(new MemoryStream(bytes), Today))
            scanned.Add(line);

        scanned.SelectMany(l => l.Errors).Should().BeEmpty();
        scanned.Should().HaveCount(4_000).And.OnlyContain(l => l.Kind == ScannedLineKind.Case, "legacyIds are unique");
        scanned.Select(l => l.Case).Should().BeEquivalentTo(cases, o => o.WithStrictOrdering());
    }

    [Fact]
    public void All_136_counties_appear_unevenly_and_parks_only_in_their_city()
    {
        var cases = FiveThousand.Value;

        var perCounty = cases.GroupBy(c => c.CountyCode).ToDictionary(g => g.Key, g => g.Count());
        perCounty.Keys.Should().BeEquivalentTo(Regions.Counties.Select(c => c.Code));
        perCounty.Values.Max().Should().BeGreaterThan(4 * perCounty.Values.Min(), "some counties are busy, some quiet");
        cases.Where(c => c.ParkCode is not null).Should().OnlyContain(c => c.ParkCode!.Substring(0, 4) == c.CountyCode.Substring(0, 4));
        cases.Select(c => c.ParkCode).Where(p => p is not null).Distinct().Should().HaveCount(Regions.Parks.Count);
    }

    [Fact]
    public void Dates_lie_in_the_range_and_every_stage_of_handling_occurs()
    {
        var cases = FiveThousand.Value;

        var dates = cases.SelectMany(c => new[] { c.ReceivedOn, c.Decision?.On, c.ExtendedOn, c.TransferredToPoliceOn, c.ClosedOn }
            .Concat(c.Recoveries.Select(r => (DateOnly?)r.On))).OfType<DateOnly>().ToList();
        dates.Should().OnlyContain(d => d >= LegacyHistoryOptions.DefaultFrom && d <= Today);
        cases.Select(c => c.ReceivedOn.Year).Distinct().Should().BeEquivalentTo([2024, 2025, 2026]);

        cases.Should().Contain(c => c.Decision == null, "undecided")
            .And.Contain(c => c.Decision != null && c.Decision.Kind == LegacyDecisionKind.Rejected)
            .And.Contain(c => c.ExtendedOn != null)
            .And.Contain(c => c.TransferredToPoliceOn != null)
            .And.Contain(c => c.Decision != null && c.Decision.Kind == LegacyDecisionKind.Accepted && c.ClosedOn == null, "still open")
            .And.Contain(c => c.AmountConfirmed == null && c.Decision != null && c.Decision.Kind == LegacyDecisionKind.Accepted)
            .And.Contain(c => c.Recoveries.Count > 1);
        var accepted = cases.Where(c => c.Decision?.Kind == LegacyDecisionKind.Accepted).ToList();
        accepted.Should().Contain(c => c.Recoveries.Sum(r => r.Amount) == (c.AmountConfirmed ?? c.AmountClaimed) && c.Recoveries.Count > 0, "fully recovered")
            .And.Contain(c => c.Recoveries.Count > 0 && c.Recoveries.Sum(r => r.Amount) < (c.AmountConfirmed ?? c.AmountClaimed), "partly recovered");
        accepted.Should().Contain(c => c.Decision!.On > Calendar.AddWorkingDays(c.ReceivedOn, 5).DueOn, "decided late")
            .And.Contain(c => c.ClosedOn > Calendar.AddWorkingDays(c.Decision!.On, c.ExtendedOn == null ? 60 : 90).DueOn, "closed late");
    }

    [Fact]
    public void Employers_recur_within_a_year_and_across_counties_and_mass_and_veto_cases_occur()
    {
        var cases = FiveThousand.Value;

        var byEmployer = cases.GroupBy(c => c.Employer.CreditCode).Where(g => g.Count() > 1).ToList();
        byEmployer.Should().Contain(g => g.Select(c => c.CountyCode).Distinct().Count() > 1);
        byEmployer.Should().Contain(g => g.Zip(g.Skip(1)).Any(p => WithinAYear(p.First.ReceivedOn, p.Second.ReceivedOn)));
        cases.Count(c => c.WorkersAffected >= 10).Should().BeInRange(100, 750);
        cases.Count(c => c.WorkersAffected >= 50).Should().BeInRange(5, 60);
        cases.Average(c => (double)c.AmountClaimed).Should().BeGreaterThan(30_000, "construction arrears dominate");
    }

    [Fact]
    public void Scored_by_method_v1_the_counties_spread_over_every_light()
    {
        var facts = FiveThousand.Value.Select(Facts).ToList();

        var ranking = BenchmarkMethodV1.Instance.Rank(facts, UnitKind.County, BenchmarkPeriod.Parse("2025"), Today, Calendar, Regions);
        var quarter = BenchmarkMethodV1.Instance.Rank(facts, UnitKind.County, BenchmarkPeriod.Parse("2026Q1"), Today, Calendar, Regions);

        ranking.Units.Select(u => u.Rating).Distinct().Should().BeEquivalentTo(Enum.GetValues<BenchmarkRating>());
        ranking.Units.Should().Contain(u => u.Vetoed);
        quarter.Units.Select(u => u.Rating).Should().Contain(BenchmarkRating.Insufficient).And.Contain(BenchmarkRating.Green);
    }

    private static bool WithinAYear(DateOnly earlier, DateOnly later) => later.DayNumber - earlier.DayNumber >= 1 && later.DayNumber - earlier.DayNumber <= 365;

    private static BenchmarkCaseFacts Facts(LegacyCase c) => new(
        LegacyCaseHistory.StreamIdFor(c.LegacyId), c.CountyCode, c.ParkCode, c.Employer.CreditCode, c.ReceivedOn,
        c.Decision?.Kind switch { LegacyDecisionKind.Accepted => AcceptanceDecision.Accepted, LegacyDecisionKind.Rejected => AcceptanceDecision.Rejected, _ => null },
        c.Decision?.On, c.ExtendedOn is not null, c.ClosedOn, c.WorkersAffected, c.AmountClaimed, c.AmountConfirmed, c.Recoveries.Sum(r => r.Amount));
}

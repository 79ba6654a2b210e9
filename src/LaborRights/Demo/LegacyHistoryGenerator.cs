using LaborRights.Calendar;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;

namespace LaborRights.Demo;

/// <param name="Size">How many cases (lines) to write.</param>
/// <param name="Today">The day the history ends: no date of any case lies after it.</param>
/// <param name="From">The first day a complaint may be received; 2024-01-01 when null.</param>
/// <param name="IdPrefix">
/// Starts every legacyId (<c>{prefix}-{county}-{year}-{sequence}</c>). Files made with other seeds or days reuse the
/// same ids with other content, which the importer refuses: give each history meant for one store its own prefix.
/// </param>
public sealed record LegacyHistoryOptions(
    int Size, DateOnly Today, int Seed = LegacyHistoryGenerator.DefaultSeed, DateOnly? From = null, string IdPrefix = LegacyHistoryOptions.DefaultIdPrefix)
{
    public const string DefaultIdPrefix = "LS";

    public static readonly DateOnly DefaultFrom = new(2024, 1, 1);

    public DateOnly FirstDay => From ?? DefaultFrom;
}

/// <summary>
/// Writes a made-up but plausible history of Shandong wage-arrears cases in the legacy import format (v1), for
/// demos and load tests. Every county appears, unevenly; each county has a handling quality of its own, so the
/// benchmark (method v1) spreads the units over every light. Employers come back, some within a year and in other
/// counties; construction dominates the amounts; a few cases are mass or veto cases. The same options give the
/// same bytes: one seeded <see cref="Random"/>, no clock, no Guid. Cases are made one at a time in order of
/// receipt, so a million lines never sit in memory.
/// </summary>
public sealed class LegacyHistoryGenerator(ShandongRegions regions, WorkingDayCalendar calendar, WageArrearsRules rules)
{
    public const int DefaultSeed = 20240101;

    /// <summary>Every <see cref="RoundRobinEvery"/>-th case goes to the next county in code order, so that from about 3,400 cases on every county has one.</summary>
    private const int RoundRobinEvery = 25;

    public IEnumerable<LegacyCase> Cases(LegacyHistoryOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Size);
        if (options.FirstDay > options.Today) throw new ArgumentException("The history cannot start after it ends.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.IdPrefix)) throw new ArgumentException("The legacyId prefix cannot be empty.", nameof(options));
        return Generate(options);
    }

    /// <summary>The lines of the import file, without line terminators.</summary>
    public IEnumerable<string> Lines(LegacyHistoryOptions options) => Cases(options).Select(LegacyHistoryJson.Line);

    /// <summary>Writes the file (LF line ends, no byte order mark when <paramref name="writer"/> has none); returns the number of lines.</summary>
    public int WriteTo(TextWriter writer, LegacyHistoryOptions options, Action<int>? progress = null)
    {
        var written = 0;
        foreach (var line in Lines(options))
        {
            writer.Write(line);
            writer.Write('\n');
            if (++written % 10_000 == 0) progress?.Invoke(written);
        }
        progress?.Invoke(written);
        return written;
    }

    private IEnumerable<LegacyCase> Generate(LegacyHistoryOptions options)
    {
        var random = new Random(options.Seed);
        var people = new DemoPeople(random);
        var profiles = CountyProfiles(random);
        var cumulative = new double[profiles.Count];
        var total = 0d;
        for (var i = 0; i < profiles.Count; i++) cumulative[i] = total += profiles[i].Weight;
        var parks = regions.Parks.GroupBy(p => p.CityCode).ToDictionary(g => g.Key, g => g.ToArray());
        var employers = new LegacyEmployerPool(random, people, regions);
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        var fate = new LegacyCaseFate(random, people, calendar, rules, options.Today);
        var days = options.Today.DayNumber - options.FirstDay.DayNumber + 1;

        for (var i = 0; i < options.Size; i++)
        {
            // Receipts are spread evenly over the range and come in order; most complaints arrive on working days.
            var received = options.FirstDay.AddDays((int)((i + random.NextDouble()) * days / options.Size));
            if (!calendar.IsWorkingDay(received) && random.Next(4) != 0)
            {
                var next = calendar.NextWorkingDayOnOrAfter(received).DueOn;
                if (next <= options.Today) received = next;
            }
            var profile = i % RoundRobinEvery == RoundRobinEvery / 2
                ? profiles[i / RoundRobinEvery % profiles.Count]
                : profiles[Pick(cumulative, random.NextDouble() * total)];
            var county = profile.County;
            var employer = employers.For(county, profile.Quality);
            var park = !parks.TryGetValue(county.CityCode, out var cityParks) || random.NextDouble() >= (employer.Construction ? 0.06 : 0.3)
                ? null
                : cityParks[random.Next(cityParks.Length)];

            var scope = $"{county.Code}-{received.Year}";
            sequences[scope] = sequences.GetValueOrDefault(scope) + 1;
            var legacyId = $"{options.IdPrefix}-{scope}-{sequences[scope]:D5}";
            yield return fate.Build(legacyId, county, park, employer, received, profile.Quality);
        }
    }

    /// <summary>How busy each county is (a heavy-tailed weight, busier in city districts) and how well it handles cases (0 poor … 1 exemplary).</summary>
    private List<(County County, double Weight, double Quality)> CountyProfiles(Random random)
    {
        var profiles = new List<(County, double, double)>(regions.Counties.Count);
        foreach (var county in regions.Counties)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var weight = Math.Max(0.25, Math.Exp(0.8 * normal)) * (county.Kind == "district" ? 1.4 : 1.0);
            // Skewed towards good handling: most counties are fine, a few are poor.
            var quality = Math.Pow(random.NextDouble(), 0.9);
            profiles.Add((county, weight, quality));
        }
        return profiles;
    }

    private static int Pick(double[] cumulative, double x)
    {
        var index = Array.BinarySearch(cumulative, x);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}

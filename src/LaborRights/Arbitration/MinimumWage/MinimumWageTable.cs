using System.Globalization;
using LaborRights.ReferenceData;

namespace LaborRights.Arbitration.MinimumWage;

/// <summary>A county's monthly minimum wage on a day: its tier then, the amount, and the notice it comes from.</summary>
public sealed record MinimumWageOnDate(string CountyCode, DateOnly On, int Tier, decimal Monthly, DateOnly EffectiveFrom);

/// <summary>
/// Time-versioned minimum wages: which tier each county is in (from a date) and what each tier pays (from a date).
/// A day before the first version of either is unknown, never guessed: the caller reports it.
/// </summary>
public sealed class MinimumWageTable
{
    public const string TiersResourceName = "LaborRights.ReferenceData.shandong-minimum-wage-tiers.csv";
    private const string TiersHeader = "county_code,effective_from,tier";

    public static readonly MinimumWageVersion[] DefaultVersions =
        [new() { EffectiveFrom = new DateOnly(2021, 10, 1), Tier1 = 2100m, Tier2 = 1900m, Tier3 = 1700m }];

    private readonly IReadOnlyList<MinimumWageVersion> _versions;
    private readonly Dictionary<string, List<(DateOnly From, int Tier)>> _tiers;

    public MinimumWageTable(IEnumerable<MinimumWageVersion> versions, IEnumerable<(string CountyCode, DateOnly From, int Tier)> tiers)
    {
        _versions = versions.OrderBy(v => v.EffectiveFrom).ToList();
        if (_versions.Select(v => v.EffectiveFrom).Distinct().Count() != _versions.Count)
            throw new InvalidDataException("Two minimum-wage versions take effect on the same day.");
        _tiers = tiers.GroupBy(t => t.CountyCode)
            .ToDictionary(g => g.Key, g => g.Select(t => (t.From, t.Tier)).OrderBy(t => t.From).ToList());
        if (_tiers.Values.SelectMany(t => t).Any(t => t.Tier is < 1 or > 3))
            throw new InvalidDataException("A county's minimum-wage tier must be 1, 2 or 3.");
    }

    public static MinimumWageTable Load(IReadOnlyList<MinimumWageVersion> configured)
    {
        using var stream = typeof(MinimumWageTable).Assembly.GetManifestResourceStream(TiersResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{TiersResourceName}' was not found.");
        using var reader = new StreamReader(stream);
        // The file opens with '#' comment lines that say what is unconfirmed; the shared CSV reader knows no comments.
        var text = string.Join('\n', reader.ReadToEnd().Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
        var rows = EmbeddedCsv.Parse(new StringReader(text), TiersHeader, TiersResourceName).Select(f => (
            f[0],
            DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(f[2], CultureInfo.InvariantCulture)));
        return new MinimumWageTable(configured.Count > 0 ? configured : DefaultVersions, rows);
    }

    /// <summary>The minimum wage of <paramref name="countyCode"/> on <paramref name="on"/>, or null when the table does not reach back that far.</summary>
    public MinimumWageOnDate? Find(string countyCode, DateOnly on)
    {
        if (!_tiers.TryGetValue(countyCode, out var tiers)) return null;
        var tier = tiers.LastOrDefault(t => t.From <= on);
        var version = _versions.LastOrDefault(v => v.EffectiveFrom <= on);
        if (tier == default || version is null) return null;
        return new MinimumWageOnDate(countyCode, on, tier.Tier, version.ForTier(tier.Tier), version.EffectiveFrom);
    }
}

using LaborRights.ReferenceData;

namespace LaborRights.Demo;

/// <summary>
/// The employers of a generated history. A share of the cases goes to employers met before (more in poorly governed
/// counties): mostly ones of the same city, some from anywhere in the province, as construction firms work across
/// counties. The earliest employers are picked most often, so a few become chronic offenders. The pool is capped so
/// that its memory stays small whatever the size of the history.
/// </summary>
internal sealed class LegacyEmployerPool(Random random, DemoPeople people, ShandongRegions regions)
{
    private const int CapacityPerCity = 400;

    private readonly Dictionary<string, List<DemoEmployer>> _byCity = new(StringComparer.Ordinal);

    public DemoEmployer For(County county, double quality)
    {
        var repeatShare = 0.08 + 0.35 * (1 - quality);
        if (random.NextDouble() < repeatShare)
        {
            var city = random.Next(5) == 0 ? regions.Cities[random.Next(regions.Cities.Count)].Code : county.CityCode;
            if (_byCity.TryGetValue(city, out var known) && known.Count > 0)
                return known[(int)(known.Count * Math.Pow(random.NextDouble(), 2.5))];
        }
        var employer = people.Employer(county, construction: random.NextDouble() < 0.6);
        if (!_byCity.TryGetValue(county.CityCode, out var list)) _byCity[county.CityCode] = list = [];
        if (list.Count < CapacityPerCity && random.Next(3) == 0) list.Add(employer);
        return employer;
    }
}

namespace LaborRights.ReferenceData;

/// <summary>
/// Shandong's cities, county-level divisions and development zones, used to route a case to the
/// competent arbitration commission. Immutable; load once and share.
/// </summary>
public sealed class ShandongRegions
{
    public const string CountiesResourceName = "LaborRights.ReferenceData.shandong-counties.csv";
    public const string ParksResourceName = "LaborRights.ReferenceData.shandong-parks.csv";

    private const string CountiesHeader = "code,name,city_code,city_name,kind";
    private const string ParksHeader = "code,name,city_code,city_name";

    private readonly Dictionary<string, City> _citiesByCode;
    private readonly Dictionary<string, County> _countiesByCode;
    private readonly Dictionary<string, Park> _parksByCode;

    /// <summary>Cities are derived from the counties, so every city has at least one county.</summary>
    /// <exception cref="InvalidDataException">Duplicate codes, a city spelled two ways, or a park in an unknown city.</exception>
    public ShandongRegions(IEnumerable<County> counties, IEnumerable<Park> parks)
    {
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentNullException.ThrowIfNull(parks);

        Counties = counties.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        Parks = parks.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();

        _countiesByCode = ToUniqueDictionary(Counties, c => c.Code, "county");
        _parksByCode = ToUniqueDictionary(Parks, p => p.Code, "park");

        _citiesByCode = new Dictionary<string, City>(StringComparer.Ordinal);
        foreach (var county in Counties)
        {
            if (_citiesByCode.TryGetValue(county.CityCode, out var city))
            {
                if (city.Name != county.CityName)
                {
                    throw new InvalidDataException($"City {county.CityCode} is named both '{city.Name}' and '{county.CityName}'.");
                }
            }
            else
            {
                _citiesByCode.Add(county.CityCode, new City(county.CityCode, county.CityName));
            }
        }

        foreach (var park in Parks)
        {
            if (!_citiesByCode.TryGetValue(park.CityCode, out var city) || city.Name != park.CityName)
            {
                throw new InvalidDataException($"Park {park.Code} {park.Name} refers to unknown city {park.CityCode} {park.CityName}.");
            }
        }

        Cities = _citiesByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<City> Cities { get; }

    public IReadOnlyList<County> Counties { get; }

    public IReadOnlyList<Park> Parks { get; }

    public static ShandongRegions LoadEmbedded()
    {
        var assembly = typeof(ShandongRegions).Assembly;
        var counties = EmbeddedCsv.ReadResource(assembly, CountiesResourceName, CountiesHeader)
            .Select(f => new County(f[0], f[1], f[2], f[3], f[4]));
        var parks = EmbeddedCsv.ReadResource(assembly, ParksResourceName, ParksHeader)
            .Select(f => new Park(f[0], f[1], f[2], f[3]));
        return new ShandongRegions(counties, parks);
    }

    public City? FindCity(string? code) => Find(_citiesByCode, code);

    public County? FindCounty(string? code) => Find(_countiesByCode, code);

    public Park? FindPark(string? code) => Find(_parksByCode, code);

    public IEnumerable<County> CountiesOf(string cityCode) => Counties.Where(c => c.CityCode == cityCode);

    public IEnumerable<Park> ParksOf(string cityCode) => Parks.Where(p => p.CityCode == cityCode);

    private static T? Find<T>(Dictionary<string, T> byCode, string? code)
        where T : class
        => code is not null && byCode.TryGetValue(code.Trim(), out var value) ? value : null;

    private static Dictionary<string, T> ToUniqueDictionary<T>(IEnumerable<T> items, Func<T, string> key, string what)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(key(item), item))
            {
                throw new InvalidDataException($"Duplicate {what} code {key(item)}.");
            }
        }

        return result;
    }
}

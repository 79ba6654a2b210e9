using System.Text.Json.Serialization;

namespace LaborRights.Benchmark.Scoring;

/// <summary>What a benchmark ranks: county-level divisions (县/市/区) or industrial parks (园区).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
public enum UnitKind
{
    [JsonStringEnumMemberName("county")]
    County,

    [JsonStringEnumMemberName("park")]
    Park,

    /// <summary>A city roll-up (地市汇总): the same indicators over all its counties' cases. Not in the v1 spec's lists.</summary>
    [JsonStringEnumMemberName("city")]
    City,
}

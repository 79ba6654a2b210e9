using System.Text.Json.Serialization;

namespace LaborRights.Benchmark.Scoring;

/// <summary>The light (亮灯) a unit gets for a period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BenchmarkRating>))]
public enum BenchmarkRating
{
    /// <summary>标杆</summary>
    [JsonStringEnumMemberName("benchmark")]
    Benchmark,

    [JsonStringEnumMemberName("green")]
    Green,

    [JsonStringEnumMemberName("yellow")]
    Yellow,

    [JsonStringEnumMemberName("red")]
    Red,

    /// <summary>样本不足: too few cases to rate or rank.</summary>
    [JsonStringEnumMemberName("insufficient")]
    Insufficient,
}

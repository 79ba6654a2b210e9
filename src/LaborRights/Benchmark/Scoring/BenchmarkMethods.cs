using LaborRights.Benchmark.Scoring.V1;

namespace LaborRights.Benchmark.Scoring;

/// <summary>The published methods, by version. Adding v2 means adding a class and a line here; v1 stays as it is.</summary>
public static class BenchmarkMethods
{
    public static IReadOnlyList<IBenchmarkMethod> All { get; } = [BenchmarkMethodV1.Instance];

    public static IBenchmarkMethod Current => BenchmarkMethodV1.Instance;

    public static IBenchmarkMethod? Find(string? version) =>
        All.FirstOrDefault(m => string.Equals(m.Version, version, StringComparison.Ordinal));
}

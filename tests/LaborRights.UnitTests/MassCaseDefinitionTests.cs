using LaborRights.Arbitration;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests;

/// <summary>Issue 14, item 13: one named definition of "mass case" per purpose; the benchmark's does not follow the registry's configuration.</summary>
public class MassCaseDefinitionTests
{
    [Fact]
    public void Each_purpose_has_its_own_number_and_the_benchmarks_is_fixed_by_its_method()
    {
        var configured = new WageArrearsRules { MassCaseWorkers = 30, CriminalThresholdGroupWorkers = 12 };

        MassCaseDefinitions.BlacklistMassIncidentWorkers(configured).Should().Be(30);
        MassCaseDefinitions.CriminalThresholdGroupWorkers(configured).Should().Be(12);
        MassCaseDefinitions.BenchmarkMassArrearsWorkers.Should().Be(10, "method v1 fixes it, whatever the registry is configured to");
        MassCaseDefinitions.BenchmarkVetoWorkers.Should().Be(50);
        MassCaseDefinitions.ArbitrationCollectiveDisputeWorkers(new ArbitrationRules()).Should().Be(10);
        new WageArrearsRules().MassCaseWorkers.Should().Be(50);
    }
}

using static LaborRights.Benchmark.Scoring.V1.IndicatorsV1;
using static LaborRights.UnitTests.Benchmark.BenchmarkFixture;

namespace LaborRights.UnitTests.Benchmark;

/// <summary>追欠到位率 = Σ recovered (capped at owed) / Σ owed, over accepted cases.</summary>
public sealed class RecoveryRateTests
{
    private const string Today = "2025-12-31";

    [Fact]
    public void Sums_money_over_accepted_cases_with_each_recovery_capped_at_what_is_owed()
    {
        var claimOnly = Case("2025-03-03").Accepted("2025-03-04").Claimed(1000m).Recovered(400m);          // 400 / 1000
        var confirmedLower = Case("2025-03-03").Accepted("2025-03-04").Claimed(1000m, 800m).Recovered(900m); // 800 / 800 (cap)
        var confirmedZero = Case("2025-03-03").Accepted("2025-03-04").Claimed(500m, 0m).Recovered(0m);       // 0 / 0, not 0 / 500
        var overpaid = Case("2025-03-03").Accepted("2025-03-04").Claimed(2000m).Recovered(5000m);             // 2000 / 2000 (cap)
        var rejected = Case("2025-03-03").Rejected("2025-03-04").Claimed(9999m);                               // not in A
        var undecided = Case("2025-03-03").Claimed(7777m);                                                     // not in A

        // (400 + 800 + 0 + 2000) / (1000 + 800 + 0 + 2000) = 3200 / 3800 = 84.2105… → 84.21
        var detail = Detail([claimOnly, confirmedLower, confirmedZero, overpaid, rejected, undecided], "2025", Today);

        detail.Fraction(RecoveryRate).Should().Be((3200m, 3800m, 84.21m));
        detail.Indicators[RecoveryRate].Cases.Should().BeEquivalentTo(new[]
        {
            new { claimOnly.CaseId, Numerator = 400m, Denominator = 1000m },
            new { confirmedLower.CaseId, Numerator = 800m, Denominator = 800m },
            new { confirmedZero.CaseId, Numerator = 0m, Denominator = 0m },
            new { overpaid.CaseId, Numerator = 2000m, Denominator = 2000m },
        });
    }

    [Fact]
    public void A_confirmed_zero_owes_nothing_so_the_rate_is_null_rather_than_zero()
    {
        // Claimed 500 but the inspector confirmed 0: owed 0, recovered 100 capped to 0 → 0/0 → null.
        // Had the claim been used the rate would be 0/500 = 0.00.
        var cases = new[] { Case("2025-03-03").Accepted("2025-03-04").Claimed(500m, 0m).Recovered(100m) };

        Detail(cases, "2025", Today).Fraction(RecoveryRate).Should().Be((0m, 0m, null));
    }

    [Fact]
    public void Null_without_accepted_cases()
    {
        var cases = new[] { Case("2025-03-03").Rejected("2025-03-04").Recovered(100m), Case("2025-03-03") };

        Detail(cases, "2025", Today).Fraction(RecoveryRate).Should().Be((0m, 0m, null));
    }

    [Fact]
    public void Cents_are_kept_exactly()
    {
        // 333.33 / 1000.00 = 33.333% → 33.33; 0.01 / 3 → 0.333…% → 0.33
        Detail([Case("2025-03-03").Accepted("2025-03-04").Claimed(1000.00m).Recovered(333.33m)], "2025", Today)
            .Fraction(RecoveryRate).Should().Be((333.33m, 1000m, 33.33m));
        Detail([Case("2025-03-03").Accepted("2025-03-04").Claimed(3m).Recovered(0.01m)], "2025", Today)
            .Fraction(RecoveryRate).Should().Be((0.01m, 3m, 0.33m));
    }
}

using LaborRights.Arbitration;
using LaborRights.Arbitration.Awarding;
using LaborRights.Arbitration.MinimumWage;

namespace LaborRights.UnitTests.Arbitration;

public class FinalAwardRuleTests
{
    private const decimal Limit = 12 * 2100m; // 25,200 yuan: tier 1 since 2021-10-01

    [Theory]
    [InlineData(ClaimCategory.Pay)]
    [InlineData(ClaimCategory.WorkInjuryMedical)]
    [InlineData(ClaimCategory.Severance)]
    [InlineData(ClaimCategory.Compensation)]
    public void Small_money_claims_are_final_up_to_exactly_twelve_months_of_minimum_wage(ClaimCategory category)
    {
        FinalAwardRule.IsFinal(category, 25_200.00m, Limit).Should().BeTrue("exactly 12 × the minimum wage is final");
        FinalAwardRule.IsFinal(category, 25_200.01m, Limit).Should().BeFalse("one fen above is not");
        FinalAwardRule.IsFinal(category, 0m, Limit).Should().BeTrue();
        FinalAwardRule.IsFinal(category, null, Limit).Should().BeFalse("a money claim without an amount cannot be measured");
    }

    [Theory]
    [InlineData(ClaimCategory.WorkingTimeRestStandards)]
    [InlineData(ClaimCategory.SocialInsurance)]
    public void Standards_disputes_are_final_with_or_without_an_amount(ClaimCategory category)
    {
        FinalAwardRule.IsFinal(category, null, Limit).Should().BeTrue("a standards dispute with no amount is final");
        FinalAwardRule.IsFinal(category, 1_000_000m, Limit).Should().BeTrue();
    }

    [Fact]
    public void Overtime_pay_is_labour_remuneration_and_final_within_the_limit()
    {
        FinalAwardRule.IsFinal(ClaimCategory.Overtime, Limit, Limit).Should().BeTrue();
        FinalAwardRule.IsFinal(ClaimCategory.Overtime, Limit + 0.01m, Limit).Should().BeFalse();
    }

    [Theory]
    [InlineData(ClaimCategory.Other)]
    public void Everything_else_is_not_final(ClaimCategory category)
    {
        FinalAwardRule.IsFinal(category, 1m, Limit).Should().BeFalse();
        FinalAwardRule.IsFinal(category, null, Limit).Should().BeFalse();
    }

    [Fact]
    public void The_limit_is_the_monthly_minimum_wage_times_the_configured_months() =>
        FinalAwardRule.Limit(1700m, 12).Should().Be(20_400m);
}

public class MinimumWageTableTests
{
    private static readonly MinimumWageVersion V2021 = new() { EffectiveFrom = new(2021, 10, 1), Tier1 = 2100m, Tier2 = 1900m, Tier3 = 1700m };
    private static readonly MinimumWageVersion VLater = new() { EffectiveFrom = new(2025, 10, 1), Tier1 = 2200m, Tier2 = 2000m, Tier3 = 1800m };

    private static MinimumWageTable Table() => new([VLater, V2021],
        [("370102", new DateOnly(2021, 10, 1), 1), ("370923", new DateOnly(2021, 10, 1), 3), ("370923", new DateOnly(2025, 10, 1), 2)]);

    [Fact]
    public void The_version_in_force_on_the_day_applies()
    {
        var table = Table();
        table.Find("370102", new DateOnly(2025, 9, 30))!.Monthly.Should().Be(2100m);
        table.Find("370102", new DateOnly(2025, 10, 1))!.Monthly.Should().Be(2200m);
        table.Find("370102", new DateOnly(2025, 10, 1))!.EffectiveFrom.Should().Be(new DateOnly(2025, 10, 1));
    }

    [Fact]
    public void A_county_can_change_tier_from_a_date()
    {
        var table = Table();
        table.Find("370923", new DateOnly(2025, 9, 30)).Should().Be(new MinimumWageOnDate("370923", new(2025, 9, 30), 3, 1700m, new(2021, 10, 1)));
        table.Find("370923", new DateOnly(2025, 10, 1)).Should().Be(new MinimumWageOnDate("370923", new(2025, 10, 1), 2, 2000m, new(2025, 10, 1)));
    }

    [Fact]
    public void A_day_before_the_first_entry_or_an_unknown_county_is_unknown()
    {
        Table().Find("370102", new DateOnly(2021, 9, 30)).Should().BeNull();
        Table().Find("999999", new DateOnly(2025, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void The_shipped_table_covers_every_Shandong_county_with_the_2021_figures()
    {
        var table = MinimumWageTable.Load([]);
        var regions = LaborRights.ReferenceData.ShandongRegions.LoadEmbedded();
        foreach (var county in regions.Counties)
            table.Find(county.Code, new DateOnly(2025, 1, 1)).Should().NotBeNull($"{county.Code} {county.Name} needs a tier");
        table.Find("370102", new DateOnly(2025, 1, 1))!.Monthly.Should().Be(2100m);
    }

    [Fact]
    public void Invalid_tables_are_rejected()
    {
        var sameDay = () => new MinimumWageTable([V2021, V2021], []);
        sameDay.Should().Throw<InvalidDataException>();
        var badTier = () => new MinimumWageTable([V2021], [("370102", new DateOnly(2021, 10, 1), 4)]);
        badTier.Should().Throw<InvalidDataException>();
    }
}

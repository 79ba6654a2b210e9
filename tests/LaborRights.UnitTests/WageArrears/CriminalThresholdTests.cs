using LaborRights.WageArrears;
using LaborRights.WageArrears.TransferringToPolice;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>
/// Issue 14, item 10: "数额较大" for refusing to pay labour remuneration (刑法 第276条之一; 法释〔2013〕3号 第3条) has a
/// per-worker form and a per-group form, with amounts the province sets inside the national ranges; it is measured on
/// the wages still outstanding, never wages plus the extra compensation ordered for late payment.
/// </summary>
public class CriminalThresholdTests
{
    private static readonly DateOnly PayBy = new(2025, 3, 10);

    private static object[] Ordered(decimal amount, int workers) =>
        [.. UnderInvestigation(), new ArrearsConfirmed(Id, amount, workers, "inspector.li", At(2025, 2, 27)), CaseEvents.Ordered(PayBy, amount)];

    private static TransferredToPolice Transfer(object[] history, out IReadOnlyList<Notice> warnings)
    {
        var spec = new CaseSpecification { Now = At(2025, 3, 11) }.Given(history);
        var transferred = spec.When((s, ctx) => TransferToPoliceDecision.Decide(s, new TransferToPolice(history.Length, "济南市公安局历下区分局", "逾期不支付"), ctx))
            .ThenEmits<TransferredToPolice>();
        warnings = spec.Decision.Warnings;
        return transferred;
    }

    [Fact]
    public void One_worker_owed_above_the_per_worker_amount_meets_the_threshold()
    {
        var transferred = Transfer(Ordered(8_000m, 1), out var warnings);
        transferred.BelowCriminalThreshold.Should().BeFalse();
        transferred.OutstandingAmount.Should().Be(8_000m);
        warnings.Should().BeEmpty();
    }

    [Fact]
    public void Ten_workers_owed_the_group_amount_meet_the_threshold_though_each_is_owed_little()
    {
        Transfer(Ordered(30_000m, 10), out var warnings).BelowCriminalThreshold.Should().BeFalse();
        warnings.Should().BeEmpty();
        // Nine workers owed 36,000 (4,000 each) are neither a group of ten nor above the per-worker amount.
        Transfer(Ordered(36_000m, 9), out var nine).BelowCriminalThreshold.Should().BeTrue();
        nine.Should().ContainSingle();
    }

    [Fact]
    public void The_threshold_is_measured_on_the_wages_outstanding_not_on_the_extra_compensation()
    {
        // 12 workers owed 25,000 in wages; 12,500 extra compensation makes 37,500 owed in all, above the group amount.
        object[] history = [.. Ordered(25_000m, 12), new ExtraCompensationImposed(Id, 0.5m, 25_000m, 12_500m, "inspector.li", At(2025, 3, 11))];
        var transferred = Transfer(history, out var warnings);
        transferred.OutstandingAmount.Should().Be(25_000m);
        transferred.BelowCriminalThreshold.Should().BeTrue();
        warnings.Should().ContainSingle().Which.Chinese.Should().Contain("欠发工资25000.00元");
    }
}

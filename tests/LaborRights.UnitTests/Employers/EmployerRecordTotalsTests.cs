using LaborRights.Common;
using LaborRights.Employers;

namespace LaborRights.UnitTests.Employers;

/// <summary>
/// The registry's record moves its totals and flags by what each event changed (so an event costs the same for an
/// employer with three cases as with thirty thousand); recomputing them from the whole case list must give the same.
/// </summary>
public class EmployerRecordTotalsTests
{
    private const int Window = EmployerRegistryProjection.RepeatWindowDays;
    private static readonly DateOnly Start = new(2025, 1, 1);

    private static EmployerCase WageArrears(decimal owed = 10_000m, int workers = 3) =>
        new() { CaseId = Guid.NewGuid(), Kind = CaseKind.WageArrears, CountyCode = "370102", Owed = owed, Workers = workers };

    [Fact]
    public void When_the_case_holding_the_largest_unpaid_amount_is_paid_the_next_largest_is_the_maximum()
    {
        var record = new EmployerRecord();
        var large = WageArrears(workers: 30);
        var small = WageArrears(workers: 5);
        record.Add(large, Window);
        record.Add(small, Window);
        record.Change(large.CaseId, c => c.UnpaidAfterOrder = 500_000m, Window);
        record.Change(small.CaseId, c => c.UnpaidAfterOrder = 20_000m, Window);
        record.MaxUnpaidAfterOrder.Should().Be(500_000m);
        record.MaxWorkersUnpaidAfterOrder.Should().Be(30);

        record.Change(large.CaseId, c => c.UnpaidAfterOrder = 0, Window);

        record.MaxUnpaidAfterOrder.Should().Be(20_000m);
        record.MaxWorkersUnpaidAfterOrder.Should().Be(5);
    }

    [Fact]
    public void Two_wage_arrears_cases_accepted_within_365_days_make_a_repeat_offender_and_366_days_apart_do_not()
    {
        var apart = new EmployerRecord();
        var (first, second) = (WageArrears(), WageArrears());
        apart.Add(first, Window);
        apart.Add(second, Window);
        apart.Change(first.CaseId, c => c.AcceptedOn = Start, Window);
        apart.Change(second.CaseId, c => c.AcceptedOn = Start.AddDays(366), Window);
        apart.RepeatOffender.Should().BeFalse();

        var third = WageArrears();
        apart.Add(third, Window);
        apart.Change(third.CaseId, c => c.AcceptedOn = Start.AddDays(700), Window);
        apart.RepeatOffender.Should().BeTrue("the second and third were accepted 334 days apart");
    }

    [Fact]
    public void Closing_and_reopening_moves_a_case_between_open_and_closed_once()
    {
        var record = new EmployerRecord();
        var c1 = WageArrears();
        record.Add(c1, Window);
        record.Add(c1, Window);
        record.Change(c1.CaseId, c => c.IsOpen = false, Window);
        record.Change(c1.CaseId, c => c.IsOpen = false, Window);
        (record.OpenCases, record.ClosedCases, record.Cases.Count).Should().Be((0, 1, 1), "a replayed opening adds nothing and a closed case closes once");
        record.Change(c1.CaseId, c => c.IsOpen = true, Window);
        (record.OpenCases, record.ClosedCases).Should().Be((1, 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void After_any_sequence_of_changes_the_figures_equal_those_recomputed_from_the_cases(int seed)
    {
        var random = new Random(seed);
        var record = new EmployerRecord();
        var kinds = Enum.GetValues<CaseKind>();
        for (var step = 0; step < 2_000; step++)
        {
            if (record.Cases.Count == 0 || random.Next(5) == 0)
            {
                record.Add(new EmployerCase
                {
                    CaseId = Guid.NewGuid(), Kind = kinds[random.Next(kinds.Length)], Owed = random.Next(0, 50) * 1_000m,
                    Workers = random.Next(1, 40), IsOpen = random.Next(10) > 0,
                    AcceptedOn = random.Next(3) == 0 ? Start.AddDays(random.Next(0, 3_000)) : null,
                    UnpaidAfterOrder = random.Next(4) == 0 ? random.Next(1, 20) * 5_000m : 0,
                }, Window);
            }
            else
            {
                var target = record.Cases[random.Next(record.Cases.Count)];
                // Now and then the value of the current maximum itself, so ties are exercised.
                var unpaid = random.Next(3) switch { 0 => 0m, 1 => record.MaxUnpaidAfterOrder, _ => random.Next(1, 20) * 5_000m };
                Action<EmployerCase> change = random.Next(7) switch
                {
                    0 => c => c.IsOpen = !c.IsOpen,
                    1 => c => c.Owed = random.Next(0, 50) * 1_000m,
                    2 => c => c.Recovered += random.Next(0, 10) * 500m,
                    3 => c => c.AcceptedOn ??= Start.AddDays(random.Next(0, 3_000)),
                    4 => c => c.UnpaidAfterOrder = unpaid,
                    5 => c => c.Workers = random.Next(1, 40),
                    _ => c => c.Status = "PaymentOrdered",
                };
                record.Change(target.CaseId, change, Window);
            }

            var moved = Figures(record);
            record.Recompute(Window);
            moved.Should().Be(Figures(record), $"step {step} (seed {seed})");
        }
    }

    private static (int, int, decimal, decimal, bool, decimal, int) Figures(EmployerRecord r) =>
        (r.OpenCases, r.ClosedCases, r.TotalOwed, r.TotalRecovered, r.RepeatOffender, r.MaxUnpaidAfterOrder, r.MaxWorkersUnpaidAfterOrder);
}

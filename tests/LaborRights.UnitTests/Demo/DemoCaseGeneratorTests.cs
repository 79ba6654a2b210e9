using LaborRights.Calendar;
using LaborRights.Common.Identifiers;
using LaborRights.Demo;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests.Demo;

public class DemoCaseGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly DemoCaseGenerator _generator = new(WorkingDayCalendar.LoadEmbedded(), ShandongRegions.LoadEmbedded(), new WageArrearsRules());

    [Fact]
    public void The_demo_set_covers_all_16_cities_and_every_stage_of_a_case()
    {
        var cases = _generator.Generate(Now);

        cases.Should().HaveCount(128);
        cases.Select(c => c.State.CountyCode[..4]).Distinct().Should().HaveCount(16);
        cases.Select(c => c.State.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<CaseStatus>());
        cases.Should().Contain(c => c.State.AcceptanceOverdueSince != null, "some complaints wait past their deadline");
        cases.Should().Contain(c => c.State.TransferredToPolice || c.State.ExtraCompensation > 0);
        cases.GroupBy(c => c.State.Employer.CreditCode).Should().Contain(g => g.Count() > 1, "some employers recur");
    }

    [Fact]
    public void The_demo_set_is_the_same_for_the_same_seed_and_its_identifiers_are_valid()
    {
        var first = _generator.Generate(Now);
        var second = _generator.Generate(Now);

        second.Select(c => c.State.Employer).Should().Equal(first.Select(c => c.State.Employer));
        var received = first.Select(c => (WageArrearsComplaintReceived)c.Events[0]).ToList();
        received.Should().OnlyContain(r => ResidentIdNumber.IsValid(r.Complainant!.ResidentId));
        received.Should().OnlyContain(r => UnifiedSocialCreditCode.IsValid(r.Employer!.CreditCode));
        received.Should().OnlyContain(r => PhoneNumber.IsValid(r.Complainant!.Phone));
        first.SelectMany(c => c.Events).Select(e => e.GetType()).Should().NotContain(typeof(object));
    }

    [Fact]
    public void Two_of_jinans_open_demo_cases_are_under_the_citys_supervision_one_of_them_late_and_escalated()
    {
        var cases = _generator.Generate(Now);

        var flags = DemoSupervisions.For(cases, Now, ShandongRegions.LoadEmbedded())
            .Select(s => s.Events.Aggregate((LaborRights.Supervision.PrioritySupervision?)null, LaborRights.Supervision.SupervisionFold.Apply)!)
            .ToList();

        flags.Should().HaveCount(2);
        flags.Should().OnlyContain(f => f.CityCode == "370100" && f.Level == LaborRights.Supervision.SupervisionLevel.City && f.OpenedBy == "supervisor.jinan");
        flags.Select(f => f.Case.Id).Should().OnlyContain(id => !cases.Single(c => c.Id == id).State.IsEnded);
        flags.Should().ContainSingle(f => f.IsLate && f.EscalatedToProvince);
        flags.Should().ContainSingle(f => !f.IsLate && f.CompleteBy > DateOnly.FromDateTime(Now.DateTime));
    }
}

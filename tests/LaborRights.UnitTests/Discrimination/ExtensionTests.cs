using LaborRights.Discrimination;
using LaborRights.Discrimination.Deadlines;
using LaborRights.Discrimination.Extending;
using static LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Issue 14, item 5: a discrimination case gets the one extension of 30 working days the inspection rules allow (劳动保障监察条例 第17条).</summary>
public class ExtensionTests
{
    private readonly DiscriminationSpecification _spec = new() { Now = At(2025, 4, 1) };

    private readonly DiscriminationSpecification _supervisor = new() { Now = At(2025, 4, 1), Actor = "supervisor.jinan", Scope = StaffScopes.JinanSupervisor };

    private static ExtensionRequested Requested(DateOnly due) => new(Id, due, "需要调取招聘平台的记录", "inspector.zhang", At(2025, 3, 31));

    private static Decision Approve(DiscriminationCase s, CaseContext<DiscriminationRules> ctx) =>
        ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(s.Version, null, null), ctx);

    [Fact]
    public void An_open_case_is_extended_once_by_30_working_days_when_a_supervisor_approves_the_request()
    {
        var accepted = Accepted();
        var requested = _spec.Given(Received(), accepted)
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(3, "需要调取招聘平台的记录"), ctx.Actor, ctx.Now))
            .ThenEmits<ExtensionRequested>();
        var extended = _supervisor.Given(Received(), accepted, requested).When(Approve).ThenEmits<DiscriminationInvestigationExtended>();
        extended.ApprovedBy.Should().Be("supervisor.jinan");

        extended.PreviousDueOn.Should().Be(accepted.InvestigationDueOn);
        extended.NewDueOn.Should().Be(DiscriminationSpecification.Calendar.AddWorkingDays(accepted.InvestigationDueOn, 30).DueOn);
        _supervisor.ThenState.InvestigationDueOn.Should().Be(extended.NewDueOn);
        _supervisor.ThenState.NextDueOn.Should().Be(extended.NewDueOn);
        DiscriminationDeadlineSchedule.For([extended]).OfType<Wolverine.DeliveryMessage<object>>().Select(m => m.Message)
            .Should().ContainSingle().Which.Should().Be(new DiscriminationInvestigationDeadlineReached(Id, extended.NewDueOn));

        _spec.Given(Received(), accepted, requested, extended)
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(5, "再延"), ctx.Actor, ctx.Now))
            .ThenRefused("already-extended");
    }

    [Fact]
    public void An_extension_needs_an_approver_above_the_county_and_an_accepted_open_case()
    {
        var accepted = Accepted();
        new DiscriminationSpecification { Now = At(2025, 4, 1), Scope = StaffScopes.Of(LaborRights.Security.StaffRoles.Inspector, "370102") }
            .Given(Received(), accepted, Requested(accepted.InvestigationDueOn)).When(Approve).ThenRefused("not-an-approver");
        _supervisor.Given(Received()).When(Approve).ThenRefused("not-allowed-in-status");
        _spec.Given(Received())
            .When((s, ctx) => ExtensionRequests.Request(s.Id, s.ExtensionPeriod, new RequestExtension(1, "x"), ctx.Actor, ctx.Now))
            .ThenRefused("not-allowed-in-status");
    }
}

using System.Security.Claims;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Supervision;

namespace LaborRights.Demo;

/// <summary>
/// Two of Jinan's open demo cases under the city's priority supervision (挂牌督办), flagged by the demo city supervisor
/// through the same rules as the API: one with time left, one whose date passed ten days ago and went up to the
/// province — so the workbench shows a flag, a late one and the province's escalations.
/// </summary>
public static class DemoSupervisions
{
    private const string Supervisor = "supervisor.jinan";
    private const string Jinan = "370100";

    public static IReadOnlyList<(Guid Id, IReadOnlyList<object> Events)> For(IReadOnlyList<DemoCase> cases, DateTimeOffset now, ShandongRegions regions)
    {
        var scope = StaffScope.Of(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Supervisor), new Claim(ClaimTypes.Role, StaffRoles.Supervisor), new Claim(StaffClaimTypes.Division, Jinan)],
            "demo")), regions);
        var today = ShanghaiTime.DateOf(now);
        var plans = new[]
        {
            (OpenedDaysAgo: 3, CompleteIn: 12, Instructions: "涉及农民工人数较多，请于期限内查清欠薪人数和金额，督促用人单位足额支付，每周报告进展。"),
            (OpenedDaysAgo: 30, CompleteIn: -10, Instructions: "群众反映强烈，请限期办结并报告处理结果。"),
        };
        var open = cases.Where(c => !c.State.IsEnded && Divisions.CityOf(c.State.CountyCode) == Jinan).Take(plans.Length).ToList();
        return open.Zip(plans, (c, plan) =>
        {
            var opened = now.AddDays(-plan.OpenedDaysAgo);
            var id = DeterministicId.For($"priority-supervision:{c.Id:N}:1");
            var target = new SupervisedCase(new CaseReference(CaseKind.WageArrears, c.Id), c.State.Reference, c.State.CountyCode, true,
                StatusNames.Chinese(c.State.Status));
            var events = SupervisionRules.Open(id, target, false, new OpenSupervision(c.Id, today.AddDays(plan.CompleteIn), plan.Instructions),
                scope, Supervisor, opened).Events.ToList();
            var state = SupervisionFold.Apply(null, events[0]);
            events.AddRange(SupervisionRules.DateReached(state, new SupervisionDateReached(id, state.CompleteBy), now).Events);
            return (id, (IReadOnlyList<object>)events);
        }).ToList();
    }
}

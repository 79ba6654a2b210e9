using Alba;
using LaborRights.CaseIndex;
using LaborRights.Common;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.CaseIndex;

/// <summary>
/// Issue 14, item 3: an extension is asked for by the case's staff and takes effect only when an account with the
/// approving role and scope approves it in the system; pending requests are in the approver's queue.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExtensionApprovalTests(AppFixture app)
{
    private const string County = "370112";

    [Fact]
    public async Task A_wage_arrears_extension_waits_in_the_city_supervisors_queue_and_only_they_or_the_province_approve_it()
    {
        var inspector = StaffUsers.Of("inspector.han", [StaffRoles.Inspector], [County]);
        var citySupervisor = StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]);
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: County));
        var dueBefore = (await app.Host.Details(filed.Id)).Case.InvestigationDueOn;

        // The old way — an inspector extending with a typed approver's name — is closed to inspectors.
        await app.Host.CommandExpecting(filed.Id, "extend", new { version, approvedBy = "科长 赵强", reason = "案情复杂" }, 404, inspector);

        var requested = await app.Host.Command(filed.Id, "request-extension", new { version, reason = "涉及人数多，需调取银行流水" }, inspector);
        var waiting = await app.Host.Details(filed.Id);
        waiting.Case.PendingExtension!.RequestedBy.Should().Be("inspector.han");
        waiting.Case.InvestigationDueOn.Should().Be(dueBefore, "a request changes no deadline");
        waiting.History.Should().Contain(h => h.TextZh.Contains("申请延长办案期限") && h.TextZh.Contains("等待案件所在市或省级的督查人员批准"));

        var queue = await Queue(citySupervisor, $"county={County}&awaitingExtensionApproval=true&pageSize=100");
        queue.Items.Should().ContainSingle(r => r.Id == filed.Id).Which.AwaitsExtensionApproval.Should().BeTrue();
        (await Queue(inspector, $"county={County}&awaitingExtensionApproval=true&pageSize=100")).Items.Should().Contain(r => r.Id == filed.Id);

        // A supervisor of the county itself, and an inspector, may not approve.
        var countySupervisor = StaffUsers.Of("supervisor.licheng", [StaffRoles.Supervisor], [County]);
        var refused = await app.Host.CommandExpecting(filed.Id, "extend", new { version = requested.Version }, 422, countySupervisor);
        (await refused.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/not-an-approver");
        await app.Host.CommandExpecting(filed.Id, "decline-extension", new { version = requested.Version, reason = "x" }, 404, inspector);

        var approved = await app.Host.Command(filed.Id, "extend", new { version = requested.Version }, citySupervisor);
        var after = await app.Host.Details(filed.Id);
        after.Case.Extended.Should().BeTrue();
        after.Case.PendingExtension.Should().BeNull();
        after.Case.InvestigationDueOn.Should().BeAfter(dueBefore!.Value);
        after.History.Should().Contain(h => h.TextZh.Contains("经supervisor.jinan批准") && h.TextZh.Contains("涉及人数多，需调取银行流水"));
        (await Queue(citySupervisor, $"county={County}&awaitingExtensionApproval=true&pageSize=100")).Items.Should().NotContain(r => r.Id == filed.Id);

        await app.Host.CommandExpecting(filed.Id, "request-extension", new { version = approved.Version, reason = "再延" }, 422, inspector);
    }

    [Fact]
    public async Task A_declined_request_leaves_the_deadline_and_may_be_asked_again()
    {
        var inspector = StaffUsers.Of("inspector.han", [StaffRoles.Inspector], [County]);
        var province = StaffUsers.Of("supervisor.sd", [StaffRoles.Supervisor], [StaffScope.ProvinceCode]);
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: County));
        var requested = await app.Host.Command(filed.Id, "request-extension", new { version, reason = "案情复杂" }, inspector);
        await app.Host.CommandExpecting(filed.Id, "decline-extension", new { version = requested.Version }, 400, province);

        var declined = await app.Host.Command(filed.Id, "decline-extension", new { version = requested.Version, reason = "证据已足，按期办结" }, province);
        var details = await app.Host.Details(filed.Id);
        details.Case.Extended.Should().BeFalse();
        details.Case.PendingExtension.Should().BeNull();
        details.History.Should().Contain(h => h.TextZh == "supervisor.sd不予批准延期：证据已足，按期办结");
        await app.Host.Command(filed.Id, "request-extension", new { version = declined.Version, reason = "新情况" }, inspector);
    }

    [Fact]
    public async Task An_arbitration_extension_is_approved_by_the_commissions_chair_not_by_a_supervisor()
    {
        var (filed, version) = await app.HeardCase(ArbitrationScenarios.AnApplication(county: County));
        var arbitrator = StaffUsers.Of("arbitrator.sun", [StaffRoles.Arbitrator], [County]);
        var chair = StaffUsers.Of("chair.zhou", [StaffRoles.ArbitrationChair], [County]);
        var requested = await app.Host.Arbitrate(filed.Id, "request-extension", new { version, reason = "需要鉴定" }, arbitrator);

        var queue = await Queue(chair, $"kind=Arbitration&awaitingExtensionApproval=true&pageSize=100");
        queue.Items.Should().Contain(r => r.Id == filed.Id);
        await app.Host.ArbitrateExpecting(filed.Id, "extend", new { version = requested.Version }, 404,
            StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]));

        await app.Host.Arbitrate(filed.Id, "extend", new { version = requested.Version }, chair);
        var details = await app.Host.ArbitrationDetails(filed.Id);
        details.Case.Extended.Should().BeTrue();
        details.History.Should().Contain(h => h.TextZh.Contains("经chair.zhou批准") && h.TextZh.Contains("需要鉴定"));
    }

    private async Task<Page<CaseIndexRow>> Queue(string user, string query)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/queue?" + query);
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        });
        return (await result.ReadAsJsonAsync<Page<CaseIndexRow>>())!;
    }
}

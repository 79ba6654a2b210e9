using Alba;
using LaborRights.CreditSanctions;
using LaborRights.Employers;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.WageArrears.Deadlines;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.CreditSanctions;

/// <summary>失信联合惩戒名单 over HTTP (issue 16, item 2): proposal, notice, statement, decision, the public list.</summary>
[Collection(AppCollection.Name)]
public class CreditListingTests(AppFixture app)
{
    private static readonly string LixiaInspector = StaffUsers.Of("inspector.lixia", [StaffRoles.Inspector], ["370102"]);
    private static readonly string CitySupervisor = StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]);

    [Fact]
    public async Task An_employer_unpaid_after_an_order_is_proposed_told_heard_listed_and_shown_on_the_public_list()
    {
        var code = Scenarios.NewCreditCode();
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(amount: 40_000m) with
        {
            EmployerCreditCode = code, EmployerName = "济南失信测试建筑劳务有限公司",
        });
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 40_000m, workersOwed = 4 })).Version;
        var payBy = app.Today().AddDays(3);
        await app.Host.Command(filed.Id, "order-payment", new { version, payBy });

        // Not before the order's date has passed unpaid.
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        (await Problem(await Send("/api/credit-listings", new { creditCode = code, ground = "CriminalThreshold", facts = "逾期未支付" }, LixiaInspector, 422)))
            .Type.Should().EndWith("/criteria-not-met");

        app.MoveClockTo(app.Clock.GetUtcNow().AddDays(4));
        await app.Host.InvokeMessageAndWaitAsync(new PaymentDeadlineReached(filed.Id, payBy));
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        await Send("/api/credit-listings", new { creditCode = code, ground = "CriminalThreshold", facts = "x" }, StaffUsers.Inspector("370202"), 404);
        var created = await Send("/api/credit-listings", new { creditCode = code, ground = "CriminalThreshold", facts = "责令限期支付后逾期仍拖欠4名农民工工资40000元。" },
            LixiaInspector, 201);
        var id = (await created.ReadAsJsonAsync<CreditListingAccepted>())!.Id;
        (await Problem(await Send("/api/credit-listings", new { creditCode = code, ground = "CriminalThreshold", facts = "再次" }, LixiaInspector, 422)))
            .Type.Should().EndWith("/already-in-procedure");

        var listing = await Get(id);
        listing.Cases.Should().ContainSingle(c => c.CaseId == filed.Id);
        (listing.UnpaidAmount, listing.Status).Should().Be((40_000m, ListingStatus.Proposed));

        (await Problem(await Send($"/api/credit-listings/{id}/decide", new { version = 1, list = true, reason = "列入" }, CitySupervisor, 422)))
            .Type.Should().EndWith("/notice-not-served");
        await Accepted($"/api/credit-listings/{id}/serve-notice", new { version = 1, servedOn = app.Today() }, LixiaInspector);
        (await Problem(await Send($"/api/credit-listings/{id}/decide", new { version = 2, list = true, reason = "列入" }, CitySupervisor, 422)))
            .Type.Should().EndWith("/statement-period-running");
        await Accepted($"/api/credit-listings/{id}/record-statement", new { version = 2, statement = "资金困难，请求暂缓。" }, LixiaInspector);
        var listed = await Accepted($"/api/credit-listings/{id}/decide", new { version = 3, list = true, reason = "陈述申辩理由不成立，决定列入。" }, CitySupervisor);
        (listed.Status, listed.ListedUntil).Should().Be((ListingStatus.Listed, app.Today().AddYears(3).AddDays(-1)));

        // The public list: the unit, the ground and the dates — nothing of the workers.
        var result = await app.Host.Scenario(x => x.Get.Url("/api/credit-sanctions?pageSize=100"));
        var body = await result.ReadAsTextAsync();
        body.Should().Contain("济南失信测试建筑劳务有限公司").And.Contain(code).And.NotContain("王建国").And.NotContain("11010519491231002X");
        (await result.ReadAsJsonAsync<Page<PublicListing>>())!.Items.Should().Contain(x => x.CreditCode == code && x.ListedFrom == app.Today());

        var employer = (await (await Send($"/api/employers/{code}", null, LixiaInspector, 200)).ReadAsJsonAsync<EmployerView>())!;
        employer.Listing!.Status.Should().Be(ListingStatus.Listed);
        (await Problem(await Send($"/api/credit-listings/{id}/remove-early",
            new { version = 4, paidOn = app.Today(), pledgeReceivedOn = app.Today(), note = "已支付" }, CitySupervisor, 422))).Type.Should().EndWith("/too-early");
    }

    private async Task<IScenarioResult> Send(string url, object? body, string user, int status) => await app.Host.Scenario(x =>
    {
        if (body is null) x.Get.Url(url);
        else x.Post.Json(body).ToUrl(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });

    private async Task<CreditListingAccepted> Accepted(string url, object body, string user) =>
        (await (await Send(url, body, user, 200)).ReadAsJsonAsync<CreditListingAccepted>())!;

    private async Task<CreditListing> Get(Guid id) =>
        (await (await Send($"/api/credit-listings/{id}", null, LixiaInspector, 200)).ReadAsJsonAsync<CreditListing>())!;

    private static async Task<ProblemDetails> Problem(IScenarioResult result) => (await result.ReadAsJsonAsync<ProblemDetails>())!;
}

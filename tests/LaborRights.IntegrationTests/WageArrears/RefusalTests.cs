using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.WageArrears;

[Collection(AppCollection.Name)]
public class RefusalTests(AppFixture app)
{
    [Fact]
    public async Task A_transition_the_state_does_not_allow_is_refused_in_Chinese_and_English_and_appends_nothing()
    {
        var filed = await app.Host.FileComplaint();

        var result = await app.Host.CommandExpecting(filed.Id, "close", new { version = 1, outcome = "Withdrawn", summary = "x" }, 422);

        var problem = await result.ReadAsJsonAsync<ProblemDetails>();
        problem!.Type.Should().EndWith("/not-allowed-in-status");
        problem.Detail.Should().Contain("受理审查中").And.Contain("cannot be closed");
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(filed.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task Field_errors_of_a_staff_command_are_400_with_the_field_named()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation();

        var result = await app.Host.CommandExpecting(filed.Id, "impose-extra-compensation", new { version, rate = 2.0m }, 400);

        var problem = await result.ReadAsJsonAsync<ValidationProblemDetails>();
        problem!.Errors.Should().ContainKey("rate");
    }

    [Fact]
    public async Task A_transfer_below_the_criminal_threshold_is_allowed_with_a_warning_and_one_worker_owed_enough_is_not_below()
    {
        // 4,000 yuan to one worker: below the per-worker amount (5,000) and no group of ten.
        (await TransferAfterUnpaidOrder(4_000m, workers: 1)).Warnings.Should().ContainSingle().Which.Code.Should().Be("below-criminal-threshold");
        // 8,000 yuan to one worker reaches the per-worker form of "数额较大" (issue 14): no warning.
        (await TransferAfterUnpaidOrder(8_000m, workers: 1)).Warnings.Should().BeEmpty();
    }

    private async Task<LaborRights.Cases.CaseCommandAccepted<LaborRights.WageArrears.CaseStatus>> TransferAfterUnpaidOrder(decimal amount, int workers)
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(amount: amount, workers: workers));
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount, workersOwed = workers })).Version;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        version = (await app.Host.Command(filed.Id, "order-payment", new { version, payBy = today.AddDays(1) })).Version;
        app.Clock.Advance(TimeSpan.FromDays(2));
        return await app.Host.Command(filed.Id, "transfer-to-police", new { version, policeAgency = "济南市公安局历下区分局", reason = "逾期拒不支付" });
    }

    [Fact]
    public async Task Staff_endpoints_need_a_signed_in_user()
    {
        var filed = await app.Host.FileComplaint();
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { version = 1 }).ToUrl($"/api/wage-arrears/{filed.Id}/accept");
            x.StatusCodeShouldBe(401);
        });
        await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears");
            x.StatusCodeShouldBe(401);
        });
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(filed.Id)).Should().ContainSingle();
    }
}

using Alba;
using LaborRights.FollowUp;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.WageArrears.Filing;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.FollowUp;

/// <summary>回访 over HTTP (issue 16, item 4): the worker's one rating through tracking, the review, the satisfaction figures.</summary>
[Collection(AppCollection.Name)]
public class FollowUpTests(AppFixture app)
{
    // 济阳区: counted exactly here.
    private const string County = "370115";
    private static readonly string CitySupervisor = StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]);

    [Fact]
    public async Task A_worker_rates_an_ended_case_once_asks_for_review_and_sees_the_supervisors_answer_on_tracking()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(County));
        // Not before the case has ended.
        (await Problem(await Rate(filed, new { score = 1 }, 422))).Type.Should().EndWith("/case-not-ended");
        (await app.Host.Track(filed)).MayRate.Should().BeFalse();

        await EndAsync(filed);
        var tracked = await app.Host.Track(filed);
        (tracked.MayRate, tracked.Rating).Should().Be((true, null));

        // A wrong code is the same 404 as an unknown number; a review needs a dissatisfied score.
        await Rate(filed with { AccessCode = "WRONG-CODE" }, new { score = 1 }, 404);
        (await Problem(await Rate(filed, new { score = 4, requestReview = true, reviewReason = "x" }, 400))).Extensions.Should().ContainKey("errors");

        var recorded = await (await Rate(filed, new { score = 2, comment = "处理太慢", requestReview = true, reviewReason = "只追回了一半工资" }, 201))
            .ReadAsJsonAsync<HandlingRatingRecorded>();
        recorded!.ReviewRequested.Should().BeTrue();
        (await Problem(await Rate(filed, new { score = 5 }, 422))).Type.Should().EndWith("/already-rated");

        tracked = await app.Host.Track(filed);
        tracked.MayRate.Should().BeFalse();
        tracked.Rating.Should().BeEquivalentTo(new { Score = 2, Comment = "处理太慢", ReviewRequested = true, ReviewOutcome = (ReviewOutcome?)null });

        var pending = await Get<Page<CaseFollowUp>>($"/api/follow-ups?reviewPending=true&county={County}&pageSize=100", CitySupervisor);
        var followUp = pending.Items.Should().ContainSingle(x => x.Case.Id == filed.Id).Subject;
        followUp.ReviewReason.Should().Be("只追回了一半工资");
        // Another city's supervisor neither lists nor answers it.
        (await Get<Page<CaseFollowUp>>($"/api/follow-ups?reviewPending=true&pageSize=100", StaffUsers.Supervisor("370200"))).Items
            .Should().NotContain(x => x.Id == followUp.Id);
        await Send($"/api/follow-ups/{followUp.Id}/answer-review", new { version = 1, outcome = "Corrected", answer = "x" }, StaffUsers.Supervisor("370200"), 404);

        var answered = await (await Send($"/api/follow-ups/{followUp.Id}/answer-review",
            new { version = 1, outcome = "Corrected", answer = "已责令承办人员继续追讨余下工资。" }, CitySupervisor, 200)).ReadAsJsonAsync<FollowUpCommandAccepted>();
        answered!.Should().BeEquivalentTo(new FollowUpCommandAccepted(followUp.Id, 2, false, ReviewOutcome.Corrected));
        (await Problem(await Send($"/api/follow-ups/{followUp.Id}/answer-review", new { version = 2, outcome = "Upheld", answer = "再答" }, CitySupervisor, 422)))
            .Type.Should().EndWith("/no-review-pending");

        (await app.Host.Track(filed)).Rating!.ReviewAnswer.Should().Be("已责令承办人员继续追讨余下工资。");
        (await Get<Page<CaseFollowUp>>($"/api/follow-ups?reviewPending=true&county={County}", CitySupervisor)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Supervisors_see_satisfaction_per_county_for_a_period()
    {
        const string county = "370116"; // 莱芜区: its own figures
        foreach (var score in new[] { 5, 4, 1 })
        {
            var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county));
            await EndAsync(filed);
            await Rate(filed, new { score }, 201);
        }

        var report = await Get<SatisfactionReport>($"/api/follow-ups/satisfaction?period={app.Today().Year}", CitySupervisor);
        var laiwu = report.Counties.Should().ContainSingle(c => c.CountyCode == county).Subject;
        laiwu.Should().BeEquivalentTo(new { Ratings = 3, AverageScore = 3.33m, Dissatisfied = 1, DissatisfiedShare = 0.3333m, CountyName = "莱芜区" });
        report.Counties.Should().OnlyContain(c => c.CountyCode.StartsWith("3701"), "a city's supervisor sees the city's counties");
        report.Counties.Select(c => c.AverageScore).Should().BeInAscendingOrder();

        (await Get<SatisfactionReport>($"/api/follow-ups/satisfaction?period={app.Today().Year - 1}", CitySupervisor)).Counties
            .Should().NotContain(c => c.CountyCode == county);
        await Send("/api/follow-ups/satisfaction?period=last-year", null, CitySupervisor, 400);
        await Send("/api/follow-ups/satisfaction", null, StaffUsers.Inspector(county), 403);
    }

    private async Task EndAsync(ComplaintFiled filed) =>
        await app.Host.Command(filed.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议，请申请仲裁" });

    private async Task<IScenarioResult> Rate(ComplaintFiled filed, object body, int status) => await app.Host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl($"/api/tracking/{filed.TrackingNumber}/rating");
        x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
        x.StatusCodeShouldBe(status);
    });

    private async Task<IScenarioResult> Send(string url, object? body, string user, int status) => await app.Host.Scenario(x =>
    {
        if (body is null) x.Get.Url(url);
        else x.Post.Json(body).ToUrl(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });

    private async Task<T> Get<T>(string url, string user) => (await (await Send(url, null, user, 200)).ReadAsJsonAsync<T>())!;

    private static async Task<ProblemDetails> Problem(IScenarioResult result) => (await result.ReadAsJsonAsync<ProblemDetails>())!;
}

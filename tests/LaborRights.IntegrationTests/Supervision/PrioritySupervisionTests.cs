using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.Supervision;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Supervision;

/// <summary>挂牌督办 over HTTP (issue 16, item 3): flag, progress and completion reports, return, conclusion, lateness and escalation.</summary>
[Collection(AppCollection.Name)]
public class PrioritySupervisionTests(AppFixture app)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly string CitySupervisor = StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]);
    private static readonly string ProvinceSupervisor = StaffUsers.Of("supervisor.province", [StaffRoles.Supervisor], [StaffScope.ProvinceCode]);
    private static readonly string LixiaInspector = StaffUsers.Of("inspector.lixia", [StaffRoles.Inspector], ["370102"]);

    [Fact]
    public async Task A_flag_goes_down_to_the_case_staff_their_reports_come_back_up_and_the_supervisor_concludes_it()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102"));
        var completeBy = app.Today().AddDays(10);

        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
        {
            var created = await Send("/api/supervisions", new { caseId = filed.Id, completeBy, instructions = "十日内查清欠薪人数和金额并督促支付" },
                CitySupervisor, 201);
            created.Context.Response.Headers.Location.ToString().Should().StartWith("/api/supervisions/");
        });
        var message = tracked.Scheduled.Envelopes().Select(e => e.Message).OfType<SupervisionDateReached>().Should().ContainSingle().Subject;
        message.DueOn.Should().Be(completeBy);
        var id = message.PrioritySupervisionId;

        // One flag at a time.
        (await Problem(await Send("/api/supervisions", new { caseId = filed.Id, completeBy, instructions = "再次督办" }, ProvinceSupervisor, 422)))
            .Type.Should().EndWith("/already-supervised");

        // The case's inspector sees the flag and where the case stands; an arbitrator of the county and an inspector elsewhere do not.
        var view = await Get(id, LixiaInspector);
        (view.Supervision.Level, view.Supervision.Status, view.DaysLeft).Should().Be((SupervisionLevel.City, SupervisionStatus.Open, 10));
        view.Supervision.Instructions.Should().Be("十日内查清欠薪人数和金额并督促支付");
        view.CaseProgress!.StatusZh.Should().NotBeNullOrEmpty();
        await Send($"/api/supervisions/{id}", null, StaffUsers.Arbitrator("370102"), 404);
        await Send($"/api/supervisions/{id}", null, StaffUsers.Inspector("370202"), 404);
        (await List($"/api/supervisions?caseId={filed.Id}", LixiaInspector)).Items.Should().ContainSingle(x => x.Supervision.Id == id);

        (await Accepted($"/api/supervisions/{id}/report", new { version = 1, report = "已约谈用人单位负责人" }, LixiaInspector)).Version.Should().Be(2);
        (await Problem(await Send($"/api/supervisions/{id}/conclude", new { version = 2, note = "同意" }, CitySupervisor, 422)))
            .Type.Should().EndWith("/no-completion-report");
        (await Accepted($"/api/supervisions/{id}/report", new { version = 2, report = "已支付大部分工资", completed = true }, LixiaInspector))
            .Status.Should().Be(SupervisionStatus.CompletionReported);
        (await List("/api/supervisions?state=awaitingReview&pageSize=100", CitySupervisor)).Items.Should().Contain(x => x.Supervision.Id == id);
        (await Accepted($"/api/supervisions/{id}/return", new { version = 3, reason = "尚有两名工人的工资未到账" }, CitySupervisor))
            .Status.Should().Be(SupervisionStatus.Open);
        await Accepted($"/api/supervisions/{id}/report", new { version = 4, report = "全部工资已到账", completed = true }, LixiaInspector);
        // A stale version writes nothing.
        await Send($"/api/supervisions/{id}/conclude", new { version = 4, note = "同意销号" }, CitySupervisor, 409);
        (await Accepted($"/api/supervisions/{id}/conclude", new { version = 5, note = "同意销号" }, CitySupervisor))
            .Should().BeEquivalentTo(new SupervisionCommandAccepted(id, 6, SupervisionStatus.Concluded, false, false));

        var concluded = await Get(id, CitySupervisor);
        concluded.Supervision.Entries.Select(e => e.Kind).Should().Equal(
            SupervisionEntryKind.Opened, SupervisionEntryKind.Progress, SupervisionEntryKind.Completion, SupervisionEntryKind.Returned,
            SupervisionEntryKind.Completion, SupervisionEntryKind.Concluded);
        (await List($"/api/supervisions?caseId={filed.Id}", CitySupervisor)).Items.Should().BeEmpty("a concluded flag is off the active list");
        (await List($"/api/supervisions?caseId={filed.Id}&state=concluded", CitySupervisor)).Items.Should().ContainSingle();

        // Concluded, the case may be flagged again: a new supervision.
        await Send("/api/supervisions", new { caseId = filed.Id, completeBy, instructions = "回头看" }, ProvinceSupervisor, 201);
        (await List($"/api/supervisions?caseId={filed.Id}", ProvinceSupervisor)).Items.Should().ContainSingle()
            .Which.Supervision.Should().Match<PrioritySupervision>(s => s.Id != id && s.Level == SupervisionLevel.Province);
    }

    [Fact]
    public async Task A_city_flag_not_completed_by_its_date_is_late_and_goes_up_to_the_province()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102"));
        var completeBy = app.Today().AddDays(3);
        var created = await Send("/api/supervisions", new { caseId = filed.Id, completeBy, instructions = "三日内约谈用人单位" }, CitySupervisor, 201);
        var id = (await created.ReadAsJsonAsync<SupervisionCommandAccepted>())!.Id;
        var message = new SupervisionDateReached(id, completeBy);

        await app.Host.InvokeMessageAndWaitAsync(message); // early: nothing
        (await Get(id, CitySupervisor)).Supervision.IsLate.Should().BeFalse();

        app.MoveClockTo(new DateTimeOffset(completeBy.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message); // twice: still one
        await using (var session = app.Store.QuerySession())
            (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<SupervisionDateMissed>().Should().ContainSingle();

        var late = await Get(id, ProvinceSupervisor);
        (late.Supervision.IsLate, late.Supervision.EscalatedToProvince).Should().Be((true, true));
        late.DaysLeft.Should().BeNegative();
        (await List("/api/supervisions?state=escalated&pageSize=100", ProvinceSupervisor)).Items.Should().Contain(x => x.Supervision.Id == id);
        (await List("/api/supervisions?state=late&pageSize=100", CitySupervisor)).Items.Should().Contain(x => x.Supervision.Id == id)
            .And.Subject.First().Supervision.IsLate.Should().BeTrue("late ones come first");

        await Accepted($"/api/supervisions/{id}/report", new { version = 2, report = "已约谈，用人单位已支付", completed = true }, LixiaInspector);
        (await Problem(await Send($"/api/supervisions/{id}/conclude", new { version = 3, note = "同意" }, CitySupervisor, 422)))
            .Type.Should().EndWith("/not-the-deciding-level");
        (await Accepted($"/api/supervisions/{id}/conclude", new { version = 3, note = "同意销号" }, ProvinceSupervisor))
            .Status.Should().Be(SupervisionStatus.Concluded);
    }

    [Fact]
    public async Task Bad_or_unreachable_flags_are_refused_and_store_nothing()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102"));
        var invalid = await Problem(await Send("/api/supervisions", new { completeBy = app.Today(), instructions = " " }, CitySupervisor, 400));
        invalid.Extensions.Should().ContainKey("errors");
        var errors = ((System.Text.Json.JsonElement)invalid.Extensions["errors"]!).EnumerateObject().Select(p => p.Name);
        errors.Should().BeEquivalentTo(["caseId", "completeBy", "instructions"]);

        var body = new { caseId = filed.Id, completeBy = app.Today().AddDays(5), instructions = "督办" };
        await Send("/api/supervisions", body, LixiaInspector, 403);
        await Send("/api/supervisions", body with { caseId = Guid.NewGuid() }, CitySupervisor, 404);
        // Another city's supervisor cannot even learn that the case exists.
        await Send("/api/supervisions", body, StaffUsers.Supervisor("370200"), 404);
        (await Problem(await Send("/api/supervisions", body, StaffUsers.Supervisor("370102"), 422))).Type.Should().EndWith("/not-a-supervising-level");

        await using var session = app.Store.QuerySession();
        (await session.Query<PrioritySupervision>().Where(x => x.Case.Id == filed.Id).CountAsync()).Should().Be(0);
    }

    private async Task<IScenarioResult> Send(string url, object? body, string user, int status) => await app.Host.Scenario(x =>
    {
        if (body is null) x.Get.Url(url);
        else x.Post.Json(body).ToUrl(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });

    private async Task<SupervisionCommandAccepted> Accepted(string url, object body, string user) =>
        (await (await Send(url, body, user, 200)).ReadAsJsonAsync<SupervisionCommandAccepted>())!;

    private async Task<SupervisionView> Get(Guid id, string user) =>
        (await (await Send($"/api/supervisions/{id}", null, user, 200)).ReadAsJsonAsync<SupervisionView>())!;

    private async Task<Page<SupervisionView>> List(string url, string user) =>
        (await (await Send(url, null, user, 200)).ReadAsJsonAsync<Page<SupervisionView>>())!;

    private static async Task<ProblemDetails> Problem(IScenarioResult result) => (await result.ReadAsJsonAsync<ProblemDetails>())!;
}

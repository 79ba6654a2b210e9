using LaborRights.Common;
using Wolverine.Tracking;
using System.Text.Json;
using LaborRights.Discrimination;
using LaborRights.Discrimination.Deadlines;
using LaborRights.Discrimination.Filing;
using LaborRights.Discrimination.Linking;
using LaborRights.Discrimination.Queue;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.Discrimination;

[Collection(AppCollection.Name)]
public class DiscriminationInputTests(AppFixture app)
{
    private async Task<long> AllEvents()
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    public static TheoryData<string, string> InvalidFilings()
    {
        var valid = DiscriminationScenarios.AFiling();
        string J(DiscriminationForm f) => JsonSerializer.Serialize(f, DiscriminationScenarios.Json);
        return new()
        {
            { "filingKind", J(valid with { FilingKind = null }) },
            { "filerPhone", J(valid with { FilerPhone = "12345" }) },
            { "employerCreditCode", J(valid with { EmployerCreditCode = "91350100M000100Y44" }) },
            { "countyCode", J(valid with { CountyCode = "110101" }) },
            { "parkCode", J(valid with { ParkCode = "370671" }) },
            { "grounds", J(valid with { Grounds = [] }) },
            { "otherGround", J(valid with { Grounds = [DiscriminationGround.Other] }) },
            { "evidence[0].text", J(valid with { Evidence = [new(EvidenceKind.Url, "not a url")] }) },
            { "description", J(valid with { Description = null }) },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidFilings))]
    public async Task A_filing_with_a_bad_field_is_400_naming_the_field_and_stores_nothing(string field, string json)
    {
        var before = await AllEvents();
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(json).ToUrl("/api/complaints/discrimination");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(400);
        });
        var problem = (await result.ReadAsJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Should().ContainKey(field);
        problem.Errors[field].Should().OnlyContain(m => m.Contains(" / "));
        (await AllEvents()).Should().Be(before);
    }

    [Fact]
    public async Task Bad_staff_command_fields_are_400_naming_them_and_append_nothing()
    {
        var filed = await app.Host.DiscriminationUnderInvestigation();
        await app.Host.Act(filed.Id, "record-finding", new { version = DiscriminationScenarios.UnderInvestigationVersion, substantiated = true, reasons = "x" });

        async Task Expect(string action, object body, params string[] fields)
        {
            var problem = await (await app.Host.ActExpecting(filed.Id, action, body, 400)).ReadAsJsonAsync<ValidationProblemDetails>();
            problem!.Errors.Keys.Should().BeEquivalentTo(fields);
        }
        const int afterFinding = DiscriminationScenarios.UnderInvestigationVersion + 1;
        await Expect("order-correction", new { version = afterFinding }, "requirements", "correctBy");
        await Expect("impose-fine", new { version = afterFinding, amount = 20_000.005m, reason = "x" }, "amount");
        await Expect("record-joint-interview", new { version = afterFinding, participants = Array.Empty<string>(), heldOn = app.Today(), summary = "x" }, "participants");
        await Expect("refer-procuratorate", new { version = afterFinding, procuratorate = "x", reason = "y" }, "kind");
        await Expect("close", new { version = afterFinding }, "outcome", "summary");
        (await app.EventCount(filed.Id)).Should().Be(afterFinding);
    }

    [Fact]
    public async Task A_stale_version_is_409_and_an_unknown_case_404_and_both_append_nothing()
    {
        var filed = await app.Host.FileDiscrimination();
        await app.Host.Act(filed.Id, "request-material", new { version = 1, missing = "用人单位全称" });

        var problem = await (await app.Host.ActExpecting(filed.Id, "accept", new { version = 1 }, 409)).ReadAsJsonAsync<ProblemDetails>();
        problem!.Title.Should().Contain("案件已被他人更新").And.Contain("changed by someone else");
        (await app.EventCount(filed.Id)).Should().Be(2);

        await app.Host.ActExpecting(Guid.NewGuid(), "accept", new { version = 3 }, 404);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/discrimination/{Guid.NewGuid()}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task A_retried_filing_with_the_same_idempotency_key_returns_the_same_case()
    {
        var key = $"dc-retry-{Guid.NewGuid():N}";
        var first = await app.Host.FileDiscrimination(idempotencyKey: key);
        var before = await AllEvents();
        var retry = await app.Host.FileDiscrimination(idempotencyKey: key);
        retry.Should().BeEquivalentTo(first);
        (await AllEvents()).Should().Be(before);
    }

    [Fact]
    public async Task An_undecided_filing_becomes_overdue_and_an_accepted_one_is_queued_with_its_investigation_deadline()
    {
        const string county = "370612";
        var late = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: county, park: null));
        var message = new DiscriminationAcceptanceDeadlineReached(late.Id, late.AcceptanceDueOn);
        await app.Host.InvokeMessageAndWaitAsync(message);
        (await app.EventCount(late.Id)).Should().Be(1, "delivered before the deadline, it appends nothing");

        app.MoveClockTo(ShanghaiTimeEnd(late.AcceptanceDueOn).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message);
        (await app.EventCount(late.Id)).Should().Be(2, "delivered twice after the deadline, it appends once");
        (await Queue($"/api/discrimination/overdue?county={county}")).Items.Should().ContainSingle(x => x.Id == late.Id && x.AcceptanceOverdue);
        (await app.Host.DiscriminationDetails(late.Id)).Case.AcceptanceOverdue.Should().BeTrue();

        await app.Host.Act(late.Id, "accept", new { version = 2 });
        var queued = (await Queue($"/api/discrimination?county={county}&status=UnderInvestigation")).Items.Should().ContainSingle().Subject;
        queued.IsOverdue.Should().BeFalse();
        queued.HasNonStatutoryGround.Should().BeTrue();
        queued.NextDueOn.Should().Be(queued.InvestigationDueOn);

        app.MoveClockTo(ShanghaiTimeEnd(queued.InvestigationDueOn!.Value).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(new DiscriminationInvestigationDeadlineReached(late.Id, queued.InvestigationDueOn.Value));
        (await Queue($"/api/discrimination/overdue?county={county}")).Items.Should().ContainSingle(x => x.Id == late.Id && x.InvestigationOverdue);
        (await app.Host.DiscriminationDetails(late.Id)).History.Last().TextZh.Should().Contain("办案期限");
    }

    [Fact]
    public async Task A_link_to_another_case_is_appended_once_and_shown_to_staff()
    {
        var filed = await app.Host.DiscriminationUnderInvestigation();
        var other = new CaseReference(CaseKind.Inspection, Guid.NewGuid());
        await app.Host.InvokeMessageAndWaitAsync(new LinkDiscriminationCase(filed.Id, other, LinkRelation.Opened));
        await app.Host.InvokeMessageAndWaitAsync(new LinkDiscriminationCase(filed.Id, other, LinkRelation.Opened));

        var details = await app.Host.DiscriminationDetails(filed.Id);
        // The first link is the inspection that acceptance opened; the delivered link is added once.
        details.Case.Links.Should().HaveCount(2).And.EndWith(LinkedCase.Of(other, LinkRelation.Opened));
        details.History.Last().Actor.Should().Be(DiscriminationLinkDecision.SystemActor);
        (await app.EventCount(filed.Id)).Should().Be(DiscriminationScenarios.UnderInvestigationVersion + 1);
        (await app.Host.TrackDiscrimination(filed)).Timeline.Should().HaveCount(2, "links are not shown to the public");
    }

    [Fact]
    public async Task A_link_for_a_case_that_does_not_exist_starts_no_stream()
    {
        var missing = Guid.NewGuid();
        await app.Host.InvokeMessageAndWaitAsync(new LinkDiscriminationCase(missing, new CaseReference(CaseKind.Inspection, Guid.NewGuid()), LinkRelation.SameMatter));
        (await app.EventCount(missing)).Should().Be(0);
    }

    private static DateTimeOffset ShanghaiTimeEnd(DateOnly day) => LaborRights.Common.ShanghaiTime.EndOf(day);

    private async Task<Page<LaborRights.Discrimination.Queue.DiscriminationQueueItem>> Queue(string url) =>
        (await (await app.Host.Scenario(x =>
        {
            x.Get.Url(url + "&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        })).ReadAsJsonAsync<Page<LaborRights.Discrimination.Queue.DiscriminationQueueItem>>())!;
}

[Collection(AppCollection.Name)]
public class DiscriminationCrossKindTests(AppFixture app)
{
    [Fact]
    public async Task A_discrimination_command_on_a_wage_arrears_case_is_not_found_and_appends_nothing()
    {
        var wageArrears = await app.Host.FileComplaint();
        await app.Host.ActExpecting(wageArrears.Id, "accept", new { version = 1 }, 404);
        (await app.EventCount(wageArrears.Id)).Should().Be(1);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/discrimination/{wageArrears.Id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(404);
        });
    }
}

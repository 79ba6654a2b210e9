using System.Net.Http.Headers;
using System.Text;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears.Filing;
using LaborRights.Tracking;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.WageArrears;

[Collection(AppCollection.Name)]
public class IntakeTests(AppFixture app)
{
    /// <summary>Events stored, not counting the tombstones Marten writes to keep its sequence whole after a rolled-back append.</summary>
    private async Task<long> EventCount()
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName != "tombstone").CountAsync();
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_returns_the_same_case()
    {
        var key = $"phone-retry-{Guid.NewGuid():N}";
        var first = await app.Host.FileComplaint(idempotencyKey: key);
        var before = await EventCount();

        var retry = await app.Host.FileComplaint(idempotencyKey: key);

        retry.Should().BeEquivalentTo(first, "the retry gets the very same case, tracking number and access code");
        (await EventCount()).Should().Be(before, "the retry stores nothing");
        (await app.Host.Track(retry)).TrackingNumber.Should().Be(first.TrackingNumber);
    }

    [Fact]
    public async Task An_idempotency_key_is_stored_only_hashed_and_records_past_their_window_are_swept()
    {
        var key = "13955556666-" + Guid.NewGuid().ToString("N")[..6]; // a client may well use a phone number
        var first = await app.Host.FileComplaint(idempotencyKey: key);
        (await app.Host.FileComplaint(idempotencyKey: key)).Id.Should().Be(first.Id);

        await using (var session = app.Store.LightweightSession())
        {
            (await session.Query<IntakeIdempotencyRecord>().Where(x => x.Id.Contains(key)).AnyAsync()).Should().BeFalse();
            session.Insert(new IntakeIdempotencyRecord { Id = "test:expired-" + Guid.NewGuid(), RequestHash = "x", ProtectedAnswer = "x",
                ExpiresAt = app.Clock.GetUtcNow().AddMinutes(-1) });
            await session.SaveChangesAsync();
        }

        var swept = await app.Host.Services.GetRequiredService<IntakeIdempotency>().SweepAsync(app.Store, CancellationToken.None);

        swept.Should().BeGreaterThanOrEqualTo(1);
        await using var after = app.Store.QuerySession();
        (await after.Query<IntakeIdempotencyRecord>().Where(x => x.ExpiresAt < app.Clock.GetUtcNow()).AnyAsync()).Should().BeFalse();
        (await app.Host.FileComplaint(idempotencyKey: key)).Id.Should().Be(first.Id, "a record inside its window stays");
    }

    [Fact]
    public async Task Two_simultaneous_submissions_with_one_idempotency_key_store_one_case()
    {
        var key = $"double-tap-{Guid.NewGuid():N}";
        var before = await EventCount();

        async Task<(int Status, string Body)> Submit()
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Post.Json(Scenarios.AComplaint()).ToUrl("/api/complaints/wage-arrears");
                x.WithRequestHeader(FileComplaintEndpoint.IdempotencyHeader, key);
                x.IgnoreStatusCode();
            });
            return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
        }

        var answers = await Task.WhenAll(Submit(), Submit());
        var statuses = answers.Select(a => a.Status).ToArray();

        statuses.Should().Contain(201);
        statuses.Should().OnlyContain(s => s == 201 || s == 409, "the loser either replays the winner's answer or is told to retry");
        answers.Where(a => a.Status == 201).Select(a => a.Body).Distinct().Should().ContainSingle("a replay answers exactly what the first submission answered");
        (await EventCount()).Should().Be(before + 1, "exactly one case was stored");
        var stored = System.Text.Json.JsonSerializer.Deserialize<ComplaintFiled>(answers.First(a => a.Status == 201).Body,
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        var retry = await app.Host.FileComplaint(idempotencyKey: key);
        retry.Should().BeEquivalentTo(stored, "a later retry gets the one case that was stored");
    }

    [Fact]
    public async Task An_idempotency_key_can_be_used_again_once_its_24_hours_have_passed()
    {
        var key = $"reused-next-day-{Guid.NewGuid():N}";
        var first = await app.Host.FileComplaint(idempotencyKey: key);
        app.Clock.Advance(TimeSpan.FromHours(25));

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint()).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader(FileComplaintEndpoint.IdempotencyHeader, key);
            x.StatusCodeShouldBe(201);
        });
        (await result.ReadAsJsonAsync<ComplaintFiled>())!.Id.Should().NotBe(first.Id);
    }

    [Fact]
    public async Task A_retry_answered_by_another_node_or_after_a_restart_returns_the_same_case()
    {
        var key = $"other-node-{Guid.NewGuid():N}";
        var first = await app.Host.FileComplaint(idempotencyKey: key);

        await using var otherNode = await app.StartHostAsync();
        var result = await otherNode.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint()).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader(FileComplaintEndpoint.IdempotencyHeader, key);
            x.StatusCodeShouldBe(201);
            x.Header("Location").SingleValueShouldEqual($"/api/tracking/{first.TrackingNumber}");
        });
        (await result.ReadAsJsonAsync<ComplaintFiled>()).Should().BeEquivalentTo(first, "the key ring lives in PostgreSQL, not in one process");
    }


    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_complaint_is_refused()
    {
        var key = $"reuse-{Guid.NewGuid():N}";
        await app.Host.FileComplaint(idempotencyKey: key);
        var before = await EventCount();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint(amount: 99m)).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader(FileComplaintEndpoint.IdempotencyHeader, key);
            x.StatusCodeShouldBe(422);
        });

        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("idempotency-key-reused");
        (await EventCount()).Should().Be(before);
    }

    public static TheoryData<string, string> InvalidForms()
    {
        var valid = Scenarios.AComplaint();
        return new()
        {
            { "complainantName", System.Text.Json.JsonSerializer.Serialize(valid with { ComplainantName = null }) },
            { "residentId", System.Text.Json.JsonSerializer.Serialize(valid with { ResidentId = "110105194912310021" }) },
            { "employerCreditCode", System.Text.Json.JsonSerializer.Serialize(valid with { EmployerCreditCode = "91350100M000100Y44" }) },
            { "amountClaimed", System.Text.Json.JsonSerializer.Serialize(valid with { AmountClaimed = -5m }) },
            { "amountClaimed", System.Text.Json.JsonSerializer.Serialize(valid with { AmountClaimed = 100.125m }) },
            { "countyCode", System.Text.Json.JsonSerializer.Serialize(valid with { CountyCode = "110101" }) },
            { "parkCode", System.Text.Json.JsonSerializer.Serialize(valid with { CountyCode = "370102", ParkCode = "370671" }) },
            { "phone", System.Text.Json.JsonSerializer.Serialize(valid with { Phone = "12345" }) },
            { "workersAffected", System.Text.Json.JsonSerializer.Serialize(valid with { WorkersAffected = 0 }) },
            { "employedTo", System.Text.Json.JsonSerializer.Serialize(valid with { EmployedTo = new DateOnly(2025, 1, 1) }) },
            { "description", System.Text.Json.JsonSerializer.Serialize(valid with { Description = new string('欠', ComplaintForm.MaxDescriptionLength + 1) }) },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task A_complaint_with_a_bad_field_is_400_naming_the_field_and_stores_nothing(string field, string json)
    {
        var before = await EventCount();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(json).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(400);
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblemDetails>();
        problem!.Errors.Should().ContainKey(field);
        problem.Errors[field].Should().OnlyContain(m => m.Contains(" / "), "each message is in Chinese and English");
        (await EventCount()).Should().Be(before);
    }

    [Theory]
    [InlineData("{\"complainantName\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"amountClaimed\":\"lots\"}")]
    [InlineData("{\"workersAffected\":1e400}")]
    [InlineData("{\"employedFrom\":\"2025-02-30\"}")]
    public async Task Malformed_json_is_400_in_Chinese_and_English_and_stores_nothing(string body)
    {
        var before = await EventCount();
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(body).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(400);
        });
        var problem = await result.ReadAsJsonAsync<ProblemDetails>();
        problem!.Title.Should().Be("请求格式错误 / Malformed request");
        (await EventCount()).Should().Be(before);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413_before_it_is_read()
    {
        var before = await EventCount();
        var huge = System.Text.Json.JsonSerializer.Serialize(Scenarios.AComplaint() with { Description = new string('x', 200_000) });
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Text(huge).ToUrl("/api/complaints/wage-arrears");
            x.WithRequestHeader("Content-Type", "application/json");
            x.StatusCodeShouldBe(413);
        });
        (await result.ReadAsJsonAsync<ProblemDetails>())!.Title.Should().Contain("请求内容过大");
        (await EventCount()).Should().Be(before);
    }

    [Fact]
    public async Task Tracking_with_a_wrong_code_reveals_nothing_more_than_an_unknown_number()
    {
        var filed = await app.Host.FileComplaint();
        async Task<string> Attempt(string number, string code)
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Get.Url($"/api/tracking/{number}");
                x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, code);
                x.StatusCodeShouldBe(404);
            });
            var problem = await result.ReadAsJsonAsync<ProblemDetails>();
            return problem!.Title + problem.Detail;
        }

        var wrongCode = await Attempt(filed.TrackingNumber, "AAAAA-BBBBB-CCCCC-DDDDD");
        var unknownNumber = await Attempt("WA20260101-ZZZZZZZZ", filed.AccessCode);
        wrongCode.Should().Be(unknownNumber);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task Staff_record_a_counter_complaint_received_earlier_with_its_business_time()
    {
        var receivedAt = app.Clock.GetUtcNow().AddDays(-3);
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { channel = "Counter", receivedAt, complaint = Scenarios.AComplaint() }).ToUrl("/api/wage-arrears");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "clerk.sun");
            x.StatusCodeShouldBe(201);
        });
        var filed = (await result.ReadAsJsonAsync<ComplaintFiled>())!;
        var details = await app.Host.Details(filed.Id);
        details.Case.Channel.Should().Be(LaborRights.WageArrears.IntakeChannel.Counter);
        details.Case.ReceivedAt.Should().BeCloseTo(receivedAt, TimeSpan.FromMilliseconds(1));
        details.History.Single().Actor.Should().Be("clerk.sun");
        details.History.Single().OccurredAt.Should().BeCloseTo(receivedAt, TimeSpan.FromMilliseconds(1));

        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { channel = "Online", receivedAt = app.Clock.GetUtcNow().AddDays(1), complaint = Scenarios.AComplaint() }).ToUrl("/api/wage-arrears");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, "clerk.sun");
            x.StatusCodeShouldBe(400);
        });
    }
}

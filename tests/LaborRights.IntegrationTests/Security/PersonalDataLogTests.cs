using System.Text;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using LaborRights.Security.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Security;

[Collection(AppCollection.Name)]
public class PersonalDataLogTests(AppFixture app)
{
    [Fact]
    public async Task A_journey_with_personal_data_and_bad_input_leaves_no_full_id_or_phone_in_the_logs()
    {
        var seen = app.Logs.EntriesSeen;
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"), idempotencyKey: "privacy-log-" + Guid.NewGuid());
        await app.Host.Track(filed);
        await app.Host.Apply(ArbitrationScenarios.AnApplication() with
        {
            Applicant = new(LaborRights.Arbitration.PartyKind.Worker, "赵丽华", ResidentId, Phone),
        });
        await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(phone: Phone));
        await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"));

        // Bad inputs that carry the values: a wrong check digit, a phone where a number belongs, broken JSON.
        await Post("/api/complaints/wage-arrears", Json(AComplaintWithPersonalData() with { ResidentId = ResidentId[..17] + "9" }), 400);
        await Post("/api/complaints/wage-arrears", Json(AComplaintWithPersonalData()).Replace("\"workersAffected\":4", $"\"workersAffected\":\"{Phone}\""), 400);
        await Post("/api/complaints/wage-arrears", $"{{\"residentId\":\"{ResidentId}\",\"phone\":{Phone}", 400);
        await Post("/api/complaints/wage-arrears", $"{{\"residentId\":{ResidentId[..17]},\"phone\":[{Phone}]}}", 400);
        await Post("/api/applications/arbitration", $"{{\"applicant\":{{\"kind\":\"Worker\",\"idNumber\":\"{ResidentId}\",\"phone\":\"{Phone}x\"}}}}", 400);
        await Post($"/api/wage-arrears/{filed.Id}/personal-data/reveal", $"{{\"reason\":{ResidentId}}}", 400, StaffUsers.Inspector("370102"));
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{filed.TrackingNumber}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, Phone);
            x.StatusCodeShouldBe(404);
        });
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/tracking/{Phone}");
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, ResidentId);
            x.StatusCodeShouldBe(404);
        });
        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"));

        app.Logs.EntriesSeen.Should().BeGreaterThan(seen, "the guard sees the application's log");
        app.Logs.Violations.Should().BeEmpty();
    }

    [Fact]
    public void The_guard_catches_a_full_id_or_mobile_number_in_a_message_a_value_or_an_exception()
    {
        var guard = new PersonalDataLogGuard();
        var logger = guard.CreateLogger("Test");

        logger.LogInformation("Filed by {Name}", "赵丽华");
        logger.LogInformation("Masked values are fine: {Id} {Phone}", ResidentIdMasked, PhoneMasked);
        logger.LogInformation("Ids are not phones: {CaseId} {Ticks}", Guid.NewGuid(), 638_999_999_999_999_999L);
        guard.Violations.Should().BeEmpty();

        logger.LogInformation("Complainant " + ResidentId);
        logger.LogInformation("Complainant {Phone}", Phone);
        logger.LogError(new InvalidOperationException($"duplicate phone {Phone}"), "Failed");
        guard.Violations.Should().HaveCount(3);
        string.Join("\n", guard.Violations).Should().NotContain(ResidentId).And.NotContain(Phone, "the report itself must not leak");
    }

    [Fact]
    public void A_log_scope_with_an_id_number_or_phone_reaches_the_providers_masked()
    {
        var guard = new PersonalDataLogGuard();
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(guard).SetMinimumLevel(LogLevel.Debug))
            .AddPersonalDataLogRedaction()
            .BuildServiceProvider();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Test");

        // What ASP.NET Core's hosting does for every request: a scope holding the path, here with a phone typed into it.
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestPath"] = $"/api/tracking/{Phone}" }))
        using (logger.BeginScope("Filing for " + ResidentId))
            logger.LogInformation("Request finished");

        guard.EntriesSeen.Should().BeGreaterThan(0);
        guard.Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("%20{phone}")]
    [InlineData("%2B86{phone}")]
    [InlineData("86{phone}")]
    [InlineData("%20{id}")]
    public async Task A_phone_or_id_typed_with_a_space_or_country_code_into_a_path_is_masked_in_the_logs(string segment)
    {
        var before = app.Logs.Violations.Count;
        await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/tracking/" + segment.Replace("{phone}", Phone).Replace("{id}", ResidentId));
            x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, "ABCD2345");
            x.StatusCodeShouldBe(404);
        });
        app.Logs.Violations.Count.Should().Be(before, string.Join("\n", app.Logs.Violations));
    }

    [Fact]
    public void The_guard_catches_a_full_id_or_mobile_number_in_a_scope()
    {
        var guard = new PersonalDataLogGuard();
        var logger = guard.CreateLogger("Test");
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestPath"] = $"/api/tracking/{Phone}" }))
        using (logger.BeginScope("Masked is fine: " + ResidentIdMasked))
            logger.LogInformation("Request finished");
        guard.Violations.Should().ContainSingle();
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, DiscriminationScenarios.Json);

    private Task<IScenarioResult> Post(string url, string body, int status, string? user = null) => app.Host.Scenario(x =>
    {
        x.Post.Text(body).ToUrl(url);
        x.WithRequestHeader("Content-Type", "application/json");
        if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });
}

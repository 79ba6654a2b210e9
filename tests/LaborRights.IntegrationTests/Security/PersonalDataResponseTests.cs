using Alba;
using LaborRights.Arbitration;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Tracking;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// Issue #5: a full ID number or phone never leaves the system except to an in-scope staff member who asked for
/// it. Every GET endpoint of the application (from its endpoint metadata, so a new one is covered) is called for
/// cases of each kind that carry personal data, as callers in and out of scope; only reveal answers the full values.
/// </summary>
[Collection(AppCollection.Name)]
public class PersonalDataResponseTests(AppFixture app)
{
    [Fact]
    public async Task No_GET_endpoint_answers_a_full_id_number_or_phone_to_anyone_in_or_out_of_scope()
    {
        var wageArrears = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        await app.Host.Command(wageArrears.Id, "accept", new { version = 1 });
        var arbitration = await app.Host.Apply(ArbitrationScenarios.AnApplication(county: "370102") with
        {
            Applicant = new(PartyKind.Worker, "赵丽华", ResidentId, Phone),
        });
        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: "370102", phone: Phone));

        var cases = new (Guid Id, string Tracking, string AccessCode)[]
        {
            (wageArrears.Id, wageArrears.TrackingNumber, wageArrears.AccessCode),
            (arbitration.Id, arbitration.TrackingNumber, arbitration.AccessCode),
            (discrimination.Id, discrimination.TrackingNumber, discrimination.AccessCode),
        };
        var callers = new[]
        {
            StaffUsers.Inspector("370202"), StaffUsers.Arbitrator("370202"), StaffUsers.Supervisor("370200"),
            StaffUsers.Administrator(), StaffUsers.Inspector("370102"), StaffUsers.Arbitrator("370102"),
            StaffUsers.Supervisor("370000"), Scenarios.Inspector, null,
        };

        var calls = 0;
        foreach (var route in GetRoutes())
        foreach (var (id, tracking, code) in cases)
        foreach (var caller in callers)
        {
            var url = route.Replace("{id}", id.ToString()).Replace("{trackingNumber}", tracking)
                .Replace("{creditCode}", "91350100M000100Y43").Replace("{units}", "counties").Replace("{code}", "370102");
            var result = await app.Host.Scenario(x =>
            {
                x.Get.Url(url);
                if (caller is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, caller);
                x.WithRequestHeader(TrackCaseEndpoint.AccessCodeHeader, code);
                x.IgnoreStatusCode();
            });
            var body = await result.ReadAsTextAsync();
            PersonalDataPatterns.Find(body).Should().BeEmpty($"GET {route} as {caller ?? "anonymous"} must not answer personal data");
            body.Should().NotContain(ResidentId).And.NotContain(Phone);
            calls++;
        }

        calls.Should().BeGreaterThan(100);
    }

    [Fact]
    public async Task The_case_views_show_the_masked_values_in_scope()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        var body = await (await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/{filed.Id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector("370102"));
        })).ReadAsTextAsync();

        body.Should().Contain(ResidentIdMasked).And.Contain(PhoneMasked).And.NotContain(ResidentId).And.NotContain(Phone);
        var revealed = await (await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"))).ReadAsTextAsync();
        revealed.Should().Contain(ResidentId).And.Contain(Phone, "reveal is the one way to the full values");
    }

    [Fact]
    public async Task No_stored_document_holds_a_full_value_only_the_events_do()
    {
        var wageArrears = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        await app.Host.Reveal("wage-arrears", wageArrears.Id, StaffUsers.Inspector("370102"));
        await app.Host.Apply(ArbitrationScenarios.AnApplication() with { Applicant = new(PartyKind.Worker, "赵丽华", ResidentId, Phone) },
            idempotencyKey: "privacy-doc-" + Guid.NewGuid());
        await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(phone: Phone));

        await using var session = app.Store.QuerySession();
        var schema = app.Store.Options.DatabaseSchemaName;
        var tables = await session.QueryAsync<string>(
            "select table_name from information_schema.tables where table_schema = ? and table_name like 'mt_doc_%'", schema);
        tables.Should().Contain("mt_doc_caseindexentry", "the case index is where every case's read data is stored");
        foreach (var table in tables)
        {
            var holding = await session.QueryAsync<int>(
                $"select count(*)::int from {schema}.{table} where data::text like ? or data::text like ?", $"%{ResidentId}%", $"%{Phone}%");
            holding.Single().Should().Be(0, $"{table} is a read model: it holds masked values only");
        }

        var events = await session.QueryAsync<int>(
            $"select count(*)::int from {schema}.mt_events where stream_id = ? and data::text like ?", wageArrears.Id, $"%{ResidentId}%");
        events.Single().Should().Be(1, "the full value stays in the filing event");
    }

    private IEnumerable<string> GetRoutes() => app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
        .Distinct()
        .Order();
}

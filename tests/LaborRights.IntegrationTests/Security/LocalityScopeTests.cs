using System.Text.Json;
using Marten;
using Marten.Events;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.IntegrationTests.Inspections;

namespace LaborRights.IntegrationTests.Security;

/// <summary>属地管理: staff of one county neither see nor touch another county's cases, and their lists hold only their counties.</summary>
[Collection(AppCollection.Name)]
public sealed class LocalityScopeTests(AppFixture app)
{
    private const string Here = "370102";   // 济南市历下区
    private const string There = "370202";  // 青岛市市南区

    public static TheoryData<string> Kinds => ["wage-arrears", "discrimination", "arbitration", "inspections"];

    private async Task<(Guid Id, string Command, object Body)> CaseOfKind(string kind, string county)
    {
        switch (kind)
        {
            case "wage-arrears":
                return ((await app.Host.FileComplaint(Scenarios.AComplaint(county))).Id, "accept", new { version = 1 });
            case "discrimination":
                var dc = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: county, park: null));
                return (dc.Id, "accept", new { version = (int)await app.StreamVersion(dc.Id) });
            case "arbitration":
                return ((await app.Host.Apply(ArbitrationScenarios.AnApplication(county))).Id, "accept", new { version = 1 });
            default:
                var opened = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county));
                return (opened.Id, "assign-inspectors", new { version = opened.Version, inspectors = new[] { "张伟", "李娜" } });
        }
    }

    private static string WorkerOf(string kind, string county) =>
        kind == "arbitration" ? StaffUsers.Arbitrator(county) : StaffUsers.Inspector(county);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Another_countys_case_is_404_to_read_and_to_command_and_nothing_changes(string kind)
    {
        var (id, command, body) = await CaseOfKind(kind, Here);
        var before = await app.StreamVersion(id);
        var outsider = WorkerOf(kind, There);

        var read = await app.Host.Send("GET", $"/api/{kind}/{id}", outsider);
        var unknown = await app.Host.Send("GET", $"/api/{kind}/{Guid.NewGuid()}", outsider);
        read.Status.Should().Be(404);
        read.Body.GetProperty("type").GetString().Should().Be(unknown.Body.GetProperty("type").GetString(), "out of scope looks exactly like unknown");
        read.Body.GetProperty("title").GetString().Should().Be(unknown.Body.GetProperty("title").GetString());
        read.Body.GetProperty("detail").GetString().Should().Be(unknown.Body.GetProperty("detail").GetString());

        (await app.Host.Send("POST", $"/api/{kind}/{id}/{command}", outsider, body)).Status.Should().Be(404);
        // A city supervisor of another city reads nothing either, and no supervisor performs case work.
        (await app.Host.Send("GET", $"/api/{kind}/{id}", StaffUsers.Supervisor("370200"))).Status.Should().Be(404);
        (await app.Host.Send("POST", $"/api/{kind}/{id}/{command}", StaffUsers.Supervisor("370100"), body)).Status.Should().Be(404);
        (await app.Host.Send("GET", $"/api/{kind}/{id}", StaffUsers.Administrator())).Status.Should().Be(404, "administrators see no case data");
        (await app.StreamVersion(id)).Should().Be(before, "a refused command appends nothing");

        // The same command from the county's own staff is accepted: it was refused for scope alone.
        (await app.Host.Send("GET", $"/api/{kind}/{id}", StaffUsers.Supervisor("370100"))).Status.Should().Be(200);
        (await app.Host.Send("POST", $"/api/{kind}/{id}/{command}", WorkerOf(kind, Here), body)).Status.Should().Be(200);
        (await app.StreamVersion(id)).Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task A_wrong_role_on_a_case_is_404_and_on_a_list_403_with_a_bilingual_problem()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(Here));
        (await app.Host.Send("GET", $"/api/wage-arrears/{filed.Id}", StaffUsers.Arbitrator(Here))).Status.Should().Be(404);
        (await app.Host.Send("POST", $"/api/wage-arrears/{filed.Id}/accept", StaffUsers.Arbitrator(Here), new { version = 1 })).Status.Should().Be(404);

        var list = await app.Host.Send("GET", "/api/wage-arrears", StaffUsers.Arbitrator(Here));
        list.Status.Should().Be(403);
        list.Body.GetProperty("type").GetString().Should().EndWith("/forbidden");
        list.Body.GetProperty("title").GetString().Should().Contain(" / ");
        (await app.Host.Send("POST", "/api/admin/imports/wage-arrears", StaffUsers.Inspector(Here))).Status.Should().Be(403);
        (await app.Host.Send("GET", "/api/queue", StaffUsers.Administrator())).Status.Should().Be(403);
    }

    [Fact]
    public async Task Staff_cannot_record_a_new_case_in_a_county_outside_their_divisions()
    {
        var form = Scenarios.AComplaint(There);
        var refused = await app.Host.Send("POST", "/api/wage-arrears", StaffUsers.Inspector(Here), new { channel = "Counter", complaint = form });
        refused.Status.Should().Be(403);
        refused.Body.GetProperty("type").GetString().Should().EndWith("/outside-divisions");
        (await app.Host.Send("POST", "/api/inspections", StaffUsers.Inspector(Here), InspectionScenarios.AnInspection(There))).Status.Should().Be(403);
        (await app.Host.Send("POST", "/api/arbitration", StaffUsers.Arbitrator(Here),
            new { channel = "Counter", application = ArbitrationScenarios.AnApplication(There) })).Status.Should().Be(403);

        (await app.Host.Send("POST", "/api/wage-arrears", StaffUsers.Inspector(There), new { channel = "Counter", complaint = form })).Status.Should().Be(201);
    }

    [Fact]
    public async Task An_inspectors_lists_queues_and_registry_hold_only_their_counties()
    {
        foreach (var county in new[] { Here, There })
        {
            var code = Scenarios.NewCreditCode(county);
            var wa = await app.Host.FileComplaint(Scenarios.AComplaint(county) with { EmployerCreditCode = code });
            await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: county, park: null) with { EmployerCreditCode = code });
            await app.Host.OpenInspection(InspectionScenarios.AnInspection(county, creditCode: code));
            await app.Host.Apply(ArbitrationScenarios.AnApplication(county));
            await ScopeScenarios.OpenReferralAsync(app, wa.Id, county);
        }
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        var inspector = StaffUsers.Inspector(Here);
        string[] lists = ["/api/wage-arrears", "/api/discrimination", "/api/inspections", "/api/queue", "/api/referrals", "/api/employers"];
        foreach (var list in lists)
        {
            var all = await app.Host.Send("GET", $"{list}?pageSize=100", inspector);
            all.Status.Should().Be(200, list);
            var items = all.Body.GetProperty("items").EnumerateArray().ToList();
            items.Should().NotBeEmpty(list);
            foreach (var item in items) CountiesOf(item).Should().Contain(Here, list).And.NotContain(There, list);

            if (list is "/api/referrals") continue; // no county parameter
            var asked = await app.Host.Send("GET", $"{list}?county={There}", inspector);
            asked.Body.GetProperty("totalItems").GetInt64().Should().Be(0, $"{list}?county={There} is outside the inspector's divisions");
            var bySupervisor = await app.Host.Send("GET", $"{list}?county={There}", StaffUsers.Supervisor("370000"));
            bySupervisor.Body.GetProperty("totalItems").GetInt64().Should().BeGreaterThan(0, $"{list}?county={There} has cases");
        }

        var overdue = await app.Host.Send("GET", "/api/wage-arrears/overdue?pageSize=100", inspector);
        foreach (var item in overdue.Body.GetProperty("items").EnumerateArray()) CountiesOf(item).Should().Equal(Here);

        // An arbitrator's unified queue holds only arbitration cases of their commission's counties.
        var arbitrator = await app.Host.Send("GET", "/api/queue?pageSize=100", StaffUsers.Arbitrator(Here));
        var queue = arbitrator.Body.GetProperty("items").EnumerateArray().ToList();
        queue.Should().NotBeEmpty();
        queue.Should().OnlyContain(x => x.GetProperty("kind").GetString() == "Arbitration" && x.GetProperty("countyCode").GetString() == Here);
    }

    [Fact]
    public async Task An_employer_with_cases_in_two_counties_shows_each_inspector_only_their_own_cases()
    {
        var code = Scenarios.NewCreditCode(Here);
        await app.Host.FileComplaint(Scenarios.AComplaint(Here) with { EmployerCreditCode = code });
        await app.Host.FileComplaint(Scenarios.AComplaint(There) with { EmployerCreditCode = code });
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        var here = await app.Host.Send("GET", $"/api/employers/{code}", StaffUsers.Inspector(Here));
        here.Status.Should().Be(200);
        CountiesOf(here.Body).Should().Equal(Here);
        here.Body.GetProperty("employer").GetProperty("countyCodes").GetArrayLength().Should().Be(2, "the registry's province-wide facts stay whole");

        CountiesOf((await app.Host.Send("GET", $"/api/employers/{code}", StaffUsers.Inspector(There))).Body).Should().Equal(There);
        (await app.Host.Send("GET", $"/api/employers/{code}", StaffUsers.Inspector("370103"))).Status.Should().Be(404);
        CountiesOf((await app.Host.Send("GET", $"/api/employers/{code}", StaffUsers.Supervisor(StaffScopeProvince))).Body)
            .Should().BeEquivalentTo([Here, There]);
    }

    private const string StaffScopeProvince = LaborRights.Security.StaffScope.ProvinceCode;

    /// <summary>A queue item's county; an employer's cases' counties (their case list is cut to the caller's scope too).</summary>
    private static IReadOnlyList<string> CountiesOf(JsonElement item) =>
        item.TryGetProperty("countyCode", out var county)
            ? [county.GetString()!]
            : [.. item.GetProperty("employer").GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("countyCode").GetString()!).Distinct()];
}

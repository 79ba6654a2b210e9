using System.Text.Json;
using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Marten.Events;

namespace LaborRights.IntegrationTests.Security;

/// <summary>
/// Security review: the employer registry is reached through the cases a caller reads (ADR 0016: arbitrators "employer
/// registry (arbitration cases only)", inspectors "those kinds, those counties"). An employer whose only cases in the
/// caller's counties are of kinds their roles do not read is, for them, unknown: not listed, 404 on its own.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EmployerRegistryScopeTests(AppFixture app)
{
    private const string Here = "370102";

    private static ArbitrationApplicationForm ApplicationAgainst(string creditCode) => ArbitrationScenarios.AnApplication(Here) with
    {
        Respondent = new PartyForm(PartyKind.Employer, "济南鲁泰建筑工程有限公司", creditCode, "053188886666"),
    };

    [Fact]
    public async Task An_employer_known_only_from_kinds_the_caller_does_not_read_is_unknown_to_them()
    {
        var wageOnly = Scenarios.NewCreditCode(Here);
        await app.Host.FileComplaint(Scenarios.AComplaint(Here) with { EmployerCreditCode = wageOnly });
        var arbitrationOnly = Scenarios.NewCreditCode(Here);
        await app.Host.Apply(ApplicationAgainst(arbitrationOnly));
        var both = Scenarios.NewCreditCode(Here);
        await app.Host.FileComplaint(Scenarios.AComplaint(Here) with { EmployerCreditCode = both });
        await app.Host.Apply(ApplicationAgainst(both));
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        var arbitrator = StaffUsers.Arbitrator(Here);
        var inspector = StaffUsers.Inspector(Here);

        (await app.Host.Send("GET", $"/api/employers/{wageOnly}", arbitrator)).Status.Should().Be(404, "an arbitrator reads no wage-arrears case");
        (await app.Host.Send("GET", $"/api/employers/{arbitrationOnly}", inspector)).Status.Should().Be(404, "an inspector reads no arbitration case");
        (await app.Host.Send("GET", $"/api/employers/{wageOnly}", inspector)).Status.Should().Be(200);
        (await app.Host.Send("GET", $"/api/employers/{arbitrationOnly}", arbitrator)).Status.Should().Be(200);

        var forArbitrator = await app.Host.Send("GET", $"/api/employers/{both}", arbitrator);
        forArbitrator.Status.Should().Be(200);
        KindsOf(forArbitrator.Body).Should().Equal("Arbitration");

        var listed = await ListedAsync(arbitrator);
        listed.Should().Contain([arbitrationOnly, both]).And.NotContain(wageOnly);
        (await ListedAsync(arbitrator, Here)).Should().Contain([arbitrationOnly, both]).And.NotContain(wageOnly);
        listed = await ListedAsync(inspector);
        listed.Should().Contain([wageOnly, both]).And.NotContain(arbitrationOnly);
        (await ListedAsync(StaffUsers.Supervisor("370100"))).Should().Contain([wageOnly, arbitrationOnly, both]);
    }

    private async Task<IReadOnlyList<string>> ListedAsync(string user, string? county = null)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var (status, body) = await app.Host.Send("GET", $"/api/employers?pageSize=100&page={page}{(county is null ? "" : "&county=" + county)}", user);
            status.Should().Be(200);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            ids.AddRange(items.Select(i => i.GetProperty("employer").GetProperty("id").GetString()!));
            if (page >= body.GetProperty("pageCount").GetInt64()) return ids;
        }
    }

    private static IReadOnlyList<string> KindsOf(JsonElement view) =>
        [.. view.GetProperty("employer").GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).Distinct()];
}

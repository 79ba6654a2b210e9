using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using LaborRights.Arbitration;
using LaborRights.CaseIndex;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Security;

[Collection(AppCollection.Name)]
public class PersonalDataErasureTests(AppFixture app)
{
    [Fact]
    public async Task Erasure_masks_the_personal_fields_in_the_stored_events_and_leaves_the_history_intact()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation(AComplaintWithPersonalData(county: "370102"));
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 30_000m, workersOwed = 3 })).Version;
        var before = await StoredEvents(filed.Id);
        var queueBefore = await Load<CaseIndexEntry>(filed.Id);

        var erasure = (await (await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100")))
            .ReadAsJsonAsync<PersonalDataErasure>())!;
        erasure.Ground.Should().Be(ErasureGround.Request);
        erasure.ErasedBy.Should().Be("supervisor.scoped");
        erasure.ErasedAt.Should().Be(app.Clock.GetUtcNow());

        var after = await StoredEvents(filed.Id);
        after.Select(e => (e.Version, e.Type, e.Timestamp)).Should().Equal(before.Select(e => (e.Version, e.Type, e.Timestamp)),
            "the history keeps every event, in order, with its recording time");
        var complainant = after[0].Data.GetProperty("complainant");
        complainant.GetProperty("name").GetString().Should().Be("赵**");
        complainant.GetProperty("residentId").GetString().Should().Be(ResidentIdMasked);
        complainant.GetProperty("phone").GetString().Should().Be(PhoneMasked);
        for (var i = 0; i < before.Count; i++)
            Without(after[i].Data, "complainant").Should().Be(Without(before[i].Data, "complainant"),
                "business dates, amounts, employer and actors are untouched");

        var details = await app.Host.Details(filed.Id);
        details.Case.ComplainantName.Should().Be("赵**", "the view was rebuilt from the masked events");
        details.Case.ComplainantResidentIdMasked.Should().Be(ResidentIdMasked);
        details.Case.ComplainantPhoneMasked.Should().Be(PhoneMasked);
        details.Case.Version.Should().Be(version);
        details.Case.ConfirmedAmount.Should().Be(30_000m);
        details.History.Should().HaveCount(before.Count);
        (await Load<CaseIndexEntry>(filed.Id)).Should().BeEquivalentTo(queueBefore, "the index was rebuilt to the same entry");

        var revealed = (await (await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102")))
            .ReadAsJsonAsync<PersonalDataRevealed>())!;
        revealed.People.Should().Equal(new PersonalDataPerson("complainant", "赵**", ResidentIdMasked, PhoneMasked));

        // Versions did not move: the inspector's next command with the version they saw still succeeds.
        await app.Host.Command(filed.Id, "order-payment", new { version, payBy = app.Today().AddDays(10) });

        var trail = await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"));
        trail.Erasures.Should().ContainSingle().Which.Reason.Should().Contain("第四十七条");
    }

    [Fact]
    public async Task Only_administrators_and_supervisors_in_scope_may_erase()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Inspector("370102"), 404);
        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370200"), 404);
        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"), 400, reason: null);
        await app.Host.Erase("wage-arrears", Guid.NewGuid(), StaffUsers.Administrator(), 404);
        (await app.Host.Details(filed.Id)).Case.ComplainantName.Should().Be("赵丽华", "nothing was erased");

        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Administrator());
        (await app.Host.Details(filed.Id)).Case.ComplainantName.Should().Be("赵**");
    }

    [Fact]
    public async Task An_erasure_whose_reason_cannot_be_stored_is_refused_before_anything_changes()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        var before = await StoredEvents(filed.Id);

        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"), 400, reason: "依法申请删除\u0000");

        (await StoredEvents(filed.Id)).Select(e => e.Data.ToString()).Should().Equal(before.Select(e => e.Data.ToString()));
        (await app.Host.Details(filed.Id)).Case.ComplainantName.Should().Be("赵丽华");
        (await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"))).Erasures.Should().BeEmpty();
    }

    [Fact]
    public async Task An_erasure_that_fails_at_its_last_step_leaves_the_events_the_views_and_the_record_as_they_were()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        var before = await StoredEvents(filed.Id);
        var eraser = app.Host.Services.GetRequiredService<PersonalDataEraser>();

        // The record is the last thing written; PostgreSQL refuses it (22P05), as it did behind the 500 the outside test saw.
        var erase = () => eraser.EraseAsync(filed.Id, PersonalDataCaseKind.WageArrears, "370102", ErasureGround.Request,
            "supervisor.scoped", "unstorable \u0000 reason", CancellationToken.None);
        await erase.Should().ThrowAsync<Exception>();

        (await StoredEvents(filed.Id)).Select(e => e.Data.ToString()).Should().Equal(before.Select(e => e.Data.ToString()),
            "masking, view rebuild and record are one transaction");
        (await app.Host.Details(filed.Id)).Case.ComplainantName.Should().Be("赵丽华");
        (await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"))).Erasures.Should().BeEmpty();

        await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"));
        (await app.Host.Details(filed.Id)).Case.ComplainantName.Should().Be("赵**");
    }

    [Fact]
    public async Task Erasing_an_arbitration_case_masks_the_worker_and_keeps_the_employer()
    {
        var form = ArbitrationScenarios.AnApplication(county: "370102") with { Applicant = new(PartyKind.Worker, "赵丽华", ResidentId, Phone) };
        var filed = await app.Host.Apply(form);
        var queueBefore = await Load<CaseIndexEntry>(filed.Id);

        await app.Host.Erase("arbitration", filed.Id, StaffUsers.Supervisor("370000"));

        var view = (await app.Host.ArbitrationDetails(filed.Id)).Case;
        view.Applicant.Name.Should().Be("赵**");
        view.Applicant.IdNumberMasked.Should().Be(ResidentIdMasked);
        view.Respondent.Name.Should().Be("济南鲁泰建筑工程有限公司");
        view.Respondent.IdNumberMasked.Should().Be("91350100M000100Y43");
        view.Claims.Should().HaveCount(3);
        (await Load<CaseIndexEntry>(filed.Id)).Should().BeEquivalentTo(queueBefore);
        var revealed = (await (await app.Host.Reveal("arbitration", filed.Id, StaffUsers.Arbitrator("370102")))
            .ReadAsJsonAsync<PersonalDataRevealed>())!;
        JsonSerializer.Serialize(revealed).Should().NotContain(ResidentId).And.NotContain(Phone);
    }

    [Fact]
    public async Task The_retention_sweep_erases_cases_closed_longer_ago_than_the_retention_period_once()
    {
        // A schema of its own: the sweep looks at every case, and other tests' cases must keep their data.
        await using var host = await app.StartHostAsync(new Dictionary<string, string> { ["Database:Schema"] = "privacy_retention" });
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.ResetAllData();

        var rejected = await host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        await host.Command(rejected.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "不属于劳动保障监察事项" });
        var open = await host.FileComplaint(AComplaintWithPersonalData(county: "370102"));

        var later = new FakeTimeProvider(app.Clock.GetUtcNow().AddYears(2));
        var eraser = new PersonalDataEraser(store, later, Options.Create(new PrivacyOptions { RetentionYears = 1 }),
            NullLogger<PersonalDataEraser>.Instance);
        (await eraser.EraseExpiredAsync(CancellationToken.None)).Should().Be(1);
        (await eraser.EraseExpiredAsync(CancellationToken.None)).Should().Be(0, "a case is erased once");

        (await host.Details(rejected.Id)).Case.ComplainantName.Should().Be("赵**");
        (await host.Details(open.Id)).Case.ComplainantName.Should().Be("赵丽华", "an open case keeps its data");
        var trail = await host.AuditTrail("wage-arrears", rejected.Id, StaffUsers.Supervisor("370000"));
        trail.Erasures.Should().ContainSingle().Which.Should().Match<PersonalDataErasure>(e =>
            e.Ground == ErasureGround.RetentionExpired && e.ErasedBy == "system:retention" && e.ErasedAt == later.GetUtcNow());
    }

    private sealed record StoredEvent(long Version, string Type, DateTimeOffset Timestamp, JsonElement Data);

    private async Task<IReadOnlyList<StoredEvent>> StoredEvents(Guid id)
    {
        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        return events.Select(e => new StoredEvent(e.Version, e.EventTypeName, e.Timestamp,
            JsonSerializer.SerializeToElement(e.Data, e.EventType, LaborRights.IntegrationTests.Discrimination.DiscriminationScenarios.Json))).ToList();
    }

    private static string Without(JsonElement data, string property)
    {
        var node = data.Deserialize<JsonObject>()!;
        node.Remove(property);
        return node.ToJsonString();
    }

    private async Task<T?> Load<T>(Guid id) where T : class
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<T>(id);
    }
}

using Alba;
using LaborRights.Arbitration;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.PersonalData;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Security;

[Collection(AppCollection.Name)]
public class PersonalDataRevealTests(AppFixture app)
{
    [Fact]
    public async Task An_inspector_in_scope_sees_the_full_values_only_on_request_and_the_view_is_recorded()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        var before = await app.Host.Details(filed.Id);
        before.Case.ComplainantResidentIdMasked.Should().Be(ResidentIdMasked);
        before.Case.ComplainantPhoneMasked.Should().Be(PhoneMasked);

        var inspector = StaffUsers.Inspector("370102");
        var revealed = (await (await app.Host.Reveal("wage-arrears", filed.Id, inspector)).ReadAsJsonAsync<PersonalDataRevealed>())!;

        revealed.People.Should().Equal(new PersonalDataPerson("complainant", "赵丽华", ResidentId, Phone));
        revealed.ViewedBy.Should().Be("inspector.scoped");
        (await app.Host.Details(filed.Id)).Case.Version.Should().Be(before.Case.Version, "a view is not an event on the case");

        var trail = await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"));
        trail.Accesses.Should().ContainSingle();
        var access = trail.Accesses.Single();
        access.Id.Should().Be(revealed.AccessId);
        access.ViewedBy.Should().Be("inspector.scoped");
        access.ViewerRoles.Should().Equal("inspector");
        access.Reason.Should().Be("电话联系投诉人核实欠薪金额");
        access.ViewedAt.Should().Be(app.Clock.GetUtcNow());
        access.CountyCode.Should().Be("370102");
        JsonOf(trail).Should().NotContain(ResidentId).And.NotContain(Phone, "the audit trail records the view, not the values");
    }

    [Fact]
    public async Task Anyone_outside_the_rule_gets_the_same_404_as_for_an_unknown_case()
    {
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData(county: "370102"));
        var unknown = WithoutTrace(await (await app.Host.Reveal("wage-arrears", Guid.NewGuid(), StaffUsers.Inspector("370102"), 404)).ReadAsTextAsync());

        foreach (var user in new[]
                 {
                     StaffUsers.Inspector("370202"),           // another county (Qingdao)
                     StaffUsers.Supervisor("370200"),          // another city
                     StaffUsers.Arbitrator("370102"),          // wrong role for a complaint
                     StaffUsers.Administrator(),               // accounts, not case data
                 })
        {
            var body = WithoutTrace(await (await app.Host.Reveal("wage-arrears", filed.Id, user, 404)).ReadAsTextAsync());
            body.Should().Be(unknown, $"{user} must not learn that the case exists");
        }

        await app.Host.Scenario(x =>
        {
            x.Post.Json(new RevealPersonalData("核实")).ToUrl($"/api/wage-arrears/{filed.Id}/personal-data/reveal");
            x.StatusCodeShouldBe(401);
        });
        await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"), 400, reason: " ");
        await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"), 400, reason: new string('因', 501));
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/{filed.Id}/personal-data/accesses");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector("370102"));
            x.StatusCodeShouldBe(404); // the trail is for supervisors
        });
        (await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"))).Accesses
            .Should().BeEmpty("refused and invalid requests record nothing");
    }

    [Fact]
    public async Task An_arbitrator_in_scope_sees_both_parties_and_an_inspector_does_not()
    {
        var form = ArbitrationScenarios.AnApplication(county: "370102") with
        {
            Applicant = new(PartyKind.Worker, "赵丽华", ResidentId, Phone),
        };
        var filed = await app.Host.Apply(form);
        var view = (await app.Host.ArbitrationDetails(filed.Id)).Case;
        view.Applicant.IdNumberMasked.Should().Be(ResidentIdMasked);
        view.Applicant.PhoneMasked.Should().Be(PhoneMasked);

        var revealed = (await (await app.Host.Reveal("arbitration", filed.Id, StaffUsers.Arbitrator("370100")))
            .ReadAsJsonAsync<PersonalDataRevealed>())!;
        revealed.People.Should().Equal(
            new PersonalDataPerson("applicant", "赵丽华", ResidentId, Phone),
            new PersonalDataPerson("respondent", "济南鲁泰建筑工程有限公司", "91350100M000100Y43", "053188886666"));

        await app.Host.Reveal("arbitration", filed.Id, StaffUsers.Inspector("370102"), 404);
        await app.Host.Reveal("arbitration", filed.Id, StaffUsers.Arbitrator("370202"), 404);
        await app.Host.Reveal("arbitration", filed.Id, StaffUsers.Supervisor("370000"));
        (await app.Host.AuditTrail("arbitration", filed.Id, StaffUsers.Supervisor("370000"))).Accesses
            .Select(a => a.ViewedBy).Should().Equal("arbitrator.scoped", "supervisor.scoped");
    }

    [Fact]
    public async Task A_discrimination_filer_is_revealed_to_an_inspector_in_scope()
    {
        var filed = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: "370102", name: "赵丽华", phone: Phone));
        (await app.Host.DiscriminationDetails(filed.Id)).Case.ComplainantPhoneMasked.Should().Be(PhoneMasked);

        var revealed = (await (await app.Host.Reveal("discrimination", filed.Id, StaffUsers.Inspector("370102")))
            .ReadAsJsonAsync<PersonalDataRevealed>())!;
        revealed.People.Should().Equal(new PersonalDataPerson("complainant", "赵丽华", null, Phone));

        await app.Host.Reveal("discrimination", filed.Id, StaffUsers.Inspector("370103"), 404);
        await app.Host.Reveal("wage-arrears", filed.Id, StaffUsers.Inspector("370102"), 404); // a case of another kind
    }

    /// <summary>The body without its per-request trace id.</summary>
    private static string WithoutTrace(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    private static string JsonOf(object value) => System.Text.Json.JsonSerializer.Serialize(value);
}

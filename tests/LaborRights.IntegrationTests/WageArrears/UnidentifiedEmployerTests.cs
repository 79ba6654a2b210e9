using Alba;
using LaborRights.Benchmark.Facts;
using LaborRights.Employers;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Filing;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Mvc;

namespace LaborRights.IntegrationTests.WageArrears;

/// <summary>
/// Issue 16, item 1 over HTTP: a worker files against a labour contractor without a credit code; the complaint waits
/// unidentified, cannot be accepted, and joins the registered unit's record and the benchmark once an inspector
/// identifies that unit.
/// </summary>
[Collection(AppCollection.Name)]
public class UnidentifiedEmployerTests(AppFixture app)
{
    private static ComplaintForm AgainstAContractor() => Scenarios.AComplaint() with { EmployerName = "刘某某（包工头）", EmployerCreditCode = null }
        with { EmployerAddress = "历下区某安置房项目二期工地", EmployerPhone = "13912345678" };

    [Fact]
    public async Task A_complaint_against_a_contractor_is_accepted_once_the_unit_answering_for_it_is_identified()
    {
        var filed = await app.Host.FileComplaint(AgainstAContractor());
        var code = Scenarios.NewCreditCode();

        var before = (await app.Host.Details(filed.Id)).Case;
        before.EmployerIsIdentified.Should().BeFalse();
        before.Employer.CreditCode.Should().BeEmpty();
        before.EmployerAsReported.Should().Be(new LaborRights.WageArrears.GettingDetails.ReportedEmployerView("刘某某（包工头）", "历下区某安置房项目二期工地", "139****5678"));

        var refused = await app.Host.CommandExpecting(filed.Id, "accept", new { version = 1 }, 422);
        (await refused.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/employer-unidentified");

        var identified = await app.Host.Command(filed.Id, "identify-employer",
            new { version = 1, creditCode = code, name = "济南某建设集团有限公司", note = "该工地施工总承包单位" });
        identified.Version.Should().Be(2);
        var accepted = await app.Host.Command(filed.Id, "accept", new { version = 2 });
        accepted.Status.Should().Be(CaseStatus.UnderInvestigation);

        var after = (await app.Host.Details(filed.Id)).Case;
        after.Employer.Should().Be(new LaborRights.Common.Employer("济南某建设集团有限公司", code));
        after.EmployerIdentification!.Note.Should().Be("该工地施工总承包单位");
        after.EmployerIdentification.IdentifiedBy.Should().Be(Scenarios.Inspector);

        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        await using var session = app.Store.QuerySession();
        var record = await session.LoadAsync<EmployerRecord>(code);
        record.Should().NotBeNull("the case joins the identified unit's record");
        record!.Name.Should().Be("济南某建设集团有限公司");
        var entry = record.Cases.Should().ContainSingle().Subject;
        (entry.CaseId, entry.Status, entry.Owed, entry.AcceptedOn).Should().Be((filed.Id, nameof(CaseStatus.UnderInvestigation), 36_000m, after.FiledOn));
        (await session.LoadAsync<BenchmarkCaseFactsRow>(filed.Id))!.EmployerCreditCode.Should().Be(code);

        var tracking = await app.Host.Track(filed);
        tracking.Timeline.Select(t => t.TextZh).Should().Contain("已查明负责支付工资的单位：济南某建设集团有限公司");
    }

    [Fact]
    public async Task Without_a_credit_code_the_address_is_required_and_nothing_is_stored()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(AgainstAContractor() with { EmployerAddress = null }).ToUrl("/api/complaints/wage-arrears");
            x.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should().Equal("employerAddress");
    }

    [Fact]
    public async Task An_invalid_code_is_a_field_error_and_a_named_employer_is_not_identified_again()
    {
        var unidentified = await app.Host.FileComplaint(AgainstAContractor());
        var invalid = await app.Host.CommandExpecting(unidentified.Id, "identify-employer", new { version = 1, creditCode = "91350100M000100Y44", name = "某公司" }, 400);
        (await invalid.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Should().Equal("creditCode");

        var named = await app.Host.FileComplaint();
        var again = await app.Host.CommandExpecting(named.Id, "identify-employer", new { version = 1, creditCode = Scenarios.NewCreditCode(), name = "某公司" }, 422);
        (await again.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/employer-already-identified");

        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(unidentified.Id)).Should().ContainSingle();
        (await session.Events.FetchStreamAsync(named.Id)).Should().ContainSingle();
    }
}

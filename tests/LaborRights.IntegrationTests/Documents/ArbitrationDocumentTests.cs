using Alba;
using LaborRights.Documents;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Tracking;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace LaborRights.IntegrationTests.Documents;

/// <summary>
/// Issue 17 over HTTP: an arbitration award is put in writing by the case's arbitrator, numbered with the case number,
/// each claim with its ruling and finality; served on both parties, and its service on the employer moves the window
/// to apply to set aside the final items (劳动争议调解仲裁法 第四十九条).
/// </summary>
[Collection(AppCollection.Name)]
public class ArbitrationDocumentTests(AppFixture app)
{
    [Fact]
    public async Task An_award_is_issued_served_on_both_parties_and_its_service_on_the_employer_starts_the_set_aside_window()
    {
        var (filed, v) = await app.HeardCase();
        v = (await app.Host.Arbitrate(filed.Id, "record-mediation-failure", new { version = v, note = "调解不成" })).Version;
        await app.Host.Arbitrate(filed.Id, "issue-award", new
        {
            version = v,
            items = new object[]
            {
                new { claimNumber = 1, grantedAmount = 25_200m, ruling = "支持申请人的工资请求" },
                new { claimNumber = 2, grantedAmount = 40_000m, ruling = "违法解除，支持经济补偿" },
                new { claimNumber = 3, grantedAmount = (decimal?)null, ruling = "支持" },
            },
        });
        var caseNumber = (await app.Host.ArbitrationDetails(filed.Id)).Case.CaseNumber!;

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "ArbitrationAward" }).ToUrl($"/api/arbitration/{filed.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
            x.StatusCodeShouldBe(201);
        });
        var issued = (await result.ReadAsJsonAsync<IssuedDocument>())!;
        issued.Number.Should().Be(caseNumber, "an arbitration document bears its case number");

        var pdf = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/documents/{issued.DocumentId}/versions/1/pdf");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
        });
        await using (var body = new MemoryStream())
        {
            await pdf.Context.Response.Body.CopyToAsync(body);
            var folder = Path.Combine(Api.Contract.ApiDocumentFile.RepositoryRoot, "tests", "LaborRights.IntegrationTests", "TestResults", "documents");
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "award.pdf"), body.ToArray());
            using var read = PigDocument.Open(body.ToArray());
            var text = string.Concat(read.GetPages().Select(p => p.Text));
            text.Should().Contain("仲裁裁决书").And.Contain(caseNumber).And.Contain("本项为终局裁决").And.Contain("本项为非终局裁决");
        }

        var noParty = await Serve(issued.DocumentId, new { version = 1, documentVersion = 1, method = "InPerson", servedOn = app.Today() }, 422);
        (await noParty.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/addressee-needed");
        await app.Host.ExecuteAndWaitAsync(async () =>
            await Serve(issued.DocumentId, new { version = 1, documentVersion = 1, method = "InPerson", servedOn = app.Today(), to = "Applicant" }, 200));
        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await Serve(issued.DocumentId, new { version = 2, documentVersion = 1, method = "Post", servedOn = app.Today(), to = "Respondent" }, 200));
        tracked.Executed.SingleMessage<AwardServed>().Party.Should().Be(LaborRights.Arbitration.ArbitrationParty.Respondent);

        var details = await app.Host.ArbitrationDetails(filed.Id);
        details.Case.SetAsideWindowEndsOn.Should().Be(app.Today().AddDays(30));
        details.History.Select(h => h.Event).Should().EndWith("ArbitrationAwardServed", "ArbitrationAwardServed");
    }

    [Fact]
    public async Task An_inspector_cannot_issue_an_arbitration_document_and_an_arbitrator_cannot_issue_one_of_wage_arrears()
    {
        var (filed, _) = await app.HeardCase();
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "ArbitrationHearingNotice" }).ToUrl($"/api/arbitration/{filed.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector("370102"));
            // An inspector does not read arbitration cases: told nothing exists, as for reading it.
            x.StatusCodeShouldBe(404);
        });
        var wrongKind = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "WageArrearsAcceptance" }).ToUrl($"/api/arbitration/{filed.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
            x.StatusCodeShouldBe(422);
        });
        (await wrongKind.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/wrong-case-kind");
    }

    private Task<IScenarioResult> Serve(Guid id, object body, int status) => app.Host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl($"/api/documents/{id}/service");
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
        x.StatusCodeShouldBe(status);
    });
}

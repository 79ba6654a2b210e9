using Alba;
using LaborRights.Documents;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace LaborRights.IntegrationTests.Documents;

/// <summary>
/// Issue 17, item 4: the province changes a document's wording without a release — a new template version saved by an
/// administrator, checked against what the kind of case records, used by the documents issued afterwards.
/// </summary>
[Collection(AppCollection.Name)]
public class DocumentTemplateTests(AppFixture app)
{
    private static readonly string Administrator = StaffUsers.Of("admin.templates", [StaffRoles.Administrator], ["370000"]);

    [Fact]
    public async Task A_new_wording_is_checked_saved_as_a_version_and_used_by_the_documents_issued_afterwards()
    {
        var listed = await List();
        listed.Templates.Select(t => t.Kind).Should().BeEquivalentTo(Enum.GetValues<DocumentKind>());
        var current = listed.Templates.Single(t => t.Kind == DocumentKind.WageArrearsRejection);
        current.Placeholders.Should().Contain(["complainantName", "rejectionGround", "reviewBody"]);

        var template = current.Template;
        object Body(int basedOn, string remedy) => new
        {
            basedOnVersion = basedOn, title = template.Title, series = template.Series, addressee = template.Addressee,
            facts = template.Facts, decision = template.Decision, remedies = new[] { new { text = remedy } }, basis = template.Basis,
        };

        var unknown = await Save(DocumentKind.WageArrearsRejection, Body(current.Version, "请于{appealDays}日内申请复议。"), 400);
        (await unknown.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Should().ContainKey("remedies[0]");

        const string wording = "如不服本决定，可以自收到本决定书之日起六十日内向{reviewBody}申请行政复议，也可以自收到之日起六个月内直接向人民法院提起行政诉讼。";
        var saved = (await (await Save(DocumentKind.WageArrearsRejection, Body(current.Version, wording), 201)).ReadAsJsonAsync<DocumentTemplateInForce>())!;
        saved.Version.Should().Be(current.Version + 1);
        saved.SavedBy.Should().Be("admin.templates");
        await Save(DocumentKind.WageArrearsRejection, Body(current.Version, wording), 409);

        var filed = await app.Host.FileComplaint();
        await app.Host.Command(filed.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议，应申请仲裁。" });
        var issued = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "WageArrearsRejection" }).ToUrl($"/api/wage-arrears/{filed.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(201);
        });
        var document = (await issued.ReadAsJsonAsync<IssuedDocument>())!;
        await using var session = app.Store.QuerySession();
        (await session.LoadAsync<CaseDocument>(document.DocumentId))!.Current.TemplateVersion.Should().Be(saved.Version);
        var file = await DocumentFiles.ReadAsync(app.Store, document.DocumentId, 1, CancellationToken.None);
        using var pdf = PigDocument.Open(file!.Value.Pdf);
        string.Concat(pdf.GetPages().Select(p => p.Text)).Should().Contain("也可以自收到之日起六个月内直接向人民法院提起行政诉讼");
    }

    private async Task<DocumentTemplateList> List()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/admin/document-templates");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Administrator);
        });
        return (await result.ReadAsJsonAsync<DocumentTemplateList>())!;
    }

    private Task<IScenarioResult> Save(DocumentKind kind, object body, int status) => app.Host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl($"/api/admin/document-templates/{kind}");
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Administrator);
        x.StatusCodeShouldBe(status);
    });
}

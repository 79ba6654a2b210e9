using System.Security.Cryptography;
using Alba;
using LaborRights.Documents;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.PersonalData;
using Marten;
using Microsoft.AspNetCore.Mvc;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace LaborRights.IntegrationTests.Documents;

/// <summary>
/// Issue 17 over HTTP against PostgreSQL: a wage-arrears case's order to pay is issued as a PDF whose text states the
/// case number and the decision, kept with its hash; a reissue is a new version beside the old one; service is
/// recorded and the review and suit periods run from it.
/// </summary>
[Collection(AppCollection.Name)]
public class DocumentTests(AppFixture app)
{
    [Fact]
    public async Task An_order_to_pay_is_issued_as_a_pdf_kept_with_its_hash_reissued_as_a_new_version_and_served()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation();
        var confirmed = await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 36_000m, workersOwed = 4 });
        var payBy = app.Today().AddDays(15);
        await app.Host.Command(filed.Id, "order-payment", new { version = confirmed.Version, payBy });

        var listed = await List(filed.Id);
        listed.Outstanding.Should().Contain([DocumentKind.WageArrearsAcceptance, DocumentKind.WageArrearsPaymentOrder]);
        listed.Outstanding.Should().NotContain(DocumentKind.WageArrearsRejection);

        var first = await Issue(filed.Id, DocumentKind.WageArrearsPaymentOrder);
        first.Version.Should().Be(1);
        first.Number.Should().MatchRegex(@"^历下人社监令〔\d{4}〕\d+号$");

        var pdf = await Pdf(first.DocumentId, 1);
        // Kept beside the screenshots for a person to look at (TestResults/documents).
        var folder = Path.Combine(Api.Contract.ApiDocumentFile.RepositoryRoot, "tests", "LaborRights.IntegrationTests", "TestResults", "documents");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "payment-order.pdf"), pdf);
        Convert.ToHexStringLower(SHA256.HashData(pdf)).Should().Be(first.Sha256, "the bytes are those whose hash the event keeps");
        using (var read = PigDocument.Open(pdf))
        {
            var text = string.Concat(read.GetPages().Select(p => p.Text));
            text.Should().Contain("劳动保障监察限期改正指令书").And.Contain(first.Number);
            var caseNumber = (await app.Host.Details(filed.Id)).Case.CaseNumber!;
            text.Should().Contain(caseNumber).And.Contain("济南鲁泰建筑工程有限公司");
            text.Should().Contain($"责令你单位于{payBy:yyyy年M月d日}前向上述劳动者支付拖欠的工资人民币36,000.00元");
        }

        var second = await Issue(filed.Id, DocumentKind.WageArrearsPaymentOrder);
        (second.Version, second.Number, second.DocumentId).Should().Be((2, first.Number, first.DocumentId));
        (await Pdf(first.DocumentId, 1)).Should().Equal(pdf, "an earlier version stays as it was");

        var document = await Get(first.DocumentId);
        document.Versions.Select(v => v.Sha256).Should().Equal(first.Sha256, second.Sha256);
        document.ServedOn.Should().BeNull();

        var stale = await Serve(first.DocumentId, new { version = 2, documentVersion = 1, method = "Post", servedOn = app.Today() }, 422);
        (await stale.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/not-the-version-in-force");
        await Serve(first.DocumentId, new { version = 2, documentVersion = 2, method = "Post", servedOn = app.Today().AddDays(1) }, 400);
        await Serve(first.DocumentId, new { version = 2, documentVersion = 2, method = "Post", servedOn = app.Today(), note = "EMS 1234567890" }, 200);

        document = await Get(first.DocumentId);
        document.ServedOn.Should().Be(app.Today());
        document.Deadlines.Select(d => (d.Code, d.For, d.EndsOn)).Should().Equal(
            ("review", DocumentAddressee.Employer, app.Today().AddDays(60)), ("suit", DocumentAddressee.Employer, app.Today().AddMonths(6)));
        (await List(filed.Id)).Outstanding.Should().Equal(DocumentKind.WageArrearsAcceptance);

        await using var session = app.Store.QuerySession();
        var accesses = await session.Query<PersonalDataAccess>().Where(a => a.CaseId == filed.Id).ToListAsync();
        accesses.Select(a => a.Reason).Should().Contain(r => r.StartsWith("制作文书：劳动保障监察限期改正指令书"))
            .And.Contain(r => r.StartsWith("下载文书：劳动保障监察限期改正指令书"));
    }

    [Fact]
    public async Task A_document_the_case_has_not_decided_is_refused_and_nothing_is_kept()
    {
        var filed = await app.Host.FileComplaint();

        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = "WageArrearsPaymentOrder" }).ToUrl($"/api/wage-arrears/{filed.Id}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(422);
        });

        (await result.ReadAsJsonAsync<ProblemDetails>())!.Type.Should().EndWith("/no-decision");
        await using var session = app.Store.QuerySession();
        (await session.LoadAsync<CaseDocument>(CaseDocument.IdFor(filed.Id, DocumentKind.WageArrearsPaymentOrder))).Should().BeNull();
    }

    /// <summary>The worker follows their documents on tracking: which, when it reached them, and until when they may act.</summary>
    [Fact]
    public async Task The_worker_sees_the_refusal_addressed_to_them_on_tracking_with_the_periods_from_its_service()
    {
        var filed = await app.Host.FileComplaint();
        await app.Host.Command(filed.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议，应申请仲裁。" });
        var issued = await Issue(filed.Id, DocumentKind.WageArrearsRejection);
        (await app.Host.Track(filed)).Documents.Should().ContainSingle().Which.ServedOn.Should().BeNull();

        await Serve(issued.DocumentId, new { version = 1, documentVersion = 1, method = "InPerson", servedOn = app.Today() }, 200);

        var document = (await app.Host.Track(filed)).Documents.Should().ContainSingle().Subject;
        (document.Title, document.Number, document.ServedOn).Should().Be(("劳动保障监察投诉不予受理决定书", issued.Number, app.Today()));
        document.Periods.Select(p => (p.TextZh, p.EndsOn)).Should().Equal(("申请行政复议", app.Today().AddDays(60)), ("提起行政诉讼", app.Today().AddMonths(6)));
    }

    /// <summary>ADR 0015 and 0035: the stored PDF states the complainant in full, so erasing the case's personal data deletes it; the hash stays.</summary>
    [Fact]
    public async Task Erasing_a_cases_personal_data_deletes_its_documents_pdfs_and_keeps_their_hashes()
    {
        var filed = await app.Host.FileComplaint(Security.PersonalDataScenarios.AComplaintWithPersonalData());
        await app.Host.Command(filed.Id, "reject", new { version = 1, reason = "OutsideScope", explanation = "属于劳动争议，应申请仲裁。" });
        var issued = await Issue(filed.Id, DocumentKind.WageArrearsRejection);
        using (var read = PigDocument.Open(await Pdf(issued.DocumentId, 1)))
            string.Concat(read.GetPages().Select(p => p.Text)).Should().Contain("赵丽华");

        var erased = await Security.PersonalDataScenarios.Erase(app.Host, "wage-arrears", filed.Id, StaffUsers.Supervisor("370100"));

        (await erased.ReadAsJsonAsync<PersonalDataErasure>())!.DocumentVersionsDeleted.Should().Be(1);
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/documents/{issued.DocumentId}/versions/1/pdf");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(404);
        });
        (await Get(issued.DocumentId)).Current.Sha256.Should().Be(issued.Sha256, "the record of what was issued stays");
    }

    private async Task<IssuedDocument> Issue(Guid caseId, DocumentKind kind)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.Json(new { kind = kind.ToString() }).ToUrl($"/api/wage-arrears/{caseId}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<IssuedDocument>())!;
    }

    private async Task<CaseDocuments> List(Guid caseId)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/{caseId}/documents");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<CaseDocuments>())!;
    }

    private async Task<CaseDocument> Get(Guid id)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/documents/{id}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<CaseDocument>())!;
    }

    private async Task<byte[]> Pdf(Guid id, int version)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/documents/{id}/versions/{version}/pdf");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(200);
        });
        result.Context.Response.ContentType.Should().Be("application/pdf");
        await using var body = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(body);
        return body.ToArray();
    }

    private Task<IScenarioResult> Serve(Guid id, object body, int status) => app.Host.Scenario(x =>
    {
        x.Post.Json(body).ToUrl($"/api/documents/{id}/service");
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        x.StatusCodeShouldBe(status);
    });
}

using System.Net.Http.Headers;
using Alba;
using LaborRights.Evidence;
using LaborRights.IntegrationTests.Arbitration;
using LaborRights.IntegrationTests.Discrimination;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.PersonalData;
using LaborRights.TestSamples;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Filing;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static LaborRights.IntegrationTests.Security.PersonalDataScenarios;

namespace LaborRights.IntegrationTests.Evidence;

[Collection(AppCollection.Name)]
public class EvidenceTests(AppFixture app)
{
    private const string Reason = "核对工资条上的欠薪金额";

    [Fact]
    public async Task A_photo_uploaded_before_filing_is_kept_with_the_case_without_its_metadata_and_opened_by_staff_in_scope_on_the_record()
    {
        var photo = EvidenceSamples.Jpeg(orientation: 6);
        var held = await Upload(photo, "工资条.JPG");
        held.FileName.Should().Be("工资条.jpg");
        held.MediaType.Should().Be("image/jpeg");
        held.HeldUntil.Should().Be(app.Clock.GetUtcNow().AddHours(24));

        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102") with { EvidenceFiles = [held.Id] });

        var inspector = StaffUsers.Inspector("370102");
        var listed = await List("wage-arrears", filed.Id, inspector);
        listed.Files.Should().ContainSingle().Which.Should().BeEquivalentTo(new { held.Id, FileName = "工资条.jpg", held.Sha256, held.Size });

        var opened = await Open("wage-arrears", filed.Id, held.Id, inspector);
        opened.Context.Response.ContentType.Should().Be("image/jpeg");
        opened.Context.Response.Headers.CacheControl.ToString().Should().Be("no-store");
        opened.Context.Response.Headers.ContentDisposition.ToString().Should().StartWith("attachment");
        var bytes = await ReadBytes(opened);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)).Should().Be(held.Sha256);
        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(bytes, secret).Should().BeFalse(secret);
        EvidenceSamples.ScanOf(bytes).Should().Equal(EvidenceSamples.ScanOf(photo));

        var access = (await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"))).Accesses.Should().ContainSingle().Subject;
        access.EvidenceId.Should().Be(held.Id);
        access.Reason.Should().Be(Reason);
        access.ViewedBy.Should().Be("inspector.scoped");
    }

    [Fact]
    public async Task Each_kind_of_online_filing_brings_its_files()
    {
        var png = await Upload(EvidenceSamples.Png(), "聊天截图.png");
        var pdf = await Upload(EvidenceSamples.Pdf(), "劳动合同.pdf");
        var webp = await Upload(EvidenceSamples.WebP(), "考勤.webp");

        var discrimination = await app.Host.FileDiscrimination(DiscriminationScenarios.AFiling(county: "370102") with { EvidenceFiles = [png.Id] });
        var arbitration = await app.Host.Apply(ArbitrationScenarios.AnApplication(county: "370102") with { EvidenceFiles = [pdf.Id, webp.Id] });

        (await List("discrimination", discrimination.Id, StaffUsers.Inspector("370102"))).Files.Select(f => f.FileName).Should().Equal("聊天截图.png");
        (await List("arbitration", arbitration.Id, StaffUsers.Arbitrator("370102"))).Files.Select(f => (f.FileName, f.MediaType))
            .Should().BeEquivalentTo([("劳动合同.pdf", "application/pdf"), ("考勤.webp", "image/webp")]);
        var opened = await ReadBytes(await Open("arbitration", arbitration.Id, pdf.Id, StaffUsers.Supervisor("370100")));
        opened.Should().Equal(EvidenceSamples.Pdf());
    }

    [Fact]
    public async Task Nobody_outside_the_case_sees_its_files_and_they_learn_nothing_from_trying()
    {
        var held = await Upload(EvidenceSamples.Jpeg(), "合同.jpg");
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102") with { EvidenceFiles = [held.Id] });
        var unknownCase = await Text(await Open("wage-arrears", Guid.NewGuid(), held.Id, StaffUsers.Inspector("370102"), 404));

        foreach (var user in new[] { StaffUsers.Inspector("370202"), StaffUsers.Supervisor("370200"), StaffUsers.Arbitrator("370102"), StaffUsers.Administrator() })
        {
            (await Text(await Open("wage-arrears", filed.Id, held.Id, user, 404))).Should().Be(unknownCase, user);
            await app.Host.Scenario(x =>
            {
                x.Get.Url($"/api/wage-arrears/{filed.Id}/evidence");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
                x.StatusCodeShouldBe(404);
            });
        }
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new OpenEvidence(Reason)).ToUrl($"/api/wage-arrears/{filed.Id}/evidence/{held.Id}/open");
            x.StatusCodeShouldBe(401);
        });
        // Not through another kind's route, nor another case's, nor without a reason.
        await Open("arbitration", filed.Id, held.Id, StaffUsers.Arbitrator("370102"), 404);
        var other = await app.Host.FileComplaint(Scenarios.AComplaint("370102"));
        await Open("wage-arrears", other.Id, held.Id, StaffUsers.Inspector("370102"), 404);
        await Open("wage-arrears", filed.Id, held.Id, StaffUsers.Inspector("370102"), 400, reason: " ");

        (await app.Host.AuditTrail("wage-arrears", filed.Id, StaffUsers.Supervisor("370000"))).Accesses.Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_goes_to_one_case_and_a_retry_of_its_filing_is_answered_not_refused()
    {
        var held = await Upload(EvidenceSamples.Jpeg(), "工资条.jpg");
        var form = Scenarios.AComplaint("370102") with { EvidenceFiles = [held.Id] };
        var key = Guid.NewGuid().ToString();

        var first = await app.Host.FileComplaint(form, key);
        var retry = await app.Host.FileComplaint(form, key);
        retry.Should().Be(first);

        var refused = await app.Host.Scenario(x =>
        {
            x.Post.Json(form with { Description = "另一次投诉" }).ToUrl("/api/complaints/wage-arrears");
            x.StatusCodeShouldBe(400);
        });
        var problem = (await refused.ReadAsJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Should().ContainKey("evidenceFiles[0]").WhoseValue.Single().Should().Contain("找不到这个上传的文件");
        (await List("wage-arrears", first.Id, StaffUsers.Inspector("370102"))).Files.Should().ContainSingle();
    }

    [Fact]
    public async Task What_is_not_a_photo_or_pdf_too_many_files_or_a_staff_filing_with_files_is_refused_and_nothing_is_stored()
    {
        var before = await CountFiles();
        (await UploadRefused(System.Text.Encoding.UTF8.GetBytes("MZ this is a program"), "工资条.jpg"))
            .Should().Contain("只能上传 JPG、PNG、WebP 格式的照片或 PDF 文件");
        (await UploadRefused(EvidenceSamples.Jpeg()[..60], "cut.jpg")).Should().Contain("文件已损坏");
        var options = app.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EvidenceOptions>>().Value;
        (await UploadRefused(new byte[options.MaxFileBytes + 1], "big.jpg")).Should().Contain("文件太大");
        (await CountFiles()).Should().Be(before);

        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { file = "x" }).ToUrl(UploadEvidenceEndpoint.Path);
            x.StatusCodeShouldBe(415);
        });
        var tooMany = Enumerable.Range(0, EvidenceRules.MaxFilesPerFiling + 1).Select(_ => Guid.NewGuid()).ToList();
        await app.Host.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint() with { EvidenceFiles = tooMany }).ToUrl("/api/complaints/wage-arrears");
            x.StatusCodeShouldBe(400);
            x.ContentShouldContain("每次最多附加8个证据文件");
        });

        var held = await Upload(EvidenceSamples.Jpeg(), "a.jpg");
        await app.Host.Scenario(x =>
        {
            x.Post.Json(new RecordComplaint(IntakeChannel.Counter, app.Clock.GetUtcNow(), Scenarios.AComplaint() with { EvidenceFiles = [held.Id] }))
                .ToUrl("/api/wage-arrears");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, StaffUsers.Inspector("370102"));
            x.StatusCodeShouldBe(400);
            x.ContentShouldContain("complaint.evidenceFiles");
        });
    }

    [Fact]
    public async Task Erasure_deletes_the_files_with_the_personal_data_and_unfiled_uploads_are_swept_after_their_hold()
    {
        var held = await Upload(EvidenceSamples.Jpeg(), "身份证.jpg");
        var filed = await app.Host.FileComplaint(AComplaintWithPersonalData("370102") with { EvidenceFiles = [held.Id] });

        var erasure = (await (await app.Host.Erase("wage-arrears", filed.Id, StaffUsers.Supervisor("370100"))).ReadAsJsonAsync<PersonalDataErasure>())!;

        erasure.EvidenceFilesDeleted.Should().Be(1);
        (await List("wage-arrears", filed.Id, StaffUsers.Inspector("370102"))).Files.Should().BeEmpty();
        await Open("wage-arrears", filed.Id, held.Id, StaffUsers.Inspector("370102"), 404);

        var unfiled = await Upload(EvidenceSamples.Png(), "unfiled.png");
        var store = app.Host.Services.GetRequiredService<EvidenceStore>();
        await Execute($"update {app.Store.Options.DatabaseSchemaName}.{EvidenceStore.TableName} set held_until = now() - interval '1 minute' where id = $1", unfiled.Id);
        (await store.SweepExpiredAsync(CancellationToken.None)).Should().BeGreaterThanOrEqualTo(1);
        (await store.HeldAsync([unfiled.Id], CancellationToken.None)).Should().BeEmpty();
        await app.Host.Scenario(x =>
        {
            x.Post.Json(Scenarios.AComplaint() with { EvidenceFiles = [unfiled.Id] }).ToUrl("/api/complaints/wage-arrears");
            x.StatusCodeShouldBe(400);
        });
    }

    private async Task<EvidenceUploaded> Upload(byte[] content, string name)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.MultipartFormData(Multipart(content, name)).ToUrl(UploadEvidenceEndpoint.Path);
            x.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<EvidenceUploaded>())!;
    }

    private async Task<string> UploadRefused(byte[] content, string name)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Post.MultipartFormData(Multipart(content, name)).ToUrl(UploadEvidenceEndpoint.Path);
            x.StatusCodeShouldBe(400);
        });
        return await result.ReadAsTextAsync();
    }

    private static MultipartFormDataContent Multipart(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // what the client claims does not matter
        form.Add(file, "file", name);
        return form;
    }

    private async Task<CaseEvidence> List(string kind, Guid id, string user)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/{kind}/{id}/evidence");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        });
        return (await result.ReadAsJsonAsync<CaseEvidence>())!;
    }

    private Task<IScenarioResult> Open(string kind, Guid id, Guid evidenceId, string user, int status = 200, string reason = Reason) =>
        app.Host.Scenario(x =>
        {
            x.Post.Json(new OpenEvidence(reason)).ToUrl($"/api/{kind}/{id}/evidence/{evidenceId}/open");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    private static async Task<byte[]> ReadBytes(IScenarioResult result)
    {
        using var copy = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<string> Text(IScenarioResult result) =>
        System.Text.RegularExpressions.Regex.Replace(await result.ReadAsTextAsync(), "\"traceId\":\"[^\"]*\"", "");

    private async Task<long> CountFiles() =>
        (long)(await Scalar($"select count(*) from {app.Store.Options.DatabaseSchemaName}.{EvidenceStore.TableName}"))!;

    private async Task<object?> Scalar(string sql)
    {
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task Execute(string sql, Guid id)
    {
        await using var connection = app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await command.ExecuteNonQueryAsync();
    }
}

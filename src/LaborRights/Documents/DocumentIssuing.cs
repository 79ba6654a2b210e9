using System.Security.Claims;
using System.Security.Cryptography;
using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears.Accepting;
using Marten;

namespace LaborRights.Documents;

/// <summary>What issuing a document came to: the document and its new version, or why not.</summary>
public sealed record IssuedDocument(Guid DocumentId, int Version, string Number, string Title, string Sha256);

/// <summary>
/// Issues a case's document (ADR 0035): composes it from the case's events with the template in force, numbers it in
/// the office's series (a reissue keeps its number), draws the PDF, and records in one transaction the event with the
/// PDF's hash, the bytes, and the access to the people's data the document states. The API and the workbench call it.
/// </summary>
public sealed class DocumentIssuing(IDocumentStore store, DocumentTemplates templates, CaseNumbers numbers, ShandongRegions regions, TimeProvider clock)
{
    public async Task<(IssuedDocument? Issued, Refusal? Refusal)> IssueAsync(CaseReference @case, DocumentKind kind, ClaimsPrincipal user, CancellationToken ct)
    {
        var info = DocumentKinds.Of(kind);
        if (info.CaseKind != @case.Kind)
            return (null, new Refusal("wrong-case-kind", "这种文书不属于这类案件。", "This kind of document is not issued in this kind of case."));
        await using var session = store.LightweightSession();
        var entry = await session.LoadAsync<CaseIndexEntry>(@case.Id, ct);
        if (entry is null || entry.Kind != @case.Kind) return (null, new Refusal("no-such-case", "找不到该案件。", "No such case."));
        var events = (await session.Events.FetchStreamAsync(@case.Id, token: ct)).Select(e => e.Data).ToList();
        if (!events.Any(info.DecisionEvent.IsInstanceOfType))
            return (null, new Refusal("no-decision", "本案还没有作出需要这份文书的决定。", "The case has no decision this document puts in writing."));

        var template = await templates.CurrentAsync(kind, ct);
        var values = DocumentValues.Of(@case.Kind, events, regions);
        var id = CaseDocument.IdFor(@case.Id, kind);
        var existing = await session.LoadAsync<CaseDocument>(id, ct);
        var now = clock.GetUtcNow();
        var today = ShanghaiTime.DateOf(now);
        OfficialDocument document;
        try
        {
            // An arbitration document bears its case number (案号); an inspection document is numbered in the office's series.
            var number = existing?.Number ?? (template.Series.Length == 0
                ? values["caseNumber"] ?? throw new DocumentIncompleteException(kind, "caseNumber")
                : DocumentComposer.Number(values["officeShort"] ?? "", template.Series, today.Year,
                    await numbers.NextInSeriesAsync($"doc-{entry.CountyCode}-{template.Series}-{today.Year}", ct)));
            document = DocumentComposer.Compose(template, values, number, today);
        }
        catch (DocumentIncompleteException incomplete)
        {
            return (null, new Refusal("document-incomplete", $"案件中缺少文书需要的内容（{incomplete.Placeholder}），请先记录后再制作。",
                $"The case lacks a value the document needs ({incomplete.Placeholder}); record it first."));
        }

        var pdf = DocumentPdf.Render(document);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var version = (existing?.Versions.Count ?? 0) + 1;
        var actor = user.Identity!.Name!;
        var issued = new DocumentIssued(id, @case, entry.CountyCode, kind, document.Title, document.Number, version, template.Version, sha, pdf.Length, actor, now);
        if (existing is null) session.Events.StartStream<CaseDocument>(id, issued);
        else session.Events.Append(id, existing.Version + 1, issued);
        DocumentFiles.Queue(session, id, version, @case.Id, pdf, document, sha);
        session.Store(PersonalDataAccess.By(user, regions, now, @case.Id, PersonalDataCaseKindOf(@case.Kind), entry.CountyCode,
            $"制作文书：{document.Title} {document.Number}（第{version}版）"));
        await session.SaveChangesAsync(ct);
        return (new IssuedDocument(id, version, document.Number, document.Title, sha), null);
    }

    /// <summary>The API's answer: 201 with the document's address, or the refusal (422).</summary>
    public async Task<Hosting.Api.CreatedAnswer<IssuedDocument>> AnswerAsync(CaseReference @case, DocumentKind kind, ClaimsPrincipal user, CancellationToken ct)
    {
        var (issued, refusal) = await IssueAsync(@case, kind, user, ct);
        return issued is null ? Problems.Refused(refusal!) : Hosting.Api.CreatedAnswer<IssuedDocument>.At($"/api/documents/{issued.DocumentId}", issued);
    }

    public static PersonalDataCaseKind PersonalDataCaseKindOf(CaseKind kind) => kind switch
    {
        CaseKind.Discrimination => PersonalDataCaseKind.Discrimination,
        CaseKind.Arbitration => PersonalDataCaseKind.Arbitration,
        _ => PersonalDataCaseKind.WageArrears,
    };
}

using System.Security.Claims;
using LaborRights.Hosting.Api;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace LaborRights.Documents;

/// <summary>
/// A new wording of one kind of document, as an administrator of the province writes it. <paramref name="BasedOnVersion"/>
/// is the version they started from (409 when another was saved meanwhile).
/// </summary>
public sealed record SaveDocumentTemplate(
    int BasedOnVersion, string? Title, string? Series, string? Addressee, IReadOnlyList<TemplateParagraph>? Facts,
    IReadOnlyList<TemplateParagraph>? Decision, IReadOnlyList<TemplateParagraph>? Remedies, IReadOnlyList<Citation>? Basis);

/// <summary>The templates in force, one per kind of document.</summary>
public sealed record DocumentTemplateList(IReadOnlyList<DocumentTemplateInForce> Templates);

/// <summary>A kind of document and the wording in force: the version, who saved it (null: shipped with the application), the template.</summary>
public sealed record DocumentTemplateInForce(DocumentKind Kind, CaseKind CaseKind, int Version, string? SavedBy, DateTimeOffset? SavedAt,
    DocumentTemplate Template, IReadOnlyList<string> Placeholders);

public static class DocumentTemplateRules
{
    public const int MaxText = 2000;

    /// <summary>Every text present; every placeholder and condition one the kind's cases provide; citations complete.</summary>
    public static FieldErrors Validate(DocumentKind kind, SaveDocumentTemplate command)
    {
        var info = DocumentKinds.Of(kind);
        var names = DocumentValues.Names(info.CaseKind);
        var errors = new FieldErrors().Text("title", command.Title, 100, "标题", "Title").Text("addressee", command.Addressee, 500, "受文对象", "Addressee")
            .MaxLength("series", command.Series, 20, "编号字", "Series");
        if (string.IsNullOrWhiteSpace(command.Series) && info.CaseKind != CaseKind.Arbitration)
            errors.Add("series", "监察文书须有编号字（如“人社监令”）", "An inspection document needs its series (e.g. 人社监令)");
        if (command.Decision is not { Count: > 0 }) errors.Add("decision", "决定部分不能为空", "The decision cannot be empty");
        void Check(string field, string? text, string? when)
        {
            if (text is null || text.Length > MaxText) errors.Add(field, $"内容不能为空，不超过{MaxText}个字符", $"Required, at most {MaxText} characters");
            foreach (var name in DocumentComposer.PlaceholderPattern().Matches(text ?? "").Select(m => m.Groups[1].Value).Where(n => !names.Contains(n)).Distinct())
                errors.Add(field, $"案件记录中没有“{{{name}}}”这一项", $"The case records have no {{{name}}}");
            if (when is not null && (when.IndexOf('=') is var at && (at <= 0 || !names.Contains(when[..at].Trim()))))
                errors.Add(field, $"条件“{when}”引用了案件记录中没有的项", $"The condition {when} names nothing the case records");
        }
        Check("title", command.Title, null);
        Check("addressee", command.Addressee, null);
        foreach (var (field, paragraphs) in new[] { ("facts", command.Facts), ("decision", command.Decision), ("remedies", command.Remedies) })
            for (var i = 0; i < (paragraphs?.Count ?? 0); i++) Check($"{field}[{i}]", paragraphs![i].Text, paragraphs[i].When);
        for (var i = 0; i < (command.Basis?.Count ?? 0); i++)
        {
            var c = command.Basis![i];
            if (string.IsNullOrWhiteSpace(c.Law) || string.IsNullOrWhiteSpace(c.Article) || string.IsNullOrWhiteSpace(c.Text))
                errors.Add($"basis[{i}]", "引用须写明法律名称、条款和条文内容", "A citation needs the law, the article and its words");
            Check($"basis[{i}]", c.Text, c.When);
        }
        return errors;
    }
}

public static class DocumentTemplateReadEndpoints
{
    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("文书模板 · List the document templates in force")]
    [EndpointDescription("每种文书现行的模板：版本（1为随系统发布的默认模板）、保存人和时间、各段文字、引用的法律条文，以及可以使用的占位符。\n\n" +
        "The template in force for each kind of document: its version (1 is the default shipped with the application), who saved it and " +
        "when, its paragraphs, the citations beside them, and the placeholders it may use.")]
    [Tags("文书 · Documents")]
    [WolverineGet("/api/admin/document-templates", OperationId = "listDocumentTemplates")]
    public static async Task<Answer<DocumentTemplateList>> List(IQuerySession session, CancellationToken ct)
    {
        var stored = await session.Query<StoredDocumentTemplate>().ToListAsync(ct);
        return new DocumentTemplateList([.. DocumentKinds.All.Select(info =>
        {
            var latest = stored.Where(t => t.Kind == info.Kind).MaxBy(t => t.Version);
            var template = latest?.Template ?? DocumentTemplates.Defaults[info.Kind];
            return new DocumentTemplateInForce(info.Kind, info.CaseKind, template.Version, latest?.SavedBy, latest?.SavedAt, template,
                [.. DocumentValues.Names(info.CaseKind).Order(StringComparer.Ordinal)]);
        })]);
    }
}

public static class SaveDocumentTemplateEndpoint
{
    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("保存新版文书模板 · Save a new version of a document template")]
    [EndpointDescription("管理员修改一种文书的文字（标题、编号字、受文对象、事实、决定、救济途径、引用的法律条文），保存为新的版本；此后制作的文书使用新版本，" +
        "已制作的文书不变（各自记录所用的模板版本）。占位符只能使用该类案件记录中有的项（见模板列表），否则返回 400；basedOnVersion 不是现行版本的返回 409。\n\n" +
        "An administrator changes the wording of a kind of document (title, series, addressee, facts, decision, remedies, citations) as a new " +
        "version; documents issued from then on use it, those issued before stay as they were (each records its template version). " +
        "Placeholders may only name what that kind of case records (see the list), else 400; 409 when basedOnVersion is not the version in force.")]
    [Tags("文书 · Documents")]
    [AnswersProblem(StatusCodes.Status409Conflict)]
    [WolverinePost("/api/admin/document-templates/{kind}", OperationId = "saveDocumentTemplate")]
    public static async Task<CreatedAnswer<DocumentTemplateInForce>> Post(DocumentKind kind, SaveDocumentTemplate command, IDocumentSession session,
        DocumentTemplates templates, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (!Enum.IsDefined(kind)) return Problems.NotFound("该文书种类 / kind of document");
        if (DocumentTemplateRules.Validate(kind, command) is { Any: true } errors) return errors.ToProblem();
        var current = await templates.CurrentAsync(kind, ct);
        if (command.BasedOnVersion != current.Version) return Problems.Conflict();
        var template = new DocumentTemplate(kind, current.Version + 1, command.Title!.Trim(), command.Series?.Trim() ?? "", command.Addressee!.Trim(),
            command.Facts ?? [], command.Decision!, command.Remedies ?? [], command.Basis ?? []);
        var stored = new StoredDocumentTemplate
        {
            Id = StoredDocumentTemplate.IdOf(kind, template.Version), Kind = kind, Version = template.Version, Template = template,
            SavedBy = user.Identity!.Name!, SavedAt = clock.GetUtcNow(),
        };
        // Insert, not store: two administrators saving the same version at once — the second is refused.
        session.Insert(stored);
        await session.SaveChangesAsync(ct);
        var info = DocumentKinds.Of(kind);
        return CreatedAnswer<DocumentTemplateInForce>.At($"/api/admin/document-templates", new DocumentTemplateInForce(kind, info.CaseKind, template.Version,
            stored.SavedBy, stored.SavedAt, template, [.. DocumentValues.Names(info.CaseKind).Order(StringComparer.Ordinal)]));
    }
}

using LaborRights.Documents;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Documents;

/// <summary>
/// 文书: one official document as an A4 sheet to print (the version chosen, as it was composed when issued), its PDF,
/// its versions and service; for the person who issues it, the service form and reissue. Showing the sheet states the
/// parties in full, so each view is recorded as an access to the case's personal data.
/// </summary>
[DocumentAccess(DocumentPurpose.Read)]
public sealed class DetailModel(IDocumentStore store, ShandongRegions regions, CasePageCommands commands, DocumentIssuing issuing, TimeProvider clock)
    : PageModel
{
    public const string ServeAction = "serve";
    public const string ReissueAction = "reissue";

    /// <summary>The service form; with a choice of addressee when the document goes to more than one party.</summary>
    public static CaseActionForm ServeForm(CaseDocument document) => new(ServeAction, "Document.Serve", "Document.Serve.Hint",
    [
        .. document.Addressees.Count > 1
            ? [new ActionField("to", "Document.Serve.To", ActionFieldKind.Select,
                Options: [.. document.Unserved.Select(a => (a.ToString(), DocumentKinds.AddresseeZh(a)))])]
            : Array.Empty<ActionField>(),
        new("method", "Document.Serve.Method", ActionFieldKind.Select,
            Options: [.. Enum.GetValues<ServiceMethod>().Select(m => (m.ToString(), MethodZh(m)))]),
        new("servedOn", "Document.Serve.On", ActionFieldKind.Date),
        new("note", "Document.Serve.Note", ActionFieldKind.Text, "Document.Serve.Note.Hint", MaxLength: 500),
    ]);

    public static string PathOf(Guid id) => $"/staff/documents/{id}";

    public static string PdfOf(Guid id, int version) => $"{PathOf(id)}?handler=pdf&version={version}";

    public static string MethodZh(ServiceMethod method) => method switch
    {
        ServiceMethod.InPerson => "直接送达",
        ServiceMethod.Post => "邮寄送达",
        ServiceMethod.Electronic => "电子送达",
        _ => "公告送达",
    };

    [FromRoute] public Guid Id { get; set; }

    [FromQuery(Name = "version")] public int? VersionShown { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public CaseDocument? Document { get; private set; }
    public OfficialDocument? Sheet { get; private set; }
    public CaseActionView? Serve { get; private set; }
    public bool MayReissue { get; private set; }
    public CommandFeedback Feedback { get; } = new();
    public string? FailedAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(record: true, ct) ? Page() : NotFoundPage();

    /// <summary>The version's PDF as kept when issued, after recording the access.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int version, CancellationToken ct)
    {
        VersionShown = version;
        if (!await LoadAsync(record: false, ct) || Document!.Versions.All(v => v.Version != version)) return NotFoundPage();
        if (await DocumentFiles.ReadAsync(store, Id, version, ct) is not { } file) return NotFoundPage();
        await RecordAsync($"下载文书：{Document.Title} {Document.Number}（第{version}版）", ct);
        Response.Headers.CacheControl = "no-store";
        return File(file.Pdf, "application/pdf", $"{Document.Number}-v{version}.pdf");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(record: false, ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        var scope = StaffScope.Of(User, regions);
        if (!scope.IsInRole(DocumentKinds.Of(Document!.Kind).IssuerRole)) return Forbid();
        if (name == ReissueAction)
        {
            var (issued, refusal) = await issuing.IssueAsync(Document.Case, Document.Kind, User, ct);
            if (issued is not null) return Redirect($"{PathOf(Id)}?done=reissued");
            Response.StatusCode = Feedback.Take(new CommandOutcome.Refused(refusal!));
            FailedAction = name;
            await LoadAsync(record: false, ct);
            return Page();
        }
        if (name != ServeAction) return BadRequest();
        var input = new ActionInput(Request.Form);
        var command = new RecordService(input.Version, Document.Current.Version, input.Choice<ServiceMethod>("method"), input.Date("servedOn"), input.Text("note"),
            Document.Addressees.Count > 1 ? input.Choice<DocumentAddressee>("to") : null);
        var actor = User.Identity!.Name!;
        var outcome = await commands.RunFormAsync(Id, input, FormPlan<CaseDocument>.Of(command, c => DocumentRules.Validate(c, ShanghaiTime.Today(clock)),
            (d, c) => DocumentRules.Serve(d, c, actor, clock.GetUtcNow())), events => DocumentFollowUps.For(Document, events), ct);
        if (outcome is CommandOutcome.Done) return Redirect($"{PathOf(Id)}?done=served");
        Response.StatusCode = Feedback.Take(outcome);
        FailedAction = name;
        await LoadAsync(record: false, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(bool record, CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        await using var session = store.QuerySession();
        Document = await session.LoadAsync<CaseDocument>(Id, ct);
        // The API's DocumentAccess rule, and the case's own: those who read that kind of case in its county.
        if (Document is null || !scope.Reads(Document.Case.Kind, Document.CountyCode)) return false;
        var version = VersionShown is { } v && Document.Versions.Any(x => x.Version == v) ? v : Document.Current.Version;
        VersionShown = version;
        Sheet = (await DocumentFiles.ReadAsync(store, Id, version, ct))?.Document;
        if (record && Sheet is not null) await RecordAsync($"查看文书：{Document.Title} {Document.Number}（第{version}版）", ct);
        var issuer = scope.IsInRole(DocumentKinds.Of(Document.Kind).IssuerRole);
        MayReissue = issuer;
        Serve = issuer && Document.Unserved.Count > 0
            ? new CaseActionView(ServeForm(Document), Document.Version, FailedAction == ServeAction ? Feedback.Errors.All.ToList() : [],
                FailedAction == ServeAction ? Request.Form : null)
            : null;
        return true;
    }

    private async Task RecordAsync(string reason, CancellationToken ct)
    {
        await using var write = store.LightweightSession();
        write.Store(PersonalDataAccess.By(User, regions, clock.GetUtcNow(), Document!.Case.Id, DocumentIssuing.PersonalDataCaseKindOf(Document.Case.Kind),
            Document.CountyCode, reason));
        await write.SaveChangesAsync(ct);
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        (Document, Sheet) = (null, null);
        return Page();
    }
}

using System.Text.RegularExpressions;
using LaborRights.Employers.Directory;
using LaborRights.Evidence;
using LaborRights.Hosting;
using LaborRights.ReferenceData;
using LaborRights.Tracking;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Web.Forms;

/// <summary>What the shared form view (Pages/Shared/_GuidedForm.cshtml) reads of any guided form's page.</summary>
public interface IGuidedFormPage
{
    GuidedForm Form { get; }
    FormDraft Draft { get; }
    int Step { get; }
    string IdempotencyKey { get; }
    FieldErrors Errors { get; }
    ShandongRegions Regions { get; }
    IFilingAnswer? Receipt { get; }
    Refusal? Refusal { get; }
    bool OnReview { get; }
    FormStep? CurrentStep { get; }

    /// <summary>Set when this address filed too often (the API's intake window): how long to wait.</summary>
    int? RetryAfterSeconds { get; }

    /// <summary>The evidence files uploaded for this draft and still held for it, in the order chosen.</summary>
    IReadOnlyList<EvidenceUploaded> HeldFiles { get; }

    /// <summary>What the person searched the employer directory for on this POST, if they did.</summary>
    string? LookupTerm { get; }

    /// <summary>The units found for <see cref="LookupTerm"/>; null when no search was made.</summary>
    IReadOnlyList<DirectoryMatch>? LookupMatches { get; }

    /// <summary>The unit just chosen from the matches (its name, code and county are now in the draft).</summary>
    DirectoryMatch? LookupChosen { get; }
}

/// <summary>What every guided form's page needs from the application, given to it as one.</summary>
public sealed record GuidedFormServices(
    ShandongRegions Regions, IntakeIdempotency Idempotency, IDocumentStore Store, IMessageBus Bus, TimeProvider Clock,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> Json, PublicLimiters Limiters, EvidenceStore Evidence, EmployerDirectory Directory);

/// <summary>
/// A public filing as a guided form (ADR 0020). Every step posts the whole draft; the API form's own validation
/// runs on each step and its errors are shown on the step that owns the field; the last screen reviews every answer;
/// submitting files the case through the same code as the API (<c>IMessageBus.InvokeAsync</c> of the kind's portal
/// command), with the form's idempotency key, so a double tap or a retried POST shows the same receipt and files once.
/// The receipt is the POST's answer: the access code never appears in a URL.
/// </summary>
public abstract partial class GuidedFormPage<TForm, TAnswer>(GuidedFormServices services)
    : PageModel, IGuidedFormPage where TForm : class where TAnswer : class, IFilingAnswer
{
    private readonly EvidenceStore evidence = services.Evidence;
    private readonly PublicLimiters limiters = services.Limiters;

    public abstract GuidedForm Form { get; }

    /// <summary>The API form's scope of idempotency keys (the public endpoint's).</summary>
    protected abstract string Scope { get; }

    protected abstract FieldErrors Validate(TForm form, DateOnly today, FieldErrors errors);

    /// <summary>The kind's portal command, which files exactly as the API does.</summary>
    protected abstract object FileCommand(TForm form, string idempotencyKey);

    public FormDraft Draft { get; private set; } = null!;
    public int Step { get; private set; }
    public string IdempotencyKey { get; private set; } = "";
    public FieldErrors Errors { get; } = new();
    public ShandongRegions Regions => services.Regions;
    public IFilingAnswer? Receipt { get; private set; }
    public Refusal? Refusal { get; private set; }
    public bool OnReview => Step == Form.Review;
    public FormStep? CurrentStep => OnReview ? null : Form.Steps[Step];
    public int? RetryAfterSeconds { get; private set; }
    public IReadOnlyList<EvidenceUploaded> HeldFiles { get; private set; } = [];
    public string? LookupTerm { get; private set; }
    public IReadOnlyList<DirectoryMatch>? LookupMatches { get; private set; }
    public DirectoryMatch? LookupChosen { get; private set; }

    /// <summary>The form's evidence files, as the API form carries them.</summary>
    protected abstract IReadOnlyList<Guid>? EvidenceFilesOf(TForm form);

    public void OnGet()
    {
        Draft = FormDraft.Empty(Form);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Draft = FormDraft.Read(Form, Request.Form);
        IdempotencyKey = KeyPattern().IsMatch(Request.Form["idempotencyKey"].ToString()) ? Request.Form["idempotencyKey"].ToString() : Guid.NewGuid().ToString("N");
        Step = int.TryParse(Request.Form["step"], out var step) ? Math.Clamp(step, 0, Form.Review) : 0;

        var action = Request.Form["action"].ToString();
        var uploaded = await TakeUploadsAsync(ct);
        if (!uploaded && action == "next") action = "";  // stay and show what went wrong with the files
        if (action.StartsWith("remove-file:", StringComparison.Ordinal) && Form.FilesField is { } files)
            Draft.Set(files.Name, Draft.Values(files.Name).Where(v => v != action["remove-file:".Length..]));
        else if (action == "back") Step = Math.Max(0, Step - 1);
        else if (action.StartsWith("change:", StringComparison.Ordinal) && int.TryParse(action["change:".Length..], out var change))
            Step = Math.Clamp(change, 0, Form.Review - 1);
        else if (action == "add-row" && CurrentStep?.Group is { } group) Draft.AddRow(group);
        else if (action == "find-employer" && Form.Lookup is not null) await FindEmployerAsync(ct);
        else if (action.StartsWith("pick-employer:", StringComparison.Ordinal) && Form.Lookup is { } lookup)
            await PickEmployerAsync(lookup, action["pick-employer:".Length..], ct);
        else if (action == "next" && !OnReview) NextStep();
        else if (action == "submit") await SubmitAsync(ct);
        if (Receipt is null && Form.FilesField is { } field) await LoadHeldFilesAsync(field, ct);
        return Page();
    }

    /// <summary>
    /// Files chosen on the evidence step, each checked and held like an API upload (in the address's evidence window),
    /// its id added to the draft. False when one was refused (its message is on the field).
    /// </summary>
    private async Task<bool> TakeUploadsAsync(CancellationToken ct)
    {
        if (Form.FilesField is not { } field || !Request.HasFormContentType) return true;
        var chosen = Request.Form.Files.GetFiles(GuidedForm.UploadInput).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var ok = true;
        foreach (var file in chosen)
        {
            var ids = Draft.Values(field.Name);
            if (ids.Count >= EvidenceRules.MaxFilesPerFiling)
            {
                Errors.Add(field.Name, $"每次最多附加{EvidenceRules.MaxFilesPerFiling}个证据文件，{file.FileName} 未上传",
                    $"At most {EvidenceRules.MaxFilesPerFiling} evidence files per filing: {file.FileName} was not uploaded");
                return false;
            }
            if (await limiters.TryUploadAsync(HttpContext) is { } wait)
            {
                Errors.Add(field.Name, $"上传太频繁，请{Math.Ceiling(wait.TotalSeconds)}秒后再试", $"Too many uploads: try again in {Math.Ceiling(wait.TotalSeconds)} seconds");
                return false;
            }
            await using var content = file.OpenReadStream();
            var (held, refusal) = await evidence.HoldAsync(file.FileName, content, file.Length, ct);
            if (held is null)
            {
                Errors.Add(field.Name, $"{file.FileName}：{refusal!.Chinese}", $"{file.FileName}: {refusal.English}");
                ok = false;
                continue;
            }
            Draft.Set(field.Name, [.. ids, held.Id.ToString("D")]);
        }
        return ok;
    }

    /// <summary>The draft's files as held on the server; ids no longer held (expired, or filed) leave the draft.</summary>
    private async Task LoadHeldFilesAsync(FormField field, CancellationToken ct)
    {
        var ids = Draft.Values(field.Name).Select(Guid.Parse).ToList();
        HeldFiles = await evidence.HeldAsync(ids, ct);
        Draft.Set(field.Name, HeldFiles.Select(f => f.Id.ToString("D")));
    }

    /// <summary>Searches the directory of registered units (ADR 0022) for the employer step, in the address's lookup window.</summary>
    private async Task FindEmployerAsync(CancellationToken ct)
    {
        LookupTerm = Request.Form[GuidedForm.LookupInput].ToString().Trim();
        if (EmployerDirectory.KeyOf(LookupTerm).Length < EmployerDirectory.MinimumTerm || LookupTerm.Length > 200)
        {
            Errors.Add(GuidedForm.LookupInput, "请输入单位名称中的至少2个字，或统一社会信用代码", "Type at least 2 characters of the name, or the unified social credit code");
            return;
        }
        if (await limiters.TryLookupAsync(HttpContext) is { } wait)
        {
            Errors.Add(GuidedForm.LookupInput, $"查找太频繁，请{Math.Ceiling(wait.TotalSeconds)}秒后再试", $"Too many searches: try again in {Math.Ceiling(wait.TotalSeconds)} seconds");
            return;
        }
        LookupMatches = (await services.Directory.SearchAsync(LookupTerm, ct)).Select(u => DirectoryMatch.Of(u, services.Regions)).ToList();
    }

    /// <summary>Fills the employer's name, credit code and county from the unit chosen.</summary>
    private async Task PickEmployerAsync(EmployerLookup lookup, string creditCode, CancellationToken ct)
    {
        if (await services.Directory.FindAsync(creditCode, ct) is not { } unit) return;
        Draft.Set(lookup.NameField, [unit.Name]);
        Draft.Set(lookup.CreditCodeField, [unit.CreditCode]);
        Draft.Set(lookup.CountyField, [unit.CountyCode]);
        LookupChosen = DirectoryMatch.Of(unit, services.Regions);
    }

    private void NextStep()
    {
        var all = new FieldErrors();
        Check(all);
        foreach (var error in all.All.Where(e => CurrentStep!.Owns(e.Field))) Errors.Add(error.Field, error.Chinese, error.English);
        if (!Errors.Any) Step++;
    }

    /// <summary>The draft as the API form with every error the API would give (conversion, then its validation).</summary>
    private TForm? Check(FieldErrors errors)
    {
        var form = FormDraft.Bind<TForm>(Draft.ToJson(Form, errors), services.Json.Value.SerializerOptions, errors);
        if (form is not null) Validate(form, ShanghaiTime.Today(services.Clock), errors);
        return form;
    }

    private async Task SubmitAsync(CancellationToken ct)
    {
        var form = Check(Errors);
        if (form is null || Errors.Any)
        {
            // Back to the first screen with a mistake; errors no step owns stay on the review screen.
            var first = Form.Steps.Select((s, i) => (s, i)).FirstOrDefault(x => Errors.All.Any(e => x.s.Owns(e.Field)));
            Step = first.s is null ? Form.Review : first.i;
            return;
        }

        Step = Form.Review;
        var key = IntakeIdempotency.Scoped(Scope, IdempotencyKey);
        if (await EarlierAsync(key, form, ct)) return;
        var late = await evidence.CheckHeldAsync(EvidenceFilesOf(form), ct);
        if (late.Any)
        {
            foreach (var error in late.All) Errors.Add(error.Field, error.Chinese, error.English);
            Step = Form.Steps.Select((s, i) => (s, i)).First(x => x.s.Fields.Any(f => f.Kind == FieldKind.Files)).i;
            return;
        }
        if (await limiters.TryFileAsync(HttpContext) is { } wait)
        {
            RetryAfterSeconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = RetryAfterSeconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        try
        {
            Receipt = await services.Bus.InvokeAsync<TAnswer>(FileCommand(form, IdempotencyKey), ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // A twin of this submission (a double tap) committed first: show its receipt.
            for (var attempt = 0; attempt < 20 && !await EarlierAsync(key, form, ct); attempt++)
                await Task.Delay(100, ct);
        }
    }

    private async Task<bool> EarlierAsync(string key, TForm form, CancellationToken ct)
    {
        await using var session = services.Store.QuerySession();
        switch (await services.Idempotency.FindAsync(session, key, form, ct))
        {
            case null: return false;
            case { Refusal: { } refusal }: Refusal = refusal; return true;
            case var earlier: Receipt = services.Idempotency.Read<TAnswer>(earlier); return true;
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}

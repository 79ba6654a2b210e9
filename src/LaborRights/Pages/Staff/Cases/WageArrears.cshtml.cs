using LaborRights.CaseIndex;
using LaborRights.Evidence;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Cases;

/// <summary>
/// 欠薪案件: one wage-arrears case for the staff who read it — the facts (personal data masked), the full history in
/// Chinese, linked cases, the evidence files — and, for the case's inspectors, the actions its state allows, each a
/// small form run as the API runs it (<see cref="CasePageCommands"/>). Out of scope or unknown: the same 404.
/// </summary>
[CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class WageArrearsModel(
    IQuerySession session, IDocumentStore store, ShandongRegions regions, CasePageCommands commands, CaseServices<WageArrearsRules> services,
    CaseNumbers numbers, EvidenceStore evidence, TimeProvider clock) : PageModel
{
    public const string PathPrefix = "/staff/cases/wage-arrears/";

    public static string PathOf(Guid id) => PathPrefix + id;

    [FromRoute] public Guid Id { get; set; }

    /// <summary>What was just done (after the redirect that follows a successful command): a resource key's suffix.</summary>
    [FromQuery(Name = "done")] public string? Done { get; set; }

    public WageArrearsCaseView? Case { get; private set; }
    public IReadOnlyList<CaseHistoryEntry> History { get; private set; } = [];
    public IReadOnlyList<EvidenceFile> Files { get; private set; } = [];
    public ShandongRegions Regions => regions;

    /// <summary>Whether the person may act on the case (an inspector in scope); supervisors read only.</summary>
    public bool MayAct { get; private set; }

    public FieldErrors Errors { get; } = new();
    public Refusal? Refusal { get; private set; }
    public bool Stale { get; private set; }

    /// <summary>Which action's form the errors belong to, so its typed values are shown again.</summary>
    public string? FailedAction { get; private set; }

    /// <summary>The actions the case's state and the person's role allow now (forms), and the others with why they are closed.</summary>
    public IReadOnlyList<OfferedAction> Offered { get; private set; } = [];

    /// <summary>Advice the domain gave with the command just done (e.g. the criminal threshold is reached).</summary>
    public IReadOnlyList<Notice> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    /// <summary>Any action's form: its <c>action</c> field names it (<see cref="WageArrearsActions"/>).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The same 404 as for reading: nobody learns of a case by sending commands at it.
        if (!await LoadAsync(ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        // Reading in full (a recorded access) is for everyone who reads the case; acting is for its inspectors.
        if (name == RevealAction) return await RevealAsync(ct);
        if (name == OpenEvidenceAction) return await OpenEvidenceAsync(ct);
        if (!MayAct) return Forbid();
        if (WageArrearsActions.Named(name) is not { } action) return BadRequest();
        var input = new ActionInput(Request.Form);
        var plan = action.Plan(input, Context(ct));
        var outcome = await commands.RunAsync<WageArrearsCase, CaseStatus>(Id, input.Version, plan.Errors, plan.Decide, ct);
        if (outcome is CommandOutcome.Done { Warnings.Count: 0 }) return Redirect($"{PathOf(Id)}?done={name}");
        switch (outcome)
        {
            case CommandOutcome.Done done:
                // Shown at once rather than after a redirect, so the advice is not lost; a reload re-sends nothing new
                // (the version it carries is now stale).
                (Done, Warnings) = (name, done.Warnings);
                break;
            case CommandOutcome.Invalid invalid:
                foreach (var e in invalid.Errors.All) Errors.Add(e.Field, e.Chinese, e.English);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                (FailedAction, Done) = (name, null);
                break;
            case CommandOutcome.Refused refused:
                Refusal = refused.Refusal;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                (FailedAction, Done) = (name, null);
                break;
            default:
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                (FailedAction, Done) = (name, null);
                break;
        }
        // Show the case as it is now (after someone else's change, too).
        await LoadAsync(ct);
        return Page();
    }

    public const string RevealAction = "reveal";
    public const string OpenEvidenceAction = "open-evidence";

    /// <summary>The people's full data, shown in this answer only, after the access was recorded.</summary>
    public PersonalDataRevealed? Revealed { get; private set; }

    /// <summary>
    /// 查看完整信息: the reason is required and the access is committed before the values are shown (ADR 0015), the same
    /// record the API's reveal makes.
    /// </summary>
    private async Task<IActionResult> RevealAsync(CancellationToken ct)
    {
        var reason = Request.Form["reason"].ToString();
        var errors = PersonalDataRules.ValidateReason(reason);
        if (errors.Any) return Failed(RevealAction, errors);
        await using var write = store.LightweightSession();
        Revealed = await PersonalDataReveal.RecordAsync(PersonalDataCaseKind.WageArrears, Id, reason, write, User, regions, clock, ct);
        return Revealed is null ? NotFoundPage() : Page();
    }

    /// <summary>Opens an evidence file as a download, after recording the access with its reason.</summary>
    private async Task<IActionResult> OpenEvidenceAsync(CancellationToken ct)
    {
        var reason = Request.Form["reason"].ToString();
        var errors = EvidenceAccess.ValidateReason(reason);
        if (!Guid.TryParse(Request.Form["evidenceId"], out var evidenceId)) return NotFoundPage();
        if (errors.Any) return Failed(OpenFailure(evidenceId), errors);
        await using var write = store.LightweightSession();
        var file = await EvidenceAccess.RecordAndOpenAsync(new(PersonalDataCaseKind.WageArrears, Id, evidenceId), reason, write, User, evidence, regions, clock, ct);
        if (file is null) return NotFoundPage();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.File.MediaType, file.File.FileName);
    }

    public ReasonFormView RevealForm() =>
        new(RevealAction, null, "Case.Reveal.Reason", "Case.Reveal.Submit", FailedAction == RevealAction ? Errors.All.ToList() : []);

    public ReasonFormView OpenFileForm(Guid evidenceId) =>
        new(OpenEvidenceAction, evidenceId, "Case.OpenFile.Reason", "Case.OpenFile.Submit",
            FailedAction == OpenFailure(evidenceId) ? Errors.All.ToList() : []);

    /// <summary>How a failed opening of one file is named (its form's field ids start with it).</summary>
    public static string OpenFailure(Guid evidenceId) => $"{OpenEvidenceAction}-{evidenceId:N}";

    private PageResult Failed(string action, FieldErrors errors)
    {
        foreach (var e in errors.All) Errors.Add(e.Field, e.Chinese, e.English);
        (FailedAction, Done) = (action, null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private WageArrearsActionContext Context(CancellationToken ct) => new(services.ContextFor(User), numbers, ct);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        var entry = await session.LoadAsync<CaseIndexEntry>(Id, ct);
        if (entry is not { Kind: CaseKind.WageArrears } || !scope.Reads(CaseKind.WageArrears, entry.CountyCode)) return false;
        var loaded = await CaseDetails.LoadAsync<WageArrearsCase, WageArrearsCaseView>(
            session, Id, WageArrearsCaseView.Of, e => CaseHistoryText.Describe(e, forPublic: false), ct);
        if (loaded is null) return false;
        (Case, History) = (loaded.Details.Case, loaded.Details.History);
        Files = await evidence.ListAsync(Id, ct);
        MayAct = scope.IsInRole(StaffRoles.Inspector);
        if (MayAct)
        {
            var context = Context(ct);
            Offered = WageArrearsActions.All.Select(a => a.Offer(loaded.State, context)).ToList();
        }
        return true;
    }

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Case = null;
        return Page();
    }

    public bool AwaitsDecision => Case?.Status is CaseStatus.PendingAcceptance or CaseStatus.AwaitingMaterial;

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

using LaborRights.CaseIndex;
using LaborRights.Employers;
using LaborRights.WageArrears;
using Microsoft.Extensions.Options;
using LaborRights.Evidence;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Web.Staff;

/// <summary>Where each kind's case page is (links from the queue, the benchmark, and between linked cases).</summary>
public static class StaffCasePaths
{
    public static string Segment(CaseKind kind) => kind switch
    {
        CaseKind.WageArrears => "wage-arrears",
        CaseKind.Discrimination => "discrimination",
        CaseKind.Arbitration => "arbitration",
        _ => "inspections",
    };

    public static string Of(CaseKind kind, Guid id) => $"/staff/cases/{Segment(kind)}/{id}";
}

/// <summary>
/// What every case page of the workbench shares, and what its shared partials (<c>_CaseNotices</c>,
/// <c>_CaseActions</c>, <c>_CaseSide</c>) read: the outcome of the last form, the offered actions, the history, the
/// links and the evidence files.
/// </summary>
public abstract class StaffCasePage : PageModel
{
    public const string RevealAction = "reveal";
    public const string IssueDocumentAction = "issue-document";
    public const string OpenEvidenceAction = "open-evidence";

    [FromRoute] public Guid Id { get; set; }

    /// <summary>What was just done (after the redirect that follows a successful command): a resource key's suffix.</summary>
    [FromQuery(Name = "done")] public string? Done { get; set; }

    public abstract CaseKind Kind { get; }

    /// <summary>Whether a case was found in the caller's scope (else the page is the 404 page).</summary>
    public bool Found { get; protected set; }

    public int Version { get; protected set; }
    public string Reference { get; protected set; } = "";
    public IReadOnlyList<CaseHistoryEntry> History { get; protected set; } = [];
    public IReadOnlyList<EvidenceFile> Files { get; protected set; } = [];
    public IReadOnlyList<LinkedCase> Links { get; protected set; } = [];

    /// <summary>The employer's record (its other cases the person reads, totals, flags), when the registry knows it yet.</summary>
    public EmployerView? Employer { get; protected set; }

    /// <summary>The case's official documents (issued, and those its decisions call for); null for a kind without documents.</summary>
    public LaborRights.Documents.CaseDocuments? Documents { get; protected set; }

    /// <summary>Whether the person issues this kind's documents (the role that decides them).</summary>
    public bool MayIssueDocuments { get; protected set; }

    /// <summary>The case names no registered unit yet (a complaint filed without a credit code): no record to show.</summary>
    public bool EmployerUnidentified { get; protected set; }

    /// <summary>The kinds the person reads: a linked case of another kind is named but not linked to (its page would answer 404).</summary>
    public IReadOnlyList<CaseKind> ReadableKinds { get; protected set; } = [];

    /// <summary>The priority supervision (挂牌督办) on the case that is not yet concluded, shown as a flag to everyone who reads it.</summary>
    public Supervision.PrioritySupervision? ActiveSupervision { get; protected set; }

    /// <summary>Whether the person proposes employers for the credit-sanctions list (inspectors).</summary>
    public bool ProposesListings { get; protected set; }

    /// <summary>Whether the person may flag the case for supervision now (a supervisor above its county, the case open and not flagged).</summary>
    public bool MayFlag { get; protected set; }

    /// <summary>Whether the person may take any of the case's actions (the kind's handling role, or an approver's role, in scope).</summary>
    public bool MayAct { get; protected set; }

    public FieldErrors Errors { get; } = new();
    public Refusal? Refusal { get; protected set; }
    public bool Stale { get; protected set; }

    /// <summary>Which action's form the errors belong to, so its typed values are shown again.</summary>
    public string? FailedAction { get; protected set; }

    /// <summary>The actions the case's state and the person's role allow now (forms), and the others with why they are closed.</summary>
    public IReadOnlyList<OfferedAction> Offered { get; protected set; } = [];

    /// <summary>Advice the domain gave with the command just done (e.g. the criminal threshold is reached).</summary>
    public IReadOnlyList<Notice> Warnings { get; protected set; } = [];

    /// <summary>The people's full data, shown in this answer only, after the access was recorded.</summary>
    public PersonalDataRevealed? Revealed { get; protected set; }

    /// <summary>Whether the kind names people whose data may be revealed and holds evidence files (inspection cases name none).</summary>
    public abstract bool HoldsPersonalData { get; }

    public string PathOfThis => StaffCasePaths.Of(Kind, Id);

    /// <summary>Where the texts saying what an action did are (a resource key prefix; the action's name follows).</summary>
    public virtual string DonePrefix => "Case.Done.";

    public ReasonFormView RevealForm() =>
        new(RevealAction, null, "Case.Reveal.Reason", "Case.Reveal.Submit", FailedAction == RevealAction ? Errors.All.ToList() : []);

    public ReasonFormView OpenFileForm(Guid evidenceId) =>
        new(OpenEvidenceAction, evidenceId, "Case.OpenFile.Reason", "Case.OpenFile.Submit",
            FailedAction == OpenFailure(evidenceId) ? Errors.All.ToList() : []);

    /// <summary>How a failed opening of one file is named (its form's field ids start with it).</summary>
    public static string OpenFailure(Guid evidenceId) => $"{OpenEvidenceAction}-{evidenceId:N}";

    /// <summary>An action's form as the page renders it: with its errors and typed values when it just failed.</summary>
    public CaseActionView ViewOf(OfferedAction offered)
    {
        var failed = FailedAction == offered.Form.Name;
        return new CaseActionView(offered.Form, Version, failed ? Errors.All.ToList() : [], failed ? Request.Form : null, offered.Prefill);
    }
}

/// <summary>What every case page needs, whatever its kind (one constructor argument for the pages).</summary>
public sealed class CasePageServices(
    IQuerySession session, IDocumentStore store, ShandongRegions regions, CasePageCommands commands, EvidenceStore evidence,
    TimeProvider clock, IOptions<WageArrearsRules> wageArrearsRules, EmployerReading employers, LaborRights.Documents.DocumentIssuing documents)
{
    public LaborRights.Documents.DocumentIssuing Documents => documents;
    public IQuerySession Session => session;
    public IDocumentStore Store => store;
    public ShandongRegions Regions => regions;
    public CasePageCommands Commands => commands;
    public EvidenceStore Evidence => evidence;
    public TimeProvider Clock => clock;
    public WageArrearsRules WageArrearsRules => wageArrearsRules.Value;
    public EmployerReading Employers => employers;
}

/// <summary>
/// One case page of a kind (ADR 0023): the case read from its events for the staff in scope (an unknown case and one
/// outside the caller's divisions are the same 404), the actions its state allows offered to its handling role, each
/// run as the API runs it (<see cref="CasePageCommands"/>), the reveal of personal data and the opening of evidence
/// files each recorded with its reason.
/// </summary>
public abstract class StaffCasePage<TCase, TStatus, TView, TContext>(CasePageServices services) : StaffCasePage
    where TCase : class, ICase<TCase, TStatus>, new()
    where TStatus : struct, Enum
    where TView : class
{
    private IQuerySession session => services.Session;
    private IDocumentStore store => services.Store;
    private ShandongRegions regions => services.Regions;
    private CasePageCommands commands => services.Commands;
    private EvidenceStore evidence => services.Evidence;
    private TimeProvider clock => services.Clock;

    public TView? Case { get; private set; }

    public ShandongRegions Regions => regions;

    /// <summary>The role that handles this kind's cases (inspector or arbitrator).</summary>
    protected abstract string ActingRole { get; }

    protected abstract IReadOnlyList<CaseAction<TCase, TContext>> Actions { get; }

    protected abstract TContext Context(CancellationToken ct);

    protected abstract Task<LoadedCase<TCase, TView>?> ReadAsync(IQuerySession session, CancellationToken ct);

    protected abstract IReadOnlyList<LinkedCase> LinksOf(TView view);

    public override bool HoldsPersonalData => PersonalDataKind is not null;

    protected virtual PersonalDataCaseKind? PersonalDataKind => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    /// <summary>Any action's form: its <c>action</c> field names it.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The same 404 as for reading: nobody learns of a case by sending commands at it.
        if (!await LoadAsync(ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        // Reading in full (a recorded access) is for everyone who reads the case; acting is for its handling role.
        if (name == RevealAction && PersonalDataKind is { } kind) return await RevealAsync(kind, ct);
        if (name == OpenEvidenceAction && PersonalDataKind is { } owner) return await OpenEvidenceAsync(owner, ct);
        if (name == IssueDocumentAction) return await IssueDocumentAsync(ct);
        if (Actions.FirstOrDefault(a => a.Form.Name == name) is not { } action) return BadRequest();
        if (!StaffScope.Of(User, regions).IsInRole(action.Role ?? ActingRole)) return Forbid();
        var input = new ActionInput(Request.Form);
        var plan = action.Plan(input, Context(ct));
        var outcome = await commands.RunAsync<TCase, TStatus>(Id, input.Version, plan.Errors, plan.Decide, ct);
        if (outcome is CommandOutcome.Done { Warnings.Count: 0 }) return Redirect($"{PathOfThis}?done={name}");
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

    /// <summary>
    /// 查看完整信息: the reason is required and the access is committed before the values are shown (ADR 0015), the same
    /// record the API's reveal makes.
    /// </summary>
    private async Task<IActionResult> RevealAsync(PersonalDataCaseKind kind, CancellationToken ct)
    {
        var reason = Request.Form["reason"].ToString();
        var errors = PersonalDataRules.ValidateReason(reason);
        if (errors.Any) return Failed(RevealAction, errors);
        await using var write = store.LightweightSession();
        Revealed = await PersonalDataReveal.RecordAsync(kind, Id, reason, write, User, regions, clock, ct);
        return Revealed is null ? NotFoundPage() : Page();
    }

    /// <summary>制作文书: the document of one of the case's decisions, then its page (ADR 0035).</summary>
    private async Task<IActionResult> IssueDocumentAsync(CancellationToken ct)
    {
        if (!MayIssueDocuments) return Forbid();
        if (!Enum.TryParse<LaborRights.Documents.DocumentKind>(Request.Form["kind"], out var kind) || LaborRights.Documents.DocumentKinds.All.All(k => k.Kind != kind))
            return BadRequest();
        var (issued, refusal) = await services.Documents.IssueAsync(new CaseReference(Kind, Id), kind, User, ct);
        if (issued is not null) return Redirect($"{LaborRights.Pages.Staff.Documents.DetailModel.PathOf(issued.DocumentId)}?done=issued");
        Refusal = refusal;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        (FailedAction, Done) = (IssueDocumentAction, null);
        return Page();
    }

    /// <summary>Opens an evidence file as a download, after recording the access with its reason.</summary>
    private async Task<IActionResult> OpenEvidenceAsync(PersonalDataCaseKind kind, CancellationToken ct)
    {
        var reason = Request.Form["reason"].ToString();
        var errors = EvidenceAccess.ValidateReason(reason);
        if (!Guid.TryParse(Request.Form["evidenceId"], out var evidenceId)) return NotFoundPage();
        if (errors.Any) return Failed(OpenFailure(evidenceId), errors);
        await using var write = store.LightweightSession();
        var file = await EvidenceAccess.RecordAndOpenAsync(new(kind, Id, evidenceId), reason, write, User, evidence, regions, clock, ct);
        if (file is null) return NotFoundPage();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.File.MediaType, file.File.FileName);
    }

    private PageResult Failed(string action, FieldErrors errors)
    {
        foreach (var e in errors.All) Errors.Add(e.Field, e.Chinese, e.English);
        (FailedAction, Done) = (action, null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        var entry = await session.LoadAsync<CaseIndexEntry>(Id, ct);
        if (entry is null || entry.Kind != Kind || !scope.Reads(Kind, entry.CountyCode)) return false;
        var loaded = await ReadAsync(session, ct);
        if (loaded is null) return false;
        (Case, History, Found) = (loaded.Details.Case, loaded.Details.History, true);
        (Version, Reference, Links) = (loaded.State.Version, loaded.State.Reference, LinksOf(loaded.Details.Case));
        EmployerUnidentified = loaded.State.Employer.CreditCode.Length == 0;
        Employer = loaded.State.Employer.CreditCode is { Length: > 0 } code
            ? await EmployerRecords.ReadInScopeAsync(session, code, scope, services.Employers, ct)
            : null;
        Files = PersonalDataKind is null ? [] : await evidence.ListAsync(Id, ct);
        ActiveSupervision = (await Supervision.SupervisionOpening.OfCaseAsync(session, Id, ct)).FirstOrDefault(s => s.IsActive);
        ProposesListings = scope.IsInRole(StaffRoles.Inspector);
        if (LaborRights.Documents.DocumentKinds.All.FirstOrDefault(k => k.CaseKind == Kind) is { } documentKind)
        {
            Documents = await LaborRights.Documents.DocumentReadEndpoints.CaseDocumentsAsync(session, new CaseReference(Kind, Id), ct);
            MayIssueDocuments = scope.IsInRole(documentKind.IssuerRole);
        }
        MayFlag = ActiveSupervision is null && entry.IsOpen && Supervision.SupervisionRules.MayOpen(scope, entry.CountyCode);
        var mine = Actions.Where(a => scope.IsInRole(a.Role ?? ActingRole)).ToList();
        MayAct = mine.Count > 0;
        ReadableKinds = scope.ReadableKinds();
        if (MayAct)
        {
            var context = Context(ct);
            Offered = mine.Select(a => a.Offer(loaded.State, context)).ToList();
        }
        return true;
    }

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        (Case, Found) = (null, false);
        return Page();
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

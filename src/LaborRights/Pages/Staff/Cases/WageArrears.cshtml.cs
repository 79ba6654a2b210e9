using LaborRights.CaseIndex;
using LaborRights.Evidence;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.AssigningInspectors;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.WageArrears.Rejecting;
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
    IQuerySession session, ShandongRegions regions, CasePageCommands commands, CaseServices<WageArrearsRules> services,
    CaseNumbers numbers, EvidenceStore evidence) : PageModel
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

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostAcceptAsync([FromForm] int version, CancellationToken ct) =>
        RunAsync("accept", version, new FieldErrors(), async state =>
        {
            var ctx = services.ContextFor(User);
            // Decide once without a number so that a refused acceptance does not use one up (as the API does).
            var decision = AcceptComplaintDecision.Decide(state, "", ctx);
            return decision.IsRefused ? decision : AcceptComplaintDecision.Decide(state, await numbers.NextAsync(state.CountyCode, ctx.Today.Year, ct), ctx);
        }, ct);

    public Task<IActionResult> OnPostRejectAsync([FromForm] int version, [FromForm] RejectionReason? reason, [FromForm] string? competentBody,
        [FromForm] string? explanation, CancellationToken ct)
    {
        var command = new RejectComplaint(version, reason, competentBody, explanation);
        return RunAsync("reject", version, RejectComplaintDecision.Validate(command),
            state => Task.FromResult(RejectComplaintDecision.Decide(state, command, services.ContextFor(User))), ct);
    }

    public Task<IActionResult> OnPostAssignAsync([FromForm] int version, [FromForm] string? inspectors, CancellationToken ct)
    {
        var names = (inspectors ?? "").Split(['、', ',', '，', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = new AssignInspectors(version, names);
        return RunAsync("assign", version, AssignInspectorsDecision.Validate(command),
            state => Task.FromResult(AssignInspectorsDecision.Decide(state, command, services.ContextFor(User))), ct);
    }

    private async Task<IActionResult> RunAsync(string action, int version, FieldErrors validation, Func<WageArrearsCase, Task<Decision>> decide, CancellationToken ct)
    {
        // The same 404 as for reading: nobody learns of a case by sending commands at it.
        if (!await LoadAsync(ct)) return NotFoundPage();
        if (!MayAct) return Forbid();
        switch (await commands.RunAsync<WageArrearsCase, CaseStatus>(Id, version, validation, decide, ct))
        {
            case CommandOutcome.Done:
                return Redirect($"{PathOf(Id)}?done={action}");
            case CommandOutcome.Invalid invalid:
                foreach (var e in invalid.Errors.All) Errors.Add(e.Field, e.Chinese, e.English);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case CommandOutcome.Refused refused:
                Refusal = refused.Refusal;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            default:
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
        }
        FailedAction = action;
        Done = null;
        // Show the case as it is now (after someone else's change, too).
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        var entry = await session.LoadAsync<CaseIndexEntry>(Id, ct);
        if (entry is not { Kind: CaseKind.WageArrears } || !scope.Reads(CaseKind.WageArrears, entry.CountyCode)) return false;
        var details = await CaseDetails.LoadAsync<WageArrearsCase, WageArrearsCaseView>(
            session, Id, WageArrearsCaseView.Of, e => CaseHistoryText.Describe(e, forPublic: false), ct);
        if (details is null) return false;
        (Case, History) = (details.Case, details.History);
        Files = await evidence.ListAsync(Id, ct);
        MayAct = scope.IsInRole(StaffRoles.Inspector);
        return true;
    }

    private IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Case = null;
        return Page();
    }

    public bool AwaitsDecision => Case?.Status is CaseStatus.PendingAcceptance or CaseStatus.AwaitingMaterial;
    public bool IsOpen => Case?.Status is CaseStatus.UnderInvestigation or CaseStatus.PaymentOrdered;

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

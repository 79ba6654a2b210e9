using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Supervision;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Supervisions;

/// <summary>
/// 督办事项: one priority supervision for those who read its case — the flag, the instructions, the date and how much
/// time is left, where the case stands, every report — and its forms: progress and completion reports for the case's
/// staff, conclusion or return for the deciding supervisor. Each form runs the API's own rules on the version shown.
/// </summary>
[SupervisionAccess(SupervisionPurpose.Read, StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor)]
public sealed class DetailModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, TimeProvider clock) : PageModel
{
    public const string ReportAction = "report";
    public const string ConcludeAction = "conclude";
    public const string ReturnAction = "return";

    public static string PathOf(Guid id) => $"/staff/supervisions/{id}";

    [FromRoute] public Guid Id { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public SupervisionView? View { get; private set; }
    public PrioritySupervision? Supervision => View?.Supervision;
    public IReadOnlyList<CaseActionView> Forms { get; private set; } = [];
    /// <summary>The last form's mistakes, refusal or staleness.</summary>
    public CommandFeedback Feedback { get; } = new();
    public FieldErrors Errors => Feedback.Errors;
    public Refusal? Refusal => Feedback.Refusal;
    public bool Stale => Feedback.Stale;
    public string? FailedAction { get; private set; }
    public ShandongRegions Regions => regions;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        var input = new ActionInput(Request.Form);
        var scope = StaffScope.Of(User, regions);
        var actor = User.Identity!.Name!;
        var now = clock.GetUtcNow();
        FormPlan<PrioritySupervision>? plan = name switch
        {
            ReportAction => FormPlan<PrioritySupervision>.Of(new ReportSupervisionProgress(input.Version, input.Text("report"), input.YesNo("completed")),
                SupervisionRules.Validate, (s, c) => SupervisionRules.Report(s, c, scope, actor, now)),
            ConcludeAction => FormPlan<PrioritySupervision>.Of(new ConcludeSupervision(input.Version, input.Text("note")),
                SupervisionRules.Validate, (s, c) => SupervisionRules.Conclude(s, c, scope, actor, now)),
            ReturnAction => FormPlan<PrioritySupervision>.Of(new ReturnSupervisionReport(input.Version, input.Text("reason")),
                SupervisionRules.Validate, (s, c) => SupervisionRules.Return(s, c, scope, actor, now)),
            _ => null,
        };
        if (plan is not { } p) return BadRequest();
        var outcome = await commands.RunFormAsync(Id, input, p, SupervisionDeadlineHandler.FollowUps, ct);
        if (outcome is CommandOutcome.Done) return Redirect($"{PathOf(Id)}?done={name}");
        Response.StatusCode = Feedback.Take(outcome);
        (FailedAction, Done) = (name, null);
        await LoadAsync(ct);
        return Page();
    }


    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        if (await session.LoadAsync<PrioritySupervision>(Id, ct) is not { } supervision || !scope.Reads(supervision.Case.Kind, supervision.CountyCode))
            return false;
        View = (await SupervisionView.ReadAsync(session, [supervision], ShanghaiTime.Today(clock), ct))[0];
        var forms = new List<CaseActionForm>();
        if (SupervisionRules.MayReport(scope, supervision) && supervision.Status == SupervisionStatus.Open) forms.Add(SupervisionForms.Report);
        if (SupervisionRules.MayDecide(scope, supervision) && supervision.Status == SupervisionStatus.CompletionReported)
            forms.AddRange([SupervisionForms.Conclude, SupervisionForms.Return]);
        Forms = forms.Select(f => new CaseActionView(f, supervision.Version,
            FailedAction == f.Name ? Errors.All.ToList() : [], FailedAction == f.Name ? Request.Form : null)).ToList();
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        View = null;
        return Page();
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

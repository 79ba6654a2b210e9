using LaborRights.Inspections;
using LaborRights.Leads;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears.Accepting;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Leads;

/// <summary>
/// 举报线索: one report as the county's inspectors read it (the reporter masked), and while it is open the two
/// decisions an inspector of its county makes on it: open an inspection (with the credit code found), or set it aside
/// with the reason. The same rules as <c>/api/leads/{id}/…</c>, on the version shown.
/// </summary>
[LeadAccess(StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class DetailModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, CaseServices<InspectionRules> services,
    CaseNumbers numbers, TimeProvider clock) : PageModel
{
    public const string TakeUpAction = "open-inspection";
    public const string SetAsideAction = "set-aside";

    public static readonly CaseActionForm TakeUpForm = new(TakeUpAction, "Lead.TakeUp", "Lead.TakeUp.Hint",
    [
        new("employerCreditCode", "Lead.TakeUp.CreditCode", ActionFieldKind.Text, "Lead.TakeUp.CreditCode.Hint", MaxLength: 18),
        new("employerName", "Lead.TakeUp.Name", ActionFieldKind.Text, MaxLength: 200),
    ]);

    public static readonly CaseActionForm SetAsideForm = new(SetAsideAction, "Lead.SetAside", "Lead.SetAside.Hint",
        [new("reason", "Lead.SetAside.Reason", ActionFieldKind.LongText, MaxLength: 2000)], Warning: true);

    public static string PathOf(Guid id) => $"{IndexModel.Path}/{id}";

    [FromRoute] public Guid Id { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public InspectionLead? Lead { get; private set; }
    public IReadOnlyList<CaseActionView> Forms { get; private set; } = [];
    public CommandFeedback Feedback { get; } = new();
    public string? FailedAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        var input = new ActionInput(Request.Form);
        var outcome = name switch
        {
            TakeUpAction => await TakeUpAsync(input, ct),
            SetAsideAction => await commands.RunFormAsync(Id, input, FormPlan<InspectionLead>.Of(new SetLeadAside(input.Version, input.Text("reason")),
                LeadRules.Validate, (lead, c) => LeadRules.SetAside(lead, c, StaffScope.Of(User, regions), User.Identity!.Name!, clock.GetUtcNow())),
                _ => [], ct),
            _ => null,
        };
        if (outcome is null) return BadRequest();
        if (outcome is CommandOutcome.Done) return Redirect($"{PathOf(Id)}?done={name}");
        Response.StatusCode = Feedback.Take(outcome);
        (FailedAction, Done) = (name, null);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The lead taken up and the inspection opened in one transaction, as the API does it.</summary>
    private Task<CommandOutcome> TakeUpAsync(ActionInput input, CancellationToken ct)
    {
        var command = new TakeUpLead(input.Version, input.Text("employerCreditCode"), input.Text("employerName"));
        var errors = new FieldErrors();
        foreach (var e in input.Errors.All) errors.Add(e.Field, e.Chinese, e.English);
        LeadTakeUp? plan = null;
        return commands.RunOnAsync<InspectionLead>(Id, input.Version, errors, async lead =>
            {
                var (invalid, refusal, planned) = await LeadTakeUp.PlanAsync(lead, command, regions, services.ContextFor(User), numbers, ct);
                foreach (var e in invalid.All) errors.Add(e.Field, e.Chinese, e.English);
                if (refusal is not null) return refusal;
                plan = planned;
                return planned is null ? Decision.Nothing : Decision.Emit(planned.Taken);
            },
            (_, _) => plan?.Messages ?? [], ct, alongside: s => plan?.StartInspection(s));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        Lead = await session.LoadAsync<InspectionLead>(Id, ct);
        // The API's LeadAccess rule: the county's inspectors and supervisors; anyone else is told nothing exists.
        if (Lead is null || !scope.Covers(Lead.CountyCode) || !(scope.IsInRole(StaffRoles.Inspector) || scope.IsInRole(StaffRoles.Supervisor)))
            return false;
        var decides = LeadRules.RefuseDecision(Lead, scope) is null;
        IReadOnlyList<CaseActionForm> forms = decides ? [TakeUpForm, SetAsideForm] : [];
        var prefill = new Dictionary<string, string> { ["employerCreditCode"] = Lead.EmployerCreditCode ?? "", ["employerName"] = Lead.EmployerName };
        Forms = forms.Select(f => new CaseActionView(f, Lead.Version, FailedAction == f.Name ? Feedback.Errors.All.ToList() : [],
            FailedAction == f.Name ? Request.Form : null, f == TakeUpForm ? prefill : null)).ToList();
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Lead = null;
        return Page();
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

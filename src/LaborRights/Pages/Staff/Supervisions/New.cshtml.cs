using LaborRights.CaseIndex;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Supervision;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Supervisions;

/// <summary>
/// 挂牌督办: a supervisor of the case's city or of the province flags the case named by <c>?caseId=</c>, with the same
/// validation and rules as <c>POST /api/supervisions</c>, then lands on the new supervision. A case the person does not
/// read is the same 404 as an unknown one.
/// </summary>
[Staff(StaffRoles.Supervisor)]
public sealed class NewModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, TimeProvider clock) : PageModel
{
    public const string Path = "/staff/supervisions/new";

    public static string For(Guid caseId) => $"{Path}?caseId={caseId}";

    [FromQuery(Name = "caseId")] public Guid? CaseId { get; set; }

    public CaseIndexEntry? Case { get; private set; }
    public FieldErrors Errors { get; } = new();
    public Refusal? Refusal { get; private set; }
    public bool Stale { get; private set; }
    public CaseActionView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        Form = View(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        var input = new ActionInput(Request.Form);
        var command = new OpenSupervision(CaseId, input.Date("completeBy"), input.Text("instructions"));
        var errors = SupervisionRules.Validate(command, ShanghaiTime.Today(clock));
        foreach (var e in input.Errors.All.Where(e => !errors.All.Any(x => x.Field == e.Field))) errors.Add(e.Field, e.Chinese, e.English);
        if (errors.Any)
        {
            foreach (var e in errors.All) Errors.Add(e.Field, e.Chinese, e.English);
            return Again(StatusCodes.Status400BadRequest);
        }
        var plan = await SupervisionOpening.PlanAsync(session, command, StaffScope.Of(User, regions), User.Identity!.Name!, clock.GetUtcNow(), ct);
        if (plan is null) return NotFoundPage();
        if (plan.Decision.Refusal is { } refusal)
        {
            Refusal = refusal;
            return Again(StatusCodes.Status422UnprocessableEntity);
        }
        try
        {
            await commands.StartStreamAsync<PrioritySupervision>(plan.Id, plan.Decision.Events, SupervisionDeadlineHandler.FollowUps(plan.Decision.Events), ct);
        }
        catch (Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // Someone flagged the case at the same moment: nothing of this form was written.
            Stale = true;
            return Again(StatusCodes.Status409Conflict);
        }
        return Redirect($"{DetailModel.PathOf(plan.Id)}?done=open");
    }

    private PageResult Again(int status)
    {
        Response.StatusCode = status;
        Form = View(Request.Form);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (CaseId is not { } id || await session.LoadAsync<CaseIndexEntry>(id, ct) is not { } entry) return false;
        if (!StaffScope.Of(User, regions).Reads(entry.Kind, entry.CountyCode)) return false;
        Case = entry;
        return true;
    }

    private CaseActionView View(IFormCollection? typed) => new(SupervisionForms.Open, Case?.Version ?? 0, Errors.All.ToList(), typed,
        new Dictionary<string, string> { ["completeBy"] = ShanghaiTime.Today(clock).AddDays(15).ToString("yyyy-MM-dd") });

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Case = null;
        return Page();
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

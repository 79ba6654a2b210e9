using LaborRights.Calendar;
using LaborRights.CreditSanctions;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LaborRights.Pages.Staff.CreditListings;

/// <summary>
/// One listing procedure: the employer, the ground and the cases behind it, every step, and the form of the next step
/// for the person whose step it is (the county's inspector: notice, statement; a supervisor above it: decision, early
/// removal), each run with the API's rules on the version shown.
/// </summary>
[CreditListingAccess(StaffRoles.Inspector, StaffRoles.Supervisor)]
public sealed class DetailModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, WorkingDayCalendar calendar,
    IOptions<CreditSanctionSettings> settings, TimeProvider clock) : PageModel
{
    public static string PathOf(Guid id) => $"{IndexModel.Path}/{id}";

    [FromRoute] public Guid Id { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public CreditListing? Listing { get; private set; }
    public IReadOnlyList<CaseActionView> Forms { get; private set; } = [];
    public CommandFeedback Feedback { get; } = new();
    public string? FailedAction { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        var name = Request.Form["action"].ToString();
        var input = new ActionInput(Request.Form);
        var scope = StaffScope.Of(User, regions);
        var (actor, now) = (User.Identity!.Name!, clock.GetUtcNow());
        FormPlan<CreditListing>? plan = name switch
        {
            "serve-notice" => FormPlan<CreditListing>.Of(new ServeListingNotice(input.Version, input.Date("servedOn")), CreditListingRules.Validate,
                (l, c) => CreditListingRules.ServeNotice(l, c, scope, calendar, settings.Value, actor, now)),
            "record-statement" => FormPlan<CreditListing>.Of(new RecordListingStatement(input.Version, input.Text("statement")), CreditListingRules.Validate,
                (l, c) => CreditListingRules.RecordStatement(l, c, scope, actor, now)),
            "decide" => FormPlan<CreditListing>.Of(new DecideListing(input.Version, input.YesNo("list"), input.Text("reason")), CreditListingRules.Validate,
                (l, c) => CreditListingRules.Decide(l, c, scope, settings.Value, actor, now)),
            "remove-early" => FormPlan<CreditListing>.Of(new RemoveListingEarly(input.Version, input.Date("paidOn"), input.Date("pledgeReceivedOn"), input.Text("note")),
                CreditListingRules.Validate, (l, c) => CreditListingRules.RemoveEarly(l, c, scope, settings.Value, actor, now)),
            _ => null,
        };
        if (plan is not { } p) return BadRequest();
        var outcome = await commands.RunFormAsync(Id, input, p, CreditListingModule.FollowUps, ct);
        if (outcome is CommandOutcome.Done) return Redirect($"{PathOf(Id)}?done={name}");
        Response.StatusCode = Feedback.Take(outcome);
        (FailedAction, Done) = (name, null);
        await LoadAsync(ct);
        return Page();
    }


    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        if (await session.LoadAsync<CreditListing>(Id, ct) is not { } listing || !scope.Covers(listing.CountyCode)
            || !(scope.IsInRole(StaffRoles.Inspector) || scope.IsInRole(StaffRoles.Supervisor)))
            return false;
        Listing = listing;
        var forms = new List<CaseActionForm>();
        var handles = CreditListingRules.MayHandle(scope, listing.CountyCode);
        var approves = CreditListingRules.MayApprove(scope, listing.CountyCode);
        if (handles && listing.Status == ListingStatus.Proposed) forms.Add(CreditListingForms.ServeNotice);
        if (handles && listing.Status == ListingStatus.NoticeServed) forms.Add(CreditListingForms.RecordStatement);
        if (approves && listing.Status is ListingStatus.Proposed or ListingStatus.NoticeServed) forms.Add(CreditListingForms.Decide);
        if (approves && listing.Status == ListingStatus.Listed) forms.Add(CreditListingForms.RemoveEarly);
        Forms = forms.Select(f => new CaseActionView(f, listing.Version, FailedAction == f.Name ? Feedback.Errors.All.ToList() : [],
            FailedAction == f.Name ? Request.Form : null)).ToList();
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Listing = null;
        return Page();
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

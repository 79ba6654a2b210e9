using LaborRights.CreditSanctions;
using LaborRights.Employers;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.WageArrears;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LaborRights.Pages.Staff.CreditListings;

/// <summary>
/// 提出列入: the county's inspector proposes the employer named by <c>?creditCode=</c>, with the API's rules, and lands on
/// the new procedure. An employer of whom the person reads no case is the same 404 as an unknown one.
/// </summary>
[Staff(StaffRoles.Inspector)]
public sealed class NewModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, IOptions<WageArrearsRules> rules,
    TimeProvider clock) : PageModel
{
    public const string Path = IndexModel.Path + "/new";

    public static string For(string creditCode) => $"{Path}?creditCode={Uri.EscapeDataString(creditCode)}";

    [FromQuery(Name = "creditCode")] public string? CreditCode { get; set; }

    public EmployerRecord? Employer { get; private set; }
    public IReadOnlyList<EmployerCase> Unpaid { get; private set; } = [];
    public CommandFeedback Feedback { get; } = new();
    public CaseActionView Form { get; private set; } = null!;

    public static readonly CaseActionForm ProposeForm = new("propose", "Listing.Propose", "Listing.Propose.Hint",
    [
        new("ground", "Sanctions.Reason", ActionFieldKind.Select,
            Options: [.. Enum.GetValues<ListingGround>().Select(g => (g.ToString(), CreditListingRules.GroundZh(g)))]),
        new("facts", "Listing.Facts", ActionFieldKind.LongText, MaxLength: CreditListingRules.MaxTextLength),
    ], Warning: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        Form = new CaseActionView(ProposeForm, 0, [], null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFoundPage();
        var input = new ActionInput(Request.Form);
        var command = new ProposeListing(Employer!.Id, input.Choice<ListingGround>("ground"), input.Text("facts"));
        var errors = CreditListingRules.Validate(command);
        foreach (var e in input.Errors.All.Where(e => !errors.All.Any(x => x.Field == e.Field))) errors.Add(e.Field, e.Chinese, e.English);
        CommandOutcome outcome = new CommandOutcome.Invalid(errors);
        if (!errors.Any)
        {
            var plan = await CreditListingProposal.PlanAsync(session, command, StaffScope.Of(User, regions), rules.Value, User.Identity!.Name!, clock.GetUtcNow(), ct);
            if (plan is not { } p) return NotFoundPage();
            if (p.Decision.Refusal is { } refusal) outcome = new CommandOutcome.Refused(refusal);
            else
            {
                try
                {
                    await commands.StartStreamAsync<CreditListing>(p.Id, p.Decision.Events, [], ct);
                    return Redirect($"{DetailModel.PathOf(p.Id)}?done=propose");
                }
                catch (Marten.Exceptions.ExistingStreamIdCollisionException)
                {
                    outcome = new CommandOutcome.Stale();
                }
            }
        }
        Response.StatusCode = Feedback.Take(outcome);
        Form = new CaseActionView(ProposeForm, 0, Feedback.Errors.All.ToList(), Request.Form);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        var code = Common.Identifiers.UnifiedSocialCreditCode.Normalize(CreditCode ?? "");
        if (!Common.Identifiers.UnifiedSocialCreditCode.IsValid(code) || await session.LoadAsync<EmployerRecord>(code, ct) is not { } record
            || !record.Cases.Any(c => scope.Reads(c.Kind, c.CountyCode)))
            return false;
        Unpaid = CreditListingRules.UnpaidAfterOrder(record).Where(c => scope.Reads(c.Kind, c.CountyCode)).ToList();
        Employer = record;
        return true;
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Employer = null;
        return Page();
    }
}

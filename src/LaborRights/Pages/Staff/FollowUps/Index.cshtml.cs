using LaborRights.Benchmark.Scoring;
using LaborRights.FollowUp;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.FollowUps;

/// <summary>
/// 回访与满意度: for supervisors, the workers' requests for review in their divisions, each answered here with the
/// API's rules, and the satisfaction per county for a year (lowest average first).
/// </summary>
[Staff(StaffRoles.Supervisor)]
public sealed class IndexModel(IQuerySession session, ShandongRegions regions, CasePageCommands commands, TimeProvider clock) : PageModel
{
    public const string Path = LaborRights.Web.Staff.SignedInStaff.FollowUpsPath;
    public const string AnswerPrefix = "answer-";

    [FromQuery(Name = "year")] public int? Year { get; set; }

    [FromQuery(Name = "done")] public string? Done { get; set; }

    public int ShownYear { get; private set; }
    public int ThisYear { get; private set; }
    public SatisfactionReport Report { get; private set; } = null!;
    public IReadOnlyList<(CaseFollowUp FollowUp, CaseActionView Form)> Pending { get; private set; } = [];
    /// <summary>The last form's mistakes, refusal or staleness.</summary>
    public CommandFeedback Feedback { get; } = new();
    public FieldErrors Errors => Feedback.Errors;

    /// <summary>How each pending request's case is named (its filing number, else its tracking number).</summary>
    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();
    public Refusal? Refusal => Feedback.Refusal;
    public bool Stale => Feedback.Stale;
    public string? FailedAction { get; private set; }

    public static readonly IReadOnlyList<(string Value, string Text)> Outcomes =
        [(nameof(ReviewOutcome.Upheld), "维持原处理"), (nameof(ReviewOutcome.Corrected), "责令纠正")];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Request.Form["action"].ToString();
        if (!name.StartsWith(AnswerPrefix, StringComparison.Ordinal) || !Guid.TryParse(name[AnswerPrefix.Length..], out var id)) return BadRequest();
        var scope = StaffScope.Of(User, regions);
        // The same 404 as the API's for a record outside the caller's divisions.
        if (await session.LoadAsync<CaseFollowUp>(id, ct) is not { } followUp || !scope.Covers(followUp.CountyCode)) return NotFound();
        var input = new ActionInput(Request.Form);
        var command = new AnswerReview(input.Version, input.Choice<ReviewOutcome>("outcome"), input.Text("answer"));
        var errors = FollowUpRules.Validate(command);
        foreach (var e in input.Errors.All.Where(e => !errors.All.Any(x => x.Field == e.Field))) errors.Add(e.Field, e.Chinese, e.English);
        var outcome = await commands.RunOnAsync<CaseFollowUp>(id, input.Version, errors,
            f => Task.FromResult(FollowUpRules.Answer(f, command, scope, User.Identity!.Name!, clock.GetUtcNow())), (_, _) => [], ct);
        if (outcome is CommandOutcome.Done) return Redirect($"{Path}?done=answer");
        Response.StatusCode = Feedback.Take(outcome);
        FailedAction = name;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = StaffScope.Of(User, regions);
        ThisYear = ShanghaiTime.Today(clock).Year;
        ShownYear = Year is { } y && y >= 2000 && y <= ThisYear ? y : ThisYear;
        Report = await SatisfactionReport.ReadAsync(session, scope, regions, BenchmarkPeriod.OfYear(ShownYear), ct);
        var pending = await session.Query<CaseFollowUp>().InScopeAndPlace(scope, null, null)
            .Where(x => x.ReviewPending).OrderBy(x => x.RatedAt).Take(50).ToListAsync(ct);
        Pending = pending.Select(f => (f, FormOf(f))).ToList();
        var ids = pending.Select(f => f.Case.Id).Distinct().ToArray();
        References = ids.Length == 0 ? new Dictionary<Guid, string>()
            : (await session.LoadManyAsync<CaseIndex.CaseIndexEntry>(ct, ids)).ToDictionary(e => e.Id, e => e.Reference);
    }

    private CaseActionView FormOf(CaseFollowUp followUp)
    {
        var name = AnswerPrefix + followUp.Id.ToString("N");
        var form = new CaseActionForm(name, "FollowUp.Answer", null,
        [
            new("outcome", "FollowUp.Outcome", ActionFieldKind.Select, Options: Outcomes, OptionKeys: "FollowUp.Outcome"),
            new("answer", "FollowUp.AnswerText", ActionFieldKind.LongText, "FollowUp.AnswerText.Hint", MaxLength: 2000),
        ]);
        var failed = FailedAction == name;
        return new CaseActionView(form, followUp.Version, failed ? Errors.All.ToList() : [], failed ? Request.Form : null);
    }

    public string PlaceOf(string countyCode) =>
        regions.FindCounty(countyCode) is { } county ? county.CityName + " " + county.Name : countyCode;
}

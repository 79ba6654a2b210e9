using LaborRights.Inspections;
using LaborRights.Inspections.Opening;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff.Inspections;

/// <summary>
/// 立案检查: an inspector opens a labour inspection of an employer in one of their counties (a planned inspection, or
/// one from a complaint or report received outside the system), with the same validation as <c>POST /api/inspections</c>;
/// then lands on the new case's page. Inspections opened by linkage are opened by the system, not here.
/// </summary>
[Staff(StaffRoles.Inspector)]
public sealed class NewModel(ShandongRegions regions, CasePageCommands commands, CaseServices<InspectionRules> services,
    LaborRights.WageArrears.Accepting.CaseNumbers numbers) : PageModel
{
    public const string Path = "/staff/inspections/new";

    public FieldErrors Errors { get; } = new();

    public ErrorSummaryView ErrorSummary => new(Errors.All.ToList(), "open-inspection");

    public CaseActionView Form { get; private set; } = null!;

    public void OnGet() => Form = View(null);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new ActionInput(Request.Form);
        var command = new OpenInspection(input.Choice<InspectionOrigin>("origin"), null, input.Text("employerName"), input.Text("employerCreditCode")?.Trim(),
            input.Text("countyCode"), null, input.Text("constructionProject"), input.Text("reason"));
        foreach (var e in OpenInspectionDecision.Validate(command, regions).All.Where(e => !input.Errors.All.Any(i => i.Field == e.Field)))
            input.Errors.Add(e.Field, e.Chinese, e.English);
        if (command.CountyCode is { } county && !StaffScope.Of(User, regions).Covers(county))
            input.Errors.Add("countyCode", "该县不在您的管辖范围内", "This county is outside your divisions");
        if (input.Errors.Any)
        {
            foreach (var e in input.Errors.All) Errors.Add(e.Field, e.Chinese, e.English);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Form = View(Request.Form);
            return Page();
        }
        var opened = await OpenInspectionDecision.OpenAsync(command, services.ContextFor(User), numbers, ct);
        await commands.StartAsync<InspectionCase>(opened.InspectionCaseId, opened, ct);
        return Redirect($"{StaffCasePaths.Of(CaseKind.Inspection, opened.InspectionCaseId)}?done=open");
    }

    private CaseActionView View(IFormCollection? typed)
    {
        var counties = StaffScope.Of(User, regions).CoveredCounties()
            .Select(code => regions.FindCounty(code)!).Select(c => (c.Code, c.CityName + " " + c.Name)).ToList();
        var form = new CaseActionForm("open-inspection", "Inspection.Open", "Inspection.Open.Hint",
        [
            new("origin", "Inspection.Origin", ActionFieldKind.Select,
                Options: [.. new[] { InspectionOrigin.Planned, InspectionOrigin.Complaint, InspectionOrigin.Report }.Select(o => (o.ToString(), OriginZh(o)))]),
            new("employerName", "Field.EmployerName", ActionFieldKind.Text, MaxLength: 200),
            new("employerCreditCode", "Field.CreditCode", ActionFieldKind.Text, "Inspection.Open.CreditCode.Hint", MaxLength: 18),
            new("countyCode", "Inspection.Open.County", ActionFieldKind.Select, Options: counties),
            new("constructionProject", "Field.Project", ActionFieldKind.Text, MaxLength: 200),
            new("reason", "Inspection.Reason", ActionFieldKind.LongText, MaxLength: 2000),
        ]);
        var prefill = counties.Count == 1 ? new Dictionary<string, string> { ["countyCode"] = counties[0].Code } : null;
        return new CaseActionView(form, 0, Errors.All.ToList(), typed, prefill);
    }

    private static string OriginZh(InspectionOrigin origin) => origin switch
    {
        InspectionOrigin.Planned => "日常或专项检查",
        InspectionOrigin.Complaint => "投诉",
        _ => "举报",
    };
}

using System.Security.Claims;
using LaborRights.Inspections.AssigningInspectors;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.VisitingSites;

/// <param name="AmountOwed">Yuan owed to the workers; required for <see cref="ViolationCategory.WageArrears"/>.</param>
public sealed record Finding(ViolationCategory? Category, string? Description, decimal? AmountOwed, int? WorkersAffected);

/// <param name="Inspectors">Who went: at least two, all from the assigned team (劳动保障监察条例 第16条).</param>
public sealed record RecordSiteVisit(
    int Version, DateOnly? VisitedOn, string? Location, IReadOnlyList<string>? Inspectors, string? Notes, IReadOnlyList<Finding>? Findings);

public static class RecordSiteVisitDecision
{
    public const int MaxFindings = 20;

    public static FieldErrors Validate(RecordSiteVisit command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("visitedOn", command.VisitedOn, "检查日期", "Visit date")
            .Text("location", command.Location, 200, "检查地点", "Location")
            .MaxLength("notes", command.Notes, 4000, "检查记录", "Notes");
        if (command.VisitedOn > today)
            errors.Add("visitedOn", "检查日期不能晚于今天", "The visit date cannot be in the future");
        if (AssignInspectionTeamDecision.Distinct(command.Inspectors).Count < 2)
            errors.Add("inspectors", "现场检查须有两名以上监察员", "At least two inspectors must take part in a site visit");
        var findings = command.Findings ?? [];
        if (findings.Count > MaxFindings)
            errors.Add("findings", $"每次检查最多记录{MaxFindings}项违法行为", $"At most {MaxFindings} findings per visit");
        for (var i = 0; i < Math.Min(findings.Count, MaxFindings); i++) ValidateFinding(findings[i], $"findings[{i}].", errors);
        return errors;
    }

    private static void ValidateFinding(Finding? finding, string prefix, FieldErrors errors)
    {
        if (finding is null)
        {
            errors.Add(prefix.TrimEnd('.'), "违法行为不能为空", "A finding cannot be empty");
            return;
        }
        errors.Required(prefix + "category", finding.Category, "违法类别", "Violation category")
            .Required(prefix + "description", finding.Description, "违法事实", "Description")
            .MaxLength(prefix + "description", finding.Description, 2000, "违法事实", "Description")
            .Money(prefix + "amountOwed", finding.AmountOwed, "拖欠金额", "Amount owed");
        if (finding.WorkersAffected is < 1 or > 100_000)
            errors.Add(prefix + "workersAffected", "涉及人数应在1至100000之间", "Workers affected must be between 1 and 100,000");
        // Linkage opens a wage-arrears case from this finding, so it must say how much and to how many.
        if (finding.Category == ViolationCategory.WageArrears)
            errors.Required(prefix + "amountOwed", finding.AmountOwed, "拖欠金额", "Amount owed")
                .Required(prefix + "workersAffected", finding.WorkersAffected, "涉及人数", "Workers affected");
    }

    public static Decision Decide(InspectionCase state, RecordSiteVisit command, CaseContext<InspectionRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "记录现场检查", "record a site visit") is { } refusal) return refusal;
        var visitedOn = command.VisitedOn!.Value;
        if (visitedOn < state.FiledOn)
            return new Refusal("visit-before-filing",
                $"检查日期早于立案日期（{state.FiledOn:yyyy-MM-dd}）。", $"The visit date is before the case was filed ({state.FiledOn:yyyy-MM-dd}).");
        var visitors = AssignInspectionTeamDecision.Distinct(command.Inspectors);
        var strangers = visitors.Except(state.Inspectors).ToList();
        if (strangers.Count > 0)
            return new Refusal("visitor-not-assigned",
                $"{string.Join("、", strangers)}不是本案指派的监察员。", $"{string.Join(", ", strangers)} is not assigned to this case.");

        var findings = command.Findings ?? [];
        var visitNumber = state.SiteVisits + 1;
        var events = new List<object>
        {
            new SiteVisitRecorded(state.Id, visitNumber, visitedOn, command.Location!.Trim(), visitors,
                command.Notes?.Trim() ?? "", findings.Count, ctx.Actor, ctx.Now),
        };
        events.AddRange(findings.Select((f, i) => new ViolationFound(
            state.Id, state.ViolationsFound + i + 1, visitNumber, f.Category!.Value, f.Description!.Trim(), f.AmountOwed, f.WorkersAffected,
            state.Employer.Name, state.Employer.CreditCode, state.CountyCode, state.ParkCode, visitedOn, ctx.Actor, ctx.Now)));
        return Decision.Emit(events, []);
    }
}

public static class RecordSiteVisitEndpoint
{
    public static ProblemDetails Validate(RecordSiteVisit command, CaseServices<InspectionRules> services) =>
        RecordSiteVisitDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("记录现场检查 · Record a site visit and its findings")]
    [EndpointDescription("监察员记录一次现场检查：检查日期（不能晚于今天）、地点、参加的监察员（至少2名，须为本案指派的监察员，" +
        "劳动保障监察条例第16条）、检查记录和认定的违法行为（最多20项）。认定欠薪的须写明拖欠金额和涉及人数，" +
        "系统据此对该用人单位开启或关联一件欠薪案件。须已指派至少2名监察员，并提交所看到的案件 version（已过期返回 409）。案件已结束、" +
        "检查日期早于立案日期或参加人员不是本案监察员的，返回 422。\n\n" +
        "An inspector records a site visit: the date (not in the future), the place, the inspectors who went (at least two, all assigned to the " +
        "case; Labour Security Supervision Regulations Art. 16), notes, and the violations found (at most 20). A finding of wage arrears states " +
        "the amount owed and the workers affected, and opens or joins a wage-arrears case for the employer. At least two inspectors must be " +
        "assigned; send the case version you saw (409 when stale). 422 when the case has ended, the visit predates the filing, or a visitor is not " +
        "assigned to the case.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/record-site-visit", OperationId = "recordInspectionSiteVisit")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        RecordSiteVisit command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, RecordSiteVisitDecision.Decide(@case, command, services.ContextFor(user)));
}

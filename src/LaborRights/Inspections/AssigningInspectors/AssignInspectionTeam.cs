using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.AssigningInspectors;

public sealed record AssignInspectionTeam(int Version, IReadOnlyList<string>? Inspectors);

public static class AssignInspectionTeamDecision
{
    public static FieldErrors Validate(AssignInspectionTeam command)
    {
        var errors = new FieldErrors();
        var names = Distinct(command.Inspectors);
        // 劳动保障监察条例 第16条: an investigation is carried out by at least two inspectors.
        if (names.Count < 2)
            errors.Add("inspectors", "至少指派两名劳动保障监察员", "Assign at least two labour inspectors");
        if (names.Count > 10 || names.Any(n => n.Length > 50))
            errors.Add("inspectors", "最多指派10名监察员，姓名不超过50个字符", "At most 10 inspectors, names of at most 50 characters");
        return errors;
    }

    public static Decision Decide(InspectionCase state, AssignInspectionTeam command, CaseContext<InspectionRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "指派监察员", "have inspectors assigned");
        var names = Distinct(command.Inspectors);
        // The domain refuses a short team too: the endpoint's validation is not the only caller.
        if (names.Count < 2)
            return new Refusal("inspectors-required", "至少指派两名劳动保障监察员。", "At least two labour inspectors must be assigned.");
        if (names.SequenceEqual(state.Inspectors)) return Decision.Nothing;
        return Decision.Emit(new InspectionTeamAssigned(state.Id, names, ctx.Actor, ctx.Now));
    }

    public static List<string> Distinct(IReadOnlyList<string>? names) =>
        (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
}

public static class AssignInspectionTeamEndpoint
{
    public static ProblemDetails Validate(AssignInspectionTeam command) => AssignInspectionTeamDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Inspection, StaffRoles.Inspector)]
    [EndpointSummary("指派监察员 · Assign the inspection team")]
    [EndpointDescription("监察员为办理中的案件指派监察员，至少2名、最多10名（劳动保障监察条例第16条：调查须由2名以上监察员进行），" +
        "新名单替换原名单。须提交所看到的案件 version，已过期返回 409。案件已结束的返回 422。\n\n" +
        "An inspector names the inspectors of an open case: at least 2, at most 10 (Labour Security Supervision Regulations Art. 16: " +
        "investigations are made by two or more inspectors); the list replaces the previous one. Send the case version you saw; a stale one gets " +
        "409. 422 when the case has ended.")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections/{id}/assign-inspectors", OperationId = "assignInspectionTeam")]
    public static (CommandAnswer<CaseCommandAccepted<InspectionStatus>>, Events, OutgoingMessages) Post(
        AssignInspectionTeam command, [WriteAggregate(AlwaysEnforceConsistency = true)] InspectionCase @case, ClaimsPrincipal user, CaseServices<InspectionRules> services) =>
        CaseCommandAnswer.From(@case, AssignInspectionTeamDecision.Decide(@case, command, services.ContextFor(user)));
}

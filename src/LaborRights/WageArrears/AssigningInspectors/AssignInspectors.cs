using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.AssigningInspectors;

public sealed record AssignInspectors(int Version, IReadOnlyList<string>? Inspectors);

public static class AssignInspectorsDecision
{
    public static FieldErrors Validate(AssignInspectors command)
    {
        var errors = new FieldErrors();
        var names = Distinct(command.Inspectors);
        // 劳动保障监察条例 第16条: investigation is carried out by at least two inspectors.
        if (names.Count < 2)
            errors.Add("inspectors", "至少指派两名劳动保障监察员", "Assign at least two labour inspectors");
        if (names.Count > 10 || names.Any(n => n.Length > 50))
            errors.Add("inspectors", "最多指派10名监察员，姓名不超过50个字符", "At most 10 inspectors, names of at most 50 characters");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, AssignInspectors command, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.IsOpen)
            return CaseRefusals.NotAllowedIn(state.Status, "指派监察员", "have inspectors assigned");
        var names = Distinct(command.Inspectors);
        if (names.SequenceEqual(state.Inspectors)) return Decision.Nothing;
        return Decision.Emit(new InspectorsAssigned(state.Id, names, ctx.Actor, ctx.Now));
    }

    private static List<string> Distinct(IReadOnlyList<string>? names) =>
        (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
}

public static class AssignInspectorsEndpoint
{
    public static ProblemDetails Validate(AssignInspectors command) => AssignInspectorsDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("指派办案监察员 · Assign inspectors to a wage-arrears case")]
    [EndpointDescription("监察员为已立案的案件指派办案监察员，至少2名、最多10名（劳动保障监察条例第16条：调查须由2名以上监察员进行），" +
        "新名单替换原名单。须提交所看到的案件 version，已过期返回 409。案件未立案或已结案的返回 422。\n\n" +
        "An inspector names the inspectors of a filed case: at least 2, at most 10 (Labour Security Supervision Regulations Art. 16: " +
        "investigations are made by two or more inspectors); the list replaces the previous one. Send the case version you saw; a stale one gets " +
        "409. 422 when the case is not filed or is closed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/assign-inspectors", OperationId = "assignWageArrearsInspectors")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        AssignInspectors command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, AssignInspectorsDecision.Decide(@case, command, services.ContextFor(user)));
}

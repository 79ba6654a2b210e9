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
    [WolverinePost("/api/wage-arrears/{id}/assign-inspectors")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        AssignInspectors command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, AssignInspectorsDecision.Decide(@case, command, services.ContextFor(user)));
}

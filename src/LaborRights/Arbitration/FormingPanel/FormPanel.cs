using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.FormingPanel;

/// <param name="PresidingArbitrator">首席仲裁员: required for a tribunal of three, one of them.</param>
public sealed record FormPanel(int Version, IReadOnlyList<string>? Arbitrators, string? PresidingArbitrator);

public static class FormPanelDecision
{
    public static FieldErrors Validate(FormPanel command)
    {
        var errors = new FieldErrors();
        var names = Names(command.Arbitrators);
        // 劳动争议调解仲裁法 第31条: a tribunal is one arbitrator (simple cases) or three with a presiding one.
        if (names.Count is not (1 or 3))
            errors.Add("arbitrators", "仲裁庭由一名独任仲裁员或三名仲裁员组成（姓名不得重复）", "A tribunal is one sole arbitrator or three distinct arbitrators");
        if (names.Any(n => n.Length > 50))
            errors.Add("arbitrators", "仲裁员姓名不超过50个字符", "Arbitrator names must be at most 50 characters");
        var presiding = command.PresidingArbitrator?.Trim();
        if (names.Count == 3 && string.IsNullOrEmpty(presiding))
            errors.Add("presidingArbitrator", "三人仲裁庭须指定首席仲裁员", "A tribunal of three needs a presiding arbitrator");
        if (!string.IsNullOrEmpty(presiding) && names.Count > 0 && !names.Contains(presiding))
            errors.Add("presidingArbitrator", "首席仲裁员须为仲裁庭成员", "The presiding arbitrator must be a member of the tribunal");
        return errors;
    }

    public static Decision Decide(ArbitrationCase state, FormPanel command, ArbitrationContext ctx)
    {
        // The tribunal may be re-formed (e.g. after a recusal, 第33条) until the hearing has been held.
        if (state.Status is not (ArbitrationStatus.Accepted or ArbitrationStatus.PanelFormed or ArbitrationStatus.HearingScheduled))
            return CaseRefusals.NotAllowedIn(state.Status, "组成仲裁庭", "have a tribunal formed");
        var names = Names(command.Arbitrators);
        if (names.Count == 1 && state.WorkersConcerned >= ctx.Rules.CollegiatePanelWorkerThreshold)
            return new Refusal("three-arbitrators-required",
                $"涉及{state.WorkersConcerned}名劳动者（{ctx.Rules.CollegiatePanelWorkerThreshold}人以上），须由三名仲裁员组成仲裁庭。",
                $"The dispute concerns {state.WorkersConcerned} workers ({ctx.Rules.CollegiatePanelWorkerThreshold} or more): it needs a tribunal of three.");
        var presiding = names.Count == 1 ? names[0] : command.PresidingArbitrator!.Trim();
        // The presiding arbitrator is listed first, so the aggregate keeps one list.
        var ordered = names.OrderBy(n => n == presiding ? 0 : 1).ToList();
        if (ordered.SequenceEqual(state.Arbitrators)) return Decision.Nothing;
        return Decision.Emit(new ArbitrationPanelFormed(state.Id, ordered, presiding, ctx.Actor, ctx.Now));
    }

    private static List<string> Names(IReadOnlyList<string>? names)
    {
        var trimmed = (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        return trimmed.Distinct().Count() == trimmed.Count ? trimmed : [];
    }
}

public static class FormPanelEndpoint
{
    public static ProblemDetails Validate(FormPanel command) => FormPanelDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/form-panel")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        FormPanel command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, FormPanelDecision.Decide(@case, command, services.ContextFor(user)));
}

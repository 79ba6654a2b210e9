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
    [EndpointSummary("组成仲裁庭 · Form the arbitration tribunal")]
    [EndpointDescription("仲裁员为已受理的案件组成仲裁庭：一名独任仲裁员，或三名仲裁员并指定其中一人为首席仲裁员（劳动争议调解仲裁法第31条）。" +
        "开庭前可以重新组庭（例如有人回避）；须提交所看到的案件 version（已过期返回 409）。涉及10名以上劳动者却只有一名仲裁员，或案件不在待组庭、" +
        "已组庭、已排期开庭状态的，返回 422。\n\n" +
        "An arbitrator forms the tribunal of an accepted case: one sole arbitrator, or three with one of them presiding (Labour Dispute Mediation " +
        "and Arbitration Law Art. 31). It may be formed again until the hearing (e.g. after a recusal); send the case version you saw (409 when " +
        "stale). 422 for a sole arbitrator when the dispute concerns 10 or more workers, or when the case is not accepted, before a tribunal or " +
        "scheduled for hearing.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/form-panel", OperationId = "formArbitrationPanel")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        FormPanel command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, FormPanelDecision.Decide(@case, command, services.ContextFor(user)));
}

using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Closing;

public sealed record CloseDiscriminationCase(int Version, DiscriminationOutcome? Outcome, string? Summary);

public static class CloseDiscriminationCaseDecision
{
    public static FieldErrors Validate(CloseDiscriminationCase command) => new FieldErrors()
        .Required("outcome", command.Outcome, "结案结果", "Outcome")
        .Text("summary", command.Summary, 4000, "结案说明", "Summary");

    /// <summary>The outcome must agree with the record: it is what the benchmark and the public timeline report.</summary>
    public static Decision Decide(DiscriminationCase state, CloseDiscriminationCase command, CaseContext<DiscriminationRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "结案", "be closed");
        var outcome = command.Outcome!.Value;
        Refusal? mismatch = (outcome, state.Status) switch
        {
            (DiscriminationOutcome.NotSubstantiated, not DiscriminationStatus.NotSubstantiated) => Mismatch(
                "未作出“歧视不成立”的结论，不能以此结案。", "There is no finding that discrimination is not substantiated."),
            (not DiscriminationOutcome.NotSubstantiated, DiscriminationStatus.NotSubstantiated) => Mismatch(
                "已认定歧视不成立，只能以“歧视不成立”结案。", "Discrimination was found not substantiated; close the case as such."),
            (DiscriminationOutcome.Withdrawn, not DiscriminationStatus.UnderInvestigation) => Mismatch(
                "已作出调查结论，不能以“撤回”结案。", "A finding was made; the case can no longer close as withdrawn."),
            // A report (举报) is a clue the authority follows of its own motion: the reporter cannot withdraw it.
            (DiscriminationOutcome.Withdrawn, _) when state.FilingKind == DiscriminationFilingKind.Report => new Refusal(
                "report-cannot-be-withdrawn", "举报案件依职权调查，不能以“撤回”结案。", "A report is investigated ex officio; it cannot close as withdrawn."),
            (DiscriminationOutcome.Remedied, _) when state.Status != DiscriminationStatus.Substantiated || !state.HasRemedy => Mismatch(
                "尚未采取责令改正、罚款或约谈等措施，不能以“已纠正”结案。", "No correction order, fine or joint interview is recorded; the case is not remedied."),
            (DiscriminationOutcome.Referred, _) when !state.HasReferral => Mismatch(
                "案件未移送支持起诉或检察机关，不能以“已移送”结案。", "The case was not referred; it cannot close as referred."),
            _ => null,
        };
        return mismatch ?? Decision.Emit(new DiscriminationCaseClosed(state.Id, outcome, command.Summary!.Trim(), ctx.Actor, ctx.Now));
    }

    private static Refusal Mismatch(string zh, string en) => new Refusal("outcome-mismatch", zh, en);
}

public static class CloseDiscriminationCaseEndpoint
{
    public static ProblemDetails Validate(CloseDiscriminationCase command) => CloseDiscriminationCaseDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("就业歧视案件结案 · Close a discrimination case")]
    [EndpointDescription("监察员选择结案结果（已纠正、歧视不成立、撤回或已移送）并写明结案说明，结果须与案件记录相符：例如“已纠正”须已责令改正、" +
        "罚款或约谈，“已移送”须已移送，作出结论后不能以“撤回”结案，举报案件不能撤回。须提交所看到的案件 version，已过期返回 409。" +
        "结果与记录不符或案件不在办理中的，返回 422。\n\n" +
        "An inspector closes a case with an outcome (remedied, not substantiated, withdrawn or referred) and a summary; the outcome must agree " +
        "with the record: e.g. 'remedied' needs a correction order, fine or joint interview, 'referred' a referral; after a finding the case " +
        "cannot close as withdrawn, and a report never can. Send the case version you saw; a stale one gets 409. 422 when the outcome does not " +
        "agree or the case is not open.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/close", OperationId = "closeDiscriminationCase")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        CloseDiscriminationCase command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, CloseDiscriminationCaseDecision.Decide(@case, command, services.ContextFor(user)));
}

using System.Security.Claims;
using LaborRights.Referrals;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Referring;

/// <summary>Which of a discrimination case's referrals an answer is to.</summary>
public enum DiscriminationReferralTarget
{
    /// <summary>支持起诉.</summary>
    SupportedLitigation,

    /// <summary>检察建议.</summary>
    ProcuratorialSuggestion,

    /// <summary>公益诉讼.</summary>
    PublicInterestLitigation,
}

/// <param name="Answer">The receiving body's answer: filed (支持起诉/立案), declined, or returned for more evidence.</param>
public sealed record RecordDiscriminationReferralAnswer(int Version, DiscriminationReferralTarget? Referral, ReferralStatus? Answer, string? Note);

/// <summary>
/// The answer of the body a discrimination case was referred to, recorded like a police referral's answer (issue 14,
/// item 12); it may come after the case was closed as referred.
/// </summary>
public static class DiscriminationReferralAnswerDecision
{
    public static FieldErrors Validate(RecordDiscriminationReferralAnswer command)
    {
        var errors = new FieldErrors()
            .Required("referral", command.Referral, "移送事项", "Referral")
            .Required("answer", command.Answer, "答复", "Answer")
            .Text("note", command.Note, 2000, "答复情况", "Note");
        if (command.Answer == ReferralStatus.AwaitingAnswer)
            errors.Add("answer", "请填写接收机关的答复（已立案或支持、不予受理、退回补充材料）", "Give the receiving body's answer (filed, declined or returned)");
        return errors;
    }

    public static Decision Decide(DiscriminationCase state, RecordDiscriminationReferralAnswer command, CaseContext<DiscriminationRules> ctx)
    {
        var referred = command.Referral!.Value switch
        {
            DiscriminationReferralTarget.SupportedLitigation => state.ReferredForSupportedLitigation,
            DiscriminationReferralTarget.ProcuratorialSuggestion => state.ProcuratorateReferrals.Contains(ProcuratorateReferralKind.ProcuratorialSuggestion),
            _ => state.ProcuratorateReferrals.Contains(ProcuratorateReferralKind.PublicInterestLitigation),
        };
        if (!referred)
            return new Refusal("not-referred", "案件未作此项移送，无法记录答复。", "The case was not referred for this; there is no answer to record.");
        return Decision.Emit(new DiscriminationReferralAnswered(state.Id, command.Referral.Value, command.Answer!.Value, command.Note!.Trim(), ctx.Actor, ctx.Now));
    }

    public static string TargetZh(DiscriminationReferralTarget target) => target switch
    {
        DiscriminationReferralTarget.SupportedLitigation => "支持起诉",
        DiscriminationReferralTarget.ProcuratorialSuggestion => "检察建议",
        _ => "公益诉讼",
    };

    public static string AnswerZh(ReferralStatus answer) => answer switch
    {
        ReferralStatus.Filed => "已受理（立案或支持起诉）",
        ReferralStatus.Declined => "不予受理",
        ReferralStatus.ReturnedForMoreEvidence => "退回补充材料",
        _ => "待答复",
    };
}

public static class RecordDiscriminationReferralAnswerEndpoint
{
    public static ProblemDetails Validate(RecordDiscriminationReferralAnswer command) => DiscriminationReferralAnswerDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("记录移送答复 · Record the answer to a discrimination referral")]
    [EndpointDescription("监察员记录就业歧视案件移送支持起诉或移送检察机关（检察建议、公益诉讼）后接收机关的答复（已受理、不予受理、退回补充材料）和答复情况，" +
        "结案后也可记录。须提交所看到的案件 version（已过期返回 409）。案件未作该项移送的返回 422。\n\n" +
        "An inspector records the receiving body's answer to a discrimination case's referral for supported litigation or to the procuratorate " +
        "(procuratorial suggestion, public-interest litigation): filed, declined or returned for more evidence, with a note; also after the case " +
        "was closed. Send the case version you saw (409 when stale). 422 when the case was not referred for that.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/record-referral-answer", OperationId = "recordDiscriminationReferralAnswer")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RecordDiscriminationReferralAnswer command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, DiscriminationReferralAnswerDecision.Decide(@case, command, services.ContextFor(user)));
}

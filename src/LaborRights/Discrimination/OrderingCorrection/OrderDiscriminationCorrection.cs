using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.OrderingCorrection;

/// <param name="Requirements">What the employer must do (e.g. withdraw the ad and republish it without the requirement).</param>
/// <param name="CorrectBy">The last day for the correction (责令限期改正).</param>
public sealed record OrderDiscriminationCorrection(int Version, string? Requirements, DateOnly? CorrectBy);

public static class OrderDiscriminationCorrectionDecision
{
    public static FieldErrors Validate(OrderDiscriminationCorrection command) => new FieldErrors()
        .Text("requirements", command.Requirements, 2000, "改正要求", "Requirements")
        .Required("correctBy", command.CorrectBy, "改正期限", "Correct-by date");

    /// <summary>妇女权益保障法 第83条: the first measure is an order to correct; one order per case, with a future deadline.</summary>
    public static Decision Decide(DiscriminationCase state, OrderDiscriminationCorrection command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "责令改正", "order a correction") is { } refusal) return refusal;
        if (state.CorrectBy is not null)
            return new Refusal("correction-already-ordered", "已责令改正。", "A correction has already been ordered.");
        if (command.CorrectBy!.Value <= ctx.Today)
            return new Refusal("correct-by-not-in-future", "改正期限须晚于今天。", "The correct-by date must be after today.");
        return Decision.Emit(new DiscriminationCorrectionOrdered(state.Id, command.Requirements!.Trim(), command.CorrectBy.Value, ctx.Actor, ctx.Now));
    }
}

public static class OrderDiscriminationCorrectionEndpoint
{
    public static ProblemDetails Validate(OrderDiscriminationCorrection command) => OrderDiscriminationCorrectionDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("责令限期改正 · Order the employer to correct by a date")]
    [EndpointDescription("认定歧视成立后，监察员责令用人单位在指定日期（须晚于今天）前改正，并写明改正要求（妇女权益保障法第83条）；" +
        "每件案件只能责令一次。须已认定歧视成立，否则返回 422。须提交所看到的案件 version，已过期返回 409。" +
        "已责令过或改正期限不晚于今天的也返回 422。\n\n" +
        "Once discrimination is found substantiated, an inspector orders the employer to correct it by a date after today, saying what it must do " +
        "(Women's Rights Protection Law Art. 83); one order per case. Discrimination must have been found substantiated (422 otherwise). Send the " +
        "case version you saw; a stale one gets 409. 422 also when a correction was already ordered or the date is not after today.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/order-correction", OperationId = "orderDiscriminationCorrection")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        OrderDiscriminationCorrection command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, OrderDiscriminationCorrectionDecision.Decide(@case, command, services.ContextFor(user)));
}

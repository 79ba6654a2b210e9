using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Referring;

/// <param name="SupportingBody">Who supports the worker's lawsuit, e.g. the procuratorate, the union or the women's federation.</param>
public sealed record ReferForSupportedLitigation(int Version, string? SupportingBody, string? Reason);

public sealed record ReferToProcuratorate(int Version, ProcuratorateReferralKind? Kind, string? Procuratorate, string? Reason);

/// <summary>Referrals beyond administrative remedies (鲁政发〔2024〕14号 (十九)); each one once per case.</summary>
public static class ReferralDecisions
{
    public static FieldErrors Validate(ReferForSupportedLitigation command) => new FieldErrors()
        .Text("supportingBody", command.SupportingBody, 200, "支持起诉单位", "Supporting body")
        .Text("reason", command.Reason, 2000, "移送理由", "Reason");

    public static FieldErrors Validate(ReferToProcuratorate command) => new FieldErrors()
        .Required("kind", command.Kind, "移送类型", "Kind")
        .Text("procuratorate", command.Procuratorate, 200, "检察机关", "Procuratorate")
        .Text("reason", command.Reason, 2000, "移送理由", "Reason");

    /// <summary>就业促进法 第62条: the worker may sue; a supporting body may back the suit (支持起诉).</summary>
    public static Decision Decide(DiscriminationCase state, ReferForSupportedLitigation command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "移送支持起诉", "be referred for supported litigation") is { } refusal) return refusal;
        if (state.ReferredForSupportedLitigation)
            return new Refusal("already-referred", "已移送支持起诉。", "The case was already referred for supported litigation.");
        return Decision.Emit(new DiscriminationReferredForSupportedLitigation(
            state.Id, command.SupportingBody!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }

    /// <summary>妇女权益保障法 第77条: the procuratorate may issue a suggestion (检察建议) or bring public-interest litigation.</summary>
    public static Decision Decide(DiscriminationCase state, ReferToProcuratorate command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "移送检察机关", "be referred to the procuratorate") is { } refusal) return refusal;
        var kind = command.Kind!.Value;
        if (state.ProcuratorateReferrals.Contains(kind))
            return new Refusal("already-referred", "已就此事项移送检察机关。", $"The case was already referred to the procuratorate for {kind}.");
        return Decision.Emit(new DiscriminationReferredToProcuratorate(
            state.Id, kind, command.Procuratorate!.Trim(), command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class ReferForSupportedLitigationEndpoint
{
    public static ProblemDetails Validate(ReferForSupportedLitigation command) => ReferralDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("移送支持起诉 · Refer a discrimination case for supported litigation")]
    [EndpointDescription("认定歧视成立后，监察员将案件移送支持起诉单位（如检察机关、工会或妇联），支持劳动者向法院起诉（就业促进法第62条），" +
        "须写明支持起诉单位和理由。须已认定歧视成立，否则返回 422。须提交所看到的案件 version，已过期返回 409。每件案件只能移送一次，" +
        "已移送的返回 422。\n\n" +
        "Once discrimination is found substantiated, an inspector refers the case to a body that supports the worker's lawsuit (e.g. the " +
        "procuratorate, the union or the women's federation; Employment Promotion Law Art. 62), naming the body and the reason. Discrimination " +
        "must have been found substantiated (422 otherwise). Send the case version you saw; a stale one gets 409. Once per case: 422 when already " +
        "referred.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/refer-supported-litigation", OperationId = "referDiscriminationCaseForSupportedLitigation")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ReferForSupportedLitigation command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ReferralDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class ReferToProcuratorateEndpoint
{
    public static ProblemDetails Validate(ReferToProcuratorate command) => ReferralDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("移送检察机关 · Refer a discrimination case to the procuratorate")]
    [EndpointDescription("认定歧视成立后，监察员将案件移送检察机关，提请检察建议或公益诉讼（kind，妇女权益保障法第77条），须写明检察机关和理由。" +
        "须已认定歧视成立，否则返回 422。须提交所看到的案件 version，已过期返回 409。同一类型只能移送一次，已移送的返回 422。\n\n" +
        "Once discrimination is found substantiated, an inspector refers the case to the procuratorate for a procuratorial suggestion or " +
        "public-interest litigation (kind; Women's Rights Protection Law Art. 77), naming the procuratorate and the reason. Discrimination must " +
        "have been found substantiated (422 otherwise). Send the case version you saw; a stale one gets 409. Once per kind: 422 when already " +
        "referred for it.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/refer-procuratorate", OperationId = "referDiscriminationCaseToProcuratorate")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ReferToProcuratorate command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ReferralDecisions.Decide(@case, command, services.ContextFor(user)));
}

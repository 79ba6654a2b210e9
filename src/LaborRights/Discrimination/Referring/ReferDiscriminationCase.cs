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
    [WolverinePost("/api/discrimination/{id}/refer-supported-litigation")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ReferForSupportedLitigation command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ReferralDecisions.Decide(@case, command, services.ContextFor(user)));
}

public static class ReferToProcuratorateEndpoint
{
    public static ProblemDetails Validate(ReferToProcuratorate command) => ReferralDecisions.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [WolverinePost("/api/discrimination/{id}/refer-procuratorate")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        ReferToProcuratorate command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, ReferralDecisions.Decide(@case, command, services.ContextFor(user)));
}

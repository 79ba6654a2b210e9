using System.Security.Claims;
using LaborRights.Common.Identifiers;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.IdentifyingEmployer;

/// <param name="Version">The case version the inspector saw.</param>
/// <param name="CreditCode">The registered unit's unified social credit code (统一社会信用代码).</param>
/// <param name="Name">The unit's registered name.</param>
/// <param name="Note">How the unit was found (e.g. the general contractor of the site the contractor worked on).</param>
public sealed record IdentifyEmployer(int Version, string? CreditCode, string? Name, string? Note);

/// <summary>
/// 关于实施《劳动保障监察条例》若干规定 第十五条: a complaint is accepted only when the employer complained about is
/// definite (有明确的被投诉用人单位). A worker who knew no credit code described the employer; before accepting, the
/// county's inspector names the registered unit that answers for it — for a labour contractor, usually the
/// general contractor (保障农民工工资支付条例 第三十条、第三十六条: the general contractor pays first).
/// </summary>
public static class IdentifyEmployerDecision
{
    public const int MaxNoteLength = 500;

    public static FieldErrors Validate(IdentifyEmployer command)
    {
        var errors = new FieldErrors()
            .Required("creditCode", command.CreditCode, "统一社会信用代码", "Unified social credit code")
            .Required("name", command.Name, "单位名称", "Registered name")
            .MaxLength("name", command.Name, 200, "单位名称", "Registered name")
            .MaxLength("note", command.Note, MaxNoteLength, "说明", "Note");
        if (!string.IsNullOrWhiteSpace(command.CreditCode) && !UnifiedSocialCreditCode.IsValid(command.CreditCode))
            errors.Add("creditCode", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, IdentifyEmployer command, CaseContext<WageArrearsRules> ctx)
    {
        if (state.EmployerIsIdentified)
            return new Refusal("employer-already-identified",
                $"本案被投诉单位已确认为{state.Employer.Name}（{state.Employer.CreditCode}）。",
                $"The case's employer is already identified as {state.Employer.Name} ({state.Employer.CreditCode}).");
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "确认被投诉单位", "have its employer identified");
        var employer = new Employer(command.Name!.Trim(), UnifiedSocialCreditCode.Normalize(command.CreditCode!));
        return Decision.Emit(new EmployerIdentified(state.Id, employer, command.Note?.Trim() ?? "", state.CountyCode, state.TrackingNumber,
            state.ReceivedOn, state.WorkersAffected, state.AmountClaimed, state.Status, ctx.Actor, ctx.Now));
    }
}

public static class IdentifyEmployerEndpoint
{
    public static ProblemDetails Validate(IdentifyEmployer command) => IdentifyEmployerDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("确认被投诉单位 · Identify the employer of a wage-arrears complaint")]
    [EndpointDescription("劳动者不知道统一社会信用代码时（包工头、个体户、未登记的单位），投诉只记录其描述（名称、地址、电话）。" +
        "受理前，监察员确认对欠薪负责的登记单位（如包工头所在工地的施工总承包单位），录入其统一社会信用代码和名称；" +
        "此后案件计入该单位的用人单位档案和评价。只能在受理审查中或待补正材料时、且尚未确认时进行，否则返回 422。" +
        "须提交所看到的案件 version，已过期返回 409。\n\n" +
        "When the worker knew no credit code (a labour contractor, a shop, an unregistered unit), the complaint records the employer as " +
        "described (name, address, phone). Before acceptance an inspector names the registered unit that answers for the arrears (for a " +
        "labour contractor, usually the site's general contractor) by its credit code and name; from then on the case counts for that unit in " +
        "the employer registry and the benchmark. Only while the acceptance decision or material is awaited and the employer is not yet " +
        "identified, else 422. Send the case version you saw; a stale one gets 409.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/identify-employer", OperationId = "identifyWageArrearsEmployer")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        IdentifyEmployer command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, IdentifyEmployerDecision.Decide(@case, command, services.ContextFor(user)));
}

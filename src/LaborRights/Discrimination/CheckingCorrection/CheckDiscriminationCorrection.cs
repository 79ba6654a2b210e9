using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.CheckingCorrection;

public sealed record CheckDiscriminationCorrection(int Version, DateOnly? CheckedOn, bool? Corrected, string? Notes);

public static class CheckDiscriminationCorrectionDecision
{
    public static FieldErrors Validate(CheckDiscriminationCorrection command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("checkedOn", command.CheckedOn, "复查日期", "Date checked")
            .Required("corrected", command.Corrected, "是否改正", "Corrected")
            .MaxLength("notes", command.Notes, 2000, "复查情况", "Notes");
        if (command.CheckedOn > today) errors.Add("checkedOn", "复查日期不能晚于今天", "The check date cannot be in the future");
        return errors;
    }

    /// <summary>
    /// The follow-up of an order to correct (妇女权益保障法 第83条). "Corrected" may be confirmed as soon as it is so;
    /// "not corrected" only once the correct-by date has passed.
    /// </summary>
    public static Decision Decide(DiscriminationCase state, CheckDiscriminationCorrection command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "复查改正情况", "check the correction") is { } refusal) return refusal;
        if (state.CorrectBy is not { } correctBy)
            return new Refusal("correction-order-required", "尚未责令改正。", "No correction has been ordered.");
        if (state.Corrected is not null)
            return new Refusal("correction-already-checked", "已复查改正情况。", "The correction has already been checked.");
        if (command.Corrected is false && command.CheckedOn!.Value <= correctBy)
            return new Refusal("correction-deadline-not-passed",
                $"改正期限（{correctBy:yyyy-MM-dd}）届满前不能认定逾期未改正。", $"'Not corrected' can be found only after the correct-by date ({correctBy:yyyy-MM-dd}).");
        return Decision.Emit(new DiscriminationCorrectionChecked(
            state.Id, command.CheckedOn!.Value, command.Corrected!.Value, command.Notes?.Trim() ?? "", ctx.Actor, ctx.Now));
    }
}

public static class CheckDiscriminationCorrectionEndpoint
{
    public static ProblemDetails Validate(CheckDiscriminationCorrection command, CaseServices<DiscriminationRules> services) =>
        CheckDiscriminationCorrectionDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("复查改正情况 · Record the check of the correction")]
    [EndpointDescription("监察员登记对责令改正的复查结果：复查日期（不能晚于今天）、是否已改正和复查情况（妇女权益保障法第83条）。" +
        "已改正的随时可以登记；认定逾期未改正的，复查日期须晚于改正期限。须提交所看到的案件 version，已过期返回 409。尚未责令改正、" +
        "已复查过或歧视未认定成立的，返回 422。\n\n" +
        "An inspector records the follow-up check of an order to correct: the date checked (not in the future), whether the employer corrected, " +
        "and notes (Women's Rights Protection Law Art. 83). 'Corrected' may be recorded at any time; 'not corrected' only with a check after the " +
        "correct-by date. Send the case version you saw; a stale one gets 409. 422 when no correction was ordered, it was already checked, or " +
        "discrimination is not found substantiated.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/check-correction", OperationId = "checkDiscriminationCorrection")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        CheckDiscriminationCorrection command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, CheckDiscriminationCorrectionDecision.Decide(@case, command, services.ContextFor(user)));
}

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
    [WolverinePost("/api/discrimination/{id}/check-correction")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        CheckDiscriminationCorrection command, [WriteAggregate] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, CheckDiscriminationCorrectionDecision.Decide(@case, command, services.ContextFor(user)));
}

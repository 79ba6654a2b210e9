using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.RecordingRecovery;

public sealed record RecordRecovery(int Version, decimal? Amount, int? WorkersPaid, DateOnly? PaidOn);

public static class RecordRecoveryDecision
{
    /// <summary>A value wrong whatever the case's state is a field error (400; docs/adr/0006).</summary>
    public static FieldErrors Validate(RecordRecovery command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("amount", command.Amount, "追回金额", "Amount recovered")
            .Money("amount", command.Amount, "追回金额", "Amount recovered")
            .Required("workersPaid", command.WorkersPaid, "获偿人数", "Workers paid")
            .Required("paidOn", command.PaidOn, "支付日期", "Date paid");
        if (command.WorkersPaid is < 1 or > 100_000)
            errors.Add("workersPaid", "获偿人数应在1至100000之间", "Workers paid must be between 1 and 100,000");
        if (command.PaidOn > today)
            errors.Add("paidOn", "支付日期不能晚于今天", "The payment date cannot be in the future");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, RecordRecovery command, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.IsOpen) return CaseRefusals.NotAllowedIn(state.Status, "登记追回工资", "record a recovery");
        if (command.PaidOn!.Value < state.ReceivedOn)
            return new Refusal("paid-before-complaint", "支付日期不能早于投诉日期。", "The payment date cannot be before the complaint was received.");
        if (command.Amount!.Value > state.Outstanding)
            return new Refusal("recovery-exceeds-owed",
                $"追回金额超过尚欠金额（{state.Outstanding:0.00}元）。",
                $"The amount exceeds what is still owed ({state.Outstanding:0.00} yuan).");
        if (command.WorkersPaid!.Value > state.WorkersAffected)
            return new Refusal("too-many-workers",
                $"获偿人数超过涉及人数（{state.WorkersAffected}人）。",
                $"More workers paid than the case concerns ({state.WorkersAffected}).");
        return Decision.Emit(new RecoveryRecorded(state.Id, command.Amount.Value, command.WorkersPaid.Value, command.PaidOn.Value,
            state.Outstanding - command.Amount.Value, ctx.Actor, ctx.Now));
    }
}

public static class RecordRecoveryEndpoint
{
    public static ProblemDetails Validate(RecordRecovery command, CaseServices<WageArrearsRules> services) =>
        RecordRecoveryDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [WolverinePost("/api/wage-arrears/{id}/record-recovery")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RecordRecovery command, [WriteAggregate] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, RecordRecoveryDecision.Decide(@case, command, services.ContextFor(user)));
}

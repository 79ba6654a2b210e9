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
    [EndpointSummary("登记追回的工资 · Record wages recovered")]
    [EndpointDescription("监察员登记用人单位已支付的工资：金额、获偿人数和支付日期（不能晚于今天）。须提交所看到的案件 version，已过期返回 409。" +
        "案件未立案或已结案、支付日期早于投诉日期、金额超过尚欠金额或获偿人数超过涉及人数的，返回 422。\n\n" +
        "An inspector records wages the employer paid: the amount, the workers paid and the date paid (not in the future). Send the case version " +
        "you saw; a stale one gets 409. 422 when the case is not filed or is closed, the payment predates the complaint, the amount exceeds what " +
        "is still owed, or more workers were paid than the case concerns.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/record-recovery", OperationId = "recordWageArrearsRecovery")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        RecordRecovery command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, RecordRecoveryDecision.Decide(@case, command, services.ContextFor(user)));
}

using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.ImposingCompensation;

/// <param name="Rate">Between 0.5 and 1.0 of what is still owed (劳动保障监察条例 第26条).</param>
public sealed record ImposeExtraCompensation(int Version, decimal? Rate);

public static class ImposeExtraCompensationDecision
{
    public static FieldErrors Validate(ImposeExtraCompensation command, WageArrearsRules rules)
    {
        var errors = new FieldErrors().Required("rate", command.Rate, "加付赔偿金比例", "Rate");
        if (command.Rate is { } rate && (rate < rules.MinimumExtraCompensationRate || rate > rules.MaximumExtraCompensationRate))
            errors.Add("rate", $"比例应在{rules.MinimumExtraCompensationRate:P0}至{rules.MaximumExtraCompensationRate:P0}之间",
                $"The rate must be between {rules.MinimumExtraCompensationRate} and {rules.MaximumExtraCompensationRate}");
        return errors;
    }

    public static Decision Decide(WageArrearsCase state, ImposeExtraCompensation command, CaseContext<WageArrearsRules> ctx)
    {
        if (state.Status != CaseStatus.PaymentOrdered)
            return CaseRefusals.NotAllowedIn(state.Status, "责令加付赔偿金（须先责令限期支付）", "impose extra compensation (payment must be ordered first)");
        if (ctx.Today <= state.PayBy)
            return new Refusal("payment-deadline-not-passed",
                $"支付期限（{state.PayBy:yyyy-MM-dd}）尚未届满。", $"The pay-by date ({state.PayBy:yyyy-MM-dd}) has not passed yet.");
        if (state.ExtraCompensation > 0)
            return new Refusal("compensation-already-imposed", "已责令加付赔偿金。", "Extra compensation has already been imposed.");
        var owed = state.Outstanding;
        if (owed == 0)
            return new Refusal("nothing-owed", "欠薪已全部支付，不能责令加付赔偿金。", "The arrears have been paid; no extra compensation applies.");
        var amount = decimal.Round(owed * command.Rate!.Value, 2, MidpointRounding.AwayFromZero);
        return Decision.Emit(new ExtraCompensationImposed(state.Id, command.Rate.Value, owed, amount, ctx.Actor, ctx.Now));
    }
}

public static class ImposeExtraCompensationEndpoint
{
    public static ProblemDetails Validate(ImposeExtraCompensation command, CaseServices<WageArrearsRules> services) =>
        ImposeExtraCompensationDecision.Validate(command, services.Rules).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("责令加付赔偿金 · Impose extra compensation on the employer")]
    [EndpointDescription("用人单位逾期仍未支付的，监察员按尚欠金额的50%至100%（rate 为0.5至1.0）责令加付赔偿金（劳动保障监察条例第26条）。" +
        "须已责令限期支付，且支付期限已过。须提交所看到的案件 version，已过期返回 409。每件案件只能责令一次；支付期限尚未届满、" +
        "已责令过或欠薪已付清的，返回 422。\n\n" +
        "When the employer has not paid by the ordered date, an inspector orders extra compensation of 50% to 100% of what is still owed (rate 0.5 " +
        "to 1.0; Labour Security Supervision Regulations Art. 26). Payment must have been ordered and its date passed. Send the case version you " +
        "saw; a stale one gets 409. Once per case: 422 before the pay-by date has passed, when compensation was already imposed, or when the " +
        "arrears are paid.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/impose-extra-compensation", OperationId = "imposeWageArrearsExtraCompensation")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        ImposeExtraCompensation command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, ImposeExtraCompensationDecision.Decide(@case, command, services.ContextFor(user)));
}

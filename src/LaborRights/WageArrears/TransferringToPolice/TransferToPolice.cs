using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.TransferringToPolice;

public sealed record TransferToPolice(int Version, string? PoliceAgency, string? Reason);

public static class TransferToPoliceDecision
{
    public static FieldErrors Validate(TransferToPolice command) => new FieldErrors()
        .Text("policeAgency", command.PoliceAgency, 200, "移送的公安机关", "Police agency")
        .Text("reason", command.Reason, 2000, "移送理由", "Reason");

    /// <summary>
    /// 刑法 第276条之一: the offence needs a government order to pay that was not obeyed. The amount threshold is
    /// provincial and unconfirmed, so falling below it warns but does not block.
    /// </summary>
    public static Decision Decide(WageArrearsCase state, TransferToPolice command, CaseContext<WageArrearsRules> ctx)
    {
        if (CaseRefusals.RequireTwoInspectors(state.IsOpen, state.Status, state.Inspectors.Count, "移送公安机关", "be transferred to the police") is { } refusal) return refusal;
        if (state.TransferredToPolice)
            return new Refusal("already-transferred", "案件已移送公安机关。", "The case has already been transferred to the police.");
        if (state.Status != CaseStatus.PaymentOrdered || ctx.Today <= state.PayBy)
            return new Refusal("no-disobeyed-order",
                "涉嫌拒不支付劳动报酬罪须经责令支付且逾期仍不支付，方可移送。",
                "A transfer for refusing to pay requires an order to pay whose deadline has passed unpaid.");
        if (state.Outstanding == 0)
            return new Refusal("nothing-owed", "欠薪已全部支付。", "The arrears have been paid.");
        // 数额较大 is measured on the wages still owed, never on wages plus the extra compensation (issue 14).
        var owed = state.WagesOutstanding;
        var workers = state.WorkersOwed ?? state.WorkersAffected;
        var rules = ctx.Rules;
        var below = !rules.ReachesCriminalThreshold(owed, workers);
        var warnings = below
            ? new[] { new Notice("below-criminal-threshold",
                $"欠发工资{owed:0.00}元（{workers}人）未达到“数额较大”标准（{rules.CriminalThresholdGroupWorkers}人以上累计{rules.CriminalThresholdAmount:0.00}元，" +
                $"或一名劳动者三个月以上劳动报酬{rules.CriminalThresholdPerWorkerAmount:0.00}元），请核实是否符合移送条件（法释〔2013〕3号第3条）。",
                $"The {owed:0.00} yuan of wages owed to {workers} workers is below the 'large amount' threshold ({rules.CriminalThresholdAmount:0.00} yuan to " +
                $"{rules.CriminalThresholdGroupWorkers}+ workers, or {rules.CriminalThresholdPerWorkerAmount:0.00} yuan of 3+ months' pay to one worker); " +
                "check that the transfer is warranted.") }
            : [];
        return Decision.Emit(
            [new TransferredToPolice(state.Id, command.PoliceAgency!.Trim(), command.Reason!.Trim(), owed, below, ctx.Actor, ctx.Now)],
            warnings);
    }
}

public static class TransferToPoliceEndpoint
{
    public static ProblemDetails Validate(TransferToPolice command) => TransferToPoliceDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("移送公安机关 · Transfer a wage-arrears case to the police")]
    [EndpointDescription("用人单位经责令限期支付、逾期仍不支付的，监察员将案件移送公安机关（涉嫌拒不支付劳动报酬罪，刑法第276条之一），" +
        "须写明公安机关和移送理由，同时生成一条移送记录。须已指派至少2名监察员，并提交所看到的案件 version（已过期返回 409）。" +
        "尚欠金额低于“数额较大”标准的仍可移送，但会返回提醒。未经责令支付或支付期限未过、已移送过或欠薪已付清的，返回 422。\n\n" +
        "When the employer has not paid by the date it was ordered to, an inspector transfers the case to the police for suspected refusal to pay " +
        "wages (Criminal Law Art. 276-1), naming the police agency and the reason; a referral record is opened with it. At least two inspectors " +
        "must be assigned; send the case version you saw (409 when stale). Below the 'large amount' threshold the transfer is still made, " +
        "with a warning. 422 without a disobeyed order to pay, when already transferred, or when nothing is owed.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/transfer-to-police", OperationId = "transferWageArrearsCaseToPolice")]
    public static (CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages) Post(
        TransferToPolice command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services) =>
        CaseCommandAnswer.From(@case, TransferToPoliceDecision.Decide(@case, command, services.ContextFor(user)));
}

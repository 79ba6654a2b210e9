using System.Security.Claims;
using LaborRights.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Accepting;

/// <param name="Version">The case version the inspector saw.</param>
public sealed record AcceptComplaint(int Version);

public static class AcceptComplaintDecision
{
    /// <summary>
    /// 劳动保障监察条例 第15条, 第20条: accept (立案 the same day) only a complaint about a violation of the last
    /// 2 years; an older one must be rejected in writing instead.
    /// </summary>
    public static Decision Decide(WageArrearsCase state, string caseNumber, CaseContext<WageArrearsRules> ctx)
    {
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "受理", "be accepted");

        // 关于实施《劳动保障监察条例》若干规定 第十五条: only a complaint about a definite employer is accepted.
        if (!state.EmployerIsIdentified)
            return new Refusal("employer-unidentified",
                "被投诉单位尚未确认：投诉人不知道其统一社会信用代码。受理前须确认对欠薪负责的登记单位（关于实施《劳动保障监察条例》若干规定第十五条），请先确认被投诉单位。",
                "The employer is not identified yet: the worker knew no credit code. Before acceptance, name the registered unit that answers for the arrears (identify the employer).");

        var lastViolationDay = state.Employment.To ?? state.ReceivedOn;
        if (lastViolationDay.AddYears(ctx.Rules.LimitationYears) < state.ReceivedOn)
            return new Refusal("time-barred",
                $"违法行为已超过{ctx.Rules.LimitationYears}年（劳动保障监察条例第20条），应作出不予受理决定。",
                $"The violation is older than {ctx.Rules.LimitationYears} years (Labour Security Supervision Regulations Art. 20): reject the complaint instead.");

        var filedOn = ctx.Today;
        var due = ctx.Calendar.AddWorkingDays(filedOn, ctx.Rules.InvestigationWorkingDays);
        return Decision.Emit(new ComplaintAccepted(state.Id, caseNumber, filedOn, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now));
    }

    /// <summary>
    /// Decides once without a number, so that a refused acceptance does not use one up; then with the county's next
    /// case number. What the API and the workbench's case page both run.
    /// </summary>
    public static async Task<Decision> DecideAsync(WageArrearsCase state, CaseContext<WageArrearsRules> ctx, CaseNumbers numbers, CancellationToken ct)
    {
        var decision = Decide(state, "", ctx);
        return decision.IsRefused ? decision : Decide(state, await numbers.NextAsync(state.CountyCode, ctx.Today.Year, ct), ctx);
    }
}

public static class AcceptComplaintEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector)]
    [EndpointSummary("受理欠薪投诉 · Accept a wage-arrears complaint")]
    [EndpointDescription("监察员对受理审查中或待补正材料的投诉作出受理决定：当日立案并编立案编号，" +
        "调查处理期限为立案后60个工作日（劳动保障监察条例第15条、第17条）。须提交所看到的案件 version，已过期返回 409。" +
        "违法行为已超过2年的返回 422，应改为作出不予受理决定（第20条）；被投诉单位尚未确认（投诉时没有统一社会信用代码）的返回 422，先确认被投诉单位。\n\n" +
        "An inspector accepts a complaint awaiting the acceptance decision or material: the case is filed (立案) the same day with a case number, " +
        "and the investigation is due 60 working days later (Labour Security Supervision Regulations Arts. 15 and 17). Send the case version you " +
        "saw; a stale one gets 409. 422 when the violation is older than 2 years: reject the complaint instead (Art. 20); 422 when the employer " +
        "is not identified yet (filed without a credit code): identify it first.")]
    [Tags("欠薪案件 · Wage arrears")]
    [WolverinePost("/api/wage-arrears/{id}/accept", OperationId = "acceptWageArrearsComplaint")]
    public static async Task<(CommandAnswer<CaseCommandAccepted<CaseStatus>>, Events, OutgoingMessages)> Post(
        AcceptComplaint command, [WriteAggregate(AlwaysEnforceConsistency = true)] WageArrearsCase @case, ClaimsPrincipal user, CaseServices<WageArrearsRules> services,
        CaseNumbers numbers, CancellationToken ct)
    {
        return CaseCommandAnswer.From(@case, await AcceptComplaintDecision.DecideAsync(@case, services.ContextFor(user), numbers, ct));
    }
}

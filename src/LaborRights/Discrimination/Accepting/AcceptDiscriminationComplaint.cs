using System.Security.Claims;
using LaborRights.Security;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Accepting;

/// <param name="Version">The case version the inspector saw.</param>
public sealed record AcceptDiscriminationComplaint(int Version);

public static class AcceptDiscriminationComplaintDecision
{
    /// <summary>
    /// 妇女权益保障法 第49条 and 鲁政发〔2024〕14号 (十九) bring discrimination into labour inspection, so its acceptance
    /// rules apply: 劳动保障监察条例 第15条 (filed the same day) and 第20条 (nothing older than 2 years).
    /// </summary>
    public static Decision Decide(DiscriminationCase state, CaseContext<DiscriminationRules> ctx) => Decide(state, "", ctx);

    /// <summary>
    /// Decided once without a number so that a refused acceptance does not use one up, then with the county's next
    /// number in its labour-inspection series (<see cref="LaborRights.WageArrears.Accepting.CaseNumbers"/>).
    /// </summary>
    public static async Task<Decision> DecideAsync(DiscriminationCase state, CaseContext<DiscriminationRules> ctx,
        LaborRights.WageArrears.Accepting.CaseNumbers numbers, CancellationToken ct)
    {
        var decision = Decide(state, ctx);
        return decision.IsRefused ? decision : Decide(state, await numbers.NextAsync(state.CountyCode, ctx.Today.Year, ct), ctx);
    }

    public static Decision Decide(DiscriminationCase state, string caseNumber, CaseContext<DiscriminationRules> ctx)
    {
        if (!state.AwaitsDecision)
            return CaseRefusals.NotAllowedIn(state.Status, "受理", "be accepted");
        if (state.OccurredOn.AddYears(ctx.Rules.LimitationYears) < state.ReceivedOn)
            return new Refusal("time-barred",
                $"违法行为已超过{ctx.Rules.LimitationYears}年（劳动保障监察条例第20条），应作出不予受理决定。",
                $"The violation is older than {ctx.Rules.LimitationYears} years (Labour Security Supervision Regulations Art. 20): reject it instead.");

        var filedOn = ctx.Today;
        var due = ctx.Calendar.AddWorkingDays(filedOn, ctx.Rules.InvestigationWorkingDays);
        // Acceptance opens an inspection of the employer (联动, docs/adr/0007); its id is known now, so the link
        // is part of this decision rather than a later event that would change the version under the inspector.
        var inspection = new CaseReference(CaseKind.Inspection,
            LaborRights.Inspections.Linking.InspectionCaseIds.ForSource(new CaseReference(CaseKind.Discrimination, state.Id)));
        return Decision.Emit(
            new DiscriminationComplaintAccepted(
                state.Id, state.Employer, state.CountyCode, state.ParkCode, state.Grounds, state.Stage,
                filedOn, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now, caseNumber.Length > 0 ? caseNumber : null),
            new DiscriminationCaseLinked(state.Id, inspection, LinkRelations.Name(LinkRelation.Opened), ctx.Actor, ctx.Now));
    }
}

public static class AcceptDiscriminationComplaintEndpoint
{
    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("受理就业歧视投诉、举报 · Accept a discrimination filing")]
    [EndpointDescription("监察员对受理审查中或待补正材料的投诉、举报作出受理决定：当日立案并编立案编号（与欠薪、劳动保障监察案件同一序列），调查处理期限为立案后60个工作日（妇女权益保障法第49条、" +
        "鲁政发〔2024〕14号将就业歧视纳入劳动保障监察；劳动保障监察条例第15条）。受理的同时对该用人单位开启一件劳动保障监察案件。" +
        "须提交所看到的案件 version，已过期返回 409。违法行为已超过2年的返回 422，应改为作出不予受理决定（第20条）。\n\n" +
        "An inspector accepts a complaint or report awaiting the acceptance decision or material: the case is filed the same day with a number " +
        "in the county's labour-inspection series (shared with wage-arrears and inspection cases), and the " +
        "investigation is due 60 working days later (Women's Rights Protection Law Art. 49 and 鲁政发〔2024〕14号 bring discrimination into labour " +
        "inspection; Labour Security Supervision Regulations Art. 15). Accepting also opens a labour inspection of the employer. Send the case " +
        "version you saw; a stale one gets 409. 422 when the violation is older than 2 years: reject the filing instead (Art. 20).")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/accept", OperationId = "acceptDiscriminationComplaint")]
    public static async Task<(CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages)> Post(
        AcceptDiscriminationComplaint command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services,
        LaborRights.WageArrears.Accepting.CaseNumbers numbers, CancellationToken ct) =>
        CaseCommandAnswer.From(@case, await AcceptDiscriminationComplaintDecision.DecideAsync(@case, services.ContextFor(user), numbers, ct));
}

using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.ReportingUnpaidAward;

/// <param name="AmountUnpaid">What the worker says is still unpaid, if known.</param>
public sealed record ReportAwardUnpaid(int Version, decimal? AmountUnpaid, string? Note);

public static class ReportAwardUnpaidDecision
{
    public static FieldErrors Validate(ReportAwardUnpaid command) => new FieldErrors()
        .Money("amountUnpaid", command.AmountUnpaid, "未支付金额", "Amount unpaid")
        .Text("note", command.Note, 2000, "情况说明", "Note");

    /// <summary>
    /// The worker reports that the employer has not paid what an award granted. It opens no procedure here: linkage
    /// turns the event into an enforcement or inspection referral. A repeated report appends nothing.
    /// </summary>
    public static Decision Decide(ArbitrationCase state, ReportAwardUnpaid command, ArbitrationContext ctx)
    {
        // Issue 3: an award for pay that the WORKER reports unpaid; an employer's award against a worker is not enforced
        // by inspecting the employer.
        if (state.ApplicantKind != PartyKind.Worker)
            return new Refusal("only-worker-awards",
                "只有劳动者作为申请人的裁决才能报告用人单位未履行。", "Only an award on a worker's application can be reported unpaid by the employer.");
        if (state.Decided.Count == 0)
            return new Refusal("no-award-yet", "案件尚无裁决，不能报告裁决未履行。", "The case has no award yet; nothing can be reported unpaid.");
        var awarded = state.AmountAwarded;
        if (awarded == 0)
            return new Refusal("no-money-awarded", "裁决未支持任何金额。", "The award granted no money.");
        if (command.AmountUnpaid > awarded)
            return new Refusal("unpaid-exceeds-award",
                $"未支付金额超过裁决金额（{awarded:0.00}元）。", $"The amount unpaid exceeds the amount awarded ({awarded:0.00} yuan).");
        if (state.UnpaidReported) return Decision.Nothing;
        // The report opens an inspection for enforcement (联动, docs/adr/0007): the link is part of this decision.
        var inspection = new CaseReference(CaseKind.Inspection,
            LaborRights.Inspections.Linking.InspectionCaseIds.ForSource(new CaseReference(CaseKind.Arbitration, state.Id)));
        return Decision.Emit(
            new AwardReportedUnpaid(state.Id, awarded, command.AmountUnpaid, command.Note!.Trim(), ctx.Actor, ctx.Now),
            new ArbitrationCaseLinked(state.Id, inspection, LinkRelations.Name(LinkRelation.Opened), ctx.Actor, ctx.Now));
    }
}

public static class ReportAwardUnpaidEndpoint
{
    public static ProblemDetails Validate(ReportAwardUnpaid command) => ReportAwardUnpaidDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [EndpointSummary("登记裁决未履行 · Report an arbitration award unpaid")]
    [EndpointDescription("劳动者反映用人单位未履行仲裁裁决（含先行裁决）的，仲裁员登记未支付金额（如知道）和情况说明，" +
        "同时对该用人单位开启一件劳动保障监察案件；重复登记不再记录。须提交所看到的案件 version，已过期返回 409。申请人不是劳动者、尚无裁决、" +
        "裁决未支持任何金额或未支付金额超过裁决金额的，返回 422。\n\n" +
        "When the worker reports that the employer has not paid what an award (or partial award) granted, an arbitrator records the amount unpaid, " +
        "if known, and a note, and a labour inspection of the employer is opened; a repeated report records nothing. Send the case version you " +
        "saw; a stale one gets 409. 422 when the applicant is not the worker, there is no award yet, the award granted no money, or the amount " +
        "unpaid exceeds it.")]
    [Tags("劳动争议仲裁 · Labour arbitration")]
    [WolverinePost("/api/arbitration/{id}/report-award-unpaid", OperationId = "reportArbitrationAwardUnpaid")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        ReportAwardUnpaid command, [WriteAggregate(AlwaysEnforceConsistency = true)] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, ReportAwardUnpaidDecision.Decide(@case, command, services.ContextFor(user)));
}

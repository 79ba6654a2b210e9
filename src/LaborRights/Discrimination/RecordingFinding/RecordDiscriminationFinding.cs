using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.RecordingFinding;

/// <param name="Substantiated">True: discrimination is established (歧视成立); false: it is not (不成立).</param>
public sealed record RecordDiscriminationFinding(int Version, bool? Substantiated, string? Reasons);

public static class RecordDiscriminationFindingDecision
{
    public static FieldErrors Validate(RecordDiscriminationFinding command) => new FieldErrors()
        .Required("substantiated", command.Substantiated, "调查结论", "Finding")
        .Text("reasons", command.Reasons, 4000, "认定理由", "Reasons");

    /// <summary>
    /// One finding per investigation. A finding of discrimination on non-statutory grounds only is allowed (other
    /// rules, e.g. a local regulation, may apply) but the inspector is warned that 就业促进法 names none of them.
    /// </summary>
    public static Decision Decide(DiscriminationCase state, RecordDiscriminationFinding command, CaseContext<DiscriminationRules> ctx)
    {
        if (state.Status != DiscriminationStatus.UnderInvestigation)
            return CaseRefusals.NotAllowedIn(state.Status, "作出调查结论", "record a finding");
        var substantiated = command.Substantiated!.Value;
        var finding = new DiscriminationFindingRecorded(state.Id, substantiated, command.Reasons!.Trim(), ctx.Actor, ctx.Now);
        IReadOnlyList<Notice> warnings = substantiated && !state.HasStatutoryGround
            ? [new Notice("non-statutory-grounds-only",
                $"所涉事由（{DiscriminationGrounds.Zh(state.Grounds)}）均非法律明确列举的歧视事由，请确认认定依据。",
                "None of the grounds is named by law; make sure the finding has a legal basis.")]
            : [];
        return Decision.Emit([finding], warnings);
    }
}

public static class RecordDiscriminationFindingEndpoint
{
    public static ProblemDetails Validate(RecordDiscriminationFinding command) => RecordDiscriminationFindingDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("作出调查结论 · Record whether discrimination is substantiated")]
    [EndpointDescription("监察员对立案调查中的案件作出调查结论：歧视成立或不成立（substantiated），并写明认定理由；每次调查只作一次结论。" +
        "所涉事由均非法律明确列举的歧视事由而认定成立的，可以保存，但会返回提醒。须提交所看到的案件 version，已过期返回 409。" +
        "案件不在立案调查中的返回 422。\n\n" +
        "An inspector records the finding of an investigation: discrimination substantiated or not (substantiated), with the reasons; one finding " +
        "per investigation. A substantiated finding on grounds the law does not name is kept, with a warning. Send the case version you saw; a " +
        "stale one gets 409. 422 unless the case is under investigation.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/record-finding", OperationId = "recordDiscriminationFinding")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RecordDiscriminationFinding command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, RecordDiscriminationFindingDecision.Decide(@case, command, services.ContextFor(user)));
}

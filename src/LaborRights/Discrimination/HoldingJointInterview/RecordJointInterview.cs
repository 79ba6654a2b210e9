using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.HoldingJointInterview;

/// <param name="Participants">Who took part besides the employer, e.g. "县总工会", "县妇联".</param>
public sealed record RecordJointInterview(int Version, IReadOnlyList<string>? Participants, DateOnly? HeldOn, string? Summary);

public static class RecordJointInterviewDecision
{
    public const int MaxParticipants = 20;

    public static FieldErrors Validate(RecordJointInterview command, DateOnly today)
    {
        var errors = new FieldErrors()
            .Required("heldOn", command.HeldOn, "约谈日期", "Date held")
            .Text("summary", command.Summary, 4000, "约谈情况", "Summary");
        if (command.Participants is null || command.Participants.Count == 0)
            errors.Add("participants", "请填写参加约谈的单位或人员", "Name who took part in the interview");
        else if (command.Participants.Count > MaxParticipants)
            errors.Add("participants", $"参加人员最多{MaxParticipants}个", $"At most {MaxParticipants} participants");
        else if (command.Participants.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > 100))
            errors.Add("participants", "每个参加人员须为1至100个字符", "Each participant must be 1 to 100 characters");
        // Only interviews that took place are recorded; a future date is wrong whatever the case's state (400).
        if (command.HeldOn > today)
            errors.Add("heldOn", "约谈日期不能晚于今天：只登记已进行的约谈", "The interview date cannot be in the future: only interviews that took place are recorded");
        return errors;
    }

    /// <summary>鲁政发〔2024〕14号 (十九): the employer may be interviewed (约谈) jointly with the union and the women's federation.</summary>
    public static Decision Decide(DiscriminationCase state, RecordJointInterview command, CaseContext<DiscriminationRules> ctx)
    {
        if (DiscriminationRefusals.RequireSubstantiated(state, "登记约谈", "record a joint interview") is { } refusal) return refusal;
        return Decision.Emit(new DiscriminationJointInterviewHeld(
            state.Id, command.Participants!.Select(p => p.Trim()).ToList(), command.HeldOn!.Value, command.Summary!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class RecordJointInterviewEndpoint
{
    public static ProblemDetails Validate(RecordJointInterview command, CaseServices<DiscriminationRules> services) =>
        RecordJointInterviewDecision.Validate(command, ShanghaiTime.Today(services.Clock)).OrContinue();

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector)]
    [EndpointSummary("登记联合约谈 · Record a joint interview of the employer")]
    [EndpointDescription("认定歧视成立后，监察员登记已进行的联合约谈（可会同工会、妇联约谈用人单位，鲁政发〔2024〕14号）：约谈日期（不能晚于今天）" +
        "、参加单位或人员（1至20个）和约谈情况。须已认定歧视成立，否则返回 422。须提交所看到的案件 version，已过期返回 409。\n\n" +
        "Once discrimination is found substantiated, an inspector records a joint interview of the employer that took place (with the union and " +
        "the women's federation, 鲁政发〔2024〕14号): the date (not in the future), who took part (1 to 20) and a summary. Discrimination must " +
        "have been found substantiated (422 otherwise). Send the case version you saw; a stale one gets 409.")]
    [Tags("就业歧视案件 · Employment discrimination")]
    [WolverinePost("/api/discrimination/{id}/record-joint-interview", OperationId = "recordDiscriminationJointInterview")]
    public static (CommandAnswer<CaseCommandAccepted<DiscriminationStatus>>, Events, OutgoingMessages) Post(
        RecordJointInterview command, [WriteAggregate(AlwaysEnforceConsistency = true)] DiscriminationCase @case, ClaimsPrincipal user, CaseServices<DiscriminationRules> services) =>
        CaseCommandAnswer.From(@case, RecordJointInterviewDecision.Decide(@case, command, services.ContextFor(user)));
}

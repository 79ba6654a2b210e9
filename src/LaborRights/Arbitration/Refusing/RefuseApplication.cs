using System.Security.Claims;
using LaborRights.Security;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Refusing;

public sealed record RefuseApplication(int Version, string? Reason);

public static class RefuseApplicationDecision
{
    public static FieldErrors Validate(RefuseApplication command) => new FieldErrors()
        .Text("reason", command.Reason, 2000, "不予受理理由", "Reason");

    /// <summary>劳动争议调解仲裁法 第29条: refusal is in writing with the reason; the applicant may then sue in court.</summary>
    public static Decision Decide(ArbitrationCase state, RefuseApplication command, ArbitrationContext ctx)
    {
        if (!state.AwaitsAcceptance)
            return CaseRefusals.NotAllowedIn(state.Status, "作出不予受理决定", "be refused");
        return Decision.Emit(new ArbitrationApplicationRefused(state.Id, command.Reason!.Trim(), ctx.Actor, ctx.Now));
    }
}

public static class RefuseApplicationEndpoint
{
    public static ProblemDetails Validate(RefuseApplication command) => RefuseApplicationDecision.Validate(command).OrContinue();

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator)]
    [WolverinePost("/api/arbitration/{id}/refuse")]
    public static (CommandAnswer<CaseCommandAccepted<ArbitrationStatus>>, Events, OutgoingMessages) Post(
        RefuseApplication command, [WriteAggregate] ArbitrationCase @case, ClaimsPrincipal user, ArbitrationServices services) =>
        CaseCommandAnswer.From(@case, RefuseApplicationDecision.Decide(@case, command, services.ContextFor(user)));
}

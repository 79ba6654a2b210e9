using LaborRights.Security;

namespace LaborRights.Web.Staff;

/// <summary>
/// The three extension actions every kind's page offers (<see cref="ExtensionRequests"/>): the handling staff ask,
/// the approver approves or declines — each bound to the same decide functions as the API's endpoints.
/// </summary>
public static class ExtensionActions
{
    /// <param name="period">The case's period as the rules of extension read it.</param>
    /// <param name="who">The acting person of the page's context.</param>
    /// <param name="approve">The kind's approval (it computes the new deadline by the kind's law).</param>
    /// <param name="approverRole">Who approves this kind's extensions.</param>
    public static IReadOnlyList<CaseAction<TCase, TContext>> For<TCase, TContext>(
        Func<TCase, ExtensionRequests.Period> period, Func<TContext, (string Actor, DateTimeOffset Now, StaffScope? Scope)> who,
        Func<TCase, TContext, Decision> approve, string approverRole)
        where TCase : class, IFoldedCase<TCase> =>
    [
        new(new("request-extension", "Case.RequestExtension", "Case.RequestExtension.Hint",
            [new("reason", "Case.Extend.Reason", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RequestExtension(input.Version, input.Text("reason"));
                var (actor, now, _) = who(x);
                return CommandPlan<TCase>.Of(input, ExtensionRequests.Validate(command), s => ExtensionRequests.Request(s.Id, period(s), command, actor, now));
            },
            (state, x) =>
            {
                var (actor, now, _) = who(x);
                return ExtensionRequests.Request(state.Id, period(state), new RequestExtension(state.Version, "probe"), actor, now);
            }),

        new(new("approve-extension", "Case.ApproveExtension", "Case.ApproveExtension.Hint", []),
            (input, x) => CommandPlan<TCase>.Of(input, new FieldErrors(), s => approve(s, x)),
            approve,
            Role: approverRole),

        new(new("decline-extension", "Case.DeclineExtension", null,
            [new("reason", "Case.DeclineExtension.Reason", ActionFieldKind.LongText, MaxLength: 2000)], Warning: true),
            (input, x) =>
            {
                var command = new DeclineExtension(input.Version, input.Text("reason"));
                var (actor, now, scope) = who(x);
                return CommandPlan<TCase>.Of(input, ExtensionRequests.Validate(command),
                    s => ExtensionRequests.Decline(s.Id, period(s), command, actor, scope, now));
            },
            (state, x) =>
            {
                var (actor, now, scope) = who(x);
                return ExtensionRequests.Decline(state.Id, period(state), new DeclineExtension(state.Version, "probe"), actor, scope, now);
            },
            Role: approverRole),
    ];
}

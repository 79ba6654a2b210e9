using LaborRights.Calendar;

namespace LaborRights.Cases;

/// <summary>
/// 劳动保障监察条例 第17条: a labour-inspection case (a wage-arrears complaint, a discrimination complaint, an
/// inspection) closes within its period; a complex one may be extended once, before the period has ended, when its
/// staff ask for it (<see cref="ExtensionRequests"/>) and a supervisor of the county's city or the province approves.
/// </summary>
public static class InvestigationExtension
{
    /// <summary>
    /// The approval's form: <c>approvedBy</c> is no longer read (the approver is the signed-in account), <c>reason</c>
    /// is no longer needed (the request states it); both are still bounded.
    /// </summary>
    public static FieldErrors Validate(string? approvedBy, string? reason) => new FieldErrors()
        .MaxLength("approvedBy", approvedBy, 50, "批准人", "Approver")
        .MaxLength("reason", reason, 2000, "延期理由", "Reason");

    /// <param name="extended">The event to append, given the current due date, the new deadline and the request approved.</param>
    public static Decision Approve<TRules>(ExtensionRequests.Period period, CaseContext<TRules> ctx, Func<DateOnly, Deadline, PendingExtension, object> extended)
        where TRules : LabourInspectionPeriods
    {
        if (ExtensionRequests.RefuseApproval(period, ctx.Actor, ctx.Scope, ctx.Today) is { } refusal) return refusal;
        var currentDue = period.CurrentDue!.Value;
        return Decision.Emit(extended(currentDue, ctx.Calendar.AddWorkingDays(currentDue, ctx.Rules.ExtensionWorkingDays), period.Pending!));
    }
}

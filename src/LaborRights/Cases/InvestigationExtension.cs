using LaborRights.Calendar;

namespace LaborRights.Cases;

/// <summary>
/// 劳动保障监察条例 第17条: a labour-inspection case (a wage-arrears complaint, an inspection) closes within its
/// period; a complex one may be extended once, by another person's approval, before the period has ended.
/// </summary>
public static class InvestigationExtension
{
    public static FieldErrors Validate(string? approvedBy, string? reason) => new FieldErrors()
        .Text("approvedBy", approvedBy, 50, "批准人", "Approver")
        .Text("reason", reason, 2000, "延期理由", "Reason");

    /// <param name="extended">The event to append, given the current due date and the new deadline.</param>
    public static Decision Decide<TRules>(bool isOpen, Enum status, bool alreadyExtended, DateOnly currentDue, string approvedBy,
        CaseContext<TRules> ctx, Func<DateOnly, Deadline, object> extended) where TRules : LabourInspectionPeriods
    {
        if (!isOpen) return CaseRefusals.NotAllowedIn(status, "延长办案期限", "be extended");
        if (alreadyExtended)
            return new Refusal("already-extended", "办案期限只能延长一次。", "The investigation period can be extended only once.");
        if (string.Equals(approvedBy.Trim(), ctx.Actor, StringComparison.OrdinalIgnoreCase))
            return new Refusal("self-approval", "延期须由他人批准。", "An extension must be approved by someone other than the requester.");
        if (ctx.Today > currentDue)
            return new Refusal("period-already-expired",
                $"办案期限已于{currentDue:yyyy-MM-dd}届满，不能再延长。", $"The period ended on {currentDue:yyyy-MM-dd}; it can no longer be extended.");
        return Decision.Emit(extended(currentDue, ctx.Calendar.AddWorkingDays(currentDue, ctx.Rules.ExtensionWorkingDays)));
    }
}

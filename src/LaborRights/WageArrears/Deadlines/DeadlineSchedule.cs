using Wolverine;

namespace LaborRights.WageArrears.Deadlines;

/// <summary>The wage-arrears clocks: acceptance (5 working days), investigation (60, extendable by 30) and the pay-by date.</summary>
public static class DeadlineSchedule
{
    public static OutgoingMessages For(IEnumerable<object> events) => CaseDeadlines.Schedule(events.Select(e => e switch
    {
        WageArrearsComplaintReceived x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
        MaterialSupplied x => new AcceptanceDeadlineReached(x.WageArrearsCaseId, x.AcceptanceDueOn),
        ComplaintAccepted x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.InvestigationDueOn),
        InvestigationExtended x => new InvestigationDeadlineReached(x.WageArrearsCaseId, x.NewDueOn),
        PaymentOrdered x => new PaymentDeadlineReached(x.WageArrearsCaseId, x.PayBy),
        _ => (IDeadlineMessage?)null,
    }));
}

using LaborRights.Referrals;
using Wolverine;

namespace LaborRights.WageArrears.Linking;

/// <summary>
/// What a wage-arrears decision starts elsewhere (联动机制), as durable messages sent through the transactional
/// outbox with the events: a transfer to the police opens an enforcement referral record.
/// </summary>
public static class WageArrearsLinkage
{
    public static IEnumerable<object> For(WageArrearsCase state, IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            if (e is TransferredToPolice transfer)
            {
                yield return OpenEnforcementReferralHandler.ForPoliceTransfer(
                    new CaseReference(CaseKind.WageArrears, state.Id), transfer.PoliceAgency, state.Employer.Name, state.Employer.CreditCode,
                    state.CountyCode, transfer.OutstandingAmount, transfer.Reason);
            }
        }
    }
}

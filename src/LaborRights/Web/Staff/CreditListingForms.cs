using LaborRights.CreditSanctions;

namespace LaborRights.Web.Staff;

/// <summary>The forms of the credit-sanctions procedure in the workbench; field names are the API commands' properties.</summary>
public static class CreditListingForms
{
    public static readonly CaseActionForm ServeNotice = new("serve-notice", "Listing.ServeNotice", "Listing.ServeNotice.Hint",
        [new("servedOn", "Listing.ServedOn", ActionFieldKind.Date)]);

    public static readonly CaseActionForm RecordStatement = new("record-statement", "Listing.RecordStatement", null,
        [new("statement", "Listing.Statement", ActionFieldKind.LongText, MaxLength: CreditListingRules.MaxTextLength)]);

    public static readonly CaseActionForm Decide = new("decide", "Listing.Decide", "Listing.Decide.Hint",
    [
        new("list", "Listing.Decide.List", ActionFieldKind.YesNo),
        new("reason", "Listing.Decide.Reason", ActionFieldKind.LongText, MaxLength: CreditListingRules.MaxTextLength),
    ], Warning: true);

    public static readonly CaseActionForm RemoveEarly = new("remove-early", "Listing.RemoveEarly", "Listing.RemoveEarly.Hint",
    [
        new("paidOn", "Listing.PaidOn", ActionFieldKind.Date),
        new("pledgeReceivedOn", "Listing.PledgeReceivedOn", ActionFieldKind.Date),
        new("note", "Listing.Note", ActionFieldKind.LongText, MaxLength: CreditListingRules.MaxTextLength),
    ]);
}

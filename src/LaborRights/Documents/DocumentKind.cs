using LaborRights.WageArrears;

namespace LaborRights.Documents;

/// <summary>The written decisions the statutes require (文书), one per kind of decision.</summary>
public enum DocumentKind
{
    /// <summary>受理通知书: the complaint is accepted and the case filed.</summary>
    WageArrearsAcceptance,

    /// <summary>不予受理决定书: the complaint is refused, in writing (若干规定 第十五条).</summary>
    WageArrearsRejection,

    /// <summary>限期改正指令书: the employer is ordered to pay the arrears by a date (条例 第二十六条).</summary>
    WageArrearsPaymentOrder,

    /// <summary>行政处理决定书: additional compensation for not paying by the date (条例 第二十六条).</summary>
    WageArrearsExtraCompensation,
}

/// <summary>Who a document is addressed to, so that its service is recorded against the right party.</summary>
public enum DocumentAddressee { Complainant, Employer }

/// <summary>What a kind of document is issued on: its case kind, the decision (event) it puts in writing, its addressee.</summary>
public sealed record DocumentKindInfo(DocumentKind Kind, CaseKind CaseKind, Type DecisionEvent, DocumentAddressee Addressee, string IssuerRole);

public static class DocumentKinds
{
    public static IReadOnlyList<DocumentKindInfo> All { get; } =
    [
        new(DocumentKind.WageArrearsAcceptance, CaseKind.WageArrears, typeof(ComplaintAccepted), DocumentAddressee.Complainant, Security.StaffRoles.Inspector),
        new(DocumentKind.WageArrearsRejection, CaseKind.WageArrears, typeof(ComplaintRejected), DocumentAddressee.Complainant, Security.StaffRoles.Inspector),
        new(DocumentKind.WageArrearsPaymentOrder, CaseKind.WageArrears, typeof(PaymentOrdered), DocumentAddressee.Employer, Security.StaffRoles.Inspector),
        new(DocumentKind.WageArrearsExtraCompensation, CaseKind.WageArrears, typeof(ExtraCompensationImposed), DocumentAddressee.Employer, Security.StaffRoles.Inspector),
    ];

    public static DocumentKindInfo Of(DocumentKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The kinds a case's events call for: each decision in writing, once per decision (the latest counts).</summary>
    public static IReadOnlyList<DocumentKindInfo> CalledFor(CaseKind caseKind, IReadOnlyList<object> events) =>
        [.. All.Where(k => k.CaseKind == caseKind && events.Any(e => k.DecisionEvent.IsInstanceOfType(e)))];
}

using LaborRights.Arbitration;
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

    /// <summary>涉嫌犯罪案件移送书: the case goes to the police (行政执法机关移送涉嫌犯罪案件的规定 第八条).</summary>
    WageArrearsPoliceTransfer,

    /// <summary>受理通知书 of a discrimination complaint.</summary>
    DiscriminationAcceptance,

    /// <summary>不予受理决定书 of a discrimination complaint.</summary>
    DiscriminationRejection,

    /// <summary>限期改正指令书: the employer must end the discrimination (e.g. withdraw the job ad) by a date.</summary>
    DiscriminationCorrectionOrder,

    /// <summary>行政处罚决定书: a fine for discrimination not corrected (妇女权益保障法 第八十三条).</summary>
    DiscriminationFine,

    /// <summary>限期改正指令书 of a labour inspection (劳动保障监察条例 第十八条).</summary>
    InspectionRectificationOrder,

    /// <summary>行政处罚决定书 of a labour inspection, after the employer was heard.</summary>
    InspectionPenalty,

    /// <summary>受理通知书 (arbitration): the application is accepted (调解仲裁法 第二十九条).</summary>
    ArbitrationAcceptance,

    /// <summary>不予受理通知书: the application is refused in writing with the reason (第二十九条).</summary>
    ArbitrationRefusal,

    /// <summary>仲裁庭组成通知书: the parties are told who sits, within 5 days of acceptance (第三十二条).</summary>
    ArbitrationPanelNotice,

    /// <summary>延期审理通知书: the chair's extension of the award period, notified in writing (第四十三条).</summary>
    ArbitrationExtensionNotice,

    /// <summary>开庭通知书: the parties are told of the hearing at least 5 days before (第三十五条).</summary>
    ArbitrationHearingNotice,

    /// <summary>调解书: the mediation agreement in writing, binding once signed for (第四十二条).</summary>
    ArbitrationMediationStatement,

    /// <summary>先行裁决书: an award on the items whose facts are already clear (第四十三条).</summary>
    ArbitrationPartialAward,

    /// <summary>仲裁裁决书: the award, each claim item with its ruling and whether it is final (第四十六条至第五十条).</summary>
    ArbitrationAward,
}

/// <summary>Who receives a document; its service is recorded for each.</summary>
public enum DocumentAddressee { Complainant, Employer, Applicant, Respondent, Police }

/// <summary>
/// A period that runs from a document's service on one of its addressees (null: on each): to apply for review, to sue,
/// to apply to set aside.
/// </summary>
public sealed record DocumentPeriod(string Code, string Zh, string En, int Days, int Months = 0, DocumentAddressee? For = null)
{
    public DateOnly EndsOn(DateOnly servedOn) => servedOn.AddMonths(Months).AddDays(Days);
}

/// <summary>What a kind of document is issued on: its case kind, the decision (event) it puts in writing, its addressees, the periods it starts.</summary>
public sealed record DocumentKindInfo(
    DocumentKind Kind, CaseKind CaseKind, Type DecisionEvent, IReadOnlyList<DocumentAddressee> Addressees, string IssuerRole,
    IReadOnlyList<DocumentPeriod> Periods);

public static class DocumentKinds
{
    /// <summary>行政复议 within 60 days (行政复议法 第二十条), 行政诉讼 within 6 months (行政诉讼法 第四十六条), of knowing of the decision.</summary>
    public static readonly IReadOnlyList<DocumentPeriod> AdministrativeRemedies =
    [
        new("review", "申请行政复议", "administrative review", 60),
        new("suit", "提起行政诉讼", "suit", 0, Months: 6),
    ];

    /// <summary>调解仲裁法 第四十八条、第五十条: 15 days from receiving the award to sue; 第四十九条: 30 days for the employer to apply to set aside final items.</summary>
    public static readonly IReadOnlyList<DocumentPeriod> AwardRemedies =
    [
        new("sue-award", "向人民法院起诉", "suit against the award", 15),
        new("set-aside", "申请撤销终局裁决", "application to set aside final items", 30, For: DocumentAddressee.Respondent),
    ];

    /// <summary>行政处罚法 第六十七条 (a fine, 15 days) and the decisions that give 15 days to pay from receipt.</summary>
    public static readonly IReadOnlyList<DocumentPeriod> PaymentAndRemedies = [new("pay", "履行缴纳或支付", "payment", 15), .. AdministrativeRemedies];

    private static readonly DocumentAddressee[] Complainant = [DocumentAddressee.Complainant];
    private static readonly DocumentAddressee[] Employer = [DocumentAddressee.Employer];
    private static readonly DocumentAddressee[] Applicant = [DocumentAddressee.Applicant];
    private static readonly DocumentAddressee[] BothParties = [DocumentAddressee.Applicant, DocumentAddressee.Respondent];
    private const string Inspector = Security.StaffRoles.Inspector;
    private const string Arbitrator = Security.StaffRoles.Arbitrator;

    public static IReadOnlyList<DocumentKindInfo> All { get; } =
    [
        new(DocumentKind.WageArrearsAcceptance, CaseKind.WageArrears, typeof(ComplaintAccepted), Complainant, Inspector, []),
        new(DocumentKind.WageArrearsRejection, CaseKind.WageArrears, typeof(ComplaintRejected), Complainant, Inspector, AdministrativeRemedies),
        new(DocumentKind.WageArrearsPaymentOrder, CaseKind.WageArrears, typeof(PaymentOrdered), Employer, Inspector, AdministrativeRemedies),
        new(DocumentKind.WageArrearsExtraCompensation, CaseKind.WageArrears, typeof(ExtraCompensationImposed), Employer, Inspector, PaymentAndRemedies),
        new(DocumentKind.WageArrearsPoliceTransfer, CaseKind.WageArrears, typeof(TransferredToPolice), [DocumentAddressee.Police], Inspector, []),
        new(DocumentKind.DiscriminationAcceptance, CaseKind.Discrimination, typeof(Discrimination.DiscriminationComplaintAccepted), Complainant, Inspector, []),
        new(DocumentKind.DiscriminationRejection, CaseKind.Discrimination, typeof(Discrimination.DiscriminationComplaintRejected), Complainant, Inspector,
            AdministrativeRemedies),
        new(DocumentKind.DiscriminationCorrectionOrder, CaseKind.Discrimination, typeof(Discrimination.DiscriminationCorrectionOrdered), Employer, Inspector,
            AdministrativeRemedies),
        new(DocumentKind.DiscriminationFine, CaseKind.Discrimination, typeof(Discrimination.DiscriminationFineImposed), Employer, Inspector, PaymentAndRemedies),
        new(DocumentKind.InspectionRectificationOrder, CaseKind.Inspection, typeof(Inspections.RectificationOrdered), Employer, Inspector, AdministrativeRemedies),
        new(DocumentKind.InspectionPenalty, CaseKind.Inspection, typeof(Inspections.PenaltyImposed), Employer, Inspector, PaymentAndRemedies),
        new(DocumentKind.ArbitrationAcceptance, CaseKind.Arbitration, typeof(ArbitrationApplicationAccepted), BothParties, Arbitrator, []),
        new(DocumentKind.ArbitrationRefusal, CaseKind.Arbitration, typeof(ArbitrationApplicationRefused), Applicant, Arbitrator, []),
        new(DocumentKind.ArbitrationPanelNotice, CaseKind.Arbitration, typeof(ArbitrationPanelFormed), BothParties, Arbitrator, []),
        new(DocumentKind.ArbitrationExtensionNotice, CaseKind.Arbitration, typeof(ArbitrationPeriodExtended), BothParties, Arbitrator, []),
        new(DocumentKind.ArbitrationHearingNotice, CaseKind.Arbitration, typeof(HearingScheduled), BothParties, Arbitrator, []),
        new(DocumentKind.ArbitrationMediationStatement, CaseKind.Arbitration, typeof(MediationAgreementReached), BothParties, Arbitrator, []),
        new(DocumentKind.ArbitrationPartialAward, CaseKind.Arbitration, typeof(PartialAwardIssued), BothParties, Arbitrator, AwardRemedies),
        new(DocumentKind.ArbitrationAward, CaseKind.Arbitration, typeof(ArbitrationAwardIssued), BothParties, Arbitrator, AwardRemedies),
    ];

    public static DocumentKindInfo Of(DocumentKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The kinds a case's events call for: each decision in writing, once per decision (the latest counts).</summary>
    public static IReadOnlyList<DocumentKindInfo> CalledFor(CaseKind caseKind, IReadOnlyList<object> events) =>
        [.. All.Where(k => k.CaseKind == caseKind && events.Any(e => k.DecisionEvent.IsInstanceOfType(e)))];

    public static string AddresseeZh(DocumentAddressee addressee) => addressee switch
    {
        DocumentAddressee.Complainant => "投诉人",
        DocumentAddressee.Employer => "用人单位",
        DocumentAddressee.Applicant => "申请人",
        DocumentAddressee.Police => "公安机关",
        _ => "被申请人",
    };
}

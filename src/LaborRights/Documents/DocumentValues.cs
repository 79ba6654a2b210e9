using System.Globalization;
using LaborRights.ReferenceData;
using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.Inspections;
using LaborRights.Inspections.GettingDetails;
using LaborRights.WageArrears;

namespace LaborRights.Documents;

/// <summary>One value a document states, and where it was read: an event's type, or <see cref="ReferenceData"/>, or <see cref="Issue"/>.</summary>
public sealed record DocumentValue(string Text, string Source)
{
    /// <summary>The county's reference data (the office, the review body).</summary>
    public const string ReferenceData = "reference-data";

    /// <summary>The act of issuing itself (the document's number and date).</summary>
    public const string Issue = "issue";
}

/// <summary>The values a case's events give its documents, by placeholder name, each with its source.</summary>
public sealed class DocumentValues
{
    private readonly Dictionary<string, DocumentValue> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DocumentValue> All => _values;

    public DocumentValues Set(string name, string? text, string source)
    {
        if (text is not null) _values[name] = new DocumentValue(text, source);
        return this;
    }

    public DocumentValues From<TEvent>(string name, string? text) => Set(name, text, typeof(TEvent).Name);

    public string? this[string name] => _values.TryGetValue(name, out var v) ? v.Text : null;

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => Date(ShanghaiTime.DateOf(at));

    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A person's words ending a sentence of the document: a full stop added when they end without one.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || "。！？；.!?".Contains(trimmed[^1]) ? trimmed : trimmed + "。";
    }

    /// <summary>
    /// The issuing office of a county (济南市历下区人力资源和社会保障局; a county or county-level city without its
    /// city), the body that hears an administrative review (its people's government), and the number's prefix.
    /// </summary>
    public DocumentValues Office(County county)
    {
        var place = county.Kind == "district" ? county.CityName + county.Name : county.Name;
        Set("office", place + "人力资源和社会保障局", DocumentValue.ReferenceData);
        Set("reviewBody", place + "人民政府", DocumentValue.ReferenceData);
        return Set("officeShort", ShortName(county.Name), DocumentValue.ReferenceData);
    }

    /// <summary>
    /// The county's labour dispute arbitration commission as the issuing office, the basic court where a party sues, and
    /// the city's intermediate court that hears applications to set aside final awards.
    /// </summary>
    public DocumentValues Commission(County county)
    {
        var place = county.Kind == "district" ? county.CityName + county.Name : county.Name;
        Set("office", place + "劳动人事争议仲裁委员会", DocumentValue.ReferenceData);
        Set("intermediateCourt", county.CityName + "中级人民法院", DocumentValue.ReferenceData);
        return Set("officeShort", ShortName(county.Name), DocumentValue.ReferenceData);
    }

    /// <summary>1 → 一, 12 → 十二, 25 → 二十五: how a document numbers its items.</summary>
    public static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        return (n / 10 == 1 ? "" : digits[n / 10].ToString()) + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
    }

    /// <summary>An arbitration case's values, read from its events in order.</summary>
    public static DocumentValues OfArbitration(IReadOnlyList<object> events, ShandongRegions regions)
    {
        var v = new DocumentValues();
        IReadOnlyList<ClaimItem> claims = [];
        foreach (var e in events)
        {
            switch (e)
            {
                case ArbitrationApplied x:
                    if (regions.FindCounty(x.CountyCode) is { } county) v.Commission(county);
                    claims = x.Claims;
                    v.From<ArbitrationApplied>("trackingNumber", x.TrackingNumber)
                        .From<ArbitrationApplied>("receivedOn", Date(x.ReceivedAt))
                        .From<ArbitrationApplied>("applicantName", x.Applicant.Name)
                        .From<ArbitrationApplied>("applicantLine", PartyLine(x.Applicant))
                        .From<ArbitrationApplied>("respondentName", x.Respondent.Name)
                        .From<ArbitrationApplied>("respondentLine", PartyLine(x.Respondent))
                        .From<ArbitrationApplied>("claimsList", string.Join('\n', x.Claims.Select(c =>
                            $"{Numeral(c.Number)}、{c.Description}{(c.Amount is { } a ? $"（人民币{Money(a)}元）" : "")}；")));
                    break;
                case ArbitrationApplicationAccepted x:
                    v.From<ArbitrationApplicationAccepted>("caseNumber", x.CaseNumber).From<ArbitrationApplicationAccepted>("acceptedOn", Date(x.AcceptedOn))
                        .From<ArbitrationApplicationAccepted>("awardDueOn", Date(x.AwardDueOn));
                    break;
                case ArbitrationApplicationRefused x:
                    v.From<ArbitrationApplicationRefused>("refusalReason", Sentence(x.Reason)).From<ArbitrationApplicationRefused>("refusedOn", Date(x.RefusedAt));
                    break;
                case ArbitrationPanelFormed x:
                    var others = x.Arbitrators.Where(a => a != x.PresidingArbitrator).ToList();
                    v.From<ArbitrationPanelFormed>("panel", others.Count == 0
                        ? $"独任仲裁员{x.PresidingArbitrator}"
                        : $"首席仲裁员{x.PresidingArbitrator}、仲裁员{string.Join("、", others)}");
                    break;
                case ArbitrationPeriodExtended x:
                    v.From<ArbitrationPeriodExtended>("extensionDays", x.ExtensionDays.ToString(CultureInfo.InvariantCulture))
                        .From<ArbitrationPeriodExtended>("previousDueOn", Date(x.PreviousDueOn)).From<ArbitrationPeriodExtended>("newDueOn", Date(x.NewDueOn))
                        .From<ArbitrationPeriodExtended>("extensionReason", x.Reason.Trim().TrimEnd('。', '.', '；'));
                    break;
                case HearingScheduled x:
                    v.From<HearingScheduled>("hearingOn", Date(x.HearingOn)).From<HearingScheduled>("hearingPlace", x.Place)
                        .From<HearingScheduled>("notifiedOn", Date(x.NotifiedOn));
                    break;
                case MediationAgreementReached x:
                    v.From<MediationAgreementReached>("settlementItems", string.Join('\n', x.Items.Select((item, i) =>
                            $"{Numeral(i + 1)}、{item.Description}{(item.Amount is { } a ? $"（人民币{Money(a)}元）" : "")}；")))
                        .From<MediationAgreementReached>("settlementSummary", x.Summary)
                        .From<MediationAgreementReached>("mediatedOn", Date(x.ReachedAt));
                    break;
                case PartialAwardIssued x:
                    Award<PartialAwardIssued>(v, "partial", x.Items, claims, x.ByDefault, x.IssuedAt);
                    break;
                case ArbitrationAwardIssued x:
                    Award<ArbitrationAwardIssued>(v, "award", x.Items, claims, x.ByDefault, x.IssuedAt);
                    break;
            }
        }
        return v;
    }

    /// <summary>An award's items, each with its ruling, the amount and whether it is final; and which kinds of items it holds.</summary>
    private static void Award<TEvent>(DocumentValues v, string prefix, IReadOnlyList<AwardedItem> items, IReadOnlyList<ClaimItem> claims, bool byDefault,
        DateTimeOffset issuedAt)
    {
        var lines = items.OrderBy(i => i.ClaimNumber).Select((item, i) =>
        {
            var claim = claims.FirstOrDefault(c => c.Number == item.ClaimNumber)?.Description ?? "";
            var amount = item.GrantedAmount is { } a ? $"（裁决金额：人民币{Money(a)}元）" : "";
            return $"{Numeral(i + 1)}、关于第{item.ClaimNumber}项请求（{claim}）：{item.Ruling}{amount}。{(item.IsFinal ? "本项为终局裁决。" : "本项为非终局裁决。")}";
        });
        v.From<TEvent>(prefix + "Items", string.Join('\n', lines))
            .From<TEvent>(prefix + "On", Date(issuedAt))
            .From<TEvent>(prefix + "ByDefault", byDefault ? "（被申请人经书面通知，无正当理由拒不到庭，本委依法缺席裁决）" : "")
            .From<TEvent>(prefix + "HasFinalItems", items.Any(i => i.IsFinal) ? "true" : "false")
            .From<TEvent>(prefix + "HasNonFinalItems", items.Any(i => !i.IsFinal) ? "true" : "false")
            .From<TEvent>(prefix + "HasPayItems", items.Any(i => i.Category == ClaimCategory.Pay) ? "true" : "false");
    }

    /// <summary>A party as the document names it: a worker by name and resident ID number, an employer by name and credit code.</summary>
    private static string PartyLine(Party p) => p.Kind == PartyKind.Worker
        ? $"{p.Name}，公民身份号码{p.IdNumber}"
        : $"{p.Name}，统一社会信用代码{p.IdNumber}";

    /// <summary>历下区 → 历下, 胶州市 → 胶州: how the office abbreviates itself in its document numbers.</summary>
    public static string ShortName(string countyName) =>
        countyName.Length > 2 && countyName[^1] is '区' or '县' or '市' ? countyName[..^1] : countyName;

    private static readonly string[] Common = ["number", "issuedOn", "basis", "office", "officeShort"];

    /// <summary>Every value a document of the kind of case can state: what a template may use (checked when the province saves one).</summary>
    public static IReadOnlySet<string> Names(CaseKind kind) => kind switch
    {
        CaseKind.Arbitration => ArbitrationNames,
        CaseKind.Discrimination => DiscriminationNames,
        CaseKind.Inspection => InspectionNames,
        _ => WageArrearsNames,
    };

    private static readonly IReadOnlySet<string> DiscriminationNames = new HashSet<string>(
    [
        .. Common, "reviewBody", "trackingNumber", "receivedOn", "complainantName", "employerName", "employerCreditCode", "grounds", "occurredOn",
        "complaintDescription", "caseNumber", "filedOn", "investigationDueOn", "reason", "rejectionGround", "rejectionExplanation", "competentBody",
        "rejectedOn", "findingReasons", "correctionRequirements", "correctBy", "orderedOn", "fineAmount", "fineReason", "finedOn", "fineCorrectBy",
        "sexGround",
    ]);

    private static readonly IReadOnlySet<string> InspectionNames = new HashSet<string>(
    [
        .. Common, "reviewBody", "caseNumber", "filedOn", "employerName", "employerCreditCode", "inspectionReason", "violations", "heardOn",
        "employerStatement", "rectificationRequirements", "rectifyBy", "orderedOn", "penaltyAmount", "penaltyBasis", "penalizedOn",
    ]);

    private static readonly IReadOnlySet<string> WageArrearsNames = new HashSet<string>(
    [
        .. Common, "reviewBody", "trackingNumber", "receivedOn", "complainantName", "employerName", "employerCreditCode", "employerAddress", "caseNumber",
        "filedOn", "investigationDueOn", "reason", "rejectionGround", "rejectionExplanation", "competentBody", "rejectedOn", "confirmedAmount",
        "workersOwed", "orderedAmount", "payBy", "orderedOn", "extraRate", "extraAmount", "owedAtImposition", "imposedOn", "policeAgency",
        "transferReason", "transferAmount", "transferredOn",
    ]);

    private static readonly IReadOnlySet<string> ArbitrationNames = new HashSet<string>(
    [
        .. Common, "intermediateCourt", "trackingNumber", "receivedOn", "applicantName", "applicantLine", "respondentName", "respondentLine",
        "claimsList", "caseNumber", "acceptedOn", "awardDueOn", "refusalReason", "refusedOn", "panel", "hearingOn", "hearingPlace", "notifiedOn",
        "settlementItems", "settlementSummary", "mediatedOn", "extensionDays", "previousDueOn", "newDueOn", "extensionReason",
        .. new[] { "partial", "award" }.SelectMany(p => new[] { "Items", "On", "ByDefault", "HasFinalItems", "HasNonFinalItems", "HasPayItems" }.Select(n => p + n)),
    ]);

    /// <summary>The values of a case of any kind that has documents.</summary>
    public static DocumentValues Of(CaseKind kind, IReadOnlyList<object> events, ShandongRegions regions) => kind switch
    {
        CaseKind.Arbitration => OfArbitration(events, regions),
        CaseKind.Discrimination => OfDiscrimination(events, regions),
        CaseKind.Inspection => OfInspection(events, regions),
        _ => OfWageArrears(events, regions),
    };

    /// <summary>A discrimination case's values, read from its events in order.</summary>
    public static DocumentValues OfDiscrimination(IReadOnlyList<object> events, ShandongRegions regions)
    {
        var v = new DocumentValues();
        foreach (var e in events)
        {
            switch (e)
            {
                case DiscriminationComplaintReceived x:
                    if (regions.FindCounty(x.CountyCode) is { } county) v.Office(county);
                    v.From<DiscriminationComplaintReceived>("trackingNumber", x.TrackingNumber)
                        .From<DiscriminationComplaintReceived>("receivedOn", Date(x.ReceivedAt))
                        .From<DiscriminationComplaintReceived>("complainantName", x.Filer.Name)
                        .From<DiscriminationComplaintReceived>("employerName", x.Employer.Name)
                        .From<DiscriminationComplaintReceived>("employerCreditCode", x.Employer.CreditCode)
                        .From<DiscriminationComplaintReceived>("grounds", string.Join("、", x.Grounds.Select(g => g == DiscriminationGround.Other && x.OtherGround is { } other
                            ? other : DiscriminationGrounds.Zh(g))))
                        .From<DiscriminationComplaintReceived>("sexGround",
                            x.Grounds.Any(g => g is DiscriminationGround.Sex or DiscriminationGround.PregnancyMarriageChildbearing) ? "true" : "false")
                        .From<DiscriminationComplaintReceived>("occurredOn", Date(x.OccurredOn))
                        .From<DiscriminationComplaintReceived>("complaintDescription", x.Description);
                    break;
                case DiscriminationComplaintAccepted x:
                    v.From<DiscriminationComplaintAccepted>("caseNumber", x.CaseNumber).From<DiscriminationComplaintAccepted>("filedOn", Date(x.FiledOn))
                        .From<DiscriminationComplaintAccepted>("investigationDueOn", Date(x.InvestigationDueOn));
                    break;
                case DiscriminationComplaintRejected x:
                    v.From<DiscriminationComplaintRejected>("reason", x.Reason.ToString())
                        .From<DiscriminationComplaintRejected>("rejectionGround", RejectionGround(x.Reason switch
                        {
                            DiscriminationRejectionReason.TimeBarred => RejectionReason.TimeBarred,
                            DiscriminationRejectionReason.OutsideJurisdiction => RejectionReason.OutsideJurisdiction,
                            _ => RejectionReason.OutsideScope,
                        }))
                        .From<DiscriminationComplaintRejected>("rejectionExplanation", Sentence(x.Explanation))
                        .From<DiscriminationComplaintRejected>("competentBody", x.CompetentBody)
                        .From<DiscriminationComplaintRejected>("rejectedOn", Date(x.RejectedAt));
                    break;
                case DiscriminationFindingRecorded { Substantiated: true } x:
                    v.From<DiscriminationFindingRecorded>("findingReasons", Sentence(x.Reasons));
                    break;
                case DiscriminationCorrectionOrdered x:
                    v.From<DiscriminationCorrectionOrdered>("correctionRequirements", x.Requirements)
                        .From<DiscriminationCorrectionOrdered>("correctBy", Date(x.CorrectBy)).From<DiscriminationCorrectionOrdered>("orderedOn", Date(x.OrderedAt));
                    break;
                case DiscriminationFineImposed x:
                    v.From<DiscriminationFineImposed>("fineAmount", Money(x.Amount)).From<DiscriminationFineImposed>("fineReason", Sentence(x.Reason))
                        .From<DiscriminationFineImposed>("finedOn", Date(x.ImposedAt)).From<DiscriminationFineImposed>("fineCorrectBy", Date(x.CorrectionDueOn));
                    break;
            }
        }
        return v;
    }

    /// <summary>A labour inspection's values, read from its events in order.</summary>
    public static DocumentValues OfInspection(IReadOnlyList<object> events, ShandongRegions regions)
    {
        var v = new DocumentValues();
        var violations = new List<ViolationFound>();
        foreach (var e in events)
        {
            switch (e)
            {
                case InspectionCaseOpened x:
                    if (regions.FindCounty(x.CountyCode) is { } county) v.Office(county);
                    v.From<InspectionCaseOpened>("caseNumber", x.CaseNumber).From<InspectionCaseOpened>("filedOn", Date(x.FiledOn))
                        .From<InspectionCaseOpened>("employerName", x.EmployerName).From<InspectionCaseOpened>("employerCreditCode", x.EmployerCreditCode)
                        .From<InspectionCaseOpened>("inspectionReason", x.Reason);
                    break;
                case ViolationFound x:
                    violations.Add(x);
                    v.From<ViolationFound>("violations", string.Join('\n', violations.Select((f, i) =>
                        $"{Numeral(i + 1)}、{InspectionHistoryText.CategoryZh(f.Category)}：{f.Description}" +
                        (f.AmountOwed is { } owed ? $"（涉及金额人民币{Money(owed)}元{(f.WorkersAffected is { } w ? $"，{w}人" : "")}）" : "") + "；")));
                    break;
                case EmployerHeard x:
                    v.From<EmployerHeard>("heardOn", Date(x.HeardOn)).From<EmployerHeard>("employerStatement", Sentence(x.Statement));
                    break;
                case RectificationOrdered x:
                    v.From<RectificationOrdered>("rectificationRequirements", x.Requirements).From<RectificationOrdered>("rectifyBy", Date(x.RectifyBy))
                        .From<RectificationOrdered>("orderedOn", Date(x.OrderedAt));
                    break;
                case PenaltyImposed x:
                    v.From<PenaltyImposed>("penaltyAmount", Money(x.Amount)).From<PenaltyImposed>("penaltyBasis", x.LegalBasis)
                        .From<PenaltyImposed>("penalizedOn", Date(x.ImposedAt));
                    break;
            }
        }
        return v;
    }

    /// <summary>A wage-arrears case's values, read from its events in order (the latest of each decision counts).</summary>
    public static DocumentValues OfWageArrears(IReadOnlyList<object> events, ShandongRegions regions)
    {
        var v = new DocumentValues();
        foreach (var e in events)
        {
            switch (e)
            {
                case WageArrearsComplaintReceived x:
                    if (regions.FindCounty(x.CountyCode) is { } county) v.Office(county);
                    v.From<WageArrearsComplaintReceived>("trackingNumber", x.TrackingNumber)
                        .From<WageArrearsComplaintReceived>("receivedOn", Date(x.ReceivedAt))
                        .From<WageArrearsComplaintReceived>("complainantName", x.Complainant?.Name)
                        .From<WageArrearsComplaintReceived>("employerName", x.Employer?.Name ?? x.ReportedEmployer?.Name)
                        .From<WageArrearsComplaintReceived>("employerCreditCode", x.Employer?.CreditCode)
                        .From<WageArrearsComplaintReceived>("employerAddress", x.ReportedEmployer?.Address);
                    break;
                case EmployerIdentified x:
                    v.From<EmployerIdentified>("employerName", x.Employer.Name).From<EmployerIdentified>("employerCreditCode", x.Employer.CreditCode);
                    break;
                case ComplaintAccepted x:
                    v.From<ComplaintAccepted>("caseNumber", x.CaseNumber).From<ComplaintAccepted>("filedOn", Date(x.FiledOn))
                        .From<ComplaintAccepted>("investigationDueOn", Date(x.InvestigationDueOn));
                    break;
                case ComplaintRejected x:
                    v.From<ComplaintRejected>("reason", x.Reason.ToString())
                        .From<ComplaintRejected>("rejectionGround", RejectionGround(x.Reason))
                        .From<ComplaintRejected>("rejectionExplanation", Sentence(x.Explanation))
                        .From<ComplaintRejected>("competentBody", x.CompetentBody)
                        .From<ComplaintRejected>("rejectedOn", Date(x.RejectedAt));
                    break;
                case ArrearsConfirmed x:
                    v.From<ArrearsConfirmed>("confirmedAmount", Money(x.Amount))
                        .From<ArrearsConfirmed>("workersOwed", x.WorkersOwed.ToString(CultureInfo.InvariantCulture));
                    break;
                case PaymentOrdered x:
                    v.From<PaymentOrdered>("orderedAmount", Money(x.Amount)).From<PaymentOrdered>("payBy", Date(x.PayBy))
                        .From<PaymentOrdered>("orderedOn", Date(x.OrderedAt));
                    break;
                case TransferredToPolice x:
                    v.From<TransferredToPolice>("policeAgency", x.PoliceAgency).From<TransferredToPolice>("transferReason", Sentence(x.Reason))
                        .From<TransferredToPolice>("transferAmount", Money(x.OutstandingAmount)).From<TransferredToPolice>("transferredOn", Date(x.TransferredAt));
                    break;
                case ExtraCompensationImposed x:
                    v.From<ExtraCompensationImposed>("extraRate", (x.Rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%")
                        .From<ExtraCompensationImposed>("extraAmount", Money(x.Amount))
                        .From<ExtraCompensationImposed>("owedAtImposition", Money(x.OwedAtImposition))
                        .From<ExtraCompensationImposed>("imposedOn", Date(x.ImposedAt));
                    break;
            }
        }
        return v;
    }

    /// <summary>What the refusal found, as the decision states it.</summary>
    public static string RejectionGround(RejectionReason reason) => reason switch
    {
        RejectionReason.TimeBarred => "你投诉的违法行为发生在两年以前",
        RejectionReason.OutsideJurisdiction => "你投诉的用人单位用工所在地不在本机关管辖范围内",
        _ => "你投诉的事项不属于劳动保障监察的职权范围",
    };
}

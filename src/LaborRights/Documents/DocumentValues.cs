using System.Globalization;
using LaborRights.ReferenceData;
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

    /// <summary>历下区 → 历下, 胶州市 → 胶州: how the office abbreviates itself in its document numbers.</summary>
    public static string ShortName(string countyName) =>
        countyName.Length > 2 && countyName[^1] is '区' or '县' or '市' ? countyName[..^1] : countyName;

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
                        .From<ComplaintRejected>("rejectionExplanation", x.Explanation)
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

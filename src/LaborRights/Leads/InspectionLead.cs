using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Security.PersonalData;

namespace LaborRights.Leads;

// 举报: anyone — named or anonymous — reports an employer owing wages or discriminating. A report is not a personal
// complaint: it becomes an inspection lead (案件线索) for the county's inspectors, who take it up by opening a labour
// inspection (origin Report) or set it aside with the reason. An anonymous report keeps nothing about the reporter.

public enum ReportSubject
{
    /// <summary>拖欠工资.</summary>
    WageArrears,

    /// <summary>就业歧视.</summary>
    Discrimination,
}

public enum LeadStatus { Open, TakenUp, SetAside }

/// <summary>A named reporter, kept for the inspectors' questions only (never shown unmasked, never on any public page).</summary>
public sealed record Reporter(string Name, string Phone);

/// <param name="ReferenceNumber">举报编号: names the report when the reporter calls; it carries no personal data.</param>
public sealed record LeadReported(
    Guid InspectionLeadId, string ReferenceNumber, ReportSubject Subject, string EmployerName, string? EmployerCreditCode, string? EmployerAddress,
    string CountyCode, string Description, Reporter? Reporter, DateTimeOffset ReportedAt);

public sealed record LeadTakenUp(Guid InspectionLeadId, Guid InspectionCaseId, string CaseNumber, string TakenUpBy, DateTimeOffset TakenUpAt);

public sealed record LeadSetAside(Guid InspectionLeadId, string Reason, string SetAsideBy, DateTimeOffset SetAsideAt);

/// <summary>One report as the county's inspectors read it (the reporter masked), as its events leave it.</summary>
public sealed record InspectionLead : ILocatedRow
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public string ReferenceNumber { get; init; } = "";
    public ReportSubject Subject { get; init; }
    public string EmployerName { get; init; } = "";
    public string? EmployerCreditCode { get; init; }
    public string? EmployerAddress { get; init; }
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>Whether the reporter gave a name and number (masked here); false for an anonymous report.</summary>
    public bool Named { get; init; }

    public string? ReporterNameMasked { get; init; }
    public string? ReporterPhoneMasked { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public LeadStatus Status { get; init; }
    public Guid? InspectionCaseId { get; init; }
    public string? InspectionCaseNumber { get; init; }
    public string? SetAsideReason { get; init; }
    public string? DecidedBy { get; init; }

    public static InspectionLead Create(LeadReported e) => new()
    {
        Id = e.InspectionLeadId, ReferenceNumber = e.ReferenceNumber, Subject = e.Subject, EmployerName = e.EmployerName,
        EmployerCreditCode = e.EmployerCreditCode, EmployerAddress = e.EmployerAddress, CountyCode = e.CountyCode,
        CityCode = Divisions.CityOf(e.CountyCode), Description = e.Description, Named = e.Reporter is not null,
        ReporterNameMasked = Masking.Name(e.Reporter?.Name), ReporterPhoneMasked = Masking.Phone(e.Reporter?.Phone),
        ReportedAt = e.ReportedAt, Status = LeadStatus.Open,
    };

    public InspectionLead Apply(LeadTakenUp e) => this with
    {
        Status = LeadStatus.TakenUp, InspectionCaseId = e.InspectionCaseId, InspectionCaseNumber = e.CaseNumber, DecidedBy = e.TakenUpBy,
    };

    public InspectionLead Apply(LeadSetAside e) => this with { Status = LeadStatus.SetAside, SetAsideReason = e.Reason, DecidedBy = e.SetAsideBy };
}

/// <summary>举报: what anyone writes. <c>anonymous</c> (the default) keeps no name or number.</summary>
public sealed record ReportForm(
    ReportSubject? Subject, string? EmployerName, string? EmployerCreditCode, string? EmployerAddress, string? CountyCode, string? Description,
    bool? Anonymous, string? ReporterName, string? ReporterPhone)
{
    public FieldErrors Validate(ShandongRegions regions)
    {
        var errors = new FieldErrors().Required("subject", Subject, "举报事项", "What is reported")
            .Required("employerName", EmployerName, "被举报单位或个人", "Employer or person reported")
            .MaxLength("employerName", EmployerName, 200, "被举报单位或个人", "Employer or person reported")
            .MaxLength("employerAddress", EmployerAddress, 200, "地址", "Address")
            .Required("countyCode", CountyCode, "所在县（市、区）", "County")
            .Text("description", Description, 4000, "举报内容", "What happened");
        if (!string.IsNullOrWhiteSpace(EmployerCreditCode) && !UnifiedSocialCreditCode.IsValid(EmployerCreditCode))
            errors.Add("employerCreditCode", "统一社会信用代码无效（不知道可以不填）", "The unified social credit code is invalid (leave it empty if unknown)");
        if (!string.IsNullOrWhiteSpace(CountyCode) && regions.FindCounty(CountyCode) is null)
            errors.Add("countyCode", "未知的县级行政区划代码", "Unknown county code");
        if (Anonymous == false)
        {
            errors.Required("reporterName", ReporterName, "举报人姓名", "Your name").MaxLength("reporterName", ReporterName, 50, "举报人姓名", "Your name");
            errors.Required("reporterPhone", ReporterPhone, "联系电话", "Phone");
            if (!string.IsNullOrWhiteSpace(ReporterPhone) && !PhoneNumber.IsValid(ReporterPhone))
                errors.Add("reporterPhone", "联系电话格式无效", "Phone number is not a valid mainland number");
        }
        return errors;
    }

    /// <summary>The report as recorded: an anonymous one keeps nothing of the reporter, even if typed.</summary>
    public LeadReported ToEvent(Guid id, string referenceNumber, DateTimeOffset now) => new(
        id, referenceNumber, Subject!.Value, EmployerName!.Trim(),
        string.IsNullOrWhiteSpace(EmployerCreditCode) ? null : UnifiedSocialCreditCode.Normalize(EmployerCreditCode),
        string.IsNullOrWhiteSpace(EmployerAddress) ? null : EmployerAddress.Trim(), CountyCode!.Trim(), Description!.Trim(),
        Anonymous == false ? new Reporter(ReporterName!.Trim(), ReporterPhone!.Trim()) : null, now);
}

/// <summary>立案检查: take the lead up with the employer's credit code (the report's, or one staff found).</summary>
public sealed record TakeUpLead(int Version, string? EmployerCreditCode, string? EmployerName);

/// <summary>不予立案: set the lead aside with the reason.</summary>
public sealed record SetLeadAside(int Version, string? Reason);

public static class LeadRules
{
    public const string ReferencePrefix = "RP";

    public static FieldErrors Validate(TakeUpLead command, InspectionLead? lead = null)
    {
        var errors = new FieldErrors();
        var code = string.IsNullOrWhiteSpace(command.EmployerCreditCode) ? lead?.EmployerCreditCode : command.EmployerCreditCode;
        if (string.IsNullOrWhiteSpace(code))
            errors.Add("employerCreditCode", "立案检查须查明用人单位的统一社会信用代码", "An inspection needs the employer's unified social credit code: find it first");
        else if (!UnifiedSocialCreditCode.IsValid(code))
            errors.Add("employerCreditCode", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");
        return errors.MaxLength("employerName", command.EmployerName, 200, "用人单位名称", "Employer name");
    }

    public static FieldErrors Validate(SetLeadAside command) => new FieldErrors().Text("reason", command.Reason, 2000, "理由", "Reason");

    public static Refusal? RefuseDecision(InspectionLead lead, StaffScope? scope)
    {
        if (lead.Status != LeadStatus.Open)
            return new Refusal("lead-decided", "该举报线索已经处理。", "This lead has already been dealt with.");
        return scope is not null && scope.IsInRole(StaffRoles.Inspector) && scope.Covers(lead.CountyCode)
            ? null
            : new Refusal("not-the-handling-office", "举报线索由所在县的监察员处理。", "A lead is dealt with by an inspector of its county.");
    }

    public static Decision SetAside(InspectionLead lead, SetLeadAside command, StaffScope? scope, string actor, DateTimeOffset now) =>
        RefuseDecision(lead, scope) is { } refusal ? refusal : Decision.Emit(new LeadSetAside(lead.Id, command.Reason!.Trim(), actor, now));

    /// <summary>What the inspection opened from a lead says of its origin.</summary>
    public static string InspectionReason(InspectionLead lead) =>
        $"根据举报（举报编号{lead.ReferenceNumber}，{(lead.Subject == ReportSubject.WageArrears ? "拖欠工资" : "就业歧视")}）立案检查：{(lead.Description.Length > 1500 ? lead.Description[..1500] + "……" : lead.Description)}";
}

using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.WageArrears.Filing;

/// <summary>
/// What a worker writes on a wage-arrears complaint (online, or typed in by staff at a counter).
/// Every field is nullable so that a missing field is reported as a field error, not a parse failure.
/// </summary>
public sealed record ComplaintForm(
    string? ComplainantName,
    string? ResidentId,
    string? Phone,
    string? EmployerName,
    string? EmployerCreditCode,
    string? CountyCode,
    string? ParkCode,
    string? ConstructionProject,
    int? WorkersAffected,
    decimal? AmountClaimed,
    DateOnly? EmployedFrom,
    DateOnly? EmployedTo,
    string? Description)
{
    public const int MaxDescriptionLength = 4000;

    /// <summary>Files uploaded before filing (<c>POST /api/evidence</c>), at most <see cref="LaborRights.Evidence.EvidenceRules.MaxFilesPerFiling"/>.</summary>
    public IReadOnlyList<Guid>? EvidenceFiles { get; init; }

    /// <summary>Where the employer is found (an address, a site): required when the worker knows no credit code.</summary>
    public string? EmployerAddress { get; init; }

    /// <summary>The employer's phone (a contractor's mobile), optional.</summary>
    public string? EmployerPhone { get; init; }

    /// <summary>Whether the worker gave a credit code; without one the employer is described and identified by staff later.</summary>
    public bool NamesRegisteredUnit => !string.IsNullOrWhiteSpace(EmployerCreditCode);

    public FieldErrors Validate(ShandongRegions regions, DateOnly today, FieldErrors? errors = null, string prefix = "")
    {
        errors ??= new FieldErrors();
        string F(string name) => prefix + name;

        errors.Required(F("complainantName"), ComplainantName, "投诉人姓名", "Complainant name")
            .MaxLength(F("complainantName"), ComplainantName, 50, "投诉人姓名", "Complainant name");
        errors.Required(F("residentId"), ResidentId, "身份证号码", "Resident ID number");
        if (!string.IsNullOrWhiteSpace(ResidentId) && !ResidentIdNumber.IsValid(ResidentId))
            errors.Add(F("residentId"), "身份证号码无效（校验码不符，GB 11643）", "Resident ID number is invalid (GB 11643 check digit)");
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.IsValid(Phone))
            errors.Add(F("phone"), "联系电话格式无效", "Phone number is not a valid mainland number");
        errors.Required(F("phone"), Phone, "联系电话", "Phone");

        errors.Required(F("employerName"), EmployerName, "用人单位名称", "Employer name")
            .MaxLength(F("employerName"), EmployerName, 200, "用人单位名称", "Employer name");
        // Issue 16: a labour contractor, a shop or an unregistered unit has no credit code the worker could know; the
        // employer is then described (where to find it) and staff identify the registered unit before acceptance.
        if (NamesRegisteredUnit && !UnifiedSocialCreditCode.IsValid(EmployerCreditCode))
            errors.Add(F("employerCreditCode"), "统一社会信用代码无效（校验码不符，GB 32100）；不知道可以不填，改为填写地址", "Unified social credit code is invalid (GB 32100 check character); leave it empty if unknown and give the address");
        if (!NamesRegisteredUnit)
            errors.Required(F("employerAddress"), EmployerAddress, "用人单位地址（没有统一社会信用代码时必填）", "Employer address (required without a credit code)");
        errors.MaxLength(F("employerAddress"), EmployerAddress, 200, "用人单位地址", "Employer address");
        if (!string.IsNullOrWhiteSpace(EmployerPhone) && !PhoneNumber.IsValid(EmployerPhone))
            errors.Add(F("employerPhone"), "用人单位电话格式无效", "Employer phone is not a valid mainland number");

        var county = regions.FindCounty(CountyCode);
        errors.Required(F("countyCode"), CountyCode, "所在县（市、区）", "County");
        if (!string.IsNullOrWhiteSpace(CountyCode) && county is null)
            errors.Add(F("countyCode"), "未知的县级行政区划代码", "Unknown county code");
        if (!string.IsNullOrWhiteSpace(ParkCode))
        {
            var park = regions.FindPark(ParkCode);
            if (park is null)
                errors.Add(F("parkCode"), "未知的园区代码", "Unknown park code");
            else if (county is not null && park.CityCode != county.CityCode)
                errors.Add(F("parkCode"), $"园区不在{county.CityName}", $"The park is not in the county's city ({county.CityName})");
        }
        errors.MaxLength(F("constructionProject"), ConstructionProject, 200, "工程项目名称", "Construction project");

        errors.Required(F("workersAffected"), WorkersAffected, "涉及人数", "Workers affected");
        if (WorkersAffected is < 1 or > 100_000)
            errors.Add(F("workersAffected"), "涉及人数应在1至100000之间", "Workers affected must be between 1 and 100,000");
        errors.Required(F("amountClaimed"), AmountClaimed, "拖欠金额", "Amount claimed")
            .Money(F("amountClaimed"), AmountClaimed, "拖欠金额", "Amount claimed");

        errors.Required(F("employedFrom"), EmployedFrom, "用工起始日期", "Employment start date");
        if (EmployedFrom > today)
            errors.Add(F("employedFrom"), "用工起始日期不能晚于今天", "Employment start date cannot be in the future");
        if (EmployedTo > today)
            errors.Add(F("employedTo"), "用工结束日期不能晚于今天（仍在职的请留空）", "Employment end date cannot be in the future (leave it empty if still employed)");
        if (EmployedTo is { } to && EmployedFrom is { } from && to < from)
            errors.Add(F("employedTo"), "用工结束日期不能早于起始日期", "Employment end date cannot be before its start");

        errors.Required(F("description"), Description, "情况描述", "Description")
            .MaxLength(F("description"), Description, MaxDescriptionLength, "情况描述", "Description");
        LaborRights.Evidence.EvidenceRules.Validate(errors, EvidenceFiles, prefix);
        return errors;
    }

    /// <summary>The received event, for a form that passed <see cref="Validate"/>.</summary>
    public WageArrearsComplaintReceived ToEvent(
        Guid caseId, string trackingNumber, string accessCodeHash, IntakeChannel channel,
        string receivedBy, DateTimeOffset receivedAt, Calendar.Deadline acceptanceDue) => new(
        caseId,
        trackingNumber,
        accessCodeHash,
        channel,
        new Complainant(ComplainantName!.Trim(), ResidentIdNumber.Normalize(ResidentId!), Phone!.Trim()),
        NamesRegisteredUnit ? new Employer(EmployerName!.Trim(), UnifiedSocialCreditCode.Normalize(EmployerCreditCode!)) : null,
        CountyCode!.Trim(),
        string.IsNullOrWhiteSpace(ParkCode) ? null : ParkCode.Trim(),
        string.IsNullOrWhiteSpace(ConstructionProject) ? null : ConstructionProject.Trim(),
        WorkersAffected!.Value,
        AmountClaimed!.Value,
        new EmploymentPeriod(EmployedFrom!.Value, EmployedTo),
        Description!.Trim(),
        acceptanceDue.DueOn,
        acceptanceDue.IsProvisional,
        receivedBy,
        receivedAt,
        ReportedEmployer: NamesRegisteredUnit ? null
            : new ReportedEmployer(EmployerName!.Trim(), EmployerAddress!.Trim(), string.IsNullOrWhiteSpace(EmployerPhone) ? null : EmployerPhone.Trim()));
}

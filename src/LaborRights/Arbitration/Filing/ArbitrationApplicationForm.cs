using LaborRights.Arbitration.Awarding;
using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.Arbitration.Filing;

/// <param name="IdNumber">Resident ID for a worker, unified social credit code for an employer.</param>
public sealed record PartyForm(PartyKind? Kind, string? Name, string? IdNumber, string? Phone);

public sealed record ClaimForm(ClaimCategory? Category, string? Description, decimal? Amount);

/// <summary>
/// An application for labour-dispute arbitration (劳动争议调解仲裁法 第28条): both parties, the claims, facts and reasons.
/// Every field is nullable so that a missing field is reported as a field error, not a parse failure.
/// </summary>
/// <param name="CountyCode">The county whose commission handles the dispute (where the contract is performed or the employer sits).</param>
public sealed record ArbitrationApplicationForm(
    PartyForm? Applicant,
    PartyForm? Respondent,
    string? CountyCode,
    string? ParkCode,
    IReadOnlyList<ClaimForm>? Claims,
    int? WorkersConcerned,
    string? FactsAndReasons)
{
    public const int MaxFactsLength = 8000;

    /// <summary>Files uploaded before filing (<c>POST /api/evidence</c>), at most <see cref="LaborRights.Evidence.EvidenceRules.MaxFilesPerFiling"/>.</summary>
    public IReadOnlyList<Guid>? EvidenceFiles { get; init; }

    public FieldErrors Validate(ShandongRegions regions, FieldErrors? errors = null, string prefix = "")
    {
        errors ??= new FieldErrors();
        string F(string name) => prefix + name;

        ValidateParty(errors, F("applicant"), Applicant, phoneRequired: true);
        ValidateParty(errors, F("respondent"), Respondent, phoneRequired: false);
        // A labour dispute is between a worker and the employer (劳动争议调解仲裁法 第2条).
        if (Applicant?.Kind is { } a && Respondent?.Kind is { } r && a == r)
            errors.Add(F("respondent.kind"), "劳动争议的双方应为劳动者与用人单位", "The parties must be a worker and an employer");

        var county = regions.FindCounty(CountyCode);
        errors.Required(F("countyCode"), CountyCode, "仲裁委员会所在县（市、区）", "County");
        if (!string.IsNullOrWhiteSpace(CountyCode) && county is null)
            errors.Add(F("countyCode"), "未知的县级行政区划代码", "Unknown county code");
        if (!string.IsNullOrWhiteSpace(ParkCode))
        {
            var park = regions.FindPark(ParkCode);
            if (park is null) errors.Add(F("parkCode"), "未知的园区代码", "Unknown park code");
            else if (county is not null && park.CityCode != county.CityCode)
                errors.Add(F("parkCode"), $"园区不在{county.CityName}", $"The park is not in the county's city ({county.CityName})");
        }

        if (Claims is not { Count: > 0 and <= 30 })
            errors.Add(F("claims"), "仲裁请求应为1至30项", "There must be 1 to 30 claims");
        for (var i = 0; i < (Claims?.Count ?? 0); i++)
        {
            var claim = Claims![i];
            var field = F($"claims[{i}]");
            if (claim is null)
            {
                errors.Add(field, "仲裁请求不能为空", "A claim cannot be empty");
                continue;
            }
            errors.Required($"{field}.category", claim.Category, "请求类别", "Category")
                .Required($"{field}.description", claim.Description, "请求内容", "Description")
                .MaxLength($"{field}.description", claim.Description, 500, "请求内容", "Description")
                .Money($"{field}.amount", claim.Amount, "请求金额", "Amount");
            if (claim.Category is { } category && FinalAwardRule.IsMoneyClaim(category))
                errors.Required($"{field}.amount", claim.Amount, "请求金额", "Amount");
        }

        errors.Required(F("workersConcerned"), WorkersConcerned, "涉及劳动者人数", "Workers concerned");
        if (WorkersConcerned is < 1 or > 100_000)
            errors.Add(F("workersConcerned"), "涉及人数应在1至100000之间", "Workers concerned must be between 1 and 100,000");
        errors.Required(F("factsAndReasons"), FactsAndReasons, "事实和理由", "Facts and reasons")
            .MaxLength(F("factsAndReasons"), FactsAndReasons, MaxFactsLength, "事实和理由", "Facts and reasons");
        LaborRights.Evidence.EvidenceRules.Validate(errors, EvidenceFiles, prefix);
        return errors;
    }

    private static void ValidateParty(FieldErrors errors, string field, PartyForm? party, bool phoneRequired)
    {
        if (party is null)
        {
            errors.Add(field, "当事人信息不能为空", "The party is required");
            return;
        }
        errors.Required($"{field}.kind", party.Kind, "当事人类型", "Party kind")
            .Required($"{field}.name", party.Name, "名称或姓名", "Name")
            .MaxLength($"{field}.name", party.Name, 200, "名称或姓名", "Name")
            .Required($"{field}.idNumber", party.IdNumber, "证件号码", "ID number");
        if (party.Kind == PartyKind.Worker && !string.IsNullOrWhiteSpace(party.IdNumber) && !ResidentIdNumber.IsValid(party.IdNumber))
            errors.Add($"{field}.idNumber", "身份证号码无效（校验码不符，GB 11643）", "Resident ID number is invalid (GB 11643 check digit)");
        if (party.Kind == PartyKind.Employer && !string.IsNullOrWhiteSpace(party.IdNumber) && !UnifiedSocialCreditCode.IsValid(party.IdNumber))
            errors.Add($"{field}.idNumber", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");
        if (phoneRequired) errors.Required($"{field}.phone", party.Phone, "联系电话", "Phone");
        if (!string.IsNullOrWhiteSpace(party.Phone) && !PhoneNumber.IsValid(party.Phone))
            errors.Add($"{field}.phone", "联系电话格式无效", "Phone number is not a valid mainland number");
    }

    /// <summary>The opening event, for a form that passed <see cref="Validate"/>.</summary>
    public ArbitrationApplied ToEvent(
        Guid caseId, string trackingNumber, string accessCodeHash, ArbitrationChannel channel,
        string receivedBy, DateTimeOffset receivedAt, Calendar.Deadline acceptanceDue)
    {
        var applicant = ToParty(Applicant!);
        var respondent = ToParty(Respondent!);
        var employer = applicant.Kind == PartyKind.Employer ? applicant : respondent;
        var claims = Claims!.Select((c, i) => new ClaimItem(i + 1, c.Category!.Value, c.Description!.Trim(), c.Amount)).ToList();
        return new ArbitrationApplied(caseId, trackingNumber, accessCodeHash, channel, applicant, respondent,
            employer.Name, employer.IdNumber, CountyCode!.Trim(), string.IsNullOrWhiteSpace(ParkCode) ? null : ParkCode.Trim(),
            claims, WorkersConcerned!.Value, FactsAndReasons!.Trim(), acceptanceDue.DueOn, acceptanceDue.IsProvisional,
            receivedBy, receivedAt);
    }

    private static Party ToParty(PartyForm form) => new(
        form.Kind!.Value,
        form.Name!.Trim(),
        form.Kind == PartyKind.Worker ? ResidentIdNumber.Normalize(form.IdNumber) : UnifiedSocialCreditCode.Normalize(form.IdNumber),
        string.IsNullOrWhiteSpace(form.Phone) ? null : PhoneNumber.Normalize(form.Phone));
}

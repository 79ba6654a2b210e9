using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.Discrimination.Filing;

public sealed record DiscriminationEvidenceForm(EvidenceKind? Kind, string? Text);

/// <summary>
/// What a person writes on a discrimination complaint (投诉) or report (举报), online or typed in at a counter.
/// Every field is nullable so that a missing field is reported as a field error, not a parse failure.
/// Validation messages never repeat what was typed, so a reporter's name or phone cannot leak through an error.
/// </summary>
public sealed record DiscriminationForm(
    DiscriminationFilingKind? FilingKind,
    string? FilerName,
    string? FilerPhone,
    string? EmployerName,
    string? EmployerCreditCode,
    string? CountyCode,
    string? ParkCode,
    IReadOnlyList<DiscriminationGround>? Grounds,
    string? OtherGround,
    DiscriminationStage? Stage,
    DateOnly? OccurredOn,
    string? Description,
    IReadOnlyList<DiscriminationEvidenceForm>? Evidence)
{
    public const int MaxDescriptionLength = 4000;

    /// <summary>Files uploaded before filing (<c>POST /api/evidence</c>), at most <see cref="LaborRights.Evidence.EvidenceRules.MaxFilesPerFiling"/>.</summary>
    public IReadOnlyList<Guid>? EvidenceFiles { get; init; }
    public const int MaxEvidenceItems = 10;
    public const int MaxEvidenceTextLength = 2000;

    public FieldErrors Validate(ShandongRegions regions, DateOnly today, FieldErrors? errors = null, string prefix = "")
    {
        errors ??= new FieldErrors();
        string F(string name) => prefix + name;

        errors.Required(F("filingKind"), FilingKind, "投诉或举报", "Filing kind (complaint or report)");
        errors.Required(F("filerName"), FilerName, "姓名", "Name").MaxLength(F("filerName"), FilerName, 50, "姓名", "Name");
        errors.Required(F("filerPhone"), FilerPhone, "联系电话", "Phone");
        if (!string.IsNullOrWhiteSpace(FilerPhone) && !PhoneNumber.IsValid(FilerPhone))
            errors.Add(F("filerPhone"), "联系电话格式无效", "Phone number is not a valid mainland number");

        errors.Required(F("employerName"), EmployerName, "用人单位名称", "Employer name")
            .MaxLength(F("employerName"), EmployerName, 200, "用人单位名称", "Employer name");
        errors.Required(F("employerCreditCode"), EmployerCreditCode, "统一社会信用代码", "Unified social credit code");
        if (!string.IsNullOrWhiteSpace(EmployerCreditCode) && !UnifiedSocialCreditCode.IsValid(EmployerCreditCode))
            errors.Add(F("employerCreditCode"), "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");

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

        if (Grounds is null || Grounds.Count == 0)
            errors.Add(F("grounds"), "请至少选择一项歧视事由", "Choose at least one ground of discrimination");
        else if (Grounds.Distinct().Count() != Grounds.Count)
            errors.Add(F("grounds"), "歧视事由不能重复", "Grounds must not repeat");
        var other = Grounds?.Contains(DiscriminationGround.Other) == true;
        if (other) errors.Required(F("otherGround"), OtherGround, "其他事由说明", "Description of the other ground");
        else if (!string.IsNullOrWhiteSpace(OtherGround))
            errors.Add(F("otherGround"), "仅在选择“其他”事由时填写", "Only for the ground 'Other'");
        errors.MaxLength(F("otherGround"), OtherGround, 200, "其他事由说明", "Description of the other ground");

        errors.Required(F("stage"), Stage, "发生环节", "Stage");
        errors.Required(F("occurredOn"), OccurredOn, "发生日期", "Date it happened");
        if (OccurredOn > today) errors.Add(F("occurredOn"), "发生日期不能晚于今天", "The date cannot be in the future");
        errors.Required(F("description"), Description, "情况描述", "Description")
            .MaxLength(F("description"), Description, MaxDescriptionLength, "情况描述", "Description");

        ValidateEvidence(errors, F);
        LaborRights.Evidence.EvidenceRules.Validate(errors, EvidenceFiles, prefix);
        return errors;
    }

    private void ValidateEvidence(FieldErrors errors, Func<string, string> F)
    {
        if (Evidence is null) return;
        if (Evidence.Count > MaxEvidenceItems)
        {
            errors.Add(F("evidence"), $"证据最多{MaxEvidenceItems}项", $"At most {MaxEvidenceItems} evidence items");
            return;
        }
        for (var i = 0; i < Evidence.Count; i++)
        {
            var item = Evidence[i];
            var field = F($"evidence[{i}]");
            if (item is null) { errors.Add(field, "证据项不能为空", "Evidence item is empty"); continue; }
            errors.Required(field + ".kind", item.Kind, "证据类型", "Evidence kind")
                .Required(field + ".text", item.Text, "证据内容", "Evidence text")
                .MaxLength(field + ".text", item.Text, MaxEvidenceTextLength, "证据内容", "Evidence text");
            if (item.Kind == EvidenceKind.Url && !string.IsNullOrWhiteSpace(item.Text) && !IsWebAddress(item.Text))
                errors.Add(field + ".text", "网址格式无效（须以 http:// 或 https:// 开头）", "Not a valid web address (http:// or https://)");
        }
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && !text.Trim().Any(char.IsWhiteSpace);

    /// <summary>The received event, for a form that passed <see cref="Validate"/>.</summary>
    public DiscriminationComplaintReceived ToEvent(
        Guid caseId, string trackingNumber, string accessCodeHash, DiscriminationChannel channel,
        string receivedBy, DateTimeOffset receivedAt, Calendar.Deadline acceptanceDue) => new(
        caseId,
        trackingNumber,
        accessCodeHash,
        FilingKind!.Value,
        channel,
        new DiscriminationFiler(FilerName!.Trim(), PhoneNumber.Normalize(FilerPhone)),
        new Employer(EmployerName!.Trim(), UnifiedSocialCreditCode.Normalize(EmployerCreditCode!)),
        CountyCode!.Trim(),
        string.IsNullOrWhiteSpace(ParkCode) ? null : ParkCode.Trim(),
        Grounds!.ToList(),
        string.IsNullOrWhiteSpace(OtherGround) ? null : OtherGround.Trim(),
        Stage!.Value,
        OccurredOn!.Value,
        Description!.Trim(),
        (Evidence ?? []).Select(e => new DiscriminationEvidence(e.Kind!.Value, e.Text!.Trim())).ToList(),
        acceptanceDue.DueOn,
        acceptanceDue.IsProvisional,
        receivedBy,
        receivedAt);
}

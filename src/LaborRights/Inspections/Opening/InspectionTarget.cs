using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.Inspections.Opening;

/// <summary>The employer an inspection is about, where it uses the labour (jurisdiction, 劳动保障监察条例 第13条) and why.</summary>
public sealed record InspectionTarget(
    string? EmployerName, string? EmployerCreditCode, string? CountyCode, string? ParkCode, string? ConstructionProject, string? Reason)
{
    public FieldErrors Validate(ShandongRegions regions, FieldErrors errors)
    {
        errors.Text("employerName", EmployerName, 200, "用人单位名称", "Employer name");
        errors.Required("employerCreditCode", EmployerCreditCode, "统一社会信用代码", "Unified social credit code");
        if (!string.IsNullOrWhiteSpace(EmployerCreditCode) && !UnifiedSocialCreditCode.IsValid(EmployerCreditCode))
            errors.Add("employerCreditCode", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");

        var county = regions.FindCounty(CountyCode);
        errors.Required("countyCode", CountyCode, "所在县（市、区）", "County");
        if (!string.IsNullOrWhiteSpace(CountyCode) && county is null)
            errors.Add("countyCode", "未知的县级行政区划代码", "Unknown county code");
        if (!string.IsNullOrWhiteSpace(ParkCode))
        {
            var park = regions.FindPark(ParkCode);
            if (park is null)
                errors.Add("parkCode", "未知的园区代码", "Unknown park code");
            else if (county is not null && park.CityCode != county.CityCode)
                errors.Add("parkCode", $"园区不在{county.CityName}", $"The park is not in the county's city ({county.CityName})");
        }
        errors.MaxLength("constructionProject", ConstructionProject, 200, "工程项目名称", "Construction project");
        errors.Text("reason", Reason, 2000, "立案事由", "Reason");
        return errors;
    }

    /// <summary>The opening event for a target that passed <see cref="Validate"/>: filed today with its number, 60 working days to close.</summary>
    public InspectionCaseOpened Open(Guid id, InspectionOrigin origin, CaseReference? source, string caseNumber, CaseContext<InspectionRules> ctx)
    {
        var filedOn = ctx.Today;
        var due = ctx.Calendar.AddWorkingDays(filedOn, ctx.Rules.InvestigationWorkingDays);
        return new InspectionCaseOpened(
            id, origin, source,
            EmployerName!.Trim(),
            UnifiedSocialCreditCode.Normalize(EmployerCreditCode),
            CountyCode!.Trim(),
            string.IsNullOrWhiteSpace(ParkCode) ? null : ParkCode.Trim(),
            string.IsNullOrWhiteSpace(ConstructionProject) ? null : ConstructionProject.Trim(),
            Reason!.Trim(),
            filedOn, due.DueOn, due.IsProvisional, ctx.Actor, ctx.Now, caseNumber);
    }
}

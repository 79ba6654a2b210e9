using LaborRights.Common.Identifiers;
using LaborRights.Hosting.Api;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Wolverine.Http;

namespace LaborRights.Employers.Directory;

/// <summary>A registered unit found by a search, with its county's name for people to recognise it.</summary>
public sealed record DirectoryMatch(string CreditCode, string Name, string CountyCode, string CityName, string CountyName)
{
    public static DirectoryMatch Of(RegisteredUnit unit, ShandongRegions regions) =>
        regions.FindCounty(unit.CountyCode) is { } county
            ? new(unit.CreditCode, unit.Name, unit.CountyCode, county.CityName, county.Name)
            : new(unit.CreditCode, unit.Name, unit.CountyCode, "", "");
}

/// <summary>The units a search found (at most 10, shortest names first); empty when none.</summary>
public sealed record DirectoryMatches(string Term, IReadOnlyList<DirectoryMatch> Units);

/// <summary>Units to add to the directory or update (an extract of the market-supervision registry), at most 5,000 a request.</summary>
public sealed record LoadEmployerDirectory(IReadOnlyList<RegisteredUnit?>? Units)
{
    public const int MaxUnits = 5_000;

    public FieldErrors Validate(ShandongRegions regions)
    {
        var errors = new FieldErrors();
        if (Units is not { Count: > 0 } units) return errors.Add("units", "请至少提供一个单位", "Give at least one unit");
        if (units.Count > MaxUnits) return errors.Add("units", $"每次最多{MaxUnits}个单位，请分批提交", $"At most {MaxUnits} units a request: send them in batches");
        for (var i = 0; i < units.Count; i++)
        {
            var field = $"units[{i}]";
            if (units[i] is not { } unit)
            {
                errors.Add(field, "单位不能为空", "The unit is missing");
                continue;
            }
            if (!UnifiedSocialCreditCode.IsValid(UnifiedSocialCreditCode.Normalize(unit.CreditCode)))
                errors.Add(field + ".creditCode", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");
            errors.Text(field + ".name", unit.Name, 200, "单位名称", "Name");
            if (regions.FindCounty(unit.CountyCode) is null)
                errors.Add(field + ".countyCode", "不是山东省的县（市、区）代码", "Not a county code of Shandong");
        }
        return errors;
    }
}

/// <summary>
/// The directory of registered units (ADR 0022): anyone may search it to name an employer exactly (the worker's
/// forms do); administrators load it from the market-supervision registry. It holds no case data.
/// </summary>
public static class EmployerDirectoryEndpoints
{
    public const string Path = "/api/employer-directory";
    public const string LoadPath = "/api/admin/employer-directory";

    [Public]
    [EndpointSummary("查找用人单位 · Find a registered employer")]
    [EndpointDescription("按名称的一部分（至少2个字）或完整的统一社会信用代码，在登记的单位名录中查找用人单位，无需登录；" +
        "最多返回10个，名称最短的在前。名录来自市场监管部门的登记信息，只有单位名称、信用代码和所在县，不含任何投诉或案件信息。" +
        "找不到时返回空列表：照营业执照或劳动合同上的写法填写即可。\n\n" +
        "Find a registered employer by part of its name (2 characters or more) or its full unified social credit code, without signing in; at " +
        "most 10 units, shortest names first. The directory comes from the market-supervision registry and holds the name, credit code and " +
        "county only, nothing about complaints or cases. An empty list when nothing matches: then write the name as on the business licence " +
        "or the labour contract.")]
    [Tags("用人单位 · Employers")]
    [WolverineGet(Path, OperationId = "findRegisteredEmployers")]
    public static async Task<Answer<DirectoryMatches>> Find(string? q, EmployerDirectory directory, ShandongRegions regions, CancellationToken ct)
    {
        var term = q?.Trim() ?? "";
        if (EmployerDirectory.KeyOf(term).Length < EmployerDirectory.MinimumTerm || term.Length > 200)
            return new FieldErrors().Add("q", "请输入单位名称的一部分（2至200个字）或统一社会信用代码",
                "Give part of the name (2 to 200 characters) or the unified social credit code").ToProblem();
        var units = await directory.SearchAsync(term, ct);
        return new DirectoryMatches(term, units.Select(u => DirectoryMatch.Of(u, regions)).ToList());
    }

    [Staff(StaffRoles.Administrator)]
    [EndpointSummary("导入用人单位名录 · Load registered employers")]
    [EndpointDescription("系统管理员把市场监管部门登记信息的摘录载入单位名录：每个单位的统一社会信用代码、名称和所在县代码，每次最多5000个。" +
        "已有的信用代码更新名称和所在县，其余新增。任何一个单位有误时返回 400，列出每处错误，名录不作任何改动。\n\n" +
        "An administrator loads an extract of the market-supervision registry into the directory: each unit's unified social credit code, name " +
        "and county code, at most 5,000 a request. A credit code already listed gets the new name and county; the others are added. When any unit " +
        "is invalid the answer is 400 with every error, and the directory is left unchanged.")]
    [Tags("用人单位 · Employers")]
    // Not named Load: Wolverine takes methods named Load, Before or Validate on an endpoint class for middleware.
    [WolverinePost(LoadPath, OperationId = "loadEmployerDirectory")]
    public static async Task<Answer<DirectoryLoad>> AddUnits(
        LoadEmployerDirectory command, EmployerDirectory directory, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var errors = command.Validate(regions);
        if (errors.Any) return errors.ToProblem();
        return await directory.LoadAsync(command.Units!.Select(u => u!).ToList(), clock.GetUtcNow(), ct);
    }
}

public static class EmployerDirectoryModule
{
    public static IServiceCollection AddEmployerDirectory(this IServiceCollection services) => services.AddSingleton<EmployerDirectory>();

    public static StoreOptions ConfigureEmployerDirectory(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(EmployerDirectory.Table(opts.DatabaseSchemaName));
        return opts;
    }
}

using JasperFx.CommandLine;
using LaborRights.ReferenceData;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.Accounts;

public sealed class AddStaffAccountInput : NetCoreInput
{
    [Description("User name of the new account")]
    public string UserName { get; set; } = "";

    [Description("Its one role: inspector, arbitrator, supervisor or administrator (default administrator)")]
    public string RoleFlag { get; set; } = StaffRoles.Administrator;

    [Description("Its division: a county, city or the province code (default 370000)")]
    public string DivisionFlag { get; set; } = StaffScope.ProvinceCode;

    [Description("The name people read (default: the user name)")]
    public string DisplayNameFlag { get; set; } = "";
}

/// <summary>
/// Creates a staff account from the command line — how a new deployment gets its first administrator, since the API
/// needs one to create any account. The password comes from the environment variable
/// <see cref="PasswordVariable"/>, never from an argument (arguments show in the process list and shell history):
/// <c>LABORRIGHTS_NEW_ACCOUNT_PASSWORD=… dotnet LaborRights.dll add-staff-account admin.jinan [--role supervisor --division 370100]</c>.
/// </summary>
[Description("Creates a staff account (e.g. the first administrator); password from LABORRIGHTS_NEW_ACCOUNT_PASSWORD", Name = "add-staff-account")]
public sealed class AddStaffAccountCommand : JasperFxAsyncCommand<AddStaffAccountInput>
{
    public const string PasswordVariable = "LABORRIGHTS_NEW_ACCOUNT_PASSWORD";

    public override async Task<bool> Execute(AddStaffAccountInput input)
    {
        using var host = input.BuildHost();
        var command = new CreateStaffAccount(input.UserName,
            string.IsNullOrWhiteSpace(input.DisplayNameFlag) ? input.UserName : input.DisplayNameFlag,
            Environment.GetEnvironmentVariable(PasswordVariable), [input.RoleFlag], [input.DivisionFlag]);
        var (created, errors) = await CreateAsync(host.Services, command, $"cli:{Environment.UserName}", CancellationToken.None);
        foreach (var line in errors) Console.Error.WriteLine(line);
        if (created) Console.WriteLine($"账号已创建 / Account {input.UserName} created ({input.RoleFlag}, {input.DivisionFlag}).");
        return created;
    }

    /// <returns>Whether the account was created, and what was wrong otherwise (one line per problem, both languages).</returns>
    public static async Task<(bool Created, IReadOnlyList<string> Errors)> CreateAsync(
        IServiceProvider services, CreateStaffAccount command, string createdBy, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(command.Password))
            return (false, [$"请在环境变量 {PasswordVariable} 中提供密码 / Give the password in the environment variable {PasswordVariable}"]);
        var errors = NewStaffAccount.Check(command, services.GetRequiredService<ShandongRegions>(),
            services.GetRequiredService<IOptions<StaffSignInOptions>>().Value);
        if (errors.Any)
            return (false, errors.ToProblem().Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).ToList());
        var account = NewStaffAccount.Build(command, createdBy, services.GetRequiredService<IPasswordHasher<StaffAccount>>(),
            services.GetRequiredService<TimeProvider>());
        return await services.GetRequiredService<StaffAccounts>().TryCreateAsync(account, ct)
            ? (true, [])
            : (false, ["该用户名已被使用 / The user name is already taken"]);
    }
}

namespace LaborRights.Security.Accounts;

/// <summary>Sign-in rules (configuration section <c>Authentication</c>).</summary>
public sealed record StaffSignInOptions
{
    public const string Section = "Authentication";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; init; } = 5;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>An API client asks for a new token (or refreshes) after this.</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>A browser session without activity ends after this (sliding).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);

    public int MinimumPasswordLength { get; init; } = 10;
}

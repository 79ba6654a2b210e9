using Microsoft.AspNetCore.Authorization;

namespace LaborRights.Security;

public static class StaffAuthorization
{
    /// <summary>The policy name of one role, for pages and endpoints outside the API's <see cref="AccessRule"/>s.</summary>
    public static string PolicyFor(string role) => "role:" + role;

    /// <summary>
    /// ASP.NET Core authorization with one policy per staff role, and the API's bilingual 403 for a wrong role
    /// (docs/adr/0016-roles-and-locality-scope.md).
    /// </summary>
    public static IServiceCollection AddStaffAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization(o =>
        {
            foreach (var role in StaffRoles.All) o.AddPolicy(PolicyFor(role), p => p.RequireAuthenticatedUser().RequireRole(role));
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenProblem>();
        return services;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LaborRights.Security;

/// <summary>
/// A signed-in user whose roles an API endpoint does not allow gets the API's bilingual 403 ProblemDetails, whatever
/// the sign-in scheme; everything else (the 401 challenge, a web page's access-denied redirect) is the framework's default.
/// </summary>
public sealed class ForbiddenProblem : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/api"))
        {
            await context.WriteProblemAsync(Problems.Forbidden());
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

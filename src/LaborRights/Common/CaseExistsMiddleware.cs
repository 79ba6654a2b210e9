using Marten;

namespace LaborRights.Common;

/// <summary>
/// Runs before a staff command loads its case. Marten checks the expected version while loading, so a version
/// sent for a case that does not exist would otherwise look like a lost race (409); it is a 404.
/// </summary>
public static class CaseExistsMiddleware
{
    public static async Task<IResult> BeforeAsync(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.Events.FetchStreamStateAsync(id, ct) is null
            ? Problems.NotFound("该案件 / case").ToResult()
            : Wolverine.Http.WolverineContinue.Result();

    /// <summary>Every case command of every kind: <c>POST /api/{kind}/{id}/{action}</c>.</summary>
    public static bool AppliesTo(Wolverine.Http.HttpChain chain) =>
        chain.HttpMethods.Contains("POST")
        && System.Text.RegularExpressions.Regex.IsMatch(chain.RoutePattern?.RawText ?? "", @"^/api/[a-z-]+/\{id\}/[a-z-]+$");
}

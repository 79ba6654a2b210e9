using LaborRights.ReferenceData;
using Marten;

namespace LaborRights.Security;

/// <summary>
/// Runs first on every endpoint with a <see cref="ScopedRecordAccess"/> rule, before validation and before a
/// command loads its aggregate: an unknown record, one of another kind, one outside the caller's divisions or one
/// their roles do not reach all answer the same 404, so a caller learns nothing about cases they may not see.
/// It also makes a version sent for a missing case a 404 rather than Marten's 409.
/// </summary>
public static class ScopedRecordMiddleware
{
    public static async Task<IResult> BeforeAsync(
        Guid id, HttpContext context, IQuerySession session, ShandongRegions regions, CancellationToken ct)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<ScopedRecordAccess>()
            ?? throw new InvalidOperationException("ScopedRecordMiddleware applied to an endpoint without a ScopedRecordAccess rule.");
        var scope = StaffScope.Of(context.User, regions);
        if (!rule.Allows(scope)) return Problems.NotFound(rule.What).ToResult();
        return await rule.ReachesAsync(id, scope, session, ct)
            ? Wolverine.Http.WolverineContinue.Result()
            : Problems.NotFound(rule.What).ToResult();
    }

    public static bool AppliesTo(Wolverine.Http.HttpChain chain) =>
        chain.Method.Method.GetCustomAttributes(typeof(ScopedRecordAccess), inherit: true).Length > 0;
}

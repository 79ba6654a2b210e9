using System.Text.Json;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Common;
using LaborRights.Referrals;

namespace LaborRights.IntegrationTests.Security;

public static class ScopeScenarios
{
    /// <summary>A police referral record in a county, appended directly: the full transfer journey is tested elsewhere.</summary>
    public static async Task<Guid> OpenReferralAsync(AppFixture app, Guid sourceCase, string county)
    {
        var id = Guid.CreateVersion7();
        await using var session = app.Store.LightweightSession();
        session.Events.StartStream<EnforcementReferral>(id, new EnforcementReferralOpened(
            id, ReferralKind.PoliceTransfer, new CaseReference(CaseKind.WageArrears, sourceCase), "济南市公安局历下区分局",
            "济南鲁泰建筑工程有限公司", Scenarios.NewCreditCode(county), county, 120_000m, "涉嫌拒不支付劳动报酬罪", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return id;
    }

    public static async Task<(int Status, JsonElement Body)> Send(this IAlbaHost host, string method, string url, string? user, object? body = null)
    {
        var result = await host.Scenario(x =>
        {
            if (method == "POST") x.Post.Json(body ?? new { }).ToUrl(url);
            else x.Get.Url(url);
            if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.IgnoreStatusCode();
        });
        var text = await result.ReadAsTextAsync();
        var json = text.Length > 0 && text.TrimStart()[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (result.Context.Response.StatusCode, json);
    }

    public static async Task<long> StreamVersion(this AppFixture app, Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}

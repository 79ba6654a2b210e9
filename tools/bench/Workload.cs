using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaborRights.Bench;

internal sealed record FiledCase(Guid Id, string TrackingNumber, string AccessCode);

/// <summary>The requests of the scenarios, as the public, an inspector and a supervisor send them over HTTP.</summary>
internal sealed partial class Workload(int port) : IDisposable
{
    public const string County = "370102";

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Every complaint the intake scenario filed (201), in the order answered; the command scenarios take from it.</summary>
    public ConcurrentQueue<FiledCase> Filed { get; } = new();

    public ConcurrentQueue<(Guid Id, int Version)> Accepted { get; } = new();

    /// <summary>A new valid wage-arrears complaint, as the phone form sends it (no Idempotency-Key: each is new).</summary>
    public async Task<bool?> FileAsync(CancellationToken stop)
    {
        using var response = await _http.PostAsJsonAsync("/api/complaints/wage-arrears", new
        {
            complainantName = "王建国", residentId = "11010519491231002X", phone = "13812345678",
            employerName = "济南鲁泰建筑工程有限公司", employerCreditCode = "91350100M000100Y43", countyCode = County,
            constructionProject = "历下区某安置房项目", workersAffected = 4, amountClaimed = 36000.00m,
            employedFrom = "2025-09-01", employedTo = "2026-10-31", description = "2025年9月至2026年10月工资未结清，多次讨要未果。",
        }, stop);
        if (response.StatusCode != HttpStatusCode.Created) return false;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
        Filed.Enqueue(new FiledCase(body.GetProperty("id").GetGuid(), body.GetProperty("trackingNumber").GetString()!, body.GetProperty("accessCode").GetString()!));
        return true;
    }

    /// <summary>The inspector accepts the next filed complaint; null when none is left.</summary>
    public Load.Request Accept(string token, ConcurrentQueue<FiledCase> toAccept) => async stop =>
    {
        if (!toAccept.TryDequeue(out var filed)) return null;
        var (ok, version) = await CommandAsync(token, $"/api/wage-arrears/{filed.Id}/accept", new { version = 1 }, stop);
        if (ok) Accepted.Enqueue((filed.Id, version));
        return ok;
    };

    /// <summary>The inspector records a part payment on the next accepted case; null when none is left.</summary>
    public Load.Request RecordRecovery(string token, DateOnly today) => async stop =>
    {
        if (!Accepted.TryDequeue(out var accepted)) return null;
        var (ok, _) = await CommandAsync(token, $"/api/wage-arrears/{accepted.Id}/record-recovery",
            new { version = accepted.Version, amount = 1000.00m, workersPaid = 1, paidOn = today.ToString("yyyy-MM-dd") }, stop);
        return ok;
    };

    public async Task<bool> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// The worker's tracking page: the form is fetched once (its anti-forgery token and cookie), then each lookup posts
    /// the tracking number and access code, as the phone does, and reads the whole page.
    /// </summary>
    public async Task<Func<Task<bool>>> TrackingPageAsync(FiledCase filed)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = _http.BaseAddress };
        var form = await client.GetStringAsync("/track");
        var antiForgery = AntiForgeryField().Match(form).Groups[1].Value;
        return async () =>
        {
            using var response = await client.PostAsync("/track", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["trackingNumber"] = filed.TrackingNumber, ["accessCode"] = filed.AccessCode, ["__RequestVerificationToken"] = antiForgery,
            }));
            var page = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && page.Contains(filed.TrackingNumber, StringComparison.Ordinal);
        };
    }

    private async Task<(bool Ok, int Version)> CommandAsync(string token, string path, object body, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, stop);
        if (!response.IsSuccessStatusCode) return (false, 0);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(stop);
        return (true, answer.GetProperty("version").GetInt32());
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryField();
}

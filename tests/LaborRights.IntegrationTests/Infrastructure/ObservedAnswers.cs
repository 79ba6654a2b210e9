using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// Every status an API operation answered in this test run, by the operation's method and route. At the end of the run
/// each must be in the operation's entry of the API document (5xx excepted: the document says once that any operation
/// may give them), so that a client generated from the document is ready for every answer the tests saw.
/// </summary>
public sealed class ObservedAnswers : IStartupFilter
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> _byOperation = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context);
            Record(context);
        });
        next(app);
    };

    private void Record(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } route } || !route.StartsWith("/api/", StringComparison.Ordinal)) return;
        _byOperation.GetOrAdd($"{context.Request.Method} {route}", _ => new())[context.Response.StatusCode] = 0;
    }

    public int OperationsSeen => _byOperation.Count;

    /// <summary>Observed answers the document does not list: "POST /api/x answered 409".</summary>
    public IReadOnlyList<string> Undocumented(JsonNode document)
    {
        var paths = document["paths"]!.AsObject();
        var missing = new List<string>();
        foreach (var (operation, statuses) in _byOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var (method, route) = (operation[..operation.IndexOf(' ')], operation[(operation.IndexOf(' ') + 1)..]);
            var responses = paths[route]?[method.ToLowerInvariant()]?["responses"]?.AsObject();
            if (responses is null)
            {
                missing.Add($"{operation} is not in the document");
                continue;
            }
            missing.AddRange(statuses.Keys.Where(s => s < 500 && !responses.ContainsKey(s.ToString())).Order().Select(s => $"{operation} answered {s}"));
        }
        return missing;
    }
}

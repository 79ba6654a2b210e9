using System.Diagnostics;
using Alba;
using LaborRights.IntegrationTests.Infrastructure;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 7: with the switch on, metrics are scraped at /metrics — the stack's own and the business gauges
/// (cases received, open and overdue per kind, projection lag) — and no personal data is in any of them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class TelemetryTests(AppFixture app)
{
    [Fact]
    public async Task Prometheus_scrapes_the_business_metrics_without_personal_data()
    {
        await using var host = await app.StartHostAsync(new Dictionary<string, string>
        {
            ["Database:Schema"] = "telemetry_" + Guid.NewGuid().ToString("N")[..8],
            ["Telemetry:PrometheusEnabled"] = "true",
            ["Telemetry:BusinessMetricsSeconds"] = "1",
        });
        await host.FileComplaint();

        var clock = Stopwatch.StartNew();
        string text;
        while (true)
        {
            text = await (await host.Scenario(x => x.Get.Url("/metrics"))).ReadAsTextAsync();
            // Refreshed every second: the filed complaint is counted, and the projection daemon has reported its progress.
            if (OpenWageArrears().IsMatch(text) && text.Contains("laborrights_projection_lag{")) break;
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the business gauges are refreshed every second here:\n" + text[..Math.Min(text.Length, 2000)]);
            await Task.Delay(250);
        }
        text.Should().Contain("laborrights_cases_received").And.Contain("laborrights_cases_overdue").And.Contain("laborrights_projection_lag")
            .And.Contain("http_server_request_duration_seconds");
        PersonalDataPatterns.Find(text).Should().BeEmpty("metrics carry kinds and projection names, never a person");
        text.Should().NotContain("13812345678").And.NotContain("王建国");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"laborrights_cases_open\{[^}]*kind=""WageArrears""\} [1-9]")]
    private static partial System.Text.RegularExpressions.Regex OpenWageArrears();
}

using System.Diagnostics;
using Alba;
using LaborRights.Database;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Api.Contract;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Marten;
using Marten.Events;
using Npgsql;

namespace LaborRights.IntegrationTests.Reliability;

/// <summary>
/// Issue 15, item 8: the documented backup and restore scripts (docker/backup.sh, docker/restore.sh) on a populated
/// database: dumped, restored into a fresh cluster, the application started on it answers the same case view,
/// tracking, queue and ranking, and goes on filing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BackupRestoreTests(AppFixture app)
{
    [Fact]
    public async Task A_backup_restored_into_a_fresh_cluster_serves_the_same_cases_and_ranking()
    {
        var dump = Path.Combine(Path.GetTempPath(), $"laborrights-{Guid.NewGuid():N}.dump");
        await using var source = await PostgresProvisioner.StartRestartableClusterAsync();
        Snapshot before;
        LaborRights.WageArrears.Filing.ComplaintFiled filed;
        await using (var host = await app.StartHostAsync(On(source)))
        {
            (filed, _) = await host.CaseUnderInvestigation();
            await host.FileComplaint(Scenarios.AComplaint(county: "370103"));
            await AcceptanceNoticeSentAsync(host, filed);
            before = await SnapshotAsync(host, filed);
        }

        try
        {
            (await ScriptAsync("backup.sh", source, dump)).Should().Be(0);
            await using var target = await PostgresProvisioner.StartRestartableClusterAsync();
            (await ScriptAsync("restore.sh", target, dump)).Should().Be(0);

            await using var restored = await app.StartHostAsync(On(target));
            var after = await SnapshotAsync(restored, filed);
            after.Should().Be(before, "the restored database answers exactly what the original did");
            (await restored.FileComplaint()).TrackingNumber.Should().NotBeNullOrEmpty("the restored node goes on filing");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    /// <summary>
    /// The acceptance notice reaches the worker asynchronously (subscription, then the outbox); the snapshot is taken
    /// once it has been sent, or the restored node would send it and answer more than the original did.
    /// </summary>
    private static async Task AcceptanceNoticeSentAsync(IAlbaHost host, LaborRights.WageArrears.Filing.ComplaintFiled filed)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
            if ((await host.Track(filed)).Notifications.Count > 0) return;
            await Task.Delay(250);
        }
        throw new TimeoutException("The acceptance notice was not sent within 30 s.");
    }

    private sealed record Snapshot(string Case, string Tracking, string Queue, string Ranking);

    private static async Task<Snapshot> SnapshotAsync(IAlbaHost host, LaborRights.WageArrears.Filing.ComplaintFiled filed)
    {
        async Task<string> Read(string url, string? user = Scenarios.Inspector, bool tracking = false) =>
            await (await host.Scenario(x =>
            {
                x.Get.Url(url);
                if (user is not null) x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
                if (tracking) x.WithRequestHeader(Tracking.TrackCaseEndpoint.AccessCodeHeader, filed.AccessCode);
            })).ReadAsTextAsync();
        return new Snapshot(
            await Read($"/api/wage-arrears/{filed.Id}"),
            await Read($"/api/tracking/{filed.TrackingNumber}", user: null, tracking: true),
            await Read("/api/queue?pageSize=100"),
            await Read($"/api/benchmarks/counties?period={DateTime.UtcNow.AddHours(8).Year}", StaffUsers.Supervisor(StaffScope.ProvinceCode)));
    }

    private static IReadOnlyDictionary<string, string> On(IRestartablePostgres postgres) =>
        new Dictionary<string, string> { [$"ConnectionStrings:{DatabaseStartup.ConnectionStringName}"] = postgres.ConnectionString };

    /// <summary>Runs one of the operations scripts as an operator would, with the libpq environment of the cluster.</summary>
    private static async Task<int> ScriptAsync(string script, IRestartablePostgres postgres, string file)
    {
        var connection = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(ApiDocumentFile.RepositoryRoot, "docker", script));
        start.ArgumentList.Add(file);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString();
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGDATABASE"] = connection.Database;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Console.WriteLine(await output + await error);
        return process.ExitCode;
    }
}

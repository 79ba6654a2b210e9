using JasperFx.Events.Daemon;
using Marten;
using Wolverine;

namespace LaborRights.Hosting;

/// <summary>
/// Several nodes on one database (ADR 0029). Exactly one node runs every asynchronous projection at a time (hot/cold:
/// the node holding a PostgreSQL advisory lock); when it dies its session ends, the lock is free, and another node
/// takes the projections over from their stored progress within the polling time: no event skipped, none applied
/// twice. Wolverine's agents (the recurring work, among it the benchmark worker) move when the leader finds the dead
/// node stale, which these settings shorten. Development and the tests are one process: solo.
/// </summary>
public static class Cluster
{
    /// <summary>The advisory lock whose holder runs the projections (Marten derives the key it takes in pg_locks from it).</summary>
    public const int DaemonLockId = 15_2026;

    /// <summary>How often a cold node tries to take the projections: the longest a dead node's projections wait.</summary>
    public const int LeadershipPollingMilliseconds = 2_000;

    public static DaemonMode DaemonMode(bool singleProcess) => singleProcess ? JasperFx.Events.Daemon.DaemonMode.Solo : JasperFx.Events.Daemon.DaemonMode.HotCold;

    public static void ConfigureProjections(StoreOptions opts)
    {
        opts.Projections.DaemonLockId = DaemonLockId;
        opts.Projections.LeadershipPollingTime = LeadershipPollingMilliseconds;
    }

    /// <summary>
    /// Every node reports every 5 s and counts as gone after 15 s without a report (Wolverine's defaults: 10 s and
    /// 60 s), so a dead node's agents move within about half a minute rather than over a minute.
    /// </summary>
    public static void ConfigureNodes(WolverineOptions opts)
    {
        opts.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(5);
        opts.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(15);
    }
}

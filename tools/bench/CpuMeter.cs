namespace LaborRights.Bench;

/// <summary>CPU seconds used so far by the application, by PostgreSQL (the postmaster, its live backends and those it reaped) and by this tool with the children it waited for (pgbench).</summary>
internal sealed record CpuTotals(double App, double Postgres, double Client)
{
    public static CpuTotals operator -(CpuTotals after, CpuTotals before) =>
        new(after.App - before.App, after.Postgres - before.Postgres, after.Client - before.Client);
}

/// <summary>
/// Where the CPU of a scenario went, read from /proc: on a machine the application, the database and the load share,
/// the milliseconds of CPU each request costs in each of them are what bounds the throughput.
/// </summary>
internal static class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuTotals Read(int? appPid)
    {
        var app = appPid is { } pid ? Own(Stat(pid)) + Children(Stat(pid)) : 0;
        var postgres = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var candidate)) continue;
            var stat = Stat(candidate);
            if (stat is null || stat.Value.Comm != "postgres") continue;
            postgres += Own(stat);
            // The postmaster: its children's CPU once reaped (backends of closed connections) counts too.
            if (Stat(stat.Value.Parent) is not { Comm: "postgres" }) postgres += Children(stat);
        }
        var self = Stat(Environment.ProcessId);
        return new CpuTotals(app, postgres, Own(self) + Children(self));
    }

    private readonly record struct ProcStat(string Comm, int Parent, long UserTicks, long SystemTicks, long ChildUserTicks, long ChildSystemTicks);

    private static double Own(ProcStat? stat) => stat is { } s ? (s.UserTicks + s.SystemTicks) / TicksPerSecond : 0;

    private static double Children(ProcStat? stat) => stat is { } s ? (s.ChildUserTicks + s.ChildSystemTicks) / TicksPerSecond : 0;

    private static ProcStat? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // "pid (comm) state ppid …": comm may hold spaces, so split after its closing parenthesis (proc(5)).
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        var fields = text[(close + 2)..].Split(' ');
        // fields[0] is state (field 3); utime is field 14, stime 15, cutime 16, cstime 17.
        return new ProcStat(text[(open + 1)..close], int.Parse(fields[1]), long.Parse(fields[11]), long.Parse(fields[12]), long.Parse(fields[13]), long.Parse(fields[14]));
    }
}

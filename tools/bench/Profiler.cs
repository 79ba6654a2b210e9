using System.Diagnostics;

namespace LaborRights.Bench;

/// <summary>
/// A whole-machine CPU profile of a scenario with Linux perf (when --profile is given and perf is installed): the
/// application runs with DOTNET_PerfMapEnabled=1 so its JIT-compiled frames have names, and the report lists the
/// processes and then the functions that used the CPU, PostgreSQL's and the kernel's included.
/// </summary>
internal sealed class Profiler(string directory)
{
    public static string? Perf => new[] { "/usr/bin/perf", "/usr/local/bin/perf" }.FirstOrDefault(File.Exists);

    /// <summary>Records for the given time while the scenario runs; the summary is written beside the data as {name}.txt.</summary>
    public async Task RecordAsync(string name, TimeSpan duration)
    {
        if (Perf is not { } perf) return;
        Directory.CreateDirectory(directory);
        var data = Path.Combine(directory, name + ".perf.data");
        await RunAsync(perf, ["record", "-F", "199", "-a", "-g", "-o", data, "--", "sleep", $"{(int)duration.TotalSeconds}"]);
        var byProcess = await RunAsync(perf, ["report", "-i", data, "--stdio", "--no-children", "--sort", "comm", "-g", "none", "--percent-limit", "1"]);
        var byFunction = await RunAsync(perf, ["report", "-i", data, "--stdio", "--no-children", "--sort", "comm,dso,sym", "-g", "none", "--percent-limit", "0.4"]);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".txt"),
            $"# perf, whole machine, {duration.TotalSeconds:0} s of the scenario {name}\n\n## By process\n{Strip(byProcess)}\n## By function\n{Strip(byFunction)}");
        File.Delete(data);
    }

    private static string Strip(string report) =>
        string.Join('\n', report.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))) + "\n";

    private static async Task<string> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await error;
        return await output;
    }
}

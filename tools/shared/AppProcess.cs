using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace LaborRights.Tools;

/// <summary>
/// The application's own build run as a separate process, as an operator runs it: the fault trials and the benchmark
/// start it, run its command-line verbs and wait for it to be ready through the same few helpers.
/// </summary>
internal static class AppProcess
{
    /// <summary>The repository root (the folder holding LaborRights.sln) above the running tool.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LaborRights.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository.");
    }

    /// <summary>The Release build of the application, or the build named by the given environment variable.</summary>
    public static string ReleaseBuild(string root, string overrideVariable) =>
        Environment.GetEnvironmentVariable(overrideVariable) ?? Path.Combine(root, "src", "LaborRights", "bin", "Release", "net10.0", "LaborRights.dll");

    /// <summary>Starts the web application on a loopback port; its output is drained, not shown.</summary>
    public static Process Start(string dll, IReadOnlyDictionary<string, string> environment, int port)
    {
        var start = Info(dll, environment);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command-line verb to its end; its output is printed only when it fails.</summary>
    public static async Task<int> RunAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Process.Start(Info(dll, environment, arguments))!;
        return await FinishAsync(process);
    }

    /// <summary>Starts a command-line verb and hands back the process (to sample it while it runs).</summary>
    public static Process StartVerb(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Process.Start(Info(dll, environment, arguments))!;

    /// <summary>Waits for a verb started with <see cref="StartVerb"/>; its output is printed only when it fails.</summary>
    public static async Task<int> FinishAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Console.Error.WriteLine(await output + await error);
        return process.ExitCode;
    }

    /// <summary>Polls /health/ready until it answers 200; throws after the limit.</summary>
    public static async Task WaitReadyAsync(int port, TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(50);
        }
        throw new TimeoutException($"not ready within {limit.TotalSeconds} s");
    }

    /// <summary>Signs a staff account in with its password and answers the bearer token.</summary>
    public static async Task<string> SignInAsync(int port, string userName, string password)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"sign-in of {userName} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Info(string dll, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }
}

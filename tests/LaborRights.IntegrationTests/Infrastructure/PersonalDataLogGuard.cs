using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LaborRights.Common.Identifiers;
using Microsoft.Extensions.Logging;

namespace LaborRights.IntegrationTests.Infrastructure;

/// <summary>
/// Finds full resident ID numbers (18 characters with a valid GB 11643 check character) and mobile numbers
/// (11 digits, 1[3-9]…) in text. Letters and digits around a match disqualify it, so GUIDs, hashes and ticks do not count,
/// except a percent-escape before it or, for a mobile, the country code 86.
/// </summary>
public static partial class PersonalDataPatterns
{
    public static IEnumerable<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in ResidentId().Matches(text))
            if (ResidentIdNumber.IsValid(m.Value)) yield return "resident ID " + ResidentIdNumber.Mask(m.Value);
        foreach (Match m in Mobile().Matches(text))
            yield return "mobile " + PhoneNumber.Mask(m.Value);
    }

    // A value may also follow a percent-escape (a request path with " 139…" typed into it logs as "%20139…"), and a
    // mobile the country code 86 (+86, %2B86).
    [GeneratedRegex(@"(?<=(?:^|[^0-9A-Za-z]|%[0-9A-Fa-f]{2}))[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"(?<=(?:^|[^0-9A-Za-z]|%[0-9A-Fa-f]{2})(?:86)?)1[3-9][0-9]{9}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}

/// <summary>
/// A logger provider that sees every log entry of the application under test (at Debug and above) and records any
/// whose formatted message, structured values, exception text or scope holds a full ID number or mobile number. The
/// fixture fails the run when any was recorded (issue #5: no full ID or phone in captured logs during the run).
/// </summary>
public sealed class PersonalDataLogGuard : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _violations = new();

    private long _entries;

    public IReadOnlyCollection<string> Violations => _violations.ToArray();

    /// <summary>How many entries were inspected: proof that the guard is wired to the hosts.</summary>
    public long EntriesSeen => Interlocked.Read(ref _entries);

    public ILogger CreateLogger(string categoryName) => new Guard(this, categoryName);

    public void Dispose() { }

    private void Inspect(string category, LogLevel level, string message, object? state, Exception? exception)
    {
        Interlocked.Increment(ref _entries);
        var texts = new List<string> { message };
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
            texts.AddRange(values.Select(kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        if (exception is not null) texts.Add(exception.ToString());
        // The report names only the masked value: the violation list itself must not leak what it found.
        foreach (var found in texts.SelectMany(PersonalDataPatterns.Find).Distinct())
            _violations.Enqueue($"[{level}] {category}: {found} in \"{Truncate(PersonalDataPatternsMasking(message))}\"");
    }

    private static string PersonalDataPatternsMasking(string message) =>
        Regex.Replace(message, "[0-9]{11,}[0-9Xx]?", m => new string('#', m.Length));

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";

    private sealed class Guard(PersonalDataLogGuard owner, string category) : ILogger
    {
        /// <summary>A scope (e.g. the request path ASP.NET Core puts on every entry of a request) is inspected like an entry.</summary>
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Inspect(category, LogLevel.None, "scope: " + state, state, null);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            owner.Inspect(category, logLevel, formatter(state, exception), state, exception);
        }
    }
}

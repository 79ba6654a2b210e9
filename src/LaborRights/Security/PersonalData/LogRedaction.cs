using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LaborRights.Security.PersonalData;

/// <summary>
/// Last line of defence for logs: whatever a component logs (a request path with a phone typed into it, an exception
/// message quoting a value), resident ID numbers and mobile numbers reach the log providers only masked. It wraps the
/// logger factory itself, so every provider — console, files, the test's guard — sees the redacted entry.
/// </summary>
public static partial class LogRedaction
{
    public static IServiceCollection AddPersonalDataLogRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(), sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(), sp.GetService<Microsoft.Extensions.Logging.IExternalScopeProvider>()))));
        return services;
    }

    /// <summary>The text with every 18-character ID-like run and every mobile-like number masked.</summary>
    public static string Redact(string text) =>
        ContainsPersonalData(text)
            ? Mobile().Replace(ResidentId().Replace(text, m => Masking.ResidentId(m.Value)), m => Masking.Phone(m.Value))
            : text;

    public static bool ContainsPersonalData(string? text) =>
        !string.IsNullOrEmpty(text) && (ResidentId().IsMatch(text) || Mobile().IsMatch(text));

    // Any 17 digits plus a digit or X, not only valid IDs: a mistyped ID is still somebody's. A percent-escape just
    // before counts as a boundary: a request path with " 139…" typed into it is logged as "%20139…".
    [GeneratedRegex(@"(?<=(?:^|[^0-9A-Za-z]|%[0-9A-Fa-f]{2}))[0-9]{17}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentId();

    // A mobile may carry the country code (86, +86, %2B86), which stays.
    [GeneratedRegex(@"(?<=(?:^|[^0-9A-Za-z]|%[0-9A-Fa-f]{2})(?:86)?)1[3-9][0-9]{9}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    private sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));
        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);
        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        /// <summary>
        /// Scopes are on every entry logged inside them (ASP.NET Core puts the request path on each request's), so they
        /// are redacted like entries.
        /// </summary>
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            var text = state.ToString();
            var values = state as IEnumerable<KeyValuePair<string, object?>>;
            var leaky = ContainsPersonalData(text) || (values?.Any(v => ContainsPersonalData(Text(v.Value))) ?? false);
            return leaky ? inner.BeginScope(new RedactedState(RedactValues(values), Redact(text ?? ""))) : inner.BeginScope(state);
        }

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            var values = state as IEnumerable<KeyValuePair<string, object?>>;
            var leaky = ContainsPersonalData(message)
                        || (exception is not null && ContainsPersonalData(exception.ToString()))
                        || (values?.Any(v => ContainsPersonalData(Text(v.Value))) ?? false);
            if (!leaky)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var redactedValues = RedactValues(values);
            var redactedException = exception is not null && ContainsPersonalData(exception.ToString())
                ? new RedactedException(exception)
                : exception;
            inner.Log(logLevel, eventId, new RedactedState(redactedValues, Redact(message)), redactedException, (s, _) => s.Message);
        }

        private static List<KeyValuePair<string, object?>> RedactValues(IEnumerable<KeyValuePair<string, object?>>? values) =>
            values?.Select(v => new KeyValuePair<string, object?>(v.Key,
                ContainsPersonalData(Text(v.Value)) ? Redact(Text(v.Value)!) : v.Value)).ToList() ?? [];

        private static string? Text(object? value) => value switch
        {
            null => null,
            string s => s,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The structured values of a redacted entry; providers that enumerate state see only these.</summary>
    private sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> values, string message)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;
        public KeyValuePair<string, object?> this[int index] => values[index];
        public int Count => values.Count;
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => message;
    }

    /// <summary>Stands in for an exception whose text quoted personal data: same type name and stack, masked text.</summary>
    private sealed class RedactedException(Exception original) : Exception(Redact(original.Message))
    {
        private readonly string _text = Redact(original.ToString());
        public override string? StackTrace => null;
        public override string ToString() => _text;
    }
}

using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace LaborRights.Hosting;

/// <summary>
/// PostgreSQL stores no U+0000: not in <c>text</c> (SQLSTATE 22021) nor in <c>jsonb</c> (22P05). A request holding one,
/// in a query value, a form field or a string of its JSON body, is refused here with a 400 that names the field, before
/// authentication, the endpoint or the database see it, so no endpoint needs to remember it and nothing half-happens.
/// A NUL in the path never arrives: ASP.NET Core's URL decoder refuses it. Uploaded files are the importer's to check,
/// line by line.
/// </summary>
public static partial class UnstorableText
{
    public const string Zh = "不能包含空字符（U+0000），请删除后重新提交";
    public const string En = "must not contain the NUL character (U+0000); remove it and send again";

    public static IApplicationBuilder UseUnstorableTextGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var field = FirstIn(context.Request.Query) ?? await FirstInFormAsync(context) ?? await FirstInJsonBodyAsync(context.Request);
        if (field is null)
        {
            await next();
            return;
        }
        await context.WriteProblemAsync(new FieldErrors().Add(field, Zh, En).ToProblem());
    });

    private static string? FirstIn(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> fields)
    {
        foreach (var (key, values) in fields)
        {
            if (key.Contains('\0')) return "*";
            foreach (var value in values)
                if (value?.Contains('\0') == true) return Reportable(key);
        }
        return null;
    }

    private static async Task<string?> FirstInFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType) return null;
        if (request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            // The framework's form reader refuses %00 too, but as an unreadable form: read here, the field can be named.
            // A form larger than any of ours is left to the framework's reader (and its refusal).
            request.EnableBuffering();
            var body = new System.Text.StringBuilder();
            using (var reader = new StreamReader(request.Body, leaveOpen: true))
            {
                var chunk = new char[4096];
                int read;
                while (body.Length <= RequestLimits.DefaultBodyBytes && (read = await reader.ReadAsync(chunk, context.RequestAborted)) > 0)
                    body.Append(chunk, 0, read);
            }
            request.Body.Position = 0;
            return body.Length > RequestLimits.DefaultBodyBytes ? null : FirstIn(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body.ToString()));
        }
        // Multipart fields arrive undecoded. Read once, under the body limit this request already has (large for
        // uploads); the endpoint gets the form from the cache.
        var limit = RequestLimits.LimitFor(context);
        return FirstIn(await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, context.RequestAborted));
    }

    /// <summary>
    /// The JSON body (or a body without a content type, which the endpoints also read as JSON) scanned token by token in
    /// small pieces, so a large body is never held in memory. A body that is not valid JSON is left to the endpoint's own 400.
    /// </summary>
    private static async Task<string?> FirstInJsonBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || request.ContentLength is null && !request.Headers.TransferEncoding.Any()) return null;
        if (request.ContentType is not null && !request.HasJsonContentType()) return null;

        request.EnableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var scan = new JsonScan();
        try
        {
            var filled = 0;
            while (true)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), request.HttpContext.RequestAborted);
                filled += read;
                var consumed = scan.Read(buffer.AsSpan(0, filled), isFinalBlock: read == 0);
                if (scan.Found is not null || scan.Done || read == 0) return scan.Found;
                filled -= consumed;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled);
                if (filled == buffer.Length)
                {
                    // One token longer than the buffer: a bigger one (the body limit bounds it).
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            request.Body.Position = 0;
        }
    }

    /// <summary>
    /// A property name as the client sent it only when it looks like one of the API's own (letters first): any other
    /// name might be a phone or ID number, which an error must not repeat.
    /// </summary>
    private static string Reportable(string name) => ApiName().IsMatch(name) ? name : "*";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ApiName();

    /// <summary>Reads a JSON text in pieces, keeping the path to the current token, and stops at the first string holding a NUL.</summary>
    private sealed class JsonScan
    {
        private readonly List<(bool Array, int Index, string? Property)> _path = [];
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 256 });

        public string? Found { get; private set; }

        /// <summary>The text was complete or could not be read as JSON.</summary>
        public bool Done { get; private set; }

        /// <summary>Reads what the span holds; returns how many bytes were consumed (the rest belongs to an unfinished token).</summary>
        public int Read(ReadOnlySpan<byte> utf8, bool isFinalBlock)
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock, _state);
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString()!;
                        if (name.Contains('\0')) return Stop(reader, Path("*"));
                        _path[^1] = _path[^1] with { Property = Reportable(name) };
                        continue;
                    }
                    if (_path.Count > 0 && _path[^1].Array && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
                        _path[^1] = _path[^1] with { Index = _path[^1].Index + 1 };
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject or JsonTokenType.StartArray:
                            _path.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                            break;
                        case JsonTokenType.EndObject or JsonTokenType.EndArray:
                            _path.RemoveAt(_path.Count - 1);
                            break;
                        case JsonTokenType.String when reader.ValueIsEscaped && reader.GetString()!.Contains('\0'):
                            return Stop(reader, Path(null));
                    }
                }
                Done = isFinalBlock;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                Done = true;
            }
            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        private int Stop(Utf8JsonReader reader, string path)
        {
            Found = path;
            return (int)reader.BytesConsumed;
        }

        /// <summary><c>claims[0].item</c>: the path to the current value; <paramref name="name"/> stands for the current property's name.</summary>
        private string Path(string? name)
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < _path.Count; i++)
            {
                var (array, index, property) = _path[i];
                if (array) text.Append('[').Append(index).Append(']');
                else Append(text, i == _path.Count - 1 && name is not null ? name : property);
            }
            return text.Length == 0 ? "$" : text.ToString();
        }

        private static void Append(System.Text.StringBuilder text, string? property)
        {
            if (property is null) return;
            if (text.Length > 0) text.Append('.');
            text.Append(property);
        }
    }
}

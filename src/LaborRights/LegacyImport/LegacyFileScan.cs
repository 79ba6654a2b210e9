using System.Runtime.CompilerServices;

namespace LaborRights.LegacyImport;

public enum ScannedLineKind { Blank, Invalid, Case, RepeatOfEarlierLine }

/// <param name="Line">1-based physical line number (blank lines count).</param>
public sealed record ScannedLine(int Line, ScannedLineKind Kind, LegacyCase? Case, string? ContentHash, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Reads an NDJSON file line by line (the file is never held whole in memory) and checks each line, and the
/// lines against each other: a legacyId repeated with identical content is one case, with different content
/// the later line is invalid.
/// </summary>
public sealed class LegacyFileScan(LegacyLineParser parser)
{
    private readonly Dictionary<string, (string Hash, int Line)> _seen = new(StringComparer.Ordinal);

    /// <summary>The first line of each legacyId met so far, and its content hash.</summary>
    public IReadOnlyDictionary<string, (string Hash, int Line)> Seen => _seen;

    public async IAsyncEnumerable<ScannedLine> ScanAsync(Stream stream, DateOnly today, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var (number, bytes) in NdjsonLines.ReadAsync(stream, ct))
        {
            if (NdjsonLines.IsBlank(bytes))
            {
                yield return new ScannedLine(number, ScannedLineKind.Blank, null, null, []);
                continue;
            }
            var parsed = parser.Parse(bytes, today);
            if (parsed.Case is not { } legacy)
            {
                yield return new ScannedLine(number, ScannedLineKind.Invalid, null, null,
                    parsed.Errors.Select(e => new ImportError(number, e.Field, e.Zh, e.En)).ToList());
                continue;
            }
            if (_seen.TryGetValue(legacy.LegacyId, out var first))
            {
                yield return first.Hash == parsed.ContentHash
                    ? new ScannedLine(number, ScannedLineKind.RepeatOfEarlierLine, legacy, parsed.ContentHash, [])
                    : new ScannedLine(number, ScannedLineKind.Invalid, null, null,
                    [
                        new ImportError(number, "legacyId", $"该legacyId已在第{first.Line}行出现，但内容不同",
                            $"This legacyId already appears on line {first.Line} with different content"),
                    ]);
                continue;
            }
            _seen[legacy.LegacyId] = (parsed.ContentHash!, number);
            yield return new ScannedLine(number, ScannedLineKind.Case, legacy, parsed.ContentHash, []);
        }
    }
}

/// <summary>Splits a UTF-8 stream into physical lines (LF or CRLF), as bytes, so each line's encoding is checked on its own.</summary>
public static class NdjsonLines
{
    public static async IAsyncEnumerable<(int Number, byte[] Bytes)> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var buffer = new byte[64 * 1024];
        var pending = new MemoryStream();
        var number = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                pending.Write(buffer, start, i - start);
                start = i + 1;
                yield return (++number, Finish(pending, number));
            }
            pending.Write(buffer, start, read - start);
        }
        // A last line without a newline is a line; a file ending in a newline has no empty line after it.
        if (pending.Length > 0) yield return (++number, Finish(pending, number));
    }

    public static bool IsBlank(ReadOnlySpan<byte> line) => line.TrimStart(" \t\r"u8).IsEmpty;

    private static byte[] Finish(MemoryStream pending, int number)
    {
        var span = pending.GetBuffer().AsSpan(0, (int)pending.Length);
        if (number == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
        if (span.EndsWith("\r"u8)) span = span[..^1];
        var bytes = span.ToArray();
        pending.SetLength(0);
        return bytes;
    }
}

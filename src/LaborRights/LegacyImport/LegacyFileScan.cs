using System.Runtime.CompilerServices;

namespace LaborRights.LegacyImport;

public enum ScannedLineKind { Blank, Invalid, Case }

/// <param name="Line">1-based physical line number (blank lines count).</param>
public sealed record ScannedLine(int Line, ScannedLineKind Kind, LegacyCase? Case, string? ContentHash, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Reads an NDJSON file line by line (the file is never held whole in memory) and checks each line on its own; each
/// valid line carries its content hash, so that lines repeating a legacyId can be told apart (same content: the same
/// case; other content: an invalid line) by the import, which keeps the file's legacyIds in PostgreSQL.
/// </summary>
public sealed class LegacyFileScan(LegacyLineParser parser)
{
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
            yield return parsed.Case is { } legacy
                ? new ScannedLine(number, ScannedLineKind.Case, legacy, parsed.ContentHash, [])
                : new ScannedLine(number, ScannedLineKind.Invalid, null, null,
                    parsed.Errors.Select(e => new ImportError(number, e.Field, e.Zh, e.En)).ToList());
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

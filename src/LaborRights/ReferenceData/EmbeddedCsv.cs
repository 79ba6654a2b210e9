using System.Reflection;
using System.Text;

namespace LaborRights.ReferenceData;

/// <summary>
/// Minimal reader for the reference CSVs we ship ourselves. They never contain quotes or
/// embedded commas, so a full CSV package would be dead weight; anything outside that
/// shape is rejected loudly rather than misparsed.
/// </summary>
internal static class EmbeddedCsv
{
    public static IReadOnlyList<string[]> ReadResource(Assembly assembly, string resourceName, string expectedHeader)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' was not found in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, expectedHeader, resourceName);
    }

    public static IReadOnlyList<string[]> Parse(TextReader reader, string expectedHeader, string sourceName)
    {
        var columnCount = expectedHeader.Split(',').Length;
        var rows = new List<string[]>();
        var lineNumber = 0;
        var headerSeen = false;

        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            // StreamReader strips a UTF-8 BOM, but a BOM can survive if the text came from elsewhere.
            var line = (lineNumber == 1 ? rawLine.TrimStart('\uFEFF') : rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!headerSeen)
            {
                if (!string.Equals(line, expectedHeader, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{sourceName}: expected header '{expectedHeader}' but found '{line}'.");
                }

                headerSeen = true;
                continue;
            }

            if (line.Contains('"'))
            {
                throw new InvalidDataException($"{sourceName} line {lineNumber}: quoted fields are not supported.");
            }

            var fields = line.Split(',');
            if (fields.Length != columnCount)
            {
                throw new InvalidDataException($"{sourceName} line {lineNumber}: expected {columnCount} fields but found {fields.Length}.");
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            rows.Add(fields);
        }

        if (!headerSeen)
        {
            throw new InvalidDataException($"{sourceName}: file is empty.");
        }

        return rows;
    }
}

using System.Security.Cryptography;
using System.Text.Json;

namespace LaborRights.LegacyImport;

/// <summary>
/// "Same content" means the same parsed JSON (format v1): property order, white space, escapes and the way a
/// number is written (12.3 vs 12.300) do not matter. The line is written canonically — properties sorted,
/// numbers by value — and hashed with SHA-256.
/// </summary>
public static class LegacyContentHash
{
    public static string Of(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, root);
        return Convert.ToHexString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                // Dividing by 1.000… drops trailing zeros: 12.300m becomes 12.3m.
                writer.WriteNumberValue(number / 1.000000000000000000000000000000000m);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

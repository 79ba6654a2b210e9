using System.Text;
using System.Text.Json.Nodes;

namespace LaborRights.UnitTests.LegacyImport;

/// <summary>The example line of the format (legacy-import-v1), to be changed one field at a time.</summary>
internal static class LegacyLines
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public const string Example = """
        {"legacyId":"JN-2025-000123","kind":"wage-arrears","countyCode":"370102","parkCode":null,
         "employer":{"name":"济南某建筑劳务有限公司","creditCode":"91370102MA3C5XQ716"},
         "complainant":{"name":"张三","idNumber":"370102198501011233","phone":"13800000000"},
         "workersAffected":3,"amountClaimed":45600.00,"amountConfirmed":42000.00,
         "receivedOn":"2025-03-04",
         "decision":{"kind":"accepted","on":"2025-03-07"},
         "extendedOn":null,
         "recoveries":[{"on":"2025-04-10","amount":20000.00},{"on":"2025-04-28","amount":22000.00}],
         "transferredToPoliceOn":null,
         "closedOn":"2025-05-01"}
        """;

    public static JsonObject Node() => JsonNode.Parse(Example)!.AsObject();

    public static string Line(Action<JsonObject>? change = null)
    {
        var node = Node();
        change?.Invoke(node);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static byte[] Utf8(string line) => Encoding.UTF8.GetBytes(line);

    public static MemoryStream File(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>The committed API document, <c>docs/api/openapi-v1.json</c>: the contract of version 1 (ADR 0019).</summary>
public static class ApiDocumentFile
{
    /// <summary>Set to 1 to write the live document over the committed one, which is allowed only when nothing in it breaks.</summary>
    public const string UpdateVariable = "LABORRIGHTS_UPDATE_API_DOCUMENT";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path { get; } = System.IO.Path.Combine(RepositoryRoot, "docs", "api", "openapi-v1.json");

    public static JsonNode? Read() => File.Exists(Path) ? JsonNode.Parse(File.ReadAllText(Path)) : null;

    /// <summary>The form the document is committed in: indented, Chinese unescaped, one newline at the end.</summary>
    public static string Format(JsonNode document) => document.ToJsonString(Written).ReplaceLineEndings("\n") + "\n";

    public static void Write(JsonNode document) => File.WriteAllText(Path, Format(document));

    /// <summary>Where each run leaves the document it was served, to compare with the committed one (git-ignored).</summary>
    public static string LivePath { get; } = System.IO.Path.Combine(RepositoryRoot, "tests", "LaborRights.IntegrationTests", "TestResults", "openapi-v1.served.json");

    public static void WriteLive(JsonNode document)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(LivePath)!);
        File.WriteAllText(LivePath, Format(document));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LaborRights.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with LaborRights.sln) was not found above " + AppContext.BaseDirectory);
    }
}

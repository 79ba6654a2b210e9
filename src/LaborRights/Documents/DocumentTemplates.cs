using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;

namespace LaborRights.Documents;

/// <summary>A law's article as a document cites it, with its words kept beside the citation.</summary>
/// <param name="When">Cited only when the named value matches (<c>reason=TimeBarred</c>); null: always.</param>
public sealed record Citation(string Law, string Article, string Text, string? When = null)
{
    public string Cited => $"《{Law}》{Article}";
}

/// <summary>A paragraph of a template; <paramref name="When"/> as for <see cref="Citation"/>.</summary>
public sealed record TemplateParagraph(string Text, string? When = null);

/// <summary>
/// The wording of one kind of document, as the province keeps it (ADR 0035): title, the number's series (人社监令: the
/// office's abbreviation, the series, the year and the sequence; empty: the document bears its case number), addressee
/// line, facts, decision, remedies and the citations, with <c>{placeholders}</c> filled from the case's events.
/// </summary>
public sealed record DocumentTemplate(
    DocumentKind Kind, int Version, string Title, string Series, string Addressee, IReadOnlyList<TemplateParagraph> Facts,
    IReadOnlyList<TemplateParagraph> Decision, IReadOnlyList<TemplateParagraph> Remedies, IReadOnlyList<Citation> Basis)
{
    /// <summary>Every placeholder the template uses.</summary>
    public IEnumerable<string> Placeholders =>
        new[] { Title, Addressee }.Concat(Facts.Concat(Decision).Concat(Remedies).Select(p => p.Text))
            .SelectMany(text => DocumentComposer.PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)).Distinct();
}

/// <summary>A stored version of a template (the province's own wording); the latest version of a kind is used.</summary>
public sealed class StoredDocumentTemplate
{
    public string Id { get; set; } = "";
    public DocumentKind Kind { get; set; }
    public int Version { get; set; }
    public DocumentTemplate Template { get; set; } = null!;
    public string SavedBy { get; set; } = "";
    public DateTimeOffset SavedAt { get; set; }

    public static string IdOf(DocumentKind kind, int version) => $"{kind}:{version}";
}

/// <summary>The templates in force: the latest stored version of each kind, else the defaults shipped with the application.</summary>
public sealed class DocumentTemplates(IDocumentStore store)
{
    private static readonly Lazy<IReadOnlyDictionary<DocumentKind, DocumentTemplate>> Shipped = new(LoadDefaults);

    public static IReadOnlyDictionary<DocumentKind, DocumentTemplate> Defaults => Shipped.Value;

    public async Task<DocumentTemplate> CurrentAsync(DocumentKind kind, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var stored = await session.Query<StoredDocumentTemplate>().Where(t => t.Kind == kind).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
        return stored?.Template ?? Defaults[kind];
    }

    /// <summary>How the shipped templates and the stored documents' text are read and written (a paragraph may be a plain string in the file).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new TemplateParagraphConverter() },
    };

    private static IReadOnlyDictionary<DocumentKind, DocumentTemplate> LoadDefaults()
    {
        using var stream = typeof(DocumentTemplates).Assembly.GetManifestResourceStream("LaborRights.Resources.Documents.templates.json")
            ?? throw new InvalidOperationException("The document templates resource is missing.");
        var file = JsonSerializer.Deserialize<TemplateFile>(stream, Json) ?? throw new InvalidOperationException("The document templates are empty.");
        var templates = file.Templates.ToDictionary(t => t.Kind);
        var missing = Enum.GetValues<DocumentKind>().Where(k => !templates.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"No default template for {string.Join(", ", missing)}.");
        return templates;
    }

    private sealed record TemplateFile(IReadOnlyList<DocumentTemplate> Templates);
}

/// <summary>Reads a paragraph of the shipped file written as a plain string or as <c>{ "text": …, "when": … }</c> (the API always uses the object).</summary>
public sealed class TemplateParagraphConverter : JsonConverter<TemplateParagraph>
{
    public override TemplateParagraph Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new TemplateParagraph(reader.GetString()!);
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        return new TemplateParagraph(
            root.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
            root.TryGetProperty("when", out var when) ? when.GetString() : null);
    }

    public override void Write(Utf8JsonWriter writer, TemplateParagraph value, JsonSerializerOptions options)
    {
        if (value.When is null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        writer.WriteString("when", value.When);
        writer.WriteEndObject();
    }
}

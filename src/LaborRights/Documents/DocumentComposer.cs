using System.Text.RegularExpressions;

namespace LaborRights.Documents;

/// <summary>
/// One written decision as it is handed over: office, title, number, addressee, facts, decision (with the legal
/// basis cited article by article), remedies with their time limits, the office and date at the foot — and every
/// value it states with the event it was read from.
/// </summary>
public sealed record OfficialDocument(
    DocumentKind Kind, int TemplateVersion, string Office, string Title, string Number, string Addressee, IReadOnlyList<string> Facts,
    IReadOnlyList<string> Decision, IReadOnlyList<string> Remedies, IReadOnlyList<Citation> Basis, string IssuedOn,
    IReadOnlyDictionary<string, DocumentValue> Values)
{
    /// <summary>The document's text, line by line as printed: what golden tests compare.</summary>
    public IReadOnlyList<string> Lines => [Office, Title, Number, .. Addressee.Split('\n'), .. Facts, .. Decision, .. Remedies, Office, IssuedOn];

    public string Text => string.Join('\n', Lines);
}

/// <summary>A document the case's events cannot fill yet (a value its template needs was never recorded).</summary>
public sealed class DocumentIncompleteException(DocumentKind kind, string placeholder)
    : InvalidOperationException($"The case has no value for {{{placeholder}}}, which the {kind} template needs.")
{
    public string Placeholder { get; } = placeholder;
}

public static partial class DocumentComposer
{
    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    public static partial Regex PlaceholderPattern();

    /// <summary>The template filled from the values: conditional paragraphs and citations kept only where they apply.</summary>
    public static OfficialDocument Compose(DocumentTemplate template, DocumentValues values, string number, DateOnly issuedOn)
    {
        values.Set("number", number, DocumentValue.Issue).Set("issuedOn", DocumentValues.Date(issuedOn), DocumentValue.Issue);
        var basis = template.Basis.Where(c => Applies(c.When, values)).ToList();
        values.Set("basis", Cite(basis), "template");
        string Fill(string text) => PlaceholderPattern().Replace(text, m =>
            values[m.Groups[1].Value] ?? throw new DocumentIncompleteException(template.Kind, m.Groups[1].Value));
        // A value of several lines (the award's items) makes a paragraph of each.
        IReadOnlyList<string> Paragraphs(IReadOnlyList<TemplateParagraph> paragraphs) =>
            [.. paragraphs.Where(p => Applies(p.When, values)).SelectMany(p => Fill(p.Text).Split('\n'))];

        return new OfficialDocument(template.Kind, template.Version, values["office"] ?? throw new DocumentIncompleteException(template.Kind, "office"),
            Fill(template.Title), number, Fill(template.Addressee), Paragraphs(template.Facts), Paragraphs(template.Decision),
            Paragraphs(template.Remedies), basis, values["issuedOn"]!, values.All.ToDictionary());
    }

    /// <summary>《劳动合同法》第三十条，《劳动争议调解仲裁法》第四十七条、第五十条: each law named once, its articles in order.</summary>
    public static string Cite(IReadOnlyList<Citation> citations) => string.Join("，", citations
        .Select((c, i) => (c, i)).GroupBy(x => x.c.Law).OrderBy(g => g.Min(x => x.i))
        .Select(g => $"《{g.Key}》{string.Join("、", g.Select(x => x.c.Article))}"));

    /// <summary><c>name=value</c>: whether the case's value matches; no condition applies always.</summary>
    public static bool Applies(string? when, DocumentValues values)
    {
        if (when is null) return true;
        var at = when.IndexOf('=');
        return at > 0 && values[when[..at].Trim()] == when[(at + 1)..].Trim();
    }

    /// <summary>The number in the office's series: 历下 + 人社监令 → 历下人社监令〔2026〕3号.</summary>
    public static string Number(string officeShort, string series, int year, int sequence) => $"{officeShort}{series}〔{year}〕{sequence}号";
}

using LaborRights.Evidence;
using LaborRights.ReferenceData;

namespace LaborRights.Web.Forms;

/// <summary>One field as the form view draws it (Pages/Shared/_FormField.cshtml): its input name, ids, value and errors.</summary>
public sealed record FieldView(FormField Field, string Name, FormDraft Draft, IReadOnlyList<FieldError> Errors, ShandongRegions Regions,
    IReadOnlyList<EvidenceUploaded> Files)
{
    public static FieldView Of(IGuidedFormPage page, FormField field, string? name = null)
    {
        name ??= field.Name;
        // A files field also shows the errors of its items (evidenceFiles[2]).
        var errors = page.Errors.All.Where(e => e.Field == name || field.Kind == FieldKind.Files && e.Field.StartsWith(name + "[", StringComparison.Ordinal));
        return new FieldView(field, name, page.Draft, errors.ToList(), page.Regions, page.HeldFiles);
    }

    /// <summary>An HTML id from the field's path: <c>claims[0].amount</c> → <c>f-claims-0-amount</c>.</summary>
    public string Id => IdOf(Name);

    public static string IdOf(string name) => "f-" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Replace("--", "-").TrimEnd('-');

    public string HintId => Id + "-hint";

    /// <summary>A file's size as a person reads it: 820 KB, 3.4 MB.</summary>
    public static string SizeOf(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : (bytes / (1024.0 * 1024)).ToString("0.0 MB", System.Globalization.CultureInfo.InvariantCulture);
    public string ErrorId => Id + "-error";
    public string Value => Draft.Value(Name);
    public bool IsChosen(string option) => Draft.Values(Name).Contains(option);
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The ids that describe the input (its hint, its error), for aria-describedby.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Field.HasHint) ids.Add(HintId);
            if (HasErrors) ids.Add(ErrorId);
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    public string InputType => Field.Kind switch
    {
        FieldKind.Phone => "tel",
        FieldKind.Date => "date",
        _ => "text",
    };

    public string? InputMode => Field.Kind switch
    {
        FieldKind.Integer => "numeric",
        FieldKind.Money => "decimal",
        FieldKind.Phone => "tel",
        _ => null,
    };

    public string? InputClass => Field.Kind switch
    {
        FieldKind.Integer or FieldKind.Money or FieldKind.Date => "input--short",
        FieldKind.Code or FieldKind.Phone => "input--code",
        _ => null,
    };

    /// <summary>The cities, each with its counties (or parks): the city first, as a worker thinks of where they work.</summary>
    public IEnumerable<(City City, IReadOnlyList<(string Code, string Name)> Places)> PlacesByCity =>
        Regions.Cities.Select(city => (city, (IReadOnlyList<(string, string)>)(Field.Kind == FieldKind.Park
            ? Regions.ParksOf(city.Code).Select(p => (p.Code, p.Name)).ToList()
            : Regions.CountiesOf(city.Code).Select(c => (c.Code, c.Name)).ToList())))
            .Where(x => x.Item2.Count > 0);
}

namespace LaborRights.Web.Forms;

/// <summary>How a field is typed on a phone, and how its text becomes the API form's JSON value.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>A mainland phone number (numeric keypad).</summary>
    Phone,
    /// <summary>An identifier typed in capitals: resident ID number, unified social credit code.</summary>
    Code,
    /// <summary>A whole number (JSON number).</summary>
    Integer,
    /// <summary>An amount in yuan with up to two decimals (JSON number); 12,800 and 12800.50 are both read.</summary>
    Money,
    /// <summary>A date (the browser's date picker; 2026-03-01, 2026/3/1 and 2026年3月1日 are all read).</summary>
    Date,
    /// <summary>Several lines of text.</summary>
    LongText,
    /// <summary>One of a fixed list (radio buttons): an enum's name.</summary>
    Choice,
    /// <summary>Any of a fixed list (check boxes): an array of an enum's names.</summary>
    Choices,
    /// <summary>A list of options (a select): an enum's name.</summary>
    Select,
    /// <summary>A county of Shandong, grouped by city.</summary>
    County,
    /// <summary>An industrial park of Shandong, grouped by city (optional).</summary>
    Park,
    /// <summary>
    /// Evidence files: chosen on the phone and uploaded with the step (held on the server, ADR 0021); the draft
    /// carries their ids, the API form gets them as its <c>evidenceFiles</c> list.
    /// </summary>
    Files,
    /// <summary>A value the page sets and the person does not choose (e.g. the applicant of a worker's application is a worker).</summary>
    Fixed,
}

/// <summary>
/// One field of a guided form. <paramref name="Name"/> is the API form's camelCase JSON path (<c>applicant.name</c>),
/// so the API's field errors land on the field that caused them. Label, hint and option texts are resource keys
/// (Resources/Web/PortalText.resx): <c>{Label}</c>, <c>{Label}.Hint</c>, <c>{Options}.{value}</c>.
/// </summary>
/// <param name="RequiredWhen">For a field required only in some cases: the resource key of the words that say when (shown for "optional").</param>
public sealed record FormField(string Name, FieldKind Kind, string Label, bool Required = true, bool HasHint = false,
    int? MaxLength = null, IReadOnlyList<string>? Options = null, string? OptionTexts = null, string? Value = null, string? Autocomplete = null,
    string? RequiredWhen = null)
{
    /// <summary>An enum's names as the options, in declaration order.</summary>
    public static IReadOnlyList<string> OptionsOf<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>();
}

/// <summary>
/// A group of fields that repeats (the claims of an arbitration application): rows named <c>{Name}[i].{field}</c>,
/// one more row by a button (no script needed), rows left empty are dropped.
/// </summary>
public sealed record RepeatingGroup(string Name, IReadOnlyList<FormField> Fields, int Max, string RowLegend, string AddLabel);

/// <summary>One screen of a guided form; it owns the errors of its fields (and of its repeating group).</summary>
public sealed record FormStep(string Id, string Title, string? Intro, IReadOnlyList<FormField> Fields, RepeatingGroup? Group = null)
{
    public bool Owns(string errorField) =>
        Fields.Any(f => errorField == f.Name || errorField.StartsWith(f.Name + ".", StringComparison.Ordinal) || errorField.StartsWith(f.Name + "[", StringComparison.Ordinal))
        || (Group is { } g && (errorField == g.Name || errorField.StartsWith(g.Name + "[", StringComparison.Ordinal)));
}

/// <summary>
/// The fields a unit chosen from the employer directory fills (its name, credit code and county); the search box is
/// shown on the step that owns <paramref name="NameField"/>.
/// </summary>
public sealed record EmployerLookup(string NameField, string CreditCodeField, string CountyField);

/// <summary>A public filing as screens that fit a phone: the steps, then a review of every answer, then the receipt.</summary>
public sealed record GuidedForm(string Title, string Lead, IReadOnlyList<FormStep> Steps, string ReceiptNext, EmployerLookup? Lookup = null)
{
    /// <summary>Whether the employer search is shown on this step.</summary>
    public bool LooksUpOn(FormStep step) => Lookup is { } lookup && step.Fields.Any(f => f.Name == lookup.NameField);

    /// <summary>The index of the review screen (after the last step).</summary>
    public int Review => Steps.Count;

    public IEnumerable<FormField> AllFields => Steps.SelectMany(s => s.Fields);

    /// <summary>The form's evidence-files field, if it has one.</summary>
    public FormField? FilesField => AllFields.FirstOrDefault(f => f.Kind == FieldKind.Files);

    /// <summary>The file input of the evidence step: its own name, so the draft never reads it as a value.</summary>
    public const string UploadInput = "upload";

    /// <summary>The search box of the employer step: its own name, not a field of the draft.</summary>
    public const string LookupInput = "lookup";

    /// <summary>
    /// For an error on a repeating group's row (<c>claims[1].amount</c>), the row's legend key and its number (2), so
    /// that the error summary says which claim it means; else null.
    /// </summary>
    public (string Legend, int Number)? RowOf(string errorField)
    {
        foreach (var group in Steps.Select(s => s.Group).OfType<RepeatingGroup>())
        {
            if (!errorField.StartsWith(group.Name + "[", StringComparison.Ordinal)) continue;
            var end = errorField.IndexOf(']', group.Name.Length);
            if (end > 0 && int.TryParse(errorField.AsSpan(group.Name.Length + 1, end - group.Name.Length - 1), out var row)) return (group.RowLegend, row + 1);
        }
        return null;
    }
}

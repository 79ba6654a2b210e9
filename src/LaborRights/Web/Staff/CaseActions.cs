using System.Globalization;

namespace LaborRights.Web.Staff;

public enum ActionFieldKind { Text, LongText, Money, Rate, Integer, Date, Select, YesNo, Password }

/// <summary>
/// One field of an action's form: its name is the API command's JSON property, so the command's errors land on it
/// (fields of one item of a list, e.g. an award's ruling on claim 2, are named <c>claim2.ruling</c>; see
/// <see cref="ItemFields"/>). <paramref name="LabelArgs"/> fill the label's placeholders.
/// </summary>
/// A select's options are shown with their texts, or, when <paramref name="OptionKeys"/> is given, with the resource
/// <c>{OptionKeys}.{value}</c>. A <see cref="ActionFieldKind.Password"/> field is never shown again with what was typed.
public sealed record ActionField(string Name, string Label, ActionFieldKind Kind, string? Hint = null,
    IReadOnlyList<(string Value, string Text)>? Options = null, int? MaxLength = null, object[]? LabelArgs = null, string? OptionKeys = null);

/// <summary>An action of a case page as a small form (<c>Pages/Shared/_CaseAction.cshtml</c>); texts are resource keys.</summary>
public sealed record CaseActionForm(string Name, string Title, string? Hint, IReadOnlyList<ActionField> Fields, bool Warning = false);

/// <summary>What an action's form sends, read as the command's values; text that is no number or date is an error on its field.</summary>
public sealed class ActionInput(IFormCollection form)
{
    public FieldErrors Errors { get; } = new();

    public int Version => int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    public string? Text(string name) => form[name].ToString() is { Length: > 0 } text ? text : null;

    public decimal? Money(string name) => Number(name, NumberStyles.Number, "请填写金额（元），例如 12800 或 12800.50", "Give an amount in yuan, e.g. 12800 or 12800.50");

    public decimal? Rate(string name) => Number(name, NumberStyles.Number, "请填写比例，例如 0.5 或 1", "Give a rate, e.g. 0.5 or 1");

    public int? Integer(string name)
    {
        var text = Text(name)?.Trim();
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Errors.Add(name, "请填写整数", "Give a whole number");
        return null;
    }

    public DateOnly? Date(string name)
    {
        var text = Text(name)?.Trim();
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Errors.Add(name, "请填写日期，例如 2026-12-31", "Give a date, e.g. 2026-12-31");
        return null;
    }

    /// <summary>是/否: a select whose values are <c>true</c> and <c>false</c>.</summary>
    public bool? YesNo(string name)
    {
        var text = Text(name);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        Errors.Add(name, "请选择“是”或“否”", "Choose yes or no");
        return null;
    }

    /// <summary>Names typed one per line or separated by 、 , ; (people, places).</summary>
    public IReadOnlyList<string> Names(string name) =>
        (Text(name) ?? "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly string[] NameSeparators = ["、", ",", "，", ";", "；", "\n", "\r"];

    public TEnum? Choice<TEnum>(string name) where TEnum : struct, Enum
    {
        var text = Text(name);
        if (text is null) return null;
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)) return value;
        Errors.Add(name, "请从列表中选择", "Choose from the list");
        return null;
    }

    private decimal? Number(string name, NumberStyles styles, string chinese, string english)
    {
        var text = Text(name)?.Trim().Replace(",", "").Replace("，", "");
        if (text is null) return null;
        if (decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value)) return value;
        Errors.Add(name, chinese, english);
        return null;
    }
}

/// <summary>
/// One action of a kind's case page: its form; how the form becomes the API command, with the command's own
/// validation and the decide function to run (<see cref="CasePageCommands"/>); and a probe that asks the same decide
/// function, with plausible values, whether the case's state allows the action now — so the page offers exactly
/// what the domain would accept, and says why the rest is not open.
/// </summary>
/// <param name="FieldsFor">Fields that depend on the case (one per claim item of an award), added after the form's own.</param>
/// <param name="Role">The role that takes this action (approving an extension); null for the kind's handling role.</param>
public sealed record CaseAction<TCase, TContext>(
    CaseActionForm Form,
    Func<ActionInput, TContext, CommandPlan<TCase>> Plan,
    Func<TCase, TContext, Decision> Probe,
    IReadOnlySet<string>? ValueRefusals = null,
    Func<TCase, IReadOnlyDictionary<string, string>>? Prefill = null,
    Func<TCase, IReadOnlyList<ActionField>>? FieldsFor = null,
    string? Role = null)
{
    /// <summary>The action as the page offers it for this state: open or closed, and what its fields start with.</summary>
    public OfferedAction Offer(TCase state, TContext context) =>
        new(FieldsFor is null ? Form : Form with { Fields = [.. FieldsFor(state), .. Form.Fields] },
            Closed(state, context), Prefill?.Invoke(state) ?? new Dictionary<string, string>());

    /// <summary>Null when the state allows the action (a refusal caused only by the probe's values does not count); else why not.</summary>
    public Refusal? Closed(TCase state, TContext context) =>
        Probe(state, context).Refusal is { } refusal && ValueRefusals?.Contains(refusal.Code) != true ? refusal : null;
}

/// <summary>A command ready to run: the errors of its form and its validation, and its decide function.</summary>
public sealed record CommandPlan<TCase>(FieldErrors Errors, Func<TCase, Task<Decision>> Decide)
{
    public static CommandPlan<TCase> Of<TContext>(ActionInput input, FieldErrors validation, TContext context, Func<TCase, TContext, Decision> decide) =>
        Of(input, validation, state => decide(state, context));

    public static CommandPlan<TCase> Of(ActionInput input, FieldErrors validation, Func<TCase, Decision> decide)
    {
        foreach (var error in validation.All.Where(e => !input.Errors.All.Any(i => i.Field == e.Field)))
            input.Errors.Add(error.Field, error.Chinese, error.English);
        return new(input.Errors, state => Task.FromResult(decide(state)));
    }
}

/// <summary>An action as a page offers it: open (a form), or closed with the reason.</summary>
public sealed record OfferedAction(CaseActionForm Form, Refusal? ClosedBecause, IReadOnlyDictionary<string, string> Prefill);

/// <summary>What <c>_CaseAction.cshtml</c> renders: the form, the case version it carries, and — when this form just failed — its errors and what was typed.</summary>
public sealed record CaseActionView(CaseActionForm Form, int Version, IReadOnlyList<FieldError> Errors, IFormCollection? Typed,
    IReadOnlyDictionary<string, string>? Prefill = null)
{
    public string IdOf(ActionField field) => $"{Form.Name}-{field.Name}";

    public IReadOnlyList<FieldError> ErrorsOf(ActionField field) => Errors.Where(e => e.Field == field.Name).ToList();

    /// <summary>What was typed when this form just failed; else what the case already holds (e.g. the inspectors assigned).</summary>
    public string? ValueOf(ActionField field) => Typed is not null ? Typed[field.Name].ToString() : Prefill?.GetValueOrDefault(field.Name);
}

/// <summary>A form that asks only why (a reveal of personal data, the opening of an evidence file): the access is recorded with it. Texts are resource keys.</summary>
public sealed record ReasonFormView(string Action, Guid? EvidenceId, string Label, string Submit, IReadOnlyList<FieldError> Errors)
{
    public string Id => EvidenceId is { } id ? $"{Action}-{id:N}-reason" : $"{Action}-reason";
}

/// <summary>
/// Forms with one group of fields per item of a list (an award's ruling on each claim, a settlement's terms, the
/// findings of a site visit): the fields are named <c>{prefix}{n}.{property}</c>; the items sent are those with
/// anything typed, in order; and the command's errors on <c>{list}[k].{property}</c> are put back on the fields of
/// the k-th item sent.
/// </summary>
public sealed record ItemFields(string Prefix, string List)
{
    public static ItemFields Claims { get; } = new("claim", "items");

    public string Name(int number, string property) => $"{Prefix}{number}.{property}";

    /// <summary>The item numbers with any of <paramref name="properties"/> typed.</summary>
    public IReadOnlyList<int> Typed(ActionInput input, IEnumerable<int> numbers, params string[] properties) =>
        numbers.Where(n => properties.Any(p => input.Text(Name(n, p)) is not null)).ToList();

    /// <summary>The command's errors with item indexes turned into the fields of the items sent (a list-wide error goes on the first item's first field).</summary>
    public FieldErrors OnItems(FieldErrors errors, IReadOnlyList<int> sent, int firstItem, string firstProperty)
    {
        var mapped = new FieldErrors();
        var open = List + "[";
        foreach (var error in errors.All)
        {
            var field = error.Field;
            if (field.StartsWith(open, StringComparison.Ordinal) && field.IndexOf(']') is var close and > 0
                && int.TryParse(field.AsSpan(open.Length, close - open.Length), out var index) && index < sent.Count)
                field = close + 2 < field.Length ? Name(sent[index], field[(close + 2)..]) : Name(sent[index], firstProperty);
            else if (field == List)
                field = Name(firstItem, firstProperty);
            mapped.Add(field, error.Chinese, error.English);
        }
        return mapped;
    }
}

/// <summary>What <c>_ErrorSummary.cshtml</c> lists: a failed form's errors, linked to its fields (<c>{FormId}-{field}</c>).</summary>
public sealed record ErrorSummaryView(IReadOnlyList<FieldError> Errors, string? FormId);

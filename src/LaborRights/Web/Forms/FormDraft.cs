using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LaborRights.Web.Forms;

/// <summary>
/// Everything typed into a guided form so far, as text by field path. It travels with every step in the POST body
/// (hidden fields for the screens not shown), never in a URL and never stored on the server before filing; a failed
/// step or submission shows it all again as typed.
/// </summary>
public sealed partial class FormDraft
{
    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);

    public static FormDraft Empty(GuidedForm form)
    {
        var draft = new FormDraft();
        foreach (var step in form.Steps)
            if (step.Group is { } group) draft._rows[group.Name] = 1;
        return draft;
    }

    /// <summary>The draft as posted: only the form's own fields are read, whatever else the request holds.</summary>
    public static FormDraft Read(GuidedForm form, IFormCollection posted)
    {
        var draft = new FormDraft();
        foreach (var field in form.AllFields)
            draft.Take(field, field.Name, posted);
        foreach (var step in form.Steps)
        {
            if (step.Group is not { } group) continue;
            var rows = int.TryParse(posted[RowsName(group)], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            rows = Math.Clamp(rows, 1, group.Max);
            // Rows left wholly empty are dropped (but one row is always shown).
            var kept = 0;
            for (var i = 0; i < rows; i++)
            {
                var values = group.Fields.Select(f => (f, posted[RowField(group, i, f)].ToString())).ToList();
                if (values.All(v => string.IsNullOrWhiteSpace(v.Item2))) continue;
                foreach (var (f, value) in values) draft._values[RowField(group, kept, f)] = [value];
                kept++;
            }
            draft._rows[group.Name] = Math.Max(1, kept);
        }
        return draft;
    }

    private void Take(FormField field, string name, IFormCollection posted)
    {
        if (field.Kind == FieldKind.Fixed) { _values[name] = [field.Value ?? ""]; return; }
        if (field.Kind == FieldKind.Files)
        {
            // Only well-formed ids, each once: the server checks each is still held when the form is filed.
            _values[name] = posted[name].Where(v => Guid.TryParseExact(v, "D", out _)).Select(v => v!).Distinct()
                .Take(Evidence.EvidenceRules.MaxFilesPerFiling).ToArray();
            return;
        }
        var values = posted[name].Where(v => v is not null).Select(v => v!).ToArray();
        if (values.Length > 0) _values[name] = field.Kind == FieldKind.Choices ? values.Distinct().ToArray() : [values[0]];
    }

    public static string RowsName(RepeatingGroup group) => group.Name + ".rows";

    public static string RowField(RepeatingGroup group, int row, FormField field) => $"{group.Name}[{row}].{field.Name}";

    public int RowsOf(RepeatingGroup group) => _rows.GetValueOrDefault(group.Name, 1);

    /// <summary>One more empty row, up to the group's maximum.</summary>
    public void AddRow(RepeatingGroup group) => _rows[group.Name] = Math.Min(group.Max, RowsOf(group) + 1);

    public string Value(string name) => _values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : "";

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var v) ? v : [];

    public bool Has(string name) => Values(name).Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Sets a field's values (the evidence files held for it).</summary>
    public void Set(string name, IEnumerable<string> values) => _values[name] = values.ToArray();

    /// <summary>Every value with its name, to carry the screens not shown as hidden fields.</summary>
    public IEnumerable<(string Name, string Value)> Entries => _values.SelectMany(kv => kv.Value.Select(v => (kv.Key, v)));

    /// <summary>
    /// The draft as the API form's JSON (the same shape the public endpoint reads). Text that is not the number or
    /// date its field needs, or an option that is not on the list, is an error on that field, and the field is left out.
    /// </summary>
    public JsonObject ToJson(GuidedForm form, FieldErrors errors)
    {
        var root = new JsonObject();
        foreach (var field in form.AllFields) Put(root, field.Name, field, errors);
        foreach (var step in form.Steps)
        {
            if (step.Group is not { } group) continue;
            var rows = new JsonArray();
            for (var i = 0; i < RowsOf(group); i++)
            {
                var row = new JsonObject();
                foreach (var field in group.Fields) Put(row, field.Name, field, errors, RowField(group, i, field));
                if (row.Count > 0) rows.Add(row);
            }
            root[group.Name] = rows;
        }
        return root;
    }

    private void Put(JsonObject root, string path, FormField field, FieldErrors errors, string? name = null)
    {
        name ??= path;
        var node = Convert(field, name, errors);
        if (node is null) return;
        var parts = path.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
            target = target[part] as JsonObject ?? (JsonObject)(target[part] = new JsonObject());
        target[parts[^1]] = node;
    }

    private JsonNode? Convert(FormField field, string name, FieldErrors errors)
    {
        if (field.Kind == FieldKind.Files)
            return new JsonArray(Values(name).Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
        if (field.Kind == FieldKind.Choices)
        {
            var chosen = Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (chosen.Any(v => field.Options?.Contains(v) != true))
            {
                errors.Add(name, "请从列表中选择", "Choose from the list");
                return null;
            }
            return new JsonArray(chosen.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
        }

        var text = Normalize(Value(name));
        if (text.Length == 0) return null;
        switch (field.Kind)
        {
            case FieldKind.Integer:
                if (int.TryParse(text.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var whole)) return JsonValue.Create(whole);
                errors.Add(name, "请填写整数，例如 3", "Enter a whole number, for example 3");
                return null;
            case FieldKind.Money:
                var amount = text.Replace(",", "").Replace("，", "").TrimEnd('元').Trim();
                if (decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) return JsonValue.Create(yuan);
                errors.Add(name, "请填写金额（元），例如 12800 或 12800.50", "Enter an amount in yuan, for example 12800 or 12800.50");
                return null;
            case FieldKind.Date:
                if (ParseDate(text) is { } date) return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                errors.Add(name, "请填写日期，例如 2026-03-01", "Enter a date, for example 2026-03-01");
                return null;
            case FieldKind.Choice or FieldKind.Select when field.Options?.Contains(text) != true:
                errors.Add(name, "请从列表中选择", "Choose from the list");
                return null;
            case FieldKind.Phone or FieldKind.Code:
                return JsonValue.Create(text.Replace(" ", ""));
            default:
                return JsonValue.Create(Value(name));
        }
    }

    private static DateOnly? ParseDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success) return null;
        var (y, m, d) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return y is >= 1900 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")]
    private static partial Regex DatePattern();

    /// <summary>Full-width digits and punctuation (a Chinese keyboard's) read as their ASCII forms; spaces at the ends dropped.</summary>
    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>Reads the JSON as the API form type, with the API's own JSON rules.</summary>
    public static TForm? Bind<TForm>(JsonObject json, JsonSerializerOptions options, FieldErrors errors) where TForm : class
    {
        try
        {
            return json.Deserialize<TForm>(options);
        }
        catch (JsonException)
        {
            errors.Add("form", "表格内容无法读取，请检查后重试", "The form could not be read; check it and try again");
            return null;
        }
    }
}

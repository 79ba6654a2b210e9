using System.Globalization;
using System.Text.Json;

namespace LaborRights.LegacyImport;

/// <summary>
/// Typed reads of the fields of one line, collecting a bilingual error per wrong field instead of throwing.
/// A nullable field may be absent or null; a required one must be present and not null.
/// </summary>
internal sealed partial class LegacyJsonFields
{
    public List<(string Field, string Zh, string En)> Errors { get; } = [];

    public void Add(string field, string zh, string en) => Errors.Add((field, zh, en));

    /// <summary>The object's properties by name; reports duplicates and properties the format does not have.</summary>
    public Dictionary<string, JsonElement> Properties(JsonElement obj, string path, IReadOnlySet<string> allowed)
    {
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
                Add(Join(path, ReportableName(property.Name)), "格式中没有此字段（v1）", "The format (v1) has no such field");
            else if (!found.TryAdd(property.Name, property.Value))
                Add(Join(path, property.Name), "字段重复出现", "The field appears more than once");
        }
        return found;
    }

    /// <summary>The value, or null when absent or JSON null; a required one that is missing is reported.</summary>
    public JsonElement? Value(Dictionary<string, JsonElement> props, string name, string path, bool required)
    {
        if (props.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null) return value;
        if (required)
        {
            if (props.ContainsKey(name)) Add(Join(path, name), "不能为null", "Must not be null");
            else Add(Join(path, name), "缺少此字段", "The field is missing");
        }
        return null;
    }

    public string? String(Dictionary<string, JsonElement> props, string name, string path, bool required, bool nonEmpty = true)
    {
        if (Value(props, name, path, required) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.String) return Wrong(Join(path, name), "应为字符串", "Must be a string");
        var text = value.GetString()!;
        if (nonEmpty && string.IsNullOrWhiteSpace(text)) return Wrong(Join(path, name), "不能为空字符串", "Must not be empty");
        // PostgreSQL stores no U+0000 (the HTTP edge refuses it in requests; a file is checked here, line by line).
        if (text.Contains('\0')) return Wrong(Join(path, name), Hosting.UnstorableText.Zh, Hosting.UnstorableText.En);
        return text;
    }

    public Dictionary<string, JsonElement>? Object(
        Dictionary<string, JsonElement> props, string name, string path, bool required, IReadOnlySet<string> allowed)
    {
        if (Value(props, name, path, required) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Object) return Wrong<Dictionary<string, JsonElement>>(Join(path, name), "应为对象", "Must be an object");
        return Properties(value, Join(path, name), allowed);
    }

    /// <summary>An ISO <c>yyyy-MM-dd</c> local date.</summary>
    public DateOnly? Date(Dictionary<string, JsonElement> props, string name, string path, bool required)
    {
        if (Value(props, name, path, required) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Add(Join(path, name), "应为yyyy-MM-dd格式的有效日期", "Must be a valid date written yyyy-MM-dd");
        return null;
    }

    /// <summary>Yuan: a JSON number ≥ 0 whose value has at most two decimals (12.300 is 12.30).</summary>
    public decimal? Money(Dictionary<string, JsonElement> props, string name, string path, bool required) =>
        Money(Value(props, name, path, required), Join(path, name));

    public decimal? Money(JsonElement? element, string field)
    {
        if (element is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Number) return WrongNumber(field, "应为数字（元）", "Must be a number (yuan)");
        if (!value.TryGetDecimal(out var amount)) return WrongNumber(field, "金额超出范围", "The amount is out of range");
        if (amount < 0) return WrongNumber(field, "金额不能为负数", "The amount cannot be negative");
        if (decimal.Round(amount, 2) != amount) return WrongNumber(field, "金额最多两位小数（元、角、分）", "The amount may have at most two decimals (yuan and fen)");
        return amount;
    }

    /// <summary>A JSON integer (a number with no fractional part) ≥ 1.</summary>
    public int? PositiveInteger(Dictionary<string, JsonElement> props, string name, string path, bool required)
    {
        var field = Join(path, name);
        if (Value(props, name, path, required) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.Number) return WrongInt(field, "应为整数", "Must be an integer");
        if (!value.TryGetDecimal(out var number) || decimal.Truncate(number) != number) return WrongInt(field, "应为整数", "Must be an integer");
        if (number < 1) return WrongInt(field, "应不小于1", "Must be at least 1");
        if (number > int.MaxValue) return WrongInt(field, "数值过大", "Too large");
        return (int)number;
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>
    /// A name that is not one of the format's comes from the file and may be a value (an export keyed by ID number or
    /// phone): the report shows it shortened, with every long run of digits masked (issue #5).
    /// </summary>
    public static string ReportableName(string name)
    {
        var shown = name.Length <= 64 ? name : name[..64] + "…";
        return LongNumber().Replace(shown, m => m.Length switch
        {
            18 => Security.PersonalData.Masking.ResidentId(m.Value),
            11 when m.Value[0] == '1' => Security.PersonalData.Masking.Phone(m.Value),
            _ => new string('*', m.Length),
        });
    }

    /// <summary>The text of a parse error with every quoted piece of the line longer than one character left out.</summary>
    public static string ReportableParseError(string message) =>
        LongNumber().Replace(QuotedText().Replace(message, "'…'"), m => new string('*', m.Length));

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]{7,}[0-9Xx]?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LongNumber();

    [System.Text.RegularExpressions.GeneratedRegex("'(?!(?:true|false|null)')[^']{2,}'", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuotedText();

    private string? Wrong(string field, string zh, string en) => Wrong<string>(field, zh, en);

    private T? Wrong<T>(string field, string zh, string en) where T : class
    {
        Add(field, zh, en);
        return null;
    }

    private decimal? WrongNumber(string field, string zh, string en)
    {
        Add(field, zh, en);
        return null;
    }

    private int? WrongInt(string field, string zh, string en)
    {
        Add(field, zh, en);
        return null;
    }
}

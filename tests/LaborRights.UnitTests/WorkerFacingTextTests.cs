using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace LaborRights.UnitTests;

/// <summary>
/// Issue 14, item 8: the Chinese text of every event of every kind — what tracking shows the worker and the history
/// shows staff — carries no English enum names. Each event type is built with every value of its enum fields in
/// turn (and placeholder text elsewhere), so a text that interpolates an enum instead of its Chinese name fails.
/// </summary>
public partial class WorkerFacingTextTests
{
    private static readonly Assembly App = typeof(ICaseEvent).Assembly;

    public static TheoryData<string> EventTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in App.GetTypes().Where(t => typeof(ICaseEvent).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).OrderBy(t => t.FullName))
            data.Add(type.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void No_enum_name_appears_in_the_chinese_text_of_an_event(string typeName)
    {
        var type = App.GetType(typeName)!;
        var describe = DescriberFor(type);
        if (describe is null) return; // an event of a kind whose history the people never read (e.g. referrals)
        var variants = Math.Max(1, EnumFields(type).Select(f => Enum.GetValues(f.FieldType.IsEnum ? f.FieldType : Nullable.GetUnderlyingType(f.FieldType)!).Length).DefaultIfEmpty(1).Max());
        for (var variant = 0; variant < variants; variant++)
        {
            var e = Build(type, variant, depth: 0);
            foreach (var forPublic in new[] { true, false })
            {
                if (describe(e, forPublic) is not { } text) continue;
                EnumNames().Where(name => Regex.IsMatch(text.Chinese, $@"(?<![A-Za-z]){name}(?![A-Za-z])")).Should()
                    .BeEmpty("the Chinese text \"{0}\" of {1} names no enum", text.Chinese, type.Name);
            }
        }
    }

    [Fact]
    public void The_check_finds_an_enum_name_inside_chinese_text()
    {
        EnumNames().Should().Contain(["FullyRecovered", "PublicInterestLitigation", "RecruitmentAd"]);
        EnumNames().Where(name => Regex.IsMatch("结案：FullyRecovered", $@"(?<![A-Za-z]){name}(?![A-Za-z])")).Should().Equal("FullyRecovered");
    }

    private static Func<object, bool, HistoryText?>? DescriberFor(Type type)
    {
        var ns = type.Namespace ?? "";
        return ns switch
        {
            _ when ns.StartsWith("LaborRights.WageArrears", StringComparison.Ordinal) => LaborRights.WageArrears.GettingDetails.CaseHistoryText.Describe,
            _ when ns.StartsWith("LaborRights.Discrimination", StringComparison.Ordinal) => LaborRights.Discrimination.GettingDetails.DiscriminationHistoryText.Describe,
            _ when ns.StartsWith("LaborRights.Arbitration", StringComparison.Ordinal) => LaborRights.Arbitration.GettingDetails.ArbitrationHistoryText.Describe,
            _ when ns.StartsWith("LaborRights.Inspections", StringComparison.Ordinal) => (e, _) => LaborRights.Inspections.GettingDetails.InspectionHistoryText.Describe(e),
            _ => null,
        };
    }

    private static IEnumerable<FieldInfo> EnumFields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType.IsEnum || Nullable.GetUnderlyingType(f.FieldType)?.IsEnum == true);

    private static IReadOnlyList<string> EnumNames() => _names ??= App.GetTypes().Where(t => t.IsEnum)
        .SelectMany(t => Enum.GetNames(t)).Where(n => n.Length >= 4).Distinct().ToList();

    private static IReadOnlyList<string>? _names;

    /// <summary>An instance with every field filled: text, dates, numbers, the <paramref name="variant"/>-th value of each enum, nested records.</summary>
    private static object Build(Type type, int variant, int depth)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            field.SetValue(instance, ValueOf(field.FieldType, variant, depth));
        return instance;
    }

    private static object? ValueOf(Type t, int variant, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(t) ?? t;
        if (underlying == typeof(string)) return "文本";
        if (underlying.IsEnum)
        {
            var values = Enum.GetValues(underlying);
            return values.GetValue(variant % values.Length);
        }
        if (underlying == typeof(DateOnly)) return new DateOnly(2026, 10, 13);
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 10, 13, 2, 0, 0, TimeSpan.Zero);
        if (underlying == typeof(Guid)) return Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001");
        if (underlying.IsPrimitive || underlying == typeof(decimal)) return Convert.ChangeType(1, underlying);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() is var generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(List<>) || generic == typeof(IEnumerable<>) || generic == typeof(IReadOnlyCollection<>)))
        {
            var item = underlying.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            if (depth < 3) list.Add(ValueOf(item, variant, depth + 1));
            return list;
        }
        if (depth < 3 && underlying.IsClass) return Build(underlying, variant, depth + 1);
        return null;
    }
}

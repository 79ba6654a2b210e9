using System.Text.Json.Nodes;

namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>
/// Compares a baseline schema with its current version, recursing into properties, array items, map values and
/// alternatives. A pair of referenced schemas already being compared higher up is not entered again, so recursive
/// schemas end; a schema shared by two properties is still compared under each of them.
/// </summary>
internal sealed class SchemaComparer(JsonNode baselineDocument, JsonNode currentDocument, ChangeLog log)
{
    private readonly HashSet<(string Baseline, string Current)> _comparing = [];

    /// <summary>Compares the schemas found at <paramref name="where"/> (e.g. "POST /api/x: request body").</summary>
    public void Compare(Flow flow, string where, JsonNode? baseline, JsonNode? current) =>
        Compare(new Site(flow, where, ""), baseline is null ? [] : [baseline], current is null ? [] : [current]);

    private void Compare(Site site, List<JsonNode> baseline, List<JsonNode> current)
    {
        var b = SchemaShape.Of(baseline, baselineDocument);
        var c = SchemaShape.Of(current, currentDocument);
        var pair = (string.Join(",", b.Refs), string.Join(",", c.Refs));
        var guarded = b.Refs.Count > 0 && c.Refs.Count > 0;
        if (guarded && !_comparing.Add(pair)) return;
        try
        {
            References(site, b, c);
            Types(site, b, c);
            Nullability(site, b, c);
            Keyword(site, "format", b.Format, c.Format);
            Keyword(site, "pattern", b.Pattern, c.Pattern);
            Enums(site, b, c);
            Bounds(site, b, c);
            Properties(site, b, c);
            Children(site.Child("[]"), b.Items, c.Items);
            Children(site.Child("*"), b.AdditionalProperties, c.AdditionalProperties);
            Alternatives(site, b, c);
        }
        finally
        {
            if (guarded) _comparing.Remove(pair);
        }
    }

    private void References(Site site, SchemaShape b, SchemaShape c)
    {
        if (!b.Unresolved.SetEquals(c.Unresolved))
            log.Add(site.Flow, Change.Replaced, site.Line($"external reference changed from {string.Join(", ", b.Unresolved)} to {string.Join(", ", c.Unresolved)}"));
    }

    private void Types(Site site, SchemaShape b, SchemaShape c)
    {
        if (b.Types is null && c.Types is null || b.Types is not null && c.Types is not null && b.Types.SetEquals(c.Types)) return;
        var change = Covers(c.Types, b.Types) ? Change.Widened : Covers(b.Types, c.Types) ? Change.Narrowed : Change.Replaced;
        log.Add(site.Flow, change, site.Line($"type changed from {Describe(b.Types)} to {Describe(c.Types)}"));
    }

    /// <summary>Whether every value of <paramref name="inner"/>'s types is also one of <paramref name="outer"/>'s (null = any type).</summary>
    private static bool Covers(SortedSet<string>? outer, SortedSet<string>? inner) =>
        outer is null || inner is not null && inner.All(t => outer.Contains(t) || t == "integer" && outer.Contains("number"));

    private static string Describe(SortedSet<string>? types) =>
        types is null ? "any" : types.Count == 0 ? "null" : string.Join(" or ", types);

    private void Nullability(Site site, SchemaShape b, SchemaShape c)
    {
        if (b.Nullable == c.Nullable) return;
        log.Add(site.Flow, c.Nullable ? Change.Widened : Change.Narrowed, site.Line(c.Nullable ? "became nullable" : "is no longer nullable"));
    }

    /// <summary>A keyword that only restricts values (format, pattern): adding it narrows, dropping it widens.</summary>
    private void Keyword(Site site, string keyword, string? b, string? c)
    {
        if (b == c) return;
        var (change, what) = (b, c) switch
        {
            (null, _) => (Change.Narrowed, $"{keyword} '{c}' added"),
            (_, null) => (Change.Widened, $"{keyword} '{b}' removed"),
            _ => (Change.Replaced, $"{keyword} changed from '{b}' to '{c}'"),
        };
        log.Add(site.Flow, change, site.Line(what));
    }

    private void Enums(Site site, SchemaShape b, SchemaShape c)
    {
        if (b.Enum is null && c.Enum is null) return;
        if (b.Enum is null || c.Enum is null)
        {
            var what = c.Enum is null ? "no longer limited to an enum" : $"now limited to the enum {string.Join(", ", c.Enum)}";
            log.Add(site.Flow, c.Enum is null ? Change.Widened : Change.Narrowed, site.Line(what));
            return;
        }
        foreach (var value in b.Enum.Except(c.Enum)) log.Add(site.Flow, Change.Narrowed, site.Line($"enum value {value} removed"));
        foreach (var value in c.Enum.Except(b.Enum)) log.Add(site.Flow, Change.Widened, site.Line($"enum value {value} added"));
    }

    private void Bounds(Site site, SchemaShape b, SchemaShape c)
    {
        foreach (var keyword in b.Bounds.Keys.Union(c.Bounds.Keys))
        {
            decimal? was = b.Bounds.TryGetValue(keyword, out var x) ? x : null;
            decimal? now = c.Bounds.TryGetValue(keyword, out var y) ? y : null;
            if (was == now) continue;
            // A higher (or no) upper bound, or a lower (or no) lower bound, lets more values through.
            var widened = SchemaShape.IsUpperBound(keyword) ? now is null || now > was : now is null || now < was;
            var what = was is null ? $"{keyword} {now} added" : now is null ? $"{keyword} {was} removed" : $"{keyword} changed from {was} to {now}";
            log.Add(site.Flow, widened ? Change.Widened : Change.Narrowed, site.Line(what));
        }
    }

    private void Properties(Site site, SchemaShape b, SchemaShape c)
    {
        foreach (var (name, was) in b.Properties)
        {
            var property = site.Child(name);
            var wasRequired = b.Required.Contains(name);
            if (!c.Properties.TryGetValue(name, out var now))
            {
                // A client reading the property loses it; a client sending an optional one is ignored, a required one was relied on.
                var breaking = site.Flow == Flow.Response || wasRequired;
                log.Add(breaking, property.Line(site.Flow == Flow.Request && wasRequired ? "removed (it was required)" : "removed"));
                continue;
            }
            var isRequired = c.Required.Contains(name);
            if (wasRequired != isRequired)
                log.Add(site.Flow, isRequired ? Change.Narrowed : Change.Widened, property.Line(isRequired ? "became required" : "became optional"));
            Compare(property, was, now);
        }
        foreach (var name in c.Properties.Keys.Where(n => !b.Properties.ContainsKey(n)))
        {
            var demanded = site.Flow == Flow.Request && c.Required.Contains(name);
            log.Add(demanded, site.Child(name).Line(demanded ? "added as required" : "added"));
        }
    }

    private void Children(Site site, List<JsonNode> baseline, List<JsonNode> current)
    {
        if (baseline.Count > 0 || current.Count > 0) Compare(site, baseline, current);
    }

    /// <summary>Alternatives of a <c>oneOf</c>/<c>anyOf</c> carry no names, so they are matched by position.</summary>
    private void Alternatives(Site site, SchemaShape b, SchemaShape c)
    {
        var (was, now) = (b.Alternatives, c.Alternatives);
        if (was.Count != now.Count)
            log.Add(site.Flow, now.Count > was.Count ? Change.Widened : Change.Narrowed, site.Line($"alternatives went from {was.Count} to {now.Count}"));
        for (var i = 0; i < Math.Min(was.Count, now.Count); i++)
            Compare(site.Child($"(alternative {i + 1})"), [was[i]], [now[i]]);
    }

    /// <summary>Where in the document a line points: the operation part and the property path inside its schema.</summary>
    private sealed record Site(Flow Flow, string Where, string Path)
    {
        public Site Child(string name) => this with
        {
            Path = Path == "" ? name : name.StartsWith('[') ? Path + name : $"{Path}.{name}",
        };

        public string Line(string what) => Path == "" ? $"{Where} {what}" : $"{Where} property '{Path}' {what}";
    }
}

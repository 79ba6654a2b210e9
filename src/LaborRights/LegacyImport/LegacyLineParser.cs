using System.Text.Json;
using LaborRights.Common.Identifiers;
using LaborRights.ReferenceData;

namespace LaborRights.LegacyImport;

/// <summary>One non-blank line, read: the case and its content hash, or what is wrong with it.</summary>
public sealed record ParsedLine(LegacyCase? Case, string? ContentHash, IReadOnlyList<(string Field, string Zh, string En)> Errors);

/// <summary>Every rule of format v1 (docs: legacy-import-v1) for one line on its own; duplicates across lines are the scan's job.</summary>
public sealed class LegacyLineParser(ShandongRegions regions)
{
    private static readonly HashSet<string> CaseFields =
    [
        "legacyId", "kind", "countyCode", "parkCode", "employer", "complainant", "workersAffected", "amountClaimed",
        "amountConfirmed", "receivedOn", "decision", "extendedOn", "recoveries", "transferredToPoliceOn", "closedOn",
    ];
    private static readonly HashSet<string> EmployerFields = ["name", "creditCode"];
    private static readonly HashSet<string> ComplainantFields = ["name", "idNumber", "phone"];
    private static readonly HashSet<string> DecisionFields = ["kind", "on", "reason"];
    private static readonly HashSet<string> RecoveryFields = ["on", "amount"];

    /// <param name="today">The day of the import in Asia/Shanghai: no date may lie after it.</param>
    public ParsedLine Parse(ReadOnlySpan<byte> utf8, DateOnly today)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8)) return Fail("$", "该行不是有效的UTF-8文本", "The line is not valid UTF-8");
        JsonDocument document;
        try { document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { return Fail("$", "该行不是有效的JSON", $"The line is not valid JSON: {LegacyJsonFields.ReportableParseError(e.Message)}"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Fail("$", "每行应为一个JSON对象", "Each line must be one JSON object");
            var f = new LegacyJsonFields();
            var legacy = Read(document.RootElement, f, today);
            return f.Errors.Count > 0 || legacy is null
                ? new ParsedLine(null, null, f.Errors)
                : new ParsedLine(legacy, LegacyContentHash.Of(document.RootElement), []);
        }
    }

    private LegacyCase? Read(JsonElement root, LegacyJsonFields f, DateOnly today)
    {
        var p = f.Properties(root, "", CaseFields);
        var legacyId = f.String(p, "legacyId", "", required: true);
        if (f.String(p, "kind", "", required: true) is { } kind && kind != "wage-arrears")
            f.Add("kind", "v1只支持wage-arrears", "Only 'wage-arrears' is supported in v1");

        var countyCode = f.String(p, "countyCode", "", required: true);
        var county = regions.FindCounty(countyCode);
        if (countyCode is not null && county is null) f.Add("countyCode", "未知的县级行政区划代码", "Not one of the reference county codes");
        var parkCode = f.String(p, "parkCode", "", required: false);
        if (parkCode is not null)
        {
            var park = regions.FindPark(parkCode);
            if (park is null) f.Add("parkCode", "未知的园区代码", "Not one of the reference park codes");
            else if (county is not null && park.Code[..4] != county.Code[..4])
                f.Add("parkCode", $"园区不在{county.CityName}", $"The park is not in the county's city ({county.CityName})");
        }

        var employer = ReadEmployer(f.Object(p, "employer", "", required: true, EmployerFields), f);
        var complainant = ReadComplainant(f.Object(p, "complainant", "", required: true, ComplainantFields), f);
        var workers = f.PositiveInteger(p, "workersAffected", "", required: true);
        var claimed = f.Money(p, "amountClaimed", "", required: true);
        var confirmed = f.Money(p, "amountConfirmed", "", required: false);
        var receivedOn = f.Date(p, "receivedOn", "", required: true);
        var decision = ReadDecision(f.Object(p, "decision", "", required: false, DecisionFields), f);
        var extendedOn = f.Date(p, "extendedOn", "", required: false);
        var recoveries = ReadRecoveries(f.Value(p, "recoveries", "", required: false), f);
        var transferredOn = f.Date(p, "transferredToPoliceOn", "", required: false);
        var closedOn = f.Date(p, "closedOn", "", required: false);

        var dates = new List<(string Field, DateOnly? Date)>
        {
            ("receivedOn", receivedOn), ("decision.on", decision?.On), ("extendedOn", extendedOn), ("transferredToPoliceOn", transferredOn), ("closedOn", closedOn),
        };
        dates.AddRange(recoveries.Select((r, i) => ($"recoveries[{i}].on", (DateOnly?)r?.On)));
        foreach (var (field, date) in dates)
            if (date > today) f.Add(field, $"日期不能晚于导入当日（{today:yyyy-MM-dd}）", $"The date cannot be after the day of the import ({today:yyyy-MM-dd})");

        if (decision is not null && receivedOn is { } received && decision.On < received)
            f.Add("decision.on", "决定日期不能早于收到日期（receivedOn）", "The decision cannot be before the complaint was received (receivedOn)");

        if (decision?.Kind != LegacyDecisionKind.Accepted)
        {
            // Only an accepted (立案) case is investigated: nothing of an investigation may follow anything else.
            var state = decision is null ? ("未作受理决定", "undecided") : ("不予受理", "rejected");
            void NotAllowed(string field, bool present, string whatZh, string whatEn)
            {
                if (present) f.Add(field, $"{state.Item1}的案件不能有{whatZh}", $"A {state.Item2} case cannot have {whatEn}");
            }
            NotAllowed("extendedOn", p.TryGetValue("extendedOn", out var e) && e.ValueKind != JsonValueKind.Null, "延期", "an extension");
            NotAllowed("recoveries", recoveries.Count > 0, "追回工资记录", "recoveries");
            NotAllowed("transferredToPoliceOn", p.TryGetValue("transferredToPoliceOn", out var t) && t.ValueKind != JsonValueKind.Null, "移送公安", "a police transfer");
            NotAllowed("closedOn", p.TryGetValue("closedOn", out var c) && c.ValueKind != JsonValueKind.Null, "结案", "a closure");
            // Not written in v1 but implied: arrears are confirmed only by an investigation, which needs acceptance.
            NotAllowed("amountConfirmed", confirmed is not null, "核定欠薪金额", "a confirmed amount");
        }
        else
        {
            var decidedOn = decision.On;
            void NotBeforeDecision(string field, DateOnly? date)
            {
                if (date < decidedOn) f.Add(field, "不能早于受理日期（decision.on）", "Cannot be before the case was accepted (decision.on)");
            }
            void NotAfterClosure(string field, DateOnly? date)
            {
                if (date > closedOn) f.Add(field, "不能晚于结案日期（closedOn）", "Cannot be after the case was closed (closedOn)");
            }
            NotBeforeDecision("extendedOn", extendedOn);
            NotBeforeDecision("transferredToPoliceOn", transferredOn);
            NotBeforeDecision("closedOn", closedOn);
            NotAfterClosure("extendedOn", extendedOn);
            NotAfterClosure("transferredToPoliceOn", transferredOn);
            for (var i = 0; i < recoveries.Count; i++)
            {
                NotBeforeDecision($"recoveries[{i}].on", recoveries[i]?.On);
                NotAfterClosure($"recoveries[{i}].on", recoveries[i]?.On);
            }
        }

        if (f.Errors.Count > 0) return null;
        return new LegacyCase(legacyId!, countyCode!, parkCode, employer!, complainant!, workers!.Value, claimed!.Value, confirmed,
            receivedOn!.Value, decision, extendedOn, recoveries.Select(r => r!).ToList(), transferredOn, closedOn);
    }

    private static LegacyEmployer? ReadEmployer(Dictionary<string, JsonElement>? p, LegacyJsonFields f)
    {
        if (p is null) return null;
        var name = f.String(p, "name", "employer", required: true);
        var code = f.String(p, "creditCode", "employer", required: true);
        // GB 32100-2015: only the check character is verified, so employers from other provinces pass.
        if (code is not null && (code.Length != UnifiedSocialCreditCode.Length || !UnifiedSocialCreditCode.IsValid(code)))
            f.Add("employer.creditCode", "统一社会信用代码应为18位且校验码正确（GB 32100）", "Must be an 18-character unified social credit code with a valid check character (GB 32100)");
        return name is null || code is null ? null : new LegacyEmployer(name.Trim(), UnifiedSocialCreditCode.Normalize(code));
    }

    private static LegacyComplainant? ReadComplainant(Dictionary<string, JsonElement>? p, LegacyJsonFields f)
    {
        if (p is null) return null;
        var name = f.String(p, "name", "complainant", required: true);
        var id = f.String(p, "idNumber", "complainant", required: false, nonEmpty: false);
        if (id is not null && !IsResidentId(id))
            f.Add("complainant.idNumber", "身份证号码应为18位且校验码正确（GB 11643，X须大写）", "Must be an 18-character resident ID with a valid check character (GB 11643, upper-case X)");
        var phone = f.String(p, "phone", "complainant", required: false, nonEmpty: false);
        if (phone is not null && !(phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit)))
            f.Add("complainant.phone", "手机号应为以1开头的11位数字", "Must be 11 digits starting with 1");
        return name is null ? null : new LegacyComplainant(name.Trim(), id, phone);
    }

    /// <summary>GB 11643: 17 digits and the check character; the format checks nothing else (not the birth date).</summary>
    private static bool IsResidentId(string id) =>
        id.Length == ResidentIdNumber.Length && id.AsSpan(0, 17).ToString().All(char.IsAsciiDigit)
        && id[17] == ResidentIdNumber.ComputeCheckCharacter(id.AsSpan(0, 17));

    private static LegacyDecision? ReadDecision(Dictionary<string, JsonElement>? p, LegacyJsonFields f)
    {
        if (p is null) return null;
        var kindText = f.String(p, "kind", "decision", required: true);
        LegacyDecisionKind? kind = kindText switch
        {
            null => null,
            "accepted" => LegacyDecisionKind.Accepted,
            "rejected" => LegacyDecisionKind.Rejected,
            _ => null,
        };
        if (kindText is not null && kind is null) f.Add("decision.kind", "应为accepted或rejected", "Must be 'accepted' or 'rejected'");
        var on = f.Date(p, "on", "decision", required: true);
        var reason = f.String(p, "reason", "decision", required: false, nonEmpty: false);
        return kind is { } k && on is { } d ? new LegacyDecision(k, d, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()) : null;
    }

    /// <summary>Absent or null is no recoveries; a wrong element leaves a null in its place so later indices stay right.</summary>
    private static List<LegacyRecovery?> ReadRecoveries(JsonElement? value, LegacyJsonFields f)
    {
        if (value is not { } array) return [];
        if (array.ValueKind != JsonValueKind.Array)
        {
            f.Add("recoveries", "应为数组", "Must be an array");
            return [];
        }
        var list = new List<LegacyRecovery?>();
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"recoveries[{i++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                f.Add(path, "应为对象", "Must be an object");
                list.Add(null);
                continue;
            }
            var p = f.Properties(element, path, RecoveryFields);
            var on = f.Date(p, "on", path, required: true);
            var amount = f.Money(p, "amount", path, required: true);
            list.Add(on is { } d && amount is { } a ? new LegacyRecovery(d, a) : null);
        }
        return list;
    }

    private static ParsedLine Fail(string field, string zh, string en) => new(null, null, [(field, zh, en)]);
}

using System.Text.Json.Nodes;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using static LaborRights.UnitTests.LegacyImport.LegacyLines;

namespace LaborRights.UnitTests.LegacyImport;

public class LegacyLineParserTests
{
    private readonly LegacyLineParser _parser = new(ShandongRegions.LoadEmbedded());

    private ParsedLine Parse(string line) => _parser.Parse(Utf8(line), Today);

    private IEnumerable<string> FieldsOf(string line) => Parse(line).Errors.Select(e => e.Field);

    [Fact]
    public void The_example_of_the_format_is_valid_and_read_whole()
    {
        var parsed = Parse(Example.ReplaceLineEndings(" "));

        parsed.Errors.Should().BeEmpty();
        var c = parsed.Case!;
        c.LegacyId.Should().Be("JN-2025-000123");
        c.Employer.Should().Be(new LegacyEmployer("济南某建筑劳务有限公司", "91370102MA3C5XQ716"));
        c.Complainant.Should().Be(new LegacyComplainant("张三", "370102198501011233", "13800000000"));
        c.AmountConfirmed.Should().Be(42000m);
        c.Decision.Should().Be(new LegacyDecision(LegacyDecisionKind.Accepted, new DateOnly(2025, 3, 7), null));
        c.Recoveries.Should().Equal(new LegacyRecovery(new DateOnly(2025, 4, 10), 20000m), new LegacyRecovery(new DateOnly(2025, 4, 28), 22000m));
        c.ClosedOn.Should().Be(new DateOnly(2025, 5, 1));
    }

    [Theory]
    [InlineData("not json", "$")]
    [InlineData("[1,2]", "$")]
    [InlineData("\"a string\"", "$")]
    [InlineData("{\"legacyId\":\"A\",", "$")]
    public void A_line_that_is_not_one_JSON_object_is_invalid(string line, string field) =>
        FieldsOf(line).Should().Equal(field);

    [Fact]
    public void A_line_that_is_not_UTF8_is_invalid() =>
        _parser.Parse([0x7B, 0xC3, 0x28, 0x7D], Today).Errors.Select(e => e.Field).Should().Equal("$");

    public static TheoryData<string, string> InvalidFields => new()
    {
        // kind and legacyId
        { """{"kind":"discrimination"}""", "kind" },
        { """{"kind":null}""", "kind" },
        { """{"legacyId":""}""", "legacyId" },
        { """{"legacyId":"  "}""", "legacyId" },
        { """{"legacyId":123}""", "legacyId" },
        // places
        { """{"countyCode":"379999"}""", "countyCode" },
        { """{"countyCode":"370176"}""", "countyCode" },
        { """{"parkCode":"999999"}""", "parkCode" },
        { """{"parkCode":"370571"}""", "parkCode" },
        // employer
        { """{"employer":null}""", "employer" },
        { """{"employer":"某公司"}""", "employer" },
        { """{"employer":{"name":"","creditCode":"91370102MA3C5XQ716"}}""", "employer.name" },
        { """{"employer":{"name":"某公司","creditCode":"91370102MA3C5XQ717"}}""", "employer.creditCode" },
        { """{"employer":{"name":"某公司","creditCode":"91370102MA3C5XQ71"}}""", "employer.creditCode" },
        { """{"employer":{"name":"某公司","creditCode":"91370102MA3C5XQ7166"}}""", "employer.creditCode" },
        { """{"employer":{"name":"某公司","creditCode":"91370102MA3C5XQ7I6"}}""", "employer.creditCode" },
        { """{"employer":{"name":"某公司"}}""", "employer.creditCode" },
        // complainant
        { """{"complainant":null}""", "complainant" },
        { """{"complainant":{"name":"","idNumber":null,"phone":null}}""", "complainant.name" },
        { """{"complainant":{"name":"张三","idNumber":"370102198501011234","phone":null}}""", "complainant.idNumber" },
        { """{"complainant":{"name":"张三","idNumber":"11010519491231002x","phone":null}}""", "complainant.idNumber" },
        { """{"complainant":{"name":"张三","idNumber":"37010219850101123","phone":null}}""", "complainant.idNumber" },
        { """{"complainant":{"name":"张三","idNumber":null,"phone":"23800000000"}}""", "complainant.phone" },
        { """{"complainant":{"name":"张三","idNumber":null,"phone":"1380000000"}}""", "complainant.phone" },
        { """{"complainant":{"name":"张三","idNumber":null,"phone":"138-0000-000"}}""", "complainant.phone" },
        { """{"complainant":{"name":"张三","idNumber":null,"phone":13800000000}}""", "complainant.phone" },
        // numbers
        { """{"workersAffected":0}""", "workersAffected" },
        { """{"workersAffected":2.5}""", "workersAffected" },
        { """{"workersAffected":"3"}""", "workersAffected" },
        { """{"workersAffected":null}""", "workersAffected" },
        { """{"amountClaimed":-1}""", "amountClaimed" },
        { """{"amountClaimed":12.345}""", "amountClaimed" },
        { """{"amountClaimed":"45600"}""", "amountClaimed" },
        { """{"amountClaimed":null}""", "amountClaimed" },
        { """{"amountConfirmed":0.001}""", "amountConfirmed" },
        { """{"recoveries":[{"on":"2025-04-10","amount":-5}]}""", "recoveries[0].amount" },
        { """{"recoveries":[{"on":"2025-04-10","amount":1.005}]}""", "recoveries[0].amount" },
        { """{"recoveries":[{"on":"2025-04-10"}]}""", "recoveries[0].amount" },
        { """{"recoveries":[5]}""", "recoveries[0]" },
        { """{"recoveries":{"on":"2025-04-10","amount":5}}""", "recoveries" },
        // decision
        { """{"decision":{"kind":"approved","on":"2025-03-07"}}""", "decision.kind" },
        { """{"decision":{"kind":"accepted"}}""", "decision.on" },
        { """{"decision":{"kind":"rejected","on":"2025-03-07","reason":5}}""", "decision.reason" },
        // dates
        { """{"receivedOn":"2025-3-4"}""", "receivedOn" },
        { """{"receivedOn":"2025-02-30"}""", "receivedOn" },
        { """{"receivedOn":"04/03/2025"}""", "receivedOn" },
        { """{"receivedOn":null}""", "receivedOn" },
        { """{"closedOn":"2025-05-01T00:00:00"}""", "closedOn" },
        { """{"decision":{"kind":"accepted","on":"2025-03-03"}}""", "decision.on" },
        { """{"extendedOn":"2025-03-06"}""", "extendedOn" },
        { """{"recoveries":[{"on":"2025-03-06","amount":1}]}""", "recoveries[0].on" },
        { """{"transferredToPoliceOn":"2025-03-06"}""", "transferredToPoliceOn" },
        { """{"closedOn":"2025-03-06","recoveries":[]}""", "closedOn" },
        { """{"extendedOn":"2025-05-02"}""", "extendedOn" },
        { """{"recoveries":[{"on":"2025-05-02","amount":1}]}""", "recoveries[0].on" },
        { """{"transferredToPoliceOn":"2025-05-02"}""", "transferredToPoliceOn" },
        { """{"closedOn":"2026-06-16"}""", "closedOn" },
        // text PostgreSQL cannot store (U+0000)
        { """{"legacyId":"JN-\u0000"}""", "legacyId" },
        { """{"complainant":{"name":"张\u0000三","idNumber":"370102198501011233","phone":"13800000000"}}""", "complainant.name" },
        { """{"decision":{"kind":"rejected","on":"2025-03-07","reason":"\u0000"}}""", "decision.reason" },
        // unknown or repeated fields
        { """{"closedon":"2025-05-01"}""", "closedon" },
        { """{"employer":{"name":"某公司","creditCode":"91370102MA3C5XQ716","address":"济南"}}""", "employer.address" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void A_wrong_field_is_named_by_its_path(string change, string field)
    {
        var line = Line(node =>
        {
            foreach (var (name, value) in JsonNode.Parse(change)!.AsObject().ToList()) node[name] = value?.DeepClone();
        });

        var errors = Parse(line).Errors;

        errors.Select(e => e.Field).Should().Contain(field);
        errors.Should().OnlyContain(e => e.Zh.Length > 0 && e.En.Length > 0);
    }

    [Theory]
    [InlineData("legacyId")]
    [InlineData("kind")]
    [InlineData("countyCode")]
    [InlineData("employer")]
    [InlineData("complainant")]
    [InlineData("workersAffected")]
    [InlineData("amountClaimed")]
    [InlineData("receivedOn")]
    public void A_required_field_that_is_missing_is_named(string field) =>
        FieldsOf(Line(n => n.Remove(field))).Should().Contain(field);

    [Fact]
    public void A_field_given_twice_is_invalid() =>
        FieldsOf(Line().Replace("\"kind\":\"wage-arrears\"", "\"kind\":\"wage-arrears\",\"kind\":\"wage-arrears\"")).Should().Equal("kind");

    [Fact]
    public void Every_wrong_field_of_a_line_is_reported()
    {
        var line = Line(n =>
        {
            n["countyCode"] = "000000";
            n["workersAffected"] = 0;
            n["complainant"]!["phone"] = "12";
        });

        FieldsOf(line).Should().BeEquivalentTo("countyCode", "workersAffected", "complainant.phone");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rejected")]
    public void An_undecided_or_rejected_case_has_no_investigation(string? decision)
    {
        var line = Line(n =>
        {
            n["decision"] = decision is null ? null : new JsonObject { ["kind"] = decision, ["on"] = "2025-03-07" };
            n["extendedOn"] = "2025-03-10";
            n["transferredToPoliceOn"] = "2025-04-20";
        });

        FieldsOf(line).Should().BeEquivalentTo("extendedOn", "recoveries", "transferredToPoliceOn", "closedOn", "amountConfirmed");
    }

    [Fact]
    public void Optional_fields_may_be_null_or_absent_and_amounts_keep_their_value()
    {
        var line = Line(n =>
        {
            n["parkCode"] = "370176";
            n["complainant"] = new JsonObject { ["name"] = "张三", ["idNumber"] = null };
            n["amountConfirmed"] = null;
            n["amountClaimed"] = JsonNode.Parse("12.300");
            n.Remove("extendedOn");
            n["recoveries"] = new JsonArray();
            n["closedOn"] = null;
            n["decision"] = new JsonObject { ["kind"] = "rejected", ["on"] = "2025-03-04", ["reason"] = "属于劳动争议" };
        });

        var parsed = Parse(line);

        parsed.Errors.Should().BeEmpty();
        parsed.Case!.AmountClaimed.Should().Be(12.3m);
        parsed.Case.Complainant.Should().Be(new LegacyComplainant("张三", null, null));
        parsed.Case.Decision!.Reason.Should().Be("属于劳动争议");
    }

    [Fact]
    public void The_same_content_written_differently_has_the_same_hash_and_other_content_another()
    {
        var first = Parse(Line()).ContentHash;
        var reordered = Parse(Line(n => { n.Remove("kind"); n["kind"] = "wage-arrears"; n["amountClaimed"] = JsonNode.Parse("45600.000"); })).ContentHash;
        var other = Parse(Line(n => n["amountClaimed"] = 45601)).ContentHash;

        reordered.Should().Be(first);
        other.Should().NotBe(first);
    }
}

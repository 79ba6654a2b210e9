using System.Text;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using static LaborRights.UnitTests.LegacyImport.LegacyLines;

namespace LaborRights.UnitTests.LegacyImport;

public class LegacyFileScanTests
{
    private readonly LegacyFileScan _scan = new(new LegacyLineParser(ShandongRegions.LoadEmbedded()));

    private async Task<List<ScannedLine>> Scan(Stream file)
    {
        var lines = new List<ScannedLine>();
        await foreach (var line in _scan.ScanAsync(file, Today)) lines.Add(line);
        return lines;
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted_in_line_numbers()
    {
        var lines = await Scan(File(Line(n => n["legacyId"] = "A"), "", "   ", Line(n => n["workersAffected"] = 0), Line(n => n["legacyId"] = "B")));

        lines.Select(l => (l.Line, l.Kind)).Should().Equal(
            (1, ScannedLineKind.Case), (2, ScannedLineKind.Blank), (3, ScannedLineKind.Blank),
            (4, ScannedLineKind.Invalid), (5, ScannedLineKind.Case));
        lines[3].Errors.Should().ContainSingle().Which.Should().Match<ImportError>(e => e.Line == 4 && e.Field == "workersAffected");
    }

    [Fact]
    public async Task A_line_carries_a_hash_of_its_content_so_a_repeated_legacyId_can_be_told_same_or_different()
    {
        var lines = await Scan(File(
            Line(),
            Line(n => { n.Remove("kind"); n["kind"] = "wage-arrears"; }),
            Line(n => n["amountClaimed"] = 50000)));

        // The scan judges each line alone; the import compares the hashes of one legacyId's lines (LegacyImportTests).
        lines.Select(l => l.Kind).Should().Equal(ScannedLineKind.Case, ScannedLineKind.Case, ScannedLineKind.Case);
        lines[1].ContentHash.Should().Be(lines[0].ContentHash, "the same content in another key order is the same case");
        lines[2].ContentHash.Should().NotBe(lines[0].ContentHash);
    }

    [Fact]
    public async Task CRLF_a_byte_order_mark_and_a_last_line_without_newline_are_read()
    {
        var text = "\uFEFF" + Line(n => n["legacyId"] = "A") + "\r\n\r\n" + Line(n => n["legacyId"] = "B");

        var lines = await Scan(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        lines.Select(l => (l.Line, l.Kind)).Should().Equal((1, ScannedLineKind.Case), (2, ScannedLineKind.Blank), (3, ScannedLineKind.Case));
    }

    [Fact]
    public async Task Lines_longer_than_the_read_buffer_are_whole()
    {
        var longName = new string('工', 40_000);
        var lines = await Scan(File(Line(n => n["employer"]!["name"] = longName), Line(n => n["legacyId"] = "B")));

        lines.Should().HaveCount(2);
        lines[0].Case!.Employer.Name.Should().Be(longName);
    }

    [Fact]
    public async Task An_invalid_UTF8_line_is_named_and_the_next_lines_still_read()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Line(n => n["legacyId"] = "A") + "\n"));
        bytes.AddRange([0xFF, 0xFE, (byte)'\n']);
        bytes.AddRange(Encoding.UTF8.GetBytes(Line(n => n["legacyId"] = "B") + "\n"));

        var lines = await Scan(new MemoryStream(bytes.ToArray()));

        lines.Select(l => l.Kind).Should().Equal(ScannedLineKind.Case, ScannedLineKind.Invalid, ScannedLineKind.Case);
        lines[1].Errors.Single().Line.Should().Be(2);
    }
}

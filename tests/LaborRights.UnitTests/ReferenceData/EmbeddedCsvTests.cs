using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.ReferenceData;

public sealed class EmbeddedCsvTests
{
    private static IReadOnlyList<string[]> Parse(string text) =>
        EmbeddedCsv.Parse(new StringReader(text), "a,b", "test.csv");

    [Fact]
    public void Tolerates_bom_crlf_and_trailing_newlines()
    {
        var rows = Parse("\uFEFFa,b\r\n1,x\r\n2,y\r\n\r\n");

        rows.Select(r => string.Join("|", r)).Should().Equal("1|x", "2|y");
    }

    [Theory]
    [InlineData("a,c\n1,2")]     // wrong header
    [InlineData("a,b\n1,2,3")]   // wrong field count
    [InlineData("a,b\n\"1\",2")] // quoting is not supported
    [InlineData("")]             // empty
    public void Rejects_malformed_input(string text)
    {
        var act = () => Parse(text);

        act.Should().Throw<InvalidDataException>();
    }
}

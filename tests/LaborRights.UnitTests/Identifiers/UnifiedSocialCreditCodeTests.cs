using LaborRights.Common.Identifiers;

namespace LaborRights.UnitTests.Identifiers;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // example published with GB 32100-2015
    [InlineData("91110000600037341L")]
    [InlineData(" 91110000600037341l ")]
    public void Accepts_valid_codes(string code)
    {
        UnifiedSocialCreditCode.IsValid(code).Should().BeTrue();
    }

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91110000600037341K")]
    [InlineData("91350100I000100Y43")] // I is not in the charset
    [InlineData("91350100O000100Y43")] // O is not in the charset
    [InlineData("91350100M000100Y4")]  // 17 characters
    [InlineData("91350100M000100Y433")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_codes(string? code)
    {
        UnifiedSocialCreditCode.IsValid(code).Should().BeFalse();
    }

    [Fact]
    public void Rejects_forbidden_letters_even_with_a_matching_check_character()
    {
        // Z, S and V are excluded too; the checksum of a code containing them is undefined, not merely wrong.
        foreach (var forbidden in "IOZSV")
        {
            var code = "91350100" + forbidden + "000100Y43";
            UnifiedSocialCreditCode.IsValid(code).Should().BeFalse();
            var act = () => UnifiedSocialCreditCode.ComputeCheckCharacter(code.AsSpan(0, 17));
            act.Should().Throw<ArgumentException>();
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91110000600037341", 'L')]
    [InlineData("91370102MA3C5X123", 'L')]
    [InlineData("91370100000000000", 'R')]
    public void Computes_the_check_character(string first17, char expected)
    {
        UnifiedSocialCreditCode.ComputeCheckCharacter(first17).Should().Be(expected);
        UnifiedSocialCreditCode.IsValid(first17 + expected).Should().BeTrue();
    }

    [Fact]
    public void Check_character_zero_is_produced_when_the_sum_is_a_multiple_of_31()
    {
        // All zeros sums to 0: (31 − 0) mod 31 = 0, not 31 (which would be out of range).
        UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000").Should().Be('0');
    }
}

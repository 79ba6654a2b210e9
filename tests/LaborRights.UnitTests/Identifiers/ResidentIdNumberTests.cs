using LaborRights.Common.Identifiers;

namespace LaborRights.UnitTests.Identifiers;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // example published with GB 11643-1999
    [InlineData("370102199001011231")]
    [InlineData("370102199003070040")] // check character 0
    [InlineData("370687200002290013")] // 29 Feb in a leap year
    [InlineData("440304198808150029")]
    public void Accepts_valid_numbers(string id)
    {
        ResidentIdNumber.IsValid(id).Should().BeTrue();
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData("  11010519491231002X ")]
    public void Accepts_lowercase_x_and_surrounding_whitespace_via_Normalize(string id)
    {
        ResidentIdNumber.IsValid(id).Should().BeTrue();
        ResidentIdNumber.Normalize(id).Should().Be("11010519491231002X");
    }

    [Theory]
    [InlineData("110105194912310021")] // wrong check character (X expected)
    [InlineData("370102199001011232")] // wrong check character (1 expected)
    [InlineData("370102199002300019")] // 1990-02-30 does not exist (check character is otherwise correct)
    [InlineData("370102189912310014")] // born before 1900 (check character is otherwise correct)
    [InlineData("37010219900101123")]  // 17 characters
    [InlineData("3701021990010112311")] // 19 characters
    [InlineData("370102199O01011231")] // letter O in the digits
    [InlineData("X70102199001011231")]
    [InlineData("370102 99001011231")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_invalid_numbers(string? id)
    {
        ResidentIdNumber.IsValid(id).Should().BeFalse();
    }

    [Theory]
    [InlineData("37010219900230001")]
    [InlineData("37010218991231001")]
    public void Date_cases_above_fail_only_on_the_date(string first17)
    {
        // Guards the bad-date rows in Rejects_invalid_numbers: their check characters are right.
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        id.Should().BeOneOf("370102199002300019", "370102189912310014");
        ResidentIdNumber.IsValid(id).Should().BeFalse();
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("37010219900101123", '1')]
    [InlineData("37010219900307004", '0')]
    [InlineData("37020219851231567", '6')]
    public void Computes_the_check_character(string first17, char expected)
    {
        ResidentIdNumber.ComputeCheckCharacter(first17).Should().Be(expected);
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100A")]
    public void ComputeCheckCharacter_rejects_non_17_digit_input(string first17)
    {
        var act = () => ResidentIdNumber.ComputeCheckCharacter(first17);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("370102199001011231", "370102********1231")]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData("370102", "******")]
    public void Mask_keeps_address_code_and_last_four(string id, string expected)
    {
        ResidentIdNumber.Mask(id).Should().Be(expected);
    }
}

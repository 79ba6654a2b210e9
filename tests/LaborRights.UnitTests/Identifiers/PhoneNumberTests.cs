using LaborRights.Common.Identifiers;

namespace LaborRights.UnitTests.Identifiers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData(" 15012345678 ")]
    [InlineData("0531-88881234")] // Jinan, 8-digit local
    [InlineData("053188881234")]
    [InlineData("010-62345678")]  // Beijing, 3-character area code
    [InlineData("01062345678")]
    [InlineData("0535-6123456")]  // 7-digit local
    public void Accepts_mobile_and_landline_numbers(string number)
    {
        PhoneNumber.IsValid(number).Should().BeTrue();
    }

    [Theory]
    [InlineData("12812345678")]    // 12x is not a mobile prefix
    [InlineData("1381234567")]     // 10 digits
    [InlineData("138123456789")]   // 12 digits, not a landline either
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("0531-188881234")] // local part too long
    [InlineData("0531-123456")]    // local part too short
    [InlineData("0531-08881234")]  // local numbers never start with 0
    [InlineData("011-62345678")]   // no such area code
    [InlineData("88881234")]       // area code required
    [InlineData("0531--88881234")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_other_input(string? number)
    {
        PhoneNumber.IsValid(number).Should().BeFalse();
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0531-88881234", "0531-******34")]
    [InlineData("053188881234", "0531******34")]
    [InlineData("010-62345678", "010-******78")]
    [InlineData("0535-6123456", "0535-*****56")]
    [InlineData("12345", "*****")]
    public void Mask_hides_the_subscriber_digits(string number, string expected)
    {
        PhoneNumber.Mask(number).Should().Be(expected);
    }
}

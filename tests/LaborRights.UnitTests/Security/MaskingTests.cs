using LaborRights.Arbitration;
using LaborRights.Security.PersonalData;
using LaborRights.UnitTests.WageArrears;

namespace LaborRights.UnitTests.Security;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("370102199001011233", "370102********1233")]
    [InlineData(" 11010519491231002x ", "110105********002X")]
    [InlineData("370102********1233", "370102********1233")] // already masked: unchanged
    [InlineData("37010219900101123", "370102*******1123")]   // 17 characters: still only the ends
    [InlineData("37010212345", "370102*2345")]               // 11: the shortest that keeps both ends
    [InlineData("3701021234", "**********")]                 // 10 or fewer: nothing kept
    [InlineData("", "")]
    public void Resident_id_keeps_the_first_six_and_last_four(string value, string expected) =>
        Masking.ResidentId(value).Should().Be(expected);

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("138****5678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("0531-88881234", "0531-******34")]
    [InlineData("0531-******34", "0531-******34")]
    [InlineData("010-62345678", "010-******78")]
    [InlineData("1381234567", "**********")]   // 10 digits: not a mobile, not a landline
    [InlineData("138123456789", "************")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    public void Phone_keeps_prefix_and_last_digits(string value, string expected) =>
        Masking.Phone(value).Should().Be(expected);

    [Theory]
    [InlineData("6222021234567890123", "622202*********0123")] // 19 digits
    [InlineData("6222 0212 3456 7890", "622202******7890")]    // spaces as printed on the card
    [InlineData("622202******7890", "622202******7890")]
    [InlineData("62220212345", "622202*2345")]
    [InlineData("6222021234", "**********")]
    public void Bank_card_keeps_the_first_six_and_last_four(string value, string expected) =>
        Masking.BankCard(value).Should().Be(expected);

    [Theory]
    [InlineData("王建国", "王**")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("王", "王")]
    [InlineData("王**", "王**")]
    public void Name_keeps_the_first_character(string value, string expected) => Masking.Name(value).Should().Be(expected);

    [Fact]
    public void Null_stays_null()
    {
        Masking.ResidentId(null).Should().BeNull();
        Masking.Phone(null).Should().BeNull();
        Masking.BankCard(null).Should().BeNull();
        Masking.Name(null).Should().BeNull();
    }

    [Fact]
    public void Erasing_a_complaint_masks_the_complainant_and_nothing_else()
    {
        var original = CaseEvents.Received();

        var erased = PersonalDataCases.Erase(original);

        erased.Complainant.Should().Be(new LaborRights.WageArrears.Complainant("王**", "110105********002X", "138****5678"));
        erased.Should().BeEquivalentTo(original, o => o.Excluding(e => e.Complainant));
        PersonalDataCases.Erase(erased).Should().Be(erased, "erasing twice changes nothing");
    }

    [Fact]
    public void Erasing_an_application_masks_the_worker_but_keeps_the_employer_registry_data()
    {
        var original = new ArbitrationApplied(Guid.NewGuid(), "AR1", "hash", ArbitrationChannel.Online,
            new Party(PartyKind.Worker, "李娜", "370102199001011233", "13912345678"),
            new Party(PartyKind.Employer, "济南鲁泰建筑工程有限公司", "91350100M000100Y43", "0531-88881234"),
            "济南鲁泰建筑工程有限公司", "91350100M000100Y43", "370102", null, [], 1, "拖欠工资", new DateOnly(2026, 1, 5), false,
            "applicant:online", DateTimeOffset.UnixEpoch);

        var erased = PersonalDataCases.Erase(original);

        erased.Applicant.Should().Be(new Party(PartyKind.Worker, "李*", "370102********1233", "139****5678"));
        erased.Respondent.Should().Be(original.Respondent with { Phone = "0531-******34" });
        erased.Should().BeEquivalentTo(original, o => o.Excluding(e => e.Applicant).Excluding(e => e.Respondent));
    }
}

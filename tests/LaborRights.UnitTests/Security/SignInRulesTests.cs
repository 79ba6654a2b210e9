using LaborRights.Common;
using LaborRights.Security.Accounts;
using LaborRights.Security.SignIn;

namespace LaborRights.UnitTests.Security;

public class SignInRulesTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/api/queue?county=370102", "/api/queue?county=370102")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/ok\\..\\evil", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/a\r\nLocation: https://evil.example", "/")]
    public void Only_a_path_on_this_site_is_a_return_url(string? returnUrl, string expected) =>
        AccountPages.SafeReturnUrl(returnUrl).Should().Be(expected);

    [Theory]
    [InlineData("Correct-horse-42", true)]
    [InlineData("长城永不倒-2026", true)]
    [InlineData("short-1A", false)]
    [InlineData("onlyletterslong", false)]
    [InlineData("1234567890123", false)]
    [InlineData("aaaaaaaaaa1", false)]
    [InlineData("my-zhang.san-2026", false)]
    public void A_password_has_ten_characters_letters_and_more_and_not_the_user_name(string password, bool valid) =>
        new FieldErrors().Password(password, "zhang.san", 10).Any.Should().Be(!valid);

    [Fact]
    public void Locking_out_compares_with_the_given_instant()
    {
        var now = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var account = new StaffAccount { LockoutEnd = now.AddMinutes(15) };

        account.IsLockedOut(now).Should().BeTrue();
        account.IsLockedOut(now.AddMinutes(15)).Should().BeFalse();
        new StaffAccount().IsLockedOut(now).Should().BeFalse();
    }
}

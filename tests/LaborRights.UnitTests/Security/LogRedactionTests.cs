using LaborRights.Security.PersonalData;

namespace LaborRights.UnitTests.Security;

public sealed class LogRedactionTests
{
    [Theory]
    [InlineData("GET /api/tracking/13955556666 - - -", "GET /api/tracking/139****6666 - - -")]
    [InlineData("id=370102199001011231;", "id=370102********1231;")]
    [InlineData("mistyped 37010219900101123X", "mistyped 370102********123X")]
    [InlineData("case 0b6e3c1e-9d9a-4d1f-8f64-513812345678 seq 638999999999999999", "case 0b6e3c1e-9d9a-4d1f-8f64-513812345678 seq 638999********9999")]
    [InlineData("amount 36000.00, tracking WA20250224-7K3M9P", "amount 36000.00, tracking WA20250224-7K3M9P")]
    [InlineData("139****6666 and 370102********1231 stay", "139****6666 and 370102********1231 stay")]
    public void Masks_id_numbers_and_mobiles_and_leaves_other_numbers(string text, string expected) =>
        LogRedaction.Redact(text).Should().Be(expected);
}

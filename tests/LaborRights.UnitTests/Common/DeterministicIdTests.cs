using LaborRights.Common;

namespace LaborRights.UnitTests.Common;

public class DeterministicIdTests
{
    [Fact]
    public void The_same_name_gives_the_same_version_5_uuid_and_different_names_differ()
    {
        var source = new CaseReference(CaseKind.Discrimination, Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001"));
        var a = DeterministicId.OpenedFrom(source, "inspection");
        a.Should().Be(DeterministicId.OpenedFrom(source, "inspection"));
        a.Should().NotBe(DeterministicId.OpenedFrom(source, "police-referral"));
        a.Should().NotBe(DeterministicId.OpenedFrom(source with { Kind = CaseKind.Arbitration }, "inspection"));
        a.Version.Should().Be(5);
    }
}

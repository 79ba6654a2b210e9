namespace LaborRights.UnitTests.Common;

public class LinkRelationTests
{
    [Theory]
    [InlineData("opened", LinkRelation.Opened)]
    [InlineData("opened-from", LinkRelation.OpenedFrom)]
    [InlineData("same-matter", LinkRelation.SameMatter)]
    [InlineData("same-arrears", LinkRelation.SameMatter)]
    public void A_recorded_relation_reads_as_one_of_the_three_relations_including_names_recorded_before_the_vocabulary(string recorded, LinkRelation relation) =>
        LinkRelations.Parse(recorded).Should().Be(relation);

    [Theory]
    [InlineData(LinkRelation.Opened)]
    [InlineData(LinkRelation.OpenedFrom)]
    [InlineData(LinkRelation.SameMatter)]
    public void Every_relation_is_recorded_by_a_name_that_reads_back_as_itself_and_mirrors_back_to_itself(LinkRelation relation)
    {
        LinkRelations.Parse(LinkRelations.Name(relation)).Should().Be(relation);
        LinkRelations.Mirror(LinkRelations.Mirror(relation)).Should().Be(relation);
        LinkRelations.Chinese(relation).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_case_opened_from_another_sees_the_other_as_having_opened_it() =>
        LinkRelations.Mirror(LinkRelation.OpenedFrom).Should().Be(LinkRelation.Opened);
}

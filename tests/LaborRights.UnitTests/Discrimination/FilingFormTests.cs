using LaborRights.Discrimination;
using LaborRights.Discrimination.Filing;
using LaborRights.ReferenceData;

namespace LaborRights.UnitTests.Discrimination;

public class FilingFormTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateOnly Today = new(2025, 3, 3);

    public static DiscriminationForm AForm() => new(
        DiscriminationFilingKind.Report, "张三", "13912345678", "济南某科技有限公司", "91350100M000100Y43", "370102", "370176",
        [DiscriminationGround.Sex, DiscriminationGround.Age], null, DiscriminationStage.RecruitmentAd, new DateOnly(2025, 2, 20),
        "招聘广告写明“限男性，35岁以下”。",
        [new(EvidenceKind.Url, "https://jobs.example.cn/123"), new(EvidenceKind.JobAdText, "限男性，35岁以下")]);

    private static IEnumerable<string> Errors(DiscriminationForm form) =>
        form.Validate(Regions, Today) is { Any: true } errors ? errors.ToProblem().Errors.Keys : [];

    [Fact]
    public void A_complete_form_is_valid() => Errors(AForm()).Should().BeEmpty();

    public static TheoryData<string, DiscriminationForm> BadForms()
    {
        var f = AForm();
        return new()
        {
            { "filingKind", f with { FilingKind = null } },
            { "filerName", f with { FilerName = " " } },
            { "filerPhone", f with { FilerPhone = "12345" } },
            { "employerCreditCode", f with { EmployerCreditCode = "91350100M000100Y44" } },
            { "countyCode", f with { CountyCode = "110101" } },
            { "parkCode", f with { ParkCode = "370671" } },
            { "grounds", f with { Grounds = [] } },
            { "grounds", f with { Grounds = [DiscriminationGround.Sex, DiscriminationGround.Sex] } },
            { "otherGround", f with { Grounds = [DiscriminationGround.Other] } },
            { "otherGround", f with { OtherGround = "外貌" } },
            { "stage", f with { Stage = null } },
            { "occurredOn", f with { OccurredOn = Today.AddDays(1) } },
            { "description", f with { Description = new string('歧', DiscriminationForm.MaxDescriptionLength + 1) } },
            { "evidence[0].text", f with { Evidence = [new(EvidenceKind.Url, "jobs.example.cn/123")] } },
            { "evidence[0].text", f with { Evidence = [new(EvidenceKind.Url, "javascript:alert(1)")] } },
            { "evidence[0].text", f with { Evidence = [new(EvidenceKind.Url, "https://a.cn/x y")] } },
            { "evidence[0].text", f with { Evidence = [new(EvidenceKind.JobAdText, new string('x', DiscriminationForm.MaxEvidenceTextLength + 1))] } },
            { "evidence[1].kind", f with { Evidence = [new(EvidenceKind.Description, "x"), new(null, "y")] } },
            { "evidence", f with { Evidence = Enumerable.Repeat(new DiscriminationEvidenceForm(EvidenceKind.Description, "x"), 11).ToList() } },
        };
    }

    [Theory]
    [MemberData(nameof(BadForms))]
    public void A_bad_field_is_named(string field, DiscriminationForm form) => Errors(form).Should().Contain(field);

    [Fact]
    public void No_error_message_repeats_the_filers_name_or_phone()
    {
        var form = AForm() with { FilerName = new string('张', 51), FilerPhone = "139123" };
        var problem = form.Validate(Regions, Today).ToProblem();
        var text = string.Join("\n", problem.Errors.SelectMany(e => e.Value));
        text.Should().NotContain("139123").And.NotContain("张张");
    }

    [Fact]
    public void The_answer_to_a_filing_flags_the_grounds_the_law_does_not_name()
    {
        var answer = DiscriminationIntake.Answer(Guid.NewGuid(), "DC20250303-AAAAAAAA", "code", Today.AddDays(5),
            [DiscriminationGround.Sex, DiscriminationGround.Age, DiscriminationGround.Height]);
        answer.NonStatutoryGrounds.Should().Equal(DiscriminationGround.Age, DiscriminationGround.Height);
        answer.Message.Should().Contain("非法定事由").And.Contain("not a ground named by law");
        DiscriminationIntake.Answer(Guid.NewGuid(), "n", "c", Today, [DiscriminationGround.Disability]).Message.Should().NotContain("非法定");
    }

    [Theory]
    [InlineData(DiscriminationGround.Sex, true)]
    [InlineData(DiscriminationGround.PregnancyMarriageChildbearing, true)]
    [InlineData(DiscriminationGround.InfectiousDiseaseCarrier, true)]
    [InlineData(DiscriminationGround.RuralOrigin, true)]
    [InlineData(DiscriminationGround.Age, false)]
    [InlineData(DiscriminationGround.Height, false)]
    [InlineData(DiscriminationGround.Region, false)]
    [InlineData(DiscriminationGround.Other, false)]
    public void Statutory_and_non_statutory_grounds(DiscriminationGround ground, bool statutory) =>
        DiscriminationGrounds.IsStatutory(ground).Should().Be(statutory);
}

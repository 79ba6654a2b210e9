using LaborRights.Documents;
using LaborRights.Inspections;
using LaborRights.ReferenceData;
using D = LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;
using I = LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Documents;

/// <summary>
/// Issue 17: the written decisions of discrimination cases and labour inspections, composed from their events — the
/// order to correct citing the women's-rights law for a sex ground, the penalty decision stating the violations found
/// and the employer's statement heard before it.
/// </summary>
public class InspectionDocumentTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateOnly IssuedOn = new(2025, 3, 18);

    private static OfficialDocument Compose(DocumentKind kind, CaseKind caseKind, IReadOnlyList<object> events, string number) =>
        DocumentComposer.Compose(DocumentTemplates.Defaults[kind], DocumentValues.Of(caseKind, events, Regions), number, IssuedOn);

    private static object[] DiscriminationCase() =>
        [D.Received(), D.Accepted() with { CaseNumber = "历下区劳监立〔2025〕00003号" }, D.Found(), D.CorrectionOrdered(), D.CorrectionChecked(), D.Fined()];

    private static object[] InspectionCase() =>
        [I.Opened() with { CaseNumber = "历下区劳监立〔2025〕00009号" }, I.Team(), I.Visit(2), I.Violation(1),
         I.Violation(2, ViolationCategory.LabourContract), I.Heard(2), I.Ordered(), I.Checked(false), I.Penalty()];

    [Fact]
    public void The_order_to_correct_a_sex_discriminating_ad_cites_the_womens_rights_law()
    {
        var order = Compose(DocumentKind.DiscriminationCorrectionOrder, CaseKind.Discrimination, DiscriminationCase(), "历下人社监令〔2025〕4号");

        order.Addressee.Should().Be("济南某科技有限公司（统一社会信用代码：91350100M000100Y43）：");
        order.Facts.Should().Equal("经调查（立案编号历下区劳监立〔2025〕00003号），你单位在招聘或用工中存在以性别为由的就业歧视行为：广告限定性别，无正当理由。");
        order.Decision[0].Should().Be("依据《中华人民共和国就业促进法》第三条，《中华人民共和国妇女权益保障法》第四十三条，《劳动保障监察条例》第十八条第一款第（二）项，" +
            "责令你单位于2025年3月14日前改正：撤下并重新发布招聘广告，并将改正情况书面报送本机关。");
    }

    [Fact]
    public void An_order_on_another_ground_does_not_cite_the_womens_rights_law()
    {
        object[] events = [D.Received(grounds: LaborRights.Discrimination.DiscriminationGround.RuralOrigin), .. DiscriminationCase().Skip(1)];

        Compose(DocumentKind.DiscriminationCorrectionOrder, CaseKind.Discrimination, events, "n").Basis.Select(c => c.Law)
            .Should().NotContain("中华人民共和国妇女权益保障法");
    }

    [Fact]
    public void The_fine_states_the_amount_the_reason_and_how_to_pay()
    {
        var fine = Compose(DocumentKind.DiscriminationFine, CaseKind.Discrimination, DiscriminationCase(), "历下人社监罚〔2025〕1号");

        fine.Title.Should().Be("行政处罚决定书");
        fine.Facts.Should().Equal("本机关于2025年3月4日责令你单位于2025年3月14日前改正以性别为由的就业歧视行为（立案编号历下区劳监立〔2025〕00003号）。逾期未改正。");
        fine.Decision[0].Should().Be("依据《中华人民共和国妇女权益保障法》第八十三条，《中华人民共和国行政处罚法》第六十七条、第七十二条，决定对你单位处以罚款人民币20,000.00元，并责令你单位于2025年3月14日前改正。");
    }

    [Fact]
    public void The_penalty_decision_lists_the_violations_and_the_employers_statement()
    {
        Compose(DocumentKind.InspectionPenalty, CaseKind.Inspection, InspectionCase(), "历下人社监罚〔2025〕2号").Lines.Should().Equal(
            "济南市历下区人力资源和社会保障局",
            "行政处罚决定书",
            "历下人社监罚〔2025〕2号",
            "济南鲁泰建筑工程有限公司（统一社会信用代码：91350100M000100Y43）：",
            "本机关于2025年2月24日立案（立案编号历下区劳监立〔2025〕00009号），经调查，你单位存在下列违反劳动保障法律、法规或者规章的行为：",
            "一、拖欠工资：拖欠工资（涉及金额人民币86,500.00元，12人）；",
            "二、劳动合同违法：拖欠工资；",
            "本机关于2025年2月27日听取了你单位的陈述和申辩：资金周转困难。",
            "依据《劳动保障监察条例》第十八条第一款第（一）项、第十九条，以及劳动保障监察条例第二十六条，决定对你单位处以罚款人民币6,000.00元。",
            "请自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
            "如不服本决定，可以在收到本决定书之日起六十日内向济南市历下区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼又不履行的，本机关将依法申请人民法院强制执行。",
            "济南市历下区人力资源和社会保障局",
            "2025年3月18日");
    }

    [Theory]
    [InlineData(CaseKind.Discrimination)]
    [InlineData(CaseKind.Inspection)]
    public void Every_template_uses_only_what_the_case_records_and_every_value_comes_from_its_events(CaseKind caseKind)
    {
        object[] events = caseKind == CaseKind.Discrimination
            ? [.. DiscriminationCase(), new LaborRights.Discrimination.DiscriminationComplaintRejected(D.Id, LaborRights.Discrimination.DiscriminationRejectionReason.OutsideJurisdiction, "某局", "说明", "x", D.At(2025, 3, 1))]
            : InspectionCase();
        var values = DocumentValues.Of(caseKind, events, Regions).Set("number", "n", DocumentValue.Issue).Set("issuedOn", "d", DocumentValue.Issue).Set("basis", "b", "template");
        var recorded = events.Select(e => e.GetType().Name).ToHashSet();

        values.All.Keys.Should().BeSubsetOf(DocumentValues.Names(caseKind));
        values.All.Values.Should().OnlyContain(v => recorded.Contains(v.Source) || v.Source == DocumentValue.ReferenceData || v.Source == DocumentValue.Issue || v.Source == "template");
        foreach (var template in DocumentTemplates.Defaults.Values.Where(t => DocumentKinds.Of(t.Kind).CaseKind == caseKind))
            template.Placeholders.Where(p => values[p] is null).Should().BeEmpty($"{template.Kind} uses only what a case records");
    }
}

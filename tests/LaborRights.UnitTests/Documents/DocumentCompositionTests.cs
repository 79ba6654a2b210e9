using LaborRights.Documents;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.Documents;

/// <summary>
/// Issue 17: each written decision of a wage-arrears case, composed from the case's events with the shipped templates
/// — golden texts of a known case (compared as text, line by line), and the check that every value a document states
/// was read from the case's events (or the county's reference data, or the act of issuing).
/// </summary>
public class DocumentCompositionTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateOnly IssuedOn = new(2025, 6, 12);

    private static readonly ExtraCompensationImposed Imposed = new(Id, 0.5m, 45_000m, 22_500m, "inspector.li", At(2025, 6, 10));

    /// <summary>The typical case to its additional compensation: received, accepted, confirmed, ordered to pay, not paid.</summary>
    private static readonly object[] OrderedCase = [Received(), Accepted(), Assigned(), Confirmed(), Ordered(), Imposed];

    private static OfficialDocument Compose(DocumentKind kind, IReadOnlyList<object> events, string number = "历下人社监令〔2025〕3号") =>
        DocumentComposer.Compose(DocumentTemplates.Defaults[kind], DocumentValues.OfWageArrears(events, Regions), number, IssuedOn);

    [Fact]
    public void The_acceptance_notice_tells_the_complainant_the_case_number_and_the_investigation_period()
    {
        Compose(DocumentKind.WageArrearsAcceptance, OrderedCase, "历下人社监受〔2025〕1号").Lines.Should().Equal(
            "济南市历下区人力资源和社会保障局",
            "劳动保障监察投诉受理通知书",
            "历下人社监受〔2025〕1号",
            "王建国：",
            "你于2025年2月24日向本机关投诉济南鲁泰建筑工程有限公司拖欠工资一案（查询号WA20250224-7K3M9P），本机关经审查，认为符合受理条件。",
            "依据《劳动保障监察条例》第十四条，《关于实施〈劳动保障监察条例〉若干规定》第十五条，本机关决定予以受理，并于2025年2月25日立案调查，" +
            "立案编号历下区劳监立〔2025〕00001号。本机关将在2025年5月23日前调查处理完毕；情况复杂需要延长的，将另行告知。",
            "你可以凭查询号和查询码在网上查看办理进度。",
            "济南市历下区人力资源和社会保障局",
            "2025年6月12日");
    }

    [Fact]
    public void The_refusal_of_an_old_violation_cites_the_two_year_limit_and_the_remedies()
    {
        var rejected = new ComplaintRejected(Id, RejectionReason.TimeBarred, null, "最后一次欠薪发生在2022年。", "inspector.li", At(2025, 2, 26));

        Compose(DocumentKind.WageArrearsRejection, [Received(), rejected], "历下人社监不受〔2025〕2号").Lines.Should().Equal(
            "济南市历下区人力资源和社会保障局",
            "劳动保障监察投诉不予受理决定书",
            "历下人社监不受〔2025〕2号",
            "王建国：",
            "你于2025年2月24日向本机关投诉济南鲁泰建筑工程有限公司拖欠工资一案（查询号WA20250224-7K3M9P），本机关经审查，你投诉的违法行为发生在两年以前。最后一次欠薪发生在2022年。",
            "依据《劳动保障监察条例》第二十条，《关于实施〈劳动保障监察条例〉若干规定》第十五条，本机关决定不予受理。",
            "如不服本决定，可以在收到本决定书之日起六十日内向济南市历下区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
            "济南市历下区人力资源和社会保障局",
            "2025年6月12日");
    }

    [Fact]
    public void A_refusal_for_jurisdiction_names_the_competent_body_and_cites_the_jurisdiction_article()
    {
        var rejected = new ComplaintRejected(Id, RejectionReason.OutsideJurisdiction, "青岛市黄岛区人力资源和社会保障局", "用工地在黄岛区。", "inspector.li", At(2025, 2, 26));

        var document = Compose(DocumentKind.WageArrearsRejection, [Received(), rejected]);

        document.Decision.Should().Equal(
            "依据《劳动保障监察条例》第十三条，《关于实施〈劳动保障监察条例〉若干规定》第十五条，本机关决定不予受理。",
            "请向青岛市黄岛区人力资源和社会保障局反映。");
        document.Basis.Select(c => c.Article).Should().Equal("第十三条", "第十五条");
    }

    [Fact]
    public void The_order_to_pay_names_the_employer_the_amount_the_date_and_the_remedies()
    {
        Compose(DocumentKind.WageArrearsPaymentOrder, OrderedCase).Lines.Should().Equal(
            "济南市历下区人力资源和社会保障局",
            "劳动保障监察限期改正指令书",
            "历下人社监令〔2025〕3号",
            "济南鲁泰建筑工程有限公司（统一社会信用代码：91350100M000100Y43）：",
            "经调查，你单位拖欠6名劳动者工资共计人民币45,000.00元（立案编号历下区劳监立〔2025〕00001号），违反了《中华人民共和国劳动法》第五十条关于工资应当按月支付、不得克扣或者无故拖欠的规定。",
            "依据《劳动保障监察条例》第十八条第一款第（二）项、第二十六条，责令你单位于2025年3月10日前向上述劳动者支付拖欠的工资人民币45,000.00元，并将支付情况书面报送本机关。",
            "逾期不支付的，本机关将依法责令你单位按照应付金额百分之五十以上一倍以下的标准向劳动者加付赔偿金；拒不支付劳动报酬数额较大的，依法移送公安机关。",
            "如不服本指令，可以在收到本指令书之日起六十日内向济南市历下区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。复议和诉讼期间，本指令不停止执行。",
            "济南市历下区人力资源和社会保障局",
            "2025年6月12日");
    }

    [Fact]
    public void The_decision_on_additional_compensation_states_the_rate_and_the_amount()
    {
        var document = Compose(DocumentKind.WageArrearsExtraCompensation, OrderedCase, "历下人社监处〔2025〕1号");

        document.Title.Should().Be("劳动保障监察行政处理决定书");
        document.Facts.Should().Equal(
            "本机关于2025年2月28日责令你单位于2025年3月10日前支付拖欠的工资人民币45,000.00元（立案编号历下区劳监立〔2025〕00001号）。经查，你单位逾期未足额支付，至2025年6月10日仍欠人民币45,000.00元。");
        document.Decision.Should().Equal(
            "依据《劳动保障监察条例》第二十六条，《中华人民共和国劳动合同法》第八十五条，决定责令你单位按照应付金额的50%向劳动者加付赔偿金人民币22,500.00元，自收到本决定书之日起十五日内连同所欠工资一并支付。");
    }

    [Theory]
    [InlineData(DocumentKind.WageArrearsAcceptance)]
    [InlineData(DocumentKind.WageArrearsPaymentOrder)]
    [InlineData(DocumentKind.WageArrearsExtraCompensation)]
    public void Every_value_a_document_states_comes_from_the_cases_events_the_county_or_the_issue(DocumentKind kind)
    {
        var recorded = OrderedCase.Select(e => e.GetType().Name).ToHashSet();
        var document = Compose(kind, OrderedCase);
        var used = DocumentTemplates.Defaults[kind].Placeholders.ToList();

        used.Should().NotBeEmpty();
        foreach (var name in used)
        {
            document.Values.Should().ContainKey(name, $"the {kind} template uses {{{name}}}");
            var source = document.Values[name].Source;
            (recorded.Contains(source) || source is DocumentValue.ReferenceData or DocumentValue.Issue or "template")
                .Should().BeTrue($"{{{name}}} was read from {source}");
            if (recorded.Contains(source)) document.Text.Should().Contain(document.Values[name].Text);
        }
    }

    [Fact]
    public void The_transfer_to_the_police_is_addressed_to_the_agency_and_states_the_unpaid_amount_after_the_order()
    {
        var transfer = Compose(DocumentKind.WageArrearsPoliceTransfer, [.. OrderedCase, Transferred()], "历下人社监移〔2025〕1号");

        transfer.Addressee.Should().Be("济南市公安局历下区分局：");
        transfer.Facts[0].Should().Contain("于2025年2月28日责令其于2025年3月10日前支付拖欠的工资人民币45,000.00元").And.Contain("截至2025年3月12日仍欠人民币45,000.00元");
        transfer.Basis.Select(c => c.Article).Should().StartWith("第二百七十六条之一");
        DocumentKinds.Of(DocumentKind.WageArrearsPoliceTransfer).Addressees.Should().Equal(DocumentAddressee.Police);
    }

    [Fact]
    public void A_contractor_identified_by_staff_is_named_in_the_order_by_the_registered_unit()
    {
        var received = Received() with { Employer = null, ReportedEmployer = new ReportedEmployer("刘某某（包工头）", "某工地", null) };
        var identified = new EmployerIdentified(Id, new LaborRights.Common.Employer("济南某建设集团有限公司", "91370102MA3C5EXA8T"), "", "370102",
            "WA20250224-7K3M9P", new DateOnly(2025, 2, 24), 6, 48_000m, CaseStatus.PendingAcceptance, "inspector.li", At(2025, 2, 25));

        var document = Compose(DocumentKind.WageArrearsPaymentOrder, [received, identified, Accepted(), Confirmed(), Ordered()]);

        document.Addressee.Should().Be("济南某建设集团有限公司（统一社会信用代码：91370102MA3C5EXA8T）：");
        document.Values["employerName"].Source.Should().Be(nameof(EmployerIdentified));
    }

    [Fact]
    public void A_document_whose_decision_lacks_a_value_is_not_composed()
    {
        // An order to pay without confirmed arrears: nothing to state as owed.
        var act = () => Compose(DocumentKind.WageArrearsPaymentOrder, [Received(), Accepted(), Ordered()]);

        act.Should().Throw<DocumentIncompleteException>().Which.Placeholder.Should().Be("workersOwed");
    }

    [Theory]
    [InlineData("历下区", "历下")]
    [InlineData("胶州市", "胶州")]
    [InlineData("平阴县", "平阴")]
    [InlineData("市中区", "市中")]
    public void The_office_abbreviates_its_county_in_its_numbers(string county, string shortName)
    {
        DocumentValues.ShortName(county).Should().Be(shortName);
        DocumentComposer.Number(shortName, "人社监令", 2026, 7).Should().Be($"{shortName}人社监令〔2026〕7号");
    }

    [Fact]
    public void A_county_level_city_is_its_own_office_without_the_citys_name()
    {
        var values = new DocumentValues().Office(Regions.FindCounty("370281")!);

        values["office"].Should().Be("胶州市人力资源和社会保障局");
        values["reviewBody"].Should().Be("胶州市人民政府");
    }

    [Fact]
    public void Every_kind_has_a_shipped_template_whose_placeholders_its_case_provides()
    {
        var fullCase = DocumentValues.OfWageArrears([.. OrderedCase, Transferred(), new ComplaintRejected(Id, RejectionReason.OutsideJurisdiction, "某局", "说明", "x", At(2025, 3, 1))], Regions);
        fullCase.Set("number", "n", DocumentValue.Issue).Set("issuedOn", "d", DocumentValue.Issue).Set("basis", "b", "template");

        foreach (var template in DocumentTemplates.Defaults.Values.Where(t => DocumentKinds.Of(t.Kind).CaseKind == CaseKind.WageArrears))
            template.Placeholders.Where(p => fullCase[p] is null).Should().BeEmpty($"{template.Kind} uses only what a case records");
        // What an administrator's template may name is what the events give (DocumentTemplateRules).
        fullCase.All.Keys.Should().BeSubsetOf(DocumentValues.Names(CaseKind.WageArrears));
    }
}

using LaborRights.Arbitration;
using LaborRights.Documents;
using LaborRights.ReferenceData;
using LaborRights.UnitTests.Arbitration;
using static LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;

namespace LaborRights.UnitTests.Documents;

/// <summary>
/// Issue 17: the arbitration commission's documents, composed from the case's events — the award stating each claim
/// item with its ruling and whether it is final, the remedies of each kind of item; and the set-aside window that runs
/// from the award's service on the employer (劳动争议调解仲裁法 第四十九条).
/// </summary>
public class ArbitrationDocumentTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private const string CaseNumber = "历下区劳人仲案字〔2025〕第00001号";

    private static OfficialDocument Compose(DocumentKind kind, IReadOnlyList<object> events, string number = CaseNumber) =>
        DocumentComposer.Compose(DocumentTemplates.Defaults[kind], DocumentValues.OfArbitration(events, Regions), number, new DateOnly(2025, 9, 2));

    [Fact]
    public void The_award_states_each_claim_its_ruling_and_whether_it_is_final_with_the_remedies_of_each()
    {
        // 30,000 yuan of pay exceeds 12 months of the minimum wage (25,200): not final; overtime and rest days are final.
        Compose(DocumentKind.ArbitrationAward, AwardedCase()).Lines.Should().Equal(
            "济南市历下区劳动人事争议仲裁委员会",
            "仲裁裁决书",
            CaseNumber,
            "申请人：王建国，公民身份号码11010519491231002X",
            "被申请人：济南鲁泰建筑工程有限公司，统一社会信用代码91350100M000100Y43",
            $"申请人王建国与被申请人济南鲁泰建筑工程有限公司劳动争议一案（案号{CaseNumber}），本委于2025年8月12日受理后，依法组成仲裁庭进行审理。本案现已审理终结。申请人的仲裁请求：",
            "一、支付拖欠工资（人民币30,000.00元）；",
            "二、支付加班费（人民币5,000.00元）；",
            "三、确认每周休息一日；",
            "依据《中华人民共和国劳动合同法》第三十条，《中华人民共和国劳动争议调解仲裁法》第四十七条、第五十条，裁决如下：",
            "一、关于第1项请求（支付拖欠工资）：支持（裁决金额：人民币30,000.00元）。本项为非终局裁决。",
            "二、关于第2项请求（支付加班费）：支持（裁决金额：人民币0.00元）。本项为终局裁决。",
            "三、关于第3项请求（确认每周休息一日）：支持。本项为终局裁决。",
            "本裁决书中注明为终局裁决的事项，自作出之日起发生法律效力。劳动者对终局裁决事项不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；" +
            "用人单位有证据证明终局裁决事项有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到本裁决书之日起三十日内向济南市中级人民法院申请撤销。",
            "当事人对本裁决书中非终局裁决的事项不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，该事项的裁决发生法律效力。",
            "济南市历下区劳动人事争议仲裁委员会",
            "2025年9月2日");
    }

    [Fact]
    public void An_award_of_final_items_only_cites_and_explains_finality_alone()
    {
        var document = Compose(DocumentKind.ArbitrationAward, AwardedCase(pay: 20_000m));

        document.Basis.Select(c => c.Article).Should().Equal("第三十条", "第四十七条");
        document.Remedies.Should().ContainSingle().Which.Should().StartWith("本裁决书中注明为终局裁决的事项");
    }

    [Fact]
    public void A_default_award_says_the_respondent_did_not_appear()
    {
        var awarded = Awarded() with { ByDefault = true };

        Compose(DocumentKind.ArbitrationAward, [.. HeardCase(respondentAppeared: false), awarded]).Facts[0]
            .Should().Contain("依法组成仲裁庭进行审理（被申请人经书面通知，无正当理由拒不到庭，本委依法缺席裁决）。");
    }

    [Fact]
    public void The_hearing_notice_names_the_day_the_place_and_the_panel()
    {
        var notice = Compose(DocumentKind.ArbitrationHearingNotice, [.. InProceedings(), Panel("李仲裁", "王仲裁", "赵仲裁"), Scheduled()]);

        notice.Facts.Should().Equal(
            $"申请人王建国与被申请人济南鲁泰建筑工程有限公司劳动争议一案（案号{CaseNumber}），本委定于2025年8月25日在历下区劳动人事争议仲裁院第一仲裁庭开庭审理。" +
            "仲裁庭由首席仲裁员李仲裁、仲裁员王仲裁、赵仲裁组成。");
        notice.Basis.Select(c => c.Article).Should().Equal("第三十五条", "第三十六条");
    }

    [Fact]
    public void The_mediation_statement_lists_what_the_parties_agreed()
    {
        var agreed = new MediationAgreementReached(Id,
            [new SettlementItem(ClaimCategory.Pay, "被申请人于2025年9月10日前一次性支付申请人工资", 24_000m), new SettlementItem(ClaimCategory.Other, "双方再无其他劳动争议", null)],
            "双方自愿和解", "arbitrator.li", At(2025, 8, 25, 11));

        var statement = Compose(DocumentKind.ArbitrationMediationStatement, [.. HeardCase(), agreed]);

        statement.Facts.Should().ContainInOrder(
            "本案在仲裁庭主持下，双方当事人于2025年8月25日自愿达成如下协议：",
            "一、被申请人于2025年9月10日前一次性支付申请人工资（人民币24,000.00元）；",
            "二、双方再无其他劳动争议；");
        statement.Decision[^1].Should().StartWith("本调解书经双方当事人签收后，即发生法律效力。");
    }

    [Fact]
    public void A_refusal_gives_the_reason_and_the_way_to_court()
    {
        var refused = new ArbitrationApplicationRefused(Id, "申请人与被申请人之间不存在劳动关系，不属于劳动争议。", "clerk.wang", At(2025, 8, 12));

        var refusal = Compose(DocumentKind.ArbitrationRefusal, [Applied(), refused], "历下劳人仲不字〔2025〕1号");

        refusal.Addressee.Should().Be("申请人：王建国，公民身份号码11010519491231002X");
        refusal.Facts.Should().Equal("你于2025年8月10日向本委申请仲裁，请求处理与济南鲁泰建筑工程有限公司的劳动争议。经审查，申请人与被申请人之间不存在劳动关系，不属于劳动争议。");
        refusal.Remedies.Should().Equal("对本委不予受理的决定，你可以就该劳动争议事项向人民法院提起诉讼。");
    }

    [Theory]
    [InlineData(DocumentKind.ArbitrationAcceptance)]
    [InlineData(DocumentKind.ArbitrationHearingNotice)]
    [InlineData(DocumentKind.ArbitrationAward)]
    public void Every_value_comes_from_the_cases_events_the_county_or_the_issue(DocumentKind kind)
    {
        object[] events = AwardedCase();
        var recorded = events.Select(e => e.GetType().Name).ToHashSet();
        var document = Compose(kind, events);

        foreach (var name in DocumentTemplates.Defaults[kind].Placeholders)
        {
            var source = document.Values[name].Source;
            (recorded.Contains(source) || source is DocumentValue.ReferenceData or DocumentValue.Issue or "template").Should().BeTrue($"{{{name}}} came from {source}");
        }
    }

    [Fact]
    public void Every_arbitration_template_uses_only_what_a_case_records()
    {
        var everything = DocumentValues.OfArbitration([.. AwardedCase(),
            new PartialAwardIssued(Id, [Item(1, ClaimCategory.Pay, 10_000m, true)], Wage(), false, "arbitrator.li", At(2025, 8, 28)),
            new MediationAgreementReached(Id, [new SettlementItem(ClaimCategory.Pay, "支付工资", 1m)], "和解", "arbitrator.li", At(2025, 8, 25)),
            new ArbitrationApplicationRefused(Id, "理由", "clerk.wang", At(2025, 8, 12)),
            new ArbitrationPeriodExtended(Id, 15, new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 11), false, "chair.zhou", "案情复杂", "arbitrator.li", At(2025, 9, 20))],
            Regions);
        everything.Set("number", "n", DocumentValue.Issue).Set("issuedOn", "d", DocumentValue.Issue).Set("basis", "b", "template");

        foreach (var template in DocumentTemplates.Defaults.Values.Where(t => DocumentKinds.Of(t.Kind).CaseKind == CaseKind.Arbitration))
            template.Placeholders.Where(p => everything[p] is null).Should().BeEmpty($"{template.Kind} uses only what a case records");
        everything.All.Keys.Should().BeSubsetOf(DocumentValues.Names(CaseKind.Arbitration));
    }

    [Fact]
    public void The_window_to_set_aside_final_items_runs_from_the_awards_service_on_the_employer()
    {
        var awarded = ArbitrationSpecification.Fold(AwardedCase());
        awarded.SetAsideWindowEndsOn.Should().Be(new DateOnly(2025, 10, 1), "until service is recorded, 30 days from the award");

        var servedOnWorker = ArbitrationSpecification.Fold([.. AwardedCase(),
            new ArbitrationAwardServed(Id, false, ArbitrationParty.Applicant, new DateOnly(2025, 9, 5), "arbitrator.li", At(2025, 9, 5))]);
        servedOnWorker.SetAsideWindowEndsOn.Should().Be(new DateOnly(2025, 10, 1), "the worker's receipt does not start the employer's period");

        var servedOnEmployer = ArbitrationSpecification.Fold([.. AwardedCase(),
            new ArbitrationAwardServed(Id, false, ArbitrationParty.Respondent, new DateOnly(2025, 9, 8), "arbitrator.li", At(2025, 9, 8))]);
        servedOnEmployer.SetAsideWindowEndsOn.Should().Be(new DateOnly(2025, 10, 8));
        servedOnEmployer.FinalItemsAwardedOn.Should().Be(new DateOnly(2025, 9, 1));
    }

    [Fact]
    public void The_award_document_goes_to_both_parties_and_starts_the_set_aside_period_for_the_employer_only()
    {
        var issued = new DocumentIssued(Guid.NewGuid(), new CaseReference(CaseKind.Arbitration, Id), "370102", DocumentKind.ArbitrationAward, "仲裁裁决书",
            CaseNumber, 1, 1, "hash", 1, "arbitrator.li", At(2025, 9, 2));
        var document = CaseDocument.Create(issued)
            .Apply(new DocumentServed(issued.DocumentId, 1, DocumentAddressee.Applicant, ServiceMethod.InPerson, new DateOnly(2025, 9, 3), null, "a", At(2025, 9, 3)));

        document.ServedOn.Should().BeNull("the employer has not received it yet");
        document.Unserved.Should().Equal(DocumentAddressee.Respondent);
        document = document.Apply(new DocumentServed(issued.DocumentId, 1, DocumentAddressee.Respondent, ServiceMethod.Post, new DateOnly(2025, 9, 8), null, "a", At(2025, 9, 8)));

        document.ServedOn.Should().Be(new DateOnly(2025, 9, 8));
        document.Deadlines.Select(d => (d.Code, d.For, d.EndsOn)).Should().Equal(
            ("sue-award", DocumentAddressee.Applicant, new DateOnly(2025, 9, 18)),
            ("sue-award", DocumentAddressee.Respondent, new DateOnly(2025, 9, 23)),
            ("set-aside", DocumentAddressee.Respondent, new DateOnly(2025, 10, 8)));
        DocumentFollowUps.For(document, [new DocumentServed(issued.DocumentId, 1, DocumentAddressee.Respondent, ServiceMethod.Post, new DateOnly(2025, 9, 8), null, "a", At(2025, 9, 8))])
            .Should().Equal(new AwardServed(Id, false, ArbitrationParty.Respondent, new DateOnly(2025, 9, 8), "a"));
    }
}

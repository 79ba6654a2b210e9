using LaborRights.ReferenceData;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.WageArrears.IdentifyingEmployer;
using LaborRights.WageArrears.Rejecting;
using LaborRights.WageArrears.RequestingMaterial;
using static LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>
/// Issue 16, item 1: a worker files against an employer they can only describe (a labour contractor 包工头, a shop);
/// the complaint is accepted only once staff identify the registered unit that answers for it
/// (关于实施《劳动保障监察条例》若干规定 第十五条: 有明确的被投诉用人单位).
/// </summary>
public class UnidentifiedEmployerTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateOnly Today = new(2025, 2, 24);
    private const string GeneralContractor = "91350100M000100Y43";
    private readonly CaseSpecification _spec = new() { Now = At(2025, 2, 26) };

    private static ComplaintForm Form(string? creditCode = null, string? address = "历城区港沟街道某小区二期工地", string? phone = "13912345678") =>
        new("王建国", "11010519491231002X", "13812345678", "刘某某（包工头）", creditCode, "370112", null, null, 12, 96_000m,
            new DateOnly(2024, 8, 1), new DateOnly(2024, 12, 31), "工地二十多人从八月起没有拿到工资。")
        { EmployerAddress = address, EmployerPhone = phone };

    private static WageArrearsComplaintReceived ReceivedUnidentified() => Received() with
    {
        Employer = null,
        ReportedEmployer = new ReportedEmployer("刘某某（包工头）", "历城区港沟街道某小区二期工地", "13912345678"),
    };

    private static EmployerIdentified Identified() => new(Id, new Employer("济南鲁泰建筑工程有限公司", GeneralContractor), "工地施工总承包单位",
        "370102", "WA20250224-7K3M9P", new DateOnly(2025, 2, 24), 6, 48_000m, CaseStatus.PendingAcceptance, "inspector.li", At(2025, 2, 25));

    [Fact]
    public void A_worker_who_knows_no_credit_code_files_with_the_employers_address_instead()
    {
        Form().Validate(Regions, Today).Any.Should().BeFalse();

        var received = Form().ToEvent(Id, "WA1", "hash", IntakeChannel.Online, "complainant:online", At(2025, 2, 24), new(new DateOnly(2025, 3, 3), false));

        received.Employer.Should().BeNull();
        received.ReportedEmployer.Should().Be(new ReportedEmployer("刘某某（包工头）", "历城区港沟街道某小区二期工地", "13912345678"));
        var state = CaseSpecification.Fold([received]);
        state.EmployerIsIdentified.Should().BeFalse();
        state.Employer.Name.Should().Be("刘某某（包工头）");
        state.EmployerAsReported.Should().Be(received.ReportedEmployer);
    }

    [Fact]
    public void Without_a_credit_code_the_address_is_required()
    {
        var errors = Form(address: " ").Validate(Regions, Today);

        errors.All.Select(e => e.Field).Should().Equal("employerAddress");
        errors.All.Single().Chinese.Should().Contain("没有统一社会信用代码时必填");
    }

    [Theory]
    [InlineData("91350100M000100Y44", "employerCreditCode")] // wrong check character
    [InlineData(null, "employerPhone")]                      // a phone that is not one
    public void A_wrong_code_or_phone_is_refused_by_field(string? creditCode, string field)
    {
        var form = Form(creditCode: creditCode, phone: creditCode is null ? "12345" : null);

        form.Validate(Regions, Today).All.Select(e => e.Field).Should().Equal(field);
    }

    [Fact]
    public void A_worker_who_gives_a_credit_code_names_the_registered_unit_as_before()
    {
        var received = Form(creditCode: GeneralContractor, address: null).ToEvent(Id, "WA1", "hash", IntakeChannel.Online, "c", At(2025, 2, 24),
            new(new DateOnly(2025, 3, 3), false));

        received.Employer.Should().Be(new Employer("刘某某（包工头）", GeneralContractor));
        received.ReportedEmployer.Should().BeNull();
        CaseSpecification.Fold([received]).EmployerIsIdentified.Should().BeTrue();
    }

    [Fact]
    public void A_complaint_about_an_employer_nobody_has_identified_cannot_be_accepted()
    {
        var refusal = _spec.Given(ReceivedUnidentified())
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenRefused("employer-unidentified");

        refusal.Chinese.Should().Contain("第十五条");
    }

    [Fact]
    public void The_inspector_identifies_the_unit_with_the_cases_figures_for_the_registry_then_accepts()
    {
        var identified = _spec.Given(ReceivedUnidentified())
            .When((s, ctx) => IdentifyEmployerDecision.Decide(s, new IdentifyEmployer(1, " 91350100m000100y43 ", " 济南鲁泰建筑工程有限公司 ", "工地施工总承包单位"), ctx))
            .ThenEmits<EmployerIdentified>();

        identified.Employer.Should().Be(new Employer("济南鲁泰建筑工程有限公司", GeneralContractor));
        identified.Note.Should().Be("工地施工总承包单位");
        (identified.CountyCode, identified.TrackingNumber, identified.ReceivedOn).Should().Be(("370102", "WA20250224-7K3M9P", new DateOnly(2025, 2, 24)));
        (identified.WorkersAffected, identified.AmountClaimed, identified.Status).Should().Be((6, 48_000m, CaseStatus.PendingAcceptance));
        identified.IdentifiedBy.Should().Be("inspector.zhang");

        var state = CaseSpecification.Fold([ReceivedUnidentified(), identified]);
        state.EmployerIsIdentified.Should().BeTrue();
        state.Employer.CreditCode.Should().Be(GeneralContractor);
        _spec.Given(ReceivedUnidentified(), identified)
            .When((s, ctx) => AcceptComplaintDecision.Decide(s, "n", ctx))
            .ThenEmits<ComplaintAccepted>();
    }

    [Fact]
    public void The_unit_can_be_identified_while_material_is_awaited()
    {
        _spec.Given(ReceivedUnidentified(), new MaterialRequested(Id, "包工头所在工地的名称", "inspector.li", At(2025, 2, 25)))
            .When((s, ctx) => IdentifyEmployerDecision.Decide(s, new IdentifyEmployer(2, GeneralContractor, "济南鲁泰建筑工程有限公司", null), ctx))
            .ThenEmits<EmployerIdentified>().Status.Should().Be(CaseStatus.AwaitingMaterial);
    }

    [Fact]
    public void An_employer_once_identified_or_named_by_the_worker_is_not_identified_again()
    {
        var command = new IdentifyEmployer(2, GeneralContractor, "济南鲁泰建筑工程有限公司", null);
        _spec.Given(ReceivedUnidentified(), Identified()).When((s, ctx) => IdentifyEmployerDecision.Decide(s, command, ctx))
            .ThenRefused("employer-already-identified");
        _spec.Given(Received()).When((s, ctx) => IdentifyEmployerDecision.Decide(s, command, ctx))
            .ThenRefused("employer-already-identified");
    }

    [Fact]
    public void A_rejected_complaint_is_not_identified_afterwards()
    {
        _spec.Given(ReceivedUnidentified(), new ComplaintRejected(Id, RejectionReason.OutsideScope, null, "不属于劳动保障监察范围", "inspector.li", At(2025, 2, 25)))
            .When((s, ctx) => IdentifyEmployerDecision.Decide(s, new IdentifyEmployer(2, GeneralContractor, "济南鲁泰建筑工程有限公司", null), ctx))
            .ThenRefused("not-allowed-in-status");
    }

    [Theory]
    [InlineData(null, "济南鲁泰建筑工程有限公司", "creditCode")]
    [InlineData("91350100M000100Y44", "济南鲁泰建筑工程有限公司", "creditCode")]
    [InlineData(GeneralContractor, " ", "name")]
    public void Identifying_needs_a_valid_code_and_the_registered_name(string? creditCode, string name, string field)
    {
        IdentifyEmployerDecision.Validate(new IdentifyEmployer(1, creditCode, name, null)).All.Select(e => e.Field).Should().Equal(field);
    }

    [Fact]
    public void Staff_read_the_described_employer_with_its_phone_masked_and_the_unit_identified()
    {
        object[] events = [ReceivedUnidentified(), Identified()];

        var view = WageArrearsCaseView.Of(CaseSpecification.Fold(events), events);

        view.EmployerIsIdentified.Should().BeTrue();
        view.EmployerAsReported.Should().Be(new ReportedEmployerView("刘某某（包工头）", "历城区港沟街道某小区二期工地", Masking.Phone("13912345678")));
        view.EmployerIdentification!.Employer.CreditCode.Should().Be(GeneralContractor);
        CaseHistoryText.Describe(Identified(), forPublic: true)!.Chinese.Should().Be("已查明负责支付工资的单位：济南鲁泰建筑工程有限公司");
    }

    [Fact]
    public void A_contractors_phone_is_revealed_like_a_persons_and_erased_with_the_complainants_data()
    {
        PersonalDataCases.PeopleIn(ReceivedUnidentified()).Select(p => (p.Role, p.Phone)).Should()
            .Equal(("complainant", "13812345678"), ("employer", "13912345678"));

        var erased = PersonalDataCases.Erase(ReceivedUnidentified());

        erased.ReportedEmployer!.Phone.Should().Be(Masking.Phone("13912345678"));
        erased.ReportedEmployer.Address.Should().Be("历城区港沟街道某小区二期工地");
    }
}

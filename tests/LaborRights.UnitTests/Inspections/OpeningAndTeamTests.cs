using LaborRights.Common;
using LaborRights.Inspections;
using LaborRights.Inspections.AssigningInspectors;
using LaborRights.Inspections.Linking;
using LaborRights.Inspections.Opening;
using LaborRights.ReferenceData;
using static LaborRights.UnitTests.Inspections.InspectionEvents;

namespace LaborRights.UnitTests.Inspections;

public class OpeningAndTeamTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private readonly InspectionSpecification _spec = new();

    private static OpenInspection Command(InspectionOrigin? origin = InspectionOrigin.Planned, CaseReference? source = null,
        string code = CreditCode, string county = "370102", string? park = null) =>
        new(origin, source, " 济南鲁泰建筑工程有限公司 ", code.ToLowerInvariant(), county, park, null, "专项检查");

    [Fact]
    public void Opening_files_the_case_today_with_sixty_working_days_to_close()
    {
        var opened = Command().Target.Open(Id, InspectionOrigin.Planned, null, "历下区劳监立〔2025〕00007号", _spec.Context);

        opened.FiledOn.Should().Be(new DateOnly(2025, 3, 3));
        opened.InvestigationDueOn.Should().Be(InspectionSpecification.Calendar.AddWorkingDays(new DateOnly(2025, 3, 3), 60).DueOn);
        opened.EmployerName.Should().Be("济南鲁泰建筑工程有限公司");
        opened.EmployerCreditCode.Should().Be(CreditCode, "the code is stored normalized");
        var state = CaseFold.Apply((InspectionCase?)null, opened);
        state.Status.Should().Be(InspectionStatus.UnderInvestigation);
        // Issue 14, item 9: the case is called by its number.
        state.CaseNumber.Should().Be("历下区劳监立〔2025〕00007号");
        state.Reference.Should().Be("历下区劳监立〔2025〕00007号");
    }

    [Theory]
    [InlineData(null, false, "origin")]
    [InlineData(InspectionOrigin.Linkage, false, "source")]
    [InlineData(InspectionOrigin.Planned, true, "source")]
    public void The_origin_decides_whether_a_source_case_is_needed(InspectionOrigin? origin, bool withSource, string field)
    {
        var source = withSource ? new CaseReference(CaseKind.WageArrears, Guid.NewGuid()) : null;
        OpenInspectionDecision.Validate(Command(origin, source), Regions).ToProblem().Errors.Should().ContainKey(field);
    }

    [Fact]
    public void A_complaint_or_report_may_name_its_source_and_a_linkage_must()
    {
        var source = new CaseReference(CaseKind.WageArrears, Guid.NewGuid());
        OpenInspectionDecision.Validate(Command(InspectionOrigin.Complaint, source), Regions).Any.Should().BeFalse();
        OpenInspectionDecision.Validate(Command(InspectionOrigin.Report), Regions).Any.Should().BeFalse();
        OpenInspectionDecision.Validate(Command(InspectionOrigin.Linkage, source), Regions).Any.Should().BeFalse();
    }

    [Theory]
    [InlineData("91350100M000100Y44", "370102", null, "employerCreditCode")]
    [InlineData(CreditCode, "379999", null, "countyCode")]
    [InlineData(CreditCode, "370102", "370676", "parkCode")]
    [InlineData(CreditCode, "370102", "379999", "parkCode")]
    public void Employer_county_and_park_are_checked(string code, string county, string? park, string field)
    {
        OpenInspectionDecision.Validate(Command(code: code, county: county, park: park), Regions).ToProblem().Errors.Should().ContainKey(field);
    }

    [Fact]
    public void A_park_of_the_same_city_is_accepted()
    {
        OpenInspectionDecision.Validate(Command(park: "370176"), Regions).Any.Should().BeFalse();
    }

    [Fact]
    public void The_id_for_a_source_is_a_name_based_uuid_so_duplicates_collapse()
    {
        var source = new CaseReference(CaseKind.WageArrears, Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a1001"));

        InspectionCaseIds.ForSource(source).Should().Be(Guid.Parse("067dead0-b513-5ea9-a237-ef21edddb77b"));
        InspectionCaseIds.ForSource(source with { }).Should().Be(InspectionCaseIds.ForSource(source));
        InspectionCaseIds.ForSource(source with { Kind = CaseKind.Discrimination }).Should().NotBe(InspectionCaseIds.ForSource(source));
        // RFC 9562 test vector: uuid5(DNS namespace, "www.example.com").
        DeterministicId.NameBased(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com")
            .Should().Be(Guid.Parse("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    [Fact]
    public void Two_distinct_inspectors_are_the_minimum()
    {
        AssignInspectionTeamDecision.Validate(new AssignInspectionTeam(1, ["张伟"])).Any.Should().BeTrue();
        AssignInspectionTeamDecision.Validate(new AssignInspectionTeam(1, ["张伟", " 张伟 "])).Any.Should().BeTrue();
        AssignInspectionTeamDecision.Validate(new AssignInspectionTeam(1, null)).Any.Should().BeTrue();
        AssignInspectionTeamDecision.Validate(new AssignInspectionTeam(1, ["张伟", "李娜"])).Any.Should().BeFalse();
    }

    [Fact]
    public void Assigning_two_inspectors()
    {
        _spec.Given(Opened())
            .When((s, ctx) => AssignInspectionTeamDecision.Decide(s, new AssignInspectionTeam(1, ["张伟", "李娜"]), ctx))
            .ThenEmits<InspectionTeamAssigned>().Inspectors.Should().Equal("张伟", "李娜");
    }

    [Fact]
    public void Fewer_than_two_inspectors_are_refused_by_the_decision_too()
    {
        _spec.Given(Opened())
            .When((s, ctx) => AssignInspectionTeamDecision.Decide(s, new AssignInspectionTeam(1, ["张伟"]), ctx))
            .ThenRefused("inspectors-required");
    }

    [Fact]
    public void Assigning_the_same_team_again_changes_nothing()
    {
        _spec.Given(WithTeam())
            .When((s, ctx) => AssignInspectionTeamDecision.Decide(s, new AssignInspectionTeam(2, ["张伟", "李娜"]), ctx))
            .ThenNothing();
    }

    [Fact]
    public void A_closed_case_gets_no_new_team()
    {
        _spec.Given([.. WithTeam(), Closed()])
            .When((s, ctx) => AssignInspectionTeamDecision.Decide(s, new AssignInspectionTeam(3, ["王强", "赵敏"]), ctx))
            .ThenRefused("not-allowed-in-status");
    }
}

using LaborRights.Common;
using LaborRights.Employers;
using LaborRights.Security;

namespace LaborRights.UnitTests.Employers;

/// <summary>用人单位欠薪预警: which thresholds an employer's cases cross today, each explained by its cases.</summary>
public class EarlyWarningTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly EarlyWarningSettings Settings = new();
    private const int MassWorkers = 10;

    private static EmployerCase Complaint(string county, int daysAgo, CaseKind kind = CaseKind.WageArrears, int workers = 3, string status = "UnderInvestigation") =>
        new() { CaseId = Guid.NewGuid(), Kind = kind, Reference = $"{county}-{daysAgo}", CountyCode = county, OpenedOn = Today.AddDays(-daysAgo), Workers = workers, Status = status };

    private static EmployerRecord Record(params EmployerCase[] cases) => new() { Id = "91370102MA3C7XXX0X", Name = "济南某建筑劳务有限公司", Cases = [.. cases] };

    private static IReadOnlyList<EmployerWarning> Warnings(EmployerRecord record, StaffScope? scope = null, EarlyWarningSettings? settings = null) =>
        EmployerWarnings.For(record, settings ?? Settings, MassWorkers, Today, scope);

    [Fact]
    public void Three_complaints_from_two_counties_within_twelve_months_are_a_repeat_warning_naming_them()
    {
        var record = Record(Complaint("370102", 10), Complaint("370103", 100), Complaint("370102", 300, CaseKind.Discrimination));
        var warning = Warnings(record).Should().ContainSingle().Subject;
        warning.Code.Should().Be("repeat-complaints");
        warning.TextZh.Should().Be("365天内在2个县（市、区）被投诉3次");
        warning.Cases.Select(c => c.CaseId).Should().BeEquivalentTo(record.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void Complaints_in_one_county_old_ones_and_refused_ones_do_not_make_a_repeat_warning()
    {
        Warnings(Record(Complaint("370102", 10), Complaint("370102", 20), Complaint("370102", 30))).Should().BeEmpty("one county's repeat is not across counties");
        Warnings(Record(Complaint("370102", 10), Complaint("370103", 20), Complaint("370102", 400))).Should().BeEmpty("one is older than 12 months");
        Warnings(Record(Complaint("370102", 10), Complaint("370103", 20), Complaint("370102", 30, status: "Rejected"))).Should().BeEmpty("a refused complaint counts for nothing");
    }

    [Fact]
    public void The_thresholds_come_from_configuration()
    {
        var record = Record(Complaint("370102", 10), Complaint("370103", 20));
        Warnings(record).Should().BeEmpty();
        Warnings(record, settings: new EarlyWarningSettings { RepeatComplaintsAtLeast = 2 }).Should().ContainSingle(w => w.Code == "repeat-complaints");
    }

    [Fact]
    public void An_order_unpaid_after_its_date_a_mass_case_and_an_unpaid_award_each_warn()
    {
        var unpaid = Complaint("370102", 50);
        (unpaid.PaymentDeadlinePassed, unpaid.UnpaidAfterOrder) = (true, 48_000m);
        var mass = Complaint("370102", 40, workers: 12);
        var award = Complaint("370102", 200, CaseKind.Arbitration);
        award.AwardReportedUnpaid = true;

        var warnings = Warnings(Record(unpaid, mass, award));

        warnings.Select(w => w.Code).Should().Equal("unpaid-orders", "mass-case", "unpaid-awards");
        warnings[0].TextZh.Should().Contain("48,000.00元");
        warnings[1].Cases.Should().ContainSingle(c => c.CaseId == mass.CaseId);
        warnings[2].Cases.Should().ContainSingle(c => c.CaseId == award.CaseId);
    }

    [Fact]
    public void The_reader_sees_the_cases_they_read_and_a_count_of_the_others()
    {
        var record = Record(Complaint("370102", 10), Complaint("370202", 100), Complaint("370203", 300));
        var jinanInspector = StaffScopes.Of(StaffRoles.Inspector, "370102");

        var warning = Warnings(record, jinanInspector).Single();

        warning.Cases.Should().ContainSingle(c => c.CountyCode == "370102");
        warning.CasesOutsideScope.Should().Be(2, "the signal is province-wide; the other cases are counted, not named");
    }
}

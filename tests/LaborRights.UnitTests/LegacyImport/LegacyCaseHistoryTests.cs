using System.Text.Json.Nodes;
using LaborRights.Calendar;
using LaborRights.Common;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using static LaborRights.UnitTests.LegacyImport.LegacyLines;

namespace LaborRights.UnitTests.LegacyImport;

public class LegacyCaseHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.LoadEmbedded();
    private readonly LegacyCaseHistory _history = new(WorkingDayCalendar.LoadEmbedded(), new WageArrearsRules());
    private readonly LegacyLineParser _parser = new(ShandongRegions.LoadEmbedded());

    private LegacyCase Case(Action<JsonObject>? change = null) => _parser.Parse(Utf8(Line(change)), Today).Case!;

    private static DateTimeOffset NineOn(int year, int month, int day) => new(year, month, day, 9, 0, 0, Shanghai);

    [Fact]
    public void A_complete_closed_case_becomes_the_events_of_a_live_case_with_the_historical_dates()
    {
        var built = _history.Build(Case(), "admin", Now);

        built.Id.Should().Be(DeterministicId.For("legacy-wage-arrears:JN-2025-000123"));
        built.Events.Select(e => e.GetType()).Should().Equal(
            typeof(WageArrearsComplaintReceived), typeof(ComplaintAccepted), typeof(ArrearsConfirmed),
            typeof(RecoveryRecorded), typeof(RecoveryRecorded), typeof(CaseClosed));

        var received = (WageArrearsComplaintReceived)built.Events[0];
        received.ReceivedAt.Should().Be(NineOn(2025, 3, 4));
        received.Channel.Should().Be(IntakeChannel.Imported);
        received.Complainant.Should().Be(new Complainant("张三", "370102198501011233", "13800000000"));
        received.Employer.Should().Be(new Employer("济南某建筑劳务有限公司", "91370102MA3C5XQ716"));
        received.AcceptanceDueOn.Should().Be(_calendar.AddWorkingDays(new DateOnly(2025, 3, 4), 5).DueOn);
        received.WageArrearsCaseId.Should().Be(built.Id);

        var accepted = (ComplaintAccepted)built.Events[1];
        accepted.CaseNumber.Should().Be("JN-2025-000123");
        accepted.FiledOn.Should().Be(new DateOnly(2025, 3, 7));
        accepted.AcceptedAt.Should().Be(NineOn(2025, 3, 7));
        accepted.InvestigationDueOn.Should().Be(_calendar.AddWorkingDays(new DateOnly(2025, 3, 7), 60).DueOn);

        ((ArrearsConfirmed)built.Events[2]).Amount.Should().Be(42000m);
        var recoveries = built.Events.OfType<RecoveryRecorded>().ToList();
        recoveries.Select(r => (r.PaidOn, r.Amount, r.OutstandingAfter, r.RecordedAt)).Should().Equal(
            (new DateOnly(2025, 4, 10), 20000m, 22000m, NineOn(2025, 4, 10)),
            (new DateOnly(2025, 4, 28), 22000m, 0m, NineOn(2025, 4, 28)));

        var closed = (CaseClosed)built.Events[5];
        closed.Outcome.Should().Be(ClosureOutcome.FullyRecovered);
        closed.ClosedAt.Should().Be(NineOn(2025, 5, 1));
        built.State.Status.Should().Be(CaseStatus.Closed);
        built.FutureDeadlines.Should().BeEmpty();
    }

    [Fact]
    public void An_extension_adds_30_working_days_to_the_due_date_then_current_and_recoveries_never_owe_less_than_nothing()
    {
        var built = _history.Build(Case(n =>
        {
            n["extendedOn"] = "2025-04-01";
            n["recoveries"] = JsonNode.Parse("""[{"on":"2025-04-10","amount":50000}]""");
            n["closedOn"] = null;
        }), "admin", Now);

        var firstDue = _calendar.AddWorkingDays(new DateOnly(2025, 3, 7), 60).DueOn;
        var extended = built.Events.OfType<InvestigationExtended>().Single();
        extended.PreviousDueOn.Should().Be(firstDue);
        extended.NewDueOn.Should().Be(_calendar.AddWorkingDays(firstDue, 30).DueOn);
        extended.ExtendedAt.Should().Be(NineOn(2025, 4, 1));
        built.Events.OfType<RecoveryRecorded>().Single().OutstandingAfter.Should().Be(0);
    }

    [Fact]
    public void Deadlines_that_ran_out_before_a_step_or_before_now_become_the_same_events_a_live_case_gets()
    {
        // Accepted long after the 5 working days; still open a year later.
        var built = _history.Build(Case(n =>
        {
            n["decision"] = JsonNode.Parse("""{"kind":"accepted","on":"2025-03-20"}""");
            n["recoveries"] = new JsonArray();
            n["closedOn"] = null;
        }), "admin", Now);

        var acceptanceDue = _calendar.AddWorkingDays(new DateOnly(2025, 3, 4), 5).DueOn;
        var investigationDue = _calendar.AddWorkingDays(new DateOnly(2025, 3, 20), 60).DueOn;
        built.Events.Select(e => e.GetType()).Should().Equal(
            typeof(WageArrearsComplaintReceived), typeof(AcceptanceDeadlinePassed), typeof(ComplaintAccepted),
            typeof(ArrearsConfirmed), typeof(InvestigationDeadlinePassed));
        built.Events[1].Should().Be(new AcceptanceDeadlinePassed(built.Id, acceptanceDue, ShanghaiTime.EndOf(acceptanceDue)));
        built.Events[4].Should().Be(new InvestigationDeadlinePassed(built.Id, investigationDue, ShanghaiTime.EndOf(investigationDue)));
        built.State.InvestigationOverdueSince.Should().Be(investigationDue);
    }

    [Fact]
    public void A_deadline_still_to_come_is_scheduled_for_the_end_of_its_day()
    {
        var built = _history.Build(Case(n =>
        {
            n["receivedOn"] = "2026-06-12";
            n["decision"] = null;
            n["amountConfirmed"] = null;
            n["recoveries"] = new JsonArray();
            n["closedOn"] = null;
        }), "admin", Now);

        var due = _calendar.AddWorkingDays(new DateOnly(2026, 6, 12), 5).DueOn;
        built.Events.Should().ContainSingle();
        built.FutureDeadlines.Should().Equal((new AcceptanceDeadlineReached(built.Id, due), ShanghaiTime.EndOf(due)));
    }

    [Fact]
    public void A_rejection_keeps_its_reason_text()
    {
        var built = _history.Build(Case(n =>
        {
            n["decision"] = JsonNode.Parse("""{"kind":"rejected","on":"2025-03-05","reason":"不属于本机关管辖"}""");
            n["amountConfirmed"] = null;
            n["recoveries"] = new JsonArray();
            n["closedOn"] = null;
        }), "admin", Now);

        var rejected = built.Events.OfType<ComplaintRejected>().Single();
        rejected.Explanation.Should().Be("不属于本机关管辖");
        rejected.Reason.Should().Be(RejectionReason.OutsideJurisdiction);
        rejected.RejectedAt.Should().Be(NineOn(2025, 3, 5));
        built.State.Status.Should().Be(CaseStatus.Rejected);
    }

    [Theory]
    [InlineData("[]", "42000", "2025-04-20", ClosureOutcome.Transferred)]
    [InlineData("""[{"on":"2025-04-10","amount":20000}]""", "42000", null, ClosureOutcome.PartlyRecovered)]
    [InlineData("""[{"on":"2025-04-10","amount":20000}]""", "20000", null, ClosureOutcome.FullyRecovered)]
    [InlineData("[]", "0", null, ClosureOutcome.NoViolationFound)]
    [InlineData("[]", null, null, ClosureOutcome.NoViolationFound)]
    [InlineData("[]", "42000", null, ClosureOutcome.Withdrawn)]
    public void The_outcome_of_a_closure_is_read_from_the_facts(string recoveries, string? confirmed, string? transferredOn, ClosureOutcome outcome)
    {
        var built = _history.Build(Case(n =>
        {
            n["recoveries"] = JsonNode.Parse(recoveries);
            n["amountConfirmed"] = confirmed is null ? null : JsonNode.Parse(confirmed);
            n["transferredToPoliceOn"] = transferredOn;
        }), "admin", Now);

        built.Events.OfType<CaseClosed>().Single().Outcome.Should().Be(outcome);
        if (transferredOn is not null)
            built.Events.OfType<TransferredToPolice>().Single().Should().Match<TransferredToPolice>(t => t.OutstandingAmount == 42000m && !t.BelowCriminalThreshold);
    }
}

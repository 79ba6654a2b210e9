using LaborRights.Common;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;
using LaborRights.WageArrears.Queue;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.WageArrears;

/// <summary>Passing time, driven by the fake clock: deadline messages append "deadline passed" only when it really passed.</summary>
[Collection(AppCollection.Name)]
public class DeadlineTests(AppFixture app)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task Filing_schedules_the_acceptance_check_for_the_end_of_the_fifth_working_day()
    {
        var tracked = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.FileComplaint());

        var envelope = tracked.Scheduled.Envelopes().Single(e => e.Message is AcceptanceDeadlineReached);
        var message = (AcceptanceDeadlineReached)envelope.Message!;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(Shanghai).DateTime);
        var calendar = app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>();
        message.DueOn.Should().Be(calendar.AddWorkingDays(today, 5).DueOn);
        envelope.ScheduledTime.Should().Be(new DateTimeOffset(message.DueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai));
    }

    [Fact]
    public async Task An_undecided_complaint_becomes_overdue_when_its_acceptance_deadline_passes()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: "370923"));
        var message = new AcceptanceDeadlineReached(filed.Id, filed.AcceptanceDueOn);

        // Delivered early (before the end of the due day in Shanghai): nothing happens.
        await app.Host.InvokeMessageAndWaitAsync(message);
        (await Stream(filed.Id)).Should().ContainSingle();

        app.MoveClockTo(new DateTimeOffset(filed.AcceptanceDueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message); // delivered twice: still one event

        var events = await Stream(filed.Id);
        events.Select(e => e.Data).OfType<AcceptanceDeadlinePassed>().Should().ContainSingle();
        var overdue = await Overdue("370923");
        overdue.Items.Should().Contain(x => x.Id == filed.Id && x.AcceptanceOverdue);
        (await app.Host.Details(filed.Id)).Case.AcceptanceOverdue.Should().BeTrue();

        // Accepting late clears the overdue flag of the acceptance step.
        await app.Host.Command(filed.Id, "accept", new { version = 2 });
        (await Overdue("370923")).Items.Should().NotContain(x => x.Id == filed.Id);
    }

    [Fact]
    public async Task A_request_for_material_after_the_deadline_keeps_the_case_late_and_a_lapsed_period_ends_the_complaint_with_the_reason()
    {
        const string county = "371102";
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint(county: county));
        app.MoveClockTo(new DateTimeOffset(filed.AcceptanceDueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(new AcceptanceDeadlineReached(filed.Id, filed.AcceptanceDueOn));

        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Command(filed.Id, "request-material", new { version = 2, missing = "劳动合同和工资条" }));
        var supplyBy = tracked.Scheduled.SingleMessage<MaterialSupplyDeadlineReached>().DueOn;
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(Shanghai).DateTime);
        supplyBy.Should().Be(app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>().AddWorkingDays(today, 10).DueOn);

        // Still late for the acceptance it missed, in the case view and the overdue list; the worker's period is the next date.
        var details = (await app.Host.Details(filed.Id)).Case;
        details.Status.Should().Be(CaseStatus.AwaitingMaterial);
        details.AcceptanceOverdue.Should().BeTrue();
        (await Overdue(county)).Items.Should().Contain(x => x.Id == filed.Id && x.AcceptanceOverdue);
        var tracking = await app.Host.Track(filed);
        tracking.NextDueOn.Should().Be(supplyBy);
        tracking.NextStepZh.Should().Be("补正材料");
        tracking.Timeline.Should().Contain(e => e.TextZh.Contains("（含当日）前补正材料"));

        // The period lapses without the material: the complaint ends, not accepted, and the worker is told why.
        app.MoveClockTo(new DateTimeOffset(supplyBy.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(new MaterialSupplyDeadlineReached(filed.Id, supplyBy));
        (await app.Host.Details(filed.Id)).Case.Status.Should().Be(CaseStatus.Rejected);
        (await app.Host.Track(filed)).Timeline.Should().Contain(e => e.TextZh.Contains("逾期未补正材料"));
    }

    [Fact]
    public async Task A_complaint_decided_in_time_is_never_marked_overdue()
    {
        var filed = await app.Host.FileComplaint();
        await app.Host.Command(filed.Id, "accept", new { version = 1 });
        app.Clock.Advance(TimeSpan.FromDays(10));

        await app.Host.InvokeMessageAndWaitAsync(new AcceptanceDeadlineReached(filed.Id, filed.AcceptanceDueOn));

        (await Stream(filed.Id)).Should().HaveCount(2);
    }

    [Fact]
    public async Task An_unpaid_order_becomes_overdue_after_its_pay_by_date()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: "371324"));
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 36_000m, workersOwed = 4 })).Version;
        var payBy = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(Shanghai).DateTime).AddDays(7);
        var tracked = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Command(filed.Id, "order-payment", new { version, payBy }));
        tracked.Scheduled.SingleMessage<PaymentDeadlineReached>().PayBy.Should().Be(payBy);

        app.Clock.Advance(TimeSpan.FromDays(8));
        await app.Host.InvokeMessageAndWaitAsync(new PaymentDeadlineReached(filed.Id, payBy));

        (await Overdue("371324")).Items.Should().Contain(x => x.Id == filed.Id && x.PaymentOverdue);
        var history = (await app.Host.Details(filed.Id)).History;
        history.Last().TextZh.Should().Contain("支付期限").And.Contain("36000.00");
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> Stream(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }

    private async Task<Page<LaborRights.WageArrears.Queue.WageArrearsQueueItem>> Overdue(string county)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears/overdue?county={county}&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<Page<LaborRights.WageArrears.Queue.WageArrearsQueueItem>>())!;
    }
}

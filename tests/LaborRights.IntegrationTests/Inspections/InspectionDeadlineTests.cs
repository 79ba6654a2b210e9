using LaborRights.Inspections;
using LaborRights.Inspections.Deadlines;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Inspections;

/// <summary>The 60-working-day period (劳动保障监察条例 第17条), driven by the fake clock.</summary>
[Collection(AppCollection.Name)]
public class InspectionDeadlineTests(AppFixture app)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task Opening_schedules_the_deadline_check_for_the_end_of_the_sixtieth_working_day()
    {
        var tracked = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.OpenInspection());

        var envelope = tracked.Scheduled.Envelopes().Single(e => e.Message is InspectionDeadlineReached);
        var message = (InspectionDeadlineReached)envelope.Message!;
        var calendar = app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>();
        message.DueOn.Should().Be(calendar.AddWorkingDays(app.Today(), 60).DueOn);
        envelope.ScheduledTime.Should().Be(new DateTimeOffset(message.DueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai));
    }

    [Fact]
    public async Task An_open_case_becomes_overdue_when_its_period_ends_and_an_ended_case_does_not()
    {
        const string county = "370783";
        var open = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: county));
        var transferred = await app.Host.OpenInspection(InspectionScenarios.AnInspection(county: county, origin: "Complaint"));
        await app.Host.Inspect(transferred.Id, "transfer", new { version = 1, department = "寿光市公安局", reason = "涉嫌犯罪" });
        var message = new InspectionDeadlineReached(open.Id, open.InvestigationDueOn);

        // Delivered early (before the end of the due day in Shanghai): nothing happens.
        await app.Host.InvokeMessageAndWaitAsync(message);
        (await Stream(open.Id)).Should().ContainSingle();

        var due = open.InvestigationDueOn > transferred.InvestigationDueOn ? open.InvestigationDueOn : transferred.InvestigationDueOn;
        app.MoveClockTo(new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message); // delivered twice: still one event
        await app.Host.InvokeMessageAndWaitAsync(new InspectionDeadlineReached(transferred.Id, transferred.InvestigationDueOn));

        (await Stream(open.Id)).Select(e => e.Data).OfType<InspectionDeadlinePassed>().Should().ContainSingle();
        (await Stream(transferred.Id)).Select(e => e.Data).OfType<InspectionDeadlinePassed>().Should().BeEmpty();
        var overdue = await app.Host.InspectionQueue($"/api/inspections/overdue?county={county}&pageSize=100");
        overdue.Items.Should().Contain(x => x.Id == open.Id && x.IsOverdue).And.NotContain(x => x.Id == transferred.Id);
        (await app.Host.InspectionDetails(open.Id)).Case.InvestigationOverdue.Should().BeTrue();

        // Too late to extend; transferring ends the case and takes it off the overdue list.
        var late = await app.Host.InspectExpecting(open.Id, "request-extension", new { version = 2, reason = "补充调查" }, 422);
        (await late.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Type.Should().EndWith("/period-already-expired");
        await app.Host.Inspect(open.Id, "transfer", new { version = 2, department = "寿光市市场监督管理局", reason = "不属劳动保障监察事项" });
        (await app.Host.InspectionQueue($"/api/inspections/overdue?county={county}&pageSize=100")).Items.Should().NotContain(x => x.Id == open.Id);
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> Stream(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }
}

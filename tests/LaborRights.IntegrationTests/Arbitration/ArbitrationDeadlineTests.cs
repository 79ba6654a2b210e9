using LaborRights.Common;
using Alba;
using LaborRights.Arbitration;
using LaborRights.Arbitration.Deadlines;
using LaborRights.Arbitration.Queue;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Arbitration;

/// <summary>Passing time, driven by the fake clock: deadline messages append "deadline passed" only when it really passed.</summary>
[Collection(AppCollection.Name)]
public class ArbitrationDeadlineTests(AppFixture app)
{
    private static DateTimeOffset EndOf(DateOnly day) => LaborRights.Common.ShanghaiTime.EndOf(day);

    [Fact]
    public async Task An_application_not_decided_within_five_working_days_becomes_overdue_and_the_applicant_is_told_they_may_sue()
    {
        var tracked = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Apply(ArbitrationScenarios.AnApplication(county: "370923")));
        var message = tracked.Scheduled.SingleMessage<ArbitrationAcceptanceDeadlineReached>();
        var calendar = app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>();
        // Five working days (劳动人事争议仲裁办案规则 第80条), not five calendar days.
        message.DueOn.Should().Be(calendar.AddWorkingDays(app.Today(), 5).DueOn);

        await app.Host.InvokeMessageAndWaitAsync(message); // early: nothing
        (await Stream(message.ArbitrationCaseId)).Should().ContainSingle();
        app.MoveClockTo(EndOf(message.DueOn).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message);

        (await Stream(message.ArbitrationCaseId)).Select(e => e.Data).OfType<ArbitrationAcceptanceDeadlinePassed>().Should().ContainSingle();
        (await Overdue("370923")).Items.Should().Contain(x => x.Id == message.ArbitrationCaseId && x.AcceptanceOverdue);
        var details = await app.Host.ArbitrationDetails(message.ArbitrationCaseId);
        details.Case.AcceptanceOverdue.Should().BeTrue();
        details.History.Last().TextZh.Should().Contain("向人民法院提起诉讼");
    }

    [Fact]
    public async Task Suspension_and_extension_reschedule_the_award_deadline_and_only_the_current_one_counts()
    {
        var filed = await app.Host.Apply(ArbitrationScenarios.AnApplication(county: "371324"));
        var acceptance = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Arbitrate(filed.Id, "accept", new { version = 1 }));
        var firstDue = acceptance.Scheduled.SingleMessage<AwardDeadlineReached>().DueOn;
        var calendar = app.Host.Services.GetRequiredService<LaborRights.Calendar.WorkingDayCalendar>();
        firstDue.Should().Be(calendar.AddCalendarDaysRollingToWorkingDay(app.Today(), 45).DueOn);

        var acceptedOn = app.Today();
        await app.Host.Arbitrate(filed.Id, "suspend", new { version = 2, reason = "等待工伤认定" });
        app.MoveClockToMorningOf(acceptedOn.AddDays(10));
        var resumption = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Arbitrate(filed.Id, "resume", new { version = 3 }));
        var resumedDue = resumption.Scheduled.SingleMessage<AwardDeadlineReached>().DueOn;
        resumedDue.Should().Be(calendar.AddCalendarDaysRollingToWorkingDay(acceptedOn, 45 + 10).DueOn);

        await app.Host.Arbitrate(filed.Id, "request-extension", new { version = 4, reason = "案情复杂" });
        var chair = StaffUsers.Of("chair.liu", [LaborRights.Security.StaffRoles.ArbitrationChair], ["371324"]);
        var extension = await app.Host.ExecuteAndWaitAsync(async () =>
            await app.Host.Arbitrate(filed.Id, "extend", new { version = 5 }, chair));
        var extendedDue = extension.Scheduled.SingleMessage<AwardDeadlineReached>().DueOn;
        extendedDue.Should().Be(calendar.AddCalendarDaysRollingToWorkingDay(acceptedOn, 45 + 15 + 10).DueOn);

        app.MoveClockTo(EndOf(extendedDue).AddMinutes(1));
        await app.Host.InvokeMessageAndWaitAsync(new AwardDeadlineReached(filed.Id, firstDue));
        await app.Host.InvokeMessageAndWaitAsync(new AwardDeadlineReached(filed.Id, resumedDue));
        (await Stream(filed.Id)).Should().HaveCount(6, "superseded due dates append nothing");
        await app.Host.InvokeMessageAndWaitAsync(new AwardDeadlineReached(filed.Id, extendedDue));

        (await Stream(filed.Id)).Last().Data.Should().BeOfType<AwardDeadlinePassed>();
        (await Overdue("371324")).Items.Should().Contain(x => x.Id == filed.Id && x.AwardOverdue);
        var view = (await app.Host.ArbitrationDetails(filed.Id)).Case;
        view.DaysSuspended.Should().Be(10);
        view.AwardDueOn.Should().Be(extendedDue);
        view.AwardOverdue.Should().BeTrue();
    }

    [Fact]
    public async Task The_queue_lists_a_commissions_cases_by_next_deadline()
    {
        var filed = await app.Host.Apply(ArbitrationScenarios.AnApplication(county: "371702"));
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/arbitration?county=371702&status=PendingAcceptance&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
        });
        var page = (await result.ReadAsJsonAsync<Page<LaborRights.Arbitration.Queue.ArbitrationQueueItem>>())!;
        page.Items.Should().Contain(x => x.Id == filed.Id && x.NextDueOn == filed.AcceptanceDueOn && x.AmountClaimed == 70_000m);
        page.Items.Select(x => x.NextDueOn).Should().BeInAscendingOrder();
        await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/arbitration?county=999999");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
            x.StatusCodeShouldBe(400);
        });
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> Stream(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }

    private async Task<Page<LaborRights.Arbitration.Queue.ArbitrationQueueItem>> Overdue(string county)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/arbitration/overdue?county={county}&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, ArbitrationScenarios.Clerk);
        });
        return (await result.ReadAsJsonAsync<Page<LaborRights.Arbitration.Queue.ArbitrationQueueItem>>())!;
    }
}

using Alba;
using LaborRights.CaseIndex;
using LaborRights.Calendar;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using LaborRights.WageArrears.Deadlines;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.CaseIndex;

/// <summary>
/// Issue 14, item 6: a year's holiday arrangement added by an administrator makes every provisional deadline of an
/// open case be computed again — recorded as an event, the deadline message rescheduled, the case no longer marked
/// provisional in the queue, the case page or public tracking. On a schema and a clock of its own (1 December 2026,
/// with 2027 not yet published), so that no other test sees the year.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HolidayArrangementTests(AppFixture app)
{
    private static readonly DateTimeOffset December = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly object Arrangement2027 = new
    {
        source = "国办发明电〔2026〕（测试用）",
        days = new object[]
        {
            new { date = "2027-01-01", kind = "Holiday", festival = "元旦" },
            new { date = "2027-02-08", kind = "Holiday", festival = "春节" },
            new { date = "2027-02-09", kind = "Holiday", festival = "春节" },
            new { date = "2027-02-10", kind = "Holiday", festival = "春节" },
            new { date = "2027-02-11", kind = "Holiday", festival = "春节" },
            new { date = "2027-02-12", kind = "Holiday", festival = "春节" },
            new { date = "2027-02-14", kind = "Workday", festival = "春节" },
        },
    };

    [Fact]
    public async Task Adding_next_years_arrangement_recomputes_every_provisional_deadline_and_says_so()
    {
        var settings = new Dictionary<string, string> { ["Database:Schema"] = "calendar_" + Guid.NewGuid().ToString("N")[..8] };
        var clock = new FakeTimeProvider(December);
        await using var host = await app.StartHostAsync(settings, services: s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(clock);
        });
        var (filed, _) = await host.CaseUnderInvestigation();
        var before = await Entry(host, filed.Id);
        before.NextStep.Should().Be(CaseSteps.Investigation);
        before.DeadlineIsProvisional.Should().BeTrue("60 working days from 1 December 2026 reach into 2027, not yet published");
        (await host.Track(filed)).DeadlineIsProvisional.Should().BeTrue();

        var admin = StaffUsers.Administrator();
        // Bad input changes nothing.
        await host.Scenario(x =>
        {
            x.Post.Json(new { source = "x", days = new[] { new { date = "2028-01-01", kind = "Holiday", festival = "元旦" } } }).ToUrl("/api/admin/calendar/2027");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, admin);
            x.StatusCodeShouldBe(400);
        });
        await host.Scenario(x =>
        {
            x.Post.Json(Arrangement2027).ToUrl("/api/admin/calendar/2026");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, admin);
            x.StatusCodeShouldBe(400);
        });

        var tracked = await host.ExecuteAndWaitAsync(async () => await host.Scenario(x =>
        {
            x.Post.Json(Arrangement2027).ToUrl("/api/admin/calendar/2027");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, admin);
            x.StatusCodeShouldBeOk();
        }));

        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        calendar.CoveredYears.Should().Contain(2027);
        var after = await Entry(host, filed.Id);
        after.DeadlineIsProvisional.Should().BeFalse();
        after.NextDueOn.Should().Be(calendar.AddWorkingDays(ShanghaiTime.DateOf(December), 60).DueOn).And.BeAfter(before.NextDueOn!.Value);
        tracked.Scheduled.MessagesOf<InvestigationDeadlineReached>().Should().ContainSingle(m => m.WageArrearsCaseId == filed.Id && m.DueOn == after.NextDueOn);

        var details = await host.Details(filed.Id);
        details.Case.InvestigationDueOn.Should().Be(after.NextDueOn);
        details.History.Last().TextZh.Should().StartWith("2027年节假日安排公布，调查处理期限由");
        var tracking = await host.Track(filed);
        tracking.DeadlineIsProvisional.Should().BeFalse();
        tracking.NextDueOn.Should().Be(after.NextDueOn);

        // A second delivery of the sweep changes nothing; the year cannot be added twice.
        await host.InvokeMessageAndWaitAsync(new LaborRights.Calendar.Publishing.RecomputeProvisionalDeadlines(2027));
        (await Entry(host, filed.Id)).NextDueOn.Should().Be(after.NextDueOn);
        await host.Scenario(x =>
        {
            x.Post.Json(Arrangement2027).ToUrl("/api/admin/calendar/2027");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, admin);
            x.StatusCodeShouldBe(400);
        });
    }

    private static async Task<CaseIndexEntry> Entry(IAlbaHost host, Guid id)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<CaseIndexEntry>(id))!;
    }
}

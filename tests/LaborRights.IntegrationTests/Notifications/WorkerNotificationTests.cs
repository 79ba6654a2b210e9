using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Notifications;
using Marten;
using Marten.Events;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Notifications;

/// <summary>Notifications to workers (issue 16, item 5): from the event store through Wolverine, once, shown on tracking.</summary>
[Collection(AppCollection.Name)]
public class WorkerNotificationTests(AppFixture app)
{
    [Fact]
    public async Task An_accepted_complaint_tells_the_worker_once_by_a_masked_channel_and_tracking_shows_it()
    {
        var filed = await app.Host.FileComplaint(Scenarios.AComplaint("370102"));
        await app.Host.Command(filed.Id, "accept", new { version = 1 });

        var sent = await NotificationsOf(filed.Id, expected: 1);
        var notification = sent.Should().ContainSingle().Subject;
        (notification.Kind, notification.Channel, notification.PhoneMasked).Should().Be((NoticeKind.Accepted, "log", "138****5678"));
        notification.TextZh.Should().Contain(filed.TrackingNumber).And.Contain("已受理").And.NotContain("王建国");

        // The same event handed over again (a replay after a crash) is not a second notification.
        await app.Host.InvokeMessageAndWaitAsync(new SendWorkerNotification(notification.Id, filed.Id, NoticeKind.Accepted, notification.OccurredAt));
        (await NotificationsOf(filed.Id, expected: 1)).Should().ContainSingle();

        var tracked = await app.Host.Track(filed);
        tracked.Notifications.Should().ContainSingle().Which.TextZh.Should().Be(notification.TextZh);
    }

    private async Task<IReadOnlyList<WorkerNotification>> NotificationsOf(Guid caseId, int expected)
    {
        IReadOnlyList<WorkerNotification> found = [];
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
            await using var session = app.Store.QuerySession();
            found = await session.Query<WorkerNotification>().Where(x => x.CaseId == caseId).ToListAsync();
            if (found.Count >= expected) break;
            await Task.Delay(250);
        }
        return found;
    }
}

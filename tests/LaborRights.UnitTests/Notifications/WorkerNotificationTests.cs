using JasperFx.Events;
using LaborRights.Common;
using LaborRights.Notifications;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests.Notifications;

/// <summary>Which events become a worker's notification, once, and what it says.</summary>
public class WorkerNotificationTests
{
    private static readonly Guid CaseId = Guid.Parse("9e0d7e0e-0000-4000-8000-0000000000aa");
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static IEvent Recorded<T>(T data, DateTimeOffset recordedAt) where T : notnull =>
        new Event<T>(data) { Id = Guid.NewGuid(), StreamId = CaseId, Timestamp = recordedAt };

    [Fact]
    public void An_acceptance_becomes_one_notification_named_by_the_event()
    {
        var accepted = Recorded(new ComplaintAccepted(CaseId, "历下区劳监立〔2026〕00001号", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 28), false, "inspector.li", Now), Now);

        var notification = WorkerNotificationSubscription.For(accepted)!;

        (notification.CaseId, notification.Kind, notification.OccurredAt).Should().Be((CaseId, NoticeKind.Accepted, Now));
        WorkerNotificationSubscription.For(accepted)!.NotificationId.Should().Be(notification.NotificationId, "the same event is the same notification");
    }

    [Fact]
    public void Events_a_worker_is_not_told_of_and_history_recorded_long_after_are_not_notified()
    {
        WorkerNotificationSubscription.For(Recorded(new InspectorsAssigned(CaseId, ["a", "b"], "i", Now), Now)).Should().BeNull();
        var imported = Recorded(new CaseClosed(CaseId, ClosureOutcome.FullyRecovered, "已全额追回", "import", Now.AddYears(-2)), Now);
        WorkerNotificationSubscription.For(imported).Should().BeNull("an imported history is not news");
        var typedInLate = Recorded(new CaseClosed(CaseId, ClosureOutcome.FullyRecovered, "已全额追回", "i", Now.AddDays(-3)), Now);
        WorkerNotificationSubscription.For(typedInLate)!.Kind.Should().Be(NoticeKind.Closed);
    }

    [Theory]
    [InlineData(NoticeKind.Accepted, CaseKind.WageArrears, "您的欠薪投诉（查询号WA20260601-ABC）已受理，正在办理。")]
    [InlineData(NoticeKind.DeadlinePassed, CaseKind.Arbitration, "您的仲裁申请（查询号WA20260601-ABC）办理期限已过")]
    [InlineData(NoticeKind.Closed, CaseKind.Discrimination, "欢迎在查询页面评价办理情况")]
    public void The_text_is_plain_and_names_the_case_by_its_tracking_number_only(NoticeKind notice, CaseKind kind, string expected)
    {
        var (zh, en) = WorkerNoticeText.Of(notice, kind, "WA20260601-ABC");
        zh.Should().Contain(expected).And.StartWith("【山东劳动权益服务】");
        en.Should().Contain("WA20260601-ABC");
    }
}

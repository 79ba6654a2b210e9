using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using LaborRights.Arbitration;
using LaborRights.CaseIndex;
using LaborRights.Discrimination;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears;
using Marten;
using Marten.Subscriptions;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace LaborRights.Notifications;

/// <summary>What a worker is told about their case: the steps they must know of.</summary>
public enum NoticeKind { Accepted, Refused, MaterialRequested, DeadlinePassed, Closed, AwardIssued }

/// <summary>
/// One event a worker should know about, to be told once: the id is derived from the event's own id, so the same event
/// delivered twice (a subscription replayed after a crash, a message retried) is one notification.
/// </summary>
public sealed record SendWorkerNotification(Guid NotificationId, Guid CaseId, NoticeKind Kind, DateTimeOffset OccurredAt);

/// <summary>A notification sent (or recorded without a channel when there is no number), as tracking shows it.</summary>
public sealed class WorkerNotification
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string TrackingNumber { get; set; } = "";
    public NoticeKind Kind { get; set; }
    public string TextZh { get; set; } = "";
    public string TextEn { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset SentAt { get; set; }

    /// <summary>The channel that carried it (<c>sms</c>, <c>log</c>), or <c>none</c> when the case has no number to send to.</summary>
    public string Channel { get; set; } = "";

    /// <summary>Where it went, masked (138****5678).</summary>
    public string? PhoneMasked { get; set; }
}

/// <summary>One text message to a worker; <see cref="Key"/> is the same on every retry, for a gateway's own de-duplication.</summary>
public sealed record OutgoingText(Guid Key, string Phone, string Text);

/// <summary>
/// Where notifications go: an SMS gateway in a deployment (an implementation per provider, registered in place of the
/// development channel), passing <see cref="OutgoingText.Key"/> as the provider's idempotency key so that a retry after a
/// crash between sending and recording is not a second message.
/// </summary>
public interface IWorkerNotificationChannel
{
    string Name { get; }

    Task SendAsync(OutgoingText text, CancellationToken ct);
}

/// <summary>The development channel: writes each message to the log, the number masked.</summary>
public sealed class LogNotificationChannel(ILogger<LogNotificationChannel> logger) : IWorkerNotificationChannel
{
    public string Name => "log";

    public Task SendAsync(OutgoingText text, CancellationToken ct)
    {
        logger.LogInformation("SMS {Key} to {Phone}: {Text}", text.Key, Masking.Phone(text.Phone), text.Text);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Reads the event store in order (a Marten subscription run by the async daemon) and hands each event a worker should
/// know about to Wolverine as <see cref="SendWorkerNotification"/> — in the same transaction as the subscription's own
/// progress, so nothing is skipped and nothing handed over twice. Only news: an event recorded more than
/// <see cref="NewsDays"/> after it happened (an imported history, a backfill) is not sent.
/// </summary>
public sealed class WorkerNotificationSubscription : BatchSubscription
{
    public const string Name = "worker-notifications";
    public const int NewsDays = 7;

    public WorkerNotificationSubscription() : base(Name)
    {
        foreach (var type in Kinds.Keys) IncludeType(type);
        // A new deployment starts with what happens from now on, not with every case's past.
        Options.SubscribeFromPresent();
    }

    private static readonly IReadOnlyDictionary<Type, NoticeKind> Kinds = new Dictionary<Type, NoticeKind>
    {
        [typeof(ComplaintAccepted)] = NoticeKind.Accepted,
        [typeof(ComplaintRejected)] = NoticeKind.Refused,
        [typeof(MaterialRequested)] = NoticeKind.MaterialRequested,
        [typeof(MaterialNotSupplied)] = NoticeKind.Refused,
        [typeof(AcceptanceDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(InvestigationDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(CaseClosed)] = NoticeKind.Closed,
        [typeof(DiscriminationComplaintAccepted)] = NoticeKind.Accepted,
        [typeof(DiscriminationComplaintRejected)] = NoticeKind.Refused,
        [typeof(DiscriminationMaterialRequested)] = NoticeKind.MaterialRequested,
        [typeof(DiscriminationAcceptanceDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(DiscriminationInvestigationDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(DiscriminationCaseClosed)] = NoticeKind.Closed,
        [typeof(ArbitrationApplicationAccepted)] = NoticeKind.Accepted,
        [typeof(ArbitrationApplicationRefused)] = NoticeKind.Refused,
        [typeof(ArbitrationAcceptanceDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(AwardDeadlinePassed)] = NoticeKind.DeadlinePassed,
        [typeof(ArbitrationAwardIssued)] = NoticeKind.AwardIssued,
        [typeof(MediationAgreementReached)] = NoticeKind.Closed,
    };

    /// <summary>The notification an event gives, or null (not one a worker is told of, or not news).</summary>
    public static SendWorkerNotification? For(IEvent e)
    {
        if (!Kinds.TryGetValue(e.EventType, out var kind) || e.Data is not ICaseEvent caseEvent) return null;
        var happened = caseEvent.Metadata.At;
        return e.Timestamp - happened > TimeSpan.FromDays(NewsDays)
            ? null
            : new SendWorkerNotification(DeterministicId.For($"worker-notification:{e.Id:N}"), e.StreamId, kind, happened);
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        IMessageBus bus, CancellationToken cancellationToken)
    {
        foreach (var e in page.Events)
            if (For(e) is { } notification) await bus.PublishAsync(notification);
    }
}

public static class SendWorkerNotificationHandler
{
    /// <summary>
    /// Tells the worker once: a notification already recorded is not sent again; the number comes from the case's first
    /// event (the masked read models do not keep it); the text names the case by its tracking number only.
    /// </summary>
    public static async Task HandleAsync(SendWorkerNotification message, IDocumentSession session, IWorkerNotificationChannel channel,
        TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<WorkerNotification>(message.NotificationId, ct) is not null) return;
        if (await session.LoadAsync<CaseIndexEntry>(message.CaseId, ct) is not { TrackingNumber: { } tracking } entry) return;
        var first = (await session.Events.FetchStreamAsync(message.CaseId, version: 1, token: ct)).FirstOrDefault()?.Data;
        var phone = first switch
        {
            WageArrearsComplaintReceived x => x.Complainant?.Phone,
            DiscriminationComplaintReceived x => x.Filer.Phone,
            ArbitrationApplied x => x.Applicant.Phone,
            _ => null,
        };
        if (!Common.Identifiers.PhoneNumber.IsValid(phone)) phone = null;
        var (zh, en) = WorkerNoticeText.Of(message.Kind, entry.Kind, tracking);
        if (phone is not null) await channel.SendAsync(new OutgoingText(message.NotificationId, phone, zh), ct);
        session.Store(new WorkerNotification
        {
            Id = message.NotificationId, CaseId = message.CaseId, TrackingNumber = tracking, Kind = message.Kind, TextZh = zh, TextEn = en,
            OccurredAt = message.OccurredAt, SentAt = clock.GetUtcNow(), Channel = phone is null ? "none" : channel.Name,
            PhoneMasked = Masking.Phone(phone),
        });
    }
}

/// <summary>The words of a notification: plain Chinese, the case by its tracking number, what to do next.</summary>
public static class WorkerNoticeText
{
    public static (string Zh, string En) Of(NoticeKind notice, CaseKind kind, string tracking)
    {
        var (whatZh, whatEn) = kind switch
        {
            CaseKind.Arbitration => ("仲裁申请", "application for arbitration"),
            CaseKind.Discrimination => ("就业歧视投诉", "discrimination complaint"),
            _ => ("欠薪投诉", "wage-arrears complaint"),
        };
        var (zh, en) = notice switch
        {
            NoticeKind.Accepted => ("已受理，正在办理", "has been accepted and is being handled"),
            NoticeKind.Refused => ("未被受理，理由和您可以怎么做请看查询页面", "was not accepted; see the tracking page for why and what you can do"),
            NoticeKind.MaterialRequested => ("需要补充材料，请看查询页面并按期补交", "needs more material; see the tracking page and supply it in time"),
            NoticeKind.DeadlinePassed => ("办理期限已过，您可以怎么做请看查询页面", "is past its deadline; see the tracking page for what you can do"),
            NoticeKind.AwardIssued => ("已作出仲裁裁决，请看查询页面", "has its award; see the tracking page"),
            _ => ("已办结，欢迎在查询页面评价办理情况", "has ended; you can rate how it was handled on the tracking page"),
        };
        return ($"【山东劳动权益服务】您的{whatZh}（查询号{tracking}）{zh}。", $"Your {whatEn} ({tracking}) {en}.");
    }
}

public static class NotificationsModule
{
    public static IServiceCollection AddWorkerNotifications(this IServiceCollection services) =>
        services.AddSingleton<IWorkerNotificationChannel, LogNotificationChannel>();

    public static StoreOptions ConfigureWorkerNotifications(this StoreOptions opts)
    {
        opts.Schema.For<WorkerNotification>().Index(x => x.CaseId);
        return opts;
    }
}

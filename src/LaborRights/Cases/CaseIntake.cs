using LaborRights.Hosting.Api;
using Wolverine;
using Wolverine.Marten;

namespace LaborRights.Cases;

/// <summary>What a filed case hands the filer, whatever its kind: the receipt the worker portal shows.</summary>
public interface IFilingAnswer
{
    string TrackingNumber { get; }
    string AccessCode { get; }
    DateOnly AcceptanceDueOn { get; }

    /// <summary>The day lies beyond the published holiday calendar and may still move (ADR 0004).</summary>
    bool AcceptanceDueIsProvisional { get; }
}

/// <summary>What a filer is told of the acceptance deadline, in the words of a receipt.</summary>
public static class FilingDeadlineText
{
    public static string Zh(DateOnly due, bool provisional) =>
        DeadlineText.Zh(due) + (provisional ? "（该日期以后的节假日安排尚未公布，日期可能调整）" : "");

    public static string En(DateOnly due, bool provisional) =>
        DeadlineText.En(due) + (provisional ? " (the holiday arrangements after it are not yet published; it may still move)" : "");
}

/// <summary>An online filing, made: its answer, the public tracking address, the stream it starts and its first deadlines.</summary>
public sealed record OnlineFiling<TAnswer>(TAnswer Answer, string Location, IStartStream Start, OutgoingMessages Messages)
{
    /// <summary>As the API answers it: 201 at the tracking address.</summary>
    public (CreatedAnswer<TAnswer>, IStartStream, OutgoingMessages) Created() => (CreatedAnswer<TAnswer>.At(Location, Answer), Start, Messages);

    /// <summary>As a page asks for it (<c>IMessageBus.InvokeAsync&lt;TAnswer&gt;</c>): the answer, with the stream and messages applied.</summary>
    public (TAnswer, IStartStream, OutgoingMessages) Invoked() => (Answer, Start, Messages);
}

/// <summary>What every kind's filing shares, whether a worker files online or staff type in a paper form.</summary>
public static class CaseIntake
{
    /// <summary>201 with the answer at its location, the case's stream started with its first event, and its first deadlines.</summary>
    public static (CreatedAnswer<TAnswer>, IStartStream, OutgoingMessages) Opened<TCase, TAnswer>(Guid id, object first, string location, TAnswer answer)
        where TCase : class, IFoldedCase<TCase>, new()
    {
        var (start, messages) = Open<TCase>(id, first);
        return (CreatedAnswer<TAnswer>.At(location, answer), start, messages);
    }

    /// <summary>A case filed online by the person concerned (the API's public filing, or the worker portal's form).</summary>
    /// <param name="evidenceFiles">Files the filer uploaded for it: given to the case in the filing's transaction.</param>
    public static OnlineFiling<TAnswer> FiledOnline<TCase, TAnswer>(Guid id, object first, string location, TAnswer answer,
        Marten.IDocumentSession session, IReadOnlyList<Guid>? evidenceFiles)
        where TCase : class, IFoldedCase<TCase>, new()
    {
        Evidence.EvidenceStore.Claim(session, id, evidenceFiles);
        var (start, messages) = Open<TCase>(id, first);
        return new OnlineFiling<TAnswer>(answer, location, start, messages);
    }

    /// <summary>The case's stream started with its first event, and its first deadlines.</summary>
    public static (IStartStream, OutgoingMessages) Open<TCase>(Guid id, object first) where TCase : class, IFoldedCase<TCase>, new()
    {
        var messages = new OutgoingMessages();
        messages.AddRange(TCase.FollowUps(new TCase(), [first]));
        return (MartenOps.StartStream<TCase>(id, first), messages);
    }

    /// <summary>
    /// A filing typed in by staff (counter, hotline, post, another body): a channel other than online (the online one
    /// is the filer's own, with the refusal <paramref name="onlineIsTheFilers"/>), received no later than now and not
    /// before <paramref name="earliest"/> (<paramref name="ago"/>, e.g. ("一年前", "a year")).
    /// </summary>
    public static FieldErrors StaffFiling<TChannel>(TChannel? channel, TChannel online, (string Zh, string En) onlineIsTheFilers,
        DateTimeOffset? receivedAt, DateTimeOffset now, DateTimeOffset earliest, (string Zh, string En) ago) where TChannel : struct, Enum
    {
        var errors = new FieldErrors().Required("channel", channel, "渠道", "Channel");
        if (channel is { } c && c.Equals(online)) errors.Add("channel", onlineIsTheFilers.Zh, onlineIsTheFilers.En);
        if (receivedAt > now) errors.Add("receivedAt", "收到时间不能晚于现在", "Received time cannot be in the future");
        if (receivedAt < earliest) errors.Add("receivedAt", $"收到时间不能早于{ago.Zh}", $"Received time cannot be more than {ago.En} ago");
        return errors;
    }
}

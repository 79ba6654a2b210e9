using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace LaborRights.Web.Staff;

/// <summary>
/// What a page shows after a command that did not go through: the form's mistakes, the refusal, or that the record
/// changed meanwhile — and the status the page answers with.
/// </summary>
public sealed class CommandFeedback
{
    public FieldErrors Errors { get; } = new();
    public Refusal? Refusal { get; private set; }
    public bool Stale { get; private set; }

    /// <summary>Takes in a command's outcome other than done; the HTTP status the page answers with.</summary>
    public int Take(CommandOutcome outcome)
    {
        switch (outcome)
        {
            case CommandOutcome.Invalid invalid:
                foreach (var e in invalid.Errors.All) Errors.Add(e.Field, e.Chinese, e.English);
                return StatusCodes.Status400BadRequest;
            case CommandOutcome.Refused refused:
                Refusal = refused.Refusal;
                return StatusCodes.Status422UnprocessableEntity;
            default:
                Stale = true;
                return StatusCodes.Status409Conflict;
        }
    }
}

/// <summary>A form read as a command: its validation and how it is decided on the record.</summary>
public sealed record FormPlan<TAggregate>(FieldErrors Errors, Func<TAggregate, Decision> Decide)
{
    public static FormPlan<TAggregate> Of<TCommand>(TCommand command, Func<TCommand, FieldErrors> validate, Func<TAggregate, TCommand, Decision> decide) =>
        new(validate(command), a => decide(a, command));
}

/// <summary>What became of a command sent from a case page.</summary>
public abstract record CommandOutcome
{
    /// <summary>Appended; the case is now at <paramref name="Version"/>.</summary>
    public sealed record Done(int Version, IReadOnlyList<Notice> Warnings) : CommandOutcome;

    /// <summary>The form had mistakes (the API's own validation); nothing was changed.</summary>
    public sealed record Invalid(FieldErrors Errors) : CommandOutcome;

    /// <summary>The law or the case's state does not allow it; the reason is for the person.</summary>
    public sealed record Refused(Refusal Refusal) : CommandOutcome;

    /// <summary>Someone else changed the case since the page was shown: nothing was written; reload.</summary>
    public sealed record Stale : CommandOutcome;
}

/// <summary>
/// A case command from a workbench page, run as the API runs it (ADR 0023): the command's own validation, the
/// kind's decide function on the case at the version the person saw, the events appended and the follow-up messages
/// (deadlines, linkage) sent through Wolverine's outbox in one transaction. A version that moved meanwhile (another
/// person, another tab) writes nothing and says so; it never overwrites.
/// </summary>
public sealed class CasePageCommands(OutboxedSessionFactory sessions, IMessageContext bus)
{
    public Task<CommandOutcome> RunAsync<TCase, TStatus>(Guid id, int version, FieldErrors validation,
        Func<TCase, Task<Decision>> decide, CancellationToken ct)
        where TCase : class, ICase<TCase, TStatus>, new()
        where TStatus : struct, Enum =>
        RunOnAsync<TCase>(id, version, validation, decide, TCase.FollowUps, ct);

    /// <summary>
    /// A command on any event-sourced record of the workbench (a case, a supervision): decided on the record at the
    /// version the person saw, appended with its follow-up messages in one transaction, or nothing written.
    /// <paramref name="alongside"/> writes what the decision opens elsewhere (a lead taken up opens an inspection) in
    /// the same transaction; it runs only when the decision is to append.
    /// </summary>
    public async Task<CommandOutcome> RunOnAsync<TAggregate>(Guid id, int version, FieldErrors validation,
        Func<TAggregate, Task<Decision>> decide, Func<TAggregate, IReadOnlyList<object>, IEnumerable<object>> followUps, CancellationToken ct,
        Action<Marten.IDocumentSession>? alongside = null)
        where TAggregate : class
    {
        if (validation.Any) return new CommandOutcome.Invalid(validation);
        var context = (MessageContext)bus;
        await using var session = sessions.OpenSession(context);
        try
        {
            var stream = await session.Events.FetchForWriting<TAggregate>(id, version, ct);
            if (stream.Aggregate is not { } state) return new CommandOutcome.Stale();
            var decision = await decide(state);
            // Forms whose fields depend on the case (an award's claim items) are checked against it while deciding.
            if (validation.Any) return new CommandOutcome.Invalid(validation);
            if (decision.Refusal is { } refusal) return new CommandOutcome.Refused(refusal);

            stream.AppendMany(decision.Events);
            alongside?.Invoke(session);
            foreach (var message in followUps(state, decision.Events)) await context.EnqueueCascadingAsync(message);
            await session.SaveChangesAsync(ct);
            return new CommandOutcome.Done(version + decision.Events.Count, decision.Warnings);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return new CommandOutcome.Stale();
        }
    }

    /// <summary>
    /// A record's form (a supervision, a listing procedure): the form's own reading mistakes added to the command's
    /// validation, then the command decided and appended as <see cref="RunOnAsync{TAggregate}"/> does.
    /// </summary>
    public Task<CommandOutcome> RunFormAsync<TAggregate>(Guid id, ActionInput input, FormPlan<TAggregate> plan,
        Func<IReadOnlyList<object>, IEnumerable<object>> followUps, CancellationToken ct) where TAggregate : class
    {
        foreach (var e in input.Errors.All) plan.Errors.Add(e.Field, e.Chinese, e.English);
        return RunOnAsync<TAggregate>(id, input.Version, plan.Errors, a => Task.FromResult(plan.Decide(a)), (_, events) => followUps(events), ct);
    }

    /// <summary>A new case from a workbench page (e.g. an inspection opened by an inspector): its stream and first deadlines in one transaction.</summary>
    public Task StartAsync<TCase>(Guid id, object first, CancellationToken ct) where TCase : class, IFoldedCase<TCase>, new() =>
        StartStreamAsync<TCase>(id, [first], TCase.FollowUps(new TCase(), [first]), ct);

    /// <summary>A new stream of any record and the messages its first events schedule, in one transaction.</summary>
    public async Task StartStreamAsync<TAggregate>(Guid id, IReadOnlyList<object> events, IEnumerable<object> messages, CancellationToken ct)
        where TAggregate : class
    {
        var context = (MessageContext)bus;
        await using var session = sessions.OpenSession(context);
        session.Events.StartStream<TAggregate>(id, [.. events]);
        foreach (var message in messages) await context.EnqueueCascadingAsync(message);
        await session.SaveChangesAsync(ct);
    }
}

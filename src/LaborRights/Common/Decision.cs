namespace LaborRights.Common;

/// <summary>
/// What a pure decide function returns: the events to append, or a refusal that appends nothing.
/// Warnings are advice shown to the person acting (e.g. below the criminal threshold); they never block.
/// </summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, Refusal? refusal, IReadOnlyList<Notice> warnings)
    {
        Events = events;
        Refusal = refusal;
        Warnings = warnings;
    }

    public IReadOnlyList<object> Events { get; }
    public Refusal? Refusal { get; }
    public IReadOnlyList<Notice> Warnings { get; }
    public bool IsRefused => Refusal is not null;

    public static Decision Emit(params object[] events) => new(events, null, []);
    public static Decision Emit(IReadOnlyList<object> events, IReadOnlyList<Notice> warnings) => new(events, null, warnings);
    public static Decision Nothing { get; } = new([], null, []);
    public static Decision Refuse(Refusal refusal) => new([], refusal, []);

    public static implicit operator Decision(Refusal refusal) => Refuse(refusal);
}

/// <summary>A message for a person, in Simplified Chinese and English.</summary>
public sealed record Notice(string Code, string Chinese, string English)
{
    public override string ToString() => $"{Chinese} / {English}";
}

/// <summary>
/// A command the law or the case's current state does not allow. <see cref="Code"/> is stable and
/// machine-readable; the texts are what a person reads.
/// </summary>
public sealed record Refusal(string Code, string Chinese, string English)
{
    public string Detail => $"{Chinese} / {English}";
}

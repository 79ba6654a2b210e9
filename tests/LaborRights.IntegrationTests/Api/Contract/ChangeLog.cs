namespace LaborRights.IntegrationTests.Api.Contract;

/// <summary>Which way data travels: what a client sends, or what it reads.</summary>
internal enum Flow { Request, Response }

/// <summary>How the set of values a schema allows moved.</summary>
internal enum Change
{
    /// <summary>Fewer values are allowed than before.</summary>
    Narrowed,

    /// <summary>More values are allowed than before.</summary>
    Widened,

    /// <summary>Some values left and others came (or the two cannot be ordered, e.g. a new format).</summary>
    Replaced,
}

/// <summary>The lines of a comparison, breaking and harmless kept apart, each reported once.</summary>
internal sealed class ChangeLog
{
    private readonly List<string> _breaking = [];
    private readonly List<string> _nonBreaking = [];

    public void Add(bool breaking, string line) => (breaking ? _breaking : _nonBreaking).Add(line);

    /// <summary>
    /// A request breaks when the server stops accepting what a client sends (narrowed); a response breaks when the
    /// server may answer what a client cannot read (widened). A replacement breaks both.
    /// </summary>
    public void Add(Flow flow, Change change, string line) =>
        Add(change == Change.Replaced || change == (flow == Flow.Request ? Change.Narrowed : Change.Widened), line);

    public OpenApiChanges ToChanges() => new([.. _breaking.Distinct()], [.. _nonBreaking.Distinct()]);
}

using LaborRights.Calendar;
using LaborRights.Common;

namespace LaborRights.UnitTests;

/// <summary>
/// Given(events) → When(decision) → Then(events | refusal) for any case kind. States are folded with the aggregate's
/// one Evolve, the fold Marten uses too.
/// </summary>
public abstract class Specification<TState, TContext, TSelf>
    where TState : class, IFoldedCase<TState>, new()
    where TSelf : Specification<TState, TContext, TSelf>
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private readonly List<object> _given = [];
    private Decision? _decision;

    public abstract TContext Context { get; }

    public TSelf Given(params object[] events)
    {
        _given.AddRange(events);
        return (TSelf)this;
    }

    public TState State => Fold(_given);

    public TSelf When(Func<TState, TContext, Decision> decide)
    {
        _decision = decide(State, Context);
        return (TSelf)this;
    }

    public Decision Decision => _decision ?? throw new InvalidOperationException("Call When(...) first.");

    /// <summary>The state after the decision's events.</summary>
    public TState ThenState => Fold([.. _given, .. Decision.Events]);

    public T ThenEmits<T>()
    {
        Decision.Refusal.Should().BeNull("the command should be allowed");
        Decision.Events.Should().ContainSingle().Which.Should().BeOfType<T>();
        return (T)ThenEmitsAll()[0];
    }

    public IReadOnlyList<object> ThenEmitsAll()
    {
        Decision.Refusal.Should().BeNull("the command should be allowed");
        Decision.Events.Should().NotBeEmpty();
        CheckEmitted(Decision.Events);
        ThenState.Version.Should().Be(_given.Count + Decision.Events.Count, "every emitted event folds into the state");
        return Decision.Events;
    }

    public void ThenNothing()
    {
        Decision.Refusal.Should().BeNull();
        Decision.Events.Should().BeEmpty();
    }

    public Refusal ThenRefused(string code)
    {
        Decision.Events.Should().BeEmpty("a refusal appends nothing");
        Decision.Refusal.Should().NotBeNull();
        Decision.Refusal!.Code.Should().Be(code);
        Decision.Refusal.Chinese.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", "a person reads the refusal in Chinese");
        Decision.Refusal.English.Should().NotBeNullOrWhiteSpace();
        return Decision.Refusal;
    }

    /// <summary>A hook for kind-specific checks of every emitted event.</summary>
    protected virtual void CheckEmitted(IReadOnlyList<object> events)
    {
    }

    public static TState Fold(IEnumerable<object> events) =>
        CaseFold.Fold<TState>(events) ?? throw new InvalidOperationException("Given no events");
}

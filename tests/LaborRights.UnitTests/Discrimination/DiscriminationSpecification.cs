using System.Reflection;
using LaborRights.Calendar;
using LaborRights.Common;
using LaborRights.Discrimination;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Given(events) → When(decision) → Then(events | refusal), over the same Create/Apply methods Marten uses.</summary>
public sealed class DiscriminationSpecification
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private readonly List<object> _given = [];
    private Decision? _decision;

    public DateTimeOffset Now { get; set; } = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8));
    public DiscriminationRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";
    public DiscriminationContext Context => new(Actor, Now, Calendar, Rules);

    public DiscriminationSpecification Given(params object[] events)
    {
        _given.AddRange(events);
        return this;
    }

    public DiscriminationCase State => Fold(_given);

    public DiscriminationSpecification When(Func<DiscriminationCase, DiscriminationContext, Decision> decide)
    {
        _decision = decide(State, Context);
        return this;
    }

    public Decision Decision => _decision ?? throw new InvalidOperationException("Call When(...) first.");

    public T ThenEmits<T>()
    {
        Decision.Refusal.Should().BeNull("the command should be allowed");
        Decision.Events.Should().ContainSingle().Which.Should().BeOfType<T>();
        var emitted = (T)Decision.Events[0];
        // The new state must still fold, both the way Marten does it and through FoldEvent.
        Fold([.. _given, emitted]).Should().BeEquivalentTo(FoldWithFoldEvent([.. _given, emitted]));
        return emitted;
    }

    /// <summary>The decision emits <typeparamref name="T"/> and records the link to the inspection case it opens (联动).</summary>
    public T ThenEmitsLinked<T>()
    {
        Decision.Refusal.Should().BeNull("the command should be allowed");
        Decision.Events.Should().HaveCount(2);
        Decision.Events[0].Should().BeOfType<T>();
        var link = Decision.Events[1].Should().BeOfType<DiscriminationCaseLinked>().Subject;
        link.Relation.Should().Be("opened");
        link.Other.Kind.Should().Be(LaborRights.Common.CaseKind.Inspection);
        Fold([.. _given, .. Decision.Events]).Should().BeEquivalentTo(FoldWithFoldEvent([.. _given, .. Decision.Events]));
        return (T)Decision.Events[0];
    }

    public DiscriminationCase ThenState => Fold([.. _given, .. Decision.Events]);

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

    public static DiscriminationCase Fold(IEnumerable<object> events)
    {
        DiscriminationCase? state = null;
        foreach (var e in events)
        {
            if (state is null)
            {
                var create = typeof(DiscriminationCase).GetMethod(nameof(DiscriminationCase.Create), [e.GetType()])
                    ?? throw new InvalidOperationException($"A case cannot start with {e.GetType().Name}");
                state = (DiscriminationCase)create.Invoke(null, [e])!;
            }
            else
            {
                var apply = typeof(DiscriminationCase).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [e.GetType()])
                    ?? throw new InvalidOperationException($"DiscriminationCase has no Apply({e.GetType().Name})");
                state = (DiscriminationCase)apply.Invoke(state, [e])!;
            }
            state.Version++;
        }
        return state ?? throw new InvalidOperationException("Given no events");
    }

    private static DiscriminationCase FoldWithFoldEvent(IEnumerable<object> events) =>
        events.Aggregate((DiscriminationCase?)null, DiscriminationCase.FoldEvent)!;
}

using System.Reflection;
using LaborRights.Calendar;
using LaborRights.Common;
using LaborRights.Inspections;

namespace LaborRights.UnitTests.Inspections;

/// <summary>Given(events) → When(decision) → Then(events | refusal), over the same Create/Apply methods Marten uses.</summary>
public sealed class InspectionSpecification
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private readonly List<object> _given = [];
    private Decision? _decision;

    public DateTimeOffset Now { get; set; } = InspectionEvents.At(2025, 3, 3);
    public InspectionRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";
    public InspectionContext Context => new(Actor, Now, Calendar, Rules);

    public InspectionSpecification Given(params object[] events)
    {
        _given.AddRange(events);
        return this;
    }

    public InspectionCase State => Fold(_given);

    public InspectionSpecification When(Func<InspectionCase, InspectionContext, Decision> decide)
    {
        _decision = decide(State, Context);
        return this;
    }

    public Decision Decision => _decision ?? throw new InvalidOperationException("Call When(...) first.");

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
        // The new state must still fold, through Marten's methods and through FoldEvent alike.
        var viaMarten = Fold([.. _given, .. Decision.Events]);
        var viaFoldEvent = _given.Concat(Decision.Events).Aggregate((InspectionCase?)null, (s, e) => InspectionCase.FoldEvent(s, e))!;
        viaFoldEvent.Should().BeEquivalentTo(viaMarten);
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

    public static InspectionCase Fold(IEnumerable<object> events)
    {
        InspectionCase? state = null;
        foreach (var e in events)
        {
            if (state is null)
            {
                var create = typeof(InspectionCase).GetMethod(nameof(InspectionCase.Create), [e.GetType()])
                    ?? throw new InvalidOperationException($"An inspection case cannot start with {e.GetType().Name}");
                state = (InspectionCase)create.Invoke(null, [e])!;
            }
            else
            {
                var apply = typeof(InspectionCase).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [e.GetType()])
                    ?? throw new InvalidOperationException($"InspectionCase has no Apply({e.GetType().Name})");
                state = (InspectionCase)apply.Invoke(state, [e])!;
            }
            state.Version++;
        }
        return state ?? throw new InvalidOperationException("Given no events");
    }
}

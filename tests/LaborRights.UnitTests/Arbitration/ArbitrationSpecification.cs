using LaborRights.Arbitration;
using LaborRights.Arbitration.MinimumWage;
using LaborRights.Calendar;
using LaborRights.Common;

namespace LaborRights.UnitTests.Arbitration;

/// <summary>Given(events) → When(decision) → Then(events | refusal), folding with the aggregate's own Create/Apply.</summary>
public sealed class ArbitrationSpecification
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    public static readonly MinimumWageTable MinimumWages = MinimumWageTable.Load([]);
    private readonly List<object> _given = [];
    private Decision? _decision;

    public DateTimeOffset Now { get; set; } = ArbitrationCaseEvents.At(2025, 8, 12);
    public ArbitrationRules Rules { get; set; } = new();
    public string Actor { get; set; } = "clerk.wang";
    public ArbitrationContext Context => new(Actor, Now, Calendar, Rules, MinimumWages);

    public ArbitrationSpecification Given(params object[] events)
    {
        _given.AddRange(events);
        return this;
    }

    public ArbitrationCase State => Fold(_given);

    public ArbitrationSpecification When(Func<ArbitrationCase, ArbitrationContext, Decision> decide)
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

    /// <summary>The decision emits <typeparamref name="T"/> and records the link to the inspection case it opens (联动).</summary>
    public T ThenEmitsLinked<T>()
    {
        var events = ThenEmitsAll();
        events.Should().HaveCount(2);
        events[0].Should().BeOfType<T>();
        var link = events[1].Should().BeOfType<ArbitrationCaseLinked>().Subject;
        link.Relation.Should().Be("opened");
        link.Other.Kind.Should().Be(LaborRights.Common.CaseKind.Inspection);
        return (T)events[0];
    }

    public IReadOnlyList<object> ThenEmitsAll()
    {
        Decision.Refusal.Should().BeNull("the command should be allowed");
        Decision.Events.Should().NotBeEmpty();
        Decision.Events.Should().AllSatisfy(e => e.GetType().GetProperty("ArbitrationCaseId")!.GetValue(e).Should().Be(ArbitrationCaseEvents.Id));
        // The new state must still fold: every event has an Apply.
        Fold([.. _given, .. Decision.Events]);
        return Decision.Events;
    }

    public ArbitrationCase ThenState => Fold([.. _given, .. Decision.Events]);

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

    public static ArbitrationCase Fold(IEnumerable<object> events) =>
        events.Aggregate((ArbitrationCase?)null, ArbitrationCase.FoldEvent) ?? throw new InvalidOperationException("Given no events");
}

using System.Reflection;
using LaborRights.Calendar;
using LaborRights.Common;
using LaborRights.WageArrears;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>Given(events) → When(decision) → Then(events | refusal), over the same Create/Apply methods Marten uses.</summary>
public sealed class CaseSpecification
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();
    private readonly List<object> _given = [];
    private Decision? _decision;

    public DateTimeOffset Now { get; set; } = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8));
    public WageArrearsRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";
    public CaseContext Context => new(Actor, Now, Calendar, Rules);

    public CaseSpecification Given(params object[] events)
    {
        _given.AddRange(events);
        return this;
    }

    public WageArrearsCase State => Fold(_given);

    public CaseSpecification When(Func<WageArrearsCase, CaseContext, Decision> decide)
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
        // The new state must still fold: every event has an Apply.
        Fold([.. _given, emitted]);
        return emitted;
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

    public static WageArrearsCase Fold(IEnumerable<object> events)
    {
        WageArrearsCase? state = null;
        foreach (var e in events)
        {
            if (state is null)
            {
                var create = typeof(WageArrearsCase).GetMethod(nameof(WageArrearsCase.Create), [e.GetType()])
                    ?? throw new InvalidOperationException($"A case cannot start with {e.GetType().Name}");
                state = (WageArrearsCase)create.Invoke(null, [e])!;
            }
            else
            {
                var apply = typeof(WageArrearsCase).GetMethod("Apply", BindingFlags.Public | BindingFlags.Instance, [e.GetType()])
                    ?? throw new InvalidOperationException($"WageArrearsCase has no Apply({e.GetType().Name})");
                state = (WageArrearsCase)apply.Invoke(state, [e])!;
            }
            state.Version++;
        }
        return state ?? throw new InvalidOperationException("Given no events");
    }
}

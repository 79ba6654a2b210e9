using LaborRights.Arbitration;
using LaborRights.Arbitration.MinimumWage;

namespace LaborRights.UnitTests.Arbitration;

/// <summary>Given/When/Then over arbitration decisions (see <see cref="Specification{TState,TContext,TSelf}"/>).</summary>
public sealed class ArbitrationSpecification : Specification<ArbitrationCase, ArbitrationContext, ArbitrationSpecification>
{
    public static readonly MinimumWageTable MinimumWages = MinimumWageTable.Load([]);

    public DateTimeOffset Now { get; set; } = ArbitrationCaseEvents.At(2025, 8, 12);
    public ArbitrationRules Rules { get; set; } = new();
    public string Actor { get; set; } = "clerk.wang";

    /// <summary>Who acts: roles and divisions, for rules that depend on them (approving an extension).</summary>
    public LaborRights.Security.StaffScope? Scope { get; set; }

    public override ArbitrationContext Context => new(Actor, Now, Calendar, Rules, MinimumWages) { Scope = Scope };

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

    /// <summary>Every event names this case.</summary>
    protected override void CheckEmitted(IReadOnlyList<object> events) =>
        events.Should().AllSatisfy(e => e.Should().BeAssignableTo<ICaseEvent>().Which.Metadata.CaseId.Should().Be(ArbitrationCaseEvents.Id));
}

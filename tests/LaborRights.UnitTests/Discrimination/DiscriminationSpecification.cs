using LaborRights.Discrimination;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Given/When/Then over discrimination decisions (see <see cref="Specification{TState,TContext,TSelf}"/>).</summary>
public sealed class DiscriminationSpecification : Specification<DiscriminationCase, CaseContext<DiscriminationRules>, DiscriminationSpecification>
{
    public DateTimeOffset Now { get; set; } = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8));
    public DiscriminationRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";

    /// <summary>Who acts: roles and divisions, for rules that depend on them (approving an extension).</summary>
    public LaborRights.Security.StaffScope? Scope { get; set; }

    public override CaseContext<DiscriminationRules> Context => new(Actor, Now, Calendar, Rules) { Scope = Scope };

    /// <summary>The decision emits <typeparamref name="T"/> and records the link to the inspection case it opens (联动).</summary>
    public T ThenEmitsLinked<T>()
    {
        var events = ThenEmitsAll();
        events.Should().HaveCount(2);
        events[0].Should().BeOfType<T>();
        var link = events[1].Should().BeOfType<DiscriminationCaseLinked>().Subject;
        link.Relation.Should().Be("opened");
        link.Other.Kind.Should().Be(LaborRights.Common.CaseKind.Inspection);
        return (T)events[0];
    }
}

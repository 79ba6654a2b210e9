using LaborRights.Inspections;

namespace LaborRights.UnitTests.Inspections;

/// <summary>Given/When/Then over inspection decisions (see <see cref="Specification{TState,TContext,TSelf}"/>).</summary>
public sealed class InspectionSpecification : Specification<InspectionCase, CaseContext<InspectionRules>, InspectionSpecification>
{
    public DateTimeOffset Now { get; set; } = InspectionEvents.At(2025, 3, 3);
    public InspectionRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";

    /// <summary>Who acts: roles and divisions, for rules that depend on them (approving an extension).</summary>
    public LaborRights.Security.StaffScope? Scope { get; set; }

    public override CaseContext<InspectionRules> Context => new(Actor, Now, Calendar, Rules) { Scope = Scope };
}

using LaborRights.WageArrears;

namespace LaborRights.UnitTests.WageArrears;

/// <summary>Given/When/Then over wage-arrears decisions (see <see cref="Specification{TState,TContext,TSelf}"/>).</summary>
public sealed class CaseSpecification : Specification<WageArrearsCase, CaseContext<WageArrearsRules>, CaseSpecification>
{
    public DateTimeOffset Now { get; set; } = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8));
    public WageArrearsRules Rules { get; set; } = new();
    public string Actor { get; set; } = "inspector.zhang";

    /// <summary>Who acts: roles and divisions, for rules that depend on them (approving an extension).</summary>
    public LaborRights.Security.StaffScope? Scope { get; set; }

    public override CaseContext<WageArrearsRules> Context => new(Actor, Now, Calendar, Rules) { Scope = Scope };
}

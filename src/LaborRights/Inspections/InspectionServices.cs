using System.Security.Claims;
using LaborRights.Calendar;
using Microsoft.Extensions.Options;

namespace LaborRights.Inspections;

/// <summary>What every inspection endpoint and handler needs to build an <see cref="InspectionContext"/>.</summary>
public sealed class InspectionServices(TimeProvider clock, WorkingDayCalendar calendar, IOptions<InspectionRules> rules)
{
    /// <summary>The actor recorded when the linkage between case kinds acts, not a person.</summary>
    public const string LinkageActor = "system:linkage";

    public TimeProvider Clock => clock;
    public WorkingDayCalendar Calendar => calendar;
    public InspectionRules Rules => rules.Value;

    public InspectionContext ContextFor(ClaimsPrincipal user) =>
        ContextFor(user.Identity?.Name ?? throw new InvalidOperationException("Staff commands need a signed-in user."));

    public InspectionContext ContextFor(string actor) => new(actor, clock.GetUtcNow(), calendar, rules.Value);
}

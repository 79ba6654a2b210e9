using System.Security.Claims;
using LaborRights.Arbitration.MinimumWage;
using LaborRights.Calendar;
using Microsoft.Extensions.Options;

namespace LaborRights.Arbitration;

/// <summary>What every arbitration endpoint needs to build an <see cref="ArbitrationContext"/>: one injectable singleton.</summary>
public sealed class ArbitrationServices(
    TimeProvider clock, WorkingDayCalendar calendar, IOptions<ArbitrationRules> rules, MinimumWageTable minimumWages,
    ReferenceData.ShandongRegions regions)
{
    public TimeProvider Clock => clock;
    public WorkingDayCalendar Calendar => calendar;
    public ArbitrationRules Rules => rules.Value;

    public ArbitrationContext ContextFor(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("Staff commands need a signed-in user."),
            clock.GetUtcNow(), calendar, rules.Value, minimumWages) { Scope = Security.StaffScope.Of(user, regions) };

    public ArbitrationContext SystemContext(string actor) => new(actor, clock.GetUtcNow(), calendar, rules.Value, minimumWages);
}

using System.Security.Claims;
using LaborRights.Calendar;
using Microsoft.Extensions.Options;

namespace LaborRights.WageArrears;

/// <summary>What every wage-arrears endpoint needs to build a <see cref="CaseContext"/>: one injectable singleton.</summary>
public sealed class CaseServices(TimeProvider clock, WorkingDayCalendar calendar, IOptions<WageArrearsRules> rules)
{
    public TimeProvider Clock => clock;
    public WorkingDayCalendar Calendar => calendar;
    public WageArrearsRules Rules => rules.Value;

    public CaseContext ContextFor(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("Staff commands need a signed-in user."),
            clock.GetUtcNow(), calendar, rules.Value);
}

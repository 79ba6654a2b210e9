using System.Security.Claims;
using LaborRights.Calendar;
using Microsoft.Extensions.Options;

namespace LaborRights.Cases;

/// <summary>Everything a decision needs besides the case and the command: who acts, when, and the kind's rules.</summary>
public record CaseContext<TRules>(string Actor, DateTimeOffset Now, WorkingDayCalendar Calendar, TRules Rules)
{
    public DateOnly Today => ShanghaiTime.DateOf(Now);

    /// <summary>The acting person's roles and divisions, for rules that depend on who acts (approving an extension); null for the system.</summary>
    public Security.StaffScope? Scope { get; init; }
}

/// <summary>What every staff endpoint of a kind needs to build its context: one injectable singleton per kind's rules.</summary>
public sealed class CaseServices<TRules>(TimeProvider clock, WorkingDayCalendar calendar, IOptions<TRules> rules, ReferenceData.ShandongRegions regions)
    where TRules : class
{
    public TimeProvider Clock => clock;
    public WorkingDayCalendar Calendar => calendar;
    public TRules Rules => rules.Value;

    public CaseContext<TRules> ContextFor(ClaimsPrincipal user) => ContextFor(ActorOf(user)) with { Scope = Security.StaffScope.Of(user, regions) };

    /// <summary>For an actor that is not a signed-in person, e.g. <see cref="CaseEventMetadata.Linkage"/>.</summary>
    public CaseContext<TRules> ContextFor(string actor) => new(actor, clock.GetUtcNow(), calendar, rules.Value);

    public static string ActorOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("Staff commands need a signed-in user.");
}

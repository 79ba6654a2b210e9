using LaborRights.Calendar;

namespace LaborRights.Cases;

/// <summary>
/// A provisional deadline computed again once the holiday arrangement of a year it touched was published
/// (issue 14, item 6; ADR 0025): the step, the old and the new day, and whether the new one is still provisional
/// (it may reach into a later year not yet published). Its deadline message is scheduled anew; the old one no longer
/// matches the case and appends nothing.
/// </summary>
public sealed record DeadlineRecomputed(
    Guid CaseId, string Step, DateOnly PreviousDueOn, DateOnly NewDueOn, bool NewDueIsProvisional, int CalendarYear, DateTimeOffset RecomputedAt)
    : ICaseEvent
{
    CaseEventMetadata ICaseEvent.Metadata => new(CaseId, CaseEventMetadata.System, RecomputedAt);

    public HistoryText Text => new(
        $"{CalendarYear}年节假日安排公布，{CaseSteps.Chinese(Step)}期限由{PreviousDueOn:yyyy年M月d日}重新计算为{DeadlineText.Zh(NewDueOn)}" +
        (NewDueIsProvisional ? "（仍为暂定）" : ""),
        $"The {CalendarYear} holiday arrangement was published: the {CaseSteps.English(Step)} deadline moved from {PreviousDueOn:yyyy-MM-dd} " +
        $"to {DeadlineText.En(NewDueOn)}{(NewDueIsProvisional ? " (still provisional)" : "")}");
}

/// <summary>How each kind's current deadline is computed again when a year's arrangement is published.</summary>
public static class DeadlineRecomputation
{
    /// <summary>
    /// A deadline of some working days after <paramref name="start"/>, decided while <paramref name="year"/> was not yet
    /// published: the same number of working days (as the calendar counted them then) under the calendar that has it.
    /// Independent of the rules' current settings, so a changed setting never moves an old deadline.
    /// </summary>
    public static DeadlineRecomputed? WorkingDays(Guid caseId, string step, DateOnly start, DateOnly due, bool provisional,
        WorkingDayCalendar calendar, int year, DateTimeOffset now)
    {
        if (!provisional || due <= start) return null;
        var workingDays = calendar.Excluding(year).CountWorkingDays(start, due);
        return workingDays < 1 ? null : Changed(caseId, step, due, calendar.AddWorkingDays(start, workingDays), year, now);
    }

    /// <summary>
    /// The clocks of a complaint handled by labour inspection (wage arrears, discrimination): acceptance, the material
    /// period and the investigation, all in working days; the step the case waits on decides which one is computed again.
    /// </summary>
    public static DeadlineRecomputed? ComplaintStep(Guid caseId, ComplaintClocks clocks, bool provisional, WorkingDayCalendar calendar, int year, DateTimeOffset now) =>
        clocks.NextStep switch
        {
            CaseSteps.Acceptance => WorkingDays(caseId, CaseSteps.Acceptance, clocks.AcceptanceClockStart, clocks.AcceptanceDueOn, provisional, calendar, year, now),
            CaseSteps.Material when clocks.MaterialRequestedOn is { } asked && clocks.SupplyBy is { } supplyBy =>
                WorkingDays(caseId, CaseSteps.Material, asked, supplyBy, provisional, calendar, year, now),
            CaseSteps.Investigation when clocks.InvestigationClockStart is { } start && clocks.InvestigationDueOn is { } due =>
                WorkingDays(caseId, CaseSteps.Investigation, start, due, provisional, calendar, year, now),
            _ => null,
        };

    /// <summary>The event for a deadline computed again, or null when nothing changed (same day, still provisional).</summary>
    public static DeadlineRecomputed? Changed(Guid caseId, string step, DateOnly due, Deadline recomputed, int year, DateTimeOffset now) =>
        recomputed.DueOn == due && recomputed.IsProvisional
            ? null
            : new DeadlineRecomputed(caseId, step, due, recomputed.DueOn, recomputed.IsProvisional, year, now);
}

/// <summary>Where a labour-inspection complaint's clocks stand (<see cref="DeadlineRecomputation.ComplaintStep"/>).</summary>
public readonly record struct ComplaintClocks(
    string? NextStep, DateOnly AcceptanceClockStart, DateOnly AcceptanceDueOn, DateOnly? MaterialRequestedOn, DateOnly? SupplyBy,
    DateOnly? InvestigationClockStart, DateOnly? InvestigationDueOn);

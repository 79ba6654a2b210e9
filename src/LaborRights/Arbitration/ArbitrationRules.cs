namespace LaborRights.Arbitration;

/// <summary>
/// The numbers of the arbitration procedure, bound from configuration section "Arbitration" so that an
/// unconfirmed figure (docs: domain-facts) is changed by configuration, not by code.
/// </summary>
public sealed record ArbitrationRules
{
    public const string Section = "Arbitration";

    /// <summary>劳动争议调解仲裁法 第29条: accept or refuse within 5 days of receipt (working days: <see cref="ShortPeriodsInWorkingDays"/>).</summary>
    public int AcceptanceDays { get; init; } = 5;

    /// <summary>
    /// Whether the short periods of the procedure — the acceptance decision, the hearing notice, and the other
    /// 3-, 5- and 10-day periods — count working days, as the closing article of the 2017 arbitration case-handling
    /// rules (劳动人事争议仲裁办案规则, 人社部令第33号, 第80条) provides ("三日""五日""十日" 指工作日), while the 45-
    /// and 15-day award periods stay calendar days (ADR 0025). Unconfirmed against the official text on this machine:
    /// configuration, so the commission's legal staff can switch it without code.
    /// </summary>
    public bool ShortPeriodsInWorkingDays { get; init; } = true;

    /// <summary>劳动争议调解仲裁法 第43条: the award within 45 days of acceptance.</summary>
    public int AwardDays { get; init; } = 45;

    /// <summary>劳动争议调解仲裁法 第43条: one extension of at most 15 days, approved by the commission's chair.</summary>
    public int ExtensionDays { get; init; } = 15;

    /// <summary>劳动争议调解仲裁法 第35条: written notice of the hearing at least 5 days before it (working days: <see cref="ShortPeriodsInWorkingDays"/>).</summary>
    public int HearingNoticeDays { get; init; } = 5;

    /// <summary>劳动争议调解仲裁法 第31条: a dispute concerning 10 or more workers needs a three-arbitrator tribunal.</summary>
    public int CollegiatePanelWorkerThreshold { get; init; } = 10;

    /// <summary>劳动争议调解仲裁法 第47条: small claims up to 12 months of the local minimum wage are final.</summary>
    public int FinalAwardMonthsOfMinimumWage { get; init; } = 12;

    /// <summary>
    /// Shandong's monthly minimum wage by tier, each version in force from its date (劳动部《最低工资规定》).
    /// 2,100 / 1,900 / 1,700 from 2021-10-01 is confirmed as of 2022; later adjustments are unconfirmed: add
    /// them here in configuration. Empty means <see cref="MinimumWage.MinimumWageTable.DefaultVersions"/>.
    /// </summary>
    public MinimumWageVersion[] MinimumWages { get; init; } = [];

    /// <summary>The day <paramref name="days"/> short-period days after <paramref name="start"/>: working days, or calendar days moved off a rest day.</summary>
    public Calendar.Deadline ShortPeriodAfter(DateOnly start, int days, Calendar.WorkingDayCalendar calendar) =>
        ShortPeriodsInWorkingDays ? calendar.AddWorkingDays(start, days) : calendar.AddCalendarDaysRollingToWorkingDay(start, days);
}

/// <summary>One province-wide minimum wage notice: monthly yuan per tier (档), in force from <see cref="EffectiveFrom"/>.</summary>
public sealed record MinimumWageVersion
{
    public DateOnly EffectiveFrom { get; init; }
    public decimal Tier1 { get; init; }
    public decimal Tier2 { get; init; }
    public decimal Tier3 { get; init; }

    public decimal ForTier(int tier) => tier switch
    {
        1 => Tier1,
        2 => Tier2,
        3 => Tier3,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Shandong has three minimum-wage tiers."),
    };
}

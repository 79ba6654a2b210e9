using System.Globalization;
using LaborRights.ReferenceData;

namespace LaborRights.Calendar;

/// <summary>
/// Working-day arithmetic over the official mainland-China holiday arrangement. Thread-safe; registered once as a
/// singleton. A new year's arrangement is added with <see cref="Publish"/> (the State Council publishes it late in the
/// previous year, ADR 0004 and 0025): the dates and years swap in at once, so a computation sees the calendar
/// before or after, never half of it.
/// </summary>
/// <remarks>
/// Period rules applied here:
/// 民法典 第二百零一条 — for periods counted in days, the starting day is not counted (开始的当日不计入);
/// 民法典 第二百零三条 — if the last day is a statutory rest day, the period ends on the first day after it.
/// Years without a loaded arrangement fall back to Monday–Friday, and every result touching such a
/// year is flagged <see cref="Deadline.IsProvisional"/> because the notice may still move days around.
/// </remarks>
public sealed class WorkingDayCalendar
{
    public const string EmbeddedResourceName = "LaborRights.ReferenceData.cn-public-holidays.csv";

    private const string Header = "date,kind,festival";

    /// <summary>Replaced whole by <see cref="Publish"/>; each computation reads it once.</summary>
    private sealed record Snapshot(IReadOnlyDictionary<DateOnly, CalendarEntry> Entries, IReadOnlySet<int> CoveredYears);

    private volatile Snapshot _snapshot;
    private readonly Lock _publishing = new();

    /// <param name="entries">Holiday and adjusted-workday dates.</param>
    /// <param name="coveredYears">
    /// Years whose arrangement is complete. Defaults to every year that appears in <paramref name="entries"/>;
    /// pass it explicitly to vouch for a year that legitimately has no exceptions or to withhold a partial one.
    /// </param>
    public WorkingDayCalendar(IEnumerable<CalendarEntry> entries, IEnumerable<int>? coveredYears = null)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var dates = Index(entries);
        _snapshot = new Snapshot(dates, coveredYears is null ? dates.Keys.Select(d => d.Year).ToHashSet() : coveredYears.ToHashSet());
    }

    public IReadOnlySet<int> CoveredYears => _snapshot.CoveredYears;

    /// <summary>Every dated exception of the covered years, in date order.</summary>
    public IReadOnlyList<CalendarEntry> Entries => [.. _snapshot.Entries.Values.OrderBy(e => e.Date)];

    /// <summary>
    /// Adds a year's arrangement (its holidays and swapped working days; a year may have none of the latter). Answers
    /// false, changing nothing, when the year is already covered: a published year is never rewritten here.
    /// </summary>
    public bool Publish(int year, IEnumerable<CalendarEntry> entries)
    {
        var added = entries.ToList();
        if (added.FirstOrDefault(e => e.Date.Year != year) is { } stray)
            throw new ArgumentException($"{stray.Date:yyyy-MM-dd} is not in {year}.", nameof(entries));
        lock (_publishing)
        {
            var current = _snapshot;
            if (current.CoveredYears.Contains(year)) return false;
            _snapshot = new Snapshot(Index([.. current.Entries.Values, .. added]), new HashSet<int>([.. current.CoveredYears, year]));
            return true;
        }
    }

    /// <summary>This calendar as it was before <paramref name="year"/> was published: that year counts Monday–Friday, provisionally.</summary>
    public WorkingDayCalendar Excluding(int year)
    {
        var current = _snapshot;
        return new WorkingDayCalendar(current.Entries.Values.Where(e => e.Date.Year != year), current.CoveredYears.Where(y => y != year));
    }

    private static Dictionary<DateOnly, CalendarEntry> Index(IEnumerable<CalendarEntry> entries)
    {
        var dates = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            if (dates.TryGetValue(entry.Date, out var existing) && existing.Kind != entry.Kind)
            {
                // A date cannot be both a rest day and a swapped working day; silently picking one would shift deadlines.
                throw new ArgumentException($"Conflicting calendar entries for {entry.Date:yyyy-MM-dd}: {existing.Kind} and {entry.Kind}.", nameof(entries));
            }

            dates[entry.Date] = entry;
        }

        return dates;
    }

    public static WorkingDayCalendar LoadEmbedded()
    {
        var rows = EmbeddedCsv.ReadResource(typeof(WorkingDayCalendar).Assembly, EmbeddedResourceName, Header);
        return new WorkingDayCalendar(rows.Select(ParseRow));
    }

    public bool Covers(DateOnly date) => _snapshot.CoveredYears.Contains(date.Year);

    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(_snapshot, date);

    private static bool IsWorkingDay(Snapshot snapshot, DateOnly date) =>
        snapshot.Entries.TryGetValue(date, out var entry)
            ? entry.Kind == CalendarDayKind.Workday
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (start itself never counts).</summary>
    public Deadline AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);

        var snapshot = _snapshot;
        var provisional = false;
        var day = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            provisional |= !snapshot.CoveredYears.Contains(day.Year);
            if (IsWorkingDay(snapshot, day))
            {
                remaining--;
            }
        }

        return new Deadline(day, provisional);
    }

    /// <summary>Working days in the half-open range (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; 0 if the range is empty.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var snapshot = _snapshot;
        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(snapshot, day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// <paramref name="date"/> itself if it is a working day, otherwise the next one
    /// (民法典 第二百零三条: a period ending on a rest day ends on the first day after it).
    /// </summary>
    public Deadline NextWorkingDayOnOrAfter(DateOnly date)
    {
        var snapshot = _snapshot;
        var provisional = false;
        var day = date;
        while (true)
        {
            provisional |= !snapshot.CoveredYears.Contains(day.Year);
            if (IsWorkingDay(snapshot, day))
            {
                return new Deadline(day, provisional);
            }

            day = day.AddDays(1);
        }
    }

    /// <summary>
    /// Calendar-day periods such as the 45-day arbitration limit (劳动争议调解仲裁法 第四十三条):
    /// count <paramref name="days"/> calendar days after <paramref name="start"/> (start not counted,
    /// 民法典 第二百零一条), then roll forward off a rest day (民法典 第二百零三条).
    /// Intermediate holidays do not stop the clock; only the last day is adjusted.
    /// </summary>
    public Deadline AddCalendarDaysRollingToWorkingDay(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return NextWorkingDayOnOrAfter(start.AddDays(days));
    }

    private static CalendarEntry ParseRow(string[] fields)
    {
        if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidDataException($"{EmbeddedResourceName}: invalid date '{fields[0]}'.");
        }

        var kind = fields[1] switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "workday" => CalendarDayKind.Workday,
            _ => throw new InvalidDataException($"{EmbeddedResourceName}: unknown kind '{fields[1]}' on {fields[0]}."),
        };

        return new CalendarEntry(date, kind, fields[2]);
    }
}

using System.Globalization;
using LaborRights.ReferenceData;

namespace LaborRights.Calendar;

/// <summary>
/// Working-day arithmetic over the official mainland-China holiday arrangement.
/// Immutable and thread-safe; meant to be registered once as a singleton.
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

    private readonly Dictionary<DateOnly, CalendarEntry> _entries;
    private readonly HashSet<int> _coveredYears;

    /// <param name="entries">Holiday and adjusted-workday dates.</param>
    /// <param name="coveredYears">
    /// Years whose arrangement is complete. Defaults to every year that appears in <paramref name="entries"/>;
    /// pass it explicitly to vouch for a year that legitimately has no exceptions or to withhold a partial one.
    /// </param>
    public WorkingDayCalendar(IEnumerable<CalendarEntry> entries, IEnumerable<int>? coveredYears = null)
    {
        ArgumentNullException.ThrowIfNull(entries);

        _entries = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            if (_entries.TryGetValue(entry.Date, out var existing) && existing.Kind != entry.Kind)
            {
                // A date cannot be both a rest day and a swapped working day; silently picking one would shift deadlines.
                throw new ArgumentException($"Conflicting calendar entries for {entry.Date:yyyy-MM-dd}: {existing.Kind} and {entry.Kind}.", nameof(entries));
            }

            _entries[entry.Date] = entry;
        }

        _coveredYears = coveredYears is null
            ? _entries.Keys.Select(d => d.Year).ToHashSet()
            : coveredYears.ToHashSet();
    }

    public IReadOnlySet<int> CoveredYears => _coveredYears;

    public static WorkingDayCalendar LoadEmbedded()
    {
        var rows = EmbeddedCsv.ReadResource(typeof(WorkingDayCalendar).Assembly, EmbeddedResourceName, Header);
        return new WorkingDayCalendar(rows.Select(ParseRow));
    }

    public bool Covers(DateOnly date) => _coveredYears.Contains(date.Year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_entries.TryGetValue(date, out var entry))
        {
            return entry.Kind == CalendarDayKind.Workday;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (start itself never counts).</summary>
    public Deadline AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);

        var provisional = false;
        var day = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            provisional |= !Covers(day);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return new Deadline(day, provisional);
    }

    /// <summary>Working days in the half-open range (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; 0 if the range is empty.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
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
        var provisional = false;
        var day = date;
        while (true)
        {
            provisional |= !Covers(day);
            if (IsWorkingDay(day))
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

using LaborRights.Calendar;

namespace LaborRights.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadEmbedded();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Embedded_calendar_covers_exactly_2024_to_2026()
    {
        Calendar.CoveredYears.Should().BeEquivalentTo([2024, 2025, 2026]);
        Calendar.Covers(D(2023, 12, 31)).Should().BeFalse();
        Calendar.Covers(D(2024, 1, 1)).Should().BeTrue();
        Calendar.Covers(D(2026, 12, 31)).Should().BeTrue();
        Calendar.Covers(D(2027, 1, 1)).Should().BeFalse();
    }

    [Theory]
    // Spring Festival 2025: 01-28..02-04 off, Sun 01-26 and Sat 02-08 worked.
    [InlineData("2025-01-24", true)]  // Fri
    [InlineData("2025-01-25", false)] // ordinary Sat
    [InlineData("2025-01-26", true)]  // Sun, 调休上班
    [InlineData("2025-01-27", true)]  // Mon before the break
    [InlineData("2025-01-28", false)]
    [InlineData("2025-01-31", false)] // Fri inside the break
    [InlineData("2025-02-04", false)] // Tue, last day off
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-08", true)]  // Sat, 调休上班
    [InlineData("2025-02-09", false)] // ordinary Sun
    // Spring Festival 2026: 02-15..02-23 off, Sat 02-14 and Sat 02-28 worked.
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-23", false)] // Mon, last day off
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    // National Day 2025: 10-01..10-08 off, Sun 09-28 and Sat 10-11 worked.
    [InlineData("2025-09-28", true)]
    [InlineData("2025-10-01", false)]
    [InlineData("2025-10-08", false)] // Wed
    [InlineData("2025-10-09", true)]
    [InlineData("2025-10-11", true)]
    [InlineData("2025-10-12", false)]
    // Outside covered years: plain Mon–Fri (2027-01-01 is a Friday).
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-02", false)]
    public void IsWorkingDay_follows_the_published_arrangement(string date, bool expected)
    {
        Calendar.IsWorkingDay(DateOnly.Parse(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "2025-01-26")] // the swapped Sunday counts
    [InlineData(2, "2025-01-27")]
    [InlineData(3, "2025-02-05")] // whole festival skipped
    [InlineData(5, "2025-02-07")]
    [InlineData(6, "2025-02-08")] // swapped Saturday counts
    [InlineData(7, "2025-02-10")]
    public void AddWorkingDays_across_Spring_Festival_2025(int workingDays, string expected)
    {
        var deadline = Calendar.AddWorkingDays(D(2025, 1, 24), workingDays);

        deadline.Should().Be(Deadline.Certain(DateOnly.Parse(expected)));
    }

    [Theory]
    [InlineData("2026-02-12", 3, "2026-02-24")] // Fri 02-13, Sat 02-14, then straight to 02-24
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2026-02-13", 6, "2026-02-28")]
    [InlineData("2026-02-13", 7, "2026-03-02")]
    public void AddWorkingDays_across_Spring_Festival_2026(string start, int workingDays, string expected)
    {
        Calendar.AddWorkingDays(DateOnly.Parse(start), workingDays)
            .Should().Be(Deadline.Certain(DateOnly.Parse(expected)));
    }

    [Theory]
    [InlineData(1, "2025-09-28")]
    [InlineData(3, "2025-09-30")]
    [InlineData(4, "2025-10-09")]
    [InlineData(6, "2025-10-11")]
    [InlineData(7, "2025-10-13")]
    public void AddWorkingDays_across_National_Day_2025(int workingDays, string expected)
    {
        Calendar.AddWorkingDays(D(2025, 9, 26), workingDays)
            .Should().Be(Deadline.Certain(DateOnly.Parse(expected)));
    }

    [Fact]
    public void AddWorkingDays_does_not_count_the_start_day_even_if_it_is_a_working_day()
    {
        // 2025-02-05 (Wed) is a working day; one working day "from" it is Thursday.
        Calendar.AddWorkingDays(D(2025, 2, 5), 1).DueOn.Should().Be(D(2025, 2, 6));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddWorkingDays_rejects_non_positive_counts(int workingDays)
    {
        var act = () => Calendar.AddWorkingDays(D(2025, 1, 1), workingDays);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Deadline_reaching_into_an_uncovered_year_is_provisional()
    {
        // Thu 2026-12-31, then 2027-01-01 (Fri) is assumed working although 元旦 will almost certainly be off.
        var deadline = Calendar.AddWorkingDays(D(2026, 12, 30), 3);

        deadline.Should().Be(new Deadline(D(2027, 1, 4), IsProvisional: true));
    }

    [Fact]
    public void Deadline_inside_a_covered_year_is_certain()
    {
        Calendar.AddWorkingDays(D(2026, 12, 30), 1).Should().Be(Deadline.Certain(D(2026, 12, 31)));
        // Sun 2026-09-20 is a swapped working day for National Day 2026.
        Calendar.AddWorkingDays(D(2026, 9, 18), 5).Should().Be(Deadline.Certain(D(2026, 9, 24)));
    }

    [Fact]
    public void Deadline_is_provisional_when_uncovered_days_are_examined_even_if_it_lands_in_a_covered_year()
    {
        // Fri 2023-12-29: Sat/Sun 2023-12-30/31 (uncovered) are examined, 2024-01-01 is 元旦, due Tue 2024-01-02.
        Calendar.AddWorkingDays(D(2023, 12, 29), 1).Should().Be(new Deadline(D(2024, 1, 2), IsProvisional: true));
    }

    [Theory]
    [InlineData("2025-01-24", "2025-02-10", 7)]
    [InlineData("2025-01-27", "2025-02-04", 0)] // nothing but festival
    [InlineData("2026-02-13", "2026-03-02", 7)]
    [InlineData("2025-09-30", "2025-10-12", 3)] // 10-09, 10-10, 10-11
    [InlineData("2025-01-24", "2025-01-24", 0)]
    [InlineData("2025-02-10", "2025-01-24", 0)] // reversed range
    public void CountWorkingDays_counts_the_half_open_range(string from, string to, int expected)
    {
        Calendar.CountWorkingDays(DateOnly.Parse(from), DateOnly.Parse(to)).Should().Be(expected);
    }

    [Fact]
    public void CountWorkingDays_over_the_whole_of_2025()
    {
        // 261 Mon–Fri days; 18 of them are off (01-01; 01-28..31, 02-03, 02-04; 04-04; 05-01, 05-02, 05-05;
        // 06-02; 10-01..03, 10-06..08); 5 weekend days are worked (01-26, 02-08, 04-27, 09-28, 10-11).
        Calendar.CountWorkingDays(D(2024, 12, 31), D(2025, 12, 31)).Should().Be(261 - 18 + 5);
    }

    [Theory]
    [InlineData("2025-01-24")]
    [InlineData("2025-09-26")]
    [InlineData("2026-02-12")]
    [InlineData("2024-12-27")]
    public void CountWorkingDays_inverts_AddWorkingDays(string start)
    {
        var from = DateOnly.Parse(start);
        for (var n = 1; n <= 40; n++)
        {
            var due = Calendar.AddWorkingDays(from, n).DueOn;

            Calendar.CountWorkingDays(from, due).Should().Be(n, "adding {0} working days to {1} gave {2}", n, from, due);
            Calendar.CountWorkingDays(from, due.AddDays(-1)).Should().Be(n - 1);
        }
    }

    [Theory]
    [InlineData("2025-10-01", "2025-10-09")]
    [InlineData("2025-10-11", "2025-10-11")] // swapped Saturday is itself a working day
    [InlineData("2025-02-09", "2025-02-10")] // ordinary Sunday
    [InlineData("2026-02-15", "2026-02-24")]
    [InlineData("2026-10-03", "2026-10-08")]
    [InlineData("2025-02-05", "2025-02-05")]
    public void NextWorkingDayOnOrAfter_moves_off_rest_days(string date, string expected)
    {
        Calendar.NextWorkingDayOnOrAfter(DateOnly.Parse(date))
            .Should().Be(Deadline.Certain(DateOnly.Parse(expected)));
    }

    [Fact]
    public void NextWorkingDayOnOrAfter_in_an_uncovered_year_is_provisional()
    {
        Calendar.NextWorkingDayOnOrAfter(D(2027, 1, 1)).Should().Be(new Deadline(D(2027, 1, 1), IsProvisional: true));
        Calendar.NextWorkingDayOnOrAfter(D(2026, 12, 31)).Should().Be(Deadline.Certain(D(2026, 12, 31)));
    }

    [Theory]
    [InlineData("2025-08-17", 45, "2025-10-09", false)] // day 45 = 10-01, rolls past National Day
    [InlineData("2025-08-27", 45, "2025-10-11", false)] // day 45 = swapped Saturday, stays
    [InlineData("2026-01-01", 45, "2026-02-24", false)] // day 45 = 02-15, rolls past Spring Festival
    [InlineData("2025-02-20", 45, "2025-04-07", false)] // day 45 = Sun 04-06 (清明)
    [InlineData("2025-12-20", 45, "2026-02-03", false)] // Tue, no roll; crossing 元旦 does not stop the clock
    [InlineData("2026-11-20", 45, "2027-01-04", true)]  // lands in 2027
    public void AddCalendarDaysRollingToWorkingDay_applies_the_45_day_rule(string start, int days, string expected, bool provisional)
    {
        Calendar.AddCalendarDaysRollingToWorkingDay(DateOnly.Parse(start), days)
            .Should().Be(new Deadline(DateOnly.Parse(expected), provisional));
    }

    [Fact]
    public void AddCalendarDaysRollingToWorkingDay_rejects_non_positive_days()
    {
        var act = () => Calendar.AddCalendarDaysRollingToWorkingDay(D(2025, 1, 1), 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Explicit_covered_years_override_the_default()
    {
        var calendar = new WorkingDayCalendar(
            [new CalendarEntry(D(2030, 1, 1), CalendarDayKind.Holiday, "元旦")],
            coveredYears: [2030, 2031]);

        calendar.Covers(D(2031, 6, 1)).Should().BeTrue();
        calendar.IsWorkingDay(D(2030, 1, 1)).Should().BeFalse();
        // 2031-01-01 is a Wednesday; no entries, but the year is vouched for, so the answer is certain.
        calendar.NextWorkingDayOnOrAfter(D(2031, 1, 1)).Should().Be(Deadline.Certain(D(2031, 1, 1)));
    }

    [Fact]
    public void Default_covered_years_come_from_the_entries()
    {
        var calendar = new WorkingDayCalendar([new CalendarEntry(D(2030, 1, 1), CalendarDayKind.Holiday, "元旦")]);

        calendar.CoveredYears.Should().BeEquivalentTo([2030]);
    }

    [Fact]
    public void Conflicting_entries_for_the_same_date_are_rejected()
    {
        var act = () => new WorkingDayCalendar(
        [
            new CalendarEntry(D(2030, 1, 1), CalendarDayKind.Holiday, "元旦"),
            new CalendarEntry(D(2030, 1, 1), CalendarDayKind.Workday, "元旦"),
        ]);

        act.Should().Throw<ArgumentException>();
    }
}

using LaborRights.Calendar;
using LaborRights.LegacyImport;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;

namespace LaborRights.Demo;

/// <summary>
/// What happens to one generated case, from receipt to closure, by the quality of the county handling it: a good
/// county decides within the 5 working days (劳动保障监察条例 第15条), closes within the 60 (or, extended, 90) working
/// days (第17条) and recovers everything; a poor one is late, leaves cases open and recovers part. Whatever would
/// happen after <c>today</c> has not happened yet, so recent cases are undecided or open.
/// </summary>
internal sealed class LegacyCaseFate(Random random, DemoPeople people, WorkingDayCalendar calendar, WageArrearsRules rules, DateOnly today)
{
    private static readonly string[] RejectionReasons =
    [
        "投诉事项属于劳动争议，已告知向劳动人事争议仲裁委员会申请仲裁",
        "违法行为超过两年未被发现，依法不再查处（时效）",
        "用工所在地不属本局管辖，已告知向有管辖权的部门投诉",
        "投诉人无法提供劳动关系基本证据，且经补正仍不符合受理条件",
    ];

    public LegacyCase Build(string legacyId, County county, Park? park, DemoEmployer employer, DateOnly received, double quality)
    {
        var workers = Workers(employer.Construction, quality);
        var claimed = Claimed(workers, employer.Construction);
        var complainant = new LegacyComplainant(
            people.Name(),
            random.Next(100) < 85 ? people.ResidentId(county) : null,
            random.Next(100) < 90 ? people.Phone() : null);
        LegacyCase Case(LegacyDecision? decision, decimal? confirmed = null, DateOnly? extendedOn = null,
            IReadOnlyList<LegacyRecovery>? recoveries = null, DateOnly? transferredOn = null, DateOnly? closedOn = null) =>
            new(legacyId, county.Code, park?.Code, new LegacyEmployer(employer.Name, employer.CreditCode), complainant, workers,
                claimed, confirmed, received, decision, extendedOn, recoveries ?? [], transferredOn, closedOn);

        // A poor county forgets some complaints altogether.
        if (random.NextDouble() < 0.04 * (1 - quality)) return Case(null);
        var onTime = random.NextDouble() < 0.45 + 0.55 * quality;
        var decidedOn = onTime
            ? AddWorkingDays(received, random.Next(0, rules.AcceptanceWorkingDays + 1))
            : AddWorkingDays(received, rules.AcceptanceWorkingDays + 1 + random.Next(0, 15));
        if (decidedOn > today) return Case(null);
        if (random.Next(100) < 7)
            return Case(new LegacyDecision(LegacyDecisionKind.Rejected, decidedOn, RejectionReasons[random.Next(RejectionReasons.Length)]));

        var accepted = new LegacyDecision(LegacyDecisionKind.Accepted, decidedOn, null);
        var confirmed = random.Next(100) switch
        {
            < 8 => (decimal?)null,
            < 11 => 0m, // the inspector found nothing owed
            _ => decimal.Round(claimed * (0.75m + random.Next(0, 26) / 100m), 2),
        };
        var owed = confirmed ?? claimed;

        // Investigation: extended (30 more working days) in some cases, closed on time, late or never.
        int? extendedAfter = random.Next(100) < 12 ? random.Next(30, rules.InvestigationWorkingDays) : null;
        var limit = rules.InvestigationWorkingDays + (extendedAfter is null ? 0 : rules.ExtensionWorkingDays);
        var deadline = AddWorkingDays(decidedOn, limit);
        DateOnly? plannedClosure = random.NextDouble() < 0.08 * (1 - quality) ? null // left open long past its deadline
            : random.NextDouble() < 0.35 + 0.65 * quality
                ? AddWorkingDays(decidedOn, random.Next(Math.Max(5, extendedAfter ?? 0), limit + 1))
                : deadline.AddDays(random.Next(1, 150));
        var extendedOn = extendedAfter is { } n ? AddWorkingDays(decidedOn, n) : (DateOnly?)null;
        // Work on the case runs until it is closed, or for a long-open case until well after its deadline.
        var workEnds = plannedClosure ?? deadline.AddDays(random.Next(1, 200));

        var recoveries = Recoveries(owed, quality, decidedOn, workEnds);
        DateOnly? transferredOn = null;
        var unpaid = owed - recoveries.Sum(r => r.Amount);
        if (unpaid >= rules.CriminalThresholdAmount && random.Next(100) < 40)
            transferredOn = Between(decidedOn.AddDays(Math.Min(15, workEnds.DayNumber - decidedOn.DayNumber)), workEnds);

        return Case(accepted, confirmed,
            extendedOn <= today ? extendedOn : null,
            recoveries.Where(r => r.On <= today).ToList(),
            transferredOn <= today ? transferredOn : null,
            plannedClosure <= today ? plannedClosure : null);
    }

    /// <summary>Most complaints are one worker's; construction brings the mass cases (10+) and the rare veto cases (50+).</summary>
    private int Workers(bool construction, double quality)
    {
        var factor = (construction ? 1.5 : 0.5) * (1.6 - quality);
        var x = random.NextDouble();
        if (x < 0.004 * factor) return random.Next(50, 261);
        if (x < 0.07 * factor) return random.Next(10, 50);
        return random.Next(100) switch { < 65 => 1, < 88 => random.Next(2, 5), _ => random.Next(5, 10) };
    }

    /// <summary>Construction wages owed run to tens of thousands per worker; other trades to a few months' pay.</summary>
    private decimal Claimed(int workers, bool construction)
    {
        var perWorkerFen = construction ? random.Next(600_000, 4_500_000) : random.Next(200_000, 1_800_000);
        // Old systems mostly kept whole yuan, sometimes yuan and fen.
        var fen = (long)perWorkerFen * workers;
        if (random.Next(3) != 0) fen -= fen % 100;
        return fen / 100m;
    }

    /// <summary>Recovered in full, in part or not at all; in up to three instalments between acceptance and the end of the work.</summary>
    private List<LegacyRecovery> Recoveries(decimal owed, double quality, DateOnly from, DateOnly until)
    {
        if (owed == 0) return [];
        var x = random.NextDouble();
        var share = x < 0.3 + 0.68 * quality ? 1m
            : x < 0.92 ? random.Next(20, 96) / 100m
            : 0m;
        var total = decimal.Round(owed * share, 2);
        if (total == 0) return [];
        var instalments = random.Next(100) switch { < 60 => 1, < 85 => 2, _ => 3 };
        var dates = Enumerable.Range(0, instalments).Select(_ => Between(from, until)).Order().ToList();
        var list = new List<LegacyRecovery>(instalments);
        var left = total;
        for (var i = 0; i < instalments; i++)
        {
            var amount = i == instalments - 1 ? left : decimal.Round(total / instalments, 2);
            left -= amount;
            list.Add(new LegacyRecovery(dates[i], amount));
        }
        return list;
    }

    private DateOnly AddWorkingDays(DateOnly day, int workingDays) =>
        workingDays == 0 ? day : calendar.AddWorkingDays(day, workingDays).DueOn;

    private DateOnly Between(DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));
}

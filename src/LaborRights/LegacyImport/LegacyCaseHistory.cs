using LaborRights.Calendar;
using LaborRights.Tracking;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Deadlines;

namespace LaborRights.LegacyImport;

/// <param name="FutureDeadlines">Deadline messages still to come, for the instant each falls due.</param>
public sealed record ImportedHistory(
    Guid Id, IReadOnlyList<object> Events, WageArrearsCase State, IReadOnlyList<(object Message, DateTimeOffset At)> FutureDeadlines);

/// <summary>
/// Turns a historical case into the event stream a live case with the same facts would have (docs/adr/0009).
/// The events are historical facts, not commands: they do not go through the live decide functions (which
/// judge "now" and would refuse, e.g., a recovery without an order to pay), but their deadlines come from the
/// same <see cref="WorkingDayCalendar"/> and rules, and passing time becomes the same "deadline passed" events.
/// </summary>
public sealed class LegacyCaseHistory(WorkingDayCalendar calendar, WageArrearsRules rules)
{
    /// <summary>Business time of each historical step: the old systems kept only the day.</summary>
    public static readonly TimeOnly TimeOfDay = new(9, 0);

    public static Guid StreamIdFor(string legacyId) => DeterministicId.For("legacy-wage-arrears:" + legacyId);

    public ImportedHistory Build(LegacyCase legacy, string importedBy, DateTimeOffset now)
    {
        var builder = new Builder(StreamIdFor(legacy.LegacyId));
        var receivedOn = legacy.ReceivedOn;
        var acceptanceDue = calendar.AddWorkingDays(receivedOn, rules.AcceptanceWorkingDays);
        builder.Append(At(receivedOn), new WageArrearsComplaintReceived(
            builder.Id,
            TrackingCredentials.NewTrackingNumber(receivedOn),
            // The complainant of a historical case never got an access code: this hash matches no code anyone holds.
            TrackingCredentials.Hash(TrackingCredentials.NewAccessCode()),
            IntakeChannel.Imported,
            new Complainant(legacy.Complainant.Name, legacy.Complainant.IdNumber ?? "", legacy.Complainant.Phone ?? ""),
            new Employer(legacy.Employer.Name, legacy.Employer.CreditCode),
            legacy.CountyCode,
            legacy.ParkCode,
            null,
            legacy.WorkersAffected,
            legacy.AmountClaimed,
            // The old systems did not record the employment period; the day received is the only day known to be in it.
            new EmploymentPeriod(receivedOn, null),
            $"自原系统导入的历史案件（原编号{legacy.LegacyId}）。/ Historical case imported from the legacy system (legacy id {legacy.LegacyId}).",
            acceptanceDue.DueOn,
            acceptanceDue.IsProvisional,
            importedBy,
            At(receivedOn)));

        if (legacy.Decision is { Kind: LegacyDecisionKind.Rejected } rejected)
        {
            builder.Append(At(rejected.On), new ComplaintRejected(builder.Id, RejectionReasonOf(rejected.Reason), null,
                rejected.Reason ?? "原系统未记录理由 / No reason recorded in the legacy system", importedBy, At(rejected.On)));
        }
        else if (legacy.Decision is { Kind: LegacyDecisionKind.Accepted } accepted)
        {
            var investigationDue = calendar.AddWorkingDays(accepted.On, rules.InvestigationWorkingDays);
            // The legacy id is the case's historical filing number (立案编号): it stays the number people know.
            builder.Append(At(accepted.On), new ComplaintAccepted(builder.Id, legacy.LegacyId, accepted.On,
                investigationDue.DueOn, investigationDue.IsProvisional, importedBy, At(accepted.On)));
            // The format gives no date for the confirmation; the acceptance day is the only one known to precede recoveries.
            if (legacy.AmountConfirmed is { } confirmed)
                builder.Append(At(accepted.On), new ArrearsConfirmed(builder.Id, confirmed, legacy.WorkersAffected, importedBy, At(accepted.On)));

            foreach (var (on, step) in Steps(legacy)) builder.Append(At(on), step(builder.State, importedBy, At(on)));
        }

        builder.CatchUpDeadlines(now);
        return new ImportedHistory(builder.Id, builder.Events, builder.State, builder.FutureDeadlines(now));
    }

    private delegate object Step(WageArrearsCase state, string by, DateTimeOffset at);

    /// <summary>The dated steps after acceptance in date order (the order within a day as listed), closure last.</summary>
    private IEnumerable<(DateOnly On, Step Step)> Steps(LegacyCase legacy)
    {
        var steps = new List<(DateOnly On, int Order, Step Step)>();
        if (legacy.ExtendedOn is { } extendedOn)
            steps.Add((extendedOn, 0, (s, by, at) =>
            {
                // 劳动保障监察条例 第17条: 30 more working days from the due date then current.
                var newDue = calendar.AddWorkingDays(s.InvestigationDueOn!.Value, rules.ExtensionWorkingDays);
                return new InvestigationExtended(s.Id, s.InvestigationDueOn.Value, newDue.DueOn, newDue.IsProvisional,
                    "原系统记录 / legacy record", "原系统记录的延期 / Extension recorded in the legacy system", by, at);
            }));
        foreach (var recovery in legacy.Recoveries)
            steps.Add((recovery.On, 1, (s, by, at) => new RecoveryRecorded(s.Id, recovery.Amount, s.WorkersAffected, recovery.On,
                Math.Max(0, s.Outstanding - recovery.Amount), by, at)));
        if (legacy.TransferredToPoliceOn is { } transferredOn)
            steps.Add((transferredOn, 2, (s, by, at) => new TransferredToPolice(s.Id, "原系统未记录 / not recorded in the legacy system",
                "原系统记录的移送 / Transfer recorded in the legacy system", s.Outstanding, s.Outstanding < rules.CriminalThresholdAmount, by, at)));
        if (legacy.ClosedOn is { } closedOn)
            steps.Add((closedOn, 3, (s, by, at) => new CaseClosed(s.Id, OutcomeOf(s),
                $"历史案件，原系统于{closedOn:yyyy-MM-dd}结案 / Historical case closed in the legacy system on {closedOn:yyyy-MM-dd}", by, at)));
        return steps.OrderBy(x => x.On).ThenBy(x => x.Order).Select(x => (x.On, x.Step));
    }

    /// <summary>
    /// The old systems kept no outcome, so it is read from the facts, in the order the live closing rules allow:
    /// a transferred case closes as transferred; otherwise what was recovered decides between fully and partly
    /// recovered; with nothing recovered, no confirmed arrears (none, or 0) means no violation was found, while
    /// confirmed arrears with nothing recovered and no transfer can only have ended by the complaint's withdrawal.
    /// </summary>
    public static ClosureOutcome OutcomeOf(WageArrearsCase state) => state switch
    {
        { TransferredToPolice: true } => ClosureOutcome.Transferred,
        { Recovered: > 0, Outstanding: 0 } => ClosureOutcome.FullyRecovered,
        { Recovered: > 0 } => ClosureOutcome.PartlyRecovered,
        { ConfirmedAmount: null or 0 } => ClosureOutcome.NoViolationFound,
        _ => ClosureOutcome.Withdrawn,
    };

    /// <summary>The old systems kept only a text; it is sorted into the live reasons by its words (超过两年/时效, 管辖), else "outside scope".</summary>
    public static RejectionReason RejectionReasonOf(string? reason) => reason switch
    {
        null => RejectionReason.OutsideScope,
        _ when reason.Contains("时效") || reason.Contains("超过两年") || reason.Contains("超过2年") => RejectionReason.TimeBarred,
        _ when reason.Contains("管辖") => RejectionReason.OutsideJurisdiction,
        _ => RejectionReason.OutsideScope,
    };

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOfDay), ShanghaiTime.Offset);

    private sealed class Builder(Guid id)
    {
        private readonly List<object> _events = [];

        public Guid Id => id;
        public IReadOnlyList<object> Events => _events;
        public WageArrearsCase State { get; private set; } = null!;

        /// <summary>Appends a step after the "deadline passed" events a live case would have had by then.</summary>
        public void Append(DateTimeOffset at, object e)
        {
            if (_events.Count > 0) CatchUpDeadlines(at);
            Add(e);
        }

        /// <summary>
        /// Every deadline that ran out before <paramref name="until"/> with its step still pending becomes the event
        /// the live deadline message would have appended, noticed the instant the deadline ended — as the message
        /// scheduled for that instant notices it.
        /// </summary>
        public void CatchUpDeadlines(DateTimeOffset until)
        {
            foreach (var (message, at) in Pending().Where(p => p.At <= until).OrderBy(p => p.At))
                foreach (var e in Decide(message, at).Events) Add(e);
        }

        /// <summary>Messages that would still append something when they fall due after <paramref name="now"/>.</summary>
        public IReadOnlyList<(object Message, DateTimeOffset At)> FutureDeadlines(DateTimeOffset now) =>
            Pending().Where(p => p.At > now && Decide(p.Message, p.At).Events.Count > 0).ToList();

        private IEnumerable<(object Message, DateTimeOffset At)> Pending()
        {
            var s = State;
            yield return (new AcceptanceDeadlineReached(s.Id, s.AcceptanceDueOn), ShanghaiTime.EndOf(s.AcceptanceDueOn));
            if (s.InvestigationDueOn is { } due) yield return (new InvestigationDeadlineReached(s.Id, due), ShanghaiTime.EndOf(due));
            if (s.PayBy is { } payBy) yield return (new PaymentDeadlineReached(s.Id, payBy), ShanghaiTime.EndOf(payBy));
        }

        private Decision Decide(object message, DateTimeOffset at) => message switch
        {
            AcceptanceDeadlineReached m => DeadlineDecisions.Decide(State, m, at),
            InvestigationDeadlineReached m => DeadlineDecisions.Decide(State, m, at),
            PaymentDeadlineReached m => DeadlineDecisions.Decide(State, m, at),
            _ => Decision.Nothing,
        };

        private void Add(object e)
        {
            _events.Add(e);
            State = CaseFold.Apply(State, e);
        }
    }
}

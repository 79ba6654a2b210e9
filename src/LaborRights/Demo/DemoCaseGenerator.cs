using LaborRights.Calendar;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.AssigningInspectors;
using LaborRights.WageArrears.Closing;
using LaborRights.WageArrears.ConfirmingArrears;
using LaborRights.WageArrears.Deadlines;
using LaborRights.Tracking;
using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.ImposingCompensation;
using LaborRights.WageArrears.OrderingPayment;
using LaborRights.WageArrears.RecordingRecovery;
using LaborRights.WageArrears.Rejecting;
using LaborRights.WageArrears.RequestingMaterial;
using LaborRights.WageArrears.TransferringToPolice;

namespace LaborRights.Demo;

public sealed record DemoCase(Guid Id, string TrackingNumber, string AccessCode, IReadOnlyList<object> Events, WageArrearsCase State);

/// <summary>
/// A fixed-seed data set of wage-arrears cases across all 16 cities, lived through the same decide functions
/// as real commands, so every demo history is one the system itself could have produced.
/// </summary>
public sealed class DemoCaseGenerator(WorkingDayCalendar calendar, ShandongRegions regions, WageArrearsRules rules)
{
    public const int DefaultSeed = 20240614;

    public IReadOnlyList<DemoCase> Generate(DateTimeOffset now, int casesPerCity = 8, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var people = new DemoPeople(random);
        var numbers = new Dictionary<string, int>();
        var cases = new List<DemoCase>();
        foreach (var city in regions.Cities)
        {
            var counties = regions.CountiesOf(city.Code).ToList();
            var parks = regions.ParksOf(city.Code).ToList();
            // A few employers per city recur, as repeat offenders do.
            var employers = Enumerable.Range(0, 4).Select(_ => people.Employer(counties[random.Next(counties.Count)])).ToList();
            var inspectors = Enumerable.Range(0, 4).Select(_ => people.Name()).ToList();
            for (var i = 0; i < casesPerCity; i++)
            {
                var county = counties[random.Next(counties.Count)];
                var employer = random.Next(3) == 0 ? employers[random.Next(employers.Count)] : people.Employer(county);
                var park = parks.Count > 0 && random.Next(4) == 0 ? parks[random.Next(parks.Count)] : null;
                var builder = new CaseBuilder(this, random, now, numbers, inspectors);
                cases.Add(builder.Build(people, county, park, employer));
            }
        }
        return cases;
    }

    private sealed class CaseBuilder(
        DemoCaseGenerator generator, Random random, DateTimeOffset now, Dictionary<string, int> numbers, List<string> inspectors)
    {
        private readonly List<object> _events = [];
        private WageArrearsCase? _state;
        private DateTimeOffset _clock;

        public DemoCase Build(DemoPeople people, County county, Park? park, DemoEmployer employer)
        {
            var id = Guid.CreateVersion7();
            _clock = now.AddDays(-random.Next(1, 150)).AddHours(-random.Next(0, 10));
            var receivedOn = ShanghaiTime.DateOf(_clock);
            var workers = random.Next(10) < 7 ? random.Next(1, 8) : random.Next(8, 60);
            var amount = workers * random.Next(30, 250) * 100m;
            var employedFrom = receivedOn.AddMonths(-random.Next(3, 20));
            var form = new ComplaintForm(
                people.Name(), people.ResidentId(county), people.Phone(), employer.Name, employer.CreditCode,
                county.Code, park?.Code, employer.Construction ? people.Project(county) : null, workers, amount,
                employedFrom, receivedOn.AddDays(-random.Next(5, 60)),
                $"{employedFrom:yyyy年M月}起在该单位务工，{(workers > 1 ? $"共{workers}人" : "本人")}工资累计{amount:0}元未结清，多次讨要未果。");
            var tracking = TrackingCredentials.NewTrackingNumber(receivedOn);
            var accessCode = TrackingCredentials.NewAccessCode();
            var channel = (IntakeChannel)random.Next(0, 4);
            Append(form.ToEvent(id, tracking, TrackingCredentials.Hash(accessCode), channel,
                channel == IntakeChannel.Online ? "complainant:online" : inspectors[0], _clock,
                generator.Calendar.AddWorkingDays(receivedOn, generator.Rules.AcceptanceWorkingDays)));

            Live(county);
            foreach (var passed in DeadlinesPassedBy(now)) Append(passed);
            return new DemoCase(id, tracking, accessCode, _events, _state!);
        }

        private void Live(County county)
        {
            var fate = random.Next(100);
            if (fate < 8) return; // still awaiting the acceptance decision (some of them overdue)
            if (fate < 13)
            {
                Step(1, s => MaterialDecisions.Decide(s, new RequestMaterial(s.Version, "请补充提供劳动关系证明（劳动合同、工资条或考勤记录）"), Ctx));
                return;
            }
            if (fate < 21)
            {
                Step(3, s => RejectComplaintDecision.Decide(s, random.Next(2) == 0
                    ? new RejectComplaint(s.Version, RejectionReason.OutsideScope, null, "投诉事项属于劳动争议，请向劳动人事争议仲裁委员会申请仲裁")
                    : new RejectComplaint(s.Version, RejectionReason.OutsideJurisdiction, "用工所在地人力资源社会保障局", "用工所在地不在本辖区"), Ctx));
                return;
            }
            if (!Step(4, s => AcceptComplaintDecision.Decide(s, NextCaseNumber(county), Ctx))) return;
            var pair = inspectors.OrderBy(_ => random.Next()).Take(2).ToList();
            if (!Step(2, s => AssignInspectorsDecision.Decide(s, new AssignInspectors(s.Version, pair), Ctx))) return;
            var confirmed = decimal.Round(_state!.AmountClaimed * (0.8m + random.Next(0, 21) / 100m), 0);
            if (!Step(10, s => ConfirmArrearsDecision.Decide(s, new ConfirmArrears(s.Version, confirmed, s.WorkersAffected), Ctx))) return;
            if (random.Next(10) == 0)
            {
                Step(5, s => CloseCaseDecision.Decide(s, new CloseCase(s.Version, ClosureOutcome.Withdrawn, "投诉人撤回投诉"), Ctx));
                return;
            }
            var payBy = ShanghaiTime.DateOf(_clock).AddDays(random.Next(8, 16));
            if (!Step(3, s => OrderPaymentDecision.Decide(s, new OrderPayment(s.Version, payBy), Ctx))) return;

            var payment = random.Next(4);
            if (payment <= 1) Recover(_state!.Outstanding, payment == 0 ? 1 : 3);
            else if (payment == 2) Recover(decimal.Round(_state!.Outstanding * 0.4m, 0), 1);
            if (_state!.Outstanding > 0 && random.Next(2) == 0)
            {
                _clock = ShanghaiTime.EndOf(payBy).AddHours(10);
                if (_clock > now) return;
                Step(2, s => ImposeExtraCompensationDecision.Decide(s, new ImposeExtraCompensation(s.Version, 0.5m), Ctx));
                if (_state.Outstanding >= generator.Rules.CriminalThresholdAmount && random.Next(2) == 0)
                    Step(3, s => TransferToPoliceDecision.Decide(s, new TransferToPolice(s.Version, $"{county.CityName}公安局{county.Name}分局", "经责令限期支付逾期仍不支付，涉嫌拒不支付劳动报酬罪"), Ctx));
            }
            if (random.Next(3) == 0) return; // still open
            var outcome = _state.TransferredToPolice ? ClosureOutcome.Transferred
                : _state.Outstanding == 0 ? ClosureOutcome.FullyRecovered
                : _state.Recovered > 0 ? ClosureOutcome.PartlyRecovered : (ClosureOutcome?)null;
            if (outcome is { } o) Step(5, s => CloseCaseDecision.Decide(s, new CloseCase(s.Version, o, "经调查处理，依法结案"), Ctx));
        }

        private string NextCaseNumber(County county)
        {
            var year = ShanghaiTime.DateOf(_clock).Year;
            var scope = CaseNumberFormat.Scope(county.Code, year);
            numbers[scope] = numbers.GetValueOrDefault(scope) + 1;
            return CaseNumberFormat.Format(county, year, numbers[scope]);
        }

        private void Recover(decimal amount, int instalments)
        {
            for (var i = 0; i < instalments && amount > 0; i++)
            {
                var part = i == instalments - 1 ? amount : decimal.Round(amount / (instalments - i), 0);
                amount -= part;
                var workers = Math.Max(1, _state!.WorkersAffected / instalments);
                if (!Step(4, s => RecordRecoveryDecision.Decide(s, new RecordRecovery(s.Version, part, workers, ShanghaiTime.DateOf(_clock)), Ctx))) return;
            }
        }

        private CaseContext<WageArrearsRules> Ctx => new(_state?.Inspectors.FirstOrDefault() ?? inspectors[0], _clock, generator.Calendar, generator.Rules);

        /// <summary>Moves the clock up to <paramref name="maxDays"/> days on and decides; false when that is past "now".</summary>
        private bool Step(int maxDays, Func<WageArrearsCase, Decision> decide)
        {
            var next = _clock.AddHours(random.Next(2, Math.Max(3, maxDays * 24)));
            if (next >= now) return false;
            _clock = next;
            var decision = decide(_state!);
            if (decision.IsRefused) return false;
            foreach (var e in decision.Events) Append(e);
            return true;
        }

        private IEnumerable<object> DeadlinesPassedBy(DateTimeOffset at)
        {
            var s = _state!;
            var candidates = new List<Decision>
            {
                DeadlineDecisions.Decide(s, new AcceptanceDeadlineReached(s.Id, s.AcceptanceDueOn), at),
            };
            if (s.InvestigationDueOn is { } due) candidates.Add(DeadlineDecisions.Decide(s, new InvestigationDeadlineReached(s.Id, due), at));
            if (s.PayBy is { } payBy) candidates.Add(DeadlineDecisions.Decide(s, new PaymentDeadlineReached(s.Id, payBy), at));
            return candidates.SelectMany(d => d.Events).ToList();
        }

        private void Append(object e)
        {
            _events.Add(e);
            _state = CaseFold.Apply(_state, e);
        }
    }

    internal WorkingDayCalendar Calendar => calendar;
    internal WageArrearsRules Rules => rules;
}

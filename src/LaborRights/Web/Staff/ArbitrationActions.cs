using LaborRights.Arbitration;
using LaborRights.Arbitration.Accepting;
using LaborRights.Arbitration.Awarding;
using LaborRights.Arbitration.Extending;
using LaborRights.Arbitration.FormingPanel;
using LaborRights.Arbitration.Mediating;
using LaborRights.Arbitration.RecordingAttendance;
using LaborRights.Arbitration.Refusing;
using LaborRights.Arbitration.ReportingUnpaidAward;
using LaborRights.Arbitration.SchedulingHearing;
using LaborRights.Arbitration.Suspending;
using LaborRights.Arbitration.Withdrawing;

using LaborRights.Arbitration.SettingAside;

namespace LaborRights.Web.Staff;

/// <summary>What an arbitration action needs besides the case: the command context, and case numbers for acceptance.</summary>
public sealed record ArbitrationActionContext(ArbitrationContext Case, ArbitrationCaseNumbers Numbers, CancellationToken Cancellation);

/// <summary>
/// The actions of an arbitration case page, in the order of a case's life, each bound to the API's command, its
/// validation and its decide function (the ones the endpoints under <c>/api/arbitration/{id}/…</c> call). Awards and
/// settlements have a group of fields per claim item (<see cref="ItemFields"/>).
/// </summary>
public static class ArbitrationActions
{
    private const string Granted = "grantedAmount", Ruling = "ruling", Terms = "description", Agreed = "amount";

    public static IReadOnlyList<CaseAction<ArbitrationCase, ArbitrationActionContext>> All { get; } =
    [
        new(new("accept", "Arbitration.Accept", "Arbitration.Accept.Hint", []),
            (input, x) => new(input.Errors, state => AcceptApplicationDecision.DecideAsync(state, x.Case, x.Numbers, x.Cancellation)),
            (state, x) => AcceptApplicationDecision.Decide(state, "", x.Case)),

        new(new("refuse", "Arbitration.Refuse", "Arbitration.Refuse.Hint",
            [new("reason", "Arbitration.Refuse.Reason", ActionFieldKind.LongText, MaxLength: 2000)], Warning: true),
            (input, x) =>
            {
                var command = new RefuseApplication(input.Version, input.Text("reason"));
                return CommandPlan<ArbitrationCase>.Of(input, RefuseApplicationDecision.Validate(command), x.Case, (s, c) => RefuseApplicationDecision.Decide(s, command, c));
            },
            (state, x) => RefuseApplicationDecision.Decide(state, new RefuseApplication(state.Version, "probe"), x.Case)),

        new(new("form-panel", "Arbitration.FormPanel", "Arbitration.FormPanel.Hint",
            [
                new("arbitrators", "Arbitration.FormPanel.Arbitrators", ActionFieldKind.LongText, "Arbitration.FormPanel.Arbitrators.Hint", MaxLength: 200),
                new("presidingArbitrator", "Arbitration.FormPanel.Presiding", ActionFieldKind.Text, "Arbitration.FormPanel.Presiding.Hint", MaxLength: 50),
            ]),
            (input, x) =>
            {
                var command = new FormPanel(input.Version, input.Names("arbitrators"), input.Text("presidingArbitrator"));
                return CommandPlan<ArbitrationCase>.Of(input, FormPanelDecision.Validate(command), x.Case, (s, c) => FormPanelDecision.Decide(s, command, c));
            },
            (state, x) => FormPanelDecision.Decide(state, new FormPanel(state.Version, ["甲", "乙", "丙"], "甲"), x.Case),
            Prefill: state => new Dictionary<string, string> { ["arbitrators"] = string.Join("、", state.Arbitrators) }),

        new(new("schedule-hearing", "Arbitration.ScheduleHearing", "Arbitration.ScheduleHearing.Hint",
            [
                new("hearingOn", "Arbitration.ScheduleHearing.On", ActionFieldKind.Date),
                new("place", "Arbitration.ScheduleHearing.Place", ActionFieldKind.Text, MaxLength: 200),
                new("onNonWorkingDay", "Arbitration.ScheduleHearing.RestDay", ActionFieldKind.YesNo, "Arbitration.ScheduleHearing.RestDay.Hint"),
                new("nonWorkingDayReason", "Arbitration.ScheduleHearing.RestDayReason", ActionFieldKind.Text, MaxLength: 500),
            ]),
            (input, x) =>
            {
                var command = new ScheduleHearing(input.Version, input.Date("hearingOn"), input.Text("place"), input.YesNo("onNonWorkingDay"), input.Text("nonWorkingDayReason"));
                return CommandPlan<ArbitrationCase>.Of(input, ScheduleHearingDecision.Validate(command), x.Case, (s, c) => ScheduleHearingDecision.Decide(s, command, c));
            },
            (state, x) => ScheduleHearingDecision.Decide(state, new ScheduleHearing(state.Version, x.Case.Today.AddYears(1), "probe", true, "probe"), x.Case)),

        new(new("record-attendance", "Arbitration.Attendance", "Arbitration.Attendance.Hint",
            [
                new("applicantAppeared", "Arbitration.Attendance.Applicant", ActionFieldKind.YesNo),
                new("respondentAppeared", "Arbitration.Attendance.Respondent", ActionFieldKind.YesNo),
            ]),
            (input, x) =>
            {
                var command = new RecordAttendance(input.Version, input.YesNo("applicantAppeared"), input.YesNo("respondentAppeared"));
                return CommandPlan<ArbitrationCase>.Of(input, RecordAttendanceDecision.Validate(command), x.Case, (s, c) => RecordAttendanceDecision.Decide(s, command, c));
            },
            (state, x) => RecordAttendanceDecision.Decide(state, new RecordAttendance(state.Version, true, true), x.Case)),

        new(new("mediation-failed", "Arbitration.MediationFailed", "Arbitration.MediationFailed.Hint",
            [new("note", "Arbitration.MediationFailed.Note", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RecordMediationFailure(input.Version, input.Text("note"));
                return CommandPlan<ArbitrationCase>.Of(input, MediationDecisions.Validate(command), x.Case, (s, c) => MediationDecisions.Decide(s, command, c));
            },
            (state, x) => MediationDecisions.Decide(state, new RecordMediationFailure(state.Version, "probe"), x.Case)),

        new(new("mediation-agreement", "Arbitration.MediationAgreement", "Arbitration.MediationAgreement.Hint",
            [new("summary", "Arbitration.MediationAgreement.Summary", ActionFieldKind.LongText, MaxLength: 4000)]),
            (input, x) => PlanSettlement(input, x),
            (state, x) => MediationDecisions.Decide(state,
                new RecordMediationAgreement(state.Version, [new(ClaimCategory.Pay, "probe", 0m)], "probe"), x.Case),
            FieldsFor: state => state.Claims.SelectMany(claim => new ActionField[]
            {
                new(ItemFields.Claims.Name(claim.Number, Terms), "Arbitration.Item.Terms", ActionFieldKind.Text, MaxLength: 500,
                    LabelArgs: [claim.Number, claim.Description]),
                new(ItemFields.Claims.Name(claim.Number, Agreed), "Arbitration.Item.Agreed", ActionFieldKind.Money, LabelArgs: [claim.Number]),
            }).ToList()),

        new(new("partial-award", "Arbitration.PartialAward", "Arbitration.PartialAward.Hint", []),
            (input, x) => PlanAward(input, x, partial: true),
            (state, x) => IssueAwardDecision.Decide(state, new IssuePartialAward(state.Version, ProbeItems(state, 1)), x.Case),
            new HashSet<string> { "granted-amount-required", "granted-exceeds-claim" },
            FieldsFor: AwardFields),

        new(new("award", "Arbitration.Award", "Arbitration.Award.Hint", [], Warning: true),
            (input, x) => PlanAward(input, x, partial: false),
            (state, x) => IssueAwardDecision.Decide(state, new IssueAward(state.Version, ProbeItems(state, int.MaxValue)), x.Case),
            new HashSet<string> { "granted-amount-required", "granted-exceeds-claim" },
            FieldsFor: AwardFields),

        new(new("suspend", "Arbitration.Suspend", "Arbitration.Suspend.Hint",
            [new("reason", "Arbitration.Suspend.Reason", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new SuspendProceedings(input.Version, input.Text("reason"));
                return CommandPlan<ArbitrationCase>.Of(input, SuspensionDecisions.Validate(command), x.Case, (s, c) => SuspensionDecisions.Decide(s, command, c));
            },
            (state, x) => SuspensionDecisions.Decide(state, new SuspendProceedings(state.Version, "probe"), x.Case)),

        new(new("resume", "Arbitration.Resume", "Arbitration.Resume.Hint", []),
            (input, x) => CommandPlan<ArbitrationCase>.Of(input, new FieldErrors(), x.Case,
                (s, c) => SuspensionDecisions.Decide(s, new ResumeProceedings(input.Version), c)),
            (state, x) => SuspensionDecisions.Decide(state, new ResumeProceedings(state.Version), x.Case)),

        .. ExtensionActions.For<ArbitrationCase, ArbitrationActionContext>(s => s.ExtensionPeriod, x => (x.Case.Actor, x.Case.Now, x.Case.Scope),
            (s, x) => ExtendPeriodDecision.Decide(s, new ExtendPeriod(s.Version, null, null), x.Case), Security.StaffRoles.ArbitrationChair),

        new(new("withdraw", "Arbitration.Withdraw", "Arbitration.Withdraw.Hint",
            [new("reason", "Arbitration.Withdraw.Reason", ActionFieldKind.LongText, MaxLength: 2000)], Warning: true),
            (input, x) =>
            {
                var command = new WithdrawApplication(input.Version, input.Text("reason"));
                return CommandPlan<ArbitrationCase>.Of(input, WithdrawApplicationDecision.Validate(command), x.Case, (s, c) => WithdrawApplicationDecision.Decide(s, command, c));
            },
            (state, x) => WithdrawApplicationDecision.Decide(state, new WithdrawApplication(state.Version, "probe"), x.Case)),

        new(new("report-unpaid", "Arbitration.ReportUnpaid", "Arbitration.ReportUnpaid.Hint",
            [
                new("amountUnpaid", "Arbitration.ReportUnpaid.Amount", ActionFieldKind.Money),
                new("note", "Arbitration.ReportUnpaid.Note", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new ReportAwardUnpaid(input.Version, input.Money("amountUnpaid"), input.Text("note"));
                return CommandPlan<ArbitrationCase>.Of(input, ReportAwardUnpaidDecision.Validate(command), x.Case, (s, c) => ReportAwardUnpaidDecision.Decide(s, command, c));
            },
            (state, x) => state.UnpaidReported
                ? new Refusal("already-reported", "已报告裁决未履行。", "The award was already reported unpaid.")
                : ReportAwardUnpaidDecision.Decide(state, new ReportAwardUnpaid(state.Version, 0.01m, "probe"), x.Case),
            new HashSet<string> { "unpaid-exceeds-award" }),

        new(new("record-set-aside-application", "Arbitration.SetAside", "Arbitration.SetAside.Hint",
            [
                new("court", "Arbitration.SetAside.Court", ActionFieldKind.Text, MaxLength: 200),
                new("appliedOn", "Arbitration.SetAside.AppliedOn", ActionFieldKind.Date),
            ]),
            (input, x) =>
            {
                var command = new RecordSetAsideApplication(input.Version, input.Text("court"), input.Date("appliedOn"));
                return CommandPlan<ArbitrationCase>.Of(input, RecordSetAsideApplicationDecision.Validate(command), x.Case,
                    (s, c) => RecordSetAsideApplicationDecision.Decide(s, command, c));
            },
            (state, x) => RecordSetAsideApplicationDecision.Decide(state, new RecordSetAsideApplication(state.Version, "probe", x.Case.Today), x.Case),
            new HashSet<string> { "applied-on-out-of-range" }),
    ];

    public static CaseAction<ArbitrationCase, ArbitrationActionContext>? Named(string name) => All.FirstOrDefault(a => a.Form.Name == name);

    /// <summary>For each claim not yet decided: the amount granted (money claims) and the ruling.</summary>
    private static IReadOnlyList<ActionField> AwardFields(ArbitrationCase state) => state.UndecidedClaims.SelectMany(claim => new ActionField[]
    {
        new(ItemFields.Claims.Name(claim.Number, Granted), "Arbitration.Item.Granted", ActionFieldKind.Money, "Arbitration.Item.Granted.Hint",
            LabelArgs: [claim.Number, claim.Description, claim.Amount?.ToString("N2") ?? "—"]),
        new(ItemFields.Claims.Name(claim.Number, Ruling), "Arbitration.Item.Ruling", ActionFieldKind.LongText, MaxLength: 2000, LabelArgs: [claim.Number]),
    }).ToList();

    private static CommandPlan<ArbitrationCase> PlanAward(ActionInput input, ArbitrationActionContext x, bool partial)
    {
        // Which claims the form can hold is read from the case at the version the person saw (checked again on write).
        return new CommandPlan<ArbitrationCase>(input.Errors, state =>
        {
            var undecided = state.UndecidedClaims.Select(c => c.Number).ToList();
            var sent = ItemFields.Claims.Typed(input, undecided, Granted, Ruling);
            var items = sent.Select(n => new AwardItemForm(n, input.Money(ItemFields.Claims.Name(n, Granted)), input.Text(ItemFields.Claims.Name(n, Ruling)))).ToList();
            var errors = ItemFields.Claims.OnItems(AwardDecisions.Validate(items), sent, undecided.FirstOrDefault(), Granted);
            foreach (var e in errors.All) input.Errors.Add(e.Field, e.Chinese, e.English);
            if (input.Errors.Any) return Task.FromResult(Decision.Nothing);
            return Task.FromResult(partial
                ? IssueAwardDecision.Decide(state, new IssuePartialAward(input.Version, items), x.Case)
                : IssueAwardDecision.Decide(state, new IssueAward(input.Version, items), x.Case));
        });
    }

    private static CommandPlan<ArbitrationCase> PlanSettlement(ActionInput input, ArbitrationActionContext x) =>
        new(input.Errors, state =>
        {
            var numbers = state.Claims.Select(c => c.Number).ToList();
            var sent = ItemFields.Claims.Typed(input, numbers, Terms, Agreed);
            var items = sent.Select(n => new SettlementItemForm(state.Claims.First(c => c.Number == n).Category,
                input.Text(ItemFields.Claims.Name(n, Terms)), input.Money(ItemFields.Claims.Name(n, Agreed)))).ToList();
            var command = new RecordMediationAgreement(input.Version, items, input.Text("summary"));
            var errors = ItemFields.Claims.OnItems(MediationDecisions.Validate(command), sent, numbers.FirstOrDefault(), Terms);
            foreach (var e in errors.All) input.Errors.Add(e.Field, e.Chinese, e.English);
            return Task.FromResult(input.Errors.Any ? Decision.Nothing : MediationDecisions.Decide(state, command, x.Case));
        });

    /// <summary>Plausible items for a probe: the first <paramref name="count"/> undecided claims, each granted nothing.</summary>
    private static IReadOnlyList<AwardItemForm> ProbeItems(ArbitrationCase state, int count) =>
        state.UndecidedClaims.Take(count).Select(c => new AwardItemForm(c.Number, 0m, "probe")).ToList();
}

using LaborRights.Discrimination;
using LaborRights.Discrimination.Accepting;
using LaborRights.Discrimination.CheckingCorrection;
using LaborRights.Discrimination.Closing;
using LaborRights.Discrimination.Extending;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Discrimination.HoldingJointInterview;
using LaborRights.Discrimination.ImposingFine;
using LaborRights.Discrimination.OrderingCorrection;
using LaborRights.Discrimination.RecordingFinding;
using LaborRights.Discrimination.Referring;
using LaborRights.Discrimination.Rejecting;
using LaborRights.Discrimination.RequestingMaterial;

namespace LaborRights.Web.Staff;

/// <summary>
/// The actions of a discrimination case page, in the order of a case's life, each bound to the API's command, its
/// validation and its decide function (the ones the endpoints under <c>/api/discrimination/{id}/…</c> call).
/// </summary>
/// <summary>What a discrimination action needs besides the case: the command context, and case numbers for acceptance.</summary>
public sealed record DiscriminationActionContext(CaseContext<DiscriminationRules> Case, LaborRights.WageArrears.Accepting.CaseNumbers Numbers, CancellationToken Cancellation)
{
    public DateOnly Today => Case.Today;
    public DiscriminationRules Rules => Case.Rules;
}

public static class DiscriminationActions
{
    private static IReadOnlyList<(string, string)> OptionsOf<TEnum>(Func<TEnum, string> text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v.ToString(), text(v))).ToList();

    public static IReadOnlyList<CaseAction<DiscriminationCase, DiscriminationActionContext>> All { get; } =
    [
        new(new("accept", "Discrimination.Accept", "Discrimination.Accept.Hint", []),
            (input, x) => new(input.Errors, state => AcceptDiscriminationComplaintDecision.DecideAsync(state, x.Case, x.Numbers, x.Cancellation)),
            (state, x) => AcceptDiscriminationComplaintDecision.Decide(state, x.Case)),

        new(new("request-material", "Case.RequestMaterial", "Case.RequestMaterial.Hint",
            [new("missing", "Case.RequestMaterial.Missing", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RequestDiscriminationMaterial(input.Version, input.Text("missing"));
                return CommandPlan<DiscriminationCase>.Of(input, DiscriminationMaterialDecisions.Validate(command), x.Case, (s, c) => DiscriminationMaterialDecisions.Decide(s, command, c));
            },
            (state, x) => DiscriminationMaterialDecisions.Decide(state, new RequestDiscriminationMaterial(state.Version, "probe"), x.Case)),

        new(new("material-supplied", "Case.MaterialSupplied", "Case.MaterialSupplied.Hint",
            [new("note", "Case.MaterialSupplied.Note", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RecordDiscriminationMaterialSupplied(input.Version, input.Text("note"));
                return CommandPlan<DiscriminationCase>.Of(input, DiscriminationMaterialDecisions.Validate(command), x.Case, (s, c) => DiscriminationMaterialDecisions.Decide(s, command, c));
            },
            (state, x) => DiscriminationMaterialDecisions.Decide(state, new RecordDiscriminationMaterialSupplied(state.Version, null), x.Case)),

        new(new("reject", "Case.Reject", null,
            [
                new("reason", "Case.Reject.Reason", ActionFieldKind.Select, Options: OptionsOf<DiscriminationRejectionReason>(DiscriminationHistoryText.RejectionZh)),
                new("competentBody", "Case.Reject.CompetentBody", ActionFieldKind.Text, "Case.Reject.CompetentBody.Hint", MaxLength: 200),
                new("explanation", "Case.Reject.Explanation", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new RejectDiscriminationComplaint(input.Version, input.Choice<DiscriminationRejectionReason>("reason"), input.Text("competentBody"), input.Text("explanation"));
                return CommandPlan<DiscriminationCase>.Of(input, RejectDiscriminationComplaintDecision.Validate(command), x.Case, (s, c) => RejectDiscriminationComplaintDecision.Decide(s, command, c));
            },
            (state, x) => RejectDiscriminationComplaintDecision.Decide(state,
                new RejectDiscriminationComplaint(state.Version, DiscriminationRejectionReason.OutsideScope, null, "probe"), x.Case)),

        new(new("record-finding", "Discrimination.Finding", "Discrimination.Finding.Hint",
            [
                new("substantiated", "Discrimination.Finding.Substantiated", ActionFieldKind.YesNo),
                new("reasons", "Discrimination.Finding.Reasons", ActionFieldKind.LongText, MaxLength: 4000),
            ]),
            (input, x) =>
            {
                var command = new RecordDiscriminationFinding(input.Version, input.YesNo("substantiated"), input.Text("reasons"));
                return CommandPlan<DiscriminationCase>.Of(input, RecordDiscriminationFindingDecision.Validate(command), x.Case, (s, c) => RecordDiscriminationFindingDecision.Decide(s, command, c));
            },
            (state, x) => RecordDiscriminationFindingDecision.Decide(state, new RecordDiscriminationFinding(state.Version, true, "probe"), x.Case)),

        new(new("order-correction", "Discrimination.OrderCorrection", "Discrimination.OrderCorrection.Hint",
            [
                new("requirements", "Discrimination.OrderCorrection.Requirements", ActionFieldKind.LongText, MaxLength: 2000),
                new("correctBy", "Discrimination.OrderCorrection.CorrectBy", ActionFieldKind.Date),
            ]),
            (input, x) =>
            {
                var command = new OrderDiscriminationCorrection(input.Version, input.Text("requirements"), input.Date("correctBy"));
                return CommandPlan<DiscriminationCase>.Of(input, OrderDiscriminationCorrectionDecision.Validate(command), x.Case, (s, c) => OrderDiscriminationCorrectionDecision.Decide(s, command, c));
            },
            (state, x) => OrderDiscriminationCorrectionDecision.Decide(state, new OrderDiscriminationCorrection(state.Version, "probe", x.Today.AddDays(30)), x.Case)),

        new(new("check-correction", "Discrimination.CheckCorrection", "Discrimination.CheckCorrection.Hint",
            [
                new("checkedOn", "Discrimination.CheckCorrection.On", ActionFieldKind.Date),
                new("corrected", "Discrimination.CheckCorrection.Corrected", ActionFieldKind.YesNo),
                new("notes", "Discrimination.CheckCorrection.Notes", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new CheckDiscriminationCorrection(input.Version, input.Date("checkedOn"), input.YesNo("corrected"), input.Text("notes"));
                return CommandPlan<DiscriminationCase>.Of(input, CheckDiscriminationCorrectionDecision.Validate(command, x.Today), x.Case, (s, c) => CheckDiscriminationCorrectionDecision.Decide(s, command, c));
            },
            (state, x) => CheckDiscriminationCorrectionDecision.Decide(state, new CheckDiscriminationCorrection(state.Version, x.Today, true, null), x.Case)),

        new(new("impose-fine", "Discrimination.Fine", "Discrimination.Fine.Hint",
            [
                new("amount", "Discrimination.Fine.Amount", ActionFieldKind.Money),
                new("reason", "Discrimination.Fine.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new ImposeDiscriminationFine(input.Version, input.Money("amount"), input.Text("reason"));
                return CommandPlan<DiscriminationCase>.Of(input, ImposeDiscriminationFineDecision.Validate(command, x.Rules), x.Case, (s, c) => ImposeDiscriminationFineDecision.Decide(s, command, c));
            },
            (state, x) => ImposeDiscriminationFineDecision.Decide(state, new ImposeDiscriminationFine(state.Version, 10_000m, "probe"), x.Case)),

        new(new("joint-interview", "Discrimination.JointInterview", "Discrimination.JointInterview.Hint",
            [
                new("participants", "Discrimination.JointInterview.Participants", ActionFieldKind.LongText, "Case.Assign.Hint", MaxLength: 600),
                new("heldOn", "Discrimination.JointInterview.On", ActionFieldKind.Date),
                new("summary", "Discrimination.JointInterview.Summary", ActionFieldKind.LongText, MaxLength: 4000),
            ]),
            (input, x) =>
            {
                var command = new RecordJointInterview(input.Version, input.Names("participants"), input.Date("heldOn"), input.Text("summary"));
                return CommandPlan<DiscriminationCase>.Of(input, RecordJointInterviewDecision.Validate(command, x.Today), x.Case, (s, c) => RecordJointInterviewDecision.Decide(s, command, c));
            },
            (state, x) => RecordJointInterviewDecision.Decide(state, new RecordJointInterview(state.Version, ["probe"], x.Today, "probe"), x.Case)),

        new(new("refer-litigation", "Discrimination.ReferLitigation", "Discrimination.ReferLitigation.Hint",
            [
                new("supportingBody", "Discrimination.ReferLitigation.Body", ActionFieldKind.Text, MaxLength: 200),
                new("reason", "Discrimination.ReferLitigation.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new ReferForSupportedLitigation(input.Version, input.Text("supportingBody"), input.Text("reason"));
                return CommandPlan<DiscriminationCase>.Of(input, ReferralDecisions.Validate(command), x.Case, (s, c) => ReferralDecisions.Decide(s, command, c));
            },
            (state, x) => ReferralDecisions.Decide(state, new ReferForSupportedLitigation(state.Version, "probe", "probe"), x.Case)),

        new(new("refer-procuratorate", "Discrimination.ReferProcuratorate", "Discrimination.ReferProcuratorate.Hint",
            [
                new("kind", "Discrimination.ReferProcuratorate.Kind", ActionFieldKind.Select, Options: OptionsOf<ProcuratorateReferralKind>(DiscriminationHistoryText.ProcuratorateZh)),
                new("procuratorate", "Discrimination.ReferProcuratorate.Body", ActionFieldKind.Text, MaxLength: 200),
                new("reason", "Discrimination.ReferProcuratorate.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new ReferToProcuratorate(input.Version, input.Choice<ProcuratorateReferralKind>("kind"), input.Text("procuratorate"), input.Text("reason"));
                return CommandPlan<DiscriminationCase>.Of(input, ReferralDecisions.Validate(command), x.Case, (s, c) => ReferralDecisions.Decide(s, command, c));
            },
            // Open while either kind of referral is still to be made.
            (state, x) => ReferralDecisions.Decide(state, new ReferToProcuratorate(state.Version,
                Enum.GetValues<ProcuratorateReferralKind>().Where(k => !state.ProcuratorateReferrals.Contains(k)).DefaultIfEmpty(ProcuratorateReferralKind.ProcuratorialSuggestion).First(),
                "probe", "probe"), x.Case),
            new HashSet<string>()),

        new(new("referral-answer", "Discrimination.ReferralAnswer", "Discrimination.ReferralAnswer.Hint",
            [
                new("referral", "Discrimination.ReferralAnswer.Referral", ActionFieldKind.Select,
                    Options: OptionsOf<DiscriminationReferralTarget>(DiscriminationReferralAnswerDecision.TargetZh)),
                new("answer", "Discrimination.ReferralAnswer.Answer", ActionFieldKind.Select,
                    Options: [.. new[] { LaborRights.Referrals.ReferralStatus.Filed, LaborRights.Referrals.ReferralStatus.Declined, LaborRights.Referrals.ReferralStatus.ReturnedForMoreEvidence }
                        .Select(a => (a.ToString(), DiscriminationReferralAnswerDecision.AnswerZh(a)))]),
                new("note", "Discrimination.ReferralAnswer.Note", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new RecordDiscriminationReferralAnswer(input.Version, input.Choice<DiscriminationReferralTarget>("referral"),
                    input.Choice<LaborRights.Referrals.ReferralStatus>("answer"), input.Text("note"));
                return CommandPlan<DiscriminationCase>.Of(input, DiscriminationReferralAnswerDecision.Validate(command), x.Case,
                    (s, c) => DiscriminationReferralAnswerDecision.Decide(s, command, c));
            },
            // Open once any referral was made.
            (state, x) => state.HasReferral
                ? Decision.Nothing
                : new Refusal("not-referred", "案件尚未移送支持起诉或检察机关。", "The case was not referred for supported litigation or to the procuratorate.")),

        .. ExtensionActions.For<DiscriminationCase, DiscriminationActionContext>(s => s.ExtensionPeriod, x => (x.Case.Actor, x.Case.Now, x.Case.Scope),
            (s, x) => ExtendDiscriminationInvestigationDecision.Decide(s, new ExtendDiscriminationInvestigation(s.Version, null, null), x.Case), Security.StaffRoles.Supervisor),

        new(new("close", "Case.Close", "Discrimination.Close.Hint",
            [
                new("outcome", "Case.Close.Outcome", ActionFieldKind.Select, Options: OptionsOf<DiscriminationOutcome>(DiscriminationHistoryText.OutcomeZh)),
                new("summary", "Case.Close.Summary", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new CloseDiscriminationCase(input.Version, input.Choice<DiscriminationOutcome>("outcome"), input.Text("summary"));
                return CommandPlan<DiscriminationCase>.Of(input, CloseDiscriminationCaseDecision.Validate(command), x.Case, (s, c) => CloseDiscriminationCaseDecision.Decide(s, command, c));
            },
            (state, x) => CloseDiscriminationCaseDecision.Decide(state, new CloseDiscriminationCase(state.Version, DiscriminationOutcome.Withdrawn, "probe"), x.Case),
            new HashSet<string> { "outcome-mismatch", "report-cannot-be-withdrawn" }),
    ];
}

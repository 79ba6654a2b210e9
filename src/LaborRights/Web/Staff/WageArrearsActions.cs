using LaborRights.WageArrears;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.AssigningInspectors;
using LaborRights.WageArrears.Closing;
using LaborRights.WageArrears.ConfirmingArrears;
using LaborRights.WageArrears.Extending;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.WageArrears.IdentifyingEmployer;
using LaborRights.WageArrears.ImposingCompensation;
using LaborRights.WageArrears.OrderingPayment;
using LaborRights.WageArrears.RecordingRecovery;
using LaborRights.WageArrears.Rejecting;
using LaborRights.WageArrears.Reopening;
using LaborRights.WageArrears.RequestingMaterial;
using LaborRights.WageArrears.TransferringToPolice;

namespace LaborRights.Web.Staff;

/// <summary>What a wage-arrears action needs besides the case: the command context, and case numbers for acceptance.</summary>
public sealed record WageArrearsActionContext(CaseContext<WageArrearsRules> Case, CaseNumbers Numbers, CancellationToken Cancellation);

/// <summary>
/// The actions of a wage-arrears case page, in the order of a case's life, each bound to the API's command, its
/// validation and its decide function (the same ones the endpoints under <c>/api/wage-arrears/{id}/…</c> call).
/// </summary>
public static class WageArrearsActions
{
    public static IReadOnlyList<CaseAction<WageArrearsCase, WageArrearsActionContext>> All { get; } =
    [
        new(new("identify-employer", "Case.IdentifyEmployer", "Case.IdentifyEmployer.Hint",
            [
                new("creditCode", "Case.IdentifyEmployer.CreditCode", ActionFieldKind.Text, MaxLength: 18),
                new("name", "Case.IdentifyEmployer.Name", ActionFieldKind.Text, MaxLength: 200),
                new("note", "Case.IdentifyEmployer.Note", ActionFieldKind.LongText, "Case.IdentifyEmployer.Note.Hint", MaxLength: IdentifyEmployerDecision.MaxNoteLength),
            ]),
            (input, x) =>
            {
                var command = new IdentifyEmployer(input.Version, input.Text("creditCode"), input.Text("name"), input.Text("note"));
                return CommandPlan<WageArrearsCase>.Of(input, IdentifyEmployerDecision.Validate(command), s => IdentifyEmployerDecision.Decide(s, command, x.Case));
            },
            (state, x) => IdentifyEmployerDecision.Decide(state, new IdentifyEmployer(state.Version, "91370100MA3C5EXA8T", "probe", null), x.Case)),

        new(new("accept", "Case.Accept", "Case.Accept.Hint", []),
            (input, x) => new(input.Errors, state => AcceptComplaintDecision.DecideAsync(state, x.Case, x.Numbers, x.Cancellation)),
            (state, x) => AcceptComplaintDecision.Decide(state, "", x.Case)),

        new(new("request-material", "Case.RequestMaterial", "Case.RequestMaterial.Hint",
            [new("missing", "Case.RequestMaterial.Missing", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RequestMaterial(input.Version, input.Text("missing"));
                return CommandPlan<WageArrearsCase>.Of(input, MaterialDecisions.Validate(command), s => MaterialDecisions.Decide(s, command, x.Case));
            },
            (state, x) => MaterialDecisions.Decide(state, new RequestMaterial(state.Version, "probe"), x.Case)),

        new(new("material-supplied", "Case.MaterialSupplied", "Case.MaterialSupplied.Hint",
            [new("note", "Case.MaterialSupplied.Note", ActionFieldKind.LongText, MaxLength: 2000)]),
            (input, x) =>
            {
                var command = new RecordMaterialSupplied(input.Version, input.Text("note"));
                return CommandPlan<WageArrearsCase>.Of(input, MaterialDecisions.Validate(command), s => MaterialDecisions.Decide(s, command, x.Case));
            },
            (state, x) => MaterialDecisions.Decide(state, new RecordMaterialSupplied(state.Version, null), x.Case)),

        new(new("reject", "Case.Reject", null,
            [
                new("reason", "Case.Reject.Reason", ActionFieldKind.Select,
                    Options: Enum.GetValues<RejectionReason>().Select(r => (r.ToString(), CaseHistoryText.RejectionZh(r))).ToList()),
                new("competentBody", "Case.Reject.CompetentBody", ActionFieldKind.Text, "Case.Reject.CompetentBody.Hint", MaxLength: 200),
                new("explanation", "Case.Reject.Explanation", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new RejectComplaint(input.Version, input.Choice<RejectionReason>("reason"), input.Text("competentBody"), input.Text("explanation"));
                return CommandPlan<WageArrearsCase>.Of(input, RejectComplaintDecision.Validate(command), s => RejectComplaintDecision.Decide(s, command, x.Case));
            },
            (state, x) => RejectComplaintDecision.Decide(state, new RejectComplaint(state.Version, RejectionReason.OutsideScope, null, "probe"), x.Case)),

        new(new("assign", "Case.Assign", null, [new("inspectors", "Case.Assign.Names", ActionFieldKind.LongText, "Case.Assign.Hint", MaxLength: 600)]),
            (input, x) =>
            {
                var command = new AssignInspectors(input.Version, input.Names("inspectors"));
                return CommandPlan<WageArrearsCase>.Of(input, AssignInspectorsDecision.Validate(command), s => AssignInspectorsDecision.Decide(s, command, x.Case));
            },
            (state, x) => AssignInspectorsDecision.Decide(state, new AssignInspectors(state.Version, ["甲", "乙"]), x.Case),
            Prefill: state => new Dictionary<string, string> { ["inspectors"] = string.Join("、", state.Inspectors) }),

        new(new("confirm", "Case.Confirm", "Case.Confirm.Hint",
            [
                new("amount", "Case.Confirm.Amount", ActionFieldKind.Money),
                new("workersOwed", "Case.Confirm.Workers", ActionFieldKind.Integer),
            ]),
            (input, x) =>
            {
                var command = new ConfirmArrears(input.Version, input.Money("amount"), input.Integer("workersOwed"));
                return CommandPlan<WageArrearsCase>.Of(input, ConfirmArrearsDecision.Validate(command), s => ConfirmArrearsDecision.Decide(s, command, x.Case));
            },
            (state, x) => ConfirmArrearsDecision.Decide(state, new ConfirmArrears(state.Version, 1m, 1), x.Case)),

        new(new("order-payment", "Case.OrderPayment", "Case.OrderPayment.Hint", [new("payBy", "Case.OrderPayment.PayBy", ActionFieldKind.Date)]),
            (input, x) =>
            {
                var command = new OrderPayment(input.Version, input.Date("payBy"));
                return CommandPlan<WageArrearsCase>.Of(input, OrderPaymentDecision.Validate(command), s => OrderPaymentDecision.Decide(s, command, x.Case));
            },
            (state, x) => OrderPaymentDecision.Decide(state, new OrderPayment(state.Version, x.Case.Today.AddDays(15)), x.Case)),

        new(new("record-recovery", "Case.RecordRecovery", null,
            [
                new("amount", "Case.RecordRecovery.Amount", ActionFieldKind.Money),
                new("workersPaid", "Case.RecordRecovery.Workers", ActionFieldKind.Integer),
                new("paidOn", "Case.RecordRecovery.PaidOn", ActionFieldKind.Date),
            ]),
            (input, x) =>
            {
                var command = new RecordRecovery(input.Version, input.Money("amount"), input.Integer("workersPaid"), input.Date("paidOn"));
                return CommandPlan<WageArrearsCase>.Of(input, RecordRecoveryDecision.Validate(command, x.Case.Today),
                    s => RecordRecoveryDecision.Decide(s, command, x.Case));
            },
            (state, x) => RecordRecoveryDecision.Decide(state, new RecordRecovery(state.Version, 0.01m, 1, x.Case.Today), x.Case),
            new HashSet<string> { "paid-before-complaint", "too-many-workers" }),

        new(new("extra-compensation", "Case.ExtraCompensation", "Case.ExtraCompensation.Hint",
            [new("rate", "Case.ExtraCompensation.Rate", ActionFieldKind.Rate, "Case.ExtraCompensation.Rate.Hint")], Warning: true),
            (input, x) =>
            {
                var command = new ImposeExtraCompensation(input.Version, input.Rate("rate"));
                return CommandPlan<WageArrearsCase>.Of(input, ImposeExtraCompensationDecision.Validate(command, x.Case.Rules),
                    s => ImposeExtraCompensationDecision.Decide(s, command, x.Case));
            },
            (state, x) => ImposeExtraCompensationDecision.Decide(state, new ImposeExtraCompensation(state.Version, x.Case.Rules.MinimumExtraCompensationRate), x.Case)),

        .. ExtensionActions.For<WageArrearsCase, WageArrearsActionContext>(s => s.ExtensionPeriod, x => (x.Case.Actor, x.Case.Now, x.Case.Scope),
            (s, x) => ExtendInvestigationDecision.Decide(s, new ExtendInvestigation(s.Version, null, null), x.Case), Security.StaffRoles.Supervisor),

        new(new("transfer-to-police", "Case.TransferToPolice", "Case.TransferToPolice.Hint",
            [
                new("policeAgency", "Case.TransferToPolice.Agency", ActionFieldKind.Text, MaxLength: 200),
                new("reason", "Case.TransferToPolice.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new TransferToPolice(input.Version, input.Text("policeAgency"), input.Text("reason"));
                return CommandPlan<WageArrearsCase>.Of(input, TransferToPoliceDecision.Validate(command), s => TransferToPoliceDecision.Decide(s, command, x.Case));
            },
            (state, x) => TransferToPoliceDecision.Decide(state, new TransferToPolice(state.Version, "probe", "probe"), x.Case)),

        new(new("close", "Case.Close", "Case.Close.Hint",
            [
                new("outcome", "Case.Close.Outcome", ActionFieldKind.Select,
                    Options: Enum.GetValues<ClosureOutcome>().Select(o => (o.ToString(), CaseHistoryText.OutcomeZh(o))).ToList()),
                new("summary", "Case.Close.Summary", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new CloseCase(input.Version, input.Choice<ClosureOutcome>("outcome"), input.Text("summary"));
                return CommandPlan<WageArrearsCase>.Of(input, CloseCaseDecision.Validate(command), s => CloseCaseDecision.Decide(s, command, x.Case));
            },
            (state, x) => CloseCaseDecision.Decide(state, new CloseCase(state.Version, ClosureOutcome.Withdrawn, "probe"), x.Case),
            new HashSet<string> { "outcome-mismatch" }),

        new(new("reopen", "Case.Reopen", "Case.Reopen.Hint",
            [
                new("ground", "Case.Reopen.Ground", ActionFieldKind.Select,
                    Options: Enum.GetValues<ReopeningGround>().Select(g => (g.ToString(), ReopenCaseDecision.GroundZh(g))).ToList()),
                new("basis", "Case.Reopen.Basis", ActionFieldKind.Text, "Case.Reopen.Basis.Hint", MaxLength: 500),
                new("reason", "Case.Reopen.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new ReopenCase(input.Version, input.Text("reason"), input.Choice<ReopeningGround>("ground"), input.Text("basis"));
                return CommandPlan<WageArrearsCase>.Of(input, ReopenCaseDecision.Validate(command), s => ReopenCaseDecision.Decide(s, command, x.Case));
            },
            (state, x) => ReopenCaseDecision.Decide(state, new ReopenCase(state.Version, "probe", ReopeningGround.NewFacts, "probe"), x.Case)),
    ];

    public static CaseAction<WageArrearsCase, WageArrearsActionContext>? Named(string name) => All.FirstOrDefault(a => a.Form.Name == name);
}

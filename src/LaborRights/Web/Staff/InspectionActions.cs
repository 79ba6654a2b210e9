using LaborRights.Inspections;
using LaborRights.Inspections.AssigningInspectors;
using LaborRights.Inspections.CheckingRectification;
using LaborRights.Inspections.Closing;
using LaborRights.Inspections.Extending;
using LaborRights.Inspections.GettingDetails;
using LaborRights.Inspections.HearingEmployer;
using LaborRights.Inspections.OrderingRectification;
using LaborRights.Inspections.Penalising;
using LaborRights.Inspections.Transferring;
using LaborRights.Inspections.VisitingSites;
using LaborRights.Inspections.Withdrawing;

namespace LaborRights.Web.Staff;

/// <summary>
/// The actions of an inspection case page, in the order of a case's life, each bound to the API's command, its
/// validation and its decide function (the ones the endpoints under <c>/api/inspections/{id}/…</c> call). A site
/// visit's form has rows for up to <see cref="FindingRows"/> violations found (<see cref="ItemFields"/>).
/// </summary>
public static class InspectionActions
{
    public const int FindingRows = 3;

    private static readonly ItemFields Findings = new("finding", "findings");

    private const string Category = "category", Description = "description", AmountOwed = "amountOwed", Workers = "workersAffected";

    public static IReadOnlyList<CaseAction<InspectionCase, CaseContext<InspectionRules>>> All { get; } =
    [
        new(new("assign", "Case.Assign", null, [new("inspectors", "Case.Assign.Names", ActionFieldKind.LongText, "Case.Assign.Hint", MaxLength: 600)]),
            (input, x) =>
            {
                var command = new AssignInspectionTeam(input.Version, input.Names("inspectors"));
                return CommandPlan<InspectionCase>.Of(input, AssignInspectionTeamDecision.Validate(command), x, (s, c) => AssignInspectionTeamDecision.Decide(s, command, c));
            },
            (state, x) => AssignInspectionTeamDecision.Decide(state, new AssignInspectionTeam(state.Version, ["甲", "乙"]), x),
            Prefill: state => new Dictionary<string, string> { ["inspectors"] = string.Join("、", state.Inspectors) }),

        new(new("site-visit", "Inspection.SiteVisit", "Inspection.SiteVisit.Hint",
            [
                new("visitedOn", "Inspection.SiteVisit.On", ActionFieldKind.Date),
                new("location", "Inspection.SiteVisit.Location", ActionFieldKind.Text, MaxLength: 200),
                new("inspectors", "Inspection.SiteVisit.Inspectors", ActionFieldKind.Text, "Case.Assign.Hint", MaxLength: 600),
                new("notes", "Inspection.SiteVisit.Notes", ActionFieldKind.LongText, MaxLength: 4000),
                .. Enumerable.Range(1, FindingRows).SelectMany(n => new ActionField[]
                {
                    new(Findings.Name(n, Category), "Inspection.Finding.Category", ActionFieldKind.Select, n == 1 ? "Inspection.Finding.Hint" : null,
                        Enum.GetValues<ViolationCategory>().Select(v => (v.ToString(), InspectionHistoryText.CategoryZh(v))).ToList(), LabelArgs: [n]),
                    new(Findings.Name(n, Description), "Inspection.Finding.Description", ActionFieldKind.Text, MaxLength: 2000, LabelArgs: [n]),
                    new(Findings.Name(n, AmountOwed), "Inspection.Finding.Amount", ActionFieldKind.Money, LabelArgs: [n]),
                    new(Findings.Name(n, Workers), "Inspection.Finding.Workers", ActionFieldKind.Integer, LabelArgs: [n]),
                }),
            ]),
            (input, x) =>
            {
                var sent = Findings.Typed(input, Enumerable.Range(1, FindingRows), Category, Description, AmountOwed, Workers);
                var findings = sent.Select(n => new Finding(input.Choice<ViolationCategory>(Findings.Name(n, Category)), input.Text(Findings.Name(n, Description)),
                    input.Money(Findings.Name(n, AmountOwed)), input.Integer(Findings.Name(n, Workers)))).ToList();
                var command = new RecordSiteVisit(input.Version, input.Date("visitedOn"), input.Text("location"), input.Names("inspectors"), input.Text("notes"), findings);
                var validation = Findings.OnItems(RecordSiteVisitDecision.Validate(command, x.Today), sent, 1, Category);
                return CommandPlan<InspectionCase>.Of(input, validation, x, (s, c) => RecordSiteVisitDecision.Decide(s, command, c));
            },
            (state, x) => RecordSiteVisitDecision.Decide(state, new RecordSiteVisit(state.Version, x.Today, "probe", state.Inspectors, null, []), x),
            Prefill: state => new Dictionary<string, string> { ["inspectors"] = string.Join("、", state.Inspectors) }),

        new(new("hear-employer", "Inspection.HearEmployer", "Inspection.HearEmployer.Hint",
            [
                new("heardOn", "Inspection.HearEmployer.On", ActionFieldKind.Date),
                new("statement", "Inspection.HearEmployer.Statement", ActionFieldKind.LongText, MaxLength: 4000),
            ]),
            (input, x) =>
            {
                var command = new HearEmployer(input.Version, input.Date("heardOn"), input.Text("statement"));
                return CommandPlan<InspectionCase>.Of(input, HearEmployerDecision.Validate(command, x.Today), x, (s, c) => HearEmployerDecision.Decide(s, command, c));
            },
            (state, x) => HearEmployerDecision.Decide(state, new HearEmployer(state.Version, x.Today, "probe"), x)),

        new(new("order-rectification", "Inspection.OrderRectification", "Inspection.OrderRectification.Hint",
            [
                new("requirements", "Inspection.OrderRectification.Requirements", ActionFieldKind.LongText, MaxLength: 2000),
                new("rectifyBy", "Inspection.OrderRectification.By", ActionFieldKind.Date),
            ]),
            (input, x) =>
            {
                var command = new OrderRectification(input.Version, input.Text("requirements"), input.Date("rectifyBy"));
                return CommandPlan<InspectionCase>.Of(input, OrderRectificationDecision.Validate(command), x, (s, c) => OrderRectificationDecision.Decide(s, command, c));
            },
            (state, x) => OrderRectificationDecision.Decide(state, new OrderRectification(state.Version, "probe", x.Today.AddDays(30)), x)),

        new(new("follow-up", "Inspection.FollowUp", "Inspection.FollowUp.Hint",
            [
                new("checkedOn", "Inspection.FollowUp.On", ActionFieldKind.Date),
                new("rectified", "Inspection.FollowUp.Rectified", ActionFieldKind.YesNo),
                new("notes", "Inspection.FollowUp.Notes", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new RecordFollowUp(input.Version, input.Date("checkedOn"), input.YesNo("rectified"), input.Text("notes"));
                return CommandPlan<InspectionCase>.Of(input, RecordFollowUpDecision.Validate(command, x.Today), x, (s, c) => RecordFollowUpDecision.Decide(s, command, c));
            },
            (state, x) => RecordFollowUpDecision.Decide(state, new RecordFollowUp(state.Version, x.Today, true, null), x)),

        new(new("penalty", "Inspection.Penalty", "Inspection.Penalty.Hint",
            [
                new("amount", "Inspection.Penalty.Amount", ActionFieldKind.Money),
                new("legalBasis", "Inspection.Penalty.LegalBasis", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new ImposePenalty(input.Version, input.Money("amount"), input.Text("legalBasis"));
                return CommandPlan<InspectionCase>.Of(input, ImposePenaltyDecision.Validate(command), x, (s, c) => ImposePenaltyDecision.Decide(s, command, c));
            },
            (state, x) => ImposePenaltyDecision.Decide(state, new ImposePenalty(state.Version, 1000m, "probe"), x)),

        .. ExtensionActions.For<InspectionCase, CaseContext<InspectionRules>>(s => s.ExtensionPeriod, x => (x.Actor, x.Now, x.Scope),
            (s, x) => ExtendInspectionDecision.Decide(s, new ExtendInspection(s.Version, null, null), x), Security.StaffRoles.Supervisor),

        new(new("transfer", "Inspection.Transfer", "Inspection.Transfer.Hint",
            [
                new("department", "Inspection.Transfer.Department", ActionFieldKind.Text, MaxLength: 200),
                new("reason", "Inspection.Transfer.Reason", ActionFieldKind.LongText, MaxLength: 2000),
            ], Warning: true),
            (input, x) =>
            {
                var command = new TransferInspection(input.Version, input.Text("department"), input.Text("reason"));
                return CommandPlan<InspectionCase>.Of(input, TransferInspectionDecision.Validate(command), x, (s, c) => TransferInspectionDecision.Decide(s, command, c));
            },
            (state, x) => TransferInspectionDecision.Decide(state, new TransferInspection(state.Version, "probe", "probe"), x)),

        new(new("withdraw", "Inspection.Withdraw", "Inspection.Withdraw.Hint",
            [new("reason", "Inspection.Withdraw.Reason", ActionFieldKind.LongText, MaxLength: 2000)], Warning: true),
            (input, x) =>
            {
                var command = new WithdrawInspection(input.Version, input.Text("reason"));
                return CommandPlan<InspectionCase>.Of(input, WithdrawInspectionDecision.Validate(command), x, (s, c) => WithdrawInspectionDecision.Decide(s, command, c));
            },
            (state, x) => WithdrawInspectionDecision.Decide(state, new WithdrawInspection(state.Version, "probe"), x)),

        new(new("close", "Case.Close", "Inspection.Close.Hint",
            [
                new("outcome", "Case.Close.Outcome", ActionFieldKind.Select,
                    Options: Enum.GetValues<InspectionOutcome>().Select(o => (o.ToString(), InspectionHistoryText.OutcomeZh(o))).ToList()),
                new("summary", "Case.Close.Summary", ActionFieldKind.LongText, MaxLength: 2000),
            ]),
            (input, x) =>
            {
                var command = new CloseInspection(input.Version, input.Choice<InspectionOutcome>("outcome"), input.Text("summary"));
                return CommandPlan<InspectionCase>.Of(input, CloseInspectionDecision.Validate(command), x, (s, c) => CloseInspectionDecision.Decide(s, command, c));
            },
            (state, x) => CloseInspectionDecision.Decide(state, new CloseInspection(state.Version, InspectionOutcome.NoViolationFound, "probe"), x),
            new HashSet<string> { "outcome-mismatch" }),
    ];
}

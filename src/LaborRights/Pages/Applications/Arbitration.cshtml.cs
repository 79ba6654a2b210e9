using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.Evidence;
using LaborRights.Hosting;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Web.Forms;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Pages.Applications;

/// <summary>劳动仲裁申请 by a worker: the guided form for <c>POST /api/applications/arbitration</c> (the employer is the respondent).</summary>
[Public]
public sealed class ArbitrationModel(GuidedFormServices services) : GuidedFormPage<ArbitrationApplicationForm, ArbitrationApplicationFiled>(services)
{
    public const int MaxClaims = 30;

    public static readonly GuidedForm Definition = new("Arbitration.Title", "Arbitration.Lead",
    [
        new FormStep("you", "Step.You", "Step.You.Intro",
        [
            new("applicant.kind", FieldKind.Fixed, "Field.PartyKind", Value: nameof(PartyKind.Worker)),
            new("applicant.name", FieldKind.Text, "Field.Name", MaxLength: 50, Autocomplete: "name"),
            new("applicant.idNumber", FieldKind.Code, "Field.ResidentId", HasHint: true, MaxLength: 18),
            new("applicant.phone", FieldKind.Phone, "Field.Phone", HasHint: true, MaxLength: 20, Autocomplete: "tel"),
        ]),
        new FormStep("employer", "Step.Respondent", "Step.Respondent.Intro",
        [
            new("respondent.kind", FieldKind.Fixed, "Field.PartyKind", Value: nameof(PartyKind.Employer)),
            new("respondent.name", FieldKind.Text, "Field.EmployerName", HasHint: true, MaxLength: 200, Autocomplete: "organization"),
            new("respondent.idNumber", FieldKind.Code, "Field.CreditCode", HasHint: true, MaxLength: 18),
            new("respondent.phone", FieldKind.Phone, "Field.EmployerPhone", Required: false, MaxLength: 20),
            new("countyCode", FieldKind.County, "Field.CommissionCounty", HasHint: true),
            new("parkCode", FieldKind.Park, "Field.Park", Required: false, HasHint: true),
        ]),
        new FormStep("claims", "Step.Claims", "Step.Claims.Intro",
        [
            new("workersConcerned", FieldKind.Integer, "Field.WorkersConcerned", HasHint: true),
            new("factsAndReasons", FieldKind.LongText, "Field.FactsAndReasons", HasHint: true, MaxLength: ArbitrationApplicationForm.MaxFactsLength),
        ],
        new RepeatingGroup("claims",
        [
            new("category", FieldKind.Select, "Field.ClaimCategory", Options: FormField.OptionsOf<ClaimCategory>(), OptionTexts: "Claim"),
            new("description", FieldKind.Text, "Field.ClaimDescription", HasHint: true, MaxLength: 500),
            new("amount", FieldKind.Money, "Field.ClaimAmount", Required: false, HasHint: true),
        ], MaxClaims, "Form.ClaimRow", "Form.AddClaim")),
        new FormStep("evidence", "Step.Evidence", "Step.Evidence.Intro",
        [
            new(EvidenceRules.Field, FieldKind.Files, "Field.EvidenceFiles", Required: false, HasHint: true),
        ]),
    ], "Arbitration.Next", new EmployerLookup("respondent.name", "respondent.idNumber", "countyCode"));

    public override GuidedForm Form => Definition;
    protected override IReadOnlyList<Guid>? EvidenceFilesOf(ArbitrationApplicationForm form) => form.EvidenceFiles;
    protected override string Scope => ApplyForArbitrationEndpoint.Scope;
    protected override FieldErrors Validate(ArbitrationApplicationForm form, DateOnly today, FieldErrors errors) => form.Validate(Regions, errors);
    protected override object FileCommand(ArbitrationApplicationForm form, string idempotencyKey) => new ApplyForArbitrationFromPortal(form, idempotencyKey);
}

using LaborRights.Discrimination;
using LaborRights.Discrimination.Filing;
using LaborRights.Evidence;
using LaborRights.Hosting;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.Web.Forms;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Pages.Complaints;

/// <summary>就业歧视投诉（举报）: the guided form for <c>POST /api/complaints/discrimination</c>.</summary>
[Public]
public sealed class DiscriminationModel(GuidedFormServices services) : GuidedFormPage<DiscriminationForm, DiscriminationComplaintFiled>(services)
{
    public static readonly GuidedForm Definition = new("Discrimination.Title", "Discrimination.Lead",
    [
        new FormStep("you", "Step.You", "Step.You.Intro",
        [
            new("filingKind", FieldKind.Choice, "Field.FilingKind", Options: FormField.OptionsOf<DiscriminationFilingKind>(), OptionTexts: "FilingKind"),
            new("filerName", FieldKind.Text, "Field.Name", MaxLength: 50, Autocomplete: "name"),
            new("filerPhone", FieldKind.Phone, "Field.Phone", HasHint: true, MaxLength: 20, Autocomplete: "tel"),
        ]),
        new FormStep("employer", "Step.Employer", "Step.Employer.Intro",
        [
            new("employerName", FieldKind.Text, "Field.EmployerName", HasHint: true, MaxLength: 200, Autocomplete: "organization"),
            new("employerCreditCode", FieldKind.Code, "Field.CreditCode", HasHint: true, MaxLength: 18),
            new("countyCode", FieldKind.County, "Field.County", HasHint: true),
            new("parkCode", FieldKind.Park, "Field.Park", Required: false, HasHint: true),
        ]),
        new FormStep("happened", "Step.Happened", null,
        [
            new("stage", FieldKind.Choice, "Field.Stage", Options: FormField.OptionsOf<DiscriminationStage>(), OptionTexts: "Stage"),
            new("grounds", FieldKind.Choices, "Field.Grounds", HasHint: true, Options: FormField.OptionsOf<DiscriminationGround>(), OptionTexts: "Ground"),
            new("otherGround", FieldKind.Text, "Field.OtherGround", Required: false, HasHint: true, MaxLength: 200),
            new("occurredOn", FieldKind.Date, "Field.OccurredOn"),
            new("description", FieldKind.LongText, "Field.WhatHappened", HasHint: true, MaxLength: DiscriminationForm.MaxDescriptionLength),
        ]),
        new FormStep("evidence", "Step.Evidence", "Step.Evidence.Intro",
        [
            new(EvidenceRules.Field, FieldKind.Files, "Field.EvidenceFiles", Required: false, HasHint: true),
        ]),
    ], "Discrimination.Next", new EmployerLookup("employerName", "employerCreditCode", "countyCode"));

    public override GuidedForm Form => Definition;
    protected override IReadOnlyList<Guid>? EvidenceFilesOf(DiscriminationForm form) => form.EvidenceFiles;
    protected override string Scope => FileDiscriminationComplaintEndpoint.Scope;
    protected override FieldErrors Validate(DiscriminationForm form, DateOnly today, FieldErrors errors) => form.Validate(Regions, today, errors);
    protected override object FileCommand(DiscriminationForm form, string idempotencyKey) => new FileDiscriminationComplaintFromPortal(form, idempotencyKey);
}

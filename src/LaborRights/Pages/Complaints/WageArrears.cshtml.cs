using LaborRights.Evidence;
using LaborRights.Hosting;
using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Tracking;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Filing;
using LaborRights.Web.Forms;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace LaborRights.Pages.Complaints;

/// <summary>欠薪投诉: the worker's guided form for <c>POST /api/complaints/wage-arrears</c>.</summary>
[Public]
public sealed class WageArrearsModel(GuidedFormServices services) : GuidedFormPage<ComplaintForm, ComplaintFiled>(services)
{
    public static readonly GuidedForm Definition = new("WageArrears.Title", "WageArrears.Lead",
    [
        new FormStep("you", "Step.You", "Step.You.Intro",
        [
            new("complainantName", FieldKind.Text, "Field.Name", MaxLength: 50, Autocomplete: "name"),
            new("residentId", FieldKind.Code, "Field.ResidentId", HasHint: true, MaxLength: 18),
            new("phone", FieldKind.Phone, "Field.Phone", HasHint: true, MaxLength: 20, Autocomplete: "tel"),
        ]),
        new FormStep("employer", "Step.Employer", "Step.Employer.Intro",
        [
            new("employerName", FieldKind.Text, "Field.EmployerName", HasHint: true, MaxLength: 200, Autocomplete: "organization"),
            new("employerCreditCode", FieldKind.Code, "Field.CreditCode", Required: false, HasHint: true, MaxLength: 18),
            new("employerAddress", FieldKind.Text, "Field.EmployerAddress", Required: false, HasHint: true, MaxLength: 200,
                RequiredWhen: "Field.EmployerAddress.RequiredWhen"),
            new("employerPhone", FieldKind.Phone, "Field.EmployerPhone", Required: false, HasHint: true, MaxLength: 20),
            new("countyCode", FieldKind.County, "Field.County", HasHint: true),
            new("parkCode", FieldKind.Park, "Field.Park", Required: false, HasHint: true),
            new("constructionProject", FieldKind.Text, "Field.Project", Required: false, HasHint: true, MaxLength: 200),
        ]),
        new FormStep("owed", "Step.Owed", null,
        [
            new("amountClaimed", FieldKind.Money, "Field.AmountOwed", HasHint: true),
            new("workersAffected", FieldKind.Integer, "Field.WorkersAffected", HasHint: true),
            new("employedFrom", FieldKind.Date, "Field.EmployedFrom"),
            new("employedTo", FieldKind.Date, "Field.EmployedTo", Required: false, HasHint: true),
            new("description", FieldKind.LongText, "Field.WhatHappened", HasHint: true, MaxLength: ComplaintForm.MaxDescriptionLength),
        ]),
        new FormStep("evidence", "Step.Evidence", "Step.Evidence.Intro",
        [
            new(EvidenceRules.Field, FieldKind.Files, "Field.EvidenceFiles", Required: false, HasHint: true),
        ]),
    ], "WageArrears.Next", new EmployerLookup("employerName", "employerCreditCode", "countyCode"));

    public override GuidedForm Form => Definition;
    protected override IReadOnlyList<Guid>? EvidenceFilesOf(ComplaintForm form) => form.EvidenceFiles;
    protected override string Scope => FileComplaintEndpoint.Scope;
    protected override FieldErrors Validate(ComplaintForm form, DateOnly today, FieldErrors errors) => form.Validate(Regions, today, errors);
    protected override object FileCommand(ComplaintForm form, string idempotencyKey) => new FileComplaintFromPortal(form, idempotencyKey);
}

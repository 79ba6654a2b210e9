using LaborRights.Tracking;

namespace LaborRights.WageArrears.Filing;

/// <summary>The credentials handed to the complainant, and the event that opens the case.</summary>
public sealed record StartedComplaint(WageArrearsComplaintReceived Received, string AccessCode);

/// <summary>The answer to a filed complaint. The access code is shown once: keep it to follow the case.</summary>
public sealed record ComplaintFiled(Guid Id, string TrackingNumber, string AccessCode, DateOnly AcceptanceDueOn, string Message) : IFilingAnswer
{
    /// <summary>The deadline lies beyond the published holiday calendar and may still move.</summary>
    public bool AcceptanceDueIsProvisional { get; init; }
}

public static class ComplaintIntake
{
    public static StartedComplaint Start(ComplaintForm form, IntakeChannel channel, string receivedBy, DateTimeOffset receivedAt, CaseServices<WageArrearsRules> services)
    {
        var receivedOn = ShanghaiTime.DateOf(receivedAt);
        var accessCode = TrackingCredentials.NewAccessCode();
        var due = services.Calendar.AddWorkingDays(receivedOn, services.Rules.AcceptanceWorkingDays);
        var received = form.ToEvent(Guid.CreateVersion7(), TrackingCredentials.NewTrackingNumber(receivedOn),
            TrackingCredentials.Hash(accessCode), channel, receivedBy, receivedAt, due);
        return new StartedComplaint(received, accessCode);
    }

    public static ComplaintFiled Answer(Guid caseId, string trackingNumber, string accessCode, DateOnly acceptanceDueOn, bool provisional = false) => new(
        caseId, trackingNumber, accessCode, acceptanceDueOn,
        $"投诉已提交。请妥善保存查询号和查询码，劳动保障监察机构将于{FilingDeadlineText.Zh(acceptanceDueOn, provisional)}前作出是否受理的决定。" +
        $" / Complaint filed. Keep the tracking number and access code; a decision on acceptance is due by {FilingDeadlineText.En(acceptanceDueOn, provisional)}.")
    {
        AcceptanceDueIsProvisional = provisional,
    };
}

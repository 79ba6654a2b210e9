using LaborRights.Tracking;

namespace LaborRights.Discrimination.Filing;

/// <summary>The credentials handed to the filer, and the event that opens the case.</summary>
public sealed record StartedDiscriminationCase(DiscriminationComplaintReceived Received, string AccessCode);

/// <summary>
/// The answer to a filed complaint or report. The access code is shown once: keep it to follow the case.
/// Grounds the law does not name are listed so that the filer knows at once.
/// </summary>
public sealed record DiscriminationComplaintFiled(
    Guid Id, string TrackingNumber, string AccessCode, DateOnly AcceptanceDueOn,
    IReadOnlyList<DiscriminationGround> NonStatutoryGrounds, string Message) : IFilingAnswer
{
    /// <summary>The deadline lies beyond the published holiday calendar and may still move.</summary>
    public bool AcceptanceDueIsProvisional { get; init; }
}

public static class DiscriminationIntake
{

    public static StartedDiscriminationCase Start(
        DiscriminationForm form, DiscriminationChannel channel, string receivedBy, DateTimeOffset receivedAt, CaseServices<DiscriminationRules> services)
    {
        var receivedOn = ShanghaiTime.DateOf(receivedAt);
        var accessCode = TrackingCredentials.NewAccessCode();
        var due = services.Calendar.AddWorkingDays(receivedOn, services.Rules.AcceptanceWorkingDays);
        var received = form.ToEvent(Guid.CreateVersion7(), TrackingCredentials.NewTrackingNumber(receivedOn, TrackingCredentials.DiscriminationPrefix),
            TrackingCredentials.Hash(accessCode), channel, receivedBy, receivedAt, due);
        return new StartedDiscriminationCase(received, accessCode);
    }

    public static DiscriminationComplaintFiled Answer(
        Guid caseId, string trackingNumber, string accessCode, DateOnly acceptanceDueOn, IReadOnlyList<DiscriminationGround> grounds, bool provisional = false)
    {
        var nonStatutory = DiscriminationGrounds.NonStatutory(grounds);
        var note = nonStatutory.Count == 0 ? "" :
            $"（注意：{DiscriminationGrounds.Zh(nonStatutory)}不属于法律明确列举的就业歧视事由，将予以记录。）" +
            $" (Note: {string.Join(", ", nonStatutory)} is not a ground named by law; it is recorded and flagged.)";
        return new(caseId, trackingNumber, accessCode, acceptanceDueOn, nonStatutory,
            $"已提交。请妥善保存查询号和查询码，劳动保障监察机构将于{FilingDeadlineText.Zh(acceptanceDueOn, provisional)}前作出是否受理的决定。" +
            $" / Filed. Keep the tracking number and access code; a decision on acceptance is due by {FilingDeadlineText.En(acceptanceDueOn, provisional)}." + note)
        {
            AcceptanceDueIsProvisional = provisional,
        };
    }

    public static string OnlineActor(DiscriminationFilingKind kind) =>
        kind == DiscriminationFilingKind.Report ? "reporter:online" : "complainant:online";
}

using LaborRights.Tracking;

namespace LaborRights.Arbitration.Filing;

public sealed record StartedApplication(ArbitrationApplied Applied, string AccessCode);

/// <summary>The answer to an application. The access code is shown once: keep it to follow the case.</summary>
public sealed record ArbitrationApplicationFiled(Guid Id, string TrackingNumber, string AccessCode, DateOnly AcceptanceDueOn, string Message) : IFilingAnswer
{
    /// <summary>The deadline lies beyond the published holiday calendar and may still move.</summary>
    public bool AcceptanceDueIsProvisional { get; init; }
}

public static class ArbitrationIntake
{
    /// <summary>劳动争议调解仲裁法 第29条: accept or refuse within 5 days of receipt.</summary>
    public static StartedApplication Start(
        ArbitrationApplicationForm form, ArbitrationChannel channel, string receivedBy, DateTimeOffset receivedAt, ArbitrationServices services)
    {
        var receivedOn = ShanghaiTime.DateOf(receivedAt);
        var accessCode = TrackingCredentials.NewAccessCode();
        var due = AcceptanceDueOn(receivedOn, services.Rules, services.Calendar);
        var applied = form.ToEvent(Guid.CreateVersion7(), TrackingCredentials.NewTrackingNumber(receivedOn, TrackingCredentials.ArbitrationPrefix),
            TrackingCredentials.Hash(accessCode), channel, receivedBy, receivedAt, due);
        return new StartedApplication(applied, accessCode);
    }

    /// <summary>第29条 with the case-handling rules' count (<see cref="ArbitrationRules.ShortPeriodsInWorkingDays"/>): 5 working days after receipt.</summary>
    public static Calendar.Deadline AcceptanceDueOn(DateOnly receivedOn, ArbitrationRules rules, Calendar.WorkingDayCalendar calendar) =>
        rules.ShortPeriodAfter(receivedOn, rules.AcceptanceDays, calendar);

    public static ArbitrationApplicationFiled Answer(Guid caseId, string trackingNumber, string accessCode, DateOnly acceptanceDueOn, bool provisional = false) => new(
        caseId, trackingNumber, accessCode, acceptanceDueOn,
        $"仲裁申请已提交。请妥善保存查询号和查询码。仲裁委员会应于{FilingDeadlineText.Zh(acceptanceDueOn, provisional)}前决定是否受理；" +
        "逾期未作决定或决定不予受理的，您可以就该劳动争议事项向人民法院提起诉讼（劳动争议调解仲裁法第29条）。" +
        $" / Application filed. Keep the tracking number and access code. The commission must decide on acceptance by {FilingDeadlineText.En(acceptanceDueOn, provisional)};" +
        " if it refuses or does not decide in time, you may sue in court (Labour Dispute Mediation and Arbitration Law Art. 29).")
    {
        AcceptanceDueIsProvisional = provisional,
    };
}

namespace LaborRights.Referrals;

public enum ReferralKind
{
    /// <summary>移送公安机关: suspected 拒不支付劳动报酬罪 after a wage-arrears case.</summary>
    PoliceTransfer,
}

public enum ReferralStatus { AwaitingAnswer, Filed, Declined, ReturnedForMoreEvidence }

/// <summary>The record of one referral (行刑衔接) to a body outside the platform, and that body's answer.</summary>
public sealed record EnforcementReferralOpened(
    Guid EnforcementReferralId, ReferralKind Kind, CaseReference Source, string Recipient, string EmployerName, string EmployerCreditCode,
    string CountyCode, decimal Amount, string Reason, DateTimeOffset OpenedAt);

public sealed record EnforcementReferralAnswered(
    Guid EnforcementReferralId, ReferralStatus Answer, string Note, string RecordedBy, DateTimeOffset AnsweredOn);

public sealed record EnforcementReferral
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public ReferralKind Kind { get; init; }
    public CaseReference Source { get; init; } = new(CaseKind.WageArrears, Guid.Empty);
    public string Recipient { get; init; } = "";
    public Employer Employer { get; init; } = new("", "");
    public string CountyCode { get; init; } = "";
    public decimal Amount { get; init; }
    public string Reason { get; init; } = "";
    public DateTimeOffset OpenedAt { get; init; }
    public ReferralStatus Status { get; init; }
    public string? AnswerNote { get; init; }

    public static EnforcementReferral Create(EnforcementReferralOpened e) => new()
    {
        Id = e.EnforcementReferralId,
        Kind = e.Kind,
        Source = e.Source,
        Recipient = e.Recipient,
        Employer = new(e.EmployerName, e.EmployerCreditCode),
        CountyCode = e.CountyCode,
        Amount = e.Amount,
        Reason = e.Reason,
        OpenedAt = e.OpenedAt,
        Status = ReferralStatus.AwaitingAnswer,
    };

    public EnforcementReferral Apply(EnforcementReferralAnswered e) => this with { Status = e.Answer, AnswerNote = e.Note };
}

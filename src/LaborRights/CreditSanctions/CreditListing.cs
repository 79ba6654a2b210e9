using LaborRights.Security;

namespace LaborRights.CreditSanctions;

/// <summary>One step of a listing procedure as its record shows it.</summary>
public sealed record ListingStep(string What, string? Text, string? By, DateTimeOffset At);

/// <summary>
/// 失信联合惩戒名单: one employer's listing procedure, as its events leave it (a snapshot written with them). It names
/// the employer (a unit, public once listed) and the cases behind it by reference; no worker's personal data.
/// </summary>
public sealed record CreditListing : ILocatedRow
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public string CreditCode { get; init; } = "";
    public string EmployerName { get; init; } = "";
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public ListingGround Ground { get; init; }
    public string Facts { get; init; } = "";
    public decimal UnpaidAmount { get; init; }
    public int WorkersUnpaid { get; init; }
    public IReadOnlyList<ListedCase> Cases { get; init; } = [];
    public string ProposedBy { get; init; } = "";
    public DateTimeOffset ProposedAt { get; init; }
    public ListingStatus Status { get; init; }
    public DateOnly? NoticeServedOn { get; init; }
    public DateOnly? StatementDueOn { get; init; }
    public string? Statement { get; init; }
    public DateOnly? ListedFrom { get; init; }
    public DateOnly? ListedUntil { get; init; }
    public DateOnly? RemovedOn { get; init; }
    public IReadOnlyList<ListingStep> Steps { get; init; } = [];

    /// <summary>The procedure has not ended (proposed, told, or listed).</summary>
    public bool IsActive => Status is ListingStatus.Proposed or ListingStatus.NoticeServed or ListingStatus.Listed;

    /// <summary>How the employer registry and the case pages name where the procedure stands.</summary>
    public string StatusZh => CreditListingRules.StatusZh(Status);

    public static CreditListing Create(ListingProposed e) => new()
    {
        Id = e.CreditListingId,
        CreditCode = e.CreditCode,
        EmployerName = e.EmployerName,
        CountyCode = e.CountyCode,
        CityCode = ReferenceData.Divisions.CityOf(e.CountyCode),
        Ground = e.Ground,
        Facts = e.Facts,
        UnpaidAmount = e.UnpaidAmount,
        WorkersUnpaid = e.WorkersUnpaid,
        Cases = e.Cases,
        ProposedBy = e.ProposedBy,
        ProposedAt = e.ProposedAt,
        Status = ListingStatus.Proposed,
        Steps = [new("proposed", e.Facts, e.ProposedBy, e.ProposedAt)],
    };

    public CreditListing Apply(ListingNoticeServed e) => this with
    {
        Status = ListingStatus.NoticeServed, NoticeServedOn = e.ServedOn, StatementDueOn = e.StatementDueOn,
        Steps = [.. Steps, new("notice-served", e.StatementDueOn.ToString("yyyy-MM-dd"), e.ServedBy, e.RecordedAt)],
    };

    public CreditListing Apply(ListingStatementRecorded e) => this with
    {
        Statement = e.Statement, Steps = [.. Steps, new("statement", e.Statement, e.RecordedBy, e.RecordedAt)],
    };

    public CreditListing Apply(EmployerListed e) => this with
    {
        Status = ListingStatus.Listed, ListedFrom = e.ListedFrom, ListedUntil = e.ListedUntil,
        Steps = [.. Steps, new("listed", e.Reason, e.DecidedBy, e.DecidedAt)],
    };

    public CreditListing Apply(ListingDropped e) => this with
    {
        Status = ListingStatus.Dropped, Steps = [.. Steps, new("dropped", e.Reason, e.DecidedBy, e.DecidedAt)],
    };

    public CreditListing Apply(ListingRemovedEarly e) => this with
    {
        Status = ListingStatus.RemovedEarly, RemovedOn = ShanghaiTime.DateOf(e.RemovedAt),
        Steps = [.. Steps, new("removed-early", e.Note, e.RemovedBy, e.RemovedAt)],
    };

    public CreditListing Apply(ListingExpired e) => this with
    {
        Status = ListingStatus.Expired, RemovedOn = e.ListedUntil.AddDays(1),
        Steps = [.. Steps, new("expired", null, null, e.NoticedAt)],
    };
}

/// <summary>The one fold of a listing's events.</summary>
public static class CreditListingFold
{
    public static CreditListing Apply(CreditListing? state, object e) => e switch
    {
        ListingProposed x => CreditListing.Create(x),
        ListingNoticeServed x => state!.Apply(x),
        ListingStatementRecorded x => state!.Apply(x),
        EmployerListed x => state!.Apply(x),
        ListingDropped x => state!.Apply(x),
        ListingRemovedEarly x => state!.Apply(x),
        ListingExpired x => state!.Apply(x),
        _ => state ?? throw new InvalidOperationException($"A listing cannot start with {e.GetType().Name}."),
    };
}

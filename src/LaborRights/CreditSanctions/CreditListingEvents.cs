namespace LaborRights.CreditSanctions;

// 拖欠农民工工资失信联合惩戒对象名单 (保障农民工工资支付条例 第48条; 拖欠农民工工资失信联合惩戒对象名单管理暂行办法,
// 2021): an employer still unpaid after an order to pay, at the criminal threshold or in a mass incident, is proposed,
// told, heard, listed for 3 years by an approving supervisor, and may be removed early after paying, a waiting period
// and a written pledge. Each step is an event naming who acted and when (business time).

/// <summary>Why an employer is proposed for the list.</summary>
public enum ListingGround
{
    /// <summary>拖欠数额达到认定拒不支付劳动报酬罪数额标准.</summary>
    CriminalThreshold,

    /// <summary>因拖欠农民工工资引发群体性事件、极端事件.</summary>
    MassIncident,
}

public enum ListingStatus
{
    /// <summary>拟列入: proposed, the employer not yet told.</summary>
    Proposed,

    /// <summary>已告知: the employer was told and may state its case until the due day.</summary>
    NoticeServed,

    /// <summary>已列入: on the public list.</summary>
    Listed,

    /// <summary>不予列入.</summary>
    Dropped,

    /// <summary>提前移出.</summary>
    RemovedEarly,

    /// <summary>期满移出.</summary>
    Expired,
}

public sealed record ListedCase(CaseKind Kind, Guid CaseId, string Reference);

public sealed record ListingProposed(
    Guid CreditListingId, string CreditCode, string EmployerName, string CountyCode, ListingGround Ground, string Facts,
    decimal UnpaidAmount, int WorkersUnpaid, IReadOnlyList<ListedCase> Cases, string ProposedBy, DateTimeOffset ProposedAt);

/// <summary>告知: the employer was told of the proposal and may state its case (陈述、申辩) until <paramref name="StatementDueOn"/>.</summary>
public sealed record ListingNoticeServed(Guid CreditListingId, DateOnly ServedOn, DateOnly StatementDueOn, string ServedBy, DateTimeOffset RecordedAt);

public sealed record ListingStatementRecorded(Guid CreditListingId, string Statement, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>列入决定: on the list from <paramref name="ListedFrom"/> to <paramref name="ListedUntil"/> (3 years).</summary>
public sealed record EmployerListed(Guid CreditListingId, DateOnly ListedFrom, DateOnly ListedUntil, string Reason, string DecidedBy, DateTimeOffset DecidedAt);

public sealed record ListingDropped(Guid CreditListingId, string Reason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>提前移出: paid in full, at least the waiting period after listing, with a written pledge (信用承诺).</summary>
public sealed record ListingRemovedEarly(Guid CreditListingId, DateOnly PaidOn, DateOnly PledgeReceivedOn, string Note, string RemovedBy, DateTimeOffset RemovedAt);

/// <summary>The 3 years ended: off the list.</summary>
public sealed record ListingExpired(Guid CreditListingId, DateOnly ListedUntil, DateTimeOffset NoticedAt);

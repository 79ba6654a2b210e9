using LaborRights.Calendar;
using LaborRights.Employers;
using LaborRights.Security;
using LaborRights.WageArrears;

namespace LaborRights.CreditSanctions;

/// <summary>
/// The figures of the listing procedure the province may set (<c>CreditSanctions</c> in the configuration). The period
/// to state a case is not confirmed here: 5 working days by default, configurable.
/// </summary>
public sealed class CreditSanctionSettings
{
    public const string Section = "CreditSanctions";

    /// <summary>Working days after the notice in which the employer may state its case (陈述、申辩).</summary>
    public int StatementWorkingDays { get; set; } = 5;

    /// <summary>How long a listing lasts (3 years).</summary>
    public int ListingYears { get; set; } = 3;

    /// <summary>How long after listing an employer that paid may be removed early (6 months).</summary>
    public int EarlyRemovalAfterMonths { get; set; } = 6;
}

/// <summary>拟列入: an inspector proposes the employer, on a ground its registry record meets.</summary>
public sealed record ProposeListing(string? CreditCode, ListingGround? Ground, string? Facts);

/// <summary>告知: the day the proposal was served on the employer.</summary>
public sealed record ServeListingNotice(int Version, DateOnly? ServedOn);

/// <summary>陈述申辩: what the employer said, as staff recorded it.</summary>
public sealed record RecordListingStatement(int Version, string? Statement);

/// <summary>列入或不予列入: the approver's decision, with the reason.</summary>
public sealed record DecideListing(int Version, bool? List, string? Reason);

/// <summary>提前移出: paid in full and pledged in writing.</summary>
public sealed record RemoveListingEarly(int Version, DateOnly? PaidOn, DateOnly? PledgeReceivedOn, string? Note);

/// <summary>The listing procedure's rules: criteria, notice, hearing, decision by an approver, 3 years, early removal.</summary>
public static class CreditListingRules
{
    public const int MaxTextLength = 2000;

    public static string GroundZh(ListingGround ground) => ground == ListingGround.CriminalThreshold
        ? "拖欠农民工工资数额达到认定拒不支付劳动报酬罪数额标准，经责令限期支付仍未支付"
        : "因拖欠农民工工资引发群体性事件，经责令限期支付仍未支付";

    public static string GroundEn(ListingGround ground) => ground == ListingGround.CriminalThreshold
        ? "Wages owed at the criminal threshold, unpaid after an order to pay"
        : "Wage arrears causing a mass incident, unpaid after an order to pay";

    public static FieldErrors Validate(ProposeListing command)
    {
        var errors = new FieldErrors().Required("creditCode", command.CreditCode, "统一社会信用代码", "Unified social credit code")
            .Required("ground", command.Ground, "列入事由", "Ground")
            .Text("facts", command.Facts, MaxTextLength, "主要事实", "Facts");
        if (!string.IsNullOrWhiteSpace(command.CreditCode) && !Common.Identifiers.UnifiedSocialCreditCode.IsValid(command.CreditCode))
            errors.Add("creditCode", "统一社会信用代码无效（校验码不符，GB 32100）", "Unified social credit code is invalid (GB 32100 check character)");
        return errors;
    }

    public static FieldErrors Validate(ServeListingNotice command) =>
        new FieldErrors().Required("servedOn", command.ServedOn, "告知送达日期", "Date served");

    public static FieldErrors Validate(RecordListingStatement command) =>
        new FieldErrors().Text("statement", command.Statement, MaxTextLength, "陈述申辩内容", "Statement");

    public static FieldErrors Validate(DecideListing command) =>
        new FieldErrors().Required("list", command.List, "是否列入", "List or not").Text("reason", command.Reason, MaxTextLength, "理由", "Reason");

    public static FieldErrors Validate(RemoveListingEarly command) => new FieldErrors()
        .Required("paidOn", command.PaidOn, "全额支付日期", "Date paid in full")
        .Required("pledgeReceivedOn", command.PledgeReceivedOn, "收到信用承诺书日期", "Date the pledge was received")
        .Text("note", command.Note, MaxTextLength, "说明", "Note");

    /// <summary>The cases behind a proposal: still unpaid after the order-to-pay date.</summary>
    public static IReadOnlyList<EmployerCase> UnpaidAfterOrder(EmployerRecord record) =>
        record.Cases.Where(c => c.Kind == CaseKind.WageArrears && c.UnpaidAfterOrder > 0).OrderByDescending(c => c.UnpaidAfterOrder).ToList();

    /// <summary>Whether the caller handles the county's wage-arrears cases (proposes, serves, records).</summary>
    public static bool MayHandle(StaffScope? scope, string countyCode) =>
        scope is not null && scope.IsInRole(StaffRoles.Inspector) && scope.Covers(countyCode);

    /// <summary>Whether the caller approves listings of the county: a supervisor of its city or of the province.</summary>
    public static bool MayApprove(StaffScope? scope, string countyCode) =>
        scope is not null && scope.IsInRole(StaffRoles.Supervisor) && scope.CoversFromAbove(countyCode);

    /// <param name="record">The employer's registry record (province-wide).</param>
    /// <param name="alreadyActive">A procedure for the employer is under way or it is listed.</param>
    public static Decision Propose(Guid id, EmployerRecord record, bool alreadyActive, ProposeListing command, WageArrearsRules rules,
        StaffScope? scope, string actor, DateTimeOffset now)
    {
        var unpaid = UnpaidAfterOrder(record);
        var ground = command.Ground!.Value;
        var met = unpaid.Count > 0 && (ground == ListingGround.CriminalThreshold
            ? unpaid.Max(c => c.UnpaidAfterOrder) >= rules.CriminalThresholdAmount
            : unpaid.Max(c => c.Workers) >= MassCaseDefinitions.BlacklistMassIncidentWorkers(rules));
        if (!met)
            return new Refusal("criteria-not-met",
                $"该单位不符合列入条件：须有经责令限期支付仍未支付的欠薪案件，且{(ground == ListingGround.CriminalThreshold ? $"未支付金额达到{rules.CriminalThresholdAmount:N0}元" : $"涉及{MassCaseDefinitions.BlacklistMassIncidentWorkers(rules)}人以上")}。",
                "The employer does not meet the criteria: a wage-arrears case must be unpaid after an order to pay, at the threshold of this ground.");
        var county = unpaid[0].CountyCode;
        if (!MayHandle(scope, county))
            return new Refusal("not-the-handling-office", "列入名单由欠薪案件所在县的监察员提出。",
                "A listing is proposed by an inspector of the county of the unpaid case.");
        if (alreadyActive)
            return new Refusal("already-in-procedure", "该单位已在列入程序中或已被列入名单。", "The employer is already in a listing procedure or on the list.");
        return Decision.Emit(new ListingProposed(id, record.Id, record.Name, county, ground, command.Facts!.Trim(), unpaid.Sum(c => c.UnpaidAfterOrder),
            unpaid.Sum(c => c.Workers), unpaid.Select(c => new ListedCase(c.Kind, c.CaseId, c.Reference)).ToList(), actor, now));
    }

    public static Decision ServeNotice(CreditListing listing, ServeListingNotice command, StaffScope? scope, WorkingDayCalendar calendar,
        CreditSanctionSettings settings, string actor, DateTimeOffset now)
    {
        if (listing.Status != ListingStatus.Proposed) return NotIn(listing, "告知", "have its notice served");
        if (!MayHandle(scope, listing.CountyCode)) return NotHandling();
        var served = command.ServedOn!.Value;
        if (served > ShanghaiTime.DateOf(now) || served < ShanghaiTime.DateOf(listing.ProposedAt))
            return new Refusal("served-on-out-of-range", "送达日期应在提出列入之后、不晚于今天。", "The date served lies between the proposal and today.");
        var due = calendar.AddWorkingDays(served, settings.StatementWorkingDays).DueOn;
        return Decision.Emit(new ListingNoticeServed(listing.Id, served, due, actor, now));
    }

    public static Decision RecordStatement(CreditListing listing, RecordListingStatement command, StaffScope? scope, string actor, DateTimeOffset now)
    {
        if (listing.Status != ListingStatus.NoticeServed) return NotIn(listing, "记录陈述申辩", "have a statement recorded");
        if (!MayHandle(scope, listing.CountyCode)) return NotHandling();
        return Decision.Emit(new ListingStatementRecorded(listing.Id, command.Statement!.Trim(), actor, now));
    }

    public static Decision Decide(CreditListing listing, DecideListing command, StaffScope? scope, CreditSanctionSettings settings, string actor,
        DateTimeOffset now)
    {
        if (listing.Status is not (ListingStatus.Proposed or ListingStatus.NoticeServed)) return NotIn(listing, "作出决定", "be decided");
        if (!MayApprove(scope, listing.CountyCode))
            return new Refusal("not-an-approver", "列入决定由案件所在市或省级的督查人员作出。", "A listing is decided by a supervisor of the county's city or of the province.");
        if (string.Equals(listing.ProposedBy, actor, StringComparison.OrdinalIgnoreCase))
            return new Refusal("self-approval", "列入决定须由提出人以外的人作出。", "The listing is decided by someone other than its proposer.");
        var today = ShanghaiTime.DateOf(now);
        if (command.List == false) return Decision.Emit(new ListingDropped(listing.Id, command.Reason!.Trim(), actor, now));
        if (listing.Status != ListingStatus.NoticeServed)
            return new Refusal("notice-not-served", "须先告知用人单位并给予陈述申辩的机会，才能决定列入。",
                "The employer must be told and given the chance to state its case before it is listed.");
        if (listing.Statement is null && today <= listing.StatementDueOn)
            return new Refusal("statement-period-running", $"陈述申辩期限到{listing.StatementDueOn:yyyy-MM-dd}（含当日），期满或收到陈述申辩后才能决定列入。",
                $"The employer may state its case until {listing.StatementDueOn:yyyy-MM-dd}; decide after that or after its statement.");
        return Decision.Emit(new EmployerListed(listing.Id, today, today.AddYears(settings.ListingYears).AddDays(-1), command.Reason!.Trim(), actor, now));
    }

    public static Decision RemoveEarly(CreditListing listing, RemoveListingEarly command, StaffScope? scope, CreditSanctionSettings settings,
        string actor, DateTimeOffset now)
    {
        if (listing.Status != ListingStatus.Listed) return NotIn(listing, "提前移出", "be removed early");
        if (!MayApprove(scope, listing.CountyCode))
            return new Refusal("not-an-approver", "提前移出由案件所在市或省级的督查人员决定。", "Early removal is decided by a supervisor of the county's city or of the province.");
        var today = ShanghaiTime.DateOf(now);
        var earliest = listing.ListedFrom!.Value.AddMonths(settings.EarlyRemovalAfterMonths);
        if (today < earliest)
            return new Refusal("too-early", $"列入满{settings.EarlyRemovalAfterMonths}个月（{earliest:yyyy-MM-dd}）后才能申请提前移出。",
                $"Early removal is possible from {earliest:yyyy-MM-dd}, {settings.EarlyRemovalAfterMonths} months after listing.");
        if (command.PaidOn > today || command.PledgeReceivedOn > today)
            return new Refusal("date-in-future", "支付日期和承诺书日期不能晚于今天。", "The dates paid and pledged cannot be after today.");
        return Decision.Emit(new ListingRemovedEarly(listing.Id, command.PaidOn!.Value, command.PledgeReceivedOn!.Value,
            string.IsNullOrWhiteSpace(command.Note) ? "" : command.Note.Trim(), actor, now));
    }

    /// <summary>The listing's 3 years ended (<see cref="ListingPeriodEnded"/>): off the list, once.</summary>
    public static Decision PeriodEnded(CreditListing listing, ListingPeriodEnded message, DateTimeOffset now) =>
        CaseDeadlines.Passed(message, listing.Status == ListingStatus.Listed, listing.ListedUntil, null, now,
            () => new ListingExpired(listing.Id, message.DueOn, now));

    private static Refusal NotIn(CreditListing listing, string zh, string en) => new("not-allowed-in-status",
        $"该列入程序当前为“{StatusZh(listing.Status)}”，不能{zh}。", $"The listing is {listing.Status}; it cannot {en}.");

    private static Refusal NotHandling() => new("not-the-handling-office", "该步骤由案件所在县的监察员办理。", "This step is taken by an inspector of the county.");

    public static string StatusZh(ListingStatus status) => status switch
    {
        ListingStatus.Proposed => "拟列入",
        ListingStatus.NoticeServed => "已告知，陈述申辩中",
        ListingStatus.Listed => "已列入",
        ListingStatus.Dropped => "不予列入",
        ListingStatus.RemovedEarly => "已提前移出",
        _ => "已期满移出",
    };
}

/// <summary>Scheduled for the end of a listing's last day.</summary>
public sealed record ListingPeriodEnded(Guid CreditListingId, DateOnly DueOn) : IDeadlineMessage;

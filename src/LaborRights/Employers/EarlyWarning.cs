using LaborRights.Security;

namespace LaborRights.Employers;

/// <summary>
/// The thresholds of the employer early warning (用人单位欠薪预警), from the <c>EarlyWarning</c> section of the
/// configuration: the province sets them without code, and a change applies at the next read (nothing is stored).
/// </summary>
public sealed class EarlyWarningSettings
{
    public const string Section = "EarlyWarning";

    /// <summary>The window in which complaints and mass cases count (12 months).</summary>
    public int WindowDays { get; set; } = 365;

    /// <summary>Complaints (wage arrears and discrimination, not refused) within the window …</summary>
    public int RepeatComplaintsAtLeast { get; set; } = 3;

    /// <summary>… from at least this many counties (across counties, not one office's repeat).</summary>
    public int RepeatComplaintCountiesAtLeast { get; set; } = 2;

    /// <summary>Wage-arrears cases still unpaid after the order-to-pay date.</summary>
    public int UnpaidOrdersAtLeast { get; set; } = 1;

    /// <summary>Arbitration awards reported unpaid.</summary>
    public int UnpaidAwardsAtLeast { get; set; } = 1;
}

/// <summary>A case behind a warning, as the reader may open it.</summary>
public sealed record EmployerWarningCase(Guid CaseId, CaseKind Kind, string Reference, string CountyCode);

/// <summary>
/// One early-warning signal on an employer, explained by the cases behind it: those the reader reads are listed, the
/// others only counted (<paramref name="CasesOutsideScope"/>), as the registry's totals are province-wide.
/// </summary>
/// <param name="Code"><c>repeat-complaints</c>, <c>unpaid-orders</c>, <c>mass-case</c> or <c>unpaid-awards</c>.</param>
public sealed record EmployerWarning(string Code, string TextZh, string TextEn, IReadOnlyList<EmployerWarningCase> Cases, int CasesOutsideScope);

/// <summary>Which thresholds an employer crosses today, each with its cases (<see cref="EarlyWarningSettings"/>).</summary>
public static class EmployerWarnings
{
    public static readonly IReadOnlyList<string> Codes = ["repeat-complaints", "unpaid-orders", "mass-case", "unpaid-awards"];

    /// <param name="massCaseWorkers">The workers that make a wage-arrears case a mass case (<see cref="MassCaseDefinitions"/>).</param>
    /// <param name="scope">Who reads: their cases are listed, the others counted; null lists all (the registry's own view).</param>
    public static IReadOnlyList<EmployerWarning> For(EmployerRecord record, EarlyWarningSettings settings, int massCaseWorkers, DateOnly today,
        StaffScope? scope)
    {
        var since = today.AddDays(-settings.WindowDays);
        var warnings = new List<EmployerWarning>();

        var complaints = record.Cases.Where(c => c.Kind is CaseKind.WageArrears or CaseKind.Discrimination && c.OpenedOn > since && c.Status != "Rejected").ToList();
        var counties = complaints.Select(c => c.CountyCode).Distinct().Count();
        if (complaints.Count >= settings.RepeatComplaintsAtLeast && counties >= settings.RepeatComplaintCountiesAtLeast)
            warnings.Add(Warning("repeat-complaints", complaints, scope,
                $"{settings.WindowDays}天内在{counties}个县（市、区）被投诉{complaints.Count}次",
                $"{complaints.Count} complaints from {counties} counties within {settings.WindowDays} days"));

        var unpaidOrders = record.Cases.Where(c => c.Kind == CaseKind.WageArrears && c.PaymentDeadlinePassed && c.UnpaidAfterOrder > 0).ToList();
        if (unpaidOrders.Count >= settings.UnpaidOrdersAtLeast)
            warnings.Add(Warning("unpaid-orders", unpaidOrders, scope,
                $"责令限期支付后逾期仍未支付{unpaidOrders.Count}件，尚欠{unpaidOrders.Sum(c => c.UnpaidAfterOrder):N2}元",
                $"{unpaidOrders.Count} orders to pay unpaid after their date, {unpaidOrders.Sum(c => c.UnpaidAfterOrder):N2} yuan still owed"));

        var mass = record.Cases.Where(c => c.Kind == CaseKind.WageArrears && c.Workers >= massCaseWorkers && c.OpenedOn > since && c.Status != "Rejected").ToList();
        if (mass.Count > 0)
            warnings.Add(Warning("mass-case", mass, scope,
                $"{settings.WindowDays}天内有群体性欠薪案件{mass.Count}件（{massCaseWorkers}人以上）",
                $"{mass.Count} mass wage-arrears cases ({massCaseWorkers} or more workers) within {settings.WindowDays} days"));

        var unpaidAwards = record.Cases.Where(c => c.Kind == CaseKind.Arbitration && c.AwardReportedUnpaid).ToList();
        if (unpaidAwards.Count >= settings.UnpaidAwardsAtLeast)
            warnings.Add(Warning("unpaid-awards", unpaidAwards, scope,
                $"仲裁裁决未履行{unpaidAwards.Count}件", $"{unpaidAwards.Count} arbitration awards reported unpaid"));
        return warnings;
    }

    private static EmployerWarning Warning(string code, IReadOnlyList<EmployerCase> cases, StaffScope? scope, string zh, string en)
    {
        var readable = cases.Where(c => scope is null || scope.Reads(c.Kind, c.CountyCode)).ToList();
        return new EmployerWarning(code, zh, en,
            readable.Select(c => new EmployerWarningCase(c.CaseId, c.Kind, c.Reference, c.CountyCode)).ToList(), cases.Count - readable.Count);
    }
}

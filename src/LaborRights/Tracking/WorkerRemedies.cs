using LaborRights.Arbitration;
using LaborRights.CaseIndex;
using LaborRights.Discrimination;
using LaborRights.WageArrears;

namespace LaborRights.Tracking;

/// <summary>Something the worker may do now, in plain words, with the law it rests on.</summary>
/// <param name="Code">Its stable name, e.g. <c>inspection-late</c>, <c>sue-on-non-final-award</c>.</param>
public sealed record PublicRemedy(string Code, string TextZh, string TextEn);

/// <summary>
/// What a worker may do as the case stands (issue 14, item 7): when the office let a deadline pass or refused the
/// case, where to turn; for an arbitration award, whether each item is final and the time to sue or to apply for
/// enforcement. Read from the case as its events leave it (overdue steps come from "deadline passed" events) and,
/// for a deadline whose event is not yet processed, from the date.
/// </summary>
public static class WorkerRemedies
{
    public static IReadOnlyList<PublicRemedy> For(CaseIndexEntry entry, DateOnly today)
    {
        // The office's own lateness; an employer paying late (the payment step) is not the office's.
        var officeLate = entry.OverdueSteps.Any(s => s != CaseSteps.Payment)
            || entry.IsOpen && entry.NextDueOn is { } due && due < today;
        return entry.Kind switch
        {
            CaseKind.WageArrears when entry.WageArrears is { } c => WageArrears(c, officeLate),
            CaseKind.Discrimination when entry.Discrimination is { } c => Discrimination(c, officeLate),
            CaseKind.Arbitration when entry.Arbitration is { } c => Arbitration(c, officeLate),
            _ => [],
        };
    }

    private static IReadOnlyList<PublicRemedy> WageArrears(WageArrearsCase c, bool officeLate)
    {
        if (c.Status == CaseStatus.Rejected) return [InspectionRefused, Arbitrate];
        var remedies = new List<PublicRemedy>();
        if (officeLate) remedies.Add(InspectionLate);
        if (c.OverdueSteps.Contains(CaseSteps.Payment)) remedies.Add(EmployerLate);
        if (remedies.Count > 0) remedies.Add(Arbitrate);
        return remedies;
    }

    private static IReadOnlyList<PublicRemedy> Discrimination(DiscriminationCase c, bool officeLate) => c.Status switch
    {
        DiscriminationStatus.Rejected => [InspectionRefused, SueForDiscrimination],
        _ when officeLate => [InspectionLate, SueForDiscrimination],
        _ => [],
    };

    private static IReadOnlyList<PublicRemedy> Arbitration(ArbitrationCase c, bool officeLate)
    {
        // 劳动争议调解仲裁法 第29条: refused, or no decision within the period → court.
        if (c.Status == ArbitrationStatus.Refused || officeLate && c.Status == ArbitrationStatus.PendingAcceptance) return [ArbitrationRefused];
        if (c.Status == ArbitrationStatus.Mediated) return [MediationEnforce];
        var remedies = new List<PublicRemedy>();
        // 第43条: no award within the period → court (on what is still undecided).
        if (officeLate && c.InProceedings) remedies.Add(AwardLate);
        // 第47条–第51条, item by item: what is final binds the employer at once, the rest may go to court.
        var final = c.Decided.Where(i => i.IsFinal).Select(i => i.ClaimNumber).ToList();
        var nonFinal = c.Decided.Where(i => !i.IsFinal).Select(i => i.ClaimNumber).ToList();
        if (final.Count > 0)
            remedies.Add(new("sue-on-final-award",
                $"第{Items(final)}项请求是终局裁决，自作出之日起发生法律效力。您不服的，可以自收到裁决书之日起15日内向人民法院起诉（劳动争议调解仲裁法第四十八条）；" +
                "用人单位只能自收到裁决书之日起30日内向中级人民法院申请撤销（第四十九条）。",
                $"Claim item(s) {ItemsEn(final)} are decided finally and bind from the day of the award. If you disagree you may sue in court within " +
                "15 days of receiving the award (Art. 48); the employer may only apply to the intermediate court to set them aside within 30 days (Art. 49)."));
        if (nonFinal.Count > 0)
            remedies.Add(new("sue-on-non-final-award",
                $"第{Items(nonFinal)}项请求不是终局裁决：您或用人单位不服的，可以自收到裁决书之日起15日内向人民法院起诉；期满不起诉的，裁决发生法律效力（第五十条）。",
                $"Claim item(s) {ItemsEn(nonFinal)} are not final: you or the employer may sue in court within 15 days of receiving the award; if " +
                "nobody does, the award takes effect (Art. 50)."));
        if (c.Decided.Count > 0) remedies.Add(AwardEnforce);
        return remedies;
    }

    private static string Items(IEnumerable<int> numbers) => string.Join("、", numbers);

    private static string ItemsEn(IEnumerable<int> numbers) => string.Join(", ", numbers);

    private static readonly PublicRemedy InspectionRefused = new("inspection-refused",
        "对不予受理的决定不服的，您可以自知道该决定之日起60日内申请行政复议，或者6个月内提起行政诉讼。",
        "If you disagree with the refusal you may apply for administrative review within 60 days of learning of it, or sue within 6 months.");

    private static readonly PublicRemedy InspectionLate = new("inspection-late",
        "劳动保障监察机构超过法定期限没有办理。您可以向它的上一级人力资源社会保障部门反映，或拨打 12333；也可以依法申请行政复议或提起行政诉讼。",
        "The labour inspection office did not act within the time the law gives it. You may tell the human-resources department above it or call " +
        "12333, or apply for administrative review or sue.");

    private static readonly PublicRemedy EmployerLate = new("employer-late",
        "用人单位没有在限期内支付。劳动保障监察机构可以责令它按应付金额50%以上100%以下加付赔偿金（劳动合同法第八十五条）。",
        "The employer did not pay by the date it was ordered to. The inspection office may order it to pay an extra 50% to 100% of the amount " +
        "owed (Labour Contract Law Art. 85).");

    private static readonly PublicRemedy Arbitrate = new("arbitrate",
        "被拖欠的工资，您也可以申请劳动仲裁，要求用人单位支付。",
        "You may also apply for labour arbitration to have the employer pay the wages owed.");

    private static readonly PublicRemedy SueForDiscrimination = new("sue-for-discrimination",
        "受到就业歧视的，您也可以直接向人民法院起诉（就业促进法第六十二条）。",
        "If you were discriminated against you may also sue in court directly (Employment Promotion Law Art. 62).");

    private static readonly PublicRemedy ArbitrationRefused = new("arbitration-refused",
        "仲裁委员会决定不予受理，或者超过5日没有作出决定的，您可以就这个劳动争议直接向人民法院起诉（劳动争议调解仲裁法第二十九条）。",
        "If the commission refused the application, or did not decide within 5 days, you may take the dispute to court directly " +
        "(Labour Dispute Mediation and Arbitration Law Art. 29).");

    private static readonly PublicRemedy AwardLate = new("award-late",
        "仲裁庭超过法定期限没有作出裁决的，您可以就这个劳动争议向人民法院起诉（劳动争议调解仲裁法第四十三条）。",
        "If the tribunal did not make its award within the period the law gives it, you may take the dispute to court (Art. 43).");

    private static readonly PublicRemedy AwardEnforce = new("apply-for-enforcement",
        "裁决发生法律效力后，用人单位逾期不履行的，您可以向人民法院申请强制执行（第五十一条）；申请执行的期间为2年，从裁决书规定的履行期间最后一日起计算（民事诉讼法第二百五十条）。",
        "Once the award is in force, if the employer does not comply you may apply to the court for enforcement (Art. 51); you have 2 years " +
        "from the last day the award gave for compliance (Civil Procedure Law Art. 250).");

    private static readonly PublicRemedy MediationEnforce = new("enforce-mediation",
        "调解书经双方签收后发生法律效力；用人单位不履行的，您可以向人民法院申请强制执行（劳动争议调解仲裁法第五十一条），申请执行的期间为2年。",
        "The mediation statement binds once both parties sign for it; if the employer does not comply you may apply to the court for " +
        "enforcement (Art. 51) within 2 years.");
}

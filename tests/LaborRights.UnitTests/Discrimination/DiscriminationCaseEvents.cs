using LaborRights.Discrimination;

namespace LaborRights.UnitTests.Discrimination;

/// <summary>Events of a typical discrimination case, in the order a case lives them.</summary>
public static class DiscriminationCaseEvents
{
    public static readonly Guid Id = Guid.Parse("0b6e3c1e-9d9a-4d1f-8f64-5a4c7e8a2001");
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, Cst);

    public static readonly Employer Employer = new("济南某科技有限公司", "91350100M000100Y43");

    public static DiscriminationComplaintReceived Received(
        DateTimeOffset? at = null, DiscriminationFilingKind kind = DiscriminationFilingKind.Complaint,
        DiscriminationStage stage = DiscriminationStage.RecruitmentAd, DateOnly? occurredOn = null,
        params DiscriminationGround[] grounds) => new(
        Id, "DC20250224-7K3M9P2Q", "hash", kind, DiscriminationChannel.Online,
        new DiscriminationFiler("李秀英", "13812345678"), Employer, "370102", "370176",
        grounds.Length == 0 ? [DiscriminationGround.Sex] : grounds, null, stage,
        occurredOn ?? new DateOnly(2025, 2, 10), "招聘广告写明“限男性”。",
        [new DiscriminationEvidence(EvidenceKind.Url, "https://jobs.example.cn/123")],
        new DateOnly(2025, 3, 3), false, "complainant:online", at ?? At(2025, 2, 24));

    public static DiscriminationComplaintAccepted Accepted() => new(
        Id, Employer, "370102", "370176", [DiscriminationGround.Sex], DiscriminationStage.RecruitmentAd,
        new DateOnly(2025, 2, 25), new DateOnly(2025, 5, 23), false, "inspector.li", At(2025, 2, 25));

    public static DiscriminationFindingRecorded Found(bool substantiated = true) =>
        new(Id, substantiated, "广告限定性别，无正当理由。", "inspector.li", At(2025, 3, 3));

    public static DiscriminationCorrectionOrdered CorrectionOrdered(DateOnly? correctBy = null) =>
        new(Id, "撤下并重新发布招聘广告", correctBy ?? new DateOnly(2025, 3, 14), "inspector.li", At(2025, 3, 4));

    public static DiscriminationCorrectionChecked CorrectionChecked(bool corrected = false, DateOnly? on = null) =>
        new(Id, on ?? new DateOnly(2025, 3, 15), corrected, corrected ? "广告已撤下" : "广告仍在发布", "inspector.li", At(2025, 3, 15));

    public static DiscriminationFineImposed Fined() =>
        new(Id, 20_000m, new DateOnly(2025, 3, 14), "逾期未改正", "inspector.li", At(2025, 3, 17));

    public static DiscriminationJointInterviewHeld Interviewed() =>
        new(Id, ["历下区总工会", "历下区妇联"], new DateOnly(2025, 3, 5), "用人单位承诺整改", "inspector.li", At(2025, 3, 5));

    public static DiscriminationReferredForSupportedLitigation ReferredForLitigation() =>
        new(Id, "历下区人民检察院", "劳动者拟起诉", "inspector.li", At(2025, 3, 6));

    public static DiscriminationReferredToProcuratorate ReferredToProcuratorate(
        ProcuratorateReferralKind kind = ProcuratorateReferralKind.PublicInterestLitigation) =>
        new(Id, kind, "济南市人民检察院", "涉及不特定多数女性求职者", "inspector.li", At(2025, 3, 6));

    public static DiscriminationCaseClosed Closed(DiscriminationOutcome outcome = DiscriminationOutcome.Remedied) =>
        new(Id, outcome, "结案", "inspector.li", At(2025, 3, 20));

    public static object[] UnderInvestigation(DiscriminationFilingKind kind = DiscriminationFilingKind.Complaint) =>
        [Received(kind: kind), Accepted()];

    public static object[] SubstantiatedCase() => [.. UnderInvestigation(), Found()];

    public static object[] NotSubstantiatedCase() => [.. UnderInvestigation(), Found(false)];
}

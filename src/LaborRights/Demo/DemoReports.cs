using LaborRights.Leads;
using LaborRights.Tracking;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Filing;

namespace LaborRights.Demo;

/// <summary>
/// What the demo inspector of 历下区 finds besides cases: two reports (举报) waiting as leads — one anonymous about a
/// contractor without a credit code, one named about a job advertisement — and a complaint against a labour contractor
/// whose employer is still to be identified before it can be accepted.
/// </summary>
public static class DemoReports
{
    private const string Lixia = "370102";

    public static IReadOnlyList<(Guid Id, LeadReported Reported)> Leads(DateTimeOffset now) =>
    [
        Lead("demo-report:1", ReportSubject.WageArrears, "张某（包工头）", "历下区某商业综合体装修工地",
            "工地上十几个装修工人从九月起没拿到工资，包工头说总包没给钱。", null, now.AddDays(-2)),
        Lead("demo-report:2", ReportSubject.Discrimination, "济南某餐饮管理有限公司", null,
            "招聘服务员的广告写着“限本地户籍，35岁以下女性”。", new Reporter("赵敏", "13698765432"), now.AddDays(-1)),
    ];

    private static (Guid, LeadReported) Lead(string key, ReportSubject subject, string employer, string? address, string description, Reporter? reporter,
        DateTimeOffset at)
    {
        var id = DeterministicId.For(key);
        var reference = $"{LeadRules.ReferencePrefix}{ShanghaiTime.DateOf(at):yyyyMMdd}-{id.ToString("N")[..8].ToUpperInvariant()}";
        return (id, new LeadReported(id, reference, subject, employer, null, address, Lixia, description, reporter, at));
    }

    /// <summary>A worker's complaint about a contractor, described (no credit code), received yesterday, as the form records it.</summary>
    public static WageArrearsComplaintReceived UnidentifiedComplaint(DateTimeOffset now, Calendar.WorkingDayCalendar calendar, WageArrearsRules rules)
    {
        var at = now.AddDays(-1);
        var receivedOn = ShanghaiTime.DateOf(at);
        var form = new ComplaintForm("孙大勇", "11010519491231002X", "13506401234", "张某（包工头）", null, Lixia, null, "历下区某商业综合体装修工程", 12, 86_400m,
            receivedOn.AddMonths(-5), null, "跟着包工头张某在商业综合体做装修，九月以后的工资一直没给。")
        { EmployerAddress = "历下区某商业综合体装修工地", EmployerPhone = "13853112345" };
        return form.ToEvent(DeterministicId.For("demo-complaint:unidentified"), TrackingCredentials.NewTrackingNumber(receivedOn),
            TrackingCredentials.Hash(TrackingCredentials.NewAccessCode()), IntakeChannel.Online, "complainant:online", at,
            calendar.AddWorkingDays(receivedOn, rules.AcceptanceWorkingDays));
    }
}

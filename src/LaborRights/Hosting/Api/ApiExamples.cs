using System.Text.Json;
using System.Text.Json.Nodes;
using LaborRights.Arbitration;
using LaborRights.Arbitration.Filing;
using LaborRights.Discrimination;
using LaborRights.Discrimination.Filing;
using LaborRights.ReferenceData;
using LaborRights.Security.SignIn;
using LaborRights.Tracking;
using LaborRights.WageArrears.Filing;
using Microsoft.OpenApi;

namespace LaborRights.Hosting.Api;

/// <summary>
/// Examples of the public operations, written as the application's own types so that they compile against the
/// contract, and posted to the API by a test (ApiExampleTests) so that they are true. The people and employers are
/// invented; the identity numbers are valid in form only.
/// </summary>
public static class ApiExamples
{
    public static readonly ComplaintForm WageArrearsComplaint = new(
        "王建国", "11010519491231002X", "13812345678", "济南鲁泰建筑工程有限公司", "91350100M000100Y43",
        "370102", null, "历下区某安置房项目", 4, 36_000m, new DateOnly(2025, 9, 1), new DateOnly(2026, 10, 31),
        "2025年9月至2026年10月工资未结清，多次讨要未果。");

    public static readonly ComplaintFiled WageArrearsComplaintFiled = ComplaintIntake.Answer(
        Guid.Parse("01938a6e-5f2c-7b3d-9e41-6c2f8a1d0b57"), "WA20261206-7K3M9P2Q", "K7M2-Q9XD-4HRT-8WPA-C3NF", new DateOnly(2026, 12, 11));

    public static readonly DiscriminationForm DiscriminationComplaint = new(
        DiscriminationFilingKind.Complaint, "李秀英", "13812345678", "济南某科技有限公司", "91350100M000100Y43", "370102", null,
        [DiscriminationGround.Sex, DiscriminationGround.Age], null, DiscriminationStage.RecruitmentAd, new DateOnly(2026, 11, 20),
        "招聘广告写明“限男性，35岁以下”。", [new(EvidenceKind.JobAdText, "限男性，35岁以下，本科以上")]);

    public static readonly ArbitrationApplicationForm ArbitrationApplication = new(
        new PartyForm(PartyKind.Worker, "王建国", "11010519491231002X", "13812345678"),
        new PartyForm(PartyKind.Employer, "济南鲁泰建筑工程有限公司", "91350100M000100Y43", "053188886666"),
        "370102", null, [new ClaimForm(ClaimCategory.Pay, "支付2026年7月至9月工资", 30_000m)], 1,
        "申请人自2025年3月起在被申请人处工作，2026年7月起工资未发放。");

    public static readonly PublicCaseStatus Tracking = new(
        "WA20261206-7K3M9P2Q", CaseKind.WageArrears, null, "PendingAcceptance", "受理审查中", true,
        CaseSteps.Acceptance, CaseSteps.Chinese(CaseSteps.Acceptance), new DateOnly(2026, 12, 11), false,
        [new PublicTimelineEntry(new DateTimeOffset(2026, 12, 6, 10, 30, 0, TimeSpan.FromHours(8)), "收到投诉", "Complaint received")]);

    /// <summary>The demo data's inspector (README); on a real deployment, the caller's own account.</summary>
    public static readonly TokenRequest Token = new("inspector.lixia", Demo.DemoAccounts.DemoPassword);

    public static readonly RefreshRequest Refresh = new("CfDJ8…(the refreshToken of the last sign-in or refresh)");

    private static readonly County Lixia = new("370102", "历下区", "370100", "济南市", "district");

    /// <summary>By the operation's method and route: (request body, success body).</summary>
    private static readonly Dictionary<string, (object? Request, object? Answer)> ByOperation = new()
    {
        ["POST api/complaints/wage-arrears"] = (WageArrearsComplaint, WageArrearsComplaintFiled),
        ["POST api/complaints/discrimination"] = (DiscriminationComplaint, null),
        ["POST api/applications/arbitration"] = (ArbitrationApplication, null),
        ["GET api/tracking/{trackingNumber}"] = (null, Tracking),
        ["POST api/auth/token"] = (Token, null),
        ["POST api/auth/refresh"] = (Refresh, null),
        ["GET api/reference/cities"] = (null, new[] { new City("370100", "济南市"), new City("370200", "青岛市") }),
        ["GET api/reference/counties"] = (null, new[] { Lixia, new County("370103", "市中区", "370100", "济南市", "district") }),
        ["GET api/reference/counties/{code}"] = (null, Lixia),
        ["GET api/reference/parks"] = (null, new[] { new Park("370176", "济南高新技术产业开发区", "370100", "济南市") }),
    };

    public static IReadOnlyCollection<string> Operations => ByOperation.Keys;

    public static object? RequestOf(string operation) => ByOperation.GetValueOrDefault(operation).Request;

    internal static void Describe(OpenApiOperation operation, string key, JsonSerializerOptions json)
    {
        if (!ByOperation.TryGetValue(key, out var example)) return;
        if (example.Request is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
            body.Example = JsonSerializer.SerializeToNode(request, request.GetType(), json);
        if (example.Answer is { } answer && operation.Responses?.FirstOrDefault(r => r.Key.StartsWith('2')).Value?.Content?
                .TryGetValue("application/json", out var success) == true)
            success.Example = JsonSerializer.SerializeToNode(answer, answer.GetType(), json);
    }
}

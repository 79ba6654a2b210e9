using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security.PersonalData;
using LaborRights.WageArrears.Filing;

namespace LaborRights.IntegrationTests.Security;

/// <summary>Personal data of the privacy tests: valid values that no other test uses, so a leak is theirs.</summary>
public static class PersonalDataScenarios
{
    public const string ResidentId = "370102199001011231";
    public const string ResidentIdMasked = "370102********1231";
    public const string Phone = "13955556666";
    public const string PhoneMasked = "139****6666";

    public static ComplaintForm AComplaintWithPersonalData(string county = "370102") =>
        Scenarios.AComplaint(county) with { ComplainantName = "赵丽华", ResidentId = ResidentId, Phone = Phone };

    public static Task<IScenarioResult> Reveal(this IAlbaHost host, string kindRoute, Guid id, string user, int status = 200,
        string? reason = "电话联系投诉人核实欠薪金额") =>
        host.Scenario(x =>
        {
            x.Post.Json(new RevealPersonalData(reason)).ToUrl($"/api/{kindRoute}/{id}/personal-data/reveal");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static Task<IScenarioResult> Erase(this IAlbaHost host, string kindRoute, Guid id, string user, int status = 200,
        string? reason = "投诉人依个人信息保护法第四十七条申请删除，经审核同意") =>
        host.Scenario(x =>
        {
            x.Post.Json(new ErasePersonalData(reason)).ToUrl($"/api/{kindRoute}/{id}/personal-data/erase");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
            x.StatusCodeShouldBe(status);
        });

    public static async Task<PersonalDataAuditTrail> AuditTrail(this IAlbaHost host, string kindRoute, Guid id, string user)
    {
        var result = await host.Scenario(x =>
        {
            x.Get.Url($"/api/{kindRoute}/{id}/personal-data/accesses");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        });
        return (await result.ReadAsJsonAsync<PersonalDataAuditTrail>())!;
    }
}

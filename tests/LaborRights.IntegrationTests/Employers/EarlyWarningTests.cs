using Alba;
using LaborRights.Employers;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Security;
using Marten.Events;

namespace LaborRights.IntegrationTests.Employers;

/// <summary>用人单位欠薪预警 over HTTP (issue 16, item 6): on the employer's record and in the supervisors' list, explained by its cases.</summary>
[Collection(AppCollection.Name)]
public class EarlyWarningTests(AppFixture app)
{
    private static readonly string CitySupervisor = StaffUsers.Of("supervisor.jinan", [StaffRoles.Supervisor], ["370100"]);

    [Fact]
    public async Task Complaints_from_several_counties_raise_a_warning_on_the_record_and_in_the_supervisors_list()
    {
        var code = Scenarios.NewCreditCode();
        var form = Scenarios.AComplaint() with { EmployerCreditCode = code, EmployerName = "济南预警建筑劳务有限公司" };
        var filed = new List<LaborRights.WageArrears.Filing.ComplaintFiled>();
        foreach (var county in new[] { "370102", "370103" }) filed.Add(await app.Host.FileComplaint(form with { CountyCode = county }));

        (await Record(code, CitySupervisor)).Warnings.Should().BeEmpty("two complaints are below the threshold of three");
        (await List("/api/employers/warnings?pageSize=100", CitySupervisor)).Items.Should().NotContain(x => x.CreditCode == code);

        filed.Add(await app.Host.FileComplaint(form with { CountyCode = "370202" })); // 青岛市南区: another city

        var warning = (await Record(code, CitySupervisor)).Warnings.Should().ContainSingle().Subject;
        warning.Code.Should().Be("repeat-complaints");
        warning.TextZh.Should().Contain("3个县（市、区）被投诉3次");
        warning.Cases.Select(c => c.CaseId).Should().BeEquivalentTo(filed.Take(2).Select(f => f.Id), "Jinan's supervisor reads Jinan's cases");
        warning.CasesOutsideScope.Should().Be(1, "Qingdao's complaint is counted, not named");

        var row = (await List("/api/employers/warnings?code=repeat-complaints&pageSize=100", CitySupervisor)).Items
            .Should().ContainSingle(x => x.CreditCode == code).Subject;
        row.Name.Should().Be("济南预警建筑劳务有限公司");
        (await List("/api/employers/warnings?code=unpaid-awards&pageSize=100", CitySupervisor)).Items.Should().NotContain(x => x.CreditCode == code);
        (await List("/api/employers/warnings?county=370112&pageSize=100", CitySupervisor)).Items.Should().NotContain(x => x.CreditCode == code);
        await Send("/api/employers/warnings?code=bankrupt", CitySupervisor, 400);
        await Send("/api/employers/warnings", StaffUsers.Inspector("370102"), 403);
    }

    private async Task<EmployerView> Record(string code, string user)
    {
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        return (await (await Send($"/api/employers/{code}", user, 200)).ReadAsJsonAsync<EmployerView>())!;
    }

    private async Task<Page<EmployerWarningRow>> List(string url, string user)
    {
        await app.Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);
        return (await (await Send(url, user, 200)).ReadAsJsonAsync<Page<EmployerWarningRow>>())!;
    }

    private Task<IScenarioResult> Send(string url, string user, int status) => app.Host.Scenario(x =>
    {
        x.Get.Url(url);
        x.WithRequestHeader(DevelopmentAuthentication.UserHeader, user);
        x.StatusCodeShouldBe(status);
    });
}

using LaborRights.Common;
using Alba;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Queue;

namespace LaborRights.IntegrationTests.WageArrears;

[Collection(AppCollection.Name)]
public class QueueTests(AppFixture app)
{
    [Fact]
    public async Task The_county_queue_filters_by_status_and_puts_the_nearest_deadline_first()
    {
        const string county = "371525";
        var pending = await app.Host.FileComplaint(Scenarios.AComplaint(county: county));
        var (investigated, _) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(county: county));

        var all = await Queue($"county={county}&pageSize=100");
        all.Items.Select(x => x.Id).Should().Contain([pending.Id, investigated.Id]);
        all.Items.Should().OnlyContain(x => x.CountyCode == county && x.CityCode == "371500");
        all.Items.Select(x => x.NextDueOn).Should().BeInAscendingOrder();
        var row = all.Items.Single(x => x.Id == investigated.Id);
        row.InvestigationDueOn.Should().NotBeNull();
        row.Inspectors.Should().Equal("张伟", "李娜");

        var onlyPending = await Queue($"county={county}&status=PendingAcceptance&pageSize=100");
        onlyPending.Items.Should().Contain(x => x.Id == pending.Id).And.NotContain(x => x.Id == investigated.Id);
        onlyPending.Items.Single(x => x.Id == pending.Id).NextDueOn.Should().Be(pending.AcceptanceDueOn);
    }

    [Fact]
    public async Task The_queue_pages()
    {
        const string county = "370503";
        for (var i = 0; i < 3; i++) await app.Host.FileComplaint(Scenarios.AComplaint(county: county));
        var page = await Queue($"county={county}&page=2&pageSize=2");
        page.PageNumber.Should().Be(2);
        page.TotalItems.Should().BeGreaterThanOrEqualTo(3);
        page.Items.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("county=999999")]
    [InlineData("city=370101")]
    [InlineData("status=Lost")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=abc")]
    public async Task Bad_queue_filters_are_400(string query)
    {
        await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears?{query}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(400);
        });
    }

    private async Task<Page<LaborRights.WageArrears.Queue.WageArrearsQueueItem>> Queue(string query)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/wage-arrears?{query}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<Page<LaborRights.WageArrears.Queue.WageArrearsQueueItem>>())!;
    }
}

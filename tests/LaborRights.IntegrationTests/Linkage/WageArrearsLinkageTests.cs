using Alba;
using LaborRights.Common;
using LaborRights.Hosting;
using LaborRights.IntegrationTests.Infrastructure;
using LaborRights.Referrals;
using LaborRights.WageArrears;
using LaborRights.WageArrears.Linking;
using Marten;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Linkage;

[Collection(AppCollection.Name)]
public class WageArrearsLinkageTests(AppFixture app)
{
    [Fact]
    public async Task A_transfer_to_the_police_opens_one_enforcement_referral_record_even_if_delivered_twice()
    {
        var (filed, version) = await app.Host.CaseUnderInvestigation(Scenarios.AComplaint(amount: 60_000m));
        version = (await app.Host.Command(filed.Id, "confirm-arrears", new { version, amount = 60_000m, workersOwed = 4 })).Version;
        var payBy = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(2);
        version = (await app.Host.Command(filed.Id, "order-payment", new { version, payBy })).Version;
        app.Clock.Advance(TimeSpan.FromDays(3));

        var tracked = await app.Host.ExecuteAndWaitAsync(async () => await app.Host.Command(filed.Id, "transfer-to-police",
            new { version, policeAgency = "济南市公安局历下区分局", reason = "经责令支付逾期仍不支付" }));
        var message = tracked.Sent.SingleMessage<OpenEnforcementReferral>();
        await app.Host.InvokeMessageAndWaitAsync(message);

        var referrals = await Referrals(filed.Id);
        referrals.Should().ContainSingle();
        var referral = referrals.Single();
        referral.Kind.Should().Be(ReferralKind.PoliceTransfer);
        referral.Recipient.Should().Be("济南市公安局历下区分局");
        referral.Amount.Should().Be(60_000m);
        referral.Source.Should().Be(new CaseReference(CaseKind.WageArrears, filed.Id));

        await app.Host.Scenario(x =>
        {
            x.Post.Json(new { version = 1, answer = "Filed", note = "已立案侦查" }).ToUrl($"/api/referrals/{referral.Id}/answer");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        (await Referrals(filed.Id)).Single().Status.Should().Be(ReferralStatus.Filed);
    }

    [Fact]
    public async Task Linking_a_wage_arrears_case_twice_records_the_link_once()
    {
        var filed = await app.Host.FileComplaint();
        var other = new CaseReference(CaseKind.Inspection, Guid.NewGuid());

        await app.Host.InvokeMessageAndWaitAsync(new LinkWageArrearsCase(filed.Id, other, LinkRelation.SameMatter));
        await app.Host.InvokeMessageAndWaitAsync(new LinkWageArrearsCase(filed.Id, other, LinkRelation.SameMatter));

        var details = await app.Host.Details(filed.Id);
        details.Case.Links.Should().ContainSingle().Which.Should().Be(LinkedCase.Of(other, LinkRelation.SameMatter));
        details.History.Count(h => h.Event == nameof(WageArrearsCaseLinked)).Should().Be(1);
    }

    /// <summary>Through the referral API, as staff find them.</summary>
    private async Task<IReadOnlyList<EnforcementReferral>> Referrals(Guid sourceId)
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url($"/api/referrals?sourceId={sourceId}");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
        });
        return (await result.ReadAsJsonAsync<Page<EnforcementReferral>>())!.Items;
    }
}

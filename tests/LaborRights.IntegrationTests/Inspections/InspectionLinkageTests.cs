using LaborRights.Common;
using LaborRights.Inspections;
using LaborRights.Inspections.Deadlines;
using LaborRights.Inspections.Linking;
using LaborRights.IntegrationTests.Infrastructure;
using Marten;
using Wolverine;
using Wolverine.Tracking;

namespace LaborRights.IntegrationTests.Inspections;

/// <summary>The hooks the linkage between case kinds will use: internal messages, idempotent on redelivery.</summary>
[Collection(AppCollection.Name)]
public class InspectionLinkageTests(AppFixture app)
{
    [Fact]
    public async Task Open_inspection_from_linkage_delivered_twice_opens_exactly_one_case()
    {
        var source = new CaseReference(CaseKind.WageArrears, Guid.NewGuid());
        var id = InspectionCaseIds.ForSource(source);
        var message = new OpenInspectionFromLinkage(id, source, "烟台龙腾食品有限公司", InspectionScenarios.CreditCode, "370602", "370676", "欠薪投诉涉及12人，联动检查");

        var first = await app.Host.InvokeMessageAndWaitAsync(message);
        await app.Host.InvokeMessageAndWaitAsync(message);

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var opened = events.Should().ContainSingle().Which.Data.Should().BeOfType<InspectionCaseOpened>().Subject;
        opened.Origin.Should().Be(InspectionOrigin.Linkage);
        opened.Source.Should().Be(source);
        opened.EmployerCreditCode.Should().Be(InspectionScenarios.CreditCode);
        opened.ParkCode.Should().Be("370676");
        opened.OpenedBy.Should().Be("system:linkage");
        first.Scheduled.SingleMessage<InspectionDeadlineReached>().DueOn.Should().Be(opened.InvestigationDueOn);

        var details = await app.Host.InspectionDetails(id);
        details.Case.Source.Should().Be(source);
        details.History.Single().TextZh.Should().Contain("联动").And.Contain("欠薪案件");
        (await app.Host.InspectionQueue("/api/inspections?county=370602&pageSize=100")).Items.Should().ContainSingle(x => x.Id == id);
    }

    [Fact]
    public async Task Two_linkage_requests_racing_for_the_same_source_open_one_case()
    {
        var source = new CaseReference(CaseKind.Discrimination, Guid.NewGuid());
        var id = InspectionCaseIds.ForSource(source);
        var message = new OpenInspectionFromLinkage(id, source, "潍坊华信纺织有限公司", InspectionScenarios.CreditCode, "370705", null, "招聘广告限男性");

        // Eight buses racing, as several nodes would: each loser retries and finds the case already opened.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => app.Host.MessageBus().InvokeAsync(message))));

        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(id)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_link_delivered_twice_is_recorded_once_and_shown_in_details_and_history()
    {
        var (id, _) = await app.Host.InspectionWithTeam(InspectionScenarios.AnInspection(county: "370811"));
        var wageCase = new CaseReference(CaseKind.WageArrears, Guid.NewGuid());
        var arbitration = new CaseReference(CaseKind.Arbitration, Guid.NewGuid());

        await app.Host.InvokeMessageAndWaitAsync(new LinkInspectionCase(id, wageCase, LinkRelation.Opened));
        await app.Host.InvokeMessageAndWaitAsync(new LinkInspectionCase(id, wageCase, LinkRelation.Opened));
        await app.Host.InvokeMessageAndWaitAsync(new LinkInspectionCase(id, arbitration, LinkRelation.SameMatter));

        var details = await app.Host.InspectionDetails(id);
        details.Case.Links.Should().Equal(LinkedCase.Of(wageCase, LinkRelation.Opened), LinkedCase.Of(arbitration, LinkRelation.SameMatter));
        details.History.Where(h => h.Event == "InspectionCaseLinked").Should().HaveCount(2)
            .And.Contain(h => h.TextZh.Contains("劳动争议仲裁案件") && h.Actor == "system:linkage");
    }

    [Fact]
    public async Task A_link_for_a_case_that_does_not_exist_starts_no_stream()
    {
        var id = Guid.NewGuid();

        await app.Host.MessageBus().InvokeAsync(new LinkInspectionCase(id, new CaseReference(CaseKind.WageArrears, Guid.NewGuid()), LinkRelation.Opened));

        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(id)).Should().BeNull();
    }
}

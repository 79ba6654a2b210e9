using Alba;
using LaborRights.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.IntegrationTests.Api;

/// <summary>Every paged list bounds its page number: a page so far out that its offset overflows is a 400, not a 500.</summary>
[Collection(AppCollection.Name)]
public class PagingTests(AppFixture app)
{
    [Theory]
    [InlineData("2147483647")]
    [InlineData("1000001")]
    [InlineData("-2147483648")]
    public async Task Every_paged_list_answers_a_page_out_of_range_with_400(string page)
    {
        var lists = PagedLists();
        lists.Should().HaveCountGreaterThanOrEqualTo(11, "every list of the API is paged");

        foreach (var route in lists)
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Get.Url($"{route}?page={page}");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                x.IgnoreStatusCode();
            });
            result.Context.Response.StatusCode.Should().Be(400, route);
            (await result.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Should().ContainKey("page", $"{route}: {await result.ReadAsTextAsync()}");
        }
    }

    [Fact]
    public async Task Every_paged_list_answers_a_page_number_beyond_any_integer_with_400_naming_the_parameter()
    {
        foreach (var route in PagedLists())
        {
            var result = await app.Host.Scenario(x =>
            {
                x.Get.Url($"{route}?page=2147483648");
                x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
                x.IgnoreStatusCode();
            });
            result.Context.Response.StatusCode.Should().Be(400, route);
            (await result.ReadAsJsonAsync<ProblemDetails>())!.Detail.Should().Contain("'page'", route);
        }
    }

    [Fact]
    public async Task The_last_page_allowed_is_answered_empty()
    {
        var result = await app.Host.Scenario(x =>
        {
            x.Get.Url("/api/wage-arrears?page=1000000&pageSize=100");
            x.WithRequestHeader(DevelopmentAuthentication.UserHeader, Scenarios.Inspector);
            x.StatusCodeShouldBe(200);
        });
        (await result.ReadAsTextAsync()).Should().Contain("\"items\":[]");
    }

    /// <summary>Routes of the GET operations that take a <c>page</c> query parameter, route values filled with a known employer and unit.</summary>
    private List<string> PagedLists() =>
        app.Host.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.HttpMethod == "GET" && d.ParameterDescriptions.Any(p => p.Name == "page" && p.Source == BindingSource.Query))
            .Select(d => "/" + d.RelativePath!.Replace("{creditCode}", Scenarios.AComplaint().EmployerCreditCode!).Replace("{units}/{code}", "counties/370102"))
            .ToList();
}

using System.Text.Json;
using LaborRights.Arbitration.Filing;
using LaborRights.Hosting;
using LaborRights.Pages.Applications;
using LaborRights.Pages.Complaints;
using LaborRights.WageArrears.Filing;
using LaborRights.Web.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace LaborRights.UnitTests.Web;

/// <summary>A guided form's draft becomes the API form as the API reads JSON; what a phone keyboard types is read kindly.</summary>
public class FormDraftTests
{
    private static readonly JsonSerializerOptions Api = ApiOptions();

    private static JsonSerializerOptions ApiOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }

    private static FormDraft Posted(GuidedForm form, params (string Name, string Value)[] fields) =>
        FormDraft.Read(form, new FormCollection(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(f => f.Value).ToArray()))));

    private static (T? Form, FieldErrors Errors) Bind<T>(GuidedForm form, FormDraft draft) where T : class
    {
        var errors = new FieldErrors();
        return (FormDraft.Bind<T>(draft.ToJson(form, errors), Api, errors), errors);
    }

    [Fact]
    public void Full_width_digits_thousands_separators_and_chinese_dates_are_read_as_the_numbers_and_dates_they_are()
    {
        var draft = Posted(WageArrearsModel.Definition,
            ("amountClaimed", "１２,８００.５０元"), ("workersAffected", "３"), ("employedFrom", "2026年3月1日"), ("employedTo", "2026/9/30"),
            ("phone", "138 1234 5678"));

        var (form, errors) = Bind<ComplaintForm>(WageArrearsModel.Definition, draft);

        errors.Any.Should().BeFalse();
        form!.AmountClaimed.Should().Be(12800.50m);
        form.WorkersAffected.Should().Be(3);
        form.EmployedFrom.Should().Be(new DateOnly(2026, 3, 1));
        form.EmployedTo.Should().Be(new DateOnly(2026, 9, 30));
        form.Phone.Should().Be("13812345678");
    }

    [Theory]
    [InlineData("amountClaimed", "一万二", "请填写金额（元），例如 12800 或 12800.50")]
    [InlineData("workersAffected", "2.5", "请填写整数，例如 3")]
    [InlineData("employedFrom", "2026-02-30", "请填写日期，例如 2026-03-01")]
    public void Text_that_is_not_the_number_or_date_a_field_needs_is_an_error_on_that_field_and_is_kept(string field, string typed, string message)
    {
        var draft = Posted(WageArrearsModel.Definition, (field, typed));

        var (_, errors) = Bind<ComplaintForm>(WageArrearsModel.Definition, draft);

        errors.All.Should().ContainSingle(e => e.Field == field).Which.Chinese.Should().Be(message);
        draft.Value(field).Should().Be(typed, "a failed step shows what was typed");
    }

    [Fact]
    public void An_option_not_on_the_list_is_refused_and_a_fixed_value_cannot_be_changed_by_the_post()
    {
        var draft = Posted(ArbitrationModel.Definition,
            ("applicant.kind", "Employer"), ("claims.rows", "1"), ("claims[0].category", "Bribe"), ("claims[0].description", "x"));

        var (form, errors) = Bind<ArbitrationApplicationForm>(ArbitrationModel.Definition, draft);

        errors.All.Should().ContainSingle(e => e.Field == "claims[0].category").Which.Chinese.Should().Be("请从列表中选择");
        form!.Applicant!.Kind.Should().Be(LaborRights.Arbitration.PartyKind.Worker, "the page files for a worker, whatever the POST says");
    }

    [Fact]
    public void Empty_claim_rows_are_dropped_and_the_rest_renumbered_and_rows_never_exceed_the_maximum()
    {
        var draft = Posted(ArbitrationModel.Definition, ("claims.rows", "3"),
            ("claims[0].category", ""), ("claims[0].description", " "),
            ("claims[1].category", "Pay"), ("claims[1].description", "工资"), ("claims[1].amount", "100"));

        var (form, _) = Bind<ArbitrationApplicationForm>(ArbitrationModel.Definition, draft);

        form!.Claims.Should().ContainSingle().Which.Should().Be(new ClaimForm(LaborRights.Arbitration.ClaimCategory.Pay, "工资", 100m));
        var group = ArbitrationModel.Definition.Steps.Single(s => s.Group is not null).Group!;
        var many = Posted(ArbitrationModel.Definition, ("claims.rows", "999"));
        for (var i = 0; i < 40; i++) many.AddRow(group);
        many.RowsOf(group).Should().Be(ArbitrationModel.MaxClaims);
    }

    [Fact]
    public void A_step_owns_the_errors_of_its_fields_and_of_its_rows_and_the_summary_names_the_row()
    {
        var steps = ArbitrationModel.Definition.Steps;
        steps[0].Owns("applicant.idNumber").Should().BeTrue();
        steps[0].Owns("respondent.idNumber").Should().BeFalse();
        steps[2].Owns("claims[3].amount").Should().BeTrue();
        steps[2].Owns("claims").Should().BeTrue();
        ArbitrationModel.Definition.RowOf("claims[3].amount").Should().Be(("Form.ClaimRow", 4));
        ArbitrationModel.Definition.RowOf("countyCode").Should().BeNull();
    }
}

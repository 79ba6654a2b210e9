using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;

namespace LaborRights.Web;

/// <summary>The text of every page, in Simplified Chinese (Resources/Web/PortalText.resx) and English (….en.resx).</summary>
public sealed class PortalText;

/// <summary>
/// The pages for people (ADR 0020): Razor Pages rendered by this host, one layout and one stylesheet from wwwroot,
/// no inline script or style. Simplified Chinese unless the person chose English (a cookie, set by /language);
/// the browser's Accept-Language is not consulted, so a shared phone in another language still shows Chinese first.
/// </summary>
public static class PortalModule
{
    public static readonly CultureInfo Chinese = new("zh-CN");
    public static readonly CultureInfo English = new("en");

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Chinese stays Chinese in the page source (markup characters are still encoded).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<Forms.GuidedFormServices>();
        services.AddScoped<Staff.CasePageCommands>();
        services.AddScoped<Staff.CasePageServices>();
        services.AddRazorPages(o => o.Conventions.ConfigureFilter(new FormExpiredFilter())).AddViewLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = o.SupportedUICultures = [Chinese, English];
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

/// <summary>
/// A page's form posted without a valid antiforgery token (a stale tab, cookies cleared, another site's form) changes
/// nothing and answers 400: for a person, the page that says the form expired (<see cref="ErrorPages"/>); for a client,
/// the API's own answer in Chinese and English.
/// </summary>
public sealed class FormExpiredFilter : Microsoft.AspNetCore.Mvc.Filters.IAlwaysRunResultFilter
{
    public void OnResultExecuting(Microsoft.AspNetCore.Mvc.Filters.ResultExecutingContext context)
    {
        if (context.Result is not Microsoft.AspNetCore.Mvc.Core.Infrastructure.IAntiforgeryValidationFailedResult) return;
        if (ErrorPages.ForPerson(context.HttpContext))
        {
            context.HttpContext.Items[ErrorPages.ReasonKey] = ErrorPages.FormExpired;
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status400BadRequest);
        }
        else
            context.Result = new ResultOf(Problems.AntiforgeryFailed().ToResult());
    }

    public void OnResultExecuted(Microsoft.AspNetCore.Mvc.Filters.ResultExecutedContext context) { }

    private sealed class ResultOf(IResult result) : Microsoft.AspNetCore.Mvc.IActionResult
    {
        public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}

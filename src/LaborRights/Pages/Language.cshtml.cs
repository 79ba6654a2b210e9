using LaborRights.Security;
using LaborRights.Security.SignIn;
using LaborRights.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages;

/// <summary>The language switch: remembers the choice for a year in a cookie and goes back to the page it came from.</summary>
[Public]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = culture == PortalModule.English.Name ? PortalModule.English : PortalModule.Chinese;
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true });
        return LocalRedirect(AccountPages.SafeReturnUrl(returnUrl ?? "/"));
    }
}

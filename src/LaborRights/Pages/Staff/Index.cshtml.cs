using LaborRights.ReferenceData;
using LaborRights.Security;
using LaborRights.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages.Staff;

/// <summary>The workbench's door: each person goes on to their own work (the queue for those who work cases).</summary>
[Staff(StaffRoles.Inspector, StaffRoles.Arbitrator, StaffRoles.ArbitrationChair, StaffRoles.Supervisor, StaffRoles.Administrator)]
public sealed class IndexModel(ShandongRegions regions) : PageModel
{
    public SignedInStaff Me { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Me = SignedInStaff.Of(User, regions);
        return Me.Landing is { } landing ? Redirect(landing) : Page();
    }
}

using LaborRights.CreditSanctions;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborRights.Pages;

/// <summary>
/// 失信联合惩戒对象名单: the employers currently listed for not paying migrant workers' wages, as anyone may read
/// them (<c>GET /api/credit-sanctions</c>): the unit, the ground, the dates — nothing of any worker.
/// </summary>
[Public]
public sealed class CreditSanctionsModel(IQuerySession session) : PageModel
{
    public const int PageSize = 20;

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<PublicListing> Listings { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        Listings = await PublicListings.ReadAsync(session, PageNumber, PageSize, ct);
    }
}

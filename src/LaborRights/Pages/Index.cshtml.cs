using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.Security;
using LaborRights.WageArrears;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LaborRights.Pages;

/// <summary>The start page: what happened to you, with the statutory periods of each path as configured.</summary>
[Public]
public sealed class IndexModel(IOptions<WageArrearsRules> wageArrears, IOptions<DiscriminationRules> discrimination, IOptions<ArbitrationRules> arbitration)
    : PageModel
{
    public WageArrearsRules Inspection => wageArrears.Value;
    public DiscriminationRules Discrimination => discrimination.Value;
    public ArbitrationRules Arbitration => arbitration.Value;
}

using JasperFx.Events.Projections;
using LaborRights.Inspections.GettingDetails;
using Marten;

namespace LaborRights.Inspections;

public static class InspectionsModule
{
    public static IServiceCollection AddInspections(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InspectionRules>(configuration.GetSection(InspectionRules.Section));
        services.AddSingleton<CaseServices<InspectionRules>>();
        return services;
    }

    /// <summary>Inline projections: written in the same transaction as the events (docs/adr/0001).</summary>
    public static StoreOptions ConfigureInspections(this StoreOptions opts)
    {
        return opts;
    }
}

using JasperFx.Events.Projections;
using LaborRights.Discrimination.Filing;
using LaborRights.Discrimination.GettingDetails;
using LaborRights.Tracking;
using Marten;
using Marten.Schema;

namespace LaborRights.Discrimination;

public static class DiscriminationModule
{
    public static IServiceCollection AddDiscrimination(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DiscriminationRules>(configuration.GetSection(DiscriminationRules.Section));
        services.AddSingleton<CaseServices<DiscriminationRules>>();
        services.AddSingleton<IPublicTrackingSource>(new CaseIndexTracking(TrackingCredentials.DiscriminationPrefix, e => DiscriminationHistoryText.Describe(e, forPublic: true)));
        return services;
    }

    /// <summary>Inline projections, written in the same transaction as the events (docs/adr/0001).</summary>
    public static StoreOptions ConfigureDiscrimination(this StoreOptions opts)
    {
        return opts;
    }
}

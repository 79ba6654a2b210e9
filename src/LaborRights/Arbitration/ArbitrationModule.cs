using JasperFx.Events.Projections;
using LaborRights.Arbitration.Accepting;
using LaborRights.Arbitration.GettingDetails;
using LaborRights.Arbitration.MinimumWage;
using LaborRights.Tracking;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.Options;

namespace LaborRights.Arbitration;

public static class ArbitrationModule
{
    public static IServiceCollection AddArbitration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ArbitrationRules>(configuration.GetSection(ArbitrationRules.Section));
        services.AddSingleton(sp => MinimumWageTable.Load(sp.GetRequiredService<IOptions<ArbitrationRules>>().Value.MinimumWages));
        services.AddSingleton<ArbitrationServices>();
        services.AddSingleton<ArbitrationCaseNumbers>();
        services.AddSingleton<IPublicTrackingSource>(new CaseIndexTracking(TrackingCredentials.ArbitrationPrefix, e => ArbitrationHistoryText.Describe(e, forPublic: true)));
        return services;
    }

    /// <summary>Inline projections: written in the same transaction as the events, so a 2xx reads its own write (docs/adr/0001).</summary>
    public static StoreOptions ConfigureArbitration(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(ArbitrationCaseNumbers.Table(opts.DatabaseSchemaName));
        return opts;
    }
}

using JasperFx.Events.Projections;
using LaborRights.WageArrears.Accepting;
using LaborRights.WageArrears.Filing;
using LaborRights.WageArrears.GettingDetails;
using LaborRights.Tracking;
using Marten;
using Marten.Schema;

namespace LaborRights.WageArrears;

public static class WageArrearsModule
{
    public static IServiceCollection AddWageArrears(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WageArrearsRules>(configuration.GetSection(WageArrearsRules.Section));
        services.AddSingleton<CaseServices<WageArrearsRules>>();
        services.AddSingleton<CaseNumbers>();
        services.AddSingleton<IPublicTrackingSource>(new CaseIndexTracking(TrackingCredentials.WageArrearsPrefix, e => CaseHistoryText.Describe(e, forPublic: true)));
        return services;
    }

    /// <summary>
    /// The read models are inline projections: written in the same transaction as the events, so a client
    /// that got 2xx reads its own write (docs/adr/0001).
    /// </summary>
    public static StoreOptions ConfigureWageArrears(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(CaseNumbers.Table(opts.DatabaseSchemaName));
        return opts;
    }
}

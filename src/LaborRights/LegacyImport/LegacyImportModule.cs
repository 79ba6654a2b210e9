using Marten;

namespace LaborRights.LegacyImport;

public static class LegacyImportModule
{
    public static IServiceCollection AddLegacyImport(this IServiceCollection services)
    {
        services.AddSingleton<LegacyLineParser>();
        services.AddSingleton<WageArrearsImporter>();
        services.AddSingleton<LegacyImportJobs>();
        return services;
    }

    public static StoreOptions ConfigureLegacyImport(this StoreOptions opts)
    {
        opts.Schema.For<ImportedLegacyCase>().Identity(x => x.Id);
        opts.Schema.For<LegacyImportJob>().Index(x => x.StartedAt);
        return opts;
    }
}

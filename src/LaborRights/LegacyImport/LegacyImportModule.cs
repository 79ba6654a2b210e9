using Marten;

namespace LaborRights.LegacyImport;

public static class LegacyImportModule
{
    public static IServiceCollection AddLegacyImport(this IServiceCollection services)
    {
        services.AddSingleton<LegacyLineParser>();
        services.AddSingleton<WageArrearsImporter>();
        return services;
    }

    public static StoreOptions ConfigureLegacyImport(this StoreOptions opts)
    {
        opts.Schema.For<ImportedLegacyCase>().Identity(x => x.Id);
        return opts;
    }
}

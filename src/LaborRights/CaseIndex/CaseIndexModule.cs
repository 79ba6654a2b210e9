using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LaborRights.CaseIndex;

public static class CaseIndexModule
{
    /// <summary>The case index as a versioned read model, rebuilt at start when its stored shape is older than the code's.</summary>
    public static IServiceCollection AddCaseIndex(this IServiceCollection services) =>
        services.AddSingleton(new Hosting.VersionedReadModel(nameof(CaseIndexEntry), CaseIndexProjection.ShapeVersion,
            (daemon, ct) => daemon.RebuildProjectionAsync<CaseIndexProjection>(ct)));

    public static StoreOptions ConfigureCaseIndex(this StoreOptions opts)
    {
        opts.Projections.Add<CaseIndexProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<CaseIndexEntry>()
            .Index(x => x.Kind)
            .Index(x => x.CountyCode)
            .Index(x => x.CityCode)
            .Index(x => x.Status)
            .Index(x => x.IsOpen)
            .Index(x => x.IsOverdue)
            .Index(x => x.NextDueOn)
            .Index(x => x.Employer.CreditCode)
            .UniqueIndex(UniqueIndexType.Computed, x => x.TrackingNumber!);
        opts.RegisterDocumentType<Hosting.ReadModelVersion>();
        return opts;
    }
}

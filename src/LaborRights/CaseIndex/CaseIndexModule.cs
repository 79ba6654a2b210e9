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
            (daemon, ct) => daemon.RebuildProjectionAsync<CaseIndexProjection>(Hosting.ProjectionRebuilds.ShardTimeout, ct)));

    public static StoreOptions ConfigureCaseIndex(this StoreOptions opts)
    {
        opts.Projections.Add<CaseIndexProjection>(ProjectionLifecycle.Inline);
        // What every list filters and sorts by is kept in columns of its own beside the document (each with an index),
        // so a list never reads the stored case state of the rows it skips: the document holds the whole case and is
        // large. Adding a column fills it from the stored documents in the same migration (db-apply).
        opts.Schema.For<CaseIndexEntry>()
            .Duplicate(x => x.Kind)
            .Duplicate(x => x.CountyCode)
            .Duplicate(x => x.CityCode)
            .Duplicate(x => x.Status)
            .Duplicate(x => x.IsOpen)
            .Duplicate(x => x.IsOverdue)
            .Duplicate(x => x.NextDueOn)
            .Duplicate(x => x.ReceivedOn)
            // The staff queue's order (nearest deadline, then oldest) over the open cases, per county and province-wide,
            // so a page is read from the index and stops at its last row (docs/performance.md).
            .Index([x => x.CountyCode, x => x.NextDueOn!, x => x.ReceivedOn, x => x.Id], index => index.Predicate = "is_open")
            .Index([x => x.NextDueOn!, x => x.ReceivedOn, x => x.Id], index => index.Predicate = "is_open")
            // The queue's count (open cases of a county in the kinds a role reads) from the index alone.
            .Index([x => x.CountyCode, x => x.Kind], index => index.Predicate = "is_open")
            .Index(x => x.Employer.CreditCode)
            .UniqueIndex(UniqueIndexType.Computed, x => x.TrackingNumber!);
        opts.RegisterDocumentType<Hosting.ReadModelVersion>();
        return opts;
    }
}

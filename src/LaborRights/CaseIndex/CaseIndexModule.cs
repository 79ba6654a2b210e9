using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

namespace LaborRights.CaseIndex;

public static class CaseIndexModule
{
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
        return opts;
    }
}

using System.Linq.Expressions;
using JasperFx.Events.Projections;
using LaborRights.Benchmark.Explaining;
using LaborRights.Benchmark.Facts;
using LaborRights.Benchmark.Ranking;
using LaborRights.Benchmark.Summarising;
using Marten;

namespace LaborRights.Benchmark;

public static class BenchmarkModule
{
    public static IServiceCollection AddBenchmark(this IServiceCollection services)
    {
        services.AddSingleton<BenchmarkReader>();
        services.AddSingleton<BenchmarkExplainer>();
        services.AddSingleton<BenchmarkSummaryUpdater>();
        services.AddSingleton<BenchmarkRebuild>();
        return services;
    }

    public static StoreOptions ConfigureBenchmark(this StoreOptions opts)
    {
        opts.Projections.Add<BenchmarkCaseFactsProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<BenchmarkPendingCaseProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<BenchmarkCaseFactsRow>()
            .Index(x => x.ReceivedOn)
            .Index(x => x.CountyCode)
            .Index(x => x.EmployerCreditCode);
        opts.Schema.For<BenchmarkUnitQuarter>().Index(x => x.Quarter);
        opts.RegisterDocumentType<Summarising.BenchmarkPendingCase>();
        opts.RegisterDocumentType<Summarising.BenchmarkSummaryStamp>();
        // A unit's detail reads its cases' contributions by county (or park) and quarter.
        opts.Schema.For<BenchmarkCaseContribution>()
            .Index(new Expression<Func<BenchmarkCaseContribution, object>>[] { x => x.CountyCode, x => x.Quarter })
            .Index(new Expression<Func<BenchmarkCaseContribution, object>>[] { x => x.ParkCode!, x => x.Quarter });
        return opts;
    }
}

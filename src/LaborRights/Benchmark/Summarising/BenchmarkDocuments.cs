using JasperFx.Events;
using LaborRights.Benchmark.Scoring.V1;
using LaborRights.Benchmark.Scoring;
using LaborRights.WageArrears;
using Marten.Events.Aggregation;

namespace LaborRights.Benchmark.Summarising;

/// <summary>A wage-arrears case whose benchmark facts changed since the summaries last took it in (written inline, in the case's own transaction).</summary>
public sealed class BenchmarkPendingCase
{
    public Guid Id { get; set; }

    /// <summary>The event that marked it last: the updater removes the marker only if no later event marked it again.</summary>
    public Guid MarkedBy { get; set; }
}

/// <summary>
/// Counts every write of the stored summaries (one document, written in the same transaction as the summaries), so a
/// reader on any node knows whether the ranking it remembers still holds.
/// </summary>
public sealed class BenchmarkSummaryStamp
{
    public const string CurrentId = "current";

    public string Id { get; set; } = CurrentId;
    public long Revision { get; set; }

    /// <summary>A full recompute has started and not finished: if none is running, it was cut short and is done again.</summary>
    public bool RecomputeUnfinished { get; set; }
}

/// <summary>What a case adds to its units' stored summaries now; kept so that a change can be applied as "minus old, plus new".</summary>
public sealed class BenchmarkCaseContribution
{
    public Guid Id { get; set; }
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string Quarter { get; set; } = "";
    public CaseContributionV1 Contribution { get; set; } = null!;

    public IEnumerable<string> SummaryIds()
    {
        yield return BenchmarkUnitQuarter.IdOf(UnitKind.County, CountyCode, Quarter);
        if (ParkCode is not null) yield return BenchmarkUnitQuarter.IdOf(UnitKind.Park, ParkCode, Quarter);
    }
}

/// <summary>
/// Method v1's summary of one county's or park's cases received in one quarter. Years add up their quarters and
/// cities their counties when read, so only these rows are kept (ADR 0011).
/// </summary>
public sealed class BenchmarkUnitQuarter
{
    public string Id { get; set; } = "";
    public UnitKind Kind { get; set; }
    public string Code { get; set; } = "";

    /// <summary>e.g. <c>2025Q3</c>.</summary>
    public string Quarter { get; set; } = "";

    public UnitSummaryV1 Summary { get; set; } = new();

    public static string IdOf(UnitKind kind, string code, string quarter) => $"{RulesV1.Version}:{kind}:{code}:{quarter}".ToLowerInvariant();

    public static string QuarterOf(DateOnly day) => $"{day.Year}Q{(day.Month - 1) / 3 + 1}";

    public static BenchmarkUnitQuarter For(string id)
    {
        var parts = id.Split(':');
        return new BenchmarkUnitQuarter
        {
            Id = id,
            Kind = Enum.Parse<UnitKind>(parts[1], ignoreCase: true),
            Code = parts[2],
            Quarter = parts[3].ToUpperInvariant(),
        };
    }
}

/// <summary>Marks a case pending whenever an event that moves its benchmark facts is appended (same events as the facts projection).</summary>
public sealed class BenchmarkPendingCaseProjection : SingleStreamProjection<BenchmarkPendingCase, Guid>
{
    public BenchmarkPendingCaseProjection()
    {
        IncludeType<WageArrearsComplaintReceived>();
        IncludeType<EmployerIdentified>();
        IncludeType<ComplaintAccepted>();
        IncludeType<ComplaintRejected>();
        IncludeType<InvestigationExtended>();
        IncludeType<ArrearsConfirmed>();
        IncludeType<RecoveryRecorded>();
        IncludeType<CaseClosed>();
        IncludeType<CaseReopened>();
    }

    public override BenchmarkPendingCase Evolve(BenchmarkPendingCase? marker, Guid id, IEvent e) => new() { Id = id, MarkedBy = e.Id };
}

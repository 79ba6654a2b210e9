using LaborRights.Benchmark.Scoring;
using LaborRights.WageArrears;
using Marten.Events.Aggregation;

namespace LaborRights.Benchmark.Facts;

/// <summary>
/// What the benchmark needs of one wage-arrears case, kept by an inline projection from the case's events (live and
/// imported alike, docs/adr/0010): business dates only, never when something was stored. Statuses are not stored:
/// the method judges them as of the day the score is read.
/// </summary>
public sealed class BenchmarkCaseFactsRow
{
    public Guid Id { get; set; }
    public string CountyCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public string EmployerCreditCode { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public AcceptanceDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public bool Extended { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int WorkersAffected { get; set; }
    public decimal AmountClaimed { get; set; }
    public decimal? AmountConfirmed { get; set; }
    public decimal RecoveredTotal { get; set; }

    public BenchmarkCaseFacts ToFacts() => new(Id, CountyCode, ParkCode, EmployerCreditCode, ReceivedOn, Decision, DecidedOn,
        Extended, ClosedOn, WorkersAffected, AmountClaimed, AmountConfirmed, RecoveredTotal);
}

public sealed class BenchmarkCaseFactsProjection : SingleStreamProjection<BenchmarkCaseFactsRow, Guid>
{
    public BenchmarkCaseFactsRow Create(WageArrearsComplaintReceived e) => new()
    {
        Id = e.WageArrearsCaseId,
        CountyCode = e.CountyCode,
        ParkCode = e.ParkCode,
        EmployerCreditCode = e.Employer?.CreditCode ?? "",
        ReceivedOn = ShanghaiTime.DateOf(e.ReceivedAt),
        WorkersAffected = e.WorkersAffected,
        AmountClaimed = e.AmountClaimed,
    };

    /// <summary>A complaint filed without a credit code counts for the unit staff identified (before acceptance).</summary>
    public void Apply(EmployerIdentified e, BenchmarkCaseFactsRow f) => f.EmployerCreditCode = e.Employer.CreditCode;

    public void Apply(ComplaintAccepted e, BenchmarkCaseFactsRow f)
    {
        f.Decision = AcceptanceDecision.Accepted;
        f.DecidedOn = e.FiledOn;
    }

    public void Apply(ComplaintRejected e, BenchmarkCaseFactsRow f)
    {
        f.Decision = AcceptanceDecision.Rejected;
        f.DecidedOn = ShanghaiTime.DateOf(e.RejectedAt);
    }

    public void Apply(InvestigationExtended _, BenchmarkCaseFactsRow f) => f.Extended = true;
    public void Apply(ArrearsConfirmed e, BenchmarkCaseFactsRow f) => f.AmountConfirmed = e.Amount;
    public void Apply(RecoveryRecorded e, BenchmarkCaseFactsRow f) => f.RecoveredTotal += e.Amount;
    public void Apply(CaseClosed e, BenchmarkCaseFactsRow f) => f.ClosedOn = ShanghaiTime.DateOf(e.ClosedAt);
    public void Apply(CaseReopened _, BenchmarkCaseFactsRow f) => f.ClosedOn = null;
}

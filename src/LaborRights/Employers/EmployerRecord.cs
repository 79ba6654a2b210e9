namespace LaborRights.Employers;

/// <summary>
/// Everything the platform knows about one employer (用人单位), keyed by its unified social credit code:
/// every case of every kind against it, open and closed, with money owed and recovered.
/// </summary>
public sealed class EmployerRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> CountyCodes { get; set; } = [];
    public List<EmployerCase> Cases { get; set; } = [];
    public int OpenCases { get; set; }
    public int ClosedCases { get; set; }
    public decimal TotalOwed { get; set; }
    public decimal TotalRecovered { get; set; }

    /// <summary>Two or more accepted wage-arrears cases within 365 days of each other.</summary>
    public bool RepeatOffender { get; set; }

    /// <summary>The largest amount still unpaid on one case after its order-to-pay deadline passed.</summary>
    public decimal MaxUnpaidAfterOrder { get; set; }

    /// <summary>The most workers on one case still unpaid after its order-to-pay deadline passed.</summary>
    public int MaxWorkersUnpaidAfterOrder { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    // The case list by id, built on first use: a record of a large employer holds tens of thousands of cases, and every
    // event of one of them looks its case up. Not stored (a private field).
    private Dictionary<Guid, EmployerCase>? _byId;

    public EmployerCase CaseFor(Guid id) => Index()[id];

    /// <summary>Adds a case, once however often its opening event is replayed, and counts it in the totals and flags.</summary>
    public void Add(EmployerCase entry, int repeatWindowDays)
    {
        if (!Index().TryAdd(entry.CaseId, entry)) return;
        Cases.Add(entry);
        if (entry.IsOpen) OpenCases++;
        else ClosedCases++;
        TotalOwed += entry.Owed;
        TotalRecovered += entry.Recovered;
        if (entry.AcceptedOn is not null) CountAcceptance(entry, repeatWindowDays);
        RaiseMaxima(entry);
    }

    /// <summary>
    /// Changes one case and moves the totals and flags by what changed, so an event costs the same however many cases
    /// the employer has; only a maximum that falls (the case that held it was paid) is looked for again among all cases.
    /// <see cref="Recompute"/> gives the same figures from the whole list (the tests hold the two equal).
    /// </summary>
    public void Change(Guid caseId, Action<EmployerCase> change, int repeatWindowDays)
    {
        var c = CaseFor(caseId);
        var (wasOpen, owed, recovered, unpaid, workers, acceptedOn) = (c.IsOpen, c.Owed, c.Recovered, c.UnpaidAfterOrder, c.Workers, c.AcceptedOn);
        change(c);
        if (c.IsOpen != wasOpen)
        {
            var opened = c.IsOpen ? 1 : -1;
            OpenCases += opened;
            ClosedCases -= opened;
        }
        TotalOwed += c.Owed - owed;
        TotalRecovered += c.Recovered - recovered;
        if (c.AcceptedOn != acceptedOn)
        {
            if (acceptedOn is null) CountAcceptance(c, repeatWindowDays);
            else RepeatOffender = RepeatWithin(repeatWindowDays);
        }
        if (c.UnpaidAfterOrder == unpaid && c.Workers == workers) return;
        var heldMaximum = unpaid > 0 && (unpaid == MaxUnpaidAfterOrder || workers == MaxWorkersUnpaidAfterOrder);
        if (heldMaximum && (c.UnpaidAfterOrder < unpaid || c.Workers < workers)) RecomputeMaxima();
        else RaiseMaxima(c);
    }

    /// <summary>Recomputes the totals and flags from the whole case list.</summary>
    public void Recompute(int repeatWindowDays)
    {
        OpenCases = Cases.Count(c => c.IsOpen);
        ClosedCases = Cases.Count - OpenCases;
        TotalOwed = Cases.Sum(c => c.Owed);
        TotalRecovered = Cases.Sum(c => c.Recovered);
        RepeatOffender = RepeatWithin(repeatWindowDays);
        RecomputeMaxima();
    }

    private Dictionary<Guid, EmployerCase> Index()
    {
        if (_byId is null || _byId.Count != Cases.Count) _byId = Cases.ToDictionary(c => c.CaseId);
        return _byId;
    }

    /// <summary>Accepted dates are never taken back, so once a repeat offender always one: only a newly accepted case can make it one.</summary>
    private void CountAcceptance(EmployerCase accepted, int repeatWindowDays)
    {
        if (RepeatOffender || accepted.Kind != CaseKind.WageArrears || accepted.AcceptedOn is not { } on) return;
        RepeatOffender = Cases.Any(o => !ReferenceEquals(o, accepted) && o.Kind == CaseKind.WageArrears && o.AcceptedOn is { } other
            && Math.Abs(other.DayNumber - on.DayNumber) <= repeatWindowDays);
    }

    private bool RepeatWithin(int repeatWindowDays)
    {
        var accepted = Cases.Where(c => c.Kind == CaseKind.WageArrears && c.AcceptedOn is not null)
            .Select(c => c.AcceptedOn!.Value).Order().ToList();
        return accepted.Zip(accepted.Skip(1)).Any(p => p.Second.DayNumber - p.First.DayNumber <= repeatWindowDays);
    }

    private void RaiseMaxima(EmployerCase c)
    {
        if (c.UnpaidAfterOrder <= 0) return;
        MaxUnpaidAfterOrder = Math.Max(MaxUnpaidAfterOrder, c.UnpaidAfterOrder);
        MaxWorkersUnpaidAfterOrder = Math.Max(MaxWorkersUnpaidAfterOrder, c.Workers);
    }

    private void RecomputeMaxima()
    {
        var unpaid = Cases.Where(c => c.UnpaidAfterOrder > 0).ToList();
        MaxUnpaidAfterOrder = unpaid.Count == 0 ? 0 : unpaid.Max(c => c.UnpaidAfterOrder);
        MaxWorkersUnpaidAfterOrder = unpaid.Count == 0 ? 0 : unpaid.Max(c => c.Workers);
    }
}

public sealed class EmployerCase
{
    public Guid CaseId { get; set; }
    public CaseKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string Status { get; set; } = "";
    public bool IsOpen { get; set; } = true;
    public DateOnly OpenedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public int Workers { get; set; }

    /// <summary>What the employer owes on this case (confirmed, else claimed, plus extra compensation).</summary>
    public decimal Owed { get; set; }
    public decimal Recovered { get; set; }
    public bool PaymentOrdered { get; set; }
    public bool PaymentDeadlinePassed { get; set; }
    public decimal UnpaidAfterOrder { get; set; }
    public string? StatusBeforeSuspension { get; set; }
    public bool AwardReportedUnpaid { get; set; }
}

/// <summary>How the workbench names an employer's case's status.</summary>
public static class EmployerCaseText
{
    /// <summary>The status in Chinese (the registry keeps the status's code name), or the code itself if unknown.</summary>
    public static string StatusZh(EmployerCase c)
    {
        Enum? status = c.Kind switch
        {
            CaseKind.WageArrears => Enum.TryParse<WageArrears.CaseStatus>(c.Status, out var w) ? w : null,
            CaseKind.Discrimination => Enum.TryParse<Discrimination.DiscriminationStatus>(c.Status, out var d) ? d : null,
            CaseKind.Arbitration => Enum.TryParse<Arbitration.ArbitrationStatus>(c.Status, out var a) ? a : null,
            _ => Enum.TryParse<Inspections.InspectionStatus>(c.Status, out var i) ? i : null,
        };
        return status is null ? c.Status : StatusNames.Chinese(status);
    }
}

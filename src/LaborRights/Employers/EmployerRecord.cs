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

    public EmployerCase CaseFor(Guid id) => Cases.First(c => c.CaseId == id);

    /// <summary>Recomputes the totals and flags from the case list, so they can never drift from it.</summary>
    public void Refresh(int repeatWindowDays)
    {
        OpenCases = Cases.Count(c => c.IsOpen);
        ClosedCases = Cases.Count - OpenCases;
        TotalOwed = Cases.Sum(c => c.Owed);
        TotalRecovered = Cases.Sum(c => c.Recovered);
        var accepted = Cases.Where(c => c.Kind == CaseKind.WageArrears && c.AcceptedOn is not null)
            .Select(c => c.AcceptedOn!.Value).Order().ToList();
        RepeatOffender = accepted.Zip(accepted.Skip(1)).Any(p => p.Second.DayNumber - p.First.DayNumber <= repeatWindowDays);
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

using LaborRights.Arbitration;
using LaborRights.ReferenceData;
using LaborRights.Discrimination;
using LaborRights.Inspections;
using LaborRights.WageArrears;

namespace LaborRights.CaseIndex;

/// <summary>
/// One case of any kind as staff lists show it (统一案件索引): what it is, where, who has it, its next statutory
/// deadline and whether one has passed. Overdue comes from "deadline passed" events, never from a clock. Every list of
/// cases reads this, and so does the access rule for a case's county.
/// </summary>
public class CaseIndexRow : Security.ILocatedRow
{
    public Guid Id { get; set; }
    public CaseKind Kind { get; set; }

    /// <summary>The case's version: send it with the next command.</summary>
    public int Version { get; set; }

    /// <summary>How the case is named in lists: its filing number, else its tracking number, else what it is about.</summary>
    public string Reference { get; set; } = "";

    public string? TrackingNumber { get; set; }
    public string? CaseNumber { get; set; }
    public string Status { get; set; } = "";
    public string StatusZh { get; set; } = "";

    /// <summary>Not yet ended (closed, refused, withdrawn, transferred).</summary>
    public bool IsOpen { get; set; } = true;

    public string CountyCode { get; set; } = "";
    public string CityCode { get; set; } = "";
    public string? ParkCode { get; set; }
    public Employer Employer { get; set; } = new("", "");

    /// <summary>The people the case names, masked.</summary>
    public List<string> PartyNames { get; set; } = [];

    public List<string> Assignees { get; set; } = [];
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? NextDueOn { get; set; }

    /// <summary>The step (<see cref="CaseSteps"/>) whose deadline <see cref="NextDueOn"/> is.</summary>
    public string? NextStep { get; set; }
    public bool DeadlineIsProvisional { get; set; }
    public bool IsOverdue { get; set; }

    /// <summary>Overdue steps still pending, e.g. "acceptance", "payment"; the case is overdue while any remains.</summary>
    public List<string> OverdueSteps { get; set; } = [];

    /// <summary>Its staff asked for an extension of its period that waits for an approver (the approver's queue lists these).</summary>
    public bool AwaitsExtensionApproval { get; set; }

    /// <summary>When a person (or the linkage between kinds) last did something on the case, in business time.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When the case ended (closed, refused, withdrawn, transferred), in business time; null while open.</summary>
    public DateTimeOffset? EndedAt { get; set; }
}

/// <summary>
/// The stored document of <see cref="CaseIndexRow"/>: the row and, for exactly one kind, the case as its events leave
/// it, folded by the kind's own <c>Evolve</c>, from which the row and each kind's list row are read. Lists answer with
/// rows; the case state is never sent.
/// </summary>
public sealed class CaseIndexEntry : CaseIndexRow
{
    /// <summary>The salted hash of the filer's access code (never the code), for public tracking.</summary>
    public string? AccessCodeHash { get; set; }

    public WageArrearsCase? WageArrears { get; set; }
    public DiscriminationCase? Discrimination { get; set; }
    public ArbitrationCase? Arbitration { get; set; }
    public InspectionCase? Inspection { get; set; }

    /// <summary>The case's first event makes an entry of its kind; null for the streams that are not cases (e.g. referrals).</summary>
    public static CaseIndexEntry? Start(Guid id, object first) => first switch
    {
        WageArrearsComplaintReceived x => new() { Id = id, Kind = CaseKind.WageArrears, AccessCodeHash = x.AccessCodeHash },
        DiscriminationComplaintReceived x => new() { Id = id, Kind = CaseKind.Discrimination, AccessCodeHash = x.AccessCodeHash },
        ArbitrationApplied x => new() { Id = id, Kind = CaseKind.Arbitration, AccessCodeHash = x.AccessCodeHash },
        InspectionCaseOpened => new() { Id = id, Kind = CaseKind.Inspection },
        _ => null,
    };

    /// <summary>Folds one more event of the case into its state and reads the row from it again.</summary>
    public void Apply(object e, int version)
    {
        var wasOpen = IsOpen;
        switch (Kind)
        {
            case CaseKind.WageArrears: Read(WageArrears = CaseFold.Apply(WageArrears, e)); break;
            case CaseKind.Discrimination: Read(Discrimination = CaseFold.Apply(Discrimination, e)); break;
            case CaseKind.Arbitration: Read(Arbitration = CaseFold.Apply(Arbitration, e)); break;
            default: Read(Inspection = CaseFold.Apply(Inspection, e)); break;
        }
        Version = version;
        var at = (e as ICaseEvent)?.Metadata;
        if (at is not null && at.Actor != CaseEventMetadata.System && at.At > LastActivityAt) LastActivityAt = at.At;
        EndedAt = IsOpen ? null : wasOpen ? at?.At : EndedAt;
    }

    private void Read<TCase, TStatus>(ICase<TCase, TStatus> c) where TCase : class, ICase<TCase, TStatus> where TStatus : struct, Enum
    {
        TrackingNumber = c.TrackingNumber;
        CaseNumber = c.CaseNumber;
        Reference = c.Reference;
        Status = c.Status.ToString();
        StatusZh = StatusNames.Chinese(c.Status);
        IsOpen = !c.IsEnded;
        CountyCode = c.CountyCode;
        CityCode = Divisions.CityOf(c.CountyCode);
        ParkCode = c.ParkCode;
        Employer = c.Employer;
        PartyNames = [.. c.PartyNames];
        Assignees = [.. c.Assignees];
        ReceivedOn = c.ReceivedOn;
        NextDueOn = c.NextDueOn;
        NextStep = c.NextStep;
        DeadlineIsProvisional = c.DeadlineIsProvisional;
        OverdueSteps = [.. c.OverdueSteps];
        IsOverdue = OverdueSteps.Count > 0;
        AwaitsExtensionApproval = c.AwaitsExtensionApproval;
    }
}

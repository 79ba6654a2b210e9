namespace LaborRights.Security.PersonalData;

/// <summary>
/// One view of a case's full personal data (个人信息保护法 第五十五条: record of processing). A document of its own,
/// not an event on the case stream, so reading the data does not move the version staff send with commands.
/// </summary>
public sealed class PersonalDataAccess
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public PersonalDataCaseKind Kind { get; set; }
    public string CountyCode { get; set; } = "";
    public string ViewedBy { get; set; } = "";
    public IReadOnlyList<string> ViewerRoles { get; set; } = [];
    public DateTimeOffset ViewedAt { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>Set when the access opened one of the case's evidence files rather than revealing its people's data.</summary>
    public Guid? EvidenceId { get; set; }

    /// <summary>The record of one look at a case's personal data (a reveal, or an opened evidence file) by the signed-in person.</summary>
    public static PersonalDataAccess By(System.Security.Claims.ClaimsPrincipal user, ReferenceData.ShandongRegions regions, DateTimeOffset at,
        Guid caseId, PersonalDataCaseKind kind, string countyCode, string reason, Guid? evidenceId = null) => new()
    {
        Id = Guid.CreateVersion7(), CaseId = caseId, Kind = kind, CountyCode = countyCode,
        ViewedBy = user.Identity?.Name ?? throw new InvalidOperationException("Personal data is only for signed-in staff."),
        ViewerRoles = StaffScope.Of(user, regions).Roles.Order().ToList(), ViewedAt = at, Reason = reason.Trim(), EvidenceId = evidenceId,
    };
}

public enum ErasureGround
{
    /// <summary>个人信息保护法 第四十七条: the person (or a lawful authority) asked for deletion.</summary>
    Request,

    /// <summary>The case has been closed for longer than the retention period.</summary>
    RetentionExpired,
}

/// <summary>One erasure of a case's personal data from its stored events: who, when, why.</summary>
public sealed class PersonalDataErasure
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public PersonalDataCaseKind Kind { get; set; }
    public string CountyCode { get; set; } = "";
    public ErasureGround Ground { get; set; }
    public string ErasedBy { get; set; } = "";
    public DateTimeOffset ErasedAt { get; set; }
    public string Reason { get; set; } = "";

    /// <summary>Evidence files of the case deleted with its personal data.</summary>
    public int EvidenceFilesDeleted { get; set; }

    /// <summary>
    /// Versions of the case's official documents whose stored PDF and text (which state the parties in full) were
    /// deleted with its personal data; the events that issued them keep their number and SHA-256 (ADR 0035).
    /// </summary>
    public int DocumentVersionsDeleted { get; set; }
}

/// <summary>Configuration section <c>Privacy</c>.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Years a closed case keeps its personal data before the retention sweep erases it.</summary>
    public int RetentionYears { get; set; } = 10;

    /// <summary>Whether the retention sweep is scheduled (tests switch it off and call it with their own clock).</summary>
    public bool RetentionSweepEnabled { get; set; } = true;

    /// <summary>When the sweep runs, as a cron expression in Shanghai time (daily at 02:30 by default).</summary>
    public string RetentionSweepCron { get; set; } = "30 2 * * *";
}

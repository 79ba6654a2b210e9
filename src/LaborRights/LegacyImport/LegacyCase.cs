namespace LaborRights.LegacyImport;

/// <summary>One historical wage-arrears case as a county's old system exported it (docs: legacy-import-v1), after validation.</summary>
public sealed record LegacyCase(
    string LegacyId,
    string CountyCode,
    string? ParkCode,
    LegacyEmployer Employer,
    LegacyComplainant Complainant,
    int WorkersAffected,
    decimal AmountClaimed,
    decimal? AmountConfirmed,
    DateOnly ReceivedOn,
    LegacyDecision? Decision,
    DateOnly? ExtendedOn,
    IReadOnlyList<LegacyRecovery> Recoveries,
    DateOnly? TransferredToPoliceOn,
    DateOnly? ClosedOn);

public sealed record LegacyEmployer(string Name, string CreditCode);

/// <summary>Old systems did not always record the complainant's ID number or phone.</summary>
public sealed record LegacyComplainant(string Name, string? IdNumber, string? Phone);

public enum LegacyDecisionKind { Accepted, Rejected }

public sealed record LegacyDecision(LegacyDecisionKind Kind, DateOnly On, string? Reason);

public sealed record LegacyRecovery(DateOnly On, decimal Amount);

/// <summary>What is wrong with one line: 1-based physical line number, JSON path of the field, and why.</summary>
public sealed record ImportError(int Line, string Field, string ReasonZh, string ReasonEn);

/// <summary>The answer to an import or a dry run.</summary>
/// <param name="NewCases">Valid cases not imported before: what a real run imports (or imported).</param>
public sealed record ImportReport(
    bool DryRun, int LinesRead, int NewCases, int Imported, int SkippedAsAlreadyImported, IReadOnlyList<ImportError> Errors);

/// <summary>Where an import is: validating the whole file first, then importing it in batches.</summary>
public enum ImportPhase { Validating, Importing, Done }

/// <param name="Fraction">0..1 of the file read in the current phase, when the file's length is known.</param>
public sealed record ImportProgress(ImportPhase Phase, int LinesRead, int Imported, double? Fraction);

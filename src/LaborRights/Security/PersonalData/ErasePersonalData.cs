using System.Security.Claims;
using Marten;
using Wolverine.Http;

namespace LaborRights.Security.PersonalData;

/// <summary>A lawful erasure request (e.g. "申请人依个人信息保护法第四十七条申请删除，经审核同意").</summary>
public sealed record ErasePersonalData(string? Reason);

/// <summary>
/// Erases the personal data of one case on a lawful request: administrators and supervisors whose divisions
/// cover the case's county. The case history stays (same events, dates and amounts); only the personal fields
/// are masked, and a later reveal shows the masked values.
/// </summary>
public static class ErasePersonalDataEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Administrator, StaffRoles.Supervisor)]
    [WolverinePost("/api/wage-arrears/{id}/personal-data/erase")]
    public static Task<Answer<PersonalDataErasure>> EraseWageArrears(Guid id, ErasePersonalData command, IQuerySession session, ClaimsPrincipal user,
        PersonalDataEraser eraser, CancellationToken ct) =>
        Erase(PersonalDataCaseKind.WageArrears, id, command, session, user, eraser, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Administrator, StaffRoles.Supervisor)]
    [WolverinePost("/api/discrimination/{id}/personal-data/erase")]
    public static Task<Answer<PersonalDataErasure>> EraseDiscrimination(Guid id, ErasePersonalData command, IQuerySession session, ClaimsPrincipal user,
        PersonalDataEraser eraser, CancellationToken ct) =>
        Erase(PersonalDataCaseKind.Discrimination, id, command, session, user, eraser, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Administrator, StaffRoles.Supervisor)]
    [WolverinePost("/api/arbitration/{id}/personal-data/erase")]
    public static Task<Answer<PersonalDataErasure>> EraseArbitration(Guid id, ErasePersonalData command, IQuerySession session, ClaimsPrincipal user,
        PersonalDataEraser eraser, CancellationToken ct) =>
        Erase(PersonalDataCaseKind.Arbitration, id, command, session, user, eraser, ct);

    private static async Task<Answer<PersonalDataErasure>> Erase(PersonalDataCaseKind kind, Guid id, ErasePersonalData command, IQuerySession session,
        ClaimsPrincipal user, PersonalDataEraser eraser, CancellationToken ct)
    {
        var errors = PersonalDataRules.ValidateReason(command.Reason);
        if (errors.Any) return errors.ToProblem();

        var found = await PersonalDataCases.FindAsync(session, kind, id, ct);
        // Role and divisions were checked by [CaseAccess] before this runs (ScopedRecordMiddleware, ADR 0016).
        if (found is null)
            return PersonalDataRules.NotFound(kind);

        var erasure = await eraser.EraseAsync(id, kind, found.CountyCode, ErasureGround.Request, PersonalDataRules.Actor(user),
            command.Reason!.Trim(), ct);
        return erasure;
    }
}

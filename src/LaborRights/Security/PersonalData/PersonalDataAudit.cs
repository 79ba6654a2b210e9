using Marten;
using Wolverine.Http;

namespace LaborRights.Security.PersonalData;

public sealed record PersonalDataAuditTrail(Guid CaseId, IReadOnlyList<PersonalDataAccess> Accesses, IReadOnlyList<PersonalDataErasure> Erasures);

/// <summary>Who saw a case's full personal data and when it was erased: for supervisors whose divisions cover the case.</summary>
public static class PersonalDataAuditEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Supervisor)]
    [WolverineGet("/api/wage-arrears/{id}/personal-data/accesses")]
    public static Task<Answer<PersonalDataAuditTrail>> WageArrearsAccesses(Guid id, IQuerySession session, CancellationToken ct) =>
        Trail(PersonalDataCaseKind.WageArrears, id, session, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Supervisor)]
    [WolverineGet("/api/discrimination/{id}/personal-data/accesses")]
    public static Task<Answer<PersonalDataAuditTrail>> DiscriminationAccesses(Guid id, IQuerySession session, CancellationToken ct) =>
        Trail(PersonalDataCaseKind.Discrimination, id, session, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Supervisor)]
    [WolverineGet("/api/arbitration/{id}/personal-data/accesses")]
    public static Task<Answer<PersonalDataAuditTrail>> ArbitrationAccesses(Guid id, IQuerySession session, CancellationToken ct) =>
        Trail(PersonalDataCaseKind.Arbitration, id, session, ct);

    private static async Task<Answer<PersonalDataAuditTrail>> Trail(PersonalDataCaseKind kind, Guid id, IQuerySession session, CancellationToken ct)
    {
        var found = await PersonalDataCases.FindAsync(session, kind, id, ct);
        // Role and divisions were checked by [CaseAccess] before this runs (ScopedRecordMiddleware, ADR 0016).
        if (found is null)
            return PersonalDataRules.NotFound(kind);

        var accesses = await session.Query<PersonalDataAccess>().Where(x => x.CaseId == id).OrderBy(x => x.ViewedAt).ToListAsync(ct);
        var erasures = await session.Query<PersonalDataErasure>().Where(x => x.CaseId == id).OrderBy(x => x.ErasedAt).ToListAsync(ct);
        return new PersonalDataAuditTrail(id, accesses, erasures);
    }
}

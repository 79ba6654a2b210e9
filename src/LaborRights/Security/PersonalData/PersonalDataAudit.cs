using Marten;
using Wolverine.Http;

namespace LaborRights.Security.PersonalData;

public sealed record PersonalDataAuditTrail(Guid CaseId, IReadOnlyList<PersonalDataAccess> Accesses, IReadOnlyList<PersonalDataErasure> Erasures);

/// <summary>Who saw a case's full personal data and when it was erased: for supervisors whose divisions cover the case.</summary>
public static class PersonalDataAuditEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Supervisor)]
    [EndpointSummary("欠薪案件个人信息查看和删除记录 · Personal-data audit trail of a wage-arrears case")]
    [EndpointDescription("督查人员查看一件欠薪案件的个人信息查看记录（谁、何时、以什么理由查看了完整信息）和删除记录，按时间排列。" +
        "案件不在管辖范围内的返回 404。\n\n" +
        "Supervisors read who saw the full personal data of one wage-arrears case, when and why, and its erasures, in time order. 404 for a case " +
        "outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverineGet("/api/wage-arrears/{id}/personal-data/accesses", OperationId = "listWageArrearsPersonalDataAccesses")]
    public static Task<Answer<PersonalDataAuditTrail>> WageArrearsAccesses(Guid id, IQuerySession session, CancellationToken ct) =>
        Trail(PersonalDataCaseKind.WageArrears, id, session, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Supervisor)]
    [EndpointSummary("就业歧视案件个人信息查看和删除记录 · Personal-data audit trail of a discrimination case")]
    [EndpointDescription("督查人员查看一件就业歧视案件的个人信息查看记录（谁、何时、以什么理由查看了完整信息）和删除记录，按时间排列。" +
        "案件不在管辖范围内的返回 404。\n\n" +
        "Supervisors read who saw the full personal data of one discrimination case, when and why, and its erasures, in time order. 404 for a case " +
        "outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverineGet("/api/discrimination/{id}/personal-data/accesses", OperationId = "listDiscriminationPersonalDataAccesses")]
    public static Task<Answer<PersonalDataAuditTrail>> DiscriminationAccesses(Guid id, IQuerySession session, CancellationToken ct) =>
        Trail(PersonalDataCaseKind.Discrimination, id, session, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Supervisor)]
    [EndpointSummary("仲裁案件个人信息查看和删除记录 · Personal-data audit trail of a arbitration case")]
    [EndpointDescription("督查人员查看一件仲裁案件的个人信息查看记录（谁、何时、以什么理由查看了完整信息）和删除记录，按时间排列。" +
        "案件不在管辖范围内的返回 404。\n\n" +
        "Supervisors read who saw the full personal data of one arbitration case, when and why, and its erasures, in time order. 404 for a case " +
        "outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverineGet("/api/arbitration/{id}/personal-data/accesses", OperationId = "listArbitrationPersonalDataAccesses")]
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

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
    [EndpointSummary("删除欠薪案件中的个人信息 · Erase the personal data of a wage-arrears case")]
    [EndpointDescription("系统管理员或督查人员依当事人的合法申请（例如依个人信息保护法第四十七条）删除一件欠薪案件中的个人信息，" +
        "须写明理由（1至500字）。案件记录（事件、日期、金额、用人单位）保留，只将个人信息改为遮蔽值，此后查看完整信息也只能看到遮蔽值；" +
        "删除记录在案，案件 version 不变。案件不在管辖范围内的返回 404。\n\n" +
        "An administrator or supervisor erases the personal data of one wage-arrears case on a lawful request (e.g. Personal Information " +
        "Protection Law Art. 47), giving a reason (1 to 500 characters). The case's record (events, dates, amounts, employer) stays; only the " +
        "personal fields are replaced by their masked form, which is all a later reveal shows; the erasure is recorded and the case version does " +
        "not change. 404 for a case outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/wage-arrears/{id}/personal-data/erase", OperationId = "eraseWageArrearsPersonalData")]
    public static Task<Answer<PersonalDataErasure>> EraseWageArrears(Guid id, ErasePersonalData command, IQuerySession session, ClaimsPrincipal user,
        PersonalDataEraser eraser, CancellationToken ct) =>
        Erase(PersonalDataCaseKind.WageArrears, id, command, session, user, eraser, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Administrator, StaffRoles.Supervisor)]
    [EndpointSummary("删除就业歧视案件中的个人信息 · Erase the personal data of a discrimination case")]
    [EndpointDescription("系统管理员或督查人员依当事人的合法申请（例如依个人信息保护法第四十七条）删除一件就业歧视案件中的个人信息，" +
        "须写明理由（1至500字）。案件记录（事件、日期、金额、用人单位）保留，只将个人信息改为遮蔽值，此后查看完整信息也只能看到遮蔽值；" +
        "删除记录在案，案件 version 不变。案件不在管辖范围内的返回 404。\n\n" +
        "An administrator or supervisor erases the personal data of one discrimination case on a lawful request (e.g. Personal Information " +
        "Protection Law Art. 47), giving a reason (1 to 500 characters). The case's record (events, dates, amounts, employer) stays; only the " +
        "personal fields are replaced by their masked form, which is all a later reveal shows; the erasure is recorded and the case version does " +
        "not change. 404 for a case outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/discrimination/{id}/personal-data/erase", OperationId = "eraseDiscriminationPersonalData")]
    public static Task<Answer<PersonalDataErasure>> EraseDiscrimination(Guid id, ErasePersonalData command, IQuerySession session, ClaimsPrincipal user,
        PersonalDataEraser eraser, CancellationToken ct) =>
        Erase(PersonalDataCaseKind.Discrimination, id, command, session, user, eraser, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Administrator, StaffRoles.Supervisor)]
    [EndpointSummary("删除仲裁案件中的个人信息 · Erase the personal data of a arbitration case")]
    [EndpointDescription("系统管理员或督查人员依当事人的合法申请（例如依个人信息保护法第四十七条）删除一件仲裁案件中的个人信息，" +
        "须写明理由（1至500字）。案件记录（事件、日期、金额、用人单位）保留，只将个人信息改为遮蔽值，此后查看完整信息也只能看到遮蔽值；" +
        "删除记录在案，案件 version 不变。案件不在管辖范围内的返回 404。\n\n" +
        "An administrator or supervisor erases the personal data of one arbitration case on a lawful request (e.g. Personal Information Protection " +
        "Law Art. 47), giving a reason (1 to 500 characters). The case's record (events, dates, amounts, employer) stays; only the personal fields " +
        "are replaced by their masked form, which is all a later reveal shows; the erasure is recorded and the case version does not change. 404 " +
        "for a case outside the caller's divisions.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/arbitration/{id}/personal-data/erase", OperationId = "eraseArbitrationPersonalData")]
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

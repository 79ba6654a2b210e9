using System.Security.Claims;
using LaborRights.ReferenceData;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace LaborRights.Security.PersonalData;

/// <summary>Why the full values are needed (e.g. "电话联系投诉人核实欠薪金额"): recorded with the view.</summary>
public sealed record RevealPersonalData(string? Reason);

public sealed record PersonalDataRevealed(Guid CaseId, PersonalDataCaseKind Kind, IReadOnlyList<PersonalDataPerson> People, Guid AccessId,
    string ViewedBy, DateTimeOffset ViewedAt);

/// <summary>
/// The only way a full ID number or phone leaves the system: staff in scope who handle or supervise the kind ask
/// for it with a reason, and the view is recorded in the same transaction before the values are sent. Anyone
/// else gets the same 404 as for an unknown case.
/// </summary>
public static class RevealPersonalDataEndpoint
{
    [CaseAccess(CaseKind.WageArrears, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看欠薪案件当事人完整信息 · Reveal the personal data of a wage-arrears case")]
    [EndpointDescription("办理或督查欠薪案件的监察员和督查人员写明理由（reason，1至500字）后，查看投诉人的完整身份证号码和电话。每次查看连同理由、" +
        "查看人和时间先记录在案，再返回数据。角色无权查看或案件不在管辖范围内的，与案件不存在一样返回 404。\n\n" +
        "Inspectors and supervisors who handle or supervise wage-arrears cases see the complainant's full resident ID number and phone, giving a " +
        "reason (reason, 1 to 500 characters). Each view is recorded with its reason, viewer and time before the values are sent. A role without " +
        "access and a case outside the caller's divisions get the same 404 as an unknown case.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/wage-arrears/{id}/personal-data/reveal", OperationId = "revealWageArrearsPersonalData")]
    public static Task<Answer<PersonalDataRevealed>> RevealWageArrears(Guid id, RevealPersonalData command, IDocumentSession session, ClaimsPrincipal user,
        ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        Reveal(PersonalDataCaseKind.WageArrears, id, command, session, user, regions, clock, ct);

    [CaseAccess(CaseKind.Discrimination, StaffRoles.Inspector, StaffRoles.Supervisor)]
    [EndpointSummary("查看就业歧视案件当事人完整信息 · Reveal the personal data of a discrimination case")]
    [EndpointDescription("办理或督查就业歧视案件的监察员和督查人员写明理由（reason，1至500字）后，查看投诉人或举报人的完整姓名和电话。" +
        "每次查看连同理由、查看人和时间先记录在案，再返回数据。角色无权查看或案件不在管辖范围内的，与案件不存在一样返回 404。\n\n" +
        "Inspectors and supervisors who handle or supervise discrimination cases see the complainant's or reporter's full name and phone, giving a " +
        "reason (reason, 1 to 500 characters). Each view is recorded with its reason, viewer and time before the values are sent. A role without " +
        "access and a case outside the caller's divisions get the same 404 as an unknown case.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/discrimination/{id}/personal-data/reveal", OperationId = "revealDiscriminationPersonalData")]
    public static Task<Answer<PersonalDataRevealed>> RevealDiscrimination(Guid id, RevealPersonalData command, IDocumentSession session, ClaimsPrincipal user,
        ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        Reveal(PersonalDataCaseKind.Discrimination, id, command, session, user, regions, clock, ct);

    [CaseAccess(CaseKind.Arbitration, StaffRoles.Arbitrator, StaffRoles.Supervisor)]
    [EndpointSummary("查看仲裁案件当事人完整信息 · Reveal the personal data of a arbitration case")]
    [EndpointDescription("办理或督查仲裁案件的仲裁员和督查人员写明理由（reason，1至500字）后，查看双方当事人的完整证件号码和电话。" +
        "每次查看连同理由、查看人和时间先记录在案，再返回数据。角色无权查看或案件不在管辖范围内的，与案件不存在一样返回 404。\n\n" +
        "Arbitrators and supervisors who handle or supervise arbitration cases see both parties' full ID numbers and phones, giving a reason " +
        "(reason, 1 to 500 characters). Each view is recorded with its reason, viewer and time before the values are sent. A role without access " +
        "and a case outside the caller's divisions get the same 404 as an unknown case.")]
    [Tags("个人信息 · Personal data")]
    [WolverinePost("/api/arbitration/{id}/personal-data/reveal", OperationId = "revealArbitrationPersonalData")]
    public static Task<Answer<PersonalDataRevealed>> RevealArbitration(Guid id, RevealPersonalData command, IDocumentSession session, ClaimsPrincipal user,
        ShandongRegions regions, TimeProvider clock, CancellationToken ct) =>
        Reveal(PersonalDataCaseKind.Arbitration, id, command, session, user, regions, clock, ct);

    private static async Task<Answer<PersonalDataRevealed>> Reveal(PersonalDataCaseKind kind, Guid id, RevealPersonalData command, IDocumentSession session,
        ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var errors = PersonalDataRules.ValidateReason(command.Reason);
        if (errors.Any) return errors.ToProblem();
        // Role and divisions were checked by [CaseAccess] before this runs (ScopedRecordMiddleware, ADR 0016).
        return await PersonalDataReveal.RecordAsync(kind, id, command.Reason!, session, user, regions, clock, ct) is { } revealed
            ? revealed
            : PersonalDataRules.NotFound(kind);
    }
}

/// <summary>A reveal as the API and the workbench's case pages make it: recorded and committed first, then the values.</summary>
public static class PersonalDataReveal
{
    /// <summary>
    /// Records the access (who, when, why) and commits it, then gives the people's full data; null when there is no
    /// such case. The caller has checked the reason (<see cref="PersonalDataRules.ValidateReason"/>) and the scope.
    /// </summary>
    public static async Task<PersonalDataRevealed?> RecordAsync(PersonalDataCaseKind kind, Guid id, string reason, IDocumentSession session,
        ClaimsPrincipal user, ShandongRegions regions, TimeProvider clock, CancellationToken ct)
    {
        var found = await PersonalDataCases.FindAsync(session, kind, id, ct);
        if (found is null) return null;

        var access = PersonalDataAccess.By(user, regions, clock.GetUtcNow(), id, kind, found.CountyCode, reason);
        session.Store(access);
        // Committed before the values are written to the response: no record, no reveal.
        await session.SaveChangesAsync(ct);
        return new PersonalDataRevealed(id, kind, found.People, access.Id, access.ViewedBy, access.ViewedAt);
    }
}

public static class PersonalDataRules
{
    public static FieldErrors ValidateReason(string? reason) => new FieldErrors()
        .Text("reason", reason, 500, "查看或删除理由", "Reason");

    /// <summary>The same answer as the kind's GET for an unknown case, so a refusal does not reveal that the case exists.</summary>
    public static ProblemDetails NotFound(PersonalDataCaseKind kind) => Problems.NotFound(kind == PersonalDataCaseKind.Arbitration
        ? "该仲裁案件 / arbitration case"
        : "该案件 / case");

    public static string Actor(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("Personal data is only for signed-in staff.");
}

using System.Security.Claims;
using LaborRights.Inspections.Deadlines;
using LaborRights.ReferenceData;
using LaborRights.Security;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Inspections.Opening;

/// <param name="Source">The case this one comes from: required for Linkage, optional for a complaint or report, none for a planned inspection.</param>
public sealed record OpenInspection(
    InspectionOrigin? Origin, CaseReference? Source,
    string? EmployerName, string? EmployerCreditCode, string? CountyCode, string? ParkCode, string? ConstructionProject, string? Reason)
{
    public InspectionTarget Target => new(EmployerName, EmployerCreditCode, CountyCode, ParkCode, ConstructionProject, Reason);
}

/// <summary>The answer to an opened case: its id, version 1, the 60-working-day deadline and its case number.</summary>
public sealed record InspectionOpened(Guid Id, int Version, DateOnly FiledOn, DateOnly InvestigationDueOn, bool DeadlineIsProvisional, string CaseNumber);

public static class OpenInspectionDecision
{
    public static FieldErrors Validate(OpenInspection command, ShandongRegions regions)
    {
        var errors = new FieldErrors().Required("origin", command.Origin, "案件来源", "Origin");
        if (command.Origin == InspectionOrigin.Linkage && command.Source is null)
            errors.Add("source", "联动立案须注明来源案件", "A case opened by linkage must name its source case");
        if (command.Origin == InspectionOrigin.Planned && command.Source is not null)
            errors.Add("source", "计划检查没有来源案件", "A planned inspection has no source case");
        if (command.Source is { } source && (source.Id == Guid.Empty || !Enum.IsDefined(source.Kind)))
            errors.Add("source", "来源案件无效", "The source case is not valid");
        return command.Target.Validate(regions, errors);
    }

    /// <summary>A validated command's opening event, with the county's next number in its labour-inspection series (the API and the workbench page).</summary>
    public static async Task<InspectionCaseOpened> OpenAsync(OpenInspection command, CaseContext<InspectionRules> ctx,
        LaborRights.WageArrears.Accepting.CaseNumbers numbers, CancellationToken ct) =>
        command.Target.Open(Guid.CreateVersion7(), command.Origin!.Value, command.Source,
            await numbers.NextAsync(command.CountyCode!.Trim(), ctx.Today.Year, ct), ctx);
}

public static class OpenInspectionEndpoint
{
    /// <summary>
    /// Besides the form: the county must be the caller's, and a named source case must exist, be of the kind named and
    /// lie in the caller's divisions — one answer for "unknown" and "not yours", so the check reveals nothing.
    /// </summary>
    public static async Task<ProblemDetails> ValidateAsync(
        OpenInspection command, ShandongRegions regions, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var problems = OpenInspectionDecision.Validate(command, regions).OrContinue().WithinDivisions(user, regions, command.CountyCode);
        if (!ReferenceEquals(problems, WolverineContinue.NoProblems) || command.Source is not { } source) return problems;
        var item = await session.LoadAsync<CaseIndex.CaseIndexEntry>(source.Id, ct);
        return item is not null && item.Kind == source.Kind && StaffScope.Of(user, regions).Covers(item.CountyCode)
            ? problems
            : new FieldErrors().Add("source", "来源案件不存在或不在您的辖区内", "The source case does not exist or lies outside your divisions").ToProblem();
    }

    [Staff(StaffRoles.Inspector)]
    [EndpointSummary("劳动保障监察立案 · Open a labour inspection")]
    [EndpointDescription("监察员对用人单位立案开展劳动保障监察，写明来源（计划检查、投诉、举报或联动）、用人单位、" +
        "所在县和立案事由（劳动保障监察条例第13条至第15条）；当日立案，应在60个工作日内办结（第17条）。联动立案须注明来源案件，" +
        "计划检查不能有来源案件；来源案件须存在且在本人管辖范围内，否则返回 400。所在县不在本人管辖范围内的返回 403；成功返回 201，附案件 id、" +
        "version（为1）、办案期限和立案编号（与欠薪、就业歧视案件同一序列）。\n\n" +
        "An inspector opens a labour inspection of an employer, giving its origin (planned, complaint, report or linkage), the employer, the " +
        "county and the reason (Labour Security Supervision Regulations Arts. 13-15); it is filed that day and must close within 60 working days " +
        "(Art. 17). A case opened by linkage names its source case and a planned one has none; a source case must exist and lie in the caller's " +
        "divisions (400 otherwise). 403 when the county is not one of the caller's divisions; the answer (201) gives the case's id, its version " +
        "(1), its deadline and its case number (in the county's labour-inspection series, shared with wage-arrears and discrimination cases).")]
    [Tags("劳动保障监察 · Labour inspection")]
    [WolverinePost("/api/inspections", OperationId = "openInspection")]
    public static async Task<(CreatedAnswer<InspectionOpened>, IStartStream, OutgoingMessages)> Post(OpenInspection command, ClaimsPrincipal user,
        CaseServices<InspectionRules> services, LaborRights.WageArrears.Accepting.CaseNumbers numbers, CancellationToken ct)
    {
        var opened = await OpenInspectionDecision.OpenAsync(command, services.ContextFor(user), numbers, ct);
        var id = opened.InspectionCaseId;
        return CaseIntake.Opened<InspectionCase, InspectionOpened>(id, opened, $"/api/inspections/{id}",
            new InspectionOpened(id, 1, opened.FiledOn, opened.InvestigationDueOn, opened.InvestigationDueIsProvisional, opened.CaseNumber!));
    }
}

using System.Security.Claims;
using LaborRights.Inspections.Deadlines;
using LaborRights.ReferenceData;
using LaborRights.Security;
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

/// <summary>The answer to an opened case: its id, version 1 and the 60-working-day deadline.</summary>
public sealed record InspectionOpened(Guid Id, int Version, DateOnly FiledOn, DateOnly InvestigationDueOn, bool DeadlineIsProvisional);

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
}

public static class OpenInspectionEndpoint
{
    public static ProblemDetails Validate(OpenInspection command, ShandongRegions regions, ClaimsPrincipal user) =>
        OpenInspectionDecision.Validate(command, regions).OrContinue().WithinDivisions(user, regions, command.CountyCode);

    [Staff(StaffRoles.Inspector)]
    [WolverinePost("/api/inspections")]
    public static (IResult, IStartStream, OutgoingMessages) Post(OpenInspection command, ClaimsPrincipal user, InspectionServices services)
    {
        var opened = command.Target.Open(Guid.CreateVersion7(), command.Origin!.Value, command.Source, services.ContextFor(user));
        var id = opened.InspectionCaseId;
        return (Results.Created($"/api/inspections/{id}",
                new InspectionOpened(id, 1, opened.FiledOn, opened.InvestigationDueOn, opened.InvestigationDueIsProvisional)),
            MartenOps.StartStream<InspectionCase>(id, opened),
            InspectionDeadlineSchedule.For([opened]));
    }
}

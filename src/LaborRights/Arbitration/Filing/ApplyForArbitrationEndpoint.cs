using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LaborRights.Arbitration.Deadlines;
using LaborRights.ReferenceData;
using LaborRights.WageArrears.Filing;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Arbitration.Filing;

/// <summary>
/// A worker or an employer applies for arbitration online (掌上12333 style). With an <c>Idempotency-Key</c> header a
/// retried submission returns the case the first one created. Arbitration is free of charge (第53条): no fee step.
/// </summary>
public static class ApplyForArbitrationEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    public static async Task<IResult> BeforeAsync(
        ArbitrationApplicationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, ArbitrationServices services,
        IDataProtectionProvider protection, CancellationToken ct)
    {
        var errors = form.Validate(regions);
        var key = IdempotencyKey(request, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (key is null) return WolverineContinue.Result();

        // The same record type as wage-arrears intake, under its own key prefix: one idempotency store for all intake.
        var previous = await session.LoadAsync<IntakeIdempotencyRecord>(key, ct);
        if (previous is null || previous.ExpiresAt < services.Clock.GetUtcNow()) return WolverineContinue.Result();
        if (previous.RequestHash != RequestHash(form))
            return Results.Problem(Problems.Refused(new Refusal("idempotency-key-reused",
                "该幂等键已用于另一份不同的仲裁申请，请使用新的幂等键。",
                "This Idempotency-Key was already used for a different application; use a new key.")));
        var accessCode = Protector(protection).Unprotect(previous.ProtectedAccessCode);
        return Results.Ok(ArbitrationIntake.Answer(previous.CaseId, previous.TrackingNumber, accessCode, previous.AcceptanceDueOn));
    }

    [AllowAnonymous]
    [WolverinePost("/api/applications/arbitration")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        ArbitrationApplicationForm form, HttpRequest request, IDocumentSession session, ArbitrationServices services,
        IDataProtectionProvider protection)
    {
        var now = services.Clock.GetUtcNow();
        var (applied, accessCode) = ArbitrationIntake.Start(form, ArbitrationChannel.Online, "applicant:online", now, services);
        var id = applied.ArbitrationCaseId;
        if (IdempotencyKey(request, new FieldErrors()) is { } key)
        {
            session.Insert(new IntakeIdempotencyRecord
            {
                Id = key,
                RequestHash = RequestHash(form),
                CaseId = id,
                TrackingNumber = applied.TrackingNumber,
                ProtectedAccessCode = Protector(protection).Protect(accessCode),
                AcceptanceDueOn = applied.AcceptanceDueOn,
                ExpiresAt = now + IdempotencyWindow,
            });
        }
        var answer = ArbitrationIntake.Answer(id, applied.TrackingNumber, accessCode, applied.AcceptanceDueOn);
        return (Results.Created($"/api/tracking/{applied.TrackingNumber}", answer),
            MartenOps.StartStream<ArbitrationCase>(id, applied),
            ArbitrationDeadlineSchedule.For([applied]));
    }

    private static string? IdempotencyKey(HttpRequest request, FieldErrors errors)
    {
        if (!request.Headers.TryGetValue(IdempotencyHeader, out var values)) return null;
        var key = values.ToString().Trim();
        if (key.Length is < 8 or > 100 || key.Any(c => c < 0x21 || c > 0x7e))
        {
            errors.Add(IdempotencyHeader, "幂等键应为8至100个可见ASCII字符", "Idempotency-Key must be 8 to 100 visible ASCII characters");
            return null;
        }
        return "arbitration-application:" + key;
    }

    private static string RequestHash(ArbitrationApplicationForm form) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(form))));

    private static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("LaborRights.ArbitrationIntakeIdempotency.AccessCode");
}

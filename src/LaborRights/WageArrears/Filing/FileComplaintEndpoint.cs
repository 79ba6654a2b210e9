using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LaborRights.ReferenceData;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.WageArrears.Filing;

/// <summary>
/// A worker files a wage-arrears complaint online (全国根治欠薪线索反映平台 style). With an <c>Idempotency-Key</c>
/// header a retried submission returns the case the first one created.
/// </summary>
public static class FileComplaintEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    public static async Task<IResult> BeforeAsync(
        ComplaintForm form, HttpRequest request, IQuerySession session, ShandongRegions regions, CaseServices services,
        IDataProtectionProvider protection, CancellationToken ct)
    {
        var errors = form.Validate(regions, ShanghaiTime.Today(services.Clock));
        var key = IdempotencyKey(request, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (key is null) return WolverineContinue.Result();

        var previous = await session.LoadAsync<IntakeIdempotencyRecord>(key, ct);
        if (previous is null || previous.ExpiresAt < services.Clock.GetUtcNow()) return WolverineContinue.Result();
        if (previous.RequestHash != RequestHash(form))
            return Results.Problem(Problems.Refused(new Refusal("idempotency-key-reused",
                "该幂等键已用于另一份不同的投诉，请使用新的幂等键。",
                "This Idempotency-Key was already used for a different complaint; use a new key.")));
        var accessCode = Protector(protection).Unprotect(previous.ProtectedAccessCode);
        return Results.Ok(ComplaintIntake.Answer(previous.CaseId, previous.TrackingNumber, accessCode, previous.AcceptanceDueOn));
    }

    [AllowAnonymous]
    [WolverinePost("/api/complaints/wage-arrears")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        ComplaintForm form, HttpRequest request, IDocumentSession session, CaseServices services, IDataProtectionProvider protection)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = ComplaintIntake.Start(form, IntakeChannel.Online, "complainant:online", now, services);
        var id = received.WageArrearsCaseId;
        if (IdempotencyKey(request, new FieldErrors()) is { } key)
        {
            session.Insert(new IntakeIdempotencyRecord
            {
                Id = key,
                RequestHash = RequestHash(form),
                CaseId = id,
                TrackingNumber = received.TrackingNumber,
                ProtectedAccessCode = Protector(protection).Protect(accessCode),
                AcceptanceDueOn = received.AcceptanceDueOn,
                ExpiresAt = now + IdempotencyWindow,
            });
        }
        var answer = ComplaintIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn);
        return (Results.Created($"/api/tracking/{received.TrackingNumber}", answer),
            MartenOps.StartStream<WageArrearsCase>(id, received),
            Deadlines.DeadlineSchedule.For([received]));
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
        return "wage-arrears-complaint:" + key;
    }

    private static string RequestHash(ComplaintForm form) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(form))));

    private static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("LaborRights.IntakeIdempotency.AccessCode");
}

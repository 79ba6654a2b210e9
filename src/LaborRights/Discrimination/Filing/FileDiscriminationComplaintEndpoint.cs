using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LaborRights.Discrimination.Deadlines;
using LaborRights.ReferenceData;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace LaborRights.Discrimination.Filing;

/// <summary>
/// Anyone files a discrimination complaint (投诉) or report (举报) online, without an account. With an
/// <c>Idempotency-Key</c> header a retried submission returns the case the first one created.
/// </summary>
public static class FileDiscriminationComplaintEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    public static async Task<IResult> BeforeAsync(
        DiscriminationForm form, HttpRequest request, IQuerySession session, ShandongRegions regions,
        DiscriminationServices services, IDataProtectionProvider protection, CancellationToken ct)
    {
        var errors = form.Validate(regions, ShanghaiTime.Today(services.Clock));
        var key = IdempotencyKey(request, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (key is null) return WolverineContinue.Result();

        var previous = await session.LoadAsync<DiscriminationIdempotencyRecord>(key, ct);
        if (previous is null || previous.ExpiresAt < services.Clock.GetUtcNow()) return WolverineContinue.Result();
        if (previous.RequestHash != RequestHash(form))
            return Results.Problem(Problems.Refused(new Refusal("idempotency-key-reused",
                "该幂等键已用于另一份不同的投诉或举报，请使用新的幂等键。",
                "This Idempotency-Key was already used for a different submission; use a new key.")));
        var accessCode = Protector(protection).Unprotect(previous.ProtectedAccessCode);
        return Results.Ok(DiscriminationIntake.Answer(previous.CaseId, previous.TrackingNumber, accessCode, previous.AcceptanceDueOn, previous.Grounds));
    }

    [AllowAnonymous]
    [WolverinePost("/api/complaints/discrimination")]
    public static (IResult, IStartStream, OutgoingMessages) Post(
        DiscriminationForm form, HttpRequest request, IDocumentSession session, DiscriminationServices services,
        IDataProtectionProvider protection)
    {
        var now = services.Clock.GetUtcNow();
        var (received, accessCode) = DiscriminationIntake.Start(
            form, DiscriminationChannel.Online, DiscriminationIntake.OnlineActor(form.FilingKind!.Value), now, services);
        var id = received.DiscriminationCaseId;
        if (IdempotencyKey(request, new FieldErrors()) is { } key)
        {
            session.Insert(new DiscriminationIdempotencyRecord
            {
                Id = key,
                RequestHash = RequestHash(form),
                CaseId = id,
                TrackingNumber = received.TrackingNumber,
                ProtectedAccessCode = Protector(protection).Protect(accessCode),
                AcceptanceDueOn = received.AcceptanceDueOn,
                Grounds = received.Grounds.ToList(),
                ExpiresAt = now + IdempotencyWindow,
            });
        }
        var answer = DiscriminationIntake.Answer(id, received.TrackingNumber, accessCode, received.AcceptanceDueOn, received.Grounds);
        return (Results.Created($"/api/tracking/{received.TrackingNumber}", answer),
            MartenOps.StartStream<DiscriminationCase>(id, received),
            DiscriminationDeadlineSchedule.For([received]));
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
        return "discrimination-complaint:" + key;
    }

    private static string RequestHash(DiscriminationForm form) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(form))));

    private static IDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("LaborRights.IntakeIdempotency.DiscriminationAccessCode");
}

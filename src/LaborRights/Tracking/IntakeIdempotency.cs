using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LaborRights.Tracking;

/// <summary>
/// A public submission made with an <c>Idempotency-Key</c> (a phone that lost its connection retries): the answer to
/// the first submission, kept encrypted (it holds the access code) for 24 hours and written in the same transaction
/// as the case, so a retry gets the same case back instead of filing twice.
/// </summary>
public sealed class IntakeIdempotencyRecord
{
    /// <summary>"scope:key": the key as the client sent it, prefixed by the form so keys of different forms never collide.</summary>
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public string ProtectedAnswer { get; set; } = "";

    /// <summary>The first answer's <c>Location</c>: a retry gets it again (null in records made before it was kept).</summary>
    public string? Location { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// A public filing with <see cref="IntakeIdempotency"/>: the document names its <c>Idempotency-Key</c> header, the 409 of
/// a twin still being filed and the 422 of a key reused for another form.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentFilingAttribute : Attribute;

/// <summary>The one implementation of Idempotency-Key for every public intake form.</summary>
public sealed class IntakeIdempotency(IDataProtectionProvider protection, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private readonly IDataProtector _protector = protection.CreateProtector("LaborRights.IntakeIdempotency.Answer");

    public static readonly Refusal KeyReused = new("idempotency-key-reused",
        "该幂等键已用于另一份不同的提交，请使用新的幂等键。", "This Idempotency-Key was already used for a different submission; use a new key.");

    /// <summary>The scoped key, or null without the header; a malformed header becomes a field error.</summary>
    public static string? KeyFrom(HttpRequest request, string scope, FieldErrors errors)
    {
        if (!request.Headers.TryGetValue(Header, out var values)) return null;
        var key = values.ToString().Trim();
        if (key.Length is < 8 or > 100 || key.Any(c => c < 0x21 || c > 0x7e))
        {
            errors.Add(Header, "幂等键应为8至100个可见ASCII字符", "Idempotency-Key must be 8 to 100 visible ASCII characters");
            return null;
        }
        return Scoped(scope, key);
    }

    /// <summary>The stored key of a client's key for one form. Stored hashed: a client could choose a phone number or an ID as its key.</summary>
    public static string Scoped(string scope, string key) => $"{scope}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";

    /// <summary>
    /// Before a public form is filed: its field errors (400), or a retry's first answer, or on to the endpoint.
    /// </summary>
    /// <param name="stillValid">Checks that hold only until the first submission is made (the uploaded files it
    /// claims): asked after a retry was answered, so a retry is never refused for what its first submission did.</param>
    public async Task<IResult> BeforeFilingAsync(HttpRequest request, string scope, FieldErrors errors, IQuerySession session, object form,
        Func<Task<FieldErrors>> stillValid, CancellationToken ct)
    {
        var key = KeyFrom(request, scope, errors);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (await ReplayAsync(session, key, form, ct) is { } replay) return replay;
        var late = await stillValid();
        return late.Any ? Results.Problem(late.ToProblem()) : Wolverine.Http.WolverineContinue.Result();
    }

    /// <summary>Keeps the answer and its location with the new case when the request carried a key.</summary>
    public void RememberFiling(HttpRequest request, string scope, IDocumentSession session, object form, object answer, string location)
    {
        if (KeyFrom(request, scope, new FieldErrors()) is { } key) Remember(session, key, form, answer, location);
    }

    /// <summary>
    /// When this is a retry, exactly the first submission's answer: 201, its <c>Location</c> and its body. A 422 when
    /// the key came with another form; else null.
    /// </summary>
    public async Task<IResult?> ReplayAsync(IQuerySession session, string? key, object form, CancellationToken ct) =>
        await FindAsync(session, key, form, ct) switch
        {
            null => null,
            { Refusal: { } refusal } => Problems.Refused(refusal).ToResult(),
            var earlier => new ReplayedAnswer(earlier.Json!, earlier.Location),
        };

    public static readonly Refusal ReplayUnavailable = new("replay-unavailable",
        "该提交已受理，但无法再次显示查询码。请凭身份证件到窗口查询。",
        "This submission was filed, but its access code can no longer be shown; ask at a service counter.");

    /// <summary>
    /// The first submission under this key (its answer as JSON and its location), a refusal when the key came with
    /// another form or its answer can no longer be opened, or null when nothing was filed under it in the window.
    /// </summary>
    public async Task<EarlierFiling?> FindAsync(IQuerySession session, string? key, object form, CancellationToken ct)
    {
        if (key is null) return null;
        var previous = await session.LoadAsync<IntakeIdempotencyRecord>(key, ct);
        if (previous is null || previous.ExpiresAt < clock.GetUtcNow()) return null;
        if (previous.RequestHash != Hash(form)) return new EarlierFiling(null, null, KeyReused);
        try
        {
            return new EarlierFiling(_protector.Unprotect(previous.ProtectedAnswer), previous.Location, null);
        }
        catch (CryptographicException)
        {
            // The key ring that protected the answer is gone: the case exists, but its answer cannot be shown again.
            return new EarlierFiling(null, null, ReplayUnavailable);
        }
    }

    /// <summary>The first answer under the key, read back as the type it was written as.</summary>
    public T Read<T>(EarlierFiling earlier) => JsonSerializer.Deserialize<T>(earlier.Json!, json.Value.SerializerOptions)!;

    /// <summary>
    /// Stores the answer with the case. An expired record under the same key is removed first (a key may be reused
    /// after its window); a live one makes the insert fail, so a simultaneous twin stores nothing.
    /// </summary>
    public void Remember(IDocumentSession session, string key, object form, object answer, string location)
    {
        var now = clock.GetUtcNow();
        session.DeleteWhere<IntakeIdempotencyRecord>(x => x.Id == key && x.ExpiresAt < now);
        session.Insert(new IntakeIdempotencyRecord
        {
            Id = key,
            RequestHash = Hash(form),
            ProtectedAnswer = _protector.Protect(JsonSerializer.Serialize(answer, answer.GetType(), json.Value.SerializerOptions)),
            ExpiresAt = now + Window,
            Location = location,
        });
    }

    /// <summary>Deletes every record past its window: the answer can no longer be replayed, and the form's hash need not be kept.</summary>
    public async Task<int> SweepAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var expired = await session.Query<IntakeIdempotencyRecord>().Where(x => x.ExpiresAt < now).CountAsync(ct);
        if (expired == 0) return 0;
        session.DeleteWhere<IntakeIdempotencyRecord>(x => x.ExpiresAt < now);
        await session.SaveChangesAsync(ct);
        return expired;
    }

    private string Hash(object form) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(form, form.GetType(), json.Value.SerializerOptions)));
}

/// <summary>What an idempotency key found: the first answer (JSON) and its location, or why it cannot be given.</summary>
public sealed record EarlierFiling(string? Json, string? Location, Refusal? Refusal);

/// <summary>A retried submission's first answer, as it was: 201 Created, the same <c>Location</c>, the same JSON body.</summary>
internal sealed class ReplayedAnswer(string json, string? location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status201Created;
        if (location is not null) response.Headers.Location = location;
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(json, Encoding.UTF8, httpContext.RequestAborted);
    }
}

public static class TrackingModule
{
    public static IServiceCollection AddTracking(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys that protect stored answers, tokens and cookies live in PostgreSQL, so every node and every restart can
        // read them; with a certificate configured they are stored encrypted, so a copy of the database alone opens nothing.
        var dataProtection = services.AddDataProtection().SetApplicationName("LaborRights");
        if (DataProtectionCertificate.Load(configuration) is { } certificate)
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
            new ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o =>
                o.XmlRepository = new DataProtectionKeyStore(sp.GetRequiredService<IDocumentStore>())));
        return services.AddSingleton<PublicTracking>().AddSingleton<IntakeIdempotency>();
    }

    public static StoreOptions ConfigureTracking(this StoreOptions opts)
    {
        opts.Schema.For<IntakeIdempotencyRecord>().Index(x => x.ExpiresAt);
        // Every document type is registered up front, so that the migration step (db-apply) creates its table (ADR 0027).
        opts.RegisterDocumentType<DataProtectionKey>();
        return opts;
    }
}

/// <summary>Removes idempotency records past their 24-hour window (hourly, <see cref="Hosting.RecurringWork"/>).</summary>
public sealed record SweepExpiredIdempotencyRecords;

public static class SweepExpiredIdempotencyRecordsHandler
{
    public static Task Handle(SweepExpiredIdempotencyRecords _, IntakeIdempotency idempotency, IDocumentStore store, CancellationToken ct) =>
        idempotency.SweepAsync(store, ct);
}

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest: <c>DataProtection:CertificatePath</c> (a PFX file)
/// and <c>DataProtection:CertificatePassword</c> (from the environment or a secret store). None configured: keys are
/// stored unencrypted (development, tests).
/// </summary>
public static class DataProtectionCertificate
{
    public static System.Security.Cryptography.X509Certificates.X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (!File.Exists(path)) throw new InvalidOperationException($"DataProtection:CertificatePath names a file that does not exist: {path}");
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
            path, configuration["DataProtection:CertificatePassword"]);
    }
}

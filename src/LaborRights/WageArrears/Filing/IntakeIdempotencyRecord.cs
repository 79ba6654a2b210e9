namespace LaborRights.WageArrears.Filing;

/// <summary>
/// Remembers a submission made with an <c>Idempotency-Key</c> so a retry (a phone that lost its connection)
/// gets the same case back instead of filing twice. Written in the same transaction as the case. The access
/// code is kept only encrypted (ASP.NET Data Protection) and only until the record expires.
/// </summary>
public sealed class IntakeIdempotencyRecord
{
    /// <summary>The key as the client sent it, prefixed by the endpoint so keys of different forms never collide.</summary>
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid CaseId { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string ProtectedAccessCode { get; set; } = "";
    public DateOnly AcceptanceDueOn { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

namespace LaborRights.Discrimination.Filing;

/// <summary>
/// Remembers a submission made with an <c>Idempotency-Key</c> so a retry gets the same case back instead of
/// filing twice (as for wage-arrears intake). The access code is kept only encrypted and only until expiry.
/// </summary>
public sealed class DiscriminationIdempotencyRecord
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public Guid CaseId { get; set; }
    public string TrackingNumber { get; set; } = "";
    public string ProtectedAccessCode { get; set; } = "";
    public DateOnly AcceptanceDueOn { get; set; }
    public List<DiscriminationGround> Grounds { get; set; } = [];
    public DateTimeOffset ExpiresAt { get; set; }
}

using LaborRights.ReferenceData;
using LaborRights.Security;

namespace LaborRights.Documents;

/// <summary>直接送达, 邮寄送达, 电子送达, 公告送达: how a document reached its addressee.</summary>
public enum ServiceMethod { InPerson, Post, Electronic, PublicNotice }

/// <summary>
/// A document was issued (or reissued, as a new version under the same number): its PDF's SHA-256 is the record of
/// what was handed over; the bytes are kept beside it (<see cref="DocumentFiles"/>), immutable.
/// </summary>
public sealed record DocumentIssued(
    Guid DocumentId, CaseReference Case, string CountyCode, DocumentKind Kind, string Title, string Number, int Version, int TemplateVersion,
    string Sha256, long Size, string IssuedBy, DateTimeOffset IssuedAt);

/// <summary>送达: the document reached its addressee on <paramref name="ServedOn"/>; the periods it states run from that day.</summary>
public sealed record DocumentServed(
    Guid DocumentId, int Version, DocumentAddressee To, ServiceMethod Method, DateOnly ServedOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record DocumentVersion(int Version, int TemplateVersion, string Sha256, long Size, string IssuedBy, DateTimeOffset IssuedAt);

public sealed record DocumentService(int Version, DocumentAddressee To, ServiceMethod Method, DateOnly ServedOn, string? Note, string RecordedBy);

/// <summary>A period's last day for one addressee, counted from the day the document reached them.</summary>
public sealed record DocumentDeadline(string Code, string Zh, DocumentAddressee For, DateOnly ServedOn, DateOnly EndsOn);

/// <summary>
/// One official document of a case, as its events leave it: its number, every version issued (the latest is in
/// force), every service recorded, and the periods that run from service.
/// </summary>
public sealed record CaseDocument : ILocatedRow
{
    public Guid Id { get; init; }
    public int Version { get; set; }
    public CaseReference Case { get; init; } = null!;
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public DocumentKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string Number { get; init; } = "";
    public IReadOnlyList<DocumentAddressee> Addressees { get; init; } = [];
    public IReadOnlyList<DocumentVersion> Versions { get; init; } = [];
    public IReadOnlyList<DocumentService> Services { get; init; } = [];

    public DocumentVersion Current => Versions[^1];

    /// <summary>The service of the version in force on one addressee, if recorded.</summary>
    public DocumentService? ServiceOn(DocumentAddressee addressee) =>
        Services.FirstOrDefault(s => s.Version == Current.Version && s.To == addressee);

    /// <summary>The addressees the version in force has not reached yet.</summary>
    public IReadOnlyList<DocumentAddressee> Unserved => [.. Addressees.Where(a => ServiceOn(a) is null)];

    /// <summary>When the version in force had reached every addressee; null while one is still to be served.</summary>
    public DateOnly? ServedOn => Unserved.Count > 0 || Addressees.Count == 0 ? null : Addressees.Max(a => ServiceOn(a)!.ServedOn);

    /// <summary>The periods the document starts (review, suit, set-aside), for each addressee served, from the day it reached them.</summary>
    public IReadOnlyList<DocumentDeadline> Deadlines =>
    [
        .. from period in DocumentKinds.Of(Kind).Periods
           from addressee in Addressees
           where period.For is null || period.For == addressee
           let service = ServiceOn(addressee)
           where service is not null
           select new DocumentDeadline(period.Code, period.Zh, addressee, service.ServedOn, period.EndsOn(service.ServedOn)),
    ];

    public static CaseDocument Create(DocumentIssued e) => new()
    {
        Id = e.DocumentId, Case = e.Case, CountyCode = e.CountyCode, CityCode = Divisions.CityOf(e.CountyCode), Kind = e.Kind, Title = e.Title,
        Number = e.Number, Addressees = DocumentKinds.Of(e.Kind).Addressees,
        Versions = [new DocumentVersion(e.Version, e.TemplateVersion, e.Sha256, e.Size, e.IssuedBy, e.IssuedAt)],
    };

    public CaseDocument Apply(DocumentIssued e) => this with
    {
        Title = e.Title, Versions = [.. Versions, new DocumentVersion(e.Version, e.TemplateVersion, e.Sha256, e.Size, e.IssuedBy, e.IssuedAt)],
    };

    public CaseDocument Apply(DocumentServed e) => this with
    {
        Services = [.. Services, new DocumentService(e.Version, e.To, e.Method, e.ServedOn, e.Note, e.RecordedBy)],
    };

    /// <summary>The stream of a case's document of one kind: reissues append to it.</summary>
    public static Guid IdFor(Guid caseId, DocumentKind kind) => DeterministicId.For($"case-document:{caseId:N}:{kind}");
}

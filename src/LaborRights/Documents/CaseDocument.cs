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

/// <summary>
/// One official document of a case, as its events leave it: its number, every version issued (the latest is in
/// force), every service recorded, and the periods that run from service.
/// </summary>
public sealed record CaseDocument : ILocatedRow
{
    /// <summary>行政复议: 60 days from the day the addressee knew of the decision (行政复议法 第二十条).</summary>
    public const int ReviewDays = 60;

    /// <summary>行政诉讼: 6 months from the day the addressee knew of the decision (行政诉讼法 第四十六条).</summary>
    public const int SuitMonths = 6;

    public Guid Id { get; init; }
    public int Version { get; set; }
    public CaseReference Case { get; init; } = null!;
    public string CountyCode { get; init; } = "";
    public string CityCode { get; init; } = "";
    public DocumentKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string Number { get; init; } = "";
    public DocumentAddressee Addressee { get; init; }
    public IReadOnlyList<DocumentVersion> Versions { get; init; } = [];
    public IReadOnlyList<DocumentService> Services { get; init; } = [];

    public DocumentVersion Current => Versions[^1];

    /// <summary>When the version in force reached its addressee; null while it has not been served.</summary>
    public DateOnly? ServedOn => Services.Where(s => s.Version == Current.Version).Select(s => (DateOnly?)s.ServedOn).Min();

    /// <summary>The last day to apply for administrative review, counted from service; null before service.</summary>
    public DateOnly? ReviewBy => ServedOn?.AddDays(ReviewDays);

    /// <summary>The last day to sue, counted from service; null before service.</summary>
    public DateOnly? SuitBy => ServedOn?.AddMonths(SuitMonths);

    public static CaseDocument Create(DocumentIssued e) => new()
    {
        Id = e.DocumentId, Case = e.Case, CountyCode = e.CountyCode, CityCode = Divisions.CityOf(e.CountyCode), Kind = e.Kind, Title = e.Title,
        Number = e.Number, Addressee = DocumentKinds.Of(e.Kind).Addressee,
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

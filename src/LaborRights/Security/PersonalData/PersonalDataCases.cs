using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.WageArrears;
using JasperFx.Events;
using LaborRights.CaseIndex;
using Marten;

namespace LaborRights.Security.PersonalData;

/// <summary>
/// The case kinds whose events carry personal data. Inspection cases carry none (a reporter is never named in
/// them, 劳动保障监察条例 第9条), so they have no reveal or erasure.
/// </summary>
public enum PersonalDataCaseKind { WageArrears, Discrimination, Arbitration }

/// <summary>One person named in a case, with the values as stored in the events (full unless erased).</summary>
/// <param name="Role">complainant, reporter, applicant or respondent.</param>
/// <param name="IdNumber">A resident ID, or an employer's credit code for an employer party; null when the form has none.</param>
public sealed record PersonalDataPerson(string Role, string Name, string? IdNumber, string? Phone);

/// <summary>What reveal and erasure need to know of a case: its kind, its county (for scope) and the people it names.</summary>
public sealed record PersonalDataCase(Guid Id, PersonalDataCaseKind Kind, string CountyCode, IReadOnlyList<PersonalDataPerson> People);

/// <summary>Per case kind: where its personal data lies, who may see it in full, and which projections derive from it.</summary>
public static class PersonalDataCases
{
    public static string Route(PersonalDataCaseKind kind) => kind switch
    {
        PersonalDataCaseKind.WageArrears => "wage-arrears",
        PersonalDataCaseKind.Discrimination => "discrimination",
        _ => "arbitration",
    };

    public static CaseKind CaseKindOf(PersonalDataCaseKind kind) => kind switch
    {
        PersonalDataCaseKind.WageArrears => CaseKind.WageArrears,
        PersonalDataCaseKind.Discrimination => CaseKind.Discrimination,
        _ => CaseKind.Arbitration,
    };

    /// <summary>The case with its people read from the filing event, or null when there is no such case of this kind.</summary>
    public static async Task<PersonalDataCase?> FindAsync(IQuerySession session, PersonalDataCaseKind kind, Guid id, CancellationToken ct)
    {
        var entry = await session.LoadAsync<CaseIndexEntry>(id, ct);
        if (entry is null || entry.Kind != CaseKindOf(kind)) return null;
        // The filing event is the only one that names people; it is always version 1.
        var first = (await session.Events.FetchStreamAsync(id, version: 1, token: ct)).FirstOrDefault()?.Data;
        return new PersonalDataCase(id, kind, entry.CountyCode, PeopleIn(first));
    }

    public static IReadOnlyList<PersonalDataPerson> PeopleIn(object? filing) => filing switch
    {
        WageArrearsComplaintReceived w => [
            .. w.Complainant is { } c ? [new PersonalDataPerson("complainant", c.Name, c.ResidentId, c.Phone)] : Array.Empty<PersonalDataPerson>(),
            .. w.ReportedEmployer is { Phone: { } phone } r ? [new PersonalDataPerson("employer", r.Name, null, phone)] : Array.Empty<PersonalDataPerson>()],
        DiscriminationComplaintReceived d => [new(d.FilingKind == DiscriminationFilingKind.Report ? "reporter" : "complainant", d.Filer.Name, null, d.Filer.Phone)],
        ArbitrationApplied a => [Person("applicant", a.Applicant), Person("respondent", a.Respondent)],
        _ => [],
    };

    private static PersonalDataPerson Person(string role, Party p) => new(role, p.Name, p.IdNumber, p.Phone);

    public static StoreOptions ConfigurePersonalData(this StoreOptions opts)
    {
        opts.Schema.For<PersonalDataAccess>().Index(x => x.CaseId);
        opts.Schema.For<PersonalDataErasure>().Index(x => x.CaseId);
        return opts;
    }

    /// <summary>
    /// Replaces the data of a stored event that names people by its erased form (every personal field replaced by its
    /// <see cref="Masking"/> form; dates, amounts, employer and county untouched); false for an event that names nobody.
    /// </summary>
    public static bool TryErase(IEvent stored)
    {
        switch (stored)
        {
            case Event<WageArrearsComplaintReceived> e: e.Data = Erase(e.Data); return true;
            case Event<DiscriminationComplaintReceived> e: e.Data = Erase(e.Data); return true;
            case Event<ArbitrationApplied> e: e.Data = Erase(e.Data); return true;
            default: return false;
        }
    }

    // A contractor's own phone may be a person's: it goes too (name and address stay, as a party's do in arbitration).
    public static WageArrearsComplaintReceived Erase(WageArrearsComplaintReceived e) => e with
    {
        Complainant = e.Complainant is { } c ? new Complainant(Masking.Name(c.Name), Masking.ResidentId(c.ResidentId), Masking.Phone(c.Phone)) : null,
        ReportedEmployer = e.ReportedEmployer is { Phone: { } phone } r ? r with { Phone = Masking.Phone(phone) } : e.ReportedEmployer,
    };

    public static DiscriminationComplaintReceived Erase(DiscriminationComplaintReceived e) =>
        e with { Filer = new DiscriminationFiler(Masking.Name(e.Filer.Name), Masking.Phone(e.Filer.Phone)) };

    public static ArbitrationApplied Erase(ArbitrationApplied e) => e with { Applicant = Erase(e.Applicant), Respondent = Erase(e.Respondent) };

    // An employer's name and credit code are public registry data; a contact phone may be a person's, so it goes.
    private static Party Erase(Party p) => p.Kind == PartyKind.Worker
        ? p with { Name = Masking.Name(p.Name), IdNumber = Masking.ResidentId(p.IdNumber), Phone = Masking.Phone(p.Phone) }
        : p with { Phone = Masking.Phone(p.Phone) };

    /// <summary>
    /// Projects the case's index entry again from its (now masked) events, in the caller's unit of work. The case's
    /// details and public tracking are read from the events when asked, so nothing else holds a copy.
    /// </summary>
    public static async Task RebuildIndexAsync(IDocumentSession session, Guid id, CancellationToken ct)
    {
        var entry = await session.Events.AggregateStreamAsync<CaseIndexEntry>(id, token: ct);
        if (entry is not null) session.Store(entry);
    }

    /// <summary>Ids of cases of this kind that ended (closed, refused, withdrawn) before the cutoff: the candidates for retention erasure.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string CountyCode)>> ClosedBeforeAsync(
        IQuerySession session, PersonalDataCaseKind kind, DateTimeOffset cutoff, CancellationToken ct)
    {
        var caseKind = CaseKindOf(kind);
        var ended = await session.Query<CaseIndexEntry>()
            .Where(x => x.Kind == caseKind && x.EndedAt != null && x.EndedAt < cutoff)
            .Select(x => new { x.Id, x.CountyCode }).ToListAsync(ct);
        return ended.Select(x => (x.Id, x.CountyCode)).ToList();
    }
}

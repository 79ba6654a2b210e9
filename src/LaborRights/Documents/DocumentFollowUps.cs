using LaborRights.Arbitration;
using Wolverine.Marten;

namespace LaborRights.Documents;

/// <summary>An award's document reached a party: the case records it, and the periods that run from it move (第四十九条).</summary>
public sealed record AwardServed(Guid ArbitrationCaseId, bool Partial, ArbitrationParty Party, DateOnly ServedOn, string RecordedBy);

/// <summary>What a document's events set going on its case, sent with them through the outbox.</summary>
public static class DocumentFollowUps
{
    public static IEnumerable<object> For(CaseDocument document, IReadOnlyList<object> events) =>
        document.Kind is not (DocumentKind.ArbitrationAward or DocumentKind.ArbitrationPartialAward)
            ? []
            : events.OfType<DocumentServed>().Select(e => new AwardServed(document.Case.Id, document.Kind == DocumentKind.ArbitrationPartialAward,
                e.To == DocumentAddressee.Applicant ? ArbitrationParty.Applicant : ArbitrationParty.Respondent, e.ServedOn, e.RecordedBy));
}

public static class AwardServedHandler
{
    public static Events Handle(AwardServed message, [WriteAggregate] ArbitrationCase @case, TimeProvider clock) =>
        [new ArbitrationAwardServed(@case.Id, message.Partial, message.Party, message.ServedOn, message.RecordedBy, clock.GetUtcNow())];
}

using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace LaborRights.Employers;

/// <summary>
/// The employer registry, projected asynchronously by the daemon (events of many streams meet in one document,
/// so they are applied one after another rather than by concurrent transactions). An opening event names the
/// employer; later events of the same case are routed through the case's staff-queue item.
/// </summary>
public sealed partial class EmployerRegistryProjection : MultiStreamProjection<EmployerRecord, string>
{
    public const int RepeatWindowDays = 365;

    public EmployerRegistryProjection()
    {
        CustomGrouping(new ByEmployer());
    }

    public override EmployerRecord ApplyMetadata(EmployerRecord record, IEvent lastEvent)
    {
        if (lastEvent.Timestamp > record.LastActivityAt) record.LastActivityAt = lastEvent.Timestamp;
        return record;
    }

    private sealed class ByEmployer : IAggregateGrouper<string>
    {
        public async Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
        {
            // A case joins its employer's record at its opening event — or, for a complaint filed without a credit code,
            // when staff identify the unit (EmployerIdentified); its events before that belong to no employer.
            var known = new Dictionary<Guid, string>();
            var from = new Dictionary<Guid, long>();
            foreach (var e in events)
            {
                if (OpeningEmployer(e.Data) is { } code && !known.ContainsKey(e.StreamId))
                {
                    known[e.StreamId] = code;
                    from[e.StreamId] = e.Version;
                }
            }
            var unknown = events.Select(e => e.StreamId).Where(id => !known.ContainsKey(id)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                var found = await session.Query<CaseIndex.CaseIndexEntry>()
                    .Where(x => unknown.Contains(x.Id))
                    .Select(x => new { x.Id, x.Employer.CreditCode })
                    .ToListAsync();
                foreach (var f in found) known[f.Id] = f.CreditCode;
            }
            foreach (var e in events)
            {
                if (known.TryGetValue(e.StreamId, out var code) && code.Length > 0 && e.Version >= from.GetValueOrDefault(e.StreamId))
                    grouping.AddEvent(code, e);
            }
        }
    }

    /// <summary>The employer named by a case's opening event, one line per case kind.</summary>
    private static string? OpeningEmployer(object data) => data switch
    {
        WageArrears.WageArrearsComplaintReceived x => x.Employer?.CreditCode,
        WageArrears.EmployerIdentified x => x.Employer.CreditCode,
        Arbitration.ArbitrationApplied x => x.EmployerCreditCode,
        Discrimination.DiscriminationComplaintReceived x => x.Employer.CreditCode,
        Inspections.InspectionCaseOpened x => x.EmployerCreditCode,
        _ => null,
    };

    /// <summary>Names the employer (a case's opening event) and adds the case once, however often it is replayed.</summary>
    private static void Open(EmployerRecord r, string creditCode, string name, string countyCode, EmployerCase entry)
    {
        r.Id = creditCode;
        r.Name = name;
        if (!r.CountyCodes.Contains(countyCode)) r.CountyCodes.Add(countyCode);
        r.Add(entry, RepeatWindowDays);
    }

    /// <summary>Changes the event's case; the record moves its totals and flags by what changed (<see cref="EmployerRecord.Change"/>).</summary>
    private static void Change(EmployerRecord r, IEvent e, Action<EmployerCase> change) => r.Change(e.StreamId, change, RepeatWindowDays);

    private static void Close(EmployerRecord r, IEvent e, string status) => Change(r, e, c =>
    {
        c.IsOpen = false;
        c.Status = status;
    });
}

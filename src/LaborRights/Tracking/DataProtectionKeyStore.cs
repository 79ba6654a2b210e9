using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace LaborRights.Tracking;

/// <summary>An ASP.NET Core Data Protection key, stored as a Marten document.</summary>
public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// Keeps the Data Protection key ring in PostgreSQL, the one database: a container has no durable home folder and a
/// second node must read what the first one protected.
/// </summary>
public sealed class DataProtectionKeyStore(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous and Marten 9 is asynchronous only; the ring is read rarely (it is cached).
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return keys.Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        // Likewise: a key is written only when the ring is created or rotated.
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

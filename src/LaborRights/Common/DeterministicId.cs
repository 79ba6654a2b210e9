using System.Security.Cryptography;
using System.Text;

namespace LaborRights.Common;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same id. Linkage uses them so that a
/// message delivered twice starts the same stream twice — and the second start is a no-op.
/// </summary>
public static class DeterministicId
{
    private static readonly Guid Namespace = Guid.Parse("6f1d3c2a-4b5e-4f60-9a7b-1c2d3e4f5a6b");

    public static Guid For(string name) => NameBased(Namespace, name);

    /// <summary>RFC 9562 version-5 (SHA-1) name-based UUID of <paramref name="name"/> in <paramref name="namespace"/>.</summary>
    public static Guid NameBased(Guid @namespace, string name)
    {
        var input = @namespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The id of the case that <paramref name="source"/> opens for <paramref name="purpose"/>.</summary>
    public static Guid OpenedFrom(CaseReference source, string purpose) => For($"{purpose}:{source.Kind}:{source.Id:N}");
}

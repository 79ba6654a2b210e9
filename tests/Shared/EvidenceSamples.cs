using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LaborRights.TestSamples;

/// <summary>
/// Evidence files as phones write them, built byte by byte: a JPEG with EXIF (device, GPS, orientation), XMP and a
/// comment; a PNG with text and EXIF chunks; a WebP with EXIF and XMP. Every piece of metadata carries one of the
/// <see cref="Secrets"/>, so a test can say that none of it survived.
/// </summary>
public static class EvidenceSamples
{
    public const string Device = "SecretPhone X1";
    public const string Position = "36.6512N 117.1201E";
    public const string Comment = "taken at home";

    public static readonly string[] Secrets = [Device, Position, Comment];

    /// <summary>A structurally valid baseline JPEG (1×1, one component) with the given metadata inserted after SOI.</summary>
    public static byte[] Jpeg(ushort? orientation = 6) => WithMetadata(SyntheticJpeg(), orientation);

    /// <summary>A JPEG with EXIF (device, GPS position, orientation), XMP and a comment inserted right after its SOI.</summary>
    public static byte[] WithMetadata(byte[] jpeg, ushort? orientation = 6)
    {
        using var output = new MemoryStream();
        output.Write(jpeg.AsSpan(0, 2));
        output.Write(Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]));
        output.Write(Segment(0xE1, Encoding.ASCII.GetBytes($"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPS>{Position}</exif:GPS></x:xmpmeta>")));
        output.Write(Segment(0xFE, Encoding.ASCII.GetBytes(Comment)));
        output.Write(jpeg.AsSpan(2));
        return output.ToArray();
    }

    /// <summary>What comes after the first SOS marker: the image data, which cleaning must not touch.</summary>
    public static byte[] ScanOf(byte[] jpeg)
    {
        for (var i = 2; i < jpeg.Length - 1; i++)
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xDA) return jpeg[i..];
        throw new InvalidOperationException("no scan");
    }

    public static byte[] SyntheticJpeg()
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        output.Write(Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
        output.Write(Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]));
        output.Write(Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        output.Write(Segment(0xDA, [1, 1, 0, 0, 63, 0]));
        output.Write([0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]);
        return output.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>Little-endian TIFF: IFD0 with Make, Orientation (if any) and a GPS IFD pointer; the GPS IFD with a map datum holding the position.</summary>
    private static byte[] Tiff(ushort? orientation)
    {
        var make = Encoding.ASCII.GetBytes(Device + "\0");
        var position = Encoding.ASCII.GetBytes(Position + "\0");
        var entries = orientation is null ? 2 : 3;
        var ifd0Size = 2 + entries * 12 + 4;
        var gpsOffset = 8 + ifd0Size;
        var gpsSize = 2 + 12 + 4;
        var makeOffset = gpsOffset + gpsSize;
        var positionOffset = makeOffset + make.Length;
        var tiff = new byte[positionOffset + position.Length];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], (ushort)entries);
        var e = 10;
        void Entry(ushort tag, ushort type, uint count, uint value)
        {
            var entry = tiff.AsSpan(e);
            BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], count);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
            e += 12;
        }
        Entry(0x010F, 2, (uint)make.Length, (uint)makeOffset);
        if (orientation is { } o) Entry(0x0112, 3, 1, o);
        Entry(0x8825, 4, 1, (uint)gpsOffset);
        e = gpsOffset;
        BinaryPrimitives.WriteUInt16LittleEndian(s[e..], 1);
        e += 2;
        Entry(0x0012, 2, (uint)position.Length, (uint)positionOffset);
        make.CopyTo(s[makeOffset..]);
        position.CopyTo(s[positionOffset..]);
        return tiff;
    }

    /// <summary>A real 2×2 grey PNG with a tEXt chunk (the position) and an eXIf chunk (the device).</summary>
    public static byte[] Png()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        output.Write(Chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 2, 8, 0, 0, 0, 0]));
        output.Write(Chunk("tEXt", Encoding.ASCII.GetBytes("Location\0" + Position)));
        output.Write(Chunk("eXIf", [.. "MM\0\x2A"u8, .. Encoding.ASCII.GetBytes(Device)]));
        using (var pixels = new MemoryStream())
        {
            using (var z = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
                z.Write([0, 0x80, 0x80, 0, 0x80, 0x80]);
            output.Write(Chunk("IDAT", pixels.ToArray()));
        }
        output.Write(Chunk("IEND", []));
        return output.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>An extended WebP (VP8X flags EXIF and XMP set) with an image chunk, an EXIF chunk (device) and an odd-sized XMP chunk (position).</summary>
    public static byte[] WebP()
    {
        using var body = new MemoryStream();
        body.Write("WEBP"u8);
        body.Write(RiffChunk("VP8X", [0x0C, 0, 0, 0, 1, 0, 0, 1, 0, 0]));
        body.Write(RiffChunk("VP8L", [0x2F, 1, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0]));
        body.Write(RiffChunk("EXIF", [.. "MM\0\x2A"u8, .. Encoding.ASCII.GetBytes(Device)]));
        body.Write(RiffChunk("XMP ", Encoding.ASCII.GetBytes("<x>" + Position + "</x>!")));
        var riff = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Length);
        body.ToArray().CopyTo(riff, 8);
        return riff;
    }

    private static byte[] RiffChunk(string fourCc, byte[] data)
    {
        var chunk = new byte[8 + data.Length + (data.Length & 1)];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
        data.CopyTo(chunk, 8);
        return chunk;
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;
}

using System.Buffers.Binary;
using System.Text;

namespace LaborRights.Evidence;

/// <summary>The kinds of evidence file accepted: what a phone photographs or saves (ADR 0021).</summary>
public enum EvidenceType
{
    Jpeg,
    Png,
    WebP,
    Pdf,
}

/// <summary>A file as it will be stored: its type by content, and its bytes without the metadata that says where and on what it was taken.</summary>
public sealed record InspectedFile(EvidenceType Type, byte[] Content)
{
    public string MediaType => EvidenceContent.MediaTypeOf(Type);
}

/// <summary>Why a file was not taken, in both languages.</summary>
public sealed record EvidenceRefusal(string Chinese, string English);

/// <summary>
/// Recognises an evidence file by its first bytes (never by its name or the type the client claims) and removes the
/// image metadata a phone writes: EXIF (GPS position, time, device), XMP, IPTC, comments and text chunks. Only what a
/// viewer needs to show the picture stays: for a JPEG the JFIF header, the colour profile and the orientation (written
/// back as a one-entry EXIF block, so a portrait photo still shows upright); for a PNG its image and colour chunks;
/// for a WebP its image, animation and colour chunks. A PDF is checked for its header and end marker and kept as it
/// is. A file whose structure does not hold together is refused as damaged.
/// </summary>
public static class EvidenceContent
{
    public static readonly EvidenceRefusal Unsupported = new(
        "只能上传 JPG、PNG、WebP 格式的照片或 PDF 文件", "Only JPG, PNG or WebP photos and PDF files can be attached");

    public static readonly EvidenceRefusal Damaged = new(
        "文件已损坏或格式不完整，无法读取，请重新拍照或导出后再上传", "The file is damaged or incomplete; take the photo or export the file again");

    public static string MediaTypeOf(EvidenceType type) => type switch
    {
        EvidenceType.Jpeg => "image/jpeg",
        EvidenceType.Png => "image/png",
        EvidenceType.WebP => "image/webp",
        _ => "application/pdf",
    };

    public static string ExtensionOf(EvidenceType type) => type switch
    {
        EvidenceType.Jpeg => ".jpg",
        EvidenceType.Png => ".png",
        EvidenceType.WebP => ".webp",
        _ => ".pdf",
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The type the content is, or null when it is none of the accepted ones.</summary>
    public static EvidenceType? Detect(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return EvidenceType.Jpeg;
        if (content.StartsWith(PngSignature)) return EvidenceType.Png;
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return EvidenceType.WebP;
        if (content.StartsWith("%PDF-"u8)) return EvidenceType.Pdf;
        return null;
    }

    /// <summary>The file ready to store, or why it cannot be.</summary>
    public static (InspectedFile? File, EvidenceRefusal? Refusal) Inspect(byte[] content)
    {
        if (Detect(content) is not { } type) return (null, Unsupported);
        var cleaned = type switch
        {
            EvidenceType.Jpeg => CleanJpeg(content),
            EvidenceType.Png => CleanPng(content),
            EvidenceType.WebP => CleanWebP(content),
            _ => CheckPdf(content),
        };
        return cleaned is null ? (null, Damaged) : (new InspectedFile(type, cleaned), null);
    }

    // ---- JPEG (ITU T.81 markers; EXIF 2.3 APP1) ----

    private const byte Soi = 0xD8, Sos = 0xDA, Eoi = 0xD9, App0 = 0xE0, App1 = 0xE1, App2 = 0xE2, App14 = 0xEE, Com = 0xFE;

    private static byte[]? CleanJpeg(byte[] jpeg)
    {
        using var output = new MemoryStream(jpeg.Length);
        output.Write([0xFF, Soi]);
        ushort? orientation = null;
        var position = 2;
        while (true)
        {
            if (position + 4 > jpeg.Length || jpeg[position] != 0xFF) return null;
            var marker = jpeg[position + 1];
            if (marker == 0xFF) { position++; continue; } // fill byte
            if (marker == Eoi) return null; // an image with no scan
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            if (length < 2 || position + 2 + length > jpeg.Length) return null;
            var segment = jpeg.AsSpan(position, 2 + length);
            var payload = segment[4..];

            if (marker == Sos)
            {
                // Everything from the first scan on is image data; what a phone adds as metadata comes before it.
                if (orientation is { } o and not 1) output.Write(OrientationSegment(o));
                output.Write(jpeg.AsSpan(position));
                return output.ToArray();
            }

            if (marker == App1 && payload.StartsWith("Exif\0\0"u8)) orientation ??= ExifOrientation(payload[6..]);
            var keep = marker switch
            {
                App0 => true,                                   // JFIF / JFXX header
                App2 => payload.StartsWith("ICC_PROFILE\0"u8),  // colour profile
                App14 => payload.StartsWith("Adobe"u8),         // colour transform of CMYK scans
                Com => false,
                >= App0 and <= 0xEF => false,                   // EXIF, XMP, IPTC, maker notes
                _ => true,                                      // tables and frame headers
            };
            if (keep) output.Write(segment);
            position += 2 + length;
        }
    }

    /// <summary>The orientation tag (0x0112) of IFD0 of an EXIF block's TIFF structure, if it holds a valid one.</summary>
    private static ushort? ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return null;
        bool little;
        if (tiff.StartsWith("II"u8)) little = true;
        else if (tiff.StartsWith("MM"u8)) little = false;
        else return null;
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);

        var ifd = U32(tiff[4..]);
        if (ifd > (uint)tiff.Length - 2) return null;
        var count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length) return null;
            if (U16(tiff[entry..]) != 0x0112 || U16(tiff[(entry + 2)..]) != 3) continue;
            var value = U16(tiff[(entry + 8)..]);
            return value is >= 1 and <= 8 ? value : null;
        }
        return null;
    }

    /// <summary>An APP1 EXIF block holding nothing but the orientation: big-endian TIFF, IFD0 with one SHORT entry.</summary>
    private static byte[] OrientationSegment(ushort orientation)
    {
        var segment = new byte[2 + 2 + 6 + 26];
        segment[0] = 0xFF;
        segment[1] = App1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        var tiff = segment.AsSpan(10);
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff[4..], 8);      // IFD0 right after the header
        BinaryPrimitives.WriteUInt16BigEndian(tiff[8..], 1);      // one entry
        BinaryPrimitives.WriteUInt16BigEndian(tiff[10..], 0x0112); // Orientation
        BinaryPrimitives.WriteUInt16BigEndian(tiff[12..], 3);     // SHORT
        BinaryPrimitives.WriteUInt32BigEndian(tiff[14..], 1);     // one value
        BinaryPrimitives.WriteUInt16BigEndian(tiff[18..], orientation);
        // bytes 20..25: padding of the value and "no next IFD" (zero)
        return segment;
    }

    // ---- PNG (ISO/IEC 15948, APNG) ----

    private static readonly HashSet<string> PngKept =
        ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "pHYs", "bKGD", "hIST", "sPLT", "cICP", "acTL", "fcTL", "fdAT"];

    private static byte[]? CleanPng(byte[] png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(PngSignature);
        var position = PngSignature.Length;
        var first = true;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            if (length > (uint)(png.Length - position - 12)) return null;
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            if (first && type != "IHDR") return null;
            first = false;
            var chunk = png.AsSpan(position, 12 + (int)length);
            // Unknown critical chunks (upper-case first letter) are part of the image: keep them; drop ancillary text, EXIF, time.
            if (PngKept.Contains(type) || char.IsUpper(type[0])) output.Write(chunk);
            position += chunk.Length;
            if (type == "IEND") return output.ToArray();
        }
        return null;
    }

    // ---- WebP (RIFF container) ----

    private static byte[]? CleanWebP(byte[] webp)
    {
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4));
        if (declared < 4 || declared > (uint)webp.Length - 8) return null;
        var end = 8 + (int)declared;
        using var output = new MemoryStream(webp.Length);
        output.Write(webp.AsSpan(0, 12));
        var position = 12;
        var image = false;
        while (position + 8 <= end)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(position + 4));
            var padded = (long)size + (size & 1);
            if (padded > end - position - 8) return null;
            var fourCc = Encoding.ASCII.GetString(webp, position, 4);
            var chunk = webp.AsSpan(position, 8 + (int)padded);
            switch (fourCc)
            {
                case "EXIF" or "XMP ":
                    break;
                case "VP8X":
                    if (size < 10) return null;
                    var extended = chunk.ToArray();
                    extended[8] &= unchecked((byte)~0x0C); // no EXIF (0x08), no XMP (0x04)
                    output.Write(extended);
                    break;
                default:
                    image |= fourCc is "VP8 " or "VP8L" or "ANIM";
                    output.Write(chunk);
                    break;
            }
            position += chunk.Length;
        }
        if (!image || position != end) return null;
        var cleaned = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(cleaned.AsSpan(4), (uint)(cleaned.Length - 8));
        return cleaned;
    }

    // ---- PDF ----

    private static byte[]? CheckPdf(byte[] pdf)
    {
        // A complete file ends with %%EOF (ISO 32000-1 7.5.5), give or take trailing whitespace or a scanner's padding.
        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 1024));
        return tail.IndexOf("%%EOF"u8) >= 0 ? pdf : null;
    }
}

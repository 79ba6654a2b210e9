using System.Buffers.Binary;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace LaborRights.Documents;

/// <summary>
/// An official document drawn as an A4 PDF on the server (ADR 0035): the office as heading, the title, the number, the
/// addressee, the paragraphs wrapped character by character (Chinese has no spaces to break at), the office and date
/// at the foot; the font subset-embedded with a Unicode map, so the text can be searched and read back.
/// </summary>
public static class DocumentPdf
{
    private const double Margin = 72; // 2.54 cm
    private static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly object FontLock = new();

    public static byte[] Render(OfficialDocument document)
    {
        EnsureFont();
        var pdf = new PdfDocument();
        pdf.Info.Title = document.Title + " " + document.Number;
        pdf.Info.Subject = document.Office;
        var heading = new XFont(CjkFontResolver.Family, 18, XFontStyleEx.Regular, Embedding);
        var title = new XFont(CjkFontResolver.Family, 16, XFontStyleEx.Regular, Embedding);
        var body = new XFont(CjkFontResolver.Family, 12, XFontStyleEx.Regular, Embedding);
        var writer = new PageWriter(pdf);

        writer.Centered(document.Office, heading, 34);
        writer.Centered(document.Title, title, 30);
        writer.Right(document.Number, body, 32);
        foreach (var line in document.Addressee.Split('\n')) writer.Paragraph(line, body, indent: 0);
        foreach (var paragraph in document.Facts.Concat(document.Decision).Concat(document.Remedies)) writer.Paragraph(paragraph, body, indent: 2);
        writer.Gap(36);
        writer.Right(document.Office + "（印章）", body, 22);
        writer.Right(document.IssuedOn, body, 22);
        writer.Dispose();
        if (pdf.PageCount > 1)
        {
            // 第1页 共2页 at the foot of each page of a document longer than one.
            var small = new XFont(CjkFontResolver.Family, 9, XFontStyleEx.Regular, Embedding);
            for (var i = 0; i < pdf.PageCount; i++)
            {
                var page = pdf.Pages[i];
                using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                gfx.DrawString($"第{i + 1}页 共{pdf.PageCount}页", small, XBrushes.Black,
                    new XRect(0, page.Height.Point - Margin / 2 - 12, page.Width.Point, 12), XStringFormats.TopCenter);
            }
        }

        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    private static void EnsureFont()
    {
        lock (FontLock)
        {
            if (GlobalFontSettings.FontResolver is not CjkFontResolver) GlobalFontSettings.FontResolver = new CjkFontResolver();
        }
    }

    /// <summary>Draws line after line, starting a new page when one is full.</summary>
    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        private PdfPage _page = null!;
        private XGraphics? _gfx;
        private double _y;

        private XGraphics Gfx
        {
            get
            {
                if (_gfx is null) NewPage();
                return _gfx!;
            }
        }

        private double Width => _page.Width.Point - 2 * Margin;

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private void Room(double height)
        {
            if (_gfx is null || _y + height > _page.Height.Point - Margin) NewPage();
        }

        public void Gap(double height) => _y += height;

        public void Centered(string text, XFont font, double height) => Line(text, font, height, XStringFormats.TopCenter);

        public void Right(string text, XFont font, double height) => Line(text, font, height, XStringFormats.TopRight);

        private void Line(string text, XFont font, double height, XStringFormat format)
        {
            Room(height);
            Gfx.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, Width, height), format);
            _y += height;
        }

        public void Paragraph(string text, XFont font, int indent)
        {
            var lineHeight = font.GetHeight() * 1.6;
            _ = Gfx;
            foreach (var line in Wrap(Gfx, text, font, Width, indent))
            {
                Room(lineHeight);
                Gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }
            _y += lineHeight * 0.3;
        }

        public void Dispose() => _gfx?.Dispose();
    }

    // Punctuation that may not begin a line, and opening marks that may not end one (a simple 禁则).
    private const string NoLineStart = "，。、；：？！）》」』〕】〉”’…%,.;:?!)]}";
    private const string NoLineEnd = "（《「『〔【〈“‘([{";

    /// <summary>
    /// Breaks a paragraph into lines that fit <paramref name="width"/>: per character, keeping runs of Latin letters and
    /// digits (a credit code, an amount) whole, never starting a line with closing punctuation or ending one with an
    /// opening mark. The first line is indented by full-width spaces.
    /// </summary>
    public static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width, int indent)
    {
        var line = new StringBuilder(new string('\u3000', indent));
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or ',')
                while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] is '.' or ',' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1])))) j++;
            else if (char.IsHighSurrogate(text[i]) && j < text.Length) j++;
            var unit = text[i..j];
            if (line.Length > 0 && gfx.MeasureString(line + unit, font).Width > width)
            {
                var carry = "";
                if (line.Length > 1 && (NoLineStart.Contains(unit[0]) || NoLineEnd.Contains(line[^1])))
                {
                    carry = line[^1].ToString();
                    line.Length--;
                }
                yield return line.ToString();
                line.Clear().Append(carry);
            }
            line.Append(unit);
            i = j;
        }
        if (line.Length > 0) yield return line.ToString();
    }
}

/// <summary>
/// Serves PDFsharp the one face it draws with: WenQuanYi Micro Hei (Apache-2.0), face 0 of the collection shipped as a
/// resource (Debian fonts-wqy-microhei 0.2.0-beta), copied out as a standalone TrueType font because PDFsharp does not
/// read collections. Bold and italic are simulated; documents use neither.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "LaborRights CJK";
    private const string FaceName = "WenQuanYiMicroHei";
    private static readonly Lazy<byte[]> Face = new(() =>
    {
        using var stream = typeof(CjkFontResolver).Assembly.GetManifestResourceStream("LaborRights.Resources.Fonts.wqy-microhei.ttc")
            ?? throw new InvalidOperationException("The document font resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return TrueTypeCollection.Face(copy.ToArray(), 0);
    });

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[]? GetFont(string faceName) => Face.Value;
}

/// <summary>Copies one face out of a TrueType collection (<c>ttcf</c>) into a standalone font file.</summary>
public static class TrueTypeCollection
{
    public static byte[] Face(byte[] collection, int index)
    {
        if (collection.Length < 16 || Encoding.ASCII.GetString(collection, 0, 4) != "ttcf") return collection;
        var faces = BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8));
        if (index < 0 || index >= faces) throw new ArgumentOutOfRangeException(nameof(index), $"The collection has {faces} faces.");
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + 4 * index));
        var count = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(offset + 4));
        var tables = Enumerable.Range(0, count).Select(t =>
        {
            var record = collection.AsSpan(offset + 12 + 16 * t);
            return (Tag: BinaryPrimitives.ReadUInt32BigEndian(record), Sum: BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                From: (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }).ToList();
        var header = 12 + 16 * count;
        var font = new byte[header + tables.Sum(t => (t.Length + 3) & ~3)];
        collection.AsSpan(offset, 12).CopyTo(font);
        var at = header;
        var head = -1;
        for (var t = 0; t < tables.Count; t++)
        {
            var (tag, sum, from, length) = tables[t];
            var record = font.AsSpan(12 + 16 * t);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], sum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            collection.AsSpan(from, length).CopyTo(font.AsSpan(at));
            if (tag == 0x68656164) head = at; // 'head'
            at += (length + 3) & ~3;
        }
        if (head >= 0)
        {
            // head.checkSumAdjustment, recomputed for the standalone file.
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0);
            uint total = 0;
            for (var k = 0; k < font.Length; k += 4) total += BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(k));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(head + 8), 0xB1B0AFBA - total);
        }
        return font;
    }
}

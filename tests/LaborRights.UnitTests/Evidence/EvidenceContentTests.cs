using System.Buffers.Binary;
using System.Text;
using LaborRights.Evidence;
using LaborRights.TestSamples;

namespace LaborRights.UnitTests.Evidence;

public class EvidenceContentTests
{
    [Fact]
    public void A_phone_photo_loses_its_device_position_and_comment_but_keeps_its_orientation_and_image_data()
    {
        var photo = EvidenceSamples.Jpeg(orientation: 6);

        var (file, refusal) = EvidenceContent.Inspect(photo);

        refusal.Should().BeNull();
        file!.Type.Should().Be(EvidenceType.Jpeg);
        file.MediaType.Should().Be("image/jpeg");
        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(file.Content, secret).Should().BeFalse(secret);
        EvidenceSamples.ScanOf(file.Content).Should().Equal(EvidenceSamples.ScanOf(photo), "the image data is not touched");
        OrientationOf(file.Content).Should().Be(6, "a portrait photo still shows upright");
        EvidenceSamples.Contains(file.Content, "JFIF").Should().BeTrue("the JFIF header stays");
    }

    [Fact]
    public void A_photo_without_orientation_gets_no_exif_block_at_all()
    {
        var (file, _) = EvidenceContent.Inspect(EvidenceSamples.Jpeg(orientation: null));

        EvidenceSamples.Contains(file!.Content, "Exif").Should().BeFalse();
        file.Content.Should().Equal(EvidenceSamples.SyntheticJpeg(), "without metadata the file is what the camera's image was");
    }

    [Fact]
    public void A_png_keeps_its_image_chunks_and_loses_text_and_exif()
    {
        var (file, _) = EvidenceContent.Inspect(EvidenceSamples.Png());

        file!.Type.Should().Be(EvidenceType.Png);
        ChunksOf(file.Content).Should().Equal("IHDR", "IDAT", "IEND");
        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(file.Content, secret).Should().BeFalse(secret);
    }

    [Fact]
    public void A_webp_loses_its_exif_and_xmp_chunks_and_says_so_in_its_header()
    {
        var (file, _) = EvidenceContent.Inspect(EvidenceSamples.WebP());

        file!.Type.Should().Be(EvidenceType.WebP);
        foreach (var secret in EvidenceSamples.Secrets) EvidenceSamples.Contains(file.Content, secret).Should().BeFalse(secret);
        BinaryPrimitives.ReadUInt32LittleEndian(file.Content.AsSpan(4)).Should().Be((uint)file.Content.Length - 8);
        (file.Content[20] & 0x0C).Should().Be(0, "the VP8X flags no longer announce EXIF or XMP");
        EvidenceSamples.Contains(file.Content, "VP8L").Should().BeTrue();
    }

    [Fact]
    public void A_pdf_is_kept_as_it_is()
    {
        var pdf = EvidenceSamples.Pdf();

        var (file, _) = EvidenceContent.Inspect(pdf);

        file!.Type.Should().Be(EvidenceType.Pdf);
        file.Content.Should().Equal(pdf);
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("MZ\x90\0 an executable renamed to .jpg")]
    [InlineData("<html><script>alert(1)</script>")]
    [InlineData("\0\0\0\x18ftypheic")]
    [InlineData("")]
    public void Anything_else_is_refused_whatever_its_name(string content)
    {
        var (file, refusal) = EvidenceContent.Inspect(Encoding.Latin1.GetBytes(content));

        file.Should().BeNull();
        refusal.Should().Be(EvidenceContent.Unsupported);
    }

    public static TheoryData<string, byte[]> Damaged() => new()
    {
        { "a JPEG cut off before its image data", EvidenceSamples.Jpeg()[..40] },
        { "a JPEG whose segment runs past the end", [0xFF, 0xD8, 0xFF, 0xE0, 0x40, 0x00, 1, 2] },
        { "a PNG cut off before IEND", EvidenceSamples.Png()[..^12] },
        { "a PNG that does not start with IHDR", [.. EvidenceSamples.Png()[..8], .. EvidenceSamples.Png()[33..]] },
        { "a WebP whose size is more than the file", [.. "RIFF"u8, 0xFF, 0xFF, 0, 0, .. "WEBP"u8] },
        { "a PDF without its end marker", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj") },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_file_is_refused_as_damaged(string what, byte[] content)
    {
        var (file, refusal) = EvidenceContent.Inspect(content);

        file.Should().BeNull(what);
        refusal.Should().Be(EvidenceContent.Damaged, what);
    }

    [Theory]
    [InlineData("工资条.JPG", EvidenceType.Jpeg, "工资条.jpg")]
    [InlineData("C:\\Users\\张三\\合同.pdf", EvidenceType.Pdf, "合同.pdf")]
    [InlineData("../../etc/passwd", EvidenceType.Png, "passwd.png")]
    [InlineData("screenshot.exe", EvidenceType.Png, "screenshot.png")]
    [InlineData("a\u0000b<c>.jpg", EvidenceType.Jpeg, "abc.jpg")]
    [InlineData("", EvidenceType.WebP, "证据.webp")]
    [InlineData(null, EvidenceType.Jpeg, "证据.jpg")]
    public void The_name_kept_is_the_uploaders_without_folders_or_control_characters_and_with_the_contents_extension(
        string? uploaded, EvidenceType type, string kept) =>
        EvidenceStore.SafeName(uploaded, type).Should().Be(kept);

    private static ushort? OrientationOf(byte[] jpeg)
    {
        var at = jpeg.AsSpan().IndexOf("Exif\0\0MM"u8);
        if (at < 0) return null;
        var tiff = jpeg.AsSpan(at + 6);
        BinaryPrimitives.ReadUInt16BigEndian(tiff[10..]).Should().Be(0x0112);
        return BinaryPrimitives.ReadUInt16BigEndian(tiff[18..]);
    }

    private static List<string> ChunksOf(byte[] png)
    {
        var chunks = new List<string>();
        for (var i = 8; i + 8 <= png.Length; i += 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i)))
            chunks.Add(Encoding.ASCII.GetString(png, i + 4, 4));
        return chunks;
    }
}

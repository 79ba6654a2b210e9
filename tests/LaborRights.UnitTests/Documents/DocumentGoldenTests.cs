using System.Runtime.CompilerServices;
using LaborRights.Arbitration;
using LaborRights.Discrimination;
using LaborRights.Documents;
using LaborRights.Inspections;
using LaborRights.ReferenceData;
using LaborRights.WageArrears;
using A = LaborRights.UnitTests.Arbitration.ArbitrationCaseEvents;
using D = LaborRights.UnitTests.Discrimination.DiscriminationCaseEvents;
using I = LaborRights.UnitTests.Inspections.InspectionEvents;
using PigDocument = UglyToad.PdfPig.PdfDocument;
using W = LaborRights.UnitTests.WageArrears.CaseEvents;

namespace LaborRights.UnitTests.Documents;

/// <summary>
/// Issue 17, item 5: every kind of document, composed from a known case, compared line by line with its reviewed golden
/// text (<c>Golden/{kind}.txt</c>; <c>LABORRIGHTS_UPDATE_GOLDEN=1</c> rewrites them, to be read before committing), and
/// drawn as a PDF whose text states the number and every line of the decision.
/// </summary>
public class DocumentGoldenTests
{
    private static readonly ShandongRegions Regions = ShandongRegions.LoadEmbedded();
    private static readonly DateOnly IssuedOn = new(2025, 9, 15);

    private static readonly ExtraCompensationImposed Imposed = new(W.Id, 0.5m, 45_000m, 22_500m, "inspector.li", W.At(2025, 6, 10));
    private static readonly object[] WageArrearsCase = [W.Received(), W.Accepted(), W.Assigned(), W.Confirmed(), W.Ordered(), Imposed, W.Transferred()];
    private static readonly object[] WageArrearsRefused =
        [W.Received(), new ComplaintRejected(W.Id, RejectionReason.OutsideJurisdiction, "青岛市黄岛区人力资源和社会保障局", "用工地在黄岛区。", "inspector.li", W.At(2025, 2, 26))];
    private static readonly object[] DiscriminationCase =
        [D.Received(), D.Accepted() with { CaseNumber = "历下区劳监立〔2025〕00003号" }, D.Found(), D.CorrectionOrdered(), D.CorrectionChecked(), D.Fined()];
    private static readonly object[] DiscriminationRefused =
        [D.Received(), new DiscriminationComplaintRejected(D.Id, DiscriminationRejectionReason.TimeBarred, null, "广告发布于2022年。", "inspector.li", D.At(2025, 2, 26))];
    private static readonly object[] InspectionCase =
        [I.Opened() with { CaseNumber = "历下区劳监立〔2025〕00009号" }, I.Team(), I.Visit(2), I.Violation(1), I.Violation(2, ViolationCategory.LabourContract),
         I.Heard(2), I.Ordered(), I.Checked(false), I.Penalty()];
    private static readonly object[] ArbitrationCase =
    [
        .. A.InProceedings(), A.Panel("李仲裁", "王仲裁", "赵仲裁"),
        new ArbitrationPeriodExtended(A.Id, 15, new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 11), false, "chair.zhou", "案情复杂，需要调取考勤记录", "arbitrator.li", A.At(2025, 9, 20)),
        A.Scheduled(), A.Attended(), A.MediationFailed(),
        new PartialAwardIssued(A.Id, [A.Item(3, ClaimCategory.WorkingTimeRestStandards, null, true)], A.Wage(), false, "arbitrator.li", A.At(2025, 8, 28)),
        A.Awarded(),
    ];
    private static readonly object[] ArbitrationMediated =
    [
        .. A.HeardCase(),
        new MediationAgreementReached(A.Id, [new SettlementItem(ClaimCategory.Pay, "被申请人于2025年9月10日前一次性支付申请人工资", 24_000m),
            new SettlementItem(ClaimCategory.Other, "双方再无其他劳动争议", null)], "双方自愿和解", "arbitrator.li", A.At(2025, 8, 25, 11)),
    ];
    private static readonly object[] ArbitrationRefused =
        [A.Applied(), new ArbitrationApplicationRefused(A.Id, "申请人与被申请人之间不存在劳动关系，不属于劳动争议。", "clerk.wang", A.At(2025, 8, 12))];

    /// <summary>Each kind's known case and its number.</summary>
    public static TheoryData<DocumentKind> Kinds => [.. Enum.GetValues<DocumentKind>()];

    private static IReadOnlyList<object> Case(DocumentKind kind) => kind switch
    {
        DocumentKind.WageArrearsRejection => WageArrearsRefused,
        DocumentKind.DiscriminationRejection => DiscriminationRefused,
        DocumentKind.ArbitrationRefusal => ArbitrationRefused,
        DocumentKind.ArbitrationMediationStatement => ArbitrationMediated,
        _ => DocumentKinds.Of(kind).CaseKind switch
        {
            CaseKind.WageArrears => WageArrearsCase,
            CaseKind.Discrimination => DiscriminationCase,
            CaseKind.Inspection => InspectionCase,
            _ => ArbitrationCase,
        },
    };

    private static OfficialDocument Compose(DocumentKind kind)
    {
        var template = DocumentTemplates.Defaults[kind];
        var values = DocumentValues.Of(DocumentKinds.Of(kind).CaseKind, Case(kind), Regions);
        // As DocumentIssuing numbers them: the office's series, or the arbitration case number.
        var number = template.Series.Length == 0 ? values["caseNumber"]! : DocumentComposer.Number("历下", template.Series, 2025, 7);
        return DocumentComposer.Compose(template, values, number, IssuedOn);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_document_reads_as_its_reviewed_golden_text(DocumentKind kind)
    {
        var lines = Compose(kind).Lines;
        var golden = Path.Combine(Folder(), "Golden", kind + ".txt");
        if (Environment.GetEnvironmentVariable("LABORRIGHTS_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, string.Join('\n', lines) + "\n");

        File.Exists(golden).Should().BeTrue($"{kind} has a golden text (LABORRIGHTS_UPDATE_GOLDEN=1 writes it, to be read before committing)");
        lines.Should().Equal(File.ReadAllText(golden).TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_document_opens_as_a_pdf_stating_its_number_and_its_decision(DocumentKind kind)
    {
        var document = Compose(kind);

        using var pdf = PigDocument.Open(DocumentPdf.Render(document));

        // Lines are wrapped at any character: compare the text without the breaks and indents PdfPig reads back.
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace("\u3000", "").Replace(" ", "");
        text.Should().Contain(document.Number.Replace(" ", ""));
        foreach (var line in document.Decision) text.Should().Contain(line.Replace(" ", ""));
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

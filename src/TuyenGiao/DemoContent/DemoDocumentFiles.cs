using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace TuyenGiao.DemoContent;

/// <summary>
/// Writes the demo documents' files — PDF (PdfPig, with the embedded DejaVu Sans for Vietnamese), Word
/// and Excel (Open XML SDK, MiniExcel) — so the library starts with real files to open and search in.
/// The tests make their files here too.
/// </summary>
internal static class DemoDocumentFiles
{
    private const double FontSize = 11;
    private const double LineHeight = 16;
    private const double Margin = 60;
    private const int CharsPerLine = 80;

    /// <summary>An A4 PDF with a text layer: each paragraph wrapped, pages added as they fill.</summary>
    public static byte[] Pdf(IEnumerable<string> paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(DemoFont.DejaVuSans.Value);
        var page = builder.AddPage(PdfPageSize.A4);
        var top = page.PageSize.Height - Margin;
        var y = top;
        foreach (var line in paragraphs.SelectMany(Wrap))
        {
            if (y < Margin)
            {
                page = builder.AddPage(PdfPageSize.A4);
                y = top;
            }
            if (line.Length > 0)
            {
                page.AddText(line, FontSize, new PdfPoint(Margin, y), font);
            }
            y -= LineHeight;
        }
        return builder.Build();
    }

    /// <summary>A PDF whose pages hold no text at all, as a scanner makes them.</summary>
    public static byte[] ScannedPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PdfPageSize.A4).DrawRectangle(new PdfPoint(Margin, Margin), 400, 600);
        }
        return builder.Build();
    }

    /// <summary>A DOCX of paragraphs, with an optional header line (where a stamp would sit).</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs, string? header = null)
    {
        using var output = new MemoryStream();
        using (var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(Paragraph)));
            if (header is not null)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(Paragraph(header));
                main.Document.Body!.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) }));
            }
        }
        return output.ToArray();

        static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>An XLSX of one sheet: the first row's cells as column names, one empty row per unit to fill in.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> headings, IEnumerable<string> units)
    {
        var rows = units.Select(unit => headings.Select((heading, i) => (heading, value: i == 0 ? unit : "")).ToDictionary(c => c.heading, c => (object)c.value));
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, rows.ToList());
        return output.ToArray();
    }

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharsPerLine)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }
        yield return line;
        // A blank line between paragraphs.
        yield return "";
    }
}

using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace TuyenGiao.Documents;

/// <summary>What was read from inside a file: its text, and whether it is a PDF scan with no text to read.</summary>
public sealed record ExtractedText(string Text, bool IsScan);

/// <summary>
/// Reads the text inside an uploaded file, so that search (and the confidentiality guard) can see into
/// it: PDF with PdfPig, Word and Excel 2007+ with the Open XML SDK. Word 97–2003 and Excel 97–2003
/// files are kept but not read (no well-kept reader for them here). Throws <see cref="UnreadableFileException"/>
/// for a file that says it is one of these but cannot be opened.
/// </summary>
public static class DocumentTextExtraction
{
    /// <summary>More than a long resolution holds; a search index need not swallow a whole statistical yearbook.</summary>
    public const int MaxChars = 500_000;

    /// <summary>A PDF with fewer letters than this per page is taken for a scan.</summary>
    private const int ScanLettersPerPage = 20;

    /// <summary>An Office file that unpacks to more than this is refused rather than read (a "zip bomb").</summary>
    private const long MaxUnpackedBytes = 300L * 1024 * 1024;

    public static ExtractedText Extract(string path, DocumentFileFormat format)
    {
        try
        {
            return format switch
            {
                DocumentFileFormat.Pdf => FromPdf(path),
                DocumentFileFormat.Docx => new ExtractedText(FromWord(path), false),
                DocumentFileFormat.Xlsx => new ExtractedText(FromExcel(path), false),
                _ => new ExtractedText("", false),
            };
        }
        catch (Exception exception) when (exception is not (UnreadableFileException or OperationCanceledException or OutOfMemoryException))
        {
            // The readers throw many kinds of exception on a damaged or hostile file; every one means "cannot read".
            throw new UnreadableFileException(exception);
        }
    }

    private static ExtractedText FromPdf(string path)
    {
        // From a stream, not the path: PdfPig then reads the file as it needs it rather than all at once.
        using var stream = File.OpenRead(path);
        using var pdf = PdfDocument.Open(stream);
        var text = new Limited();
        var letters = 0;
        foreach (var page in pdf.GetPages())
        {
            var pageText = ContentOrderTextExtractor.GetText(page);
            letters += pageText.Count(char.IsLetter);
            if (!text.Append(pageText))
            {
                break;
            }
        }
        return new ExtractedText(text.ToString(), pdf.NumberOfPages > 0 && letters < ScanLettersPerPage * pdf.NumberOfPages);
    }

    private static string FromWord(string path)
    {
        CheckUnpackedSize(path);
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var text = new Limited();
        // Headers first: a "MẬT" stamp usually sits there.
        foreach (var header in word.MainDocumentPart?.HeaderParts ?? [])
        {
            AppendParagraphs(text, header.RootElement);
        }
        AppendParagraphs(text, word.MainDocumentPart?.Document?.Body);
        return text.ToString();
    }

    private static void AppendParagraphs(Limited text, OpenXmlElement? root)
    {
        foreach (var paragraph in root?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>() ?? [])
        {
            if (!text.Append(paragraph.InnerText))
            {
                return;
            }
        }
    }

    /// <summary>Every cell's text, sheet by sheet, read as a stream of elements so a large sheet is never held whole.</summary>
    private static string FromExcel(string path)
    {
        CheckUnpackedSize(path);
        using var excel = SpreadsheetDocument.Open(path, isEditable: false);
        var shared = excel.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.ChildElements.Select(item => item.InnerText).ToList() ?? [];
        var text = new Limited();
        foreach (var sheet in excel.WorkbookPart?.WorksheetParts ?? [])
        {
            using var reader = OpenXmlReader.Create(sheet);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
                {
                    continue;
                }
                var cell = (Cell)reader.LoadCurrentElement()!;
                var value = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Count
                    ? shared[index]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
                if (!text.Append(value ?? ""))
                {
                    return text.ToString();
                }
            }
        }
        return text.ToString();
    }

    private static void CheckUnpackedSize(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
        {
            throw new UnreadableFileException(null);
        }
    }

    /// <summary>Text gathered line by line up to <see cref="MaxChars"/>.</summary>
    private sealed class Limited
    {
        private readonly StringBuilder _text = new();

        /// <summary>False once full.</summary>
        public bool Append(string line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return true;
            }
            var room = MaxChars - _text.Length;
            _text.Append(line.Length <= room ? line : line[..room]).Append('\n');
            return _text.Length < MaxChars;
        }

        public override string ToString() => _text.ToString().TrimEnd();
    }
}

/// <summary>A file whose first bytes promised PDF, Word or Excel, but which cannot be opened as that.</summary>
public sealed class UnreadableFileException(Exception? inner) : Exception("The file cannot be read.", inner);

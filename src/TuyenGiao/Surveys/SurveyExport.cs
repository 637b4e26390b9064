using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using TuyenGiao.Data;
using TuyenGiao.Time;

namespace TuyenGiao.Surveys;

/// <summary>
/// Every response of a survey, a row each, a column per question (the chosen choices' words, the point of
/// the scale, the words typed): as an Excel workbook or as CSV (UTF-8 with its mark, so Excel reads the
/// Vietnamese letters right).
/// </summary>
public sealed class SurveyExport(PortalDbContext db)
{
    public const string SubmittedColumn = "Thời điểm gửi (giờ Việt Nam)";

    public async Task WriteAsync(Survey survey, bool asCsv, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(survey, cancellationToken);
        if (asCsv)
        {
            var csv = new CsvConfiguration { StreamWriterFunc = stream => new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };
            await output.SaveAsAsync(rows, excelType: ExcelType.CSV, configuration: csv, cancellationToken: cancellationToken);
        }
        else
        {
            await output.SaveAsAsync(rows, sheetName: "Khảo sát", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Numbered headers ("Câu 1. …"), so two questions worded alike stay two columns.</summary>
    public static string Header(SurveyQuestion question, int number) => string.Create(CultureInfo.InvariantCulture, $"Câu {number}. {question.Text}");

    /// <summary>A table rather than a list of rows, so a survey with no response yet still exports its headers.</summary>
    private async Task<DataTable> RowsAsync(Survey survey, CancellationToken cancellationToken)
    {
        var questions = survey.Questions.OrderBy(q => q.Order).Select((q, i) => (Question: q, Header: Header(q, i + 1), Choices: q.ChoiceList())).ToList();
        var table = new DataTable("Khảo sát") { Locale = CultureInfo.InvariantCulture };
        table.Columns.Add(SubmittedColumn, typeof(string));
        foreach (var (_, header, _) in questions)
        {
            table.Columns.Add(header, typeof(object));
        }
        await foreach (var response in db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
            .Include(r => r.Answers).OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var row = table.NewRow();
            row[SubmittedColumn] = VietnamTime.ToLocal(response.SubmittedAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
            foreach (var (question, header, choices) in questions)
            {
                var answers = response.Answers.Where(a => a.QuestionId == question.Id).ToList();
                row[header] = question.Kind switch
                {
                    SurveyQuestionKind.FreeText => answers.FirstOrDefault()?.Text ?? "",
                    SurveyQuestionKind.Scale => answers.FirstOrDefault()?.Value is { } point ? point : "",
                    _ => string.Join("; ", answers.Where(a => a.Value is { } p && p < choices.Count).Select(a => choices[a.Value!.Value])),
                };
            }
            table.Rows.Add(row);
        }
        return table;
    }
}

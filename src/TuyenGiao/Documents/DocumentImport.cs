using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Text;

namespace TuyenGiao.Documents;

/// <summary>A file sent with an import sheet: its name and a way to read it.</summary>
public sealed record ImportFile(string Name, Func<Stream> Open);

/// <summary>What became of a row: nothing wrong (imported, or would be), or each reason it cannot be.</summary>
public sealed record ImportRowResult(int Row, string Number, string Title, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>The report an import answers with, row by row; <see cref="Imported"/> only when every row was valid and saved.</summary>
public sealed record ImportReport(IReadOnlyList<ImportRowResult> Rows, IReadOnlyList<string> UnusedFiles, bool Imported, string? Error)
{
    public static ImportReport Failed(string error) => new([], [], false, error);
}

/// <summary>
/// Imports a board's existing documents at once: a spreadsheet (one row per document) and the files it
/// names, sent together. Every row is checked first — lists, dates, duplicate numbers, missing or refused
/// files, confidentiality marks when publishing — and the report says, row by row, what is wrong. Only
/// when no row is wrong is anything saved, all in one transaction: nothing is ever half-imported.
/// </summary>
public sealed class DocumentImport(PortalDbContext db, DocumentEditing editing, DocumentFileUploads uploads, DocumentStorage storage, AuditLog audit)
{
    /// <param name="sheet">The spreadsheet.</param>
    /// <param name="files">The files the rows name.</param>
    /// <param name="publish">Publish each document (through the confidentiality guard), or keep them as drafts.</param>
    /// <param name="checkOnly">Report only; save nothing even if every row is valid.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="cancellationToken">Stops the import; nothing is then saved.</param>
    public async Task<ImportReport> ImportAsync(
        Stream sheet, IReadOnlyList<ImportFile> files, bool publish, bool checkOnly, Actor actor, CancellationToken cancellationToken = default)
    {
        var (rows, error) = DocumentImportSheet.Read(sheet);
        if (error is not null)
        {
            return ImportReport.Failed(error);
        }
        var labels = await db.DocumentLabels.AsNoTracking().ToListAsync(cancellationToken);
        var filesByName = files.GroupBy(f => Key(f.Name)).ToDictionary(g => g.Key, g => g.First());
        var sheetKeys = rows.Select(r => DocumentNumber.Key(r.Number)).ToList();
        var stored = new List<StoredDocumentFile>();
        try
        {
            var checkedRows = new List<(DocumentImportRow Row, DocumentFields Fields, List<StoredDocumentFile> Files, List<string> Problems)>();
            foreach (var row in rows)
            {
                var (fields, problems) = await CheckAsync(row, labels, sheetKeys, cancellationToken);
                var rowFiles = new List<StoredDocumentFile>();
                foreach (var name in row.Files)
                {
                    if (!filesByName.TryGetValue(Key(name), out var file))
                    {
                        problems.Add($"Thiếu tệp “{name}” (chưa chọn tệp này khi tải lên).");
                        continue;
                    }
                    await using var content = file.Open();
                    var result = await uploads.SaveAsync(content, file.Name, cancellationToken);
                    if (result.File is { } saved)
                    {
                        stored.Add(saved);
                        rowFiles.Add(saved);
                    }
                    else
                    {
                        problems.Add(result.Error!);
                    }
                }
                if (row.Files.Count == 0)
                {
                    problems.Add("Chưa ghi tên tệp đính kèm ở cột “Tệp”.");
                }
                if (publish && fields is not null && Guard(fields, rowFiles) is { } mark)
                {
                    problems.Add(mark.Message);
                }
                checkedRows.Add((row, fields!, rowFiles, problems));
            }
            var usedNames = rows.SelectMany(r => r.Files).Select(Key).ToHashSet();
            var unused = files.Where(f => !usedNames.Contains(Key(f.Name))).Select(f => f.Name).ToList();
            var results = checkedRows.Select(c => new ImportRowResult(c.Row.Row, c.Row.Number, c.Row.Title, c.Problems)).ToList();
            if (checkOnly || results.Any(r => !r.IsValid))
            {
                return new ImportReport(results, unused, Imported: false, null);
            }
            await SaveAsync(checkedRows.Select(c => (c.Fields, c.Files)).ToList(), publish, actor, cancellationToken);
            stored.Clear();
            return new ImportReport(results, unused, Imported: true, null);
        }
        finally
        {
            // Whatever was written for a report, or for an import that did not finish, goes.
            foreach (var file in stored)
            {
                File.Delete(storage.PathOf(file.StoredName)!);
            }
        }
    }

    /// <summary>
    /// All rows in one transaction: each is first created in force with its files, then saved with its own
    /// status, so a "replaced by" finds its document even when the replacement comes later in the sheet.
    /// </summary>
    private async Task SaveAsync(List<(DocumentFields Fields, List<StoredDocumentFile> Files)> rows, bool publish, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = new List<(int Id, DocumentFields Fields)>();
        foreach (var (fields, files) in rows)
        {
            var initial = fields.Status == DocumentStatus.Superseded ? fields with { Status = DocumentStatus.InForce, SupersededByNumber = null } : fields;
            var document = (await editing.CreateAsync(initial, actor, cancellationToken)).Item
                ?? throw new InvalidOperationException($"Import: row {fields.Number} was checked but refused.");
            foreach (var file in files)
            {
                var refused = await editing.AttachFileAsync(document.Id, file, replacesFileId: null, overrideConfidentiality: false, actor, cancellationToken);
                if (!refused.IsEmpty)
                {
                    throw new InvalidOperationException($"Import: file {file.FileName} was checked but refused.");
                }
            }
            created.Add((document.Id, fields));
            // Each row is saved (in the transaction); keeping a thousand rows tracked would make every save slower.
            db.ChangeTracker.Clear();
        }
        foreach (var (id, fields) in created)
        {
            var saved = await editing.SaveAsync(id, fields, publish ? PublicationChoice.Publish : PublicationChoice.Keep, overrideConfidentiality: false, actor, cancellationToken);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"Import: row {fields.Number} was checked but refused: {string.Join(" ", saved.Errors.Select(e => e.Value))}");
            }
            db.ChangeTracker.Clear();
        }
        audit.Record(actor, $"Nhập {created.Count} văn bản từ bảng tính", AuditRecordTypes.Document, null, $"{created.Count} văn bản");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<(DocumentFields? Fields, List<string> Problems)> CheckAsync(
        DocumentImportRow row, List<DocumentLabel> labels, List<string> sheetKeys, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        int? LabelOf(DocumentLabelKind kind, string name, string column, bool required)
        {
            if (name.Length == 0)
            {
                if (required)
                {
                    problems.Add($"Chưa ghi “{column}”.");
                }
                return null;
            }
            var label = labels.FirstOrDefault(l => l.Kind == kind && Key(l.Name) == Key(name));
            if (label is null)
            {
                problems.Add($"“{name}” không có trong danh mục {DocumentLabels.KindName(kind)}.");
            }
            return label?.Id;
        }
        var typeId = LabelOf(DocumentLabelKind.Type, row.Type, "Loại văn bản", required: true);
        var issuerId = LabelOf(DocumentLabelKind.Issuer, row.Issuer, "Cơ quan ban hành", required: true);
        var fieldId = LabelOf(DocumentLabelKind.Field, row.Field, "Lĩnh vực", required: false);
        var seriesId = LabelOf(DocumentLabelKind.Series, row.Series, "Ấn phẩm", required: false);
        var issuedOn = DocumentImportSheet.DateOf(row.IssuedOn);
        if (issuedOn is null)
        {
            problems.Add($"Ngày ban hành “{row.IssuedOn}” không đọc được (ghi theo dạng 15/03/2024).");
        }
        var effectiveOn = DocumentImportSheet.DateOf(row.EffectiveOn);
        if (effectiveOn is null && !string.IsNullOrWhiteSpace(Convert.ToString(row.EffectiveOn, System.Globalization.CultureInfo.InvariantCulture)))
        {
            problems.Add($"Ngày hiệu lực “{row.EffectiveOn}” không đọc được (ghi theo dạng 15/03/2024).");
        }
        var status = StatusOf(row.Status);
        if (status is null)
        {
            problems.Add($"Tình trạng “{row.Status}” không hiểu được: ghi “Còn hiệu lực”, “Hết hiệu lực” hoặc “Bị thay thế”.");
        }
        var key = DocumentNumber.Key(row.Number);
        if (key.Length > 0 && sheetKeys.Count(k => k == key) > 1)
        {
            problems.Add($"Số {row.Number} xuất hiện nhiều lần trong bảng tính.");
        }
        if (typeId is null || issuerId is null || issuedOn is null || status is null)
        {
            return (null, problems);
        }
        var replacedBySheet = status == DocumentStatus.Superseded && sheetKeys.Contains(DocumentNumber.Key(row.SupersededBy));
        var fields = new DocumentFields(row.Title, "", row.Number, typeId.Value, issuerId.Value, fieldId, row.Signer, issuedOn.Value, effectiveOn,
            status.Value, row.SupersededBy.Length == 0 ? null : row.SupersededBy, seriesId, row.IssueName);
        // A replacement that is itself in the sheet is not in the library yet; everything else is checked as the form checks it.
        var errors = await editing.CheckNewAsync(replacedBySheet ? fields with { Status = DocumentStatus.InForce } : fields, cancellationToken);
        problems.AddRange(errors.Select(e => e.Value));
        return (fields, problems);
    }

    private static DocumentStatus? StatusOf(string text) => Key(text) switch
    {
        "" or "conhieuluc" => DocumentStatus.InForce,
        "hethieuluc" => DocumentStatus.Expired,
        "bithaythe" => DocumentStatus.Superseded,
        _ => null,
    };

    private static ConfidentialMark? Guard(DocumentFields fields, List<StoredDocumentFile> files)
    {
        var document = new LegalDocument { Title = fields.Title, Slug = "", Number = fields.Number, Signer = fields.Signer };
        document.Files.AddRange(files.Select(f => new DocumentFile { FileName = f.FileName, StoredName = f.StoredName, Text = f.Content.Text }));
        return ConfidentialityGuard.Find(document.PlacesToCheck());
    }

    /// <summary>Names compared as people see them: without tones, case or spacing differences ("Nghị quyết 45.PDF" is "nghi quyet 45.pdf").</summary>
    private static string Key(string text) => new(VietnameseText.Fold(text.Normalize(System.Text.NormalizationForm.FormC)).Where(c => !char.IsWhiteSpace(c)).ToArray());
}

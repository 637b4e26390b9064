using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Documents;

/// <summary>
/// Every newsroom write to a document: create, save (publish, take down), attach or replace a file,
/// remove a file, delete. Each is audited. Nothing carrying a confidentiality mark reaches readers
/// unless an admin overrides the guard, and that override is audited with the mark it overrode.
/// </summary>
public sealed class DocumentEditing(PortalDbContext db, AuditLog audit, DocumentStorage storage, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>The field a confidentiality refusal is shown beside: the admin's override box.</summary>
    public const string ConfidentialityField = "OverrideConfidentiality";

    /// <summary>The field a message about a file is shown beside.</summary>
    public const string FileField = "File";

    private const string Kind = "văn bản";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EditResult<LegalDocument>> CreateAsync(DocumentFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = new LegalDocument { Title = "", Slug = "", Number = "", CreatedAt = Now };
        var errors = await CheckAsync(fields, document, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<LegalDocument>.Invalid(errors);
        }
        await ApplyAsync(document, fields, cancellationToken);
        // The document needs its id before its audit line can name it; both are saved or neither. An
        // import runs many of these inside its own transaction, which this then joins.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.LegalDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, $"Tạo {Kind}", AuditRecordTypes.Document, document.Id, document.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return EditResult<LegalDocument>.Saved(document);
    }

    /// <summary>What creating a document from these fields would refuse, without creating it.</summary>
    public Task<FieldErrors> CheckNewAsync(DocumentFields fields, CancellationToken cancellationToken = default) =>
        CheckAsync(fields, new LegalDocument { Title = "", Slug = "", Number = "" }, cancellationToken);

    /// <param name="id">The document.</param>
    /// <param name="fields">As typed.</param>
    /// <param name="choice">Publish, take down, or leave as it is.</param>
    /// <param name="overrideConfidentiality">An admin's confirmation that a mark the guard found does not make the document secret; pages pass it only for admins.</param>
    /// <param name="actor">Who saves.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    public async Task<EditResult<LegalDocument>> SaveAsync(
        int id, DocumentFields fields, PublicationChoice choice, bool overrideConfidentiality, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = await db.LegalDocuments.Include(d => d.Files).Include(d => d.RelatedArticles).AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return EditResult<LegalDocument>.NotFound;
        }
        var errors = await CheckAsync(fields, document, cancellationToken);
        if (choice == PublicationChoice.Publish && !document.CurrentFiles.Any())
        {
            errors[FileField] = "Văn bản chưa có tệp đính kèm: hãy tải tệp lên trước khi xuất bản.";
        }
        if (!errors.IsEmpty)
        {
            return EditResult<LegalDocument>.Invalid(errors);
        }
        await ApplyAsync(document, fields, cancellationToken);
        document.Apply(choice, Now);
        if (document.IsPublished && GuardRefuses(document, overrideConfidentiality, actor) is { } refusal)
        {
            return EditResult<LegalDocument>.Invalid(refusal);
        }
        audit.Record(actor, PublishedItem.ActionName(choice, Kind), AuditRecordTypes.Document, document.Id, document.Title);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<LegalDocument>.Saved(document);
    }

    /// <summary>
    /// Adds an uploaded file, or puts it in the place of one (which stays in the history). On a published
    /// document the guard reads the new file first; a refused file is deleted.
    /// </summary>
    public async Task<FieldErrors> AttachFileAsync(
        int id, StoredDocumentFile stored, int? replacesFileId, bool overrideConfidentiality, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = await db.LegalDocuments.Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var replaced = replacesFileId is { } replacedId ? document?.CurrentFiles.FirstOrDefault(f => f.Id == replacedId) : null;
        if (document is null || (replacesFileId is not null && replaced is null))
        {
            Delete(stored.StoredName);
            return FieldErrors.Of(FileField, "Không tìm thấy văn bản hoặc tệp cần thay (có thể vừa bị xóa).");
        }
        var file = new DocumentFile
        {
            FileName = stored.FileName,
            StoredName = stored.StoredName,
            Bytes = stored.Bytes,
            Format = stored.Format,
            Text = stored.Content.Text,
            IsScan = stored.Content.IsScan,
            UploadedAt = Now,
        };
        document.Files.Add(file);
        replaced?.ReplacedAt = Now;
        document.RefreshSearchText();
        document.UpdatedAt = Now;
        if (document.IsPublished && GuardRefuses(document, overrideConfidentiality, actor) is { } refusal)
        {
            Delete(stored.StoredName);
            return refusal;
        }
        audit.Record(actor, replaced is null ? $"Tải tệp “{file.FileName}” lên {Kind}" : $"Thay tệp “{replaced.FileName}” bằng “{file.FileName}”",
            AuditRecordTypes.Document, document.Id, document.Title);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            Delete(stored.StoredName);
            throw;
        }
        return FieldErrors.None;
    }

    /// <summary>Deletes a file, current or in the history; a published document left with no file is taken down.</summary>
    public async Task<bool> RemoveFileAsync(int id, int fileId, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = await db.LegalDocuments.Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document?.Files.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            return false;
        }
        document.Files.Remove(file);
        document.IsPublished &= document.CurrentFiles.Any();
        document.RefreshSearchText();
        document.UpdatedAt = Now;
        audit.Record(actor, $"Xóa tệp “{file.FileName}” của {Kind}", AuditRecordTypes.Document, document.Id, document.Title);
        await db.SaveChangesAsync(cancellationToken);
        Delete(file.StoredName);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var document = await db.LegalDocuments.Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }
        // Those it replaced point at it; they stay, marked superseded by nothing any more.
        await db.LegalDocuments.Where(d => d.SupersededById == id)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.SupersededById, (int?)null), cancellationToken);
        db.LegalDocuments.Remove(document);
        audit.Record(actor, $"Xóa {Kind}", AuditRecordTypes.Document, document.Id, document.Title);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in document.Files)
        {
            Delete(file.StoredName);
        }
        return true;
    }

    /// <summary>Null when the document may be shown; otherwise the refusal. An admin's override is audited here.</summary>
    private FieldErrors? GuardRefuses(LegalDocument document, bool overrideConfidentiality, Actor actor)
    {
        if (ConfidentialityGuard.Find(document.PlacesToCheck()) is not { } mark)
        {
            return null;
        }
        if (!overrideConfidentiality)
        {
            return FieldErrors.Of(ConfidentialityField, mark.Message);
        }
        audit.Record(actor, $"Quản trị viên xác nhận đăng văn bản dù có dấu “{mark.Mark}” ({mark.Where})", AuditRecordTypes.Document, document.Id, document.Title);
        return null;
    }

    private async Task ApplyAsync(LegalDocument document, DocumentFields fields, CancellationToken cancellationToken)
    {
        document.Describe(fields.Title, fields.DescriptionMarkdown, renderer, Now);
        document.Number = fields.Number;
        document.NumberKey = DocumentNumber.Key(fields.Number);
        document.TypeId = fields.TypeId;
        document.IssuerId = fields.IssuerId;
        document.FieldId = fields.FieldId;
        document.Signer = fields.Signer;
        document.IssuedOn = fields.IssuedOn;
        document.EffectiveOn = fields.EffectiveOn;
        document.Status = fields.Status;
        document.SupersededById = fields.Status == DocumentStatus.Superseded
            ? (await OthersNumberedAsync(fields.SupersededByNumber!, document.Id, cancellationToken)).Single()
            : null;
        document.SeriesId = fields.SeriesId;
        document.IssueName = fields.SeriesId is null ? "" : fields.IssueName.Trim();
        var articleIds = RelatedArticleList.Read(fields.RelatedArticles).Ids;
        document.RelatedArticles = await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync(cancellationToken);
        document.RefreshSearchText();
    }

    private async Task<FieldErrors> CheckAsync(DocumentFields fields, LegalDocument document, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        PublishedItem.CheckTitleAndDescription(errors, fields.Title, fields.DescriptionMarkdown, "Trích yếu");
        var key = DocumentNumber.Key(fields.Number);
        if (key.Length == 0)
        {
            errors[nameof(DocumentFields.Number)] = "Vui lòng nhập số/ký hiệu của văn bản, ví dụ 45-NQ/TW.";
        }
        else if (fields.Number.Length > LegalDocument.NumberMaxLength)
        {
            errors[nameof(DocumentFields.Number)] = $"Số/ký hiệu dài tối đa {LegalDocument.NumberMaxLength} ký tự.";
        }
        else if (await db.LegalDocuments.AnyAsync(d => d.NumberKey == key && d.IssuerId == fields.IssuerId && d.Id != document.Id, cancellationToken))
        {
            errors[nameof(DocumentFields.Number)] = $"Cơ quan này đã có văn bản số {fields.Number} trong thư viện.";
        }
        if (fields.Signer.Length > LegalDocument.SignerMaxLength)
        {
            errors[nameof(DocumentFields.Signer)] = $"Tên người ký dài tối đa {LegalDocument.SignerMaxLength} ký tự.";
        }
        await CheckLabelAsync(errors, nameof(DocumentFields.TypeId), fields.TypeId, DocumentLabelKind.Type, "loại văn bản", cancellationToken);
        await CheckLabelAsync(errors, nameof(DocumentFields.IssuerId), fields.IssuerId, DocumentLabelKind.Issuer, "cơ quan ban hành", cancellationToken);
        if (fields.FieldId is { } fieldId)
        {
            await CheckLabelAsync(errors, nameof(DocumentFields.FieldId), fieldId, DocumentLabelKind.Field, "lĩnh vực", cancellationToken);
        }
        if (fields.SeriesId is { } seriesId)
        {
            await CheckLabelAsync(errors, nameof(DocumentFields.SeriesId), seriesId, DocumentLabelKind.Series, "ấn phẩm định kỳ", cancellationToken);
            errors[nameof(DocumentFields.IssueName)] = fields.IssueName.Trim().Length switch
            {
                0 => "Vui lòng ghi kỳ hoặc số của ấn phẩm, ví dụ “Tháng 12/2026” hoặc “Số 45”.",
                > LegalDocument.IssueNameMaxLength => $"Kỳ/số dài tối đa {LegalDocument.IssueNameMaxLength} ký tự.",
                _ => null,
            };
        }
        await CheckRelatedArticlesAsync(errors, fields.RelatedArticles, cancellationToken);
        if (fields.EffectiveOn < fields.IssuedOn)
        {
            errors[nameof(DocumentFields.EffectiveOn)] = "Ngày hiệu lực không thể trước ngày ban hành.";
        }
        if (fields.Status == DocumentStatus.Superseded)
        {
            var replacing = string.IsNullOrWhiteSpace(fields.SupersededByNumber)
                ? []
                : await OthersNumberedAsync(fields.SupersededByNumber, document.Id, cancellationToken);
            errors[nameof(DocumentFields.SupersededByNumber)] = replacing.Count switch
            {
                1 => null,
                0 when string.IsNullOrWhiteSpace(fields.SupersededByNumber) => "Văn bản bị thay thế: hãy nhập số/ký hiệu của văn bản thay thế nó.",
                0 => $"Thư viện chưa có văn bản số {fields.SupersededByNumber}. Hãy thêm văn bản thay thế trước.",
                _ => $"Có nhiều văn bản cùng số {fields.SupersededByNumber}; hãy ghi số đầy đủ hơn.",
            };
        }
        return errors;
    }

    private async Task CheckRelatedArticlesAsync(FieldErrors errors, string text, CancellationToken cancellationToken)
    {
        var (ids, unreadable) = RelatedArticleList.Read(text);
        var known = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        errors[nameof(DocumentFields.RelatedArticles)] = (unreadable, ids.Except(known).ToList()) switch
        {
            ([var line, ..], _) => $"Không đọc được dòng “{line}”: mỗi dòng dán địa chỉ một bài viết trên cổng (hoặc mã số của bài).",
            (_, [var missing, ..]) => $"Không có bài viết mã số {missing} trên cổng.",
            _ when ids.Count > RelatedArticleList.MaxArticles => $"Chỉ gắn tối đa {RelatedArticleList.MaxArticles} bài viết liên quan.",
            _ => null,
        };
    }

    private async Task CheckLabelAsync(FieldErrors errors, string field, int id, DocumentLabelKind kind, string name, CancellationToken cancellationToken)
    {
        if (!await db.DocumentLabels.AnyAsync(l => l.Id == id && l.Kind == kind, cancellationToken))
        {
            errors[field] = $"Vui lòng chọn {name} trong danh sách.";
        }
    }

    private Task<List<int>> OthersNumberedAsync(string number, int exceptId, CancellationToken cancellationToken)
    {
        var key = DocumentNumber.Key(number);
        return db.LegalDocuments.Where(d => d.NumberKey == key && d.Id != exceptId).Select(d => d.Id).Take(2).ToListAsync(cancellationToken);
    }

    private void Delete(string storedName)
    {
        if (storage.PathOf(storedName) is { } path)
        {
            File.Delete(path);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Documents;
using TuyenGiao.Time;

namespace TuyenGiao.DemoContent;

/// <summary>
/// The demo document library: the admin's lists, then documents whose files are written here and taken
/// in through the same upload, text extraction and guard an editor's go through.
/// </summary>
public sealed class DemoDocumentSeeder(PortalDbContext db, DocumentEditing editing, DocumentFileUploads uploads, TimeProvider clock)
{
    internal async Task SeedAsync(DemoContentFile content, CancellationToken cancellationToken)
    {
        AddLabels(DocumentLabelKind.Type, content.DocumentLabels.Types);
        AddLabels(DocumentLabelKind.Issuer, content.DocumentLabels.Issuers);
        AddLabels(DocumentLabelKind.Field, content.DocumentLabels.Fields);
        AddLabels(DocumentLabelKind.Series, content.DocumentLabels.Series);
        await db.SaveChangesAsync(cancellationToken);
        var labels = await db.DocumentLabels.AsNoTracking().ToListAsync(cancellationToken);
        var articleIds = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Title, a => a.Id, cancellationToken);
        var today = VietnamTime.Today(clock.GetUtcNow().UtcDateTime);
        foreach (var demo in content.Documents)
        {
            await AddAsync(demo, labels, articleIds, today, cancellationToken);
        }
    }

    private void AddLabels(DocumentLabelKind kind, List<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            db.DocumentLabels.Add(new DocumentLabel { Kind = kind, Name = names[i], Position = i + 1 });
        }
    }

    private async Task AddAsync(DemoDocument demo, List<DocumentLabel> labels, Dictionary<string, int> articleIds, DateOnly today, CancellationToken cancellationToken)
    {
        int IdOf(DocumentLabelKind kind, string name) => labels.Single(l => l.Kind == kind && l.Name == name).Id;
        // Linked as an editor links them: one article id a line.
        var related = string.Join('\n', (demo.RelatedArticles ?? []).Select(title => articleIds[title]));
        var fields = new DocumentFields(
            demo.Title, "", demo.Number, IdOf(DocumentLabelKind.Type, demo.Type), IdOf(DocumentLabelKind.Issuer, demo.Issuer),
            demo.Field is null ? null : IdOf(DocumentLabelKind.Field, demo.Field), demo.Signer,
            demo.IssuedOn ?? today.AddDays(-demo.IssuedDaysAgo), demo.EffectiveOn ?? (demo.EffectiveDaysAgo is { } effective ? today.AddDays(-effective) : null),
            demo.Status is null ? DocumentStatus.InForce : Enum.Parse<DocumentStatus>(demo.Status), demo.SupersededBy,
            demo.Series is null ? null : IdOf(DocumentLabelKind.Series, demo.Series), demo.Issue ?? "", related);
        var created = await editing.CreateAsync(fields, Actor.System, cancellationToken);
        var document = created.Item ?? throw new InvalidOperationException($"Demo document '{demo.Number}': {string.Join("; ", created.Errors.Select(e => e.Value))}");
        using var file = new MemoryStream(demo.File switch
        {
            "pdf" => DemoDocumentFiles.Pdf(demo.Body),
            "docx" => DemoDocumentFiles.Docx(demo.Body),
            "xlsx" => DemoDocumentFiles.Xlsx(demo.Body.SkipLast(1).ToList(), ["Huyện ủy Đông Sơn", "Huyện ủy Tây Hà", "Đảng ủy Khối cơ quan tỉnh"]),
            _ => throw new InvalidOperationException($"Demo document '{demo.Number}': unknown file kind '{demo.File}'."),
        });
        var stored = await uploads.SaveAsync(file, demo.FileName, cancellationToken);
        var attached = await editing.AttachFileAsync(document.Id, stored.File ?? throw new InvalidOperationException($"Demo file '{demo.FileName}': {stored.Error}"),
            replacesFileId: null, overrideConfidentiality: false, Actor.System, cancellationToken);
        if (!attached.IsEmpty)
        {
            throw new InvalidOperationException($"Demo file '{demo.FileName}': {string.Join("; ", attached.Select(e => e.Value))}");
        }
        var published = await editing.SaveAsync(document.Id, fields, PublicationChoice.Publish, overrideConfidentiality: false, Actor.System, cancellationToken);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException($"Demo document '{demo.Number}': {string.Join("; ", published.Errors.Select(e => e.Value))}");
        }
    }
}

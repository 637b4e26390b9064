using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;
using TuyenGiao.Documents;
using TuyenGiao.Text;

namespace TuyenGiao.DemoContent;

/// <summary>
/// Fills the document library with a large made-up archive for benchmarks: documents of every type and
/// issuer over twenty years, each numbered as boards number them (<c>1234-NQ/TU</c>) and with the text of
/// a file of one to four pages, written by the demo content's word chain. The files' text is stored as an
/// upload's would be (so search reads inside them), not the files themselves: a generated document's
/// download answers 404. Deterministic for a given seed.
/// </summary>
public sealed class DocumentArchiveGenerator(PortalDbContext db, TimeProvider clock)
{
    private const int BatchSize = 1_000;
    private const int YearsBack = 20;

    public async Task GenerateAsync(int count, int seed, Action<int>? afterBatch = null, CancellationToken cancellationToken = default)
    {
        var content = DemoContentFile.Load();
        var chain = new TextChain(content.Articles.SelectMany(a => new[] { a.Title + ".", a.Sapo, a.Body })
            .Concat(content.Documents.SelectMany(d => d.Body.Prepend(d.Title + "."))));
        var labels = await db.DocumentLabels.AsNoTracking().ToListAsync(cancellationToken);
        var types = labels.Where(l => l.Kind == DocumentLabelKind.Type).ToList();
        var issuers = labels.Where(l => l.Kind == DocumentLabelKind.Issuer).ToList();
        var fields = labels.Where(l => l.Kind == DocumentLabelKind.Field).ToList();
        if (types.Count == 0 || issuers.Count == 0)
        {
            throw new InvalidOperationException("The archive uses the library's lists: seed the demo content first.");
        }
        // Numbers start past the count of documents already there: above the demo ones, and after a previous run's.
        var next = await db.LegalDocuments.CountAsync(cancellationToken) + 1_000;
        var random = new Random(seed);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var made = 0; made < count;)
        {
            var batch = Math.Min(BatchSize, count - made);
            for (var i = 0; i < batch; i++)
            {
                db.LegalDocuments.Add(NewDocument(chain, random, types, issuers, fields, next++, now));
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            made += batch;
            afterBatch?.Invoke(made);
        }
    }

    private static LegalDocument NewDocument(
        TextChain chain, Random random, List<DocumentLabel> types, List<DocumentLabel> issuers, List<DocumentLabel> fields, int number, DateTime now)
    {
        var type = types[random.Next(types.Count)];
        var issuer = issuers[random.Next(issuers.Count)];
        var issuedAt = now - TimeSpan.FromDays(365.25 * YearsBack * random.NextDouble());
        var title = $"{type.Name} về {chain.Sentence(random, 18).TrimEnd('.')}";
        // About 3,000 characters a page: what a page of a resolution holds.
        var text = string.Join('\n', Enumerable.Range(0, random.Next(8, 40)).Select(_ => chain.Sentence(random, 60)));
        var document = new LegalDocument
        {
            Title = title.Length > LegalDocument.TitleMaxLength ? title[..LegalDocument.TitleMaxLength] : title,
            Slug = "",
            Number = $"{number}-{Abbreviation(type.Name)}/{Abbreviation(issuer.Name)}",
            TypeId = type.Id,
            IssuerId = issuer.Id,
            FieldId = fields.Count > 0 && random.Next(4) > 0 ? fields[random.Next(fields.Count)].Id : null,
            Signer = "Ban Thường vụ",
            IssuedOn = DateOnly.FromDateTime(issuedAt.AddHours(7)),
            Status = random.Next(10) == 0 ? DocumentStatus.Expired : DocumentStatus.InForce,
            IsPublished = true,
            PublishedAt = issuedAt,
            CreatedAt = issuedAt,
            UpdatedAt = issuedAt,
            ViewCount = (long)Math.Floor(Math.Pow(random.NextDouble(), 3) * 5_000),
        };
        document.Slug = Slug.FromTitle(document.Title);
        document.NumberKey = DocumentNumber.Key(document.Number);
        document.Files.Add(new DocumentFile
        {
            FileName = $"{document.Number.Replace('/', '-')}.pdf",
            StoredName = $"generated/{number}.pdf",
            Bytes = text.Length * 12L,
            Format = DocumentFileFormat.Pdf,
            Text = text,
            UploadedAt = issuedAt,
        });
        document.RefreshSearchText();
        return document;
    }

    /// <summary>"Nghị quyết" → "NQ", "Ban Thường vụ Tỉnh ủy" → "BTVTU": the first letters, as boards abbreviate.</summary>
    private static string Abbreviation(string name) =>
        new(VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0])).ToArray());
}

using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Data;
using TuyenGiao.Text;

namespace TuyenGiao.DemoContent;

/// <summary>
/// Fills a database with a large made-up archive for benchmarks: varied lengths, the site's categories,
/// dates spread over ten years, view counts with a long tail. Deterministic for a given seed.
/// </summary>
public sealed class ArchiveGenerator(PortalDbContext db, TimeProvider clock)
{
    private const int BatchSize = 1_000;
    private static readonly TimeSpan Spread = TimeSpan.FromDays(3_650);
    private static readonly string[] Covers = ["hoi-nghi", "dong-lua", "thu-vien", "truong-hoc", "lang-que", "co-do", "cong-nghe", "nguoi-tot"];
    private static readonly string[] Authors = ["Minh Châu", "Thanh Hà", "Phương Thảo", "Quốc Khánh", "Hoàng Nam", "Lan Anh", "Đức Minh"];

    public async Task GenerateAsync(int count, int seed, Action<int>? afterBatch = null, CancellationToken cancellationToken = default)
    {
        var content = DemoContentFile.Load();
        var chain = new TextChain(content.Articles.SelectMany(a => new[] { a.Title + ".", a.Sapo, a.Body }));
        var categoryIds = await db.Categories.Select(c => c.Id).ToListAsync(cancellationToken);
        if (categoryIds.Count == 0)
        {
            throw new InvalidOperationException("The archive goes into existing categories: seed the demo content first.");
        }

        var random = new Random(seed);
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var made = 0; made < count;)
        {
            var batch = Math.Min(BatchSize, count - made);
            for (var i = 0; i < batch; i++)
            {
                db.Articles.Add(NewArticle(chain, random, categoryIds, now));
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            made += batch;
            afterBatch?.Invoke(made);
        }
    }

    private static Article NewArticle(TextChain chain, Random random, List<int> categoryIds, DateTime now)
    {
        var title = chain.Headline(random);
        var publishedAt = now - (Spread * random.NextDouble()) - TimeSpan.FromMinutes(5);
        var paragraphs = Enumerable.Range(0, random.Next(3, 13))
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => chain.Sentence(random))));
        return new Article
        {
            Title = title,
            Slug = Slug.FromTitle(title),
            Sapo = chain.Sentence(random, 40),
            BodyMarkdown = string.Join("\n\n", paragraphs),
            CoverImageUrl = $"/demo/{Covers[random.Next(Covers.Length)]}.svg",
            AuthorLine = Authors[random.Next(Authors.Length)],
            CategoryId = categoryIds[random.Next(categoryIds.Count)],
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
            IsFeatured = random.Next(50) == 0,
            // A long tail: most articles are read a little, a few a great deal.
            ViewCount = (long)Math.Floor(Math.Pow(random.NextDouble(), 3) * 50_000),
        };
    }
}

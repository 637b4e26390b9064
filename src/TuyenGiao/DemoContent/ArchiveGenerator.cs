using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Data;
using TuyenGiao.Feedback;
using TuyenGiao.Text;

namespace TuyenGiao.DemoContent;

/// <summary>
/// Fills a database with a large made-up archive for benchmarks: varied lengths, the site's categories,
/// dates spread over ten years, view counts with a long tail, and readers' questions under about one
/// article in twenty, half of them answered in public. Deterministic for a given seed.
/// </summary>
public sealed class ArchiveGenerator(PortalDbContext db, TimeProvider clock)
{
    private const int BatchSize = 1_000;
    private static readonly TimeSpan Spread = TimeSpan.FromDays(3_650);
    private static readonly string[] Covers = ["hoi-nghi", "dong-lua", "thu-vien", "truong-hoc", "lang-que", "co-do", "cong-nghe", "nguoi-tot"];
    private static readonly string[] Authors = ["Minh Châu", "Thanh Hà", "Phương Thảo", "Quốc Khánh", "Hoàng Nam", "Lan Anh", "Đức Minh"];
    private static readonly string[] Readers = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Long", "Phạm Thu Trang", "Vũ Đức Thắng", "Đặng Mai Hương"];

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
            var articles = Enumerable.Range(0, batch).Select(_ => NewArticle(chain, random, categoryIds, now)).ToList();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync(cancellationToken);
            db.FeedbackMessages.AddRange(articles.Where(_ => random.Next(20) == 0).SelectMany(article => Questions(chain, random, article)));
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

    private static IEnumerable<FeedbackMessage> Questions(TextChain chain, Random random, Article article)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var name = Readers[random.Next(Readers.Length)];
            var receivedAt = article.PublishedAt!.Value.AddHours(random.Next(1, 72));
            var answered = random.Next(2) == 0;
            var message = new FeedbackMessage
            {
                ArticleId = article.Id,
                Name = name,
                Email = $"ban-doc-{random.Next(10_000)}@example.vn",
                Subject = $"Hỏi về bài “{article.Title}”",
                Body = chain.Sentence(random, 60),
                ReceivedAt = receivedAt,
                Status = answered ? FeedbackStatus.Answered : FeedbackStatus.Read,
                Reply = answered ? chain.Sentence(random, 60) : null,
                RepliedAt = answered ? receivedAt.AddDays(1) : null,
                RepliedByName = answered ? "Ban biên tập" : null,
                ReplyPublished = answered,
            };
            message.FoldForSearch();
            yield return message;
        }
    }
}

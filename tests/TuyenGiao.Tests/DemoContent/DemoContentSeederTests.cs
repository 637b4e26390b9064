using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Albums;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Audit;
using TuyenGiao.Contests;
using TuyenGiao.Content;
using TuyenGiao.Counters;
using TuyenGiao.Banners;
using TuyenGiao.Data;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Topics;
using TuyenGiao.DemoContent;
using TuyenGiao.Documents;
using TuyenGiao.Media;
using TuyenGiao.Polls;
using TuyenGiao.Surveys;
using TuyenGiao.Tests.Support;
using TuyenGiao.Videos;

namespace TuyenGiao.Tests.DemoContent;

public sealed class DemoContentSeederTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _mediaFolder = Path.Combine(Path.GetTempPath(), $"tuyengiao-media-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_mediaFolder))
        {
            Directory.Delete(_mediaFolder, recursive: true);
        }
    }

    private async Task<bool> SeedAsync()
    {
        await using var db = _database.CreateContext();
        return await Seeder(db).SeedIfEmptyAsync();
    }

    /// <summary>The seeder with the services it makes albums, films and documents through, on this test's database and media folder.</summary>
    private DemoContentSeeder Seeder(PortalDbContext db)
    {
        var clock = TimeProvider.System;
        var audit = new AuditLog(db, clock);
        var storage = new MediaStorage(_mediaFolder, 10 * 1024 * 1024, 50 * 1024 * 1024);
        var files = new MediaFiles(db, storage);
        var renderer = new MarkdownRenderer();
        var images = new ImageUploads(db, audit, storage, clock);
        var media = new DemoMediaSeeder(
            db, new AlbumEditing(db, audit, images, files, renderer, clock), new VideoEditing(db, audit, files, renderer, clock),
            new VideoFileUploads(storage, clock), images, clock);
        var documentStorage = new DocumentStorage(Path.Combine(_mediaFolder, "documents"), 10 * 1024 * 1024, 100 * 1024 * 1024);
        var documents = new DemoDocumentSeeder(db, new DocumentEditing(db, audit, documentStorage, renderer, clock), new DocumentFileUploads(documentStorage, clock), clock);
        var frame = new DemoFrameSeeder(db, new IntroPageEditing(db, audit, renderer, clock), new LeaderEditing(db, audit, images),
            new WebsiteLinks(db, audit, images), new BannerEditing(db, audit, images), new TopicEditing(db, audit, images, renderer), clock);
        var access = new ArticleAccess(db, new SiteCategories(db));
        var review = new DemoReviewSeeder(db, new ArticleEditing(db, access, audit, clock), new ArticleReview(db, access, audit, clock));
        // Readers' keys come from the portal's secrets, which a scope of their own reads from this database.
        var secrets = new PortalSecrets(
            new ServiceCollection().AddScoped(_ => _database.CreateContext()).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            new EphemeralDataProtectionProvider());
        var keys = new ReaderKeys(secrets);
        var polls = new DemoPollSeeder(
            new PollEditing(db, audit, clock), new PollVoting(db, keys), new SurveyEditing(db, audit, clock), new SurveyResponses(db, keys), clock);
        var contests = new DemoContestSeeder(db, new ContestUnits(db, audit), new ContestEditing(db, audit, renderer, clock), new QuestionBank(db, audit),
            new ContestPersonalKeys(secrets), clock);
        return new DemoContentSeeder(db, media, documents, frame, review, polls, contests, clock);
    }

    [Fact]
    public async Task An_empty_database_gets_nested_categories_and_forty_articles_over_two_years()
    {
        Assert.True(await SeedAsync());

        await using var db = _database.CreateContext();
        var categories = await db.Categories.ToListAsync();
        Assert.True(categories.Count >= 6, $"{categories.Count} categories");
        Assert.Contains(categories, c => c.ParentId is not null);
        Assert.All(categories, c => Assert.Matches("^[a-z0-9-]+$", c.Slug));

        var articles = await db.Articles.ToListAsync();
        Assert.True(articles.Count >= 40, $"{articles.Count} articles");
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Published, a.Status));
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.BodyHtml)));
        var span = articles.Max(a => a.PublishedAt!.Value) - articles.Min(a => a.PublishedAt!.Value);
        Assert.InRange(span.TotalDays, 700, 740);
        Assert.True(articles.Max(a => a.PublishedAt!.Value) < DateTime.UtcNow);
        Assert.Contains(articles, a => a.IsFeatured);
        Assert.Single(await db.SiteSettings.ToListAsync());
    }

    [Fact]
    public async Task The_first_run_has_published_albums_of_captioned_photos_and_a_film_that_is_a_real_mp4()
    {
        Assert.True(await SeedAsync());

        await using var db = _database.CreateContext();
        var albums = await db.Albums.Include(a => a.Photos).ToListAsync();
        Assert.True(albums.Count >= 3, $"{albums.Count} albums");
        Assert.All(albums, album =>
        {
            Assert.True(album.IsPublished);
            Assert.True(album.Photos.Count >= 3);
            Assert.All(album.Photos, photo => Assert.False(string.IsNullOrWhiteSpace(photo.Caption)));
            Assert.Contains(album.Photos, photo => photo.Id == album.CoverPhotoId);
            Assert.All(album.Photos, photo => Assert.True(File.Exists(Path.Combine(_mediaFolder, photo.ImageUrl["/media/".Length..]))));
        });
        Assert.NotNull(await db.Articles.FirstOrDefaultAsync(a => a.AlbumId == albums[0].Id));

        var video = await db.Videos.SingleAsync();
        Assert.True(video.IsPublished);
        Assert.Equal("video/mp4", video.FileType);
        Assert.NotNull(video.PosterUrl);
        var file = await File.ReadAllBytesAsync(Path.Combine(_mediaFolder, video.FileUrl!["/media/".Length..]));
        Assert.Equal(VideoFormat.Mp4, VideoFormat.Detect(file));
        Assert.InRange(file.Length, 50_000, 1_000_000);
    }

    [Fact]
    public async Task The_first_run_has_a_document_library_of_pdf_word_and_excel_files_read_for_search()
    {
        Assert.True(await SeedAsync());

        await using var db = _database.CreateContext();
        var documents = await db.LegalDocuments.Include(d => d.Files).ToListAsync();
        Assert.True(documents.Count >= 5, $"{documents.Count} documents");
        Assert.All(documents, document =>
        {
            Assert.True(document.IsPublished);
            var file = Assert.Single(document.Files);
            Assert.NotEqual("", file.Text);
            Assert.False(file.IsScan);
            Assert.True(File.Exists(Path.Combine(_mediaFolder, "documents", file.StoredName)));
        });
        Assert.Equal([DocumentFileFormat.Pdf, DocumentFileFormat.Docx, DocumentFileFormat.Xlsx], documents.Select(d => d.Files[0].Format).Distinct().Order());
        Assert.Contains(documents, d => d.Status == DocumentStatus.Superseded && d.SupersededById is not null);
        // Vietnamese text in a generated PDF reads back letter for letter (its lines wrapped where the page wrapped them).
        Assert.Contains(documents, d => HtmlPage.Collapse(d.Files[0].Text).Contains("đảng viên đọc tài liệu trên điện thoại qua mã QR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_demo_accounts_the_contributor_has_one_article_waiting_and_one_returned_with_the_editors_comment()
    {
        await using (var db = _database.CreateContext())
        {
            foreach (var demo in new[] { DemoAccounts.Contributor, DemoAccounts.Editor })
            {
                db.Users.Add(new PortalUser { UserName = demo.Email, Email = demo.Email, DisplayName = demo.DisplayName });
            }
            await db.SaveChangesAsync();
        }

        Assert.True(await SeedAsync());

        await using var check = _database.CreateContext();
        var contributorId = await check.Users.Where(u => u.Email == DemoAccounts.Contributor.Email).Select(u => u.Id).SingleAsync();
        var theirs = await check.Articles.Where(a => a.CreatedById == contributorId).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([ArticleStatus.Pending, ArticleStatus.Returned], theirs.Select(a => a.Status));
        var returnedWith = await check.ArticleComments.Where(c => c.ArticleId == theirs[1].Id && c.Kind == CommentKind.Returned).SingleAsync();
        Assert.Equal(DemoAccounts.Editor.Email, returnedWith.WrittenByName);
        Assert.StartsWith("Bài còn ngắn", returnedWith.Text);
    }

    [Fact]
    public async Task A_database_with_any_content_is_left_exactly_as_it_was()
    {
        await using (var db = _database.CreateContext())
        {
            db.Categories.Add(TestArticles.Category("Chuyên mục của ban"));
            await db.SaveChangesAsync();
        }

        Assert.False(await SeedAsync());

        await using var check = _database.CreateContext();
        Assert.Equal(["Chuyên mục của ban"], await check.Categories.Select(c => c.Name).ToListAsync());
        Assert.Empty(await check.Articles.ToListAsync());
        Assert.Empty(await check.SiteSettings.ToListAsync());
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        Assert.True(await SeedAsync());
        Assert.False(await SeedAsync());

        await using var db = _database.CreateContext();
        Assert.Equal(40, await db.Articles.CountAsync());
    }
}

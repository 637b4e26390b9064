using Microsoft.EntityFrameworkCore;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Data;
using TuyenGiao.Documents;
using TuyenGiao.Feedback;
using TuyenGiao.Search;
using TuyenGiao.Settings;
using TuyenGiao.SqlServerQueries;
using TuyenGiao.Topics;
using TuyenGiao.Videos;

// Runs every query a page sends (compiled ones and the CONTAINSTABLE search included) against a SQL Server
// context whose connection is a stand-in, and prints each command followed by a separator line.
var captured = new CapturedCommands();
await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
    .UsePortalDatabase(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=design-time;Trusted_Connection=False;Encrypt=False")
    .AddInterceptors(captured)
    .Options);
var clock = TimeProvider.System;
var articles = new PublishedArticles(db, clock);
var article = new Article { Id = 1, Title = "Bài", Slug = "bai", CategoryId = 2 };
var category = new Category { Id = 2, Name = "Thời sự", Slug = "thoi-su" };

await articles.FindAsync(1);
await articles.LatestOfCategoryAsync(article.CategoryId, 6);
await articles.LatestOutsideCategoryAsync(article.CategoryId, 5);
await articles.FeaturedAsync(5);
await articles.LatestAsync(20);
await articles.LatestInAsync(2, isTopLevel: true, 4);
await articles.PageInAsync(category, 1, 12);
await articles.CountAsync();
await articles.LocationsAsync(10_000, 10_000);
var categories = new SiteCategories(db);
await categories.MenuAsync();
await categories.FindBySlugAsync("thoi-su");
await categories.CurrentSlugForAsync("thoi-su-cu");
await new SiteSettingsReader(db).GetAsync();
await new PublishedAnswers(db).ForArticleAsync(1);
await new PublishedAnswers(db).ArticlesAnsweredAsync();
await new PublishedDocuments(db).ByRelatedArticleAsync();
await new PublishedTopics(db).ByArticleAsync();
var search = new ArticleSearch(db, clock);
await search.SearchAsync(SearchQuery.Parse("\"tuyen giao\" nghi quyet"), new SearchFilters(category, DateTime.UtcNow.AddYears(-1), DateTime.UtcNow), 2, 10);
await search.SearchAsync(SearchQuery.Parse("tuyen giao"), new SearchFilters(), 1, 10);
var albums = new PublishedAlbums(db);
await albums.PageAsync(2, 12);
await albums.LatestAsync(4);
await albums.FindAsync(1);
await albums.AllWithPhotosAsync();
await albums.SearchAsync(["hoi nghi", "tinh"], 5);
var videos = new PublishedVideos(db);
await videos.PageAsync(2, 12);
await videos.LatestAsync(4);
await videos.FindAsync(1);
await videos.OthersThanAsync(1, 4);
await videos.AllAsync();
await videos.SearchAsync(["phim"], 5);

foreach (var command in captured.Commands)
{
    Console.WriteLine(command);
    Console.WriteLine(Separator.Line);
}

internal static class Separator
{
    public const string Line = "-- ======== end of command ========";
}

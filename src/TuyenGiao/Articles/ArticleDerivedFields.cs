using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TuyenGiao.Content;
using TuyenGiao.Media;
using TuyenGiao.Text;

namespace TuyenGiao.Articles;

/// <summary>
/// Before any save, re-derives what follows from an article's text: the sanitized body HTML and the
/// folded columns search reads; and gives the library's photos the captions the article gives them
/// (<see cref="MediaCaptions"/>). Doing it here, not in each writer, means no editor screen, seeder or
/// import can store a body that skipped the sanitizer or a search index that lags the text.
/// </summary>
internal sealed class ArticleDerivedFields : SaveChangesInterceptor
{
    public static ArticleDerivedFields Instance { get; } = new();

    private static readonly MarkdownRenderer Renderer = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Refresh(context) is { Count: > 0 } captions)
        {
            MediaCaptions.Apply([.. MediaCaptions.PhotosIn(context, captions)], captions);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Refresh(context) is { Count: > 0 } captions)
        {
            MediaCaptions.Apply(await MediaCaptions.PhotosIn(context, captions).ToListAsync(cancellationToken), captions);
        }
        return result;
    }

    /// <summary>Derives the changed articles' fields; returns the captions their photos were given.</summary>
    private static Dictionary<string, string> Refresh(DbContext context)
    {
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in context.ChangeTracker.Entries<Article>())
        {
            var textChanged = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified
                    && (entry.Property(a => a.Title).IsModified
                        || entry.Property(a => a.Sapo).IsModified
                        || entry.Property(a => a.BodyMarkdown).IsModified));
            if (textChanged)
            {
                var article = entry.Entity;
                article.BodyHtml = Renderer.RenderSafeHtml(article.BodyMarkdown);
                article.SearchTitle = VietnameseText.Fold(article.Title);
                // The title goes in again so that every word of a query can be found in this one column
                // (SQL Server's full-text index matches all of a query's words within one column).
                article.SearchText = VietnameseText.Fold($"{article.Title}\n{PlainText.ForSnippet(article.Sapo, article.BodyMarkdown)}");
            }
            if (textChanged || entry.Property(a => a.CoverImageCaption).IsModified || entry.Property(a => a.CoverImageUrl).IsModified)
            {
                var article = entry.Entity;
                foreach (var (url, caption) in MediaCaptions.Of(article.BodyHtml, article.CoverImageUrl, article.CoverImageCaption))
                {
                    captions[url] = caption;
                }
            }
        }
        return captions;
    }
}

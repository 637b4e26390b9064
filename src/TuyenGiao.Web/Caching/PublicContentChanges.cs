using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TuyenGiao.Albums;
using TuyenGiao.Banners;
using TuyenGiao.HomePage;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Polls;
using TuyenGiao.Surveys;
using TuyenGiao.Topics;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Contests;
using TuyenGiao.Data;
using TuyenGiao.Documents;
using TuyenGiao.Feedback;
using TuyenGiao.Settings;
using TuyenGiao.Videos;

namespace TuyenGiao.Web.Caching;

/// <summary>
/// Evicts every cached public page once a save that readers would see is in the database: an article
/// (publish, edit, unpublish, a schedule firing), a published album or video, a category or the menu, the settings, an answer shown
/// under an article, the frame (introduction pages, leaders, links, banners, special topics, the home page's blocks), a poll, a survey or a contest. Eviction waits for the commit when the save is part of a transaction, so no request
/// in between can cache the old page again. View counts are written without the change tracker and do
/// not evict; they show when the page's lifetime ends.
/// </summary>
public sealed class PublicContentChanges(IOutputCacheStore cache, ILogger<PublicContentChanges> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (EvictNowOrAtCommit(eventData.Context))
        {
            EvictAsync().AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (EvictNowOrAtCommit(eventData.Context))
        {
            await EvictAsync();
        }
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _awaitingCommit.Remove(context))
        {
            EvictAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _awaitingCommit.Remove(context))
        {
            await EvictAsync();
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(ReadersSee))
        {
            _saving.AddOrUpdate(context, Marker);
        }
    }

    private bool EvictNowOrAtCommit(DbContext? context)
    {
        if (context is null || !_saving.Remove(context))
        {
            return false;
        }
        if (context.Database.CurrentTransaction is null)
        {
            return true;
        }
        _awaitingCommit.AddOrUpdate(context, Marker);
        return false;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
            _awaitingCommit.Remove(context);
        }
    }

    private static bool ReadersSee(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity switch
        {
            Article or Category or FormerCategorySlug or SiteSettings => true,
            // The frame around every page: its menu and footer pages, leaders, links, banners, topics, the home page's blocks.
            IntroPage page => page.IsPublished || entry.Property(nameof(IntroPage.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            Leader or WebsiteLink or HomeBlock or TopicArticle or Banner => true,
            SpecialTopic topic => topic.IsPublished || entry.Property(nameof(SpecialTopic.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            // A draft album or video changes no page, but publishing, unpublishing or deleting one does;
            // so does any edit of one that is published.
            Album album => album.IsPublished || entry.Property(nameof(Album.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            Video video => video.IsPublished || entry.Property(nameof(Video.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            LegalDocument document => document.IsPublished || entry.Property(nameof(LegalDocument.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            // The library's lists name the filters, series and documents on every list; a file's row is saved
            // with its document, or alone when it is replaced or removed (then, to be safe, it counts).
            DocumentLabel or DocumentFile => true,
            // A document's link to an article: a row of the join table, shown on both pages.
            Dictionary<string, object> when entry.Metadata.Name == PortalDbContext.DocumentArticlesTable => true,
            // Polls and surveys as readers see them; a vote or a response is written apart and evicts nothing.
            Poll poll => poll.IsPublished || entry.Property(nameof(Poll.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            Survey survey => survey.IsPublished || entry.Property(nameof(Survey.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            PollOption or SurveyQuestion => true,
            // A contest's page and its rounds, and the units its entry page offers; its questions, participants and
            // attempts are on no cached page.
            Contest contest => contest.IsPublished || entry.Property(nameof(Contest.IsPublished)).IsModified || entry.State == EntityState.Deleted,
            ContestRound or ContestUnit => true,
            // A photo counts when its album is published; when the save does not carry the album, to be safe.
            AlbumPhoto photo => entry.Context.ChangeTracker.Entries<Album>().FirstOrDefault(a => a.Entity.Id == photo.AlbumId)?.Entity.IsPublished != false,
            // A citizen's new message changes no page; an answer shown under an article does.
            FeedbackMessage message => message.ReplyPublished || entry.Property(nameof(FeedbackMessage.ReplyPublished)).IsModified,
            _ => false,
        };

    private async ValueTask EvictAsync()
    {
        try
        {
            await cache.EvictByTagAsync(PublicPagePolicy.Tag, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The change is saved; readers see it when the cached pages' lifetime ends.
            logger.LogError(exception, "Không xoá được trang trong bộ nhớ đệm sau khi nội dung thay đổi");
        }
    }
}

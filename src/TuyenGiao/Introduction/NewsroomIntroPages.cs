using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Introduction;

/// <summary>What the admins' pages read: every introduction page, drafts included, and their revisions.</summary>
public sealed class NewsroomIntroPages(PortalDbContext db)
{
    public Task<List<IntroPage>> AllAsync(CancellationToken cancellationToken = default) =>
        db.IntroPages.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Title).ToListAsync(cancellationToken);

    public Task<IntroPage?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.IntroPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<IntroPageRevision>> RevisionsAsync(int pageId, CancellationToken cancellationToken = default) =>
        db.IntroPageRevisions.AsNoTracking().Where(r => r.PageId == pageId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);

    public Task<IntroPageRevision?> RevisionAsync(int pageId, int revisionId, CancellationToken cancellationToken = default) =>
        db.IntroPageRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.PageId == pageId && r.Id == revisionId, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Media;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Topics;

/// <summary>The newsroom's special topics: add, edit, delete, and which topics an article belongs to.</summary>
public sealed class TopicEditing(PortalDbContext db, AuditLog audit, ImageUploads uploads, MarkdownRenderer renderer)
{
    public const string BannerField = "Banner";

    public Task<List<SpecialTopic>> AllAsync(CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AsNoTracking().OrderByDescending(t => t.StartsAt).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    public Task<SpecialTopic?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.SpecialTopics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>How many articles each topic holds.</summary>
    public async Task<IReadOnlyDictionary<int, int>> ArticleCountsAsync(CancellationToken cancellationToken = default) =>
        await db.TopicArticles.GroupBy(t => t.TopicId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<EditResult<SpecialTopic>> SaveAsync(
        int? id, TopicFields fields, Stream? banner, string? bannerName, Actor actor, CancellationToken cancellationToken = default)
    {
        var topic = id is { } existing ? await db.SpecialTopics.FirstOrDefaultAsync(t => t.Id == existing, cancellationToken) : null;
        if (id is not null && topic is null)
        {
            return EditResult<SpecialTopic>.NotFound;
        }
        var slug = Text.Slug.FromTitle(string.IsNullOrWhiteSpace(fields.Slug) ? fields.Name : fields.Slug);
        var errors = await CheckAsync(id ?? 0, fields, slug, cancellationToken);
        if (!errors.IsEmpty)
        {
            return EditResult<SpecialTopic>.Invalid(errors);
        }
        var (uploaded, uploadErrors) = await uploads.SaveIfGivenAsync(banner, bannerName, BannerField, actor, cancellationToken);
        if (!uploadErrors.IsEmpty)
        {
            return EditResult<SpecialTopic>.Invalid(uploadErrors);
        }
        if (topic is null)
        {
            topic = new SpecialTopic { Name = "", Slug = "" };
            db.SpecialTopics.Add(topic);
        }
        topic.Name = fields.Name.Trim();
        topic.Slug = slug;
        topic.DescriptionMarkdown = fields.DescriptionMarkdown;
        topic.DescriptionHtml = renderer.RenderSafeHtml(fields.DescriptionMarkdown);
        topic.StartsAt = ShowingDays.StartUtc(fields.StartsOn!.Value);
        topic.EndsAt = fields.EndsOn is { } endsOn ? ShowingDays.EndUtc(endsOn) : null;
        topic.IsPublished = fields.IsPublished;
        topic.BannerImageUrl = uploaded?.Url ?? (fields.RemoveBanner ? null : topic.BannerImageUrl);
        audit.Record(actor, id is null ? "Tạo chuyên đề" : "Sửa chuyên đề", AuditRecordTypes.Topic, id, topic.Name);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<SpecialTopic>.Saved(topic);
    }

    /// <summary>Deletes a topic; its articles stay where they are, only the ticks go.</summary>
    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var topic = await db.SpecialTopics.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topic is null)
        {
            return false;
        }
        db.SpecialTopics.Remove(topic);
        audit.Record(actor, "Xóa chuyên đề", AuditRecordTypes.Topic, id, topic.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The topics an article is ticked into.</summary>
    public Task<List<int>> OfArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.TopicArticles.Where(t => t.ArticleId == articleId).Select(t => t.TopicId).ToListAsync(cancellationToken);

    /// <summary>Puts an article in exactly these topics (ids of no topic are ignored); audited when anything changed.</summary>
    public async Task SetForArticleAsync(int articleId, IReadOnlyCollection<int> topicIds, string articleTitle, Actor actor, CancellationToken cancellationToken = default)
    {
        var existing = await db.TopicArticles.Where(t => t.ArticleId == articleId).ToListAsync(cancellationToken);
        var wanted = await db.SpecialTopics.Where(t => topicIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var removed = existing.Where(t => !wanted.Contains(t.TopicId)).ToList();
        var added = wanted.Where(id => existing.All(t => t.TopicId != id)).Select(id => new TopicArticle { TopicId = id, ArticleId = articleId }).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }
        db.TopicArticles.RemoveRange(removed);
        db.TopicArticles.AddRange(added);
        audit.Record(actor, "Đổi chuyên đề của bài viết", AuditRecordTypes.Article, articleId, articleTitle);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<FieldErrors> CheckAsync(int id, TopicFields fields, string slug, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(fields.Name))
        {
            errors[nameof(TopicFields.Name)] = "Vui lòng nhập tên chuyên đề.";
        }
        else if (fields.Name.Trim().Length > SpecialTopic.NameMaxLength)
        {
            errors[nameof(TopicFields.Name)] = $"Tên chuyên đề dài tối đa {SpecialTopic.NameMaxLength} ký tự.";
        }
        else if (slug.Length == 0)
        {
            errors[nameof(TopicFields.Slug)] = "Đường dẫn cần có ít nhất một chữ hoặc số.";
        }
        else if (await db.SpecialTopics.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
        {
            errors[nameof(TopicFields.Slug)] = $"Đường dẫn “{slug}” đã thuộc một chuyên đề khác.";
        }
        if (fields.DescriptionMarkdown.Length > SpecialTopic.DescriptionMaxLength)
        {
            errors[nameof(TopicFields.DescriptionMarkdown)] = $"Phần giới thiệu dài tối đa {SpecialTopic.DescriptionMaxLength:N0} ký tự.";
        }
        ShowingDays.Check(errors, nameof(TopicFields.StartsOn), nameof(TopicFields.EndsOn), fields.StartsOn, fields.EndsOn);
        return errors;
    }
}

using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.HomePage;

/// <summary>
/// The home page's blocks, which admins order, show and hide without a deploy. A site nobody has arranged
/// yet shows <see cref="Defaults"/>; the first change stores them and then applies itself.
/// </summary>
public sealed class HomeLayout(PortalDbContext db, AuditLog audit)
{
    /// <summary>The home page as it was before admins could arrange it, with the frame's blocks in their natural places.</summary>
    public static IReadOnlyList<HomeBlock> Defaults() =>
    [
        new() { Kind = HomeBlockKind.Featured, Order = 1 },
        new() { Kind = HomeBlockKind.SpecialTopics, Order = 2 },
        new() { Kind = HomeBlockKind.MenuCategories, Order = 3 },
        new() { Kind = HomeBlockKind.Banners, Order = 4 },
        new() { Kind = HomeBlockKind.DocumentSeries, Order = 5 },
        new() { Kind = HomeBlockKind.Albums, Order = 6 },
        new() { Kind = HomeBlockKind.Videos, Order = 7 },
        new() { Kind = HomeBlockKind.Links, Order = 8 },
    ];

    /// <summary>Every block, hidden ones too, in order.</summary>
    public async Task<IReadOnlyList<HomeBlock>> BlocksAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.HomeBlocks.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        return stored.Count > 0 ? stored : Defaults();
    }

    public async Task<FieldErrors> AddAsync(HomeBlockKind kind, int? categoryId, int? topicId, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(kind))
        {
            errors["Kind"] = "Vui lòng chọn loại khối.";
        }
        else if (kind == HomeBlockKind.Category && (categoryId is not { } category || !await db.Categories.AnyAsync(c => c.Id == category, cancellationToken)))
        {
            errors["CategoryId"] = "Vui lòng chọn chuyên mục cho khối này.";
        }
        else if (kind == HomeBlockKind.SpecialTopics && topicId is { } topic && !await db.SpecialTopics.AnyAsync(t => t.Id == topic, cancellationToken))
        {
            errors["TopicId"] = "Chuyên đề này không còn tồn tại.";
        }
        if (!errors.IsEmpty)
        {
            return errors;
        }
        var blocks = await StoredAsync(cancellationToken);
        // A chosen category or topic may have several blocks; the others show the same content wherever they are.
        if (kind is not (HomeBlockKind.Category or HomeBlockKind.SpecialTopics) && blocks.Any(b => b.Kind == kind))
        {
            return FieldErrors.Of("Kind", $"Trang chủ đã có khối “{HomeBlockNames.Of(kind)}”; hãy hiện khối đó thay vì thêm khối mới.");
        }
        var block = new HomeBlock
        {
            Kind = kind,
            CategoryId = kind == HomeBlockKind.Category ? categoryId : null,
            TopicId = kind == HomeBlockKind.SpecialTopics ? topicId : null,
            Order = OrderedRows.Next(blocks),
        };
        db.HomeBlocks.Add(block);
        audit.Record(actor, "Thêm khối trang chủ", AuditRecordTypes.HomePage, null, HomeBlockNames.Of(kind));
        await db.SaveChangesAsync(cancellationToken);
        return FieldErrors.None;
    }

    public async Task<bool> MoveAsync(int id, bool up, Actor actor, CancellationToken cancellationToken = default)
    {
        var blocks = await StoredAsync(cancellationToken);
        if (!OrderedRows.Move(blocks, id, up))
        {
            return false;
        }
        audit.Record(actor, up ? "Đưa khối trang chủ lên" : "Đưa khối trang chủ xuống", AuditRecordTypes.HomePage, id, HomeBlockNames.Of(blocks.Single(b => b.Id == id).Kind));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetVisibleAsync(int id, bool visible, Actor actor, CancellationToken cancellationToken = default)
    {
        var block = (await StoredAsync(cancellationToken)).FirstOrDefault(b => b.Id == id);
        if (block is null)
        {
            return false;
        }
        block.IsVisible = visible;
        audit.Record(actor, visible ? "Hiện khối trang chủ" : "Ẩn khối trang chủ", AuditRecordTypes.HomePage, id, HomeBlockNames.Of(block.Kind));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var block = (await StoredAsync(cancellationToken)).FirstOrDefault(b => b.Id == id);
        if (block is null)
        {
            return false;
        }
        db.HomeBlocks.Remove(block);
        audit.Record(actor, "Bỏ khối trang chủ", AuditRecordTypes.HomePage, id, HomeBlockNames.Of(block.Kind));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The stored blocks, tracked; the defaults are stored first when nobody has arranged the page yet.</summary>
    private async Task<List<HomeBlock>> StoredAsync(CancellationToken cancellationToken)
    {
        var blocks = await db.HomeBlocks.ToListAsync(cancellationToken);
        if (blocks.Count == 0)
        {
            blocks = [.. Defaults()];
            db.HomeBlocks.AddRange(blocks);
            await db.SaveChangesAsync(cancellationToken);
        }
        return blocks;
    }
}

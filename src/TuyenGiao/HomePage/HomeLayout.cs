using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.HomePage;

/// <summary>
/// The home page's blocks, which admins order, show and hide without a deploy. A new database starts with
/// <see cref="Defaults"/> (seeded by the migration that made the table).
/// </summary>
public sealed class HomeLayout(PortalDbContext db, AuditLog audit)
{
    /// <summary>The home page as it was before admins could arrange it, with the frame's blocks in their natural places.</summary>
    public static IReadOnlyList<HomeBlock> Defaults() =>
    [
        new() { Id = 1, Kind = HomeBlockKind.Featured, Order = 1 },
        new() { Id = 2, Kind = HomeBlockKind.SpecialTopics, Order = 2 },
        new() { Id = 3, Kind = HomeBlockKind.MenuCategories, Order = 3 },
        new() { Id = 4, Kind = HomeBlockKind.Banners, Order = 4 },
        new() { Id = 5, Kind = HomeBlockKind.DocumentSeries, Order = 5 },
        new() { Id = 6, Kind = HomeBlockKind.Albums, Order = 6 },
        new() { Id = 7, Kind = HomeBlockKind.Videos, Order = 7 },
        new() { Id = 8, Kind = HomeBlockKind.Links, Order = 8 },
        new() { Id = 9, Kind = HomeBlockKind.VisitStatistics, Order = 9, IsVisible = false },
    ];

    /// <summary>Every block, hidden ones too, in order.</summary>
    public async Task<IReadOnlyList<HomeBlock>> BlocksAsync(CancellationToken cancellationToken = default) =>
        await db.HomeBlocks.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Id).ToListAsync(cancellationToken);

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

    private Task<List<HomeBlock>> StoredAsync(CancellationToken cancellationToken) => db.HomeBlocks.ToListAsync(cancellationToken);
}

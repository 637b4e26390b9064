using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Links;
using TuyenGiao.Media;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Banners;

/// <summary>The admins' banners: add, edit, order within a slot, remove; and each banner's clicks per day.</summary>
public sealed class BannerEditing(PortalDbContext db, AuditLog audit, ImageUploads uploads)
{
    public const string ImageField = "Image";

    public Task<List<Banner>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Banners.AsNoTracking().OrderBy(b => b.Slot).ThenBy(b => b.Order).ThenBy(b => b.Id).ToListAsync(cancellationToken);

    public Task<Banner?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Banners.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>A banner's clicks per day, newest day first, over the last <paramref name="days"/> days that had any.</summary>
    public Task<List<BannerDailyClicks>> ClicksAsync(int id, int days, CancellationToken cancellationToken = default) =>
        db.BannerDailyClicks.AsNoTracking().Where(c => c.BannerId == id).OrderByDescending(c => c.Day).Take(days).ToListAsync(cancellationToken);

    /// <summary>Adds a banner (no id; an image is required) or saves one (a new image replaces the old).</summary>
    public async Task<EditResult<Banner>> SaveAsync(
        int? id, BannerFields fields, Stream? image, string? imageName, Actor actor, CancellationToken cancellationToken = default)
    {
        var banner = id is { } existing ? await db.Banners.FirstOrDefaultAsync(b => b.Id == existing, cancellationToken) : null;
        if (id is not null && banner is null)
        {
            return EditResult<Banner>.NotFound;
        }
        var errors = new FieldErrors();
        var destination = WebAddress.Check(fields.DestinationUrl, out var destinationError);
        errors[nameof(BannerFields.DestinationUrl)] = destinationError;
        if (string.IsNullOrWhiteSpace(fields.AltText))
        {
            errors[nameof(BannerFields.AltText)] = "Vui lòng mô tả nội dung ảnh cho người không xem được ảnh (ví dụ: tên chiến dịch hoặc đơn vị tài trợ).";
        }
        else if (fields.AltText.Trim().Length > Banner.AltTextMaxLength)
        {
            errors[nameof(BannerFields.AltText)] = $"Mô tả ảnh dài tối đa {Banner.AltTextMaxLength} ký tự.";
        }
        if (!Enum.IsDefined(fields.Slot))
        {
            errors[nameof(BannerFields.Slot)] = "Vui lòng chọn vị trí hiển thị.";
        }
        ShowingDays.Check(errors, nameof(BannerFields.StartsOn), nameof(BannerFields.EndsOn), fields.StartsOn, fields.EndsOn);
        if (banner is null && image is null)
        {
            errors[ImageField] = "Vui lòng chọn ảnh cho banner.";
        }
        if (!errors.IsEmpty)
        {
            return EditResult<Banner>.Invalid(errors);
        }
        var (uploaded, uploadErrors) = await uploads.SaveIfGivenAsync(image, imageName, ImageField, actor, cancellationToken);
        if (!uploadErrors.IsEmpty)
        {
            return EditResult<Banner>.Invalid(uploadErrors);
        }
        if (banner is null)
        {
            banner = new Banner { ImageUrl = "", AltText = "", DestinationUrl = "" };
            db.Banners.Add(banner);
        }
        if (banner.Slot != fields.Slot || banner.Id == 0)
        {
            banner.Order = OrderedRows.Next(await db.Banners.Where(b => b.Slot == fields.Slot).ToListAsync(cancellationToken));
        }
        if (uploaded is not null)
        {
            banner.ImageUrl = uploaded.Url;
            banner.Width = uploaded.Width;
            banner.Height = uploaded.Height;
        }
        banner.AltText = fields.AltText.Trim();
        banner.DestinationUrl = destination!;
        banner.Slot = fields.Slot;
        banner.StartsAt = ShowingDays.StartUtc(fields.StartsOn!.Value);
        banner.EndsAt = fields.EndsOn is { } endsOn ? ShowingDays.EndUtc(endsOn) : null;
        audit.Record(actor, id is null ? "Thêm banner" : "Sửa banner", AuditRecordTypes.Banner, id, banner.AltText);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Banner>.Saved(banner);
    }

    /// <summary>Moves a banner a place up or down among those of its slot.</summary>
    public async Task<bool> MoveAsync(int id, bool up, Actor actor, CancellationToken cancellationToken = default)
    {
        var banner = await db.Banners.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (banner is null)
        {
            return false;
        }
        OrderedRows.Move(await db.Banners.Where(b => b.Slot == banner.Slot).ToListAsync(cancellationToken), id, up);
        audit.Record(actor, "Đổi thứ tự banner", AuditRecordTypes.Banner, id, banner.AltText);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var banner = await db.Banners.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (banner is null)
        {
            return false;
        }
        await db.BannerDailyClicks.Where(c => c.BannerId == id).ExecuteDeleteAsync(cancellationToken);
        db.Banners.Remove(banner);
        audit.Record(actor, "Xóa banner", AuditRecordTypes.Banner, id, banner.AltText);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

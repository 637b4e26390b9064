using Microsoft.EntityFrameworkCore;
using TuyenGiao.Data;

namespace TuyenGiao.Settings;

/// <summary>Reads the settings row once per request; header and footer both ask for it.</summary>
public sealed class SiteSettingsReader(PortalDbContext db)
{
    // A database without a settings row still renders a decent header until an admin fills it in.
    private static readonly SiteSettings Fallback = new()
    {
        SiteName = "Cổng thông tin điện tử",
        BoardName = "Ban Tuyên giáo",
    };

    private SiteSettings? _current;

    // Every public page's header asks this when the page cache misses: compiled once.
    private static readonly Func<PortalDbContext, CancellationToken, Task<SiteSettings?>> First =
        EF.CompileAsyncQuery((PortalDbContext db, CancellationToken _) =>
            db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefault());

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default) =>
        _current ??= await First(db, cancellationToken) ?? Fallback;
}

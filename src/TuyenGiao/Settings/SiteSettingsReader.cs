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

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default) =>
        _current ??= await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken)
            ?? Fallback;
}

using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Data;

namespace TuyenGiao.Settings;

/// <summary>Stores what an admin sets in the settings page, into the one settings row.</summary>
public sealed class SiteSettingsEditor(PortalDbContext db, AuditLog audit)
{
    public async Task SaveAsync(SiteSettings values, Actor actor, CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new SiteSettings { SiteName = "", BoardName = "" };
            db.SiteSettings.Add(row);
        }
        row.SiteName = values.SiteName.Trim();
        row.BoardName = values.BoardName.Trim();
        row.Address = values.Address.Trim();
        row.Phone = values.Phone.Trim();
        row.Email = values.Email.Trim();
        row.FooterText = values.FooterText.Trim();
        row.ResponsiblePerson = values.ResponsiblePerson.Trim();
        row.LicenceNumber = values.LicenceNumber.Trim();
        audit.Record(actor, "Sửa cài đặt trang", AuditRecordTypes.Settings, row.Id == 0 ? null : row.Id, row.SiteName);
        await db.SaveChangesAsync(cancellationToken);
    }
}

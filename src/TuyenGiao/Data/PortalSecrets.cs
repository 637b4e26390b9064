using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Data;

/// <summary>
/// Keys the portal needs to share across restarts and instances without anyone configuring them: made at
/// first use, stored in the database encrypted with the data-protection keys (which live in the data
/// folder, or in Redis for several instances), so a copy of the database alone does not reveal them.
/// </summary>
public sealed class PortalSecrets(IServiceScopeFactory scopes, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("TuyenGiao.PortalSecrets");
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _loaded = new(StringComparer.Ordinal);

    public async Task<byte[]> GetAsync(string name)
    {
        var loading = _loaded.GetOrAdd(name, key => new Lazy<Task<byte[]>>(() => LoadOrMakeAsync(key)));
        try
        {
            return await loading.Value;
        }
        catch
        {
            // A failed load (the database briefly unreachable) is not kept: the next caller tries again.
            _loaded.TryRemove(KeyValuePair.Create(name, loading));
            throw;
        }
    }

    private async Task<byte[]> LoadOrMakeAsync(string name)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.PortalSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name) is { } stored)
        {
            return _protector.Unprotect(Convert.FromBase64String(stored.ProtectedValue));
        }
        var made = RandomNumberGenerator.GetBytes(32);
        db.PortalSecrets.Add(new PortalSecret { Name = name, ProtectedValue = Convert.ToBase64String(_protector.Protect(made)) });
        try
        {
            await db.SaveChangesAsync();
            return made;
        }
        catch (DbUpdateException)
        {
            // Another instance made it first; theirs is the one.
            db.ChangeTracker.Clear();
            var theirs = await db.PortalSecrets.AsNoTracking().FirstAsync(s => s.Name == name);
            return _protector.Unprotect(Convert.FromBase64String(theirs.ProtectedValue));
        }
    }
}

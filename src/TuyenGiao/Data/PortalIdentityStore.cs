using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Data;

/// <summary>
/// The shape of Identity's tables: version 3 (with passkeys), keys as long as version 1 made them (so moving
/// to version 3 altered no key column on SQL Server). Identity reads this from the app's options when it
/// builds the model, so a context made outside the app (a backup's check, a test's database) is given them too.
/// </summary>
public static class PortalIdentityStore
{
    public const int KeyLength = 450;

    public static void Apply(StoreOptions stores)
    {
        stores.SchemaVersion = IdentitySchemaVersions.Version3;
        stores.MaxLengthForKeys = KeyLength;
    }

    /// <summary>Only the options above, for a context that has no app around it.</summary>
    internal static IServiceProvider Standalone { get; } =
        new ServiceCollection().Configure<IdentityOptions>(options => Apply(options.Stores)).BuildServiceProvider();
}

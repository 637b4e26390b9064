using Microsoft.AspNetCore.Identity;

namespace TuyenGiao.Accounts;

/// <summary>Creates the roles, and the accounts an installation starts with.</summary>
public sealed class AccountSetup(RoleManager<IdentityRole> roles, UserManager<PortalUser> users)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Creates an account in the given role. Fails (with Vietnamese messages) if the email is taken or the password too weak.</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string displayName, string role)
    {
        await EnsureRolesAsync();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    /// <summary>Development only: the documented demo accounts, created once.</summary>
    public async Task EnsureDemoAccountsAsync()
    {
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(demo.Email) is null)
            {
                Check(await CreateAsync(demo.Email, demo.Password, demo.DisplayName, demo.Role));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

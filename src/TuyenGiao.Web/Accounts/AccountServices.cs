using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TuyenGiao.Accounts;
using TuyenGiao.Data;
using TuyenGiao.DemoContent;

namespace TuyenGiao.Web.Accounts;

internal static class AccountServices
{
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, and not on a list of common passwords (CommonPasswords); no composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // Version 3 adds the passkeys table (WebAuthn, ASP.NET Core 10 Identity).
                PortalIdentityStore.Apply(options.Stores);
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddPasswordValidator<CommonPasswords>()
            .AddClaimsPrincipalFactory<NewsroomClaimsFactory>()
            .AddDefaultTokenProviders();

        // Checked on every request, so a disabled account or a changed role takes effect at once;
        // the newsroom's traffic is small enough for one lookup per request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tg_bientap";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A signed-in editor on an admin-only page gets a plain 403 (and the Vietnamese error page).
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The sign-in and sign-out pages declare their own routes; the cookie asks routing where they are.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LinkGenerator>((options, links) =>
        {
            options.LoginPath = links.GetPathByPage("/Account/SignIn", values: new { area = "Admin" });
            options.LogoutPath = links.GetPathByPage("/Account/SignOut", values: new { area = "Admin" });
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Writing, policy => policy.RequireRole(Roles.Admin, Roles.Editor, Roles.Contributor))
            // An editor limited to some categories works on articles there, not on the site-wide sections.
            .AddPolicy(Policies.Newsroom, policy => policy.RequireRole(Roles.Admin, Roles.Editor)
                .RequireAssertion(context => context.User.IsInRole(Roles.Admin) || !context.User.HasClaim(c => c.Type == NewsroomClaims.Category)))
            .AddPolicy(Policies.SiteAdmin, policy => policy.RequireRole(Roles.Admin));
        services.AddScoped<AccountSetup>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<NewsroomSignIn>();
        services.AddScoped<SecondFactorRules>();
        services.AddScoped<SecondFactorSetup>();
        services.AddScoped<SignInHistory>();
        services.AddScoped<AccountPasskeys>();
        return services;
    }

    /// <summary>The roles always; the documented demo accounts only on a developer's machine, never in production.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountSetup>();
        await accounts.EnsureRolesAsync();
        if (app.Environment.IsDevelopment() && scope.ServiceProvider.GetRequiredService<IOptions<SeedingOptions>>().Value.DemoAccounts)
        {
            await accounts.EnsureDemoAccountsAsync();
        }
    }
}

using Microsoft.AspNetCore.Identity;
using TuyenGiao.Accounts;
using TuyenGiao.Data;

namespace TuyenGiao.Web.Hosting;

internal static class AccountServices
{
    public const string SignInPath = "/admin/dang-nhap";

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
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
            options.LoginPath = SignInPath;
            options.LogoutPath = "/admin/dang-xuat";
            // A signed-in editor on an admin-only page gets a plain 403 (and the Vietnamese error page).
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Newsroom, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Policies.SiteAdmin, policy => policy.RequireRole(Roles.Admin));
        services.AddScoped<AccountSetup>();
        return services;
    }
}

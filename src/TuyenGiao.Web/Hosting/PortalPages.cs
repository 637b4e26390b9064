using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using TuyenGiao.Accounts;
using TuyenGiao.Data;
using TuyenGiao.Web.Data;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Hosting;

internal static class PortalPages
{
    /// <summary>The Razor Pages of the site and the newsroom, and the health check.</summary>
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                // A safety net under the per-page policies the authorization test insists on.
                options.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Writing);
                options.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/SignIn");
                options.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/SecondStep");
            })
            .AddMvcOptions(options =>
            {
                VietnameseModelBinding.Apply(options.ModelBindingMessageProvider);
                // A string property that is not nullable is not thereby required: the framework's implicit
                // [Required] would answer an empty field in English before the domain's Vietnamese check runs.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // Ahead of the framework's own binders for these types: no input, however strange, throws.
                options.ModelBinderProviders.Insert(0, new CleanTextModelBinder.Provider());
                options.ModelBinderProviders.Insert(0, new CheckboxModelBinder.Provider());
                options.Filters.Add<OneConnectionPerPage>();
                options.Filters.Add<Accounts.SecondFactorEnrolment>();
            });
        // Vietnamese letters go out as UTF-8, not as &#x...; entities three times their size.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<ReaderFormLimits>();
        services.AddScoped<Pages.Shared.PortalFrame>();
        services.AddScoped<Pages.Introduction.IntroPageLoader>();
        services.AddSingleton<Caching.ScheduleBoundaries>();
        services.AddHostedService(provider => provider.GetRequiredService<Caching.ScheduleBoundaries>());
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return services;
    }
}

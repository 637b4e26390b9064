using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using TuyenGiao.Accounts;
using TuyenGiao.Data;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Feedback;
using TuyenGiao.Web.Feeds;
using TuyenGiao.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalLogging(builder.Configuration);
builder.Services.AddPortal(builder.Configuration, builder.Environment);
builder.Services.AddPageCaching(builder.Configuration);
builder.Services.AddSharedStateOnRedis(builder.Configuration);
builder.Services.AddPortalAccounts();
builder.Services.AddRazorPages(options =>
    {
        // A safety net under the per-page policies the authorization test insists on.
        options.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Newsroom);
        options.Conventions.AllowAnonymousToAreaPage("Admin", "/Account/SignIn");
        options.Conventions.AddAreaPageRoute("Admin", "/Articles/Edit", "admin/bai-viet/moi");
        options.Conventions.AddPageRoute("/Feedback/Index", "phan-hoi/{articleId:int}");
    })
    .AddMvcOptions(options =>
    {
        VietnameseModelBinding.Apply(options.ModelBindingMessageProvider);
        options.Filters.Add<OneConnectionPerPage>();
    });
// Vietnamese letters go out as UTF-8, not as &#x...; entities three times their size.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");

var app = builder.Build();

await app.InitializeDatabaseAsync();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

app.UseReaderAddressFromProxy();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UsePortalRequestLogging();
// Before authentication: a signed-in editor's cookie renewal would otherwise mark the images uncacheable.
app.UseUploadedMedia();
app.UseRouting();
app.UseRateLimiter();
app.UseVisitCounting();
app.UseAuthentication();
app.UseAuthorization();
app.UsePageCaching();

app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync });
app.MapFeeds();
app.MapCaptcha();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;

/// <summary>Named so the tests' WebApplicationFactory can start this app.</summary>
public partial class Program;

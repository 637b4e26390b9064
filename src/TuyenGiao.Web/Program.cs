using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Banners;
using TuyenGiao.Categories;
using TuyenGiao.Contests;
using TuyenGiao.Data;
using TuyenGiao.DemoContent;
using TuyenGiao.Documents;
using TuyenGiao.HomePage;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Media;
using TuyenGiao.Polls;
using TuyenGiao.Search;
using TuyenGiao.Settings;
using TuyenGiao.Surveys;
using TuyenGiao.Topics;
using TuyenGiao.Videos;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Banners;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Commands;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Feedback;
using TuyenGiao.Web.Feeds;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel" banner on any response.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// What the portal is: each feature registers its own services and settings.
builder.Services
    .AddSingleton(TimeProvider.System)
    .AddPortalLogging()
    .AddPortalDatabase()
    .AddPortalAccounts()
    .AddAuditLog()
    .AddSiteSettings()
    .AddCategories()
    .AddArticles()
    .AddMedia()
    .AddAlbums()
    .AddVideos()
    .AddDocuments()
    .AddIntroduction()
    .AddWebsiteLinks()
    .AddBanners()
    .AddSpecialTopics()
    .AddHomeLayout()
    .AddPolls()
    .AddSurveys()
    .AddContests()
    .AddSearch()
    .AddFeedbackForms()
    .AddVisitCounting()
    .AddPageCaching()
    .AddFeeds()
    .AddDemoContent()
    .AddReverseProxySupport()
    .AddSiteAddress()
    .AddPortalPages()
    // Last: with Redis configured it replaces the in-process stores the features above registered.
    .AddSharedState(builder.Configuration);

var app = builder.Build();

if (!app.SettingsAreValid())
{
    return 1;
}
// Before the data is prepared: restoring a backup needs the data folder as empty as it was found.
if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}
await app.PrepareDataAsync();

app.UseReaderAddressFromProxy();
app.UseOnlyReadAndPostMethods();
app.UseSecurityHeaders();
app.UseSecureCookies();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
}
app.UseStrictTransportSecurity();
app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UsePortalRequestLogging();
app.UseFormsWithoutNullCharacters();
// Before authentication: a signed-in editor's cookie renewal would otherwise mark the images uncacheable.
app.UseUploadedMedia();
app.UseRouting();
app.UseVisitCounting();
app.UseAuthentication();
app.UseAuthorization();
app.UsePageCaching();

app.MapHealthChecks("/healthz", new() { ResponseWriter = HealthReportWriter.WriteAsync });
app.MapFeeds();
app.MapCaptcha();
app.MapBannerClicks();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;

/// <summary>Named so the tests' WebApplicationFactory can start this app.</summary>
public partial class Program;

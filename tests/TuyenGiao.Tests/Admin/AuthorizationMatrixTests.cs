using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Admin;

/// <summary>
/// Who may open each page of the Admin area. A new Admin page fails these tests until its page model
/// names a policy and its row is added here.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SignIn = "/admin/dang-nhap";

    // Route → what a GET answers for: nobody signed in, an editor, an admin. "→" marks a redirect target.
    private static readonly Dictionary<string, (string Anonymous, string Editor, string Admin)> Matrix = new()
    {
        ["/admin"] = ("→ " + SignIn, "200", "200"),
        ["/admin/dang-nhap"] = ("200", "200", "200"),
        ["/admin/dang-xuat"] = ("→ " + SignIn, "→ /admin", "→ /admin"),
        ["/admin/doi-mat-khau"] = ("→ " + SignIn, "200", "200"),
        ["/admin/nguoi-dung"] = ("→ " + SignIn, "403", "200"),
    };

    private static async Task<string> AnswerAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found))
        {
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var location = response.Headers.Location!;
        return "→ " + (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
    }

    [Fact]
    public void Every_admin_page_model_names_a_newsroom_policy_and_only_sign_in_is_open()
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace!.StartsWith("TuyenGiao.Web.Areas.Admin", StringComparison.Ordinal));

        foreach (var model in pageModels)
        {
            var policies = model.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Policy).ToList();
            var open = model.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            Assert.True(open ? model.Name == "SignInModel" : policies.Any(p => p is Policies.Newsroom or Policies.SiteAdmin),
                $"{model.FullName} must carry [Authorize(Policy = Policies.Newsroom)] or [Authorize(Policy = Policies.SiteAdmin)].");
        }
    }

    [Fact]
    public void The_matrix_lists_every_admin_page()
    {
        var adminRoutes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("admin", StringComparison.Ordinal) == true)
            .Select(e => "/" + e.RoutePattern.RawText)
            .Distinct().Order().ToList();

        Assert.Equal(Matrix.Keys.Order(), adminRoutes);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = portal.Browser();
        foreach (var (url, expected) in Matrix)
        {
            Assert.Equal((url, expected.Anonymous), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Editors_get_403_on_admin_only_pages()
    {
        var client = await portal.SignedInAsync(Roles.Editor);
        foreach (var (url, expected) in Matrix.Where(m => m.Key != SignIn))
        {
            Assert.Equal((url, expected.Editor), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Admins_get_through_everywhere()
    {
        var client = await portal.SignedInAsync(Roles.Admin);
        foreach (var (url, expected) in Matrix.Where(m => m.Key != SignIn))
        {
            Assert.Equal((url, expected.Admin), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task The_403_page_explains_in_vietnamese()
    {
        var client = await portal.SignedInAsync(Roles.Editor);

        var page = await HtmlPage.GetAsync(client, "/admin/nguoi-dung");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("Không có quyền truy cập", page.Text("h1"));
    }
}

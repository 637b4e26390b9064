using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;

namespace TuyenGiao.Tests.Support;

/// <summary>Accounts for tests, and browsers signed in through the real sign-in form.</summary>
public static class Newsroom
{
    public const string Password = "MatKhau@2024x";

    public static async Task<string> CreateAccountAsync(this PortalFactory portal, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.vn";
        using var scope = portal.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountSetup>().CreateAsync(email, Password, $"Người thử {role}", role);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests see them).</summary>
    public static HttpClient Browser(this PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fills and posts a form of the page at <paramref name="url"/>, with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? formPage = null)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(client, formPage ?? url) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts a form with a file, as a browser's multipart form does.</summary>
    public static Task<HttpResponseMessage> PostWithFileAsync(
        this HttpClient client, string url, IDictionary<string, string> fields, string fileName, byte[] file, string formPage) =>
        client.PostWithFilesAsync(url, fields, "upload", [(fileName, file)], formPage);

    /// <summary>Posts a form with several files in one file field (an input with <c>multiple</c>).</summary>
    public static async Task<HttpResponseMessage> PostWithFilesAsync(
        this HttpClient client, string url, IDictionary<string, string> fields, string fileField, IEnumerable<(string Name, byte[] Content)> files, string formPage)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(await TokenAsync(client, formPage)), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), fileField, name);
        }
        return await client.PostAsync(url, content);
    }

    /// <summary>The antiforgery token of the first form on a page, as a script on that page reads it.</summary>
    public static Task<string> FormTokenAsync(this HttpClient client, string formPage) => TokenAsync(client, formPage);

    private static async Task<string> TokenAsync(HttpClient client, string formPage)
    {
        var page = await HtmlPage.GetAsync(client, formPage);
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {formPage} ({page.Status})");
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password) =>
        await client.PostFormAsync("/admin/dang-nhap", new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });

    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string role, string? email = null)
    {
        email = await portal.CreateAccountAsync(role, email);
        var client = portal.Browser();
        using var response = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>An account limited to some categories (a district board's section), signed in.</summary>
    public static async Task<HttpClient> SignedInLimitedAsync(this PortalFactory portal, string role, params int[] categoryIds)
    {
        var email = await portal.CreateAccountAsync(role);
        await portal.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            return await users.AddClaimsAsync(user, categoryIds.Select(id =>
                new System.Security.Claims.Claim(NewsroomClaims.Category, id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
        var client = portal.Browser();
        using var response = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<T> WithUsersAsync<T>(this PortalFactory portal, Func<UserManager<PortalUser>, Task<T>> work)
    {
        using var scope = portal.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }
}

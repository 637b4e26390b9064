using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

/// <summary>Two-factor sign-in with an authenticator app, recovery codes, roles that require it, and the sign-in history.</summary>
public class SecondFactorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string EnrolPage = "/admin/tai-khoan/xac-thuc-hai-buoc";

    /// <summary>Enrols the signed-in account as a person would: reads the key off the page, types the app's code.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, EnrolPage);
        var key = page.Text(".totp-key").Replace(" ", "", StringComparison.Ordinal);
        using var qr = await client.GetAsync(page.Document.QuerySelector("img.totp-qr")!.GetAttribute("src"));
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);

        var enabled = await HtmlPage.FromResponseAsync(await client.PostFormAsync($"{EnrolPage}?handler=Enable", new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, EnrolPage));
        Assert.Contains("Đã bật xác thực hai bước", enabled.Text(".notice"));
        return (key, enabled.Texts(".recovery-code-list code"));
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code, bool recovery = false) =>
        await client.PostFormAsync("/admin/dang-nhap/ma-xac-thuc",
            new Dictionary<string, string> { ["Form.Code"] = code, ["Form.IsRecoveryCode"] = recovery ? "true" : "false" }, "/admin/dang-nhap/ma-xac-thuc");

    [Fact]
    public async Task After_enrolment_the_password_alone_does_not_open_the_newsroom_and_the_apps_code_does()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var first = portal.Browser();
        (await first.SignInAsync(email)).Dispose();

        var wrong = await HtmlPage.FromResponseAsync(await first.PostFormAsync($"{EnrolPage}?handler=Enable", new Dictionary<string, string> { ["Code"] = "000000" }, EnrolPage));
        Assert.Contains("Mã chưa đúng", wrong.Text("[data-valmsg-for='Code']"));
        var (key, recoveryCodes) = await EnrolAsync(first);
        Assert.Equal(SecondFactorSetup.RecoveryCodeCount, recoveryCodes.Count);
        // This browser stays signed in after enrolling.
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(first, "/admin/bai-viet")).Status);

        var second = portal.Browser();
        using var password = await second.SignInAsync(email);
        using var beforeCode = await second.GetAsync("/admin/bai-viet");
        var wrongCode = await HtmlPage.FromResponseAsync(await SecondStepAsync(second, "123456"));
        using var rightCode = await SecondStepAsync(second, Totp.Code(key));
        using var after = await second.GetAsync("/admin/bai-viet");

        Assert.StartsWith("/admin/dang-nhap/ma-xac-thuc", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal(NewsroomSignIn.CodeRefused, wrongCode.Text("[data-valmsg-for='Form.Code']"));
        Assert.Equal(HttpStatusCode.Redirect, rightCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_never_again()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();
        (await client.SignInAsync(email)).Dispose();
        var (_, codes) = await EnrolAsync(client);

        var once = portal.Browser();
        (await once.SignInAsync(email)).Dispose();
        using var first = await SecondStepAsync(once, codes[0], recovery: true);
        var twice = portal.Browser();
        (await twice.SignInAsync(email)).Dispose();
        var again = await HtmlPage.FromResponseAsync(await SecondStepAsync(twice, codes[0], recovery: true));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(once, "/admin")).Status);
        Assert.Equal(NewsroomSignIn.CodeRefused, again.Text("[data-valmsg-for='Form.Code']"));
        Assert.Equal(HttpStatusCode.Redirect, (await twice.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_role_that_requires_a_second_factor_sends_its_accounts_to_enrol_before_anything_else()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var contributor = await portal.SignedInAsync(Roles.Contributor);
        var categoryId = await portal.WithDatabaseAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        using (var required = await admin.PostFormAsync("/admin/nguoi-dung/bao-mat", new Dictionary<string, string> { ["RequiredRoles"] = Roles.Contributor }, "/admin/nguoi-dung/bao-mat"))
        {
            Assert.Equal(HttpStatusCode.OK, required.StatusCode);
        }

        try
        {
            using var list = await contributor.GetAsync("/admin/bai-viet");
            using var post = await contributor.PostFormAsync("/admin/bai-viet/moi?handler=Save", EditorForm.NewArticle(categoryId, "Bài viết trước khi bật xác thực hai bước"), EnrolPage);
            var enrolPage = await HtmlPage.GetAsync(contributor, list.Headers.Location!.OriginalString);

            Assert.StartsWith(EnrolPage, list.Headers.Location!.OriginalString);
            Assert.StartsWith(EnrolPage, post.Headers.Location!.OriginalString);
            Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Title == "Bài viết trước khi bật xác thực hai bước")));
            Assert.Contains("bắt buộc xác thực hai bước", enrolPage.Text("[role=alert]"));
            Assert.Empty(enrolPage.Document.QuerySelectorAll("nav.menu"));

            await EnrolAsync(contributor);
            var disable = await HtmlPage.FromResponseAsync(await contributor.PostFormAsync($"{EnrolPage}?handler=Disable", new Dictionary<string, string>(), EnrolPage));

            Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(contributor, "/admin/bai-viet")).Status);
            Assert.Contains("bắt buộc xác thực hai bước", disable.Text(".error-summary"));
            // The admin, whose role is not required, is not sent anywhere.
            Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(admin, "/admin/bai-viet")).Status);
        }
        finally
        {
            (await admin.PostFormAsync("/admin/nguoi-dung/bao-mat", new Dictionary<string, string>(), "/admin/nguoi-dung/bao-mat")).Dispose();
        }
    }

    [Fact]
    public async Task The_sign_in_history_lists_failed_and_successful_attempts_to_the_account_and_to_admins_and_sign_out_everywhere_ends_other_sessions()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var laptop = portal.Browser();
        laptop.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (May tinh co quan)");
        (await laptop.SignInAsync(email, "MatKhauSai12345")).Dispose();
        (await laptop.SignInAsync(email)).Dispose();
        var phone = portal.Browser();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Dien thoai)");
        (await phone.SignInAsync(email)).Dispose();

        var own = await HtmlPage.GetAsync(phone, "/admin/tai-khoan/lich-su-dang-nhap");
        var userId = await portal.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.Id);
        var admin = await portal.SignedInAsync(Roles.Admin);
        var adminView = await HtmlPage.GetAsync(admin, $"/admin/nguoi-dung/{userId}/lich-su-dang-nhap");

        Assert.Equal(["Đăng nhập thành công", "Đăng nhập thành công", "Sai mật khẩu"], own.Texts(".sign-in-history td:nth-child(2)"));
        Assert.Contains("Mozilla/5.0 (Dien thoai)", own.Texts(".sign-in-history .user-agent"));
        Assert.Contains("Mozilla/5.0 (May tinh co quan)", own.Texts(".sign-in-history .user-agent"));
        Assert.Equal(own.Texts(".sign-in-history td:nth-child(2)"), adminView.Texts(".sign-in-history td:nth-child(2)"));

        using var everywhere = await phone.PostFormAsync("/admin/tai-khoan/lich-su-dang-nhap?handler=SignOutEverywhere", new Dictionary<string, string>(), "/admin/tai-khoan/lich-su-dang-nhap");
        using var laptopAfter = await laptop.GetAsync("/admin");
        using var phoneAfter = await phone.GetAsync("/admin");

        Assert.StartsWith("/admin/dang-nhap", laptopAfter.Headers.Location!.AbsolutePath);
        Assert.StartsWith("/admin/dang-nhap", phoneAfter.Headers.Location!.AbsolutePath);
    }
}

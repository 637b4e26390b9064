using System.Net;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

public class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_right_password_opens_the_newsroom_dashboard()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();

        using var response = await client.SignInAsync(email);
        var dashboard = await HtmlPage.GetAsync(client, "/admin");

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Equal("Tổng quan", dashboard.Text("h1"));
        Assert.Equal(email, dashboard.Text(".sign-out .who"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_vietnamese_and_keeps_the_email()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();

        using var response = await client.SignInAsync(email, "SaiMatKhau123");
        var page = await PageOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NewsroomSignIn.Refused, page.Text(".problems"));
        Assert.Equal(email, page.Document.QuerySelector("#Form_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Empty_fields_get_their_own_vietnamese_messages()
    {
        using var response = await portal.Browser().PostFormAsync("/admin/dang-nhap",
            new Dictionary<string, string> { ["Form.Email"] = "", ["Form.Password"] = "" });
        var page = await PageOfAsync(response);

        Assert.Equal("Vui lòng nhập email.", page.Text("[data-valmsg-for='Form.Email']"));
        Assert.Equal("Vui lòng nhập mật khẩu.", page.Text("[data-valmsg-for='Form.Password']"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();
        for (var i = 0; i < 5; i++)
        {
            (await client.SignInAsync(email, "SaiMatKhau123")).Dispose();
        }

        using var response = await client.SignInAsync(email);
        var page = await PageOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NewsroomSignIn.Refused, page.Text(".problems"));
        Assert.True(await portal.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)));
    }

    [Fact]
    public async Task A_sign_in_link_cannot_send_the_editor_to_another_site()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();

        using var response = await client.PostFormAsync("/admin/dang-nhap?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = Newsroom.Password, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await portal.SignedInAsync(Roles.Editor);

        using var signOut = await client.PostFormAsync("/admin/dang-xuat", new Dictionary<string, string>(), formPage: "/admin");
        using var after = await client.GetAsync("/admin");

        Assert.Equal("/admin/dang-nhap", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_is_signed_out_at_its_next_request()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();
        (await client.SignInAsync(email)).Dispose();

        await portal.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return await users.UpdateSecurityStampAsync(user);
        });
        using var next = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/admin/dang-nhap", next.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_role_taken_away_signs_the_account_out_and_the_next_sign_in_has_the_new_role()
    {
        var email = await portal.CreateAccountAsync(Roles.Admin);
        var client = portal.Browser();
        (await client.SignInAsync(email)).Dispose();
        using var before = await client.GetAsync("/admin/nguoi-dung");

        await portal.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            await users.RemoveFromRoleAsync(user, Roles.Admin);
            await users.AddToRoleAsync(user, Roles.Editor);
            return await users.UpdateSecurityStampAsync(user);
        });
        using var after = await client.GetAsync("/admin/nguoi-dung");
        (await client.SignInAsync(email)).Dispose();
        using var afterSigningInAgain = await client.GetAsync("/admin/nguoi-dung");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("/admin/dang-nhap", after.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, afterSigningInAgain.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_checks_the_old_one_the_length_and_the_list_of_common_passwords_in_vietnamese()
    {
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var client = portal.Browser();
        (await client.SignInAsync(email)).Dispose();

        var wrongCurrent = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change("SaiMatKhau123", "MatKhauMoi2025", "MatKhauMoi2025")));
        var weak = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change(Newsroom.Password, "ngan", "ngan")));
        // Long enough, but a listed password with digits and signs around it; and a Vietnamese one from the project's own list.
        var common = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change(Newsroom.Password, "Password123456!", "Password123456!")));
        var commonVietnamese = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change(Newsroom.Password, "anhyeuem@2024", "anhyeuem@2024")));
        var mismatch = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change(Newsroom.Password, "MatKhauMoi2025", "MatKhauKhac2025")));
        var done = await PageOfAsync(await client.PostFormAsync("/admin/doi-mat-khau", Change(Newsroom.Password, "MatKhauMoi2025", "MatKhauMoi2025")));
        using var stillSignedIn = await client.GetAsync("/admin");
        using var newPasswordWorks = await portal.Browser().SignInAsync(email, "MatKhauMoi2025");

        Assert.Equal("Mật khẩu hiện tại không đúng.", wrongCurrent.Text("[data-valmsg-for='Form.CurrentPassword']"));
        Assert.Contains("Mật khẩu cần ít nhất 12 ký tự.", weak.Text("[data-valmsg-for='Form.NewPassword']"));
        Assert.Equal(CommonPasswords.Refused, common.Text("[data-valmsg-for='Form.NewPassword']"));
        Assert.Equal(CommonPasswords.Refused, commonVietnamese.Text("[data-valmsg-for='Form.NewPassword']"));
        Assert.Equal("Hai lần nhập mật khẩu mới không khớp.", mismatch.Text("[data-valmsg-for='Form.ConfirmPassword']"));
        Assert.Equal("Đã đổi mật khẩu.", done.Text(".notice"));
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal("/admin", newPasswordWorks.Headers.Location?.OriginalString);

        static Dictionary<string, string> Change(string current, string next, string confirm) => new()
        {
            ["Form.CurrentPassword"] = current,
            ["Form.NewPassword"] = next,
            ["Form.ConfirmPassword"] = confirm,
        };
    }

    private static async Task<HtmlPage> PageOfAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await HtmlPage.FromResponseAsync(response);
        }
    }
}

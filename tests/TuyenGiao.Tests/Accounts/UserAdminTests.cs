using System.Net;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

public class UserAdminTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<string> UserIdAsync(string email) =>
        await portal.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.Id);

    private static async Task<string> TemporaryPasswordFrom(HttpResponseMessage response)
    {
        var page = await HtmlPage.FromResponseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Text(".temporary-password");
    }

    [Fact]
    public async Task An_admin_creates_an_editor_who_signs_in_with_the_temporary_password_shown_once()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var email = $"phongvien-{Guid.NewGuid():N}@example.vn";

        var password = await TemporaryPasswordFrom(await admin.PostFormAsync("/admin/nguoi-dung/moi",
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.DisplayName"] = "Lê Thu Hà", ["Form.Role"] = Roles.Editor }));
        var editor = portal.Browser();
        using var signIn = await editor.SignInAsync(email, password);
        var list = await HtmlPage.GetAsync(admin, "/admin/nguoi-dung");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/bai-viet")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/nguoi-dung")).StatusCode);
        Assert.Contains("Lê Thu Hà", list.Text(".admin-table"));
        Assert.DoesNotContain(password, list.Html);
    }

    [Fact]
    public async Task A_taken_email_is_refused_in_vietnamese_keeping_what_was_typed()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var taken = await portal.CreateAccountAsync(Roles.Editor);

        var page = await HtmlPage.FromResponseAsync(await admin.PostFormAsync("/admin/nguoi-dung/moi",
            new Dictionary<string, string> { ["Form.Email"] = taken, ["Form.DisplayName"] = "Người trùng email", ["Form.Role"] = Roles.Editor }));

        Assert.Contains("đã tồn tại", page.Text("[data-valmsg-for='Form.Email']"));
        Assert.Equal("Người trùng email", EditorForm.ValuesOf(page, "form.admin-form")["Form.DisplayName"]);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_at_once_and_refuses_its_next_sign_in()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var editor = portal.Browser();
        using (await editor.SignInAsync(email))
        {
        }
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/bai-viet")).StatusCode);
        var id = await UserIdAsync(email);

        var disable = await HtmlPage.FromResponseAsync(await admin.PostFormAsync($"/admin/nguoi-dung/{id}?handler=Disable", new Dictionary<string, string>(), $"/admin/nguoi-dung/{id}"));
        using var afterDisable = await editor.GetAsync("/admin/bai-viet");
        var signInAgain = await HtmlPage.FromResponseAsync(await portal.Browser().SignInAsync(email));
        var list = await HtmlPage.GetAsync(admin, "/admin/nguoi-dung");

        Assert.Equal("Đã vô hiệu hóa tài khoản: người này bị đăng xuất ngay và không đăng nhập được nữa.", disable.Text(".notice"));
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.StartsWith("/admin/dang-nhap", afterDisable.Headers.Location!.AbsolutePath);
        Assert.Equal(NewsroomSignIn.Refused, signInAgain.Text(".problems"));
        Assert.Contains("Đã vô hiệu hóa", list.Text(".admin-table"));
    }

    [Fact]
    public async Task Resetting_a_password_replaces_the_old_one_and_a_role_change_applies_on_the_next_sign_in()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var email = await portal.CreateAccountAsync(Roles.Editor);
        var id = await UserIdAsync(email);

        var password = await TemporaryPasswordFrom(await admin.PostFormAsync($"/admin/nguoi-dung/{id}?handler=ResetPassword",
            new Dictionary<string, string>(), $"/admin/nguoi-dung/{id}"));
        var oldPassword = await HtmlPage.FromResponseAsync(await portal.Browser().SignInAsync(email));
        using var promote = await admin.PostFormAsync($"/admin/nguoi-dung/{id}",
            new Dictionary<string, string> { ["Form.DisplayName"] = "Biên tập lên quản trị", ["Form.Role"] = Roles.Admin });
        var promoted = portal.Browser();
        using var newPassword = await promoted.SignInAsync(email, password);
        var users = await HtmlPage.GetAsync(promoted, "/admin/nguoi-dung");

        // The old password is refused with the message a person sees; the new one opens the newsroom, as an admin now.
        Assert.Equal(NewsroomSignIn.Refused, oldPassword.Text(".problems"));
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Equal("Người dùng", users.Text("h1"));
        Assert.Contains("Biên tập lên quản trị", users.Text(".admin-table"));
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        var email = $"quantri-{Guid.NewGuid():N}@example.vn";
        var admin = await portal.SignedInAsync(Roles.Admin, email);
        var id = await UserIdAsync(email);

        var page = await HtmlPage.FromResponseAsync(await admin.PostFormAsync($"/admin/nguoi-dung/{id}?handler=Disable",
            new Dictionary<string, string>(), $"/admin/nguoi-dung/{id}"));

        Assert.Equal("Không thể tự vô hiệu hóa tài khoản của chính mình.", page.Text(".error-summary"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }
}

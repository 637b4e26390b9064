using System.Net;
using System.Text.RegularExpressions;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

public sealed class CreateAdminCommandTests : DataFolderTest
{
    private Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments) =>
        AppProcess.RunAsync(DataFolder, environment: null, arguments);

    [Fact]
    public async Task The_first_admin_comes_from_the_command_and_can_sign_in_with_the_printed_password()
    {
        var (exitCode, output) = await RunAppAsync("create-admin", "--email", "quantri@tinh.gov.vn", "--name", "Trần Văn Quản");
        var password = Regex.Match(output, @"Mật khẩu: (\S+)").Groups[1].Value;

        Assert.Equal(0, exitCode);
        Assert.Contains("Đã tạo tài khoản quản trị quantri@tinh.gov.vn.", output);
        Assert.Matches("^[A-Za-z0-9]{16}$", password);

        await using var portal = PortalFactory.OnDataFolder(DataFolder);
        var client = portal.Browser();
        using var signIn = await client.SignInAsync("quantri@tinh.gov.vn", password);
        var users = await HtmlPage.GetAsync(client, "/admin/nguoi-dung");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Contains("Trần Văn Quản", users.Text(".admin-table"));
    }

    /// <summary>The newsroom's first day, as the README tells it, through the forms a person would use.</summary>
    [Fact]
    public async Task An_admin_from_the_command_sets_up_an_editor_who_publishes_an_illustrated_article_readers_see()
    {
        var (_, output) = await RunAppAsync("create-admin", "--email", "quantri@tinh.gov.vn", "--name", "Trần Văn Quản");
        var adminPassword = Regex.Match(output, @"Mật khẩu: (\S+)").Groups[1].Value;
        await using var portal = PortalFactory.OnDataFolder(DataFolder);

        var admin = portal.Browser();
        using (await admin.SignInAsync("quantri@tinh.gov.vn", adminPassword))
        {
        }
        using (await admin.PostFormAsync("/admin/chuyen-muc", new Dictionary<string, string>
               { ["Form.Name"] = "Sinh hoạt chi bộ kiểu mẫu", ["Form.DisplayOrder"] = "1", ["Form.ShowInMenu"] = "true" }))
        {
        }
        var editorPage = await HtmlPage.FromResponseAsync(await admin.PostFormAsync("/admin/nguoi-dung/moi", new Dictionary<string, string>
            { ["Form.Email"] = "bientap@tinh.gov.vn", ["Form.DisplayName"] = "Phạm Thị Biên", ["Form.Role"] = "Editor" }));

        var editor = portal.Browser();
        using (await editor.SignInAsync("bientap@tinh.gov.vn", editorPage.Text(".temporary-password")))
        {
        }
        var form = await EditorForm.OpenAsync(editor, "/admin/bai-viet/moi");
        var categoryId = (await HtmlPage.GetAsync(editor, "/admin/bai-viet/moi")).Document
            .QuerySelectorAll("#Form_CategoryId option").First(o => o.TextContent == "Sinh hoạt chi bộ kiểu mẫu").GetAttribute("value")!;
        form["Form.Title"] = "Chi bộ thôn Đông học tập và làm theo Bác";
        form["Form.Sapo"] = "Một buổi sinh hoạt chuyên đề giản dị mà sâu sắc.";
        form["Form.BodyMarkdown"] = "Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề.";
        form["Form.CategoryId"] = categoryId;
        var withImage = await HtmlPage.FromResponseAsync(await editor.PostWithFileAsync(
            "/admin/bai-viet/moi?handler=Upload", form, "sinh-hoat-chi-bo.jpg", TestImages.Jpeg(1200, 800), "/admin/bai-viet/moi"));
        var preview = await HtmlPage.FromResponseAsync(await editor.PostFormAsync(
            "/admin/bai-viet/moi?handler=Preview", EditorForm.ValuesOf(withImage), "/admin/bai-viet/moi"));
        var id = await EditorForm.CreateArticleAsync(editor, EditorForm.ValuesOf(preview), "Publish");

        var reader = portal.CreateClient();
        var category = await HtmlPage.GetAsync(reader, "/sinh-hoat-chi-bo-kieu-mau");
        var article = await HtmlPage.GetAsync(reader, $"/sinh-hoat-chi-bo-kieu-mau/chi-bo-thon-dong-hoc-tap-va-lam-theo-bac-{id}");
        var image = article.Document.QuerySelector(".article-body img")!;

        Assert.Equal("sinh-hoat-chi-bo", preview.Document.QuerySelector(".preview .article-body img")!.GetAttribute("alt"));
        Assert.Contains("Chi bộ thôn Đông học tập và làm theo Bác", category.Texts(".story-title"));
        Assert.Equal("Chi bộ thôn Đông học tập và làm theo Bác", article.Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(image.GetAttribute("src"))).StatusCode);
        Assert.EndsWith("1200w", image.GetAttribute("srcset"));
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_is_refused_with_a_vietnamese_reason()
    {
        var weak = await RunAppAsync("create-admin", "--email", "a@tinh.gov.vn", "--password", "ngan");
        var first = await RunAppAsync("create-admin", "--email", "b@tinh.gov.vn", "--password", "MatKhauManh2024");
        var taken = await RunAppAsync("create-admin", "--email", "b@tinh.gov.vn", "--password", "MatKhauManh2024");
        var missing = await RunAppAsync("create-admin");

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("Mật khẩu cần ít nhất 12 ký tự.", weak.Output);
        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("Mật khẩu:", first.Output);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("đã tồn tại", taken.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Thiếu email", missing.Output);
    }
}

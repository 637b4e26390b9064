using System.Net;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Settings;

public class SettingsAndAuditTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Settings(string siteName, string email = "bantuyengiao@tinh.gov.vn") => new()
    {
        ["Form.SiteName"] = siteName, ["Form.BoardName"] = "Ban Tuyên giáo Tỉnh ủy Mẫu Sơn",
        ["Form.Address"] = "Số 1 đường Lê Lợi, TP. Mẫu Sơn", ["Form.Phone"] = "0203 3812 345",
        ["Form.Email"] = email, ["Form.FooterText"] = "Người chịu trách nhiệm: Trưởng Ban.",
    };

    [Fact]
    public async Task Saved_settings_show_in_the_public_header_and_footer()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);

        using var saved = await admin.PostFormAsync("/admin/cai-dat", Settings("Cổng Tuyên giáo Mẫu Sơn"));
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Cổng Tuyên giáo Mẫu Sơn", home.Document.Title);
        Assert.Contains("Số 1 đường Lê Lợi, TP. Mẫu Sơn", home.Text("footer"));
        Assert.Contains("Người chịu trách nhiệm: Trưởng Ban.", home.Text("footer"));
    }

    [Fact]
    public async Task A_bad_email_is_explained_and_nothing_typed_is_lost()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);

        var page = await HtmlPage.FromResponseAsync(await admin.PostFormAsync("/admin/cai-dat", Settings("Tên mới chưa lưu", email: "khong-phai-email")));

        Assert.Equal("Email không hợp lệ.", page.Text("[data-valmsg-for='Form.Email']"));
        Assert.Equal("Tên mới chưa lưu", EditorForm.ValuesOf(page, "form.admin-form")["Form.SiteName"]);
    }

    [Fact]
    public async Task The_audit_log_names_who_did_what_to_which_record()
    {
        var email = $"quantri-{Guid.NewGuid():N}@example.vn";
        var admin = await portal.SignedInAsync(Roles.Admin, email);
        using (await admin.PostFormAsync("/admin/chuyen-muc", new Dictionary<string, string>
               { ["Form.Name"] = "Chuyên mục để kiểm tra nhật ký", ["Form.DisplayOrder"] = "9", ["Form.ShowInMenu"] = "false" }))
        {
        }
        using (await admin.PostFormAsync("/admin/cai-dat", Settings("Cổng sau khi ghi nhật ký")))
        {
        }

        var log = await HtmlPage.GetAsync(admin, "/admin/nhat-ky");
        var categoriesOnly = await HtmlPage.GetAsync(admin, "/admin/nhat-ky?loai=Chuy%C3%AAn+m%E1%BB%A5c");
        var rows = log.Document.QuerySelectorAll(".audit-table tbody tr")
            .Select(tr => string.Join(" | ", tr.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()))).ToList();

        Assert.Equal($"{email} | Sửa cài đặt trang | Cài đặt | Cổng sau khi ghi nhật ký", rows[0]);
        Assert.Equal($"{email} | Tạo chuyên mục | Chuyên mục | Chuyên mục để kiểm tra nhật ký", rows[1]);
        Assert.All(categoriesOnly.Texts(".audit-table tbody td:nth-child(4)"), type => Assert.Equal("Chuyên mục", type));
    }
}

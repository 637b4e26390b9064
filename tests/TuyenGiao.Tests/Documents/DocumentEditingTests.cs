using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Audit;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

public sealed class DocumentEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_field_is_checked_beside_itself_and_everything_typed_comes_back()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = await DocumentNewsroom.FieldsAsync(portal, "//", "Kế hoạch có lỗi", status: "Superseded");
        fields["Form.IssuedOn"] = "2025-06-10";
        fields["Form.EffectiveOn"] = "2025-06-01";
        fields["Form.TypeId"] = (await DocumentNewsroom.LabelAsync(portal, "Tỉnh ủy")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{DocumentNewsroom.NewPage}?handler=Save", fields, DocumentNewsroom.NewPage));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Vui lòng nhập số/ký hiệu của văn bản, ví dụ 45-NQ/TW.", page.Text("[data-valmsg-for='Form.Number']"));
        Assert.Equal("Vui lòng chọn loại văn bản trong danh sách.", page.Text("[data-valmsg-for='Form.TypeId']"));
        Assert.Equal("Ngày hiệu lực không thể trước ngày ban hành.", page.Text("[data-valmsg-for='Form.EffectiveOn']"));
        Assert.Equal("Văn bản bị thay thế: hãy nhập số/ký hiệu của văn bản thay thế nó.", page.Text("[data-valmsg-for='Form.SupersededByNumber']"));
        var values = EditorForm.ValuesOf(page);
        Assert.Equal("//", values["Form.Number"]);
        Assert.Equal("Kế hoạch có lỗi", values["Form.Title"]);
        Assert.Equal("Phạm Thu Trang", values["Form.Signer"]);
        Assert.False(await portal.WithDatabaseAsync(db => db.LegalDocuments.AnyAsync(d => d.Title == "Kế hoạch có lỗi")));
    }

    [Fact]
    public async Task A_number_the_issuer_already_used_is_refused()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        await DocumentNewsroom.CreateAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "70-KH/BTGTU", "Kế hoạch thứ nhất"));

        var page = await HtmlPage.FromResponseAsync(await editor.PostFormAsync($"{DocumentNewsroom.NewPage}?handler=Save",
            await DocumentNewsroom.FieldsAsync(portal, "70 kh btgtu", "Kế hoạch trùng số"), DocumentNewsroom.NewPage));

        Assert.Equal("Cơ quan này đã có văn bản số 70 kh btgtu trong thư viện.", page.Text("[data-valmsg-for='Form.Number']"));
    }

    [Theory]
    [InlineData("71-NQ/TU", "TỐI MẬT", "TỐI MẬT")]
    [InlineData("72-NQ/TU", "TOI MAT", "TOI MAT")]
    public async Task A_file_stamped_secret_cannot_be_published_and_the_refusal_quotes_the_mark_and_the_file(string number, string stamp, string quoted)
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = await DocumentNewsroom.FieldsAsync(portal, number, $"Nghị quyết số {number} về công tác cán bộ");
        var id = await DocumentNewsroom.CreateAsync(editor, fields);
        using (await DocumentNewsroom.UploadAsync(editor, id, "Nghị quyết.pdf", DemoDocumentFiles.Pdf(["ĐẢNG BỘ TỈNH", stamp, "Về công tác cán bộ nhiệm kỳ tới."])))
        {
        }
        // An editor who crafts the admin's override by hand gets no further.
        fields["Form.OverrideConfidentiality"] = "true";

        var page = await HtmlPage.FromResponseAsync(await DocumentNewsroom.PublishAsync(editor, id, fields));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var message = page.Text("[data-valmsg-for='Form.OverrideConfidentiality']");
        Assert.StartsWith($"Không thể xuất bản: văn bản có dấu “{quoted}” (tệp “Nghị quyết.pdf”:", message);
        Assert.False(await portal.WithDatabaseAsync(db => db.LegalDocuments.Where(d => d.Id == id).Select(d => d.IsPublished).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync($"/van-ban/x-{id}")).StatusCode);
    }

    [Fact]
    public async Task An_admin_can_override_the_guard_and_the_override_is_in_the_audit_log()
    {
        var admin = await portal.SignedInAsync(Roles.Admin);
        var fields = await DocumentNewsroom.FieldsAsync(portal, "80-TB/BTGTU", "Thông báo về hội thảo “Tài liệu lưu hành nội bộ trong lịch sử”", type: "Thông báo");
        var id = await DocumentNewsroom.CreateAsync(admin, fields);
        using (await DocumentNewsroom.UploadAsync(admin, id, "thong-bao.pdf", DemoDocumentFiles.Pdf(["Hội thảo khoa học."])))
        {
        }
        var refused = await HtmlPage.FromResponseAsync(await DocumentNewsroom.PublishAsync(admin, id, fields));
        Assert.Contains("“lưu hành nội bộ” (trích yếu:", refused.Text("[data-valmsg-for='Form.OverrideConfidentiality']"));

        fields["Form.OverrideConfidentiality"] = "true";
        using var published = await DocumentNewsroom.PublishAsync(admin, id, fields);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/van-ban/x-{id}")).StatusCode);
        var actions = await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.RecordType == AuditRecordTypes.Document && e.RecordId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("Quản trị viên xác nhận đăng văn bản dù có dấu “lưu hành nội bộ” (trích yếu)", actions);
        Assert.Contains("Xuất bản văn bản", actions);
    }

    [Fact]
    public async Task Replacing_a_file_keeps_the_old_one_in_the_history_and_readers_get_the_new_one()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var fields = await DocumentNewsroom.FieldsAsync(portal, "81-HD/BTGTU", "Hướng dẫn tuyên truyền kỷ niệm ngày thành lập", type: "Hướng dẫn");
        var id = await DocumentNewsroom.PublishedAsync(editor, fields, "Hướng dẫn bản 1.pdf", DemoDocumentFiles.Pdf(["Bản thứ nhất về khẩu hiệu tuyên truyền."]));
        var oldFileId = await portal.WithDatabaseAsync(db => db.DocumentFiles.Where(f => f.DocumentId == id).Select(f => f.Id).SingleAsync());

        using var replaced = await editor.PostWithFilesAsync($"{DocumentNewsroom.EditPage(id)}?handler=Replace",
            new Dictionary<string, string> { ["fileId"] = oldFileId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "replacement", [("Hướng dẫn bản 2.pdf", DemoDocumentFiles.Pdf(["Bản sửa đổi bổ sung pháo hoa tầm thấp."]))], DocumentNewsroom.EditPage(id));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var newsroom = await HtmlPage.GetAsync(editor, DocumentNewsroom.EditPage(id));
        Assert.Contains("Hướng dẫn bản 1.pdf", newsroom.Text(".admin-file-list.history"));
        var reader = portal.CreateClient();
        Assert.Equal(["81-HD/BTGTU"], await DocumentNewsroom.NumbersFoundAsync(reader, "q=phao+hoa+tam+thap"));
        Assert.Empty(await DocumentNewsroom.NumbersFoundAsync(reader, "q=ban+thu+nhat+khau+hieu"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban/tep/{oldFileId}/x.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_superseded_document_links_to_its_replacement_and_the_replacement_links_back()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var newer = await DocumentNewsroom.PublishedAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "60-QĐ/BTGTU", "Quyết định mới về quy chế cộng tác viên", type: "Quyết định", issuedOn: "2026-01-05"),
            "qd-moi.pdf", DemoDocumentFiles.Pdf(["Quy chế mới."]));
        var older = await DocumentNewsroom.PublishedAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "20-QĐ/BTGTU", "Quyết định cũ về quy chế cộng tác viên", type: "Quyết định",
            issuedOn: "2020-01-05", status: "Superseded", supersededBy: "60/qđ-btgtu"), "qd-cu.pdf", DemoDocumentFiles.Pdf(["Quy chế cũ."]));
        var reader = portal.CreateClient();

        var olderPage = await HtmlPage.GetAsync(reader, $"/van-ban/quyet-dinh-cu-ve-quy-che-cong-tac-vien-{older}");
        var newerPage = await HtmlPage.GetAsync(reader, $"/van-ban/quyet-dinh-moi-ve-quy-che-cong-tac-vien-{newer}");

        Assert.Contains("Bị thay thế bởi 60-QĐ/BTGTU", olderPage.Text(".document-fields"));
        Assert.Contains("Thay thế văn bản 20-QĐ/BTGTU", newerPage.Text(".document-fields"));
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.Accounts;
using TuyenGiao.Content;
using TuyenGiao.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.Tests.Browser;

/// <summary>The writing desk: the visual editor over the article's Markdown, photos with captions, nothing lost.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestSuites.Trait, TestSuites.Browser)]
public class WritingDeskJourneyTests(BrowserSession session)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_editor_writes_with_the_toolbar_inserts_a_captioned_photo_and_readers_see_the_figure(string screen)
    {
        var page = await session.SignedInAsync(Roles.Editor, screen == "phone" ? BrowserSession.Phone : BrowserSession.Desktop);
        var refusedByPolicy = ContentSecurityPolicyWatch.Watch(page);
        var title = $"Hội nghị tổng kết công tác tuyên giáo {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/admin/bai-viet/moi");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "— Thời sự trong tỉnh" });

        await BrowserSession.ArticleBody(page).ClickAsync();
        await page.Keyboard.TypeAsync("Sáng nay, ");
        await ToolAsync(page, "bold");
        await page.Keyboard.TypeAsync("hội nghị");
        await ToolAsync(page, "bold");
        await page.Keyboard.TypeAsync(" khai mạc tại hội trường Tỉnh ủy.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Hội nghị kéo dài một ngày.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh có chú thích" }).ClickAsync();
        var dialog = page.Locator("#photo-dialog");
        await dialog.GetByLabel(new Regex("^Ảnh")).SetInputFilesAsync(new FilePayload { Name = "hoi-nghi.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1600, 1067) });
        await dialog.GetByLabel("Chú thích ảnh").FillAsync("Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.");
        await dialog.GetByLabel(new Regex("^Người chụp")).FillAsync("Hoàng Anh");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync(new Regex(@"\*\*hội nghị\*\*[\s\S]*!\[Quang cảnh hội nghị tại điểm cầu Tỉnh ủy\.\]\(/media/[^)]+\)\s+\*Quang cảnh hội nghị tại điểm cầu Tỉnh ủy\. \(Ảnh: Hoàng Anh\)\*"));
        await Expect(page.Locator(".desk-status")).ToContainTextAsync("chữ");
        await BrowserSession.ScreenshotAsync(page, "ban-viet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice").First).ToHaveTextAsync("Đã lưu. Bài viết đang hiện trên trang công khai.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).ClickAsync();

        await Expect(page.Locator("h1.article-title")).ToHaveTextAsync(title);
        await Expect(page.Locator(".article-body strong")).ToHaveTextAsync("hội nghị");
        await Expect(page.Locator(".article-body p").Nth(1)).ToHaveTextAsync("Hội nghị kéo dài một ngày.");
        await Expect(page.Locator(".article-body figure img")).ToHaveAttributeAsync("alt", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.");
        await Expect(page.Locator(".article-body figure figcaption")).ToHaveTextAsync("Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. (Ảnh: Hoàng Anh)");
        Assert.Empty(refusedByPolicy);
    }

    [Fact]
    public async Task A_photo_already_in_the_library_is_found_by_its_name_and_goes_into_the_text_and_the_cover()
    {
        var page = await session.SignedInAsync(Roles.Editor);
        var name = $"le-ky-niem-{Guid.NewGuid().ToString("N")[..6]}.jpg";
        await page.GotoAsync("/admin/anh");
        await page.GetByLabel("Chọn ảnh (JPEG, PNG hoặc WebP)").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 800) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Đã tải lên");
        await page.GotoAsync("/admin/bai-viet/moi");
        var dialog = page.Locator("#photo-dialog");

        await BrowserSession.ArticleBody(page).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh có chú thích" }).ClickAsync();
        await dialog.GetByLabel("Tìm theo tên tệp").FillAsync(name[..16]);
        await dialog.Locator(".photo-choice", new() { HasText = name }).ClickAsync();
        await dialog.GetByLabel("Chú thích ảnh").FillAsync("Lễ kỷ niệm ngày thành lập.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn ảnh đại diện (tải lên hoặc từ kho)" }).ClickAsync();
        await dialog.GetByLabel("Tìm theo tên tệp").FillAsync(name[..16]);
        await dialog.Locator(".photo-choice", new() { HasText = name }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();

        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync(new Regex(@"!\[Lễ kỷ niệm ngày thành lập\.\]\((/media/[^)]+)\)\s+\*Lễ kỷ niệm ngày thành lập\.\*"));
        await Expect(page.GetByLabel("Ảnh đại diện (đường dẫn)")).ToHaveValueAsync(new Regex(@"^/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}-1200\.jpg$"));
    }

    [Fact]
    public async Task The_preview_is_the_servers_rendering_and_the_card_shows_the_link_as_it_will_be_shared()
    {
        var page = await session.SignedInAsync(Roles.Editor);
        await page.GotoAsync("/admin/bai-viet/moi");
        await page.GetByLabel("Tiêu đề").FillAsync("Hội nghị báo cáo viên");
        await page.GetByLabel("Sapo").FillAsync("Sáng nay, Ban Tuyên giáo tổ chức hội nghị báo cáo viên tháng 12.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Xem nhanh như trên trang" }).ClickAsync();
        await page.EvaluateAsync("""
            () => document.querySelector('form.article-editor').writingDesk.editor
                .setMarkdown('Đoạn mở đầu.\n\n![Hội trường](/media/hoi-truong.jpg)\n\n*Quang cảnh hội trường.*')
            """);

        await Expect(page.Locator(".desk-preview .article-body > p")).ToHaveTextAsync("Đoạn mở đầu.");
        await Expect(page.Locator(".desk-preview figure figcaption")).ToHaveTextAsync("Quang cảnh hội trường.");
        await Expect(page.Locator(".share-card-title")).ToHaveTextAsync("Hội nghị báo cáo viên");
        await Expect(page.Locator(".share-card-sapo")).ToHaveTextAsync("Sáng nay, Ban Tuyên giáo tổ chức hội nghị báo cáo viên tháng 12.");
        await Expect(page.Locator(".length-hint").First).ToHaveTextAsync("21 ký tự — tiêu đề nên dài từ 40 đến 100 ký tự.");
        await Expect(page.Locator(".length-hint").Nth(1)).ToHaveTextAsync("64 ký tự — sapo nên dài từ 120 đến 300 ký tự.");
    }

    [Fact]
    public async Task Text_typed_on_a_phone_is_kept_in_the_browser_and_offered_back_after_the_page_is_reloaded()
    {
        var page = await session.SignedInAsync(Roles.Contributor, BrowserSession.Phone);
        await page.GotoAsync("/admin/bai-viet/moi");
        await page.GetByLabel("Tiêu đề").FillAsync("Tin nhanh từ hội nghị ở xã");
        await BrowserSession.ArticleBody(page).ClickAsync();
        await page.Keyboard.TypeAsync("Đoàn viên xã Tân Lập dự hội nghị học tập nghị quyết.");
        await Expect(page.Locator(".desk-status")).ToContainTextAsync("đã giữ bản nháp trong trình duyệt");

        await page.ReloadAsync();
        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục bản đang viết dở" }).ClickAsync();

        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync("Đoàn viên xã Tân Lập dự hội nghị học tập nghị quyết.");
        await Expect(page.GetByLabel("Tiêu đề")).ToHaveValueAsync("Tin nhanh từ hội nghị ở xã");
        await Expect(BrowserSession.ArticleBody(page)).ToContainTextAsync("Đoàn viên xã Tân Lập");
        await ReaderJourneyTests.AssertNothingOverflowsAsync(page);
    }

    [Fact]
    public async Task A_sign_in_that_expires_mid_writing_is_said_at_once_and_after_signing_in_again_in_a_new_tab_nothing_typed_is_lost()
    {
        var email = await session.Portal.CreateAccountAsync(Roles.Editor);
        var page = await session.NewPageAsync(BrowserSession.Desktop);
        await BrowserSession.SignInAsync(page, email);
        var title = $"Tin viết khi phiên hết hạn {Guid.NewGuid().ToString("N")[..6]}";
        await page.GotoAsync("/admin/bai-viet/moi");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "— Thời sự trong tỉnh" });
        await BrowserSession.ArticleBody(page).ClickAsync();
        await page.Keyboard.TypeAsync("Đoạn viết trước khi phiên hết hạn.");
        await Expect(page.Locator(".desk-status")).ToContainTextAsync("đã tự lưu lên máy chủ");

        // The sign-in runs out while the writer goes on typing; with all the site's cookies here, so that the
        // form's token on the page no longer passes either and the desk must take a new one.
        await page.Context.ClearCookiesAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Đoạn viết sau khi phiên hết hạn.");
        var prompt = page.Locator(".desk-signed-out");
        await Expect(prompt).ToContainTextAsync("Phiên đăng nhập đã hết hạn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/bai-viet/moi$"));
        await Expect(prompt.GetByRole(AriaRole.Link)).ToBeFocusedAsync();

        var signIn = await page.RunAndWaitForPopupAsync(() => prompt.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập lại (mở thẻ mới)" }).ClickAsync());
        await BrowserSession.FillSignInAsync(signIn, email);
        await signIn.CloseAsync();
        await page.BringToFrontAsync();

        await Expect(prompt).ToBeHiddenAsync(new() { Timeout = 25_000 });
        await Expect(page.Locator(".desk-status")).ToContainTextAsync("đã tự lưu lên máy chủ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice").First).ToHaveTextAsync("Đã lưu. Bài viết đang hiện trên trang công khai.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên trang công khai" }).ClickAsync();
        await Expect(page.Locator(".article-body p")).ToHaveTextAsync(["Đoạn viết trước khi phiên hết hạn.", "Đoạn viết sau khi phiên hết hạn."]);
    }

    [Fact]
    public async Task What_was_autosaved_while_writing_on_a_phone_is_offered_back_on_a_desktop()
    {
        var email = await session.Portal.CreateAccountAsync(Roles.Contributor);
        var phone = await session.NewPageAsync(BrowserSession.Phone);
        await BrowserSession.SignInAsync(phone, email);
        await phone.GotoAsync("/admin/bai-viet/moi");
        await phone.GetByLabel("Tiêu đề").FillAsync("Tin từ điểm cầu xã Tân Lập");
        await BrowserSession.ArticleBody(phone).ClickAsync();
        await phone.Keyboard.TypeAsync("Hội nghị trực tuyến có 40 đại biểu dự.");
        await Expect(phone.Locator(".desk-status")).ToContainTextAsync("đã tự lưu lên máy chủ");

        var desktop = await session.NewPageAsync(BrowserSession.Desktop);
        await BrowserSession.SignInAsync(desktop, email);
        await desktop.GotoAsync("/admin/bai-viet/moi");
        await Expect(desktop.Locator(".desk-restore")).ToContainTextAsync("Máy chủ còn giữ một bản tự lưu lúc");
        await desktop.GetByRole(AriaRole.Button, new() { Name = "Khôi phục bản đang viết dở" }).ClickAsync();

        await Expect(BrowserSession.StoredArticleBody(desktop)).ToHaveValueAsync("Hội nghị trực tuyến có 40 đại biểu dự.");
        await Expect(desktop.GetByLabel("Tiêu đề")).ToHaveValueAsync("Tin từ điểm cầu xã Tân Lập");
    }

    [Fact]
    public async Task A_paste_from_word_keeps_headings_emphasis_lists_links_and_tables_and_drops_office_markup()
    {
        var page = await session.SignedInAsync(Roles.Editor);
        await page.GotoAsync("/admin/bai-viet/moi");

        await PasteAsync(page, ClipboardFixtures.Word);

        await Expect(page.Locator("#upload-error")).ToContainTextAsync("1 ảnh trong phần vừa dán");
        Assert.Equal("""
            ## Kết quả học tập nghị quyết

            Sáng ngày 20/10, Ban Tuyên giáo huyện tổ chức **hội nghị** học tập *Nghị quyết Trung ương 8*.

            * 120 đảng viên dự
            * Thời gian một ngày

            Xem thêm tại [trang Ban Tuyên giáo Trung ương](https://tuyengiao.vn/).

            | **Chỉ tiêu** | **Kết quả** |
            | -------- | ------- |
            | Đảng viên mới | 120 |
            """, (await BrowserSession.StoredArticleBody(page).InputValueAsync()).TrimEnd());
    }

    [Fact]
    public async Task A_paste_from_google_docs_keeps_its_bold_and_italics_and_its_photo_goes_to_the_image_library()
    {
        var page = await session.SignedInAsync(Roles.Editor);
        await page.GotoAsync("/admin/bai-viet/moi");

        await PasteAsync(page, ClipboardFixtures.GoogleDocs.Replace("{PNG}", Convert.ToBase64String(TestImages.Png(80, 60)), StringComparison.Ordinal));

        await Expect(BrowserSession.StoredArticleBody(page)).ToHaveValueAsync(new Regex(@"/media/"));
        var stored = await BrowserSession.StoredArticleBody(page).InputValueAsync();
        Assert.Equal("""
            ## Hội thi tuyên truyền viên giỏi

            Hội thi có **24 thí sinh** *đến từ các xã*.

            * Vòng sơ khảo
            * Vòng chung kết

            ![](/media/…)
            """, Regex.Replace(stored, @"/media/[^)]+", "/media/…"));
    }

    /// <summary>Presses a toolbar button; on a phone the toolbar keeps what does not fit under "Thêm công cụ".</summary>
    private static async Task ToolAsync(IPage page, string name)
    {
        var shown = page.Locator($".writing-desk button.{name} >> visible=true");
        if (await shown.CountAsync() == 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm công cụ" }).ClickAsync();
        }
        await shown.ClickAsync();
    }

    /// <summary>Pastes as the browser does when the writer presses Ctrl+V with <paramref name="html"/> on the clipboard.</summary>
    private static async Task PasteAsync(IPage page, string html)
    {
        await BrowserSession.ArticleBody(page).ClickAsync();
        await page.EvaluateAsync("""
            html => {
                const data = new DataTransfer();
                data.setData('text/html', html);
                data.setData('text/plain', 'dán');
                document.querySelector('.writing-desk .ProseMirror')
                    .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, html);
    }

    /// <summary>
    /// Every construct the toolbar makes, as Markdown, into the visual editor and back out: the public page
    /// must show what it would have shown for the Markdown as typed, and that is the expected HTML.
    /// </summary>
    [Fact]
    public async Task What_the_visual_editor_writes_back_renders_as_the_markdown_it_was_given()
    {
        var samples = new (string Markdown, string Html)[]
        {
            ("Đoạn thứ nhất.\n\nĐoạn thứ hai.", "<p>Đoạn thứ nhất.</p>\n<p>Đoạn thứ hai.</p>"),
            ("## Tiêu đề nhỏ", "<h2>Tiêu đề nhỏ</h2>"),
            ("### Tiêu đề cấp ba", "<h3>Tiêu đề cấp ba</h3>"),
            ("Chữ **đậm**, *nghiêng* và ~~gạch ngang~~.", "<p>Chữ <strong>đậm</strong>, <em>nghiêng</em> và <del>gạch ngang</del>.</p>"),
            ("- Một\n- Hai", "<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>"),
            ("1. Thứ nhất\n2. Thứ hai", "<ol>\n<li>Thứ nhất</li>\n<li>Thứ hai</li>\n</ol>"),
            ("> Lời trích dẫn.", "<blockquote>\n<p>Lời trích dẫn.</p>\n</blockquote>"),
            ("Xem [Cổng thông tin](https://chinhphu.vn/).", "<p>Xem <a href=\"https://chinhphu.vn/\" rel=\"nofollow noopener noreferrer\">Cổng thông tin</a>.</p>"),
            ("Đoạn trên.\n\n***\n\nĐoạn dưới.", "<p>Đoạn trên.</p>\n<hr>\n<p>Đoạn dưới.</p>"),
            ("| Chỉ tiêu | Kết quả |\n| --- | --- |\n| Đảng viên mới | 120 |",
                "<table>\n<thead>\n<tr>\n<th>Chỉ tiêu</th>\n<th>Kết quả</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Đảng viên mới</td>\n<td>120</td>\n</tr>\n</tbody>\n</table>"),
            ("![Hội nghị](/media/hoi-nghi.jpg)\n\n*Quang cảnh hội nghị. (Ảnh: Hoàng Anh)*",
                "<figure><img src=\"/media/hoi-nghi.jpg\" alt=\"Hội nghị\" loading=\"lazy\"><figcaption>Quang cảnh hội nghị. (Ảnh: Hoàng Anh)</figcaption></figure>"),
        };
        var renderer = new MarkdownRenderer();
        var page = await session.SignedInAsync(Roles.Editor);
        await page.GotoAsync("/admin/bai-viet/moi");
        await Expect(BrowserSession.ArticleBody(page)).ToBeVisibleAsync();

        var differences = new List<string>();
        foreach (var (markdown, html) in samples)
        {
            var written = await page.EvaluateAsync<string>("""
                markdown => {
                    const desk = document.querySelector('form.article-editor').writingDesk;
                    desk.editor.changeMode('wysiwyg', true);
                    desk.editor.setMarkdown(markdown);
                    return desk.markdown();
                }
                """, markdown);
            if (renderer.RenderSafeHtml(markdown) != html)
            {
                differences.Add($"as typed, {markdown}: {renderer.RenderSafeHtml(markdown)}");
            }
            if (renderer.RenderSafeHtml(written) != html)
            {
                differences.Add($"through the editor, {markdown} → {written}: {renderer.RenderSafeHtml(written)}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}

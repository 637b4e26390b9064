using AngleSharp.Html.Parser;
using TuyenGiao.Content;

namespace TuyenGiao.Tests.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    private AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument($"<body>{_renderer.RenderSafeHtml(markdown)}</body>");

    [Fact]
    public void Vietnamese_text_and_emphasis_come_out_as_typed()
    {
        var html = _renderer.RenderSafeHtml("**Tuyên giáo** là *công tác* quan trọng.");
        Assert.Equal("<p><strong>Tuyên giáo</strong> là <em>công tác</em> quan trọng.</p>", html);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var document = Render("| Chỉ tiêu | Kết quả |\n| --- | ---: |\n| Năng suất | 64 |");
        Assert.Equal(["Chỉ tiêu", "Kết quả"], document.QuerySelectorAll("table thead th").Select(th => th.TextContent));
        Assert.Equal(["Năng suất", "64"], document.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Figures_keep_their_caption()
    {
        var document = Render("^^^\n![Cánh đồng lúa](/media/lua.jpg)\n^^^ Cánh đồng lúa ngày thu hoạch.");
        var figure = document.QuerySelector("figure")!;
        Assert.Equal("/media/lua.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Cánh đồng lúa", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Cánh đồng lúa ngày thu hoạch.", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void A_photo_followed_by_a_paragraph_in_italics_is_a_figure_with_that_caption()
    {
        var document = Render("Mở đầu.\n\n![Hội nghị](/media/hoi-nghi.jpg)\n\n*Quang cảnh hội nghị tại điểm cầu **Tỉnh ủy**. Ảnh: Hoàng Anh*\n\nĐoạn tiếp theo.");
        var figure = document.QuerySelector("figure")!;

        Assert.Equal("/media/hoi-nghi.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Hoàng Anh", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Tỉnh ủy", figure.QuerySelector("figcaption strong")!.TextContent);
        Assert.Equal(["Mở đầu.", "Đoạn tiếp theo."], document.QuerySelectorAll("body > p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("![Ảnh](/media/a.jpg)\n\nMột đoạn *có chữ nghiêng* ở giữa.")]
    [InlineData("![Ảnh](/media/a.jpg) và chữ bên cạnh\n\n*Không phải chú thích*")]
    [InlineData("*Chữ nghiêng trước ảnh*\n\n![Ảnh](/media/a.jpg)")]
    public void Other_images_and_italics_stay_as_they_are(string markdown)
    {
        var document = Render(markdown);

        Assert.Null(document.QuerySelector("figure"));
        Assert.NotNull(document.QuerySelector("p img"));
        Assert.NotNull(document.QuerySelector("p em"));
    }

    [Fact]
    public void Body_images_load_lazily()
    {
        var image = Render("![Ảnh](/media/a.jpg)").QuerySelector("img")!;
        Assert.Equal("lazy", image.GetAttribute("loading"));
    }

    [Fact]
    public void Bare_addresses_become_links_that_pass_nothing_to_the_other_site()
    {
        var link = Render("Xem chi tiết tại https://chinhphu.vn/tin-tuc nhé.").QuerySelector("a")!;
        Assert.Equal("https://chinhphu.vn/tin-tuc", link.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void Emphasis_extras_render_strike_mark_subscript_and_superscript()
    {
        var document = Render("~~cũ~~ ==mới== H~2~O m^2^");
        Assert.Equal("cũ", document.QuerySelector("del")!.TextContent);
        Assert.Equal("mới", document.QuerySelector("mark")!.TextContent);
        Assert.Equal("2", document.QuerySelector("sub")!.TextContent);
        Assert.Equal("2", document.QuerySelector("sup")!.TextContent);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("Trước <script src=\"https://evil.example/x.js\"></script> sau")]
    [InlineData("<SCRIPT>alert('x')</SCRIPT>")]
    public void Script_elements_vanish_with_their_content(string markdown)
    {
        var html = _renderer.RenderSafeHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Theory]
    [InlineData("[Bấm vào đây](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">Bấm</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">Bấm</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">Bấm</a>")]
    [InlineData("![ảnh](javascript:alert(1))")]
    [InlineData("[Bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">Bấm</a>")]
    public void Script_urls_are_removed_from_links_and_images(string markdown)
    {
        var document = Render(markdown);
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            var url = (element.GetAttribute("href") ?? element.GetAttribute("src"))!;
            Assert.Matches("^(https?:|mailto:|tel:|/|#|[^:]*$)", url);
        }
        Assert.DoesNotContain("javascript:", document.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text/html", document.Body.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=\"/a.png\" onerror=\"alert(1)\">")]
    [InlineData("<p onclick=\"alert(1)\">Đoạn văn</p>")]
    [InlineData("<a href=\"/x\" onmouseover=\"alert(1)\">Liên kết</a>")]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">Khối</div>")]
    public void Event_handler_and_style_attributes_are_stripped(string markdown)
    {
        var document = Render(markdown);
        var attributes = document.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name);
        Assert.DoesNotContain(attributes, name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name == "style");
        Assert.DoesNotContain("alert", document.Body.InnerHtml);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object>")]
    [InlineData("<embed src=\"https://evil.example/x.swf\">")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"mat-khau\"></form>")]
    [InlineData("<style>body { display: none }</style>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">")]
    public void Embedding_and_page_altering_elements_are_removed(string markdown)
    {
        var html = _renderer.RenderSafeHtml(markdown);
        Assert.DoesNotContain("evil.example", html);
        Assert.DoesNotMatch("<(iframe|object|embed|form|input|style|meta)", html);
    }

    [Fact]
    public void Allowed_raw_html_survives_so_editors_can_use_it()
    {
        var html = _renderer.RenderSafeHtml("Công thức H<sub>2</sub>O và <u>gạch chân</u>.");
        Assert.Contains("<sub>2</sub>", html);
        Assert.Contains("<u>gạch chân</u>", html);
    }
}

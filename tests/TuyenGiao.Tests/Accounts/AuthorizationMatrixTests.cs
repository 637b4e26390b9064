using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Data;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

/// <summary>
/// Who may open each page of the Admin area. A new Admin page fails these tests until its page model
/// names a policy and its row is added here.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SignIn = "/admin/dang-nhap";

    // Route → what a GET answers for: nobody signed in, a contributor, an editor limited to a category (not the
    // sample article's), an editor, an admin. "→" marks a redirect target.
    private static readonly Dictionary<string, (string Anonymous, string Contributor, string Limited, string Editor, string Admin)> Matrix = new()
    {
        ["/admin"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/album-anh"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/album-anh/moi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/album-anh/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/anh"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/bai-viet"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/bai-viet/moi"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/bai-viet/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/bai-viet/{id:int}/lich-su"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/bai-viet/{id:int}/lich-su/{revisionId:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cai-dat"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/cau-hoi-kiem-tra"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/chuyen-muc"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/chuyen-muc/{id:int}"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/dang-nhap"] = ("200", "200", "200", "200", "200"),
        ["/admin/dang-xuat"] = ("→ " + SignIn, "→ /admin", "→ /admin", "→ /admin", "→ /admin"),
        ["/admin/doi-mat-khau"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/nguoi-dung"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/nguoi-dung/moi"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/nguoi-dung/{id}"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/nhat-ky"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/phan-hoi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/phan-hoi/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/phan-hoi/{id:int}/xoa"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/phim-tu-lieu"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/phim-tu-lieu/moi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/phim-tu-lieu/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/phim-tu-lieu/{id:int}/tai-tep"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban/moi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban/tep/{fileId:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban/nhap"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/van-ban/danh-muc"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/ma-qr/{kind}/{id:int}/{format}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/ma-qr/in"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/chuyen-de"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/gioi-thieu"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/gioi-thieu/moi"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/gioi-thieu/{id:int}"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/gioi-thieu/{id:int}/lich-su"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/lanh-dao"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/lien-ket"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/banner"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/banner/{id:int}/luot-bam"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/trang-chu"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/duyet-bai"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/lich-bien-tap"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/dang-nhap/ma-xac-thuc"] = ("200", "200", "200", "200", "200"),
        ["/admin/tai-khoan/xac-thuc-hai-buoc"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/tai-khoan/lich-su-dang-nhap"] = ("→ " + SignIn, "200", "200", "200", "200"),
        ["/admin/nguoi-dung/bao-mat"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/nguoi-dung/{id}/lich-su-dang-nhap"] = ("→ " + SignIn, "403", "403", "403", "200"),
        ["/admin/tham-do"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/khao-sat"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/khao-sat/moi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/khao-sat/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/khao-sat/{id:int}/ket-qua"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi/moi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi/{id:int}"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi/{id:int}/cau-hoi"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi/{id:int}/ket-qua"] = ("→ " + SignIn, "403", "403", "200", "200"),
        ["/admin/cuoc-thi/don-vi"] = ("→ " + SignIn, "403", "403", "403", "200"),
    };

    // Every form handler of the album, video and document pages: a reader who posts to one is sent to sign in, whatever they send.
    private static readonly string[] NewsroomPosts =
    [
        "/admin/album-anh/moi?handler=Save", "/admin/album-anh/moi?handler=Upload", "/admin/album-anh/{album}?handler=Save",
        "/admin/album-anh/{album}?handler=Publish", "/admin/album-anh/{album}?handler=Unpublish", "/admin/album-anh/{album}?handler=Upload",
        "/admin/album-anh/{album}?handler=Photo", "/admin/album-anh/{album}?handler=Delete",
        "/admin/phim-tu-lieu/moi?handler=Save", "/admin/phim-tu-lieu/moi?handler=Poster", "/admin/phim-tu-lieu/{video}?handler=Save",
        "/admin/phim-tu-lieu/{video}?handler=Publish", "/admin/phim-tu-lieu/{video}?handler=Unpublish", "/admin/phim-tu-lieu/{video}?handler=Poster",
        "/admin/phim-tu-lieu/{video}?handler=RemoveFile", "/admin/phim-tu-lieu/{video}?handler=Delete", "/admin/phim-tu-lieu/{video}/tai-tep",
        "/admin/van-ban/moi?handler=Save", "/admin/van-ban/{document}?handler=Save", "/admin/van-ban/{document}?handler=Publish",
        "/admin/van-ban/{document}?handler=Unpublish", "/admin/van-ban/{document}?handler=Upload", "/admin/van-ban/{document}?handler=Replace",
        "/admin/van-ban/{document}?handler=RemoveFile", "/admin/van-ban/{document}?handler=Delete",
        "/admin/van-ban/nhap?handler=Check", "/admin/van-ban/nhap?handler=Import",
        "/admin/chuyen-de", "/admin/chuyen-de?handler=Delete",
        "/admin/tham-do", "/admin/tham-do?handler=Delete", "/admin/khao-sat/moi", "/admin/khao-sat/moi?handler=AddQuestion",
        "/admin/khao-sat/{survey}", "/admin/khao-sat/{survey}?handler=AddQuestion", "/admin/khao-sat/{survey}?handler=Delete",
        "/admin/cuoc-thi/moi", "/admin/cuoc-thi/moi?handler=AddRound", "/admin/cuoc-thi/{contest}", "/admin/cuoc-thi/{contest}?handler=AddRound",
        "/admin/cuoc-thi/{contest}/cau-hoi", "/admin/cuoc-thi/{contest}/cau-hoi?handler=Delete", "/admin/cuoc-thi/{contest}/cau-hoi?handler=Import",
    ];

    // Admin-only forms an editor might post to anyway (a bookmarked form, a crafted request).
    private static readonly string[] AdminOnlyPosts =
    [
        "/admin/cai-dat", "/admin/cau-hoi-kiem-tra", "/admin/cau-hoi-kiem-tra?handler=Delete&id=1", "/admin/chuyen-muc", "/admin/chuyen-muc/{category}", "/admin/chuyen-muc/{category}?handler=Delete",
        "/admin/nguoi-dung/moi", "/admin/nguoi-dung/{user}", "/admin/nguoi-dung/{user}?handler=Disable",
        "/admin/nguoi-dung/{user}?handler=ResetPassword", "/admin/phan-hoi/{feedback}/xoa",
        "/admin/van-ban/danh-muc?handler=Add", "/admin/van-ban/danh-muc?handler=Save&id={label}", "/admin/van-ban/danh-muc?handler=Delete&id={label}",
        "/admin/gioi-thieu?handler=Delete&id={intro}", "/admin/gioi-thieu/moi", "/admin/gioi-thieu/{intro}", "/admin/gioi-thieu/{intro}/lich-su?handler=Restore&revisionId=1",
        "/admin/lanh-dao", "/admin/lanh-dao?handler=Move", "/admin/lanh-dao?handler=Delete",
        "/admin/lien-ket", "/admin/lien-ket?handler=Move", "/admin/lien-ket?handler=Delete",
        "/admin/banner", "/admin/banner?handler=Move", "/admin/banner?handler=Delete",
        "/admin/trang-chu?handler=Add", "/admin/trang-chu?handler=Move", "/admin/trang-chu?handler=Show", "/admin/trang-chu?handler=Delete",
        "/admin/nguoi-dung/bao-mat", "/admin/nguoi-dung/{user}?handler=SignOutEverywhere",
        "/admin/cuoc-thi/don-vi",
    ];

    private Dictionary<string, string>? _samples;

    /// <summary>Real records for the routes' parameters: an article with a revision, a category, an account.</summary>
    private async Task<Dictionary<string, string>> SamplesAsync()
    {
        if (_samples is not null)
        {
            return _samples;
        }
        var userId = await portal.WithUsersAsync(async users =>
            (await users.FindByEmailAsync(await portal.CreateAccountAsync(Roles.Editor)))!.Id);
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var created = await scope.ServiceProvider.GetRequiredService<ArticleEditing>().CreateAsync(
            new ArticleSave(new ArticleContent("Bài mẫu cho ma trận quyền", "", "Nội dung.", category.Id, null, null, null, null, false), 0, PublishChoice.Keep),
            EditorialRights.Everything(Actor.System));
        var revision = await db.ArticleRevisions.FirstAsync(r => r.ArticleId == created.Article!.Id);
        var album = await db.Albums.OrderBy(a => a.Id).FirstAsync();
        var video = await db.Videos.OrderBy(v => v.Id).FirstAsync();
        var document = await db.LegalDocuments.Include(d => d.Files).OrderBy(d => d.Id).FirstAsync();
        var label = await db.DocumentLabels.OrderBy(l => l.Id).FirstAsync();
        var intro = await db.IntroPages.OrderBy(p => p.Id).FirstAsync();
        var banner = await db.Banners.OrderBy(b => b.Id).FirstAsync();
        var survey = await db.Surveys.OrderBy(v => v.Id).FirstAsync();
        var contest = await db.Contests.OrderBy(c => c.Id).FirstAsync();
        var feedback = new FeedbackMessage { Name = "Bạn đọc", Email = "ban-doc@example.vn", Body = "Thư mẫu cho ma trận quyền." };
        db.FeedbackMessages.Add(feedback);
        await db.SaveChangesAsync();
        return _samples = new Dictionary<string, string>
        {
            ["/admin/bai-viet/{id:int}"] = $"/admin/bai-viet/{created.Article!.Id}",
            ["/admin/bai-viet/{id:int}/lich-su"] = $"/admin/bai-viet/{created.Article.Id}/lich-su",
            ["/admin/bai-viet/{id:int}/lich-su/{revisionId:int}"] = $"/admin/bai-viet/{created.Article.Id}/lich-su/{revision.Id}",
            ["/admin/chuyen-muc/{id:int}"] = $"/admin/chuyen-muc/{category.Id}",
            ["/admin/nguoi-dung/{id}"] = $"/admin/nguoi-dung/{userId}",
            ["/admin/nguoi-dung/{id}/lich-su-dang-nhap"] = $"/admin/nguoi-dung/{userId}/lich-su-dang-nhap",
            ["{otherCategory}"] = (await db.Categories.OrderBy(c => c.Id).Where(c => c.Id != category.Id && c.ParentId != category.Id).FirstAsync()).Id
                .ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/admin/phan-hoi/{id:int}"] = $"/admin/phan-hoi/{feedback.Id}",
            ["/admin/phan-hoi/{id:int}/xoa"] = $"/admin/phan-hoi/{feedback.Id}/xoa",
            ["/admin/album-anh/{id:int}"] = $"/admin/album-anh/{album.Id}",
            ["/admin/phim-tu-lieu/{id:int}"] = $"/admin/phim-tu-lieu/{video.Id}",
            ["/admin/phim-tu-lieu/{id:int}/tai-tep"] = $"/admin/phim-tu-lieu/{video.Id}/tai-tep",
            ["/admin/van-ban/{id:int}"] = $"/admin/van-ban/{document.Id}",
            ["/admin/van-ban/tep/{fileId:int}"] = $"/admin/van-ban/tep/{document.Files[0].Id}",
            ["/admin/ma-qr/{kind}/{id:int}/{format}"] = $"/admin/ma-qr/van-ban/{document.Id}/svg",
            ["{document}"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{label}"] = label.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{intro}"] = intro.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/admin/gioi-thieu/{id:int}"] = $"/admin/gioi-thieu/{intro.Id}",
            ["/admin/gioi-thieu/{id:int}/lich-su"] = $"/admin/gioi-thieu/{intro.Id}/lich-su",
            ["/admin/banner/{id:int}/luot-bam"] = $"/admin/banner/{banner.Id}/luot-bam",
            ["/admin/khao-sat/{id:int}"] = $"/admin/khao-sat/{survey.Id}",
            ["/admin/khao-sat/{id:int}/ket-qua"] = $"/admin/khao-sat/{survey.Id}/ket-qua",
            ["{survey}"] = survey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/admin/cuoc-thi/{id:int}"] = $"/admin/cuoc-thi/{contest.Id}",
            ["/admin/cuoc-thi/{id:int}/cau-hoi"] = $"/admin/cuoc-thi/{contest.Id}/cau-hoi",
            ["/admin/cuoc-thi/{id:int}/ket-qua"] = $"/admin/cuoc-thi/{contest.Id}/ket-qua",
            ["{contest}"] = contest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{album}"] = album.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{video}"] = video.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{category}"] = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{feedback}"] = feedback.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{user}"] = userId,
        };
    }

    private async Task<IEnumerable<(string Url, (string Anonymous, string Contributor, string Limited, string Editor, string Admin) Expected)>> RowsAsync()
    {
        var samples = await SamplesAsync();
        return Matrix.Select(m => (samples.GetValueOrDefault(m.Key, m.Key), m.Value));
    }

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
    public void Every_admin_page_model_names_a_newsroom_policy_and_only_the_two_sign_in_steps_are_open()
    {
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace!.StartsWith("TuyenGiao.Web.Areas.Admin", StringComparison.Ordinal));

        foreach (var model in pageModels)
        {
            var policies = model.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Policy).ToList();
            var open = model.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            Assert.True(open ? model.Name is "SignInModel" or "SecondStepModel" : policies.Any(p => p is Policies.Writing or Policies.Newsroom or Policies.SiteAdmin),
                $"{model.FullName} must carry [Authorize(Policy = …)] with Policies.Writing, Policies.Newsroom or Policies.SiteAdmin.");
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
        foreach (var (url, expected) in await RowsAsync())
        {
            Assert.Equal((url, expected.Anonymous), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Contributors_open_only_the_writing_pages_and_no_one_elses_article()
    {
        var client = await portal.SignedInAsync(Roles.Contributor);
        foreach (var (url, expected) in (await RowsAsync()).Where(m => m.Url != SignIn))
        {
            Assert.Equal((url, expected.Contributor), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Editors_limited_to_a_category_open_its_articles_only_and_no_site_wide_section()
    {
        var client = await portal.SignedInLimitedAsync(Roles.Editor, int.Parse((await SamplesAsync())["{otherCategory}"], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (url, expected) in (await RowsAsync()).Where(m => m.Url != SignIn))
        {
            Assert.Equal((url, expected.Limited), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Contributors_and_limited_editors_posting_to_site_wide_or_admin_forms_get_403_and_change_nothing()
    {
        var samples = await SamplesAsync();
        var auditLinesBefore = await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync());
        HttpClient[] clients =
        [
            await portal.SignedInAsync(Roles.Contributor),
            await portal.SignedInLimitedAsync(Roles.Editor, int.Parse(samples["{otherCategory}"], System.Globalization.CultureInfo.InvariantCulture)),
        ];
        foreach (var client in clients)
        {
            foreach (var template in NewsroomPosts.Concat(AdminOnlyPosts))
            {
                var url = Fill(template, samples);
                using var response = await client.PostFormAsync(url, new Dictionary<string, string>
                {
                    ["Form.Title"] = "Đổi bởi người không có quyền", ["Form.Name"] = "Đổi", ["confirm"] = "true", ["Form.Role"] = Roles.Admin,
                }, formPage: "/admin/doi-mat-khau");
                Assert.Equal((url, HttpStatusCode.Forbidden), (url, response.StatusCode));
            }
        }

        Assert.Equal(auditLinesBefore, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    private static string Fill(string template, Dictionary<string, string> samples) =>
        samples.Where(s => s.Key.StartsWith('{')).Aggregate(template, (url, sample) => url.Replace(sample.Key, sample.Value, StringComparison.Ordinal));

    [Fact]
    public async Task Editors_get_403_on_admin_only_pages()
    {
        var client = await portal.SignedInAsync(Roles.Editor);
        foreach (var (url, expected) in (await RowsAsync()).Where(m => m.Url != SignIn))
        {
            Assert.Equal((url, expected.Editor), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Admins_get_through_everywhere()
    {
        var client = await portal.SignedInAsync(Roles.Admin);
        foreach (var (url, expected) in (await RowsAsync()).Where(m => m.Url != SignIn))
        {
            Assert.Equal((url, expected.Admin), (url, await AnswerAsync(client, url)));
        }
    }

    [Fact]
    public async Task Editors_posting_to_admin_only_forms_get_403_and_change_nothing()
    {
        var samples = await SamplesAsync();
        var client = await portal.SignedInAsync(Roles.Editor);
        var auditLinesBefore = await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync());

        foreach (var template in AdminOnlyPosts)
        {
            var url = Fill(template, samples);
            // The editor's own, valid form token: only the role stands in the way.
            using var response = await client.PostFormAsync(url, new Dictionary<string, string>
            {
                ["Form.Name"] = "Đổi bởi biên tập viên", ["Form.SiteName"] = "Đổi bởi biên tập viên", ["confirm"] = "true",
                ["Form.Email"] = "la@example.vn", ["Form.DisplayName"] = "Lạ", ["Form.Role"] = Roles.Admin,
            }, formPage: "/admin/doi-mat-khau");
            Assert.Equal((url, HttpStatusCode.Forbidden), (url, response.StatusCode));
        }

        Assert.Equal(auditLinesBefore, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Readers_posting_to_any_album_or_video_handler_are_sent_to_sign_in_and_change_nothing()
    {
        var samples = await SamplesAsync();
        var client = portal.Browser();
        var auditLinesBefore = await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync());

        foreach (var template in NewsroomPosts)
        {
            var url = Fill(template, samples);
            using var content = new MultipartFormDataContent
            {
                { new StringContent("Đổi bởi người lạ"), "Form.Title" },
                { new StringContent("true"), "confirm" },
                { new ByteArrayContent(TestImages.Jpeg(40, 30)), "upload", "anh.jpg" },
            };
            using var response = await client.PostAsync(url, content);
            Assert.Equal((url, HttpStatusCode.Redirect), (url, response.StatusCode));
            var location = response.Headers.Location!;
            Assert.Equal(SignIn, location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
        }

        Assert.Equal(auditLinesBefore, await portal.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
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

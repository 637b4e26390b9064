using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Articles;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Search;

/// <summary>Articles about a place name no demo article mentions ("Lũng Phìn"), in a category of their own.</summary>
public sealed class SearchPageFixture : PortalFactory, IAsyncLifetime
{
    public const string Only = "&chuyen-muc=kiem-thu-tim-kiem";
    public static readonly DateTime March2024 = new(2024, 3, 10, 2, 0, 0, DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        await WithDatabaseAsync(async db =>
        {
            var category = TestArticles.Category("Kiểm thử tìm kiếm");
            var other = TestArticles.Category("Kiểm thử chuyên mục khác");
            var body = "Người dân Lũng Phìn đón tin vui. Lũng Phìn có con đường mới.";
            db.Articles.AddRange(
                TestArticles.Published(category, "Báo cáo kinh tế quý một", March2024, body),
                TestArticles.Published(category, "Lũng Phìn khai trương chợ phiên", March2024.AddDays(-1), "Chợ họp vào sáng chủ nhật."),
                TestArticles.Published(category, "Đường làng về đích", March2024.AddDays(-2), "Công tác tuyên truyền và giáo dục ở Lũng Phìn được chú trọng."),
                TestArticles.Published(category, "Hoi nghi hoc tap khong dau o Lung Phin", March2024.AddDays(-3), "Bai viet go khong dau."),
                TestArticles.Published(other, "Tin Lũng Phìn ở chuyên mục khác", new DateTime(2023, 5, 1, 2, 0, 0, DateTimeKind.Utc), "Nội dung."));
            var draft = TestArticles.Published(category, "Bản nháp Lũng Phìn chưa duyệt", March2024);
            draft.Status = ArticleStatus.Draft;
            db.Articles.Add(draft);
            for (var i = 1; i <= 12; i++)
            {
                db.Articles.Add(TestArticles.Published(category, $"Tin vắn Pà Cò số {i}", March2024.AddDays(-10 - i)));
            }
            // Newer than every "Tin vắn", yet ranked after them: the words are only in the body.
            for (var i = 1; i <= 3; i++)
            {
                db.Articles.Add(TestArticles.Published(category, $"Tin phiên chợ vùng cao {i}", March2024.AddDays(-i), "Chợ Pà Cò họp sáng chủ nhật."));
            }
            // More articles that say "Sín Chải" than a search counts exactly.
            var many = TestArticles.Category("Kiểm thử nhiều kết quả");
            for (var i = 1; i <= ManyResults; i++)
            {
                db.Articles.Add(TestArticles.Published(many, $"Tin Sín Chải số {i}", March2024.AddHours(-i)));
            }
            await db.SaveChangesAsync();
        });
    }

    public const int ManyResults = TuyenGiao.Search.ArticleSearch.CountedExactlyUpTo + 5;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SearchPageTests(SearchPageFixture portal) : IClassFixture<SearchPageFixture>
{
    private Task<HtmlPage> SearchAsync(string query) => HtmlPage.GetAsync(portal.CreateClient(), $"/tim-kiem?{query}");

    private static IReadOnlyList<string> Titles(HtmlPage page) => page.Texts(".search-hit .story-title");

    [Fact]
    public async Task A_query_without_tones_finds_toned_articles_from_the_header_box()
    {
        var page = await SearchAsync("q=tuyen+giao");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Cả nước đẩy mạnh chuyển đổi số trong công tác tuyên giáo", Titles(page));
        Assert.Equal("tuyên giáo", string.Join(' ', page.Document.QuerySelectorAll(".search-hit .story-title mark").Take(2).Select(m => m.TextContent)).ToLowerInvariant());
    }

    [Fact]
    public async Task A_toned_query_finds_text_typed_without_tones_and_d_matches_đ()
    {
        var toned = await SearchAsync("q=Hội+nghị+học+tập" + SearchPageFixture.Only);
        var withD = await SearchAsync("q=duong+lang" + SearchPageFixture.Only);
        var withĐ = await SearchAsync("q=ĐƯỜNG+LÀNG" + SearchPageFixture.Only);

        Assert.Equal(["Hoi nghi hoc tap khong dau o Lung Phin"], Titles(toned));
        Assert.Equal(["Đường làng về đích"], Titles(withD));
        Assert.Equal(["Đường làng về đích"], Titles(withĐ));
    }

    [Fact]
    public async Task A_title_match_ranks_above_body_matches()
    {
        var page = await SearchAsync("q=lung+phin" + SearchPageFixture.Only);

        var titles = Titles(page);
        Assert.Equal(4, titles.Count);
        // Both title matches come before both body-only matches, whichever of each pair bm25 prefers.
        Assert.Equal(["Hoi nghi hoc tap khong dau o Lung Phin", "Lũng Phìn khai trương chợ phiên"], titles.Take(2).Order());
        Assert.Equal(["Báo cáo kinh tế quý một", "Đường làng về đích"], titles.Skip(2).Order());
        Assert.Equal("Tìm thấy 4 kết quả cho “lung phin”.", page.Text(".result-count"));
    }

    [Fact]
    public async Task A_quoted_phrase_needs_its_words_together_and_in_order()
    {
        var loose = await SearchAsync("q=tuyen+giao" + SearchPageFixture.Only);
        var phrase = await SearchAsync("q=%22tuyen+giao%22" + SearchPageFixture.Only);
        var reversed = await SearchAsync("q=%22phin+lung%22" + SearchPageFixture.Only);

        Assert.Equal(["Đường làng về đích"], Titles(loose));
        Assert.Empty(Titles(phrase));
        Assert.Empty(Titles(reversed));
        Assert.Equal("Không tìm thấy bài viết nào cho “\"tuyen giao\"”.", phrase.Text(".result-count"));
    }

    [Fact]
    public async Task The_snippet_quotes_the_body_with_the_words_marked()
    {
        var page = await SearchAsync("q=lung+phin" + SearchPageFixture.Only);

        var hit = page.Document.QuerySelectorAll(".search-hit").Single(h => h.QuerySelector(".story-title")!.TextContent == "Báo cáo kinh tế quý một");
        Assert.Contains("Người dân Lũng Phìn đón tin vui.", hit.QuerySelector(".snippet")!.TextContent);
        Assert.Equal(["Lũng", "Phìn", "Lũng", "Phìn"], hit.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).Take(4));
    }

    [Fact]
    public async Task The_index_follows_publishing_unpublishing_and_title_changes()
    {
        var id = await portal.WithDatabaseAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "kiem-thu-tim-kiem");
            var article = TestArticles.Published(category, "Khánh thành cầu Nậm Xe", SearchPageFixture.March2024);
            article.Status = ArticleStatus.Draft;
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
        async Task ChangeAsync(Action<Article> change) => await portal.WithDatabaseAsync(async db =>
        {
            change(await db.Articles.SingleAsync(a => a.Id == id));
            await db.SaveChangesAsync();
        });

        var asDraft = Titles(await SearchAsync("q=nam+xe"));
        await ChangeAsync(a => a.Status = ArticleStatus.Published);
        var published = Titles(await SearchAsync("q=nam+xe"));
        await ChangeAsync(a =>
        {
            a.Title = "Khánh thành cầu treo bản Pá Hu";
            a.Sapo = "Cầu mới nối hai bờ suối.";
        });
        var oldTitle = Titles(await SearchAsync("q=nam+xe"));
        var newTitle = Titles(await SearchAsync("q=pa+hu"));
        await ChangeAsync(a => a.Status = ArticleStatus.Unpublished);
        var unpublished = Titles(await SearchAsync("q=pa+hu"));

        Assert.Empty(asDraft);
        Assert.Equal(["Khánh thành cầu Nậm Xe"], published);
        Assert.Empty(oldTitle);
        Assert.Equal(["Khánh thành cầu treo bản Pá Hu"], newTitle);
        Assert.Empty(unpublished);
    }

    [Fact]
    public async Task Drafts_never_appear()
    {
        var page = await SearchAsync("q=ban+nhap+lung+phin");

        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task Results_filter_by_category_and_by_date_range_in_vietnam_days()
    {
        var everywhere = await SearchAsync("q=lung+phin");
        var otherCategory = await SearchAsync("q=lung+phin&chuyen-muc=kiem-thu-chuyen-muc-khac");
        // 10/3/2024 09:00 in Vietnam; the range "10/3 to 10/3" must include it.
        var oneDay = await SearchAsync("q=lung+phin&tu-ngay=2024-03-10&den-ngay=2024-03-10");
        var before = await SearchAsync("q=lung+phin&den-ngay=2023-12-31");

        Assert.Equal(5, Titles(everywhere).Count);
        Assert.Equal(["Tin Lũng Phìn ở chuyên mục khác"], Titles(otherCategory));
        Assert.Equal(["Báo cáo kinh tế quý một"], Titles(oneDay));
        Assert.Equal(["Tin Lũng Phìn ở chuyên mục khác"], Titles(before));
        Assert.Equal("kiem-thu-chuyen-muc-khac", otherCategory.Document.QuerySelector("#chuyen-muc option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_bad_date_range_is_explained_in_vietnamese_and_keeps_what_was_typed()
    {
        var page = await SearchAsync("q=lung+phin&tu-ngay=2024-05-01&den-ngay=2024-04-01");
        var badDate = await SearchAsync("q=lung+phin&tu-ngay=31-31-2024");

        Assert.Equal("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.", page.Text(".problems"));
        Assert.Equal("lung phin", page.Document.QuerySelector("#q")!.GetAttribute("value"));
        Assert.Equal("2024-05-01", page.Document.QuerySelector("#tu-ngay")!.GetAttribute("value"));
        Assert.StartsWith("Ngày bắt đầu không hợp lệ", badDate.Text(".problems"));
    }

    [Theory]
    [InlineData("q=pa+co")]
    [InlineData("q=pa+co" + SearchPageFixture.Only)]
    public async Task Pages_run_on_from_title_matches_into_body_matches(string query)
    {
        var first = await SearchAsync(query);
        var second = await SearchAsync(query + "&trang=2");

        // "số 1" is the newest of the title matches.
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Tin vắn Pà Cò số {i}"), Titles(first));
        Assert.Equal(["Tin vắn Pà Cò số 11", "Tin vắn Pà Cò số 12", "Tin phiên chợ vùng cao 1", "Tin phiên chợ vùng cao 2", "Tin phiên chợ vùng cao 3"],
            Titles(second));
        Assert.Equal("Tìm thấy 15 kết quả cho “pa co”.", second.Text(".result-count"));
        Assert.Equal("11", second.Document.QuerySelector("ol.search-results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task Page_links_keep_the_query_and_filters()
    {
        var first = await SearchAsync("q=pa+co" + SearchPageFixture.Only);

        Assert.Equal("/tim-kiem?q=pa%20co&chuyen-muc=kiem-thu-tim-kiem&trang=2",
            first.Document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("' OR 1=1; DROP TABLE Articles; --")]
    [InlineData("\"không đóng ngoặc")]
    [InlineData("NEAR(tuyen giao) OR * AND :title")]
    [InlineData("***")]
    [InlineData("")]
    public async Task Hostile_or_odd_queries_render_a_normal_page_and_echo_safely(string query)
    {
        var page = await SearchAsync("q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tìm kiếm", page.Text("h1"));
        // The site's own script files only (the reading tools); nothing of the query.
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src^='/js/'])"));
        Assert.Equal(query, page.Document.QuerySelector("#q")!.GetAttribute("value"));
        Assert.True(await portal.WithDatabaseAsync(db => db.Articles.AnyAsync()));
    }

    [Fact]
    public async Task A_very_long_query_is_cut_and_still_answered()
    {
        var page = await SearchAsync("q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("lũng phìn ", 400))) + SearchPageFixture.Only);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(4, Titles(page).Count);
        Assert.True(page.Document.QuerySelector("#q")!.GetAttribute("value")!.Length <= 200);
    }

    [Fact]
    public async Task More_than_a_thousand_results_are_told_as_such_and_every_page_offered_has_results()
    {
        var first = await SearchAsync("q=sin+chai");
        var inCategory = await SearchAsync("q=sin+chai&chuyen-muc=kiem-thu-nhieu-ket-qua");
        var lastOffered = first.Texts(".pager a").Select(text => int.TryParse(text, out var n) ? n : 0).Max();
        var last = await SearchAsync($"q=sin+chai&trang={lastOffered}");
        var beyond = await HtmlPage.GetAsync(portal.CreateClient(), $"/tim-kiem?q=sin+chai&trang={lastOffered + 1}");

        Assert.Equal("Tìm thấy hơn 1.000 kết quả cho “sin chai”.", first.Text(".result-count"));
        Assert.Equal("Tìm thấy hơn 1.000 kết quả cho “sin chai”.", inCategory.Text(".result-count"));
        Assert.Equal(101, lastOffered);
        // The last page counts as far as itself, so it knows the exact number.
        Assert.Equal("Tìm thấy 1.005 kết quả cho “sin chai”.", last.Text(".result-count"));
        Assert.Equal(["Tin Sín Chải số 1001", "Tin Sín Chải số 1002", "Tin Sín Chải số 1003", "Tin Sín Chải số 1004", "Tin Sín Chải số 1005"], Titles(last));
        Assert.Equal(HttpStatusCode.NotFound, beyond.Status);
    }
}

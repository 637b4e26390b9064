using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Errors;

public class ErrorPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_missing_page_answers_404_in_vietnamese_inside_the_site_layout()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/trang-nay-khong-co/bai-viet-khong-co-999999");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));
        Assert.Contains("Trang bạn tìm không tồn tại", page.BodyText);
        Assert.NotEmpty(page.Texts("nav.menu a"));
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database_state()
    {
        using var response = await portal.CreateClient().GetAsync("/healthz");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }
}

public sealed class ServerErrorPageTests : IDisposable
{
    private readonly PortalFactory _portal = new();

    public void Dispose() => _portal.Dispose();

    [Fact]
    public async Task A_failure_shows_a_vietnamese_error_page_and_never_a_stack_trace()
    {
        _portal.CreateClient().Dispose();
        // A table gone missing makes the home page's query fail the way a broken database would.
        await _portal.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Articles;"));

        var page = await HtmlPage.GetAsync(_portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Đã có lỗi xảy ra", page.Text("h1"));
        Assert.DoesNotContain("Exception", page.Html);
        Assert.DoesNotContain("SQLite", page.Html);
        Assert.DoesNotContain("TuyenGiao.", page.Html);
    }
}

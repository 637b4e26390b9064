using System.Net;
using TuyenGiao.Accounts;
using TuyenGiao.DemoContent;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

/// <summary>/van-ban as readers search it: numbers typed loosely, words without tones, counts that match the list.</summary>
public sealed class DocumentSearchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("12-NQ/TU")]
    [InlineData("12 nq tu")]
    [InlineData("12-nq/tu")]
    [InlineData("12/NQ-TU")]
    [InlineData("12 NQ")]
    public async Task A_number_typed_any_way_people_type_it_finds_the_document(string typed)
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), $"/van-ban?q={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["12-NQ/TU"], page.Texts(".document-number strong"));
        Assert.Equal("1 văn bản", page.Text(".result-count"));
    }

    [Fact]
    public async Task A_draft_is_found_neither_by_its_number_nor_by_its_words_and_is_not_counted()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);
        var id = await DocumentNewsroom.CreateAsync(editor, await DocumentNewsroom.FieldsAsync(portal, "77-NQ/TU", "Dự thảo nghị quyết về thư viện số"));
        using (await DocumentNewsroom.UploadAsync(editor, id, "Du thao.pdf", DemoDocumentFiles.Pdf(["Thư viện số cho mọi xã vùng cao."])))
        {
        }
        var reader = portal.CreateClient();

        var byNumber = await HtmlPage.GetAsync(reader, "/van-ban?q=77+nq+tu");
        var byWords = await HtmlPage.GetAsync(reader, "/van-ban?q=thu+vien+so+vung+cao");

        Assert.Empty(byNumber.Texts(".document-item"));
        Assert.Equal("Không có văn bản nào khớp bộ lọc.", byNumber.Text(".result-count"));
        Assert.Equal("Không có văn bản nào khớp bộ lọc.", byWords.Text(".result-count"));
    }

    [Fact]
    public async Task Words_without_tones_and_a_filter_combine_and_the_count_is_the_list_length()
    {
        var reader = portal.CreateClient();

        var all = await HtmlPage.GetAsync(reader, "/van-ban?q=sinh+hoat+chi+bo");
        var typeId = await DocumentNewsroom.LabelAsync(portal, "Hướng dẫn");
        var narrowed = await HtmlPage.GetAsync(reader, $"/van-ban?q=sinh+hoat+chi+bo&loai={typeId}");

        Assert.Equal($"{all.Texts(".document-item").Count} văn bản", all.Text(".result-count"));
        Assert.Contains("07-HD/BTGTU", all.Texts(".document-number strong"));
        Assert.All(narrowed.Texts(".document-number"), text => Assert.StartsWith("Hướng dẫn số", text));
        Assert.Equal($"{narrowed.Texts(".document-item").Count} văn bản", narrowed.Text(".result-count"));
        Assert.True(narrowed.Texts(".document-item").Count is > 0 and var n && n <= all.Texts(".document-item").Count);
    }
}

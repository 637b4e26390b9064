using TuyenGiao.Search;

namespace TuyenGiao.Tests.Search;

public class SearchQueryTests
{
    private static string Terms(string raw) =>
        string.Join(" | ", SearchQuery.Parse(raw).Terms.Select(term => string.Join(' ', term)));

    [Theory]
    [InlineData("Tuyên giáo", "tuyen | giao")]
    [InlineData("hoc tap va lam theo Bac", "hoc | tap | va | lam | theo | bac")]
    [InlineData("\"tuyên giáo\" tỉnh", "tuyen giao | tinh")]
    [InlineData("“học tập” “làm theo”", "hoc tap | lam theo")]
    [InlineData("\"chưa đóng ngoặc", "chua dong ngoac")]
    [InlineData("Đảng đảng DANG", "dang")]
    public void Words_are_folded_and_quoted_phrases_stay_together(string raw, string expected)
    {
        Assert.Equal(expected, Terms(raw));
    }

    [Theory]
    [InlineData("' OR 1=1 --", "or | 1")]
    [InlineData("<script>alert(1)</script>", "script | alert | 1")]
    [InlineData("NEAR(a b) * : ^", "near | a | b")]
    public void Operators_and_markup_become_plain_words_each_once(string raw, string expected)
    {
        Assert.Equal(expected, Terms(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ***")]
    [InlineData(null)]
    public void A_query_without_letters_or_digits_is_empty(string? raw)
    {
        Assert.True(SearchQuery.Parse(raw).IsEmpty);
    }

    [Fact]
    public void A_very_long_query_is_cut_between_words_within_the_limit()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("tuyên giáo ", 500)));

        Assert.InRange(query.Text.Length, SearchQuery.MaxLength - 10, SearchQuery.MaxLength);
        Assert.EndsWith("giáo", query.Text);
        Assert.Equal("tuyen | giao", Terms(query.Text));
    }
}

using TuyenGiao.Search;

namespace TuyenGiao.Tests.Search;

public class SearchHighlighterTests
{
    [Fact]
    public void Marks_the_readers_toned_words_found_by_a_toneless_query()
    {
        var html = SearchHighlighter.Highlight("Công tác Tuyên giáo năm 2024", ["tuyen", "giao"]);

        Assert.Equal("Công tác <mark>Tuyên</mark> <mark>giáo</mark> năm 2024", html);
    }

    [Fact]
    public void Marks_whole_words_only()
    {
        var html = SearchHighlighter.Highlight("Giáo dục và giáo viên, không phải giaoduc", ["giao"]);

        Assert.Equal("<mark>Giáo</mark> dục và <mark>giáo</mark> viên, không phải giaoduc", html);
    }

    [Fact]
    public void Encodes_the_text_around_the_marks()
    {
        var html = SearchHighlighter.Highlight("<b>Đảng</b> & \"dân\"", ["dang"]);

        Assert.Equal("&lt;b&gt;<mark>Đảng</mark>&lt;/b&gt; &amp; &quot;dân&quot;", html);
    }

    [Fact]
    public void A_snippet_is_cut_around_the_first_match_at_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("Lời mở đầu dài dòng.", 30)) + " Ban Tuyên giáo họp. " + string.Join(' ', Enumerable.Repeat("Phần kết.", 40));

        var snippet = SearchHighlighter.Snippet(text, ["tuyen"], length: 120);

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("Ban <mark>Tuyên</mark> giáo họp.", snippet);
        Assert.True(snippet.Replace("<mark>", "").Replace("</mark>", "").Length <= 124 + 4);
    }

    [Fact]
    public void A_short_text_is_quoted_whole()
    {
        Assert.Equal("Học tập và làm theo <mark>Bác</mark>", SearchHighlighter.Snippet("Học tập và làm theo Bác", ["bac"]));
    }
}

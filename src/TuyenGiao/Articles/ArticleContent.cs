namespace TuyenGiao.Articles;

/// <summary>What an editor writes: the fields of an article a save or a revision carries.</summary>
public sealed record ArticleContent(
    string Title,
    string Sapo,
    string BodyMarkdown,
    int CategoryId,
    string? CoverImageUrl,
    string? CoverImageCaption,
    string? AuthorLine,
    string? SourceLine,
    bool IsFeatured,
    int? AlbumId = null)
{
    public static ArticleContent Of(Article article) => new(
        article.Title, article.Sapo, article.BodyMarkdown, article.CategoryId, article.CoverImageUrl,
        article.CoverImageCaption, article.AuthorLine, article.SourceLine, article.IsFeatured, article.AlbumId);

    public void CopyTo(Article article)
    {
        article.Title = Title;
        article.Sapo = Sapo;
        article.BodyMarkdown = BodyMarkdown;
        article.CategoryId = CategoryId;
        article.CoverImageUrl = CoverImageUrl;
        article.CoverImageCaption = CoverImageCaption;
        article.AuthorLine = AuthorLine;
        article.SourceLine = SourceLine;
        article.IsFeatured = IsFeatured;
        article.AlbumId = AlbumId;
    }

    /// <summary>The Vietnamese names of the fields that differ from <paramref name="before"/>, in form order.</summary>
    public IReadOnlyList<string> ChangedSince(ArticleContent before)
    {
        var changed = new List<string>();
        void Check(bool differs, string name)
        {
            if (differs)
            {
                changed.Add(name);
            }
        }
        Check(Title != before.Title, "Tiêu đề");
        Check(Sapo != before.Sapo, "Sapo");
        Check(BodyMarkdown != before.BodyMarkdown, "Nội dung");
        Check(CategoryId != before.CategoryId, "Chuyên mục");
        Check(CoverImageUrl != before.CoverImageUrl || CoverImageCaption != before.CoverImageCaption, "Ảnh đại diện");
        Check(AuthorLine != before.AuthorLine, "Tác giả");
        Check(SourceLine != before.SourceLine, "Nguồn");
        Check(IsFeatured != before.IsFeatured, "Tin nổi bật");
        Check(AlbumId != before.AlbumId, "Album ảnh cuối bài");
        return changed;
    }
}

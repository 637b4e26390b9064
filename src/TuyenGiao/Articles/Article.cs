using TuyenGiao.Categories;

namespace TuyenGiao.Articles;

public class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Follows the title; an old slug in a link still reaches the article because the id decides.</summary>
    public required string Slug { get; set; }

    /// <summary>The bold lead paragraph under the title.</summary>
    public string Sapo { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    /// <summary>
    /// BodyMarkdown rendered and sanitized; the only form of the body a page shows. Derived on every
    /// save (see <see cref="ArticleDerivedFields"/>), so nothing a writer sets here survives.
    /// </summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Title folded for search: lower case, no tones, đ as d. Derived on save.</summary>
    public string SearchTitle { get; set; } = "";

    /// <summary>Title, sapo and plain body text, folded for search. Derived on save.</summary>
    public string SearchText { get; set; } = "";

    public string? CoverImageUrl { get; set; }
    public string? CoverImageCaption { get; set; }
    public string? AuthorLine { get; set; }

    /// <summary>Printed as "Nguồn: …" under the body.</summary>
    public string? SourceLine { get; set; }

    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public ArticleStatus Status { get; set; }

    /// <summary>UTC. Set when the article is first published and kept through later edits.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsFeatured { get; set; }
    public long ViewCount { get; set; }

    /// <summary>The account that created the article; null for seeded or imported ones.</summary>
    public string? CreatedById { get; set; }

    /// <summary>
    /// Raised by one on every editorial save. An editor's form carries the version it was opened at, so
    /// saving over somebody else's newer save is refused instead of silently overwriting it.
    /// </summary>
    public int Version { get; set; }

    /// <summary>A photo album shown at the end of the article, chosen in the editor.</summary>
    public int? AlbumId { get; set; }
}

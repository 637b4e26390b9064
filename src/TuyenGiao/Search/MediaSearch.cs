using TuyenGiao.Albums;
using TuyenGiao.Videos;

namespace TuyenGiao.Search;

/// <summary>An album or a video found by a search, marked with its kind.</summary>
/// <param name="Kind">"Album ảnh" or "Phim tư liệu", as the results show it.</param>
/// <param name="Title">The title as stored.</param>
/// <param name="TitleHtml">The title, HTML-encoded, with the query's words in &lt;mark&gt;.</param>
/// <param name="Url">Where it is.</param>
/// <param name="Day">Its event's or film's date.</param>
public sealed record MediaHit(string Kind, string Title, string TitleHtml, string Url, DateOnly Day);

/// <summary>
/// Finds published albums and videos for a search. A board has hundreds of them, not the tens of
/// thousands of articles that need the full-text index: each term is matched as a part of the folded
/// title and description, so "hoi nghi" finds "Hội nghị" as it does in articles.
/// </summary>
public sealed class MediaSearch(PublishedAlbums albums, PublishedVideos videos)
{
    public const int MaxOfEachKind = 5;

    public async Task<IReadOnlyList<MediaHit>> SearchAsync(
        SearchQuery query, Func<AlbumCard, string> albumUrl, Func<VideoCard, string> videoUrl, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }
        var terms = query.Terms.Select(term => string.Join(' ', term)).ToList();
        var words = query.Words;
        var foundAlbums = await albums.SearchAsync(terms, MaxOfEachKind, cancellationToken);
        var foundVideos = await videos.SearchAsync(terms, MaxOfEachKind, cancellationToken);
        return
        [
            .. foundAlbums.Select(a => new MediaHit("Album ảnh", a.Title, SearchHighlighter.Highlight(a.Title, words), albumUrl(a), a.EventDate)),
            .. foundVideos.Select(v => new MediaHit("Phim tư liệu", v.Title, SearchHighlighter.Highlight(v.Title, words), videoUrl(v), v.Date)),
        ];
    }
}

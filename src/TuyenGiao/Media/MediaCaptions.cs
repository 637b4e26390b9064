using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

namespace TuyenGiao.Media;

/// <summary>
/// The captions the library's photos are given in articles, kept on the photos so that the writing desk's
/// picker finds a photo by what it shows ("hội nghị", "Tân Lập"), not only by its camera's file name. An
/// article's save records the captions of its figures and of its cover; the newest caption of a photo wins.
/// </summary>
internal static class MediaCaptions
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Each figure's photo address and caption in an article's sanitized body, with the cover's.</summary>
    public static Dictionary<string, string> Of(string bodyHtml, string? coverUrl, string? coverCaption)
    {
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(coverUrl) && !string.IsNullOrWhiteSpace(coverCaption))
        {
            captions[coverUrl.Trim()] = coverCaption.Trim();
        }
        if (!bodyHtml.Contains("<figcaption", StringComparison.Ordinal))
        {
            return captions;
        }
        foreach (var figure in Parser.ParseDocument(bodyHtml).QuerySelectorAll("figure"))
        {
            var source = figure.QuerySelector("img")?.GetAttribute("src");
            var caption = figure.QuerySelector("figcaption")?.TextContent.Trim();
            if (!string.IsNullOrEmpty(source) && !string.IsNullOrEmpty(caption))
            {
                captions[source] = caption;
            }
        }
        return captions;
    }

    /// <summary>The library's photos among <paramref name="captions"/>, to be given them by <see cref="Apply"/>.</summary>
    public static IQueryable<MediaImage> PhotosIn(DbContext db, IReadOnlyDictionary<string, string> captions)
    {
        var urls = captions.Keys.ToList();
        return db.Set<MediaImage>().Where(i => urls.Contains(i.Url));
    }

    /// <summary>Gives each photo its caption; saved with the caller's changes.</summary>
    public static void Apply(IEnumerable<MediaImage> photos, IReadOnlyDictionary<string, string> captions)
    {
        foreach (var photo in photos)
        {
            if (photo.Caption != captions[photo.Url])
            {
                photo.Describe(captions[photo.Url]);
            }
        }
    }
}

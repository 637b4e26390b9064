using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Media;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Videos;

/// <summary>An editor's video pages, and film files made here for uploading.</summary>
internal static class VideoNewsroom
{
    public const string NewPage = "/admin/phim-tu-lieu/moi";

    public static string EditPage(int id) => $"/admin/phim-tu-lieu/{id}";

    public static string UploadPage(int id) => $"/admin/phim-tu-lieu/{id}/tai-tep";

    /// <summary>An MP4 as far as its first bytes go (an <c>ftyp</c> box), then the given number of bytes in all.</summary>
    public static byte[] Mp4(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        byte[] header = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    public static Dictionary<string, string> Fields(string title, string? youTube = null) => new()
    {
        ["Form.Title"] = title,
        ["Form.Date"] = "2026-11-19",
        ["Form.Duration"] = "1:05",
        ["Form.DescriptionMarkdown"] = "Phim về **truyền thống** cách mạng của tỉnh.",
        ["Form.YouTubeAddress"] = youTube ?? "",
    };

    /// <summary>The film files in the app's media folder, finished or not.</summary>
    public static IReadOnlyList<string> FilmsOnDisk(PortalFactory portal) =>
        Directory.EnumerateFiles(portal.Services.GetRequiredService<MediaStorage>().Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".mp4", StringComparison.Ordinal) || f.EndsWith(".webm", StringComparison.Ordinal) || f.EndsWith(".partial", StringComparison.Ordinal))
            .Order().ToList();

    /// <summary>Creates a draft video; its id.</summary>
    public static async Task<int> CreateAsync(HttpClient editor, string title, string? youTube = null)
    {
        using var response = await editor.PostFormAsync($"{NewPage}?handler=Save", Fields(title, youTube), NewPage);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await HtmlPage.FromResponseAsync(response);
            throw new Xunit.Sdk.XunitException($"Video not created ({page.Status}): {string.Join(" | ", page.Texts(".field-error"))}");
        }
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// <summary>The film's file sent as the form does without JavaScript: the token field first, then the file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, int id, HttpContent file, string fileName, CancellationToken cancellationToken = default)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await editor.FormTokenAsync(EditPage(id))), "__RequestVerificationToken" },
            { file, "file", fileName },
        };
        return await editor.PostAsync(UploadPage(id), content, cancellationToken);
    }
}

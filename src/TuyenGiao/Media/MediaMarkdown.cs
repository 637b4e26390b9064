namespace TuyenGiao.Media;

public static class MediaMarkdown
{
    /// <summary>The Markdown that shows an uploaded image; its alt text starts as the file's name, for the editor to improve.</summary>
    public static string ImageOf(MediaImage image) =>
        $"![{Path.GetFileNameWithoutExtension(image.OriginalFileName).Replace('[', '(').Replace(']', ')')}]({image.Url})";

    public static string AppendImage(string markdown, MediaImage image) =>
        markdown.TrimEnd() is { Length: > 0 } text ? $"{text}\n\n{ImageOf(image)}\n" : $"{ImageOf(image)}\n";
}

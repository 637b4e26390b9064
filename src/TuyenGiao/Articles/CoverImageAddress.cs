namespace TuyenGiao.Articles;

/// <summary>
/// Where a cover image may come from: the site's own media (<c>/media/…</c>, what the upload button puts
/// there) or an HTTPS address. The address reaches <c>&lt;img src&gt;</c>, the link-preview tags and the
/// JSON-LD, so <c>javascript:</c>, <c>data:</c> and other schemes never get in.
/// </summary>
public static class CoverImageAddress
{
    public const string Refused = "Ảnh đại diện phải là ảnh đã tải lên cổng (bắt đầu bằng /media/) hoặc một địa chỉ https://.";

    public static bool IsAcceptable(string? address) =>
        string.IsNullOrEmpty(address)
        || (address.StartsWith("/media/", StringComparison.Ordinal) && !address.Contains('\\') && !address.Contains("..", StringComparison.Ordinal))
        || (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0);
}

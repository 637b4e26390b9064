namespace TuyenGiao.Links;

/// <summary>
/// The addresses an admin may point readers to from a link or a banner: absolute <c>http</c> or <c>https</c>
/// only. A <c>javascript:</c> or <c>data:</c> address would run in the portal's own pages; a relative one
/// would lead nowhere outside.
/// </summary>
public static class WebAddress
{
    public const int MaxLength = 1000;

    /// <summary>The address as it will be stored, or null with the reason in <paramref name="error"/>.</summary>
    public static string? Check(string? typed, out string? error)
    {
        var trimmed = typed?.Trim() ?? "";
        error = null;
        if (trimmed.Length == 0)
        {
            error = "Vui lòng nhập địa chỉ trang web (bắt đầu bằng https:// hoặc http://).";
            return null;
        }
        if (trimmed.Length > MaxLength)
        {
            error = $"Địa chỉ dài tối đa {MaxLength} ký tự.";
            return null;
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            error = "Chỉ nhận địa chỉ đầy đủ bắt đầu bằng https:// hoặc http:// (ví dụ https://dangcongsan.vn).";
            return null;
        }
        return uri.AbsoluteUri;
    }
}

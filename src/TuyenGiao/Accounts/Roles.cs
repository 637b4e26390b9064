namespace TuyenGiao.Accounts;

public static class Roles
{
    /// <summary>Reviews, publishes and schedules articles, uploads media, answers feedback.</summary>
    public const string Editor = "Editor";

    /// <summary>All an editor does, plus categories, users and roles, and site settings.</summary>
    public const string Admin = "Admin";

    /// <summary>
    /// Cộng tác viên / Phóng viên: writes their own articles and sends them for review; never publishes,
    /// schedules or touches anyone else's work.
    /// </summary>
    public const string Contributor = "Contributor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Contributor];

    /// <summary>The roles whose accounts an admin can limit to some categories (admins always see everything).</summary>
    public static bool CanBeLimited(string role) => role != Admin;
}

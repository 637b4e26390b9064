namespace TuyenGiao.Accounts;

public static class Roles
{
    /// <summary>Writes, edits, publishes and schedules articles, uploads media, answers feedback.</summary>
    public const string Editor = "Editor";

    /// <summary>All an editor does, plus categories, users and roles, and site settings.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];
}

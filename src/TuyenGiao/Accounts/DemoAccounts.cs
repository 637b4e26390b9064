namespace TuyenGiao.Accounts;

/// <summary>
/// Accounts the demo seed creates in Development only (documented in the README). Production has no
/// fixed password: its first admin comes from the create-admin command.
/// </summary>
public static class DemoAccounts
{
    public static readonly DemoAccount Admin = new("quantri@example.vn", "QuanTri@2024", "Quản trị trình diễn", Roles.Admin);
    public static readonly DemoAccount Editor = new("bientap@example.vn", "BienTap@2024", "Biên tập viên trình diễn", Roles.Editor);

    public static IReadOnlyList<DemoAccount> All { get; } = [Admin, Editor];
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);

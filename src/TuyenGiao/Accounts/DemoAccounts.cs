namespace TuyenGiao.Accounts;

/// <summary>
/// Accounts the demo seed creates in Development only (documented in the README). Production has no
/// fixed password: its first admin comes from the create-admin command.
/// </summary>
public static class DemoAccounts
{
    public static readonly DemoAccount Admin = new("quantri@example.vn", "QuanTri.TrinhDien24", "Quản trị trình diễn", Roles.Admin);
    public static readonly DemoAccount Editor = new("bientap@example.vn", "BienTap.TrinhDien24", "Biên tập viên trình diễn", Roles.Editor);
    public static readonly DemoAccount Contributor = new("congtacvien@example.vn", "CongTac.TrinhDien24", "Cộng tác viên trình diễn", Roles.Contributor);

    public static IReadOnlyList<DemoAccount> All { get; } = [Admin, Editor, Contributor];
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);

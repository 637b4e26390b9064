namespace TuyenGiao.Accounts;

public static class RoleNames
{
    public static string Of(string role) => role switch
    {
        Roles.Admin => "Quản trị",
        Roles.Editor => "Biên tập viên",
        Roles.Contributor => "Cộng tác viên / Phóng viên",
        _ => role,
    };
}

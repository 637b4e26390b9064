using Microsoft.AspNetCore.Identity;

namespace TuyenGiao.Accounts;

/// <summary>An account of the newsroom: an editor or an admin. Readers have no accounts.</summary>
public class PortalUser : IdentityUser
{
    /// <summary>The name shown in the newsroom and in the audit log, e.g. "Nguyễn Minh Châu".</summary>
    public string DisplayName { get; set; } = "";
}

using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace TuyenGiao.Accounts;

/// <summary>
/// Refuses a password that is on the list of the commonest ones shipped with the project, or is one of
/// them with digits and signs around it ("Password2024!", "@matkhau123"), as NIST SP 800-63B asks instead
/// of composition rules. The list is read once, when the first password is checked.
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<PortalUser>
{
    public const string Refused = "Mật khẩu này nằm trong danh sách những mật khẩu bị dùng nhiều nhất, rất dễ bị đoán. Hãy chọn một cụm từ riêng của bạn, ví dụ ghép vài từ ít gặp.";

    private const int ShortestStem = 4;

    private static readonly Lazy<HashSet<string>> List = new(Read);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = Refused })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lowered = password.Trim().ToLowerInvariant();
        var stem = lowered.Trim([.. lowered.Where(c => !char.IsLetter(c)).Distinct()]);
        return List.Value.Contains(lowered) || (stem.Length >= ShortestStem && List.Value.Contains(stem));
    }

    private static HashSet<string> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TuyenGiao.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }
        return words;
    }
}

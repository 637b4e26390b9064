namespace TuyenGiao.Web.Accounts;

internal static class PasskeyForm
{
    /// <summary>A WebAuthn answer is a few kilobytes; anything far longer is not one, and is not parsed.</summary>
    public const int MaxCredentialLength = 64 * 1024;
}

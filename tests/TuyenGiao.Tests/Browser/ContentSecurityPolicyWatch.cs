using Microsoft.Playwright;

namespace TuyenGiao.Tests.Browser;

/// <summary>
/// Collects what Chromium refuses under the site's content security policy (it says so on the console)
/// while a page is used, so a test can fail on any inline script, style or foreign resource a page needs.
/// </summary>
public static class ContentSecurityPolicyWatch
{
    public static List<string> Watch(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add($"{page.Url}: {message.Text}");
            }
        };
        return refused;
    }
}

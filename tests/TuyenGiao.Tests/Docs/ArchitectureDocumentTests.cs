using System.Text.RegularExpressions;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Docs;

/// <summary>docs/architecture.md names real files: a path it gives that no longer exists fails here.</summary>
public sealed partial class ArchitectureDocumentTests
{
    [Fact]
    public void Every_path_the_architecture_page_names_exists()
    {
        var root = Repository.Root();
        var page = File.ReadAllText(Path.Combine(root, "docs", "architecture.md"));
        var paths = CodeSpan().Matches(page).Select(m => m.Groups[1].Value).Where(LooksLikePath).Distinct().ToList();

        var missing = paths.Where(path => !File.Exists(Path.Combine(root, path)) && !Directory.Exists(Path.Combine(root, path))).ToList();

        Assert.NotEmpty(paths);
        Assert.Empty(missing);
    }

    // A repository path: has a folder and no spaces, braces or leading slash (a URL path of the site).
    private static bool LooksLikePath(string span) =>
        span.Contains('/') && !span.StartsWith('/') && !span.Contains(' ') && !span.Contains('{');

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}

namespace TuyenGiao.Tests.Support;

/// <summary>
/// The slow suites, marked so the inner loop can leave them out (<c>scripts/test.sh --fast</c>); CI and
/// the plain test command run everything.
/// </summary>
public static class TestSuites
{
    public const string Trait = "Suite";

    /// <summary>Drives Debian's Chromium through Playwright.</summary>
    public const string Browser = "Browser";

    /// <summary>Starts Debian's redis-server and several app instances.</summary>
    public const string ScaleOut = "ScaleOut";
}

namespace TuyenGiao.Tests.Support;

/// <summary>The checkout the tests were built from, for tests that read its documents.</summary>
public static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TuyenGiao.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("TuyenGiao.sln not found above the test output.");
    }
}

using Microsoft.Data.Sqlite;

namespace TuyenGiao.Tests.Support;

/// <summary>
/// For tests that run the app more than once (or as a separate process) on one data folder and look at
/// what it left behind; the folder is deleted after the test.
/// </summary>
public abstract class DataFolderTest : IDisposable
{
    protected string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "tuyengiao-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}

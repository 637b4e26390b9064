namespace TuyenGiao.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in the app's data folder, nothing to install.</summary>
    Sqlite,

    /// <summary>For a board that has outgrown one machine.</summary>
    SqlServer,
}

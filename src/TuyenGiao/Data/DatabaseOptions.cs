using System.ComponentModel.DataAnnotations;
using TuyenGiao.Configuration;

namespace TuyenGiao.Data;

/// <summary>Which database the portal runs on (<c>Database</c>), and where it is.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite, empty means <c>tuyengiao.db</c> in the data folder.</summary>
    [ConfigurationPath("ConnectionStrings:Portal")]
    [Secret]
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("phải đặt khi Database:Provider là SqlServer.", [nameof(ConnectionString)]);
        }
    }

    /// <summary>The connection string to use: the configured one, or the SQLite file in <paramref name="dataFolder"/>.</summary>
    public string ConnectionStringIn(string dataFolder) =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString : $"Data Source={Path.Combine(dataFolder, "tuyengiao.db")}";
}

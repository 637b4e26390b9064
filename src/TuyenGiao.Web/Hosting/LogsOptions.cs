namespace TuyenGiao.Web.Hosting;

/// <summary>Where logs go besides the console (<c>Logs</c>); levels come from the <c>Serilog</c> section.</summary>
public sealed class LogsOptions
{
    public const string Section = "Logs";

    /// <summary>Also write logs to this file, rolled daily, 14 days kept.</summary>
    public string? FilePath { get; set; }
}

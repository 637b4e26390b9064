using Serilog;

namespace TuyenGiao.Web.Hosting;

internal static class Logging
{
    /// <summary>Console always; a daily rolling file when <c>Logs:FilePath</c> is set. Levels come from the "Serilog" section.</summary>
    public static IServiceCollection AddPortalLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((serviceProvider, logger) =>
        {
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(serviceProvider)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            var filePath = configuration["Logs:FilePath"];
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
}

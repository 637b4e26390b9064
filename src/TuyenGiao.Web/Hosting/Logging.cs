using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using TuyenGiao.Configuration;

namespace TuyenGiao.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// One line per request. A request the reader abandoned (closed the tab, lost signal) ends in a
    /// cancellation, not a failure: logged as information so that errors stay worth reading.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, exception) =>
            exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Information
            : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : LogEventLevel.Information);

    /// <summary>Console always; a daily rolling file when <c>Logs:FilePath</c> is set. Levels come from the "Serilog" section.</summary>
    public static IServiceCollection AddPortalLogging(this IServiceCollection services)
    {
        services.AddValidatedOptions<LogsOptions>(LogsOptions.Section);
        return services.AddSerilog((serviceProvider, logger) =>
        {
            logger.ReadFrom.Configuration(serviceProvider.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(serviceProvider)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            var filePath = serviceProvider.GetRequiredService<IOptions<LogsOptions>>().Value.FilePath;
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
    }
}

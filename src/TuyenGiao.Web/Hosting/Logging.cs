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

    /// <summary>
    /// Console always; a daily rolling file when <c>Logs:FilePath</c> is set. Levels come from the "Serilog"
    /// section. Lines are written by a background worker, so a request never waits for the console or the
    /// disk (one synchronous console line per request cost a cached page 10–20 % of its throughput). The
    /// queue blocks rather than drops when it is full, and is drained when the app stops cleanly, so no line
    /// is lost to either.
    /// </summary>
    public static IServiceCollection AddPortalLogging(this IServiceCollection services)
    {
        services.AddValidatedOptions<LogsOptions>(LogsOptions.Section);
        return services.AddSerilog((serviceProvider, logger) =>
        {
            logger.ReadFrom.Configuration(serviceProvider.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(serviceProvider)
                .Enrich.FromLogContext()
                .WriteTo.Async(to => to.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture), blockWhenFull: true);
            var filePath = serviceProvider.GetRequiredService<IOptions<LogsOptions>>().Value.FilePath;
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.Async(to => to.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture), blockWhenFull: true);
            }
        });
    }
}

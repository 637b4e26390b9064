using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TuyenGiao.SqlServerQueries;

/// <summary>
/// Stands in for the server: the connection is never opened, every command's text is kept, and each
/// answers with no rows (a count with one row of 0), which is all the pages' code needs to run its queries.
/// </summary>
internal sealed class CapturedCommands : DbConnectionInterceptor, IDbCommandInterceptor
{
    public List<string> Commands { get; } = [];

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(NoRows(command.CommandText)));
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands.Add(command.CommandText);
        return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
    }

    private static DbDataReader NoRows(string sql)
    {
        var table = new DataTable();
        if (sql.StartsWith("SELECT COUNT(", StringComparison.Ordinal))
        {
            table.Columns.Add("Count", typeof(int));
            table.Rows.Add(0);
        }
        return table.CreateDataReader();
    }
}

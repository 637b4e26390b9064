using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TuyenGiao.Data;

namespace TuyenGiao.Tests.Data;

/// <summary>
/// SQL Server cannot run on these machines, so what the portal would send it is checked with the parser
/// SQL Server's own tools use (ScriptDom): the migration scripts a database administrator deploys, and the
/// SQL of the queries every page runs. A real server still has to confirm that the statements succeed.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string NoServer = "Server=127.0.0.1;Database=design-time;Trusted_Connection=False;Encrypt=False";

    private static PortalDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UsePortalDatabase(DatabaseProvider.SqlServer, NoServer).Options);

    [Theory]
    [InlineData(MigrationsSqlGenerationOptions.Idempotent)]
    [InlineData(MigrationsSqlGenerationOptions.Default)]
    public void The_migration_script_parses_as_tsql_with_every_index_and_trigger_in_it(MigrationsSqlGenerationOptions options)
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: options);

        var statements = TSql.ParseAll(script);

        var indexes = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!).ToList();
        Assert.NotEmpty(indexes);
        Assert.All(indexes, index => Assert.Contains(index, statements.OfType<CreateIndexStatement>().Select(s => s.Name.Value)));
        Assert.Equal(["Articles_TopCategory", "Categories_TopCategory"],
            statements.OfType<CreateTriggerStatement>().Select(t => t.Name.BaseIdentifier.Value).Order());
        Assert.Equal(["Articles", "LegalDocuments"], statements.OfType<CreateFullTextIndexStatement>().Select(s => s.OnName.BaseIdentifier.Value).Order());
        // On SQL Server an article's album is a real foreign key (SQLite's is declared with the column).
        Assert.Contains("CONSTRAINT [FK_Articles_Albums_AlbumId] FOREIGN KEY ([AlbumId]) REFERENCES [Albums] ([Id]) ON DELETE SET NULL", script);
    }

    [Fact]
    public async Task The_queries_pages_run_parse_as_tsql()
    {
        var commands = await SqlServerQueriesAsync();

        // The article, category, search, album and video queries.
        Assert.True(commands.Count >= 27, $"only {commands.Count} commands captured");
        Assert.All(commands, command => TSql.ParseAll(command));
        Assert.Contains(commands, c => c.Contains("CONTAINSTABLE", StringComparison.Ordinal));
    }

    /// <summary>
    /// The commands tests/TuyenGiao.SqlServerQueries prints, run in a process of its own: EF Core binds a
    /// compiled query to the first model that runs it, and this process runs them on SQLite.
    /// </summary>
    private static async Task<List<string>> SqlServerQueriesAsync()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var probe = Path.Combine(testOutput.Parent!.Parent!.Parent!.Parent!.FullName, "TuyenGiao.SqlServerQueries",
            "bin", testOutput.Parent.Name, testOutput.Name, "TuyenGiao.SqlServerQueries.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(probe);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
        return [.. (await output).Split("-- ======== end of command ========", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Parses T-SQL, and the strings run by EXEC(N'…') inside it, failing with the parser's own errors.</summary>
    private static class TSql
    {
        public static List<TSqlStatement> ParseAll(string sql)
        {
            var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n---\n" + sql[..Math.Min(sql.Length, 2000)]);
            var statements = new StatementCollector();
            fragment.Accept(statements);
            foreach (var executed in statements.ExecutedStrings.ToList())
            {
                statements.Found.AddRange(ParseAll(executed));
            }
            return statements.Found;
        }
    }

    private sealed class StatementCollector : TSqlFragmentVisitor
    {
        public List<TSqlStatement> Found { get; } = [];
        public List<string> ExecutedStrings { get; } = [];

        public override void Visit(TSqlStatement node) => Found.Add(node);

        // Only text known before it runs: EF's own EXEC(N'… ' + @name + ';') is completed by the server.
        public override void Visit(ExecutableStringList node)
        {
            if (node.Strings.All(s => s is StringLiteral))
            {
                ExecutedStrings.Add(string.Concat(node.Strings.Cast<StringLiteral>().Select(s => s.Value)));
            }
        }
    }
}

using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TuyenGiao.Articles;
using TuyenGiao.Categories;
using TuyenGiao.Data;
using TuyenGiao.Feedback;
using TuyenGiao.Search;
using TuyenGiao.Settings;

namespace TuyenGiao.Tests.Data;

/// <summary>
/// SQL Server cannot run on these machines, so what the portal would send it is checked with the parser
/// SQL Server's own tools use (ScriptDom): the migration scripts a database administrator deploys, and the
/// SQL of the queries every page runs. A real server still has to confirm that the statements succeed.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string NoServer = "Server=127.0.0.1;Database=design-time;Trusted_Connection=False;Encrypt=False";

    private static PortalDbContext SqlServerContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(DatabaseProvider.SqlServer, NoServer)
            .AddInterceptors(interceptors)
            .Options);

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
        Assert.Single(statements.OfType<CreateFullTextIndexStatement>());
    }

    [Fact]
    public async Task The_queries_pages_run_parse_as_tsql()
    {
        var captured = new CapturedCommands();
        await using var db = SqlServerContext(captured);
        var clock = TimeProvider.System;
        var articles = new PublishedArticles(db, clock);
        var article = new Article { Id = 1, Title = "Bài", Slug = "bai", CategoryId = 2 };
        var category = new Category { Id = 2, Name = "Thời sự", Slug = "thoi-su" };

        await articles.FindAsync(1);
        await articles.RelatedToAsync(article, 5);
        await articles.OthersThanAsync(article, 5);
        await articles.FeaturedAsync(5);
        await articles.LatestAsync(20);
        await articles.LatestInAsync(2, isTopLevel: true, 4);
        await articles.PageInAsync(category, 1, 12);
        await articles.CountAsync();
        await articles.LocationsAsync(10_000, 10_000);
        var categories = new SiteCategories(db);
        await categories.MenuAsync();
        await categories.FindBySlugAsync("thoi-su");
        await categories.CurrentSlugForAsync("thoi-su-cu");
        await new SiteSettingsReader(db).GetAsync();
        await new PublishedAnswers(db).ForArticleAsync(1);
        var search = new ArticleSearch(db, clock);
        await search.SearchAsync(SearchQuery.Parse("\"tuyen giao\" nghi quyet"), new SearchFilters(category, DateTime.UtcNow.AddYears(-1), DateTime.UtcNow), 2, 10);
        await search.SearchAsync(SearchQuery.Parse("tuyen giao"), new SearchFilters(), 1, 10);

        Assert.True(captured.Commands.Count >= 15, $"only {captured.Commands.Count} commands captured");
        Assert.All(captured.Commands, command => TSql.ParseAll(command));
        Assert.Contains(captured.Commands, c => c.Contains("CONTAINSTABLE", StringComparison.Ordinal));
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

        public override void Visit(ExecutableStringList node) =>
            ExecutedStrings.Add(string.Concat(node.Strings.OfType<StringLiteral>().Select(s => s.Value)));
    }

    /// <summary>
    /// Stands in for the server: the connection is never opened, every command's text is kept, and each
    /// answers with no rows, which is all the pages' code needs to run through its queries.
    /// </summary>
    private sealed class CapturedCommands : DbConnectionInterceptor, IDbCommandInterceptor
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

        // A count is read as one row; everything else as none.
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

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }
    }
}

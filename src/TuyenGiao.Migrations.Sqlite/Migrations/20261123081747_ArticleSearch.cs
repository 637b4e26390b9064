using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Full-text index over the folded columns of published articles only, kept in step by triggers:
            // what a reader may find is what the index holds, so counting matches needs no join.
            // Beware: a later migration that makes EF rebuild the Articles table drops these triggers;
            // recreate them in that migration (the search tests fail if they are missing).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(
                    SearchTitle, SearchText, content='Articles', content_rowid='Id', tokenize='unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_AfterInsert_Search AFTER INSERT ON Articles WHEN new.Status = 'Published' BEGIN
                    INSERT INTO ArticleSearch(rowid, SearchTitle, SearchText) VALUES (new.Id, new.SearchTitle, new.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_AfterDelete_Search AFTER DELETE ON Articles WHEN old.Status = 'Published' BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchTitle, SearchText)
                        VALUES ('delete', old.Id, old.SearchTitle, old.SearchText);
                END;
                """);
            // View counts and other columns do not touch the index; text and status changes do.
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_AfterUpdate_Search AFTER UPDATE OF SearchTitle, SearchText, Status ON Articles BEGIN
                    INSERT INTO ArticleSearch(ArticleSearch, rowid, SearchTitle, SearchText)
                        SELECT 'delete', old.Id, old.SearchTitle, old.SearchText WHERE old.Status = 'Published';
                    INSERT INTO ArticleSearch(rowid, SearchTitle, SearchText)
                        SELECT new.Id, new.SearchTitle, new.SearchText WHERE new.Status = 'Published';
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO ArticleSearch(rowid, SearchTitle, SearchText)
                    SELECT Id, SearchTitle, SearchText FROM Articles WHERE Status = 'Published';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Articles_AfterUpdate_Search;");
            migrationBuilder.Sql("DROP TRIGGER Articles_AfterDelete_Search;");
            migrationBuilder.Sql("DROP TRIGGER Articles_AfterInsert_Search;");
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "Articles");
        }
    }
}

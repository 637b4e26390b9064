using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "Articles",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // SQL Server's full-text search over the folded columns (needs the Full-Text Search feature,
            // see README). Full-text DDL cannot run inside a transaction.
            migrationBuilder.Sql("""
                IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'PortalCatalog')
                    CREATE FULLTEXT CATALOG PortalCatalog;
                """, suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON Articles (SearchTitle LANGUAGE 0, SearchText LANGUAGE 0)
                    KEY INDEX PK_Articles ON PortalCatalog WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON Articles;", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG PortalCatalog;", suppressTransaction: true);

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "Articles");
        }
    }
}

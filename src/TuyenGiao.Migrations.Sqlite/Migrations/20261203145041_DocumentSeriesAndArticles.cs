using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSeriesAndArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LegalDocuments_IsPublished_IssuedOn",
                table: "LegalDocuments");

            migrationBuilder.AddColumn<string>(
                name: "IssueName",
                table: "LegalDocuments",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            // SQLite cannot add a foreign key to a table; EF would rebuild LegalDocuments to do it, losing its
            // search triggers. A new column may carry the reference instead (RESTRICT: a used series is not deleted).
            migrationBuilder.Sql("ALTER TABLE LegalDocuments ADD COLUMN SeriesId INTEGER NULL REFERENCES DocumentLabels (Id) ON DELETE RESTRICT;");

            migrationBuilder.CreateTable(
                name: "DocumentArticles",
                columns: table => new
                {
                    LegalDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedArticlesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentArticles", x => new { x.LegalDocumentId, x.RelatedArticlesId });
                    table.ForeignKey(
                        name: "FK_DocumentArticles_Articles_RelatedArticlesId",
                        column: x => x.RelatedArticlesId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentArticles_LegalDocuments_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_IsPublished_IssuedOn_TypeId_IssuerId_FieldId_Status_SeriesId",
                table: "LegalDocuments",
                columns: new[] { "IsPublished", "IssuedOn", "TypeId", "IssuerId", "FieldId", "Status", "SeriesId" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_SeriesId_IsPublished_IssuedOn",
                table: "LegalDocuments",
                columns: new[] { "SeriesId", "IsPublished", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentArticles_RelatedArticlesId",
                table: "DocumentArticles",
                column: "RelatedArticlesId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentArticles");

            migrationBuilder.DropIndex(
                name: "IX_LegalDocuments_IsPublished_IssuedOn_TypeId_IssuerId_FieldId_Status_SeriesId",
                table: "LegalDocuments");

            migrationBuilder.DropIndex(
                name: "IX_LegalDocuments_SeriesId_IsPublished_IssuedOn",
                table: "LegalDocuments");

            migrationBuilder.DropColumn(
                name: "IssueName",
                table: "LegalDocuments");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "LegalDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_IsPublished_IssuedOn",
                table: "LegalDocuments",
                columns: new[] { "IsPublished", "IssuedOn" });
        }
    }
}

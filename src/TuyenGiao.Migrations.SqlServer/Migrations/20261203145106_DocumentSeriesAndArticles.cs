using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.SqlServer.Migrations
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
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SeriesId",
                table: "LegalDocuments",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentArticles",
                columns: table => new
                {
                    LegalDocumentId = table.Column<int>(type: "int", nullable: false),
                    RelatedArticlesId = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.AddForeignKey(
                name: "FK_LegalDocuments_DocumentLabels_SeriesId",
                table: "LegalDocuments",
                column: "SeriesId",
                principalTable: "DocumentLabels",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalDocuments_DocumentLabels_SeriesId",
                table: "LegalDocuments");

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

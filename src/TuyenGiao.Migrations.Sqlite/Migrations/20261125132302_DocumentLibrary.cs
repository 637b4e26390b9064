using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentLabels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentLabels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NumberKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerId = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: true),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupersededById = table.Column<int>(type: "INTEGER", nullable: true),
                    DownloadCount = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ViewCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_DocumentLabels_FieldId",
                        column: x => x.FieldId,
                        principalTable: "DocumentLabels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_DocumentLabels_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "DocumentLabels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_DocumentLabels_TypeId",
                        column: x => x.TypeId,
                        principalTable: "DocumentLabels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_LegalDocuments_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    IsScan = table.Column<bool>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DownloadCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentFiles_LegalDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFiles_DocumentId",
                table: "DocumentFiles",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentLabels_Kind_Position",
                table: "DocumentLabels",
                columns: new[] { "Kind", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_FieldId",
                table: "LegalDocuments",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_IsPublished_IssuedOn",
                table: "LegalDocuments",
                columns: new[] { "IsPublished", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_IssuerId",
                table: "LegalDocuments",
                column: "IssuerId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_NumberKey",
                table: "LegalDocuments",
                column: "NumberKey");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_SupersededById",
                table: "LegalDocuments",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_TypeId",
                table: "LegalDocuments",
                column: "TypeId");

            // Full-text index over the folded text (summary, number, signer, files' text) of published
            // documents only, kept in step by triggers, as ArticleSearch is for articles. A later migration
            // that makes EF rebuild LegalDocuments drops these triggers: recreate them there.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE DocumentSearch USING fts5(
                    SearchText, content='LegalDocuments', content_rowid='Id', tokenize='unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER LegalDocuments_AfterInsert_Search AFTER INSERT ON LegalDocuments WHEN new.IsPublished BEGIN
                    INSERT INTO DocumentSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER LegalDocuments_AfterDelete_Search AFTER DELETE ON LegalDocuments WHEN old.IsPublished BEGIN
                    INSERT INTO DocumentSearch(DocumentSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER LegalDocuments_AfterUpdate_Search AFTER UPDATE OF SearchText, IsPublished ON LegalDocuments BEGIN
                    INSERT INTO DocumentSearch(DocumentSearch, rowid, SearchText)
                        SELECT 'delete', old.Id, old.SearchText WHERE old.IsPublished;
                    INSERT INTO DocumentSearch(rowid, SearchText)
                        SELECT new.Id, new.SearchText WHERE new.IsPublished;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER LegalDocuments_AfterUpdate_Search;");
            migrationBuilder.Sql("DROP TRIGGER LegalDocuments_AfterDelete_Search;");
            migrationBuilder.Sql("DROP TRIGGER LegalDocuments_AfterInsert_Search;");
            migrationBuilder.Sql("DROP TABLE DocumentSearch;");

            migrationBuilder.DropTable(
                name: "DocumentFiles");

            migrationBuilder.DropTable(
                name: "LegalDocuments");

            migrationBuilder.DropTable(
                name: "DocumentLabels");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddArticleAutosavesAndPhotoCaptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Caption",
                table: "MediaImages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "MediaImages",
                type: "TEXT",
                maxLength: 800,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ArticleAutosaves",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sapo = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAutosaves", x => new { x.UserId, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_ArticleAutosaves_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleAutosaves");

            migrationBuilder.DropColumn(
                name: "Caption",
                table: "MediaImages");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "MediaImages");
        }
    }
}

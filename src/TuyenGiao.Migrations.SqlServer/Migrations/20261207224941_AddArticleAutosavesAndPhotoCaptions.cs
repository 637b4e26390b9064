using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.SqlServer.Migrations
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "MediaImages",
                type: "nvarchar(800)",
                maxLength: 800,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ArticleAutosaves",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sapo = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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

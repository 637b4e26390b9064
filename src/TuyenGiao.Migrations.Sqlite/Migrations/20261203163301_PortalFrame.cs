using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PortalFrame : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LicenceNumber",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ResponsiblePerson",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Banners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImageUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DestinationUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ClickCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Banners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntroPages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Placement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ListsLeaders = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    EnglishSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    EnglishTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EnglishBodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    EnglishBodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntroPages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntroPages_IntroPages_ParentId",
                        column: x => x.ParentId,
                        principalTable: "IntroPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leaders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnglishPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhotoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpecialTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    BannerImageUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpecialTopics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebsiteLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LogoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebsiteLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BannerDailyClicks",
                columns: table => new
                {
                    BannerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Clicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BannerDailyClicks", x => new { x.BannerId, x.Day });
                    table.ForeignKey(
                        name: "FK_BannerDailyClicks_Banners_BannerId",
                        column: x => x.BannerId,
                        principalTable: "Banners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntroPageRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PageId = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntroPageRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntroPageRevisions_IntroPages_PageId",
                        column: x => x.PageId,
                        principalTable: "IntroPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HomeBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsVisible = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomeBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HomeBlocks_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HomeBlocks_SpecialTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "SpecialTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TopicArticles",
                columns: table => new
                {
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicArticles", x => new { x.TopicId, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_TopicArticles_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TopicArticles_SpecialTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "SpecialTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "HomeBlocks",
                columns: new[] { "Id", "CategoryId", "IsVisible", "Kind", "Order", "TopicId" },
                values: new object[,]
                {
                    { 1, null, true, "Featured", 1, null },
                    { 2, null, true, "SpecialTopics", 2, null },
                    { 3, null, true, "MenuCategories", 3, null },
                    { 4, null, true, "Banners", 4, null },
                    { 5, null, true, "DocumentSeries", 5, null },
                    { 6, null, true, "Albums", 6, null },
                    { 7, null, true, "Videos", 7, null },
                    { 8, null, true, "Links", 8, null },
                    { 9, null, false, "VisitStatistics", 9, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_HomeBlocks_CategoryId",
                table: "HomeBlocks",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_HomeBlocks_TopicId",
                table: "HomeBlocks",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_IntroPageRevisions_PageId",
                table: "IntroPageRevisions",
                column: "PageId");

            migrationBuilder.CreateIndex(
                name: "IX_IntroPages_EnglishSlug",
                table: "IntroPages",
                column: "EnglishSlug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntroPages_ParentId",
                table: "IntroPages",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_IntroPages_Slug",
                table: "IntroPages",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpecialTopics_Slug",
                table: "SpecialTopics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopicArticles_ArticleId",
                table: "TopicArticles",
                column: "ArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BannerDailyClicks");

            migrationBuilder.DropTable(
                name: "HomeBlocks");

            migrationBuilder.DropTable(
                name: "IntroPageRevisions");

            migrationBuilder.DropTable(
                name: "Leaders");

            migrationBuilder.DropTable(
                name: "TopicArticles");

            migrationBuilder.DropTable(
                name: "WebsiteLinks");

            migrationBuilder.DropTable(
                name: "Banners");

            migrationBuilder.DropTable(
                name: "IntroPages");

            migrationBuilder.DropTable(
                name: "SpecialTopics");

            migrationBuilder.DropColumn(
                name: "LicenceNumber",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ResponsiblePerson",
                table: "SiteSettings");
        }
    }
}

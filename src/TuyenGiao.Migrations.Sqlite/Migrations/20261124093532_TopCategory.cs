using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TopCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TopCategoryId",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TopCategoryId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "TopCategoryId", "Status", "PublishedAt" });

            // An article's top-level category is its category's parent, or its category when that has
            // none. Triggers keep it so whatever writes articles or moves categories.
            migrationBuilder.Sql("""
                UPDATE Articles SET TopCategoryId =
                    COALESCE((SELECT ParentId FROM Categories WHERE Categories.Id = Articles.CategoryId), CategoryId);
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_AfterInsert_TopCategory AFTER INSERT ON Articles BEGIN
                    UPDATE Articles SET TopCategoryId =
                        COALESCE((SELECT ParentId FROM Categories WHERE Categories.Id = new.CategoryId), new.CategoryId)
                    WHERE Id = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_AfterUpdate_TopCategory AFTER UPDATE OF CategoryId ON Articles BEGIN
                    UPDATE Articles SET TopCategoryId =
                        COALESCE((SELECT ParentId FROM Categories WHERE Categories.Id = new.CategoryId), new.CategoryId)
                    WHERE Id = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Categories_AfterUpdate_TopCategory AFTER UPDATE OF ParentId ON Categories BEGIN
                    UPDATE Articles SET TopCategoryId = COALESCE(new.ParentId, new.Id) WHERE CategoryId = new.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Categories_AfterUpdate_TopCategory;");
            migrationBuilder.Sql("DROP TRIGGER Articles_AfterUpdate_TopCategory;");
            migrationBuilder.Sql("DROP TRIGGER Articles_AfterInsert_TopCategory;");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TopCategoryId_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TopCategoryId",
                table: "Articles");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TuyenGiao.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TopCategoryId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "TopCategoryId", "Status", "PublishedAt" });

            // An article's top-level category is its category's parent, or its category when that has
            // none. Triggers keep it so whatever writes articles or moves categories; the model names
            // them (HasTrigger) so EF does not use OUTPUT without INTO on these tables.
            // Each statement goes through EXEC: CREATE TRIGGER must open its batch, and in the
            // idempotent script (IF NOT EXISTS … BEGIN … END) or after the column is added in the same
            // batch it would not; EXEC gives it a batch of its own in every script and in Migrate().
            migrationBuilder.Sql("""
                EXEC(N'UPDATE a SET TopCategoryId = COALESCE(c.ParentId, c.Id)
                FROM Articles a JOIN Categories c ON c.Id = a.CategoryId;');
                """);
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER Articles_TopCategory ON Articles AFTER INSERT, UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF UPDATE(CategoryId)
                        UPDATE a SET TopCategoryId = COALESCE(c.ParentId, c.Id)
                        FROM Articles a JOIN inserted i ON i.Id = a.Id JOIN Categories c ON c.Id = i.CategoryId;
                END');
                """);
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER Categories_TopCategory ON Categories AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF UPDATE(ParentId)
                        UPDATE a SET TopCategoryId = COALESCE(i.ParentId, i.Id)
                        FROM Articles a JOIN inserted i ON i.Id = a.CategoryId;
                END');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER Categories_TopCategory;");
            migrationBuilder.Sql("DROP TRIGGER Articles_TopCategory;");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TopCategoryId_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TopCategoryId",
                table: "Articles");
        }
    }
}

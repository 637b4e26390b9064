using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TuyenGiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaptchaPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Answer",
                table: "CaptchaChallenges");

            migrationBuilder.AddColumn<string>(
                name: "AnswerHashes",
                table: "CaptchaChallenges",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "CaptchaQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaptchaQuestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PortalSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalSecrets", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "CaptchaQuestions",
                columns: new[] { "Id", "Answers", "Question" },
                values: new object[,]
                {
                    { 1, "Hà Nội", "Thủ đô của Việt Nam là thành phố nào?" },
                    { 2, "7 | bảy", "Một tuần có bao nhiêu ngày? (viết bằng số hoặc bằng chữ)" },
                    { 3, "2/9 | 2-9 | 2 tháng 9 | mùng 2 tháng 9 | ngày 2 tháng 9", "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam là ngày nào, tháng mấy? (ví dụ 1/1)" },
                    { 4, "đỏ | màu đỏ", "Màu của lá cờ Tổ quốc Việt Nam là màu gì (nền cờ)?" },
                    { 5, "5 | năm", "Ngôi sao trên lá cờ Tổ quốc có mấy cánh?" },
                    { 6, "12 | mười hai", "Một năm có bao nhiêu tháng?" },
                    { 7, "mèo | con mèo", "Con vật nào kêu “meo meo”?" },
                    { 8, "Hồng | sông Hồng", "Sông dài nhất chảy qua Thủ đô Hà Nội là sông gì?" },
                    { 9, "đông | hướng đông | phía đông", "Mặt trời mọc ở hướng nào?" },
                    { 10, "Hồ Chí Minh | thành phố Hồ Chí Minh | TP Hồ Chí Minh | TPHCM", "Thành phố mang tên Bác Hồ là thành phố nào?" },
                    { 11, "S | chữ S", "Nước ta có hình dáng giống chữ cái nào?" },
                    { 12, "1 | mùng 1 | một | mồng 1 | mùng một | mồng một", "Tết Nguyên đán là ngày mùng mấy tháng Giêng âm lịch?" },
                    { 13, "xanh | màu xanh | xanh lá", "Lá cây thường có màu gì?" },
                    { 14, "24 | hai mươi bốn | hai bốn", "Một ngày có bao nhiêu giờ?" },
                    { 15, "Ba Đình | quảng trường Ba Đình", "Bác Hồ đọc Tuyên ngôn Độc lập tại quảng trường nào?" },
                    { 16, "gà | con gà", "Con vật nào gáy vào buổi sáng: con gà hay con vịt?" },
                    { 17, "Biển Đông | Đông", "Biển bao bọc phía đông nước ta gọi là biển gì?" },
                    { 18, "7 | bảy", "Mười trừ ba còn bao nhiêu? (viết bằng chữ số)" },
                    { 19, "2 | hai | tháng 2 | tháng hai", "Tháng có ít ngày nhất trong năm là tháng mấy?" },
                    { 20, "20/11 | 20-11 | 20 tháng 11 | ngày 20 tháng 11", "Ngày Nhà giáo Việt Nam là ngày nào, tháng mấy? (ví dụ 1/1)" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaptchaQuestions");

            migrationBuilder.DropTable(
                name: "PortalSecrets");

            migrationBuilder.DropColumn(
                name: "AnswerHashes",
                table: "CaptchaChallenges");

            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "CaptchaChallenges",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");
        }
    }
}

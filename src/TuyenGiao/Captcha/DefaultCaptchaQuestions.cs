namespace TuyenGiao.Captcha;

/// <summary>
/// The pool a new installation starts with (inserted once by the CaptchaPool migration): general
/// knowledge any reader can answer. A board should add questions of its own (its province, its site)
/// and may delete these, which every installation shares.
/// </summary>
public static class DefaultCaptchaQuestions
{
    public static IReadOnlyList<CaptchaQuestion> All { get; } =
    [
        new() { Id = 1, Question = "Thủ đô của Việt Nam là thành phố nào?", Answers = "Hà Nội" },
        new() { Id = 2, Question = "Một tuần có bao nhiêu ngày? (viết bằng số hoặc bằng chữ)", Answers = "7 | bảy" },
        new() { Id = 3, Question = "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam là ngày nào, tháng mấy? (ví dụ 1/1)", Answers = "2/9 | 2-9 | 2 tháng 9 | mùng 2 tháng 9 | ngày 2 tháng 9" },
        new() { Id = 4, Question = "Màu của lá cờ Tổ quốc Việt Nam là màu gì (nền cờ)?", Answers = "đỏ | màu đỏ" },
        new() { Id = 5, Question = "Ngôi sao trên lá cờ Tổ quốc có mấy cánh?", Answers = "5 | năm" },
        new() { Id = 6, Question = "Một năm có bao nhiêu tháng?", Answers = "12 | mười hai" },
        new() { Id = 7, Question = "Con vật nào kêu “meo meo”?", Answers = "mèo | con mèo" },
        new() { Id = 8, Question = "Sông dài nhất chảy qua Thủ đô Hà Nội là sông gì?", Answers = "Hồng | sông Hồng" },
        new() { Id = 9, Question = "Mặt trời mọc ở hướng nào?", Answers = "đông | hướng đông | phía đông" },
        new() { Id = 10, Question = "Thành phố mang tên Bác Hồ là thành phố nào?", Answers = "Hồ Chí Minh | thành phố Hồ Chí Minh | TP Hồ Chí Minh | TPHCM" },
        new() { Id = 11, Question = "Nước ta có hình dáng giống chữ cái nào?", Answers = "S | chữ S" },
        new() { Id = 12, Question = "Tết Nguyên đán là ngày mùng mấy tháng Giêng âm lịch?", Answers = "1 | mùng 1 | một | mồng 1 | mùng một | mồng một" },
        new() { Id = 13, Question = "Lá cây thường có màu gì?", Answers = "xanh | màu xanh | xanh lá" },
        new() { Id = 14, Question = "Một ngày có bao nhiêu giờ?", Answers = "24 | hai mươi bốn | hai bốn" },
        new() { Id = 15, Question = "Bác Hồ đọc Tuyên ngôn Độc lập tại quảng trường nào?", Answers = "Ba Đình | quảng trường Ba Đình" },
        new() { Id = 16, Question = "Con vật nào gáy vào buổi sáng: con gà hay con vịt?", Answers = "gà | con gà" },
        new() { Id = 17, Question = "Biển bao bọc phía đông nước ta gọi là biển gì?", Answers = "Biển Đông | Đông" },
        new() { Id = 18, Question = "Mười trừ ba còn bao nhiêu? (viết bằng chữ số)", Answers = "7 | bảy" },
        new() { Id = 19, Question = "Tháng có ít ngày nhất trong năm là tháng mấy?", Answers = "2 | hai | tháng 2 | tháng hai" },
        new() { Id = 20, Question = "Ngày Nhà giáo Việt Nam là ngày nào, tháng mấy? (ví dụ 1/1)", Answers = "20/11 | 20-11 | 20 tháng 11 | ngày 20 tháng 11" },
    ];
}

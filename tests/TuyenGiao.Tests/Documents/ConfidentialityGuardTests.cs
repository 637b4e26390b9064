using TuyenGiao.Documents;

namespace TuyenGiao.Tests.Documents;

public sealed class ConfidentialityGuardTests
{
    [Theory]
    [InlineData("TỐI MẬT", "TỐI MẬT")]
    [InlineData("Tài liệu tuyệt mật, không sao chụp", "tuyệt mật")]
    [InlineData("TUYET MAT", "TUYET MAT")]
    [InlineData("Toi mat", "Toi mat")]
    [InlineData("Tài liệu chỉ lưu hành nội bộ", "lưu hành nội bộ")]
    [InlineData("LUU HANH NOI BO", "LUU HANH NOI BO")]
    [InlineData("Độ mật: Mật", "Độ mật")]
    [InlineData("TỈNH ỦY\nMẬT\nSố 12-NQ/TU", "MẬT")]
    [InlineData("TINH UY\n  MAT  \nSo 12", "MAT")]
    [InlineData("Nghị quyết (Mật) về công tác cán bộ", "Mật")]
    public void Finds_a_stamp_with_or_without_tones(string text, string mark)
    {
        var found = ConfidentialityGuard.Find([("trích yếu", text)]);

        Assert.NotNull(found);
        Assert.Equal(mark, found.Mark);
        Assert.Equal("trích yếu", found.Where);
    }

    [Theory]
    [InlineData("Chỉ thị về bảo vệ bí mật nhà nước trong công tác tuyên giáo")]
    [InlineData("Quan hệ mật thiết giữa Đảng và nhân dân")]
    [InlineData("tôi mất nhiều thời gian, toi mat nhieu thoi gian")]
    [InlineData("Mặt trận Tổ quốc; MAT TRAN; mat do dan so")]
    [InlineData("Nghị quyết về phát triển nghề nuôi ong lấy mật")]
    public void Leaves_ordinary_words_alone(string text)
    {
        Assert.Null(ConfidentialityGuard.Find([("tệp “a.pdf”", text)]));
    }

    [Fact]
    public void Says_where_the_mark_is_and_quotes_the_line_around_it()
    {
        var found = ConfidentialityGuard.Find([("số/ký hiệu", "12-NQ/TU"), ("tệp “Nghị quyết.pdf”", "Trang 1\nBản sao số 3. Tài liệu TUYỆT MẬT, không phổ biến.\nNội dung")]);

        Assert.NotNull(found);
        Assert.Equal("tệp “Nghị quyết.pdf”", found.Where);
        Assert.Contains("Tài liệu TUYỆT MẬT, không phổ biến.", found.Excerpt);
        Assert.Contains("“TUYỆT MẬT”", found.Message);
    }
}

using TuyenGiao.Text;

namespace TuyenGiao.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Tuyên giáo", "Tuyen giao")]
    [InlineData("Đảng Cộng sản Việt Nam", "Dang Cong san Viet Nam")]
    [InlineData("đường, ĐƯỜNG", "duong, DUONG")]
    [InlineData("Ngữ, Nghĩa, Khuyến, Hưởng, Ủy", "Ngu, Nghia, Khuyen, Huong, Uy")]
    [InlineData("plain ASCII 123", "plain ASCII 123")]
    public void Removes_tones_and_vowel_marks_and_maps_d_with_stroke(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.RemoveDiacritics(text));
    }
}

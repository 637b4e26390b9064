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

    [Theory]
    [InlineData("Tuyên Giáo ĐẢNG", "tuyen giao dang")]
    [InlineData("Học tập và làm theo Bác", "hoc tap va lam theo bac")]
    [InlineData("Đường ĐƯỜNG đường", "duong duong duong")]
    [InlineData("Thuỷ lợi, thủy sản!", "thuy loi, thuy san!")]
    public void Fold_lowercases_and_drops_marks_for_search(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Fact]
    public void Fold_keeps_every_offset_of_the_composed_text()
    {
        var decomposed = "Nghị quyết Đại hội".Normalize(System.Text.NormalizationForm.FormD);
        var composed = decomposed.Normalize(System.Text.NormalizationForm.FormC);

        var folded = VietnameseText.Fold(decomposed);

        Assert.Equal(composed.Length, folded.Length);
        Assert.Equal("nghi quyet dai hoi", folded);
    }
}

using TuyenGiao.Text;

namespace TuyenGiao.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh")]
    [InlineData("Đảng bộ tỉnh Đắk Lắk: Đổi mới để phát triển!", "dang-bo-tinh-dak-lak-doi-moi-de-phat-trien")]
    [InlineData("Hội nghị lần thứ 10 Ban Chấp hành Trung ương khóa XIII", "hoi-nghi-lan-thu-10-ban-chap-hanh-trung-uong-khoa-xiii")]
    [InlineData("Ngày 2/9 – Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "ngay-2-9-quoc-khanh-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam")]
    [InlineData("ĐẠI HỘI ĐẢNG BỘ “KIỂU MẪU”", "dai-hoi-dang-bo-kieu-mau")]
    [InlineData("Thủy lợi, thuỷ sản và “Khuyến nông” năm 2024", "thuy-loi-thuy-san-va-khuyen-nong-nam-2024")]
    [InlineData("  -- Tin   vắn -- ", "tin-van")]
    public void Real_titles_become_lowercase_hyphenated_ascii(string title, string expected)
    {
        Assert.Equal(expected, Slug.FromTitle(title));
    }

    [Fact]
    public void Decomposed_input_gives_the_same_slug_as_precomposed()
    {
        // Text pasted from some editors arrives as base letters plus combining marks (NFD).
        var decomposed = "Tuyên giáo".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("tuyen-giao", Slug.FromTitle(decomposed));
    }

    [Fact]
    public void A_title_of_only_punctuation_gives_an_empty_slug()
    {
        Assert.Equal("", Slug.FromTitle("!!! ??? …"));
    }

    [Fact]
    public void A_long_title_is_cut_at_a_syllable_boundary_within_the_limit()
    {
        var title = string.Join(' ', Enumerable.Repeat("Tuyên truyền", 30));

        var slug = Slug.FromTitle(title);

        Assert.True(slug.Length <= Slug.MaxLength, $"{slug.Length} characters");
        Assert.StartsWith("tuyen-truyen-tuyen-truyen", slug);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), syllable => Assert.Contains(syllable, new[] { "tuyen", "truyen" }));
    }
}

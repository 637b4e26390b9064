using TuyenGiao.Time;

namespace TuyenGiao.Tests.Time;

public class VietnamTimeTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Publication_time_reads_like_a_vietnamese_portal_in_vietnam_time()
    {
        Assert.Equal("Thứ Năm, 20/10/2022 15:32 (GMT+7)", VietnamTime.FormatDateTime(Utc(2022, 10, 20, 8, 32)));
    }

    [Fact]
    public void Header_date_has_the_weekday_and_no_leading_zeros()
    {
        Assert.Equal("Thứ Tư, 24/7/2024", VietnamTime.FormatDate(Utc(2024, 7, 24, 3, 0)));
    }

    [Theory]
    [InlineData(16, 59, "Thứ Ba, 23/7/2024")]
    [InlineData(17, 0, "Thứ Tư, 24/7/2024")]
    public void The_day_changes_at_midnight_in_vietnam_not_in_utc(int utcHour, int utcMinute, string expected)
    {
        Assert.Equal(expected, VietnamTime.FormatDate(Utc(2024, 7, 23, utcHour, utcMinute)));
    }

    [Fact]
    public void Sunday_is_chu_nhat()
    {
        Assert.Equal("Chủ Nhật, 1/9/2024", VietnamTime.FormatDate(Utc(2024, 9, 1, 2, 0)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Vietnam_is_utc_plus_seven_all_year(int month)
    {
        var utc = Utc(2025, month, 15, 12, 0);
        Assert.Equal(utc.AddHours(7), VietnamTime.ToLocal(utc));
        Assert.Equal(utc, VietnamTime.ToUtc(utc.AddHours(7)));
    }
}

using TuyenGiao.Counters;

namespace TuyenGiao.Tests.Counters;

public class VisitCalendarTests
{
    private static DateTime VietnamTime(int year, int month, int day, int hour, int minute) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);

    [Fact]
    public void A_visit_at_23_59_and_one_at_00_01_fall_on_consecutive_vietnam_days()
    {
        Assert.Equal(new DateOnly(2024, 7, 23), VisitCalendar.Today(VietnamTime(2024, 7, 23, 23, 59)));
        Assert.Equal(new DateOnly(2024, 7, 24), VisitCalendar.Today(VietnamTime(2024, 7, 24, 0, 1)));
        // 00:01 in Vietnam is still the previous day in UTC.
        Assert.Equal(23, VietnamTime(2024, 7, 24, 0, 1).Day);
    }

    [Theory]
    [InlineData("2024-12-30", "2024-12-30")] // Monday is its own week's start
    [InlineData("2025-01-05", "2024-12-30")] // Sunday belongs to the week that began on Monday
    [InlineData("2025-01-01", "2024-12-30")] // a week can start in the previous year
    [InlineData("2024-07-24", "2024-07-22")]
    public void Weeks_start_on_monday(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            VisitCalendar.WeekStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Months_and_years_start_on_their_first_day()
    {
        var day = new DateOnly(2024, 2, 29);
        Assert.Equal(new DateOnly(2024, 2, 1), VisitCalendar.MonthStart(day));
        Assert.Equal(new DateOnly(2024, 1, 1), VisitCalendar.YearStart(day));
    }
}

namespace TuyenGiao.Tests.Support;

/// <summary>A clock a test sets by hand, to put visits either side of midnight in Vietnam.</summary>
public sealed class TestClock(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);

    /// <summary>Sets the clock to a time given as Vietnam wall-clock time.</summary>
    public void SetVietnamTime(int year, int month, int day, int hour, int minute) =>
        UtcNow = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);
}

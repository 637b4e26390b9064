namespace TuyenGiao.Counters;

/// <summary>The "Thống kê truy cập" figures.</summary>
public sealed record SiteStatistics(int Online, long Today, long ThisWeek, long ThisMonth, long ThisYear, long AllTime);

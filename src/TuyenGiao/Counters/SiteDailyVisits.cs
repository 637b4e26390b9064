namespace TuyenGiao.Counters;

/// <summary>Distinct visitors of the site on one day (Vietnam time). Week, month and year are sums of these.</summary>
public class SiteDailyVisits
{
    public DateOnly Day { get; set; }
    public long Visits { get; set; }
}

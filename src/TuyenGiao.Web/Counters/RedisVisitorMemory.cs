using System.Globalization;
using StackExchange.Redis;
using TuyenGiao.Counters;

namespace TuyenGiao.Web.Counters;

/// <summary>
/// The visitor memory of several instances, kept in Redis so that a reader whose requests land on
/// different instances is still one visit and one view. Keys expire on their own; nothing to forget.
/// The counts themselves are still added to the database by each instance's flusher, which loses
/// no one's increments.
/// </summary>
public sealed class RedisVisitorMemory(IConnectionMultiplexer redis, string keyPrefix) : IVisitorMemory
{
    private IDatabase Database => redis.GetDatabase();
    private RedisKey OnlineKey => keyPrefix + "online";

    public Task<bool> IsNewViewAsync(string visitor, ViewedItem item, DateTime utcNow) =>
        Database.StringSetAsync(
            keyPrefix + "view:" + item.Kind + ":" + item.Id.ToString(CultureInfo.InvariantCulture) + ":" + visitor,
            1, VisitorMemory.ViewWindow, When.NotExists);

    // A day in Vietnam ends within two days of any server's clock; the key is not needed after.
    public Task<bool> IsNewClickAsync(string visitor, int bannerId, DateOnly day) =>
        Database.StringSetAsync(
            keyPrefix + "click:" + bannerId.ToString(CultureInfo.InvariantCulture) + ":" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":" + visitor,
            1, TimeSpan.FromDays(2), When.NotExists);

    public async Task<bool> IsNewVisitAsync(string visitor, DateOnly day, DateTime utcNow)
    {
        RedisKey dayKey = keyPrefix + "visitors:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var batch = Database.CreateBatch();
        var added = batch.SetAddAsync(dayKey, visitor);
        // A day in Vietnam ends within two days of any server's clock; the set is not needed after.
        var expiry = batch.KeyExpireAsync(dayKey, TimeSpan.FromDays(2));
        var online = batch.SortedSetAddAsync(OnlineKey, visitor, Milliseconds(utcNow));
        batch.Execute();
        await Task.WhenAll(added, expiry, online);
        return added.Result;
    }

    public async Task<int> OnlineCountAsync(DateTime utcNow)
    {
        var since = Milliseconds(utcNow - VisitorMemory.OnlineWindow);
        await Database.SortedSetRemoveRangeByScoreAsync(OnlineKey, double.NegativeInfinity, since);
        return (int)await Database.SortedSetLengthAsync(OnlineKey, since, double.PositiveInfinity, Exclude.Start);
    }

    public void Forget(DateTime utcNow)
    {
    }

    private static double Milliseconds(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace TuyenGiao.Web.Caching;

/// <summary>
/// What every page the cache misses would otherwise read again from the database although it changes
/// only with the content — the menu, the latest albums and films, an article's album, the lists beside
/// an article — kept in memory until the same eviction that clears the cached pages. The generation of
/// kept values is a marker in the page cache's own store, tagged like the pages: when
/// <see cref="PublicContentChanges"/> evicts the pages, on one instance or through Redis on all of them,
/// the marker goes with them and the values kept under it are no longer used. A value read from the
/// database while a change was being saved is kept under the generation that the change ended, so it is
/// never shown after. Values are shared between requests and must not be changed by the pages.
/// </summary>
public sealed class PublicContentMemo(IOutputCacheStore store)
{
    private const string MarkerKey = "tuyengiao-public-content-generation";

    /// <summary>A safety net: values are read afresh at least this often, whatever happens to evictions.</summary>
    private static readonly TimeSpan LongestKept = TimeSpan.FromHours(1);

    private Generation _current = new(Guid.Empty);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var generation = await CurrentAsync(cancellationToken);
        if (generation.Values.TryGetValue(key, out var kept))
        {
            return (T)kept!;
        }
        var value = await read();
        generation.Values.TryAdd(key, value);
        return value;
    }

    /// <summary>
    /// Names the kept values' generation: HTML kept with <c>&lt;cache vary-by&gt;</c> under this name is
    /// rendered again after the next change, like the values themselves.
    /// </summary>
    public async Task<string> GenerationAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Id.ToString("N");

    private async Task<Generation> CurrentAsync(CancellationToken cancellationToken)
    {
        var marker = await store.GetAsync(MarkerKey, cancellationToken);
        if (marker is not { Length: 16 })
        {
            marker = Guid.NewGuid().ToByteArray();
            await store.SetAsync(MarkerKey, marker, [PublicPagePolicy.Tag], LongestKept, cancellationToken);
        }
        var id = new Guid(marker);
        var current = Volatile.Read(ref _current);
        if (current.Id == id)
        {
            return current;
        }
        var fresh = new Generation(id);
        Interlocked.CompareExchange(ref _current, fresh, current);
        return Volatile.Read(ref _current) is { } now && now.Id == id ? now : fresh;
    }

    private sealed class Generation(Guid id)
    {
        public Guid Id { get; } = id;
        public ConcurrentDictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    }
}

using Microsoft.Extensions.Options;

namespace TuyenGiao.Counters;

/// <summary>
/// How many requests without a cookie of ours each address has made today, in fixed memory (a count-min
/// sketch: an address's count is never under its true count, and shares of a busy address's count can
/// spill onto another). Each such request is a new reader to the counters and mints a visitor cookie, so
/// past <see cref="CountersOptions.NewReadersPerAddressPerDay"/> an address's cookie-less requests are
/// served but neither counted nor given a cookie: a script cannot mint readers to inflate "Lượt xem".
/// </summary>
public sealed class NewReaderLimit(IOptions<CountersOptions> options)
{
    private const int Width = 1 << 16;
    private const int Depth = 4;

    private readonly Lock _gate = new();
    private readonly uint[] _counts = new uint[Depth * Width];
    // HashCode is seeded at random per process, so nobody can choose addresses that collide.
    private readonly int[] _rowSeeds = [.. Enumerable.Range(0, Depth).Select(_ => Random.Shared.Next())];
    private DateOnly _day;

    public bool Admit(string address, DateOnly day)
    {
        lock (_gate)
        {
            if (day != _day)
            {
                _day = day;
                Array.Clear(_counts);
            }
            var estimate = uint.MaxValue;
            for (var row = 0; row < Depth; row++)
            {
                ref var count = ref _counts[(row * Width) + (int)((uint)HashCode.Combine(address, _rowSeeds[row]) % Width)];
                if (count < uint.MaxValue)
                {
                    count++;
                }
                estimate = Math.Min(estimate, count);
            }
            return estimate <= options.Value.NewReadersPerAddressPerDay;
        }
    }
}

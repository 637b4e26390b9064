namespace TuyenGiao.Counters;

/// <summary>
/// A set of 64-bit keys in fixed memory: it answers "certainly new" or "probably seen", and its size does
/// not grow with what is added. Sized for <paramref name="capacity"/> keys at a false-positive rate of
/// <paramref name="falsePositiveRate"/>; past that the rate climbs, the memory stays. The keys must be
/// hashes already (the visitor keys are seeded per process): every bit position is derived from the key's
/// two 32-bit halves (double hashing), so no further hashing is done.
/// </summary>
public sealed class BloomFilter(int capacity, double falsePositiveRate)
{
    private readonly ulong[] _bits = new ulong[(BitCount(capacity, falsePositiveRate) + 63) / 64];
    private readonly int _hashes = Math.Max(1, (int)Math.Round(BitCount(capacity, falsePositiveRate) / (double)capacity * Math.Log(2)));

    /// <summary>Adds the key; true when it was certainly not there before.</summary>
    public bool Add(ulong key)
    {
        var bitCount = (ulong)_bits.LongLength * 64;
        var first = (uint)key;
        var step = (uint)(key >> 32) | 1;
        var added = false;
        for (var i = 0u; i < _hashes; i++)
        {
            var bit = (first + (ulong)i * step) % bitCount;
            var mask = 1UL << (int)(bit % 64);
            ref var word = ref _bits[bit / 64];
            if ((word & mask) == 0)
            {
                word |= mask;
                added = true;
            }
        }
        return added;
    }

    public void Clear() => Array.Clear(_bits);

    // The optimal size: -n ln p / (ln 2)^2 bits.
    private static long BitCount(int capacity, double falsePositiveRate) =>
        (long)Math.Ceiling(-capacity * Math.Log(falsePositiveRate) / (Math.Log(2) * Math.Log(2)));
}

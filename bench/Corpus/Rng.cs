namespace VbeKnowledge.Bench.Corpus;

/// <summary>
/// SplitMix64: a tiny PRNG whose sequence is fixed by its seed on every runtime, so the same N and
/// seed give byte-identical files (System.Random's seeded sequence is an implementation detail).
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A child generator for one page, so a page's text does not depend on the pages before it.</summary>
    public static Rng For(ulong seed, int index) => new(seed * 1_000_003UL + (ulong)index * 0xD1B54A32D192ED03UL);
}

package org.vigie.corpus.reprints;

/** 64-bit mixing shared by shingling, MinHash and LSH bucketing. */
final class Hashing {

    private Hashing() {
    }

    /** The SplitMix64 / MurmurHash3 finaliser: a bijection with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

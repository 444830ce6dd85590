package org.corroborate.evidence.domain;

/** A fixed-size open-addressing map from long to long, so term look-ups box nothing. Key 0 is not allowed. */
final class LongLongMap {

    private final long[] keys;
    private final long[] values;
    private final int mask;

    LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 4) - 1) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        mask = capacity - 1;
    }

    void put(long key, long value) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    long get(long key, long absent) {
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return absent;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}

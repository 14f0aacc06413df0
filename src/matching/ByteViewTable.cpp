#include "ByteViewTable.h"

#include <cstring>

ByteViewTable::ByteViewTable(size_t expected)
{
    size_t capacity = 16;
    while (capacity < expected * 2) {
        capacity <<= 1;
    }
    rehash(capacity);
}

namespace {
// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
inline uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}
} // namespace

uint64_t ByteViewTable::hash(std::string_view key)
{
    // 8 bytes at a time, each chunk folded in through a full-avalanche mix (keys are short).
    const char* p = key.data();
    size_t n = key.size();
    uint64_t h = 0x9e3779b97f4a7c15ull * (uint64_t(n) + 1);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = fmix64(h ^ w);
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    if (n > 0) {
        std::memcpy(&w, p, n);
    }
    return fmix64(h ^ w ^ 0x5851f42d4c957f2dull);
}

void ByteViewTable::rehash(size_t capacity)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const Slot& s : old) {
        if (s.value < 0) {
            continue;
        }
        size_t i = size_t(hash(std::string_view(s.data, s.size))) & m_mask;
        while (m_slots[i].value >= 0) {
            i = (i + 1) & m_mask;
        }
        m_slots[i] = s;
    }
}

size_t ByteViewTable::find(std::string_view key, uint64_t h) const
{
    const auto tag = uint32_t(h >> 32);
    size_t i = size_t(h) & m_mask;
    while (m_slots[i].value >= 0) {
        const Slot& s = m_slots[i];
        if (s.tag == tag && s.size == key.size() &&
            (key.empty() || std::memcmp(s.data, key.data(), key.size()) == 0)) {
            return i;
        }
        i = (i + 1) & m_mask;
    }
    return i; // the empty slot where the key would go
}

int ByteViewTable::insert(std::string_view key, int value, bool* inserted)
{
    if ((m_size + 1) * 2 > m_slots.size()) {
        rehash(m_slots.size() * 2);
    }
    const uint64_t h = hash(key);
    const size_t i = find(key, h);
    const bool absent = m_slots[i].value < 0;
    if (absent) {
        m_slots[i] = Slot{key.data(), uint32_t(key.size()), value, uint32_t(h >> 32)};
        ++m_size;
    }
    if (inserted) {
        *inserted = absent;
    }
    return m_slots[i].value;
}

int ByteViewTable::value(std::string_view key, int fallback) const
{
    const Slot& s = m_slots[find(key, hash(key))];
    return s.value >= 0 ? s.value : fallback;
}

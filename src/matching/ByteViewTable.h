#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Open-addressing hash table (linear probing) from byte strings to non-negative ints, for the bulk loaders
// (ontology ids, annotation files, the search vocabulary): no allocation per key and a cheap hash, unlike
// QHash<QByteArray, int>. Keys are views: the bytes they point to must outlive the table.
class ByteViewTable
{
public:
    explicit ByteViewTable(size_t expected = 0);

    // The value stored for `key`; when absent, stores `value` and returns it (*inserted says which).
    int insert(std::string_view key, int value, bool* inserted = nullptr);
    // The value stored for `key`, or `fallback`.
    int value(std::string_view key, int fallback = -1) const;
    size_t size() const { return m_size; }

    static uint64_t hash(std::string_view key);

private:
    struct Slot
    {
        const char* data = nullptr;
        uint32_t size = 0;
        int value = -1;   // -1 = empty slot
        uint32_t tag = 0; // upper 32 bits of the key's hash (cheap mismatch test)
    };
    // The slot holding key (hash h), or the empty slot where it would go.
    size_t find(std::string_view key, uint64_t h) const;
    void rehash(size_t capacity);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

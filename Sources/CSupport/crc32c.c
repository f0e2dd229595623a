// CRC32C with the SSE4.2 crc32 instruction (eight bytes a step) where the processor has it, else a table.
#include "CSupport.h"

#include <string.h>

static uint32_t table[8][256];
static int table_ready;

static void make_table(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t crc = n;
    for (int k = 0; k < 8; k++) crc = crc & 1 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
    table[0][n] = crc;
  }
  for (uint32_t n = 0; n < 256; n++) {
    for (int k = 1; k < 8; k++) table[k][n] = (table[k - 1][n] >> 8) ^ table[0][table[k - 1][n] & 0xFF];
  }
  table_ready = 1;
}

static uint32_t crc32c_table(uint32_t crc, const unsigned char *bytes, size_t length) {
  if (!table_ready) make_table();
  while (length >= 8) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    word ^= crc;
    crc = table[7][word & 0xFF] ^ table[6][(word >> 8) & 0xFF] ^ table[5][(word >> 16) & 0xFF] ^
          table[4][(word >> 24) & 0xFF] ^ table[3][(word >> 32) & 0xFF] ^ table[2][(word >> 40) & 0xFF] ^
          table[1][(word >> 48) & 0xFF] ^ table[0][word >> 56];
    bytes += 8;
    length -= 8;
  }
  while (length--) crc = (crc >> 8) ^ table[0][(crc ^ *bytes++) & 0xFF];
  return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) static uint32_t crc32c_hardware(uint32_t crc, const unsigned char *bytes,
                                                                   size_t length) {
  uint64_t value = crc;
  while (length >= 8) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    value = __builtin_ia32_crc32di(value, word);
    bytes += 8;
    length -= 8;
  }
  uint32_t small = (uint32_t)value;
  while (length--) small = __builtin_ia32_crc32qi(small, *bytes++);
  return small;
}
#endif

uint32_t support_crc32c(uint32_t crc, const void *bytes, size_t length) {
  crc = ~crc;
#if defined(__x86_64__)
  if (__builtin_cpu_supports("sse4.2")) return ~crc32c_hardware(crc, bytes, length);
#endif
  return ~crc32c_table(crc, bytes, length);
}

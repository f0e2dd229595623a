// CSupport: the few things newsq does below Swift, each where C reaches the machine directly:
// a CRC32C over bytes with the SSE4.2 instruction when the processor has it (snapshot checksums),
// and the GNU build id of the running program (which build wrote a snapshot).
#ifndef CSUPPORT_H
#define CSUPPORT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The CRC32C (Castagnoli) of `length` bytes at `bytes`, continuing from `crc` (0 to start).
uint32_t support_crc32c(uint32_t crc, const void *bytes, size_t length);

/// Copies the running program's GNU build id (the linker's hash of its code) into `buffer` as lowercase
/// hex, NUL-terminated; returns its length, or 0 when the program has none or `capacity` is too small.
size_t support_build_id(char *buffer, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif

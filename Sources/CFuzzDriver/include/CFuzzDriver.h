// libFuzzer's driver, declared for Swift. Only `make fuzz` links libFuzzer (-sanitize=fuzzer), and only
// that build (-D FUZZING) calls it; SwiftPM names an executable's entry itself, so newsq-fuzz cannot
// leave `main` to libFuzzer and starts the driver from its own.
#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

typedef int (*newsq_fuzz_callback)(const uint8_t *data, size_t size);

int LLVMFuzzerRunDriver(int *argc, char ***argv, newsq_fuzz_callback callback);

#endif

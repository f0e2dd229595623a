// The running program's GNU build id, read from its NT_GNU_BUILD_ID note in memory (no file is opened).
#define _GNU_SOURCE
#include "CSupport.h"

#include <elf.h>
#include <link.h>
#include <string.h>

struct search {
  char *buffer;
  size_t capacity;
  size_t length;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  struct search *search = data;
  // The first object is the program itself.
  for (int index = 0; index < info->dlpi_phnum; index++) {
    const ElfW(Phdr) *header = &info->dlpi_phdr[index];
    if (header->p_type != PT_NOTE) continue;
    const char *note = (const char *)(info->dlpi_addr + header->p_vaddr);
    const char *end = note + header->p_memsz;
    while (note + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *entry = (const ElfW(Nhdr) *)note;
      const char *name = note + sizeof(ElfW(Nhdr));
      const unsigned char *description = (const unsigned char *)(name + ((entry->n_namesz + 3) & ~3u));
      if (entry->n_type == NT_GNU_BUILD_ID && entry->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
        if (entry->n_descsz * 2 + 1 > search->capacity) return 1;
        static const char hex[] = "0123456789abcdef";
        for (uint32_t byte = 0; byte < entry->n_descsz; byte++) {
          search->buffer[byte * 2] = hex[description[byte] >> 4];
          search->buffer[byte * 2 + 1] = hex[description[byte] & 15];
        }
        search->buffer[entry->n_descsz * 2] = 0;
        search->length = entry->n_descsz * 2;
        return 1;
      }
      note = (const char *)description + ((entry->n_descsz + 3) & ~3u);
    }
  }
  return 1;
}

size_t support_build_id(char *buffer, size_t capacity) {
  struct search search = {buffer, capacity, 0};
  dl_iterate_phdr(visit, &search);
  return search.length;
}

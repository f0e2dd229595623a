#ifndef NEWSQ_CREGEX_H
#define NEWSQ_CREGEX_H

#include <stddef.h>
#include <stdint.h>

/// A compiled PCRE2 pattern (UTF-8, Unicode properties, JIT-compiled when the machine allows), shared by
/// every thread of a query: matching allocates its own match data.
typedef struct newsq_regex newsq_regex;

#define NEWSQ_REGEX_CASELESS 1
#define NEWSQ_REGEX_MULTILINE 2
#define NEWSQ_REGEX_DOTALL 4
#define NEWSQ_REGEX_EXTENDED 8

/// Compiles `pattern` (UTF-8, `length` bytes) with NEWSQ_REGEX_* `flags`; nil on an invalid pattern, with
/// the reason in `message` (NUL-terminated, at most `capacity` bytes) and its byte offset in `offset`.
newsq_regex *newsq_regex_compile(const char *pattern, size_t length, uint32_t flags, char *message,
                                 size_t capacity, size_t *offset);

void newsq_regex_free(newsq_regex *regex);

/// Results of newsq_regex_match.
#define NEWSQ_REGEX_MATCH 1
#define NEWSQ_REGEX_NO_MATCH 0
/// The match took more than `limit` steps and was left; the caller may ask again with a larger limit.
#define NEWSQ_REGEX_LIMIT (-1)
/// The match ran out of memory (backtracking heap, JIT stack); the text is taken as not matching.
#define NEWSQ_REGEX_ERROR (-2)

/// Looks for the pattern in `subject` (`length` bytes of UTF-8, not checked again) within `limit` steps
/// (0: no limit, not even PCRE2's default one). Each thread keeps its own match state, so threads may share
/// `regex`. On a match, `start` and `end` receive the byte range of group `group` (the whole match
/// when the pattern has no such group or it took no part).
int newsq_regex_match(const newsq_regex *regex, const uint8_t *subject, size_t length, uint32_t limit,
                      uint32_t group, size_t *start, size_t *end);

#endif

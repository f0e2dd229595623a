#define PCRE2_CODE_UNIT_WIDTH 8
#include "CRegex.h"

#include <pcre2.h>
#include <stdlib.h>

struct newsq_regex {
  pcre2_code *code;
};

newsq_regex *newsq_regex_compile(const char *pattern, size_t length, uint32_t flags, char *message,
                                 size_t capacity, size_t *offset) {
  uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
  if (flags & NEWSQ_REGEX_CASELESS) options |= PCRE2_CASELESS;
  if (flags & NEWSQ_REGEX_MULTILINE) options |= PCRE2_MULTILINE;
  if (flags & NEWSQ_REGEX_DOTALL) options |= PCRE2_DOTALL;
  if (flags & NEWSQ_REGEX_EXTENDED) options |= PCRE2_EXTENDED;
  int error = 0;
  PCRE2_SIZE at = 0;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, length, options, &error, &at, NULL);
  if (code == NULL) {
    if (message != NULL && capacity > 0) pcre2_get_error_message(error, (PCRE2_UCHAR *)message, capacity);
    if (offset != NULL) *offset = at;
    return NULL;
  }
  // Without a JIT (some machines forbid executable memory) the interpreter answers the same.
  (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  newsq_regex *regex = malloc(sizeof *regex);
  if (regex == NULL) {
    pcre2_code_free(code);
    return NULL;
  }
  regex->code = code;
  return regex;
}

void newsq_regex_free(newsq_regex *regex) {
  if (regex == NULL) return;
  pcre2_code_free(regex->code);
  free(regex);
}

/// What one thread needs to match, made on its first match and kept: match data with room for any group
/// newsq asks about, a match context carrying the step limit, and a JIT stack larger than PCRE2's default
/// 32 KB, so that a long paragraph does not run out of stack where the interpreter would not.
typedef struct {
  pcre2_match_data *data;
  pcre2_match_context *context;
  pcre2_jit_stack *stack;
} newsq_match_state;

static _Thread_local newsq_match_state thread_state;

static newsq_match_state *match_state(void) {
  if (thread_state.data == NULL) thread_state.data = pcre2_match_data_create(16, NULL);
  if (thread_state.context == NULL) thread_state.context = pcre2_match_context_create(NULL);
  if (thread_state.stack == NULL && thread_state.context != NULL) {
    thread_state.stack = pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, NULL);
    if (thread_state.stack != NULL) pcre2_jit_stack_assign(thread_state.context, NULL, thread_state.stack);
  }
  return thread_state.data != NULL && thread_state.context != NULL ? &thread_state : NULL;
}

int newsq_regex_match(const newsq_regex *regex, const uint8_t *subject, size_t length, uint32_t limit,
                      uint32_t group, size_t *start, size_t *end) {
  newsq_match_state *state = match_state();
  if (state == NULL) return NEWSQ_REGEX_ERROR;
  // Without a limit PCRE2 would still stop at its default of ten million steps and call it no match.
  pcre2_set_match_limit(state->context, limit > 0 ? limit : UINT32_MAX);
  pcre2_set_depth_limit(state->context, UINT32_MAX);
  // An empty subject has no bytes to point at; PCRE2 wants a valid pointer all the same.
  static const uint8_t empty = 0;
  int found = pcre2_match(regex->code, length == 0 ? &empty : subject, length, 0, 0, state->data, state->context);
  if (found == PCRE2_ERROR_NOMATCH) return NEWSQ_REGEX_NO_MATCH;
  if (found == PCRE2_ERROR_MATCHLIMIT) return NEWSQ_REGEX_LIMIT;
  // 0: a match whose groups did not all fit the match data; the whole match and the first 15 groups did.
  if (found < 0) return NEWSQ_REGEX_ERROR;
  PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(state->data);
  uint32_t pairs = pcre2_get_ovector_count(state->data);
  uint32_t filled = found == 0 ? pairs : (uint32_t)found;
  uint32_t chosen = group < filled && ovector[2 * group] != PCRE2_UNSET ? group : 0;
  if (start != NULL) *start = ovector[2 * chosen];
  if (end != NULL) *end = ovector[2 * chosen + 1];
  return NEWSQ_REGEX_MATCH;
}

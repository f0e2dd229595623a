// CLineEdit: a small, non-variadic face over libedit for Swift.
//
// libedit's el_set() and history() are variadic and Swift 6 cannot call them,
// nor touch C globals safely; this target keeps all of that in C and exposes
// plain functions with fixed arguments.
#ifndef CLINEEDIT_H
#define CLINEEDIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An interactive line editor bound to the process's terminal.
typedef struct LineEditor LineEditor;

/// What `lineedit_read` returned.
typedef enum {
  LINEEDIT_LINE = 0,       ///< a line was entered (it may be empty)
  LINEEDIT_EOF = 1,        ///< Ctrl-D on an empty line, or input closed
  LINEEDIT_INTERRUPT = 2,  ///< Ctrl-C: the line being typed was abandoned
  LINEEDIT_ERROR = 3       ///< the terminal could not be read
} LineEditStatus;

/// What a completer asks the editor to do for one Tab press.
/// All strings are malloc'ed by the completer and freed by the editor.
typedef struct {
  int replace_chars;  ///< characters before the cursor to delete first
  char *insert;       ///< text to insert at the cursor, or NULL
  char *listing;      ///< text to print under the line (several candidates), or NULL
} LineEditCompletion;

/// Computes a completion for `buffer` (UTF-8) with the cursor at byte `cursor_byte`.
typedef void (*lineedit_completer)(const char *buffer, int cursor_byte, LineEditCompletion *result);

/// Opens an editor on stdin/stdout. Returns NULL when stdin is not a terminal
/// or libedit cannot start. Sets a UTF-8 character locale so non-ASCII input works.
LineEditor *lineedit_open(const char *program_name);
void lineedit_close(LineEditor *editor);

/// Sets the prompt shown by the next read (copied).
void lineedit_set_prompt(LineEditor *editor, const char *prompt);

/// Reads one line. On LINEEDIT_LINE, `*line` is a malloc'ed UTF-8 string without
/// its newline, to be released with `lineedit_free`.
LineEditStatus lineedit_read(LineEditor *editor, char **line);
void lineedit_free(char *line);

/// Adds one entry to the in-memory history that Up/Down and Ctrl-R search.
void lineedit_history_add(LineEditor *editor, const char *entry);
void lineedit_history_set_size(LineEditor *editor, int size);
void lineedit_history_clear(LineEditor *editor);

/// Installs the function called on Tab (one per process).
void lineedit_set_completer(lineedit_completer completer);

/// Catches SIGINT outside of line editing and records it, so a running query can be cancelled.
void lineedit_catch_interrupts(void);
/// Whether SIGINT arrived since the last call; clears the record.
int lineedit_take_interrupt(void);
/// Whether SIGINT arrived since the last `lineedit_take_interrupt`, without clearing it.
int lineedit_interrupt_pending(void);

/// The terminal's width in columns for `fd`, or 0 when it is not a terminal.
int lineedit_terminal_columns(int fd);
/// The terminal's height in rows for `fd`, or 0 when it is not a terminal.
int lineedit_terminal_rows(int fd);

#ifdef __cplusplus
}
#endif

#endif

// The libedit shim: everything variadic or global stays on this side.
#include "CLineEdit.h"

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

struct LineEditor {
  EditLine *el;
  History *history;
  char *prompt;
  int interrupted;
};

static lineedit_completer installed_completer = NULL;
static volatile sig_atomic_t interrupt_received = 0;

static char *prompt_of(EditLine *el) {
  LineEditor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  return (editor && editor->prompt) ? editor->prompt : "";
}

// Bound to Ctrl-C while editing (the terminal's own SIGINT is off in edit mode): marks the line
// abandoned, shows "^C" at its end and feeds a newline, so libedit finishes the line on screen as
// Enter would and the caller shows a fresh prompt below it.
static unsigned char on_interrupt_key(EditLine *el, int ch) {
  (void)ch;
  LineEditor *editor = NULL;
  el_get(el, EL_CLIENTDATA, &editor);
  if (editor) editor->interrupted = 1;
  const LineInfo *info = el_line(el);
  // A byte count is at least the character count, and el_cursor stops at the end of the line.
  el_cursor(el, (int)(info->lastchar - info->cursor));
  el_insertstr(el, "^C");
  el_push(el, "\n");
  return CC_REFRESH;
}

// Bound to Ctrl-Z (the terminal's own suspend character is off with SIGINT in edit mode): stops the shell as
// the terminal would; libedit's signal handling gives the terminal back meanwhile and redraws the line on `fg`.
static unsigned char on_suspend_key(EditLine *el, int ch) {
  (void)el;
  (void)ch;
  kill(0, SIGTSTP);
  return CC_REDISPLAY;
}

// Bound to Tab: asks the installed completer what to do with the text before the cursor.
static unsigned char on_complete_key(EditLine *el, int ch) {
  (void)ch;
  if (!installed_completer) return CC_ERROR;
  const LineInfo *info = el_line(el);
  size_t length = (size_t)(info->lastchar - info->buffer);
  char *buffer = malloc(length + 1);
  if (!buffer) return CC_ERROR;
  memcpy(buffer, info->buffer, length);
  buffer[length] = '\0';
  int cursor = (int)(info->cursor - info->buffer);
  LineEditCompletion result = {0, NULL, NULL};
  installed_completer(buffer, cursor, &result);
  free(buffer);
  unsigned char status = CC_REFRESH;
  if (result.replace_chars > 0) el_deletestr(el, result.replace_chars);
  if (result.insert && result.insert[0]) el_insertstr(el, result.insert);
  if (result.listing && result.listing[0]) {
    fputs("\n", stdout);
    fputs(result.listing, stdout);
    fflush(stdout);
    status = CC_REDISPLAY;
  } else if (!result.insert || !result.insert[0]) {
    status = CC_REFRESH_BEEP;
  }
  free(result.insert);
  free(result.listing);
  return status;
}

static void ensure_utf8_locale(void) {
  const char *set = setlocale(LC_CTYPE, "");
  const char *codeset = set ? nl_langinfo(CODESET) : NULL;
  if (!codeset || strcmp(codeset, "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
}

LineEditor *lineedit_open(const char *program_name) {
  if (!isatty(STDIN_FILENO)) return NULL;
  ensure_utf8_locale();
  LineEditor *editor = calloc(1, sizeof *editor);
  if (!editor) return NULL;
  editor->el = el_init(program_name, stdin, stdout, stderr);
  editor->history = history_init();
  if (!editor->el || !editor->history) {
    lineedit_close(editor);
    return NULL;
  }
  HistEvent event;
  history(editor->history, &event, H_SETSIZE, 1000);
  el_set(editor->el, EL_CLIENTDATA, editor);
  el_set(editor->el, EL_EDITOR, "emacs");
  el_set(editor->el, EL_SIGNAL, 1);
  el_set(editor->el, EL_HIST, history, editor->history);
  el_set(editor->el, EL_PROMPT, prompt_of);
  el_set(editor->el, EL_SETTY, "-d", "-isig", NULL);
  el_set(editor->el, EL_ADDFN, "newsq-complete", "complete a word", on_complete_key);
  el_set(editor->el, EL_ADDFN, "newsq-interrupt", "abandon the line", on_interrupt_key);
  el_set(editor->el, EL_ADDFN, "newsq-suspend", "suspend the shell", on_suspend_key);
  el_set(editor->el, EL_BIND, "^I", "newsq-complete", NULL);
  el_set(editor->el, EL_BIND, "^C", "newsq-interrupt", NULL);
  el_set(editor->el, EL_BIND, "^Z", "newsq-suspend", NULL);
  el_set(editor->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
  el_set(editor->el, EL_BIND, "^S", "em-inc-search-next", NULL);
  // Home, End, Delete, Ctrl-arrows, Page Up/Down (history) and Insert (nothing) as xterm, the Linux console,
  // rxvt and tmux send them; libedit's emacs map knows only some, and an unknown sequence would insert its
  // last character ("~").
  static const char *const key_bindings[][2] = {
    {"\033[H", "ed-move-to-beg"},   {"\033OH", "ed-move-to-beg"},   {"\033[1~", "ed-move-to-beg"},
    {"\033[7~", "ed-move-to-beg"},  {"\033[F", "ed-move-to-end"},   {"\033OF", "ed-move-to-end"},
    {"\033[4~", "ed-move-to-end"},  {"\033[8~", "ed-move-to-end"},  {"\033[3~", "ed-delete-next-char"},
    {"\033[1;5D", "ed-prev-word"},  {"\033[1;5C", "em-next-word"},  {"\033[5D", "ed-prev-word"},
    {"\033[5C", "em-next-word"},    {"\033[1;3D", "ed-prev-word"},  {"\033[1;3C", "em-next-word"},
    {"\033[5~", "ed-prev-history"}, {"\033[6~", "ed-next-history"}, {"\033[2~", "ed-unassigned"},
  };
  for (size_t index = 0; index < sizeof key_bindings / sizeof key_bindings[0]; index++) {
    el_set(editor->el, EL_BIND, key_bindings[index][0], key_bindings[index][1], NULL);
  }
  el_source(editor->el, NULL);
  return editor;
}

void lineedit_close(LineEditor *editor) {
  if (!editor) return;
  if (editor->el) el_end(editor->el);
  if (editor->history) history_end(editor->history);
  free(editor->prompt);
  free(editor);
}

void lineedit_set_prompt(LineEditor *editor, const char *prompt) {
  if (!editor) return;
  char *copy = strdup(prompt ? prompt : "");
  if (!copy) return;
  free(editor->prompt);
  editor->prompt = copy;
}

// libedit writes the prompt before it takes the terminal out of canonical mode, so a Ctrl-D typed as soon as
// the prompt shows reaches the line discipline as end-of-file, and after the switch libedit reads a NUL and
// waits for more: the keystroke is lost. Leaving canonical mode (and the kernel's echo, which libedit does
// itself) before el_gets makes every key typed after the prompt a byte libedit reads. libedit restores the
// cooked settings it saved at start-up when el_gets returns.
static void leave_canonical_mode(EditLine *el) {
  int editing = 0;
  if (el_get(el, EL_EDITMODE, &editing) != 0 || !editing) return;
  struct termios settings;
  if (tcgetattr(STDIN_FILENO, &settings) != 0 || !(settings.c_lflag & ICANON)) return;
  settings.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
  settings.c_cc[VMIN] = 1;
  settings.c_cc[VTIME] = 0;
  (void)tcsetattr(STDIN_FILENO, TCSADRAIN, &settings);
}

LineEditStatus lineedit_read(LineEditor *editor, char **line) {
  *line = NULL;
  if (!editor) return LINEEDIT_ERROR;
  editor->interrupted = 0;
  // The window may have been resized while a query ran; libedit only notices during el_gets.
  el_resize(editor->el);
  leave_canonical_mode(editor->el);
  int count = 0;
  const char *text = el_gets(editor->el, &count);
  if (editor->interrupted) {
    editor->interrupted = 0;
    return LINEEDIT_INTERRUPT;
  }
  if (!text || count <= 0) return LINEEDIT_EOF;
  size_t length = (size_t)count;
  while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r')) length--;
  char *copy = malloc(length + 1);
  if (!copy) return LINEEDIT_ERROR;
  memcpy(copy, text, length);
  copy[length] = '\0';
  *line = copy;
  return LINEEDIT_LINE;
}

void lineedit_free(char *line) { free(line); }

void lineedit_history_add(LineEditor *editor, const char *entry) {
  if (!editor || !entry) return;
  HistEvent event;
  history(editor->history, &event, H_ENTER, entry);
}

void lineedit_history_set_size(LineEditor *editor, int size) {
  if (!editor || size < 0) return;
  HistEvent event;
  history(editor->history, &event, H_SETSIZE, size);
}

void lineedit_history_clear(LineEditor *editor) {
  if (!editor) return;
  HistEvent event;
  history(editor->history, &event, H_CLEAR);
}

void lineedit_set_completer(lineedit_completer completer) { installed_completer = completer; }

static void record_interrupt(int signal_number) {
  (void)signal_number;
  interrupt_received = 1;
}

void lineedit_catch_interrupts(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = record_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, NULL);
}

int lineedit_take_interrupt(void) {
  int was = interrupt_received;
  interrupt_received = 0;
  return was;
}

int lineedit_interrupt_pending(void) { return interrupt_received; }

int lineedit_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

int lineedit_terminal_rows(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_row;
}

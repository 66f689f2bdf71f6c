// ncursesw for Swift: wide-character API on, and the macros and globals Swift cannot import.
#ifndef CROSSREAD_CNCURSESW_SHIM_H
#define CROSSREAD_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wcwidth is not exposed by Glibc's Swift module.
int wcwidth(wchar_t c);

static inline WINDOW *cr_stdscr(void) { return stdscr; }
static inline int cr_lines(void) { return LINES; }
static inline int cr_cols(void) { return COLS; }
static inline attr_t cr_a_normal(void) { return A_NORMAL; }
static inline attr_t cr_a_bold(void) { return A_BOLD; }
static inline attr_t cr_a_dim(void) { return A_DIM; }
static inline attr_t cr_a_reverse(void) { return A_REVERSE; }
static inline attr_t cr_a_underline(void) { return A_UNDERLINE; }
static inline int cr_color_pair(int pair) { return COLOR_PAIR(pair); }

// Puts one character cell (a base character and up to four combining marks) at (y, x).
static inline int cr_put_cell(WINDOW *win, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(win, y, x, &cell);
}

// Reports presses of the left button and wheel turns, without click-detection delay.
static inline void cr_enable_mouse(void) {
  mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
}

// Reads a mouse event: 1 left button, 2 wheel up, 3 wheel down, 0 anything else.
static inline int cr_mouse_event(int *y, int *x) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *y = event.y;
  *x = event.x;
  if (event.bstate & BUTTON4_PRESSED) return 2;
  if (event.bstate & BUTTON5_PRESSED) return 3;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  return 0;
}

// On a crash (a Swift trap is SIGILL or SIGTRAP, a bad access SIGSEGV/SIGBUS), put the terminal
// back before the default action reports the crash.
static inline void cr_crash_handler(int number) {
  endwin();
  signal(number, SIG_DFL);
  raise(number);
}

static inline void cr_restore_on_crash(void) {
  int numbers[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof numbers / sizeof numbers[0]; i++) signal(numbers[i], cr_crash_handler);
}

#endif

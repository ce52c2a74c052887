#ifndef MONITOR_CSQLITE_SHIM_H
#define MONITOR_CSQLITE_SHIM_H
#include <sqlite3.h>
// SQLITE_TRANSIENT is a macro Swift cannot import: SQLite copies the bound bytes at once.
static inline int monitor_sqlite_bind_text_transient(sqlite3_stmt *s, int i, const char *t, int n) { return sqlite3_bind_text(s, i, t, n, SQLITE_TRANSIENT); }
static inline int monitor_sqlite_bind_blob_transient(sqlite3_stmt *s, int i, const void *b, int n) { return sqlite3_bind_blob(s, i, b, n, SQLITE_TRANSIENT); }
#endif

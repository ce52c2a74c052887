#ifndef MONITOR_CSQLITE_SHIM_H
#define MONITOR_CSQLITE_SHIM_H
#include "../CLazyLibrary/lazy_library.h"
#include <sqlite3.h>

// SQLite is loaded on first use (dlopen), not linked: only the commands that open the store
// need it, and `monitor parse`, `analyze` and `eval` start without loading it.
// `monitor_sqlite_load_error()` says why loading failed; the Swift side checks it before
// opening a database and reports it, so the wrappers below are never reached unloaded (they
// would return SQLITE_MISUSE, NULL or 0).

typedef struct {
    const char *error;
    int (*open_v2)(const char *, sqlite3 **, int, const char *);
    int (*close_v2)(sqlite3 *);
    const char *(*errmsg)(sqlite3 *);
    int (*busy_timeout)(sqlite3 *, int);
    int (*exec)(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);
    void (*free)(void *);
    int (*prepare_v2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
    int (*changes)(sqlite3 *);
    int (*finalize)(sqlite3_stmt *);
    int (*reset)(sqlite3_stmt *);
    int (*step)(sqlite3_stmt *);
    int (*clear_bindings)(sqlite3_stmt *);
    int (*bind_null)(sqlite3_stmt *, int);
    int (*bind_int64)(sqlite3_stmt *, int, sqlite3_int64);
    int (*bind_double)(sqlite3_stmt *, int, double);
    int (*bind_text)(sqlite3_stmt *, int, const char *, int, void (*)(void *));
    int (*column_count)(sqlite3_stmt *);
    int (*column_type)(sqlite3_stmt *, int);
    sqlite3_int64 (*column_int64)(sqlite3_stmt *, int);
    double (*column_double)(sqlite3_stmt *, int);
    const unsigned char *(*column_text)(sqlite3_stmt *, int);
} monitor_sqlite_api;

MONITOR_LAZY_LIBRARY(monitor_sqlite, monitor_sqlite_api, "libsqlite3.so.0")

static inline void monitor_sqlite_load_symbols(monitor_sqlite_api *table, void *library) {
    MONITOR_LAZY_SYMBOL(open_v2, "sqlite3_open_v2")
    MONITOR_LAZY_SYMBOL(close_v2, "sqlite3_close_v2")
    MONITOR_LAZY_SYMBOL(errmsg, "sqlite3_errmsg")
    MONITOR_LAZY_SYMBOL(busy_timeout, "sqlite3_busy_timeout")
    MONITOR_LAZY_SYMBOL(exec, "sqlite3_exec")
    MONITOR_LAZY_SYMBOL(free, "sqlite3_free")
    MONITOR_LAZY_SYMBOL(prepare_v2, "sqlite3_prepare_v2")
    MONITOR_LAZY_SYMBOL(changes, "sqlite3_changes")
    MONITOR_LAZY_SYMBOL(finalize, "sqlite3_finalize")
    MONITOR_LAZY_SYMBOL(reset, "sqlite3_reset")
    MONITOR_LAZY_SYMBOL(step, "sqlite3_step")
    MONITOR_LAZY_SYMBOL(clear_bindings, "sqlite3_clear_bindings")
    MONITOR_LAZY_SYMBOL(bind_null, "sqlite3_bind_null")
    MONITOR_LAZY_SYMBOL(bind_int64, "sqlite3_bind_int64")
    MONITOR_LAZY_SYMBOL(bind_double, "sqlite3_bind_double")
    MONITOR_LAZY_SYMBOL(bind_text, "sqlite3_bind_text")
    MONITOR_LAZY_SYMBOL(column_count, "sqlite3_column_count")
    MONITOR_LAZY_SYMBOL(column_type, "sqlite3_column_type")
    MONITOR_LAZY_SYMBOL(column_int64, "sqlite3_column_int64")
    MONITOR_LAZY_SYMBOL(column_double, "sqlite3_column_double")
    MONITOR_LAZY_SYMBOL(column_text, "sqlite3_column_text")
}

#define MONITOR_SQLITE_CALL(expr, otherwise) const monitor_sqlite_api *s = monitor_sqlite(); return s ? (expr) : (otherwise);
static inline int monitor_sqlite3_open_v2(const char *f, sqlite3 **db, int flags, const char *vfs) { MONITOR_SQLITE_CALL(s->open_v2(f, db, flags, vfs), SQLITE_MISUSE) }
static inline int monitor_sqlite3_close_v2(sqlite3 *db) { MONITOR_SQLITE_CALL(s->close_v2(db), SQLITE_MISUSE) }
static inline const char *monitor_sqlite3_errmsg(sqlite3 *db) { MONITOR_SQLITE_CALL(s->errmsg(db), "SQLite not loaded") }
static inline int monitor_sqlite3_busy_timeout(sqlite3 *db, int ms) { MONITOR_SQLITE_CALL(s->busy_timeout(db, ms), SQLITE_MISUSE) }
static inline int monitor_sqlite3_exec(sqlite3 *db, const char *sql, int (*cb)(void *, int, char **, char **), void *a, char **err) { MONITOR_SQLITE_CALL(s->exec(db, sql, cb, a, err), SQLITE_MISUSE) }
static inline void monitor_sqlite3_free(void *p) { const monitor_sqlite_api *s = monitor_sqlite(); if (s) s->free(p); }
static inline int monitor_sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **st, const char **tail) { MONITOR_SQLITE_CALL(s->prepare_v2(db, sql, n, st, tail), SQLITE_MISUSE) }
static inline int monitor_sqlite3_changes(sqlite3 *db) { MONITOR_SQLITE_CALL(s->changes(db), 0) }
static inline int monitor_sqlite3_finalize(sqlite3_stmt *st) { MONITOR_SQLITE_CALL(s->finalize(st), SQLITE_MISUSE) }
static inline int monitor_sqlite3_reset(sqlite3_stmt *st) { MONITOR_SQLITE_CALL(s->reset(st), SQLITE_MISUSE) }
static inline int monitor_sqlite3_step(sqlite3_stmt *st) { MONITOR_SQLITE_CALL(s->step(st), SQLITE_MISUSE) }
static inline int monitor_sqlite3_clear_bindings(sqlite3_stmt *st) { MONITOR_SQLITE_CALL(s->clear_bindings(st), SQLITE_MISUSE) }
static inline int monitor_sqlite3_bind_null(sqlite3_stmt *st, int i) { MONITOR_SQLITE_CALL(s->bind_null(st, i), SQLITE_MISUSE) }
static inline int monitor_sqlite3_bind_int64(sqlite3_stmt *st, int i, sqlite3_int64 v) { MONITOR_SQLITE_CALL(s->bind_int64(st, i, v), SQLITE_MISUSE) }
static inline int monitor_sqlite3_bind_double(sqlite3_stmt *st, int i, double v) { MONITOR_SQLITE_CALL(s->bind_double(st, i, v), SQLITE_MISUSE) }
static inline int monitor_sqlite3_column_count(sqlite3_stmt *st) { MONITOR_SQLITE_CALL(s->column_count(st), 0) }
static inline int monitor_sqlite3_column_type(sqlite3_stmt *st, int i) { MONITOR_SQLITE_CALL(s->column_type(st, i), SQLITE_NULL) }
static inline sqlite3_int64 monitor_sqlite3_column_int64(sqlite3_stmt *st, int i) { MONITOR_SQLITE_CALL(s->column_int64(st, i), 0) }
static inline double monitor_sqlite3_column_double(sqlite3_stmt *st, int i) { MONITOR_SQLITE_CALL(s->column_double(st, i), 0) }
static inline const unsigned char *monitor_sqlite3_column_text(sqlite3_stmt *st, int i) { MONITOR_SQLITE_CALL(s->column_text(st, i), NULL) }
// SQLITE_TRANSIENT is a macro Swift cannot import: SQLite copies the bound text at once.
static inline int monitor_sqlite_bind_text_transient(sqlite3_stmt *st, int i, const char *t, int n) { MONITOR_SQLITE_CALL(s->bind_text(st, i, t, n, SQLITE_TRANSIENT), SQLITE_MISUSE) }
#undef MONITOR_SQLITE_CALL
#endif

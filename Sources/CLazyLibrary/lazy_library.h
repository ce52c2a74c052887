#ifndef MONITOR_LAZY_LIBRARY_H
#define MONITOR_LAZY_LIBRARY_H
// What the four C-library shims (CCurl, CCrypto, CLibXML2, CSQLite) share: their library is
// opened with dlopen at first use instead of being linked, so a process loads only what its
// command needs (`monitor parse` of a well-formed feed loads none of them). Each shim declares
// an API table, a struct whose first member is `const char *error` followed by the function
// pointers it uses, and fills those in a `<prefix>_load_symbols` function.

#include <dlfcn.h>
#include <pthread.h>

/// Declares for the table type `api`, loaded from `soname` on first use (thread-safe):
/// - `prefix()`: the filled table, or NULL when loading failed;
/// - `prefix##_load_error()`: why loading failed, or NULL.
/// The shim then defines `static inline void prefix##_load_symbols(api *table, void *library)`
/// with one `MONITOR_LAZY_SYMBOL` per field.
/// The table and the once-flag live in function-local statics: Swift emits those of an inline
/// function it calls; it does not emit a header's file-scope statics.
#define MONITOR_LAZY_LIBRARY(prefix, api, soname)                      \
    static inline api *prefix##_state(void) {                          \
        static api table;                                              \
        return &table;                                                 \
    }                                                                  \
    static inline pthread_once_t *prefix##_once(void) {                \
        static pthread_once_t once = PTHREAD_ONCE_INIT;                \
        return &once;                                                  \
    }                                                                  \
    static inline void prefix##_load_symbols(api *table, void *library); \
    static inline void prefix##_load(void) {                           \
        api *table = prefix##_state();                                 \
        void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);         \
        if (!library) {                                                \
            table->error = dlerror();                                  \
            return;                                                    \
        }                                                              \
        prefix##_load_symbols(table, library);                         \
    }                                                                  \
    static inline const api *prefix(void) {                            \
        pthread_once(prefix##_once(), prefix##_load);                  \
        const api *table = prefix##_state();                           \
        return table->error ? NULL : table;                            \
    }                                                                  \
    static inline const char *prefix##_load_error(void) {              \
        pthread_once(prefix##_once(), prefix##_load);                  \
        return prefix##_state()->error;                                \
    }

/// Inside `<prefix>_load_symbols`: fills `table->field` with the library's function `name`, or
/// records which one is missing and stops loading.
#define MONITOR_LAZY_SYMBOL(field, name)                               \
    *(void **)(&table->field) = dlsym(library, name);                  \
    if (!table->field) {                                               \
        table->error = "the library has no " name;                     \
        return;                                                        \
    }

#endif

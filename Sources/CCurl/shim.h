#ifndef MONITOR_CCURL_SHIM_H
#define MONITOR_CCURL_SHIM_H
#include "../CLazyLibrary/lazy_library.h"
#include <curl/curl.h>
#include <stddef.h>

// libcurl is loaded on first use (dlopen), not linked: with its TLS, SSH, LDAP and Kerberos
// libraries it costs a process about 7 ms of start-up, and most `monitor` commands (parse,
// analyze, eval, report, redact…) never fetch or mail. `monitor_curl_load_error()` says why
// loading failed; every wrapper below then fails the way libcurl fails when out of memory
// (NULL handle, CURLE_FAILED_INIT), and the Swift side reports the load error.

typedef struct {
    const char *error;
    CURLcode (*global_init)(long);
    char *(*version)(void);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *);
    CURLMcode (*multi_add_handle)(CURLM *, CURL *);
    CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
    CURLMcode (*multi_perform)(CURLM *, int *);
    CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
    CURLMsg *(*multi_info_read)(CURLM *, int *);
    CURLMcode (*multi_setopt)(CURLM *, CURLMoption, ...);
} monitor_curl_api;

MONITOR_LAZY_LIBRARY(monitor_curl, monitor_curl_api, "libcurl.so.4")

static inline void monitor_curl_load_symbols(monitor_curl_api *table, void *library) {
    MONITOR_LAZY_SYMBOL(global_init, "curl_global_init")
    MONITOR_LAZY_SYMBOL(version, "curl_version")
    MONITOR_LAZY_SYMBOL(easy_init, "curl_easy_init")
    MONITOR_LAZY_SYMBOL(easy_cleanup, "curl_easy_cleanup")
    MONITOR_LAZY_SYMBOL(easy_perform, "curl_easy_perform")
    MONITOR_LAZY_SYMBOL(easy_strerror, "curl_easy_strerror")
    MONITOR_LAZY_SYMBOL(easy_setopt, "curl_easy_setopt")
    MONITOR_LAZY_SYMBOL(easy_getinfo, "curl_easy_getinfo")
    MONITOR_LAZY_SYMBOL(slist_append, "curl_slist_append")
    MONITOR_LAZY_SYMBOL(slist_free_all, "curl_slist_free_all")
    MONITOR_LAZY_SYMBOL(multi_init, "curl_multi_init")
    MONITOR_LAZY_SYMBOL(multi_cleanup, "curl_multi_cleanup")
    MONITOR_LAZY_SYMBOL(multi_add_handle, "curl_multi_add_handle")
    MONITOR_LAZY_SYMBOL(multi_remove_handle, "curl_multi_remove_handle")
    MONITOR_LAZY_SYMBOL(multi_perform, "curl_multi_perform")
    MONITOR_LAZY_SYMBOL(multi_poll, "curl_multi_poll")
    MONITOR_LAZY_SYMBOL(multi_info_read, "curl_multi_info_read")
    MONITOR_LAZY_SYMBOL(multi_setopt, "curl_multi_setopt")
}

static inline CURLcode monitor_curl_global_init(long flags) { const monitor_curl_api *c = monitor_curl(); return c ? c->global_init(flags) : CURLE_FAILED_INIT; }
static inline const char *monitor_curl_version(void) { const monitor_curl_api *c = monitor_curl(); return c ? c->version() : "libcurl not loaded"; }
static inline CURL *monitor_curl_easy_init(void) { const monitor_curl_api *c = monitor_curl(); return c ? c->easy_init() : NULL; }
static inline void monitor_curl_easy_cleanup(CURL *h) { const monitor_curl_api *c = monitor_curl(); if (c) c->easy_cleanup(h); }
static inline CURLcode monitor_curl_easy_perform(CURL *h) { const monitor_curl_api *c = monitor_curl(); return c ? c->easy_perform(h) : CURLE_FAILED_INIT; }
static inline const char *monitor_curl_easy_strerror(CURLcode code) { const monitor_curl_api *c = monitor_curl(); return c ? c->easy_strerror(code) : "libcurl not loaded"; }
static inline struct curl_slist *monitor_curl_slist_append(struct curl_slist *l, const char *s) { const monitor_curl_api *c = monitor_curl(); return c ? c->slist_append(l, s) : NULL; }
static inline void monitor_curl_slist_free_all(struct curl_slist *l) { const monitor_curl_api *c = monitor_curl(); if (c) c->slist_free_all(l); }
static inline CURLM *monitor_curl_multi_init(void) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_init() : NULL; }
static inline CURLMcode monitor_curl_multi_cleanup(CURLM *m) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_cleanup(m) : CURLM_INTERNAL_ERROR; }
static inline CURLMcode monitor_curl_multi_add_handle(CURLM *m, CURL *h) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_add_handle(m, h) : CURLM_INTERNAL_ERROR; }
static inline CURLMcode monitor_curl_multi_remove_handle(CURLM *m, CURL *h) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_remove_handle(m, h) : CURLM_INTERNAL_ERROR; }
static inline CURLMcode monitor_curl_multi_perform(CURLM *m, int *running) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_perform(m, running) : CURLM_INTERNAL_ERROR; }
static inline CURLMcode monitor_curl_multi_poll(CURLM *m, struct curl_waitfd *fds, unsigned int n, int ms, int *ret) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_poll(m, fds, n, ms, ret) : CURLM_INTERNAL_ERROR; }
static inline CURLMsg *monitor_curl_multi_info_read(CURLM *m, int *queued) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_info_read(m, queued) : NULL; }

// curl_easy_setopt/getinfo are variadic and cannot be called from Swift:
// one typed wrapper per argument kind.
#define MONITOR_CURL_CALL(expr) const monitor_curl_api *c = monitor_curl(); return c ? (expr) : CURLE_FAILED_INIT;
static inline CURLcode monitor_curl_setopt_long(CURL *h, CURLoption o, long v) { MONITOR_CURL_CALL(c->easy_setopt(h, o, v)) }
static inline CURLcode monitor_curl_setopt_string(CURL *h, CURLoption o, const char *v) { MONITOR_CURL_CALL(c->easy_setopt(h, o, v)) }
static inline CURLcode monitor_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { MONITOR_CURL_CALL(c->easy_setopt(h, o, v)) }
static inline CURLcode monitor_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { MONITOR_CURL_CALL(c->easy_setopt(h, o, v)) }
static inline CURLcode monitor_curl_setopt_offset(CURL *h, CURLoption o, curl_off_t v) { MONITOR_CURL_CALL(c->easy_setopt(h, o, v)) }

typedef size_t (*monitor_curl_data_callback)(char *, size_t, size_t, void *);
static inline CURLcode monitor_curl_setopt_data_callback(CURL *h, CURLoption o, monitor_curl_data_callback cb) { MONITOR_CURL_CALL(c->easy_setopt(h, o, cb)) }
typedef int (*monitor_curl_progress_callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode monitor_curl_setopt_progress_callback(CURL *h, monitor_curl_progress_callback cb) { MONITOR_CURL_CALL(c->easy_setopt(h, CURLOPT_XFERINFOFUNCTION, cb)) }

static inline CURLcode monitor_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { MONITOR_CURL_CALL(c->easy_getinfo(h, i, v)) }
static inline CURLcode monitor_curl_getinfo_string(CURL *h, CURLINFO i, char **v) { MONITOR_CURL_CALL(c->easy_getinfo(h, i, v)) }
static inline CURLcode monitor_curl_getinfo_double(CURL *h, CURLINFO i, double *v) { MONITOR_CURL_CALL(c->easy_getinfo(h, i, v)) }
#undef MONITOR_CURL_CALL

static inline CURLMcode monitor_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v) { const monitor_curl_api *c = monitor_curl(); return c ? c->multi_setopt(m, o, v) : CURLM_INTERNAL_ERROR; }
#endif

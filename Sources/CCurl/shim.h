#ifndef MONITOR_CCURL_SHIM_H
#define MONITOR_CCURL_SHIM_H
#include <curl/curl.h>

// curl_easy_setopt/getinfo are variadic and cannot be called from Swift:
// one typed wrapper per argument kind.
static inline CURLcode monitor_curl_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode monitor_curl_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode monitor_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode monitor_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode monitor_curl_setopt_offset(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }

typedef size_t (*monitor_curl_data_callback)(char *, size_t, size_t, void *);
static inline CURLcode monitor_curl_setopt_data_callback(CURL *h, CURLoption o, monitor_curl_data_callback cb) { return curl_easy_setopt(h, o, cb); }
typedef int (*monitor_curl_progress_callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
static inline CURLcode monitor_curl_setopt_progress_callback(CURL *h, monitor_curl_progress_callback cb) { return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, cb); }

static inline CURLcode monitor_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode monitor_curl_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode monitor_curl_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }

static inline CURLMcode monitor_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
#endif

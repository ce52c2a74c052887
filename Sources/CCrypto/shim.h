#ifndef MONITOR_CCRYPTO_SHIM_H
#define MONITOR_CCRYPTO_SHIM_H
#include "../CLazyLibrary/lazy_library.h"
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stddef.h>

// libcrypto is loaded on first use (dlopen), not linked: its load-time set-up costs every
// process about a millisecond, and only pseudonymising, cross-post keys and key creation
// need it. `monitor_crypto_load_error()` says why loading failed; the wrappers then fail
// (NULL digest, status -1) and the Swift side stops with that message.

typedef struct {
    const char *error;
    const EVP_MD *(*evp_sha256)(void);
    unsigned char *(*hmac)(const EVP_MD *, const void *, int, const unsigned char *, size_t, unsigned char *, unsigned int *);
    unsigned char *(*sha256)(const unsigned char *, size_t, unsigned char *);
    int (*rand_bytes)(unsigned char *, int);
} monitor_crypto_api;

MONITOR_LAZY_LIBRARY(monitor_crypto, monitor_crypto_api, "libcrypto.so.3")

static inline void monitor_crypto_load_symbols(monitor_crypto_api *table, void *library) {
    MONITOR_LAZY_SYMBOL(evp_sha256, "EVP_sha256")
    MONITOR_LAZY_SYMBOL(hmac, "HMAC")
    MONITOR_LAZY_SYMBOL(sha256, "SHA256")
    MONITOR_LAZY_SYMBOL(rand_bytes, "RAND_bytes")
}

/// HMAC-SHA256; NULL when libcrypto is missing or fails.
static inline unsigned char *monitor_crypto_hmac_sha256(
    const void *key, int keyLength, const unsigned char *data, size_t dataLength, unsigned char *digest,
    unsigned int *digestLength) {
    const monitor_crypto_api *c = monitor_crypto();
    return c ? c->hmac(c->evp_sha256(), key, keyLength, data, dataLength, digest, digestLength) : NULL;
}

static inline unsigned char *monitor_crypto_sha256(const unsigned char *data, size_t length, unsigned char *digest) {
    const monitor_crypto_api *c = monitor_crypto();
    return c ? c->sha256(data, length, digest) : NULL;
}

static inline int monitor_crypto_rand_bytes(unsigned char *buffer, int count) {
    const monitor_crypto_api *c = monitor_crypto();
    return c ? c->rand_bytes(buffer, count) : -1;
}
#endif

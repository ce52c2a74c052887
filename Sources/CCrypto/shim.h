#ifndef MONITOR_CCRYPTO_SHIM_H
#define MONITOR_CCRYPTO_SHIM_H
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#endif

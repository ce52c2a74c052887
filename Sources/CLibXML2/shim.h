#ifndef MONITOR_CLIBXML2_SHIM_H
#define MONITOR_CLIBXML2_SHIM_H
#include "../CLazyLibrary/lazy_library.h"
// Debian's libxml2 headers pull in the system ICU, which clashes with the ICU that
// Foundation brings ("'UErrorCode' has different definitions") on clean builds.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

// libxml2 is loaded on first use (dlopen), not linked: with the ICU, liblzma and zlib it
// brings, loading it costs every process one to two milliseconds, and `monitor parse` of a
// well-formed feed never calls it (our own scanner reads those; libxml2 recovers broken
// documents and parses forum pages). `monitor_xml_load_error()` says why loading failed; the
// wrappers then return NULL or -1 and the Swift side stops with that message.

typedef struct {
    const char *error;
    xmlParserCtxtPtr (*create_push_parser_ctxt)(xmlSAXHandlerPtr, void *, const char *, int, const char *);
    int (*ctxt_use_options)(xmlParserCtxtPtr, int);
    int (*parse_chunk)(xmlParserCtxtPtr, const char *, int, int);
    void (*free_parser_ctxt)(xmlParserCtxtPtr);
    htmlDocPtr (*html_read_memory)(const char *, int, const char *, const char *, int);
    void (*free_doc)(xmlDocPtr);
    xmlXPathContextPtr (*xpath_new_context)(xmlDocPtr);
    void (*xpath_free_context)(xmlXPathContextPtr);
    xmlXPathCompExprPtr (*xpath_ctxt_compile)(xmlXPathContextPtr, const xmlChar *);
    void (*xpath_free_comp_expr)(xmlXPathCompExprPtr);
    xmlXPathObjectPtr (*xpath_compiled_eval)(xmlXPathCompExprPtr, xmlXPathContextPtr);
    void (*xpath_free_object)(xmlXPathObjectPtr);
    xmlChar *(*node_get_content)(const xmlNode *);
    xmlFreeFunc *free;  // libxml2's `xmlFree` is a global variable holding the deallocator
} monitor_xml_api;

MONITOR_LAZY_LIBRARY(monitor_xml, monitor_xml_api, "libxml2.so.2")

static inline void monitor_xml_load_symbols(monitor_xml_api *table, void *library) {
    MONITOR_LAZY_SYMBOL(create_push_parser_ctxt, "xmlCreatePushParserCtxt")
    MONITOR_LAZY_SYMBOL(ctxt_use_options, "xmlCtxtUseOptions")
    MONITOR_LAZY_SYMBOL(parse_chunk, "xmlParseChunk")
    MONITOR_LAZY_SYMBOL(free_parser_ctxt, "xmlFreeParserCtxt")
    MONITOR_LAZY_SYMBOL(html_read_memory, "htmlReadMemory")
    MONITOR_LAZY_SYMBOL(free_doc, "xmlFreeDoc")
    MONITOR_LAZY_SYMBOL(xpath_new_context, "xmlXPathNewContext")
    MONITOR_LAZY_SYMBOL(xpath_free_context, "xmlXPathFreeContext")
    MONITOR_LAZY_SYMBOL(xpath_ctxt_compile, "xmlXPathCtxtCompile")
    MONITOR_LAZY_SYMBOL(xpath_free_comp_expr, "xmlXPathFreeCompExpr")
    MONITOR_LAZY_SYMBOL(xpath_compiled_eval, "xmlXPathCompiledEval")
    MONITOR_LAZY_SYMBOL(xpath_free_object, "xmlXPathFreeObject")
    MONITOR_LAZY_SYMBOL(node_get_content, "xmlNodeGetContent")
    MONITOR_LAZY_SYMBOL(free, "xmlFree")
}

static inline xmlParserCtxtPtr monitor_xml_create_push_parser_ctxt(xmlSAXHandlerPtr sax, void *user) { const monitor_xml_api *x = monitor_xml(); return x ? x->create_push_parser_ctxt(sax, user, NULL, 0, NULL) : NULL; }
static inline int monitor_xml_ctxt_use_options(xmlParserCtxtPtr c, int options) { const monitor_xml_api *x = monitor_xml(); return x ? x->ctxt_use_options(c, options) : -1; }
static inline int monitor_xml_parse_chunk(xmlParserCtxtPtr c, const char *chunk, int size, int terminate) { const monitor_xml_api *x = monitor_xml(); return x ? x->parse_chunk(c, chunk, size, terminate) : -1; }
static inline void monitor_xml_free_parser_ctxt(xmlParserCtxtPtr c) { const monitor_xml_api *x = monitor_xml(); if (x) x->free_parser_ctxt(c); }
static inline htmlDocPtr monitor_html_read_memory(const char *buffer, int size, const char *encoding, int options) { const monitor_xml_api *x = monitor_xml(); return x ? x->html_read_memory(buffer, size, NULL, encoding, options) : NULL; }
static inline void monitor_xml_free_doc(xmlDocPtr d) { const monitor_xml_api *x = monitor_xml(); if (x) x->free_doc(d); }
static inline xmlXPathContextPtr monitor_xml_xpath_new_context(xmlDocPtr d) { const monitor_xml_api *x = monitor_xml(); return x ? x->xpath_new_context(d) : NULL; }
static inline void monitor_xml_xpath_free_context(xmlXPathContextPtr c) { const monitor_xml_api *x = monitor_xml(); if (x) x->xpath_free_context(c); }
static inline xmlXPathCompExprPtr monitor_xml_xpath_ctxt_compile(xmlXPathContextPtr c, const char *expression) { const monitor_xml_api *x = monitor_xml(); return x ? x->xpath_ctxt_compile(c, (const xmlChar *)expression) : NULL; }
static inline void monitor_xml_xpath_free_comp_expr(xmlXPathCompExprPtr e) { const monitor_xml_api *x = monitor_xml(); if (x) x->xpath_free_comp_expr(e); }
static inline xmlXPathObjectPtr monitor_xml_xpath_compiled_eval(xmlXPathCompExprPtr e, xmlXPathContextPtr c) { const monitor_xml_api *x = monitor_xml(); return x ? x->xpath_compiled_eval(e, c) : NULL; }
static inline void monitor_xml_xpath_free_object(xmlXPathObjectPtr o) { const monitor_xml_api *x = monitor_xml(); if (x) x->xpath_free_object(o); }
static inline xmlChar *monitor_xml_node_get_content(const xmlNode *n) { const monitor_xml_api *x = monitor_xml(); return x ? x->node_get_content(n) : NULL; }
static inline void monitor_xml_free(void *p) { const monitor_xml_api *x = monitor_xml(); if (x) (*x->free)(p); }
#endif

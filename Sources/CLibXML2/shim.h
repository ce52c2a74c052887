#ifndef MONITOR_CLIBXML2_SHIM_H
#define MONITOR_CLIBXML2_SHIM_H
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

// xmlFree is a C global function pointer; Swift 6 treats it as shared mutable state.
static inline void monitor_xml_free(void *p) { xmlFree(p); }
#endif

#ifndef ACTORGRAPH_CMALLOC_SHIM_H
#define ACTORGRAPH_CMALLOC_SHIM_H
/* glibc's allocator controls (malloc_trim), which Swift's Glibc module does
   not export; part of the C library, so nothing to link or install. */
#if defined(__linux__)
#include <malloc.h>
#endif
#endif

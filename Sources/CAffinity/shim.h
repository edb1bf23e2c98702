#ifndef ACTORGRAPH_CAFFINITY_SHIM_H
#define ACTORGRAPH_CAFFINITY_SHIM_H
/* The number of cores in the process's CPU affinity mask: sched_getaffinity
   and CPU_COUNT are GNU extensions that Swift's Glibc module does not
   export. Part of the C library, so nothing to link or install. Returns 0
   where it cannot tell (the caller then counts the machine's cores). */
#if defined(__linux__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <sched.h>

static inline int actorgraph_affinity_core_count(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    return CPU_COUNT(&set);
}
#else
static inline int actorgraph_affinity_core_count(void) { return 0; }
#endif
#endif

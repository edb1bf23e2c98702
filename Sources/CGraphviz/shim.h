#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
/* Headers come from the system (pkg-config libgvc); nothing is vendored. */
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif

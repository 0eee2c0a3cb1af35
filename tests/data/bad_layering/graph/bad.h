// A fixture that breaks the layering rules on purpose.
#include "store/graph_store.h"

/* headertest.c - evgraph.h compiles on its own under -std=c11 -pedantic -Werror. */
#include "evgraph.h"

int evg_headertest_dummy(void);
int evg_headertest_dummy(void)
{
    return EVG_OK;
}

/*
 * glue.c - process-wide igraph state and error translation.
 *
 * igraph aborts the process on error unless a handler is installed, keeps its
 * attribute table in a global, and calls the error handler once per
 * propagation level (later calls with an empty reason).  This file installs,
 * once, a handler that frees igraph's FINALLY stack and remembers the first
 * non-empty reason, a warning handler that stays silent, and the C attribute
 * table.  evg_igraph_fail turns a failed call into EVG_EGRAPH on the context.
 * igraph is not thread safe (GRAPH-LIBS.md section 8), so neither is this.
 */
#include "graph_int.h"

#include <stdio.h>

static char last_reason[512];
static int installed;

static void on_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)err;
    if (reason && *reason && !last_reason[0])
        snprintf(last_reason, sizeof last_reason, "%s (%s:%d)", reason, file ? file : "?", line);
    IGRAPH_FINALLY_FREE();
}

static void on_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

void evg_igraph_begin(void)
{
    if (!installed) {
        igraph_set_attribute_table(&igraph_cattribute_table);
        igraph_set_error_handler(on_error);
        igraph_set_warning_handler(on_warning);
        installed = 1;
    }
    last_reason[0] = '\0';
}

int evg_igraph_fail(evg_ctx *ctx, igraph_error_t rc, const char *what)
{
    const char *why = last_reason[0] ? last_reason : igraph_strerror(rc);
    int code = evg_error(ctx, EVG_EGRAPH, "igraph: %s failed: %s", what, why);
    last_reason[0] = '\0';
    return code;
}

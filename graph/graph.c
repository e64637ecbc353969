/*
 * graph.c - evg_graph_analyse, the public entry of graph/: load the model
 * from the store, compute the actor metrics (metrics.c) and save them back.
 */
#include "graph_int.h"

int evg_graph_analyse(evg_store *st)
{
    evg_ctx *ctx = evg_store_ctx(st);
    evg_model *m = NULL;
    int rc = evg_store_load_model_bare(st, &m);
    if (rc != 0) goto done;
    if ((rc = evg_graph_compute(ctx, m)) != 0) goto done;
    rc = evg_store_save_metrics(st, m);
done:
    if (m) evg_model_free(m);
    return rc;
}

/*
 * edges.h - the actor network as a plain edge list, free of igraph types so
 * that export/ (which must not see igraph) can draw and list the same edges
 * the analytics use.  Include as "../graph/edges.h" from export/.
 */
#ifndef EVG_GRAPH_EDGES_H
#define EVG_GRAPH_EDGES_H

#include "internal.h"

typedef struct evg_graph_edge {
    int a, b;            /* actor indices, a < b */
    double weight;       /* number of distinct events of the pair */
    char *codes;         /* distinct CAMEO codes, sorted, space separated; malloc'd */
    int32_t first, last; /* earliest begin / latest end over dated events, or EVG_NODATE */
    char *roots;         /* distinct CAMEO roots, sorted, space separated; malloc'd */
    double goldstein;    /* mean Goldstein score (-10 conflict .. +10 cooperation) of the
                          * pair's events whose code the CAMEO table knows; NAN if none */
    int cooperation;     /* events of the pair in CAMEO quad classes 1-2 (cooperation) */
    int conflict;        /* events in quad classes 3-4 (conflict) */
} evg_graph_edge;

/* One edge per pair of actors acting together in some event, sorted by
 * (a, b), with the balance of cooperation and conflict from the Goldstein
 * scores and quad classes of data/cameo.tsv (a 3-digit code, else its root).  *out is malloc'd; free with evg_graph_edges_free. */
void evg_graph_edges(const evg_model *m, evg_graph_edge **out, size_t *n);
void evg_graph_edges_free(evg_graph_edge *e, size_t n);
/* The edge list of m for a reader that does not change it: the list shared
 * for m (evg_graph_compute_shared) when there is one, and then *own is NULL;
 * else a list computed now, which is also *own (the caller frees it with
 * evg_graph_edges_free(*own, *n)).  Views that write the network after the
 * metrics thus sort the actor pairs once, not once per file. */
const evg_graph_edge *evg_graph_edges_of(const evg_model *m, size_t *n, evg_graph_edge **own);
/* evg_graph_compute (internal.h), keeping m's edge list for
 * evg_graph_edges_of until evg_graph_unshare(m).  Between the two calls m
 * must not change (one shared list at a time, one thread: like igraph). */
int evg_graph_compute_shared(evg_ctx *ctx, evg_model *m);
/* Free the list shared for m (nothing when none is). */
void evg_graph_unshare(const evg_model *m);
/* Set m->actors[i].nevents: events each actor takes part in (location excluded). */
void evg_graph_count_events(evg_model *m);

#endif

/*
 * graph_int.h - declarations private to graph/ (the only folder that sees
 * igraph).
 *
 * evg_net is the actor network of a model (the edge list of edges.h) as an
 * undirected igraph graph with its weights.  It is built by network.c,
 * analysed by metrics.c and written by graphml.c; glue.c owns the
 * process-wide igraph set-up and the translation of igraph errors.
 */
#ifndef EVG_GRAPH_INT_H
#define EVG_GRAPH_INT_H

#include "internal.h"

#include <igraph.h>

#include "edges.h"

typedef struct evg_net {
    igraph_t g;          /* undirected, vertices = model actors, edges = e[] in order */
    igraph_vector_t w;   /* weights in edge-id order */
    const evg_graph_edge *e; /* edges.c: the shared list of the model, or own */
    evg_graph_edge *own;     /* the list when computed for this network alone */
    size_t ne;
} evg_net;

/* glue.c: install the non-aborting handlers and the attribute table once,
 * and clear the remembered reason; call before any igraph work. */
void evg_igraph_begin(void);
/* Record an igraph failure on ctx as EVG_EGRAPH naming what failed. */
int evg_igraph_fail(evg_ctx *ctx, igraph_error_t rc, const char *what);

/* edges.c: share e[0..ne) (computed for m) with the writers of m; frees the
 * list shared before. */
void evg_graph_share_edges(const evg_model *m, evg_graph_edge *e, size_t ne);

/* network.c: build / free the network of m (n = m->nactors vertices). */
int evg_net_build(evg_ctx *ctx, const evg_model *m, evg_net *out);
void evg_net_free(evg_net *net);

/* graphml.c: s made safe for XML 1.0 text (C0 controls dropped, invalid
 * UTF-8 as U+FFFD); malloc'd. */
char *evg_graph_xml_text(const char *s);
/* Set string vertex attribute attr of v to s made safe by evg_graph_xml_text. */
igraph_error_t evg_graph_set_vstr(igraph_t *g, const char *attr, igraph_integer_t v, const char *s);

#endif

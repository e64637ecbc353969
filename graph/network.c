/*
 * network.c - the actor network of a model as an igraph graph: the edge list
 * of edges.c becomes an undirected igraph_t (edge ids in edge-list order)
 * with its weight vector (the model's shared edge list when there is one).
 * Exports evg_net_build and evg_net_free.
 */
#include "graph_int.h"

static igraph_error_t make_igraph(const evg_model *m, evg_net *net)
{
    igraph_vector_int_t el;
    IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * net->ne)));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
    for (size_t i = 0; i < net->ne; i++) {
        VECTOR(el)[2 * i] = net->e[i].a;
        VECTOR(el)[2 * i + 1] = net->e[i].b;
    }
    IGRAPH_CHECK(igraph_create(&net->g, &el, (igraph_integer_t)m->nactors, IGRAPH_UNDIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &net->g);
    IGRAPH_CHECK(igraph_vector_init(&net->w, (igraph_integer_t)net->ne));
    for (size_t i = 0; i < net->ne; i++) VECTOR(net->w)[i] = net->e[i].weight;
    igraph_vector_int_destroy(&el);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static void free_edges(evg_net *net)
{
    evg_graph_edges_free(net->own, net->ne);
    net->e = net->own = NULL;
    net->ne = 0;
}

int evg_net_build(evg_ctx *ctx, const evg_model *m, evg_net *out)
{
    memset(out, 0, sizeof *out);
    evg_igraph_begin();
    out->e = evg_graph_edges_of(m, &out->ne, &out->own);
    igraph_error_t rc = make_igraph(m, out);
    if (rc != IGRAPH_SUCCESS) {
        free_edges(out);
        return evg_igraph_fail(ctx, rc, "building the actor network");
    }
    return 0;
}

void evg_net_free(evg_net *net)
{
    if (!net->e) return;
    igraph_vector_destroy(&net->w);
    igraph_destroy(&net->g);
    free_edges(net);
}


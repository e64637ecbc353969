/*
 * actors.c - the actor network view as a cgraph graph, and its DOT/SVG entry
 * points (evg_export_actors_dot / evg_export_actors_svg).
 *
 * Nodes are the actors that take part in at least one event, labelled in
 * both scripts, sized by PageRank, filled with their community's colour;
 * edges are the pairs of graph/edges.h, their width growing with the number
 * of shared events.  The layout engine follows the size (GRAPH-LIBS.md
 * sections 3-4): neato up to ACTORS_SMALL nodes, sfdp with prism overlap
 * removal above (dot is never used: it explodes on such graphs).  The graph
 * names its engine in the `layout` attribute, so `dot -Tsvg actors.dot`
 * draws the same thing as the in-process renderer.
 */
#include "export_int.h"

#include <math.h>

#include "../graph/edges.h"

#define ACTORS_SMALL 150

static void declare(Agraph_t *g, const char *engine)
{
    evg_cg_attr(g, AGRAPH, "layout", engine);
    evg_cg_attr(g, AGRAPH, "overlap", strcmp(engine, "sfdp") == 0 ? "prism" : "false");
    evg_cg_attr(g, AGRAPH, "sep", "+6");
    evg_cg_attr(g, AGRAPH, "splines", "false");
    evg_cg_attr(g, AGRAPH, "outputorder", "edgesfirst");
    evg_cg_attr(g, AGRAPH, "bgcolor", "white");
    evg_cg_attr(g, AGRAPH, "fontname", EVG_FONTS);
    evg_cg_attr(g, AGRAPH, "labelloc", "t");
    evg_cg_attr(g, AGNODE, "fontname", EVG_FONTS);
    evg_cg_attr(g, AGNODE, "shape", "ellipse");
    evg_cg_attr(g, AGNODE, "style", "filled");
    evg_cg_attr(g, AGEDGE, "fontname", EVG_FONTS);
    evg_cg_attr(g, AGEDGE, "fontsize", "10");
    evg_cg_attr(g, AGEDGE, "fontcolor", "#444444");
    evg_cg_attr(g, AGEDGE, "color", "#777777aa");
}

/* Events per actor, counted from the events themselves. */
static long *count_events(const evg_model *m)
{
    long *count = evg_xcalloc(m->nactors + 1, sizeof *count);
    for (size_t i = 0; i < m->nevents; i++)
        for (int j = 0; j < m->events[i].nactors; j++) {
            int a = m->events[i].actors[j].actor;
            if (a >= 0 && (size_t)a < m->nactors) count[a]++;
        }
    return count;
}

static void node_label(evg_buf *b, const evg_m_actor *a)
{
    const char *name = a->name && *a->name ? a->name : a->id;
    evg_w_dot_max(b, name, EVG_LABEL_MAX);
    if (a->name_en && *a->name_en && strcmp(a->name_en, name ? name : "") != 0) {
        evg_buf_puts(b, "\\n(");
        evg_w_dot_max(b, a->name_en, EVG_LABEL_MAX);
        evg_buf_puts(b, ")");
    }
}

static void node_tooltip(evg_buf *b, const evg_m_actor *a, long nevents)
{
    evg_w_dot(b, a->id);
    evg_buf_puts(b, " \xC2\xB7 ");
    evg_w_dot(b, a->type);
    evg_buf_puts(b, " ");
    evg_w_dot(b, a->country);
    evg_buf_puts(b, " ");
    evg_w_dot(b, a->role);
    evg_buf_printf(b, " \xC2\xB7 events %ld, PageRank %.4f, betweenness %.1f, community %d",
                   nevents, a->pagerank, a->betweenness, a->community);
}

static Agnode_t *add_actor(Agraph_t *g, const evg_m_actor *a, size_t i, long nevents, double maxpr)
{
    char name[32], v[32];
    evg_buf b = {0};
    double rel = maxpr > 0 ? sqrt(a->pagerank / maxpr) : 0;
    snprintf(name, sizeof name, "a%zu", i);
    Agnode_t *n = evg_cg_node(g, name);
    node_label(&b, a);
    evg_cg_setn(n, "label", evg_w_str(&b));
    b.n = 0;
    node_tooltip(&b, a, nevents);
    evg_cg_setn(n, "tooltip", evg_w_str(&b));
    evg_buf_free(&b);
    evg_cg_setn(n, "fillcolor", evg_style_community_colour(a->community));
    snprintf(v, sizeof v, "%.1f", 9 + 13 * rel);
    evg_cg_setn(n, "fontsize", v);
    snprintf(v, sizeof v, "%.2f", 0.5 + 1.5 * rel);
    evg_cg_setn(n, "width", v);
    return n;
}

static void add_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const evg_graph_edge *e, double maxw)
{
    char v[64];
    Agedge_t *ed = evg_cg_edge(g, t, h);
    snprintf(v, sizeof v, "%.2f", 1 + 5 * (maxw > 0 ? e->weight / maxw : 0));
    evg_cg_setn(ed, "penwidth", v);
    snprintf(v, sizeof v, "%g", e->weight);
    evg_cg_setn(ed, "weight", v);
    if (e->weight > 1) evg_cg_setn(ed, "label", v);
    evg_buf b = {0};
    evg_buf_printf(&b, "%g events: ", e->weight);
    evg_w_dot(&b, e->codes);
    evg_cg_setn(ed, "tooltip", evg_w_str(&b));
    evg_buf_free(&b);
}

static void add_edges(Agraph_t *g, const evg_model *m, Agnode_t **nodes)
{
    evg_graph_edge *e;
    size_t ne;
    double maxw = 0;
    evg_graph_edges(m, &e, &ne);
    for (size_t i = 0; i < ne; i++) maxw = e[i].weight > maxw ? e[i].weight : maxw;
    for (size_t i = 0; i < ne; i++)
        if (nodes[e[i].a] && nodes[e[i].b]) add_edge(g, nodes[e[i].a], nodes[e[i].b], &e[i], maxw);
    evg_graph_edges_free(e, ne);
}

int evg_actors_build(evg_ctx *ctx, const evg_model *m, Agraph_t **out, const char **engine)
{
    long *count = count_events(m);
    size_t shown = 0;
    double maxpr = 0;
    for (size_t i = 0; i < m->nactors; i++) {
        shown += count[i] > 0;
        if (count[i] && m->actors[i].pagerank > maxpr) maxpr = m->actors[i].pagerank;
    }
    *engine = shown > ACTORS_SMALL ? "sfdp" : "neato";
    *out = evg_cg_open("actors", 0);
    if (!*out) {
        free(count);
        return evg_error(ctx, EVG_ERENDER, "Graphviz could not create the actor graph");
    }
    declare(*out, *engine);
    char title[96];
    snprintf(title, sizeof title, "evgraph actors: %zu actors, size = PageRank, colour = community", shown);
    evg_cg_setn(*out, "label", title);
    Agnode_t **nodes = evg_xcalloc(m->nactors + 1, sizeof *nodes);
    for (size_t i = 0; i < m->nactors; i++)
        if (count[i]) nodes[i] = add_actor(*out, &m->actors[i], i, count[i], maxpr);
    add_edges(*out, m, nodes);
    free(nodes);
    free(count);
    return 0;
}

int evg_export_actors_dot(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    Agraph_t *g = NULL;
    const char *engine;
    int rc = evg_actors_build(ctx, m, &g, &engine);
    if (rc == 0) rc = evg_cg_write(ctx, g, out, "actors DOT");
    if (g) agclose(g);
    return rc;
}

int evg_export_actors_svg(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    Agraph_t *g = NULL;
    const char *engine;
    int rc = evg_actors_build(ctx, m, &g, &engine);
    if (rc == 0) rc = evg_svg_render(ctx, g, engine, out, "actors SVG");
    if (g) agclose(g);
    return rc;
}

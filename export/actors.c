/*
 * actors.c - the actor network view as a cgraph graph, and its DOT/SVG entry
 * points (evg_export_actors_dot / evg_export_actors_svg).
 *
 * Nodes are the actors that take part in at least one event -- at most
 * EVG_ACTORS_MAX of them (or --top N), those with the highest PageRank; the
 * title says how many were left out -- labelled in both scripts (each name
 * cut to EVG_LABEL_MAX characters), sized by PageRank, filled with their
 * community's colour.  Edges are the pairs of graph/edges.h, their width
 * growing with the number of shared events; when there are too many to read
 * (more than ACTORS_EDGES_PER_NODE per drawn actor) only each actor's
 * ACTORS_TIES strongest are drawn, and the title says so.  The layout engine follows the size (GRAPH-LIBS.md
 * sections 3-4): neato up to ACTORS_SMALL nodes, sfdp with prism overlap
 * removal above (dot is never used: it explodes on such graphs).  The graph
 * names its engine in the `layout` attribute, so `dot -Tsvg actors.dot`
 * draws the same thing as the in-process renderer.
 */
#include "export_int.h"

#include <math.h>

#include "../graph/edges.h"

#define ACTORS_SMALL 150
/* More links than this many per drawn actor make a hairball: then only each
 * actor's ACTORS_TIES heaviest links are drawn (the title says so). */
#define ACTORS_EDGES_PER_NODE 3
#define ACTORS_TIES 4

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

/* Edge colour from the pair's balance: green when its events lean to
 * cooperation (mean Goldstein score above 0), red when to conflict, grey
 * when neutral or unknown; translucent so crossings stay legible. */
static const char *balance_colour(double goldstein)
{
    if (isfinite(goldstein) && goldstein > 0) return "#2e7d32aa";
    if (isfinite(goldstein) && goldstein < 0) return "#c62828aa";
    return "#777777aa";
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
    evg_cg_setn(ed, "color", balance_colour(e->goldstein));
    evg_buf b = {0};
    evg_buf_printf(&b, "%g events (%d cooperation, %d conflict", e->weight, e->cooperation, e->conflict);
    if (isfinite(e->goldstein)) evg_buf_printf(&b, ", mean Goldstein %+.1f", e->goldstein);
    evg_buf_puts(&b, "): ");
    evg_w_dot(&b, e->codes);
    evg_cg_setn(ed, "tooltip", evg_w_str(&b));
    evg_buf_free(&b);
}

/* One tie of an actor: an edge index and its weight. */
typedef struct tie { double w; size_t e; } tie;

static int tie_cmp(const void *x, const void *y)
{
    const tie *a = x, *b = y;
    if (a->w != b->w) return a->w > b->w ? -1 : 1;
    return a->e < b->e ? -1 : a->e > b->e;
}

/* Keep in draw[] only the edges among each drawn actor's ACTORS_TIES
 * heaviest ties (ties broken by edge order). */
static void keep_strongest(const evg_graph_edge *e, size_t ne, size_t nactors, char *draw)
{
    size_t *off = evg_xcalloc(nactors + 2, sizeof *off), *fill;
    for (size_t i = 0; i < ne; i++)
        if (draw[i]) off[e[i].a + 1]++, off[e[i].b + 1]++;
    for (size_t a = 0; a < nactors; a++) off[a + 1] += off[a];
    tie *t = evg_xmalloc((off[nactors] + 1) * sizeof *t);
    fill = evg_xmalloc((nactors + 1) * sizeof *fill);
    memcpy(fill, off, nactors * sizeof *fill);
    for (size_t i = 0; i < ne; i++)
        if (draw[i]) t[fill[e[i].a]++] = (tie){e[i].weight, i}, t[fill[e[i].b]++] = (tie){e[i].weight, i};
    memset(draw, 0, ne);
    for (size_t a = 0; a < nactors; a++) {
        size_t n = off[a + 1] - off[a];
        qsort(t + off[a], n, sizeof *t, tie_cmp);
        for (size_t k = 0; k < n && k < ACTORS_TIES; k++) draw[t[off[a] + k].e] = 1;
    }
    free(fill);
    free(t);
    free(off);
}

/* Draw the edges between drawn actors; when they are more than
 * ACTORS_EDGES_PER_NODE times the actors, only each actor's strongest ties.
 * *total receives the number of edges between drawn actors; returns the
 * number drawn. */
static size_t add_edges(Agraph_t *g, const evg_model *m, Agnode_t **nodes, size_t shown, size_t *total)
{
    evg_graph_edge *own;
    const evg_graph_edge *e;
    size_t ne, drawn = 0;
    double maxw = 0;
    e = evg_graph_edges_of(m, &ne, &own);
    char *draw = evg_xcalloc(ne + 1, 1);
    *total = 0;
    for (size_t i = 0; i < ne; i++)
        if (nodes[e[i].a] && nodes[e[i].b]) draw[i] = 1, ++*total;
    if (*total > ACTORS_EDGES_PER_NODE * shown) keep_strongest(e, ne, m->nactors, draw);
    for (size_t i = 0; i < ne; i++) maxw = draw[i] && e[i].weight > maxw ? e[i].weight : maxw;
    for (size_t i = 0; i < ne; i++)
        if (draw[i]) add_edge(g, nodes[e[i].a], nodes[e[i].b], &e[i], maxw), drawn++;
    free(draw);
    evg_graph_edges_free(own, ne);
    return drawn;
}

/* A candidate for the picture, ordered by PageRank, then events, then index. */
typedef struct ranked { double pagerank; long nevents; size_t i; } ranked;

static int rank_cmp(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->pagerank != b->pagerank) return a->pagerank > b->pagerank ? -1 : 1;
    if (a->nevents != b->nevents) return a->nevents > b->nevents ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* Mark in keep[] the at most max actors with events and the highest
 * PageRank; returns how many actors have events (*kept: how many marked). */
static size_t choose_actors(const evg_model *m, const long *count, size_t max, char *keep, size_t *kept)
{
    ranked *r = evg_xmalloc((m->nactors + 1) * sizeof *r);
    size_t n = 0;
    for (size_t i = 0; i < m->nactors; i++)
        if (count[i]) r[n++] = (ranked){m->actors[i].pagerank, count[i], i};
    qsort(r, n, sizeof *r, rank_cmp);
    *kept = n < max ? n : max;
    for (size_t k = 0; k < *kept; k++) keep[r[k].i] = 1;
    free(r);
    return n;
}

static void set_title(Agraph_t *g, size_t shown, size_t total, size_t edges, size_t all_edges)
{
    evg_buf t = {0};
    if (shown < total)
        evg_buf_printf(&t, "evgraph actors: the %zu of %zu actors with the highest PageRank (%zu left out;"
                       " narrow with --actor, --from, --to, --code or change --top)", shown, total, total - shown);
    else
        evg_buf_printf(&t, "evgraph actors: %zu actors", shown);
    if (edges < all_edges)
        evg_buf_printf(&t, "; links: the %d strongest of each actor (%zu of %zu drawn)", ACTORS_TIES, edges,
                       all_edges);
    evg_buf_puts(&t, "; size = PageRank, colour = community; links: green = cooperation, red = conflict");
    evg_cg_setn(g, "label", evg_w_str(&t));
    evg_buf_free(&t);
}

int evg_actors_build(evg_ctx *ctx, const evg_model *m, Agraph_t **out, const char **engine)
{
    long *count = count_events(m);
    char *keep = evg_xcalloc(m->nactors + 1, 1);
    size_t max = ctx->opts.top > 0 ? (size_t)ctx->opts.top : EVG_ACTORS_MAX, shown;
    size_t total = choose_actors(m, count, max, keep, &shown);
    double maxpr = 0;
    for (size_t i = 0; i < m->nactors; i++)
        if (keep[i] && m->actors[i].pagerank > maxpr) maxpr = m->actors[i].pagerank;
    *engine = shown > ACTORS_SMALL ? "sfdp" : "neato";
    *out = evg_cg_open("actors", 0);
    if (*out) {
        declare(*out, *engine);
        Agnode_t **nodes = evg_xcalloc(m->nactors + 1, sizeof *nodes);
        for (size_t i = 0; i < m->nactors; i++)
            if (keep[i]) nodes[i] = add_actor(*out, &m->actors[i], i, count[i], maxpr);
        size_t all_edges, edges = add_edges(*out, m, nodes, shown, &all_edges);
        set_title(*out, shown, total, edges, all_edges);
        free(nodes);
    }
    free(keep);
    free(count);
    return *out ? 0 : evg_error(ctx, EVG_ERENDER, "Graphviz could not create the actor graph");
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

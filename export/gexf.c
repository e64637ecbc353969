/*
 * gexf.c - the actor network as GEXF 1.3 (Gephi's format): the same nodes,
 * edges and attributes as actors.graphml, with node labels in both scripts.
 * The graph is dynamic (time intervals, timeformat "date"): each edge lives
 * from the first to the last day of the events it stands for, so Gephi's
 * timeline slider shows relations appear; edges of undated events have no
 * interval and are always shown.  Edges also carry the CAMEO roots and the
 * cooperation/conflict balance of graph/edges.h (mean Goldstein score,
 * events by quad class).  XML text goes through evg_w_xml.
 */
#include "export_int.h"

#include <errno.h>
#include <math.h>

#include "../graph/edges.h"

static const char *const node_attrs[][2] = {
    {"name", "string"},    {"name_en", "string"}, {"type", "string"},      {"country", "string"},
    {"role", "string"},    {"nevents", "integer"}, {"degree", "double"},   {"strength", "double"},
    {"pagerank", "double"}, {"betweenness", "double"}, {"community", "integer"}, {"component", "integer"}};

static void header(evg_buf *b)
{
    evg_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                    "  <meta><creator>evgraph " EVG_VERSION "</creator></meta>\n"
                    "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\""
                    " timerepresentation=\"interval\">\n"
                    "    <attributes class=\"node\">\n");
    evg_w_gexf_attrs(b, node_attrs, sizeof node_attrs / sizeof *node_attrs);
    evg_buf_puts(b, "    </attributes>\n    <attributes class=\"edge\">\n"
                    "      <attribute id=\"0\" title=\"codes\" type=\"string\"/>\n"
                    "      <attribute id=\"1\" title=\"first\" type=\"string\"/>\n"
                    "      <attribute id=\"2\" title=\"last\" type=\"string\"/>\n"
                    "      <attribute id=\"3\" title=\"roots\" type=\"string\"/>\n"
                    "      <attribute id=\"4\" title=\"goldstein\" type=\"double\"/>\n"
                    "      <attribute id=\"5\" title=\"cooperation\" type=\"integer\"/>\n"
                    "      <attribute id=\"6\" title=\"conflict\" type=\"integer\"/>\n"
                    "    </attributes>\n");
}

static void attvalue(evg_buf *b, size_t k, const char *v)
{
    evg_buf_printf(b, "<attvalue for=\"%zu\" value=\"", k);
    evg_w_xml(b, v);
    evg_buf_puts(b, "\"/>");
}

static void node(evg_buf *b, const evg_m_actor *a, size_t i)
{
    char num[5][32];
    snprintf(num[0], 32, "%ld", a->nevents);
    snprintf(num[1], 32, "%g", a->degree);
    snprintf(num[2], 32, "%g", a->strength);
    snprintf(num[3], 32, "%.10g", a->pagerank);
    snprintf(num[4], 32, "%.10g", a->betweenness);
    const char *v[] = {a->name, a->name_en, a->type, a->country, a->role,
                       num[0], num[1], num[2], num[3], num[4], NULL, NULL};
    char comm[16], comp[16];
    snprintf(comm, sizeof comm, "%d", a->community);
    snprintf(comp, sizeof comp, "%d", a->component);
    v[10] = comm;
    v[11] = comp;
    evg_buf_printf(b, "      <node id=\"a%zu\" label=\"", i);
    evg_w_xml(b, a->name && *a->name ? a->name : a->id);
    if (a->name_en && *a->name_en) {
        evg_buf_puts(b, " (");
        evg_w_xml(b, a->name_en);
        evg_buf_puts(b, ")");
    }
    evg_buf_puts(b, "\"><attvalues>");
    for (size_t k = 0; k < sizeof node_attrs / sizeof *node_attrs; k++) attvalue(b, k, v[k]);
    evg_buf_puts(b, "</attvalues></node>\n");
}

static void edge(evg_buf *b, const evg_graph_edge *e, size_t i)
{
    char first[16] = "", last[16] = "";
    if (e->first != EVG_NODATE) evg_format_day(e->first, first);
    if (e->last != EVG_NODATE) evg_format_day(e->last, last);
    evg_buf_printf(b, "      <edge id=\"%zu\" source=\"a%d\" target=\"a%d\" weight=\"%g\"", i, e->a, e->b,
                   e->weight);
    if (first[0] && last[0]) evg_buf_printf(b, " start=\"%s\" end=\"%s\"", first, last);
    evg_buf_puts(b, "><attvalues>");
    attvalue(b, 0, e->codes);
    attvalue(b, 1, first);
    attvalue(b, 2, last);
    attvalue(b, 3, e->roots);
    char num[3][32] = {"", "", ""};
    if (isfinite(e->goldstein)) snprintf(num[0], sizeof num[0], "%.4g", e->goldstein);
    snprintf(num[1], sizeof num[1], "%d", e->cooperation);
    snprintf(num[2], sizeof num[2], "%d", e->conflict);
    if (num[0][0]) attvalue(b, 4, num[0]);
    attvalue(b, 5, num[1]);
    attvalue(b, 6, num[2]);
    evg_buf_puts(b, "</attvalues></edge>\n");
}

int evg_export_actors_gexf(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    evg_graph_edge *own;
    const evg_graph_edge *e;
    size_t ne;
    int bad;
    errno = 0;
    header(&b);
    evg_buf_puts(&b, "    <nodes>\n");
    bad = evg_w_flush(&b, out);
    for (size_t i = 0; i < m->nactors; i++) {
        node(&b, &m->actors[i], i);
        bad |= evg_w_flush(&b, out);
    }
    evg_buf_puts(&b, "    </nodes>\n    <edges>\n");
    e = evg_graph_edges_of(m, &ne, &own);
    for (size_t i = 0; i < ne; i++) {
        edge(&b, &e[i], i);
        bad |= evg_w_flush(&b, out);
    }
    evg_graph_edges_free(own, ne);
    evg_buf_puts(&b, "    </edges>\n  </graph>\n</gexf>\n");
    bad |= evg_w_flush(&b, out);
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "actors GEXF");
}

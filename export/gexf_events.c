/*
 * gexf_events.c - the event graph as GEXF 1.3 (events.gexf), the dynamic
 * twin of events.graphml for Gephi's timeline.
 *
 * Nodes: every actor of the model ("a<index>" as in actors.gexf, kind
 * "actor", labelled "name (name_en)" like actors.gexf, with its names,
 * type, country, role, PageRank and community; always present, so no
 * interval) and every event ("e<store id>", kind "event", with its code,
 * family, label, date value, modality, mentions and confidence; a dated
 * event lives from its first to its last day, an undated one has no
 * interval).  Directed edges: event -> actor (kind "actor", the actor's
 * role), event -> place (kind "location"), and each actor's storyline, its
 * dated events in model order (date order) linked by kind "next" edges that
 * carry the actor's id (no interval of their own: Gephi shows them while
 * both events are shown).  Node colours (viz:color) follow the CAMEO family
 * for events and the community for actors, as in the pictures.  XML text
 * goes through evg_w_xml; the output is written piece by piece.
 */
#include "export_int.h"

#include <errno.h>

static const char *const node_attrs[][2] = {
    {"kind", "string"},     {"name", "string"},       {"name_en", "string"}, {"type", "string"},
    {"country", "string"},  {"role", "string"},       {"pagerank", "double"}, {"community", "integer"},
    {"code", "string"},     {"family", "string"},     {"date", "string"},   {"modality", "string"},
    {"mentions", "integer"}, {"confidence", "double"}};
enum { NA_KIND, NA_NAME, NA_NAME_EN, NA_TYPE, NA_COUNTRY, NA_ROLE, NA_PAGERANK, NA_COMMUNITY,
       NA_CODE, NA_FAMILY, NA_DATE, NA_MODALITY, NA_MENTIONS, NA_CONFIDENCE };

static void header(evg_buf *b)
{
    evg_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
                    " version=\"1.3\">\n"
                    "  <meta><creator>evgraph " EVG_VERSION "</creator>"
                    "<description>events and actors, role edges and storylines</description></meta>\n"
                    "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
                    " timerepresentation=\"interval\">\n"
                    "    <attributes class=\"node\">\n");
    evg_w_gexf_attrs(b, node_attrs, sizeof node_attrs / sizeof *node_attrs);
    evg_buf_puts(b, "    </attributes>\n    <attributes class=\"edge\">\n"
                    "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
                    "      <attribute id=\"1\" title=\"role\" type=\"string\"/>\n"
                    "      <attribute id=\"2\" title=\"actor\" type=\"string\"/>\n"
                    "    </attributes>\n");
}

static void attvalue(evg_buf *b, int k, const char *v)
{
    if (!v || !*v) return;
    evg_buf_puts(b, "<attvalue for=\"");
    evg_w_long(b, k);
    evg_buf_puts(b, "\" value=\"");
    evg_w_xml(b, v);
    evg_buf_puts(b, "\"/>");
}

/* The value of hex digit c, or -1. */
static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* viz:color from "#rrggbb" (grey 200 when it is not that). */
static void colour(evg_buf *b, const char *hex)
{
    static const char *const names[3] = {"<viz:color r=\"", "\" g=\"", "\" b=\""};
    int v[3] = {200, 200, 200}, ok = hex && hex[0] == '#';
    for (int k = 0; k < 6 && ok; k++) ok = hex_digit(hex[1 + k]) >= 0;
    for (int k = 0; k < 3 && ok; k++) v[k] = hex_digit(hex[1 + 2 * k]) * 16 + hex_digit(hex[2 + 2 * k]);
    for (int k = 0; k < 3; k++) {
        evg_buf_puts(b, names[k]);
        evg_w_long(b, v[k]);
    }
    evg_buf_puts(b, "\"/>");
}

/* start="..." end="..." for a dated day range, nothing otherwise. */
static void spell(evg_buf *b, int32_t first, int32_t last)
{
    char s[16], e[16];
    if (first == EVG_NODATE || last == EVG_NODATE) return;
    evg_format_day(first, s);
    evg_format_day(last, e);
    evg_buf_puts(b, " start=\"");
    evg_buf_puts(b, s);
    evg_buf_puts(b, "\" end=\"");
    evg_buf_puts(b, e);
    evg_buf_puts(b, "\"");
}

static void actor_node(evg_buf *b, const evg_m_actor *a, size_t i)
{
    char pr[32], comm[16];
    snprintf(pr, sizeof pr, "%.10g", a->pagerank);
    snprintf(comm, sizeof comm, "%d", a->community);
    evg_buf_printf(b, "      <node id=\"a%zu\" label=\"", i);
    const char *name = a->name && *a->name ? a->name : a->id;
    evg_w_xml(b, name);
    if (a->name_en && *a->name_en && strcmp(a->name_en, name ? name : "") != 0) {
        evg_buf_puts(b, " (");
        evg_w_xml(b, a->name_en);
        evg_buf_puts(b, ")");
    }
    evg_buf_puts(b, "\"><attvalues>");
    attvalue(b, NA_KIND, "actor");
    attvalue(b, NA_NAME, a->name);
    attvalue(b, NA_NAME_EN, a->name_en);
    attvalue(b, NA_TYPE, a->type);
    attvalue(b, NA_COUNTRY, a->country);
    attvalue(b, NA_ROLE, a->role);
    attvalue(b, NA_PAGERANK, pr);
    attvalue(b, NA_COMMUNITY, comm);
    evg_buf_puts(b, "</attvalues>");
    colour(b, evg_style_community_colour(a->community));
    evg_buf_puts(b, "</node>\n");
}

static void event_node(evg_buf *b, const evg_m_event *e)
{
    char n[24], conf[32];
    evg_w_ltoa(n, '\0', e->nmentions);
    snprintf(conf, sizeof conf, "%.4g", e->confidence);
    evg_buf_puts(b, "      <node id=\"e");
    evg_w_long(b, e->id);
    evg_buf_puts(b, "\" label=\"");
    evg_w_xml(b, e->code);
    evg_buf_puts(b, " ");
    evg_w_xml(b, e->label);
    evg_buf_puts(b, "\"");
    spell(b, e->begin, e->end);
    evg_buf_puts(b, "><attvalues>");
    attvalue(b, NA_KIND, "event");
    attvalue(b, NA_NAME, e->label);
    attvalue(b, NA_CODE, e->code);
    attvalue(b, NA_FAMILY, evg_style_root_family(e->root));
    attvalue(b, NA_DATE, e->date_value);
    attvalue(b, NA_MODALITY, evg_modality_name(e->modality));
    attvalue(b, NA_MENTIONS, n);
    attvalue(b, NA_CONFIDENCE, conf);
    evg_buf_puts(b, "</attvalues>");
    colour(b, evg_style_root_colour(e->root));
    evg_buf_puts(b, "</node>\n");
}

static int write_nodes(const evg_model *m, evg_buf *b, FILE *out)
{
    int bad = 0;
    evg_buf_puts(b, "    <nodes>\n");
    for (size_t i = 0; i < m->nactors; i++) {
        actor_node(b, &m->actors[i], i);
        bad |= evg_w_flush(b, out);
    }
    for (size_t i = 0; i < m->nevents; i++) {
        event_node(b, &m->events[i]);
        bad |= evg_w_flush(b, out);
    }
    evg_buf_puts(b, "    </nodes>\n");
    return bad;
}

/* One edge; from/to are node ids ("e12", "a3"). */
static void edge(evg_buf *b, long *id, const char *from, const char *to, const char *kind,
                 const char *role, const char *actor, int32_t first, int32_t last)
{
    evg_buf_puts(b, "      <edge id=\"");
    evg_w_long(b, (*id)++);
    evg_buf_puts(b, "\" source=\"");
    evg_buf_puts(b, from);
    evg_buf_puts(b, "\" target=\"");
    evg_buf_puts(b, to);
    evg_buf_puts(b, "\"");
    spell(b, first, last);
    evg_buf_puts(b, "><attvalues>");
    attvalue(b, 0, kind);
    attvalue(b, 1, role);
    attvalue(b, 2, actor);
    evg_buf_puts(b, "</attvalues></edge>\n");
}

/* The edges of event i: its actors and place, and the storyline step that
 * reaches it from each actor's previous dated event (prev[a], or -1). */
static void event_edges(const evg_model *m, size_t i, long *prev, long *id, evg_buf *b)
{
    const evg_m_event *e = &m->events[i];
    char ev[32], node[32];
    evg_w_ltoa(ev, 'e', e->id);
    for (int k = 0; k < e->nactors; k++) {
        int a = e->actors[k].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        evg_w_ltoa(node, 'a', a);
        edge(b, id, ev, node, "actor", evg_role_name(e->actors[k].role), m->actors[a].id, e->begin, e->end);
        if (e->begin == EVG_NODATE) continue;   /* storylines hold dated events only */
        if (prev[a] >= 0 && (size_t)prev[a] != i) {
            const evg_m_event *p = &m->events[prev[a]];
            evg_w_ltoa(node, 'e', p->id);
            edge(b, id, node, ev, "next", NULL, m->actors[a].id, EVG_NODATE, EVG_NODATE);
        }
        prev[a] = (long)i;
    }
    if (e->location >= 0 && (size_t)e->location < m->nactors) {
        evg_w_ltoa(node, 'a', e->location);
        edge(b, id, ev, node, "location", NULL, m->actors[e->location].id, e->begin, e->end);
    }
}

static int write_edges(const evg_model *m, evg_buf *b, FILE *out)
{
    long *prev = evg_xmalloc((m->nactors + 1) * sizeof *prev);
    long id = 0;
    int bad = 0;
    for (size_t a = 0; a < m->nactors; a++) prev[a] = -1;
    evg_buf_puts(b, "    <edges>\n");
    for (size_t i = 0; i < m->nevents; i++) {
        event_edges(m, i, prev, &id, b);
        bad |= evg_w_flush(b, out);
    }
    evg_buf_puts(b, "    </edges>\n");
    free(prev);
    return bad;
}

int evg_export_events_gexf(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    errno = 0;
    header(&b);
    int bad = evg_w_flush(&b, out);
    bad |= write_nodes(m, &b, out);
    bad |= write_edges(m, &b, out);
    evg_buf_puts(&b, "  </graph>\n</gexf>\n");
    bad |= evg_w_flush(&b, out);
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "events GEXF");
}

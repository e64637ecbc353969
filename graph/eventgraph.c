/*
 * eventgraph.c - evg_graph_write_events_graphml: the event graph as GraphML.
 *
 * A directed graph with two kinds of vertex: every actor of the model (kind
 * "actor": id, name, name_en, type, country, role) and every event (kind
 * "event": code, label, date value, first and last day, modality, mentions,
 * confidence).  Edges: event -> actor for each actor of an event (kind
 * "actor", with the actor's role: source, target, participant) and event ->
 * location (kind "location"); and each actor's storyline, its dated events in
 * date order linked by kind "next" edges carrying the actor's id.
 *
 * The file is written as it goes, vertex by vertex and edge by edge, in the
 * layout igraph_write_graph_graphml gives (the actor network, graphml.c,
 * still goes through igraph): building the igraph graph with its string
 * attributes took about 2 KB per event, 1.4 GB for the 677,000 events of the
 * 100,000-document benchmark store, where this takes nothing beyond the
 * model.  Strings pass through evg_graph_xml_text (XML 1.0 safe) and are
 * escaped as igraph escapes them; numbers are written with %.15g.
 */
#include "graph_int.h"

#include <errno.h>
#include <stdio.h>

typedef struct ev_edge { long from, to; const char *kind, *role, *actor; } ev_edge;
typedef EVG_VEC(ev_edge) ev_edges;

/* Keys in the order igraph declares them: strings, then numbers. */
static const char *const node_str_keys[] = {"kind", "id", "name", "name_en", "type", "country", "role",
                                             "code", "date", "first", "last", "modality"};
#define NODE_STR_KEYS (sizeof node_str_keys / sizeof *node_str_keys)

/* The entity of an XML special character, else NULL. */
static const char *xml_entity(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    default: return NULL;
    }
}

/* Length of the valid UTF-8 sequence at s that XML may carry (not U+FFFE
 * or U+FFFF), 0 when invalid; as evg_graph_xml_text reads it. */
static int xml_seq_len(const unsigned char *s, size_t n)
{
    int len = evg_utf8_valid_len(s, n);
    if (len == 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] >= 0xBE) return 0;
    return len;
}

/* XML text of s, escaped as igraph escapes attribute values: what
 * evg_graph_xml_text keeps (C0 controls but tab and newline dropped,
 * invalid UTF-8 as U+FFFD), then & < > " ' as entities; one pass, plain
 * runs copied whole (the event graph writes millions of values). */
static void put_text(evg_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p), i = 0, run = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x80 && !xml_entity(c)) {
            i++;
            continue;
        }
        if (i > run) evg_buf_put(b, (const char *)p + run, i - run);
        int len = c < 0x80 ? 1 : xml_seq_len(p + i, n - i);
        if (c >= 0x80 && len) evg_buf_put(b, (const char *)p + i, (size_t)len);
        else if (c >= 0x80) evg_buf_puts(b, "\xEF\xBF\xBD"), len = 1;
        else if (xml_entity(c)) evg_buf_puts(b, xml_entity(c));
        else if (c == '\t' || c == '\n') evg_buf_put(b, (const char *)p + i, 1);
        i += (size_t)len;
        run = i;
    }
    if (i > run) evg_buf_put(b, (const char *)p + run, i - run);
}

static void put_data(evg_buf *b, const char *indent, const char *key, const char *value)
{
    evg_buf_puts(b, indent);
    evg_buf_puts(b, "<data key=\"");
    evg_buf_puts(b, key);
    evg_buf_puts(b, "\">");
    put_text(b, value);
    evg_buf_puts(b, "</data>\n");
}

static void put_header(evg_buf *b)
{
    evg_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
                    "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                    "<!-- Created by evgraph -->\n"
                    "  <key id=\"g_generator\" for=\"graph\" attr.name=\"generator\" attr.type=\"string\"/>\n");
    for (size_t k = 0; k < NODE_STR_KEYS; k++)
        evg_buf_printf(b, "  <key id=\"v_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                       node_str_keys[k], node_str_keys[k]);
    evg_buf_puts(b, "  <key id=\"v_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"double\"/>\n"
                    "  <key id=\"v_confidence\" for=\"node\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
                    "  <key id=\"e_actor\" for=\"edge\" attr.name=\"actor\" attr.type=\"string\"/>\n"
                    "  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                    "  <key id=\"e_role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
                    "  <graph id=\"G\" edgedefault=\"directed\">\n");
    put_data(b, "    ", "g_generator", "evgraph " EVG_VERSION);
}

/* "v_" + each of node_str_keys, the data keys of a vertex. */
static const char *const node_data_keys[NODE_STR_KEYS] = {
    "v_kind", "v_id", "v_name", "v_name_en", "v_type", "v_country", "v_role",
    "v_code", "v_date", "v_first", "v_last", "v_modality"};

/* v in decimal (vertex numbers are never negative). */
static void put_long(evg_buf *b, long v)
{
    char t[24];
    size_t n = sizeof t;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do t[--n] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) t[--n] = '-';
    evg_buf_put(b, t + n, sizeof t - n);
}

/* One vertex: its string values in key order, then its numbers (none for actors). */
static void put_node(evg_buf *b, size_t v, const char *const *str, const double *num)
{
    evg_buf_puts(b, "    <node id=\"n");
    put_long(b, (long)v);
    evg_buf_puts(b, "\">\n");
    for (size_t k = 0; k < NODE_STR_KEYS; k++) put_data(b, "      ", node_data_keys[k], str[k] ? str[k] : "");
    if (num)
        evg_buf_printf(b, "      <data key=\"v_mentions\">%.15g</data>\n"
                          "      <data key=\"v_confidence\">%.15g</data>\n", num[0], num[1]);
    evg_buf_puts(b, "    </node>\n");
}

static void actor_node(evg_buf *b, size_t v, const evg_m_actor *a)
{
    const char *str[NODE_STR_KEYS] = {"actor", a->id, a->name, a->name_en, a->type, a->country, a->role};
    put_node(b, v, str, NULL);
}

static void event_node(evg_buf *b, size_t v, const evg_m_event *e)
{
    char id[32], first[16] = "", last[16] = "";
    snprintf(id, sizeof id, "event-%ld", e->id);
    if (e->begin != EVG_NODATE) evg_format_day(e->begin, first);
    if (e->end != EVG_NODATE) evg_format_day(e->end, last);
    const char *str[NODE_STR_KEYS] = {"event", id, e->label, "", "", "", "",
                                      e->code, e->date_value, first, last, evg_modality_name(e->modality)};
    double num[2] = {(double)e->nmentions, e->confidence};
    put_node(b, v, str, num);
}

static void push_edge(ev_edges *v, long from, long to, const char *kind,
                      const char *role, const char *actor)
{
    ev_edge e = {from, to, kind, role, actor};
    evg_vec_push(v, e);
}

/* Role edges, location edges, then each actor's storyline. */
static void collect_edges(const evg_model *m, ev_edges *out)
{
    long na = (long)m->nactors;
    long *last = evg_xmalloc((m->nactors + 1) * sizeof *last);
    for (size_t a = 0; a < m->nactors; a++) last[a] = -1;
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *e = &m->events[i];
        long ev = na + (long)i;
        for (int k = 0; k < e->nactors; k++) {
            int a = e->actors[k].actor;
            if (a < 0 || (size_t)a >= m->nactors) continue;
            push_edge(out, ev, a, "actor", evg_role_name(e->actors[k].role), m->actors[a].id);
            if (e->begin == EVG_NODATE) continue;   /* storylines hold dated events only */
            if (last[a] >= 0 && last[a] != ev) push_edge(out, last[a], ev, "next", "", m->actors[a].id);
            last[a] = ev;
        }
        if (e->location >= 0 && (size_t)e->location < m->nactors)
            push_edge(out, ev, e->location, "location", "", m->actors[e->location].id);
    }
    free(last);
}

/* Write what the buffer holds once it is large; 0 or an I/O failure. */
static int flush_some(evg_buf *b, FILE *out, size_t at_least)
{
    if (b->n < at_least) return 0;
    int bad = fwrite(b->p, 1, b->n, out) != b->n;
    b->n = 0;
    return bad;
}

int evg_graph_write_events_graphml(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    ev_edges edges = {0};
    evg_buf b = {0};
    int bad = 0;
    errno = 0;
    collect_edges(m, &edges);
    put_header(&b);
    for (size_t i = 0; i < m->nactors && !bad; i++) {
        actor_node(&b, i, &m->actors[i]);
        bad = flush_some(&b, out, 1 << 16);
    }
    for (size_t i = 0; i < m->nevents && !bad; i++) {
        event_node(&b, m->nactors + i, &m->events[i]);
        bad = flush_some(&b, out, 1 << 16);
    }
    for (size_t i = 0; i < edges.n && !bad; i++) {
        const ev_edge *e = &edges.v[i];
        evg_buf_puts(&b, "    <edge source=\"n");
        put_long(&b, e->from);
        evg_buf_puts(&b, "\" target=\"n");
        put_long(&b, e->to);
        evg_buf_puts(&b, "\">\n");
        put_data(&b, "      ", "e_actor", e->actor);
        put_data(&b, "      ", "e_kind", e->kind);
        put_data(&b, "      ", "e_role", e->role);
        evg_buf_puts(&b, "    </edge>\n");
        bad = flush_some(&b, out, 1 << 16);
    }
    evg_buf_puts(&b, "  </graph>\n</graphml>\n");
    if (!bad) bad = flush_some(&b, out, 0);
    evg_buf_free(&b);
    free(edges.v);
    if (bad || fflush(out) != 0 || ferror(out))
        return evg_error(ctx, EVG_EIO, "writing the event graph: %s", strerror(errno ? errno : EIO));
    return 0;
}

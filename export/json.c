/*
 * json.c - events.json: the whole collection in one JSON document,
 *   {"events": [...], "actors": [...], "edges": [...]}
 * (evg_export_events_json), or only {"actors": [...], "edges": [...]}
 * (evg_export_actors_json),
 * with events as in CONTRACT.md (date {value, begin, end}; actors with id,
 * name, name_en, role), actors with their metrics and edges from
 * graph/edges.h (weight, codes, first and last day, CAMEO roots, mean
 * Goldstein score or null, counts of cooperation and conflict events).
 * Strings go through evg_json_str (core/json.c); numbers that are not
 * finite are written as null.  Output is written in pieces of about 64 KiB,
 * so memory does not grow with the collection.  The edges are the list the
 * metrics were computed from when the view shares it (evg_graph_edges_of).
 */
#include "export_int.h"

#include <errno.h>
#include <math.h>

#include "../graph/edges.h"

/* A string literal appended without measuring it at run time. */
#define PUT(b, lit) evg_buf_put((b), (lit), sizeof(lit) - 1)

/* Output is handed to stdio in pieces of about this size. */
#define FLUSH_AT 65536

/* The last numbers written, by a hash of their bits: confidences and
 * weights repeat, and every printf takes glibc's slow path here (see
 * docs/BENCHMARKS.md), so each distinct value is formatted once. */
typedef struct num_memo {
    double v[64];
    char s[64][24];
    unsigned char len[64];
} num_memo;

static void num(evg_buf *b, double v)
{
    static num_memo memo;   /* one thread writes a view at a time, like igraph */
    if (!isfinite(v)) {
        PUT(b, "null");
        return;
    }
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    size_t k = (size_t)((bits * 0x9E3779B97F4A7C15ULL) >> 58);
    if (!memo.len[k] || memcmp(&memo.v[k], &v, sizeof v) != 0) {
        int n = snprintf(memo.s[k], sizeof memo.s[k], "%.10g", v);
        memo.v[k] = v;
        memo.len[k] = (unsigned char)(n > 0 && n < (int)sizeof memo.s[k] ? n : 0);
        if (!memo.len[k]) {
            evg_buf_printf(b, "%.10g", v);
            return;
        }
    }
    evg_buf_put(b, memo.s[k], memo.len[k]);
}

/* A day as "YYYY-MM-DD" (plain ASCII: no escaping needed) or null. */
static void day(evg_buf *b, int32_t d)
{
    char s[16];
    if (d == EVG_NODATE) {
        PUT(b, "null");
        return;
    }
    evg_format_day(d, s);
    PUT(b, "\"");
    evg_buf_puts(b, s);
    PUT(b, "\"");
}

/* Hand b to out once it holds FLUSH_AT bytes (always when last). */
static int flush(evg_buf *b, FILE *out, int last)
{
    return last || b->n >= FLUSH_AT ? evg_w_flush(b, out) : 0;
}

static void actor_ref_text(evg_buf *b, const evg_m_actor *ac)
{
    PUT(b, "{\"id\": ");
    evg_json_str(b, ac->id);
    PUT(b, ", \"name\": ");
    evg_json_str(b, ac->name);
    PUT(b, ", \"name_en\": ");
    evg_json_str(b, ac->name_en);
}

/* Every actor's reference text, written once: refs.p + at[a] .. at[a + 1]. */
typedef struct actor_refs {
    evg_buf text;
    size_t *at;
} actor_refs;

static void refs_build(actor_refs *r, const evg_model *m)
{
    memset(&r->text, 0, sizeof r->text);
    r->at = evg_xmalloc((m->nactors + 1) * sizeof *r->at);
    for (size_t a = 0; a < m->nactors; a++) {
        r->at[a] = r->text.n;
        actor_ref_text(&r->text, &m->actors[a]);
    }
    r->at[m->nactors] = r->text.n;
}

static void refs_free(actor_refs *r)
{
    evg_buf_free(&r->text);
    free(r->at);
}

static void actor_ref(evg_buf *b, const actor_refs *r, int a)
{
    evg_buf_put(b, r->text.p + r->at[a], r->at[a + 1] - r->at[a]);
}

static void event_actors(evg_buf *b, const evg_model *m, const actor_refs *r, const evg_m_event *ev)
{
    int n = 0;
    PUT(b, "[");
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        if (n++) PUT(b, ", ");
        actor_ref(b, r, a);
        PUT(b, ", \"role\": ");
        evg_json_str(b, evg_role_name(ev->actors[j].role));
        PUT(b, "}");
    }
    PUT(b, "]");
}

static void event(evg_buf *b, const evg_model *m, const actor_refs *r, const evg_m_event *ev)
{
    PUT(b, "{\"id\": ");
    evg_w_long(b, ev->id);
    PUT(b, ", \"code\": ");
    evg_json_str(b, ev->code);
    PUT(b, ", \"root\": ");
    evg_json_str(b, ev->root);
    PUT(b, ", \"label\": ");
    evg_json_str(b, ev->label);
    PUT(b, ",\n   \"date\": {\"value\": ");
    evg_json_str(b, ev->date_value && *ev->date_value ? ev->date_value : NULL);
    PUT(b, ", \"begin\": ");
    day(b, ev->begin);
    PUT(b, ", \"end\": ");
    day(b, ev->end);
    PUT(b, "},\n   \"actors\": ");
    event_actors(b, m, r, ev);
    PUT(b, ",\n   \"location\": ");
    if (ev->location >= 0 && (size_t)ev->location < m->nactors) {
        actor_ref(b, r, ev->location);
        PUT(b, "}");
    } else {
        PUT(b, "null");
    }
    PUT(b, ", \"modality\": ");
    evg_json_str(b, evg_modality_name(ev->modality));
    PUT(b, ", \"mentions\": ");
    evg_w_long(b, ev->nmentions);
    PUT(b, ",\n   \"sentence\": ");
    evg_json_str(b, ev->sentence);
    PUT(b, ", \"doc\": ");
    evg_json_str(b, ev->doc);
    PUT(b, ", \"confidence\": ");
    num(b, ev->confidence);
    PUT(b, "}");
}

static void actor(evg_buf *b, const evg_m_actor *a)
{
    PUT(b, "{\"id\": ");
    evg_json_str(b, a->id);
    PUT(b, ", \"name\": ");
    evg_json_str(b, a->name);
    PUT(b, ", \"name_en\": ");
    evg_json_str(b, a->name_en);
    PUT(b, ", \"type\": ");
    evg_json_str(b, a->type);
    PUT(b, ", \"country\": ");
    evg_json_str(b, a->country);
    PUT(b, ", \"role\": ");
    evg_json_str(b, a->role);
    evg_buf_printf(b, ",\n   \"nevents\": %ld, \"degree\": ", a->nevents);
    num(b, a->degree);
    PUT(b, ", \"strength\": ");
    num(b, a->strength);
    PUT(b, ", \"pagerank\": ");
    num(b, a->pagerank);
    PUT(b, ", \"betweenness\": ");
    num(b, a->betweenness);
    evg_buf_printf(b, ", \"community\": %d, \"component\": %d}", a->community, a->component);
}

/* Codes "040 043" as a JSON array. */
static void codes_array(evg_buf *b, const char *codes)
{
    const char *p = codes ? codes : "";
    int n = 0;
    PUT(b, "[");
    while (*p) {
        size_t len = strcspn(p, " ");
        if (len) {
            if (n++) PUT(b, ", ");
            evg_json_strn(b, p, len);
        }
        p += len + (p[len] == ' ');
    }
    PUT(b, "]");
}

static void edge(evg_buf *b, const evg_model *m, const evg_graph_edge *e)
{
    PUT(b, "{\"source\": ");
    evg_json_str(b, m->actors[e->a].id);
    PUT(b, ", \"target\": ");
    evg_json_str(b, m->actors[e->b].id);
    PUT(b, ", \"weight\": ");
    num(b, e->weight);
    PUT(b, ", \"codes\": ");
    codes_array(b, e->codes);
    PUT(b, ", \"first\": ");
    day(b, e->first);
    PUT(b, ", \"last\": ");
    day(b, e->last);
    PUT(b, ", \"roots\": ");
    codes_array(b, e->roots);
    PUT(b, ", \"goldstein\": ");
    num(b, e->goldstein);
    PUT(b, ", \"cooperation\": ");
    evg_w_long(b, e->cooperation);
    PUT(b, ", \"conflict\": ");
    evg_w_long(b, e->conflict);
    PUT(b, "}");
}

static int write_events(evg_buf *b, const evg_model *m, FILE *out)
{
    int bad = 0;
    actor_refs r;
    refs_build(&r, m);
    PUT(b, "\"events\": [");
    for (size_t i = 0; i < m->nevents; i++) {
        if (i) PUT(b, ",\n  ");
        else PUT(b, "\n  ");
        event(b, m, &r, &m->events[i]);
        bad |= flush(b, out, 0);
    }
    refs_free(&r);
    PUT(b, "],\n ");
    return bad;
}

static int write_network(evg_buf *b, const evg_model *m, FILE *out)
{
    int bad = 0;
    evg_graph_edge *own;
    const evg_graph_edge *e;
    size_t ne;
    PUT(b, "\"actors\": [");
    for (size_t i = 0; i < m->nactors; i++) {
        if (i) PUT(b, ",\n  ");
        else PUT(b, "\n  ");
        actor(b, &m->actors[i]);
        bad |= flush(b, out, 0);
    }
    PUT(b, "],\n \"edges\": [");
    e = evg_graph_edges_of(m, &ne, &own);
    for (size_t i = 0; i < ne; i++) {
        if (i) PUT(b, ",\n  ");
        else PUT(b, "\n  ");
        edge(b, m, &e[i]);
        bad |= flush(b, out, 0);
    }
    evg_graph_edges_free(own, ne);
    PUT(b, "]}\n");
    bad |= flush(b, out, 1);
    return bad;
}

int evg_export_events_json(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    errno = 0;
    evg_buf_puts(&b, "{");
    int bad = write_events(&b, m, out);
    bad |= write_network(&b, m, out);
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "events JSON");
}

int evg_export_actors_json(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    errno = 0;
    evg_buf_puts(&b, "{");
    int bad = write_network(&b, m, out);
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "actors JSON");
}

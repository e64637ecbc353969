/*
 * json.c - events.json: the whole collection in one JSON document,
 *   {"events": [...], "actors": [...], "edges": [...]}
 * (evg_export_events_json), or only {"actors": [...], "edges": [...]}
 * (evg_export_actors_json),
 * with events as in CONTRACT.md (date {value, begin, end}; actors with id,
 * name, name_en, role), actors with their metrics and edges from
 * graph/edges.h (weight, codes, first and last day, CAMEO roots, mean
 * Goldstein score or null, counts of cooperation and conflict events).  Strings go through evg_json_str (core/json.c); numbers that
 * are not finite are written as null.  Output is written piece by piece, so
 * memory does not grow with the collection.
 */
#include "export_int.h"

#include <errno.h>
#include <math.h>

#include "../graph/edges.h"

static void num(evg_buf *b, double v)
{
    if (isfinite(v)) evg_buf_printf(b, "%.10g", v);
    else evg_buf_puts(b, "null");
}

static void actor_ref(evg_buf *b, const evg_model *m, int a)
{
    const evg_m_actor *ac = &m->actors[a];
    evg_buf_puts(b, "{\"id\": ");
    evg_json_str(b, ac->id);
    evg_buf_puts(b, ", \"name\": ");
    evg_json_str(b, ac->name);
    evg_buf_puts(b, ", \"name_en\": ");
    evg_json_str(b, ac->name_en);
}

static void event_actors(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    int n = 0;
    evg_buf_puts(b, "[");
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        if (n++) evg_buf_puts(b, ", ");
        actor_ref(b, m, a);
        evg_buf_puts(b, ", \"role\": ");
        evg_json_str(b, evg_role_name(ev->actors[j].role));
        evg_buf_puts(b, "}");
    }
    evg_buf_puts(b, "]");
}

static void event(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    evg_buf_puts(b, "{\"id\": ");
    evg_w_long(b, ev->id);
    evg_buf_puts(b, ", \"code\": ");
    evg_json_str(b, ev->code);
    evg_buf_puts(b, ", \"root\": ");
    evg_json_str(b, ev->root);
    evg_buf_puts(b, ", \"label\": ");
    evg_json_str(b, ev->label);
    evg_buf_puts(b, ",\n   \"date\": {\"value\": ");
    evg_json_str(b, ev->date_value && *ev->date_value ? ev->date_value : NULL);
    evg_buf_puts(b, ", \"begin\": ");
    evg_json_day(b, ev->begin);
    evg_buf_puts(b, ", \"end\": ");
    evg_json_day(b, ev->end);
    evg_buf_puts(b, "},\n   \"actors\": ");
    event_actors(b, m, ev);
    evg_buf_puts(b, ",\n   \"location\": ");
    if (ev->location >= 0 && (size_t)ev->location < m->nactors) {
        actor_ref(b, m, ev->location);
        evg_buf_puts(b, "}");
    } else {
        evg_buf_puts(b, "null");
    }
    evg_buf_puts(b, ", \"modality\": ");
    evg_json_str(b, evg_modality_name(ev->modality));
    evg_buf_puts(b, ", \"mentions\": ");
    evg_w_long(b, ev->nmentions);
    evg_buf_puts(b, ",\n   \"sentence\": ");
    evg_json_str(b, ev->sentence);
    evg_buf_puts(b, ", \"doc\": ");
    evg_json_str(b, ev->doc);
    evg_buf_puts(b, ", \"confidence\": ");
    num(b, ev->confidence);
    evg_buf_puts(b, "}");
}

static void actor(evg_buf *b, const evg_m_actor *a)
{
    evg_buf_puts(b, "{\"id\": ");
    evg_json_str(b, a->id);
    evg_buf_puts(b, ", \"name\": ");
    evg_json_str(b, a->name);
    evg_buf_puts(b, ", \"name_en\": ");
    evg_json_str(b, a->name_en);
    evg_buf_puts(b, ", \"type\": ");
    evg_json_str(b, a->type);
    evg_buf_puts(b, ", \"country\": ");
    evg_json_str(b, a->country);
    evg_buf_puts(b, ", \"role\": ");
    evg_json_str(b, a->role);
    evg_buf_printf(b, ",\n   \"nevents\": %ld, \"degree\": ", a->nevents);
    num(b, a->degree);
    evg_buf_puts(b, ", \"strength\": ");
    num(b, a->strength);
    evg_buf_puts(b, ", \"pagerank\": ");
    num(b, a->pagerank);
    evg_buf_puts(b, ", \"betweenness\": ");
    num(b, a->betweenness);
    evg_buf_printf(b, ", \"community\": %d, \"component\": %d}", a->community, a->component);
}

/* Codes "040 043" as a JSON array. */
static void codes_array(evg_buf *b, const char *codes)
{
    const char *p = codes ? codes : "";
    int n = 0;
    evg_buf_puts(b, "[");
    while (*p) {
        size_t len = strcspn(p, " ");
        if (len) {
            if (n++) evg_buf_puts(b, ", ");
            evg_json_strn(b, p, len);
        }
        p += len + (p[len] == ' ');
    }
    evg_buf_puts(b, "]");
}

static void edge(evg_buf *b, const evg_model *m, const evg_graph_edge *e)
{
    evg_buf_puts(b, "{\"source\": ");
    evg_json_str(b, m->actors[e->a].id);
    evg_buf_puts(b, ", \"target\": ");
    evg_json_str(b, m->actors[e->b].id);
    evg_buf_puts(b, ", \"weight\": ");
    num(b, e->weight);
    evg_buf_puts(b, ", \"codes\": ");
    codes_array(b, e->codes);
    evg_buf_puts(b, ", \"first\": ");
    evg_json_day(b, e->first);
    evg_buf_puts(b, ", \"last\": ");
    evg_json_day(b, e->last);
    evg_buf_puts(b, ", \"roots\": ");
    codes_array(b, e->roots);
    evg_buf_puts(b, ", \"goldstein\": ");
    num(b, e->goldstein);
    evg_buf_puts(b, ", \"cooperation\": ");
    evg_w_long(b, e->cooperation);
    evg_buf_puts(b, ", \"conflict\": ");
    evg_w_long(b, e->conflict);
    evg_buf_puts(b, "}");
}

static int write_events(evg_buf *b, const evg_model *m, FILE *out)
{
    int bad = 0;
    evg_buf_puts(b, "\"events\": [");
    for (size_t i = 0; i < m->nevents; i++) {
        evg_buf_puts(b, i ? ",\n  " : "\n  ");
        event(b, m, &m->events[i]);
        bad |= evg_w_flush(b, out);
    }
    evg_buf_puts(b, "],\n ");
    return bad;
}

static int write_network(evg_buf *b, const evg_model *m, FILE *out)
{
    int bad = 0;
    evg_graph_edge *e;
    size_t ne;
    evg_buf_puts(b, "\"actors\": [");
    for (size_t i = 0; i < m->nactors; i++) {
        evg_buf_puts(b, i ? ",\n  " : "\n  ");
        actor(b, &m->actors[i]);
        bad |= evg_w_flush(b, out);
    }
    evg_buf_puts(b, "],\n \"edges\": [");
    evg_graph_edges(m, &e, &ne);
    for (size_t i = 0; i < ne; i++) {
        evg_buf_puts(b, i ? ",\n  " : "\n  ");
        edge(b, m, &e[i]);
        bad |= evg_w_flush(b, out);
    }
    evg_graph_edges_free(e, ne);
    evg_buf_puts(b, "]}\n");
    bad |= evg_w_flush(b, out);
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

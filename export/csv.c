/*
 * csv.c - events, actors (the node table) and the actor network's links
 * (the edge table: source and target ids, weight, codes, roots, first and
 * last day, mean Goldstein score, cooperation and conflict counts) as CSV
 * (RFC 4180: header row, every text field quoted, CRLF line ends), for
 * spreadsheets, pandas and i2/Maltego-style imports.  Text goes through
 * evg_w_csv; an event's actors are one field, "id:role" pairs joined by
 * "; ".  Rows are written one at a time.
 */
#include "export_int.h"

#include <errno.h>
#include <math.h>

#include "../graph/edges.h"

static void day_field(evg_buf *b, int32_t d)
{
    char s[16] = "";
    if (d != EVG_NODATE) evg_format_day(d, s);
    evg_buf_puts(b, s);
}

static void actors_field(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    evg_buf list = {0};
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        if (list.n) evg_buf_puts(&list, "; ");
        evg_buf_printf(&list, "%s:%s", m->actors[a].id ? m->actors[a].id : "",
                       evg_role_name(ev->actors[j].role));
    }
    evg_w_csv(b, evg_w_str(&list));
    evg_buf_free(&list);
}

static void event_row(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    int loc = ev->location >= 0 && (size_t)ev->location < m->nactors;
    evg_w_long(b, ev->id);
    evg_buf_puts(b, ",");
    evg_w_csv(b, ev->code);
    evg_buf_puts(b, ",");
    evg_w_csv(b, ev->label);
    evg_buf_puts(b, ",");
    evg_w_csv(b, ev->date_value);
    evg_buf_puts(b, ",");
    day_field(b, ev->begin);
    evg_buf_puts(b, ",");
    day_field(b, ev->end);
    evg_buf_puts(b, ",");
    evg_buf_puts(b, evg_modality_name(ev->modality));
    evg_buf_puts(b, ",");
    actors_field(b, m, ev);
    evg_buf_puts(b, ",");
    evg_w_csv(b, loc ? m->actors[ev->location].id : "");
    evg_buf_puts(b, ",");
    evg_w_long(b, ev->nmentions);
    evg_buf_printf(b, ",%.3g,", isfinite(ev->confidence) ? ev->confidence : 0.0);
    evg_w_csv(b, ev->doc);
    evg_buf_puts(b, ",");
    evg_w_csv(b, ev->sentence);
    evg_buf_puts(b, "\r\n");
}

int evg_export_events_csv(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    int bad;
    errno = 0;
    evg_buf_puts(&b, "id,code,label,date,begin,end,modality,actors,location,mentions,confidence,"
                     "doc,sentence\r\n");
    bad = evg_w_flush(&b, out);
    for (size_t i = 0; i < m->nevents; i++) {
        event_row(&b, m, &m->events[i]);
        bad |= evg_w_flush(&b, out);
    }
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "events CSV");
}

static void actor_row(evg_buf *b, const evg_m_actor *a)
{
    const char *const text[] = {a->id, a->name, a->name_en, a->type, a->country, a->role};
    for (size_t k = 0; k < 6; k++) {
        evg_w_csv(b, text[k]);
        evg_buf_puts(b, ",");
    }
    evg_buf_printf(b, "%ld,%g,%g,%.6g,%.6g,%d,%d\r\n", a->nevents, a->degree, a->strength,
                   a->pagerank, a->betweenness, a->community, a->component);
}

int evg_export_actors_csv(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    int bad;
    errno = 0;
    evg_buf_puts(&b, "id,name,name_en,type,country,role,nevents,degree,strength,pagerank,"
                     "betweenness,community,component\r\n");
    bad = evg_w_flush(&b, out);
    for (size_t i = 0; i < m->nactors; i++) {
        actor_row(&b, &m->actors[i]);
        bad |= evg_w_flush(&b, out);
    }
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "actors CSV");
}

/* One link of the actor network: both ends by id, then the pair's numbers. */
static void edge_row(evg_buf *b, const evg_model *m, const evg_graph_edge *e)
{
    char first[16] = "", last[16] = "";
    if (e->first != EVG_NODATE) evg_format_day(e->first, first);
    if (e->last != EVG_NODATE) evg_format_day(e->last, last);
    evg_w_csv(b, m->actors[e->a].id);
    evg_buf_puts(b, ",");
    evg_w_csv(b, m->actors[e->b].id);
    evg_buf_printf(b, ",%g,", e->weight);
    evg_w_csv(b, e->codes);
    evg_buf_puts(b, ",");
    evg_w_csv(b, e->roots);
    evg_buf_printf(b, ",%s,%s,", first, last);
    if (isfinite(e->goldstein)) evg_buf_printf(b, "%.4g", e->goldstein);
    evg_buf_printf(b, ",%d,%d\r\n", e->cooperation, e->conflict);
}

int evg_export_edges_csv(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_buf b = {0};
    evg_graph_edge *own;
    const evg_graph_edge *e;
    size_t ne;
    int bad;
    errno = 0;
    evg_buf_puts(&b, "source,target,weight,codes,roots,first,last,goldstein,cooperation,conflict\r\n");
    bad = evg_w_flush(&b, out);
    e = evg_graph_edges_of(m, &ne, &own);
    for (size_t i = 0; i < ne; i++) {
        edge_row(&b, m, &e[i]);
        bad |= evg_w_flush(&b, out);
    }
    evg_graph_edges_free(own, ne);
    evg_buf_free(&b);
    return evg_w_finish(ctx, out, bad, "edges CSV");
}

/*
 * view.c - one view in one format, for `evgraph export --view V --format F`
 * and `evgraph report`: load the model, compute the metrics, write.
 *
 * The table says which formats each view has:
 *   timeline: dot svg json timelinejs
 *   actors:   dot svg graphml gexf csv json
 *   events:   json csv timelinejs graphml gexf (the event graph)
 *   edges:    csv (the actor network's links, the edge table to actors csv)
 * Both take an optional query (evg_event_query) that narrows the events.
 * The actor network's edge list computed for the metrics is shared with
 * the writer (graph/edges.h) until the model is freed.
 */
#include "export_int.h"

#include "../graph/edges.h"

typedef int (*view_fn)(evg_ctx *ctx, const evg_model *m, FILE *out);

/* evidence: the format shows each event's sentence and document; metrics:
 * it shows the actor metrics (PageRank, communities ...), which are then
 * computed for the selection (the others skip the actor network). */
static const struct view_format {
    const char *view, *format;
    view_fn fn;
    int evidence, metrics;
} table[] = {
    {"timeline", "dot", evg_export_timeline_dot, 0, 1}, {"timeline", "svg", evg_export_timeline_svg, 0, 1},
    {"timeline", "json", evg_export_events_json, 1, 1}, {"timeline", "timelinejs", evg_export_timelinejs, 1, 0},
    {"actors", "dot", evg_export_actors_dot, 0, 1},     {"actors", "svg", evg_export_actors_svg, 0, 1},
    {"actors", "graphml", evg_graph_write_graphml, 0, 1}, {"actors", "gexf", evg_export_actors_gexf, 0, 1},
    {"actors", "csv", evg_export_actors_csv, 0, 1},     {"actors", "json", evg_export_actors_json, 0, 1},
    {"events", "json", evg_export_events_json, 1, 1},   {"events", "csv", evg_export_events_csv, 1, 0},
    {"events", "graphml", evg_graph_write_events_graphml, 0, 0},
    {"events", "timelinejs", evg_export_timelinejs, 1, 0}, {"events", "gexf", evg_export_events_gexf, 0, 1},
    {"edges", "csv", evg_export_edges_csv, 0, 1},
};

static int unknown(evg_ctx *ctx, const char *view, const char *format)
{
    evg_buf b = {0};
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (view && strcmp(table[i].view, view) == 0) evg_buf_printf(&b, " %s", table[i].format);
    int rc = b.n ? evg_error(ctx, EVG_EINPUT, "view %s has no format %s (it has:%s)", view,
                             format ? format : "(none)", b.p)
                 : evg_error(ctx, EVG_EINPUT, "no view %s (views: timeline actors events edges)",
                             view ? view : "(none)");
    evg_buf_free(&b);
    return rc;
}

static int load_model(evg_store *st, const struct view_format *vf, evg_model **out)
{
    return vf->evidence ? evg_store_load_model(st, out) : evg_store_load_model_bare(st, out);
}

/* 1 when alias is one of the "; "-separated spellings in list. */
static int in_aliases(const char *list, const char *alias)
{
    size_t n = strlen(alias);
    for (const char *p = list; p && *p;) {
        const char *end = strstr(p, "; ");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, alias, n) == 0) return 1;
        p = end ? end + 2 : NULL;
    }
    return 0;
}

/* The id of the first actor of m seen in the articles as alias, or NULL. */
static const char *actor_by_alias(evg_store *st, const evg_model *m, const char *alias)
{
    for (size_t i = 0; i < m->nactors; i++) {
        char *list = evg_store_actor_aliases(st, m->actors[i].id);
        int hit = in_aliases(list, alias);
        free(list);
        if (hit) return m->actors[i].id;
    }
    return NULL;
}

/* `evgraph events --actor` also takes any spelling seen in the articles
 * (the aliases table, e.g. the report's "aliases seen"); the model's filter
 * knows ids and names only.  So when --actor selected no event, the
 * unfiltered model is loaded again and an actor seen under that spelling
 * (the first) is asked for by its id; when that finds nothing either,
 * stderr says so instead of leaving an empty picture unexplained. */
static int retry_by_alias(evg_store *st, const evg_event_query *q, const struct view_format *vf, evg_model **out)
{
    evg_model *all = NULL;
    int rc = load_model(st, vf, &all);
    const char *found = rc == 0 ? actor_by_alias(st, all, q->actor) : NULL;
    char *id = found ? evg_xstrdup(found) : NULL; /* the filter frees the actors it drops */
    if (id) {
        evg_event_query by_id = *q;
        by_id.actor = id;
        rc = evg_model_filter(evg_store_ctx(st), all, &by_id);
    }
    int hit = id && all->nevents > 0;
    free(id);
    if (rc == 0 && hit) {
        evg_model_free(*out);
        *out = all;
        return 0;
    }
    if (all) evg_model_free(all);
    if (rc == 0)
        evg_warn(evg_store_ctx(st), "no event matches --actor '%s' with the other filters (an actor is matched by"
                                    " its id, its name in either script, part of its English name or a spelling"
                                    " seen in the articles)", q->actor);
    return rc;
}

/* Load the model, keep what q selects, compute the metrics when the format
 * shows them; *out freed by the caller. */
static int load(evg_store *st, const evg_event_query *q, const struct view_format *vf, evg_model **out)
{
    int rc = load_model(st, vf, out);
    if (rc == 0) rc = evg_model_filter(evg_store_ctx(st), *out, q);
    if (rc == 0 && q && q->actor && *q->actor && (*out)->nevents == 0) rc = retry_by_alias(st, q, vf, out);
    if (rc == 0 && vf->metrics) rc = evg_graph_compute_shared(evg_store_ctx(st), *out);
    return rc;
}

EVG_API int evg_export_view(evg_store *st, const char *view, const char *format,
                            const evg_event_query *q, FILE *out)
{
    evg_ctx *ctx = evg_store_ctx(st);
    evg_model *m = NULL;
    const struct view_format *vf = NULL;
    for (size_t i = 0; i < sizeof table / sizeof *table && !vf; i++)
        if (view && format && strcmp(table[i].view, view) == 0 && strcmp(table[i].format, format) == 0)
            vf = &table[i];
    if (!vf) return unknown(ctx, view, format);
    int rc = load(st, q, vf, &m);
    if (rc == 0) rc = vf->fn(ctx, m, out);
    evg_graph_unshare(m);
    if (m) evg_model_free(m);
    return rc;
}

EVG_API int evg_export_report(evg_store *st, const evg_event_query *q, FILE *out)
{
    static const struct view_format report = {"report", "html", NULL, 1, 1};
    evg_model *m = NULL;
    int rc = load(st, q, &report, &m);
    if (rc == 0) rc = evg_export_report_html(evg_store_ctx(st), m, NULL, st, out);
    evg_graph_unshare(m);
    if (m) evg_model_free(m);
    return rc;
}

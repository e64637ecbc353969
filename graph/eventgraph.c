/*
 * eventgraph.c - evg_graph_write_events_graphml: the event graph as GraphML.
 *
 * A directed igraph graph with two kinds of vertex: every actor of the
 * model (kind "actor": id, name, name_en, type, country, role) and every
 * event (kind "event": code, label, date value, first and last day,
 * modality, mentions, confidence).  Edges: event -> actor for each actor
 * of an event (kind "actor", with the actor's role: source, target,
 * participant) and event -> location (kind "location"); and each actor's
 * storyline, its dated events in date order linked by kind "next" edges
 * carrying the actor's id.  igraph writes the file and escapes it.
 */
#include "graph_int.h"

#include <errno.h>
#include <stdio.h>

typedef struct ev_edge { igraph_integer_t from, to; const char *kind, *role, *actor; } ev_edge;
typedef EVG_VEC(ev_edge) ev_edges;

static igraph_error_t actor_vertex(igraph_t *g, igraph_integer_t v, const evg_m_actor *a)
{
    IGRAPH_CHECK(evg_graph_set_vstr(g, "kind", v, "actor"));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "id", v, a->id));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "name", v, a->name));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "name_en", v, a->name_en));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "type", v, a->type));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "country", v, a->country));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "role", v, a->role));
    return IGRAPH_SUCCESS;
}

static igraph_error_t event_vertex(igraph_t *g, igraph_integer_t v, const evg_m_event *e)
{
    char id[32], first[16] = "", last[16] = "";
    snprintf(id, sizeof id, "event-%ld", e->id);
    if (e->begin != EVG_NODATE) evg_format_day(e->begin, first);
    if (e->end != EVG_NODATE) evg_format_day(e->end, last);
    IGRAPH_CHECK(evg_graph_set_vstr(g, "kind", v, "event"));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "id", v, id));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "name", v, e->label));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "code", v, e->code));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "date", v, e->date_value));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "first", v, first));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "last", v, last));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "modality", v, evg_modality_name(e->modality)));
    IGRAPH_CHECK(SETVAN(g, "mentions", v, (igraph_real_t)e->nmentions));
    IGRAPH_CHECK(SETVAN(g, "confidence", v, e->confidence));
    return IGRAPH_SUCCESS;
}

static void push_edge(ev_edges *v, igraph_integer_t from, igraph_integer_t to, const char *kind,
                      const char *role, const char *actor)
{
    ev_edge e = {from, to, kind, role, actor};
    evg_vec_push(v, e);
}

/* Role edges, location edges, then each actor's storyline. */
static void collect_edges(const evg_model *m, ev_edges *out)
{
    igraph_integer_t na = (igraph_integer_t)m->nactors;
    igraph_integer_t *last = evg_xmalloc((m->nactors + 1) * sizeof *last);
    for (size_t a = 0; a < m->nactors; a++) last[a] = -1;
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *e = &m->events[i];
        igraph_integer_t ev = na + (igraph_integer_t)i;
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

static igraph_error_t build(igraph_t *g, const evg_model *m, const ev_edges *edges)
{
    igraph_vector_int_t el;
    IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * edges->n)));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
    for (size_t i = 0; i < edges->n; i++) {
        VECTOR(el)[2 * i] = edges->v[i].from;
        VECTOR(el)[2 * i + 1] = edges->v[i].to;
    }
    IGRAPH_CHECK(igraph_create(g, &el, (igraph_integer_t)(m->nactors + m->nevents), IGRAPH_DIRECTED));
    igraph_vector_int_destroy(&el);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t set_attributes(igraph_t *g, const evg_model *m, const ev_edges *edges)
{
    IGRAPH_CHECK(SETGAS(g, "generator", "evgraph " EVG_VERSION));
    for (size_t i = 0; i < m->nactors; i++) IGRAPH_CHECK(actor_vertex(g, (igraph_integer_t)i, &m->actors[i]));
    for (size_t i = 0; i < m->nevents; i++)
        IGRAPH_CHECK(event_vertex(g, (igraph_integer_t)(m->nactors + i), &m->events[i]));
    for (size_t i = 0; i < edges->n; i++) {
        char *actor = evg_graph_xml_text(edges->v[i].actor);
        igraph_error_t rc = SETEAS(g, "actor", (igraph_integer_t)i, actor);
        free(actor);
        IGRAPH_CHECK(rc);
        IGRAPH_CHECK(SETEAS(g, "kind", (igraph_integer_t)i, edges->v[i].kind));
        IGRAPH_CHECK(SETEAS(g, "role", (igraph_integer_t)i, edges->v[i].role));
    }
    return IGRAPH_SUCCESS;
}

int evg_graph_write_events_graphml(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    ev_edges edges = {0};
    igraph_t g;
    int rc = 0, built = 0;
    evg_igraph_begin();
    collect_edges(m, &edges);
    igraph_error_t irc = build(&g, m, &edges);
    if (irc == IGRAPH_SUCCESS) {
        built = 1;
        irc = set_attributes(&g, m, &edges);
    }
    if (irc == IGRAPH_SUCCESS) irc = igraph_write_graph_graphml(&g, out, true);
    if (irc != IGRAPH_SUCCESS) rc = evg_igraph_fail(ctx, irc, "writing the event graph");
    else if (fflush(out) != 0 || ferror(out))
        rc = evg_error(ctx, EVG_EIO, "writing the event graph: %s", strerror(errno ? errno : EIO));
    if (built) igraph_destroy(&g);
    free(edges.v);
    return rc;
}

/*
 * model_filter.c - narrow a loaded model to the events of a query, for the
 * filtered views of `evgraph export` and `evgraph report`.
 *
 * An event stays when its day range meets [from, to] (undated events only
 * when neither bound is given), its code starts with `code`, it has at
 * least `min_mentions` reports, and one of its actors matches `actor`
 * (entity id or name exactly, or the English name as a case-insensitive
 * substring) -- or, with `hops` N > 0, every one of its actors lies within N
 * steps of a matching actor in the network of the events that pass the
 * other filters (the actor's ego network: its events and those among its
 * neighbours).  Actors that no remaining event uses are dropped and the
 * indexes of events renumbered.  Exports evg_model_filter.
 */
#include "internal.h"

#include <ctype.h>
#include <limits.h>

static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; hay && *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i])) i++;
        if (i == n) return 1;
    }
    return 0;
}

static int actor_matches(const evg_m_actor *a, const char *q)
{
    return strcmp(a->id, q) == 0 || strcmp(a->name, q) == 0 || contains_ci(a->name_en, q);
}

static int has_actor(const evg_model *m, const evg_m_event *e, const char *q)
{
    for (int i = 0; i < e->nactors; i++)
        if (actor_matches(&m->actors[e->actors[i].actor], q)) return 1;
    return 0;
}

/* The filters other than the actor. */
static int event_passes(const evg_m_event *e, const evg_event_query *q, int32_t from, int32_t to)
{
    if ((from != EVG_NODATE || to != EVG_NODATE) && e->begin == EVG_NODATE) return 0;
    if (from != EVG_NODATE && e->end < from) return 0;
    if (to != EVG_NODATE && e->begin > to) return 0;
    if (q->version >= 2 && q->min_mentions > 1 && e->nmentions < q->min_mentions) return 0;
    return !(q->code && *q->code && strncmp(e->code, q->code, strlen(q->code)) != 0);
}

/* Steps from the matching actors to every actor (INT_MAX: unreached), over
 * the events that passed (keep[i]), up to hops steps. */
static int *actor_distances(const evg_model *m, const char *keep, const char *q, int hops)
{
    int *dist = evg_xmalloc((m->nactors + 1) * sizeof *dist);
    for (size_t a = 0; a < m->nactors; a++) dist[a] = actor_matches(&m->actors[a], q) ? 0 : INT_MAX;
    for (int h = 1; h <= hops; h++) {
        for (size_t i = 0; i < m->nevents; i++) {
            const evg_m_event *e = &m->events[i];
            int near = 0;
            for (int k = 0; keep[i] && k < e->nactors; k++) near |= dist[e->actors[k].actor] == h - 1;
            for (int k = 0; near && k < e->nactors; k++)
                if (dist[e->actors[k].actor] > h) dist[e->actors[k].actor] = h;
        }
    }
    return dist;
}

static int within(const evg_m_event *e, const int *dist, int hops)
{
    for (int k = 0; k < e->nactors; k++)
        if (dist[e->actors[k].actor] > hops) return 0;
    return e->nactors > 0;
}

/* keep[i]: event i passes the query. */
static void select_events(const evg_model *m, const evg_event_query *q, int32_t from, int32_t to, char *keep)
{
    for (size_t i = 0; i < m->nevents; i++) keep[i] = (char)event_passes(&m->events[i], q, from, to);
    if (!q->actor || !*q->actor) return;
    int hops = q->version >= 2 ? q->hops : 0;
    int *dist = hops > 0 ? actor_distances(m, keep, q->actor, hops) : NULL;
    for (size_t i = 0; i < m->nevents; i++)
        if (keep[i])
            keep[i] = (char)(has_actor(m, &m->events[i], q->actor) || (dist && within(&m->events[i], dist, hops)));
    free(dist);
}

/* Keep the actors the remaining events use; renumber their references. */
static void prune_actors(evg_model *m)
{
    int *map = evg_xmalloc((m->nactors + 1) * sizeof *map);
    char *used = evg_xcalloc(m->nactors + 1, 1);
    for (size_t i = 0; i < m->nevents; i++) {
        for (int k = 0; k < m->events[i].nactors; k++) used[m->events[i].actors[k].actor] = 1;
        if (m->events[i].location >= 0) used[m->events[i].location] = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < m->nactors; i++) {
        if (!used[i]) {
            evg_m_actor_free(m, &m->actors[i]);
            map[i] = -1;
            continue;
        }
        map[i] = (int)n;
        m->actors[n++] = m->actors[i];
    }
    m->nactors = n;
    for (size_t i = 0; i < m->nevents; i++) {
        evg_m_event *e = &m->events[i];
        for (int k = 0; k < e->nactors; k++) e->actors[k].actor = map[e->actors[k].actor];
        if (e->location >= 0) e->location = map[e->location];
    }
    free(used);
    free(map);
}

int evg_model_filter(evg_ctx *ctx, evg_model *m, const evg_event_query *q)
{
    int32_t from = EVG_NODATE, to = EVG_NODATE;
    if (!q) return 0;
    if (q->from && evg_parse_day(q->from, &from) != 0)
        return evg_error(ctx, EVG_EINPUT, "--from '%s' is not a date (YYYY-MM-DD)", q->from);
    if (q->to && evg_parse_day(q->to, &to) != 0)
        return evg_error(ctx, EVG_EINPUT, "--to '%s' is not a date (YYYY-MM-DD)", q->to);
    char *keep = evg_xcalloc(m->nevents + 1, 1);
    select_events(m, q, from, to, keep);
    size_t n = 0;
    for (size_t i = 0; i < m->nevents; i++) {
        if (keep[i]) m->events[n++] = m->events[i];
        else evg_m_event_free(m, &m->events[i]);
    }
    free(keep);
    m->nevents = n;
    prune_actors(m);
    return 0;
}

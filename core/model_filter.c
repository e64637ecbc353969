/*
 * model_filter.c - narrow a loaded model to the events of a query, for the
 * filtered views of `evgraph export` and `evgraph report`.
 *
 * An event stays when its day range meets [from, to] (undated events only
 * when neither bound is given), its code starts with `code`, and one of its
 * actors matches `actor` (entity id or name exactly, or the English name as
 * a case-insensitive substring).  Actors that no remaining event uses are
 * dropped and the indexes of events renumbered.  Exports evg_model_filter.
 */
#include "internal.h"

#include <ctype.h>

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

static int event_matches(const evg_model *m, const evg_m_event *e, const evg_event_query *q,
                         int32_t from, int32_t to)
{
    if ((from != EVG_NODATE || to != EVG_NODATE) && e->begin == EVG_NODATE) return 0;
    if (from != EVG_NODATE && e->end < from) return 0;
    if (to != EVG_NODATE && e->begin > to) return 0;
    if (q->code && *q->code && strncmp(e->code, q->code, strlen(q->code)) != 0) return 0;
    if (!q->actor || !*q->actor) return 1;
    for (int i = 0; i < e->nactors; i++)
        if (actor_matches(&m->actors[e->actors[i].actor], q->actor)) return 1;
    return 0;
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
            evg_m_actor_free(&m->actors[i]);
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
    size_t n = 0;
    for (size_t i = 0; i < m->nevents; i++) {
        if (event_matches(m, &m->events[i], q, from, to)) m->events[n++] = m->events[i];
        else evg_m_event_free(&m->events[i]);
    }
    m->nevents = n;
    prune_actors(m);
    return 0;
}

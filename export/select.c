/*
 * select.c - evg_export_readable: the events a view for people shows when a
 * collection has more than it can draw or a reader can take in: the
 * EVG_TIMELINE_MAX_EVENTS most reported (then most confident, then lowest
 * id), kept in the model's date order.  The timeline picture, the TimelineJS
 * file and the report's event table use it; the data formats (events JSON,
 * CSV, GraphML, GEXF) keep every event.
 */
#include "export_int.h"

/* An event ranked for the readable view: most mentions, then highest
 * confidence, then lowest id (keys copied, so qsort needs no shared state). */
typedef struct ev_rank { int nmentions; double confidence; long id; size_t i; } ev_rank;

static int more_reported(const void *x, const void *y)
{
    const ev_rank *a = x, *b = y;
    if (a->nmentions != b->nmentions) return a->nmentions > b->nmentions ? -1 : 1;
    if (a->confidence != b->confidence) return a->confidence > b->confidence ? -1 : 1;
    return a->id < b->id ? -1 : a->id > b->id;
}

static int cmp_size(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    return (a > b) - (a < b);
}

/* A view of m with at most EVG_TIMELINE_MAX_EVENTS events, the most reported,
 * in their original (date) order; the events are shared with m, only the
 * array is new (caller frees view->events when it differs from m's). */
void evg_export_readable(const evg_model *m, evg_model *view)
{
    *view = *m;
    if (m->nevents <= EVG_TIMELINE_MAX_EVENTS) return;
    ev_rank *r = evg_xmalloc(m->nevents * sizeof *r);
    size_t *idx = evg_xmalloc(EVG_TIMELINE_MAX_EVENTS * sizeof *idx);
    for (size_t i = 0; i < m->nevents; i++)
        r[i] = (ev_rank){m->events[i].nmentions, m->events[i].confidence, m->events[i].id, i};
    qsort(r, m->nevents, sizeof *r, more_reported);
    for (size_t i = 0; i < EVG_TIMELINE_MAX_EVENTS; i++) idx[i] = r[i].i;
    free(r);
    qsort(idx, EVG_TIMELINE_MAX_EVENTS, sizeof *idx, cmp_size);
    view->events = evg_xmalloc(EVG_TIMELINE_MAX_EVENTS * sizeof *view->events);
    for (size_t i = 0; i < EVG_TIMELINE_MAX_EVENTS; i++) view->events[i] = m->events[idx[i]];
    view->nevents = EVG_TIMELINE_MAX_EVENTS;
    free(idx);
}


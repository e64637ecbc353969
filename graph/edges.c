/*
 * edges.c - the actor network as a plain edge list (no igraph types, so
 * export/ can use it too).
 *
 * Every pair of distinct actors named in one event is one interaction.  The
 * interactions are gathered as (a, b, event) triples with a < b, sorted, and
 * grouped: each group becomes one undirected edge whose weight is the number
 * of distinct events of the pair.  Sorting makes the edge order, and so every
 * output built from it, independent of hash order or addresses.
 * Exports evg_graph_edges, evg_graph_edges_free, evg_graph_count_events.
 */
#include "edges.h"

typedef struct pair {
    int a, b;
    size_t ev;
} pair;

typedef EVG_VEC(pair) pair_vec;

static int pair_cmp(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    if (p->a != q->a) return p->a < q->a ? -1 : 1;
    if (p->b != q->b) return p->b < q->b ? -1 : 1;
    return p->ev < q->ev ? -1 : p->ev > q->ev;
}

static int valid_actor(const evg_model *m, int a)
{
    return a >= 0 && (size_t)a < m->nactors;
}

/* Every (a < b) pair of distinct actors of every event. */
static void collect_pairs(const evg_model *m, pair_vec *out)
{
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *ev = &m->events[i];
        for (int j = 0; j < ev->nactors; j++) {
            for (int k = j + 1; k < ev->nactors; k++) {
                int a = ev->actors[j].actor, b = ev->actors[k].actor;
                if (a == b || !valid_actor(m, a) || !valid_actor(m, b)) continue;
                pair p = {a < b ? a : b, a < b ? b : a, i};
                evg_vec_push(out, p);
            }
        }
    }
    if (out->n) qsort(out->v, out->n, sizeof *out->v, pair_cmp);
}

static int str_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Distinct codes of the events in p[0..n), sorted, joined with spaces. */
static char *join_codes(const evg_model *m, const pair *p, size_t n)
{
    const char **codes = evg_xcalloc(n, sizeof *codes);
    for (size_t i = 0; i < n; i++) {
        const char *c = m->events[p[i].ev].code;
        codes[i] = c ? c : "";
    }
    qsort(codes, n, sizeof *codes, str_cmp);
    evg_buf b = {0};
    evg_buf_put(&b, "", 0);
    for (size_t i = 0; i < n; i++) {
        if (!codes[i][0] || (i > 0 && strcmp(codes[i], codes[i - 1]) == 0)) continue;
        if (b.n) evg_buf_put(&b, " ", 1);
        evg_buf_puts(&b, codes[i]);
    }
    free(codes);
    char *s = evg_xstrndup(b.p ? b.p : "", b.n);
    evg_buf_free(&b);
    return s;
}

/* One edge from the group p[0..n) of a single pair. */
static evg_graph_edge make_edge(const evg_model *m, const pair *p, size_t n)
{
    evg_graph_edge e = {p[0].a, p[0].b, 0, NULL, EVG_NODATE, EVG_NODATE};
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && p[i].ev == p[i - 1].ev) continue;
        e.weight += 1;
        const evg_m_event *ev = &m->events[p[i].ev];
        if (ev->begin != EVG_NODATE && (e.first == EVG_NODATE || ev->begin < e.first))
            e.first = ev->begin;
        if (ev->end != EVG_NODATE && (e.last == EVG_NODATE || ev->end > e.last))
            e.last = ev->end;
    }
    e.codes = join_codes(m, p, n);
    return e;
}

void evg_graph_edges(const evg_model *m, evg_graph_edge **out, size_t *n)
{
    pair_vec pv = {0};
    collect_pairs(m, &pv);
    *out = evg_xcalloc(pv.n ? pv.n : 1, sizeof **out);
    *n = 0;
    size_t i = 0;
    while (i < pv.n) {
        size_t j = i + 1;
        while (j < pv.n && pv.v[j].a == pv.v[i].a && pv.v[j].b == pv.v[i].b) j++;
        (*out)[(*n)++] = make_edge(m, pv.v + i, j - i);
        i = j;
    }
    free(pv.v);
}

void evg_graph_edges_free(evg_graph_edge *e, size_t n)
{
    for (size_t i = 0; i < n; i++) free(e[i].codes);
    free(e);
}


void evg_graph_count_events(evg_model *m)
{
    for (size_t i = 0; i < m->nactors; i++) m->actors[i].nevents = 0;
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *ev = &m->events[i];
        for (int j = 0; j < ev->nactors; j++) {
            int a = ev->actors[j].actor;
            int seen = 0;
            for (int k = 0; k < j; k++) seen |= ev->actors[k].actor == a;
            if (!seen && valid_actor(m, a)) m->actors[a].nevents++;
        }
    }
}

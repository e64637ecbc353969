/*
 * edges.c - the actor network as a plain edge list (no igraph types, so
 * export/ can use it too).
 *
 * Every pair of distinct actors named in one event is one interaction.  The
 * interactions are gathered as (a, b, event) triples with a < b, sorted, and
 * grouped: each group becomes one undirected edge whose weight is the number
 * of distinct events of the pair.  Sorting makes the edge order, and so every
 * output built from it, independent of hash order or addresses.  Each edge
 * also gets its CAMEO roots and the balance of cooperation and conflict:
 * the mean Goldstein score and the counts by quad class of its events, read
 * from the embedded data/cameo.tsv (parsed once per call: it has ~70 rows,
 * and no state is shared between threads).
 * One list at a time can be shared (metrics.c computes it for the analytics
 * and the writers of the same model read it again through
 * evg_graph_edges_of): a single slot naming the model it belongs to, set by
 * evg_graph_share_edges and emptied by evg_graph_unshare.
 * Exports evg_graph_edges, evg_graph_edges_of, evg_graph_share_edges,
 * evg_graph_unshare, evg_graph_edges_free, evg_graph_count_events.
 */
#include "edges.h"

#include <math.h>
#include <stdlib.h>

/* The CAMEO table: code ("04" or "042"), Goldstein score, quad class,
 * indexed by the code's number: by3[42] is "042", by2[4] is "04". */
typedef struct cameo_row { char code[4]; double goldstein; int quad; } cameo_row;
typedef struct cameo_table {
    cameo_row by3[1000], by2[100];
    char has3[1000], has2[100];
} cameo_table;

/* The number of an all-digit code of 2 or 3 digits, else -1. */
static int code_number(const char *code, size_t *len)
{
    int v = 0;
    size_t n = 0;
    for (; code && code[n]; n++) {
        if (n == 3 || code[n] < '0' || code[n] > '9') return -1;
        v = v * 10 + (code[n] - '0');
    }
    *len = n;
    return n >= 2 ? v : -1;
}

static void load_cameo(cameo_table *t)
{
    size_t len = 0, n;
    const char *data = evg_data_find("cameo.tsv", &len);
    if (!data) return;
    evg_tsv tsv;
    evg_tsv_init(&tsv, "cameo.tsv", data, len);
    char *f[6];
    int nf, v;
    while ((nf = evg_tsv_next(&tsv, f, 6)) > 0) {
        if (nf < 4 || (v = code_number(f[0], &n)) < 0) continue;
        cameo_row r = {"", atof(f[2]), atoi(f[3])};
        memcpy(r.code, f[0], n + 1);
        if (n == 3 && !t->has3[v]) t->by3[v] = r, t->has3[v] = 1;
        if (n == 2 && !t->has2[v]) t->by2[v] = r, t->has2[v] = 1;
    }
    evg_tsv_free(&tsv);
}

/* The row of code (exact), else of its 2-digit root; NULL when unknown. */
static const cameo_row *find_cameo(const cameo_table *t, const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return NULL;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (code[2] >= '0' && code[2] <= '9' && code[3] == '\0') {
        int v = root * 10 + (code[2] - '0');
        if (t->has3[v]) return &t->by3[v];
    }
    return t->has2[root] ? &t->by2[root] : NULL;
}

typedef struct pair {
    int a, b;
    size_t ev;
} pair;

typedef EVG_VEC(pair) pair_vec;

static int valid_actor(const evg_model *m, int a)
{
    return a >= 0 && (size_t)a < m->nactors;
}

/* Stable counting sort of v[0..n) by key (a or b, both < nkeys). */
static void sort_by(pair *v, pair *tmp, size_t n, size_t nkeys, int by_a)
{
    size_t *count = evg_xcalloc(nkeys + 1, sizeof *count);
    for (size_t i = 0; i < n; i++) count[(size_t)(by_a ? v[i].a : v[i].b) + 1]++;
    for (size_t k = 1; k <= nkeys; k++) count[k] += count[k - 1];
    for (size_t i = 0; i < n; i++) tmp[count[by_a ? v[i].a : v[i].b]++] = v[i];
    memcpy(v, tmp, n * sizeof *v);
    free(count);
}

/* Every (a < b) pair of distinct actors of every event, sorted by (a, b,
 * event): gathered in event order, then two stable counting sorts (by b,
 * then by a), linear in the pairs and the actors. */
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
    if (out->n < 2) return;
    pair *tmp = evg_xmalloc(out->n * sizeof *tmp);
    sort_by(out->v, tmp, out->n, m->nactors, 0);
    sort_by(out->v, tmp, out->n, m->nactors, 1);
    free(tmp);
}

/* What the edges need of one event, gathered once per event so the walk
 * over the pairs (an event is met once per pair of its actors) reads 24
 * bytes instead of the event and its strings: the CAMEO row of its code,
 * its days, and its code and root as keys of the distinct-code marks. */
typedef struct ev_info {
    const cameo_row *row;
    int32_t begin, end;
    int16_t key[2]; /* [0] code, [1] root: see code_key */
} ev_info;

#define KEY_SLOTS (100 + 1000 + 10000)

/* Codes of 2 to 4 digits have a slot (by length, then number); -1 for
 * other non-empty codes (compared as strings), -2 for an empty code. */
static int16_t code_key(const char *c)
{
    size_t len = c ? strlen(c) : 0, d = 0;
    int v = 0;
    while (d < len && d < 4 && c[d] >= '0' && c[d] <= '9') v = v * 10 + (c[d++] - '0');
    if (len >= 2 && len <= 4 && d == len) return (int16_t)((len == 2 ? 0 : len == 3 ? 100 : 1100) + v);
    return len ? -1 : -2;
}

static ev_info *gather_info(const evg_model *m, const cameo_table *t)
{
    ev_info *info = evg_xmalloc((m->nevents ? m->nevents : 1) * sizeof *info);
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *ev = &m->events[i];
        info[i] = (ev_info){find_cameo(t, ev->code), ev->begin, ev->end, {code_key(ev->code), code_key(ev->root)}};
    }
    return info;
}

/* The marks of the codes already listed for the current edge: a slot is
 * marked when it holds the edge's stamp, so nothing is cleared between
 * edges. */
typedef struct code_marks {
    unsigned stamp[KEY_SLOTS];
    unsigned now;
} code_marks;

static int str_cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Distinct codes (roots: distinct roots) of the events in p[0..n), sorted,
 * joined with spaces.  A pair can share thousands of events with a few
 * codes: codes of 2 to 4 digits are made distinct through their marks, so
 * only the distinct ones are sorted. */
static char *join_codes(const evg_model *m, const ev_info *info, code_marks *cm, const pair *p, size_t n,
                        int roots)
{
    EVG_VEC(const char *) distinct = {0};
    cm->now++;
    for (size_t i = 0; i < n; i++) {
        int key = info[p[i].ev].key[roots];
        if (key == -2 || (key >= 0 && cm->stamp[key] == cm->now)) continue;
        const char *c = roots ? m->events[p[i].ev].root : m->events[p[i].ev].code;
        if (key >= 0) {
            cm->stamp[key] = cm->now;
        } else {
            int dup = 0;
            for (size_t k = 0; k < distinct.n && !dup; k++) dup = strcmp(distinct.v[k], c) == 0;
            if (dup) continue;
        }
        evg_vec_push(&distinct, c);
    }
    if (distinct.n) qsort(distinct.v, distinct.n, sizeof *distinct.v, str_cmp);
    evg_buf b = {0};
    evg_buf_put(&b, "", 0);
    for (size_t i = 0; i < distinct.n; i++) {
        if (b.n) evg_buf_put(&b, " ", 1);
        evg_buf_puts(&b, distinct.v[i]);
    }
    free(distinct.v);
    char *s = evg_xstrndup(b.p ? b.p : "", b.n);
    evg_buf_free(&b);
    return s;
}

/* Add the Goldstein score and quad class of the event's code to e;
 * *scored counts the events with a known code. */
static void add_balance(evg_graph_edge *e, const cameo_row *r, int *scored)
{
    if (!r) return;
    e->goldstein = (*scored)++ ? e->goldstein + r->goldstein : r->goldstein;
    if (r->quad == 1 || r->quad == 2) e->cooperation++;
    if (r->quad == 3 || r->quad == 4) e->conflict++;
}

/* One edge from the group p[0..n) of a single pair. */
static evg_graph_edge make_edge(const evg_model *m, const ev_info *info, code_marks *cm, const pair *p, size_t n)
{
    evg_graph_edge e = {p[0].a, p[0].b, 0, NULL, EVG_NODATE, EVG_NODATE, NULL, NAN, 0, 0};
    int scored = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && p[i].ev == p[i - 1].ev) continue;
        e.weight += 1;
        const ev_info *ev = &info[p[i].ev];
        add_balance(&e, ev->row, &scored);
        if (ev->begin != EVG_NODATE && (e.first == EVG_NODATE || ev->begin < e.first))
            e.first = ev->begin;
        if (ev->end != EVG_NODATE && (e.last == EVG_NODATE || ev->end > e.last))
            e.last = ev->end;
    }
    if (scored) e.goldstein /= scored;
    e.codes = join_codes(m, info, cm, p, n, 0);
    e.roots = join_codes(m, info, cm, p, n, 1);
    return e;
}

void evg_graph_edges(const evg_model *m, evg_graph_edge **out, size_t *n)
{
    pair_vec pv = {0};
    cameo_table *t = evg_xcalloc(1, sizeof *t);
    code_marks *cm = evg_xcalloc(1, sizeof *cm);
    load_cameo(t);
    collect_pairs(m, &pv);
    ev_info *info = pv.n ? gather_info(m, t) : NULL;
    *out = evg_xcalloc(pv.n ? pv.n : 1, sizeof **out);
    *n = 0;
    size_t i = 0;
    while (i < pv.n) {
        size_t j = i + 1;
        while (j < pv.n && pv.v[j].a == pv.v[i].a && pv.v[j].b == pv.v[i].b) j++;
        (*out)[(*n)++] = make_edge(m, info, cm, pv.v + i, j - i);
        i = j;
    }
    free(info);
    free(pv.v);
    free(cm);
    free(t);
}

void evg_graph_edges_free(evg_graph_edge *e, size_t n)
{
    if (!e) return;
    for (size_t i = 0; i < n; i++) free(e[i].codes), free(e[i].roots);
    free(e);
}

/* The shared list: the model it was computed for (with its event array and
 * counts, checked again on every use) and the edges. */
static struct shared_edges {
    const evg_model *m;
    const evg_m_event *events;
    size_t nevents, nactors;
    evg_graph_edge *e;
    size_t ne;
} shared;

static int shared_for(const evg_model *m)
{
    return shared.m && shared.m == m && shared.events == m->events && shared.nevents == m->nevents &&
           shared.nactors == m->nactors;
}

void evg_graph_share_edges(const evg_model *m, evg_graph_edge *e, size_t ne)
{
    evg_graph_unshare(shared.m);
    shared = (struct shared_edges){m, m->events, m->nevents, m->nactors, e, ne};
}

void evg_graph_unshare(const evg_model *m)
{
    if (!m || shared.m != m) return;
    evg_graph_edges_free(shared.e, shared.ne);
    memset(&shared, 0, sizeof shared);
}

const evg_graph_edge *evg_graph_edges_of(const evg_model *m, size_t *n, evg_graph_edge **own)
{
    if (shared_for(m)) {
        *own = NULL;
        *n = shared.ne;
        return shared.e;
    }
    evg_graph_edges(m, own, n);
    return *own;
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

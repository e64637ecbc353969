/*
 * store_mem.c - the merge keys of the stored events, kept in memory while a
 * store is being written, so that finding the event a new report belongs to
 * costs hash lookups instead of SQL queries and random reads (issue 8).
 *
 * What it holds (private to core/store*.c, declared in store_impl.h):
 *   - every merged event's key by event id: code, day range, date source,
 *     publication day, location, modality, date value, actors (in
 *     event_actors order; merging reads the first EVG_STORE_MAX_ACTORS);
 *   - the merge index: for (actor, family, period) the ascending ids of the
 *     events filed there, a period being PERIOD_DAYS days.  An event is
 *     filed under each of its actors and each period its dates span: its own
 *     day range, or the week before its publication day when it is dated
 *     only by that day or undated (the span window_of reads).  One that
 *     spans more than MAX_FILED periods (a year, a decade) is filed instead
 *     under each stretch of STRETCH_DAYS days it spans (keys from
 *     LONG_BASE), and one with no place on the calendar under NO_PERIOD.  It
 *     is refiled when its date or actors change; old entries stay, which
 *     costs nothing because the window rule below reads the current date;
 *   - per actor and family, the directory of its buckets in period order,
 *     which a search over a window of many periods reads instead of
 *     looking up each period (dir_entry);
 *   - one interned copy of every string (actor ids, codes, families,
 *     locations, date values), so keys compare and hash by pointer.
 * It is loaded from the events and event_actors tables on first use and then
 * follows every write the store makes (new event, date/location/modality
 * update, new actor).  Whatever may have made it differ from the file drops
 * it and the next use loads it again: a rolled-back document or batch, or a
 * commit by another connection (PRAGMA data_version changed).
 *
 * Candidates for a report are the events filed under one of its actors, its
 * family and the periods of its window (or NO_PERIOD) whose current dates can
 * meet the report's days (window_of) and that share two of its actors, or
 * one and its place or its explicit days (may_merge: rule 3 of merge.c,
 * which every merge needs, checked by pointer before a key is built);
 * merge.c decides among them, lowest id first.  They are walked lazily (evg_store_mem_walk/next): a small heap
 * merges the ascending id lists of the report's buckets, an id met again
 * through another bucket (a neighbouring period, a second actor) is skipped
 * at once, and the caller stops at the first event that merges, so nothing
 * is collected, sorted or deduplicated and the lists are read only up to
 * that event (adding 3,000 documents to a 100k-document store read 2.8M
 * list entries this way, 11.8M when they were all collected).  Two
 * spans that meet share a period, so short periods cost nothing in recall
 * and keep the lists scanned short (months, before, made a report read a
 * month or two of its actors' events).  The index is a
 * function of the stored events alone, so a store built in one run or in
 * many gives the same merges.
 */
#include "store_impl.h"

#include <stdio.h>

/* Days per period of the merge index. */
#define PERIOD_DAYS 8
/* An event spanning more periods than this (about two months) is filed
 * under stretches of STRETCH_DAYS days instead, at most MAX_STRETCHES. */
#define MAX_FILED 8
#define STRETCH_DAYS 128
#define MAX_STRETCHES 256
/* A search reads at most this many periods (about 22 years). */
#define MAX_SEARCHED 1000
/* The bucket of events with no place on the calendar; stretch keys start at
 * LONG_BASE (periods of real days stay far from both). */
#define NO_PERIOD INT32_MIN
#define LONG_BASE (INT32_MIN / 2)

typedef evg_store_ids mem_ids;

/* A set of strings: open addressing, power-of-two capacity, copies in the
 * store_mem's arena. */
typedef struct str_set {
    const char **v;
    size_t n, cap;
} str_set;

typedef struct mem_bucket {
    const char *actor, *family;  /* interned: compared by pointer */
    int32_t period;              /* or NO_PERIOD */
    mem_ids ids;                 /* ascending, no repeats */
} mem_bucket;

/* The buckets of one actor and family, ascending by period (stretch keys
 * and NO_PERIOD sort below real periods): a search over a wide window (a
 * year is 46 periods, a decade 457) visits the buckets that exist instead
 * of looking up every period. */
typedef struct dir_entry {
    int32_t period;
    mem_bucket *b;
} dir_entry;

typedef struct mem_dir {
    const char *actor, *family;
    EVG_VEC(dir_entry) v;
} mem_dir;

/* Windows of at least this many periods are searched through the directory. */
#define DIR_MIN_PERIODS 8

struct evg_store_mem {
    evg_arena *strings;
    str_set str;                 /* interned strings */
    str_set written;             /* entity and alias rows this connection has written */
    /* events by id (NULL slot: no such event), and beside them the days
     * each can meet (window_of), read by the walk without visiting the event */
    evg_mem_event **ev;
    struct mem_window { int32_t lo, hi; } *win;
    size_t capev;
    /* merge index buckets: open addressing over mem_bucket pointers */
    mem_bucket **bk;
    size_t nbk, capbk;
    /* their directories by actor and family, the same way; while the keys
     * are loaded (dir_bulk) buckets are appended and sorted once at the end */
    mem_dir **dir;
    size_t ndir, capdir;
    int dir_bulk;
    sqlite3_int64 data_version;
    /* the walk in progress (evg_store_mem_walk): a min-heap of cursors into
     * the ascending id lists of its buckets, ordered by their next id */
    struct walk_cursor { const sqlite3_int64 *p, *end; } *heap;
    size_t nheap, capheap;
    int walk_placed;
    int32_t walk_b, walk_e;
    sqlite3_int64 walk_last;     /* the id given last: repeats follow it at once */
    /* the report walked, interned, for the actor rule of evg_store_mem_next */
    const char *walk_actors[EVG_STORE_MAX_ACTORS];
    int walk_nactors, walk_explicit;
    const char *walk_place;
    int32_t walk_rb, walk_re;    /* its explicit days */
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void set_grow(str_set *set)
{
    const char **old = set->v;
    size_t oldcap = set->cap;
    set->cap = oldcap ? oldcap * 2 : 1024;
    set->v = evg_xcalloc(set->cap, sizeof *set->v);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i]) continue;
        size_t j = hash_str(old[i]) & (set->cap - 1);
        while (set->v[j]) j = (j + 1) & (set->cap - 1);
        set->v[j] = old[i];
    }
    free(old);
}

/* The set's copy of s, added (and *added set) when it was not there. */
static const char *set_add(evg_store_mem *m, str_set *set, const char *s, int *added)
{
    if ((set->n + 1) * 2 > set->cap) set_grow(set);
    size_t i = hash_str(s) & (set->cap - 1);
    while (set->v[i] && strcmp(set->v[i], s) != 0) i = (i + 1) & (set->cap - 1);
    *added = !set->v[i];
    if (*added) {
        set->v[i] = evg_arena_strdup(m->strings, s);
        set->n++;
    }
    return set->v[i];
}

/* The interned copy of s (NULL stays NULL). */
static const char *intern(evg_store_mem *m, const char *s)
{
    int added;
    return s ? set_add(m, &m->str, s, &added) : NULL;
}

int evg_store_mem_first_write(evg_store_mem *m, const char *row)
{
    int added;
    set_add(m, &m->written, row, &added);
    return added;
}

/* ---- events by id ---- */

/* The SQL window rule of the candidate query: a stored event can meet a
 * report placed on days [wb, we] when lo <= we and hi >= wb.  An event
 * with no place on the calendar and no publication day meets every one. */
static struct mem_window window_of(const evg_mem_event *e)
{
    int32_t d;
    if (e->date_source == EVG_DATE_NONE || e->begin == EVG_NODATE || e->end == EVG_NODATE) {
        if (e->dct == EVG_NODATE) return (struct mem_window){INT32_MIN, INT32_MAX};
        return (struct mem_window){e->dct - EVG_MERGE_DCT_WINDOW, e->dct};
    }
    if (e->date_source == EVG_DATE_DCT) {
        d = e->dct != EVG_NODATE ? e->dct : e->end;
        return (struct mem_window){d - EVG_MERGE_DCT_WINDOW, d};
    }
    return (struct mem_window){e->begin, e->end};
}

static evg_mem_event **event_slot(evg_store_mem *m, sqlite3_int64 id)
{
    if (id <= 0) return NULL;
    if ((size_t)id >= m->capev) {
        size_t cap = m->capev ? m->capev : 4096;
        while (cap <= (size_t)id) cap *= 2;
        m->ev = evg_xrealloc(m->ev, cap * sizeof *m->ev);
        m->win = evg_xrealloc(m->win, cap * sizeof *m->win);
        memset(m->ev + m->capev, 0, (cap - m->capev) * sizeof *m->ev);
        m->capev = cap;
    }
    return &m->ev[id];
}

const evg_mem_event *evg_store_mem_event(const evg_store_mem *m, sqlite3_int64 id)
{
    return id > 0 && (size_t)id < m->capev ? m->ev[id] : NULL;
}

static evg_mem_event *event_get_or_new(evg_store_mem *m, sqlite3_int64 id)
{
    evg_mem_event **slot = event_slot(m, id);
    if (!*slot) {
        *slot = evg_arena_alloc(m->strings, sizeof **slot);
        memset(*slot, 0, sizeof **slot);
        (*slot)->filed_actors = -1; /* never filed */
        m->win[id] = window_of(*slot);
    }
    return *slot;
}

void evg_store_mem_set(evg_store_mem *m, sqlite3_int64 id, const evg_mem_event *e)
{
    evg_mem_event *t = event_get_or_new(m, id);
    evg_mem_event keep = *t; /* actors and filing stay */
    *t = *e;
    t->actors = keep.actors;
    t->nactors = keep.nactors;
    t->capactors = keep.capactors;
    t->filed_actors = keep.filed_actors;
    t->filed_first = keep.filed_first;
    t->filed_last = keep.filed_last;
    t->code = intern(m, e->code);
    t->location = intern(m, e->location);
    t->date_value = intern(m, e->date_value);
    m->win[id] = window_of(t);
}

/* Append actor id to the event unless it is there. */
void evg_store_mem_add_actor(evg_store_mem *m, sqlite3_int64 id, const char *actor)
{
    evg_mem_event *t = event_get_or_new(m, id);
    const char *a = intern(m, actor);
    for (int i = 0; i < t->nactors; i++)
        if (t->actors[i] == a) return;
    if (t->nactors == t->capactors) { /* grow in the arena; the old array is left behind */
        int cap = t->capactors ? t->capactors * 2 : 2;
        const char **v = evg_arena_alloc(m->strings, (size_t)cap * sizeof *v);
        if (t->nactors) memcpy(v, t->actors, (size_t)t->nactors * sizeof *v);
        t->actors = v;
        t->capactors = cap;
    }
    t->actors[t->nactors++] = a;
}

/* ---- the merge index ---- */

static uint64_t bucket_hash(const char *actor, const char *family, int32_t period)
{
    uint64_t h = (uint64_t)(uintptr_t)actor * 0x9e3779b97f4a7c15ull;
    h ^= (uint64_t)(uintptr_t)family * 0xc2b2ae3d27d4eb4full;
    h ^= (uint64_t)(uint32_t)period * 0x165667b19e3779f9ull;
    return h ^ (h >> 29);
}

static size_t bucket_pos(const evg_store_mem *m, const char *actor, const char *family, int32_t period)
{
    size_t i = bucket_hash(actor, family, period) & (m->capbk - 1);
    for (mem_bucket *b; (b = m->bk[i]) != NULL; i = (i + 1) & (m->capbk - 1))
        if (b->actor == actor && b->family == family && b->period == period) break;
    return i;
}

static void bucket_grow(evg_store_mem *m)
{
    mem_bucket **old = m->bk;
    size_t oldcap = m->capbk;
    m->capbk = oldcap ? oldcap * 2 : 4096;
    m->bk = evg_xcalloc(m->capbk, sizeof *m->bk);
    for (size_t i = 0; i < oldcap; i++)
        if (old[i]) m->bk[bucket_pos(m, old[i]->actor, old[i]->family, old[i]->period)] = old[i];
    free(old);
}

static size_t dir_pos(const evg_store_mem *m, const char *actor, const char *family)
{
    size_t i = bucket_hash(actor, family, 0) & (m->capdir - 1);
    for (mem_dir *d; (d = m->dir[i]) != NULL; i = (i + 1) & (m->capdir - 1))
        if (d->actor == actor && d->family == family) break;
    return i;
}

static mem_dir *dir_find(const evg_store_mem *m, const char *actor, const char *family)
{
    return m->capdir ? m->dir[dir_pos(m, actor, family)] : NULL;
}

static void dir_grow(evg_store_mem *m)
{
    mem_dir **old = m->dir;
    size_t oldcap = m->capdir;
    m->capdir = oldcap ? oldcap * 2 : 1024;
    m->dir = evg_xcalloc(m->capdir, sizeof *m->dir);
    for (size_t i = 0; i < oldcap; i++)
        if (old[i]) m->dir[dir_pos(m, old[i]->actor, old[i]->family)] = old[i];
    free(old);
}

/* First entry of d at or above period. */
static size_t dir_lower(const mem_dir *d, int32_t period)
{
    size_t lo = 0, hi = d->v.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->v.v[mid].period < period) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Enter the new bucket b in its directory. */
static void dir_add(evg_store_mem *m, mem_bucket *b)
{
    if ((m->ndir + 1) * 2 > m->capdir) dir_grow(m);
    size_t i = dir_pos(m, b->actor, b->family);
    if (!m->dir[i]) {
        m->dir[i] = evg_xcalloc(1, sizeof **m->dir);
        m->dir[i]->actor = b->actor;
        m->dir[i]->family = b->family;
        m->ndir++;
    }
    mem_dir *d = m->dir[i];
    dir_entry e = {b->period, b};
    size_t at = m->dir_bulk ? d->v.n : dir_lower(d, b->period);
    evg_vec_push(&d->v, e);
    memmove(d->v.v + at + 1, d->v.v + at, (d->v.n - 1 - at) * sizeof *d->v.v);
    d->v.v[at] = e;
}

static int dir_entry_cmp(const void *x, const void *y)
{
    const dir_entry *a = x, *b = y;
    return (a->period > b->period) - (a->period < b->period);
}

/* Sort every directory filled while dir_bulk was set (a period is in a
 * directory once, so the order is total). */
static void dir_sort_all(evg_store_mem *m)
{
    for (size_t i = 0; i < m->capdir; i++)
        if (m->dir[i] && m->dir[i]->v.n > 1)
            qsort(m->dir[i]->v.v, m->dir[i]->v.n, sizeof *m->dir[i]->v.v, dir_entry_cmp);
    m->dir_bulk = 0;
}

/* The bucket; created when create is set, else NULL when absent.  Actor and
 * family must be interned. */
static mem_bucket *bucket_find(evg_store_mem *m, const char *actor, const char *family, int32_t period,
                               int create)
{
    if (!m->capbk || (create && (m->nbk + 1) * 2 > m->capbk)) {
        if (!create) return NULL;
        bucket_grow(m);
    }
    size_t i = bucket_pos(m, actor, family, period);
    if (!m->bk[i] && create) {
        mem_bucket *b = evg_xcalloc(1, sizeof *b);
        b->actor = actor;
        b->family = family;
        b->period = period;
        m->bk[i] = b;
        m->nbk++;
        dir_add(m, b);
    }
    return m->bk[i];
}

/* Insert id keeping the list ascending; 1 when it was not there. */
static int ids_insert(mem_ids *v, sqlite3_int64 id)
{
    size_t lo = 0, hi = v->n;
    if (v->n && v->v[v->n - 1] < id) lo = hi = v->n; /* the common case: a new event */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->v[mid] < id) lo = mid + 1;
        else hi = mid;
    }
    if (lo < v->n && v->v[lo] == id) return 0;
    evg_vec_push(v, id);
    memmove(v->v + lo + 1, v->v + lo, (v->n - 1 - lo) * sizeof *v->v);
    v->v[lo] = id;
    return 1;
}

/* ---- the periods a key can merge in ---- */

static int key_dated(const evg_merge_key *k)
{
    return k->date_source != EVG_DATE_NONE && k->begin != EVG_NODATE && k->end != EVG_NODATE;
}

int evg_store_key_span(const evg_merge_key *k, int32_t *b, int32_t *e)
{
    int32_t d;
    if (key_dated(k) && k->date_source != EVG_DATE_DCT) {
        *b = k->begin;
        *e = k->end;
        return 1;
    }
    d = key_dated(k) && k->dct == EVG_NODATE ? k->end : k->dct;
    if (d == EVG_NODATE) return 0;
    *b = d - EVG_MERGE_DCT_WINDOW;
    *e = d;
    return 1;
}

static int32_t floor_div(int32_t day, int32_t n)
{
    return day >= 0 ? day / n : -((n - 1 - day) / n);
}

/* The periods days [b, e] touch, at most max of them. */
static void periods(int32_t b, int32_t e, int32_t max, int32_t *first, int32_t *last)
{
    *first = floor_div(b, PERIOD_DAYS);
    *last = floor_div(e, PERIOD_DAYS);
    if (*last - *first >= max) *last = *first + max - 1;
}

/* The stretch keys days [b, e] touch. */
static void stretches(int32_t b, int32_t e, int32_t *first, int32_t *last)
{
    *first = LONG_BASE + floor_div(b, STRETCH_DAYS);
    *last = LONG_BASE + floor_div(e, STRETCH_DAYS);
    if (*last - *first >= MAX_STRETCHES) *last = *first + MAX_STRETCHES - 1;
}

void evg_store_mem_key(const evg_mem_event *e, evg_merge_key *k)
{
    memset(k, 0, sizeof *k);
    k->code = e->code;
    k->begin = e->begin;
    k->end = e->end;
    k->date_source = e->date_source;
    k->dct = e->dct;
    k->actors = e->actors;
    k->nactors = e->nactors < EVG_STORE_MAX_ACTORS ? e->nactors : EVG_STORE_MAX_ACTORS;
    k->location = e->location;
    k->modality = e->modality;
}

/* File event id under every actor and period of its current key; nothing
 * to do when neither changed since it was last filed. */
void evg_store_mem_file(evg_store_mem *m, sqlite3_int64 id)
{
    evg_mem_event *e = id > 0 && (size_t)id < m->capev ? m->ev[id] : NULL;
    evg_merge_key k;
    int32_t b, end, first = NO_PERIOD, last = NO_PERIOD;
    if (!e) return;
    evg_store_mem_key(e, &k);
    if (evg_store_key_span(&k, &b, &end)) {
        periods(b, end, MAX_FILED + 1, &first, &last);
        if (last - first >= MAX_FILED) stretches(b, end, &first, &last);
    }
    if (e->filed_actors == e->nactors && e->filed_first == first && e->filed_last == last) return;
    const char *family = intern(m, evg_merge_family(e->code));
    for (int a = 0; a < e->nactors; a++)
        for (int32_t p = first;; p++) {
            ids_insert(&bucket_find(m, e->actors[a], family, p, 1)->ids, id);
            if (p >= last) break; /* NO_PERIOD: once */
        }
    e->filed_actors = e->nactors;
    e->filed_first = first;
    e->filed_last = last;
}

/* ---- walking the candidates in ascending id order ---- */

typedef struct walk_cursor walk_cursor;

/* Restore the heap order below slot i (the smallest next id on top). */
static void heap_down(walk_cursor *h, size_t n, size_t i)
{
    walk_cursor c = h[i];
    for (;;) {
        size_t k = 2 * i + 1;
        if (k >= n) break;
        if (k + 1 < n && *h[k + 1].p < *h[k].p) k++;
        if (*h[k].p >= *c.p) break;
        h[i] = h[k];
        i = k;
    }
    h[i] = c;
}

static void walk_add(evg_store_mem *m, const mem_bucket *b)
{
    if (!b || !b->ids.n) return;
    if (m->nheap == m->capheap) {
        m->capheap = m->capheap ? m->capheap * 2 : 64;
        m->heap = evg_xrealloc(m->heap, m->capheap * sizeof *m->heap);
    }
    m->heap[m->nheap].p = b->ids.v;
    m->heap[m->nheap].end = b->ids.v + b->ids.n;
    m->nheap++;
}

/* The buckets of actor a and family filed under keys first..last: looked
 * up one by one over a short range, read from the directory over a long
 * one (the same buckets either way). */
static void walk_range(evg_store_mem *m, const char *a, const char *family, int32_t first, int32_t last)
{
    if (last - first < DIR_MIN_PERIODS) {
        for (int32_t p = first; p <= last; p++) walk_add(m, bucket_find(m, a, family, p, 0));
        return;
    }
    const mem_dir *d = dir_find(m, a, family);
    for (size_t i = d ? dir_lower(d, first) : 0; d && i < d->v.n && d->v.v[i].period <= last; i++)
        walk_add(m, d->v.v[i].b);
}

/* The buckets one actor contributes: its periods and stretches of the
 * window, and its events with no place. */
static void walk_actor(evg_store_mem *m, const char *a, const char *family)
{
    int32_t first, last;
    if (m->walk_placed) {
        periods(m->walk_b, m->walk_e, MAX_SEARCHED, &first, &last);
        walk_range(m, a, family, first, last);
        stretches(m->walk_b, m->walk_e, &first, &last);
        walk_range(m, a, family, first, last);
    }
    walk_add(m, bucket_find(m, a, family, NO_PERIOD, 0));
}

/* Remember report k's distinct actors, place and explicit days. */
static void walk_report(evg_store_mem *m, const evg_merge_key *k)
{
    m->walk_nactors = 0;
    for (int i = 0; i < k->nactors && m->walk_nactors < EVG_STORE_MAX_ACTORS; i++) {
        const char *a = intern(m, k->actors[i]);
        int seen = !a;
        for (int j = 0; j < m->walk_nactors && !seen; j++) seen = m->walk_actors[j] == a;
        if (!seen) m->walk_actors[m->walk_nactors++] = a;
    }
    m->walk_place = intern(m, k->location);
    m->walk_explicit = key_dated(k) && k->date_source != EVG_DATE_DCT;
    m->walk_rb = k->begin;
    m->walk_re = k->end;
}

void evg_store_mem_walk(evg_store_mem *m, const evg_merge_key *k, int placed, int32_t wb, int32_t we)
{
    const char *f = intern(m, evg_merge_family(k->code));
    m->nheap = 0;
    m->walk_placed = placed;
    m->walk_b = wb;
    m->walk_e = we;
    m->walk_last = 0; /* ids start at 1 */
    walk_report(m, k);
    for (int i = 0; i < m->walk_nactors; i++) walk_actor(m, m->walk_actors[i], f);
    for (size_t i = m->nheap / 2; i-- > 0;) heap_down(m->heap, m->nheap, i);
}

/* The smallest id left in the buckets, taken from them; 0 when none is. */
static sqlite3_int64 walk_pop(evg_store_mem *m)
{
    if (!m->nheap) return 0;
    walk_cursor *top = &m->heap[0];
    sqlite3_int64 id = *top->p++;
    if (top->p == top->end) m->heap[0] = m->heap[--m->nheap];
    if (m->nheap > 1) heap_down(m->heap, m->nheap, 0);
    return id;
}

/* Rule 3 of merge.c, which every merge needs, read by pointer: the event
 * shares two actors with the report walked, or one and its place, or one
 * and its explicit days.  At 10k documents 96% of the events a report's
 * actors led to shared one actor and nothing else (session 13): they are
 * passed over here without building their keys. */
static int may_merge(const evg_store_mem *m, const evg_mem_event *e)
{
    int n = e->nactors < EVG_STORE_MAX_ACTORS ? e->nactors : EVG_STORE_MAX_ACTORS, shared = 0;
    for (int i = 0; i < m->walk_nactors && shared < 2; i++)
        for (int j = 0; j < n; j++)
            if (e->actors[j] == m->walk_actors[i]) {
                shared++;
                break;
            }
    if (shared != 1) return shared > 1;
    if (m->walk_place && e->location == m->walk_place) return 1;
    return m->walk_explicit && e->date_source != EVG_DATE_NONE && e->date_source != EVG_DATE_DCT &&
           e->begin == m->walk_rb && e->end == m->walk_re;
}

sqlite3_int64 evg_store_mem_next(evg_store_mem *m)
{
    sqlite3_int64 id;
    while ((id = walk_pop(m)) != 0) {
        if (id == m->walk_last) continue; /* found through another bucket */
        m->walk_last = id;
        const evg_mem_event *e = evg_store_mem_event(m, id);
        if (!e) continue;
        if (m->walk_placed && (m->win[id].lo > m->walk_e || m->win[id].hi < m->walk_b)) continue;
        if (may_merge(m, e)) return id;
    }
    return 0;
}

/* ---- loading from the store, dropping ---- */

static evg_store_mem *mem_new(void)
{
    evg_store_mem *m = evg_xcalloc(1, sizeof *m);
    m->strings = evg_arena_new();
    return m;
}

static void mem_free(evg_store_mem *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->capbk; i++) {
        if (!m->bk[i]) continue;
        free(m->bk[i]->ids.v);
        free(m->bk[i]);
    }
    free(m->bk);
    for (size_t i = 0; i < m->capdir; i++) {
        if (!m->dir[i]) continue;
        free(m->dir[i]->v.v);
        free(m->dir[i]);
    }
    free(m->dir);
    free(m->heap);
    free(m->ev);
    free(m->win);
    free(m->str.v);
    free(m->written.v);
    evg_arena_free(m->strings);
    free(m);
}

static const char *col_text(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static int load_events(evg_store *st, evg_store_mem *m)
{
    static const char sql[] = "SELECT id, code, date_begin, date_end, date_source, date_dct, location_id,"
                              " modality, date_value FROM events";
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        evg_mem_event e = {0};
        const char *code = col_text(s, 1), *value = col_text(s, 8);
        e.code = code ? code : "";
        e.begin = evg_store_col_day(s, 2);
        e.end = evg_store_col_day(s, 3);
        e.date_source = evg_store_date_source_from_name(col_text(s, 4));
        e.dct = evg_store_col_day(s, 5);
        e.location = col_text(s, 6);
        e.modality = evg_store_modality_from_name(col_text(s, 7));
        e.date_value = value ? value : "";
        evg_store_mem_set(m, sqlite3_column_int64(s, 0), &e);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "reading the stored events");
}

static int load_actors(evg_store *st, evg_store_mem *m)
{
    static const char sql[] = "SELECT event_id, entity_id FROM event_actors ORDER BY rowid";
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *actor = col_text(s, 1);
        sqlite3_int64 id = sqlite3_column_int64(s, 0);
        if (evg_store_mem_event(m, id)) evg_store_mem_add_actor(m, id, actor ? actor : "");
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "reading the stored event actors");
}

static void file_all(evg_store_mem *m)
{
    m->dir_bulk = 1;
    for (size_t id = 1; id < m->capev; id++) evg_store_mem_file(m, (sqlite3_int64)id);
    dir_sort_all(m);
}

static int data_version(evg_store *st, sqlite3_int64 *out)
{
    sqlite3_stmt *s = st->st[ST_DATA_VERSION];
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return rc == SQLITE_ROW ? 0 : evg_store_fail(st, "reading the data version");
}

void evg_store_mem_drop(evg_store *st)
{
    mem_free(st->mem);
    st->mem = NULL;
}

int evg_store_mem_check(evg_store *st)
{
    sqlite3_int64 v = 0;
    if (!st->mem) return 0;
    int rc = data_version(st, &v);
    if (rc || v != st->mem->data_version) evg_store_mem_drop(st);
    return rc;
}

int evg_store_mem_get(evg_store *st, evg_store_mem **out)
{
    int rc = 0;
    if (!st->mem) {
        evg_store_mem *m = mem_new();
        if (!rc) rc = data_version(st, &m->data_version);
        if (!rc) rc = load_events(st, m);
        if (!rc) rc = load_actors(st, m);
        if (rc) {
            mem_free(m);
        } else {
            file_all(m);
            st->mem = m;
        }
    }
    *out = st->mem;
    return rc;
}

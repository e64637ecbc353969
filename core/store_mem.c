/*
 * store_mem.c - the merge keys of the stored events, kept in memory while a
 * store is being written, so that finding the event a new report belongs to
 * costs hash lookups instead of SQL queries and random reads (issue 8).
 *
 * What it holds (private to core/store*.c, declared in store_impl.h):
 *   - every merged event's key by event id: code, day range, date source,
 *     publication day, location, modality, date value, actors (in
 *     event_actors order; merging reads the first EVG_STORE_MAX_ACTORS);
 *   - the merge index, filed by what rule 3 of merge.c asks (two shared
 *     actors, or one and the same place, or one and the same explicit
 *     days), which every merge needs: an event is filed under each pair of
 *     its actors and each actor with its place, in each period its dates
 *     span (PERIOD_DAYS days: its own day range, or the week before its
 *     publication day when it is dated only by that day or undated: the
 *     span window_of reads), and under each actor with its explicit days
 *     (no period: equal days always meet).  One that spans more than
 *     MAX_FILED periods (a year, a decade) is filed instead under each
 *     stretch of STRETCH_DAYS days it spans (keys from LONG_BASE), and one
 *     with no place on the calendar under NO_PERIOD.  All of it is one
 *     open-addressing table of 8-byte entries (key fingerprint, event id),
 *     no allocation per key (session 14: a first index of this kind with a
 *     bucket per key, session 13, cost 217 MB more at 30k documents).  An
 *     event is refiled when its date, place or actors change; old entries
 *     stay, which costs nothing because the walk tests the current event;
 *   - one interned copy of every string (actor ids, codes, families,
 *     locations, date values), so keys compare and hash by pointer.
 * It is loaded from the events and event_actors tables on first use and then
 * follows every write the store makes (new event, date/location/modality
 * update, new actor).  Whatever may have made it differ from the file drops
 * it and the next use loads it again: a rolled-back document or batch, or a
 * commit by another connection (PRAGMA data_version changed).
 *
 * Candidates for a report (evg_store_mem_walk/next) are the events entered
 * under the keys of its own actor pairs, actor and place, in the periods of
 * its window (or NO_PERIOD), and actor and explicit days, sorted by id
 * without repeats; each is tested again against its current state (its
 * dates meet the report's window, may_merge: rule 3 by pointer), since an
 * entry may be stale or another key's, and merge.c decides among those that
 * pass, lowest id first.  So the walk reads what rule 3 lets through, not
 * every event of the report's actors in its days: at 30k documents 2.5
 * entries a report instead of 29 (session 14), with the same merges, since
 * an event that passes rule 3 and the window is filed under one of the
 * report's keys in a period both touch (two spans that meet share a period).
 * The index is a function of the stored events alone, so a store built in
 * one run or in many gives the same merges.
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

/* A set of strings: open addressing, power-of-two capacity, copies in the
 * store_mem's arena. */
typedef struct str_set {
    const char **v;
    size_t n, cap;
} str_set;

struct evg_store_mem {
    evg_arena *strings;
    str_set str;                 /* interned strings */
    str_set written;             /* entity and alias rows this connection has written */
    /* events by id (NULL slot: no such event), and beside them the days
     * each can meet (window_of), read by the walk without visiting the event */
    evg_mem_event **ev;
    struct mem_window { int32_t lo, hi; } *win;
    size_t capev;
    /* the merge index: 2^slot_bits slots (fingerprint, id), nslot full */
    uint64_t *slot;
    size_t nslot;
    int slot_bits;
    sqlite3_int64 data_version;
    /* the walk in progress (evg_store_mem_walk): its candidates, ascending,
     * and the next one to test */
    EVG_VEC(uint32_t) cand;
    size_t next;
    int walk_placed;
    int32_t walk_b, walk_e;
    /* the report walked, interned, for the actor rule of evg_store_mem_next */
    const char *walk_actors[EVG_STORE_MAX_ACTORS];
    int walk_nactors, walk_explicit;
    const char *walk_place;
    int32_t walk_rb, walk_re;    /* its explicit days */
    /* what the walks read since the last print (EVGRAPH_TIMINGS): slots
     * probed, entries of the keys looked up, events tested, in the
     * window, passing rule 3 */
    struct { unsigned long long reports, probes, entries, events, window, rule3; } stats;
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
    t->filed_b = keep.filed_b;
    t->filed_e = keep.filed_e;
    t->filed_place = keep.filed_place;
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

/* ---- the merge index ----
 *
 * One open-addressing table of 64-bit slots; a slot is an entry (key, event
 * id): the key's 32-bit fingerprint in the high half, the id in the low half
 * (0 is an empty slot, ids start at 1).  A key's entries start at the slot
 * the top bits of its fingerprint name and lie in the run of full slots from
 * there (linear probing), so the table grows without keeping the keys, and an
 * entry costs 8 bytes and no allocation of its own.  Two keys with one
 * fingerprint share their entries: a look-up may then give an event of
 * another key, which the walk's own test (may_merge, the window) passes over,
 * so the index can only give too many candidates, never too few. */

enum { KEY_PAIR = 1, KEY_PLACE, KEY_DAYS };

static uint64_t mix(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 31);
}

/* A key is (kind, x, y, family) and two days (a period twice, or an
 * explicit day range).  x and y are interned strings (an actor, a second
 * actor or a place) or NULL.  key_base hashes the first part once for all
 * the periods a walk or a filing visits; key_fp adds the days. */
static uint64_t key_base(int kind, const char *x, const char *y, const char *family)
{
    uint64_t h = mix(0x243f6a8885a308d3ull, (uint64_t)kind);
    h = mix(h, (uint64_t)(uintptr_t)x);
    h = mix(h, (uint64_t)(uintptr_t)y);
    return mix(h, (uint64_t)(uintptr_t)family);
}

static uint32_t key_fp(uint64_t base, int32_t b, int32_t e)
{
    uint64_t h = mix(base, ((uint64_t)(uint32_t)b << 32) | (uint32_t)e);
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return (uint32_t)(h >> 32);
}

static size_t slot_home(const evg_store_mem *m, uint32_t fp)
{
    return (size_t)fp >> (32 - m->slot_bits);
}

static void slots_grow(evg_store_mem *m)
{
    uint64_t *old = m->slot;
    size_t oldcap = old ? (size_t)1 << m->slot_bits : 0;
    m->slot_bits = old ? m->slot_bits + 1 : 16;
    size_t mask = ((size_t)1 << m->slot_bits) - 1;
    m->slot = evg_xcalloc(mask + 1, sizeof *m->slot);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i]) continue;
        size_t j = slot_home(m, (uint32_t)(old[i] >> 32));
        while (m->slot[j]) j = (j + 1) & mask;
        m->slot[j] = old[i];
    }
    free(old);
}

/* Enter (fp, id) unless it is there. */
static void slot_add(evg_store_mem *m, uint32_t fp, uint32_t id)
{
    if (!m->slot || (m->nslot + 1) * 10 > ((size_t)7 << m->slot_bits)) slots_grow(m);
    size_t mask = ((size_t)1 << m->slot_bits) - 1, i = slot_home(m, fp);
    uint64_t v = (uint64_t)fp << 32 | id;
    for (; m->slot[i]; i = (i + 1) & mask)
        if (m->slot[i] == v) return;
    m->slot[i] = v;
    m->nslot++;
}

/* Append the ids entered under fp to the walk's candidates. */
static void slot_collect(evg_store_mem *m, uint32_t fp)
{
    if (!m->slot) return;
    size_t mask = ((size_t)1 << m->slot_bits) - 1;
    for (size_t i = slot_home(m, fp); m->slot[i]; i = (i + 1) & mask) {
        m->stats.probes++;
        if ((uint32_t)(m->slot[i] >> 32) != fp) continue;
        evg_vec_push(&m->cand, (uint32_t)m->slot[i]);
        m->stats.entries++;
    }
}

/* The key of two actors: the same whichever comes first. */
static uint64_t pair_base(const char *a, const char *b, const char *family)
{
    return (uintptr_t)a < (uintptr_t)b ? key_base(KEY_PAIR, a, b, family) : key_base(KEY_PAIR, b, a, family);
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

/* The explicit days of e ([*b, *e]), or 0 when it has none (dated by its
 * publication day or undated). */
static int event_days(const evg_mem_event *e, int32_t *b, int32_t *end)
{
    if (e->date_source == EVG_DATE_NONE || e->date_source == EVG_DATE_DCT || e->begin == EVG_NODATE ||
        e->end == EVG_NODATE)
        return 0;
    *b = e->begin;
    *end = e->end;
    return 1;
}

/* Enter id under key base in each period first..last (NO_PERIOD: once). */
static void slot_add_range(evg_store_mem *m, uint64_t base, int32_t first, int32_t last, sqlite3_int64 id)
{
    for (int32_t p = first;; p++) {
        slot_add(m, key_fp(base, p, p), (uint32_t)id);
        if (p >= last) break;
    }
}

/* File event id under every key rule 3 of merge.c may find it by: each pair
 * of its actors and each actor with its place, in every period of its
 * current span (or stretch, or NO_PERIOD), and each actor with its explicit
 * days.  Only the first EVG_STORE_MAX_ACTORS actors take part in merging,
 * so only they are filed.  Nothing to do when none of that changed since it
 * was last filed; entries of an older state stay (the walk tests the
 * current one). */
void evg_store_mem_file(evg_store_mem *m, sqlite3_int64 id)
{
    evg_mem_event *e = id > 0 && (size_t)id < m->capev ? m->ev[id] : NULL;
    evg_merge_key k;
    int32_t b, end, first = NO_PERIOD, last = NO_PERIOD, db = EVG_NODATE, de = EVG_NODATE;
    if (!e || id > UINT32_MAX) return; /* 2^32 events would not fit in memory anyway */
    evg_store_mem_key(e, &k);
    if (evg_store_key_span(&k, &b, &end)) {
        periods(b, end, MAX_FILED + 1, &first, &last);
        if (last - first >= MAX_FILED) stretches(b, end, &first, &last);
    }
    event_days(e, &db, &de);
    int n = k.nactors;
    if (e->filed_actors == n && e->filed_first == first && e->filed_last == last &&
        e->filed_place == e->location && e->filed_b == db && e->filed_e == de)
        return;
    const char *family = intern(m, evg_merge_family(e->code));
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) slot_add_range(m, pair_base(e->actors[i], e->actors[j], family), first, last, id);
        if (e->location) slot_add_range(m, key_base(KEY_PLACE, e->actors[i], e->location, family), first, last, id);
        if (db != EVG_NODATE) slot_add(m, key_fp(key_base(KEY_DAYS, e->actors[i], NULL, family), db, de), (uint32_t)id);
    }
    e->filed_actors = n;
    e->filed_first = first;
    e->filed_last = last;
    e->filed_place = e->location;
    e->filed_b = db;
    e->filed_e = de;
}

/* ---- walking the candidates in ascending id order ---- */

/* The entries of key base in periods first..last (NO_PERIOD: once). */
static void collect_range(evg_store_mem *m, uint64_t base, int32_t first, int32_t last)
{
    for (int32_t p = first;; p++) {
        slot_collect(m, key_fp(base, p, p));
        if (p >= last) break;
    }
}

/* The pair and place keys of the report walked, in its periods and
 * stretches (when placed) and under NO_PERIOD. */
static void walk_keys(evg_store_mem *m, const char *family)
{
    int32_t pf = 0, pl = 0, sf = 0, sl = 0;
    if (m->walk_placed) {
        periods(m->walk_b, m->walk_e, MAX_SEARCHED, &pf, &pl);
        stretches(m->walk_b, m->walk_e, &sf, &sl);
    }
    for (int i = 0; i < m->walk_nactors; i++)
        for (int j = i; j < m->walk_nactors; j++) {
            uint64_t base;
            if (j > i) base = pair_base(m->walk_actors[i], m->walk_actors[j], family);
            else if (m->walk_place) base = key_base(KEY_PLACE, m->walk_actors[i], m->walk_place, family);
            else continue;
            if (m->walk_placed) {
                collect_range(m, base, pf, pl);
                collect_range(m, base, sf, sl);
            }
            collect_range(m, base, NO_PERIOD, NO_PERIOD);
        }
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

static int id_cmp(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return (a > b) - (a < b);
}

/* Sort the candidates and drop repeats (an event found through two keys). */
static void cand_sort(evg_store_mem *m)
{
    size_t n = m->cand.n, w = 0;
    if (n > 1) qsort(m->cand.v, n, sizeof *m->cand.v, id_cmp);
    for (size_t i = 0; i < n; i++)
        if (!w || m->cand.v[w - 1] != m->cand.v[i]) m->cand.v[w++] = m->cand.v[i];
    m->cand.n = w;
}

void evg_store_mem_walk(evg_store_mem *m, const evg_merge_key *k, int placed, int32_t wb, int32_t we)
{
    const char *f = intern(m, evg_merge_family(k->code));
    m->cand.n = 0;
    m->next = 0;
    m->walk_placed = placed;
    m->walk_b = wb;
    m->walk_e = we;
    walk_report(m, k);
    m->stats.reports++;
    walk_keys(m, f);
    if (m->walk_explicit)
        for (int i = 0; i < m->walk_nactors; i++)
            slot_collect(m, key_fp(key_base(KEY_DAYS, m->walk_actors[i], NULL, f), m->walk_rb, m->walk_re));
    cand_sort(m);
}

/* Rule 3 of merge.c, which every merge needs, read by pointer: the event
 * shares two actors with the report walked, or one and its place, or one
 * and its explicit days.  The index files an event under exactly these
 * keys, but an entry may be stale (the event's place or days changed since)
 * or another key's (a shared fingerprint), so it is tested again here. */
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
    while (m->next < m->cand.n) {
        sqlite3_int64 id = m->cand.v[m->next++];
        const evg_mem_event *e = evg_store_mem_event(m, id);
        m->stats.events++;
        if (!e) continue;
        if (m->walk_placed && (m->win[id].lo > m->walk_e || m->win[id].hi < m->walk_b)) continue;
        m->stats.window++;
        if (may_merge(m, e)) {
            m->stats.rule3++;
            return id;
        }
    }
    return 0;
}

/* EVGRAPH_TIMINGS: what the walks read since the last report, and the size
 * of m's index. */
static void walk_stats_print(evg_store_mem *m)
{
    if (!m || !m->stats.reports || !getenv("EVGRAPH_TIMINGS")) return;
    double r = (double)m->stats.reports;
    if (m->slot)
        fprintf(stderr, "timing: merge index: %zu entries in %zu slots (%zu MiB)\n", m->nslot,
                (size_t)1 << m->slot_bits, ((size_t)8 << m->slot_bits) >> 20);
    fprintf(stderr,
            "timing: merge walk: %llu reports; per report %.2f slots probed, %.2f index entries, %.2f "
            "events, %.2f in the window, %.2f pass rule 3\n",
            m->stats.reports, m->stats.probes / r, m->stats.entries / r, m->stats.events / r,
            m->stats.window / r, m->stats.rule3 / r);
    memset(&m->stats, 0, sizeof m->stats);
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
    free(m->slot);
    free(m->cand.v);
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
    for (size_t id = 1; id < m->capev; id++) evg_store_mem_file(m, (sqlite3_int64)id);
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
    walk_stats_print(st->mem);
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

/*
 * entities_gazmap.c - the string map of the gazetteer (gaz_smap: open
 * addressing, string -> int, with a presence filter of one bit per key
 * hash) and the lookups a loaded gazetteer answers: skeleton keys
 * (evg_gaz_skel, غ written as ج), the bucket of keys whose first token has a
 * skeleton, stop-word kinds, entries by id and the holder of an office on a
 * day.
 *
 * Reads nothing of the other gazetteer files: the loader files
 * (entities_gaz.c and entities_gaz*.c) fill the maps through
 * evg_gaz_smap_put and free them with evg_gaz_smap_free; the entity stages
 * read them through the lookups declared in entities_gaz.h.
 */
#include "entities_gaz.h"

/* ---- string map ---- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    return evg_hash_bytes(s, n);
}

static size_t smap_slot(const gaz_smap *m, const char *s, size_t n, uint32_t h)
{
    size_t i = h & (m->cap - 1);
    while (m->s[i].k && (m->s[i].h != h || !evg_key_eq(m->s[i].k, s, n)))
        i = (i + 1) & (m->cap - 1);
    return i;
}

/* Bit of the presence filter for hash h (other bits of h than the slot's). */
static size_t smap_bit(const gaz_smap *m, uint32_t h)
{
    return (size_t)((h ^ (h >> 15)) * 0x2c1b3c6du) & (m->cap * 8 - 1);
}

/* smap_get with h = hash_bytes(s, n) already known (speed: a document's
 * forms carry their hash, forms.c). */
static int smap_get_h(const gaz_smap *m, const char *s, size_t n, uint32_t h)
{
    if (!m->cap) return -1;
    size_t b = smap_bit(m, h);
    if (!((m->bits[b >> 6] >> (b & 63)) & 1)) return -1;
    size_t i = smap_slot(m, s, n, h);
    return m->s[i].k ? m->s[i].v : -1;
}

static int smap_get(const gaz_smap *m, const char *s, size_t n)
{
    if (!m->cap) return -1;
    uint32_t h = hash_bytes(s, n);
    size_t b = smap_bit(m, h);
    if (!((m->bits[b >> 6] >> (b & 63)) & 1)) return -1;
    size_t i = smap_slot(m, s, n, h);
    return m->s[i].k ? m->s[i].v : -1;
}

static void smap_put(gaz_smap *m, const char *s, int v);

static void smap_grow(gaz_smap *m)
{
    gaz_smap old = *m;
    m->cap = old.cap ? old.cap * 2 : 256;
    m->n = 0;
    m->s = evg_xcalloc(m->cap, sizeof *m->s);
    m->bits = evg_xcalloc(m->cap / 8, sizeof *m->bits); /* 8 * cap bits */
    for (size_t i = 0; i < old.cap; i++)
        if (old.s[i].k) smap_put(m, old.s[i].k, old.s[i].v);
    free(old.s);
    free(old.bits);
}

/* s must outlive the map (arena strings). */
static void smap_put(gaz_smap *m, const char *s, int v)
{
    if ((m->n + 1) * 2 > m->cap) smap_grow(m);
    size_t n = strlen(s);
    uint32_t h = hash_bytes(s, n);
    size_t i = smap_slot(m, s, n, h), b = smap_bit(m, h);
    if (!m->s[i].k) m->n++;
    m->s[i] = (gaz_slot){s, h, v};
    m->bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

int evg_gaz_smap_get(const gaz_smap *m, const char *s, size_t n)
{
    return smap_get(m, s, n);
}

void evg_gaz_smap_put(gaz_smap *m, const char *s, int v)
{
    smap_put(m, s, v);
}

void evg_gaz_smap_free(gaz_smap *m)
{
    free(m->s);
    free(m->bits);
    memset(m, 0, sizeof *m);
}

/* ---- lookups ---- */

int evg_gaz_skel(const char *s, size_t n, char *out, size_t cap)
{
    if (n + 1 > cap) return -1;
    memcpy(out, s, n);
    out[n] = '\0';
    /* غ U+063A (D8 BA) -> ج U+062C (D8 AC): /g/ is written both ways (0xD8
     * is a lead byte, never the BA of a pair before it) */
    for (size_t i = 1; i < n; i++)
        if ((unsigned char)out[i] == 0xBA && (unsigned char)out[i - 1] == 0xD8) out[i] = (char)0xAC;
    return (int)n;
}

int evg_gaz_bucket(const struct evg_gazetteer *g, const char *s, size_t n)
{
    return smap_get(&g->heads, s, n);
}

int evg_gaz_bucket_h(const struct evg_gazetteer *g, const char *s, size_t n, uint32_t h)
{
    return smap_get_h(&g->heads, s, n, h);
}

int evg_gaz_stop_kind_h(const struct evg_gazetteer *g, const char *s, size_t n, uint32_t h)
{
    int v = smap_get_h(&g->stops, s, n, h);
    return v < 0 ? 1 : v;
}

const int *evg_gaz_offices_of_kind(const struct evg_gazetteer *g, const char *kind)
{
    int at = smap_get(&g->office_kinds, kind, strlen(kind));
    return at < 0 ? NULL : &g->kind_offices.v[at];
}

int evg_gaz_find_id(const struct evg_gazetteer *g, const char *id)
{
    return smap_get(&g->ids, id, strlen(id));
}

static int office_valid(const gaz_office *o, int32_t day)
{
    if (day == EVG_NODATE) return o->to == EVG_NODATE;
    return (o->from == EVG_NODATE || o->from <= day) && (o->to == EVG_NODATE || day <= o->to);
}

static int office_holder(const struct evg_gazetteer *g, const char *office, int32_t day, int acting_only)
{
    int best = -1;
    for (int i = smap_get(&g->office_heads, office, strlen(office)); i >= 0; i = g->offices.v[i].next) {
        const gaz_office *o = &g->offices.v[i];
        if (!office_valid(o, day) || (acting_only && !o->acting)) continue;
        if (best < 0 || (o->from != EVG_NODATE && o->from > g->offices.v[best].from)) best = i;
    }
    return best < 0 ? -1 : g->offices.v[best].entry;
}

int evg_gaz_office_holder(const struct evg_gazetteer *g, const char *office, int32_t day)
{
    return office_holder(g, office, day, 0);
}

/* The holder of office on day listed as acting ("+acting"), or -1: an
 * "acting foreign minister" is never the titular holder. */
int evg_gaz_acting_holder(const struct evg_gazetteer *g, const char *office, int32_t day)
{
    return office_holder(g, office, day, 1);
}

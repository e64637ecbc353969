/*
 * entities_gaz.c - loading the gazetteer (struct evg_gazetteer, see
 * entities_gaz.h).
 *
 * Sources, in order, later rows adding to earlier ones with the same id:
 *  1. every ISO 3166 country from ICU's locale data: names in English and
 *     Arabic (uloc_getDisplayCountry), id = lower-case alpha-3;
 *  2. data/gazetteer.tsv, data/gaz_people.tsv, data/gaz_places.tsv,
 *     data/gaz_cities.tsv, data/gaz_world.tsv (more organisations, media,
 *     companies, places), data/gaz_leaders.tsv (more heads of state and
 *     government), data/gaz_figures.tsv (office holders, armed groups,
 *     parties, media of 2015-2025) (embedded) and opts.gazetteer_file, all in the
 *     gazetteer format documented at the top of data/gazetteer.tsv;
 *  3. data/demonyms.tsv (nisba stems inflected here), data/titles.tsv,
 *     data/gaz_stopwords.tsv, data/gaz_ambiguous.tsv (names and nisbas
 *     several countries share), data/gaz_pairs.tsv ("البلدين"),
 *     data/gaz_honorifics.tsv (ranks), data/gaz_orgheads.tsv (head
 *     nouns of English organisation and place names) and
 *     data/given_names.tsv (common given names, a folded string set),
 *     data/names_latin.tsv with given_names.tsv (English spellings of
 *     Arabic name words, folded -> English, for entities_latin.c),
 *     data/gaz_portfolios.tsv (ministries' portfolios, folded -> English);
 *     data/gaz_rolenouns.tsv (English role nouns before an appositive name);
 *     data/gaz_orgwords.tsv (words of Arabic organisation names -> English);
 *  4. the exemplar city of every country with a single time zone (nearly
 *     always its capital: Asia/Pyongyang, Africa/Nairobi), English and
 *     Arabic names from ICU's time-zone display data, id = slug of the
 *     English name; a name that is already a key is not added.
 * Every name is folded and tokenised with evg_fold_tokens, exactly as
 * document text is.  Capitals are linked to their country through their
 * "<country>:capital" office, and foreign-name keys are filed under their
 * consonant skeleton (entities_fuzzy.c).  Exports evg_gazetteer_load, evg_gazetteer_unload and
 * the lookups declared in entities_gaz.h.
 */
#include "entities_gaz.h"

#include <pthread.h>
#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

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

static void smap_free(gaz_smap *m)
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

int evg_gaz_find_id(const struct evg_gazetteer *g, const char *id)
{
    return smap_get(&g->ids, id, strlen(id));
}

static int office_valid(const gaz_office *o, int32_t day)
{
    if (day == EVG_NODATE) return o->to == EVG_NODATE;
    return (o->from == EVG_NODATE || o->from <= day) && (o->to == EVG_NODATE || day <= o->to);
}

int evg_gaz_office_holder(const struct evg_gazetteer *g, const char *office, int32_t day)
{
    int best = -1;
    for (int i = smap_get(&g->office_heads, office, strlen(office)); i >= 0; i = g->offices.v[i].next) {
        const gaz_office *o = &g->offices.v[i];
        if (!office_valid(o, day)) continue;
        if (best < 0 || (o->from != EVG_NODATE && o->from > g->offices.v[best].from)) best = i;
    }
    return best < 0 ? -1 : g->offices.v[best].entry;
}

/* ---- building ---- */

typedef struct loader {
    evg_ctx *ctx;
    struct evg_gazetteer *g;
    const char *file;   /* for messages */
    int line;
} loader;

static int load_fail(loader *L, const char *fmt, const char *what)
{
    return evg_error(L->ctx, EVG_EDATA, "%s:%d: %s '%s'", L->file, L->line, fmt, what);
}

/* 1 when the folded token has a letter or digit (else it is punctuation). */
static int has_alnum(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        if (c >= 0 && u_isalnum(c)) return 1;
    }
    return 0;
}

static int is_latin_text(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return 1;
        if (c >= 0x80) return 0;
    }
    return 0;
}

/* Latin acronym: at least two letters, all capitals ("UN", "U.S.", "DPRK"). */
static int is_acronym(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 'a' && c <= 'z') return 0;
        if (c >= 'A' && c <= 'Z') letters++;
        else if (c >= 0x80) return 0;
    }
    return letters >= 2;
}

/* Does every word of a Latin text start with a capital letter ("Lebanese
 * Forces"; not "Islamic State group", "Supreme Court of Pakistan")? */
static int all_words_capitalised(const char *s)
{
    for (int start = 1; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (start && c >= 'a' && c <= 'z') return 0;
        start = c == ' ' || c == '-';
    }
    return 1;
}

static void key_push(struct evg_gazetteer *g, char **tok, int n, int kind, int target, int flags)
{
    gaz_key k;
    memset(&k, 0, sizeof k);
    k.tok = evg_arena_alloc(g->arena, (size_t)n * sizeof *k.tok);
    k.skel = evg_arena_alloc(g->arena, (size_t)n * sizeof *k.skel);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(tok[i]);
        k.tok[i] = evg_arena_strdup(g->arena, tok[i]);
        k.skel[i] = evg_arena_alloc(g->arena, len + 1);
        evg_gaz_skel(tok[i], len, k.skel[i], len + 1);
    }
    k.ntok = n;
    k.kind = (uint8_t)kind;
    k.flags = (uint8_t)flags;
    k.target = target;
    k.next = k.enext = -1;
    evg_vec_push(&g->keys, k);
}

/* "Abdel Fattah el-Sisi" is also written "al-Sisi" (and "al-Burhan"
 * "el-Burhan"): a Latin name key with the article word "al" or "el" after
 * its first word is added once more with the other spelling of it. */
static void push_other_article(struct evg_gazetteer *g, char **tok, int n, int target, int flags)
{
    char *alt[12];
    int swapped = 0;
    for (int i = 0; i < n; i++) {
        alt[i] = tok[i];
        if (i > 0 && !strcmp(tok[i], "al")) alt[i] = "el", swapped = 1;
        else if (i > 0 && !strcmp(tok[i], "el")) alt[i] = "al", swapped = 1;
    }
    if (swapped) key_push(g, alt, n, GAZ_NAME, target, flags);
}

/* Fold text into tokens (punctuation dropped) and add it as a key. */
static void add_key(loader *L, const char *text, int kind, int target)
{
    char **tok = NULL;
    int n = evg_fold_tokens(L->ctx, text, &tok), m = 0;
    for (int i = 0; i < n; i++) {
        if (has_alnum(tok[i])) tok[m++] = tok[i];
        else free(tok[i]);
    }
    int flags = 0;
    if (is_latin_text(text)) flags |= GAZ_LATIN | (is_acronym(text) ? GAZ_UPPER : 0);
    if (kind == GAZ_NAME && m > 1 && (flags & GAZ_LATIN) && all_words_capitalised(text)) flags |= GAZ_CAPS;
    size_t len = strlen(text);
    if (kind == GAZ_STOP && len >= 2 && !memcmp(text + len - 2, "\xD9\x89", 2)) flags |= GAZ_MAKSURA;
    if (m > 0 && m <= 12) key_push(L->g, tok, m, kind, target, flags);
    if (m > 1 && m <= 12 && kind == GAZ_NAME && (flags & GAZ_LATIN)) push_other_article(L->g, tok, m, target, flags);
    evg_strv_free(tok, m);
}

/* A Latin name without its accents ("Luiz Inácio" -> "Luiz Inacio",
 * "Várhelyi", "Yılmaz"): the text of its NFD form without combining marks,
 * dotless i as i; NULL when it has none (or is not Latin). */
static char *latin_unaccented(const char *text)
{
    UChar u[512], v[1024], w[1024];
    int32_t n = 0, m = 0, k = 0;
    UErrorCode e = U_ZERO_ERROR;
    const unsigned char *c = (const unsigned char *)text;
    while (*c && *c < 0x80) c++;
    if (!*c || !is_latin_text(text)) return NULL;
    u_strFromUTF8(u, 512, &n, text, -1, &e);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&e);
    if (U_SUCCESS(e)) m = unorm2_normalize(nfd, u, n, v, 1024, &e);
    for (int32_t i = 0; U_SUCCESS(e) && i < m; i++)
        if (v[i] == 0x131) w[k++] = 'i';
        else if (v[i] < 0x300 || v[i] > 0x36F) w[k++] = v[i];
    if (U_FAILURE(e) || k == m) return NULL;
    char *out = evg_xmalloc((size_t)k * 3 + 1);
    u_strToUTF8(out, k * 3 + 1, NULL, w, k, &e);
    return U_SUCCESS(e) ? out : (free(out), NULL);
}

/* Add every '|'-separated alternative of list as a key (a Latin one also
 * without its accents). */
static void add_keys(loader *L, const char *list, int kind, int target)
{
    const char *p = list;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        char *one = evg_xstrndup(p, n), *plain = *one ? latin_unaccented(one) : NULL;
        if (*one) add_key(L, one, kind, target);
        if (plain) add_key(L, plain, kind, target);
        free(plain);
        free(one);
        p = bar ? bar + 1 : NULL;
    }
}

static int entry_get(struct evg_gazetteer *g, const char *id)
{
    int e = evg_gaz_find_id(g, id);
    if (e >= 0) return e;
    gaz_entry ent;
    memset(&ent, 0, sizeof ent);
    ent.id = evg_arena_strdup(g->arena, id);
    ent.type = ent.name_en = ent.name_ar = ent.country = ent.role = "";
    ent.from = ent.to = EVG_NODATE;
    ent.first_key = ent.capital_of = -1;
    evg_vec_push(&g->ents, ent);
    e = (int)g->ents.n - 1;
    smap_put(&g->ids, g->ents.v[e].id, e);
    return e;
}

/* Set *dst to s (arena copy) unless s is empty. */
static void set_field(struct evg_gazetteer *g, const char **dst, const char *s)
{
    if (s && *s) *dst = evg_arena_strdup(g->arena, s);
}

/* ---- 1. countries from ICU ---- */

static int icu_country_name(const char *loc, const char *in, char *out, size_t cap)
{
    UChar buf[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(loc, in, buf, 256, &st);
    if (U_FAILURE(st) || n <= 0 || st == U_USING_DEFAULT_WARNING) return -1;
    u_strToUTF8(out, (int32_t)cap, NULL, buf, n, &st);
    return U_FAILURE(st) ? -1 : 0;
}

/* "Myanmar (Burma)": the whole name, the part before and the part inside. */
static void add_display_name(loader *L, const char *name, int e)
{
    add_key(L, name, GAZ_NAME, e);
    const char *open = strstr(name, " (");
    const char *close = open ? strchr(open, ')') : NULL;
    if (!close) return;
    char *before = evg_xstrndup(name, (size_t)(open - name));
    char *inside = evg_xstrndup(open + 2, (size_t)(close - open - 2));
    add_key(L, before, GAZ_NAME, e);
    add_key(L, inside, GAZ_NAME, e);
    free(before);
    free(inside);
}

static void add_icu_country(loader *L, const char *a2)
{
    char loc[16], en[512], ar[512], id[4], cc[4];
    snprintf(loc, sizeof loc, "_%s", a2);
    const char *a3 = uloc_getISO3Country(loc);
    if (!a3 || strlen(a3) != 3) return;
    if (icu_country_name(loc, "en", en, sizeof en) || icu_country_name(loc, "ar", ar, sizeof ar)) return;
    for (int i = 0; i < 3; i++) {
        id[i] = (char)(a3[i] | 0x20);
        cc[i] = (char)(a3[i] & ~0x20);
    }
    id[3] = cc[3] = '\0';
    int e = entry_get(L->g, id);
    gaz_entry *ent = &L->g->ents.v[e];
    ent->type = "GPE";
    ent->is_country = 1;
    set_field(L->g, &ent->country, cc);
    set_field(L->g, &ent->name_en, en);
    set_field(L->g, &ent->name_ar, ar);
    add_display_name(L, en, e);
    add_display_name(L, ar, e);
}

static void load_icu_countries(loader *L)
{
    L->file = "ICU locale data";
    for (const char *const *c = uloc_getISOCountries(); c && *c; c++) add_icu_country(L, *c);
}

/* ---- 1b. cities from ICU's time-zone exemplar names ---- */

/* Only countries with a single time zone: their exemplar city is nearly
 * always the capital (Asia/Pyongyang, Asia/Amman ...).  A name that is
 * already a key (عمّان is also Oman) or a stop word is not added. */

typedef struct city_ctx {
    loader *L;
    gaz_smap taken;       /* joined folded tokens of every key so far */
    evg_arena *arena;
} city_ctx;

static char *joined_key(loader *L, const char *text, evg_arena *a)
{
    char **tok = NULL;
    int n = evg_fold_tokens(L->ctx, text, &tok);
    evg_buf b = {0};
    for (int i = 0; i < n; i++) {
        if (!has_alnum(tok[i])) continue;
        if (b.n) evg_buf_put(&b, " ", 1);
        evg_buf_puts(&b, tok[i]);
    }
    evg_strv_free(tok, n);
    char *out = evg_arena_strdup(a, b.p ? b.p : "");
    evg_buf_free(&b);
    return out;
}

static void city_taken_init(city_ctx *cc)
{
    const struct evg_gazetteer *g = cc->L->g;
    for (size_t k = 0; k < g->keys.n; k++) {
        evg_buf b = {0};
        for (int i = 0; i < g->keys.v[k].ntok; i++) {
            if (i) evg_buf_put(&b, " ", 1);
            evg_buf_puts(&b, g->keys.v[k].tok[i]);
        }
        smap_put(&cc->taken, evg_arena_strdup(cc->arena, b.p), 1);
        evg_buf_free(&b);
    }
}

static int zone_name(UDateFormat *f, const UChar *zone, int32_t zl, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar buf[128];
    UCalendar *cal = ucal_open(zone, zl, "en", UCAL_GREGORIAN, &st);
    int32_t n = U_SUCCESS(st) ? udat_formatCalendar(f, cal, buf, 128, NULL, &st) : 0;
    if (cal) ucal_close(cal);
    if (U_SUCCESS(st)) u_strToUTF8(out, (int32_t)cap, NULL, buf, n, &st);
    return U_FAILURE(st) || n <= 0 ? -1 : 0;
}

static int ascii_slug(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x80) return -1;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = (char)c;
        else if (o && out[o - 1] != '-') out[o++] = '-';
    }
    while (o && out[o - 1] == '-') o--;
    out[o] = '\0';
    return o ? 0 : -1;
}

static void add_city(city_ctx *cc, const char *a2, const char *en, const char *ar)
{
    loader *L = cc->L;
    char id[128], code[4] = {0};
    const char *a3 = NULL;
    char loc[8];
    snprintf(loc, sizeof loc, "_%s", a2);
    a3 = uloc_getISO3Country(loc);
    if (!a3 || strlen(a3) != 3 || ascii_slug(en, id, sizeof id)) return;
    for (int i = 0; i < 3; i++) code[i] = (char)(a3[i] & ~0x20);
    char *kar = joined_key(L, ar, cc->arena), *ken = joined_key(L, en, cc->arena);
    int ar_ok = *kar && smap_get(&cc->taken, kar, strlen(kar)) < 0;
    int en_ok = *ken && smap_get(&cc->taken, ken, strlen(ken)) < 0;
    if (!ar_ok && !en_ok) return;
    int e = entry_get(L->g, id);
    gaz_entry *ent = &L->g->ents.v[e];
    if (!*ent->type) {
        ent->type = "GPE";
        set_field(L->g, &ent->country, code);
        set_field(L->g, &ent->name_en, en);
        set_field(L->g, &ent->name_ar, ar);
    }
    if (ar_ok) add_key(L, ar, GAZ_NAME, e);
    if (en_ok) add_key(L, en, GAZ_NAME, e);
}

/* The one canonical zone of a country into out; 0 when there is exactly one. */
static int single_zone(UEnumeration *zones, UChar *out, int32_t cap, int32_t *out_len)
{
    UErrorCode st = U_ZERO_ERROR;
    const UChar *z;
    int32_t zl, n = 0;
    while ((z = uenum_unext(zones, &zl, &st)) != NULL && U_SUCCESS(st)) {
        UChar canon[64];
        UErrorCode cs = U_ZERO_ERROR;
        int32_t cl = ucal_getCanonicalTimeZoneID(z, zl, canon, 64, NULL, &cs);
        if (U_FAILURE(cs) || !u_memchr(canon, '/', cl)) continue;
        if (n && cl == *out_len && !u_memcmp(canon, out, cl)) continue;
        if (n++ == 0 && cl <= cap) {
            u_memcpy(out, canon, cl);
            *out_len = cl;
        }
    }
    return n == 1 ? 0 : -1;
}

/* ICU's zone-by-country lookups cost about 0.1 s, so the list of cities is
 * read once per process and shared (immutable) by every context. */
typedef struct icu_city { char a2[4]; char *en, *ar; } icu_city;
static icu_city *icu_cities;
static size_t icu_ncities;
static pthread_once_t icu_cities_once = PTHREAD_ONCE_INIT;

/* ICU's zone list with the region of each zone (what ucal_openCountryTimeZones
 * filters, read in one pass: asking ICU country by country costs ~1e9
 * instructions, most of a process start). */
typedef struct zone_regions {
    UResourceBundle *top, *names, *regions;
    int32_t n;
    char (*region)[4];     /* zone i -> region code, "" for none */
    const UChar **id;      /* zone i -> id */
} zone_regions;

static void zone_regions_open(zone_regions *z)
{
    UErrorCode st = U_ZERO_ERROR;
    memset(z, 0, sizeof *z);
    z->top = ures_openDirect(NULL, "zoneinfo64", &st);
    z->names = ures_getByKey(z->top, "Names", NULL, &st);
    z->regions = ures_getByKey(z->top, "Regions", NULL, &st);
    if (U_FAILURE(st)) return;
    int32_t n = ures_getSize(z->names);
    z->region = evg_xcalloc((size_t)n + 1, sizeof *z->region);
    z->id = evg_xcalloc((size_t)n + 1, sizeof *z->id);
    for (int32_t i = 0; i < n; i++) {
        UErrorCode es = U_ZERO_ERROR;
        int32_t il, rl;
        const UChar *id = ures_getStringByIndex(z->names, i, &il, &es);
        const UChar *r = ures_getStringByIndex(z->regions, i, &rl, &es);
        if (U_FAILURE(es)) continue;
        z->id[z->n] = id;
        if (rl < 4) u_austrncpy(z->region[z->n], r, rl);
        z->n++;
    }
}

static void zone_regions_close(zone_regions *z)
{
    free(z->region);
    free(z->id);
    if (z->regions) ures_close(z->regions);
    if (z->names) ures_close(z->names);
    if (z->top) ures_close(z->top);
}

/* The zones of country a2, in ICU's order ("Etc/Unknown" left out, as ICU does). */
static UEnumeration *country_zones(const zone_regions *z, const char *a2, const UChar **buf)
{
    UErrorCode st = U_ZERO_ERROR;
    static const UChar unknown[] = {'E', 't', 'c', '/', 'U', 'n', 'k', 'n', 'o', 'w', 'n', 0};
    int32_t k = 0;
    for (int32_t i = 0; i < z->n; i++)
        if (!strcmp(z->region[i], a2) && u_strcmp(z->id[i], unknown)) buf[k++] = z->id[i];
    return uenum_openUCharStringsEnumeration(buf, k, &st);
}

static void read_country_city(UDateFormat *fen, UDateFormat *far, const zone_regions *zr, const char *a2,
                              evg_buf *list)
{
    const UChar **buf = evg_xcalloc((size_t)zr->n + 1, sizeof *buf);
    UEnumeration *zones = country_zones(zr, a2, buf);
    if (!zones) {
        free(buf);
        return;
    }
    UChar z[64];
    int32_t zl = 0;
    char en[256], ar[256];
    if (!single_zone(zones, z, 64, &zl) && !zone_name(fen, z, zl, en, sizeof en) &&
        !zone_name(far, z, zl, ar, sizeof ar)) {
        icu_city c;
        snprintf(c.a2, sizeof c.a2, "%s", a2);
        c.en = evg_xstrdup(en);
        c.ar = evg_xstrdup(ar);
        evg_buf_put(list, (const char *)&c, sizeof c);
    }
    uenum_close(zones);
    free(buf);
}

static void read_icu_cities(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UChar pat[4];
    u_uastrcpy(pat, "VVV");
    UDateFormat *far = udat_open(UDAT_PATTERN, UDAT_PATTERN, "ar", NULL, 0, pat, -1, &st);
    UDateFormat *fen = udat_open(UDAT_PATTERN, UDAT_PATTERN, "en", NULL, 0, pat, -1, &st);
    evg_buf list = {0};
    zone_regions zr;
    zone_regions_open(&zr);
    if (U_SUCCESS(st))
        for (const char *const *c = uloc_getISOCountries(); c && *c; c++)
            read_country_city(fen, far, &zr, *c, &list);
    zone_regions_close(&zr);
    if (far) udat_close(far);
    if (fen) udat_close(fen);
    icu_cities = (icu_city *)list.p;
    icu_ncities = list.n / sizeof(icu_city);
}

static void load_icu_cities(loader *L)
{
    pthread_once(&icu_cities_once, read_icu_cities);
    city_ctx cc = {L, {0}, evg_arena_new()};
    L->file = "ICU time zones";
    city_taken_init(&cc);
    for (size_t i = 0; i < icu_ncities; i++)
        add_city(&cc, icu_cities[i].a2, icu_cities[i].en, icu_cities[i].ar);
    smap_free(&cc.taken);
    evg_arena_free(cc.arena);
}

/* ---- 2. gazetteer rows ---- */

enum { F_ID, F_TYPE, F_EN, F_AR, F_ALIASES, F_COUNTRY, F_ROLE, F_FROM, F_TO, F_OFFICE, F_N };

static int valid_id(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return 0;
    return 1;
}

static int valid_type(const char *s)
{
    return !strcmp(s, "PER") || !strcmp(s, "ORG") || !strcmp(s, "GPE") || !strcmp(s, "LOC");
}

static int valid_country(const char *s)
{
    if (!*s) return 1;
    if (strlen(s) != 3) return 0;
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z') return 0;
    return 1;
}

static int parse_date(loader *L, const char *s, int32_t *out)
{
    *out = EVG_NODATE;
    if (!s || !*s) return 0;
    if (evg_parse_day(s, out) != 0) return load_fail(L, "not a date (YYYY-MM-DD):", s);
    return 0;
}

/* One office "rus:president" or "rus:president@2000-05-07/2008-05-07". */
static int add_office(loader *L, char *spec, int e)
{
    gaz_office o;
    char *at = strchr(spec, '@');
    o.from = L->g->ents.v[e].from;
    o.to = L->g->ents.v[e].to;
    if (at) {
        *at = '\0';
        char *slash = strchr(at + 1, '/');
        if (!slash) return load_fail(L, "office dates must be FROM/TO:", at + 1);
        *slash = '\0';
        if (parse_date(L, at + 1, &o.from) || parse_date(L, slash + 1, &o.to)) return EVG_EDATA;
    }
    if (!strchr(spec, ':')) return load_fail(L, "office must be QUALIFIER:OFFICE:", spec);
    for (char *p = spec; *p; p++) *p = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    o.office = evg_arena_strdup(L->g->arena, spec);
    o.entry = e;
    o.next = -1;
    evg_vec_push(&L->g->offices, o);
    return 0;
}

static int add_offices(loader *L, const char *list, int e)
{
    int rc = 0;
    char *copy = evg_xstrdup(list ? list : "");
    for (char *p = copy, *bar; p && *p && rc == 0; p = bar ? bar + 1 : NULL) {
        bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (*p) rc = add_office(L, p, e);
    }
    free(copy);
    return rc;
}

static int check_row(loader *L, char **f, int nf)
{
    if (nf < 4) return load_fail(L, "expected at least 4 tab-separated columns, got", nf > 0 ? f[0] : "");
    if (!valid_id(f[F_ID]))
        return load_fail(L, "id must be lower-case ASCII letters, digits and '-':", f[F_ID]);
    if (!valid_type(f[F_TYPE])) return load_fail(L, "type must be PER, ORG, GPE or LOC:", f[F_TYPE]);
    if (!*f[F_EN] && !*f[F_AR] && evg_gaz_find_id(L->g, f[F_ID]) < 0)
        return load_fail(L, "a new entry needs a name:", f[F_ID]);
    if (f[F_COUNTRY] && !valid_country(f[F_COUNTRY]))
        return load_fail(L, "country must be an ISO 3166 alpha-3 code:", f[F_COUNTRY]);
    return 0;
}

static int load_row(loader *L, char **f, int nf)
{
    int rc = check_row(L, f, nf);
    if (rc) return rc;
    int e = entry_get(L->g, f[F_ID]);
    gaz_entry *ent = &L->g->ents.v[e];
    set_field(L->g, &ent->type, f[F_TYPE]);
    set_field(L->g, &ent->name_en, f[F_EN]);
    set_field(L->g, &ent->name_ar, f[F_AR]);
    set_field(L->g, &ent->country, f[F_COUNTRY]);
    set_field(L->g, &ent->role, f[F_ROLE]);
    if ((rc = parse_date(L, f[F_FROM], &ent->from)) || (rc = parse_date(L, f[F_TO], &ent->to))) return rc;
    add_keys(L, f[F_EN], GAZ_NAME, e);
    add_keys(L, f[F_AR], GAZ_NAME, e);
    add_keys(L, f[F_ALIASES], GAZ_NAME, e);
    return add_offices(L, f[F_OFFICE], e);
}

static int load_rows(loader *L, const char *name, const char *data, size_t len)
{
    evg_tsv t;
    char *f[F_N];
    int nf, rc = 0;
    evg_tsv_init(&t, name, data, len);
    L->file = name;
    while (rc == 0 && (nf = evg_tsv_next(&t, f, F_N)) > 0) {
        L->line = t.line;
        rc = load_row(L, f, nf);
    }
    evg_tsv_free(&t);
    return rc;
}

static int load_embedded(loader *L, const char *name, int required)
{
    size_t len;
    const char *data = evg_data_find(name, &len);
    if (!data) return required ? evg_error(L->ctx, EVG_EDATA, "embedded table %s is missing", name) : 0;
    return load_rows(L, name, data, len);
}

static int load_user_file(loader *L, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return evg_error(L->ctx, EVG_EIO, "%s: cannot open the gazetteer file", path);
    evg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) evg_buf_put(&b, chunk, n);
    int err = ferror(fp);
    fclose(fp);
    int rc = err ? evg_error(L->ctx, EVG_EIO, "%s: read error", path) : load_rows(L, path, b.p, b.n);
    evg_buf_free(&b);
    return rc;
}

/* ---- 3. demonyms, titles, stop words ---- */

/* Inflect a folded nisba stem (every word the same way, article on all or
 * none): روسي روسيه روسيون روسيين روسيات روسيان, each with and without ال. */
static void add_nisba(loader *L, char **tok, int n, int kind, int country)
{
    static const char *const endings[] = {"", "ه", "ون", "ين", "ات", "ان"};
    char *v[8];
    if (n > 8) return;
    for (int art = 0; art < 2; art++) {
        for (size_t s = 0; s < sizeof endings / sizeof *endings; s++) {
            for (int i = 0; i < n; i++) {
                evg_buf b = {0};
                if (art) evg_buf_puts(&b, "ال");
                evg_buf_puts(&b, tok[i]);
                evg_buf_puts(&b, endings[s]);
                v[i] = b.p;
            }
            key_push(L->g, v, n, kind, country, 0);
            for (int i = 0; i < n; i++) free(v[i]);
        }
    }
}

static void add_demonym_stems(loader *L, const char *list, int kind, int country)
{
    const char *p = list;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        char *one = evg_xstrndup(p, bar ? (size_t)(bar - p) : strlen(p));
        if (is_latin_text(one)) {
            evg_buf plural = {0};
            evg_buf_printf(&plural, "%ss", one);
            add_key(L, one, kind, country);
            add_key(L, plural.p, kind, country);
            evg_buf_free(&plural);
        } else if (*one) {
            char **tok = NULL;
            int n = evg_fold_tokens(L->ctx, one, &tok);
            add_nisba(L, tok, n, kind, country);
            evg_strv_free(tok, n);
        }
        free(one);
        p = bar ? bar + 1 : NULL;
    }
}

static int country_entry(loader *L, const char *code)
{
    char id[4] = {0};
    for (int i = 0; i < 3 && code[i]; i++) id[i] = (char)(code[i] | 0x20);
    int e = strlen(code) == 3 ? evg_gaz_find_id(L->g, id) : -1;
    if (e < 0) return load_fail(L, "unknown country", code);
    return e;
}

/* The first Latin item of list a, else of list b ('|'-separated), in the
 * arena; NULL if neither has one. */
static const char *first_latin(evg_arena *arena, const char *a, const char *b)
{
    for (int pass = 0; pass < 2; pass++) {
        const char *p = pass ? b : a;
        while (p && *p) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            char *one = evg_xstrndup(p, n);
            int latin = is_latin_text(one);
            free(one);
            if (latin && n) return evg_arena_strndup(arena, p, n);
            p = bar ? bar + 1 : NULL;
        }
    }
    return NULL;
}

/* Open embedded table name for reading (an absent table reads as empty). */
static void open_table(evg_tsv *t, const char *name)
{
    size_t len;
    const char *data = evg_data_find(name, &len);
    evg_tsv_init(t, name, data, data ? len : 0);
}

static int load_demonyms(loader *L)
{
    evg_tsv t;
    char *f[3];
    int nf, rc = 0;
    open_table(&t, "demonyms.tsv");
    L->file = "demonyms.tsv";
    while (rc == 0 && (nf = evg_tsv_next(&t, f, 3)) > 0) {
        L->line = t.line;
        int c = country_entry(L, f[0]);
        if (c < 0) rc = c;
        else {
            add_demonym_stems(L, f[1], GAZ_DEMONYM, c);
            add_keys(L, f[2], GAZ_DEMONYM, c);
            if (!L->g->ents.v[c].adj_en) L->g->ents.v[c].adj_en = first_latin(L->g->arena, f[1], nf > 2 ? f[2] : "");
        }
    }
    evg_tsv_free(&t);
    return rc;
}

enum { T_PHRASE, T_OFFICE, T_ORG, T_TYPE, T_ROLE, T_DEFAULT, T_SYNTH, T_EN, T_N };

static int load_title(loader *L, char **f, int nf)
{
    if (nf < T_EN) return load_fail(L, "expected 7 or 8 columns in the title row", f[0]);
    if (!valid_type(f[T_TYPE])) return load_fail(L, "type must be PER, ORG, GPE or LOC:", f[T_TYPE]);
    gaz_title t;
    evg_arena *a = L->g->arena;
    t.office = evg_arena_strdup(a, f[T_OFFICE]);
    t.org_office = evg_arena_strdup(a, f[T_ORG]);
    t.type = evg_arena_strdup(a, f[T_TYPE]);
    t.role = evg_arena_strdup(a, f[T_ROLE]);
    t.deflt = evg_arena_strdup(a, f[T_DEFAULT]);
    t.synth = !strcmp(f[T_SYNTH], "1");
    t.en = evg_arena_strdup(a, nf > T_EN ? f[T_EN] : "");
    evg_vec_push(&L->g->titles, t);
    add_keys(L, f[T_PHRASE], GAZ_TITLE, (int)L->g->titles.n - 1);
    return 0;
}

static int load_titles(loader *L)
{
    evg_tsv t;
    char *f[T_N];
    int nf, rc = 0;
    open_table(&t, "titles.tsv");
    L->file = "titles.tsv";
    while (rc == 0 && (nf = evg_tsv_next(&t, f, T_N)) > 0) {
        L->line = t.line;
        rc = load_title(L, f, nf);
    }
    evg_tsv_free(&t);
    return rc;
}

static void load_stopwords(loader *L)
{
    evg_tsv t;
    char *f[1];
    open_table(&t, "gaz_stopwords.tsv");
    while (evg_tsv_next(&t, f, 1) > 0) add_keys(L, f[0], GAZ_STOP, -1);
    evg_tsv_free(&t);
}

/* ---- 3b. pairs, shared names, honorifics, organisation heads ---- */

/* Every phrase of a one-column table as a key of kind (target -1). */
static void load_phrases(loader *L, const char *name, int kind)
{
    evg_tsv t;
    char *f[1];
    open_table(&t, name);
    while (evg_tsv_next(&t, f, 1) > 0) add_keys(L, f[0], kind, -1);
    evg_tsv_free(&t);
}

static int ambig_push(loader *L, const char *codes, int is_name)
{
    gaz_ambig a;
    memset(&a, 0, sizeof a);
    a.is_name = is_name;
    char *copy = evg_xstrdup(codes), *save = NULL;
    for (char *c = strtok_r(copy, "|", &save); c && a.n < 4; c = strtok_r(NULL, "|", &save)) {
        int e = country_entry(L, c);
        if (e < 0) { free(copy); return e; }
        a.entry[a.n++] = e;
    }
    free(copy);
    evg_vec_push(&L->g->ambig, a);
    return (int)L->g->ambig.n - 1;
}

static int load_ambiguous(loader *L)
{
    evg_tsv t;
    char *f[3];
    int nf, rc = 0;
    open_table(&t, "gaz_ambiguous.tsv");
    L->file = "gaz_ambiguous.tsv";
    while (rc == 0 && (nf = evg_tsv_next(&t, f, 3)) > 0) {
        L->line = t.line;
        int nis = ambig_push(L, f[0], 0), nam = nis < 0 ? nis : ambig_push(L, f[0], 1);
        if (nam < 0) rc = nam;
        else {
            if (nf > 1) add_demonym_stems(L, f[1], GAZ_AMBIG, nis);
            if (nf > 2) add_keys(L, f[2], GAZ_AMBIG, nam);
        }
    }
    evg_tsv_free(&t);
    return rc;
}

static void load_honorifics(loader *L)
{
    evg_tsv t;
    char *f[2];
    int nf;
    open_table(&t, "gaz_honorifics.tsv");
    while ((nf = evg_tsv_next(&t, f, 2)) > 0) {
        gaz_honor h = {evg_arena_strdup(L->g->arena, nf > 1 ? f[1] : "")};
        evg_vec_push(&L->g->honors, h);
        add_keys(L, f[0], GAZ_HONOR, (int)L->g->honors.n - 1);
    }
    evg_tsv_free(&t);
}

static void load_orgheads(loader *L)
{
    evg_tsv t;
    char *f[2];
    open_table(&t, "gaz_orgheads.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        char *k = evg_fold_string(L->ctx, f[0]);
        int v = !strcmp(f[1], "LOC") ? 2 : !strcmp(f[1], "ORG-AR") ? 3 : !strcmp(f[1], "ORG-AR3") ? 5
              : !strcmp(f[1], "ORG-AR1") ? 6 : 1;
        if (k && *k) smap_put(&L->g->orgheads, evg_arena_strdup(L->g->arena, k), v);
        free(k);
    }
    evg_tsv_free(&t);
}

/* Every |-separated spelling of data/given_names.tsv, folded, into g->given:
 * 2 for a name of the Slavic, Caucasian or Central Asian world (column 2
 * "F"), else 1. */
static void load_given_names(loader *L)
{
    evg_tsv t;
    char *f[2], *save = NULL;
    open_table(&t, "given_names.tsv");
    while (evg_tsv_next(&t, f, 2) > 0) {
        int v = f[1] && !strcmp(f[1], "F") ? 2 : 1;
        for (char *w = strtok_r(f[0], "|", &save); w; w = strtok_r(NULL, "|", &save)) {
            char *k = evg_fold_string(L->ctx, w);
            if (k && *k && !strchr(k, ' ')) smap_put(&L->g->given, evg_arena_strdup(L->g->arena, k), v);
            free(k);
        }
    }
    evg_tsv_free(&t);
}

/* One Arabic spelling w of a name with English spelling en into g->latin
 * (the first spelling listed wins). */
static void put_latin(loader *L, const char *w, const char *en)
{
    char *k = evg_fold_string(L->ctx, w);
    if (k && *k && (unsigned char)k[0] >= 0xD8 && evg_gaz_smap_get(&L->g->latin, k, strlen(k)) < 0) {
        evg_vec_push(&L->g->latin_en, en);
        smap_put(&L->g->latin, evg_arena_strdup(L->g->arena, k), (int)L->g->latin_en.n - 1);
    }
    free(k);
}

/* English spellings of Arabic name words: data/names_latin.tsv (Arabic
 * spellings | separated, English), then every row of data/given_names.tsv
 * (its Arabic spellings take its first Latin one). */
static void load_latin_names(loader *L)
{
    evg_tsv t;
    char *f[2], *save = NULL;
    open_table(&t, "names_latin.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        const char *en = evg_arena_strdup(L->g->arena, f[1]);
        for (char *w = strtok_r(f[0], "|", &save); w; w = strtok_r(NULL, "|", &save)) put_latin(L, w, en);
    }
    evg_tsv_free(&t);
    open_table(&t, "given_names.tsv");
    while (evg_tsv_next(&t, f, 2) > 0) {
        char *ar[16], *en = NULL;
        int n = 0;
        for (char *w = strtok_r(f[0], "|", &save); w; w = strtok_r(NULL, "|", &save)) {
            if ((unsigned char)w[0] >= 0xD8 && n < 16) ar[n++] = w;
            else if ((unsigned char)w[0] < 0x80 && !en) en = w;
        }
        const char *e = en ? evg_arena_strdup(L->g->arena, en) : NULL;
        for (int i = 0; e && i < n; i++) put_latin(L, ar[i], e);
    }
    evg_tsv_free(&t);
}

/* The words of data/gaz_orgwords.tsv: every spelling, folded, into
 * g->orgwords, its class and English into g->orgword. */
static void load_orgwords(loader *L)
{
    evg_tsv t;
    char *f[3], *save = NULL;
    open_table(&t, "gaz_orgwords.tsv");
    while (evg_tsv_next(&t, f, 3) == 3) {
        gaz_orgword w = {f[1][0], evg_arena_strdup(L->g->arena, f[2])};
        evg_vec_push(&L->g->orgword, w);
        for (char *a = strtok_r(f[0], "|", &save); a; a = strtok_r(NULL, "|", &save)) {
            char *k = evg_fold_string(L->ctx, a);
            if (k && *k) smap_put(&L->g->orgwords, evg_arena_strdup(L->g->arena, k), (int)L->g->orgword.n - 1);
            free(k);
        }
    }
    evg_tsv_free(&t);
}

/* The English role nouns of data/gaz_rolenouns.tsv: words of class R and X,
 * folded, into g->rolenouns (value: the class letter); endings of class E
 * into g->role_ends. */
static void load_rolenouns(loader *L)
{
    evg_tsv t;
    char *f[2];
    open_table(&t, "gaz_rolenouns.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        char *k = evg_fold_string(L->ctx, f[0]);
        if (k && *k && f[1][0] == 'E') {
            const char *e = evg_arena_strdup(L->g->arena, k);
            evg_vec_push(&L->g->role_ends, e);
        } else if (k && *k && (f[1][0] == 'R' || f[1][0] == 'X')) {
            smap_put(&L->g->rolenouns, evg_arena_strdup(L->g->arena, k), f[1][0]);
        }
        free(k);
    }
    evg_tsv_free(&t);
}

/* The portfolios of data/gaz_portfolios.tsv: every spelling, folded, into
 * g->portfolios, its English name into g->portfolio_en. */
static void load_portfolios(loader *L)
{
    evg_tsv t;
    char *f[2], *save = NULL;
    open_table(&t, "gaz_portfolios.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        const char *en = evg_arena_strdup(L->g->arena, f[1]);
        evg_vec_push(&L->g->portfolio_en, en);
        for (char *w = strtok_r(f[0], "|", &save); w; w = strtok_r(NULL, "|", &save)) {
            char *k = evg_fold_string(L->ctx, w);
            if (k && *k) smap_put(&L->g->portfolios, evg_arena_strdup(L->g->arena, k), (int)L->g->portfolio_en.n - 1);
            free(k);
        }
    }
    evg_tsv_free(&t);
}

/* Entries holding "<country>:capital" know their country. */
static void link_capitals(struct evg_gazetteer *g)
{
    for (size_t o = 0; o < g->offices.n; o++) {
        const char *off = g->offices.v[o].office, *colon = strchr(off, ':');
        if (!colon || strcmp(colon + 1, "capital") != 0) continue;
        char id[16];
        snprintf(id, sizeof id, "%.*s", (int)(colon - off), off);
        int c = evg_gaz_find_id(g, id);
        if (c >= 0 && g->ents.v[c].is_country) g->ents.v[g->offices.v[o].entry].capital_of = c;
    }
}

/* ---- 4. index ---- */

static int is_arab_country(const char *cc)
{
    static const char arab[] = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT "
                               "SAU SOM SDN SYR TUN ARE YEM";
    return *cc && strstr(arab, cc) != NULL;
}

static void index_keys(struct evg_gazetteer *g)
{
    for (size_t k = g->keys.n; k-- > 0;) {
        gaz_key *key = &g->keys.v[k];
        if (key->kind == GAZ_NAME) {
            gaz_entry *e = &g->ents.v[key->target];
            if (!(key->flags & GAZ_LATIN) && !is_arab_country(e->country)) key->flags |= GAZ_LOOSE;
            key->enext = e->first_key;
            e->first_key = (int)k;
        }
        key->next = smap_get(&g->heads, key->skel[0], strlen(key->skel[0]));
        smap_put(&g->heads, key->skel[0], (int)k);
    }
    for (size_t k = 0; k < g->keys.n; k++) { /* stop words: the first STOP key of each text */
        const gaz_key *key = &g->keys.v[k];
        size_t n = strlen(key->tok[0]);
        if (key->kind == GAZ_STOP && n < 256 && smap_get(&g->stops, key->tok[0], n) < 0)
            smap_put(&g->stops, key->tok[0], (key->flags & GAZ_MAKSURA) ? 3 : 2);
    }
    for (size_t o = g->offices.n; o-- > 0;) {
        gaz_office *of = &g->offices.v[o];
        of->next = smap_get(&g->office_heads, of->office, strlen(of->office));
        smap_put(&g->office_heads, of->office, (int)o);
    }
}

static int load_all(loader *L)
{
    int rc;
    load_icu_countries(L);
    if ((rc = load_embedded(L, "gazetteer.tsv", 1))) return rc;
    if ((rc = load_embedded(L, "gaz_people.tsv", 0))) return rc;
    if ((rc = load_embedded(L, "gaz_places.tsv", 0))) return rc;
    if ((rc = load_embedded(L, "gaz_cities.tsv", 0))) return rc;
    if ((rc = load_embedded(L, "gaz_world.tsv", 0))) return rc;
    if ((rc = load_embedded(L, "gaz_leaders.tsv", 0))) return rc;
    if ((rc = load_embedded(L, "gaz_figures.tsv", 0))) return rc;
    if (L->ctx->opts.gazetteer_file && (rc = load_user_file(L, L->ctx->opts.gazetteer_file))) return rc;
    if ((rc = load_demonyms(L)) || (rc = load_titles(L))) return rc;
    load_stopwords(L);
    if ((rc = load_ambiguous(L))) return rc;
    load_phrases(L, "gaz_pairs.tsv", GAZ_PAIR);
    load_honorifics(L);
    load_orgheads(L);
    load_given_names(L);
    load_latin_names(L);
    load_portfolios(L);
    load_rolenouns(L);
    load_orgwords(L);
    load_icu_cities(L);
    link_capitals(L->g);
    index_keys(L->g);
    evg_gaz_fuzzy_index(L->g);
    return 0;
}

int evg_gazetteer_load(evg_ctx *ctx)
{
    struct evg_gazetteer *g = evg_xcalloc(1, sizeof *g);
    g->arena = evg_arena_new();
    ctx->gaz = g;
    loader L = {ctx, g, "", 0};
    return load_all(&L);
}

void evg_gazetteer_unload(evg_ctx *ctx)
{
    struct evg_gazetteer *g = ctx->gaz;
    if (!g) return;
    if (g->tr) utrans_close(g->tr);
    free(g->ents.v);
    free(g->keys.v);
    free(g->titles.v);
    free(g->offices.v);
    free(g->ambig.v);
    free(g->honors.v);
    smap_free(&g->fheads);
    smap_free(&g->orgheads);
    smap_free(&g->given);
    smap_free(&g->portfolios);
    smap_free(&g->rolenouns);
    free(g->role_ends.v);
    free(g->portfolio_en.v);
    smap_free(&g->orgwords);
    free(g->orgword.v);
    smap_free(&g->latin);
    free(g->latin_en.v);
    smap_free(&g->ids);
    smap_free(&g->heads);
    smap_free(&g->office_heads);
    smap_free(&g->stops);
    free(g->zeroed[0]);
    free(g->zeroed[1]);
    evg_arena_free(g->arena);
    free(g);
    ctx->gaz = NULL;
}

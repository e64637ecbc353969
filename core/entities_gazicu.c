/*
 * entities_gazicu.c - the gazetteer entries ICU gives (sources 1 and 4 of
 * entities_gaz.c): every ISO 3166 country with its English and Arabic names
 * (uloc_getDisplayCountry, id = lower-case alpha-3), and the exemplar city of
 * every country with a single time zone (nearly always its capital:
 * Asia/Pyongyang, Africa/Nairobi) with its names from ICU's time-zone display
 * data, id = slug of the English name.
 *
 * The zone machinery reads ICU's zone list with the region of each zone in
 * one pass (zone_regions) and the city names once per process
 * (pthread_once); a city whose name is already a key or a stop word is not
 * added.  Reads the key builders of entities_gazkeys.c; exports
 * evg_gaz_load_icu_countries (run first) and evg_gaz_load_icu_cities (run
 * after every table) to entities_gaz.c.
 */
#include "entities_gazload.h"

#include <pthread.h>
#include <stdio.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

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
    evg_gaz_add_key(L, name, GAZ_NAME, e);
    const char *open = strstr(name, " (");
    const char *close = open ? strchr(open, ')') : NULL;
    if (!close) return;
    char *before = evg_xstrndup(name, (size_t)(open - name));
    char *inside = evg_xstrndup(open + 2, (size_t)(close - open - 2));
    evg_gaz_add_key(L, before, GAZ_NAME, e);
    evg_gaz_add_key(L, inside, GAZ_NAME, e);
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
    int e = evg_gaz_entry_get(L->g, id);
    gaz_entry *ent = &L->g->ents.v[e];
    ent->type = "GPE";
    ent->is_country = 1;
    evg_gaz_set_field(L->g, &ent->country, cc);
    evg_gaz_set_field(L->g, &ent->name_en, en);
    evg_gaz_set_field(L->g, &ent->name_ar, ar);
    add_display_name(L, en, e);
    add_display_name(L, ar, e);
}

void evg_gaz_load_icu_countries(loader *L)
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
        if (!evg_gaz_has_alnum(tok[i])) continue;
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
        evg_gaz_smap_put(&cc->taken, evg_arena_strdup(cc->arena, b.p), 1);
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
    int ar_ok = *kar && evg_gaz_smap_get(&cc->taken, kar, strlen(kar)) < 0;
    int en_ok = *ken && evg_gaz_smap_get(&cc->taken, ken, strlen(ken)) < 0;
    if (!ar_ok && !en_ok) return;
    int e = evg_gaz_entry_get(L->g, id);
    gaz_entry *ent = &L->g->ents.v[e];
    if (!*ent->type) {
        ent->type = "GPE";
        evg_gaz_set_field(L->g, &ent->country, code);
        evg_gaz_set_field(L->g, &ent->name_en, en);
        evg_gaz_set_field(L->g, &ent->name_ar, ar);
    }
    if (ar_ok) evg_gaz_add_key(L, ar, GAZ_NAME, e);
    if (en_ok) evg_gaz_add_key(L, en, GAZ_NAME, e);
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

void evg_gaz_load_icu_cities(loader *L)
{
    pthread_once(&icu_cities_once, read_icu_cities);
    city_ctx cc = {L, {0}, evg_arena_new()};
    L->file = "ICU time zones";
    city_taken_init(&cc);
    for (size_t i = 0; i < icu_ncities; i++)
        add_city(&cc, icu_cities[i].a2, icu_cities[i].en, icu_cities[i].ar);
    evg_gaz_smap_free(&cc.taken);
    evg_arena_free(cc.arena);
}

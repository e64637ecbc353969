/*
 * timex_lex.c - the time vocabulary of the tagger: loading and lookup.
 *
 * Owns struct evg_timex_data (ctx->timex): a chained hash table of tx_ent
 * keyed by the folded first word of a phrase.  Sources, in load order:
 *   1. ICU/CLDR month and weekday names: Gregorian months of the locales
 *      ar (Egyptian/Gulf), ar_SY ar_LB ar_IQ (Levantine/Iraqi), ar_DZ ar_TN
 *      (Algerian/Tunisian), ar_MA (Moroccan), ar_MR (Mauritanian) and en
 *      (wide and abbreviated); Hijri months of ar@calendar=islamic and
 *      en@calendar=islamic; weekdays of ar and en.
 *   2. data/months.tsv: spelling variants ICU lacks (يونيه, إبريل, كانون ثاني,
 *      Sept, ...).
 *   3. data/timewords.tsv: relative words, units, ordinals, function words,
 *      tense cues (imperfect verbs are expanded to their persons and numbers);
 *   4. the Arabic imperfect event verbs of data/triggers.tsv (tense cues);
 *   5. data/named_dates.tsv: well-known days used as names (ثورة 25 يناير),
 *      kept as a small list of (day, month, year) in td->named.
 * Every phrase is folded and split with evg_fold_tokens so entries compare
 * byte for byte with document tokens.  Exports evg_timex_load/unload and
 * tx_lex/tx_is (timex_int.h).
 */
#include "timex_int.h"

#include <stdio.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

static uint32_t tx_fnv(const char *s, size_t n)
{
    return evg_hash_bytes(s, n); /* speed: eight bytes a step */
}

static uint32_t tx_hash(const char *s, size_t n)
{
    return tx_fnv(s, n) % TX_HASH_SIZE;
}

/* The chain of the entries whose first word may be s[0..n) (NULL when the
 * filter says none is). */
static const tx_ent *tx_chain(const struct evg_timex_data *td, const char *s, size_t n)
{
    uint32_t f = tx_fnv(s, n), b = f & (TX_FILTER_BITS - 1);
    if (!((td->filter[b >> 6] >> (b & 63)) & 1)) return NULL;
    return td->bucket[f % TX_HASH_SIZE];
}

static int same_entry(const tx_ent *e, char **toks, int n, int kind, int val)
{
    if (e->kind != kind || e->val != val || e->nrest != n - 1) return 0;
    if (strcmp(e->w0, toks[0]) != 0) return 0;
    for (int k = 1; k < n; k++)
        if (strcmp(e->rest[k - 1], toks[k]) != 0) return 0;
    return 1;
}

/* Add a phrase (UTF-8, unfolded) unless the same entry exists. */
static void add_phrase(evg_ctx *ctx, const char *phrase, int kind, int val, int flags)
{
    struct evg_timex_data *td = ctx->timex;
    char **toks = NULL;
    int n = evg_fold_tokens(ctx, phrase, &toks);
    if (n <= 0) goto done;
    uint32_t h = tx_hash(toks[0], strlen(toks[0]));
    for (tx_ent *e = td->bucket[h]; e; e = e->next) {
        if (same_entry(e, toks, n, kind, val)) {
            e->flags |= (uint16_t)flags; /* a table row may mark an ICU name weak */
            goto done;
        }
    }
    tx_ent *e = evg_xcalloc(1, sizeof *e);
    e->w0 = evg_xstrdup(toks[0]);
    e->nrest = n - 1;
    if (n > 1) e->rest = evg_xcalloc((size_t)n - 1, sizeof *e->rest);
    for (int k = 1; k < n; k++) e->rest[k - 1] = evg_xstrdup(toks[k]);
    e->kind = (uint8_t)kind;
    e->val = (int16_t)val;
    e->flags = (uint16_t)flags;
    e->next = td->bucket[h];
    td->bucket[h] = e;
    td->nentries++;
    uint32_t b = tx_fnv(toks[0], strlen(toks[0])) & (TX_FILTER_BITS - 1);
    td->filter[b >> 6] |= (uint64_t)1 << (b & 63);
done:
    if (toks) evg_strv_free(toks, n);
}

/* ---- ICU/CLDR names ---- */

static void add_icu_symbols(evg_ctx *ctx, const char *locale, UDateFormatSymbolType type,
                            int kind, int flags)
{
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_MEDIUM, UDAT_MEDIUM, locale, NULL, -1, NULL, -1, &st);
    if (U_FAILURE(st)) {
        evg_warn(ctx, "ICU has no date symbols for %s: %s", locale, u_errorName(st));
        return;
    }
    int32_t count = udat_countSymbols(df, type);
    for (int32_t i = 0; i < count; i++) {
        UChar u[64];
        char s[256];
        st = U_ZERO_ERROR;
        int32_t n = udat_getSymbols(df, type, i, u, 64, &st);
        if (U_FAILURE(st) || n <= 0) continue;
        u_strToUTF8(s, sizeof s, NULL, u, n, &st);
        if (U_FAILURE(st)) continue;
        /* weekdays: ICU index 1 = Sunday .. 7 = Saturday; months 0-based */
        int val = kind == TX_WEEKDAY ? (i == 1 ? 7 : i - 1) : i + 1;
        if (kind == TX_WEEKDAY && i == 0) continue;
        if ((kind == TX_MONTH || kind == TX_HMONTH) && i >= 12) continue;
        add_phrase(ctx, s, kind, val, flags);
    }
    udat_close(df);
}

static void load_icu_names(evg_ctx *ctx)
{
    static const char *ar_locales[] = {"ar", "ar_SY", "ar_LB", "ar_IQ", "ar_DZ",
                                       "ar_TN", "ar_MA", "ar_MR"};
    for (size_t i = 0; i < sizeof ar_locales / sizeof *ar_locales; i++)
        add_icu_symbols(ctx, ar_locales[i], UDAT_MONTHS, TX_MONTH, 0);
    add_icu_symbols(ctx, "en", UDAT_MONTHS, TX_MONTH, TX_F_EN);
    add_icu_symbols(ctx, "en", UDAT_SHORT_MONTHS, TX_MONTH, TX_F_EN);
    add_icu_symbols(ctx, "ar@calendar=islamic", UDAT_MONTHS, TX_HMONTH, 0);
    add_icu_symbols(ctx, "en@calendar=islamic", UDAT_MONTHS, TX_HMONTH, TX_F_EN);
    add_icu_symbols(ctx, "ar", UDAT_WEEKDAYS, TX_WEEKDAY, 0);
    add_icu_symbols(ctx, "en", UDAT_WEEKDAYS, TX_WEEKDAY, TX_F_EN);
}

/* ---- TSV tables ---- */

static const struct { const char *name; int kind; } kind_names[] = {
    {"month", TX_MONTH}, {"hmonth", TX_HMONTH}, {"weekday", TX_WEEKDAY}, {"ord", TX_ORD},
    {"card", TX_CARD}, {"rel", TX_REL}, {"unit", TX_UNIT}, {"dir", TX_DIR},
    {"part", TX_PART}, {"season", TX_SEASON}, {"vague", TX_VAGUE}, {"word", TX_WORD},
    {"era", TX_ERA}, {"ampm", TX_AMPM}, {"daypart", TX_DAYPART}, {"future", TX_FUTURE},
    {"past", TX_PAST}, {"notdate", TX_NOTDATE}, {"approx", TX_APPROX}, {"decade", TX_DECADE},
    {"imperf", TX_IMPERF}, {"span", TX_SPAN}, {"weekend", TX_WEEKEND}, {"half", TX_HALF}, {"eve", TX_EVE},
    {"notverb", TX_NOTVERB}, {"named", TX_NAMED},
    {"occasion", TX_OCCASION}, {"daytime", TX_DAYTIME}};

static int parse_kind(const char *s)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
        if (strcmp(kind_names[i].name, s) == 0) return kind_names[i].kind;
    return 0;
}

static int parse_flags(const char *s)
{
    int f = 0;
    if (!s) return 0;
    if (strstr(s, "weak")) f |= TX_F_WEAK;
    if (strstr(s, "bare")) f |= TX_F_BARE;
    if (strstr(s, "plural")) f |= TX_F_PLURAL;
    if (strstr(s, "dual")) f |= TX_F_DUAL;
    if (strstr(s, "en")) f |= TX_F_EN;
    const char *c = strstr(s, "count=");
    if (c && atoi(c + 6) > 2 && atoi(c + 6) < 256) f |= TX_F_DUAL | (atoi(c + 6) << TX_F_COUNT_SHIFT);
    return f;
}

/* An imperfect verb given in its 3rd person masculine form (يزور, يلتقي):
 * the person prefixes ي ت ن and the dual and plural endings -ان -ون -وا
 * (a weak final ي drops before -ون -وا: يلتقون). */
static void add_imperfect(evg_ctx *ctx, const char *form, int val)
{
    static const char *prefixes[] = {"\xd9\x8a", "\xd8\xaa", "\xd9\x86"};           /* ي ت ن */
    static const char *endings[] = {"", "\xd8\xa7\xd9\x86", "\xd9\x88\xd9\x86", "\xd9\x88\xd8\xa7"}; /* ان ون وا */
    size_t n = strlen(form);
    if (n < 6 || n > 60 || memcmp(form, prefixes[0], 2) != 0 || strchr(form, ' ')) return;
    int weak = memcmp(form + n - 2, prefixes[0], 2) == 0;
    for (size_t p = 0; p < 3; p++) {
        for (size_t k = 0; k < 4; k++) {
            char buf[80];
            size_t stem = n - 2 - (weak && k >= 2 ? 2 : 0);
            snprintf(buf, sizeof buf, "%s%.*s%s", prefixes[p], (int)stem, form + 2, endings[k]);
            add_phrase(ctx, buf, TX_IMPERF, val, 0);
        }
    }
}

/* The Arabic imperfect verbs of data/triggers.tsv (rows with pos "pres"),
 * but not its statement verbs (class "speech": "يقول المسؤولون إن ..."
 * reports the past).  The table belongs to the event stage; a missing
 * table or a row of another shape is skipped. */
static void load_trigger_verbs(evg_ctx *ctx)
{
    size_t len;
    const char *data = evg_data_find("triggers.tsv", &len);
    if (!data) return;
    evg_tsv t;
    char *f[5];
    evg_tsv_init(&t, "triggers.tsv", data, len);
    while (evg_tsv_next(&t, f, 5) >= 5)
        if (strcmp(f[1], "ar") == 0 && strcmp(f[2], "pres") == 0 && strcmp(f[4], "speech") != 0)
            add_imperfect(ctx, f[0], 1);
    evg_tsv_free(&t);
}

/* Rows: phrase, kind, value, flags (optional). */
static int load_table(evg_ctx *ctx, const char *name)
{
    size_t len;
    const char *data = evg_data_find(name, &len);
    if (!data) return evg_error(ctx, EVG_EDATA, "embedded table %s is missing", name);
    evg_tsv t;
    char *f[4];
    int nf, rc = 0;
    evg_tsv_init(&t, name, data, len);
    while ((nf = evg_tsv_next(&t, f, 4)) > 0) {
        int kind = nf >= 3 ? parse_kind(f[1]) : 0;
        if (!kind) {
            rc = evg_error(ctx, EVG_EDATA, "%s:%d: expected phrase, kind, value", name, t.line);
            goto done;
        }
        if (kind == TX_IMPERF) add_imperfect(ctx, f[0], atoi(f[2]));
        else add_phrase(ctx, f[0], kind, atoi(f[2]), parse_flags(nf >= 4 ? f[3] : NULL));
    }
done:
    evg_tsv_free(&t);
    return rc;
}

static int parse_calendar(const char *s)
{
    static const char *names[] = {"", "greg", "nth", "easter", "oeaster", "hijri", "hebrew", "chinese", "eid"};
    for (int i = 1; i < (int)(sizeof names / sizeof *names); i++)
        if (strcmp(names[i], s) == 0) return i;
    return 0;
}

/* Rows: phrase, calendar, month, day, length, flags, and for a country's
 * holiday the words of that country (consecutive rows of one phrase). */
static int load_holidays(evg_ctx *ctx)
{
    const char *name = "holidays.tsv";
    size_t len;
    const char *data = evg_data_find(name, &len);
    if (!data) return evg_error(ctx, EVG_EDATA, "embedded table %s is missing", name);
    evg_tsv t;
    char *f[7], prev[128] = "";
    int nf, rc = 0, first = 0;
    evg_tsv_init(&t, name, data, len);
    while ((nf = evg_tsv_next(&t, f, 7)) > 0) {
        tx_holiday h = {nf >= 4 ? parse_calendar(f[1]) : 0, 0, 0, 1, 0, ""};
        if (!h.cal) {
            rc = evg_error(ctx, EVG_EDATA, "%s:%d: expected phrase, calendar, month, day", name, t.line);
            goto done;
        }
        h.month = atoi(f[2]);
        h.day = atoi(f[3]);
        if (nf >= 5 && atoi(f[4]) > 0) h.len = atoi(f[4]);
        if (nf >= 7 && f[6][0]) { /* a country's day: rows of one phrase form a group */
            if (strcmp(prev, f[0]) != 0) first = (int)ctx->timex->hol.n;
            h.group = first + 1;
            snprintf(h.where, sizeof h.where, "%s", f[6]);
        }
        snprintf(prev, sizeof prev, "%s", f[0]);
        evg_vec_push(&ctx->timex->hol, h);
        add_phrase(ctx, f[0], TX_HOLIDAY, (int)ctx->timex->hol.n - 1, parse_flags(nf >= 6 ? f[5] : NULL));
    }
done:
    evg_tsv_free(&t);
    return rc;
}

/* Rows: day, month, year, naming noun or -, what happened (data/named_dates.tsv). */
static int load_named(evg_ctx *ctx)
{
    const char *name = "named_dates.tsv";
    size_t len;
    const char *data = evg_data_find(name, &len);
    if (!data) return 0; /* a build without the table: no day is named */
    evg_tsv t;
    char *f[5];
    int nf, rc = 0;
    evg_tsv_init(&t, name, data, len);
    while ((nf = evg_tsv_next(&t, f, 5)) > 0) {
        tx_named n = {nf >= 4 ? atoi(f[2]) : 0, nf >= 4 ? atoi(f[1]) : 0, atoi(f[0]), NULL};
        if (n.y < 1000 || n.m < 1 || n.m > 12 || n.d < 0 || n.d > 31) {
            rc = evg_error(ctx, EVG_EDATA, "%s:%d: expected day, month, year, noun", name, t.line);
            goto done;
        }
        if (strcmp(f[3], "-") != 0) n.noun = evg_fold_string(ctx, f[3]);
        evg_vec_push(&ctx->timex->named, n);
    }
done:
    evg_tsv_free(&t);
    return rc;
}

int evg_timex_load(evg_ctx *ctx)
{
    int rc;
    ctx->timex = evg_xcalloc(1, sizeof *ctx->timex);
    load_icu_names(ctx);
    if ((rc = load_table(ctx, "months.tsv")) != 0) return rc;
    if ((rc = load_table(ctx, "timewords.tsv")) != 0) return rc;
    load_trigger_verbs(ctx);
    if ((rc = load_named(ctx)) != 0) return rc;
    return load_holidays(ctx);
}

void evg_timex_unload(evg_ctx *ctx)
{
    if (!ctx || !ctx->timex) return;
    for (size_t b = 0; b < TX_HASH_SIZE; b++) {
        tx_ent *e = ctx->timex->bucket[b];
        while (e) {
            tx_ent *next = e->next;
            evg_strv_free(e->rest, e->nrest);
            free(e->w0);
            free(e);
            e = next;
        }
    }
    free(ctx->timex->hol.v);
    for (size_t k = 0; k < ctx->timex->named.n; k++) free(ctx->timex->named.v[k].noun);
    free(ctx->timex->named.v);
    free(ctx->timex);
    ctx->timex = NULL;
}

/* ---- lookup ---- */

/* Longest entry of kind whose first word is s[0..n) at token i. */
static int lookup_form(const evg_doc *doc, const char *s, size_t n, size_t i, size_t end,
                       int kind, const tx_ent **out)
{
    int best = 0;
    for (const tx_ent *e = tx_chain(doc->ctx->timex, s, n); e; e = e->next) {
        if (e->kind != kind || !evg_key_eq(e->w0, s, n)) continue;
        if (i + 1 + (size_t)e->nrest > end) continue;
        int k = 0;
        while (k < e->nrest && evg_tok_is(doc, i + 1 + (size_t)k, e->rest[k])) k++;
        if (k == e->nrest && 1 + k > best) {
            best = 1 + k;
            *out = e;
        }
    }
    return best;
}

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_ALEF "\xd8\xa7"

static int starts(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n > m + 2 && memcmp(s, p, m) == 0;
}

/* Try the form s, then s without ب/ل/ك (and لل -> ال). */
static int lookup_inner(const evg_doc *doc, const char *s, size_t n, size_t i, size_t end,
                        int kind, const tx_ent **out)
{
    int r = lookup_form(doc, s, n, i, end, kind, out);
    if (r) return r;
    if (starts(s, n, AR_LAM AR_LAM)) { /* لل = ل + ال: "لليوم الوطني" is ل + "اليوم الوطني" */
        char buf[128];
        if (n >= sizeof buf) return 0;
        memcpy(buf, AR_ALEF, 2);
        memcpy(buf + 2, s + 2, n - 2);
        r = lookup_form(doc, buf, n, i, end, kind, out);
        if (r) return r;
    }
    if (starts(s, n, AR_BA) || starts(s, n, AR_LAM) || starts(s, n, AR_KAF))
        return lookup_form(doc, s + 2, n - 2, i, end, kind, out);
    return 0;
}

/* Bytes of an English possessive ending ('s, ’s) of a Latin word, else 0. */
static size_t possessive_len(const evg_token *t, const char *s, size_t n)
{
    if (t->script != EVG_SCRIPT_LATN) return 0;
    if (n > 3 && memcmp(s + n - 2, "'s", 2) == 0) return 2;
    if (n > 5 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0) return 4;
    return 0;
}

int tx_lex(const evg_doc *doc, size_t i, size_t end, int kind, const tx_ent **out)
{
    if (i >= end || i >= doc->tokens.n) return 0;
    const evg_token *t = &doc->tokens.v[i];
    if (t->kind != EVG_TOK_WORD) return 0;
    size_t n;
    const char *s = evg_tok_text(doc, t, &n);
    int r = lookup_inner(doc, s, n, i, end, kind, out);
    size_t p = possessive_len(t, s, n);
    if (!r && p) return lookup_form(doc, s, n - p, i, i + 1, kind, out); /* Friday's, yesterday's */
    if (r || t->script != EVG_SCRIPT_ARAB) return r;
    if (starts(s, n, AR_WAW) || starts(s, n, AR_FA))
        return lookup_inner(doc, s + 2, n - 2, i, end, kind, out);
    return 0;
}

/* Kinds of the entries whose first word is s[0..n). */
static uint32_t mask_form(const evg_doc *doc, const char *s, size_t n)
{
    uint32_t m = 0;
    for (const tx_ent *e = tx_chain(doc->ctx->timex, s, n); e; e = e->next)
        if (evg_key_eq(e->w0, s, n)) m |= 1u << e->kind;
    return m;
}

/* The forms lookup_inner tries. */
static uint32_t mask_inner(const evg_doc *doc, const char *s, size_t n)
{
    uint32_t m = mask_form(doc, s, n);
    if (starts(s, n, AR_LAM AR_LAM) && n < 128) { /* لل = ل + ال (lookup_inner) */
        char buf[128];
        memcpy(buf, AR_ALEF, 2);
        memcpy(buf + 2, s + 2, n - 2);
        m |= mask_form(doc, buf, n);
    }
    if (starts(s, n, AR_BA) || starts(s, n, AR_LAM) || starts(s, n, AR_KAF))
        m |= mask_form(doc, s + 2, n - 2);
    return m;
}

void tx_kind_masks(const evg_doc *doc, uint32_t *out)
{
    for (size_t i = 0; i < doc->tokens.n; i++) {
        const evg_token *t = &doc->tokens.v[i];
        size_t n;
        const char *s = evg_tok_text(doc, t, &n);
        out[i] = 0;
        if (t->kind != EVG_TOK_WORD) continue;
        evg_form *f = evg_tok_form(doc, i); /* speed: asked once per distinct form */
        if (f && f->tx_set) {
            out[i] = f->tx_mask;
            continue;
        }
        size_t p = possessive_len(t, s, n);
        out[i] = mask_inner(doc, s, n) | (p ? mask_form(doc, s, n - p) : 0); /* p = 0: mask_inner asked it */
        if (t->script == EVG_SCRIPT_ARAB && (starts(s, n, AR_WAW) || starts(s, n, AR_FA)))
            out[i] |= mask_inner(doc, s + 2, n - 2);
        if (f) f->tx_mask = out[i], f->tx_set = 1;
    }
}

/* Is s[0..n) the first word of some entry (any kind)? */
static int known(const evg_doc *doc, const char *s, size_t n)
{
    for (const tx_ent *e = tx_chain(doc->ctx->timex, s, n); e; e = e->next)
        if (evg_key_eq(e->w0, s, n)) return 1;
    return 0;
}

int tx_conj_len(const evg_doc *doc, size_t i)
{
    const evg_token *t = &doc->tokens.v[i];
    size_t n;
    const char *s = evg_tok_text(doc, t, &n);
    if (t->script != EVG_SCRIPT_ARAB || known(doc, s, n)) return 0;
    if (!starts(s, n, AR_WAW) && !starts(s, n, AR_FA)) return 0;
    const char *r = s + 2;
    size_t m = n - 2;
    if (known(doc, r, m)) return 2;
    if ((starts(r, m, AR_BA) || starts(r, m, AR_LAM) || starts(r, m, AR_KAF)) && known(doc, r + 2, m - 2))
        return 2;
    return 0;
}

int tx_is(const evg_doc *doc, size_t i, const char *w)
{
    if (i >= doc->tokens.n) return 0;
    if (evg_tok_is(doc, i, w)) return 1;
    size_t n;
    const char *s = evg_tok_text(doc, &doc->tokens.v[i], &n);
    if (!starts(s, n, AR_WAW) && !starts(s, n, AR_FA)) return 0; /* most words: no strlen */
    size_t m = strlen(w);
    return n == m + 2 && memcmp(s + 2, w, m) == 0;
}

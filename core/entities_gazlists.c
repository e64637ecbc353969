/*
 * entities_gazlists.c - the side tables of the gazetteer (source 3 of
 * entities_gaz.c), read after the entries: data/demonyms.tsv (nisba stems
 * inflected here: روسي روسيه روسيون ..., with and without ال),
 * data/titles.tsv, data/gaz_stopwords.tsv, data/gaz_ambiguous.tsv (names and
 * nisbas several countries share), data/gaz_pairs.tsv ("البلدين"),
 * data/gaz_honorifics.tsv, data/gaz_orgheads.tsv, data/given_names.tsv,
 * data/names_latin.tsv (English spellings of Arabic name words, for
 * entities_latin.c), data/gaz_portfolios.tsv, data/gaz_rolenouns.tsv and
 * data/gaz_orgwords.tsv; the capitals linked to their country through
 * their "<country>:capital" office; and the GAZ_COMMON flag of the names
 * data/gaz_capwords.tsv lists (common English words).
 *
 * Reads the entries of the earlier sources (evg_gaz_find_id) and the key
 * builders of entities_gazkeys.c; each evg_gaz_load_* fills its map or keys
 * of struct evg_gazetteer for the entity stages (entities_gaz.h).
 */
#include "entities_gazload.h"

#include <stdio.h>

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
            evg_gaz_key_push(L->g, v, n, kind, country, 0);
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
        if (evg_gaz_is_latin_text(one)) {
            evg_buf plural = {0};
            evg_buf_printf(&plural, "%ss", one);
            evg_gaz_add_key(L, one, kind, country);
            evg_gaz_add_key(L, plural.p, kind, country);
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
    if (e < 0) return evg_gaz_load_fail(L, "unknown country", code);
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
            int latin = evg_gaz_is_latin_text(one);
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

int evg_gaz_load_demonyms(loader *L)
{
    evg_tsv t;
    char *f[4];
    int nf, rc = 0;
    open_table(&t, "demonyms.tsv");
    L->file = "demonyms.tsv";
    while (rc == 0 && (nf = evg_tsv_next(&t, f, 4)) > 0) {
        L->line = t.line;
        int c = country_entry(L, f[0]);
        if (c < 0) rc = c;
        else {
            add_demonym_stems(L, f[1], GAZ_DEMONYM, c);
            evg_gaz_add_keys(L, f[2], GAZ_DEMONYM, c);
            if (!L->g->ents.v[c].adj_en) L->g->ents.v[c].adj_en = first_latin(L->g->arena, f[1], nf > 2 ? f[2] : "");
            if (nf > 3 && *f[3]) L->g->ents.v[c].legislature = evg_arena_strdup(L->g->arena, f[3]);
        }
    }
    evg_tsv_free(&t);
    return rc;
}

enum { T_PHRASE, T_OFFICE, T_ORG, T_TYPE, T_ROLE, T_DEFAULT, T_SYNTH, T_EN, T_N };

static int load_title(loader *L, char **f, int nf)
{
    if (nf < T_EN) return evg_gaz_load_fail(L, "expected 7 or 8 columns in the title row", f[0]);
    if (!evg_gaz_valid_type(f[T_TYPE])) return evg_gaz_load_fail(L, "type must be PER, ORG, GPE or LOC:", f[T_TYPE]);
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
    evg_gaz_add_keys(L, f[T_PHRASE], GAZ_TITLE, (int)L->g->titles.n - 1);
    return 0;
}

int evg_gaz_load_titles(loader *L)
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

void evg_gaz_load_stopwords(loader *L)
{
    evg_tsv t;
    char *f[1];
    open_table(&t, "gaz_stopwords.tsv");
    while (evg_tsv_next(&t, f, 1) > 0) evg_gaz_add_keys(L, f[0], GAZ_STOP, -1);
    evg_tsv_free(&t);
}

/* ---- 3b. pairs, shared names, honorifics, organisation heads ---- */

/* Every phrase of a one-column table as a key of kind (target -1). */
void evg_gaz_load_phrases(loader *L, const char *name, int kind)
{
    evg_tsv t;
    char *f[1];
    open_table(&t, name);
    while (evg_tsv_next(&t, f, 1) > 0) evg_gaz_add_keys(L, f[0], kind, -1);
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

int evg_gaz_load_ambiguous(loader *L)
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
            if (nf > 2) evg_gaz_add_keys(L, f[2], GAZ_AMBIG, nam);
        }
    }
    evg_tsv_free(&t);
    return rc;
}

void evg_gaz_load_honorifics(loader *L)
{
    evg_tsv t;
    char *f[2];
    int nf;
    open_table(&t, "gaz_honorifics.tsv");
    while ((nf = evg_tsv_next(&t, f, 2)) > 0) {
        gaz_honor h = {evg_arena_strdup(L->g->arena, nf > 1 ? f[1] : "")};
        evg_vec_push(&L->g->honors, h);
        evg_gaz_add_keys(L, f[0], GAZ_HONOR, (int)L->g->honors.n - 1);
    }
    evg_tsv_free(&t);
}

void evg_gaz_load_orgheads(loader *L)
{
    evg_tsv t;
    char *f[2];
    open_table(&t, "gaz_orgheads.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        char *k = evg_fold_string(L->ctx, f[0]);
        int v = !strcmp(f[1], "LOC") ? 2 : !strcmp(f[1], "ORG-AR") ? 3 : !strcmp(f[1], "ORG-AR3") ? 5
              : !strcmp(f[1], "ORG-AR1") ? 6 : 1;
        if (k && *k) evg_gaz_smap_put(&L->g->orgheads, evg_arena_strdup(L->g->arena, k), v);
        free(k);
    }
    evg_tsv_free(&t);
}

/* Every |-separated spelling of list (cut up in place), folded, into map
 * with value v; with one_word set a spelling of several words is left out. */
static void put_spellings(loader *L, gaz_smap *map, char *list, int v, int one_word)
{
    char *save = NULL;
    for (char *w = strtok_r(list, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
        char *k = evg_fold_string(L->ctx, w);
        if (k && *k && !(one_word && strchr(k, ' '))) evg_gaz_smap_put(map, evg_arena_strdup(L->g->arena, k), v);
        free(k);
    }
}

/* Every |-separated spelling of data/given_names.tsv and of its Latin-only
 * complement data/given_names_more_en.tsv, folded, into g->given: 2 for
 * a name of the Slavic, Caucasian or Central Asian world (column 2 "F"),
 * else 1. */
void evg_gaz_load_given_names(loader *L)
{
    static const char *const tables[] = {"given_names.tsv", "given_names_more_en.tsv"};
    evg_tsv t;
    char *f[2];
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
        open_table(&t, tables[i]);
        while (evg_tsv_next(&t, f, 2) > 0) put_spellings(L, &L->g->given, f[0], f[1] && !strcmp(f[1], "F") ? 2 : 1, 1);
        evg_tsv_free(&t);
    }
}

/* One Arabic spelling w of a name with English spelling en into g->latin
 * (the first spelling listed wins). */
static void put_latin(loader *L, const char *w, const char *en)
{
    char *k = evg_fold_string(L->ctx, w);
    if (k && *k && (unsigned char)k[0] >= 0xD8 && evg_gaz_smap_get(&L->g->latin, k, strlen(k)) < 0) {
        evg_vec_push(&L->g->latin_en, en);
        evg_gaz_smap_put(&L->g->latin, evg_arena_strdup(L->g->arena, k), (int)L->g->latin_en.n - 1);
    }
    free(k);
}

/* English spellings of Arabic name words: data/names_latin.tsv (Arabic
 * spellings | separated, English), then every row of data/given_names.tsv
 * (its Arabic spellings take its first Latin one). */
void evg_gaz_load_latin_names(loader *L)
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
void evg_gaz_load_orgwords(loader *L)
{
    evg_tsv t;
    char *f[3];
    open_table(&t, "gaz_orgwords.tsv");
    while (evg_tsv_next(&t, f, 3) == 3) {
        gaz_orgword w = {f[1][0], evg_arena_strdup(L->g->arena, f[2])};
        evg_vec_push(&L->g->orgword, w);
        put_spellings(L, &L->g->orgwords, f[0], (int)L->g->orgword.n - 1, 0);
    }
    evg_tsv_free(&t);
}

/* The English role nouns of data/gaz_rolenouns.tsv: words of class R and X,
 * folded, into g->rolenouns (value: the class letter); endings of class E
 * into g->role_ends. */
void evg_gaz_load_rolenouns(loader *L)
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
            evg_gaz_smap_put(&L->g->rolenouns, evg_arena_strdup(L->g->arena, k), f[1][0]);
        }
        free(k);
    }
    evg_tsv_free(&t);
}

/* The portfolios of data/gaz_portfolios.tsv: every spelling, folded, into
 * g->portfolios, its English name into g->portfolio_en. */
void evg_gaz_load_portfolios(loader *L)
{
    evg_tsv t;
    char *f[2];
    open_table(&t, "gaz_portfolios.tsv");
    while (evg_tsv_next(&t, f, 2) == 2) {
        const char *en = evg_arena_strdup(L->g->arena, f[1]);
        evg_vec_push(&L->g->portfolio_en, en);
        put_spellings(L, &L->g->portfolios, f[0], (int)L->g->portfolio_en.n - 1, 0);
    }
    evg_tsv_free(&t);
}

/* Entries holding "<country>:capital" know their country. */
void evg_gaz_link_capitals(struct evg_gazetteer *g)
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

/* ---- names that are also common words ---- */

/* Is folded key word t, or t without its accents ("réunion"), one of the
 * n folded words w? */
static int capword_listed(const char *t, char **w, int n)
{
    char *plain = evg_gaz_latin_unaccented(t);
    int hit = 0;
    for (int i = 0; i < n && !hit; i++) hit = !strcmp(t, w[i]) || (plain && !strcmp(plain, w[i]));
    free(plain);
    return hit;
}

/* Flag GAZ_COMMON on every one-word Latin name key whose word (also without
 * its accents) data/gaz_capwords.tsv lists; run after every source of names,
 * ICU's countries and cities included. */
void evg_gaz_mark_capwords(loader *L)
{
    evg_tsv t;
    char *f[2], *w[128];
    int n = 0;
    open_table(&t, "gaz_capwords.tsv");
    while (n < 128 && evg_tsv_next(&t, f, 2) > 0)
        if ((w[n] = evg_fold_string(L->ctx, f[0]))) n++;
    evg_tsv_free(&t);
    for (size_t k = 0; k < L->g->keys.n; k++) {
        gaz_key *key = &L->g->keys.v[k];
        if (key->kind == GAZ_NAME && key->ntok == 1 && (key->flags & GAZ_LATIN) && capword_listed(key->tok[0], w, n))
            key->flags |= GAZ_COMMON;
    }
    for (int i = 0; i < n; i++) free(w[i]);
}

/*
 * entities_gazkeys.c - building gazetteer keys and entries, the first step
 * every source of the gazetteer shares: a name folded and tokenised with
 * evg_fold_tokens exactly as document text is (punctuation dropped), filed
 * with its skeleton (evg_gaz_skel), a Latin name also without its accents
 * and with the other spelling of its article ("al-Sisi", "el-Sisi"); the
 * entry of an id, found or made; the error message of a bad row.
 *
 * Reads the string map (entities_gazmap.c) and the folding of internal.h;
 * leaves to the source files (entities_gazicu.c, entities_gazrows.c,
 * entities_gazlists.c) what to add, and to entities_gaz.c the index of the
 * keys by first token.  Exports the evg_gaz_* builders of entities_gazload.h.
 */
#include "entities_gazload.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int evg_gaz_load_fail(loader *L, const char *fmt, const char *what)
{
    return evg_error(L->ctx, EVG_EDATA, "%s:%d: %s '%s'", L->file, L->line, fmt, what);
}

/* 1 when the folded token has a letter or digit (else it is punctuation). */
int evg_gaz_has_alnum(const char *s)
{
    size_t n = strlen(s), i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        if (c >= 0 && u_isalnum(c)) return 1;
    }
    return 0;
}

int evg_gaz_is_latin_text(const char *s)
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

void evg_gaz_key_push(struct evg_gazetteer *g, char **tok, int n, int kind, int target, int flags)
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
    if (swapped) evg_gaz_key_push(g, alt, n, GAZ_NAME, target, flags);
}

/* Fold text into tokens (punctuation dropped) and add it as a key. */
void evg_gaz_add_key(loader *L, const char *text, int kind, int target)
{
    char **tok = NULL;
    int n = evg_fold_tokens(L->ctx, text, &tok), m = 0;
    for (int i = 0; i < n; i++) {
        if (evg_gaz_has_alnum(tok[i])) tok[m++] = tok[i];
        else free(tok[i]);
    }
    int flags = 0;
    if (evg_gaz_is_latin_text(text)) flags |= GAZ_LATIN | (is_acronym(text) ? GAZ_UPPER : 0);
    if (kind == GAZ_NAME && m > 1 && (flags & GAZ_LATIN) && all_words_capitalised(text)) flags |= GAZ_CAPS;
    size_t len = strlen(text);
    if (kind == GAZ_STOP && len >= 2 && !memcmp(text + len - 2, "\xD9\x89", 2)) flags |= GAZ_MAKSURA;
    if (m > 0 && m <= 12) evg_gaz_key_push(L->g, tok, m, kind, target, flags);
    if (m > 1 && m <= 12 && kind == GAZ_NAME && (flags & GAZ_LATIN)) push_other_article(L->g, tok, m, target, flags);
    evg_strv_free(tok, m);
}

/* A Latin name without its accents ("Luiz Inácio" -> "Luiz Inacio",
 * "Várhelyi", "Yılmaz"): the text of its NFD form without combining marks,
 * dotless i as i; NULL when it has none (or is not Latin). */
char *evg_gaz_latin_unaccented(const char *text)
{
    UChar u[512], v[1024], w[1024];
    int32_t n = 0, m = 0, k = 0;
    UErrorCode e = U_ZERO_ERROR;
    const unsigned char *c = (const unsigned char *)text;
    while (*c && *c < 0x80) c++;
    if (!*c || !evg_gaz_is_latin_text(text)) return NULL;
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
void evg_gaz_add_keys(loader *L, const char *list, int kind, int target)
{
    const char *p = list;
    while (p && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        char *one = evg_xstrndup(p, n), *plain = *one ? evg_gaz_latin_unaccented(one) : NULL;
        if (*one) evg_gaz_add_key(L, one, kind, target);
        if (plain) evg_gaz_add_key(L, plain, kind, target);
        free(plain);
        free(one);
        p = bar ? bar + 1 : NULL;
    }
}

int evg_gaz_entry_get(struct evg_gazetteer *g, const char *id)
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
    evg_gaz_smap_put(&g->ids, g->ents.v[e].id, e);
    return e;
}

/* Set *dst to s (arena copy) unless s is empty. */
void evg_gaz_set_field(struct evg_gazetteer *g, const char **dst, const char *s)
{
    if (s && *s) *dst = evg_arena_strdup(g->arena, s);
}

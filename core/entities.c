/*
 * entities.c - actor recognition: fills doc->entities and doc->mentions from
 * the gazetteer (entities_gaz.c).
 *
 * One left-to-right pass over the tokens.  At each word the longest key of
 * the gazetteer that starts there wins (keys are folded token sequences; a
 * hyphen or dot between two name tokens is skipped, an English possessive
 * 's on the last token is allowed).  Only when the whole token starts no key
 * is one proclitic chain (و ف ب ل ك وال بال لل ...) stripped, and only if the
 * rest is at least three letters and starts a key; an article ال is
 * accepted only when the original text has a bare alef there, so ألمانيا
 * never loses "ال".  Stop words (على إلى أن من ...) never start a one-token
 * name.
 *
 * A title phrase ("وزير الخارجية", "foreign minister") takes a qualifier -
 * a demonym, a country or an organisation, after it in Arabic ("الروسي",
 * "كوريا الشمالية", "في كوريا الجنوبية", "لحلف الناتو") and before it in
 * English ("Russian", "North Korea's", "Kremlin").  A person name right
 * after the title wins; a name the gazetteer does not know becomes a new
 * person with a transliterated id and the title's country and role.
 * Without a name the title stands for whoever held the office
 * ("rus:foreign_minister") on the sentence's reference date, or for an
 * entity made from the office ("irn-foreign-ministry"), or, unqualified,
 * for the last entity that held the same title in the document.
 *
 * After a full foreign person name, or a name found after a title, its
 * first and last words alone also name that person for the rest of the
 * document (شين after شين وون-سيك), unless two people share the word.
 *
 * Entities are one per id per document; gazetteer strings are borrowed from
 * the context, new strings live in the document arena.  Exports
 * evg_entities_run.
 */
#include "entities_gaz.h"

#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

typedef struct span {      /* a key found in the text */
    int key;
    int32_t first, end;    /* tokens [first, end) */
    int32_t os, oe;        /* original bytes */
} span;

typedef struct qual {      /* what a title is qualified by */
    int entry;             /* gazetteer entry, -1 for none */
    int is_org;
    int32_t end;           /* token after the qualifier (Arabic order) */
    int32_t oe;
} qual;

typedef struct local_alias { const char *s; size_t n; int32_t ent; } local_alias;
typedef struct antecedent { const char *office; int32_t ent; } antecedent;

typedef struct scan {
    evg_doc *d;
    const struct evg_gazetteer *g;
    int32_t *by_entry;            /* gazetteer entry -> doc entity + 1 */
    uint8_t *in_timex;            /* token -> 1 inside a time expression */
    EVG_VEC(local_alias) local;   /* name words of persons found after titles */
    EVG_VEC(antecedent) ante;     /* last entity of each title office */
    UTransliterator *tr;
} scan;

/* ---- tokens ---- */

static const char *tok_str(const evg_doc *d, int32_t i, size_t *n)
{
    return evg_tok_text(d, &d->tokens.v[i], n);
}

static int same_sent(const evg_doc *d, int32_t a, int32_t b)
{
    return b >= 0 && (size_t)b < d->tokens.n && d->tokens.v[a].sent == d->tokens.v[b].sent;
}

/* A hyphen or dot that may sit inside a name (وون-سيك, Jong-un). */
static int is_joiner(const evg_doc *d, int32_t j)
{
    if ((size_t)j >= d->tokens.n || d->tokens.v[j].kind != EVG_TOK_PUNCT) return 0;
    return evg_tok_is(d, (size_t)j, "-") || evg_tok_is(d, (size_t)j, "\xE2\x80\x90") ||
           evg_tok_is(d, (size_t)j, "\xE2\x80\x91") || evg_tok_is(d, (size_t)j, ".");
}

static int is_comma(const evg_doc *d, int32_t j)
{
    return evg_tok_is(d, (size_t)j, ",") || evg_tok_is(d, (size_t)j, "\xD8\x8C");
}

/* No lower-case ASCII letter in the token's original text. */
static int tok_upper(const evg_doc *d, int32_t j)
{
    const evg_token *t = &d->tokens.v[j];
    for (int32_t p = t->os; p < t->oe; p++)
        if (d->raw.p[p] >= 'a' && d->raw.p[p] <= 'z') return 0;
    return 1;
}

static int possessive(const char *s, size_t n)
{
    return (n == 2 && s[0] == '\'' && s[1] == 's') || (n == 4 && !memcmp(s, "\xE2\x80\x99s", 4));
}

/* The token ends in an English possessive ('s or ’s). */
static int possessive_end(const char *s, size_t n)
{
    return (n > 2 && possessive(s + n - 2, 2)) || (n > 4 && possessive(s + n - 4, 4));
}

static size_t count_letters(const char *s, size_t n)
{
    size_t i = 0, c = 0;
    while (i < n) {
        UChar32 cp;
        U8_NEXT(s, i, (int32_t)n, cp);
        c++;
    }
    return c;
}

/* Byte offset in the original text after the first n letters of token t
 * (harakat, tatweel and invisible marks belong to the letter before them). */
static int32_t orig_after_letters(const evg_doc *d, const evg_token *t, int n)
{
    int32_t p = t->os;
    int seen = 0;
    while (p < t->oe) {
        int32_t q = p;
        UChar32 c;
        U8_NEXT(d->raw.p, q, t->oe, c);
        int mark = c == 0x0640 || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK ||
                   u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
        if (!mark && seen == n) break;
        if (!mark) seen++;
        p = q;
    }
    return p;
}

/* 1 when the original token has a bare article ال after its first n letters. */
static int orig_article_at(const evg_doc *d, const evg_token *t, int n)
{
    int32_t p = orig_after_letters(d, t, n);
    UChar32 a, l;
    if (p >= t->oe) return 0;
    U8_NEXT(d->raw.p, p, t->oe, a);
    if (a != 0x0627 && a != 0x0671) return 0;
    p = orig_after_letters(d, t, n + 1);
    if (p >= t->oe) return 0;
    U8_NEXT(d->raw.p, p, t->oe, l);
    return l == 0x0644;
}

/* ---- key matching ---- */

static int text_eq(const char *s, size_t n, const gaz_key *k, int i)
{
    const char *kt = (k->flags & GAZ_LOOSE) ? k->skel[i] : k->tok[i];
    size_t kn = strlen(kt);
    char buf[256];
    if (k->flags & GAZ_LOOSE) {
        int m = evg_gaz_skel(s, n, buf, sizeof buf);
        if (m < 0) return 0;
        s = buf;
        n = (size_t)m;
    }
    if (n == kn && memcmp(s, kt, n) == 0) return 1;
    return (k->flags & GAZ_LATIN) && i == k->ntok - 1 && n > kn && memcmp(s, kt, kn) == 0 &&
           possessive(s + kn, n - kn);
}

static int case_ok(const evg_doc *d, const gaz_key *k, int32_t j, int i)
{
    if ((k->flags & GAZ_UPPER) && !tok_upper(d, j)) return 0;
    if (i == 0 && (k->flags & GAZ_LATIN) && k->kind != GAZ_TITLE && !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return 0;
    return 1;
}

/* End token of key k matched at token i whose (possibly stripped) text is
 * s[0..n), or -1. */
static int32_t key_end(const evg_doc *d, const gaz_key *k, int32_t i, const char *s, size_t n)
{
    if (!text_eq(s, n, k, 0) || !case_ok(d, k, i, 0)) return -1;
    int32_t j = i + 1;
    for (int t = 1; t < k->ntok; t++, j++) {
        if (is_joiner(d, j) && same_sent(d, i, j + 1)) j++;
        if (!same_sent(d, i, j) || d->tokens.v[j].kind == EVG_TOK_PUNCT) return -1;
        size_t m;
        const char *ts = tok_str(d, j, &m);
        if (!text_eq(ts, m, k, t) || !case_ok(d, k, j, t)) return -1;
    }
    return j;
}

static int kind_rank(int kind)
{
    return kind == GAZ_NAME ? 3 : kind == GAZ_TITLE ? 2 : kind == GAZ_DEMONYM ? 1 : 0;
}

/* Longest key of a kind in mask starting at token i read as s[0..n). */
static int best_key(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end)
{
    char sk[256];
    int m = evg_gaz_skel(s, n, sk, sizeof sk), best = -1;
    int32_t bend = -1;
    for (int k = m < 0 ? -1 : evg_gaz_bucket(st->g, sk, (size_t)m); k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        if (!(key->kind & mask)) continue;
        int32_t e = key_end(st->d, key, i, s, n);
        if (e < 0 || e < bend) continue;
        if (e > bend || kind_rank(key->kind) > kind_rank(st->g->keys.v[best].kind)) {
            best = k;
            bend = e;
        }
    }
    *out_end = bend;
    return best;
}

/* 1 when s[0..n) is the first token of some key (any kind, any length). */
static int starts_key(const scan *st, const char *s, size_t n)
{
    char sk[256];
    int m = evg_gaz_skel(s, n, sk, sizeof sk);
    for (int k = m < 0 ? -1 : evg_gaz_bucket(st->g, sk, (size_t)m); k >= 0; k = st->g->keys.v[k].next)
        if (text_eq(s, n, &st->g->keys.v[k], 0)) return 1;
    return 0;
}

/* 1 when the original token ends in ي U+064A (so it is not a ى word folded). */
static int orig_ends_in_ya(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, "\xD9\x8A", 2);
}

/* Stop word at token k, except a ى word the original spells with ي (علي). */
static int is_stop_tok(const scan *st, int32_t k)
{
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    char sk[256];
    int m = evg_gaz_skel(s, n, sk, sizeof sk);
    for (int i = m < 0 ? -1 : evg_gaz_bucket(st->g, sk, (size_t)m); i >= 0; i = st->g->keys.v[i].next) {
        const gaz_key *key = &st->g->keys.v[i];
        if (key->kind != GAZ_STOP || strlen(key->tok[0]) != n || memcmp(key->tok[0], s, n)) continue;
        return !((key->flags & GAZ_MAKSURA) && orig_ends_in_ya(st->d, k));
    }
    return 0;
}

static int is_stop(const scan *st, const char *s, size_t n)
{
    char sk[256];
    int m = evg_gaz_skel(s, n, sk, sizeof sk);
    for (int k = m < 0 ? -1 : evg_gaz_bucket(st->g, sk, (size_t)m); k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        if (key->kind == GAZ_STOP && strlen(key->tok[0]) == n && !memcmp(key->tok[0], s, n)) return 1;
    }
    return 0;
}

/* Proclitic chains, longest first.  art 1: the chain ends in the article
 * ال; art 2: ل + ال written لل. */
static const struct clitic { const char *s; int art; } clitics[] = {
    {"وال", 1}, {"فال", 1}, {"بال", 1}, {"كال", 1}, {"ولل", 2}, {"فلل", 2}, {"لل", 2},
    {"وب", 0}, {"ول", 0}, {"وك", 0}, {"فب", 0}, {"فل", 0},
    {"و", 0}, {"ف", 0}, {"ب", 0}, {"ل", 0}, {"ك", 0},
};

static int strip_one(const scan *st, int32_t i, const char *s, size_t n, const struct clitic *c,
                     int mask, span *out)
{
    size_t cn = strlen(c->s), letters = count_letters(c->s, cn);
    if (n <= cn || memcmp(s, c->s, cn) != 0 || count_letters(s + cn, n - cn) < 3) return 0;
    const evg_token *t = &st->d->tokens.v[i];
    int keep = c->art == 1 ? (int)letters - 2 : (int)letters;
    if (c->art == 1 && !orig_article_at(st->d, t, keep)) return 0;
    char cand[256];
    int m = snprintf(cand, sizeof cand, "%s%.*s", c->art ? "ال" : "", (int)(n - cn), s + cn);
    if (m < 0 || (size_t)m >= sizeof cand) return 0;
    int32_t end;
    int k = best_key(st, i, cand, (size_t)m, mask, &end);
    if (k < 0) return 0;
    out->key = k;
    out->first = i;
    out->end = end;
    out->os = orig_after_letters(st->d, t, keep);
    out->oe = st->d->tokens.v[end - 1].oe;
    return 1;
}

/* "Russia's": the key without the possessive ending, one-token keys only. */
static int match_possessive(const scan *st, int32_t i, const char *s, size_t n, int mask, span *out)
{
    const evg_doc *d = st->d;
    int32_t end;
    size_t base = n - (s[n - 2] == '\'' ? 2 : 4);
    int k = best_key(st, i, s, base, mask & ~GAZ_TITLE, &end);
    if (k < 0 || st->g->keys.v[k].ntok != 1) return 0;
    *out = (span){k, i, end, d->tokens.v[i].os, d->tokens.v[i].oe};
    return 1;
}

/* The best key of a kind in mask at token i, stripping a proclitic if need be. */
static int match_at(const scan *st, int32_t i, int mask, span *out)
{
    const evg_doc *d = st->d;
    if (i < 0 || (size_t)i >= d->tokens.n || d->tokens.v[i].kind != EVG_TOK_WORD) return 0;
    size_t n;
    const char *s = tok_str(d, i, &n);
    int stop = is_stop(st, s, n), script = d->tokens.v[i].script;
    int32_t end;
    int k = best_key(st, i, s, n, mask, &end);
    if (k >= 0 && !(stop && st->g->keys.v[k].ntok == 1)) {
        *out = (span){k, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe};
        return 1;
    }
    if (k < 0 && script == EVG_SCRIPT_LATN && possessive_end(s, n))
        return match_possessive(st, i, s, n, mask, out);
    if (stop || script != EVG_SCRIPT_ARAB || starts_key(st, s, n)) return 0;
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++)
        if (strip_one(st, i, s, n, &clitics[c], mask, out)) return 1;
    return 0;
}

/* ---- entities and mentions ---- */

static int32_t sent_day(const evg_doc *d, int32_t tok)
{
    int32_t s = d->tokens.v[tok].sent;
    if (s >= 0 && (size_t)s < d->sentences.n) {
        int32_t sec = d->sentences.v[s].section;
        if (sec >= 0 && (size_t)sec < d->sections.n && d->sections.v[sec].dct != EVG_NODATE)
            return d->sections.v[sec].dct;
    }
    return d->dct;
}

static int32_t entity_push(scan *st, const evg_entity *x)
{
    evg_vec_push(&st->d->entities, *x);
    return (int32_t)st->d->entities.n - 1;
}

/* The document entity of gazetteer entry e. */
static int32_t entity_of(scan *st, int e)
{
    if (st->by_entry[e]) return st->by_entry[e] - 1;
    const gaz_entry *g = &st->g->ents.v[e];
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = g->id;
    int en = st->d->lang == EVG_LANG_EN;
    x.name = (en && *g->name_en) || !*g->name_ar ? g->name_en : g->name_ar;
    x.name_en = *g->name_en ? g->name_en : g->name_ar;
    x.type = g->type;
    x.country = g->country;
    x.role = g->role;
    x.first_mention = -1;
    st->by_entry[e] = entity_push(st, &x) + 1;
    return st->by_entry[e] - 1;
}

static int32_t entity_by_id(const scan *st, const char *id)
{
    for (size_t i = 0; i < st->d->entities.n; i++)
        if (!strcmp(st->d->entities.v[i].id, id)) return (int32_t)i;
    return -1;
}

static void add_alias(scan *st, evg_entity *x, int32_t os, int32_t oe)
{
    const char *s = st->d->raw.p + os;
    size_t n = (size_t)(oe - os);
    if (strlen(x->name) == n && !memcmp(x->name, s, n)) return;
    for (size_t i = 0; i < x->aliases.n; i++)
        if (strlen(x->aliases.v[i]) == n && !memcmp(x->aliases.v[i], s, n)) return;
    const char *copy = evg_arena_strndup(st->d->arena, s, n);
    evg_vec_push(&x->aliases, copy);
}

static void add_mention(scan *st, int32_t ent, int32_t first, int32_t end, int32_t os, int32_t oe, int kind)
{
    evg_doc *d = st->d;
    evg_mention m = {ent, first, end, os, oe, d->tokens.v[first].sent, kind};
    evg_vec_push(&d->mentions, m);
    evg_entity *x = &d->entities.v[ent];
    if (x->first_mention < 0) x->first_mention = (int32_t)d->mentions.n - 1;
    if (kind == EVG_MEN_NAME) add_alias(st, x, os, oe);
}

static void local_alias_add(scan *st, int32_t k, int32_t os, int32_t ent);

/* The first and last words of a full foreign name (شين of شين وون-سيك) may
 * come back alone later in the document. */
static void remember_name_words(scan *st, const span *m, int32_t ent)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    if (k->ntok > 1 && (k->flags & GAZ_LOOSE) && !strcmp(st->g->ents.v[k->target].type, "PER")) {
        local_alias_add(st, m->first, m->os, ent);
        local_alias_add(st, m->end - 1, st->d->tokens.v[m->end - 1].os, ent);
    }
}

static int32_t emit_key(scan *st, const span *m, int kind)
{
    int32_t ent = entity_of(st, st->g->keys.v[m->key].target);
    add_mention(st, ent, m->first, m->end, m->os, m->oe, kind);
    if (kind == EVG_MEN_NAME) remember_name_words(st, m, ent);
    return m->end;
}

/* ---- names nobody listed ---- */

static UTransliterator *translit(scan *st)
{
    if (!st->tr) {
        UErrorCode e = U_ZERO_ERROR;
        UParseError pe;
        UChar id[32];
        u_uastrcpy(id, "Any-Latin; Latin-ASCII");
        st->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &pe, &e);
        if (U_FAILURE(e)) st->tr = NULL;
    }
    return st->tr;
}

/* Latin (ASCII) form of s[0..n) into out; "" when ICU cannot do it. */
static void to_ascii(scan *st, const char *s, size_t n, char *out, size_t cap)
{
    UChar buf[512];
    int32_t len = 0, limit;
    UErrorCode e = U_ZERO_ERROR;
    out[0] = '\0';
    UTransliterator *tr = translit(st);
    if (!tr || n > 300) return;
    u_strFromUTF8(buf, 256, &len, s, (int32_t)n, &e);
    limit = len;
    if (U_SUCCESS(e)) utrans_transUChars(tr, buf, &len, 512, 0, &limit, &e);
    if (U_SUCCESS(e)) u_strToUTF8(out, (int32_t)cap - 1, NULL, buf, len, &e);
    if (U_FAILURE(e)) out[0] = '\0';
    out[cap - 1] = '\0';
}

/* Lower-case ASCII slug: letters and digits, runs of anything else as '-'. */
static void slugify(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = c;
        else if (o && out[o - 1] != '-') out[o++] = '-';
    }
    while (o && out[o - 1] == '-') o--;
    out[o] = '\0';
}

/* "shyn wwn-syk" -> "Shyn Wwn-Syk" */
static void capitalise(char *s)
{
    for (int start = 1; *s; s++) {
        if (start && *s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
        start = !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'));
    }
}

/* Indefinite case endings (ـًا ـٌ ـٍ) mark common nouns and adjectives, not names. */
static int has_tanwin(const evg_doc *d, const evg_token *t)
{
    for (int32_t p = t->os; p + 1 < t->oe; p++)
        if ((unsigned char)d->raw.p[p] == 0xD9 && (unsigned char)d->raw.p[p + 1] >= 0x8B &&
            (unsigned char)d->raw.p[p + 1] <= 0x8D)
            return 1;
    return 0;
}

/* May token k be a word of a person's name nobody listed? */
static int name_word_ok(const scan *st, int32_t k, int latin)
{
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    if (t->kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    span m;
    if (match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) || is_stop_tok(st, k)) return 0;
    if (latin) return t->script == EVG_SCRIPT_LATN && (t->flags & EVG_TOKF_CAP);
    if (t->script != EVG_SCRIPT_ARAB || count_letters(s, n) < 2 || has_tanwin(st->d, t)) return 0;
    return !(n >= 4 && !memcmp(s, "ال", 4));
}

/* Tokens [j, *end) of an unlisted name (two to four words, hyphens inside). */
static int unknown_name(const scan *st, int32_t j, int32_t *end)
{
    const evg_doc *d = st->d;
    if ((size_t)j >= d->tokens.n) return 0;
    int latin = d->tokens.v[j].script == EVG_SCRIPT_LATN, words = 0;
    int32_t k = j;
    while ((size_t)k < d->tokens.n && same_sent(d, j, k) && words < 4) {
        if (words && is_joiner(d, k) && !(d->tokens.v[k].flags & EVG_TOKF_SPACE_BEFORE) &&
            (size_t)k + 1 < d->tokens.n && name_word_ok(st, k + 1, latin)) {
            k++;
            continue;
        }
        if (!name_word_ok(st, k, latin)) break;
        words++;
        *end = ++k;
    }
    return words >= 2;
}

/* Remember word k of a person's name (from original byte os on, past any
 * proclitic) for later bare mentions; a word two people share resolves to
 * neither. */
static void local_alias_add(scan *st, int32_t k, int32_t os, int32_t ent)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[k];
    int32_t f = t->fs;
    while (f < t->fe && d->fmap[f] < os) f++;
    const char *s = d->fold + f;
    size_t n = (size_t)(t->fe - f);
    if (t->kind != EVG_TOK_WORD || count_letters(s, n) < 3 || is_stop(st, s, n)) return;
    for (size_t a = 0; a < st->local.n; a++) {
        local_alias *la = &st->local.v[a];
        if (la->n == n && !memcmp(la->s, s, n)) {
            if (la->ent != ent) la->ent = -1;
            return;
        }
    }
    local_alias a = {s, n, ent};
    evg_vec_push(&st->local, a);
}

static void add_local_aliases(scan *st, int32_t first, int32_t end, int32_t ent)
{
    for (int32_t k = first; k < end; k++) local_alias_add(st, k, st->d->tokens.v[k].os, ent);
}

static int32_t new_person(scan *st, int32_t first, int32_t end, const qual *q, const gaz_title *t)
{
    evg_doc *d = st->d;
    int32_t os = d->tokens.v[first].os, oe = d->tokens.v[end - 1].oe;
    char ascii[512], id[256];
    to_ascii(st, d->raw.p + os, (size_t)(oe - os), ascii, sizeof ascii);
    slugify(ascii, id, sizeof id);
    if (!*id) return -1;
    int e = evg_gaz_find_id(st->g, id);
    if (e >= 0) return entity_of(st, e);
    int32_t ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    capitalise(ascii);
    x.name_en = d->tokens.v[first].script == EVG_SCRIPT_LATN ? x.name : evg_arena_strdup(d->arena, ascii);
    x.type = "PER";
    x.country = q->entry >= 0 ? st->g->ents.v[q->entry].country : "";
    x.role = t->role;
    x.first_mention = -1;
    ent = entity_push(st, &x);
    add_local_aliases(st, first, end, ent);
    return ent;
}

/* A bare word of a person found earlier in this document. */
static int32_t local_find(const scan *st, const char *s, size_t n)
{
    for (size_t a = 0; a < st->local.n; a++)
        if (st->local.v[a].n == n && !memcmp(st->local.v[a].s, s, n)) return st->local.v[a].ent;
    return -1;
}

/* A bare word of a person found earlier in this document, also behind one
 * of the proclitics و ف ب ل (وشين). */
static int32_t local_at(scan *st, int32_t i)
{
    static const char *const one[] = {"و", "ف", "ب", "ل"};
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = tok_str(st->d, i, &n);
    int32_t ent = t->kind == EVG_TOK_WORD && st->local.n ? local_find(st, s, n) : -1, skip = 0;
    for (size_t c = 0; ent < 0 && st->local.n && t->script == EVG_SCRIPT_ARAB && c < 4; c++)
        if (n > 2 && !memcmp(s, one[c], 2) && (ent = local_find(st, s + 2, n - 2)) >= 0) skip = 1;
    if (ent >= 0) add_mention(st, ent, i, i + 1, orig_after_letters(st->d, t, skip), t->oe, EVG_MEN_NAME);
    return i + 1;
}

/* ---- titles ---- */

/* Qualifier from a matched key: a demonym, a country or an organisation. */
static int make_qual(const scan *st, const span *m, qual *q)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    if (k->kind != GAZ_DEMONYM && k->kind != GAZ_NAME) return 0;
    if (k->kind == GAZ_NAME && !e->is_country && strcmp(e->type, "ORG") != 0) return 0;
    q->entry = k->target;
    q->is_org = k->kind == GAZ_NAME && !e->is_country;
    q->end = m->end;
    q->oe = m->oe;
    return 1;
}

/* Qualifier written after a title at token j (optionally after في / of). */
static int qual_after(const scan *st, int32_t j, qual *q)
{
    const evg_doc *d = st->d;
    span m;
    int32_t k = j;
    if (evg_tok_is(d, (size_t)k, "في") || evg_tok_is(d, (size_t)k, "of") || evg_tok_is(d, (size_t)k, "for"))
        k++;
    if (!same_sent(d, j - 1, k) || !match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) return 0;
    return make_qual(st, &m, q);
}

/* A listed person's name at token j (after at most one comma). */
static int person_after(const scan *st, int32_t j, span *m)
{
    if (is_comma(st->d, j)) j++;
    if (!same_sent(st->d, j - 1, j) || !match_at(st, j, GAZ_NAME, m)) return 0;
    const gaz_key *k = &st->g->keys.v[m->key];
    return !strcmp(st->g->ents.v[k->target].type, "PER");
}

static int holder_of(const scan *st, const char *office, const qual *q, int32_t day)
{
    if (q->entry < 0 || !*office) return -1;
    char key[256];
    snprintf(key, sizeof key, "%s:%s", st->g->ents.v[q->entry].id, office);
    return evg_gaz_office_holder(st->g, key, day);
}

/* An entity for an office nobody is listed for: "irn-foreign-ministry". */
static int32_t office_entity(scan *st, const gaz_title *t, const char *office, const qual *q,
                             int32_t os, int32_t oe)
{
    evg_doc *d = st->d;
    const gaz_entry *qe = &st->g->ents.v[q->entry];
    char id[256], en[256];
    snprintf(id, sizeof id, "%s-%s", qe->id, office);
    for (char *p = id; *p; p++) if (*p == '_') *p = '-';
    int32_t ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    snprintf(en, sizeof en, "%s %s", *qe->name_en ? qe->name_en : qe->id, office);
    for (char *p = en; *p; p++) if (*p == '_') *p = ' ';
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = d->lang == EVG_LANG_EN ? evg_arena_strdup(d->arena, en)
                                    : evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    x.name_en = evg_arena_strdup(d->arena, en);
    x.type = t->type;
    x.country = qe->country;
    x.role = t->role;
    x.first_mention = -1;
    return entity_push(st, &x);
}

static int32_t antecedent_get(const scan *st, const char *office)
{
    for (size_t i = st->ante.n; i-- > 0;)
        if (!strcmp(st->ante.v[i].office, office)) return st->ante.v[i].ent;
    return -1;
}

static void antecedent_set(scan *st, const char *office, int32_t ent)
{
    antecedent a = {office, ent};
    if (*office && strcmp(office, "self") != 0) evg_vec_push(&st->ante, a);
}

/* Does the unlisted name [first, end) share a word with a name of entry e? */
static int shares_word(const scan *st, int e, int32_t first, int32_t end)
{
    for (int32_t j = first; j < end; j++) {
        size_t n;
        const char *s = tok_str(st->d, j, &n);
        for (int k = st->g->ents.v[e].first_key; k >= 0; k = st->g->keys.v[k].enext) {
            const gaz_key *key = &st->g->keys.v[k];
            for (int t = 0; t < key->ntok; t++)
                if (count_letters(s, n) >= 3 && text_eq(s, n, key, t)) return 1;
        }
    }
    return 0;
}

typedef struct title_hit {
    const gaz_title *t;
    const char *office;          /* the office the title names once qualified */
    qual q;
    int32_t first, end, os, oe;  /* title with its qualifier */
    int32_t name_first, name_end, name_os, name_oe; /* name_first < 0: none */
    int32_t ent;
} title_hit;

/* Who the title stands for when a name follows it or an office holder is known. */
static void title_resolve(scan *st, title_hit *h)
{
    span nm;
    int32_t day = sent_day(st->d, h->first), ue;
    int holder = holder_of(st, h->office, &h->q, day);
    h->name_first = -1;
    h->ent = -1;
    if (!strcmp(h->t->type, "PER") && person_after(st, h->end, &nm)) {
        h->ent = entity_of(st, st->g->keys.v[nm.key].target);
        h->name_first = nm.first, h->name_end = nm.end, h->name_os = nm.os, h->name_oe = nm.oe;
        remember_name_words(st, &nm, h->ent);
        return;
    }
    int32_t j = is_comma(st->d, h->end) ? h->end + 1 : h->end;
    if (strcmp(h->t->type, "PER") != 0) {
        if (holder >= 0) h->ent = entity_of(st, holder);
        return;
    }
    /* an unlisted name makes a new person only when nobody is listed for the
     * office on that day: the dated office table beats the name heuristic
     * ("الرئيس الروسي عما إذا"); a variant spelling of the holder's name
     * (one word in common) is the holder */
    if (h->q.entry >= 0 && same_sent(st->d, h->first, j) && unknown_name(st, j, &ue) &&
        (holder < 0 || shares_word(st, holder, j, ue))) {
        h->ent = holder >= 0 ? entity_of(st, holder) : new_person(st, j, ue, &h->q, h->t);
        h->name_first = j, h->name_end = ue;
        h->name_os = st->d->tokens.v[j].os, h->name_oe = st->d->tokens.v[ue - 1].oe;
        if (h->ent >= 0) return;
        h->name_first = -1;
    }
    if (holder >= 0) h->ent = entity_of(st, holder);
}

static void title_fallback(scan *st, title_hit *h)
{
    if (h->q.entry >= 0 && !strcmp(h->t->office, "self")) h->ent = entity_of(st, h->q.entry);
    else if (h->q.entry >= 0 && h->t->synth && *h->office)
        h->ent = office_entity(st, h->t, h->office, &h->q, h->os, h->oe);
    else if (h->q.entry < 0) h->ent = antecedent_get(st, h->t->office);
}

/* A title at span ts, qualified by pre (English order) or by what follows. */
/* The qualifier, and the office it gives: "نظيره الروسي" (his Russian
 * counterpart) holds the office of the last person title seen. */
static void title_qualify(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    if (pre ? make_qual(st, pre, &h->q) : qual_after(st, ts->end, &h->q)) {
        if (!pre) h->end = h->q.end, h->oe = h->q.oe;
    } else if (*h->t->deflt) {
        h->q.entry = evg_gaz_find_id(st->g, h->t->deflt);
        h->q.is_org = h->q.entry >= 0 && !st->g->ents.v[h->q.entry].is_country;
    }
    h->office = h->q.is_org ? h->t->org_office : h->t->office;
    if (!strcmp(h->office, "counterpart")) h->office = st->ante.n ? st->ante.v[st->ante.n - 1].office : "";
}

static int32_t emit_plain(scan *st, const span *m)
{
    int demonym = st->g->keys.v[m->key].kind == GAZ_DEMONYM;
    return emit_key(st, m, demonym ? EVG_MEN_DEMONYM : EVG_MEN_NAME);
}

static int32_t title_at(scan *st, const span *ts, const span *pre)
{
    title_hit h;
    memset(&h, 0, sizeof h);
    h.t = &st->g->titles.v[st->g->keys.v[ts->key].target];
    h.q.entry = h.name_first = h.ent = -1;
    h.first = pre ? pre->first : ts->first;
    h.os = pre ? pre->os : ts->os;
    h.end = ts->end;
    h.oe = ts->oe;
    title_qualify(st, &h, ts, pre);
    if (strcmp(h.t->office, "self") != 0) title_resolve(st, &h);
    if (h.ent < 0) title_fallback(st, &h);
    if (h.ent < 0) return pre ? emit_plain(st, pre) : ts->end;
    add_mention(st, h.ent, h.first, h.end, h.os, h.oe, EVG_MEN_TITLE);
    if (h.name_first >= 0)
        add_mention(st, h.ent, h.name_first, h.name_end, h.name_os, h.name_oe, EVG_MEN_NAME);
    if (!strcmp(h.t->type, "PER"))
        antecedent_set(st, strcmp(h.t->office, "counterpart") ? h.t->office : h.office, h.ent);
    return h.name_first >= 0 ? h.name_end : h.end;
}

/* ---- the pass ---- */

static int32_t scan_at(scan *st, int32_t i)
{
    span m, t;
    if (!match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) return local_at(st, i);
    const gaz_key *k = &st->g->keys.v[m.key];
    if (k->kind == GAZ_TITLE) return title_at(st, &m, NULL);
    qual q;
    int32_t after = m.end;
    if (evg_tok_is(st->d, (size_t)after, ".") && !(st->d->tokens.v[after].flags & EVG_TOKF_SPACE_BEFORE))
        after++; /* "U.S. Secretary of State" */
    if ((k->flags & GAZ_LATIN) && make_qual(st, &m, &q) && (after > m.end || same_sent(st->d, i, after)) &&
        match_at(st, after, GAZ_TITLE, &t))
        return title_at(st, &t, &m);
    return emit_plain(st, &m);
}

static void mark_timexes(scan *st)
{
    const evg_doc *d = st->d;
    for (size_t i = 0; i < d->timexes.n; i++)
        for (int32_t k = d->timexes.v[i].tok_first; k < d->timexes.v[i].tok_end; k++)
            if (k >= 0 && (size_t)k < d->tokens.n) st->in_timex[k] = 1;
}

int evg_entities_run(evg_doc *d)
{
    if (!d->ctx->gaz) return evg_error(d->ctx, EVG_EDATA, "the gazetteer is not loaded");
    scan st;
    memset(&st, 0, sizeof st);
    st.d = d;
    st.g = d->ctx->gaz;
    st.by_entry = evg_xcalloc(st.g->ents.n + 1, sizeof *st.by_entry);
    st.in_timex = evg_xcalloc(d->tokens.n + 1, 1);
    mark_timexes(&st);
    for (int32_t i = 0; (size_t)i < d->tokens.n;) {
        int32_t next = scan_at(&st, i);
        i = next > i ? next : i + 1; /* every step moves on */
    }
    if (st.tr) utrans_close(st.tr);
    free(st.local.v);
    free(st.ante.v);
    free(st.in_timex);
    free(st.by_entry);
    return 0;
}

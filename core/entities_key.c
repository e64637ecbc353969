/*
 * entities_key.c - actors: tokens, clitics and gazetteer keys.
 *
 * Owns the questions every later rule of the actor pass asks about the
 * text: a token's folded text, sentence and comma tests, possessives,
 * letters counted in the original bytes; which gazetteer key starts at a
 * token (best_key, remembered per token in scan.memo), with one proclitic
 * chain (و ف ب ل ك وال ...) stripped when the whole token starts none
 * (the clitics table); stop words; the spelling variants nobody listed
 * through the consonant skeletons of entities_fuzzy.c; and the word tests
 * the rules of several files share (a capitalised run, an organisation or
 * place head, a given name, a reporting verb, a descriptive adjective, a
 * place cue, the country of an entity).
 * Reads the document's tokens and the context's gazetteer (entities_gaz.c);
 * answers are spans (entities_int.h) that the later files turn into
 * entities and mentions.  Nothing here adds to the document.
 */
#include "entities_int.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

const char *evg_ent_tok_str(const evg_doc *d, int32_t i, size_t *n)
{
    return evg_tok_text(d, &d->tokens.v[i], n);
}

const char *evg_ent_tok_str_from(const evg_doc *d, int32_t i, int32_t os, size_t *n)
{
    const evg_token *t = &d->tokens.v[i];
    int32_t f = t->fs;
    while (f < t->fe && d->fmap[f] < os) f++;
    *n = (size_t)(t->fe - f);
    return d->fold + f;
}

int evg_ent_same_sent(const evg_doc *d, int32_t a, int32_t b)
{
    return a >= 0 && b >= 0 && (size_t)a < d->tokens.n && (size_t)b < d->tokens.n &&
           d->tokens.v[a].sent == d->tokens.v[b].sent;
}

/* A hyphen or dot that may sit inside a name (وون-سيك, Jong-un). */
int evg_ent_is_joiner(const evg_doc *d, int32_t j)
{
    if ((size_t)j >= d->tokens.n || d->tokens.v[j].kind != EVG_TOK_PUNCT) return 0;
    return evg_tok_is(d, (size_t)j, "-") || evg_tok_is(d, (size_t)j, "\xE2\x80\x90") ||
           evg_tok_is(d, (size_t)j, "\xE2\x80\x91") || evg_tok_is(d, (size_t)j, ".");
}

/* Is token j a hyphen with no space on either side, joining the words
 * around it into one ("Anti-Corruption")?  Not a full stop ("U.S."). */
int evg_ent_hyphen_joins(const evg_doc *d, int32_t j)
{
    if (j < 1 || (size_t)j + 1 >= d->tokens.n || !evg_ent_is_joiner(d, j) || evg_tok_is(d, (size_t)j, ".")) return 0;
    return !(d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE) && !(d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE);
}

int evg_ent_is_comma(const evg_doc *d, int32_t j)
{
    return evg_tok_is(d, (size_t)j, ",") || evg_tok_is(d, (size_t)j, "\xD8\x8C");
}

/* No lower-case ASCII letter in the token's original text. */
int evg_ent_tok_upper(const evg_doc *d, int32_t j)
{
    const evg_token *t = &d->tokens.v[j];
    int32_t oe = t->oe;
    /* "UAE's": the possessive ending is not part of the acronym */
    if (oe - t->os > 2 && d->raw.p[oe - 1] == 's' && d->raw.p[oe - 2] == '\'') oe -= 2;
    else if (oe - t->os > 4 && d->raw.p[oe - 1] == 's' && !memcmp(d->raw.p + oe - 4, "\xE2\x80\x99", 3)) oe -= 4;
    for (int32_t p = t->os; p < oe; p++)
        if (d->raw.p[p] >= 'a' && d->raw.p[p] <= 'z') return 0;
    return 1;
}

static int possessive(const char *s, size_t n)
{
    return (n == 2 && s[0] == '\'' && s[1] == 's') || (n == 4 && !memcmp(s, "\xE2\x80\x99s", 4));
}

/* The token ends in an English possessive ('s or ’s). */
int evg_ent_possessive_end(const char *s, size_t n)
{
    return (n > 2 && possessive(s + n - 2, 2)) || (n > 4 && possessive(s + n - 4, 4));
}

size_t evg_ent_count_letters(const char *s, size_t n)
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
int32_t evg_ent_orig_after_letters(const evg_doc *d, const evg_token *t, int n)
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
    int32_t p = evg_ent_orig_after_letters(d, t, n);
    UChar32 a, l;
    if (p >= t->oe) return 0;
    U8_NEXT(d->raw.p, p, t->oe, a);
    if (a != 0x0627 && a != 0x0671) return 0;
    p = evg_ent_orig_after_letters(d, t, n + 1);
    if (p >= t->oe) return 0;
    U8_NEXT(d->raw.p, p, t->oe, l);
    return l == 0x0644;
}

/* ---- key matching ---- */

/* evg_key_eq(z, skeleton of s, n) without copying s: غ (D8 BA) in s reads
 * as ج (D8 AC); a text too long for evg_gaz_skel's buffer equals no key. */
static int skel_eq(const char *z, const char *s, size_t n)
{
    if (n + 1 > 256) return 0;
    for (size_t j = 0; j < n; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c == 0xBA && j && (unsigned char)s[j - 1] == 0xD8) c = 0xAC;
        if ((unsigned char)z[j] != c || !z[j]) return 0;
    }
    return z[n] == '\0';
}

int evg_ent_text_eq(const char *s, size_t n, const gaz_key *k, int i)
{
    if ((k->flags & (GAZ_LOOSE | GAZ_LATIN)) == GAZ_LOOSE) return skel_eq(k->skel[i], s, n); /* speed */
    const char *kt = (k->flags & GAZ_LOOSE) ? k->skel[i] : k->tok[i];
    char buf[256];
    if (k->flags & GAZ_LOOSE) {
        int m = evg_gaz_skel(s, n, buf, sizeof buf);
        if (m < 0) return 0;
        s = buf;
        n = (size_t)m;
    }
    if (evg_key_eq(kt, s, n)) return 1;
    if (!(k->flags & GAZ_LATIN) || i != k->ntok - 1) return 0;
    size_t kn = strlen(kt);
    return n > kn && memcmp(s, kt, kn) == 0 && possessive(s + kn, n - kn);
}

/* A lower-case English noun of state bodies: after a demonym it names the
 * country's body, not a capitalised name that ends in the same word. */
static int generic_body_word(const evg_doc *d, int32_t j)
{
    static const char *const w[] = {"forces", "force", "army", "guard", "police", "government", "ministry",
                                    "council", "command", "navy", "authority", "authorities", "party"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (evg_tok_is(d, (size_t)j, w[k])) return 1;
    return 0;
}

static int case_ok(const evg_doc *d, const gaz_key *k, int32_t j, int i)
{
    if ((k->flags & GAZ_UPPER) && !evg_ent_tok_upper(d, j)) return 0;
    if ((k->flags & GAZ_CAPS) && i > 0 && d->tokens.v[j].script == EVG_SCRIPT_LATN && !(d->tokens.v[j].flags & EVG_TOKF_CAP) &&
        generic_body_word(d, j))
        return 0; /* "Lebanese forces" is no "Lebanese Forces"; "Vostochny cosmodrome" is Vostochny Cosmodrome */
    if (i == 0 && (k->flags & GAZ_LATIN) && k->kind != GAZ_TITLE && k->kind != GAZ_PAIR &&
        !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return 0;
    if (i == 0 && (k->flags & GAZ_COMMON) && !evg_ent_capword_ok(d, j)) return 0; /* "Salt shortages" */
    return 1;
}

/* End token of key k matched at token i whose (possibly stripped) text is
 * s[0..n), or -1. */
/* A plural possessive's apostrophe glued to the word before it ("Workers'
 * Party"): keys drop it, so a key's words step over it. */
static int glued_apostrophe(const evg_doc *d, int32_t j)
{
    if ((size_t)j >= d->tokens.n || d->tokens.v[j].kind != EVG_TOK_PUNCT ||
        (d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE))
        return 0;
    return evg_tok_is(d, (size_t)j, "'") || evg_tok_is(d, (size_t)j, "\xE2\x80\x99");
}

/* Does the hash of form f (NULL: unknown) rule out that its text equals
 * token t of key k as evg_ent_text_eq compares them?  Not for a skeleton
 * compare of a text with a 0xBA byte (its skeleton may differ from it), nor
 * for a Latin key's last token when the text ends in a possessive ('s). */
static int hash_rules_out(const gaz_key *k, int t, const evg_form *f)
{
    if (!f || ((k->flags & GAZ_LOOSE) && f->gaz_gh) || f->h == k->th[t]) return 0;
    return !((k->flags & GAZ_LATIN) && t == k->ntok - 1 && evg_ent_possessive_end(f->s, (size_t)f->n));
}

/* k is a key of the chain head_bucket(s, n) (every caller walks that
 * chain), so its first skeleton is the skeleton of s: the first word of a
 * GAZ_LOOSE key, compared by skeleton, needs no test (speed).  sf is the
 * form of s (NULL: unknown); each later token is first tested by the hash
 * of its form (speed). */
static int32_t key_end(const evg_doc *d, const gaz_key *k, int32_t i, const char *s, size_t n, const evg_form *sf)
{
    /* of one skeleton, two texts without a 0xBA byte are equal: no compare (speed) */
    int same0 = sf && !sf->gaz_gh && (k->flags & GAZ_PLAIN0);
    if (!(k->flags & GAZ_LOOSE) && !same0 && (hash_rules_out(k, 0, sf) || !evg_ent_text_eq(s, n, k, 0))) return -1;
    if (!case_ok(d, k, i, 0)) return -1;
    int32_t j = i + 1;
    for (int t = 1; t < k->ntok; t++, j++) {
        if ((evg_ent_is_joiner(d, j) || glued_apostrophe(d, j)) && evg_ent_same_sent(d, i, j + 1)) j++;
        if (!evg_ent_same_sent(d, i, j) || d->tokens.v[j].kind == EVG_TOK_PUNCT) return -1;
        if (hash_rules_out(k, t, evg_tok_form(d, (size_t)j))) return -1;
        size_t m;
        const char *ts = evg_ent_tok_str(d, j, &m);
        if (!evg_ent_text_eq(ts, m, k, t) || !case_ok(d, k, j, t)) return -1;
    }
    return j;
}

static int kind_rank(int kind)
{
    return kind == GAZ_NAME ? 3 : kind == GAZ_TITLE ? 2 : kind == GAZ_DEMONYM ? 1 : 0;
}

/* First key whose first token has the skeleton of s[0..n), or -1; the answer
 * is remembered with the document's form of s (forms.c), as many tests ask
 * it again for the same token, the same word elsewhere in the document or
 * the same word behind another proclitic. */
static int head_bucket(const scan *st, const char *s, size_t n, evg_form *form)
{
    int32_t f = n > 0 ? evg_form_intern(st->d, s, n) : -1; /* speed: once per distinct text */
    if (f >= 0) *form = st->d->forms->v[f]; /* a copy: the table may grow */
    else form->h = 0, form->n = -1;
    int b = f >= 0 ? st->d->forms->v[f].gaz_bucket : EVG_FORM_UNSET;
    if (b != EVG_FORM_UNSET) return b;
    if (f >= 0 && n < 255 && !memchr(s, 0xBA, n)) { /* no غ byte: the skeleton is the text, its hash known */
        b = evg_gaz_bucket_h(st->g, s, n, st->d->forms->v[f].h);
    } else {
        char sk[256];
        int m = evg_gaz_skel(s, n, sk, sizeof sk);
        b = m < 0 ? -1 : evg_gaz_bucket(st->g, sk, (size_t)m);
    }
    if (f >= 0) st->d->forms->v[f].gaz_bucket = b;
    return b;
}

/* evg_ent_best_key for token i as written: key_end does not depend on the mask, so
 * the keys matching there (any kind, in chain order) are found once and
 * each mask picks among them as evg_ent_best_key would (speed). */
static int best_key_memo(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end)
{
    if (st->hit_memo[i] < 0) {
        st->hit_memo[i] = (int32_t)st->hits->n;
        evg_form sf;
        for (int k = head_bucket(st, s, n, &sf); k >= 0; k = st->g->keys.v[k].next) {
            int32_t e = key_end(st->d, &st->g->keys.v[k], i, s, n, sf.n >= 0 ? &sf : NULL);
            if (e >= 0) evg_vec_push(st->hits, ((key_hit){k, e}));
        }
        evg_vec_push(st->hits, ((key_hit){-1, -1}));
    }
    int best = -1;
    int32_t bend = -1;
    for (const key_hit *h = &st->hits->v[st->hit_memo[i]]; h->key >= 0; h++) {
        const gaz_key *key = &st->g->keys.v[h->key];
        if (!(key->kind & mask) || h->end < bend) continue;
        if (h->end > bend || kind_rank(key->kind) > kind_rank(st->g->keys.v[best].kind)) {
            best = h->key;
            bend = h->end;
        }
    }
    *out_end = bend;
    return best;
}

/* Longest key of a kind in mask starting at token i read as s[0..n). */
int evg_ent_best_key(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end)
{
    const evg_token *t = &st->d->tokens.v[i];
    if (s == st->d->fold + t->fs && n == (size_t)(t->fe - t->fs)) return best_key_memo(st, i, s, n, mask, out_end);
    int best = -1;
    int32_t bend = -1;
    evg_form sf;
    for (int k = head_bucket(st, s, n, &sf); k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        if (!(key->kind & mask)) continue;
        int32_t e = key_end(st->d, key, i, s, n, sf.n >= 0 ? &sf : NULL);
        if (e < 0 || e < bend) continue;
        if (e > bend || kind_rank(key->kind) > kind_rank(st->g->keys.v[best].kind)) {
            best = k;
            bend = e;
        }
    }
    *out_end = bend;
    return best;
}

/* The best one-token key of a kind in mask for s[0..n) at token i, or -1:
 * a possessive stem ("Pakistan" of "Pakistan's army") names only a one-word
 * entry, even when a longer key ("Pakistan Army") starts with the same word. */
int evg_ent_best_single_key(const scan *st, int32_t i, const char *s, size_t n, int mask)
{
    int best = -1;
    evg_form sf;
    for (int k = head_bucket(st, s, n, &sf); k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        if (!(key->kind & mask) || key->ntok != 1 || key_end(st->d, key, i, s, n, sf.n >= 0 ? &sf : NULL) < 0) continue;
        if (best < 0 || kind_rank(key->kind) > kind_rank(st->g->keys.v[best].kind)) best = k;
    }
    return best;
}

/* 1 when some key (any kind, any length) matches at token i read whole as
 * s[0..n): such a token keeps its proclitic-looking letters.  A token that
 * only opens a longer key that is not there ("وحركة" of a listed "وحركة فتح"
 * before "أمل") may still lose its proclitic. */
static int whole_key(const scan *st, int32_t i, const char *s, size_t n)
{
    int32_t end;
    return evg_ent_best_key(st, i, s, n, ~0, &end) >= 0;
}

/* 1 when the original token ends in ي U+064A (so it is not a ى word folded). */
static int orig_ends_in_ya(const evg_doc *d, int32_t k)
{
    if (k < 0 || (size_t)k >= d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, "\xD9\x8A", 2);
}

/* 1 no stop word, 2 a stop word, 3 a stop word written in ى (GAZ_MAKSURA):
 * the first STOP key equal to s[0..n). */
static int stop_kind(const scan *st, const char *s, size_t n)
{
    return evg_gaz_stop_kind_h(st->g, s, n, evg_hash_bytes(s, n)); /* speed: one map of stop words */
}

/* stop_kind of token k's text, asked once per distinct form (speed). */
static int tok_stop_kind(const scan *st, int32_t k)
{
    evg_form *f = evg_tok_form(st->d, (size_t)k);
    if (f && f->gaz_stop) return f->gaz_stop;
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    int kind = f && (size_t)f->n == n ? evg_gaz_stop_kind_h(st->g, s, n, f->h) : stop_kind(st, s, n);
    if (f) f->gaz_stop = (int8_t)kind;
    return kind;
}

/* Stop word at token k, except a ى word the original spells with ي (علي). */
static int is_stop_tok_raw(const scan *st, int32_t k)
{
    int kind = tok_stop_kind(st, k);
    return kind == 2 || (kind == 3 && !orig_ends_in_ya(st->d, k));
}

int evg_ent_is_stop_tok(const scan *st, int32_t k)
{
    int8_t *c = &st->stop_memo[k];
    if (!*c) *c = (int8_t)(is_stop_tok_raw(st, k) + 1);
    return *c - 1;
}

int evg_ent_is_stop(const scan *st, const char *s, size_t n)
{
    return stop_kind(st, s, n) > 1;
}

/* Proclitic chains, longest first.  art 1: the chain ends in the article
 * ال; art 2: ل + ال written لل. */
static const struct clitic { const char *s; int art; } clitics[] = {
    {"وال", 1}, {"فال", 1}, {"بال", 1}, {"كال", 1}, {"ولل", 2}, {"فلل", 2}, {"لل", 2},
    {"وب", 0}, {"ول", 0}, {"وك", 0}, {"فب", 0}, {"فل", 0},
    {"و", 0}, {"ف", 0}, {"ب", 0}, {"ل", 0}, {"ك", 0},
};

/* Does Arabic token i end like the indefinite word before it, in the
 * accusative alif or in ة ("ارتفاعا كبيرا", "زيادة كبيرة")?  It then
 * agrees with it as its adjective. */
static int agrees_with_previous(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n, p;
    if (i < 1 || !evg_ent_same_sent(d, i - 1, i) || d->tokens.v[i - 1].kind != EVG_TOK_WORD ||
        d->tokens.v[i - 1].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = evg_ent_tok_str(d, i, &n), *w = evg_ent_tok_str(d, i - 1, &p);
    if (p < 6 || n < 6 || !memcmp(w, "ال", 4)) return 0;
    int alif = !memcmp(s + n - 2, "ا", 2) && !memcmp(w + p - 2, "ا", 2);
    return alif || (evg_ent_orig_ends_in(d, i, "\xD8\xA9") && evg_ent_orig_ends_in(d, i - 1, "\xD8\xA9"));
}

static int strip_one(const scan *st, int32_t i, const char *s, size_t n, const struct clitic *c,
                     int mask, span *out)
{
    if (n < 2 || s[0] != c->s[0] || (c->s[1] && s[1] != c->s[1])) return 0; /* cheap first test */
    size_t cn = strlen(c->s);
    size_t rest = n > cn ? evg_ent_count_letters(s + cn, n - cn) : 0; /* "وتل أبيض": two letters open a longer key */
    if (n <= cn || memcmp(s, c->s, cn) != 0 || rest < 2) return 0;
    size_t letters = evg_ent_count_letters(c->s, cn);
    const evg_token *t = &st->d->tokens.v[i];
    int keep = c->art == 1 ? (int)letters - 2 : (int)letters;
    if (c->art == 1 && !orig_article_at(st->d, t, keep)) return 0;
    char cand[256];
    size_t pre = c->art ? 4 : 0; /* "ال" */
    if (pre + n - cn >= sizeof cand) return 0;
    memcpy(cand, "ال", pre);
    memcpy(cand + pre, s + cn, n - cn);
    int m = (int)(pre + n - cn);
    cand[m] = '\0';
    int32_t end;
    int k = evg_ent_best_key(st, i, cand, (size_t)m, mask, &end);
    if (k < 0 || (rest < 3 && end == i + 1)) return 0;
    if (c->s[cn - 1] == "ك"[1] && c->s[cn - 2] == "ك"[0] && rest < 4 && end == i + 1)
        return 0; /* "كابل" (Kabul) is not ك + "ابل" (Apple): "like" before a short name is rare */
    if (c->s[cn - 1] == "ك"[1] && c->s[cn - 2] == "ك"[0] && end == i + 1 &&
        !strcmp(st->g->ents.v[st->g->keys.v[k].target].type, "PER"))
        return 0; /* "كاسبر" (Caspar) is not ك + "اسبر" (Esper): "like" a person's bare name is rarer still */
    if (c->s[cn - 1] == "ك"[1] && c->s[cn - 2] == "ك"[0] && end == i + 1 && agrees_with_previous(st, i))
        return 0; /* "ارتفاعا كبيرا" is an adjective after its noun, not ك + "بيرا" (Beira) */
    if (end == i + 1 && evg_ent_is_stop(st, cand, (size_t)m)) return 0; /* "لأركان": a stop word behind ل stays one */
    out->key = k;
    out->first = i;
    out->end = end;
    out->os = evg_ent_orig_after_letters(st->d, t, keep);
    out->oe = st->d->tokens.v[end - 1].oe;
    return 1;
}

/* "Russia's": the key without the possessive ending, one-token keys only. */
static int match_possessive(const scan *st, int32_t i, const char *s, size_t n, int mask, span *out)
{
    const evg_doc *d = st->d;
    size_t base = n - (s[n - 2] == '\'' ? 2 : 4);
    int k = evg_ent_best_single_key(st, i, s, base, mask & ~GAZ_TITLE);
    if (k < 0) return 0;
    int32_t end = i + 1;
    /* the mention stops before the possessive ending of the original text */
    const evg_token *t = &d->tokens.v[i];
    int32_t oe = t->oe;
    if (oe - t->os > 2 && d->raw.p[oe - 2] == '\'' && (d->raw.p[oe - 1] | 0x20) == 's') oe -= 2;
    else if (oe - t->os > 4 && !memcmp(d->raw.p + oe - 4, "\xE2\x80\x99", 3) && (d->raw.p[oe - 1] | 0x20) == 's')
        oe -= 4;
    *out = (span){k, i, end, t->os, oe};
    return 1;
}

/* Bit c set when clitics[c] opens s[0..n) and the word strip_one would look
 * up without it (with ال for the chains that end in the article) starts
 * some key's bucket: where it does not, strip_one finds nothing.  Kept with
 * token i's form (speed: once per distinct word); every bit without one. */
static uint32_t strip_bits(const scan *st, int32_t i, const char *s, size_t n)
{
    evg_form *f = evg_tok_form(st->d, (size_t)i);
    if (!f) return ~0u;
    if (f->ent_strip & (1u << 31)) return f->ent_strip;
    uint32_t b = 1u << 31;
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++) {
        size_t cn = strlen(clitics[c].s), pre = clitics[c].art ? 4 : 0;
        char cand[256], sk[256];
        if (n <= cn || memcmp(s, clitics[c].s, cn) != 0) continue;
        if (pre + n - cn >= sizeof cand) {
            b |= 1u << c; /* strip_one refuses it anyway */
            continue;
        }
        memcpy(cand, "ال", pre);
        memcpy(cand + pre, s + cn, n - cn);
        int m = evg_gaz_skel(cand, pre + n - cn, sk, sizeof sk);
        if (m >= 0 && evg_gaz_bucket(st->g, sk, (size_t)m) >= 0) b |= 1u << c;
    }
    return f->ent_strip = b;
}

/* The best key of a kind in mask at token i, stripping a proclitic if need be. */
static int match_at_raw(const scan *st, int32_t i, int mask, span *out)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    int stop = tok_stop_kind(st, i) > 1, script = d->tokens.v[i].script; /* evg_ent_is_stop(s, n), per form */
    int32_t end;
    int k = evg_ent_best_key(st, i, s, n, mask, &end);
    if (k >= 0 && !(stop && st->g->keys.v[k].ntok == 1)) {
        *out = (span){k, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe};
        return 1;
    }
    if (k < 0 && script == EVG_SCRIPT_LATN && evg_ent_possessive_end(s, n))
        return match_possessive(st, i, s, n, mask, out);
    if (stop || script != EVG_SCRIPT_ARAB || whole_key(st, i, s, n)) return 0;
    uint32_t sb = strip_bits(st, i, s, n);
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++)
        if (s[0] == clitics[c].s[0] && s[1] == clitics[c].s[1] && /* speed: strip_one's first test, inline */
            ((sb >> c) & 1) && strip_one(st, i, s, n, &clitics[c], mask, out))
            return 1;
    return 0;
}

int evg_ent_match_at(const scan *st, int32_t i, int mask, span *out)
{
    const evg_doc *d = st->d;
    if (i < 0 || (size_t)i >= d->tokens.n || d->tokens.v[i].kind != EVG_TOK_WORD) return 0;
    match_memo *mm = &st->memo[i];
    for (int w = 0; w < MEMO_WAYS; w++)
        if (mm->mask[w] == mask) {
            if (mm->ok[w]) *out = mm->m[w];
            return mm->ok[w];
        }
    span m;
    int ok = match_at_raw(st, i, mask, &m), w = mm->next;
    mm->next = (uint8_t)((w + 1) % MEMO_WAYS);
    mm->mask[w] = mask;
    mm->ok[w] = (int8_t)ok;
    if (ok) *out = mm->m[w] = m;
    return ok;
}

/* Folded text of token k without a leading و or ف (Arabic). */
const char *evg_ent_bare_word(const scan *st, int32_t k, size_t *n)
{
    const char *s = evg_ent_tok_str(st->d, k, n);
    if (st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && *n > 6 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2)))
        s += 2, *n -= 2;
    return s;
}

int evg_ent_ends_with(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n >= m && !memcmp(s + n - m, suf, m);
}

/* An English verb after a subject: -ed, a common irregular form, or (with
 * plural set) -s unless a verb follows it, which makes it a plural noun. */
int evg_ent_english_verb(const scan *st, int32_t k, int plural)
{
    static const char *const irr[] = {"said", "sent", "told", "made", "took", "gave", "will", "would", "can",
                                      "could", "must", "may", "might", "did", "has", "had", "have", "is", "was",
                                      "struck", "hit", "put", "set", "began", "led", "held", "fought", "sought",
                                      "fled", "met", "won", "lost", "left", "came", "went", "ran", "saw", "spoke",
                                      "wrote", "are", "were"};
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0;
    const evg_token *t = &st->d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN ||
        (t->flags & EVG_TOKF_CAP))
        return 0;
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    for (size_t i = 0; i < sizeof irr / sizeof *irr; i++)
        if (evg_tok_is(st->d, (size_t)k, irr[i])) return 1;
    if (n >= 4 && evg_ent_ends_with(s, n, "ed")) return 1;
    /* "Moscow denies", but not "Kyiv residents fled" (a plural noun before a verb) */
    return plural && n >= 4 && evg_ent_ends_with(s, n, "s") && !evg_ent_ends_with(s, n, "ss") && !evg_ent_english_verb(st, k + 1, 0);
}

/* Gazetteer country of a document entity's country code, or -1. */
int evg_ent_country_entry_of(const scan *st, const evg_entity *x)
{
    char id[4];
    if (!x->country || strlen(x->country) != 3) return -1;
    for (int i = 0; i < 4; i++)
        id[i] = (char)(x->country[i] >= 'A' && x->country[i] <= 'Z' ? x->country[i] + 32 : x->country[i]);
    int e = evg_gaz_find_id(st->g, id);
    return e >= 0 && st->g->ents.v[e].is_country ? e : -1;
}

/* Token j is the closing dot of an abbreviation ("U.S.", "U.N."): a dot
 * right after a one-letter word or a word with dots inside ("U.S"). */
int evg_ent_abbreviation_dot(const evg_doc *d, int32_t j)
{
    if (j < 1 || (size_t)j >= d->tokens.n || !evg_ent_same_sent(d, j - 1, j)) return 0;
    const evg_token *p = &d->tokens.v[j - 1], *t = &d->tokens.v[j];
    if (t->kind != EVG_TOK_PUNCT || (t->flags & EVG_TOKF_SPACE_BEFORE) || !evg_tok_is(d, (size_t)j, ".") ||
        p->kind != EVG_TOK_WORD || p->script != EVG_SCRIPT_LATN)
        return 0;
    return p->oe - p->os == 1 || (p->oe - p->os <= 5 && memchr(d->raw.p + p->os, '.', (size_t)(p->oe - p->os)));
}

/* ---- spelling variants (entities_fuzzy.c) ---- */

/* Does token t open with an alef that carries a hamza or madda (أ إ آ) in
 * the original text?  The article is always written with a bare alef, so
 * "ألبرتو", "ألفا", "أليخاندرو" open a foreign given name, not "the" (the
 * fold writes both as ال). */
static int hamza_alef_first(const evg_doc *d, const evg_token *t)
{
    const unsigned char *o = (const unsigned char *)d->raw.p + t->os;
    return t->oe - t->os >= 2 && o[0] == 0xD8 && (o[1] == 0xA2 || o[1] == 0xA3 || o[1] == 0xA5);
}

/* May token j be a word of a variant window in this script? */
static int fuzzy_word(const scan *st, int32_t j, int script)
{
    const evg_doc *d = st->d;
    if (j < 0 || (size_t)j >= d->tokens.n) return 0;
    const evg_token *t = &d->tokens.v[j];
    size_t n;
    const char *s = evg_ent_tok_str(d, j, &n);
    if (t->kind != EVG_TOK_WORD || t->script != script || st->in_timex[j] || evg_ent_is_stop_tok(st, j)) return 0;
    if (script == EVG_SCRIPT_LATN) return (t->flags & EVG_TOKF_CAP) && n >= 2;
    return evg_ent_count_letters(s, n) >= 2 && !(n >= 4 && !memcmp(s, "ال", 4) && !hamza_alef_first(d, t));
}

int evg_ent_one_proclitic(const char *s)
{
    return !memcmp(s, "و", 2) || !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2) || !memcmp(s, "ف", 2);
}

int evg_ent_preposition_tok(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"في", "من", "الي", "علي", "عن", "مع", "لدي", "حول", "بعد", "قبل", "منذ", "خلال"};
    return k >= 0 && evg_tok_in_static(d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_WAW_FA);
}

/* Are the n bytes at s one of the stems[0..ns)? */
static int stem_listed(const char *s, size_t n, const char *const *stems, size_t ns)
{
    for (size_t i = 0; i < ns; i++)
        if (evg_key_eq(stems[i], s, n)) return 1;
    return 0;
}

int evg_ent_stem_in(const evg_doc *d, int32_t k, const char *const *stems, size_t ns, int article)
{
    static const char *const conj[] = {"", "و", "ف"}, *const prep[] = {"", "ب", "ل", "ك"};
    size_t n;
    if (k < 0 || (size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_ent_tok_str(d, k, &n);
    for (size_t c = 0; c < 3; c++) {
        size_t a = strlen(conj[c]);
        if (a > n || memcmp(s, conj[c], a) != 0) continue;
        for (size_t p = 0; p < 4; p++) {
            const char *art = p == 2 ? "ل" : "ال"; /* ل + ال is written لل */
            size_t b = a + strlen(prep[p]), t = strlen(art);
            if (b > n || memcmp(s + a, prep[p], b - a) != 0) continue;
            if (stem_listed(s + b, n - b, stems, ns)) return 1;
            if (article && n - b > t && !memcmp(s + b, art, t) && stem_listed(s + b + t, n - b - t, stems, ns)) return 1;
        }
    }
    return 0;
}

/* Is key k, a one-word Latin spelling variant of a listed person that
 * window word s[0..n) matched, a look-alike that another name word follows
 * (so the window word opens somebody else's name)?  Only for a variant: a
 * word spelled as the key is the person's own name. */
static int fuzzy_given(const scan *st, int k, const char *s, size_t n)
{
    const gaz_key *key = &st->g->keys.v[k];
    if (strcmp(st->g->ents.v[key->target].type, "PER") != 0) return 0;
    return !(key->ntok == 1 && strlen(key->tok[0]) == n && !memcmp(key->tok[0], s, n));
}

/* Is Latin token j the Arabic article written as a word of its own and
 * joined to the next by a hyphen ("al-Sudani", "el-Sisi")? */
static int latin_article(const evg_doc *d, int32_t j)
{
    return d->tokens.v[j].script == EVG_SCRIPT_LATN && (evg_tok_is(d, (size_t)j, "al") || evg_tok_is(d, (size_t)j, "el")) &&
           evg_ent_is_joiner(d, j + 1);
}

/* A spelling variant of a listed foreign name starting at token i (the
 * longest window of one to three words that the skeleton index accepts,
 * four when a Latin "al-" article, lower case, is one of them: "Mohammed
 * Ghazi al-Jalali" has three name words), also behind one of the
 * proclitics و ب ل ف. */
int evg_ent_fuzzy_match(const scan *st, int32_t i, span *out)
{
    const evg_doc *d = st->d;
    if (i < 0 || (size_t)i >= d->tokens.n) return 0;
    int script = d->tokens.v[i].script, w = 0, most = 3;
    const char *tok[4];
    size_t len[4];
    int32_t ends[4];
    for (int32_t j = i; w < most && evg_ent_same_sent(d, i, j);) {
        int article = w > 0 && latin_article(d, j); /* lower case, inside the name */
        if (!article && !fuzzy_word(st, j, script)) break;
        if (article) most = 4;
        tok[w] = evg_ent_tok_str(d, j, &len[w]);
        ends[w++] = j + 1;
        j = evg_ent_is_joiner(d, j + 1) && evg_ent_same_sent(d, i, j + 2) ? j + 2 : j + 1;
    }
    for (int pass = 0; pass < 2 && w > 0; pass++) {
        int32_t skip = 0;
        if (pass == 1) { /* one proclitic letter */
            if (script != EVG_SCRIPT_ARAB || len[0] < 10 || !evg_ent_one_proclitic(tok[0])) break;
            tok[0] += 2, len[0] -= 2, skip = 1;
            if (evg_ent_is_stop(st, tok[0], len[0])) break; /* "لأركان" is no spelling of Arakan */
        }
        int n, k = evg_gaz_fuzzy_find_longest(st->g, tok, len, w, &n); /* longest window first */
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_LATN && (evg_ent_cap_word(st, ends[0]) || evg_ent_name_particle(st, ends[0], 1)) &&
            evg_gaz_smap_get(&st->g->given, tok[0], len[0]) > 0)
            return 0; /* "Alexandre de Moraes": a given name opening a name, not Alexandria */
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_LATN && evg_ent_cap_word(st, ends[0]) && fuzzy_given(st, k, tok[0], len[0]))
            return 0; /* "Faure Gnassingbe" is not Jorge Faurie: a variant opening a longer name */
        int32_t ue;
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_ARAB && !skip && evg_gaz_smap_get(&st->g->given, tok[0], len[0]) > 0 &&
            fuzzy_given(st, k, tok[0], len[0]) && evg_ent_unknown_name(st, i, &ue) && ue > i + 1)
            return 0; /* "بيتر زيمر" is not Gustavo Petro: a given name opening another name */
        if (k >= 0) {
            *out = (span){k, i, ends[n - 1], evg_ent_orig_after_letters(d, &d->tokens.v[i], skip),
                          d->tokens.v[ends[n - 1] - 1].oe};
            return 1;
        }
    }
    return 0;
}

int evg_ent_cap_word(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    return (size_t)k < st->d->tokens.n && t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN &&
           (t->flags & EVG_TOKF_CAP) && !st->in_timex[k] && !evg_ent_is_stop_tok(st, k);
}

int evg_ent_head_kind(const scan *st, int32_t k)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    return (size_t)k < st->d->tokens.n ? evg_gaz_smap_get(&st->g->orgheads, s, n) : -1;
}

/* Capitalised words from i (of, for, and, the inside, on after a body's
 * head); their end. */
int32_t evg_ent_cap_run(const scan *st, int32_t i, int *words)
{
    int32_t k = i, end = i;
    *words = 0;
    while (*words < 5 && evg_ent_same_sent(st->d, i, k)) {
        if (evg_ent_cap_word(st, k)) {
            end = ++k;
            ++*words;
        } else if (*words && (evg_tok_is(st->d, (size_t)k, "of") || evg_tok_is(st->d, (size_t)k, "for") ||
                              evg_tok_is(st->d, (size_t)k, "and") || evg_tok_is(st->d, (size_t)k, "the")) &&
                   evg_ent_cap_word(st, k + 1)) {
            k++;
        } else if (*words && evg_tok_is(st->d, (size_t)k, "on") && evg_ent_head_kind(st, k - 1) > 0 &&
                   evg_ent_cap_word(st, k + 1)) {
            k++; /* "Commission on Human Rights", "Conference on Disarmament": "on" after a body's head */
        } else if (*words && (evg_tok_is(st->d, (size_t)k, "al") || evg_tok_is(st->d, (size_t)k, "el")) &&
                   evg_ent_is_joiner(st->d, k + 1) && !(st->d->tokens.v[k + 1].flags & EVG_TOKF_SPACE_BEFORE) &&
                   evg_ent_same_sent(st->d, k, k + 2) && evg_ent_cap_word(st, k + 2)) {
            k += 2; /* "Wad al-Noura", "Deir el-Balah" */
        } else if (*words && evg_ent_hyphen_joins(st->d, k) && evg_ent_cap_word(st, k + 1)) {
            k++; /* "Anti-Corruption Commission", "Pan-African Parliament" */
        } else break;
    }
    return end;
}

/* Adjectives that describe an organisation rather than name it (حزب
 * المعارضة الرئيسي "the main opposition party", الحزب الحاكم). */
int evg_ent_descriptive_adjective(const scan *st, int32_t k)
{
    static const char *const adj[] = {"الرءيسي", "الرءيسيه", "الحاكم", "الحاكمه", "الجديد", "الجديده",
                                      "الاكبر", "الكبري", "الاول", "الاولي", "الوحيد", "الوحيده",
                                      "السابق", "السابقه", "الحالي", "الحاليه", "المعارض", "المعارضه"};
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(st->d, (size_t)k, adj[a])) return 1;
    return 0;
}

/* Is token k a definite word that names nothing listed (الوطنية, العام)? */
int evg_ent_plain_definite(const scan *st, int32_t k, int32_t first)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if (!evg_ent_same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (st->in_timex[k] || evg_ent_is_stop_tok(st, k) || n < 8 || memcmp(w, "ال", 4) != 0) return 0;
    return !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m);
}

/* Place nouns that introduce a name ("مدينة كالباري", "وبمحافظة ..."):
 * 1 for a settlement or province, 2 for a region (منطقة, إقليم, ناحية:
 * also followed by common nouns, so only an indefinite name not in ة
 * follows), 3 for a camp (مخيم: as 2, and no masculine adjective). */
int evg_ent_place_cue_text(const char *s, size_t n)
{
    static const char *const cue[] = {"مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم", "ناحيه", "مخيم"};
    for (int skip = 0; skip <= 4 && (size_t)skip < n; skip += 2) {
        if (skip && !evg_ent_one_proclitic(s + skip - 2)) break;
        for (size_t c = 0; c < sizeof cue / sizeof *cue; c++)
            if (evg_key_eq(cue[c], s + skip, n - (size_t)skip))
                return c == 8 ? 3 : c >= 5 ? 2 : 1;
    }
    return 0;
}

/* The same for token i: an Arabic word outside a time expression. */
int evg_ent_place_cue(const scan *st, int32_t i)
{
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, i, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[i]) return 0;
    return evg_ent_place_cue_text(s, n);
}

/* Is token i a common given name (data/given_names.tsv), also behind a
 * proclitic و or ف (*skip = 1)? */
int evg_ent_given_name(const scan *st, int32_t i, int *skip)
{
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, i, &n);
    *skip = 0;
    if (t->kind != EVG_TOK_WORD || st->in_timex[i]) return 0;
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0) return 1;
    if (t->script != EVG_SCRIPT_ARAB || n < 8 || (memcmp(s, "و", 2) != 0 && memcmp(s, "ف", 2) != 0)) return 0;
    *skip = 1;
    return evg_gaz_smap_get(&st->g->given, s + 2, n - 2) > 0;
}

/* Does the original text of token k end in the letter s (two bytes)? */
int evg_ent_orig_ends_in(const evg_doc *d, int32_t k, const char *s)
{
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, s, 2);
}

/* Words that report what a person said or did right after the name. */
int evg_ent_reporting_word(const scan *st, int32_t k)
{
    static const char *const w[] = {"said", "says", "told", "added", "warned", "wrote", "stated",
                                    "announced", "explained", "urged", "insisted", "recalled", "called",
                                    "confirmed", "denied", "vowed"};
    if ((size_t)k >= st->d->tokens.n) return 0;
    return evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* A king's ordinal after his name, as folded (الثاني, الخامس). */
int evg_ent_ordinal_word(const evg_doc *d, int32_t k)
{
    static const char *const ord[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                      "الثامن", "التاسع", "العاشر"};
    return evg_tok_in_static(d, (size_t)k, ord, sizeof ord / sizeof *ord, EVG_WS_PLAIN);
}

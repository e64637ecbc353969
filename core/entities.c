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
 * Spelling variants nobody listed (سيرجى لافروف، شويجو، Shoygu, بيونجيانج) are
 * found through the consonant-skeleton index of entities_fuzzy.c: a window
 * of one to three words that starts no key proposes listed names with the
 * same skeleton, and only a close spelling (or, across scripts, an equal
 * skeleton of four symbols) is accepted.  A listed person's name may be
 * closed by a family name آل X (محمد بن زايد آل نهيان).
 *
 * References resolved inside the document:
 *  - "البلدين", "الطرفان", "the two countries", "both sides" (gaz_pairs.tsv)
 *    stand for the two countries the document has named most so far (the
 *    later named first among equals).  Decision: two TITLE mentions over the
 *    same span, one per country, in the order of their first mention, so
 *    that each country is an actor of what the pair does; with fewer than
 *    two countries named, the countries of the people, institutions and
 *    cities named (بوتين وشي ... الجانبان: Russia, China); else nothing.
 *  - A capital (an entry holding "<country>:capital") that acts - the
 *    subject of a verb: "بيونغ يانغ ترسل", "وأعلنت موسكو", "Pyongyang sent" -
 *    is a NAME mention of its country, pushed first on the span, followed by
 *    the usual place mention (which also keeps the place's own count); after
 *    a preposition (في، إلى، بالقرب من، in, to ...) it is only the place.
 *  - A name or nisba several countries share ("الكوري", "Korea", "Congo",
 *    gaz_ambiguous.tsv) is the candidate the document named last, else the
 *    first candidate.
 *  - A bare or generic title ("الوزير", "الوزير السعودي", "الزعيم") is the
 *    last person a fitting title stood for (the bare "minister" fits any
 *    minister but the prime minister), of the qualifier's country if any.
 *
 * Names nobody listed: after a title (qualified or not, with portfolio words
 * between: "وزير الدولة للشؤون الخارجية", "مديرة البرامج", "Canadian
 * trade minister"), after a rank or honorific (gaz_honorifics.tsv: العميد, Prince,
 * Gen.), two to five words (particles bin, al, de, آل inside, an Arabic
 * nisba surname المعلاوي last) become a new person; the title or rank gives
 * country and role.  In English, capitalised words ending in an
 * organisation head ("Baltic Relief Network") are a new ORG, and those
 * before a place noun ("the Tanf crossing"), after in/into/near or before
 * an appositive naming a place ("Kalbari, the state capital") are a new LOC
 * (gaz_orgheads.tsv); in Arabic, an organisation head and two definite
 * words ("قوات الحرس الجمهوري") are a new ORG, unless the last word only
 * describes it (حزب المعارضة الرئيسي); a place noun in the construct state
 * (مدينة، بلدة، قرية، محافظة، ولاية، منطقة، إقليم) and one name word, two
 * after a compound head (بيت جالا), are a new place, as is "the town of X".
 * A new organisation's or place's id is the ASCII slug of its ICU
 * transliteration; a new person's is "per-" and the consonant skeleton of
 * the name, the same in Arabic and Latin script and in every document
 * (person_id; a second person of the document with the same skeleton but a
 * spelling that is no variant of the first gets the skeleton and its slug);
 * its English name, when written in Arabic, is made by entities_latin.c.
 * People with no title next to them (untitled_*): a common given name
 * (data/given_names.tsv) or عبد with a definite word, and more name words
 * ("يوسف كمارا", "Tomasz Nowicki"); a name after an Arabic occupation noun
 * ("الباحث التركي ..."); two to four capitalised Latin words next to a
 * reporting verb ("Tran Van Duc said", "according to ...").  An Arabic name
 * with no title ends after three words and before a word shaped like a
 * verb, a pronoun-suffixed noun or a construct noun, since the object
 * follows the subject.  Unlisted organisations also come from a definite
 * head with an adjective and a word in ل ("الهيئة الوطنية للانتخابات"), a
 * head, a definite word and a demonym ("اتحاد الشغل التونسي"), a listed
 * place before an English head ("Kenya Wildlife Service") and "Ministry of
 * X".  A state title (الرئاسة، وزارة + portfolio, presidency, ministry)
 * stands for its qualifier's country, or, written out in Arabic with no
 * qualifier, for the document's own country (home_country).
 * Round 3 (ACTORS.md): an Arabic family name in ال closes a name before a
 * comma, إن/أن or a relative (family_name), ولد joins name words, a noun
 * with the pronoun ه ends a name, a verb never opens an appositive name;
 * Latin names go on after a hyphen in lower case (Ching-te), "X Y of
 * <country>" is a person of that country, "... Society of <place>" one
 * organisation, capitalised words ending in a place noun ("Kerch Strait")
 * and one word continuing a list of places are places; an Arabic head, a
 * name and a field in لل ("جمعية أطلس للتضامن") is an organisation; عمان is
 * Amman or Oman by context (amman_or_oman); a country whose name is a stop
 * word (مالي) counts after a preposition or in a coordination; a listed
 * Latin name's words and two-letter surnames ("Xi") come back alone.
 * "the North" / "the South" stand for the Koreas once either is named.
 * When a title is qualified by a written country or organisation, the
 * qualifier is a mention too.
 *
 * Entities are one per id per document; entity.name is the canonical name
 * (the gazetteer's, in the document's script) and entity.aliases every other
 * surface form a NAME mention had.  Gazetteer strings are borrowed from the
 * context, new strings live in the document arena.  Exports
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
    int32_t first, os;     /* the qualifier's own span; first < 0: assumed, not written */
    int kind;              /* mention kind of the qualifier (NAME, DEMONYM) */
} qual;

typedef struct local_alias { const char *s; size_t n; int32_t ent; } local_alias;
typedef struct spelling { const char *s; size_t n; int latin; int32_t ent; } spelling;
typedef struct antecedent { const char *office; int32_t ent; } antecedent;

typedef struct key_hit { int key; int32_t end; } key_hit; /* key -1 closes a token's list */
typedef EVG_VEC(key_hit) key_hitvec;

typedef struct scan {
    evg_doc *d;
    const struct evg_gazetteer *g;
    int32_t *by_entry;            /* gazetteer entry -> doc entity + 1 (the gazetteer's zeroed[0]) */
    EVG_VEC(int) by_entry_set;    /* the entries set in by_entry, cleared at the end (speed) */
    uint8_t *in_timex;            /* token -> 1 inside a time expression */
    EVG_VEC(local_alias) local;   /* name words of persons found after titles */
    EVG_VEC(antecedent) ante;     /* last entity of each title office */
    EVG_VEC(spelling) spelled;    /* folded spellings of unlisted people with skeleton ids */
    int32_t appos_at, appos_to;   /* a title in apposition starts in [appos_at - 1, appos_to] (0: none) */
    int32_t appos_ent;            /* ... and stands for this person */
    int quiet;                    /* 1: add_mention records no alias (a reference, not a name) */
    struct match_memo *memo;      /* token -> MEMO_WAYS remembered match_at answers (speed) */
    int8_t *stop_memo;            /* token -> is_stop_tok + 1, 0: not asked yet (speed) */
    int32_t *hit_memo;            /* token -> its first entry in *hits, -1: not asked yet (speed) */
    key_hitvec *hits;             /* every key (any kind) matching at a token as written, chain order */
    int32_t run_from, run_stop;   /* tokens (run_from, run_stop) are words or joiners, run_stop not (speed) */
} scan;


/* match_at is a pure function of (token, mask) in one document, and the
 * rules ask it the same question many times: the answers are remembered. */
enum { MEMO_WAYS = 4 };
typedef struct match_memo {
    int mask[MEMO_WAYS];          /* 0: empty way */
    int8_t ok[MEMO_WAYS];
    uint8_t next;                 /* way to replace next */
    span m[MEMO_WAYS];
} match_memo;

/* ---- tokens ---- */

static const char *tok_str(const evg_doc *d, int32_t i, size_t *n)
{
    return evg_tok_text(d, &d->tokens.v[i], n);
}

static int same_sent(const evg_doc *d, int32_t a, int32_t b)
{
    return a >= 0 && b >= 0 && (size_t)a < d->tokens.n && (size_t)b < d->tokens.n &&
           d->tokens.v[a].sent == d->tokens.v[b].sent;
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

static int text_eq(const char *s, size_t n, const gaz_key *k, int i)
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
    if ((k->flags & GAZ_UPPER) && !tok_upper(d, j)) return 0;
    if ((k->flags & GAZ_CAPS) && i > 0 && d->tokens.v[j].script == EVG_SCRIPT_LATN && !(d->tokens.v[j].flags & EVG_TOKF_CAP) &&
        generic_body_word(d, j))
        return 0; /* "Lebanese forces" is no "Lebanese Forces"; "Vostochny cosmodrome" is Vostochny Cosmodrome */
    if (i == 0 && (k->flags & GAZ_LATIN) && k->kind != GAZ_TITLE && k->kind != GAZ_PAIR &&
        !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return 0;
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

/* k is a key of the chain head_bucket(s, n) (every caller walks that
 * chain), so its first skeleton is the skeleton of s: the first word of a
 * GAZ_LOOSE key, compared by skeleton, needs no test (speed). */
static int32_t key_end(const evg_doc *d, const gaz_key *k, int32_t i, const char *s, size_t n)
{
    if ((!(k->flags & GAZ_LOOSE) && !text_eq(s, n, k, 0)) || !case_ok(d, k, i, 0)) return -1;
    int32_t j = i + 1;
    for (int t = 1; t < k->ntok; t++, j++) {
        if ((is_joiner(d, j) || glued_apostrophe(d, j)) && same_sent(d, i, j + 1)) j++;
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

/* First key whose first token has the skeleton of s[0..n), or -1; the answer
 * is remembered with the document's form of s (forms.c), as many tests ask
 * it again for the same token, the same word elsewhere in the document or
 * the same word behind another proclitic. */
static int head_bucket(const scan *st, const char *s, size_t n)
{
    int32_t f = n > 0 ? evg_form_intern(st->d, s, n) : -1; /* speed: once per distinct text */
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

/* best_key for token i as written: key_end does not depend on the mask, so
 * the keys matching there (any kind, in chain order) are found once and
 * each mask picks among them as best_key would (speed). */
static int best_key_memo(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end)
{
    if (st->hit_memo[i] < 0) {
        st->hit_memo[i] = (int32_t)st->hits->n;
        for (int k = head_bucket(st, s, n); k >= 0; k = st->g->keys.v[k].next) {
            int32_t e = key_end(st->d, &st->g->keys.v[k], i, s, n);
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
static int best_key(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end)
{
    const evg_token *t = &st->d->tokens.v[i];
    if (s == st->d->fold + t->fs && n == (size_t)(t->fe - t->fs)) return best_key_memo(st, i, s, n, mask, out_end);
    int best = -1;
    int32_t bend = -1;
    for (int k = head_bucket(st, s, n); k >= 0; k = st->g->keys.v[k].next) {
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

/* The best one-token key of a kind in mask for s[0..n) at token i, or -1:
 * a possessive stem ("Pakistan" of "Pakistan's army") names only a one-word
 * entry, even when a longer key ("Pakistan Army") starts with the same word. */
static int best_single_key(const scan *st, int32_t i, const char *s, size_t n, int mask)
{
    int best = -1;
    for (int k = head_bucket(st, s, n); k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        if (!(key->kind & mask) || key->ntok != 1 || key_end(st->d, key, i, s, n) < 0) continue;
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
    return best_key(st, i, s, n, ~0, &end) >= 0;
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
    const char *s = tok_str(st->d, k, &n);
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

static int is_stop_tok(const scan *st, int32_t k)
{
    int8_t *c = &st->stop_memo[k];
    if (!*c) *c = (int8_t)(is_stop_tok_raw(st, k) + 1);
    return *c - 1;
}

static int is_stop(const scan *st, const char *s, size_t n)
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

static int strip_one(const scan *st, int32_t i, const char *s, size_t n, const struct clitic *c,
                     int mask, span *out)
{
    if (n < 2 || s[0] != c->s[0] || (c->s[1] && s[1] != c->s[1])) return 0; /* cheap first test */
    size_t cn = strlen(c->s);
    size_t rest = n > cn ? count_letters(s + cn, n - cn) : 0; /* "وتل أبيض": two letters open a longer key */
    if (n <= cn || memcmp(s, c->s, cn) != 0 || rest < 2) return 0;
    size_t letters = count_letters(c->s, cn);
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
    int k = best_key(st, i, cand, (size_t)m, mask, &end);
    if (k < 0 || (rest < 3 && end == i + 1)) return 0;
    if (c->s[cn - 1] == "ك"[1] && c->s[cn - 2] == "ك"[0] && rest < 4 && end == i + 1)
        return 0; /* "كابل" (Kabul) is not ك + "ابل" (Apple): "like" before a short name is rare */
    if (c->s[cn - 1] == "ك"[1] && c->s[cn - 2] == "ك"[0] && end == i + 1 &&
        !strcmp(st->g->ents.v[st->g->keys.v[k].target].type, "PER"))
        return 0; /* "كاسبر" (Caspar) is not ك + "اسبر" (Esper): "like" a person's bare name is rarer still */
    if (end == i + 1 && is_stop(st, cand, (size_t)m)) return 0; /* "لأركان": a stop word behind ل stays one */
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
    size_t base = n - (s[n - 2] == '\'' ? 2 : 4);
    int k = best_single_key(st, i, s, base, mask & ~GAZ_TITLE);
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

/* The best key of a kind in mask at token i, stripping a proclitic if need be. */
static int match_at_raw(const scan *st, int32_t i, int mask, span *out)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, i, &n);
    int stop = tok_stop_kind(st, i) > 1, script = d->tokens.v[i].script; /* is_stop(s, n), per form */
    int32_t end;
    int k = best_key(st, i, s, n, mask, &end);
    if (k >= 0 && !(stop && st->g->keys.v[k].ntok == 1)) {
        *out = (span){k, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe};
        return 1;
    }
    if (k < 0 && script == EVG_SCRIPT_LATN && possessive_end(s, n))
        return match_possessive(st, i, s, n, mask, out);
    if (stop || script != EVG_SCRIPT_ARAB || whole_key(st, i, s, n)) return 0;
    for (size_t c = 0; c < sizeof clitics / sizeof *clitics; c++)
        if (s[0] == clitics[c].s[0] && s[1] == clitics[c].s[1] && /* speed: strip_one's first test, inline */
            strip_one(st, i, s, n, &clitics[c], mask, out))
            return 1;
    return 0;
}

static int match_at(const scan *st, int32_t i, int mask, span *out)
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

static int fuzzy_match(const scan *st, int32_t i, span *out);

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

/* Scratch array k of the context's gazetteer: ents.n + 1 zeros; its user
 * puts every entry it set back to 0 (speed: no array cleared per document). */
static int32_t *gaz_zeroed(const evg_doc *d, int k)
{
    struct evg_gazetteer *g = d->ctx->gaz;
    if (!g->zeroed[k]) g->zeroed[k] = evg_xcalloc(g->ents.n + 1, sizeof *g->zeroed[k]);
    return g->zeroed[k];
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
    evg_vec_push(&st->by_entry_set, e);
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

/* The end of a mention, past the last dot of a dotted Latin abbreviation
 * ("U.S." and "D.C.", not "U.S"): the word-final dot belongs to the name
 * even where it also ends the sentence. */
static int32_t abbrev_end(const evg_doc *d, int32_t os, int32_t oe)
{
    const char *r = d->raw.p;
    if (oe - os < 3 || (size_t)oe >= d->raw.n || r[oe] != '.') return oe;
    if (r[oe - 1] < 'A' || r[oe - 1] > 'Z' || r[oe - 2] != '.') return oe;
    return oe + 1;
}

static void add_mention(scan *st, int32_t ent, int32_t first, int32_t end, int32_t os, int32_t oe, int kind)
{
    evg_doc *d = st->d;
    oe = abbrev_end(d, os, oe);
    evg_mention m = {ent, first, end, os, oe, d->tokens.v[first].sent, kind};
    evg_vec_push(&d->mentions, m);
    evg_entity *x = &d->entities.v[ent];
    if (x->first_mention < 0) x->first_mention = (int32_t)d->mentions.n - 1;
    if (kind == EVG_MEN_NAME && !st->quiet) add_alias(st, x, os, oe);
}

static void local_alias_add(scan *st, int32_t k, int32_t os, int32_t ent);

/* The first and last words of a full foreign name (شين of شين وون-سيك) may
 * come back alone later in the document. */
static void remember_name_words(scan *st, const span *m, int32_t ent)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    if (k->ntok > 1 && (k->flags & (GAZ_LOOSE | GAZ_LATIN)) && !strcmp(st->g->ents.v[k->target].type, "PER")) {
        local_alias_add(st, m->first, m->os, ent);
        local_alias_add(st, m->end - 1, st->d->tokens.v[m->end - 1].os, ent);
    } else if (k->ntok > 1 && !strcmp(st->g->ents.v[k->target].type, "PER") && k->tok[k->ntok - 1] &&
               strlen(k->tok[k->ntok - 1]) >= 10 && !memcmp(k->tok[k->ntok - 1], "ال", 4)) {
        local_alias_add(st, m->end - 1, st->d->tokens.v[m->end - 1].os, ent); /* السوداني, الصفدي */
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

/* The context's transliterator (opening one costs more than a whole
 * document, so it is made once per context, which is one per thread). */
static UTransliterator *translit(scan *st)
{
    struct evg_gazetteer *g = st->d->ctx->gaz;
    if (!g->tr) {
        UErrorCode e = U_ZERO_ERROR;
        UParseError pe;
        UChar id[32];
        u_uastrcpy(id, "Any-Latin; Latin-ASCII");
        g->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &pe, &e);
        if (U_FAILURE(e)) g->tr = NULL;
    }
    return g->tr;
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
    /* the marks after a word's last letter may lie outside its span ("رئيساً") */
    for (int32_t p = t->oe; (size_t)p + 1 < d->raw.n && (unsigned char)d->raw.p[p] == 0xD9; p += 2) {
        unsigned char c = (unsigned char)d->raw.p[p + 1];
        if (c >= 0x8B && c <= 0x8D) return 1;
        if (c < 0x8E || c > 0x92) break; /* no other harakat either */
    }
    return 0;
}

/* May token k be a word of a person's name nobody listed? */
static int place_cue(const scan *st, int32_t i);

/* "ودعت", "وأغلقت": و or ف and a past verb of the third person feminine
 * (three letters in ت, or four or five opening with ا): no name word. */
static int proclitic_past_verb(const char *s, size_t n)
{
    if (n < 8 || (memcmp(s, "و", 2) && memcmp(s, "ف", 2)) || memcmp(s + n - 2, "ت", 2)) return 0;
    size_t letters = count_letters(s + 2, n - 2);
    return letters == 3 || ((letters == 4 || letters == 5) && !memcmp(s + 2, "ا", 2));
}

/* A stop verb with a dual or plural subject suffix ("أعلنا", "أكدوا": the
 * verb after two conjoined names) or a word with the dual object pronoun
 * ("رفضهما"): no name word.  The stem keeps three letters or more. */
static int inflected_stop_word(const scan *st, const char *s, size_t n)
{
    if (n >= 10 && !memcmp(s + n - 6, "هما", 6)) return 1;
    if (n >= 8 && !memcmp(s + n - 2, "ا", 2)) {
        size_t cut = n >= 10 && !memcmp(s + n - 4, "وا", 4) ? 4 : 2;
        /* a stem of three letters folds onto particles (بأن -> بان): only the commonest verbs */
        static const char *const short_verbs[] = {"قال", "اكد", "شدد", "رفض", "دعا"};
        size_t letters = count_letters(s, n - cut);
        int short_ok = 0;
        for (size_t v = 0; v < sizeof short_verbs / sizeof *short_verbs && letters == 3; v++)
            short_ok |= strlen(short_verbs[v]) == n - cut && !memcmp(short_verbs[v], s, n - cut);
        if ((letters >= 4 || short_ok) && is_stop(st, s, n - cut)) return 1;
    }
    return 0;
}

static int given_name(const scan *st, int32_t i, int *skip);

/* A past verb of the tenth form, استفعل (استقال، استقبل، استنكر), also behind
 * و or ف: است and a root of three letters is no name word. */
static int form_ten_verb(const char *s, size_t n)
{
    if (n >= 14 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2))) s += 2, n -= 2;
    return count_letters(s, n) == 6 && !memcmp(s, "است", 6);
}

static int name_word_ok(const scan *st, int32_t k, int latin)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    if (t->kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    span m;
    if (latin) /* speed: the word tests before the gazetteer's (all must pass) */
        return t->script == EVG_SCRIPT_LATN && (t->flags & EVG_TOKF_CAP) &&
               !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) && !is_stop_tok(st, k);
    if (t->script != EVG_SCRIPT_ARAB || count_letters(s, n) < 2 || has_tanwin(st->d, t)) return 0;
    if (n >= 4 && (!memcmp(s, "ال", 4) || !memcmp(s, "لل", 4))) return 0; /* الوفد, للنازحين */
    if (proclitic_past_verb(s, n) || form_ten_verb(s, n)) return 0;
    int gskip;
    if (inflected_stop_word(st, s, n) && !(given_name(st, k, &gskip) && !gskip)) return 0;
    if (n >= 12 && (!memcmp(s, "بال", 6) || !memcmp(s, "كال", 6))) return 0; /* بالاتفاق */
    if (match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) || is_stop_tok(st, k)) return 0;
    return !place_cue(st, k) && evg_gaz_smap_get(&st->g->orgheads, s, n) < 3; /* مخيم, هيئة */
}

/* A particle inside a name: Latin bin, al, de, van ... in lower case, or
 * the Arabic family word آل (a token of its own, folded "ال"). */
static int name_particle(const scan *st, int32_t k, int latin)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    static const char *const lat[] = {"bin", "bint", "ibn", "al", "el", "abu", "de", "da", "di", "du",
                                      "van", "von", "der", "den", "la", "le"};
    /* "سامي أبو زهري"; ولد: Mauritanian "son of" */
    static const char *const ar[] = {"ال", "بن", "ابن", "بنت", "ابو", "ولد"};
    const evg_token *t = &st->d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD) return 0;
    if (!latin) return evg_tok_in_static(st->d, (size_t)k, ar, sizeof ar / sizeof *ar, EVG_WS_PLAIN);
    return evg_tok_in_static(st->d, (size_t)k, lat, sizeof lat / sizeof *lat, EVG_WS_PLAIN);
}

/* An Arabic family name in ال ending in ي (المعلاوي, الحوثي) may close a name. */
static int nisba_surname(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k]) return 0;
    if (n < 10 || memcmp(s, "ال", 4) != 0 || memcmp(s + n - 2, "ي", 2) != 0) return 0;
    return !is_stop_tok(st, k) && !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m);
}

static int plain_definite(const scan *st, int32_t k, int32_t first);
static int place_cue(const scan *st, int32_t i);

/* Is letter i of the two-byte Arabic letters r the letter c? */
static int letter_is(const char *r, int i, const char *c)
{
    return !memcmp(r + 2 * i, c, 2);
}

/* Has the definite word s[0..n) the shape of a verbal noun of a derived
 * verb form: الاتفاق, الاجتماع (افتعال), الانسحاب (انفعال), الاستقلال
 * (استفعال), التصعيد (تفعيل), التعاون (تفاعل), الإعلان (إفعال), or of a
 * feminine plural (المفاوضات)?  News copy writes these as the object
 * after a name ("انتقد ... محمد عبد السلام الاتفاق،"); family names do not
 * take these shapes. */
static int verbal_noun_shape(const char *r, int L);

static int masdar_shape(const char *s, size_t n)
{
    const char *r = s + 4;
    if (n < 10 || n % 2 || memcmp(s, "ال", 4) != 0) return 0;
    for (size_t b = 4; b < n; b += 2)
        if ((unsigned char)s[b] != 0xD8 && (unsigned char)s[b] != 0xD9) return 0;
    int L = (int)(n - 4) / 2;
    if (L >= 4 && letter_is(r, L - 2, "ا") && letter_is(r, L - 1, "ت")) return 1;
    return verbal_noun_shape(r, L);
}

/* The same shapes without the article and the plural ("إرسال قوات" after
 * a name of three words is the object, not a fourth name word). */
static int bare_masdar_shape(const char *s, size_t n)
{
    if (n < 10 || n % 2) return 0;
    for (size_t b = 0; b < n; b += 2)
        if ((unsigned char)s[b] != 0xD8 && (unsigned char)s[b] != 0xD9) return 0;
    return verbal_noun_shape(s, (int)n / 2);
}

/* The letters r[0..L) of a verbal noun of forms IV, V/VI, VII, VIII, X. */
static int verbal_noun_shape(const char *r, int L)
{
    if (L == 6 && letter_is(r, 0, "ا") && letter_is(r, 2, "ت") && letter_is(r, 4, "ا")) return 1;
    if (L == 5 && letter_is(r, 0, "ا") && letter_is(r, 1, "ت") && letter_is(r, 3, "ا")) return 1;
    if (L == 6 && letter_is(r, 0, "ا") && letter_is(r, 1, "ن") && letter_is(r, 4, "ا")) return 1;
    if (L == 7 && letter_is(r, 0, "ا") && letter_is(r, 1, "س") && letter_is(r, 2, "ت") && letter_is(r, 5, "ا"))
        return 1;
    if (L == 5 && letter_is(r, 0, "ت") && (letter_is(r, 3, "ي") || letter_is(r, 2, "ا"))) return 1;
    return L == 5 && letter_is(r, 0, "ا") && letter_is(r, 3, "ا");
}

/* A definite Arabic word that may be a family name (الفارس, الشيخ after
 * ولد): three letters or more after the article, naming nothing listed,
 * no organisation head, place noun or stop word. */
static int family_word(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || has_tanwin(st->d, t)) return 0;
    if (n < 10 || memcmp(s, "ال", 4) != 0 || !plain_definite(st, k, k) || masdar_shape(s, n)) return 0;
    return evg_gaz_smap_get(&st->g->orgheads, s + 4, n - 4) < 3 && !place_cue(st, k);
}

/* A family name in ال that is no nisba closing a name (خالد الفارس): a
 * family word right before a comma, a complementiser or a relative that
 * open what the person said or is ("قال خالد الفارس إن", "خالد الفارس،
 * الذي ...").  Elsewhere a definite word after a name is as often the
 * object of the verb ("التقى المدير ماكرو الوفد"). */
static int family_name(const scan *st, int32_t k)
{
    static const char *const after[] = {"ان", "انه", "انها", "الذي", "التي", "وهو", "وهي", "("};
    const evg_doc *d = st->d;
    if (!family_word(st, k) || !same_sent(d, k, k + 1)) return 0;
    if (is_comma(d, k + 1)) return 1;
    for (size_t a = 0; a < sizeof after / sizeof *after; a++)
        if (evg_tok_is(d, (size_t)k + 1, after[a])) return 1;
    return 0;
}

/* The lower-case syllable after a hyphen in a Latin name (Ching-te, Jong-un). */
static int latin_name_tail(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    tok_str(st->d, k, &n);
    return t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN && !(t->flags & EVG_TOKF_SPACE_BEFORE) &&
           !st->in_timex[k] && n >= 2 && n <= 6 && !is_stop_tok(st, k);
}

/* "عبد الله", "أبو بكر": an Arabic name word that takes a definite word
 * after it as one name (عبد) or a given name (أبو); 2 when token k starts
 * such a pair. */
/* A given name made of a noun and الدين, الإسلام or الله (عز الدين, نور الدين,
 * سيف الإسلام, نصر الله, فضل الله): its two words count as one. */
static int religious_compound(const evg_doc *d, int32_t k)
{
    static const char *const din[] = {"عز", "نور", "صلاح", "شمس", "محي", "محيي", "علاء", "بدر", "سيف", "جمال",
                                      "كمال", "عماد", "زين", "نصر", "بهاء", "تاج", "فخر", "سعد", "ضياء", "حسام",
                                      "شرف", "خير", "نجم", "عصام", "ناصر", "سراج", "قطب", "معز", "مجد"};
    static const char *const allah[] = {"نصر", "فضل", "عطا", "جاد", "خير", "حسب", "فتح", "ضيف", "عوض", "رزق",
                                        "جار", "حرز", "نعمه", "هبه"};
    int god = evg_tok_is(d, (size_t)k + 1, "الله");
    if (!god && !evg_tok_is(d, (size_t)k + 1, "الدين") && !evg_tok_is(d, (size_t)k + 1, "الاسلام")) return 0;
    const char *const *w = god ? allah : din;
    size_t n = god ? sizeof allah / sizeof *allah : sizeof din / sizeof *din;
    for (size_t i = 0; i < n; i++)
        if (evg_tok_is(d, (size_t)k, w[i])) return 1;
    return 0;
}

static int compound_name(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if ((size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    if (religious_compound(d, k)) return 2;
    if (!evg_tok_is(d, (size_t)k, "عبد") && !evg_tok_is(d, (size_t)k, "ابو")) return 0; /* speed: cheap test first */
    size_t n;
    const char *s = tok_str(d, k + 1, &n);
    span m;
    if (d->tokens.v[k + 1].kind != EVG_TOK_WORD || st->in_timex[k + 1] || is_stop_tok(st, k + 1) ||
        match_at(st, k + 1, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m))
        return 0;
    if (evg_tok_is(d, (size_t)k, "عبد")) return n >= 8 && !memcmp(s, "ال", 4) ? 2 : 0;
    if (evg_tok_is(d, (size_t)k, "ابو")) return evg_gaz_smap_get(&st->g->given, s, n) > 0 ? 2 : 0;
    return 0;
}

static int orig_ends_in(const evg_doc *d, int32_t k, const char *s);

/* A Persian family name in -zadeh "son of" (عبد الله زاده, حسن زاده): its
 * final ه is no pronoun. */
static int persian_zadeh(const char *s, size_t n)
{
    return n >= 8 && !memcmp(s + n - 8, "زاده", 8);
}

/* An Arabic noun with the pronoun ه (قوله "his saying", تصريحها): four
 * letters or more, written with ه and no common given name. */
static int pronoun_noun(const scan *st, int32_t k)
{
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = tok_str(st->d, k, &n);
    return count_letters(s, n) >= 4 && orig_ends_in(st->d, k, "\xD9\x87") && evg_gaz_smap_get(&st->g->given, s, n) <= 0 &&
           !persian_zadeh(s, n);
}

/* Is Arabic token k a noun in the construct plural behind the preposition
 * ب or ل, "بمفاوضي", "لممثلي", "بمسؤولي" (ب or ل, a participle in م and
 * the ending ي; six letters or more)?  Such a word is the object after a
 * name, never a name word. */
static int prep_construct_plural(const scan *st, int32_t k)
{
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = tok_str(st->d, k, &n);
    if (n < 4 || count_letters(s, n) < 6 || (memcmp(s, "ب", 2) && memcmp(s, "ل", 2)) || memcmp(s + 2, "م", 2)) return 0;
    return orig_ends_in(st->d, k, "\xD9\x8A") && evg_gaz_smap_get(&st->g->given, s, n) <= 0;
}

/* Tokens [j, *end) of an unlisted name (two to five words, hyphens and
 * particles inside, an Arabic nisba surname last; عبد الله counts as one). */
/* One step of an unlisted name at token k that is not a plain name word: a
 * hyphen or a particle inside the name, a lower-case syllable (Ching-te), a
 * compound (عبد الله) or a definite given name before ولد.  The tokens it
 * takes (0: none applies), in *w the words it adds and in *closes 1 when
 * the name may end after it. */
static int name_step(const scan *st, int32_t j, int32_t k, int latin, int words, int *w, int *closes)
{
    const evg_doc *d = st->d;
    int glued = is_joiner(d, k) && !(d->tokens.v[k].flags & EVG_TOKF_SPACE_BEFORE);
    *w = *closes = 0;
    if (words && glued && name_word_ok(st, k + 1, latin)) return 1;
    if (words && latin && glued && same_sent(d, j, k + 1) && latin_name_tail(st, k + 1))
        return *closes = 1, 2; /* "Lai Ching-te": the syllable adds no word */
    int particle = words && name_particle(st, k, latin) && same_sent(d, j, k + 1);
    if (particle && name_word_ok(st, k + 1, latin)) return 1;
    if (particle && latin && same_sent(d, j, k + 2) && name_particle(st, k + 1, 1) && name_word_ok(st, k + 2, 1))
        return 2; /* "Humberto de la Calle", "Jan van der Berg": two particles */
    if (particle && !latin && family_word(st, k + 1)) return *w = *closes = 1, 2; /* "ولد الشيخ" */
    if (particle && latin && same_sent(d, j, k + 2) && is_joiner(d, k + 1) &&
        !(d->tokens.v[k + 1].flags & EVG_TOKF_SPACE_BEFORE) && name_word_ok(st, k + 2, latin))
        return 2; /* "al-Ali", "bin-Salem" */
    if (!latin && compound_name(st, k)) return *w = *closes = 1, 2;
    if (!latin && !words && family_word(st, k) && name_particle(st, k + 1, 0) && same_sent(d, j, k + 2) &&
        (name_word_ok(st, k + 2, 0) || family_word(st, k + 2)))
        return *w = *closes = 1, 1; /* "المختار ولد اجاي": a definite given name before ولد */
    return 0;
}

/* The word tokens of [a, b): a name's length without its hyphens
 * ("Alaa Abd el-Fattah" is four words). */
static int word_count(const evg_doc *d, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t k = a; k < b; k++)
        n += d->tokens.v[k].kind == EVG_TOK_WORD;
    return n;
}


/* Is Arabic token k a word behind the conjunction و that is no given name
 * of its own (وليد, وائل are)?  After two words of a name nobody listed it
 * opens the next conjunct when a definite word, a listed name or a title
 * follows it ("المبعوث ... دانيال كورتس وممثل الحركة", "ومساعد وزير
 * الخارجية"), not a third name word ("مختار محمد واري وأغلقت" keeps its
 * family name). */
static int conjoined_word(const scan *st, int32_t k)
{
    size_t n;
    int skip;
    const char *s = tok_str(st->d, k, &n);
    if (st->d->tokens.v[k].kind != EVG_TOK_WORD || n < 8 || memcmp(s, "و", 2) != 0) return 0;
    if (given_name(st, k, &skip) && !skip) return 0;
    if ((size_t)k + 1 >= st->d->tokens.n || !same_sent(st->d, k, k + 1)) return 0;
    span m;
    const char *w = tok_str(st->d, k + 1, &n);
    return (n > 4 && !memcmp(w, "ال", 4)) || match_at(st, k + 1, GAZ_NAME | GAZ_TITLE, &m);
}

/* Is Arabic token k, after two words of a name nobody listed, rather the
 * verb's object in construct with the definite word after it ("ماريك
 * فيدلر قرار الحكومة", "باكاري دومبيا حل البرلمان", "سارينن تطورات
 * الأزمة")?  Its shape says so when it is no given name and is a plural in
 * ات, a word of two or three letters with no vowel letter (حل، طلب، دعم), or
 * the pattern فعال (قرار، حصار), which foreign names, written with their
 * vowels, seldom take.  So is a word in ا before an indefinite nisba in يا
 * (the accusative "وفدا عسكريا"). */
static int object_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n = 0, n2 = 0;
    if ((size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k + 1].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = tok_str(d, k, &n), *w = tok_str(d, k + 1, &n2);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || n % 2 || n2 % 2) return 0;
    int len = (int)n / 2, vowel = 0, len2 = (int)n2 / 2;
    if (len >= 3 && len2 >= 4 && letter_is(s, len - 1, "ا") && memcmp(w, "ال", 4) != 0 && letter_is(w, len2 - 2, "ي") &&
        letter_is(w, len2 - 1, "ا"))
        return 1; /* "هانو بيفكور وفدا عسكريا": an accusative noun and its nisba */
    if (n2 <= 6 || memcmp(w, "ال", 4) != 0) return 0;
    for (int i = 1; i < len; i++)
        vowel |= letter_is(s, i, "ا") || letter_is(s, i, "و") || letter_is(s, i, "ي");
    if (len >= 5 && letter_is(s, len - 2, "ا") && letter_is(s, len - 1, "ت")) return 1; /* تطورات */
    if (len <= 3 && !vowel) return 1;                                                 /* حل، طلب */
    return len == 4 && letter_is(s, 2, "ا") && !letter_is(s, 1, "ا") && !letter_is(s, 3, "ا") &&
           !letter_is(s, 1, "و") && !letter_is(s, 1, "ي") && !letter_is(s, 3, "و") && !letter_is(s, 3, "ي"); /* قرار */
}

/* Is token k one word naming a city or town of the gazetteer (no country,
 * no region), capitalised when Latin?  After a first name it is a family
 * name: "Jorge Lima", "برناردينو ليون" (the city Lyon), not the place. */
static int city_surname(const scan *st, int32_t k, int latin)
{
    span m;
    const evg_doc *d = st->d;
    if (k < 0 || (size_t)k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    if (latin != (d->tokens.v[k].script == EVG_SCRIPT_LATN) || (latin && !(d->tokens.v[k].flags & EVG_TOKF_CAP)))
        return 0;
    if (!match_at(st, k, GAZ_NAME, &m) || m.end != k + 1 || m.os != d->tokens.v[k].os) return 0;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
    return !e->is_country && !strcmp(e->type, "GPE") && !is_stop_tok(st, k);
}

/* Is the first word j of a name followed by a city as its family name (see
 * city_surname)?  Token j must be a listed given name (no proclitic), or
 * any name word when a title stands before it (titled). */
static int given_city_pair(const scan *st, int32_t j, int latin, int titled)
{
    int skip = 0;
    const evg_doc *d = st->d;
    if ((size_t)j + 1 >= d->tokens.n || !same_sent(d, j, j + 1) || !city_surname(st, j + 1, latin)) return 0;
    if (latin && (d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE) == 0) return 0;
    if (!name_word_ok(st, j, latin)) return 0;
    if (given_name(st, j, &skip) && !skip) return 1;
    if (!titled) return 0;
    if (latin) return 1;
    /* an Arabic word after a title: no verb (سيزور باماكو), no noun in ة (أساقفة جوبا) */
    size_t n;
    const char *s = tok_str(d, j, &n);
    if (n == 10 && (!memcmp(s, "سي", 4) || !memcmp(s, "ست", 4) || !memcmp(s, "سن", 4)) &&
        (letter_is(s, 3, "و") || letter_is(s, 3, "ي")))
        return 0; /* the future of a hollow verb: سيزور، سيعود (a listed name like سيمون passed above) */
    return !evg_gaz_arabic_verb_form(s, n) && !orig_ends_in(d, j, "\xD8\xA9") && !pronoun_noun(st, j);
}

/* Is Arabic token k, after two words of a name, a noun in ة in construct
 * with the definite word after it ("... رئاسة الحكومة", "... قيادة
 * الوفد")?  It is the verb's object; a name in ة (حمزة، أسامة) is a listed
 * given name and stays. */
static int construct_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, k, &n);
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB || !orig_ends_in(d, k, "\xD8\xA9")) return 0;
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || (size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1)) return 0;
    const char *w = tok_str(d, k + 1, &n);
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && n >= 10 && !memcmp(w, "ال", 4) && !st->in_timex[k + 1];
}

/* Is Arabic token k, no listed given name, followed in its sentence by a
 * definite word (the genitive of a construct: "إغلاق المدارس")? */
static int construct_head(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, k, &n);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || (size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1)) return 0;
    const char *w = tok_str(d, k + 1, &n);
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && n >= 10 && !memcmp(w, "ال", 4) && !st->in_timex[k + 1];
}

/* "محمد سلطان", "أحمد الأمير", "علي الملك": a ruler's one-word title right
 * after a listed given name, with no name word after it, is a family name
 * (a title comes before the name it qualifies: "الأمير فيصل"). */
static int ruler_surname(const scan *st, int32_t k)
{
    static const char *const offices[] = {"king", "emir", "sultan"};
    span m;
    int skip;
    if (k < 1 || !same_sent(st->d, k - 1, k) || !given_name(st, k - 1, &skip) || skip) return 0;
    if (!match_at(st, k, GAZ_TITLE, &m) || m.end != k + 1 || m.os != st->d->tokens.v[k].os) return 0;
    const char *office = st->g->titles.v[st->g->keys.v[m.key].target].office;
    size_t o = 0;
    while (o < sizeof offices / sizeof *offices && strcmp(office, offices[o]) != 0) o++;
    return o < sizeof offices / sizeof *offices && !name_word_ok(st, k + 1, 0);
}

static int unknown_name(const scan *st, int32_t j, int32_t *end)
{
    const evg_doc *d = st->d;
    if ((size_t)j >= d->tokens.n) return 0;
    int latin = d->tokens.v[j].script == EVG_SCRIPT_LATN, words = 0, w, closes, step;
    int32_t k = j;
    size_t n;
    const char *s = tok_str(d, j, &n);
    if (!latin && orig_ends_in(d, j, "\xD8\xA9") && evg_gaz_smap_get(&st->g->given, s, n) <= 0)
        return 0; /* a noun in ة opens no name: "رئيس حكومة تصريف الأعمال" */
    while ((size_t)k < d->tokens.n && same_sent(d, j, k) && words < 5) {
        if (!latin && words >= 2 && pronoun_noun(st, k)) break; /* "بهروز كمالوندي قوله" */
        if (!latin && words >= 2 && prep_construct_plural(st, k)) break; /* + "بممثلي الأحزاب" */
        if (!latin && words >= 3 && (s = tok_str(d, k, &n)) && bare_masdar_shape(s, n)) break; /* + "إرسال" */
        if (!latin && words == 2 && (s = tok_str(d, k, &n)) && bare_masdar_shape(s, n) && construct_head(st, k))
            break; /* "أندريه بوتشاروف إغلاق المدارس": a verbal noun in construct is the object */
        if (!latin && words >= 2 && conjoined_word(st, k)) break; /* "دانيال كورتس وممثل الحركة" */
        if (!latin && words >= 2 && object_noun(st, k)) break; /* "ماريك فيدلر قرار الحكومة" */
        if (!latin && words >= 2 && construct_noun(st, k)) break; /* "كارين كارابيتيان رئاسة الحكومة" */
        if (latin && words == 1 && k == j + 1 && given_city_pair(st, j, latin, 0)) {
            /* "Jorge Lima"; not Arabic, where a verb, its subject and a city
             * follow each other ("وغادر عمر دمشق"): there only after a title */
            words++;
            *end = ++k;
            continue;
        }
        if ((step = name_step(st, j, k, latin, words, &w, &closes)) > 0) {
            words += w;
            k += step;
            if (closes) *end = k;
            continue;
        }
        if (!name_word_ok(st, k, latin)) {
            if (words >= 1 && !latin && (nisba_surname(st, k) || family_name(st, k) || ruler_surname(st, k)))
                words++, *end = ++k;
            break;
        }
        words++;
        *end = ++k;
    }
    return words >= 2;
}

/* A capitalised Latin word of two letters that may stand for a person
 * alone (Xi, Li, Wu), not an English function word. */
static int short_latin_name(const scan *st, int32_t k)
{
    static const char *const fw[] = {"an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it",
                                     "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "al", "el"};
    const evg_token *t = &st->d->tokens.v[k];
    if (t->script != EVG_SCRIPT_LATN || !(t->flags & EVG_TOKF_CAP) || t->fe - t->fs != 2) return 0;
    for (size_t i = 0; i < sizeof fw / sizeof *fw; i++)
        if (evg_tok_is(st->d, (size_t)k, fw[i])) return 0;
    return 1;
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
    if (t->kind != EVG_TOK_WORD || is_stop(st, s, n)) return;
    if (count_letters(s, n) < 3 && !short_latin_name(st, k)) return;
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

/* Every word of a new person's name but the particles (بن, ولد ...) and,
 * in Arabic, a definite word before the last (المختار of المختار ولد
 * اجاي is as often another person's given name). */
static void add_local_aliases(scan *st, int32_t first, int32_t end, int32_t ent)
{
    for (int32_t k = first; k < end; k++) {
        size_t n;
        const char *s = tok_str(st->d, k, &n);
        if (name_particle(st, k, st->d->tokens.v[k].script == EVG_SCRIPT_LATN)) continue;
        if (k < end - 1 && st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && n >= 4 && !memcmp(s, "ال", 4)) continue;
        local_alias_add(st, k, st->d->tokens.v[k].os, ent);
    }
}

/* ---- ids of unlisted people ---- */

/* Folded words of the name [first, end) from original byte os on, the
 * article left out (Latin al, el; Arabic ال, also the family word آل):
 * into tok/len, their number. */
static int name_words(const scan *st, int32_t first, int32_t end, int32_t os, const char **tok, size_t *len,
                      int cap)
{
    const evg_doc *d = st->d;
    int n = 0;
    for (int32_t k = first; k < end && n < cap; k++) {
        const evg_token *t = &d->tokens.v[k];
        int32_t f = t->fs;
        while (k == first && f < t->fe && d->fmap[f] < os) f++;
        const char *s = d->fold + f;
        size_t l = (size_t)(t->fe - f);
        if (t->kind != EVG_TOK_WORD || (l == 2 && (!memcmp(s, "al", 2) || !memcmp(s, "el", 2)))) continue;
        if (l >= 4 && !memcmp(s, "ال", 4)) s += 4, l -= 4;
        if (l) tok[n] = s, len[n++] = l;
    }
    return n;
}

/* The script-free id of an unlisted person: "per-" and the consonant
 * skeleton of the name (entities_fuzzy.c; X written "sh"), so that شين وون
 * سيك and Shin Won-sik are both per-shnsk; the spelling (words joined, in
 * the document arena) for the confirming check.  -1 when the skeleton has
 * fewer than four symbols (too little to tell people apart). */
static int skeleton_id(scan *st, int32_t first, int32_t end, int32_t os, char *out, size_t cap, spelling *sp)
{
    const char *tok[12];
    size_t len[12], o = 4;
    char sk[64];
    int n = name_words(st, first, end, os, tok, len, 12);
    int sl = n ? evg_gaz_cskel(tok, len, n, sk, sizeof sk) : -1;
    if (sl < 4 || cap < 4 + 2 * (size_t)sl + 1) return -1;
    memcpy(out, "per-", 4);
    for (int i = 0; i < sl; i++) {
        if (sk[i] == 'X') out[o++] = 's', out[o++] = 'h';
        else out[o++] = (char)(sk[i] + 32);
    }
    out[o] = '\0';
    evg_buf b = {0};
    for (int i = 0; i < n; i++) evg_buf_put(&b, tok[i], len[i]);
    sp->s = evg_arena_strndup(st->d->arena, b.p, b.n);
    sp->n = b.n;
    sp->latin = st->d->tokens.v[first].script == EVG_SCRIPT_LATN;
    evg_buf_free(&b);
    return 0;
}

/* May spelling sp join entity ent, which has the same skeleton id?  Across
 * scripts the equal skeleton is the evidence; in one script some spelling
 * of ent must be a close variant of sp (Hassan and Hussein share HSN but
 * are two people). */
static int spelling_joins(const scan *st, int32_t ent, const spelling *sp)
{
    int far = 0;
    for (size_t i = 0; i < st->spelled.n; i++) {
        const spelling *o = &st->spelled.v[i];
        if (o->ent != ent || o->latin != sp->latin) continue;
        if (evg_gaz_spelling_close(o->s, o->n, sp->s, sp->n)) return 1;
        far = 1;
    }
    return !far;
}

/* Id of a new person: the skeleton id, or, when another person of this
 * document already holds it and the spellings disagree, the skeleton id
 * and the transliteration slug.  The entity already named so, or -1, in
 * *ent. */
static void person_id(scan *st, int32_t first, int32_t end, int32_t os, char *id, size_t cap, int32_t *ent)
{
    spelling sp;
    char pid[256];
    *ent = -1;
    if (skeleton_id(st, first, end, os, pid, sizeof pid, &sp)) {
        *ent = entity_by_id(st, id);
        return;
    }
    int32_t have = entity_by_id(st, pid);
    if (have >= 0 && !spelling_joins(st, have, &sp)) {
        size_t n = strlen(pid);
        if (snprintf(pid + n, sizeof pid - n, "-%s", id) < 0) pid[n] = '\0';
        have = entity_by_id(st, pid);
    }
    snprintf(id, cap, "%s", pid);
    *ent = have;
    sp.ent = have;
    evg_vec_push(&st->spelled, sp); /* ent set by new_entity_at when it is new */
}

/* A new entity named by tokens [first, end) (a person after a title or a
 * rank, an organisation or a place nobody listed): the listed entry whose
 * id is the ASCII slug of the ICU transliteration, else a new entity with
 * that slug as id (a person: the skeleton id, person_id). */
/* The Latin name of Arabic text s for name_en: its transliteration with ة
 * read as a final a (نادية -> Nadya, رجيبة -> Rjyba) and marks outside
 * ASCII dropped; out is left alone when s has no ة. */
static void latin_name(scan *st, const char *s, char *out, size_t cap)
{
    char buf[512];
    size_t o = 0, n = strlen(s);
    if (!strstr(s, "\xD8\xA9") || n >= sizeof buf) return;
    for (size_t i = 0; i < n; i++) {
        int ta_marbuta = (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xA9;
        buf[o++] = s[i];
        if (ta_marbuta) buf[o++] = (char)0xA7, i++; /* ة (D8 A9) -> ا (D8 A7) */
    }
    to_ascii(st, buf, o, out, cap);
    size_t w = 0;
    for (size_t r = 0; out[r]; r++)
        if ((unsigned char)out[r] < 0x80) out[w++] = out[r];
    out[w] = '\0';
}

static int32_t home_country(scan *st);

/* English name of a new Arabic organisation [first, end) into out when
 * every word of it translates (entities_orgname.c; a demonym gives its
 * country's adjective); else out is left alone. */
static void org_name_en(scan *st, int32_t first, int32_t end, int32_t os, char *out, size_t cap)
{
    const char *adj[16] = {0};
    char en[256];
    span m;
    if (end - first > 16 || st->d->tokens.v[first].script != EVG_SCRIPT_ARAB) return;
    for (int32_t k = first + 1; k < end; k++)
        if (match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1)
            adj[k - first] = st->g->ents.v[st->g->keys.v[m.key].target].adj_en;
    if (evg_ent_org_name_en(st->g, st->d, first, end, os, adj, en, sizeof en)) snprintf(out, cap, "%s", en);
}

static int32_t new_entity_at(scan *st, int32_t first, int32_t end, int32_t os, const char *type,
                             const char *country, const char *role)
{
    evg_doc *d = st->d;
    int32_t oe = d->tokens.v[end - 1].oe, ent;
    char ascii[512], id[256];
    to_ascii(st, d->raw.p + os, (size_t)(oe - os), ascii, sizeof ascii);
    size_t w = 0; /* marks ICU leaves outside ASCII (ʿ for ع) are dropped */
    for (size_t r = 0; ascii[r]; r++)
        if ((unsigned char)ascii[r] < 0x80) ascii[w++] = ascii[r];
    ascii[w] = '\0';
    slugify(ascii, id, sizeof id);
    if (!*id) return -1;
    int e = evg_gaz_find_id(st->g, id);
    if (e >= 0) return entity_of(st, e);
    if (!strcmp(type, "PER")) person_id(st, first, end, os, id, sizeof id, &ent);
    else ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    if (d->tokens.v[first].script != EVG_SCRIPT_LATN) latin_name(st, x.name, ascii, sizeof ascii);
    capitalise(ascii);
    if (!strcmp(type, "PER") && d->tokens.v[first].script == EVG_SCRIPT_ARAB) { /* usual English spelling */
        int32_t home = country && *country ? -1 : home_country(st); /* the region's spelling (bin/ben) */
        evg_ent_latin_name(st->g, d, first, end, os, home >= 0 ? d->entities.v[home].country : country, ascii,
                           sizeof ascii);
    }
    if (!strcmp(type, "ORG")) org_name_en(st, first, end, os, ascii, sizeof ascii);
    x.name_en = d->tokens.v[first].script == EVG_SCRIPT_LATN ? x.name : evg_arena_strdup(d->arena, ascii);
    x.type = type;
    x.country = country ? country : "";
    x.role = role ? role : "";
    x.first_mention = -1;
    ent = entity_push(st, &x);
    if (!strcmp(type, "PER")) add_local_aliases(st, first, end, ent);
    if (!strcmp(type, "PER") && st->spelled.n && st->spelled.v[st->spelled.n - 1].ent < 0)
        st->spelled.v[st->spelled.n - 1].ent = ent;
    return ent;
}

static int32_t new_entity(scan *st, int32_t first, int32_t end, const char *type, const char *country,
                          const char *role)
{
    return new_entity_at(st, first, end, st->d->tokens.v[first].os, type, country, role);
}

static int32_t new_person(scan *st, int32_t first, int32_t end, const qual *q, const gaz_title *t)
{
    return new_entity(st, first, end, "PER", q->entry >= 0 ? st->g->ents.v[q->entry].country : "", t->role);
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
    int32_t ent = t->kind == EVG_TOK_WORD && st->local.n && (n > 2 || short_latin_name(st, i)) ? local_find(st, s, n) : -1;
    int32_t skip = 0, g;
    for (size_t c = 0; ent < 0 && st->local.n && t->script == EVG_SCRIPT_ARAB && c < 4; c++)
        if (n > 2 && !memcmp(s, one[c], 2) && (ent = local_find(st, s + 2, n - 2)) >= 0) skip = 1;
    if (ent >= 0 && i > 0 && same_sent(st->d, i - 1, i) && given_name(st, i - 1, &g))
        ent = -1; /* "محمد المختار ...": a word of another person's name */
    if (ent >= 0 && !skip && (size_t)i + 1 < st->d->tokens.n && same_sent(st->d, i, i + 1) && given_name(st, i, &g) &&
        !g && (name_word_ok(st, i + 1, t->script == EVG_SCRIPT_LATN) || nisba_surname(st, i + 1) || family_name(st, i + 1))) {
        size_t n2;
        const char *s2 = tok_str(st->d, i + 1, &n2);
        if (local_find(st, s2, n2) != ent) ent = -1; /* "Juan Carlos Galindo" after "Juan Manuel Santos" */
    }
    if (ent >= 0) add_mention(st, ent, i, i + 1, orig_after_letters(st->d, t, skip), t->oe, EVG_MEN_NAME);
    return i + 1;
}

/* ---- titles ---- */

/* Qualifier from a matched key: a demonym, a country or an organisation. */
/* The country a shared name or nisba stands for here: of its candidates,
 * the one named last in the document, else the first. */
static int ambig_entry(const scan *st, int target)
{
    const gaz_ambig *a = &st->g->ambig.v[target];
    for (size_t i = st->d->mentions.n; i-- > 0;)
        for (int c = 0; c < a->n; c++)
            if (st->by_entry[a->entry[c]] && st->by_entry[a->entry[c]] - 1 == st->d->mentions.v[i].entity)
                return a->entry[c];
    return a->entry[0];
}

static int make_qual(const scan *st, const span *m, qual *q)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    if (k->kind == GAZ_AMBIG) {
        q->entry = ambig_entry(st, k->target);
        q->is_org = 0, q->end = m->end, q->oe = m->oe, q->first = m->first, q->os = m->os;
        q->kind = st->g->ambig.v[k->target].is_name ? EVG_MEN_NAME : EVG_MEN_DEMONYM;
        return 1;
    }
    const gaz_entry *e = &st->g->ents.v[k->target];
    if (k->kind != GAZ_DEMONYM && k->kind != GAZ_NAME) return 0;
    if (k->kind == GAZ_NAME && !e->is_country && strcmp(e->type, "ORG") != 0) return 0;
    q->entry = k->target;
    q->is_org = k->kind == GAZ_NAME && !e->is_country;
    q->end = m->end;
    q->oe = m->oe;
    q->first = m->first;
    q->os = m->os;
    q->kind = k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME;
    return 1;
}

/* Is Arabic token k a common noun of a kind of body (شركة, منظمة, حركة
 * ...), also behind ل, written before the body's own name? */
static int body_noun(const scan *st, int32_t k)
{
    static const char *const w[] = {"شركه", "لشركه", "منظمه", "لمنظمه", "مجموعه", "لمجموعه", "حركه", "لحركه",
                                    "جماعه", "لجماعه", "مءسسه", "لمءسسه", "وكاله", "لوكاله", "حزب", "لحزب",
                                    "جيش", "لجيش", "جبهه", "لجبهه", "قوات", "لقوات", "ميليشيا", "لميليشيا"};
    return k >= 0 && (size_t)k < st->d->tokens.n && st->d->tokens.v[k].script == EVG_SCRIPT_ARAB &&
           evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* Qualifier written after a title at token j (optionally after في / of). */
static int qual_after(const scan *st, int32_t j, qual *q)
{
    const evg_doc *d = st->d;
    span m;
    int32_t k = j;
    if (evg_tok_is(d, (size_t)k, "في") || evg_tok_is(d, (size_t)k, "of") || evg_tok_is(d, (size_t)k, "for"))
        k++;
    if (body_noun(st, k) && same_sent(d, k, k + 1) && !match_at(st, k, GAZ_NAME, &m) && match_at(st, k + 1, GAZ_NAME, &m) &&
        !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "ORG"))
        k++; /* "الرئيس التنفيذي لشركة غلينكور", "الباحثة في منظمة هيومن رايتس ووتش" */
    if (!same_sent(d, j - 1, k) || !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG, &m)) return 0;
    return make_qual(st, &m, q);
}

/* A listed person's name at token j (after at most one comma). */
/* Token after any ranks and honorifics at j ("العميد", "Prince", "Gen."). */
static int32_t honor_skip(const scan *st, int32_t j)
{
    span m;
    int32_t j0 = j;
    while ((j == j0 || same_sent(st->d, j0, j)) && match_at(st, j, GAZ_HONOR, &m)) {
        j = m.end;
        if (evg_tok_is(st->d, (size_t)j, ".") && !(st->d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE)) j++;
    }
    return j;
}

static int person_after(const scan *st, int32_t j, span *m)
{
    if (is_comma(st->d, j)) j++;
    j = honor_skip(st, j);
    if (!same_sent(st->d, j - 1, j) || !match_at(st, j, GAZ_NAME, m)) return 0;
    const gaz_key *k = &st->g->keys.v[m->key];
    return !strcmp(st->g->ents.v[k->target].type, "PER");
}

static int holder_of(const scan *st, const char *office, const qual *q, int32_t day)
{
    if (q->entry < 0 || !*office) return -1;
    char key[256];
    evg_str3(key, sizeof key, st->g->ents.v[q->entry].id, ":", office); /* speed: no snprintf */
    return evg_gaz_office_holder(st->g, key, day);
}

/* English name of an office entity: the title's pattern with the country's
 * adjective (%a) or name (%c) ("Syrian Ministry of Foreign Affairs",
 * "Parliament of Morocco"), else "<qualifier> <office>". */
static void office_name_en(const gaz_title *t, const gaz_entry *qe, const char *office, char *en, size_t cap)
{
    const char *name = *qe->name_en ? qe->name_en : qe->id;
    size_t o = 0;
    if (!*t->en || !qe->is_country) {
        snprintf(en, cap, "%s %s", name, office);
        for (char *p = en; *p; p++) if (*p == '_') *p = ' ';
        return;
    }
    for (const char *p = t->en; *p && o + 1 < cap; p++) {
        const char *ins = p[0] != '%' ? NULL : p[1] == 'a' ? (qe->adj_en ? qe->adj_en : name) : p[1] == 'c' ? name : NULL;
        if (!ins) {
            en[o++] = *p;
            continue;
        }
        o += (size_t)snprintf(en + o, cap - o, "%s", ins);
        if (o >= cap) o = cap - 1;
        p++;
    }
    en[o] = '\0';
}

/* A new entity for a body the text names (an office, a ministry): named in
 * English en, and in an Arabic text as written at [os, oe). */
static int32_t body_entity(scan *st, const char *id, const char *en, const char *type, const char *country,
                           const char *role, int32_t os, int32_t oe)
{
    evg_doc *d = st->d;
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = d->lang == EVG_LANG_EN ? evg_arena_strdup(d->arena, en)
                                    : evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    x.name_en = evg_arena_strdup(d->arena, en);
    x.type = type;
    x.country = country;
    x.role = role;
    x.first_mention = -1;
    return entity_push(st, &x);
}

/* An entity for an office nobody is listed for: "irn-foreign-ministry". */
static int32_t office_entity(scan *st, const gaz_title *t, const char *office, const qual *q,
                             int32_t os, int32_t oe)
{
    const gaz_entry *qe = &st->g->ents.v[q->entry];
    char id[256], en[256];
    snprintf(id, sizeof id, "%s-%s", qe->id, office);
    for (char *p = id; *p; p++) if (*p == '_') *p = '-';
    int32_t ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    office_name_en(t, qe, office, en, sizeof en);
    return body_entity(st, id, en, t->type, qe->country, t->role, os, oe);
}

/* The entity of country qe's ministry of portfolio en ("sdn-health-ministry",
 * "Sudanese Ministry of Health"), made on first use. */
static int32_t ministry_entity(scan *st, const gaz_entry *qe, const char *en, int32_t os, int32_t oe)
{
    char id[256], slug[128], name[256];
    slugify(en, slug, sizeof slug);
    snprintf(id, sizeof id, "%s-%s-ministry", qe->id, slug);
    int32_t ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    snprintf(name, sizeof name, "%s Ministry of %s", qe->adj_en ? qe->adj_en : qe->name_en, en);
    return body_entity(st, id, name, "ORG", qe->country, "GOV", os, oe);
}

/* Does an earlier title's office answer for this one?  The same office, or
 * for the bare "minister" (الوزير) any minister but the prime minister. */
static int office_fits(const char *want, const char *had)
{
    if (!strcmp(want, had) || !strcmp(want, "official")) return 1; /* "المسؤول الإيراني": any earlier title */
    size_t n = strlen(had);
    return !strcmp(want, "minister") && n > 9 && !strcmp(had + n - 9, "_minister") &&
           strcmp(had, "prime_minister") != 0;
}

/* The last entity an earlier title of a fitting office stood for, of the
 * country of gazetteer entry q when q >= 0. */
static int32_t antecedent_get(const scan *st, const char *office, int q)
{
    for (size_t i = st->ante.n; i-- > 0;) {
        const antecedent *a = &st->ante.v[i];
        if (!*office || !office_fits(office, a->office)) continue;
        if (q >= 0 && strcmp(st->d->entities.v[a->ent].country, st->g->ents.v[q].country) != 0) continue;
        return a->ent;
    }
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
    int by_ante;                 /* ent is an earlier title's (its office is already known) */
    int portfolio;               /* portfolio words and no qualifier ("وزير الطاقة والمناجم") */
    int has_post;                /* a posting between title and name: "لدى اليمن" */
    span post;
    int deputy;                  /* a deputy's title ("نائب وزير", "assistant secretary"): never the holder */
    int gap;                     /* words of the body between the title and its name ("'s parliament,") */
    int body_head;               /* the head of a body named after the title (body_head_title) */
} title_hit;

static void family_close(const scan *st, span *m);

/* Who the title stands for when a name follows it or an office holder is known. */
/* "السفير البريطاني لدى اليمن", "المبعوث الأممي إلى اليمن": where an
 * Arabic title holder is posted (إلى, لدى or في and a listed place or body) may
 * come between the title and the name; the posting into *m. */
static int posting_after(const scan *st, int32_t k, span *m)
{
    const evg_doc *d = st->d;
    if ((size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    if (!evg_tok_is(d, (size_t)k, "الي") && !evg_tok_is(d, (size_t)k, "لدي") && !evg_tok_is(d, (size_t)k, "في"))
        return 0; /* "منسقة الشؤون الإنسانية للأمم المتحدة في السودان" + name */
    if (!match_at(st, k + 1, GAZ_NAME, m) || m->os != d->tokens.v[k + 1].os) return 0;
    const char *type = st->g->ents.v[st->g->keys.v[m->key].target].type;
    return !strcmp(type, "GPE") || !strcmp(type, "ORG");
}

static void title_resolve_at(scan *st, title_hit *h, int32_t base);

/* A definite word at k that is only a listed person's family name (الصفدي
 * of Ayman Safadi) standing after another given name: "رئيس مجلس النواب
 * أحمد الصفدي" is a second bearer of the name, not the listed person. */
static int other_bearer(const scan *st, int32_t k)
{
    span m;
    size_t n;
    const char *w = tok_str(st->d, k, &n);
    if (n < 10 || memcmp(w, "ال", 4) != 0 || is_stop_tok(st, k) || st->in_timex[k]) return 0;
    if (match_at(st, k, GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m)) return 0;
    if (!match_at(st, k, GAZ_NAME, &m) || m.end != k + 1) return 0;
    return !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER");
}

/* The name after a person title: an unlisted name, or a common given name
 * and one family word in ال before any word ("رئيس مجلس الأمة أحمد
 * السعدون في كلمته"): after a title the given name vouches for the name,
 * which elsewhere needs a comma or إن after the family word. */
static int cap_word(const scan *st, int32_t k);
static int head_kind(const scan *st, int32_t k);
static int reporting_word(const scan *st, int32_t k);

/* "Indonesia's chief justice Suhartoyo said": one capitalised Latin word
 * nobody listed, no head, right before a reporting verb, is a one-word
 * name after a title (Indonesian and Burmese names are often one word). */
static int latin_mononym(const scan *st, int32_t j)
{
    span m;
    const evg_doc *d = st->d;
    if ((size_t)j + 1 >= d->tokens.n || d->tokens.v[j].script != EVG_SCRIPT_LATN || !cap_word(st, j)) return 0;
    if (!same_sent(d, j, j + 1) || !reporting_word(st, j + 1) || head_kind(st, j) > 0) return 0;
    return !match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_HONOR | GAZ_AMBIG, &m);
}

static int title_name(const scan *st, int32_t j, int32_t *end)
{
    int skip;
    size_t n;
    if ((size_t)j + 1 < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_ARAB &&
        !memcmp(tok_str(st->d, j, &n), "ل", 2) && !given_name(st, j, &skip) && plain_definite(st, j + 1, j))
        return 0; /* "الناطق باسم الجمعية ... لحقوق الإنسان": a field, no name */
    if ((size_t)j < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_ARAB) {
        const char *w = tok_str(st->d, j, &n);
        if (n > 4 && !memcmp(w, "ل", 2) && (evg_gaz_smap_get(&st->g->orgheads, w + 2, n - 2) >= 3 || body_noun(st, j)))
            return 0; /* "القائد السابق لجيش تحرير كوسوفو": the body led, no name */
    }
    if (unknown_name(st, j, end)) return 1;
    if (given_city_pair(st, j, st->d->tokens.v[j].script == EVG_SCRIPT_LATN, 1)) return *end = j + 2, 1;
    if (latin_mononym(st, j)) return *end = j + 1, 1;
    if ((size_t)j + 1 >= st->d->tokens.n || st->d->tokens.v[j].script != EVG_SCRIPT_ARAB ||
        !same_sent(st->d, j, j + 1) || !given_name(st, j, &skip) || skip)
        return 0;
    if (!family_word(st, j + 1) && !other_bearer(st, j + 1)) return 0;
    *end = j + 2;
    return 1;
}

static void title_resolve(scan *st, title_hit *h)
{
    h->has_post = !strcmp(h->t->type, "PER") && posting_after(st, h->end, &h->post);
    title_resolve_at(st, h, h->has_post ? h->post.end : h->end);
    if (h->has_post && h->name_first < 0) { /* no name after the posting: read it as usual */
        h->has_post = 0;
        title_resolve_at(st, h, h->end);
    }
}

/* A listed person named after a title of another country is somebody else
 * who bears the name: "وزير الدفاع الكولومبي بيدرو سانشيز" is not Spain's
 * prime minister.  Only a country (or a place of one) qualifies the title;
 * an organisation or a person listed without a country never refuses. */
static int foreign_bearer(const scan *st, const title_hit *h, int target)
{
    if (h->q.entry < 0 || h->q.is_org || h->q.first < 0) return 0;
    const char *qc = st->g->ents.v[h->q.entry].country, *pc = st->g->ents.v[target].country;
    return qc && pc && *qc && *pc && strcmp(qc, pc) != 0;
}

static int country_entry_of(const scan *st, const evg_entity *x);
static int english_verb(const scan *st, int32_t k, int plural);

/* "The speaker of Ghana's parliament, Alban Bagbin, ...", "the leader of
 * Thailand's opposition People's Party, X Y, said": an English title whose
 * qualifier is followed by up to five more words of the body it heads, then
 * a comma and a capitalised name closed by a comma or a reporting verb.
 * Returns the comma's token (the name starts after it), or -1. */
static int32_t latin_body_appositive(const scan *st, int32_t base)
{
    const evg_doc *d = st->d;
    int32_t k = base, ue;
    if ((size_t)base >= d->tokens.n || d->tokens.v[base].script != EVG_SCRIPT_LATN) return -1;
    while ((size_t)k < d->tokens.n && k < base + 6 && same_sent(d, base, k) && !is_comma(d, k)) {
        const evg_token *t = &d->tokens.v[k];
        int apos = t->kind == EVG_TOK_PUNCT && (evg_tok_is(d, (size_t)k, "'") || evg_tok_is(d, (size_t)k, "\xE2\x80\x99"));
        if (!apos && (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || english_verb(st, k, 0))) return -1;
        k++;
    }
    if ((size_t)k + 1 >= d->tokens.n || k == base || !is_comma(d, k) || !same_sent(d, k, k + 1)) return -1;
    int32_t nf = honor_skip(st, k + 1); /* a rank: "..., Colonel Abdou Ndiaye," */
    if (d->tokens.v[k + 1].script != EVG_SCRIPT_LATN || !same_sent(d, k, nf) || !unknown_name(st, nf, &ue)) return -1;
    return (size_t)ue < d->tokens.n && (is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "said") || reporting_word(st, ue))
               ? k : -1;
}

/* "رئيس هيئة الانتخابات في بيرو، راميرو كيسبي، إن": the Arabic form of
 * latin_body_appositive.  One to five Arabic words after the title (the
 * body and its place, none shaped like an inflected verb), a comma and a
 * name closed by a comma or by إن or أن.  Returns the comma's token, or -1. */
static int32_t arabic_body_appositive(const scan *st, int32_t base)
{
    const evg_doc *d = st->d;
    int32_t k = base, ue;
    size_t n;
    if ((size_t)base >= d->tokens.n || d->tokens.v[base].script != EVG_SCRIPT_ARAB) return -1;
    while ((size_t)k < d->tokens.n && k < base + 6 && same_sent(d, base, k) && !is_comma(d, k)) {
        const evg_token *t = &d->tokens.v[k];
        const char *w = tok_str(d, k, &n);
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k] || evg_gaz_arabic_verb_form(w, n) ||
            evg_tok_is(d, (size_t)k, "ان") || evg_tok_is(d, (size_t)k, "بان") || evg_tok_is(d, (size_t)k, "انه"))
            return -1; /* a clause, not the body: "بأن بلاده جاهزة، وأضاف" */
        k++;
    }
    if ((size_t)k + 1 >= d->tokens.n || k == base || !is_comma(d, k) || !same_sent(d, k, k + 1)) return -1;
    if (d->tokens.v[k + 1].script != EVG_SCRIPT_ARAB || !unknown_name(st, k + 1, &ue)) return -1;
    if ((size_t)ue >= d->tokens.n) return -1;
    return is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "ان") ? k : -1;
}

/* Is the Arabic name after a title set off by commas, "...، X Y، إن"
 * (base the comma after the title, ue the end of the name)?  Such a name is
 * the person meant even when the table lists another holder of the office
 * read from the title ("رئيس المحكمة ... في باراغواي، X Y،" heads the
 * court, not the country). */
static int comma_enclosed(const scan *st, int32_t base, int32_t ue)
{
    const evg_doc *d = st->d;
    if (!is_comma(d, base) || (size_t)ue >= d->tokens.n || d->tokens.v[base + 1].script != EVG_SCRIPT_ARAB) return 0;
    return is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "ان");
}

/* An unqualified title before one word of the name of whoever holds its
 * office, on that day, in a country the document has named (its people,
 * bodies and places count): "الرئيس عون" after "الجيش اللبناني" is
 * Lebanon's president, "President Ruto" Kenya's.  The holder, or -1. */
static int bare_title_surname(const scan *st, const title_hit *h, int32_t j, int32_t day)
{
    const evg_doc *d = st->d;
    if (h->q.entry >= 0 || h->deputy || !*h->t->office || (size_t)j >= d->tokens.n || !same_sent(d, h->first, j) ||
        d->tokens.v[j].kind != EVG_TOK_WORD || is_stop_tok(st, j) || st->in_timex[j])
        return -1;
    for (size_t e = 0; e < d->entities.n; e++) {
        qual q = {.entry = country_entry_of(st, &d->entities.v[e])};
        int holder = q.entry >= 0 ? holder_of(st, h->t->office, &q, day) : -1;
        if (holder >= 0 && shares_word(st, holder, j, j + 1)) return holder;
    }
    return -1;
}

static void title_resolve_at(scan *st, title_hit *h, int32_t base)
{
    span nm;
    int32_t day = sent_day(st->d, h->first), ue;
    int holder = h->deputy ? -1 : holder_of(st, h->office, &h->q, day);
    h->name_first = -1;
    h->ent = -1;
    if (!strcmp(h->t->type, "PER") && person_after(st, base, &nm)) {
        family_close(st, &nm);
        h->name_first = nm.first, h->name_end = nm.end, h->name_os = nm.os, h->name_oe = nm.oe;
        if (foreign_bearer(st, h, st->g->keys.v[nm.key].target)) {
            h->ent = new_person(st, nm.first, nm.end, &h->q, h->t);
            if (h->ent < 0) h->name_first = -1;
            return;
        }
        h->ent = entity_of(st, st->g->keys.v[nm.key].target);
        remember_name_words(st, &nm, h->ent);
        return;
    }
    int32_t j = honor_skip(st, is_comma(st->d, base) ? base + 1 : base);
    if (strcmp(h->t->type, "PER") != 0) {
        if (holder >= 0) h->ent = entity_of(st, holder);
        return;
    }
    if (same_sent(st->d, h->first, j) && fuzzy_match(st, j, &nm) &&
        !strcmp(st->g->ents.v[st->g->keys.v[nm.key].target].type, "PER")) {
        h->ent = entity_of(st, st->g->keys.v[nm.key].target);
        h->name_first = nm.first, h->name_end = nm.end, h->name_os = nm.os, h->name_oe = nm.oe;
        remember_name_words(st, &nm, h->ent);
        return;
    }
    /* an unlisted name makes a new person only when nobody is listed for the
     * office on that day: the dated office table beats the name heuristic
     * ("الرئيس الروسي عما إذا"); a variant spelling of the holder's name
     * (one word in common) is the holder */
    /* a generic title ("الوزير السعودي") with an antecedent in the document
     * is that person; only a capitalised Latin name or portfolio words with a
     * name after them ("وزير الطاقة والمناجم محمد عرقاب") override it */
    int32_t comma = latin_body_appositive(st, base);
    if (comma < 0 && !title_name(st, j, &ue)) comma = arabic_body_appositive(st, base); /* no name right after */
    /* a rank after the comma is no name word ("..., Colonel Abdou Ndiaye") */
    int32_t nf = comma >= 0 ? honor_skip(st, comma + 1) : -1;
    if (comma >= 0 && !is_comma(st->d, base) && same_sent(st->d, comma, nf) && title_name(st, nf, &ue)) {
        h->ent = new_person(st, nf, ue, &h->q, h->t);
        h->name_first = nf, h->name_end = ue;
        h->name_os = st->d->tokens.v[nf].os, h->name_oe = st->d->tokens.v[ue - 1].oe;
        h->gap = 1;
        if (h->ent >= 0) return;
        h->name_first = -1, h->gap = 0;
    }
    int bare = bare_title_surname(st, h, j, day);
    if (bare >= 0) {
        h->ent = entity_of(st, bare);
        h->name_first = j, h->name_end = j + 1;
        h->name_os = st->d->tokens.v[j].os, h->name_oe = st->d->tokens.v[j].oe;
        local_alias_add(st, j, h->name_os, h->ent); /* the headline's "عون يستقبل" */
        return;
    }
    int32_t ante = h->t->synth || h->portfolio || h->deputy || st->d->tokens.v[h->first].script == EVG_SCRIPT_LATN
                       ? -1 : antecedent_get(st, h->t->office, h->q.entry);
    /* a capitalised Latin name is the person it names even when another
     * holder is listed for the day ("Brazilian foreign minister X": the
     * table may be out of date, or X held the office before) */
    int latin = (size_t)j < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_LATN;
    /* a ministry or government has several spokespeople (and deputies): a
     * name after a spokesman's title is that person, whoever is listed */
    int spokes = strstr(h->office, "spokes") != NULL;
    if (same_sent(st->d, h->first, j) && ante < 0 && title_name(st, j, &ue) &&
        (holder < 0 || shares_word(st, holder, j, ue) || latin || spokes || comma_enclosed(st, base, ue))) {
        h->ent = holder >= 0 && shares_word(st, holder, j, ue) ? entity_of(st, holder) : new_person(st, j, ue, &h->q, h->t);
        h->name_first = j, h->name_end = ue;
        h->name_os = st->d->tokens.v[j].os, h->name_oe = st->d->tokens.v[ue - 1].oe;
        if (h->ent >= 0) return;
        h->name_first = -1;
    }
    if (holder >= 0) h->ent = entity_of(st, holder);
}

static int main_pair(const scan *st, int32_t pair[2]);
static int country_entry_of(const scan *st, const evg_entity *x);
static int32_t portfolio_end(const scan *st, int32_t j);

/* Is token j a dash (hyphen, en or em dash) or a colon, as after a dateline? */
static int dateline_dash(const evg_doc *d, int32_t j)
{
    return evg_tok_is(d, (size_t)j, "-") || evg_tok_is(d, (size_t)j, "\xE2\x80\x93") ||
           evg_tok_is(d, (size_t)j, "\xE2\x80\x94") || evg_tok_is(d, (size_t)j, ":");
}

/* Tokens [first, end) open a sentence of the first three and a dash or a
 * colon follows them: a dateline written inside the first paragraph
 * ("مراكش - قبلت ...", "TAIPEI - ..."). */
static int dateline_at(const evg_doc *d, int32_t first, int32_t end)
{
    if ((size_t)end >= d->tokens.n || d->tokens.v[first].sent > 3 || d->tokens.v[end].kind != EVG_TOK_PUNCT) return 0;
    if (first > 0 && d->tokens.v[first - 1].sent == d->tokens.v[first].sent) return 0;
    return evg_tok_is(d, (size_t)end, "-") || evg_tok_is(d, (size_t)end, "\xE2\x80\x93") ||
           evg_tok_is(d, (size_t)end, ":");
}

/* The country entry the document's mentions so far belong to most (each
 * mention of a country, or of a person, body or place of that country,
 * counts once; a tie goes to the one named first), or -1. */
static int most_named_country(const scan *st)
{
    const evg_doc *d = st->d;
    int best = -1, bestn = 0;
    int32_t *count = gaz_zeroed(d, 1);
    for (size_t i = 0; i < d->mentions.n; i++) {
        int c = country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]);
        if (c >= 0 && ++count[c] > bestn) best = c, bestn = count[c];
    }
    for (size_t i = 0; i < d->mentions.n; i++) { /* back to zeros */
        int c = country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]);
        if (c >= 0) count[c] = 0;
    }
    return best;
}

/* The country entry of the headline's subject: the mention that opens the
 * title section ("الجزائر تقيم جسراً جوياً ... إلى ليبيا": the acting
 * country, not the one it sends aid to), or -1. */
static int headline_subject(const scan *st)
{
    const evg_doc *d = st->d;
    for (size_t k = 0; k < d->sections.n; k++) {
        const evg_section *sec = &d->sections.v[k];
        if (sec->kind != EVG_SEC_TITLE) continue;
        for (size_t i = 0; i < d->mentions.n; i++) { /* the mention at the title's first bytes */
            const evg_mention *m = &d->mentions.v[i];
            if (m->os >= sec->os && m->os - sec->os < 4 && m->os < sec->oe)
                return country_entry_of(st, &d->entities.v[m->entity]);
        }
        return -1;
    }
    return -1;
}

/* The document's own country: that of the first place named in its
 * dateline, else the country of the headline's subject, else the country
 * it has named most so far, else the country of the first entity named
 * with one; -1 if none. */
static int32_t home_country(scan *st)
{
    const evg_doc *d = st->d;
    int32_t pair[2];
    int first = -1;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        int c = country_entry_of(st, &d->entities.v[m->entity]);
        if (first < 0) first = c;
        if (c >= 0 && dateline_at(d, m->tok_first, m->tok_end)) return entity_of(st, c);
        for (size_t k = 0; c >= 0 && k < d->sections.n; k++)
            if (d->sections.v[k].kind == EVG_SEC_DATELINE && m->os >= d->sections.v[k].os && m->os < d->sections.v[k].oe)
                return entity_of(st, c);
    }
    int head = headline_subject(st);
    if (head >= 0) return entity_of(st, head);
    int best = most_named_country(st);
    if (best >= 0) return entity_of(st, best);
    main_pair(st, pair);
    return pair[0] >= 0 ? pair[0] : first >= 0 ? entity_of(st, first) : -1;
}

/* "رئاسة الجمهورية", "وزارة الصحة" with no country written: an Arabic
 * title of the state (office self, role GOV) of two words, or one with
 * portfolio words, stands for the document's own country. */
static void state_title_fallback(scan *st, title_hit *h)
{
    int32_t p = portfolio_end(st, h->end);
    if (h->q.entry >= 0 || strcmp(h->t->office, "self") != 0 || strcmp(h->t->role, "GOV") != 0) return;
    if (st->d->tokens.v[h->first].script != EVG_SCRIPT_ARAB || (h->end - h->first < 2 && p == h->end)) return;
    if ((h->ent = home_country(st)) < 0) return;
    h->end = p;
    h->oe = st->d->tokens.v[p - 1].oe;
}

/* Is Latin token k a lower-case word that makes the body word before it a
 * modifier ("the military action", "the army base")?  Not a function word
 * nor a verb: "the army said", "the police in", "the government and". */
static int english_modifier(const scan *st, int32_t k)
{
    static const char *const fw[] = {"and", "or", "but", "to", "on", "at", "for", "from", "with", "by", "as",
                                     "that", "which", "who", "has", "had", "have", "is", "was", "were", "are",
                                     "will", "would", "could", "should", "may", "might", "must", "did", "does",
                                     "says", "said", "also", "still", "then", "later", "not", "had", "over",
                                     "after", "before", "since", "into", "against", "last", "this", "on"};
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_LATN ||
        (d->tokens.v[k].flags & EVG_TOKF_CAP) || st->in_timex[k])
        return 0;
    for (size_t w = 0; w < sizeof fw / sizeof *fw; w++)
        if (evg_tok_is(d, (size_t)k, fw[w])) return 0;
    return !english_verb(st, k, 1);
}

/* May an unqualified body at h be the home country's?  Arabic always; English
 * after a determiner ("the foreign ministry", "his own presidential guard")
 * and not before "in" or "of" ("to parliament in Ankara"). */
static int home_body_context(const scan *st, const title_hit *h)
{
    static const char *const dets[] = {"the", "own", "its", "his", "her", "their"};
    const evg_doc *d = st->d;
    if (d->tokens.v[h->first].script != EVG_SCRIPT_LATN) return 1;
    if (evg_tok_is(d, (size_t)h->end, "in") || evg_tok_is(d, (size_t)h->end, "of") || h->first == 0) return 0;
    if (english_modifier(st, h->end)) return 0; /* "the military action", "the police station" */
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (evg_tok_is(d, (size_t)h->first - 1, dets[k])) return 1;
    return 0;
}

static int descriptive_adjective(const scan *st, int32_t k);

/* "the foreign ministry in Nairobi", "وزارة الخارجية في الرباط": a listed
 * capital after في / in gives a bare body its country (the entry or -1). */

static int capital_country_after(const scan *st, int32_t j)
{
    span m;
    size_t n;
    /* one participle between ("مجلس النواب المنعقد في طبرق", "the parliament based in Tobruk") */
    if ((size_t)j + 1 < st->d->tokens.n && same_sent(st->d, j, j + 1) &&
        (evg_tok_is(st->d, (size_t)j + 1, "in") || evg_tok_is(st->d, (size_t)j + 1, "في")) &&
        (evg_tok_is(st->d, (size_t)j, "based") || evg_tok_is(st->d, (size_t)j, "sitting") ||
         (st->d->tokens.v[j].script == EVG_SCRIPT_ARAB && tok_str(st->d, j, &n) && n >= 10 &&
          !memcmp(tok_str(st->d, j, &n), "الم", 6) && !descriptive_adjective(st, j))))
        j++;
    if (!evg_tok_is(st->d, (size_t)j, "in") && !evg_tok_is(st->d, (size_t)j, "في")) return -1;
    if (!same_sent(st->d, j, j + 1) || !match_at(st, j + 1, GAZ_NAME, &m)) return -1;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
    if (e->is_country || strcmp(e->type, "GPE") != 0 || strlen(e->country) != 3) return -1;
    char id[4];
    for (int l = 0; l < 3; l++) id[l] = (char)(e->country[l] | 0x20);
    id[3] = '\0';
    int32_t c = evg_gaz_find_id(st->g, id);
    return c >= 0 && st->g->ents.v[c].is_country ? c : -1;
}

/* Is mention mm an Arabic nisba without the article after an indefinite
 * noun ("مسؤول أمريكي", "مصدر عراقي")?  The speaker's country, which a bare
 * body the speaker names belongs to ("عن مسؤول أمريكي أن وزارة الدفاع"). */
static int indefinite_nisba(const scan *st, const evg_mention *mm)
{
    const evg_doc *d = st->d;
    size_t n;
    int32_t k = mm->tok_first;
    if (mm->kind != EVG_MEN_DEMONYM || k < 1 || !same_sent(d, k - 1, k) || d->tokens.v[k].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = tok_str(d, k, &n), *p = tok_str(d, k - 1, &n);
    return memcmp(s, "ال", 4) != 0 && d->tokens.v[k - 1].kind == EVG_TOK_WORD && n >= 6 && memcmp(p, "ال", 4) != 0;
}

/* The country named last before token j in its sentence (an entry), or -1:
 * "دعت مصر، في بيان لوزارة الخارجية، إلى" is Egypt's ministry even in
 * an article about Sudan.  A nisba after an indefinite noun counts as well
 * (indefinite_nisba). */
static int sentence_country_before(const scan *st, int32_t j)
{
    for (size_t i = st->d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &st->d->mentions.v[i];
        if (mm->tok_first >= j) continue;
        if (!same_sent(st->d, mm->tok_first, j)) break;
        int c = country_entry_of(st, &st->d->entities.v[mm->entity]);
        if (c >= 0 && st->d->entities.v[mm->entity].type && !strcmp(st->d->entities.v[mm->entity].type, "GPE") &&
            (mm->kind == EVG_MEN_NAME || indefinite_nisba(st, mm)))
            return c;
    }
    return -1;
}

static int ends_with(const char *s, size_t n, const char *suf);

static void home_body_fallback(scan *st, title_hit *h)
{
    static const char *const bodies[] = {"foreign_ministry", "defence_ministry", "parliament", "civil_protection",
                                         "civil_defence", "presidential_guard", "treasury",
                                         "presidential_council", "general_security", "presidency", "junta",
                                         "constitutional_court", "supreme_court", "military", "police",
                                         "government", "navy", "republican_guard", "prime_ministry"};
    static const char *const loose[] = {"القوات", "forces", "troops", "السلطات", "authorities"};
    size_t b = 0;
    if (h->q.entry >= 0 || strcmp(h->t->type, "ORG") != 0 || !h->t->synth) return;
    while (b < sizeof bodies / sizeof *bodies && strcmp(h->t->office, bodies[b]) != 0) b++;
    if (b == sizeof bodies / sizeof *bodies) return;
    if (!strcmp(h->t->office, "presidency") && (h->end - h->first < 2 || st->d->tokens.v[h->first].script != EVG_SCRIPT_ARAB))
        return; /* "رئاسة الجمهورية" is the home presidency; "انتخابات الرئاسة", "his presidency" are terms */
    static const char *const hold[] = {"تولى", "يتولى", "وتولى", "لتولي", "تولي", "تسلم", "يتسلم", "منصب", "took", "assumed"};
    if ((!strcmp(h->t->office, "presidency") || !strcmp(h->t->office, "prime_ministry")) && h->first > 0 &&
        evg_tok_in_static(st->d, (size_t)h->first - 1, hold, sizeof hold / sizeof *hold, EVG_WS_PLAIN))
        return; /* "تولى رئاسة الوزراء": the office held, not the body */
    static const char *const intl[] = {"الدولي", "الدوليه", "الاممي", "الامميه", "العالمي", "العالميه"};
    for (size_t w = 0; w < sizeof intl / sizeof *intl; w++)
        if (evg_tok_is(st->d, (size_t)h->end, intl[w])) return; /* "الشرطة الدولية" is Interpol, no country's */
    if (h->end - h->first == 1) { /* "القوات", "والقوات", "troops" alone: whose forces is the sentence's business */
        size_t n;
        const char *w = tok_str(st->d, h->first, &n);
        for (size_t l = 0; l < sizeof loose / sizeof *loose; l++)
            if (ends_with(w, n, loose[l])) return;
    }
    int c = capital_country_after(st, h->end);
    if (c < 0 && !home_body_context(st, h)) return;
    if (c < 0) c = sentence_country_before(st, h->first);
    if (c < 0) {
        int32_t home = home_country(st);
        c = home >= 0 ? country_entry_of(st, &st->d->entities.v[home]) : -1;
    }
    if (c < 0) return;
    h->q.entry = c;
    h->office = h->t->office;
    int holder = holder_of(st, h->office, &h->q, sent_day(st->d, h->first));
    if (holder >= 0) h->ent = entity_of(st, holder);
}

static void title_fallback(scan *st, title_hit *h)
{
    if (h->q.entry >= 0 && !strcmp(h->t->office, "self")) {
        h->ent = entity_of(st, h->q.entry);
        return;
    }
    state_title_fallback(st, h);
    if (h->ent >= 0) return;
    if (!strcmp(h->t->type, "PER")) h->ent = antecedent_get(st, h->t->office, h->q.entry);
    h->by_ante = h->ent >= 0;
    if (h->ent < 0) home_body_fallback(st, h);
    if (h->ent < 0 && h->q.entry >= 0 && h->t->synth && *h->office)
        h->ent = office_entity(st, h->t, h->office, &h->q, h->os, h->oe);
}

static int32_t charge_words(const scan *st, int32_t k);

/* A title at span ts, qualified by pre (English order) or by what follows. */
/* The qualifier, and the office it gives: "نظيره الروسي" (his Russian
 * counterpart) holds the office of the last person title seen. */
/* End of the portfolio words of an Arabic title (وزير [الدولة للشؤون
 * الخارجية], مديرة [البرامج]): up to three definite words (ال, لل) that are
 * neither names nor demonyms. */
static int32_t portfolio_end(const scan *st, int32_t j)
{
    const evg_doc *d = st->d;
    int32_t k = j, extra = 0;
    span m;
    while (k - j - extra < 3 && same_sent(d, j - 1, k) && d->tokens.v[k].kind == EVG_TOK_WORD &&
           d->tokens.v[k].script == EVG_SCRIPT_ARAB && !is_stop_tok(st, k) && !st->in_timex[k]) {
        size_t n;
        const char *s = tok_str(d, k, &n);
        int32_t c = charge_words(st, k);
        if (c == k && (evg_tok_is(d, (size_t)k, "لشوون") || evg_tok_is(d, (size_t)k, "لشؤون")) && k + 1 < (int32_t)d->tokens.n)
            c = k + 1; /* "المفوضة الأوروبية لشؤون التوسع": the field's head noun */
        if (c > k) { /* "بالنيابة", "المكلف بحقوق": not portfolio words themselves */
            extra += c - k;
            k = c;
            continue;
        }
        int coord = k > j && n >= 10 && !memcmp(s, "وال", 6); /* "الطاقة والمناجم" */
        if (!coord && (n < 8 || (memcmp(s, "ال", 4) != 0 && memcmp(s, "لل", 4) != 0))) break;
        if (match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG | GAZ_PAIR, &m)) break;
        if (match_at(st, k, GAZ_HONOR, &m)) break; /* "رئيس الأركان الفريق أول ...": the holder's rank */
        if (match_at(st, k, GAZ_TITLE, &m) && !strcmp(st->g->titles.v[st->g->keys.v[m.key].target].type, "PER"))
            break; /* "الرئيس الوزيرة بالنيابة": another person's title */
        k++;
    }
    return k;
}

/* End of the words at k that qualify how an Arabic title is held rather
 * than what it holds: "بالنيابة" (acting: "الوزيرة بالنيابة للعدل"), and
 * "المكلف" / "المكلفة" with a word in ب after it (in charge of: "وزير الدولة
 * المكلف بحقوق الإنسان"; without the ب word it is a designate, see
 * former_title).  k when there are none. */
static int32_t charge_words(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return k;
    if (evg_tok_is(d, (size_t)k, "بالنيابه")) return k + 1;
    if (!evg_tok_is(d, (size_t)k, "المكلف") && !evg_tok_is(d, (size_t)k, "المكلفه")) return k;
    if ((size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1) || d->tokens.v[k + 1].kind != EVG_TOK_WORD) return k;
    const char *s = tok_str(d, k + 1, &n);
    return n > 6 && !memcmp(s, "ب", 2) ? k + 2 : k;
}

/* Does a person's name (listed, a variant or not listed) start at j? */
static int name_follows(const scan *st, int32_t j)
{
    span m;
    int32_t e;
    j = honor_skip(st, j);
    return person_after(st, j, &m) || fuzzy_match(st, j, &m) || title_name(st, j, &e);
}

/* "محافظ السليمانية", "عمدة إسطنبول": a governor's or mayor's title takes
 * the listed city or province written after it as its qualifier. */
static int place_qual(const scan *st, const title_hit *h, const span *m, qual *q)
{
    /* a governor or mayor of a city or province; a president or leader of a
     * region that has its own government ("رئيس ولاية بونتلاند", "President
     * of Republika Srpska") */
    int local = !strcmp(h->t->office, "governor") || !strcmp(h->t->office, "mayor");
    int region = !strcmp(h->t->office, "president") || !strcmp(h->t->office, "leader");
    if (!local && !region) return 0;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || (strcmp(e->type, "GPE") != 0 && strcmp(e->type, "LOC") != 0)) return 0;
    if (region && e->capital_of >= 0) return 0; /* a capital stands for its country, as before */
    q->entry = st->g->keys.v[m->key].target;
    q->is_org = 1;
    q->end = m->end, q->oe = m->oe, q->first = m->first, q->os = m->os;
    q->kind = EVG_MEN_NAME;
    return 1;
}

/* The same written after the title, also behind "of" or a place noun:
 * "governor of Kano State", "عمدة مدينة ساو باولو", "والي ولاية الخرطوم". */
static int place_qual_after(const scan *st, const title_hit *h, int32_t j, qual *q)
{
    span m;
    int32_t k = j;
    if (evg_tok_is(st->d, (size_t)k, "of") || place_cue(st, k) == 1 ||
        ((place_cue(st, k) == 2 || evg_tok_is(st->d, (size_t)k, "مقاطعه")) && !match_at(st, k, GAZ_NAME, &m)))
        k++; /* "محافظ منطقة X", "حاكم مقاطعة X" (a listed name must follow); "إقليم كردستان" is one name */
    if (evg_tok_is(st->d, (size_t)k, "the") && k > j) k++; /* "the governor of the Krasnodar region" */
    if (!same_sent(st->d, j - 1, k) || !match_at(st, k, GAZ_NAME, &m)) return 0;
    return place_qual(st, h, &m, q);
}

/* A nisba that is also a common word qualifies a title of the state only:
 * "الجيش المالي", "وزير الخارجية المالي" are Mali's, while "المستشار المالي"
 * (financial adviser), "المدير المالي" and "الجانب المالي" stay words.  The
 * nisbas are the demonyms data/demonyms.tsv leaves out as common words. */
static int word_nisba_qual(const scan *st, const title_hit *h, int32_t j, qual *q)
{
    static const char *const offices[] = {"military", "government", "president", "prime_minister",
                                          "foreign_minister", "defence_minister", "foreign_ministry",
                                          "defence_ministry", "parliament", "embassy", "ambassador",
                                          "intelligence", "presidency", "news_agency", "chief_of_staff", "junta"};
    static const struct { const char *w, *id; } nisba[] = {{"المالي", "mli"}, {"الماليه", "mli"}, {"مالي", "mli"}};
    size_t o = 0, n = 0;
    int in = evg_tok_is(st->d, (size_t)j, "في"); /* "المجلس العسكري في مالي" */
    j += in;
    if ((size_t)j >= st->d->tokens.n || !same_sent(st->d, h->first, j)) return 0;
    while (o < sizeof offices / sizeof *offices && strcmp(h->t->office, offices[o]) != 0) o++;
    if (o == sizeof offices / sizeof *offices) return 0;
    while (n < sizeof nisba / sizeof *nisba && !evg_tok_is(st->d, (size_t)j, nisba[n].w)) n++;
    if (n == sizeof nisba / sizeof *nisba || in != !strncmp(nisba[n].w, "م", 2)) return 0; /* في مالي, المالي */
    if ((q->entry = evg_gaz_find_id(st->g, nisba[n].id)) < 0) return 0;
    const evg_token *t = &st->d->tokens.v[j];
    q->is_org = 0, q->end = j + 1, q->oe = t->oe, q->first = j, q->os = t->os, q->kind = EVG_MEN_DEMONYM;
    return 1;
}

/* Does a field of portfolio words open at k after a title's qualifier: a
 * word in لل, لشؤون, or "المكلف ب..."?  A plain definite word there is the
 * name or another adjective ("الموريتاني المختار ولد اجاي", "المصري
 * الأسبق", "الباكستاني الجنرال"), and بالنيابة is former_title's. */
static int field_opens(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = tok_str(st->d, k, &n);
    if (n > 6 && !memcmp(s, "لل", 4)) return 1;
    if (evg_tok_is(st->d, (size_t)k, "لشوون") || evg_tok_is(st->d, (size_t)k, "لشؤون")) return 1;
    return charge_words(st, k) > k && !evg_tok_is(st->d, (size_t)k, "بالنيابه");
}

/* "رئيس المجلس الأعلى للدولة في ليبيا", "رئيس اللجنة الأولمبية في كينيا
 * بول تيرغات", "زعيم حزب ...": a president's or leader's Arabic title
 * followed by the words of a body nobody listed (a definite head noun of
 * data/gaz_orgwords.tsv first) heads that body, not the country: a country
 * after the body qualifies the person only, and no holder fills the
 * office.  So do a noun and an organisation's adjective ("رئيس البعثة
 * الأممية" heads the UN mission, not the UN), and a delegation or a team and
 * any adjective ("رئيس الوفد الروسي" is no president).  A ruling council (العسكري،
 * السيادي، الرئاسي، الانتقالي) is left to the country's titles.  1 when h
 * was set so. */
/* Is Arabic token k a definite nisba adjective (الأممية, الأوروبي) rather
 * than a noun or a name (لحماس, الاتحاد)? */
static int nisba_adjective_word(const scan *st, int32_t k)
{
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    if (st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || n < 10 || memcmp(s, "ال", 4) != 0) return 0;
    return !memcmp(s + n - 2, "ي", 2) || (n >= 12 && !memcmp(s + n - 4, "يه", 4));
}

static int body_head_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    static const char *const ruling[] = {"العسكري", "السيادي", "الرءاسي", "الانتقالي"};
    const evg_doc *d = st->d;
    size_t n;
    qual q;
    if (pre || strcmp(h->t->type, "PER") != 0 || (strcmp(h->t->office, "president") && strcmp(h->t->office, "leader")) ||
        (size_t)ts->end >= d->tokens.n || d->tokens.v[ts->end].script != EVG_SCRIPT_ARAB || qual_after(st, ts->end, &q))
        return 0;
    const char *s = tok_str(d, ts->end, &n);
    if (n <= 4 || memcmp(s, "ال", 4) != 0) return 0;
    int32_t p = portfolio_end(st, ts->end);
    if (p <= ts->end) return 0;
    int body = evg_ent_org_word_class(st->g, s, n) == 'H', of_org = 0;
    static const char *const party[] = {"الوفد", "البعثه", "الفريق"};
    int delegation = evg_tok_in_static(d, (size_t)ts->end, party, sizeof party / sizeof *party, EVG_WS_PLAIN);
    if (!body && qual_after(st, p, &q) && (q.is_org || delegation) && q.first == p && nisba_adjective_word(st, p))
        body = of_org = 1; /* "البعثة الأممية", "الوفد الروسي" */
    body = body || delegation; /* "رئيس البعثة الأوروبية في النيجر" */
    if (!body) return 0;
    for (int32_t k = ts->end; k < p; k++)
        if (evg_tok_in_static(d, (size_t)k, ruling, sizeof ruling / sizeof *ruling, EVG_WS_PLAIN)) return 0;
    h->end = p, h->oe = d->tokens.v[p - 1].oe, h->portfolio = 1, h->body_head = 1;
    if (of_org) h->q = q, h->end = q.end, h->oe = q.oe; /* named too, but its head is not meant */
    else if (qual_after(st, p, &h->q) && !h->q.is_org) h->end = h->q.end, h->oe = h->q.oe;
    else memset(&h->q, 0, sizeof h->q), h->q.entry = h->q.first = -1;
    h->office = "";
    return 1;
}

static void title_qualify(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t p;
    if (body_head_title(st, h, ts, pre)) return;
    if (pre ? make_qual(st, pre, &h->q) || place_qual(st, h, pre, &h->q)
            : qual_after(st, ts->end, &h->q) || place_qual_after(st, h, ts->end, &h->q) ||
                  word_nisba_qual(st, h, ts->end, &h->q)) {
        if (!pre) h->end = h->q.end, h->oe = h->q.oe;
        if (!pre && !strcmp(h->t->type, "PER") && field_opens(st, h->end) && (p = portfolio_end(st, h->end)) > h->end &&
            name_follows(st, p))
            h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1; /* "المفوض الأوروبي للطاقة" */
    } else if (!pre && !strcmp(h->t->type, "PER") && (p = portfolio_end(st, ts->end)) > ts->end &&
               (qual_after(st, p, &h->q) || name_follows(st, p))) {
        if (h->q.entry >= 0) h->end = h->q.end, h->oe = h->q.oe;
        else h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1;
        if (h->q.entry >= 0 && field_opens(st, h->end) && (p = portfolio_end(st, h->end)) > h->end && name_follows(st, p))
            h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1; /* "وزير الدولة الإماراتي للشؤون الخارجية" */
    } else if (!pre && !strcmp(h->t->office, "self") && (p = portfolio_end(st, ts->end)) > ts->end &&
               qual_after(st, p, &h->q)) { /* "وزارة الصحة السودانية" */
        if (h->q.entry >= 0) h->end = h->q.end, h->oe = h->q.oe;
        else h->end = p, h->oe = st->d->tokens.v[p - 1].oe;
    } else if (*h->t->deflt) {
        h->q.entry = evg_gaz_find_id(st->g, h->t->deflt);
        h->q.is_org = h->q.entry >= 0 && !st->g->ents.v[h->q.entry].is_country;
    }
    h->office = h->q.is_org ? h->t->org_office : h->t->office;
    if (!strcmp(h->office, "counterpart")) h->office = st->ante.n ? st->ante.v[st->ante.n - 1].office : "";
}

/* ---- references resolved inside the document ---- */

/* Folded text of token k without a leading و or ف (Arabic). */
static const char *bare_word(const scan *st, int32_t k, size_t *n)
{
    const char *s = tok_str(st->d, k, n);
    if (st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && *n > 6 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2)))
        s += 2, *n -= 2;
    return s;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n >= m && !memcmp(s + n - m, suf, m);
}

/* A third-person feminine verb (a capital is grammatically feminine):
 * perfect in -ت (قالت، أرسلت) or imperfect in ت- (تقول، ترسل).  Plurals in
 * -ات and names in -وت/-يت (بيروت، الكويت) are not verbs. */
static int fem_verb(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD ||
        st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->in_timex[k])
        return 0;
    size_t n;
    const char *s = bare_word(st, k, &n);
    if (count_letters(s, n) < 3 || !memcmp(s, "ال", 4)) return 0;
    if (!memcmp(s, "ت", 2)) return 1;
    return ends_with(s, n, "ت") && !ends_with(s, n, "ات") && !ends_with(s, n, "وت") && !ends_with(s, n, "يت");
}

/* An English verb after a subject: -ed, a common irregular form, or (with
 * plural set) -s unless a verb follows it, which makes it a plural noun. */
static int english_verb(const scan *st, int32_t k, int plural)
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
    const char *s = tok_str(st->d, k, &n);
    for (size_t i = 0; i < sizeof irr / sizeof *irr; i++)
        if (evg_tok_is(st->d, (size_t)k, irr[i])) return 1;
    if (n >= 4 && ends_with(s, n, "ed")) return 1;
    /* "Moscow denies", but not "Kyiv residents fled" (a plural noun before a verb) */
    return plural && n >= 4 && ends_with(s, n, "s") && !ends_with(s, n, "ss") && !english_verb(st, k + 1, 0);
}

/* Is a capital at span m the subject of a verb ("بيونغ يانغ ترسل", "وقالت
 * موسكو", "Pyongyang sent")?  After a preposition (في، إلى، in, to ...) or
 * a proclitic ب or ل it is a place. */
static int capital_acts(const scan *st, const span *m)
{
    static const char *const prep[] = {"في", "الي", "من", "نحو", "قرب", "عن", "داخل", "خارج", "عبر", "حول", "in",
                                       "at", "from", "to", "into", "near", "outside", "via", "of", "across",
                                       "toward", "towards", "through", "inside", "around", "between"};
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[m->first];
    int32_t p = m->first - 1, clitic = m->os > t->os;
    if (clitic && !(!memcmp(d->raw.p + t->os, "و", 2) || !memcmp(d->raw.p + t->os, "ف", 2))) return 0;
    int prev_ok = same_sent(d, m->first, p);
    for (size_t i = 0; prev_ok && i < sizeof prep / sizeof *prep; i++)
        if (evg_tok_is(d, (size_t)p, prep[i])) return 0;
    if (t->script == EVG_SCRIPT_LATN) return same_sent(d, m->first, m->end) && english_verb(st, m->end, 1);
    if (prev_ok && !clitic && fem_verb(st, p)) return 1; /* VSO */
    int start = clitic || !prev_ok || d->tokens.v[p].kind == EVG_TOK_PUNCT || is_stop_tok(st, p);
    return start && same_sent(d, m->first, m->end) && fem_verb(st, m->end); /* SVO */
}

static int is_country_entity(const evg_entity *x)
{
    return strlen(x->id) == 3 && !strcmp(x->type, "GPE");
}

/* The two countries the document has named most so far (the later named
 * first among equals), into pair[0] and pair[1]; 0 when fewer than two. */
static int main_pair(const scan *st, int32_t pair[2])
{
    const evg_doc *d = st->d;
    int32_t *count = evg_xcalloc(d->entities.n + 1, sizeof *count), *last = evg_xcalloc(d->entities.n + 1, sizeof *last);
    for (size_t i = 0; i < d->mentions.n; i++) {
        int32_t e = d->mentions.v[i].entity;
        if (is_country_entity(&d->entities.v[e])) count[e]++, last[e] = (int32_t)i;
    }
    pair[0] = pair[1] = -1;
    for (int32_t e = 0; (size_t)e < d->entities.n; e++) {
        if (!count[e]) continue;
        for (int r = 0; r < 2; r++) {
            int32_t o = pair[r];
            if (o < 0 || count[e] > count[o] || (count[e] == count[o] && last[e] > last[o])) {
                if (r == 0) pair[1] = pair[0];
                pair[r] = e;
                break;
            }
        }
    }
    free(count);
    free(last);
    return pair[1] >= 0;
}

/* Gazetteer country of a document entity's country code, or -1. */
static int country_entry_of(const scan *st, const evg_entity *x)
{
    char id[4];
    if (!x->country || strlen(x->country) != 3) return -1;
    for (int i = 0; i < 4; i++)
        id[i] = (char)(x->country[i] >= 'A' && x->country[i] <= 'Z' ? x->country[i] + 32 : x->country[i]);
    int e = evg_gaz_find_id(st->g, id);
    return e >= 0 && st->g->ents.v[e].is_country ? e : -1;
}

/* Does country entry a rank before b: named more often, or as often and first? */
static int ranks_before(const int32_t *count, const int32_t *first, int a, int b)
{
    return b < 0 || count[a] > count[b] || (count[a] == count[b] && first[a] < first[b]);
}

/* With fewer than two countries named: the two countries whose people,
 * institutions and cities the document has named most ("بوتين وشي جين
 * بينغ ... الجانبان"), as document entities, in the order of their first
 * such mention. */
static int people_pair(scan *st, int32_t pair[2])
{
    const evg_doc *d = st->d;
    int32_t *count = evg_xcalloc(st->g->ents.n + 1, sizeof *count), *first = evg_xcalloc(st->g->ents.n + 1, sizeof *first);
    int best[2] = {-1, -1};
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_entity *x = &d->entities.v[d->mentions.v[i].entity];
        int c = is_country_entity(x) || !strcmp(x->type, "LOC") ? -1 : country_entry_of(st, x);
        if (c >= 0 && !count[c]++) first[c] = (int32_t)i;
    }
    for (int e = 0; (size_t)e < st->g->ents.n; e++) {
        if (!count[e]) continue;
        if (ranks_before(count, first, e, best[0])) best[1] = best[0], best[0] = e;
        else if (ranks_before(count, first, e, best[1])) best[1] = e;
    }
    int ok = best[1] >= 0, swap = ok && first[best[1]] < first[best[0]];
    free(count);
    free(first);
    if (!ok) return 0;
    pair[0] = entity_of(st, best[swap]);
    pair[1] = entity_of(st, best[!swap]);
    return 1;
}

/* "البلدين", "the two countries": one TITLE mention for each of the two
 * countries the document has named most so far, in the order of their first
 * mention (with fewer than two named, the countries of the people named:
 * people_pair; nothing when those are fewer than two either).  Two mentions
 * rather than one so that each country is an actor of what the pair does. */
static int32_t pair_at(scan *st, const span *m)
{
    int32_t p[2];
    if (!main_pair(st, p)) {
        if (!people_pair(st, p)) return m->end;
    } else if (st->d->entities.v[p[0]].first_mention > st->d->entities.v[p[1]].first_mention) {
        int32_t t = p[0];
        p[0] = p[1], p[1] = t;
    }
    add_mention(st, p[0], m->first, m->end, m->os, m->oe, EVG_MEN_TITLE);
    add_mention(st, p[1], m->first, m->end, m->os, m->oe, EVG_MEN_TITLE);
    return m->end;
}

static int32_t ambig_at(scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t ent = entity_of(st, ambig_entry(st, k->target));
    add_mention(st, ent, m->first, m->end, m->os, m->oe,
                st->g->ambig.v[k->target].is_name ? EVG_MEN_NAME : EVG_MEN_DEMONYM);
    return m->end;
}

/* A rank or honorific: the listed name after it is left to the scan; a name
 * nobody listed becomes a new person with the rank's role. */
static int32_t latin_new_at(scan *st, int32_t i);
static int32_t cap_run(const scan *st, int32_t i, int *words);
static int head_kind(const scan *st, int32_t k);

/* "General Authority of Civil Aviation", "General Motors": a Latin rank
 * that opens capitalised words ending in an organisation head, or with a
 * head before "of", is the first word of that organisation's name.  Its
 * end, or -1. */
static int32_t rank_in_org_name(scan *st, const span *m)
{
    int words;
    const evg_doc *d = st->d;
    if (d->tokens.v[m->first].script != EVG_SCRIPT_LATN || !(d->tokens.v[m->first].flags & EVG_TOKF_CAP)) return -1;
    int32_t end = cap_run(st, m->first, &words);
    if (end <= m->end) return -1;
    int headed = head_kind(st, end - 1) == 1;
    for (int32_t j = m->end; j + 1 < end && !headed; j++)
        headed = head_kind(st, j) == 1 && evg_tok_is(d, (size_t)j + 1, "of");
    return headed ? latin_new_at(st, m->first) : -1;
}

static int32_t honor_at(scan *st, const span *m)
{
    int32_t j = honor_skip(st, m->first), e;
    span nm;
    if ((e = rank_in_org_name(st, m)) > m->first) return e;
    if (!same_sent(st->d, m->first, j)) return m->end;
    if (match_at(st, j, GAZ_NAME, &nm) || fuzzy_match(st, j, &nm)) return j;
    if (!unknown_name(st, j, &e)) return m->end;
    int32_t ent = new_entity(st, j, e, "PER", "", st->g->honors.v[st->g->keys.v[m->key].target].role);
    if (ent < 0) return m->end;
    add_mention(st, ent, j, e, st->d->tokens.v[j].os, st->d->tokens.v[e - 1].oe, EVG_MEN_NAME);
    return e;
}

static int cap_word(const scan *st, int32_t k);

/* A family name closing a listed person's name m: محمد بن زايد + آل نهيان,
 * Mohamed bin Zayed + Al Nahyan (or al-Sabah). */
static void family_close(const scan *st, span *m)
{
    const evg_doc *d = st->d;
    int32_t j = m->end;
    if (d->tokens.v[m->first].script == EVG_SCRIPT_ARAB) {
        if (name_particle(st, j, 0) && same_sent(d, m->first, j + 1) && d->tokens.v[j + 1].kind == EVG_TOK_WORD &&
            d->tokens.v[j + 1].script == EVG_SCRIPT_ARAB)
            m->end = j + 2, m->oe = d->tokens.v[j + 1].oe;
        return;
    }
    if (!same_sent(d, m->first, j + 1) || !(evg_tok_is(d, (size_t)j, "al") || evg_tok_is(d, (size_t)j, "el")) ||
        !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return;
    if (is_joiner(d, j + 1) && !(d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE)) j++;
    if (!same_sent(d, m->first, j + 1) || !cap_word(st, j + 1)) return;
    m->end = j + 2;
    m->oe = d->tokens.v[j + 1].oe;
}

/* Token j is the closing dot of an abbreviation ("U.S.", "U.N."): a dot
 * right after a one-letter word or a word with dots inside ("U.S"). */
static int abbreviation_dot(const evg_doc *d, int32_t j)
{
    if (j < 1 || (size_t)j >= d->tokens.n || !same_sent(d, j - 1, j)) return 0;
    const evg_token *p = &d->tokens.v[j - 1], *t = &d->tokens.v[j];
    if (t->kind != EVG_TOK_PUNCT || (t->flags & EVG_TOKF_SPACE_BEFORE) || !evg_tok_is(d, (size_t)j, ".") ||
        p->kind != EVG_TOK_WORD || p->script != EVG_SCRIPT_LATN)
        return 0;
    return p->oe - p->os == 1 || (p->oe - p->os <= 5 && memchr(d->raw.p + p->os, '.', (size_t)(p->oe - p->os)));
}

/* Which of countries a and b the words of m's sentence (before and after
 * it) name, through a listed name or demonym of the country itself or of
 * anything of its country ("الأردني", "أيمن الصفدي", "مسقط"): 1 for a only,
 * -1 for b only, 0 for both or neither. */
static int sentence_side(const scan *st, const span *m, int a, int b)
{
    const evg_doc *d = st->d;
    int na = 0, nb = 0;
    int32_t lo = m->first, hi = m->end;
    while (lo > 0 && same_sent(d, lo - 1, m->first)) lo--;
    while ((size_t)hi < d->tokens.n && same_sent(d, hi, m->first)) hi++;
    for (int32_t k = lo; k < hi; k++) {
        span x;
        if (k >= m->first && k < m->end) continue;
        if (d->tokens.v[k].kind != EVG_TOK_WORD || !match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &x)) continue;
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[x.key].target];
        if (x.first < m->end && x.end > m->first) continue; /* عمان itself */
        const char *c = e->country;
        na += e == &st->g->ents.v[a] || (c && !strcmp(c, st->g->ents.v[a].country));
        nb += e == &st->g->ents.v[b] || (c && !strcmp(c, st->g->ents.v[b].country));
        k = x.end - 1;
    }
    return na && !nb ? 1 : nb && !na ? -1 : 0;
}

/* عمان folds alike for Amman (عمّان) and Oman (عُمان).  Decision: Amman when
 * the original writes the shadda, in a dateline ("عمان -"), or when the
 * document has named Jordan; Oman after سلطنة or when the document has
 * named Oman or an Omani; else the listed default (Oman). */
static int amman_or_oman(scan *st, const span *m, const gaz_key *k)
{
    const evg_doc *d = st->d;
    int entry = k->target;
    if (k->ntok != 1 || strcmp(k->tok[0], "عمان") != 0) return entry;
    int omn = evg_gaz_find_id(st->g, "omn"), amm = evg_gaz_find_id(st->g, "amman"), jor = evg_gaz_find_id(st->g, "jor");
    if (omn < 0 || amm < 0 || (entry != omn && entry != amm)) return entry;
    for (int32_t p = m->os; p + 1 < m->oe; p++)
        if ((unsigned char)d->raw.p[p] == 0xD9 && (unsigned char)d->raw.p[p + 1] == 0x91) return amm; /* ّ */
    if (m->first > 0 && same_sent(d, m->first - 1, m->first) && evg_tok_is(d, (size_t)m->first - 1, "سلطنه"))
        return omn;
    if (dateline_at(d, m->first, m->end)) return amm;
    int side = jor >= 0 ? sentence_side(st, m, jor, omn) : 0;
    if (side) return side > 0 ? amm : omn;
    int32_t home = home_country(st);
    int hc = home >= 0 ? country_entry_of(st, &d->entities.v[home]) : -1;
    if (hc >= 0 && (hc == jor || hc == omn)) return hc == jor ? amm : omn; /* the story's own country */
    if (st->by_entry[omn]) return omn;
    return jor >= 0 && st->by_entry[jor] ? amm : entry;
}

/* "U.S. Treasury", "U.N. Security Council": a dotted acronym that opens a
 * longer Latin name and names a listed entry of its own is a mention of
 * that entry too (before the whole name's). */
static void acronym_inside(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, m->first, &n);
    if (m->end - m->first < 3 || n < 3 || n > 5 || s[1] != '.' || !abbreviation_dot(d, m->first + 1)) return;
    int k = best_single_key(st, m->first, s, n, GAZ_NAME);
    if (k < 0 || st->g->keys.v[k].target == st->g->keys.v[m->key].target) return;
    add_mention(st, entity_of(st, st->g->keys.v[k].target), m->first, m->first + 1, m->os,
                d->tokens.v[m->first + 1].oe, EVG_MEN_NAME);
}

/* The title office a listed legislature stands for when its name carries
 * no country ("Congress" is usa:parliament, "House of Representatives"
 * usa:lower_house: both a parliament), or NULL for any other entry. */
static const char *generic_body_office(const scan *st, int entry)
{
    static const char *const map[][2] = {{"parliament", "parliament"}, {"lower_house", "parliament"},
                                         {"senate", "senate"}};
    if (strcmp(st->g->ents.v[entry].type, "ORG") != 0 || st->g->ents.v[entry].is_country) return NULL;
    for (size_t o = 0; o < st->g->offices.n; o++) {
        const char *off = st->g->offices.v[o].office, *colon = strchr(off, ':');
        if (st->g->offices.v[o].entry != entry || !colon) continue;
        for (size_t k = 0; k < sizeof map / sizeof *map; k++)
            if (!strcmp(colon + 1, map[k][0])) return map[k][1];
    }
    return NULL;
}

/* Do the words [first, end) name a country: a country or a demonym
 * ("الكونغرس الأمريكي"), or an upper-case initial ("U.S. Congress")? */
static int names_a_country(const scan *st, int32_t first, int32_t end)
{
    for (int32_t k = first; k < end; k++) {
        size_t n;
        const char *s = tok_str(st->d, k, &n);
        if (n <= 2 && s[0] >= 'A' && s[0] <= 'Z') return 1;
        int key = best_single_key(st, k, s, n, GAZ_NAME | GAZ_DEMONYM);
        if (key >= 0 && (st->g->keys.v[key].kind == GAZ_DEMONYM || st->g->ents.v[st->g->keys.v[key].target].is_country))
            return 1;
    }
    return 0;
}

/* Is country entry c named in token j's sentence before j, or in the
 * sentence before it? */
static int country_named_near(const scan *st, int c, int32_t j)
{
    int32_t s = st->d->tokens.v[j].sent;
    for (size_t i = st->d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &st->d->mentions.v[i];
        if (mm->sent < s - 1) break;
        if (mm->tok_first < j && country_entry_of(st, &st->d->entities.v[mm->entity]) == c) return 1;
    }
    return 0;
}

/* "Congress", "الكونغرس", "House of Representatives" in a story from Lima
 * or Manila: a listed legislature written without a country word is the
 * legislature of the country written after في/in ("الكونغرس في بيرو"), else
 * of the story's own country unless its listed country is named in this
 * sentence or the one before ("vetoed in Congress" after "the American
 * president") or the story's country has a listed legislature (which the
 * story would call by its name: "Congress" in a Moscow story is the
 * American one).  The story's own country stands only where its legislature
 * is itself called Congress (congress_country); in a Khartoum, Kabul or
 * Beirut story "Congress" is Washington's.  Returns that body's entity, or
 * -1 to keep the listed one. */
/* Is the mention m written "Congress", "الكونغرس" or "الكونجرس"? */
static int says_congress(const evg_doc *d, const span *m)
{
    const char *o = d->raw.p + m->os;
    size_t n = (size_t)(m->oe - m->os);
    if (n >= 8 && !memcmp(o, "Congress", 8)) return 1;
    for (size_t i = 0; i + 12 <= n; i++)
        if (!memcmp(o + i, "كونغرس", 12) || !memcmp(o + i, "كونجرس", 12)) return 1;
    return 0;
}

/* Is the country (lower-case alpha-3 id) one whose legislature is called
 * Congress? */

static int congress_country(const char *id)
{
    /* Facts: national legislatures named Congress (Congreso, Congresso,
     * Kongreso); Ecuador's until 2008 and still so called in wire copy. */
    static const char *const named = "arg bra chl col dom ecu esp gtm hnd mex per phl pry ";
    return id && strlen(id) == 3 && strstr(named, id) && strstr(named, id)[3] == ' ';
}

static int32_t home_legislature(scan *st, const span *m, int entry)
{
    const evg_doc *d = st->d;
    const char *office = generic_body_office(st, entry);
    span c_at;
    qual q;
    if (!office || names_a_country(st, m->first, m->end)) return -1;
    int listed = country_entry_of(st, &(evg_entity){.country = st->g->ents.v[entry].country});
    int c = -1;
    if ((size_t)m->end + 1 < d->tokens.n && same_sent(d, m->end, m->end + 1) &&
        (evg_tok_is(d, (size_t)m->end, "في") || evg_tok_is(d, (size_t)m->end, "in")) &&
        match_at(st, m->end + 1, GAZ_NAME, &c_at) && st->g->ents.v[st->g->keys.v[c_at.key].target].is_country)
        c = st->g->keys.v[c_at.key].target;
    int written = c >= 0;
    if (c < 0) {
        if (listed < 0 || country_named_near(st, listed, m->first)) return -1;
        int32_t home = home_country(st);
        c = home >= 0 ? country_entry_of(st, &d->entities.v[home]) : -1;
        if (c >= 0 && says_congress(d, m) && !congress_country(st->g->ents.v[c].id)) return -1;
    }
    if (c < 0 || c == listed) return -1;
    memset(&q, 0, sizeof q);
    q.entry = c;
    int holder = holder_of(st, office, &q, sent_day(d, m->first));
    if (holder >= 0 && !written) return -1; /* a Moscow story calls the Duma by its name: "Congress" is Washington's */
    if (holder >= 0) return entity_of(st, holder);
    for (size_t t = 0; t < st->g->titles.n; t++)
        if (!strcmp(st->g->titles.v[t].office, office) && st->g->titles.v[t].synth &&
            !strcmp(st->g->titles.v[t].type, "ORG"))
            return office_entity(st, &st->g->titles.v[t], office, &q, m->os, m->oe);
    return -1;
}

/* "backs Grace Mugabe", "Ivanka Trump said": a listed given name
 * (given_names.tsv; nothing listed, no title, stop word or date) right
 * before the one-word Latin surname of a listed person is another person
 * of that family: a new person over both words.  Any other capitalised
 * word ("Democrat Pelosi", "Mrs Merkel") is a party, title or sentence
 * start, not a name.  The end, or -1. */
static int32_t kin_before_surname_ar(scan *st, const span *m, const gaz_key *k, const gaz_entry *e);

static int32_t kin_before_surname(scan *st, const span *m, const gaz_key *k, const gaz_entry *e)
{
    const evg_doc *d = st->d;
    int32_t p = m->first - 1;
    if (!(k->flags & GAZ_LATIN)) return kin_before_surname_ar(st, m, k, e);
    if (strcmp(e->type, "PER") != 0 || !(k->flags & GAZ_LATIN) || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (p < 0 || !same_sent(d, p, m->first) || !name_word_ok(st, p, 1) || d->tokens.v[p].oe - d->tokens.v[p].os < 3)
        return -1;
    if (d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end > p) return -1; /* already read */
    if (p > 0 && same_sent(d, p - 1, p) && cap_word(st, p - 1)) return -1; /* a longer run is another reader's */
    int skip;
    if (!given_name(st, p, &skip) || skip) return -1; /* "When Trump", "Republican McConnell" */
    int32_t ent = new_entity(st, p, m->end, "PER", e->country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, p, m->end, d->tokens.v[p].os, m->oe, EVG_MEN_NAME);
    return m->end;
}

/* "أمينة أردوغان", "ميلانيا ترامب": in Arabic, a listed given name
 * (given_names.tsv, written without a proclitic) that is no word of any
 * name of the listed person, right before that person's one-word surname,
 * is another person of that family: a new person over both words.  The
 * end, or -1. */
static int32_t kin_before_surname_ar(scan *st, const span *m, const gaz_key *k, const gaz_entry *e)
{
    const evg_doc *d = st->d;
    int32_t p = m->first - 1;
    int skip;
    if (strcmp(e->type, "PER") != 0 || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (p < 0 || !same_sent(d, p, m->first) || d->tokens.v[p].script != EVG_SCRIPT_ARAB) return -1;
    if (d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end > p) return -1; /* already read */
    if (!given_name(st, p, &skip) || skip || !name_word_ok(st, p, 0)) return -1;
    if (p > 0 && same_sent(d, p - 1, p) && given_name(st, p - 1, &skip)) return -1; /* "عبد الله ...": a longer name */
    if (shares_word(st, k->target, p, p + 1)) return -1; /* the person's own given name */
    int32_t ent = new_entity(st, p, m->end, "PER", e->country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, p, m->end, d->tokens.v[p].os, m->oe, EVG_MEN_NAME);
    return m->end;
}

static int32_t emit_plain(scan *st, const span *m0)
{
    span m = *m0;
    const gaz_key *k = &st->g->keys.v[m0->key];
    int target = k->kind == GAZ_NAME ? amman_or_oman(st, &m, k) : k->target;
    const gaz_entry *e = &st->g->ents.v[target];
    const evg_doc *d = st->d;
    if (target != k->target) { /* the other reading of a homograph */
        add_mention(st, entity_of(st, target), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        return m.end;
    }
    if (k->kind == GAZ_NAME && !strcmp(e->type, "PER")) family_close(st, &m);
    int32_t kin = k->kind == GAZ_NAME ? kin_before_surname(st, &m, k, e) : -1;
    if (kin >= 0) return kin;
    if ((k->flags & GAZ_LATIN) && abbreviation_dot(d, m.end)) m.oe = d->tokens.v[m.end].oe; /* "U.S." */
    if (k->kind == GAZ_NAME && (k->flags & GAZ_LATIN)) acronym_inside(st, &m);
    if (k->kind == GAZ_NAME && e->capital_of >= 0 && capital_acts(st, &m)) {
        st->quiet = 1; /* the country acts; the place stays recorded too */
        add_mention(st, entity_of(st, e->capital_of), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        st->quiet = 0;
    }
    int32_t body = k->kind == GAZ_NAME ? home_legislature(st, &m, target) : -1;
    if (body >= 0) {
        add_mention(st, body, m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
        return m.end;
    }
    return emit_key(st, &m, k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME);
}

/* The title in apposition to a name just made (appositive_at) stands for
 * that person, who takes the title's country and role. */
static int appositive_title(scan *st, title_hit *h)
{
    if (!st->appos_at || h->first < st->appos_at - 1 || h->first > st->appos_to) return 0;
    st->appos_at = 0;
    h->ent = st->appos_ent;
    evg_entity *x = &st->d->entities.v[h->ent];
    if (!*x->country && h->q.entry >= 0) x->country = st->g->ents.v[h->q.entry].country;
    if (!*x->role) x->role = h->t->role;
    return 1;
}

static int32_t latin_new_at(scan *st, int32_t i);

/* English portfolio (data/gaz_portfolios.tsv) of the folded words of tokens
 * [a, b): all of them, else the first; NULL if none. */
static const char *portfolio_of(const scan *st, int32_t a, int32_t b)
{
    char key[256];
    size_t o = 0, n;
    int v = -1;
    for (int32_t k = a; k < b; k++) {
        const char *s = tok_str(st->d, k, &n);
        if (st->d->tokens.v[k].kind != EVG_TOK_WORD) continue;
        if (o + n + 2 > sizeof key) return NULL;
        if (o) key[o++] = ' ';
        memcpy(key + o, s, n);
        o += n;
        if (k == a || v < 0) v = evg_gaz_smap_get(&st->g->portfolios, key, o);
    }
    if (o) {
        int all = evg_gaz_smap_get(&st->g->portfolios, key, o);
        if (all >= 0) v = all;
    }
    return v >= 0 ? st->g->portfolio_en.v[v] : NULL;
}

/* Is token k the word "ministry" (وزارة, also behind a proclitic)? */
static int ministry_word(const scan *st, int32_t k)
{
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    return (n >= 10 && !memcmp(s + n - 10, "وزاره", 10)) || (n == 8 && !memcmp(s, "ministry", 8));
}

/* "the Interior Ministry", "the home affairs ministry": the first of one to
 * three portfolio words right before the Latin "ministry" at k (the whole
 * run a listed portfolio, in k's sentence), or -1. */
static int32_t latin_portfolio_start(const scan *st, int32_t k)
{
    for (int32_t a = k - 3; a < k; a++) {
        if (a < 0 || !same_sent(st->d, a, k) || st->d->tokens.v[a].script != EVG_SCRIPT_LATN) continue;
        char key[256];
        size_t o = 0, n;
        for (int32_t j = a; j < k && o < sizeof key - 64; j++) {
            const char *s = tok_str(st->d, j, &n);
            if (st->d->tokens.v[j].kind != EVG_TOK_WORD || n > 60) { o = 0; break; }
            if (o) key[o++] = ' ';
            memcpy(key + o, s, n);
            o += n;
        }
        if (o && evg_gaz_smap_get(&st->g->portfolios, key, o) >= 0) return a;
    }
    return -1;
}

/* "Ministry of Finance", "Ministry of Home Affairs": the end of one to
 * three portfolio words after "of" at k (the longest listed run, in k's
 * sentence), or -1. */
static int32_t latin_portfolio_after_of(const scan *st, int32_t k)
{
    if (!evg_tok_is(st->d, (size_t)k, "of")) return -1;
    for (int32_t z = k + 4; z > k + 1; z--) {
        if ((size_t)z > st->d->tokens.n || !same_sent(st->d, k, z - 1)) continue;
        char key[256];
        size_t o = 0, n;
        for (int32_t j = k + 1; j < z && o < sizeof key - 64; j++) {
            const char *s = tok_str(st->d, j, &n);
            if (st->d->tokens.v[j].kind != EVG_TOK_WORD || st->d->tokens.v[j].script != EVG_SCRIPT_LATN || n > 60) {
                o = 0;
                break;
            }
            if (o) key[o++] = ' ';
            memcpy(key + o, s, n);
            o += n;
        }
        if (o && evg_gaz_smap_get(&st->g->portfolios, key, o) >= 0) return z;
    }
    return -1;
}

/* "وزارة الصحة السودانية", "Kenya's interior ministry", "وزارة الداخلية"
 * (the document's own country): a ministry with a listed portfolio is a
 * body of its own, "<country>-<portfolio>-ministry" ("Sudanese Ministry of
 * Health", ORG, GOV), not the country. */
static void portfolio_ministry(scan *st, title_hit *h, const span *ts, const span *pre)
{
    const evg_doc *d = st->d;
    int latin = d->tokens.v[ts->first].script == EVG_SCRIPT_LATN;
    if (strcmp(h->t->office, "self") != 0 || !ministry_word(st, latin ? ts->end - 1 : ts->first)) return;
    int32_t p = latin ? ts->first : portfolio_end(st, ts->end);
    int32_t a = latin && !pre ? latin_portfolio_start(st, ts->first) : -1, z = -1;
    const char *en = latin ? (pre ? portfolio_of(st, pre->end, ts->first) : a >= 0 ? portfolio_of(st, a, ts->first) : NULL)
                           : portfolio_of(st, ts->end, p);
    if (latin && !pre && !en && (z = latin_portfolio_after_of(st, ts->end)) > ts->end)
        en = portfolio_of(st, ts->end + 1, z), a = ts->first; /* "the Ministry of Finance" */
    if (!en) return;
    int c = h->q.entry >= 0 && st->g->ents.v[h->q.entry].is_country ? h->q.entry : -1;
    if (c < 0 && h->q.entry < 0 && (!latin || a >= 0)) {
        int32_t home = home_country(st);
        c = latin ? capital_country_after(st, z > 0 ? z : ts->end) : -1; /* "the Ministry of Finance in Nairobi" */
        if (c < 0) c = home >= 0 ? country_entry_of(st, &d->entities.v[home]) : -1;
        if (c >= 0 && !latin && h->end < p) h->end = p, h->oe = d->tokens.v[p - 1].oe;
        if (c >= 0 && latin) h->first = a, h->os = d->tokens.v[a].os; /* "the Interior Ministry" */
        if (c >= 0 && z > h->end) h->end = z, h->oe = d->tokens.v[z - 1].oe;
    }
    if (c < 0) return;
    h->ent = ministry_entity(st, &st->g->ents.v[c], en, h->os, h->oe);
}

/* "المتحدث باسم الخارجية الصينية", "Ukraine's foreign ministry spokesman":
 * a person title that names a ministry (office "<x>_ministry_<role>") names
 * that ministry too, the country's listed one or its office entity; the
 * country is the title's qualifier, else the person's.  Its mention comes
 * first over the same words, so the person's title mention (added next)
 * is the one events read there. */
static void ministry_of_title(scan *st, const title_hit *h)
{
    const char *at = strstr(h->t->office, "_ministry_");
    char office[64];
    qual q = h->q;
    if (!at || h->by_ante || (size_t)(at - h->t->office) + 9 >= sizeof office) return;
    snprintf(office, sizeof office, "%.*s", (int)(at - h->t->office) + 9, h->t->office);
    if (q.entry < 0 || !st->g->ents.v[q.entry].is_country) q.entry = country_entry_of(st, &st->d->entities.v[h->ent]);
    if (q.entry < 0) q.entry = sentence_country_before(st, h->first);
    if (q.entry < 0) { /* "المتحدث باسم وزارة الخارجية" with no country: the document's */
        int32_t home = home_country(st);
        q.entry = home >= 0 ? country_entry_of(st, &st->d->entities.v[home]) : -1;
    }
    if (q.entry < 0) return;
    int holder = holder_of(st, office, &q, sent_day(st->d, h->first));
    int32_t ent = holder >= 0 ? entity_of(st, holder) : -1;
    for (size_t t = 0; ent < 0 && t < st->g->titles.n; t++)
        if (!strcmp(st->g->titles.v[t].office, office) && st->g->titles.v[t].synth)
            ent = office_entity(st, &st->g->titles.v[t], office, &q, h->os, h->oe);
    if (ent >= 0 && ent != h->ent) add_mention(st, ent, h->first, h->end, h->os, h->oe, EVG_MEN_TITLE);
}

/* "قائد الجيش", "رئيس البرلمان", "director of military intelligence": a
 * person title whose words hold a body's title (an ORG title that makes an
 * office entity: the army, the parliament, the intelligence service) names
 * that body too, the listed holder of the office or its office entity, of
 * the title's country, else the person's, else the document's.  The body's
 * mention covers its own words and comes after the person's. */
static void body_of_title(scan *st, const title_hit *h)
{
    span m;
    qual q = h->q;
    if (strcmp(h->t->type, "PER") != 0 || h->by_ante || h->ent < 0) return;
    /* English writes the body first: "army chief", "police spokesman" */
    int latin = st->d->tokens.v[h->first].script == EVG_SCRIPT_LATN && h->end - h->first >= 2;
    for (int32_t k = latin ? h->first : h->first + 1; k < h->end; k++) {
        if (latin && k == h->first) {
            size_t n;
            const char *s = tok_str(st->d, k, &n);
            int key = best_single_key(st, k, s, n, GAZ_TITLE);
            if (key < 0) continue;
            m.key = key, m.first = k, m.end = k + 1;
            m.os = st->d->tokens.v[k].os, m.oe = st->d->tokens.v[k].oe;
        } else if ((h->q.entry >= 0 && k >= h->q.first && k < h->q.end) || !match_at(st, k, GAZ_TITLE, &m) ||
                   m.end > h->end)
            continue;
        const gaz_title *t = &st->g->titles.v[st->g->keys.v[m.key].target];
        if (strcmp(t->type, "ORG") != 0 || !t->synth || !strcmp(t->office, "self") || strstr(t->office, "ministry") ||
            !strcmp(t->office, "government"))
            continue; /* "وزير الخارجية", "رئيس الحكومة" name the minister only */
        if (q.entry < 0 || !st->g->ents.v[q.entry].is_country) q.entry = country_entry_of(st, &st->d->entities.v[h->ent]);
        if (q.entry < 0) q.entry = sentence_country_before(st, h->first);
        if (q.entry < 0) {
            int32_t home = home_country(st);
            q.entry = home >= 0 ? country_entry_of(st, &st->d->entities.v[home]) : -1;
        }
        if (q.entry < 0) return;
        int holder = holder_of(st, t->office, &q, sent_day(st->d, h->first));
        int32_t ent = holder >= 0 ? entity_of(st, holder) : office_entity(st, t, t->office, &q, m.os, m.oe);
        if (ent >= 0 && ent != h->ent) add_mention(st, ent, m.first, m.end, m.os, m.oe, EVG_MEN_TITLE);
        return;
    }
}

/* Is token k a word that makes the title after it a deputy's: نائب (folded ناءب)، مساعد،
 * وكيل (also behind و or ف), deputy, assistant, vice, under? */
static int deputy_word(const scan *st, int32_t k)
{
    static const char *const words[] = {"ناءب", "مساعد", "وكيل", "ناءبه", "مساعده", "deputy", "assistant", "vice",
                                        "under", "junior"};
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *s = bare_word(st, k, &n);
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (n == strlen(words[w]) && !memcmp(s, words[w], n)) return 1;
    return 0;
}

/* A person title right after a deputy word ("نائب وزير الخارجية الجزائري",
 * "Deputy Foreign Minister", "Mexico's deputy foreign minister"): the
 * deputy word joins the title, which then names only the person written
 * after it, never the office holder nor an earlier minister. */
static void deputy_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t k = ts->first - 1;
    if (strcmp(h->t->type, "PER") != 0 || !strcmp(h->t->office, "vice_president")) return;
    if (pre) {
        for (int32_t j = pre->end; j < ts->first; j++)
            if (deputy_word(st, j)) h->deputy = 1;
        return;
    }
    if (k < 0 || !same_sent(st->d, k, ts->first) || !deputy_word(st, k)) return;
    h->deputy = 1;
    h->first = k;
    h->os = st->d->tokens.v[k].os;
}

/* "الرئيس الأمريكي السابق", "وزير الخارجية الأسبق", "رئيس الحكومة المكلف",
 * "الرئيس المنتخب", "former foreign minister", "وزير الخارجية بالنيابة",
 * "acting defence minister": a title of someone who does not hold the
 * office on the day as listed (a former holder, a designate, an elect, an
 * acting holder).  Like a deputy's, it never stands for the holder nor for
 * an earlier minister, and names only the person written after it; the
 * Arabic word joins the title, after "الخاص" (special: "المبعوث الأمريكي
 * الخاص"), which joins it too. */
static void former_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    static const char *const ar[] = {"السابق", "السابقه", "الاسبق", "الاسبقه", "المكلف", "المكلفه", "المنتخب",
                                     "المنتخبه", "بالنيابه"};
    const evg_doc *d = st->d;
    int32_t k = h->end, b = pre ? pre->first - 1 : ts->first - 1;
    if (strcmp(h->t->type, "PER") != 0) return;
    if (b >= 0 && same_sent(d, b, ts->first) &&
        (evg_tok_is(d, (size_t)b, "former") || evg_tok_is(d, (size_t)b, "ex") || evg_tok_is(d, (size_t)b, "acting"))) {
        h->deputy = 1;
        return;
    }
    if ((size_t)k >= d->tokens.n || !same_sent(d, h->first, k) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return;
    if (evg_tok_is(d, (size_t)k, "الخاص") || evg_tok_is(d, (size_t)k, "الخاصه")) { /* "المبعوث الأمريكي الخاص" */
        h->end = ++k;
        h->oe = d->tokens.v[k - 1].oe;
        if ((size_t)k >= d->tokens.n || !same_sent(d, h->first, k)) return;
    }
    for (size_t w = 0; w < sizeof ar / sizeof *ar; w++)
        if (evg_tok_is(d, (size_t)k, ar[w])) {
            h->deputy = 1;
            h->end = k + 1;
            h->oe = d->tokens.v[k].oe;
            return;
        }
}

/* "European Commissioner for Trade Marek Halberg", "Minister for Foreign
 * Affairs and Trade X Y": an English person title followed by "for" and a
 * capitalised field (with "and", "of", "the" inside) takes the field along;
 * the name is the last two capitalised words of the run (three when the
 * first of them is a given name). */
static void latin_field_title(const scan *st, title_hit *h)
{
    const evg_doc *d = st->d;
    int32_t k = h->end, e, skip;
    if (strcmp(h->t->type, "PER") != 0 || !evg_tok_is(d, (size_t)k, "for") || d->tokens.v[k].script != EVG_SCRIPT_LATN)
        return;
    for (e = k + 1; (size_t)e < d->tokens.n && same_sent(d, k, e) && e < k + 10; e++) {
        const evg_token *t = &d->tokens.v[e];
        int glue = evg_tok_is(d, (size_t)e, "and") || evg_tok_is(d, (size_t)e, "of") || evg_tok_is(d, (size_t)e, "the");
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (!(t->flags & EVG_TOKF_CAP) && !glue)) break;
    }
    int32_t c = e - 2;
    if (c - 1 > k + 1 && given_name(st, c - 1, &skip)) c--;
    if (c <= k + 1 || !(d->tokens.v[c].flags & EVG_TOKF_CAP) || !(d->tokens.v[c - 1].flags & EVG_TOKF_CAP)) return;
    h->end = c;
    h->oe = d->tokens.v[c - 1].oe;
    h->portfolio = 1;
}

static int32_t arabic_place_at(scan *st, int32_t i);
static int place_word_ok(const scan *st, int32_t first, int32_t k, int kind);

/* "رئيس بلدية أنطاكية لطفي سافاش": one indefinite Arabic word nobody listed
 * right after a mayor's or governor's title, with a name after it, is the
 * seat, a new place; the end, or -1. */
static int32_t seat_word_at(scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    int32_t ue, skip;
    size_t n;
    span fm;
    if (!place_word_ok(st, k, k, 1) || given_name(st, k, &skip) || fuzzy_match(st, k, &fm)) return -1;
    const char *w = tok_str(d, k, &n);
    if (n > 4 && !memcmp(w, "ال", 4)) return -1;
    if (!same_sent(d, k, k + 1) || !title_name(st, k + 1, &ue)) return -1;
    int32_t ent = new_entity(st, k, k + 1, "GPE", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, k, k + 1, d->tokens.v[k].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}

/* "the governor of Kano State, Abba Kabir Yusuf", "والي ولاية سنار ...": a
 * governor's or mayor's seat that nobody listed is a new place (a mention of
 * its own), and the name is read after it. */
static void unlisted_seat(scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t f = -1;
    if (pre || h->q.entry >= 0 || (strcmp(h->t->office, "governor") != 0 && strcmp(h->t->office, "mayor") != 0))
        return;
    if (!same_sent(st->d, ts->first, ts->end + 1)) return;
    if (evg_tok_is(st->d, (size_t)ts->end, "of")) f = latin_new_at(st, ts->end + 1);
    else if (st->d->tokens.v[ts->end].script == EVG_SCRIPT_ARAB && place_cue(st, ts->end) == 1)
        f = arabic_place_at(st, ts->end);
    else if (st->d->tokens.v[ts->end - 1].script == EVG_SCRIPT_ARAB && place_cue(st, ts->end - 1) == 1)
        f = arabic_place_at(st, ts->end - 1); /* "حاكم ولاية كادونا": the place noun ends the title */
    if (f <= ts->end && st->d->tokens.v[ts->end].script == EVG_SCRIPT_ARAB)
        f = seat_word_at(st, ts->end); /* "رئيس بلدية أنطاكية لطفي سافاش" */
    if (f <= ts->end) return;
    h->end = f;
    h->oe = st->d->tokens.v[f - 1].oe;
}

static int32_t arabic_def_org_at(scan *st, int32_t i);
static int32_t scan_at(scan *st, int32_t i);

static int32_t title_at(scan *st, const span *ts, const span *pre)
{
    int32_t f;
    title_hit h;
    memset(&h, 0, sizeof h);
    h.t = &st->g->titles.v[st->g->keys.v[ts->key].target];
    h.q.entry = h.q.first = h.name_first = h.ent = -1;
    h.first = pre ? pre->first : ts->first;
    h.os = pre ? pre->os : ts->os;
    h.end = ts->end;
    h.oe = ts->oe;
    title_qualify(st, &h, ts, pre);
    deputy_title(st, &h, ts, pre);
    former_title(st, &h, ts, pre);
    latin_field_title(st, &h);
    unlisted_seat(st, &h, ts, pre);
    portfolio_ministry(st, &h, ts, pre);
    if (h.ent < 0 && !appositive_title(st, &h) && strcmp(h.t->office, "self") != 0) title_resolve(st, &h);
    if (h.ent < 0 && h.body_head) return ts->end; /* the body is read on its own */
    if (h.ent < 0 && !h.deputy) title_fallback(st, &h);
    if (h.ent < 0 && !pre && (evg_tok_is(st->d, (size_t)ts->end, "of") || evg_tok_is(st->d, (size_t)ts->end, "for")) &&
        (f = latin_new_at(st, ts->first)) > ts->first)
        return f; /* "Ministry of Health" */
    if (h.ent < 0 && !pre && strstr(h.t->office, "court") && (f = arabic_def_org_at(st, ts->first)) > ts->first)
        return f; /* "المحكمة العليا" with no country known: a body of its own name, as before courts were titles */
    if (h.ent < 0) return pre ? emit_plain(st, pre) : ts->end;
    ministry_of_title(st, &h);
    add_mention(st, h.ent, h.first, h.end, h.os, h.oe, EVG_MEN_TITLE);
    if (h.q.entry >= 0 && h.q.first >= 0 && entity_of(st, h.q.entry) != h.ent) /* the qualifier is named too */
        add_mention(st, entity_of(st, h.q.entry), h.q.first, h.q.end, h.q.os, h.q.oe, h.q.kind);
    body_of_title(st, &h);
    if (h.name_first >= 0 && h.has_post) /* "لدى اليمن" */
        add_mention(st, entity_of(st, st->g->keys.v[h.post.key].target), h.post.first, h.post.end, h.post.os,
                    h.post.oe, EVG_MEN_NAME);
    for (int32_t i = h.end; h.name_first >= 0 && h.gap && i < h.name_first - 1;) {
        int32_t next = scan_at(st, i); /* the body between: "Ghana's parliament" */
        i = next > i ? next : i + 1;
    }
    if (h.name_first >= 0)
        add_mention(st, h.ent, h.name_first, h.name_end, h.name_os, h.name_oe, EVG_MEN_NAME);
    if (!strcmp(h.t->type, "PER") && !h.by_ante && !h.deputy)
        antecedent_set(st, strcmp(h.t->office, "counterpart") ? h.t->office : h.office, h.ent);
    return h.name_first >= 0 ? h.name_end : h.end;
}

/* ---- spelling variants (entities_fuzzy.c) ---- */

/* May token j be a word of a variant window in this script? */
static int fuzzy_word(const scan *st, int32_t j, int script)
{
    const evg_doc *d = st->d;
    if (j < 0 || (size_t)j >= d->tokens.n) return 0;
    const evg_token *t = &d->tokens.v[j];
    size_t n;
    const char *s = tok_str(d, j, &n);
    if (t->kind != EVG_TOK_WORD || t->script != script || st->in_timex[j] || is_stop_tok(st, j)) return 0;
    if (script == EVG_SCRIPT_LATN) return (t->flags & EVG_TOKF_CAP) && n >= 2;
    return count_letters(s, n) >= 2 && !(n >= 4 && !memcmp(s, "ال", 4));
}

static int one_proclitic(const char *s)
{
    return !memcmp(s, "و", 2) || !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2) || !memcmp(s, "ف", 2);
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

/* A spelling variant of a listed foreign name starting at token i (the
 * longest window of one to three words that the skeleton index accepts),
 * also behind one of the proclitics و ب ل ف. */
static int fuzzy_match(const scan *st, int32_t i, span *out)
{
    const evg_doc *d = st->d;
    if (i < 0 || (size_t)i >= d->tokens.n) return 0;
    int script = d->tokens.v[i].script, w = 0;
    const char *tok[3];
    size_t len[3];
    int32_t ends[3];
    for (int32_t j = i; w < 3 && same_sent(d, i, j) && fuzzy_word(st, j, script);) {
        tok[w] = tok_str(d, j, &len[w]);
        ends[w++] = j + 1;
        j = is_joiner(d, j + 1) && same_sent(d, i, j + 2) ? j + 2 : j + 1;
    }
    for (int pass = 0; pass < 2 && w > 0; pass++) {
        int32_t skip = 0;
        if (pass == 1) { /* one proclitic letter */
            if (script != EVG_SCRIPT_ARAB || len[0] < 10 || !one_proclitic(tok[0])) break;
            tok[0] += 2, len[0] -= 2, skip = 1;
            if (is_stop(st, tok[0], len[0])) break; /* "لأركان" is no spelling of Arakan */
        }
        int n, k = evg_gaz_fuzzy_find_longest(st->g, tok, len, w, &n); /* longest window first */
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_LATN && (cap_word(st, ends[0]) || name_particle(st, ends[0], 1)) &&
            evg_gaz_smap_get(&st->g->given, tok[0], len[0]) > 0)
            return 0; /* "Alexandre de Moraes": a given name opening a name, not Alexandria */
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_LATN && cap_word(st, ends[0]) && fuzzy_given(st, k, tok[0], len[0]))
            return 0; /* "Faure Gnassingbe" is not Jorge Faurie: a variant opening a longer name */
        int32_t ue;
        if (k >= 0 && n == 1 && script == EVG_SCRIPT_ARAB && !skip && evg_gaz_smap_get(&st->g->given, tok[0], len[0]) > 0 &&
            fuzzy_given(st, k, tok[0], len[0]) && unknown_name(st, i, &ue) && ue > i + 1)
            return 0; /* "بيتر زيمر" is not Gustavo Petro: a given name opening another name */
        if (k >= 0) {
            *out = (span){k, i, ends[n - 1], orig_after_letters(d, &d->tokens.v[i], skip),
                          d->tokens.v[ends[n - 1] - 1].oe};
            return 1;
        }
    }
    return 0;
}

static int32_t fuzzy_at(scan *st, int32_t i)
{
    span m;
    return fuzzy_match(st, i, &m) ? emit_key(st, &m, EVG_MEN_NAME) : -1;
}

/* ---- organisations and places nobody listed ---- */

static int cap_word(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    return (size_t)k < st->d->tokens.n && t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN &&
           (t->flags & EVG_TOKF_CAP) && !st->in_timex[k] && !is_stop_tok(st, k);
}

static int head_kind(const scan *st, int32_t k)
{
    size_t n;
    const char *s = tok_str(st->d, k, &n);
    return (size_t)k < st->d->tokens.n ? evg_gaz_smap_get(&st->g->orgheads, s, n) : -1;
}

/* Capitalised words from i (of, for, and, the inside); their end. */
static int32_t cap_run(const scan *st, int32_t i, int *words)
{
    int32_t k = i, end = i;
    *words = 0;
    while (*words < 5 && same_sent(st->d, i, k)) {
        if (cap_word(st, k)) {
            end = ++k;
            ++*words;
        } else if (*words && (evg_tok_is(st->d, (size_t)k, "of") || evg_tok_is(st->d, (size_t)k, "for") ||
                              evg_tok_is(st->d, (size_t)k, "and") || evg_tok_is(st->d, (size_t)k, "the")) &&
                   cap_word(st, k + 1)) {
            k++;
        } else if (*words && (evg_tok_is(st->d, (size_t)k, "al") || evg_tok_is(st->d, (size_t)k, "el")) &&
                   is_joiner(st->d, k + 1) && !(st->d->tokens.v[k + 1].flags & EVG_TOKF_SPACE_BEFORE) &&
                   same_sent(st->d, k, k + 2) && cap_word(st, k + 2)) {
            k += 2; /* "Wad al-Noura", "Deir el-Balah" */
        } else break;
    }
    return end;
}

/* "Kalbari, the provincial capital", "Tisi, a border town": an appositive
 * after the words [i, end) describes a place (a place noun or "capital"
 * within four words, before any punctuation). */
static int appositive_place(const scan *st, int32_t i, int32_t end)
{
    const evg_doc *d = st->d;
    if (!same_sent(d, i, end + 2) || !is_comma(d, end)) return 0;
    if (!evg_tok_is(d, (size_t)end + 1, "the") && !evg_tok_is(d, (size_t)end + 1, "a") &&
        !evg_tok_is(d, (size_t)end + 1, "an"))
        return 0;
    for (int32_t k = end + 2; k < end + 6 && same_sent(d, i, k); k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD || evg_tok_is(d, (size_t)k, "in") || evg_tok_is(d, (size_t)k, "on") ||
            evg_tok_is(d, (size_t)k, "at") || evg_tok_is(d, (size_t)k, "from") || evg_tok_is(d, (size_t)k, "near"))
            return 0; /* "Ahmed Musa, a farmer in the valley" */
        if (head_kind(st, k) == 2 || evg_tok_is(d, (size_t)k, "capital")) return 1;
    }
    return 0;
}

/* Capitalised words in [i, end). */
static int cap_count(const scan *st, int32_t i, int32_t end)
{
    int n = 0;
    for (int32_t k = i; k < end; k++) n += cap_word(st, k);
    return n;
}

/* Does m name a listed place (a country, a city, a region)? */
static int place_key(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    return k->kind == GAZ_NAME && (!strcmp(e->type, "GPE") || !strcmp(e->type, "LOC"));
}

/* "Red Crescent Society of Kyrgyzstan": an organisation name from i, "of"
 * and the listed place m: one organisation of the place's country over
 * all of it; its end, or -1. */
static int32_t org_of_place(scan *st, int32_t i, const span *m)
{
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    int32_t ent = new_entity(st, i, m->end, "ORG", e->country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, m->end, st->d->tokens.v[i].os, m->oe, EVG_MEN_NAME);
    return m->end;
}

/* "Kinmen, Matsu, Wuqiu and Dongyin": one capitalised word after a comma
 * or "and" that follows a place (not a country) named just before, and
 * that ends the list or continues it. */
static int place_list_item(const scan *st, int32_t i, int32_t end)
{
    const evg_doc *d = st->d;
    if (end != i + 1 || i < 2 || !same_sent(d, i - 1, i) || !d->mentions.n) return 0;
    if (!is_comma(d, i - 1) && !evg_tok_is(d, (size_t)i - 1, "and")) return 0;
    const evg_mention *mm = &d->mentions.v[d->mentions.n - 1];
    const evg_entity *x = &d->entities.v[mm->entity];
    if (mm->tok_end != i - 1 || strlen(x->id) == 3 || (strcmp(x->type, "GPE") != 0 && strcmp(x->type, "LOC") != 0))
        return 0;
    size_t n;
    const char *s = tok_str(d, i, &n);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0) return 0;
    if (!same_sent(d, i, end)) return 1;
    static const char *const next[] = {"and", "or", ".", ")", "on", "in", "at", "near", "from", "to", "over",
                                       "during", "after", "before"}; /* not "Smith said" */
    if (is_comma(d, end)) return 1;
    for (size_t k = 0; k < sizeof next / sizeof *next; k++)
        if (evg_tok_is(d, (size_t)end, next[k])) return 1;
    return 0;
}

/* "Kamchybek Tashiev of Kyrgyzstan" (after a comma, "and", "with" or
 * "by"): two or three capitalised words nobody listed, none a head, then
 * "of" and a country: a new person of that country. */
static int32_t latin_of_country_at(scan *st, int32_t i)
{
    static const char *const before[] = {"and", "with", "by"};
    const evg_doc *d = st->d;
    int32_t end;
    span m;
    size_t b = 0;
    if (!cap_word(st, i) || i < 1 || !same_sent(d, i - 1, i)) return -1;
    while (b < sizeof before / sizeof *before && !evg_tok_is(d, (size_t)i - 1, before[b])) b++;
    if (b == sizeof before / sizeof *before && !is_comma(d, i - 1)) return -1;
    if (!unknown_name(st, i, &end) || word_count(d, i, end) > 3 || !same_sent(d, i, end + 1) ||
        !evg_tok_is(d, (size_t)end, "of"))
        return -1;
    for (int32_t k = i; k < end; k++)
        if (head_kind(st, k) > 0) return -1;
    if (!match_at(st, end + 1, GAZ_NAME, &m) || !st->g->ents.v[st->g->keys.v[m.key].target].is_country) return -1;
    int32_t ent = new_entity(st, i, end, "PER", st->g->ents.v[st->g->keys.v[m.key].target].country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* "Baltic Relief Network" (ends in an organisation head), "the Tanf
 * crossing" (a place head follows), "in Kalbari" (after a locative
 * preposition), "Kalbari, the state capital" (an appositive), "the town of
 * Nuritan" (a place head and "of" before it): a new ORG or LOC entity. */
static int org_title(const scan *st, const span *m);

/* Is m a listed organisation named by one word of a generic noun
 * ("Congress", "Parliament")?  After other capitalised words it is the
 * head of a longer name. */
static int listed_org_word(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    return k->kind == GAZ_NAME && k->ntok == 1 && !strcmp(st->g->ents.v[k->target].type, "ORG") &&
           (evg_tok_is(st->d, (size_t)m->first, "congress") || evg_tok_is(st->d, (size_t)m->first, "parliament") ||
            evg_tok_is(st->d, (size_t)m->first, "senate") || evg_tok_is(st->d, (size_t)m->first, "assembly"));
}

/* Is some word of [i, end) but the last an organisation head followed by
 * "of" or "for", with only capitalised words before it? */
static int head_before_of(const scan *st, int32_t i, int32_t end)
{
    for (int32_t j = i; j + 2 < end + 1 && j + 1 < end; j++) {
        if (head_kind(st, j) == 1 && (evg_tok_is(st->d, (size_t)j + 1, "of") || evg_tok_is(st->d, (size_t)j + 1, "for")))
            return 1;
        if (!cap_word(st, j)) return 0;
    }
    return 0;
}

/* Is Latin token i right after "to" that follows a verb of movement
 * ("spread to", "fled to", "moved troops to")?  What comes next is a place. */
static int motion_to(const scan *st, int32_t i)
{
    static const char *const verb[] = {"spread", "fled", "flee", "moved", "travelled", "traveled", "flew", "returned",
                                       "headed", "marched", "retreated", "advanced", "deployed", "evacuated",
                                       "relocated", "went", "drove", "sailed", "escaped", "expanded", "extended"};
    const evg_doc *d = st->d;
    if (i < 2 || !same_sent(d, i - 2, i) || !evg_tok_is(d, (size_t)i - 1, "to")) return 0;
    for (int32_t k = i - 2; k >= i - 4 && k >= 0 && same_sent(d, k, i); k--)
        if (evg_tok_in_static(d, (size_t)k, verb, sizeof verb / sizeof *verb, EVG_WS_PLAIN)) return 1;
    return 0;
}

static int ministry_word(const scan *st, int32_t k);
static int32_t latin_portfolio_start(const scan *st, int32_t k);

static int32_t latin_new_at(scan *st, int32_t i)
{
    static const char *const loc_prep[] = {"in", "into", "near", "outside", "via", "inside", "across"};
    const evg_doc *d = st->d;
    int words;
    span m;
    if (!cap_word(st, i)) return -1;
    int32_t end = cap_run(st, i, &words), cut = -1;
    int org_tail = 0;
    for (int32_t k = i + 1; k < end; k++)
        if (match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) {
            if (m.end == end && k == end - 1 && listed_org_word(st, &m)) {
                org_tail = 1; /* "National People's Congress": not the US Congress */
                break;
            }
            end = cut = k;
        }
    while (cut >= 0 && end > i + 1 && !cap_word(st, end - 1)) end--; /* "Society of" + Kyrgyzstan */
    for (int32_t k = i + 1; k < end; k++) /* "Kano State" + Governor Abba Kabir Yusuf */
        if (head_kind(st, k - 1) == 2 && match_at(st, k, GAZ_TITLE, &m) && !org_title(st, &m)) end = cut = k;
    if (end <= i) return -1;
    if (cut >= 0) words = cap_count(st, i, end);
    const char *type = NULL;
    if (words >= 2 && (head_kind(st, end - 1) == 1 || org_tail)) {
        if (cut == end + 1 && evg_tok_is(d, (size_t)end, "of") && place_key(st, &m)) return org_of_place(st, i, &m);
        type = "ORG";
    } else if (words >= 2 && head_kind(st, end - 1) == 2 && (d->tokens.v[end - 1].flags & EVG_TOKF_CAP))
        type = "LOC"; /* "Fergana Valley", "Batken Province" */
    else if (place_list_item(st, i, i + 1))
        type = "LOC", end = i + 1;
    else if (words >= 2 && end > i + 2 && head_before_of(st, i, end))
        type = "ORG"; /* "Ministry of Health", "Council for Peace", "General Directorate of Security" */
    else if (same_sent(d, i, end) && !(d->tokens.v[end].flags & EVG_TOKF_CAP) && head_kind(st, end) == 2)
        type = "LOC";
    if (!type && appositive_place(st, i, end)) type = "LOC";
    for (int32_t k = i + 1; type && !strcmp(type, "LOC") && k < end; k++)
        if (evg_tok_is(d, (size_t)k, "and")) end = k; /* "Palawan and Scarborough Shoal": two places */
    if (!type && i >= 2 && same_sent(d, i - 2, i) && evg_tok_is(d, (size_t)(i - 1), "of") && head_kind(st, i - 2) == 2)
        type = "LOC"; /* "the town of Nuritan", "the province of Zaria" */
    for (size_t p = 0; !type && same_sent(d, i, i - 1) && p < sizeof loc_prep / sizeof *loc_prep; p++)
        if (evg_tok_is(d, (size_t)(i - 1), loc_prep[p])) type = "LOC";
    if (!type && motion_to(st, i)) type = "LOC"; /* "the fighting spread to Kasongo" */
    if (!type) return -1;
    if (end - i <= 4 && ministry_word(st, end - 1) && latin_portfolio_start(st, end - 1) == i)
        return -1; /* "the Interior Ministry": the ministry title reads it, with the story's country */
    for (int32_t k = i + 1; !strcmp(type, "LOC") && k < end; k++)
        if (evg_tok_is(d, (size_t)k, "and")) end = k; /* "near El Kala and Souk Ahras": two places */
    int32_t ent = new_entity(st, i, end, type, "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Adjectives that describe an organisation rather than name it (حزب
 * المعارضة الرئيسي "the main opposition party", الحزب الحاكم). */
static int descriptive_adjective(const scan *st, int32_t k)
{
    static const char *const adj[] = {"الرءيسي", "الرءيسيه", "الحاكم", "الحاكمه", "الجديد", "الجديده",
                                      "الاكبر", "الكبري", "الاول", "الاولي", "الوحيد", "الوحيده",
                                      "السابق", "السابقه", "الحالي", "الحاليه", "المعارض", "المعارضه"};
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(st->d, (size_t)k, adj[a])) return 1;
    return 0;
}

/* How many of the definite words [a, b) are nouns or adjectives of
 * data/gaz_orgwords.tsv, counted from a up to the first that is not. */
static int org_words_known(const scan *st, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t k = a; k < b; k++, n++) {
        size_t l;
        const char *w = tok_str(st->d, k, &l);
        int c = evg_ent_org_word_class(st->g, w, l);
        if (c != 'N' && c != 'A') break;
    }
    return n;
}

/* Does the Arabic organisation name [i, k) translate word for word? */
static int org_named(const scan *st, int32_t i, int32_t k)
{
    char en[256];
    return evg_ent_org_name_en(st->g, st->d, i, k, st->d->tokens.v[i].os, NULL, en, sizeof en);
}

/* "قوات الدعم السريع": an Arabic organisation head (also behind و ب ل ف)
 * and the two definite words after it, when they name nothing listed (a
 * third would as often be the object of the sentence). */
/* A word ending like a nisba adjective (ي, ية: "الإسلامية", "الشعبي"). */
static int nisba_word(const scan *st, int32_t k)
{
    size_t n;
    const char *w = tok_str(st->d, k, &n);
    return (n >= 2 && !memcmp(w + n - 2, "ي", 2)) || (n >= 4 && !memcmp(w + n - 4, "يه", 4));
}

/* Is s[0..n) the head of an Arabic body (an organisation head of kind 3, 5
 * or 6), also behind one proclitic (*skip = 1)?  Its kind in *hk. */
static int arabic_org_head(const scan *st, const char *s, size_t n, int *hk, int *skip)
{
    *skip = 0;
    *hk = evg_gaz_smap_get(&st->g->orgheads, s, n);
    if (*hk == 3 || *hk == 5 || *hk == 6) return 1;
    *hk = n >= 8 && one_proclitic(s) ? evg_gaz_smap_get(&st->g->orgheads, s + 2, n - 2) : -1;
    *skip = 1;
    return *hk == 3 || *hk == 5 || *hk == 6;
}

static int32_t arabic_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    const char *s = tok_str(d, i, &n);
    int skip = 0, hk;
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || !arabic_org_head(st, s, n, &hk, &skip)) return -1;
    int32_t k = i + 1;
    /* "قوات الحرس الجمهوري": after قوات, a body's title of two words is the name */
    int forces = evg_tok_is(d, (size_t)i, "قوات") || evg_tok_is(d, (size_t)i, "وقوات");
    while (k - i <= 2 && same_sent(d, i, k) && d->tokens.v[k].kind == EVG_TOK_WORD && !st->in_timex[k] &&
           !is_stop_tok(st, k) &&
           (!match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m) ||
            (forces && k == i + 1 && m.end == i + 3 && !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG, &m)))) {
        const char *w = tok_str(d, k, &n);
        if (n < 8 || (memcmp(w, "ال", 4) != 0 && (k == i + 1 || n < 10 || memcmp(w, "وال", 6) != 0))) break;
        k++; /* "حزب العدالة والتنمية" */
    }
    const char *country = "";
    int32_t g = i + 2;
    if (k == i + 1 && (size_t)g < d->tokens.n && same_sent(d, i, g) && d->tokens.v[g].kind == EVG_TOK_WORD &&
        !st->in_timex[g] && !match_at(st, g, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) {
        /* "جهاز مكافحة الإرهاب", "هيئة مكافحة الفساد": a head, a verbal noun of
         * the table in the construct state and its definite genitive */
        const char *v = tok_str(d, i + 1, &n);
        size_t gn;
        const char *gw = tok_str(d, g, &gn);
        if (n >= 6 && memcmp(v, "ال", 4) != 0 && evg_ent_org_word_class(st->g, v, n) == 'N' &&
            !match_at(st, i + 1, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) && gn >= 8 && !memcmp(gw, "ال", 4) &&
            !descriptive_adjective(st, g)) {
            k = g + 1;
            if (same_sent(d, i, k) && match_at(st, k, GAZ_DEMONYM, &m))
                country = st->g->ents.v[st->g->keys.v[m.key].target].country;
            int32_t ent = new_entity_at(st, i, k, orig_after_letters(d, t, skip), "ORG", country, "");
            if (ent < 0) return -1;
            int32_t last = *country ? m.end : k;
            add_mention(st, ent, i, last, orig_after_letters(d, t, skip), d->tokens.v[last - 1].oe, EVG_MEN_NAME);
            return k;
        }
    }
    int known = org_words_known(st, i + 1, k);
    if (k - i == 3 && known == 1) k--; /* "محكمة النقض" + الحكم: a known noun, then the object */
    if (k - i == 2 && hk == 3 && same_sent(d, i, k) && match_at(st, k, GAZ_DEMONYM, &m))
        country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "اتحاد الشغل التونسي" */
    else if (k - i == 2 && hk == 3 && known == 1 && org_named(st, i, k)) {
        /* "محكمة النقض", "حزب العمال": a head and one noun of the table */
    } else if (k - i == 2 && hk == 6 &&
               (!nisba_word(st, k - 1) || evg_tok_is(d, (size_t)i, "قبيله") ||
                evg_tok_is(d, (size_t)i, "عشيره"))) {
        /* "ألوية العمالقة", "كتائب المجاهدين": an armed group's head and one definite noun */
    } else if (k - i < 3 || descriptive_adjective(st, k - 1)) return -1;
    if (descriptive_adjective(st, k - 1)) return -1;
    int32_t ent = new_entity_at(st, i, k, orig_after_letters(d, t, skip), "ORG", country, "");
    if (ent < 0) return -1;
    int32_t last = *country ? m.end : k; /* the mention takes the demonym along; the scan reads it next */
    add_mention(st, ent, i, last, orig_after_letters(d, t, skip), d->tokens.v[last - 1].oe, EVG_MEN_NAME);
    return k;
}

static int feminine_adjective(const char *s, size_t n);
static int masculine_adjective(const char *s, size_t n);

/* May Arabic token k be a word of an organisation's own name after its
 * head ("جمعية أطلس للتضامن")?  An indefinite word of three letters or
 * more that is no adjective, verb, stop word or listed name; a listed
 * place is allowed and gives *country. */
static int org_name_word(const scan *st, int32_t k, int32_t first, const char **country)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if (!same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        st->in_timex[k] || has_tanwin(d, &d->tokens.v[k]) || is_stop_tok(st, k))
        return 0;
    const char *w = tok_str(d, k, &n);
    if (match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m)) {
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
        if (st->g->keys.v[m.key].kind != GAZ_NAME || !strcmp(e->type, "PER") || m.end != k + 1) return 0;
        if (!strcmp(e->type, "GPE")) *country = e->country; /* "مؤسسة قطر للتربية" */
        return 1; /* "مركز الجزيرة للدراسات" */
    }
    if (count_letters(w, n) < 3 || !memcmp(w, "ال", 4) || !memcmp(w, "لل", 4)) return 0;
    return !feminine_adjective(w, n) && !masculine_adjective(w, n) && !evg_gaz_arabic_verb_form(w, n);
}

/* "لدعم المهاجرين", "لرعاية الأيتام": the field of a body as ل, an
 * indefinite verbal noun and its definite genitive at token k: the token
 * after the genitive, or -1. */
static int32_t field_with_genitive(const scan *st, int32_t first, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n, g;
    const char *w = tok_str(d, k, &n);
    if (memcmp(w, "ل", 2) != 0 || count_letters(w, n) < 4 || evg_gaz_arabic_verb_form(w + 2, n - 2)) return -1;
    if ((size_t)k + 1 >= d->tokens.n || !same_sent(d, first, k + 1) || d->tokens.v[k + 1].kind != EVG_TOK_WORD ||
        st->in_timex[k + 1])
        return -1;
    const char *gw = tok_str(d, k + 1, &g);
    return g >= 8 && !memcmp(gw, "ال", 4) ? k + 2 : -1;
}

/* "جمعية أطلس للتضامن", "مؤسسة قطر للتربية", "مركز كارنيغي للشرق الأوسط":
 * a head that names a body of its own (association, foundation, centre,
 * company ...), one or two name words (org_name_word) and a field in لل:
 * a new ORG. */
/* Is s[0..n) a head of a body with a name of its own (جمعية, شركة ...),
 * also behind one of و ب ل ف (*skip = 1)? */
static int named_org_head(const char *s, size_t n, int *skip)
{
    static const char *const heads[] = {"جمعيه", "مءسسه", "منظمه", "رابطه", "شركه", "مركز", "معهد", "نقابه"};
    for (*skip = 0; *skip < 2; (*skip)++, s += 2, n -= 2) {
        for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
            if (strlen(heads[h]) == n && !memcmp(heads[h], s, n)) return 1;
        if (n < 8 || !one_proclitic(s)) return 0;
    }
    return 0;
}

static int32_t arabic_named_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const char *country = "";
    size_t n;
    int skip = 0;
    const char *s = tok_str(d, i, &n);
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB || d->tokens.v[i].kind != EVG_TOK_WORD || !named_org_head(s, n, &skip))
        return -1;
    int32_t k = i + 1;
    if (org_name_word(st, k, i, &country)) {
        k++;
        if (org_name_word(st, k, i, &country)) k++;
    } else if (plain_definite(st, k, i)) {
        k++; /* "مركز الجزيرة للدراسات": one definite word, then the field */
    } else return -1;
    const char *w = (size_t)k < d->tokens.n && same_sent(d, i, k) ? tok_str(d, k, &n) : "";
    if (!*w || d->tokens.v[k].kind != EVG_TOK_WORD || n < 8 || st->in_timex[k]) return -1;
    int32_t end = memcmp(w, "لل", 4) == 0 ? k + 1 : field_with_genitive(st, i, k);
    if (end < 0) return -1;
    int32_t os = orig_after_letters(d, &d->tokens.v[i], skip);
    int32_t ent = new_entity_at(st, i, end, os, "ORG", country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Is token k a definite word that names nothing listed (الوطنية, العام)? */
static int plain_definite(const scan *st, int32_t k, int32_t first)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if (!same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = tok_str(d, k, &n);
    if (st->in_timex[k] || is_stop_tok(st, k) || n < 8 || memcmp(w, "ال", 4) != 0) return 0;
    return !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m);
}

/* Is token k (in the sentence of first) a definite adjective of
 * organisation names (data/gaz_orgwords.tsv: العام، العليا، المستقلة)? */
static int org_adjective(const scan *st, int32_t k, int32_t first)
{
    const evg_doc *d = st->d;
    size_t n;
    if ((size_t)k >= d->tokens.n || !same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = tok_str(d, k, &n);
    if (n < 8 || memcmp(w, "ال", 4) != 0 || descriptive_adjective(st, k)) return 0;
    return evg_ent_org_word_class(st->g, w + 4, n - 4) == 'A';
}

/* Is token k a noun of data/gaz_orgwords.tsv written behind و and the
 * article ("والتجارة"), continuing a field? */
static int coordinated_org_noun(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = tok_str(st->d, k, &n);
    return n > 6 && !memcmp(w, "وال", 6) && evg_ent_org_word_class(st->g, w, n) == 'N';
}

/* "المحكمة الدستورية العليا", "المحكمة العليا": a definite head and its
 * adjectives [i, k) with no field after them are a new ORG when two
 * adjectives follow the head, or one after محكمة (courts are named by
 * their adjectives); -1 otherwise. */
static int32_t adjective_org(scan *st, int32_t i, int32_t k)
{
    const evg_doc *d = st->d;
    int32_t a = i + 1, adj_end = k;
    const char *country = "";
    span m;
    if (k - i >= 3 && match_at(st, k - 1, GAZ_DEMONYM, &m) && m.end == k) { /* "الحزب الشيوعي اللبناني" */
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        adj_end = k - 1;
    }
    while (a < adj_end && org_adjective(st, a, i)) a++;
    if (a == adj_end) a = k;
    /* one adjective names a court or a party ("الحزب الجمهوري", "الحزب الشيوعي"); other heads take two */
    if (a != k || (k - i < 3 && !evg_tok_is(d, (size_t)i, "المحكمه") && !evg_tok_is(d, (size_t)i, "الحزب"))) return -1;
    int32_t ent = new_entity(st, i, k, "ORG", country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, k, d->tokens.v[i].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    if (adj_end < k) add_mention(st, entity_of(st, st->g->keys.v[m.key].target), adj_end, k, d->tokens.v[adj_end].os,
                                 d->tokens.v[k - 1].oe, EVG_MEN_DEMONYM);
    return k;
}

/* "الهيئة الوطنية للانتخابات", "المفوضية السامية لشؤون": a definite
 * organisation head, a definite adjective, optionally a demonym (the
 * organisation's country), and a word in ل naming its field: a new ORG. */
/* A definite nisba adjective after an organisation's field, also behind و
 * ("الاقتصادية", "والاجتماعية"): no demonym, nothing listed. */
static int field_adjective(const scan *st, int32_t k)
{
    size_t n;
    span m;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    const char *w = tok_str(st->d, k, &n);
    if (n > 6 && !memcmp(w, "وال", 6)) w += 2, n -= 2;
    if (n < 12 || memcmp(w, "ال", 4) != 0 || (memcmp(w + n - 4, "يه", 4) && memcmp(w + n - 2, "ي", 2))) return 0;
    return !is_stop_tok(st, k) && !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG, &m);
}

static int32_t arabic_def_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, i, &n);
    const char *country = "";
    span m;
    if (d->tokens.v[i].kind != EVG_TOK_WORD || d->tokens.v[i].script != EVG_SCRIPT_ARAB || n < 8 ||
        memcmp(s, "ال", 4) != 0 ||
        (evg_gaz_smap_get(&st->g->orgheads, s + 4, n - 4) != 3 && evg_ent_org_word_class(st->g, s, n) != 'H'))
        return -1;
    int32_t k = i + 1;
    int demonym_first = same_sent(d, i, k) && match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1; /* "الاتحاد التونسي للصناعة" */
    if (!demonym_first) {
        if (!(plain_definite(st, k, i) || org_adjective(st, k, i)) || descriptive_adjective(st, k)) return -1;
        k++;
        if (org_adjective(st, k, i)) k++; /* "الهيئة العليا المستقلة للانتخابات" */
    }
    if (same_sent(d, i, k) && match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1) {
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        k++;
    }
    const char *w = (size_t)k < d->tokens.n ? tok_str(d, k, &n) : "";
    if ((size_t)k >= d->tokens.n || !same_sent(d, i, k) || d->tokens.v[k].kind != EVG_TOK_WORD || n < 8 ||
        memcmp(w, "ل", 2) != 0 || is_stop_tok(st, k) || st->in_timex[k])
        return adjective_org(st, i, k); /* للانتخابات, لشؤون */
    if (place_cue(st, k) && same_sent(d, i, k + 1) && match_at(st, k + 1, GAZ_NAME, &m) &&
        !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "GPE")) { /* "المجلس البلدي لمدينة صيدا" */
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        k = m.end - 1;
    } else if (memcmp(w, "لل", 4) != 0 && plain_definite(st, k + 1, i))
        k++; /* لشؤون اللاجئين */
    for (int c = 0; c < 2 && same_sent(d, i, k + 1) && coordinated_org_noun(st, k + 1); c++) k++; /* "والتجارة" */
    for (int c = 0; c < 3 && same_sent(d, i, k + 1) && field_adjective(st, k + 1); c++)
        k++; /* "للحقوق الاقتصادية والاجتماعية" */
    int32_t ent = new_entity(st, i, k + 1, "ORG", country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, k + 1, d->tokens.v[i].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}

/* ---- Arabic places nobody listed ---- */

/* Place nouns that introduce a name ("مدينة كالباري", "وبمحافظة ..."):
 * 1 for a settlement or province, 2 for a region (منطقة, إقليم, ناحية:
 * also followed by common nouns, so only an indefinite name not in ة
 * follows), 3 for a camp (مخيم: as 2, and no masculine adjective). */
static int place_cue(const scan *st, int32_t i)
{
    static const char *const cue[] = {"مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم", "ناحيه", "مخيم"};
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = tok_str(st->d, i, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[i]) return 0;
    for (int skip = 0; skip <= 4 && (size_t)skip < n; skip += 2) {
        if (skip && !one_proclitic(s + skip - 2)) break;
        for (size_t c = 0; c < sizeof cue / sizeof *cue; c++)
            if (n - (size_t)skip == strlen(cue[c]) && !memcmp(s + skip, cue[c], n - (size_t)skip))
                return c == 8 ? 3 : c >= 5 ? 2 : 1;
    }
    return 0;
}

/* The original text of token k ends in ة (a cue noun in the construct
 * state, not بلده "his country"). */
static int orig_ends_in_ta_marbuta(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, "\xD8\xA9", 2);
}

/* An indefinite adjective rather than a name: a nisba in ية (ساحلية) or
 * the pattern فعيلة (جديدة, كبيرة), folded ه at the end. */
static int feminine_adjective(const char *s, size_t n)
{
    if (n < 4 || memcmp(s + n - 2, "ه", 2) != 0) return 0;
    if (n >= 6 && !memcmp(s + n - 4, "يه", 4)) return 1;
    return count_letters(s, n) == 5 && n == 10 && !memcmp(s + 4, "ي", 2);
}

/* An indefinite masculine adjective rather than a name: a nisba in ي
 * (عشوائي) or the pattern فعيل (كبير, جديد), or a participle in م
 * (مؤقت). */
static int masculine_adjective(const char *s, size_t n)
{
    if (n >= 6 && !memcmp(s + n - 2, "ي", 2)) return 1;
    if (count_letters(s, n) == 4 && n == 8 && !memcmp(s + 4, "ي", 2)) return 1;
    return count_letters(s, n) == 4 && n == 8 && !memcmp(s, "م", 2);
}

/* May token k be (a word of) an unlisted place name after a cue of kind? */
static int place_word_ok(const scan *st, int32_t first, int32_t k, int kind)
{
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || !same_sent(d, first, k)) return 0;
    const evg_token *t = &d->tokens.v[k];
    size_t n;
    const char *s = tok_str(d, k, &n);
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k] || has_tanwin(d, t)) return 0;
    if (count_letters(s, n) < 3 || is_stop_tok(st, k) || match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE |
                                                                          GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m))
        return 0;
    int definite = n > 4 && !memcmp(s, "ال", 4);
    if (!definite && feminine_adjective(s, n)) return 0;
    if (kind >= 2 && ((n > 4 && !memcmp(s, "لل", 4)) || evg_gaz_arabic_verb_form(s, n)))
        return 0; /* "منطقة للتجارة", "منطقة تشهد" */
    if (kind == 3 && masculine_adjective(s, n)) return 0; /* "مخيم مؤقت", "مخيم كبير" */
    return kind == 1 || (!definite && memcmp(s + n - 2, "ه", 2) != 0);
}

/* First words of compound place names (بيت لاهيا, سيدي بوزيد, عين العرب,
 * the Somali عيل بور, بندر عباس, جسر الشغور, حمام سوسة, قصر هلال, برج العرب,
 * سوق أهراس, مجدل شمس). */
static int place_head(const scan *st, int32_t k)
{
    static const char *const head[] = {"بيت", "سيدي", "ابو", "ام", "دير", "خان", "عين", "راس", "تل",
                                       "كفر", "بني", "بءر", "جبل", "وادي", "مرج", "حي", "عيل", "بندر",
                                       "جسر", "حمام", "قصر", "برج", "سوق", "مجدل"};
    for (size_t h = 0; h < sizeof head / sizeof *head; h++)
        if (evg_tok_is(st->d, (size_t)k, head[h])) return 1;
    return 0;
}

/* "مدينة كالباري", "في محافظة الزاوية", "قرية بيت جالا": a place noun in
 * the construct state and one name word (two after a compound head) that
 * name nothing listed: a new GPE (a region after منطقة, إقليم: LOC).  The
 * mention is the name without the noun. */
static int32_t arabic_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int kind = place_cue(st, i);
    size_t n;
    const char *s = tok_str(d, i, &n);
    if (!kind || (!memcmp(s + n - 2, "ه", 2) && !orig_ends_in_ta_marbuta(d, i))) return -1;
    int32_t first = i + 1, end = first + 1;
    if (!place_word_ok(st, i, first, kind)) return -1;
    if (place_head(st, first) && place_word_ok(st, i, end, 1)) end++;
    int32_t ent = new_entity(st, first, end, kind >= 2 ? "LOC" : "GPE", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, first, end, d->tokens.v[first].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* ---- the halves of a divided country ---- */

/* "the North" / "the South" (capitalised, after "the", no name word after
 * it) and "الجارة الشمالية" / "الجارة الجنوبية" (the northern / southern
 * neighbour) in a document that has named either Korea: that Korea (a
 * reference: a TITLE mention).  Elsewhere the words name nothing. */
static int32_t korea_side_at(scan *st, int32_t i)
{
    static const struct { const char *w1, *w2; const char *id; } side[] = {
        {"the", "north", "prk"}, {"the", "south", "kor"},
        {"الجاره", "الشماليه", "prk"}, {"الجاره", "الجنوبيه", "kor"}};
    const evg_doc *d = st->d;
    if ((size_t)i + 1 >= d->tokens.n || !same_sent(d, i, i + 1)) return -1;
    for (size_t k = 0; k < sizeof side / sizeof *side; k++) {
        if (!evg_tok_is(d, (size_t)i, side[k].w1) || !evg_tok_is(d, (size_t)i + 1, side[k].w2)) continue;
        if (entity_by_id(st, "prk") < 0 && entity_by_id(st, "kor") < 0) return -1; /* after the cheap test */
        int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
        if (latin && (!(d->tokens.v[i + 1].flags & EVG_TOKF_CAP) || cap_word(st, i + 2))) return -1;
        int e = evg_gaz_find_id(st->g, side[k].id);
        if (e < 0) return -1;
        int32_t first = latin ? i + 1 : i;
        add_mention(st, entity_of(st, e), first, i + 2, d->tokens.v[first].os, d->tokens.v[i + 1].oe, EVG_MEN_TITLE);
        return i + 2;
    }
    return -1;
}

/* ---- names in apposition to a title ---- */

/* Is s[0..n) three Arabic consonants with no long vowel or hamza seat
 * (حضر، شكر): the shape of a bare past verb, which names such as فادي,
 * فارس or وسيم after their first letter do not have? */
static int bare_triliteral(const char *s, size_t n)
{
    static const char *const soft[] = {"ا", "و", "ي", "ى", "ة", "أ", "إ", "آ", "ؤ", "ئ", "ء"};
    if (n != 6) return 0;
    for (size_t k = 0; k < n; k += 2) {
        if ((unsigned char)s[k] != 0xD8 && (unsigned char)s[k] != 0xD9) return 0;
        for (size_t v = 0; v < sizeof soft / sizeof *soft; v++)
            if (!memcmp(s + k, soft[v], 2)) return 0;
    }
    return 1;
}

static int latin_title_after(const scan *st, int32_t after, int caps_only, span *t);

/* Is Arabic token i a verb (behind و or ف): a stop word such as قالت or a
 * word of the shape of an inflected verb?  It then opens the clause whose
 * subject follows ("وقالت سلمى بنعيسى، مديرة ..."). */
static int verb_first(const scan *st, int32_t i)
{
    size_t n;
    if (st->d->tokens.v[i].script != EVG_SCRIPT_ARAB || st->d->tokens.v[i].kind != EVG_TOK_WORD) return 0;
    const char *s = bare_word(st, i, &n);
    return is_stop(st, s, n) || evg_gaz_arabic_verb_form(s, n);
}

/* Does a particle that only ever precedes a verb (لم, لن, قد, سوف, لا)
 * stand right before Arabic token i?  The word after it is a verb. */
static int after_verb_particle(const scan *st, int32_t i)
{
    static const char *const part[] = {"لم", "لن", "قد", "سوف", "لا", "ولم", "ولن", "وقد", "ولا", "فلم", "فقد"};
    const evg_doc *d = st->d;
    if (i < 1 || d->tokens.v[i].script != EVG_SCRIPT_ARAB || !same_sent(d, i - 1, i)) return 0;
    for (size_t p = 0; p < sizeof part / sizeof *part; p++)
        if (evg_tok_is(d, (size_t)i - 1, part[p])) return 1;
    return 0;
}

/* "يوهان لارسن، وزير الخارجية النرويجي" / "Helena Varga, Hungary's trade
 * minister" / "Helena Varga, the trade minister": an unlisted name, a comma
 * and a person title right after it: a new person, whom that title then
 * stands for (appositive_title). */
/* The first token after i that is neither a word nor a joiner: the tokens of
 * an unlisted name (unknown_name) after its first are words and joiners
 * only, so this is the one token that may follow such a name's end. One walk
 * serves every start inside a run (speed). */
static int32_t name_run_stop(scan *st, int32_t i)
{
    if (i < st->run_from || i >= st->run_stop) {
        int32_t c = i + 1;
        while ((size_t)c < st->d->tokens.n && (st->d->tokens.v[c].kind == EVG_TOK_WORD || is_joiner(st->d, c))) c++;
        st->run_from = i;
        st->run_stop = c;
    }
    return st->run_stop;
}

static int deputy_word(const scan *st, int32_t k);
static int ordinal_word(const evg_doc *d, int32_t k);

static int latin_person_noun(const scan *st, int32_t k);

/* "Alyn Smith, a Scottish member of ...", "X, an independent lawmaker":
 * after the comma of an unlisted Latin name, a or an, at most two
 * describing words (a demonym, a capitalised or lower-case adjective) and
 * a role noun of people (latin_person_noun, or "member of").  A rival or
 * an ally may be a party or a country ("Likud, a rival of", "Qatar, an
 * ally of"): those need a given name opening the name at i. */
static int latin_role_appositive(const scan *st, int32_t i, int32_t c)
{
    static const char *shared[] = {"rival", "rivals", "ally", "allies"}; /* "member of" keeps "Kalinda Obuya, an independent member" */
    const evg_doc *d = st->d;
    span q;
    int skip;
    if (!evg_tok_is(d, (size_t)c, "a") && !evg_tok_is(d, (size_t)c, "an")) return 0;
    for (int32_t k = c + 1; k <= c + 3 && same_sent(d, c, k + 1); k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_LATN) return 0;
        int any = 0;
        for (size_t w = 0; w < sizeof shared / sizeof *shared && !any; w++) any = evg_tok_is(d, (size_t)k, shared[w]);
        if (any && (latin_person_noun(st, k) || evg_tok_is(d, (size_t)k + 1, "of"))) return given_name(st, i, &skip);
        if (latin_person_noun(st, k)) return 1;
        if (evg_tok_is(d, (size_t)k, "member") && evg_tok_is(d, (size_t)k + 1, "of")) return 1;
        if (match_at(st, k, GAZ_NAME | GAZ_TITLE, &q) && !match_at(st, k, GAZ_DEMONYM, &q)) return 0;
    }
    return 0;
}

static int32_t appositive_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end, t0, j, c = name_run_stop(st, i);
    span t, q;
    int fast_no = c < i + 2 || !is_comma(d, c) || !same_sent(d, i, c + 2); /* speed: no name then a comma */
#ifdef EVG_CHECK_MASKS /* -DEVG_CHECK_MASKS: the shortcut must never refuse a name the full test accepts */
    if (fast_no && unknown_name(st, i, &end) && is_comma(d, end) && same_sent(d, i, end + 2)) abort();
#endif
    if (fast_no) return -1;
    if (!unknown_name(st, i, &end) || !is_comma(d, end) || !same_sent(d, i, end + 2) || verb_first(st, i)) return -1;
    if (after_verb_particle(st, i)) return -1; /* "لم يوقع عليه ..." opens a verb, not a name */
    size_t wn;
    const char *w0 = tok_str(d, i, &wn);
    int gskip;
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB && (!memcmp(w0, "و", 2) || !memcmp(w0, "ف", 2)) &&
        !given_name(st, i, &gskip) && (bare_triliteral(w0 + 2, wn - 2) || given_name(st, i + 1, &gskip)))
        i++; /* "وحضر صالح المخزوم، ...", "وتابع عثمان ...": و and a past verb open the clause,
              * known by its shape or the given name after it ("فادي حداد" stays whole) */
    if (i >= end) return -1;
    t0 = end + 1;
    int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
    if (latin && (evg_tok_is(d, (size_t)t0, "the") || evg_tok_is(d, (size_t)t0, "a"))) t0++;
    j = latin && match_at(st, t0, GAZ_NAME | GAZ_DEMONYM, &q) ? q.end : t0; /* "Hungary's", "Hungarian" */
    int deputy = 0;
    if (!latin && same_sent(d, t0, t0 + 2) && (deputy_word(st, t0) || evg_tok_is(d, (size_t)t0, "الناءب")) &&
        !match_at(st, t0, GAZ_TITLE, &t)) { /* "نائب وزير الخارجية السوري" is a listed title of the person */
        j = t0 + 1; /* "X، نائب رئيسها", "X، النائب الثاني لرئيس البرلمان": a deputy */
        if (ordinal_word(d, j)) j++;
        deputy = 1;
    }
    if (!match_at(st, j, GAZ_TITLE, &t) && !(latin && latin_title_after(st, j, 0, &t))) {
        if (!latin || deputy || !latin_role_appositive(st, i, end + 1)) return -1;
        int32_t p = new_entity(st, i, end, "PER", "", ""); /* no title to stand for the person */
        if (p < 0) return -1;
        add_mention(st, p, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
        return end;
    }
    if (strcmp(st->g->titles.v[st->g->keys.v[t.key].target].type, "PER") != 0) return -1;
    int32_t ent = new_entity(st, i, end, "PER", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (deputy) return end; /* the title after the deputy word is another person's */
    st->appos_at = t0 + 1;
    st->appos_to = t.first;
    st->appos_ent = ent;
    return end;
}

/* ---- people with no title next to them ---- */

/* Is token i a common given name (data/given_names.tsv), also behind a
 * proclitic و or ف (*skip = 1)? */
static int given_name(const scan *st, int32_t i, int *skip)
{
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = tok_str(st->d, i, &n);
    *skip = 0;
    if (t->kind != EVG_TOK_WORD || st->in_timex[i]) return 0;
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0) return 1;
    if (t->script != EVG_SCRIPT_ARAB || n < 8 || (memcmp(s, "و", 2) != 0 && memcmp(s, "ف", 2) != 0)) return 0;
    *skip = 1;
    return evg_gaz_smap_get(&st->g->given, s + 2, n - 2) > 0;
}

/* Does the original text of token k end in the letter s (two bytes)? */
static int orig_ends_in(const evg_doc *d, int32_t k, const char *s)
{
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, s, 2);
}

/* May Arabic token k continue a name with no title before it?  Not a
 * word shaped like an inflected verb ("عن عمر يناهز"), a noun with a
 * pronoun suffix ه ("يوسف شكره"), or a noun in ة behind a preposition
 * ("خالد يوسف بزيادة"), unless it is a given name itself. */
static int untitled_word_ok(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    int skip;
    size_t n;
    const char *s = tok_str(d, k, &n);
    if (given_name(st, k, &skip) || name_particle(st, k, 0)) return 1;
    if (evg_gaz_arabic_verb_form(s, n)) return 0;
    if (count_letters(s, n) >= 4 && orig_ends_in(d, k, "\xD9\x87") && !persian_zadeh(s, n)) return 0;
    int prep = !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2) || !memcmp(s, "ك", 2);
    if (prep && count_letters(s, n) >= 5 && orig_ends_in(d, k, "\xD8\xA9")) return 0;
    if (prep_construct_plural(st, k)) return 0; /* "ينس فوغلر بمفاوضي المتمردين" */
    /* a noun in ة in the construct state ("مهدي جائزة الإبداع") */
    return !(orig_ends_in(d, k, "\xD8\xA9") && same_sent(d, k, k + 1) && plain_definite(st, k + 1, k));
}

/* End of a name with no title before it over [first, end): an Arabic
 * name stops before a word untitled_word_ok rejects and after three name
 * words (particles بن and عبد's partner aside); 0 if fewer than two words
 * remain. */
static int32_t untitled_end(const scan *st, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = tok_str(d, end - 1, &n);
    if (d->tokens.v[first].script != EVG_SCRIPT_ARAB) return possessive_end(s, n) ? 0 : end; /* no id from "Hassan's" */
    int words = 1;
    int32_t k = first + (compound_name(st, first) ? 2 : 1);
    while (k < end && untitled_word_ok(st, k) && (words < 3 || name_particle(st, k, 0))) {
        int step = name_particle(st, k, 0) ? 1 : compound_name(st, k) ? 2 : 1;
        if (step == 1 && !name_particle(st, k, 0)) words++;
        if (step == 2) words++;
        k += step;
    }
    while (k > first && name_particle(st, k - 1, 0)) k--;
    return words >= 2 ? k : 0;
}

/* A new person over tokens [first, end), the name starting at original
 * byte os (past a proclitic); the index after it, or -1. */
static int32_t untitled_person(scan *st, int32_t first, int32_t end, int32_t os)
{
    int32_t ent = new_entity_at(st, first, end, os, "PER", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, first, end, os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* "يوسف كمارا", "ومحمد بن ناصر الهاجري", "عبد الكريم الزبيدي", "Tomasz
 * Nowicki": a common given name (or عبد with a definite word) and one to
 * four more name words, with no title before it: a new person. */
static int32_t given_name_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip = 0;
    int32_t end;
    if (!given_name(st, i, &skip) && compound_name(st, i) != 2) return -1;
    if (!unknown_name(st, i, &end) || !(end = untitled_end(st, i, end))) return -1;
    return untitled_person(st, i, end, orig_after_letters(d, &d->tokens.v[i], skip));
}

/* "الخبير الاقتصادي سامي النجار", "الباحث التركي أوميت يلماز": an Arabic
 * occupation noun, up to two definite adjectives or demonyms, and a name
 * nobody listed: a new person, of the demonym's country (the noun gives
 * no role).  The demonym is a mention of its country too. */
/* "ويدعى النقيب ..."، "واسمه ..."، "المدعو ...", "identified as ...", "named
 * ...": a word that introduces a name (the title may stand far before it:
 * "قال المتحدث، ويدعى ...") and a name nobody listed after any rank: a new
 * person. */
/* "نجله صدام حفتر", "شقيقها كمال أردوغان": a kinship noun with a pronoun,
 * one plain word and the family name of a listed person at i: a relative
 * of that person, a new person over the two words (not the listed one).
 * The token after the name, or -1. */
static const char *const kin_nouns[] = {"نجله", "نجلها", "ابنه", "ابنها", "شقيقه", "شقيقها", "شقيقته", "ابنته",
                                        "زوجته", "زوجها", "نجليه", "وابنه", "ونجله", "وشقيقه"};

static int32_t kin_name_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    span m;
    int32_t j = i + 1;
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB || !same_sent(d, i, j + 1) ||
        !evg_tok_in_static(d, (size_t)i, kin_nouns, sizeof kin_nouns / sizeof *kin_nouns, EVG_WS_PLAIN))
        return -1;
    if (!name_word_ok(st, j, 0) || !match_at(st, j + 1, GAZ_NAME, &m) || m.end != j + 2 ||
        strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER") != 0)
        return -1;
    return untitled_person(st, j, j + 2, d->tokens.v[j].os);
}

static const char *const named_cues[] = {"يدعي", "ويدعي", "تدعي", "وتدعي", "واسمه", "واسمها", "المدعو", "المدعوه"};

static int32_t named_cue_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t j = -1, end;
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        if (evg_tok_in_static(d, (size_t)i, named_cues, sizeof named_cues / sizeof *named_cues, EVG_WS_PLAIN))
            j = i + 1;
    } else if (same_sent(d, i, i + 1) && evg_tok_is(d, (size_t)i, "identified") && evg_tok_is(d, (size_t)i + 1, "as"))
        j = i + 2;
    if (j < 0) return -1;
    j = honor_skip(st, j);
    if (!same_sent(d, i, j) || !unknown_name(st, j, &end) || !(end = untitled_end(st, j, end))) return -1;
    if (d->tokens.v[j].script == EVG_SCRIPT_LATN && !cap_word(st, j)) return -1;
    return untitled_person(st, j, end, d->tokens.v[j].os);
}

/* "في الشؤون الأفريقية", "في العلاقات الدولية": في and a definite word at j
 * (the field of an occupation noun before it, at i). */
static int field_phrase(const scan *st, int32_t i, int32_t j)
{
    return same_sent(st->d, i, j + 1) && evg_tok_is(st->d, (size_t)j, "في") && plain_definite(st, j + 1, i);
}

static int32_t emit_key(scan *st, const span *m, int kind);

/* "في منظمة هيومن رايتس ووتش", "في شركة أرامكو": في, an optional body noun
 * and a listed organisation at j (where the person of the occupation noun
 * at i works): the organisation is named; the token after it, or -1. */
static int32_t workplace_at(scan *st, int32_t i, int32_t j)
{
    span m;
    int32_t k = j + 1;
    if (!same_sent(st->d, i, j + 1) || !evg_tok_is(st->d, (size_t)j, "في")) return -1;
    if (body_noun(st, k) && same_sent(st->d, i, k + 1) && !match_at(st, k, GAZ_NAME, &m)) k++;
    if (!match_at(st, k, GAZ_NAME, &m) || strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "ORG") != 0)
        return -1;
    if (k > j + 1) m.first = j + 1, m.os = st->d->tokens.v[j + 1].os; /* the mention takes the noun along */
    return emit_key(st, &m, EVG_MEN_NAME);
}

static const char *const occupation_nouns[] = {"الخبير", "الخبيره", "المحلل", "المحلله", "الباحث", "الباحثه",
                                               "الناشط", "الناشطه", "الصحفي", "الصحفيه", "الكاتب", "الكاتبه",
                                               "المحامي", "المحاميه", "الطبيب", "الطبيبه", "المهندس", "المهندسه",
                                               "المواطن", "المواطنه", "الفنان", "الفنانه", "الشاعر", "الشاعره",
                                               "اللاعب", "اللاعبه", "المدرب", "المزارع", "التاجر", "الاكاديمي",
                                               "المتخصص", "المتخصصه", "المختص", "المختصه", "المعارض", "المعارضه",
                                               "الاعلامي", "الاعلاميه", "الحقوقي", "الحقوقيه", "المراسل", "المراسله",
                                               "المصور", "المصوره", "المءرخ", "الروايي", "الروائي", "المخرج",
                                               "المخرجه", "الداعيه", "المفكر", "المعلم", "المعلمه", "الطالب", "الطالبه",
                                               "السيناتور", "الدبلوماسي", "الدبلوماسيه", "المسءول",
                                               "المسءوله", "القيادي", "القياديه", "الناءب", "الناءبه"};

static int32_t occupation_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t j = i + 1, end;
    size_t n;
    const char *w = tok_str(d, i, &n);
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) return -1;
    if ((evg_tok_is(d, (size_t)i, "رجل") || evg_tok_is(d, (size_t)i, "سيده")) && same_sent(d, i, i + 1) &&
        evg_tok_is(d, (size_t)i + 1, "الاعمال"))
        j = i + 2; /* "رجل الأعمال", "سيدة الأعمال" (businessman, -woman) */
    else if (n < 10 || memcmp(w, "ال", 4) != 0) return -1; /* cheap test first */
    else if (!evg_tok_in_static(d, (size_t)i, occupation_nouns, sizeof occupation_nouns / sizeof *occupation_nouns,
                                EVG_WS_PLAIN))
        return -1;
    const char *country = "";
    span m;
    int32_t lim = i + 3, k;
    while (j < lim) {
        if (j > i && field_phrase(st, i, j)) j += 2, lim = j + 2; /* "الباحث في الشؤون الأفريقية" */
        else if (j > i && (k = workplace_at(st, i, j)) > j) j = lim = k; /* "الباحثة في منظمة ..." */
        else if (plain_definite(st, j, i)) j++;
        else if (same_sent(d, i, j) && match_at(st, j, GAZ_DEMONYM, &m) && m.end == j + 1) {
            country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "الباحث التركي" */
            emit_key(st, &m, EVG_MEN_DEMONYM);
            j++;
        } else break;
    }
    if (!same_sent(d, i, j) || !unknown_name(st, j, &end) || !(end = untitled_end(st, j, end)))
        return *country ? j : -1; /* the demonym is already a mention */
    int32_t ent = new_entity(st, j, end, "PER", country, "");
    if (ent < 0) return j;
    add_mention(st, ent, j, end, d->tokens.v[j].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Words that report what a person said or did right after the name. */
static int reporting_word(const scan *st, int32_t k)
{
    static const char *const w[] = {"said", "says", "told", "added", "warned", "wrote", "stated",
                                    "announced", "explained", "urged", "insisted", "recalled", "called",
                                    "confirmed", "denied", "vowed"};
    if ((size_t)k >= st->d->tokens.n) return 0;
    return evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* A speaker named after an inverted reporting verb (", said the host",
 * ", said he"): the words before the comma are then the quote. */
static int quote_speaker(const scan *st, int32_t k)
{
    static const char *const w[] = {"the", "a", "an", "he", "she", "they", "it"};
    if (k >= 0 && evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN)) return 1;
    return cap_word(st, k); /* ", said Ana Petrova" */
}

/* Token k is a lower-case English noun of a person's role ("candidate
 * Edmundo Gonzalez", "activist ...") or, with org 1, of a body ("group
 * Foro Penal", "watchdog ..."); with org 2 a role noun in any case
 * ("Farmer Joseph Otieno said" opening a sentence). */
static int role_noun(const scan *st, int32_t k, int org)
{
    static const char *const per[] = {"candidate", "activist", "journalist", "lawyer", "businessman", "businesswoman",
                                      "analyst", "researcher", "professor", "economist", "commentator", "dissident",
                                      "blogger", "photographer", "reporter", "correspondent", "nurse", "teacher",
                                      "student", "farmer", "resident", "survivor", "pilot", "singer", "actor",
                                      "actress", "writer", "novelist", "poet", "footballer", "striker", "coach",
                                      "priest", "cleric", "rabbi", "bishop", "tycoon", "billionaire", "entrepreneur",
                                      "lawmaker", "senator", "legislator", "congressman", "congresswoman",
                                      "negotiator", "mediator", "mayor", "governor", "founder", "scientist",
                                      "historian", "author", "artist", "filmmaker", "hostage", "detainee", "prisoner",
                                      "runner", "sprinter", "marathoner", "athlete", "cyclist", "boxer", "swimmer",
                                      "wrestler", "gymnast", "skier", "jockey", "cricketer", "batsman", "golfer",
                                      "goalkeeper", "midfielder", "winger", "player", "captain", "champion",
                                      "referee", "doctor", "surgeon", "engineer", "diplomat", "banker", "investor",
                                      "campaigner", "protester", "witness", "refugee", "migrant", "imam", "sheikh"};
    static const char *const body[] = {"group", "organisation", "organization", "agency", "company", "firm",
                                       "charity", "watchdog", "movement", "party", "coalition", "network",
                                       "alliance", "association", "union", "ngo", "monitor", "broadcaster",
                                       "newspaper", "outlet", "militia", "faction"};
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0;
    const evg_token *t = &st->d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || ((t->flags & EVG_TOKF_CAP) && org < 2)) return 0;
    const char *const *w = org == 1 ? body : per;
    size_t n = org == 1 ? sizeof body / sizeof *body : sizeof per / sizeof *per;
    return evg_tok_in_static(st->d, (size_t)k, w, n, EVG_WS_PLAIN);
}

/* Is Latin token k a lower-case noun naming a person or persons by role
 * ("manager", "registrar", "judges", "spokeswoman", "aide")?  A role word
 * of data/gaz_rolenouns.tsv (class R; class X names no person), or an
 * ending only people have (-ist, -ian, -man, -woman,
 * -person), singular or plural: -er or -or alone also end newspapers,
 * carriers, lenders and rivers ("The lender, Banco Popular, said"). */
static int latin_person_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    const evg_token *t = &d->tokens.v[k];
    size_t n;
    const char *s = tok_str(d, k, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (t->flags & EVG_TOKF_CAP) || n < 4) return 0;
    int cls = evg_gaz_smap_get(&st->g->rolenouns, s, n); /* data/gaz_rolenouns.tsv */
    if (cls == 'R' || cls == 'X') return cls == 'R';
    if (n >= 6 && (!memcmp(s + n - 4, "ment", 4) || !memcmp(s + n - 5, "ments", 5))) return 0;
    for (size_t e = 0; e < st->g->role_ends.n; e++) {
        size_t el = strlen(st->g->role_ends.v[e]);
        if (n > el + 2 && !memcmp(s + n - el, st->g->role_ends.v[e], el)) return 1;
    }
    return 0;
}

/* An unlisted Latin name of two to four words at i (a rank before it
 * skipped) ending before a comma, "said" or a reporting verb; its end or -1. */
static int32_t comma_role_name(const scan *st, int32_t i, int32_t *first)
{
    const evg_doc *d = st->d;
    int32_t end, f = honor_skip(st, i);
    if ((size_t)f >= d->tokens.n || !same_sent(d, i, f) || !cap_word(st, f)) return -1;
    if (!unknown_name(st, f, &end) || word_count(d, f, end) > 4 || (size_t)end >= d->tokens.n) return -1;
    for (int32_t k = f; k < end; k++)
        if (head_kind(st, k) > 0) return -1;
    *first = f;
    return end;
}

/* "The commission's ICT manager, Chris Msando, was ...", "Two judges,
 * Ana Ruiz and Lena Voss, dissented": a lower-case noun of a person's role
 * (latin_person_noun), a comma and one or two (with "and") names nobody
 * listed, closed by a comma, "said" or a reporting verb: new persons. */
static int32_t latin_comma_role_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t f, end, f2 = -1, end2 = -1;
    if (i < 2 || !cap_word(st, i) || !is_comma(d, i - 1) || !same_sent(d, i - 2, i)) return -1;
    if (!latin_person_noun(st, i - 2) || (end = comma_role_name(st, i, &f)) < 0) return -1;
    if (evg_tok_is(d, (size_t)end, "and") && same_sent(d, end, end + 1) &&
        (end2 = comma_role_name(st, end + 1, &f2)) < 0)
        return -1;
    int32_t last = end2 >= 0 ? end2 : end;
    if (!is_comma(d, last) && !evg_tok_is(d, (size_t)last, "said") && !reporting_word(st, last)) return -1;
    if (!untitled_end(st, f, end) || (end2 >= 0 && !untitled_end(st, f2, end2))) return -1;
    if (untitled_person(st, f, end, d->tokens.v[f].os) < 0) return -1;
    if (end2 >= 0 && untitled_person(st, f2, end2, d->tokens.v[f2].os) < 0) return -1;
    return last;
}

/* "presidential candidate Edmundo Gonzalez", "activist Maria Ruiz": two to
 * four capitalised words nobody listed, none a head, right after a role
 * noun: a new person. */
static int32_t latin_role_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end;
    if (i < 1 || !cap_word(st, i) || !same_sent(d, i - 1, i) || !role_noun(st, i - 1, 0)) return -1;
    if (!unknown_name(st, i, &end) && given_city_pair(st, i, 1, 1)) end = i + 2; /* "senator Paloma Valencia" */
    else if (!unknown_name(st, i, &end) || word_count(st->d, i, end) > 4 || !untitled_end(st, i, end)) return -1;
    for (int32_t k = i; k < end; k++)
        if (head_kind(st, k) > 0) return -1;
    return untitled_person(st, i, end, d->tokens.v[i].os);
}

/* '"Prices are high," said Nimal, a driver': one capitalised word nobody
 * listed after a quote's inverted reporting verb and before an appositive
 * (", a ...", ", who ...", ", 34,"): a person named by one word. */
static int32_t latin_said_one_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t e = i + 1;
    if (i < 2 || !cap_word(st, i) || st->in_timex[i] || head_kind(st, i) > 0 || !same_sent(d, i - 2, e + 1)) return -1;
    if (d->tokens.v[i - 2].kind != EVG_TOK_PUNCT || !reporting_word(st, i - 1) || !is_comma(d, e)) return -1;
    int appos = evg_tok_is(d, (size_t)e + 1, "a") || evg_tok_is(d, (size_t)e + 1, "an") ||
                evg_tok_is(d, (size_t)e + 1, "who") ||
                (d->tokens.v[e + 1].kind == EVG_TOK_NUM && same_sent(d, i, e + 2) && is_comma(d, e + 2));
    return appos ? untitled_person(st, i, e, d->tokens.v[i].os) : -1;
}

/* "Nguyen Thi Lan said", "according to Arvid Holmqvist", ", said Ana
 * Petrova": two to four capitalised words nobody listed, none of them an
 * organisation or place head, next to a reporting verb: a new person; after
 * "the" ("the Grand Mosque said") a new organisation. */
static int32_t latin_said_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end;
    if (cap_word(st, i) && !unknown_name(st, i, &end)) return latin_said_one_at(st, i);
    if (role_noun(st, i, 2)) return -1; /* "Farmer" + Joseph Otieno said */
    if (!cap_word(st, i) || !unknown_name(st, i, &end) || word_count(d, i, end) > 4) return -1;
    size_t n;
    const char *last = tok_str(d, end - 1, &n);
    if (!untitled_end(st, i, end) || (n > 3 && last[n - 1] == 's' && last[n - 2] != 's'))
        return -1; /* "Rescue Teams said": a plural noun, not a surname */
    int org = i >= 1 && same_sent(d, i - 1, i) && (evg_tok_is(d, (size_t)(i - 1), "the") || role_noun(st, i - 1, 1));
    /* "the Grand Mosque said", "rights group Foro Penal said" */
    for (int32_t k = i; k < end; k++)
        if (head_kind(st, k) > 0) return -1;
    int before = i >= 2 && same_sent(d, i - 2, i) && evg_tok_is(d, (size_t)(i - 2), "according") &&
                 evg_tok_is(d, (size_t)(i - 1), "to");
    before |= i >= 2 && d->tokens.v[i - 2].kind == EVG_TOK_PUNCT && same_sent(d, i - 2, i) &&
              reporting_word(st, i - 1); /* ', said X' and '." said X' */
    int after = same_sent(d, i, end) && reporting_word(st, end);
    after |= same_sent(d, i, end + 1) && is_comma(d, end) &&
             (evg_tok_is(d, (size_t)(end + 1), "who") ||
              (reporting_word(st, end + 1) && !quote_speaker(st, end + 2))); /* not "Good Morning, said the host" */
    /* "Olena Kovalenko, 34, a nurse": an age in apposition */
    after |= same_sent(d, i, end + 2) && is_comma(d, end) && d->tokens.v[end + 1].kind == EVG_TOK_NUM &&
             is_comma(d, end + 2);
    if (!before && !after) return -1;
    if (!org) return untitled_person(st, i, end, d->tokens.v[i].os);
    int32_t ent = new_entity(st, i, end, "ORG", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* ---- the pass ---- */

/* A country or city whose name is also a stop word (مالي "financial" and
 * Mali, الرمادي "grey" and Ramadi) at Arabic token i, also behind و: the
 * place after a preposition, a compass, state or city noun ("في مالي",
 * "شمال مالي", "دولة مالي", "مدينة الرمادي", "محافظ الحلة"), or in a
 * coordination with another place ("مالي وبوركينا فاسو", "النيجر
 * ومالي"). */
static int32_t stop_country_at(scan *st, int32_t i)
{
    static const char *const cue[] = {"في", "الي", "من", "عن", "شمال", "جنوب", "شرق", "غرب", "وسط", "دوله",
                                      "جمهوريه", "حكومه", "بينها", "بينهم", "مثل", "زار", "يزور", "مدينه",
                                      "محافظه", "قضاء", "بلده", "محافظ", "مدن", "ومدينه", "بمدينه", "وفي", "قرب",
                                      "بالقرب", "نحو", "داخل", "خارج", "والي", "ومن"};
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n, c = 0;
    int32_t end;
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[i]) return -1;
    const char *s = tok_str(d, i, &n);
    int coord = n >= 8 && !memcmp(s, "و", 2);
    if (coord) s += 2, n -= 2;
    if (!is_stop(st, s, n)) return -1; /* may_bits' MAY_STOP */
    int k = best_key(st, i, s, n, GAZ_NAME, &end);
    const gaz_entry *e = k >= 0 ? &st->g->ents.v[st->g->keys.v[k].target] : NULL;
    if (!e || st->g->keys.v[k].ntok != 1 || (!e->is_country && strcmp(e->type, "GPE") != 0)) return -1;
    int ok = coord && d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end == i &&
             d->entities.v[d->mentions.v[d->mentions.n - 1].entity].country[0];
    while (!ok && i > 0 && same_sent(d, i - 1, i) && c < sizeof cue / sizeof *cue) ok = evg_tok_is(d, (size_t)i - 1, cue[c++]);
    if (!ok && same_sent(d, i, i + 1) && d->tokens.v[i + 1].script == EVG_SCRIPT_ARAB && match_at(st, i + 1, GAZ_NAME, &m))
        ok = m.os > d->tokens.v[i + 1].os && st->g->ents.v[st->g->keys.v[m.key].target].is_country; /* "ومالي" */
    if (!ok) return -1;
    add_mention(st, entity_of(st, st->g->keys.v[k].target), i, i + 1, orig_after_letters(d, t, coord), t->oe,
                EVG_MEN_NAME);
    return i + 1;
}

/* Nothing listed starts at i: a bare word of a person named earlier, a
 * spelling variant, or an English organisation or place nobody listed. */
/* The NAME key made of exactly the folded words w[0..n), or -1. */
static int key_of_words(const scan *st, const char *const *w, const size_t *wl, int n)
{
    char sk[128];
    int len = evg_gaz_skel(w[0], wl[0], sk, sizeof sk);
    for (int k = len > 0 ? evg_gaz_bucket(st->g, sk, (size_t)len) : -1; k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        int t = 0;
        if (key->kind != GAZ_NAME || key->ntok != n) continue;
        while (t < n && strlen(key->tok[t]) == wl[t] && !memcmp(key->tok[t], w[t], wl[t])) t++;
        if (t == n) return k;
    }
    return -1;
}

static int is_quote(const evg_doc *d, int32_t j)
{
    static const char *const quotes[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D"};
    if ((size_t)j >= d->tokens.n || d->tokens.v[j].kind != EVG_TOK_PUNCT) return 0;
    for (size_t q = 0; q < sizeof quotes / sizeof *quotes; q++)
        if (evg_tok_is(d, (size_t)j, quotes[q])) return 1;
    return 0;
}

/* Token i is an Arabic noun of a news medium (قناة، صحيفة، لموقع ...):
 * its folded text without a one-letter proclitic into *w, *n. */
/* Is token k a noun of speaking to a medium (تصريح، حديث، مقابلة ...)? */
static int speech_noun(const scan *st, int32_t k)
{
    static const char *const nouns[] = {"تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها",
                                        "مقابله", "حوار", "بيان"};
    size_t n;
    if (k < 0 || !same_sent(st->d, k, k + 1)) return 0;
    const char *s = bare_word(st, k, &n);
    for (size_t a = 0; a < sizeof nouns / sizeof *nouns; a++)
        if (n == strlen(nouns[a]) && !memcmp(s, nouns[a], n)) return 1;
    return 0;
}

/* The noun that opens a medium's name in quotes at token i into *w: 1, or
 * 2 for ل after a noun of speaking ('في تصريح لـ"الخبر"', no noun of the
 * medium written), 3 for a company's شركة; 0 when there is none. */
static int media_cue(const scan *st, int32_t i, const char **w, size_t *n)
{
    static const char *const cues[] = {"قناه", "صحيفه", "جريده", "موقع", "اذاعه", "شبكه", "مجله",
                                       "تلفزيون"};
    const char *s = tok_str(st->d, i, n);
    if (st->d->tokens.v[i].script != EVG_SCRIPT_ARAB) return 0;
    if (*n == 2 && !memcmp(s, "ل", 2) && speech_noun(st, i - 1)) return *w = s, 2; /* 'في تصريح لـ"الخبر"' */
    for (int strip = 0; strip < 2; strip++) {
        for (size_t c = 0; c < sizeof cues / sizeof *cues; c++)
            if (strlen(cues[c]) == *n && !memcmp(cues[c], s, *n)) return *w = s, 1;
        if (*n == strlen("شركه") && !memcmp(s, "شركه", *n)) return *w = s, 3; /* 'لشركة "العال"' */
        if (*n <= 2 || (memcmp(s, "و", 2) && memcmp(s, "ف", 2) && memcmp(s, "ب", 2) && memcmp(s, "ل", 2))) return 0;
        s += 2, *n -= 2;
    }
    return 0;
}

/* The words between the quotation mark at I + 1 and its closing mark in the
 * same sentence (one to four), stored from W[1]; returns the closing mark's
 * token, or -1 when there is none. */
static int32_t quoted_words(const evg_doc *d, int32_t i, const char **w, size_t *wl)
{
    int32_t close = i + 2;
    while (close < i + 6 && same_sent(d, i, close) &&
           (d->tokens.v[close].kind == EVG_TOK_WORD ||
            (close > i + 2 && d->tokens.v[close].kind == EVG_TOK_NUM))) { /* 'قناة "فرانس 24"' */
        w[close - i - 1] = tok_str(d, close, &wl[close - i - 1]);
        close++;
    }
    if (close == i + 2 || !is_quote(d, close) || !same_sent(d, i, close)) return -1;
    return close;
}

/* 'قناة "الجزيرة"', 'لموقع "رووداو"', 'صحيفة "الوطن" السورية': a medium's
 * noun and its name in quotes (one to four words) name that medium: the
 * listed one ("قناة الجزيرة", or the quoted name alone), else a new ORG
 * (MED) of the country of a demonym after the quotes.  A company's name in
 * quotes after شركة is the same (a new ORG: BUS). */
static int32_t media_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const char *w[6];
    size_t wl[6];
    int32_t close = i + 2, ent = -1;
    span m;
    int cue = is_quote(d, i + 1) ? media_cue(st, i, &w[0], &wl[0]) : 0;
    if (!cue) return -1;
    if ((close = quoted_words(d, i, w, wl)) < 0) return -1;
    int n = close - i - 1, k = key_of_words(st, w, wl, n);
    if (k < 0) k = key_of_words(st, w + 1, wl + 1, n - 1);
    for (size_t c = 0; k < 0 && cue == 2 && c < 3; c++) { /* "الخبر" is listed as "صحيفة الخبر" */
        static const char *const nouns[] = {"صحيفه", "قناه", "جريده"};
        w[0] = nouns[c], wl[0] = strlen(nouns[c]);
        k = key_of_words(st, w, wl, n);
    }
    if (k >= 0) ent = entity_of(st, st->g->keys.v[k].target);
    else {
        const char *country = match_at(st, close + 1, GAZ_DEMONYM, &m) && same_sent(d, i, close + 1)
                                  ? st->g->ents.v[st->g->keys.v[m.key].target].country : "";
        ent = new_entity(st, i + 2, close, "ORG", country, cue == 3 ? "BUS" : "MED");
    }
    if (ent < 0) return -1;
    int32_t first = cue == 2 ? i + 1 : i; /* 'لـ"الخبر"': the name in its quotes */
    add_mention(st, ent, first, close + 1, d->tokens.v[first].os, d->tokens.v[close].oe, EVG_MEN_NAME);
    return close + 1;
}

/* "NAIROBI, May 14 (Coast Wire) - ...": in a wire dateline, one to four
 * capitalised words in brackets before a dash, near the top of the text,
 * name the news service that filed the story (ORG, MED), listed or not. */
static int32_t byline_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t k = i + 1;
    span m;
    if (d->tokens.v[i].kind != EVG_TOK_PUNCT || !evg_tok_is(d, (size_t)i, "(") || d->tokens.v[i].sent > 3 || i == 0 ||
        (d->tokens.v[i - 1].script != EVG_SCRIPT_LATN && d->tokens.v[i - 1].kind != EVG_TOK_NUM))
        return -1;
    while ((size_t)k < d->tokens.n && k < i + 5 && same_sent(d, i, k) && cap_word(st, k)) k++;
    if (k == i + 1 || (size_t)k + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)k, ")")) return -1;
    if (!evg_tok_is(d, (size_t)k + 1, "-") && !evg_tok_is(d, (size_t)k + 1, "\xE2\x80\x93") &&
        !evg_tok_is(d, (size_t)k + 1, "\xE2\x80\x94"))
        return -1;
    if (match_at(st, i + 1, GAZ_NAME, &m) && m.end == k) return -1; /* "(Reuters)": the listed agency, read as usual */
    int32_t ent = new_entity(st, i + 1, k, "ORG", "", "MED");
    if (ent < 0) return -1;
    add_mention(st, ent, i + 1, k, d->tokens.v[i + 1].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return k + 1;
}

/* "الصحراء" alone ("نزاع الصحراء", "مغربية الصحراء") is Western Sahara in a
 * document that has named Morocco, the Polisario or Western Sahara, not
 * before a definite adjective (الصحراء الكبرى, a listed name anyway). */
/* Is s[0..n) الصحراء, also behind و ب ل?  The proclitic's letters (0 or
 * 1), or -1. */
static int sahara_word(const char *s, size_t n)
{
    static const char sahara[] = "الصحراء";
    size_t sl = sizeof sahara - 1;
    int skip = n == sl + 2 && (!memcmp(s, "و", 2) || !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2));
    return n - (size_t)skip * 2 != sl || memcmp(s + skip * 2, sahara, sl) != 0 ? -1 : skip;
}

static int32_t sahara_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return -1;
    const char *s = tok_str(d, i, &n);
    int skip = sahara_word(s, n);
    if (skip < 0) return -1;
    if (same_sent(d, i, i + 1) && plain_definite(st, i + 1, i)) return -1;
    int32_t esh = entity_by_id(st, "esh");
    if (esh < 0 && entity_by_id(st, "mar") < 0 && entity_by_id(st, "polisario") < 0) return -1;
    if (esh < 0) esh = entity_of(st, evg_gaz_find_id(st->g, "esh"));
    if (esh < 0) return -1;
    add_mention(st, esh, i, i + 1, orig_after_letters(d, t, skip), t->oe, EVG_MEN_NAME);
    return i + 1;
}

/* 'سد "قيز قلعه سي"', 'مطار "رامون"': a noun of a built place or site and a
 * name in quotes is that place: the listed one (with or without the noun),
 * else a new LOC named by the transliteration and the noun's English. */
static int32_t quoted_place_at(scan *st, int32_t i)
{
    static const struct { const char *ar, *en; } cues[] = {
        {"سد", "Dam"}, {"مطار", "Airport"}, {"ميناء", "Port"}, {"قاعده", "Base"}, {"معبر", "Crossing"},
        {"مخيم", "Camp"}, {"حقل", "Field"}, {"منجم", "Mine"}, {"مصفاه", "Refinery"}, {"محطه", "Station"},
        {"جسر", "Bridge"}, {"سجن", "Prison"}, {"مستشفي", "Hospital"}, {"ملعب", "Stadium"}};
    const evg_doc *d = st->d;
    const char *w[6];
    size_t wl[6], c = 0;
    int32_t close = i + 2, ent;
    int strip = 0;
    if (!is_quote(d, i + 1) || d->tokens.v[i].script != EVG_SCRIPT_ARAB) return -1;
    w[0] = tok_str(d, i, &wl[0]);
    for (;;) { /* the whole word first; one proclitic off only when the whole is no cue ("وسد", "بمطار") */
        for (c = 0; c < sizeof cues / sizeof *cues; c++)
            if (strlen(cues[c].ar) == wl[0] && memcmp(cues[c].ar, w[0], wl[0]) == 0) break;
        if (c < sizeof cues / sizeof *cues) break;
        int clitic = !memcmp(w[0], "و", 2) || !memcmp(w[0], "ب", 2) || !memcmp(w[0], "ل", 2) || !memcmp(w[0], "ف", 2);
        if (strip || wl[0] <= 4 || !clitic) return -1;
        w[0] += 2, wl[0] -= 2, strip = 1;
    }
    if ((close = quoted_words(d, i, w, wl)) < 0) return -1;
    int n = close - i - 1, k = key_of_words(st, w, wl, n);
    if (k < 0) k = key_of_words(st, w + 1, wl + 1, n - 1);
    if (k >= 0) ent = entity_of(st, st->g->keys.v[k].target);
    else if ((ent = new_entity(st, i + 2, close, "LOC", "", "")) >= 0 && st->d->entities.v[ent].first_mention < 0) {
        evg_entity *x = &st->d->entities.v[ent];
        evg_buf b = {0};
        evg_buf_printf(&b, "%s %s", x->name_en, cues[c].en);
        x->name_en = evg_arena_strndup(st->d->arena, b.p, b.n);
        evg_buf_free(&b);
    }
    if (ent < 0) return -1;
    add_mention(st, ent, i, close + 1, orig_after_letters(d, &d->tokens.v[i], strip), d->tokens.v[close].oe,
                EVG_MEN_NAME);
    return close + 1;
}

/* "Calif.", "Fla.", "Mass.": a US state in the abbreviation of wire
 * datelines (a word and its dot, tokens k and k + 1). */
static int us_state_abbrev(const scan *st, int32_t k)
{
    static const char *const ab[] = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "kan",
                                     "mass", "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "tenn",
                                     "wash", "wis", "wyo", "md", "va", "ga", "pa", "la", "ky", "mo", "nc", "sc"};
    if ((size_t)k + 1 >= st->d->tokens.n || !evg_tok_is(st->d, (size_t)k + 1, ".") ||
        st->d->tokens.v[k].script != EVG_SCRIPT_LATN || !(st->d->tokens.v[k].flags & EVG_TOKF_CAP))
        return 0;
    for (size_t a = 0; a < sizeof ab / sizeof *ab; a++)
        if (evg_tok_is(st->d, (size_t)k, ab[a])) return 1;
    return 0;
}

/* An English wire dateline that opens a sentence of the first lines with a
 * place in capitals nobody listed, a comma and its country: "OHRID, North
 * Macedonia - ..." makes Ohrid a place of that country.  A listed region
 * or state of a country, or a US state's abbreviation, serves as well, and
 * a comma may follow it (the date and the agency come next): "WOODSIDE,
 * California, Nov 16 (Wire) -", "WOODSIDE, Calif. (AP) -". */
static int32_t dateline_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t k = i;
    span m;
    if (d->tokens.v[i].script != EVG_SCRIPT_LATN || d->tokens.v[i].sent > 3 || (i > 0 && same_sent(d, i - 1, i)))
        return -1;
    while ((size_t)k < d->tokens.n && k < i + 3 && d->tokens.v[k].kind == EVG_TOK_WORD &&
           d->tokens.v[k].script == EVG_SCRIPT_LATN && tok_upper(d, k) && d->tokens.v[k].oe - d->tokens.v[k].os >= 3)
        k++;
    if (k == i || !is_comma(d, k)) return -1;
    const char *country = NULL;
    int32_t after;
    int abbrev = 0;
    if (match_at(st, k + 1, GAZ_NAME, &m) && !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "GPE") &&
        strlen(st->g->ents.v[st->g->keys.v[m.key].target].country) == 3)
        country = st->g->ents.v[st->g->keys.v[m.key].target].country, after = m.end; /* "Ohrid, North Macedonia", "Woodside, California" */
    else if (us_state_abbrev(st, k + 1))
        country = "USA", after = k + 3, abbrev = 1; /* "WOODSIDE, Calif." */
    else
        return -1;
    if (!evg_tok_is(d, (size_t)after, "-") && !evg_tok_is(d, (size_t)after, "\xE2\x80\x93") &&
        !evg_tok_is(d, (size_t)after, "\xE2\x80\x94") && !evg_tok_is(d, (size_t)after, "(") && !is_comma(d, after))
        return -1;
    int32_t ent = new_entity(st, i, k, "GPE", country, "");
    if (ent < 0) return -1;
    evg_entity *x = &st->d->entities.v[ent];
    if (x->name_en && tok_upper(d, i)) { /* "OHRID" -> "Ohrid" */
        char *en = evg_arena_strdup(st->d->arena, x->name_en);
        for (char *c = en; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        capitalise(en);
        x->name_en = en;
    }
    add_mention(st, ent, i, k, d->tokens.v[i].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return abbrev ? after : k; /* past "Calif." */
}

/* The mention, among the last few, whose tokens end at token end, or end
 * where a country's adjective ending there begins ("هيئة الطيران المدني
 * الكينية"), whichever order they were added in; NULL if none does. */
static const evg_mention *short_form_owner(const evg_doc *d, int32_t end)
{
    const evg_mention *dem = NULL, *own = NULL;
    for (size_t k = d->mentions.n; k > 0 && k + 3 > d->mentions.n; k--) {
        const evg_mention *m = &d->mentions.v[k - 1];
        if (m->kind == EVG_MEN_DEMONYM && m->tok_end == end) dem = m;
        else if (m->kind == EVG_MEN_NAME && !own) own = m;
    }
    if (own && (own->tok_end == end || (dem && own->tok_end == dem->tok_first))) return own;
    return NULL;
}

/* "وكالة الأنباء العراقية (واع)", "the Electoral Commission (ECN)": one
 * word in brackets right after the name of an organisation is that
 * organisation (or after its country's adjective) is the organisation's
 * short form: a mention of it, and a local alias so that the
 * short form alone names it further on.  An Arabic short form carries no
 * article (a definite word there is a gloss: "(الرسمية)"); a Latin one is
 * written in capitals. */
static int32_t bracket_short_form_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    if (i < 2 || !d->mentions.n || (size_t)i + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)i - 1, "(") ||
        !evg_tok_is(d, (size_t)i + 1, ")") || !same_sent(d, i - 1, i + 1))
        return -1;
    const evg_mention *m = short_form_owner(d, i - 1);
    const evg_token *t = &d->tokens.v[i];
    const char *s = tok_str(d, i, &n);
    if (!m || strcmp(d->entities.v[m->entity].type, "ORG") != 0 || t->kind != EVG_TOK_WORD ||
        is_stop_tok(st, i) || count_letters(s, n) < 2)
        return -1;
    if (t->script == EVG_SCRIPT_ARAB ? (n >= 4 && !memcmp(s, "ال", 4)) : !tok_upper(d, i)) return -1;
    int32_t ent = m->entity;
    add_mention(st, ent, i, i + 1, t->os, t->oe, EVG_MEN_NAME);
    local_alias_add(st, i, t->os, ent);
    return i + 1;
}

/* "وقعت الاشتباكات في تيموكو.": after في, one indefinite Arabic word nobody
 * listed that closes its sentence or clause (a full stop, a comma, the end)
 * is a new place when it ends in و or ا (not ى), as foreign place names
 * do, or has five letters or more and is no noun in ة, plural in ات, noun
 * in م (مستودع, معسكر), verbal noun or word of speech (في بيان، في حينه،
 * في تصريحات، في اجتماع); also any such word before ب and a place noun
 * ("في بتلر بولاية بنسلفانيا").  Not a variant of a listed name ("في
 * كراكاس" is Caracas).  The end, or -1. */
static int32_t fi_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n, n2;
    if (!evg_tok_is(d, (size_t)i, "في") && !evg_tok_is(d, (size_t)i, "وفي")) return -1;
    int32_t k = i + 1;
    span fm;
    if (!place_word_ok(st, i, k, 2) || fuzzy_match(st, k, &fm)) return -1; /* "في كراكاس" is Caracas */
    const char *s = tok_str(d, k, &n);
    if (count_letters(s, n) < 4 || (n > 4 && !memcmp(s, "ال", 4))) return -1;
    static const char *const talk[] = {"تصريح", "تصريحات", "تغريده", "مقابله", "موتمر", "مءتمر", "مؤتمر", "تدوينه",
                                       "منشور", "خطاب", "رساله", "حديث", "برنامج", "ظروف", "اطار", "سياق", "مجال"};
    int tail_w = !memcmp(s + n - 2, "و", 2) && memcmp(s + n - 4, "وا", 4) != 0;
    int tail_a = !memcmp(s + n - 2, "ا", 2) && memcmp(s + n - 4, "ها", 4) != 0 && memcmp(s + n - 4, "نا", 4) != 0 &&
                 !orig_ends_in(d, k, "\xD9\x89"); /* ى: مستشفى, مبنى are nouns */
    int state = (size_t)k + 1 < d->tokens.n && same_sent(d, k, k + 1) && place_cue(st, k + 1) &&
                !memcmp(tok_str(d, k + 1, &n2), "ب", 2); /* "في بتلر بولاية بنسلفانيا" */
    int plain = count_letters(s, n) >= 5 && memcmp(s + n - 2, "ه", 2) != 0 && memcmp(s + n - 4, "ات", 4) != 0 &&
                memcmp(s, "م", 2) != 0 && !bare_masdar_shape(s, n); /* مستودع, معسكر: nouns of place */
    for (size_t w = 0; plain && w < sizeof talk / sizeof *talk; w++)
        if (evg_tok_is(d, (size_t)k, talk[w])) plain = 0;
    if (!tail_w && !tail_a && !plain && !state) return -1;
    int closes = (size_t)k + 1 >= d->tokens.n || !same_sent(d, k, k + 1) || is_comma(d, k + 1) ||
                 evg_tok_is(d, (size_t)k + 1, ".") || state;
    if (!closes) return -1;
    int32_t ent = new_entity(st, k, k + 1, "GPE", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, k, k + 1, d->tokens.v[k].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}

/* ---- which recognisers of unlisted names may start at a token (speed) ----
 * Most recognisers of unlisted_at open on a word of a short list (في, a
 * kinship noun, an occupation, a body's head).  Whether a token's text is
 * such a word is a property of its form, found once per distinct form of
 * the document: a recogniser whose bit is clear would return -1 at its
 * first test and is not called.  Built with -DEVG_CHECK_MASKS, every
 * skipped recogniser runs anyway and the program aborts if it would have
 * found something. */
enum {
    MAY_FI = 1u << 0, MAY_SAHARA = 1u << 1, MAY_OCC = 1u << 2, MAY_CUE = 1u << 3, MAY_KIN = 1u << 4,
    MAY_NAMED_ORG = 1u << 5, MAY_KOREA = 1u << 6, MAY_ARABIC_ORG = 1u << 7, MAY_STOP = 1u << 8, MAY_ALL = 0x1FF,
    MAY_SET = 1u << 15
};

/* The MAY_ bits of the text of token i (its form's, whatever its place). */
static unsigned may_bits(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    unsigned ws = EVG_WS_PLAIN;
    const char *s = tok_str(d, i, &n);
    int hk, skip;
    unsigned b = 0;
    if (evg_tok_is(d, (size_t)i, "في") || evg_tok_is(d, (size_t)i, "وفي")) b |= MAY_FI;
    if (sahara_word(s, n) >= 0) b |= MAY_SAHARA;
    if (evg_tok_is(d, (size_t)i, "رجل") || evg_tok_is(d, (size_t)i, "سيده") ||
        (n >= 10 && !memcmp(s, "ال", 4) &&
         evg_tok_in_static(d, (size_t)i, occupation_nouns, sizeof occupation_nouns / sizeof *occupation_nouns, ws)))
        b |= MAY_OCC;
    if (evg_tok_is(d, (size_t)i, "identified") ||
        evg_tok_in_static(d, (size_t)i, named_cues, sizeof named_cues / sizeof *named_cues, ws))
        b |= MAY_CUE;
    if (evg_tok_in_static(d, (size_t)i, kin_nouns, sizeof kin_nouns / sizeof *kin_nouns, ws)) b |= MAY_KIN;
    if (named_org_head(s, n, &skip)) b |= MAY_NAMED_ORG;
    if (evg_tok_is(d, (size_t)i, "the") || evg_tok_is(d, (size_t)i, "الجاره")) b |= MAY_KOREA;
    if (arabic_org_head(st, s, n, &hk, &skip)) b |= MAY_ARABIC_ORG;
    if (n >= 8 && !memcmp(s, "و", 2) ? is_stop(st, s + 2, n - 2) : is_stop(st, s, n))
        b |= MAY_STOP; /* stop_country_at, behind a coordinating و */
    return b;
}

/* The MAY_ bits of token i, once per distinct form, kept across the
 * documents of a context with the form's other answers (forms.c); all bits
 * without a form table. */
static unsigned may_start(scan *st, int32_t i)
{
    evg_form *f = evg_tok_form(st->d, (size_t)i);
    if (!f) return MAY_ALL;
    if (!f->ent_may) f->ent_may = (uint16_t)(may_bits(st, i) | MAY_SET);
    return f->ent_may;
}

/* Recogniser fn at i when bit is among the token's MAY_ bits, else -1. */
static inline int32_t try_may(scan *st, int32_t i, unsigned may, unsigned bit, int32_t (*fn)(scan *, int32_t))
{
    if (may & bit) return fn(st, i);
#ifdef EVG_CHECK_MASKS /* the skip must never hide a name the recogniser finds */
    size_t men = st->d->mentions.n, ent = st->d->entities.n;
    if (fn(st, i) > i || st->d->mentions.n != men || st->d->entities.n != ent) abort();
#endif
    return -1;
}

/* "رئيس حزب العمال سنان كوتش": the head of an organisation nobody listed
 * (the word before it رئيس, زعيم, قائد, مؤسس ...) followed by a name nobody
 * listed is a new person of the organisation's country; org is [i, f).
 * The end of the name, else f. */
static int32_t org_head_name(scan *st, int32_t i, int32_t f)
{
    static const char *const head[] = {"رءيس", "رءيسه", "زعيم", "زعيمه", "قايد", "قاءد", "مءسس", "مءسسه",
                                       "منسق", "منسقه", "مدير", "مديره"};
    const evg_doc *d = st->d;
    int32_t ue;
    if (i < 1 || !same_sent(d, i - 1, f) || d->tokens.v[i - 1].script != EVG_SCRIPT_ARAB ||
        !evg_tok_in_static(d, (size_t)i - 1, head, sizeof head / sizeof *head, EVG_WS_WAW_FA))
        return f;
    if ((size_t)f >= d->tokens.n || d->tokens.v[f].script != EVG_SCRIPT_ARAB || !title_name(st, f, &ue) || ue <= f)
        return f;
    if (d->mentions.n == 0) return f;
    const evg_mention *om = &d->mentions.v[d->mentions.n - 1]; /* the organisation just made */
    const char *country = d->entities.v[om->entity].country ? d->entities.v[om->entity].country : "";
    int32_t ent = new_entity(st, f, ue, "PER", country, "");
    if (ent < 0) return f;
    add_mention(st, ent, f, ue, d->tokens.v[f].os, d->tokens.v[ue - 1].oe, EVG_MEN_NAME);
    return ue;
}

/* "Rodrigo Londono, better known as Timochenko,", "..., المعروف باسم أبو
 * محمد،": a nickname after a comma and "(better|also|widely) known as" or
 * المعروف/الشهير/المكنى باسم names the person whose name ends at that
 * comma: a mention of that person, and its words resolve later bare
 * mentions.  The token after the nickname, or -1. */
static int32_t known_as_at(scan *st, int32_t i)
{
    static const char *const adv[] = {"better", "also", "widely", "popularly", "commonly", "locally"};
    static const char *const ar[] = {"المعروف", "الشهير", "المكني", "المكنى", "الملقب"};
    evg_doc *d = st->d;
    int32_t k, end = i;
    int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
    if (i < 3 || !same_sent(d, i - 3, i)) return -1;
    if (latin) {
        if (!evg_tok_is(d, (size_t)i - 1, "as") || !evg_tok_is(d, (size_t)i - 2, "known")) return -1;
        k = i - 3;
        if (evg_tok_in_static(d, (size_t)k, adv, sizeof adv / sizeof *adv, EVG_WS_PLAIN)) k--;
        while ((size_t)end < d->tokens.n && same_sent(d, i, end) && end - i < 3 && cap_word(st, end) &&
               !is_stop_tok(st, end))
            end++;
    } else {
        if (!evg_tok_is(d, (size_t)i - 1, "باسم") ||
            !evg_tok_in_static(d, (size_t)i - 2, ar, sizeof ar / sizeof *ar, EVG_WS_PLAIN))
            return -1;
        k = i - 3;
        int words = 0, w, closes, step;
        while ((size_t)end < d->tokens.n && same_sent(d, i, end) && words < 3) {
            if ((step = name_step(st, i, end, 0, words, &w, &closes)) > 0) {
                words += w, end += step;
                continue;
            }
            if (!name_word_ok(st, end, 0) && !family_word(st, end)) break;
            words++, end++;
        }
    }
    if (end == i || k < 1 || !is_comma(d, k)) return -1;
    for (size_t m = d->mentions.n; m-- > 0;) {
        const evg_mention *mm = &d->mentions.v[m];
        if (mm->tok_end < k) break;
        if (mm->tok_end != k || strcmp(d->entities.v[mm->entity].type, "PER") != 0) continue;
        int32_t ent = mm->entity;
        add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
        add_local_aliases(st, i, end, ent);
        return end;
    }
    return -1;
}

static int32_t unlisted_at(scan *st, int32_t i)
{
    size_t before = st->d->mentions.n;
    int32_t next = local_at(st, i), f;
    if (st->d->mentions.n > before) return next;
    unsigned may = may_start(st, i);
    if ((f = known_as_at(st, i)) > i) return f;
    if ((f = bracket_short_form_at(st, i)) > i) return f;
    if ((f = byline_at(st, i)) > i) return f;
    if ((f = dateline_place_at(st, i)) > i) return f;
    if ((f = quoted_place_at(st, i)) > i) return f;
    if ((f = media_at(st, i)) > i) return f;
    if ((f = fuzzy_at(st, i)) > i) return f;
    if ((f = try_may(st, i, may, MAY_STOP, stop_country_at)) > i) return f;
    if ((f = try_may(st, i, may, MAY_SAHARA, sahara_at)) > i) return f;
    if ((f = appositive_at(st, i)) > i) return f;
    if ((f = latin_new_at(st, i)) > i) return f;
    if ((f = latin_of_country_at(st, i)) > i) return f;
    if ((f = latin_role_at(st, i)) > i) return f;
    if ((f = latin_comma_role_at(st, i)) > i) return f;
    if ((f = given_name_at(st, i)) > i) return f;
    if ((f = try_may(st, i, may, MAY_OCC, occupation_at)) > i) return f;
    if ((f = try_may(st, i, may, MAY_CUE, named_cue_at)) > i) return f;
    if ((f = try_may(st, i, may, MAY_KIN, kin_name_at)) > i) return f;
    if ((f = latin_said_at(st, i)) > i) return f;
    if ((f = try_may(st, i, may, MAY_ARABIC_ORG, arabic_org_at)) > i) return org_head_name(st, i, f);
    if ((f = try_may(st, i, may, MAY_NAMED_ORG, arabic_named_org_at)) > i) return f;
    if ((f = arabic_def_org_at(st, i)) > i) return f;
    if ((f = arabic_place_at(st, i)) > i) return f;
    if ((f = try_may(st, i, may, MAY_FI, fi_place_at)) > i) return f;
    if ((f = try_may(st, i, may, MAY_KOREA, korea_side_at)) > i) return f;
    return next;
}

/* "Canadian trade minister": a Latin qualifier, up to two portfolio words, a
 * title from token after on (which may open a new sentence after "U.S.").
 * caps_only: the portfolio words must be capitalised ("Kenya Defence
 * Minister"): after a country's name, as opposed to its adjective or an
 * acronym ("U.S. trade representative"), a lower-case word is the verb of a
 * clause ("Russia sent troops", "Turkey deployed forces"). */
static int latin_title_after(const scan *st, int32_t after, int caps_only, span *t)
{
    span m;
    for (int32_t j = after; j < after + 3 && same_sent(st->d, after, j); j++) {
        if (match_at(st, j, GAZ_TITLE, t)) return 1;
        const evg_token *tk = &st->d->tokens.v[j];
        if (tk->kind != EVG_TOK_WORD || tk->script != EVG_SCRIPT_LATN || is_stop_tok(st, j) ||
            (caps_only && !(tk->flags & EVG_TOKF_CAP)) ||
            match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG | GAZ_HONOR, &m))
            return 0;
    }
    return 0;
}

/* Is the key of m a title that stands for a body ("army", "forces")? */
static int org_title(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    return k->kind == GAZ_TITLE && !strcmp(st->g->titles.v[k->target].type, "ORG");
}

/* "Ghana's Electoral Commission": the body a country's possessive owns is
 * named by its own words ("Electoral Commission", GHA), its id the
 * country's ("gha-electoral-commission"), so that two countries' bodies of
 * one name stay apart. */
static int32_t owned_body(scan *st, const gaz_entry *c, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    char en[256], slug[200], id[256];
    int32_t os = d->tokens.v[first].os, oe = d->tokens.v[end - 1].oe;
    if ((size_t)(oe - os) >= sizeof en) return -1;
    memcpy(en, d->raw.p + os, (size_t)(oe - os));
    en[oe - os] = '\0';
    slugify(en, slug, sizeof slug);
    if (!*slug) return -1;
    snprintf(id, sizeof id, "%s-%s", c->id, slug);
    int32_t ent = entity_by_id(st, id);
    return ent >= 0 ? ent : body_entity(st, id, en, "ORG", c->country, "", os, oe);
}

/* "Kenya Wildlife Service", "Lagos State Water Board", "Nigerian Ports
 * Authority": a listed Latin country or place name, or a country's
 * adjective, followed by capitalised words ending in an organisation head
 * (or with a head before "of": "Nigeria Union of Teachers") is a new ORG
 * of that place's country. */
static int32_t place_org_at(scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    int words;
    if ((k->kind != GAZ_NAME && k->kind != GAZ_DEMONYM) || !(k->flags & GAZ_LATIN) ||
        (strcmp(e->type, "GPE") && strcmp(e->type, "LOC")))
        return -1;
    if (!same_sent(st->d, m->first, m->end) || !cap_word(st, m->end)) return -1;
    int32_t end = cap_run(st, m->end, &words);
    span x;
    int headed = 0;
    for (int32_t j = m->end; j < end; j++)
        if (match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &x)) {
            if (j + 1 != end || e->is_country || !org_title(st, &x)) return -1;
            headed = 1; /* "Shan State Army": a region's army is an armed group of its own */
        }
    headed = headed || head_kind(st, end - 1) == 1;
    for (int32_t j = m->end; j + 1 < end && !headed; j++) /* "Nigeria Union of Teachers" */
        headed = head_kind(st, j) == 1 && (evg_tok_is(st->d, (size_t)j + 1, "of") || evg_tok_is(st->d, (size_t)j + 1, "for"));
    if (!headed) return -1;
    int owned = m->oe < st->d->tokens.v[m->first].oe && e->is_country; /* "Ghana's Electoral Commission" */
    int32_t ent = owned ? owned_body(st, e, m->end, end) : new_entity(st, m->first, end, "ORG", e->country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, m->first, end, m->os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (m->oe < st->d->tokens.v[m->first].oe) /* "Kenya's Court of Appeal": the owner is named too */
        add_mention(st, entity_of(st, k->target), m->first, m->end, m->os, m->oe, EVG_MEN_NAME);
    return end;
}

/* "ECOWAS Commission", "SADC Secretariat", "AU Parliament": a listed Latin
 * organisation followed by one capitalised organ noun is that organ, a new
 * ORG of the organisation's country; the organisation is named as well.
 * A longer listed name ("European Commission") matched first.  The end, or
 * -1. */
static int32_t organ_of_org_at(scan *st, const span *m)
{
    static const char *const organ[] = {"commission", "secretariat", "parliament", "court", "assembly"};
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    int32_t j = m->end;
    if (k->kind != GAZ_NAME || !(k->flags & GAZ_LATIN) || strcmp(e->type, "ORG") != 0) return -1;
    if ((size_t)j >= d->tokens.n || !same_sent(d, m->first, j) || m->oe < d->tokens.v[j - 1].oe ||
        !(d->tokens.v[j].flags & EVG_TOKF_CAP) ||
        !evg_tok_in_static(d, (size_t)j, organ, sizeof organ / sizeof *organ, EVG_WS_PLAIN))
        return -1;
    int32_t ent = new_entity(st, m->first, j + 1, "ORG", e->country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, m->first, j + 1, m->os, d->tokens.v[j].oe, EVG_MEN_NAME);
    emit_key(st, m, EVG_MEN_NAME);
    return j + 1;
}

/* "the Saudi-led coalition", "a French-led force": a listed Latin country
 * (or its adjective), a hyphen, "led" and a noun of a military or political
 * grouping is a new organisation of that country; the country is named as
 * well.  The end, or -1. */
static int32_t led_body_at(scan *st, const span *m)
{
    static const char *const body[] = {"coalition", "force", "forces", "alliance", "mission", "operation", "bloc",
                                       "campaign", "blockade", "group", "administration", "government"};
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t j = m->end;
    if (!(k->flags & GAZ_LATIN) || !st->g->ents.v[k->target].is_country || !same_sent(d, m->first, j + 2)) return -1;
    if (!evg_tok_is(d, (size_t)j, "-") || (d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE) ||
        !evg_tok_is(d, (size_t)j + 1, "led") ||
        !evg_tok_in_static(d, (size_t)j + 2, body, sizeof body / sizeof *body, EVG_WS_PLAIN))
        return -1;
    int32_t ent = new_entity(st, m->first, j + 3, "ORG", st->g->ents.v[k->target].country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, m->first, j + 3, m->os, d->tokens.v[j + 2].oe, EVG_MEN_NAME);
    emit_key(st, m, k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME);
    return j + 3;
}

/* "بينما أكد السوداني أن": a one-word nisba that is the family name of a
 * person named earlier in the document, right after a verb, a stop word or
 * a punctuation mark (so that it qualifies no noun), is that person. */
static int32_t surname_nisba_at(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    int32_t i = m->first, p = i - 1;
    size_t n;
    if (st->g->keys.v[m->key].kind != GAZ_DEMONYM || m->end != i + 1 || !st->local.n ||
        d->tokens.v[i].script != EVG_SCRIPT_ARAB)
        return -1;
    const char *s = tok_str(d, i, &n);
    int32_t ent = local_find(st, s, n);
    if (ent < 0 || strcmp(d->entities.v[ent].type, "PER") != 0) return -1;
    if (p >= 0 && same_sent(d, p, i) && d->tokens.v[p].kind == EVG_TOK_WORD && !is_stop_tok(st, p) &&
        !verb_first(st, p))
        return -1;
    add_mention(st, ent, i, i + 1, d->tokens.v[i].os, d->tokens.v[i].oe, EVG_MEN_NAME);
    return i + 1;
}

/* "Kim Tae-hyo": a listed person's one-word Latin name ("Kim") followed by a
 * capitalised word and a hyphenated syllable is somebody else's full name:
 * a new person over the three, not the listed one. */
static int32_t hyphen_name_at(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t j = m->end;
    if (k->kind != GAZ_NAME || !(k->flags & GAZ_LATIN) || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (strcmp(st->g->ents.v[k->target].type, "PER") != 0 || !same_sent(d, m->first, j + 2)) return -1;
    if (!cap_word(st, j) || !is_joiner(d, j + 1) || (d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE) ||
        !evg_tok_is(d, (size_t)j + 1, "-") || !latin_name_tail(st, j + 2) || (d->tokens.v[j + 2].flags & EVG_TOKF_CAP))
        return -1;
    int32_t ent = new_entity(st, m->first, j + 3, "PER", "", "");
    if (ent < 0) return -1;
    add_mention(st, ent, m->first, j + 3, m->os, d->tokens.v[j + 2].oe, EVG_MEN_NAME);
    return j + 3;
}

/* "Kano State Governor", "Istanbul mayor": a listed Latin place that is no
 * country right before a governor's or mayor's title qualifies it. */
static int latin_place_title(const scan *st, const span *m, span *t)
{
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || (strcmp(e->type, "GPE") != 0 && strcmp(e->type, "LOC") != 0)) return 0;
    if (!same_sent(st->d, m->first, m->end) || !match_at(st, m->end, GAZ_TITLE, t)) return 0;
    const char *office = st->g->titles.v[st->g->keys.v[t->key].target].office;
    return !strcmp(office, "governor") || !strcmp(office, "mayor");
}

static int site_name_word(const scan *st, int32_t first, int32_t k);

/* "مطار مروي": مطار and one indefinite Arabic word nobody listed (not a
 * common adjective: "مطار دولي", "مطار عسكري"), and up to two more name
 * words ("مطار هواري بومدين"), is a new LOC,
 * "<transliteration> Airport". */
static int32_t unlisted_airport(scan *st, int32_t i, int skip)
{
    const evg_doc *d = st->d;
    int32_t c = i + 1, end;
    size_t n;
    static const char *const adj[] = {"دولي", "عسكري", "مدني", "محلي", "داخلي", "اقليمي", "رءيسي", "جديد",
                                      "قديم", "صغير", "كبير", "سري", "خاص", "مؤقت", "موقت", "مءقت", "ميداني"};
    span fm;
    if (!place_word_ok(st, i, c, 1) || fuzzy_match(st, c, &fm)) return -1;
    const char *w = tok_str(d, c, &n);
    if (n > 4 && !memcmp(w, "ال", 4)) return -1;
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(d, (size_t)c, adj[a])) return -1;
    int32_t name_end = c + 1;
    while (name_end < c + 3 && site_name_word(st, i, name_end)) name_end++; /* "مطار هواري بومدين" */
    end = name_end;
    if (evg_tok_is(d, (size_t)end, "الدولي") && same_sent(d, c, end)) end++;
    int32_t ent = new_entity(st, c, name_end, "LOC", "", "");
    if (ent < 0) return -1;
    evg_entity *x = &st->d->entities.v[ent];
    if (x->first_mention < 0 && x->name_en) {
        evg_buf b = {0};
        char lat[256];
        evg_ent_latin_name(st->g, d, c, name_end, d->tokens.v[c].os, "", lat, sizeof lat);
        evg_buf_printf(&b, "%s%s Airport", *lat ? lat : x->name_en, end > name_end ? " International" : "");
        x->name_en = evg_arena_strndup(st->d->arena, b.p, b.n);
        evg_buf_free(&b);
    }
    add_mention(st, ent, i, end, orig_after_letters(d, &d->tokens.v[i], skip), d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* "مطار مقديشو الدولي", "Lusaka International Airport", "Mogadishu airport":
 * an airport named by a listed city (no listed airport has that name) is a
 * place of its own, "<City> Airport" or "<City> International Airport" (id
 * "<city id>-airport") in the city's country; the city is named as well.
 * The end of the airport's words, or -1. */
static int32_t airport_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    const char *s = tok_str(d, i, &n);
    int skip = 0, ar = t->script == EVG_SCRIPT_ARAB;
    int32_t c = i, e, end;
    span m;
    if (t->kind != EVG_TOK_WORD) return -1;
    if (ar) {
        if (n == 10 && one_proclitic(s)) s += 2, n -= 2, skip = 1;
        if (n != 8 || memcmp(s, "مطار", 8) != 0 || match_at(st, i, GAZ_NAME, &m)) return -1; /* a listed airport */
        c = i + 1;
    } else { /* speed: the gazetteer only when "airport" follows within four words */
        int32_t a = i + 1;
        while (a < i + 5 && (size_t)a < d->tokens.n && !evg_tok_is(d, (size_t)a, "airport")) a++;
        if (a == i + 5 || (size_t)a >= d->tokens.n) return -1;
    }
    if (!same_sent(d, i, c)) return -1;
    if (!match_at(st, c, GAZ_NAME, &m)) return ar ? unlisted_airport(st, i, skip) : -1;
    if (!ar && m.first != i) return -1;
    const gaz_entry *city = &st->g->ents.v[st->g->keys.v[m.key].target];
    if (strcmp(city->type, "GPE") != 0 || !*city->country) return -1; /* a country too: "مطار جيبوتي الدولي" */
    e = m.end;
    int intl = ar ? evg_tok_is(d, (size_t)e, "الدولي") : evg_tok_is(d, (size_t)e, "international");
    if (intl && !same_sent(d, i, e)) intl = 0;
    end = e + intl;
    if (!ar && (!same_sent(d, i, end) || !evg_tok_is(d, (size_t)end, "airport"))) return -1;
    end += !ar;
    char id[256], en[256];
    snprintf(id, sizeof id, "%s-airport", city->id);
    snprintf(en, sizeof en, "%s%s Airport", city->name_en, intl ? " International" : "");
    int32_t ent = entity_by_id(st, id);
    if (ent < 0) ent = body_entity(st, id, en, "LOC", city->country, "", t->os, d->tokens.v[end - 1].oe);
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, orig_after_letters(d, t, skip), d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    add_mention(st, entity_of(st, st->g->keys.v[m.key].target), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
    return end;
}

/* ---- named buildings and sites ---- */

/* A noun that ends the English name of a building or site: "Bellevue
 * Palace", "Hassan II Mosque", "Nevatim Air Base".  2 for the nouns that
 * may also open the name before "of" ("the Port of Aden", "the Tomb of the
 * Unknown Soldier"); 1 for the others ("Church of England" is a body);
 * 0 for any other word. */
static int latin_site_head(const evg_doc *d, int32_t k)
{
    static const char *const of[] = {"palace", "mosque", "cathedral", "basilica", "shrine", "mausoleum",
                                     "tomb", "museum", "port"};
    static const char *const end[] = {"church", "temple", "synagogue", "memorial", "monument", "airport",
                                      "airbase", "base", "harbour", "harbor", "square", "stadium", "bridge",
                                      "dam", "prison", "refinery", "terminal", "castle", "fortress", "barracks",
                                      "tower", "citadel", "hotel", "gate", "theatre", "theater", "arena",
                                      "cemetery", "house", "villa"};
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_LATN || !(d->tokens.v[k].flags & EVG_TOKF_CAP))
        return 0;
    for (size_t h = 0; h < sizeof of / sizeof *of; h++)
        if (evg_tok_is(d, (size_t)k, of[h])) return 2;
    for (size_t h = 0; h < sizeof end / sizeof *end; h++)
        if (evg_tok_is(d, (size_t)k, end[h])) return 1;
    return 0;
}

/* Is token k a site noun in any case ("stadium", "Stadium")? */
static int latin_site_noun(const evg_doc *d, int32_t k)
{
    static const char *const noun[] = {"palace", "mosque", "cathedral", "church", "shrine", "mausoleum", "museum",
                                       "memorial", "monument", "airport", "airbase", "stadium", "prison", "refinery",
                                       "hotel", "square"};
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_LATN) return 0;
    for (size_t h = 0; h < sizeof noun / sizeof *noun; h++)
        if (evg_tok_is(d, (size_t)k, noun[h])) return 1;
    return 0;
}

static int32_t latin_site_before_noun(scan *st, int32_t i, int32_t end);

/* The country of a listed place or a demonym that opens a site name at i
 * ("Tartus Port", "Syrian ... "), "" for none; the place's span in *m
 * (m->end == i when none). */
static const char *site_owner(const scan *st, int32_t i, int32_t head, span *m)
{
    if (match_at(st, i, GAZ_NAME | GAZ_DEMONYM, m) && m->end <= head) {
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
        if (st->g->keys.v[m->key].kind == GAZ_DEMONYM || !strcmp(e->type, "GPE")) return e->country;
    }
    m->end = i;
    return "";
}

/* "Mombasa Port", "the Port of Mombasa": a site named by a listed city
 * alone (the span m) is the entity "<city id>-<noun>" that the Arabic
 * "ميناء مومباسا" names too (arabic_site_at), named as written; -1 if m is
 * NULL or no city. */
static int32_t city_site(scan *st, int32_t i, int32_t end, int32_t head, const span *m)
{
    const evg_doc *d = st->d;
    if (!m || st->g->keys.v[m->key].kind != GAZ_NAME) return -1;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || strcmp(e->type, "GPE") != 0 || !*e->country) return -1;
    char id[256], en[256];
    size_t n;
    const char *s = tok_str(d, head, &n);
    snprintf(id, sizeof id, "%s-%.*s", e->id, (int)n, s);
    for (char *p = id; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    int32_t ent = entity_by_id(st, id);
    if (ent >= 0) return ent;
    int32_t os = d->tokens.v[i].os, oe = d->tokens.v[end - 1].oe;
    snprintf(en, sizeof en, "%.*s", (int)(oe - os), d->raw.p + os);
    return body_entity(st, id, en, "LOC", e->country, "", os, oe);
}

/* "Bellevue Palace", "Founder's Memorial", "the Presidential Palace", "the
 * Port of Tartus": a run of capitalised words that ends in a site noun, or
 * goes on after it with "of", is a new place (LOC), unless the gazetteer
 * lists the whole run.  A listed place that opens it gives the country and
 * is named as well.  The end, or -1. */
static int32_t latin_site_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int words, kind = 0;
    span m;
    if (!cap_word(st, i) || (cap_word(st, i - 1) && same_sent(d, i - 1, i))) return -1;
    int32_t end = i + 1, head;
    while (end < i + 8 && same_sent(d, i, end) && !latin_site_head(d, end - 1) && cap_word(st, end)) end++;
    if (!(kind = latin_site_head(d, end - 1)) && same_sent(d, i, end) && latin_site_noun(d, end) &&
        !(d->tokens.v[end].flags & EVG_TOKF_CAP))
        return latin_site_before_noun(st, i, end); /* "the Zayed Sports City stadium" */
    if (!kind) return -1; /* the cheap test first */
    head = end - 1;
    end = cap_run(st, i, &words);
    if (end <= head) return -1;
    end = head + 1;
    if (kind == 2 && evg_tok_is(d, (size_t)head + 1, "of")) { /* "the Tomb of the Unknown Soldier" */
        int32_t j = head + 2 + evg_tok_is(d, (size_t)head + 2, "the");
        if (same_sent(d, head, j) && cap_word(st, j)) end = cap_run(st, j, &words);
    }
    if (head == i && end == head + 1) return -1; /* "Prison officials said" */
    if (match_at(st, i, GAZ_NAME, &m) && m.end >= end) return -1; /* listed: "Al Udeid Air Base" */
    span own, of = {0};
    const char *country = site_owner(st, i, head, &own);
    for (int32_t k = head + 2; k < end && !of.end; k++) /* "the Port of Tartus": Tartus too */
        if (match_at(st, k, GAZ_NAME, &m) && m.end <= end && place_key(st, &m)) of = m;
    if (!*country && of.end) country = st->g->ents.v[st->g->keys.v[of.key].target].country;
    int32_t ent = city_site(st, i, end, head, own.end > i && own.end == head ? &own : of.end == end ? &of : NULL);
    if (ent < 0) ent = new_entity(st, i, end, "LOC", country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (own.end > i && st->g->keys.v[own.key].kind == GAZ_NAME) emit_key(st, &own, EVG_MEN_NAME);
    if (of.end) emit_key(st, &of, EVG_MEN_NAME);
    return end;
}

/* "the Zayed Sports City stadium", "the Evin prison": capitalised words
 * [i, end) nobody listed as a whole, right before a site noun in lower
 * case, are a new place (LOC) without the noun.  The end, or -1. */
static int32_t latin_site_before_noun(scan *st, int32_t i, int32_t end)
{
    span m;
    if (match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_HONOR, &m)) return -1; /* "the Kremlin palace" */
    const char *country = site_owner(st, i, end, &m);
    if (m.end > i) return -1; /* "the Cairo airport": the city's own rule */
    int32_t ent = new_entity(st, i, end, "LOC", country, "");
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, st->d->tokens.v[i].os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Arabic nouns of a building or site in the construct state, as folded,
 * with their English; named: 1 when definite name words may follow ("قصر
 * الوطن", "مقام الشهيد"), 2 when they may only with an adjective of the
 * site after them ("قاعدة الأمير سلطان الجوية": "قاعدة البيانات" is a
 * database), 0 when only a foreign word or a listed place may ("سجن
 * المتهمين" is jailing the accused). */
static const struct site_noun { const char *ar, *en; int named; } site_nouns[] = {
    {"قصر", "Palace", 1}, {"مسجد", "Mosque", 1}, {"جامع", "Mosque", 1}, {"ضريح", "Mausoleum", 1},
    {"مقام", "Shrine", 1}, {"كاتدراءيه", "Cathedral", 1}, {"كنيسه", "Church", 1}, {"متحف", "Museum", 1},
    {"قلعه", "Citadel", 1}, {"ميناء", "Port", 1}, {"مرفا", "Port", 1}, {"قاعده", "Base", 2},
    {"مطار", "Airport", 2}, {"فندق", "Hotel", 0}, {"سجن", "Prison", 0}, {"ملعب", "Stadium", 0},
    {"ساحه", "Square", 1}, {"ميدان", "Square", 1}, {"معبر", "Crossing", 1}, {"منفذ", "Crossing", 0}};

/* Adjectives that may close an Arabic site name, as folded, and their English. */
static const char *site_adjective(const evg_doc *d, int32_t k)
{
    static const struct { const char *ar, *en; } adj[] = {
        {"الدولي", "International"}, {"الجويه", "Air"}, {"الجوي", "Air"}, {"البحريه", "Naval"},
        {"البحري", "Naval"}, {"العسكريه", "Military"}, {"العسكري", "Military"}, {"الاسلامي", "Islamic"},
        {"الكبير", "Grand"}, {"الرءاسي", "Presidential"}, {"الملكي", "Royal"}, {"التجاري", "Commercial"},
        {"الحدودي", "Border"}};
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(d, (size_t)k, adj[a].ar)) return adj[a].en;
    return NULL;
}

/* The site noun of token i (whole, else behind one of و ب ل ف: "بمقام"),
 * or NULL; *skip is 1 when a proclitic was left out. */
static const struct site_noun *site_noun_at(const evg_doc *d, int32_t i, int *skip)
{
    size_t n;
    const char *s = tok_str(d, i, &n);
    if (d->tokens.v[i].kind != EVG_TOK_WORD || d->tokens.v[i].script != EVG_SCRIPT_ARAB) return NULL;
    for (*skip = 0; *skip < 2; ++*skip, s += 2, n -= 2) {
        for (size_t h = 0; h < sizeof site_nouns / sizeof *site_nouns; h++)
            if (strlen(site_nouns[h].ar) == n && !memcmp(site_nouns[h].ar, s, n)) return &site_nouns[h];
        if (*skip || n <= 6 || !one_proclitic(s)) break;
    }
    return NULL;
}

/* May token k be a word of a foreign or proper site name ("نيفاتيم",
 * "هواري بومدين"): an indefinite word nobody listed that has no shape of
 * an adjective, a plural in ات or a noun in ة. */
static int site_name_word(const scan *st, int32_t first, int32_t k)
{
    static const char *const where[] = {"شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "داخل", "خارج", "قبال",
                                        "قباله", "بين", "عند", "حول", "نحو"};
    size_t n;
    span fm;
    if (!place_word_ok(st, first, k, 1)) return 0; /* first: it checks k is inside the document */
    const char *s = tok_str(st->d, k, &n);
    if ((n > 4 && !memcmp(s, "ال", 4)) || site_adjective(st->d, k)) return 0;
    if ((k == first + 1 && masculine_adjective(s, n)) || !memcmp(s + n - 2, "ه", 2) ||
        (n > 4 && !memcmp(s + n - 4, "ات", 4)) || evg_gaz_arabic_verb_form(s, n))
        return 0; /* "مطار عسكري"; a later word may end in ي ("ليوناردو دافنشي") */
    if (evg_tok_in_static(st->d, (size_t)k, where, sizeof where / sizeof *where, EVG_WS_PLAIN)) return 0;
    return !fuzzy_match(st, k, &fm);
}

/* A king's ordinal after his name, as folded (الثاني, الخامس). */
static int ordinal_word(const evg_doc *d, int32_t k)
{
    static const char *const ord[] = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                                      "الثامن", "التاسع", "العاشر"};
    return evg_tok_in_static(d, (size_t)k, ord, sizeof ord / sizeof *ord, EVG_WS_PLAIN);
}

/* The end of a person's name that names a site from k: a rank or a title
 * of rule and one or two name words ("الملك فيصل", "الأمير سلطان", "الشيخ
 * زايد"), or a given name and the rest of the name ("موفق السلطي"); k
 * when there is none. */
static int32_t site_person_words(const scan *st, int32_t first, int32_t k)
{
    span m;
    int32_t e = k, skip;
    if (match_at(st, k, GAZ_HONOR | GAZ_TITLE, &m) && m.end == k + 1) {
        e = k + 1;
        while (e < k + 3 && same_sent(st->d, k, e) && st->d->tokens.v[e].script == EVG_SCRIPT_ARAB &&
               (given_name(st, e, &skip) || site_name_word(st, first, e)) && !skip)
            e++;
        if (e > k + 1 && same_sent(st->d, k, e) && ordinal_word(st->d, e)) e++; /* "الملك محمد الخامس" */
        return e > k + 1 ? e : k;
    }
    if (!given_name(st, k, &skip) || skip || !unknown_name(st, k, &e) || e > k + 3) return k;
    return e;
}

/* The definite name words of a site from k ("الوطن", "الحسن الثاني"): one
 * word nobody listed, and a second when it is an ordinal or a nisba
 * ("الثاني"); their end, or k. */
static int32_t site_definite_words(const scan *st, int32_t first, int32_t k)
{
    /* idioms ("قصر النظر" short sight, "في مقام الرد") and the nouns of a
     * place in general ("مسجد القرية" is the village's mosque, no name) */
    static const char *const common[] = {"النظر", "الرد", "القول", "الحديث", "الكلام", "القريه", "المدينه",
                                         "الحي", "البلده", "المخيم", "المنطقه", "العاصمه", "الدوله", "البلاد",
                                         "المعركه", "القتال", "الحرب", "الحدود", "المدرسه", "الجامعه"};
    size_t n;
    if (!place_word_ok(st, first, k, 1)) return k; /* first: it checks k is inside the document */
    const char *s = tok_str(st->d, k, &n);
    if (n <= 4 || memcmp(s, "ال", 4) != 0 || site_adjective(st->d, k) ||
        descriptive_adjective(st, k) || evg_gaz_arabic_verb_form(s, n) ||
        evg_tok_in_static(st->d, (size_t)k, common, sizeof common / sizeof *common, EVG_WS_PLAIN))
        return k;
    if (first > 0 && same_sent(st->d, first - 1, first) && evg_tok_is(st->d, (size_t)first - 1, "في") &&
        evg_tok_is(st->d, (size_t)first, "مقام"))
        return k; /* "ليست في مقام ..." (in a position to) */
    if (!place_word_ok(st, first, k + 1, 1)) return k + 1;
    s = tok_str(st->d, k + 1, &n);
    if (!site_adjective(st->d, k + 1) && n > 6 && !memcmp(s, "ال", 4) && !memcmp(s + n - 2, "ي", 2))
        return k + 2;
    return k + 1;
}

/* English name of an Arabic site: the Latin name words (the listed
 * place's English name, else the transliteration of [a, b)), the
 * adjectives' English from b to end, the noun's English. */
static void site_name_en(scan *st, const char *place_en, int32_t a, int32_t b, int32_t end,
                         const struct site_noun *sn, char *out, size_t cap)
{
    const evg_doc *d = st->d;
    char lat[256] = "";
    if (place_en) snprintf(lat, sizeof lat, "%s", place_en);
    else evg_ent_latin_name(st->g, d, a, b, d->tokens.v[a].os, "", lat, sizeof lat);
    size_t o = (size_t)snprintf(out, cap, "%s", lat);
    for (int32_t k = b; k < end && o < cap; k++) o += (size_t)snprintf(out + o, cap - o, " %s", site_adjective(d, k));
    if (o < cap) snprintf(out + o, cap - o, " %s", sn->en);
}

/* "قصر الوطن", "بمقام الشهيد", "قاعدة نيفاتيم الجوية", "مطار هواري بومدين
 * الدولي", "ميناء جدة الإسلامي": a site noun, its name (one to three
 * foreign words nobody listed, a listed city or person, or for some nouns
 * definite name words) and the site's adjectives is a place (LOC): one of
 * the city's country named "<City> <Noun>" (the city is named too), else
 * a new one.  Not when the gazetteer lists the words from the noun on.
 * The end, or -1. */
static int32_t arabic_site_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip;
    span m;
    const struct site_noun *sn = site_noun_at(d, i, &skip);
    int32_t c = i + 1, e = c, end;
    if (!sn || !same_sent(d, i, c) || match_at(st, i, GAZ_NAME, &m)) return -1;
    const gaz_entry *owner = NULL;
    if (match_at(st, c, GAZ_NAME, &m)) {
        owner = &st->g->ents.v[st->g->keys.v[m.key].target];
        if (owner->is_country || (strcmp(owner->type, "GPE") && strcmp(owner->type, "PER")) ||
            (!strcmp(owner->type, "PER") && sn->named != 1))
            return -1;
        e = m.end;
    } else {
        if (sn->named) e = site_person_words(st, i, c); /* "مسجد الملك فيصل", "قاعدة موفق السلطي" */
        if (e == c)
            while (e < c + 3 && site_name_word(st, i, e)) e++;
        if (e == c + 1 && sn->named == 1 && same_sent(d, i, e + 1)) /* "معبر باب الهوى": a construct name */
            e = site_definite_words(st, i, e);
        if (e == c && sn->named) e = site_definite_words(st, i, c);
    }
    if (e == c) return -1;
    end = e;
    while (end < e + 2 && same_sent(d, i, end) && site_adjective(d, end)) end++;
    size_t cn;
    const char *cs = tok_str(d, c, &cn);
    span hm;
    int definite = !owner && cn > 4 && !memcmp(cs, "ال", 4) && !match_at(st, c, GAZ_HONOR | GAZ_TITLE, &hm);
    if (definite && sn->named == 2 && end == e) return -1; /* "قاعدة البيانات" */
    int32_t os = orig_after_letters(d, &d->tokens.v[i], skip), oe = d->tokens.v[end - 1].oe, ent;
    char en[256];
    site_name_en(st, owner ? owner->name_en : NULL, c, e, end, sn, en, sizeof en);
    if (owner && !strcmp(owner->type, "GPE")) {
        char id[256];
        snprintf(id, sizeof id, "%s-%s", owner->id, sn->en);
        for (char *p = id; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        if ((ent = entity_by_id(st, id)) < 0) ent = body_entity(st, id, en, "LOC", owner->country, "", os, oe);
    } else if ((ent = new_entity_at(st, i, end, os, "LOC", owner ? owner->country : "", "")) >= 0 &&
               st->d->entities.v[ent].first_mention < 0) {
        if (definite && (!strcmp(sn->en, "Square") || !strcmp(sn->en, "Crossing"))) { /* "Tahrir Square" */
            char lat[256] = "";
            evg_ent_latin_name(st->g, d, c, e, d->tokens.v[c].os, "", lat, sizeof lat);
            const char *w = !strncmp(lat, "al-", 3) || !strncmp(lat, "Al-", 3) ? lat + 3 : lat;
            if (w[0]) snprintf(en, sizeof en, "%c%s %s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0], w + 1, sn->en);
        } else if (definite) evg_ent_latin_name(st->g, d, i, end, os, "", en, sizeof en); /* "Qasr al-Watan" */
        st->d->entities.v[ent].name_en = evg_arena_strdup(st->d->arena, en); /* "Nevatim Air Base" */
    }
    if (ent < 0) return -1;
    add_mention(st, ent, i, end, os, oe, EVG_MEN_NAME);
    if (owner && !strcmp(owner->type, "GPE")) emit_key(st, &m, EVG_MEN_NAME);
    return end;
}

/* "الصخيرات (المغرب) -", "SKHIRAT (Morocco) -": in a dateline (the words open
 * their sentence and a dash or colon follows the parenthesis), one word
 * nobody listed (two capitalised Latin words) followed by a listed country
 * in parentheses is a place of that country; elsewhere "بنزيمة (فرنسا)" is
 * a player and his team.  The end of the place, or -1. */
static int32_t paren_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    span m;
    int32_t e = i + 1;
    if ((size_t)i + 4 > d->tokens.n || d->tokens.v[i].kind != EVG_TOK_WORD) return -1;
    if (!evg_tok_is(d, (size_t)i + 1, "(") && !evg_tok_is(d, (size_t)i + 2, "(")) return -1; /* speed */
    if (i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent) return -1; /* not a dateline */
    int skip;
    if (given_name(st, i, &skip)) return -1; /* "قال حسن (مصر)": a person */
    if (match_at(st, i, GAZ_NAME, &m)) return -1; /* a listed name: the gazetteer reads it */
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        if (!place_word_ok(st, i, i, 1)) return -1;
    } else {
        if (!name_word_ok(st, i, 1)) return -1;
        if (name_word_ok(st, e, 1) && same_sent(d, i, e)) e++;
    }
    if ((size_t)e + 3 > d->tokens.n || !evg_tok_is(d, (size_t)e, "(") || !same_sent(d, i, e + 1) ||
        !match_at(st, e + 1, GAZ_NAME, &m) || !st->g->ents.v[st->g->keys.v[m.key].target].is_country ||
        (size_t)m.end + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)m.end, ")") || !dateline_dash(d, m.end + 1))
        return -1;
    int32_t ent = new_entity(st, i, e, "GPE", st->g->ents.v[st->g->keys.v[m.key].target].country, "");
    if (ent < 0) return -1;
    if (d->entities.v[ent].first_mention < 0 && d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        char en[256]; /* "الصخيرات" -> "Skhyrat": a town's name drops the article */
        evg_ent_latin_name(st->g, d, i, e, d->tokens.v[i].os, "", en, sizeof en);
        const char *w = !strncmp(en, "al-", 3) || !strncmp(en, "Al-", 3) ? en + 3 : en;
        char out[256];
        snprintf(out, sizeof out, "%c%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0], w[0] ? w + 1 : "");
        d->entities.v[ent].name_en = evg_arena_strdup(d->arena, out);
    }
    add_mention(st, ent, i, e, d->tokens.v[i].os, d->tokens.v[e - 1].oe, EVG_MEN_NAME);
    return e;
}

/* "الشرطة الاتحادية المكسيكية", "القوات الخاصة الأردنية", "الحرس الوطني
 * الأمريكي": a definite head of a security body (a head of
 * data/gaz_orgwords.tsv), one or two adjectives of that table and a
 * demonym, when the gazetteer lists nothing past the head, are a new ORG of
 * the demonym's country ("Federal Police"); the scan reads the demonym
 * next.  The end of the body, or -1. */
static int32_t body_adjective_at(scan *st, int32_t i)
{
    static const char *const heads[] = {"الشرطه", "القوات", "الحرس", "الجيش", "الامن"};
    const evg_doc *d = st->d;
    span m;
    if ((size_t)i + 2 >= d->tokens.n || d->tokens.v[i].script != EVG_SCRIPT_ARAB ||
        !evg_tok_in_static(d, (size_t)i, heads, sizeof heads / sizeof *heads, EVG_WS_WAW_FA))
        return -1;
    /* "والشرطة": the mention starts after the conjunction */
    int waw = !evg_tok_in_static(d, (size_t)i, heads, sizeof heads / sizeof *heads, EVG_WS_PLAIN);
    int32_t os = waw ? orig_after_letters(d, &d->tokens.v[i], 1) : d->tokens.v[i].os;
    if (match_at(st, i, GAZ_NAME | GAZ_TITLE | GAZ_DEMONYM, &m) && m.end > i + 1) return -1; /* القوات المسلحة */
    static const char *const intl[] = {"الدولي", "الدوليه", "الاممي", "الامميه", "العالمي", "العالميه"};
    int32_t k = i + 1;
    while (k < i + 3 && org_adjective(st, k, i) && !match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) {
        if (evg_tok_in_static(d, (size_t)k, intl, sizeof intl / sizeof *intl, EVG_WS_PLAIN))
            return -1; /* "الشرطة الدولية" is Interpol, no country's */
        k++;
    }
    if (k == i + 1) return -1;
    if (!same_sent(d, i, k) || !match_at(st, k, GAZ_DEMONYM, &m) || m.end != k + 1) {
        /* no demonym ("الشرطة الاتحادية"): the country of a bare body, a place
         * after it, the sentence's last country, else the document's own.
         * Not an army or forces ("الجيش الوطني", "القوات الخاصة" are as often
         * another side's), nor security ("الأمن القومي" is as often the idea) */
        size_t hn;
        const char *hw = tok_str(d, i, &hn);
        if (ends_with(hw, hn, "القوات") || ends_with(hw, hn, "الجيش") || ends_with(hw, hn, "الامن")) return -1;
        int c = capital_country_after(st, k);
        if (c < 0) c = sentence_country_before(st, i);
        if (c < 0) {
            int32_t home = home_country(st);
            c = home >= 0 ? country_entry_of(st, &d->entities.v[home]) : -1;
        }
        if (c < 0) return -1;
        int32_t ent = new_entity_at(st, i, k, os, "ORG", st->g->ents.v[c].country, "");
        if (ent < 0 || strcmp(d->entities.v[ent].country ? d->entities.v[ent].country : "", st->g->ents.v[c].country))
            return -1; /* the same words for another country's body: left to the title */
        add_mention(st, ent, i, k, os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
        return k;
    }
    const gaz_entry *c = &st->g->ents.v[st->g->keys.v[m.key].target];
    if (!c->is_country) return -1;
    int32_t ent = new_entity_at(st, i, k, os, "ORG", c->country, "");
    if (ent < 0 || strcmp(d->entities.v[ent].country ? d->entities.v[ent].country : "", c->country)) return -1;
    add_mention(st, ent, i, k + 1, os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k;
}

static int32_t scan_at(scan *st, int32_t i)
{
    span m, t;
    int32_t f;
    if ((f = airport_at(st, i)) > i) return f;
    if ((f = arabic_site_at(st, i)) > i) return f;
    if ((f = latin_site_at(st, i)) > i) return f;
    if ((f = paren_place_at(st, i)) > i) return f;
    if ((f = body_adjective_at(st, i)) > i) return f;
    if (!match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_PAIR | GAZ_AMBIG | GAZ_HONOR, &m))
        return unlisted_at(st, i);
    if ((f = surname_nisba_at(st, &m)) > i) return f;
    if ((f = hyphen_name_at(st, &m)) > i) return f;
    const gaz_key *k = &st->g->keys.v[m.key];
    if (k->kind == GAZ_TITLE) return title_at(st, &m, NULL);
    if (k->kind == GAZ_PAIR) return pair_at(st, &m);
    if (k->kind == GAZ_HONOR) return honor_at(st, &m);
    qual q;
    int32_t after = m.end;
    if (evg_tok_is(st->d, (size_t)after, ".") && !(st->d->tokens.v[after].flags & EVG_TOKF_SPACE_BEFORE))
        after++; /* "U.S. Secretary of State" */
    size_t qn;
    const char *qs = tok_str(st->d, m.end - 1, &qn);
    int caps_only = k->kind == GAZ_NAME && !tok_upper(st->d, m.end - 1) && /* a name, not "U.S." */
                    !possessive_end(qs, qn) && !evg_tok_is(st->d, (size_t)m.end, "'s");  /* nor "Kenya's" */
    if ((k->flags & GAZ_LATIN) && make_qual(st, &m, &q) && (after > m.end || same_sent(st->d, i, after)) &&
        latin_title_after(st, after, caps_only, &t))
        return title_at(st, &t, &m);
    if ((k->flags & GAZ_LATIN) && latin_place_title(st, &m, &t)) return title_at(st, &t, &m); /* "Kano State Governor" */
    if (k->kind == GAZ_AMBIG) return ambig_at(st, &m);
    if ((f = place_org_at(st, &m)) > i) return f;
    if ((f = led_body_at(st, &m)) > i) return f;
    if ((f = organ_of_org_at(st, &m)) > i) return f;
    return emit_plain(st, &m);
}

static void mark_timexes(scan *st)
{
    const evg_doc *d = st->d;
    for (size_t i = 0; i < d->timexes.n; i++)
        for (int32_t k = d->timexes.v[i].tok_first; k < d->timexes.v[i].tok_end; k++)
            if (k >= 0 && (size_t)k < d->tokens.n) st->in_timex[k] = 1;
}

/* Is token i inside one of the first n mentions? */
static int tok_covered(const evg_doc *d, int32_t i, size_t n)
{
    for (size_t m = 0; m < n; m++)
        if (d->mentions.v[m].tok_first <= i && i < d->mentions.v[m].tok_end) return 1;
    return 0;
}

typedef struct men_ord { evg_mention m; size_t idx; } men_ord;

static int men_ord_cmp(const void *a, const void *b)
{
    const men_ord *x = a, *y = b;
    if (x->m.os != y->m.os) return x->m.os < y->m.os ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Mentions back in text order (stable) after some were added out of order. */
static void sort_mentions(evg_doc *d)
{
    men_ord *v = evg_xmalloc((d->mentions.n + 1) * sizeof *v);
    for (size_t i = 0; i < d->mentions.n; i++) v[i] = (men_ord){d->mentions.v[i], i};
    qsort(v, d->mentions.n, sizeof *v, men_ord_cmp);
    for (size_t i = 0; i < d->mentions.n; i++) d->mentions.v[i] = v[i].m;
    free(v);
}

/* A headline often names a person by one word before the body gives the
 * full name ("غالان يعلن ..." then "عمدة بوغوتا كارلوس فرناندو غالان"): once
 * the whole document is read, the words remembered from full names (the
 * local aliases) also name their person in the headline. */
static void headline_names(scan *st)
{
    evg_doc *d = st->d;
    if (!st->local.n || !d->sections.n || d->sections.v[0].kind != EVG_SEC_TITLE) return;
    size_t n = d->mentions.n;
    for (int32_t i = 0; (size_t)i < d->tokens.n && d->tokens.v[i].oe <= d->sections.v[0].oe; i++)
        if (!st->in_timex[i] && !tok_covered(d, i, n)) local_at(st, i);
    if (d->mentions.n > n) sort_mentions(d);
}

int evg_entities_run(evg_doc *d)
{
    if (!d->ctx->gaz) return evg_error(d->ctx, EVG_EDATA, "the gazetteer is not loaded");
    scan st;
    memset(&st, 0, sizeof st);
    st.d = d;
    st.g = d->ctx->gaz;
    st.by_entry = gaz_zeroed(d, 0);
    st.in_timex = evg_xcalloc(d->tokens.n + 1, 1);
    st.memo = evg_xcalloc(d->tokens.n + 1, sizeof *st.memo);
    st.stop_memo = evg_xcalloc(d->tokens.n + 1, 1);
    key_hitvec hits = {0};
    st.hits = &hits;
    st.hit_memo = evg_xmalloc((d->tokens.n + 1) * sizeof *st.hit_memo);
    memset(st.hit_memo, 0xFF, (d->tokens.n + 1) * sizeof *st.hit_memo);
    mark_timexes(&st);
    for (int32_t i = 0; (size_t)i < d->tokens.n;) {
        int32_t next = scan_at(&st, i);
        i = next > i ? next : i + 1; /* every step moves on */
    }
    headline_names(&st);
    free(st.local.v);
    free(st.ante.v);
    free(st.spelled.v);
    free(st.in_timex);
    free(st.memo);
    free(st.stop_memo);
    for (size_t k = 0; k < st.by_entry_set.n; k++) st.by_entry[st.by_entry_set.v[k]] = 0;
    free(st.by_entry_set.v);
    free(st.hit_memo);
    free(hits.v);
    return 0;
}

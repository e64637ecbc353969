/*
 * entities_latin.c - the English name of a person nobody listed, written in
 * Arabic: "قاسم الأعرجي" -> "Qasim al-Araji", "منير بن رجيبة" (Tunisia) ->
 * "Munir ben Rajiba".
 *
 * Each word is looked up first (folded) in the gazetteer's table of usual
 * English spellings (data/names_latin.tsv, data/given_names.tsv), whole and
 * then without its article.  A word the table lacks is transliterated
 * letter by letter from the original text (diacritics dropped, a shadda
 * doubles its letter) and given the short vowels Arabic does not write:
 * 'a' after a word's first consonant and inside any run of consonants that
 * would otherwise have three in a row, 'i' between the last two consonants
 * after a long a (فاعل: Qasim, Jabir), 'a' there after a long i or u
 * (Sawilam).  و and ي are consonants at the
 * start of a word, after ا or before a vowel letter, vowels (ou, i)
 * elsewhere.  The article is "al-" with the letter kept as written (no sun
 * letter assimilation); بن/ابن is "bin", or "ben" in North Africa; عبد
 * before a definite word is "Abdul" ("Abdel" in Egypt, Sudan and North
 * Africa); عبد الله is "Abdullah".  The entity id does not depend on this
 * name (people get consonant-skeleton ids, ACTORS.md).
 *
 * Exports evg_ent_latin_name (declared in entities_gaz.h).
 */
#include "entities_gaz.h"

#include <string.h>
#include <unicode/utf8.h>

typedef struct lbuf { char *p; size_t n, cap; } lbuf;

static void put(lbuf *b, const char *s)
{
    for (; *s && b->n + 1 < b->cap; s++) b->p[b->n++] = *s;
    b->p[b->n] = '\0';
}

/* Letter classes of one Arabic word after normalisation. */
enum { U_CONS, U_ALEF, U_WAW, U_YA, U_AIN, U_FINAL_A, U_HAMZA_I };

typedef struct unit { uint8_t kind, dbl; const char *lat; } unit;

/* Regional readings of letters (the "egy" argument below is a set of these). */
enum { R_EGY = 1,     /* ج is g */
       R_PERSIAN = 2, /* Iran, Afghanistan, Pakistan, Tajikistan: ض ذ ظ are z, ث is s */
       R_V = 4,       /* Persian: a consonant و is v (Saravan, Javad) */
       R_DH = 8,      /* Tunisia: ض and ظ are dh (Ridha, Romdhane, Fadhel) */
       R_FOREIGN = 16 }; /* a name from outside the Arabic-writing world: غ is g, و is o,
                          * final وف/يف are ov/ev, no short vowels guessed (Igor Sokolov) */

/* Latin consonant of code point c, NULL when c is no consonant. */
static const char *consonant(UChar32 c, int egy)
{
    if ((egy & R_PERSIAN) && (c == 0x0636 || c == 0x0630 || c == 0x0638)) return "z";
    if ((egy & R_PERSIAN) && c == 0x062B) return "s";
    if ((egy & R_DH) && (c == 0x0636 || c == 0x0638)) return "dh";
    if ((egy & R_FOREIGN) && c == 0x063A) return "g";
    switch (c) {
    case 0x0628: return "b";  case 0x062A: return "t";  case 0x062B: return "th";
    case 0x062C: return (egy & R_EGY) ? "g" : "j";                case 0x062D: return "h";
    case 0x062E: return "kh"; case 0x062F: return "d";  case 0x0630: return "dh";
    case 0x0631: return "r";  case 0x0632: return "z";  case 0x0633: return "s";
    case 0x0634: return "sh"; case 0x0635: return "s";  case 0x0636: return "d";
    case 0x0637: return "t";  case 0x0638: return "z";  case 0x063A: return "gh";
    case 0x0641: return "f";  case 0x0642: return "q";  case 0x0643: case 0x06A9: return "k";
    case 0x0644: return "l";  case 0x0645: return "m";  case 0x0646: return "n";
    case 0x0647: return "h";  case 0x06AF: return "g";  case 0x0686: return "ch";
    case 0x067E: return "p";  case 0x06A4: return "v";  case 0x0698: return "zh";
    default: return NULL;
    }
}

/* One code point into the unit list (harakat and tatweel skipped). */
static void add_unit(unit *u, int *n, UChar32 c, int last, int egy)
{
    unit x = {U_CONS, 0, consonant(c, egy)};
    if (c == 0x0651) { if (*n) u[*n - 1].dbl = 1; return; }
    if (c == 0x0634 && *n && u[*n - 1].kind == U_CONS && !strcmp(u[*n - 1].lat, "t") && !u[*n - 1].dbl) {
        u[*n - 1].lat = "ch"; /* تش writes a foreign ch: بلوتش Baloch, تشاد Chad */
        return;
    }
    if (x.lat) { u[(*n)++] = x; return; }
    if (c == 0x0627 || c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) x.kind = U_ALEF;
    else if (c == 0x0648 || c == 0x0624) x.kind = U_WAW;
    else if (c == 0x064A || c == 0x06CC) x.kind = U_YA;
    else if (c == 0x0649) x.kind = last ? U_FINAL_A : U_YA;
    else if (c == 0x0629) x.kind = U_FINAL_A;
    else if (c == 0x0626) x.kind = U_HAMZA_I;
    else if (c == 0x0639) x.kind = U_AIN;
    else return; /* harakat, tatweel, ء, anything else */
    x.lat = (c == 0x0625) ? "i" : (x.kind == U_WAW && (egy & R_V)) ? "v" : (x.kind == U_WAW && (egy & R_FOREIGN)) ? "o" : "a";
    u[(*n)++] = x;
}

/* Is unit i (و or ي) a consonant here? */
static int glide_is_cons(const unit *u, int n, int i)
{
    if (i == 0) return 1;
    if (u[i - 1].kind == U_ALEF || (u[i - 1].kind == U_HAMZA_I && u[i].kind == U_WAW)) return 1;
    if (i + 1 >= n) return 0;
    int k = u[i + 1].kind; /* before a vowel letter, or before another glide (زيودي) */
    return k == U_ALEF || k == U_FINAL_A || k == U_HAMZA_I || k == U_WAW || k == U_YA;
}

static int is_vowel_letter(const unit *u, int n, int i)
{
    switch (u[i].kind) {
    case U_ALEF: case U_FINAL_A: case U_HAMZA_I: return 1;
    case U_WAW: case U_YA: return !glide_is_cons(u, n, i);
    default: return 0;
    }
}

/* Does unit i sound as a consonant (ع inside a word counts as one)? */
static int sounds_cons(const unit *u, int n, int i)
{
    if (u[i].kind == U_CONS) return 1;
    if (u[i].kind == U_AIN) return i > 0;
    return (u[i].kind == U_WAW || u[i].kind == U_YA) && glide_is_cons(u, n, i);
}

/* The Latin letters of unit i itself. */
static const char *unit_text(const unit *u, int n, int i, int prev_a)
{
    switch (u[i].kind) {
    case U_CONS: return u[i].lat;
    case U_ALEF: return u[i].lat;
    case U_FINAL_A: return "a";
    case U_HAMZA_I: return i + 1 < n && u[i + 1].kind == U_YA ? "" : "i"; /* هنائي: Hanai */
    case U_WAW:
        if (glide_is_cons(u, n, i)) return u[i].lat[0] == 'v' ? "v" : "w";
        return u[i].lat[0] == 'o' ? "o" : i + 1 == n ? "u" : "ou";
    case U_YA: return glide_is_cons(u, n, i) ? "y" : "i";
    default: /* ع */
        if (i == 0) return (n > 1 && is_vowel_letter(u, n, 1)) ? "" : "a";
        if (is_vowel_letter(u, n, i - 1)) /* الأعرجي: al-Araji; بوعزيزي: Bouazizi */
            return u[i - 1].kind != U_ALEF && i + 1 < n && sounds_cons(u, n, i + 1) ? "a" : "";
        return prev_a && i + 1 < n && sounds_cons(u, n, i + 1) ? "a" : "";
    }
}

/* The short vowel to write after unit i, or "". */
static const char *short_vowel(const unit *u, int n, int i, int run)
{
    if (!sounds_cons(u, n, i) || i + 1 >= n || !sounds_cons(u, n, i + 1)) return "";
    if (i + 2 == n && i > 0 && run == 1 && u[i - 1].kind == U_ALEF) return "i"; /* فاعل: Qasim */
    if (i + 2 == n && i > 0 && run == 1 && is_vowel_letter(u, n, i - 1)) return "a"; /* سويلم: Sawilam */
    return i == 0 || run >= 2 ? "a" : "";
}

/* Transliterates one Arabic word s[0..len) into b. */
static void translit_word(const char *s, size_t len, int egy, lbuf *b)
{
    unit u[64];
    int n = 0, run = 0, prev_a = 0;
    size_t i = 0;
    while (i < len && n < 63) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)len, c);
        add_unit(u, &n, c, i >= len, egy);
    }
    if ((egy & R_FOREIGN) && n >= 3 && u[n - 1].kind == U_CONS && !strcmp(u[n - 1].lat, "f") &&
        (u[n - 2].kind == U_WAW || u[n - 2].kind == U_YA) && !glide_is_cons(u, n, n - 2))
        u[n - 1].lat = "v", u[n - 2].lat = u[n - 2].kind == U_YA ? "e" : "o"; /* كوزلوف Kozlov, ليبيديف Lebedev */
    for (int k = 0; k < n; k++) {
        const char *t = unit_text(u, n, k, prev_a);
        if (u[k].kind == U_YA && u[k].lat[0] == 'e' && !glide_is_cons(u, n, k)) t = "e";
        put(b, t);
        if (u[k].dbl && u[k].kind == U_CONS && strlen(t) == 1) put(b, t);
        run = sounds_cons(u, n, k) && !(k == 0 && u[k].kind == U_AIN) ? run + 1 : 0;
        const char *v = (egy & R_FOREIGN) && k > 0 ? "" : short_vowel(u, n, k, run); /* سركيسيان Sarkisyan */
        if (*v) run = 0;
        put(b, v);
        prev_a = *v == 'a' || (*t && t[strlen(t) - 1] == 'a');
    }
}

/* English spelling of the folded word f[0..n) from the table, or NULL. */
static const char *table(const struct evg_gazetteer *g, const char *f, size_t n)
{
    int v = evg_gaz_smap_get(&g->latin, f, n);
    return v >= 0 && (size_t)v < g->latin_en.n ? g->latin_en.v[v] : NULL;
}

static int in_list(const char *country, const char *list)
{
    return country && strlen(country) == 3 && strstr(list, country) != NULL;
}

/* Upper-cases the first ASCII letter of b->p from byte at. */
static void cap_from(lbuf *b, size_t at)
{
    if (at < b->n && b->p[at] >= 'a' && b->p[at] <= 'z') b->p[at] = (char)(b->p[at] - 32);
}

/* One Arabic word of a name: folded f[0..fn), original o[0..on). */
typedef struct word { const char *f, *o; size_t fn, on; } word;

static int word_is(const word *w, const char *s)
{
    return strlen(s) == w->fn && !memcmp(w->f, s, w->fn);
}

/* The word of token i; for the first token of a name that starts inside it
 * (after a proclitic, os), the letters before os are left out of both. */
static word word_of(const evg_doc *d, int32_t i, int32_t os)
{
    const evg_token *t = &d->tokens.v[i];
    word w = {d->fold + t->fs, d->raw.p + t->os, (size_t)(t->fe - t->fs), (size_t)(t->oe - t->os)};
    size_t ob = 0, fb = 0;
    while (os > t->os && ob < (size_t)(os - t->os) && ob < w.on && fb < w.fn) {
        UChar32 c;
        U8_NEXT(w.o, ob, (int32_t)w.on, c);
        if (c == 0x0640 || (c >= 0x064B && c <= 0x065F)) continue;
        U8_NEXT(w.f, fb, (int32_t)w.fn, c);
    }
    w.o += ob, w.on -= ob, w.f += fb, w.fn -= fb;
    return w;
}

/* Does the word hold a letter that Persian and Urdu read otherwise than
 * Arabic (ض ذ ظ ث)?  The table's Arabic spelling (رضا Reda) then yields to
 * the letters (Reza). */
static int persian_letters(const word *w)
{
    static const char *const letters[] = {"\xD8\xB6", "\xD8\xB0", "\xD8\xB8", "\xD8\xAB"};
    for (size_t l = 0; l < 4; l++)
        for (size_t i = 0; i + 1 < w->fn; i++)
            if (!memcmp(w->f + i, letters[l], 2)) return 1;
    return 0;
}

/* Does the word hold ض or ظ, which Tunisian spelling writes dh (رمضان
 * Romdhane)?  The table's eastern spelling then yields to the letters. */
static int dh_letters(const word *w)
{
    for (size_t i = 0; i + 1 < w->fn; i++)
        if (!memcmp(w->f + i, "\xD8\xB6", 2) || !memcmp(w->f + i, "\xD8\xB8", 2)) return 1;
    return 0;
}

/* One word of the name into b: table, particles, article, letters. */
static void word_en(const struct evg_gazetteer *g, const word *w, const char *country, int foreign, lbuf *b)
{
    const char *en;
    size_t at;
    int maghreb = in_list(country, "TUN DZA MAR LBY MRT");
    int egy = (in_list(country, "EGY") ? R_EGY : 0) | (in_list(country, "IRN AFG PAK TJK IND") ? R_PERSIAN : 0) |
              (in_list(country, "IRN AFG TJK") ? R_V : 0) | (in_list(country, "TUN") ? R_DH : 0) |
              (foreign ? R_FOREIGN : 0);
    if (word_is(w, "بن") || word_is(w, "ابن")) { put(b, maghreb ? "ben" : "bin"); return; }
    if (word_is(w, "بنت")) { put(b, "bint"); return; }
    if (word_is(w, "ولد")) { put(b, "Ould"); return; }
    if (word_is(w, "ال")) { put(b, "Al"); return; } /* آل folds to ال */
    if (!((egy & R_PERSIAN) && persian_letters(w)) && !((egy & R_DH) && dh_letters(w)) &&
        (en = table(g, w->f, w->fn))) {
        put(b, en);
        return;
    }
    if (w->fn > 6 && !memcmp(w->f, "\xD8\xA7\xD9\x84", 4)) {
        put(b, "al-");
        at = b->n;
        if ((en = table(g, w->f + 4, w->fn - 4))) put(b, en);
        else {
            size_t skip = 0; /* the article's two letters in the original */
            for (int l = 0; l < 2 && skip < w->on;) {
                UChar32 c;
                U8_NEXT(w->o, skip, (int32_t)w->on, c);
                if (c != 0x0640 && !(c >= 0x064B && c <= 0x065F)) l++;
            }
            translit_word(w->o + skip, w->on - skip, egy, b);
        }
        cap_from(b, at);
        return;
    }
    at = b->n;
    translit_word(w->o, w->on, egy, b);
    cap_from(b, at);
}

/* The Latin word of a non-Arabic token i into b. */
static void copy_token(const evg_doc *d, int32_t i, lbuf *b)
{
    char w[128];
    const evg_token *t = &d->tokens.v[i];
    size_t n = (size_t)(t->oe - t->os) < sizeof w - 1 ? (size_t)(t->oe - t->os) : sizeof w - 1;
    memcpy(w, d->raw.p + t->os, n);
    w[n] = '\0';
    put(b, w);
}

/* عبد and the definite word after it (w2) as "Abdul Rahman"; 0 when w is
 * not عبد or w2 is not definite. */
static int abd_en(const struct evg_gazetteer *g, const word *w, const word *w2, const char *country, lbuf *b)
{
    int north = in_list(country, "EGY SDN TUN DZA MAR LBY MRT");
    if (!word_is(w, "عبد") || w2->fn <= 4 || memcmp(w2->f, "\xD8\xA7\xD9\x84", 4)) return 0;
    if (word_is(w2, "الله")) { put(b, north ? "Abdallah" : "Abdullah"); return 1; }
    put(b, north ? "Abdel " : "Abdul ");
    size_t at = b->n;
    word_en(g, w2, country, 0, b);
    if (!strncmp(b->p + at, "al-", 3)) memmove(b->p + at, b->p + at + 3, b->n - at - 2), b->n -= 3;
    cap_from(b, at);
    return 1;
}

/* Does the word end like a Slavic, Armenian or Georgian family name (ـوف،
 * ـيف، ـوفا، ـسكي، ـيان، ـيتش، ـينكو، ـيشفيلي)?  With strict, the endings
 * ـوف، ـيف، ـيان that also end Arabic names (معروف، نظيف، سفيان) need four
 * letters before them (لافروف، باشينيان). */
static int foreign_ending(const word *w, int strict)
{
    static const char *const ends[] = {"وف", "يف", "وفا", "يفا", "سكي", "سكايا", "يان", "يتش", "ينكو", "شفيلي"};
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        size_t n = strlen(ends[e]);
        size_t before = strict && (e == 0 || e == 1 || e == 6) ? 8 : 4;
        if (w->fn >= n + before && !memcmp(w->f + w->fn - n, ends[e], n)) return 1;
    }
    return 0;
}

/* Is the name [first, end) one from outside the Arabic-writing world: its
 * country is known and is none of the Arab, Persian-writing or Turkish
 * states, or a word of it ends like a Slavic or Armenian family name?  An
 * ending is read so only in a name with no article (العوف) whose country
 * is no Arab state, and strictly when the country is unknown ("خالد
 * معروف") unless a given name of the Slavic world (given_names.tsv, F)
 * stands in the name ("إيفان بتروف"). */
static int foreign_name(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end, int32_t os,
                        const char *country)
{
    static const char *const home =
        "ARE BHR DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM DJI COM ESH "
        "IRN AFG PAK TJK TUR IND";
    int known = country && strlen(country) == 3;
    if (known && !strstr(home, country)) return 1;
    if (known && strstr(home, country) < strstr(home, "IRN")) return 0; /* an Arab state */
    for (int32_t i = first; i < end; i++) {
        if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) continue;
        word w = word_of(d, i, i == first ? os : d->tokens.v[i].os);
        if (w.fn >= 4 && !memcmp(w.f, "ال", 4)) return 0;
        if (evg_gaz_smap_get(&g->given, w.f, w.fn) == 2) known = 1; /* إيفان: a Slavic given name */
    }
    for (int32_t i = first; i < end; i++) {
        if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) continue;
        word w = word_of(d, i, i == first ? os : d->tokens.v[i].os);
        if (foreign_ending(&w, !known)) return 1;
    }
    return 0;
}

void evg_ent_latin_name(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end,
                        int32_t os, const char *country, char *out, size_t cap)
{
    lbuf b = {out, 0, cap};
    int foreign = foreign_name(g, d, first, end, os, country);
    out[0] = '\0';
    for (int32_t i = first; i < end; i++) {
        const evg_token *t = &d->tokens.v[i];
        if (t->kind == EVG_TOK_PUNCT) { put(&b, "-"); continue; }
        if (b.n && b.p[b.n - 1] != '-') put(&b, " ");
        if (t->script != EVG_SCRIPT_ARAB) { copy_token(d, i, &b); continue; }
        word w = word_of(d, i, i == first ? os : t->os);
        if (i + 1 < end) {
            word w2 = word_of(d, i + 1, d->tokens.v[i + 1].os);
            if (abd_en(g, &w, &w2, country, &b)) { i++; continue; }
        }
        word_en(g, &w, country, foreign, &b);
    }
}

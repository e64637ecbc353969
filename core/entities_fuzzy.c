/*
 * entities_fuzzy.c - spelling variants of foreign names through a
 * consonant-skeleton key (see /work/shared/ARABIC.md §5.3).
 *
 * The skeleton of a name keeps one symbol per consonant class and drops
 * vowel letters, spaces and hyphens, in either script: لافروف and Lavrov are
 * both LFRF, بيونغ يانغ and Pyongyang BNGNG, شويغو, Shoigu and Shoygu XG.
 * Arabic: ب پ B, ف ڤ F, ت ط T, ث س ص S, د ض D, ذ ز ظ ژ Z, ش چ X, ج غ گ ڭ ڨ
 * G, ك ک ق خ K, ح ه H (a word-final ه, mostly a written vowel, is dropped),
 * ل L, ر R, م M, ن N; ا و ي ء ع dropped.  Latin (accents removed first):
 * sh ch tch X, kh K, gh G, ph F, th S, dh zh Z, dj G, ck K, x KS, c S before
 * e i y and K elsewhere, b p B, f v F, g j G, k q K, s S, z Z; vowels, y, w
 * and a word-final h dropped.  A run of one symbol counts once.  Two
 * spellings of one sound: Arabic تش is X alone (تشافيز, Chavez: XFZ), سخ
 * is X too (Dutch sch: سخوف, Schoof: XF), and
 * Latin ch before r l n m t is K, as Greek and German names read (Christou,
 * خريستو: KRST).  Latin sch is X (Schmidt شميت), tz and a word-final z
 * after l n r are TS (Fritz فريتس, Scholz شولتس).  Latin j (and g before
 * e i) reads by the name: K in a name with a Spanish given name (Jorge
 * خورخي) and in a word in -ez (Jimenez خيمينيز), dropped in a name with a
 * Germanic given name (Jens ينس), G otherwise (name_reading).
 *
 * At load, every NAME key of a foreign name (Arabic keys the loader marked
 * GAZ_LOOSE, Latin keys other than acronyms) is filed under the skeleton of
 * its whole text (evg_gaz_fuzzy_index).  At a document token the caller
 * offers windows of one to three words; a window's skeleton proposes keys,
 * and a key is accepted only when
 *   - same script: the edit distance between the "match keys" (folded
 *     letters, غ ج گ as one letter, no spaces; one Arabic vowel letter
 *     written for another costs 2, since vowel letters are dropped or
 *     doubled in variants but seldom swapped) is at most 1 for a name of
 *     5 to 8 letters and 2 from 9 letters on (shorter names never vary); a
 *     skeleton of two symbols also needs a name of 6 letters or more;
 *   - other script (the entry has no name in the window's script): the
 *     skeletons are equal and have at least four symbols.
 * The nearest accepted key wins; two entries at the same distance are a
 * tie and nothing is returned (look-alikes are rejected, not guessed).
 * An entry with any name in the window's script (even one not indexed: an
 * Arab country's city) is never matched across scripts, and a one-word
 * Arabic window shaped like an inflected verb (ناقشت, يناقش) matches nothing.
 * When no skeleton matches an Arabic window, its sound skeleton (sibilants
 * and affricates as one, labials as one, velars as one) proposes the
 * Arabic names of foreign people, and a key is accepted when both match
 * keys, folded by the letters the press writes for one Latin letter in the
 * person's language (by country: Castilian ث for z, Slavic س for ć, German
 * ز for z ...), are equal (one letter apart from 9 letters on; see
 * sound_fold, sound_key).
 * Exports evg_gaz_cskel, evg_gaz_fuzzy_index, evg_gaz_fuzzy_find (and
 * evg_gaz_fuzzy_find_longest: the windows of a token, longest first) and
 * evg_gaz_spelling_close (used to confirm ids of unlisted people), and
 * evg_gaz_fuzzy_may_open (may a window open at a word at all: speed).
 */
#include "entities_gaz.h"

#include <unicode/unorm2.h>
#include <unicode/utf8.h>

/* ---- skeletons ---- */

static char arabic_class(UChar32 c)
{
    switch (c) {
    case 0x0628: case 0x067E: return 'B';
    case 0x0641: case 0x06A4: return 'F';
    case 0x062A: case 0x0637: return 'T';
    case 0x062B: case 0x0633: case 0x0635: return 'S';
    case 0x062F: case 0x0636: return 'D';
    case 0x0630: case 0x0632: case 0x0638: case 0x0698: return 'Z';
    case 0x0634: case 0x0686: return 'X';
    case 0x062C: case 0x063A: case 0x06AF: case 0x06AD: case 0x06A8: return 'G';
    case 0x0643: case 0x06A9: case 0x0642: case 0x062E: return 'K';
    case 0x062D: case 0x0647: case 0x0629: return 'H';
    case 0x0644: return 'L';
    case 0x0631: return 'R';
    case 0x0645: return 'M';
    case 0x0646: return 'N';
    default: return 0;
    }
}

typedef struct skel_out { char *p; size_t n, cap; int ok; } skel_out;

static void skel_put(skel_out *o, char c)
{
    if (!c || (o->n && o->p[o->n - 1] == c)) return;
    if (o->n + 1 >= o->cap) { o->ok = 0; return; }
    o->p[o->n++] = c;
}

/* One Arabic word (folded UTF-8). */
static void skel_arabic(const char *s, size_t n, skel_out *o)
{
    size_t i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        char k = arabic_class(c);
        if (k == 'H' && i == n && (c == 0x0647 || c == 0x0629)) k = 0;
        if (c == 0x062A && i + 1 < n && (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xB4)
            continue; /* تش is the one sound of Latin ch, tch, c (تشافيز = Chavez): X alone */
        if (c == 0x0633 && i + 1 < n && (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xAE) {
            skel_put(o, 'X'); /* سخ is Dutch sch, which Latin reads X (سخوف = Schoof) */
            i += 2;
            continue;
        }
        skel_put(o, k);
    }
}

/* Base ASCII letter of a Latin code point ('é' -> 'e'), 0 if none. */
static char latin_base(UChar32 c)
{
    if (c < 0x80) return (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    if (c >= 0x0600 && c <= 0x06FF) return 0; /* speed: no Arabic letter decomposes to a Latin one */
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&e);
    UChar buf[8];
    int32_t len = U_SUCCESS(e) ? unorm2_getDecomposition(nfd, c, buf, 8, &e) : -1;
    if (U_FAILURE(e) || len < 1 || buf[0] >= 0x80) return 0;
    return (char)((buf[0] >= 'A' && buf[0] <= 'Z') ? buf[0] + 32 : buf[0]);
}

/* How a name reads Latin j (and g before e, i): as in English and French
 * (ج, G), as in Spanish (خ, K: Jorge خورخي, Jiménez خيمينيز) or as in
 * German, Dutch and the Nordic languages (ي, dropped: Jens ينس, Johan
 * يوهان).  Decided once for the whole name by name_reading. */
enum { READ_EN, READ_ES, READ_DE };

/* Latin sub-word w[0..n) in a set of lower-case words? */
static int word_in(const char *w, size_t n, const char *const *set)
{
    for (; *set; set++)
        if (evg_key_eq(*set, w, n)) return 1; /* no strlen: hot */
    return 0;
}

/* The reading of a whole name that one Latin sub-word decides, else
 * READ_EN: a Spanish given name with j or ge/gi reads Spanish, a Germanic
 * given name with j German.  (A Spanish patronymic in -ez of five letters
 * or more, Jimenez, Juarez, reads Spanish itself only: "Jason Perez" keeps
 * an English j; see skel_latin_word.) */
static int word_reading(const char *w, size_t n)
{
    static const char *const es[] = {"jorge", "javier", "juan", "jose", "jesus", "joaquin", "julio",
                                      "jaime", "alejandro", "alejandra", "juana", "josefina", "jimena",
                                      "gerardo", "sergio", "angel", "eugenio", "rogelio", "jairo", NULL};
    static const char *const de[] = {"johan", "johann", "johannes", "jurgen", "juergen", "joachim",
                                     "jens", "jonas", "jakob", "jorg", "joerg", "jesper", "jorgen",
                                     "joost", "jochen", "jutta", "josef", NULL};
    if (!memchr(w, 'j', n) && !memchr(w, 'g', n)) return READ_EN; /* speed: every listed name has j or g */
    if (word_in(w, n, es)) return READ_ES;
    return word_in(w, n, de) ? READ_DE : READ_EN;
}

static char latin_one(const char *w, size_t n, size_t *i, int reading)
{
    char c = w[*i], d = *i + 1 < n ? w[*i + 1] : 0, e = *i + 2 < n ? w[*i + 2] : 0;
    static const char *const di[] = {"sh", "ch", "kh", "gh", "ph", "th", "dh", "zh", "dj", "ck"};
    static const char dsym[] = "XXKGFSZZGK";
    if (c == 't' && d == 'c' && e == 'h') { *i += 3; return 'X'; }
    if (c == 's' && d == 'c' && e == 'h') { *i += 3; return 'X'; } /* German and English sch: Scholz شولتس */
    if (c == 'c' && d == 'h' && e && strchr("rlnmt", e)) { *i += 2; return 'K'; } /* Christou: خريستو */
    for (size_t k = 0; k < sizeof dsym - 1; k++)
        if (c == di[k][0] && d == di[k][1]) { *i += 2; return dsym[k]; }
    (*i)++;
    switch (c) {
    case 'b': case 'p': return 'B';
    case 'f': case 'v': return 'F';
    case 'j': return reading == READ_ES ? 'K' : reading == READ_DE ? 0 : 'G';
    case 'g': return reading == READ_ES && (d == 'e' || d == 'i') ? 'K' : 'G';
    case 'k': case 'q': return 'K';
    case 'c': return (d == 'e' || d == 'i' || d == 'y') ? 'S' : 'K';
    case 's': return 'S';
    case 'z': return 'Z';
    case 't': return 'T';
    case 'd': return 'D';
    case 'l': return 'L';
    case 'r': return 'R';
    case 'm': return 'M';
    case 'n': return 'N';
    case 'h': return *i == n ? 0 : 'H';
    default: return 0;
    }
}

/* The base letters of one Latin word (folded UTF-8) into w (at most cap -
 * 1), sub-words separated by one space; their number. */
static size_t latin_letters(const char *s, size_t n, char *w, size_t cap)
{
    size_t m = 0, i = 0;
    while (i < n && m + 1 < cap) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        char b = c < 0 ? 0 : latin_base(c);
        if (b >= 'a' && b <= 'z') w[m++] = b;
        else if (m && w[m - 1] != ' ') w[m++] = ' ';
    }
    while (m && w[m - 1] == ' ') m--;
    w[m] = '\0';
    return m;
}

/* One Latin sub-word w[0..n).  German z after t, l, n or r at a word end is
 * ts (تس: Fritz, Scholz, Franz, Merz), and tz within a word too (Seitz). */
static void skel_latin_word(const char *w, size_t n, int reading, skel_out *o)
{
    if (reading == READ_EN && n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'z') reading = READ_ES; /* Jimenez alone */
    for (size_t j = 0; j < n;) {
        if (w[j] == 'x') { skel_put(o, 'K'); skel_put(o, 'S'); j++; continue; }
        if (w[j] == 'z' && j > 0 && (w[j - 1] == 't' || (j + 1 == n && strchr("lnr", w[j - 1])))) {
            skel_put(o, 'T');
            skel_put(o, 'S');
            j++;
            continue;
        }
        skel_put(o, latin_one(w, n, &j, reading));
    }
}

/* One Latin word (folded UTF-8), in the given reading. */
static void skel_latin(const char *s, size_t n, int reading, skel_out *o)
{
    char w[128];
    size_t m = latin_letters(s, n, w, sizeof w);
    for (size_t a = 0; a < m;) {
        size_t b = a;
        while (b < m && w[b] != ' ') b++;
        skel_latin_word(w + a, b - a, reading, o);
        a = b + 1;
    }
}

/* The reading of a name's Latin words: the first sub-word that decides one. */
static int name_reading(const char *const *tok, const size_t *len, int ntok)
{
    char w[128];
    for (int t = 0; t < ntok; t++) {
        if (!len[t] || (unsigned char)tok[t][0] >= 0xD8) continue;
        size_t m = latin_letters(tok[t], len[t], w, sizeof w);
        for (size_t a = 0; a < m;) {
            size_t b = a;
            while (b < m && w[b] != ' ') b++;
            int r = word_reading(w + a, b - a);
            if (r != READ_EN) return r;
            a = b + 1;
        }
    }
    return READ_EN;
}

static int is_latin_word(const char *s, size_t n)
{
    return n > 0 && ((unsigned char)s[0] < 0x80 || (unsigned char)s[0] < 0xD8);
}

int evg_gaz_cskel(const char *const *tok, const size_t *len, int ntok, char *out, size_t cap)
{
    skel_out o = {out, 0, cap, 1};
    int reading = name_reading(tok, len, ntok);
    for (int t = 0; t < ntok; t++) {
        if (is_latin_word(tok[t], len[t])) skel_latin(tok[t], len[t], reading, &o);
        else skel_arabic(tok[t], len[t], &o);
    }
    if (!o.ok || !cap) return -1;
    out[o.n] = '\0';
    return (int)o.n;
}

/* ---- match keys and edit distance ---- */

/* Code points of the words with spaces dropped and /g/ letters as one. */
static int match_key(const char *const *tok, const size_t *len, int ntok, UChar32 *out, int cap)
{
    int m = 0;
    for (int t = 0; t < ntok; t++) {
        size_t i = 0;
        while (i < len[t]) {
            UChar32 c;
            U8_NEXT(tok[t], i, (int32_t)len[t], c);
            if (c == 0x063A || c == 0x06AF || c == 0x06AD || c == 0x06A8) c = 0x062C;
            if (c == 0x06A9) c = 0x0643;
            if (c == '-' || c == '.' || c == '\'' || c == 0x2019) continue;
            if (m >= cap) return -1;
            out[m++] = c < 0x80 ? c : (latin_base(c) ? latin_base(c) : c);
        }
    }
    return m;
}

/* Cost of writing b where the name has a: one Arabic vowel letter for
 * another (بيتين for بوتين) costs 2, any other substitution 1. */
static int sub_cost(UChar32 a, UChar32 b)
{
    if (a == b) return 0;
    return evg_ar_vowel_letter(a) && evg_ar_vowel_letter(b) ? 2 : 1;
}

/* The edit distance of a[0..n) and b[0..m) (an insertion or a deletion
 * costs 1, a substitution sub_cost), or some value above limit as soon as
 * it must exceed limit (speed: every caller only compares it with its
 * allowance).  A row's least cell never decreases from one row to the next,
 * and the lengths alone cost |n - m|. */
static int edit_distance(const UChar32 *a, int n, const UChar32 *b, int m, int limit)
{
    int row[80], prev, tmp;
    if (m >= 80) return 99;
    if (n - m > limit || m - n > limit) return limit + 1;
    for (int j = 0; j <= m; j++) row[j] = j;
    for (int i = 1; i <= n; i++) {
        prev = row[0];
        row[0] = i;
        int least = row[0];
        for (int j = 1; j <= m; j++) {
            tmp = row[j];
            int best = prev + sub_cost(a[i - 1], b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = tmp;
            if (best < least) least = best;
        }
        if (least > limit) return limit + 1;
    }
    return row[m];
}

/* Are two folded spellings of one name in one script close enough to be
 * variants (the same allowance as a same-script skeleton match)? */
int evg_gaz_spelling_close(const char *a, size_t an, const char *b, size_t bn)
{
    UChar32 ka[128], kb[128];
    const char *ta[] = {a}, *tb[] = {b};
    int na = match_key(ta, &an, 1, ka, 128), nb = match_key(tb, &bn, 1, kb, 128);
    if (na < 0 || nb < 0) return 0;
    int longer = na > nb ? na : nb, allow = longer >= 9 ? 2 : longer >= 5 ? 1 : 0;
    return edit_distance(ka, na, kb, nb, allow) <= allow;
}

/* ---- index ---- */

static int key_indexed(const struct evg_gazetteer *g, const gaz_key *k)
{
    if (k->kind != GAZ_NAME || (k->flags & (GAZ_UPPER | GAZ_COMMON))) return 0; /* a common word has no variants */
    if (!(k->flags & (GAZ_LOOSE | GAZ_LATIN))) return 0;
    for (int t = 0; t < k->ntok; t++) /* a number in a name has no variant: "Kurdistan 24" is no "Kurdistan" */
        for (const char *c = k->tok[t]; *c; c++)
            if (*c >= '0' && *c <= '9') return 0;
    const char *type = g->ents.v[k->target].type;
    return !strcmp(type, "PER") || !strcmp(type, "GPE") || !strcmp(type, "LOC") || !strcmp(type, "ORG");
}

static int key_skel(const gaz_key *k, char *out, size_t cap)
{
    size_t len[16];
    if (k->ntok > 16) return -1;
    for (int t = 0; t < k->ntok; t++) len[t] = strlen(k->tok[t]);
    return evg_gaz_cskel((const char *const *)k->tok, len, k->ntok, out, cap);
}

/* Key k's match key, kept with it (confirm compares many windows with it). */
static void key_match_key(struct evg_gazetteer *g, gaz_key *k)
{
    UChar32 kk[128];
    size_t len[16];
    int nt = k->ntok < 16 ? k->ntok : 16;
    for (int t = 0; t < nt; t++) len[t] = strlen(k->tok[t]);
    k->fmkn = match_key((const char *const *)k->tok, len, nt, kk, 128);
    UChar32 *p = evg_arena_alloc(g->arena, (k->fmkn > 0 ? (size_t)k->fmkn : 1) * sizeof *p);
    if (k->fmkn > 0) memcpy(p, kk, (size_t)k->fmkn * sizeof *p);
    k->fmk = p;
}

static void sound_index(struct evg_gazetteer *g, gaz_key *key, int k);

/* qsort order of two skeleton pointers. */
static int skel_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void evg_gaz_fuzzy_index(struct evg_gazetteer *g)
{
    char sk[256];
    for (size_t k = 0; k < g->keys.n; k++) {
        gaz_key *key = &g->keys.v[k];
        key->fnext = -1;
        if (key->kind == GAZ_NAME) { /* any name in a script, indexed or not, bars cross-script guesses */
            gaz_entry *e = &g->ents.v[key->target];
            if (key->flags & GAZ_LATIN) e->has_latin = 1;
            else e->has_arabic = 1;
        }
        if (!key_indexed(g, key) || key_skel(key, sk, sizeof sk) < 2) continue;
        key->fskel = evg_arena_strdup(g->arena, sk);
        key_match_key(g, key);
        key->fnext = evg_gaz_smap_get(&g->fheads, sk, strlen(sk));
        evg_gaz_smap_put(&g->fheads, key->fskel, (int)k);
        if (key->fnext < 0) evg_vec_push(&g->fsorted, key->fskel);
        sound_index(g, key, (int)k);
    }
    qsort(g->fsorted.v, g->fsorted.n, sizeof *g->fsorted.v, skel_cmp);
    qsort(g->ssorted.v, g->ssorted.n, sizeof *g->ssorted.v, skel_cmp);
}

/* ---- sound correspondences by the name's language ---- */

/* The spelling languages of sound_language. */
enum { SND_NONE, SND_ES, SND_PT, SND_DE, SND_SL, SND_OTHER };

/* Is the three-letter code c (any case) in list, codes of three letters
 * each followed by a space (the last one's space may be left out)? */
static int country_in(const char *c, const char *list)
{
    for (const char *p = list; p[0] && p[1] && p[2]; p += p[3] ? 4 : 3)
        if ((p[0] | 32) == (c[0] | 32) && (p[1] | 32) == (c[1] | 32) && (p[2] | 32) == (c[2] | 32)) return 1;
    return 0;
}

/* The language whose spelling a foreign person's Latin name follows, by the
 * person's country: it decides which Arabic letters the press writes for
 * one Latin letter.  Countries whose people write their names in Arabic
 * script (Arab states, Iran, Afghanistan, Pakistan) or whose sibilants the
 * press keeps apart (Israel, Turkey) have none: no sound matching. */
static int sound_language(const char *country)
{
    if (!country || strlen(country) != 3) return SND_NONE;
    if (country_in(country, "ARE BHR COM DJI DZA EGY ESH IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR "
                            "TUN YEM IRN AFG PAK ISR TUR "))
        return SND_NONE;
    if (country_in(country, "ESP ARG MEX COL CHL PER VEN CUB BOL ECU URY PRY GTM HND SLV NIC CRI PAN DOM GNQ "))
        return SND_ES;
    if (country_in(country, "BRA PRT AGO MOZ GNB CPV STP ")) return SND_PT;
    if (country_in(country, "DEU AUT CHE LIE NLD DNK NOR SWE ISL ")) return SND_DE;
    if (country_in(country, "RUS UKR BLR POL CZE SVK SVN HRV SRB BIH MNE MKD BGR ROU MDA HUN LTU LVA XKK "))
        return SND_SL;
    return SND_OTHER;
}

/* One Arabic letter of a match key folded by the letter correspondences of
 * a language (0 drops it).  Every language: ز and س are one (the Latin s
 * between vowels is voiced: كروزيتو كروسيتو, نيوزي نيوسي).  Spanish: ث ص
 * also (Castilian z and soft c: فرنانديث), and ب ف ڤ are one (b and v are
 * one sound: إيبان إيفان, أريبالو أريفالو), and خ is ج غ (g before e i
 * and j, read the Spanish or the English way: خيراردو جيراردو); ه is
 * dropped (h is silent: إرنانديز هيرنانديز).  Portuguese: ش too (a final s
 * as in لويش).  German, Dutch, Nordic: ش too (st sp: شتوكر ستوكر).
 * Slavic, Romanian, Hungarian, Baltic: ش ص too (š sz ć č ci: بابيش بابيس,
 * فوسيتش فوتشيتش).  Others (English romanisations of Africa and Asia):
 * ث is ت (th: ثارمان تارمان). */
static UChar32 sound_fold(UChar32 c, int lang)
{
    if (c == 0x0632) return 0x0633;
    if (lang == SND_ES && (c == 0x062B || c == 0x0635)) return 0x0633;
    if (lang == SND_ES && (c == 0x0628 || c == 0x067E || c == 0x06A4)) return 0x0641;
    if (lang == SND_ES && c == 0x062E) return 0x062C;
    if (lang == SND_ES && c == 0x0647) return 0;
    if ((lang == SND_PT || lang == SND_DE || lang == SND_SL) && c == 0x0634) return 0x0633;
    if (lang == SND_SL && c == 0x0635) return 0x0633;
    if (lang == SND_OTHER && c == 0x062B) return 0x062A;
    return c;
}

/* The match key of words tok[0..ntok) folded for a language into out (at
 * most cap); its length.  In German and Slavic names a ت before a folded
 * س is dropped: تس is the one sound of z, c and tz (ميرتز ميرز, فيتسو),
 * and تش of ć č (فوتشيتش فوسيتش).  With final_c (the person's Latin name
 * has a word ending in c: Boric, Vucic) a word-final تش is ك: that c is
 * read K the Spanish and English way and تش the Slavic way (بوريك بوريتش). */
static int sound_key(const char *const *tok, const size_t *len, int ntok, int lang, int final_c, UChar32 *out,
                     int cap)
{
    int m = 0;
    for (int t = 0; t < ntok; t++) {
        UChar32 k[64];
        int n = match_key(&tok[t], &len[t], 1, k, 64);
        if (n < 0) return -1;
        if (final_c && n >= 3 && k[n - 2] == 0x062A && k[n - 1] == 0x0634) k[n - 2] = 0x0643, n--;
        for (int i = 0; i < n && m < cap; i++) {
            UChar32 c = sound_fold(k[i], lang);
            int affricate = (lang == SND_DE || lang == SND_SL) && k[i] == 0x062A && i + 1 < n &&
                            sound_fold(k[i + 1], lang) == 0x0633;
            int sch = lang == SND_DE && k[i] == 0x062E && i > 0 && k[i - 1] == 0x0633; /* Dutch sch: سخوف شوف */
            if (!affricate && !sch && c) out[m++] = c;
        }
    }
    return m;
}

/* Has a Latin name a word ending in c (ć č folded: "Gabriel Boric")? */
static int latin_final_c(const char *name)
{
    char w[256];
    size_t m = name ? latin_letters(name, strlen(name), w, sizeof w) : 0;
    for (size_t i = 1; i <= m; i++)
        if (w[i - 1] == 'c' && (i == m || w[i] == ' ')) return 1;
    return 0;
}

/* Sound class of an Arabic letter: the skeleton classes with the
 * sibilants ث ذ ز ظ س ص ش چ ژ as one (S), the labials ب پ ف ڤ as one (B)
 * and the velars ك ق خ ج غ as one (K); ه dropped; ث reads S or, with
 * th set, T. */
static char sound_class(UChar32 c, int th)
{
    if (c == 0x062B) return th ? 'T' : 'S';
    if (c == 0x0647) return 0; /* ه: the Spanish silent h (sound_fold) */
    char k = arabic_class(c);
    return k == 'Z' || k == 'X' ? 'S' : k == 'F' ? 'B' : k == 'G' ? 'K' : k;
}

/* The sound skeleton of Arabic words into o: sound classes (ث as T with
 * how & 1), a final ه ة dropped, تش تس سخ as one S (the affricates and
 * Dutch sch), but a word-final تش as K with how & 2 (see sound_key). */
static void sound_skel(const char *const *tok, const size_t *len, int ntok, int how, skel_out *o)
{
    for (int t = 0; t < ntok; t++) {
        const char *s = tok[t];
        size_t i = 0, n = len[t];
        UChar32 prev = 0;
        while (i < n) {
            UChar32 c;
            U8_NEXT(s, i, (int32_t)n, c);
            char k = sound_class(c, how & 1);
            if (k == 'H' && i == n && (c == 0x0647 || c == 0x0629)) k = 0;
            if (k == 'S' && (prev == 0x062A || (prev == 0x0633 && c == 0x062E)) && o->n) o->n--;
            if (prev == 0x0633 && c == 0x062E) k = 'S';
            if ((how & 2) && prev == 0x062A && c == 0x0634 && i == n) k = 'K'; /* a Latin final c */
            skel_put(o, k);
            prev = c;
        }
    }
}

/* Keep with a key filed under its sound skeleton what sound_confirm asks
 * of it at every window: its person's spelling language, whether the Latin
 * name has a final c, and its match key folded for that language (speed:
 * computed once at load instead of once per window; len: its token lengths,
 * lang: the language sound_index found). */
static void sound_keep(struct evg_gazetteer *g, gaz_key *key, const size_t *len, int lang)
{
    UChar32 fk[128];
    const gaz_entry *e = &g->ents.v[key->target];
    key->slang = (int8_t)lang;
    key->sfc = (int8_t)latin_final_c(e->name_en);
    int b = sound_key((const char *const *)key->tok, len, key->ntok, key->slang, key->sfc, fk, 128);
    UChar32 *p = evg_arena_alloc(g->arena, (b > 0 ? (size_t)b : 1) * sizeof *p);
    if (b > 0) memcpy(p, fk, (size_t)b * sizeof *p);
    key->sfk = p;
    key->sfkn = (int16_t)b;
}

/* File key k (an Arabic name of a person with a sound language) under its
 * sound skeleton (ث read T: the press writes th so). */
static void sound_index(struct evg_gazetteer *g, gaz_key *key, int k)
{
    char sk[256];
    size_t len[16];
    gaz_entry *e = &g->ents.v[key->target];
    key->snext = -1;
    int lang;
    if ((key->flags & GAZ_LATIN) || key->fmkn < 5 || key->ntok > 16 || strcmp(e->type, "PER") != 0 ||
        (lang = sound_language(e->country)) == SND_NONE)
        return;
    for (int t = 0; t < key->ntok; t++) len[t] = strlen(key->tok[t]);
    skel_out o = {sk, 0, sizeof sk, 1};
    sound_skel((const char *const *)key->tok, len, key->ntok, 1, &o);
    if (!o.ok || o.n < 2) return;
    sk[o.n] = '\0';
    key->snext = evg_gaz_smap_get(&g->sheads, sk, o.n);
    const char *kept = evg_arena_strdup(g->arena, sk);
    evg_gaz_smap_put(&g->sheads, kept, k);
    if (key->snext < 0) evg_vec_push(&g->ssorted, kept);
    sound_keep(g, key, len, lang);
}

/* ---- lookup ---- */

/* How many times the letter ع (U+0639) occurs in a match key. */
static int ain_count(const UChar32 *k, int n)
{
    int c = 0;
    for (int i = 0; i < n; i++) c += k[i] == 0x0639;
    return c;
}

/* Distance of key k to the window, or -1 when the key is not accepted.
 * A window with more or fewer ع than the name is no variant of it: the
 * press writes ع only for a sound the name has, never as a vowel letter,
 * so "معلقة" (hanging) is not Malaga (مالقة). */
static int confirm(const struct evg_gazetteer *g, const gaz_key *k, const UChar32 *wk, int wn, int latin,
                   int skel_len)
{
    const gaz_entry *e = &g->ents.v[k->target];
    int k_latin = (k->flags & GAZ_LATIN) != 0;
    if (k_latin != latin) {
        int has_own = latin ? e->has_latin : e->has_arabic;
        return !has_own && skel_len >= 4 ? 3 : -1;
    }
    int kn = k->fmkn, allow = kn >= 9 ? 2 : 1;
    if (kn < 5 || (skel_len < 3 && kn < 6)) return -1;
    if (wn - kn > allow || kn - wn > allow) return -1; /* every insertion or deletion costs 1 */
    if (!latin && ain_count(wk, wn) != ain_count(k->fmk, kn)) return -1;
    int d = edit_distance(wk, wn, k->fmk, kn, allow);
    return d <= allow ? d : -1;
}

/* ---- verb forms ---- */

/* evg_gaz_fuzzy_find with the window's skeleton sk[0..sl) given (sl -1: none). */
static int fuzzy_find_skel(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok,
                           const char *sk, int sl)
{
    UChar32 wk[128];
    int first = sl < 2 ? -1 : evg_gaz_smap_get(&g->fheads, sk, (size_t)sl);
    if (first < 0) return -1; /* no key has this skeleton: the rest need not be computed */
    int wn = match_key(tok, len, ntok, wk, 128);
    if (wn < 4) return -1;
    if (ntok == 1 && !is_latin_word(tok[0], len[0]) && evg_ar_verb_shape(tok[0], len[0], EVG_VS_INFLECTED)) return -1;
    int latin = is_latin_word(tok[0], len[0]), best = -1, best_d = 99, tie = 0;
    if (latin && wn < 5) return -1; /* four Latin letters are too few to judge a variant: "Tran" is no Tiran */
    for (int k = first; k >= 0; k = g->keys.v[k].fnext) {
        int d = confirm(g, &g->keys.v[k], wk, wn, latin, sl);
        if (d < 0 || d > best_d) continue;
        if (d == best_d && best >= 0) {
            if (g->keys.v[best].target != g->keys.v[k].target) tie = 1;
            continue;
        }
        best = k, best_d = d, tie = 0;
    }
    return tie ? -1 : best;
}

int evg_gaz_fuzzy_find(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok)
{
    char sk[256];
    int sl = evg_gaz_cskel(tok, len, ntok, sk, sizeof sk);
    return fuzzy_find_skel(g, tok, len, ntok, sk, sl);
}

/* A window's match keys folded by sound_key, by spelling language and
 * final c, each computed at the first key that asks (speed: the keys a
 * window's sound skeleton proposes share a few languages). */
typedef struct sound_memo {
    int n[SND_OTHER + 1][2];       /* its length, -1 failed, -2 not computed */
    UChar32 k[SND_OTHER + 1][2][128];
} sound_memo;

/* Distance of key k to an Arabic window by the sound correspondences of
 * the person's language, or -1: both match keys folded (sound_key) must be
 * equal, or one letter apart from 9 letters on (one less than confirm
 * allows: the folding has already spent the variant's difference, and
 * "زيارته" must stay no Szijjarto, سيارتو), with confirm's ع test; m
 * keeps the window's folded keys between the keys of one window. */
static int sound_confirm(const gaz_key *k, const char *const *tok, const size_t *len, int ntok, const UChar32 *wk,
                         int wn, int skel_len, sound_memo *m)
{
    int lang = k->slang, kn = k->fmkn, allow = kn >= 9, fc = k->sfc;
    if (lang == SND_NONE || kn < 5 || k->ntok > 16 || (skel_len < 3 && kn < 6)) return -1;
    if (ain_count(wk, wn) != ain_count(k->fmk, kn)) return -1;
    int *a = &m->n[lang][fc], b = k->sfkn; /* the key's side kept at load */
    if (*a == -2) *a = sound_key(tok, len, ntok, lang, fc, m->k[lang][fc], 128);
    int d = *a < 0 || b < 0 ? 99 : edit_distance(m->k[lang][fc], *a, k->sfk, b, allow);
    return d <= allow ? d : -1;
}

/* Does a word of tok[0..ntok) hold the letter ث (bit 1), or end in تش
 * (bit 2)?  Only then do the readings of sound_skel's how bits differ. */
static int sound_letters(const char *const *tok, const size_t *len, int ntok)
{
    int has = 0;
    for (int t = 0; t < ntok; t++) {
        const char *s = tok[t];
        size_t n = len[t];
        for (size_t i = 0; i + 1 < n; i++)
            if ((unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xAB) has |= 1;
        if (n >= 4 && !memcmp(s + n - 4, "\xD8\xAA\xD8\xB4", 4)) has |= 2;
    }
    return has;
}

/* The sound skeletons of the window tok[0..ntok) for the four how values
 * into sk[how] (NUL-terminated), their lengths into sn (-1: too long).  A
 * reading that changes no letter of the window is a copy of the one it
 * equals, not computed again, and not even copied when it equals the
 * reading before it (sound_find skips it then; speed).  Returns the bits of
 * sound_letters. */
static int sound_skels(const char *const *tok, const size_t *len, int ntok, char sk[4][256], int sn[4])
{
    int has = sound_letters(tok, len, ntok);
    for (int how = 0; how < 4; how++) {
        int same = how & ~has; /* its bits that change nothing here */
        if (same) { /* equal to the reading without them, computed before */
            int from = how & has;
            sn[how] = sn[from];
            if (from != ((how - 1) & has)) /* read again only when it differs from the previous one */
                memcpy(sk[how], sk[from], sn[from] >= 0 ? (size_t)sn[from] + 1 : 1);
            continue;
        }
        skel_out o = {sk[how], 0, 255, 1};
        sound_skel(tok, len, ntok, how, &o);
        sk[how][o.n] = '\0';
        sn[how] = o.ok ? (int)o.n : -1;
    }
    return has;
}

/* The person key that a sound skeleton of an Arabic window (ث read S or
 * T, a final تش S or K) proposes and sound_confirm accepts, nearest first; -1 when none
 * or two persons tie.  Tried only when no consonant skeleton matched: a
 * variant whose sibilant, affricate or labial letter the press writes
 * otherwise in the name's language (فرنانديث, بابيس, فوسيتش, شولز). */
static int sound_find(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok)
{
    UChar32 wk[128];
    char sk[4][256];
    int sn[4], wn = -1, best = -1, best_d = 99, tie = 0;
    int has = sound_skels(tok, len, ntok, sk, sn);
    sound_memo sm;
    for (int l = 0; l <= SND_OTHER; l++) sm.n[l][0] = sm.n[l][1] = -2;
    char prev[256] = "";
    for (int how = 0; how < 4; how++) { /* ث read S or T, a final تش read S or K */
        if (how && (how & has) == ((how - 1) & has)) continue; /* the previous reading's skeleton: tried or skipped */
        if (sn[how] < 2 || !strcmp(sk[how], prev)) continue; /* the same skeleton: no letter to read otherwise */
        memcpy(prev, sk[how], (size_t)sn[how] + 1);
        for (int k = evg_gaz_smap_get(&g->sheads, sk[how], (size_t)sn[how]); k >= 0; k = g->keys.v[k].snext) {
            if (wn < 0) { /* the window's match key, first needed here (speed) */
                wn = match_key(tok, len, ntok, wk, 128);
                if (wn < 5 || (ntok == 1 && evg_ar_verb_shape(tok[0], len[0], EVG_VS_INFLECTED))) return -1;
            }
            int d = sound_confirm(&g->keys.v[k], tok, len, ntok, wk, wn, sn[how], &sm);
            if (d < 0 || d > best_d || (best >= 0 && g->keys.v[best].target == g->keys.v[k].target)) continue;
            tie = d == best_d && best >= 0;
            if (!tie) best = k, best_d = d;
        }
    }
    return tie ? -1 : best;
}

/* ---- may a window open at a word (speed) ----
 * The skeleton of a window is its first word's skeleton followed by the
 * rest's (a run across the words counts once), so a window can find a key
 * only when its first word's skeleton opens a filed skeleton.  The sound
 * skeleton may lose the first word's last symbol (a ت before the next
 * word's تس merges with it and is then dropped), so that one is tested
 * without its last symbol. */

/* Does some skeleton of sorted[0..n) start with p[0..pn)? */
static int skel_opens(const char *const *sorted, size_t n, const char *p, size_t pn)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first skeleton not below p */
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(sorted[mid], p, pn) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && strncmp(sorted[lo], p, pn) == 0;
}

/* May a consonant skeleton of a window opening with Arabic word s[0..n),
 * or its sound skeleton in any of the four readings, be filed? */
static int arabic_may_open(const struct evg_gazetteer *g, const char *s, size_t n)
{
    char sk[256];
    skel_out o = {sk, 0, sizeof sk, 1};
    skel_arabic(s, n, &o);
    if (!o.ok || skel_opens(g->fsorted.v, g->fsorted.n, sk, o.n)) return 1;
    for (int how = 0; how < 4; how++) {
        skel_out q = {sk, 0, sizeof sk, 1};
        sound_skel(&s, &n, 1, how, &q);
        if (!q.ok || skel_opens(g->ssorted.v, g->ssorted.n, sk, q.n ? q.n - 1 : 0)) return 1;
    }
    return 0;
}

int evg_gaz_fuzzy_may_open(const struct evg_gazetteer *g, const char *s, size_t n)
{
    if (!is_latin_word(s, n)) return arabic_may_open(g, s, n);
    char sk[256];
    for (int reading = READ_EN; reading <= READ_DE; reading++) { /* the window's reading is not known here */
        skel_out o = {sk, 0, sizeof sk, 1};
        skel_latin(s, n, reading, &o);
        if (!o.ok || skel_opens(g->fsorted.v, g->fsorted.n, sk, o.n)) return 1;
    }
    return 0;
}

int evg_gaz_fuzzy_find_longest(const struct evg_gazetteer *g, const char *const *tok, const size_t *len, int ntok,
                               int *nwords)
{
    char sk[256];
    int sl[8];
    skel_out o = {sk, 0, sizeof sk, 1};
    if (ntok > 8) ntok = 8;
    int reading = name_reading(tok, len, ntok);
    for (int t = 0; t < ntok; t++) { /* the skeleton of the first t + 1 words is a prefix of the whole */
        if (is_latin_word(tok[t], len[t])) skel_latin(tok[t], len[t], reading, &o);
        else skel_arabic(tok[t], len[t], &o);
        sl[t] = o.ok ? (int)o.n : -1;
    }
    for (int n = ntok; n >= 1; n--) {
        int k = fuzzy_find_skel(g, tok, len, n, sk, sl[n - 1]);
        if (k >= 0) {
            *nwords = n;
            return k;
        }
    }
    for (int n = is_latin_word(tok[0], len[0]) ? 0 : ntok; n >= 1; n--) {
        int k = sound_find(g, tok, len, n);
        if (k >= 0) {
            *nwords = n;
            return k;
        }
    }
    return -1;
}

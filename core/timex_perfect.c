/*
 * timex_perfect.c - past-tense verbs known by their shape, not by a list,
 * for the tense cues of timex_tense.c: "اقتحمت الشرطة المبنى في 5 ديسمبر"
 * and "Rebels ambushed a convoy on December 5" are past events although
 * neither verb is in data/timewords.tsv.
 *
 * Arabic (folded words, so أ إ آ are ا, ى is ي, ة is ه): a word is split into
 * a stem and a subject ending (none, ت, تا, وا, ا, نا), and the stem must
 * have the letters of a perfect of one of the derived forms:
 *   I/II  فعل      only with ت تا وا        (قصفت, دخلوا, نالت)
 *   III   فاعل     only with ت تا وا        (حاصرت, واجهت)
 *   IV    افعل     with ت تا وا (اغلقت); alone only at the head of a clause
 *                  (أغلق الجيش); doubled or weak-final افع + ت (اكدت, انهت)
 *   V/VI  تفعل تفاعل  only with ت تا وا     (تعرضت, تراجعت)
 *   VII   انفعل    any ending; hollow انفال with one (انهارت; انهار is also
 *                  "rivers"); doubled or weak انفع + ت (انضمت)
 *   VIII  افتعل    any ending (اقتحم, اشترى), ت assimilated after ص ض ط ظ (اصطدم)
 *                  and د ذ ز (ازدحم); hollow افتال with one (اجتاحت); doubled
 *                  افتع (احتل); first radical و (اتخذ, اتهم)
 *   X     استفعل   any ending (استقال, استعاد, استدعى); doubled or weak استفع (استمر)
 * Root letters are not ا or ي (ا only in the hollow slot, ي only as a weak
 * last letter with no ending), a letter before the ending ت is not و or ي
 * (بيروت, توقيت are nouns), and a stem never starts with the article ال.
 * Nouns and names of these shapes (ثابت, أنقرة, أكثر, امام, انتم) are listed
 * with kind notverb in data/timewords.tsv; timex_tense.c also rejects a word
 * right after a preposition or covered by a gazetteer name.
 *
 * English: a lower-case word in -ed (not -eed) of five letters or more, not
 * after an article or a possessive (the proposed summit) nor after a form of
 * "be" (is expected, would be signed), is a simple past or a participle of a
 * perfect: a past event ("will have completed" is not).  Pasts spelt like
 * their present or a noun (cut, hit, set, left ...) count only right after
 * a word that can end a subject (en_bare_past).
 *
 * Bare masculine perfects of forms I, II, V and VI (قصف، حذر، تسلم، تبادل)
 * and those ending in a hamza (لجأ، أنشأ) have the letters of verbal nouns
 * too (قصف "shelling", تبادل "exchange"): tx_ar_bare_perfect only reads
 * the letters; timex_tense.c counts them at the head of a clause alone.
 *
 * No state.  Exports tx_ar_perfect, tx_ar_bare_perfect and tx_en_past
 * (timex_int.h).
 */
#include "timex_int.h"

enum {
    L_HAMZA = 0x621, L_ALEF = 0x627, L_TA = 0x62a, L_DAL = 0x62f, L_DHAL = 0x630, L_ZAY = 0x632,
    L_SIN = 0x633, L_SAD = 0x635, L_DAD = 0x636, L_TAH = 0x637, L_ZAH = 0x638, L_LAM = 0x644,
    L_NUN = 0x646, L_HA = 0x647, L_WAW = 0x648, L_YA = 0x64a
};

enum { SUF_NONE, SUF_T, SUF_TA, SUF_WA, SUF_A, SUF_NA };

#define MAXL 12

/* The letters of a folded Arabic word (all in U+0621..U+064A); the count,
 * or 0 when the word has another character or more than MAXL letters. */
static int letters(const char *s, size_t n, uint16_t *out)
{
    int k = 0;
    for (size_t i = 0; i < n; i += 2) {
        if (k == MAXL || i + 1 >= n) return 0;
        unsigned c = ((unsigned)(s[i] & 0x1f) << 6) | (unsigned)(s[i + 1] & 0x3f);
        if ((s[i] & 0xe0) != 0xc0 || c < L_HAMZA || c > L_YA) return 0;
        out[k++] = (uint16_t)c;
    }
    return k;
}

/* A root letter: not a long vowel ا, not ي. */
static int rad(uint16_t c)
{
    return c != L_ALEF && c != L_YA;
}

/* The last letter of a stem before ending suf: a root letter; before ت or
 * تا not و either (صفوت, بيروت); with no ending also a weak ي (اشتري) when
 * weak_ok, never ه (أنقرة, أمتعة: a feminine noun) unless ha_ok. */
static int last_ok(uint16_t c, int suf, int weak_ok, int ha_ok)
{
    if (suf == SUF_NONE && c == L_YA) return weak_ok;
    if (suf == SUF_NONE && c == L_HA) return ha_ok;
    if ((suf == SUF_T || suf == SUF_TA) && c == L_WAW) return 0;
    return rad(c);
}

/* The infix ت of form VIII after first radical r: ط after ص ض ط ظ, د after د ذ ز. */
static int viii_infix(uint16_t r, uint16_t c)
{
    if (r == L_SAD || r == L_DAD || r == L_TAH || r == L_ZAH) return c == L_TAH;
    if (r == L_DAL || r == L_DHAL || r == L_ZAY) return c == L_DAL;
    return c == L_TA;
}

/* Forms VII, VIII and X (stems starting with ا): 2 a verb with any ending, 0 none. */
static int derived_alef(const uint16_t *c, int n, int suf)
{
    int any = suf != SUF_NONE;
    if (n < 4 || c[1] == L_LAM) return 0; /* the article ال */
    if (n == 6 && c[1] == L_SIN && c[2] == L_TA) /* X استفعل, hollow استفال, hamzated استانف */
        return (rad(c[3]) || rad(c[4])) && (rad(c[3]) || c[3] == L_ALEF) && (rad(c[4]) || c[4] == L_ALEF) &&
                       last_ok(c[5], suf, 1, 0) ? 2 : 0;
    if (n == 5 && c[1] == L_SIN && c[2] == L_TA) /* X doubled or weak: استمر, استدعت */
        return rad(c[3]) && c[4] != L_WAW && last_ok(c[4], suf, 0, 0) ? 2 : 0;
    if (n == 5 && c[1] == L_NUN) /* VII انفعل, hollow انفال with an ending */
        return rad(c[2]) && (rad(c[3]) || (c[3] == L_ALEF && any)) && last_ok(c[4], suf, 0, 0) ? 2 : 0;
    if (n == 4 && c[1] == L_NUN) /* VII doubled or weak: انضمت */
        return any && rad(c[2]) && last_ok(c[3], suf, 0, 0) ? 2 : 0;
    if (n == 5 && rad(c[1]) && viii_infix(c[1], c[2])) /* VIII افتعل, hollow افتال with an ending */
        return (rad(c[3]) || (c[3] == L_ALEF && any)) && last_ok(c[4], suf, 1, 0) ? 2 : 0;
    if (n == 4 && c[1] == L_TA) /* VIII of a first radical و: اتخذ, اتجه */
        return rad(c[2]) && last_ok(c[3], suf, 0, 1) ? 2 : 0;
    if (n == 4 && rad(c[1]) && viii_infix(c[1], c[2])) /* VIII doubled or weak: احتل, انتهت */
        return last_ok(c[3], suf, 0, 0) ? 2 : 0;
    return 0;
}

/* Forms I-VI: 2 a verb (an ending is required), 1 a bare form IV that
 * counts only at the head of a clause, 0 none. */
static int simple_form(const uint16_t *c, int n, int suf)
{
    int any = suf == SUF_T || suf == SUF_TA || suf == SUF_WA;
    if (c[0] == L_ALEF && n >= 2 && c[1] == L_LAM) return 0; /* the article ال */
    if (suf == SUF_NONE && n == 4 && c[0] == L_ALEF) /* IV alone: أغلق, not أطول أوسع */
        return rad(c[1]) && c[1] != L_WAW && rad(c[2]) && c[2] != L_WAW && rad(c[3]) && c[3] != L_HA ? 1 : 0;
    if (!any) return 0;
    if (n == 3) /* I فعلت, hollow قالت, IV doubled or weak اكدت انهت, V weak تبنت */
        return c[0] != L_YA && (rad(c[1]) || c[1] == L_ALEF) && c[1] != L_WAW && last_ok(c[2], suf, 0, 0) ? 2 : 0;
    if (n == 4 && c[1] == L_ALEF) /* III فاعلت */
        return rad(c[0]) && rad(c[2]) && last_ok(c[3], suf, 0, 0) ? 2 : 0;
    if (n == 4 && (c[0] == L_ALEF || c[0] == L_TA)) /* IV افعلت, V تفعلت */
        return rad(c[1]) && rad(c[2]) && last_ok(c[3], suf, 0, 0) ? 2 : 0;
    if (n == 5 && c[0] == L_TA && c[2] == L_ALEF) /* VI تفاعلت */
        return rad(c[1]) && rad(c[3]) && last_ok(c[4], suf, 0, 0) ? 2 : 0;
    return 0;
}

/* The subject ending of a word of n letters: SUF_* and its length. */
static int ending(const uint16_t *c, int n, int *len)
{
    *len = 0;
    if (n >= 5 && c[n - 2] == L_TA && c[n - 1] == L_ALEF) return *len = 2, SUF_TA;
    if (n >= 5 && c[n - 2] == L_WAW && c[n - 1] == L_ALEF) return *len = 2, SUF_WA;
    if (n >= 6 && c[n - 2] == L_NUN && c[n - 1] == L_ALEF) return *len = 2, SUF_NA;
    if (n >= 4 && c[n - 1] == L_TA && c[n - 2] != L_ALEF) return *len = 1, SUF_T; /* not -ات */
    if (n >= 6 && c[n - 1] == L_ALEF) return *len = 1, SUF_A;
    return SUF_NONE;
}

/* Is the word of n letters a perfect: 2 yes, 1 only at the head of a
 * clause (bare form IV), 0 no.  An ending is tried first, then none (a
 * stem may end in ت itself: التفت). */
static int perfect_letters(const uint16_t *c, int n)
{
    int len, suf = ending(c, n, &len), r = 0;
    if (suf != SUF_NONE) {
        r = c[0] == L_ALEF ? derived_alef(c, n - len, suf) : 0;
        if (!r && suf != SUF_A && suf != SUF_NA) r = simple_form(c, n - len, suf);
    }
    if (!r && n >= 4 && c[0] == L_ALEF) r = derived_alef(c, n, SUF_NONE);
    if (!r) r = simple_form(c, n, SUF_NONE);
    return r;
}

int tx_ar_perfect(const evg_doc *doc, size_t i)
{
    const evg_token *t = &doc->tokens.v[i];
    uint16_t c[MAXL];
    size_t n;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_tok_text(doc, t, &n);
    if (n < 6 || n > 2 * MAXL) return 0; /* three letters or more */
    int k = letters(s, n, c);
    if (k < 3) return 0;
    int r = perfect_letters(c, k);
    if (!r && k >= 5 && (c[0] == L_WAW || c[0] == 0x641)) r = perfect_letters(c + 1, k - 1); /* و ف */
    return r;
}

/* ---- bare masculine perfects (no ending) ---- */

/* The last letter of a bare perfect: a root letter, a weak ي or ا (سعى,
 * دعا, and a final hamza folded to ا: لجأ بدأ), never ه or ت (a feminine
 * noun, تحت). */
static int bare_last(uint16_t c)
{
    return c != L_HA && c != L_TA && (rad(c) || c == L_YA || c == L_ALEF);
}

/* Letters of a bare masculine perfect: I/II فعل (قصف، حذر, hollow قاد), V
 * تفعل (تسلم), VI تفاعل (تبادل), IV with a final hamza افعأ (أنشأ).  Form
 * III فاعل is left out: its letters are mostly agent nouns (قائد، نائب). */
static int bare_letters(const uint16_t *c, int n)
{
    if (n == 3) /* فعل, فال */
        return c[0] != L_ALEF && c[0] != L_YA && c[0] != L_TA && (rad(c[1]) || c[1] == L_ALEF) &&
               c[1] != L_WAW && bare_last(c[2]);
    if (n == 4 && c[0] == L_TA) /* V, also of a first radical و: توقف تولى */
        return rad(c[1]) && rad(c[2]) && bare_last(c[3]);
    if (n == 4 && c[0] == L_ALEF) /* IV with a final hamza */
        return rad(c[1]) && c[1] != L_LAM && rad(c[2]) && c[3] == L_ALEF;
    if (n == 5 && c[0] == L_TA && c[2] == L_ALEF) /* VI */
        return rad(c[1]) && rad(c[3]) && bare_last(c[4]);
    return 0;
}

int tx_ar_bare_perfect(const evg_doc *doc, size_t i)
{
    const evg_token *t = &doc->tokens.v[i];
    uint16_t c[MAXL];
    size_t n;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_tok_text(doc, t, &n);
    int k = n >= 6 && n <= 2 * MAXL ? letters(s, n, c) : 0;
    if (k < 3) return 0;
    /* the words of that shape that are no verbs are notverb in data/timewords.tsv:
     * the caller (timex_tense.c shape_cue) skips every word of that table */
    return bare_letters(c, k) || (k >= 4 && (c[0] == L_WAW || c[0] == 0x641) && bare_letters(c + 1, k - 1));
}

/* ---- English ---- */

/* The start of an object at token i: a number, a name, an article, a
 * possessive or a pronoun ("shot two guards", "hit the building"). */
static int object_follows(const evg_doc *doc, size_t i)
{
    static const char *det[] = {"the", "a", "an", "its", "his", "her", "their", "our", "him", "them", "it",
                                "dozens", "hundreds", "thousands", "several", "two", "three", "four", "five"};
    const evg_token *t = &doc->tokens.v[i];
    if (t->kind == EVG_TOK_NUM || (t->kind == EVG_TOK_WORD && (t->flags & EVG_TOKF_CAP))) return 1;
    for (size_t k = 0; k < sizeof det / sizeof *det; k++)
        if (evg_tok_is(doc, i, det[k])) return 1;
    return 0;
}

/* A noun of a plan up to six tokens after "set" ("set a July 1 deadline",
 * "has set a date for the vote"): what is dated lies ahead of the setting. */
static int plan_follows(const evg_doc *doc, size_t i)
{
    static const char *plan[] = {"deadline", "date", "target", "timetable", "timeline", "goal", "schedule",
                                 "ultimatum", "limit", "course"};
    for (size_t k = i + 1; k < doc->tokens.n && k <= i + 6; k++)
        for (size_t m = 0; m < sizeof plan / sizeof *plan; m++)
            if (evg_tok_is(doc, k, plan[m])) return 1;
    return 0;
}

/* English pasts written like their present or a noun (cut, hit, set, left,
 * put, quit, shut, let, beat, hurt, spread, split, upset, shot), which no
 * list can hold unconditioned ("a rate cut", "the left bank", "is set to",
 * "with two days left", "will hit"): a past event only right after a word
 * that can end a subject (a name, a noun, a pronoun), never after a
 * determiner, a preposition, a modal, "to", "not", a form of "be" or "do",
 * a noun that such a word compounds with ("rate cut", "tax cut", "price
 * hit") or a word of time ("days left"); an adverb in -ly between is
 * skipped ("will likely cut").  After "a"/"an" + one word it is a noun ("a
 * sharp cut in rates") unless an object follows ("a gunman shot two
 * guards").  "set" is no past before "for", "to" or a noun of a plan
 * ("polls set for June", "has set a July 1 deadline"); "left" none before
 * "over"; no word before a hyphen ("left-wing", "hit-and-run"). */
static int en_bare_past(const evg_doc *doc, size_t i)
{
    static const char *verbs[] = {"cut", "hit", "set", "left", "put", "quit", "shut", "let", "beat",
                                  "hurt", "spread", "split", "upset", "shot"};
    static const char *never[] = {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
        "those", "no", "any", "each", "every", "some", "to", "will", "would", "can", "could", "may",
        "might", "must", "should", "shall", "not", "never", "do", "does", "did", "be", "is", "are", "am",
        "being", "of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "far",
        "rate", "rates", "tax", "taxes", "price", "budget", "spending", "job", "pay", "power", "aid",
        "wage", "output", "production", "cost", "interest", "supply", "funding", "subsidy", "direct",
        "big", "major", "key", "new", "first", "second", "last", "next", "only", "little", "much",
        "nothing", "none", "one", "few", "days", "weeks", "months", "years", "hours", "minutes", "time",
        "seconds", "up", "and", "or", "but", "if", "when", "as", "than", "so", "too", "very"};
    size_t k, n, p = i - 1;
    const evg_token *t = &doc->tokens.v[i];
    if (i == 0 || i + 1 >= doc->tokens.n || doc->tokens.v[i - 1].kind != EVG_TOK_WORD) return 0;
    for (k = 0; k < sizeof verbs / sizeof *verbs && !evg_tok_is(doc, i, verbs[k]); k++)
        ;
    if (k == sizeof verbs / sizeof *verbs || (t->flags & EVG_TOKF_CAP)) return 0;
    const char *w = evg_tok_text(doc, &doc->tokens.v[p], &n);
    if (n > 3 && !memcmp(w + n - 2, "ly", 2) && p > 0) p--; /* "sharply cut", "will likely cut": the word before */
    for (k = 0; k < sizeof never / sizeof *never; k++)
        if (evg_tok_is(doc, p, never[k])) return 0;
    if (i > 1 && (evg_tok_is(doc, i - 2, "a") || evg_tok_is(doc, i - 2, "an")) && !object_follows(doc, i + 1))
        return 0; /* "a sharp cut in rates"; "a gunman shot two guards" is a verb */
    if (evg_tok_is(doc, i, "set") &&
        (evg_tok_is(doc, i + 1, "for") || evg_tok_is(doc, i + 1, "to") || plan_follows(doc, i)))
        return 0;
    if (evg_tok_is(doc, i, "left") && evg_tok_is(doc, i + 1, "over")) return 0;
    return !evg_tok_is(doc, i + 1, "-"); /* left-wing, hit-and-run */
}

/* A relative "that" before the -ed word i ("a draft that leaked on 24
 * March", "the deal that collapsed in May", "the ship that docked at
 * Aden"): the word is the relative clause's past when a preposition, an
 * article or a punctuation mark follows it, where after the demonstrative
 * "that" it modifies a noun ("that proposed plan", "that armed group"). */
static int relative_that(const evg_doc *doc, size_t i)
{
    static const char *after[] = {"on", "in", "at", "to", "from", "into", "onto", "with", "after", "before",
                                  "during", "since", "by", "near", "outside", "inside", "across", "online",
                                  "earlier", "last", "the", "a", "an", "its", "their", "his", "her"};
    if (i == 0 || !evg_tok_is(doc, i - 1, "that") || i + 1 >= doc->tokens.n) return 0;
    if (doc->tokens.v[i + 1].kind == EVG_TOK_PUNCT) return 1;
    for (size_t k = 0; k < sizeof after / sizeof *after; k++)
        if (evg_tok_is(doc, i + 1, after[k])) return 1;
    return 0;
}

int tx_en_past(const evg_doc *doc, size_t i)
{
    static const char *before[] = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                                   "be", "is", "are", "am", "being", "so", "well", "newly", "un",
                                   "stays", "stay", "remains", "remain", "seems", "seem", "gets", "get"};
    const evg_token *t = &doc->tokens.v[i];
    size_t n;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (t->flags & EVG_TOKF_CAP)) return 0;
    const char *w = evg_tok_text(doc, t, &n);
    if (n < 5 || w[n - 2] != 'e' || w[n - 1] != 'd' || w[n - 3] == 'e') return en_bare_past(doc, i);
    if (i > 0 && doc->tokens.v[i - 1].kind == EVG_TOK_PUNCT && evg_tok_is(doc, i - 1, "-")) return 0; /* so-called */
    for (size_t k = 0; i > 0 && k < sizeof before / sizeof *before && !relative_that(doc, i); k++)
        if (evg_tok_is(doc, i - 1, before[k])) return 0;
    if (i > 1 && evg_tok_is(doc, i - 1, "have") &&
        (evg_tok_is(doc, i - 2, "will") || evg_tok_is(doc, i - 2, "would") || evg_tok_is(doc, i - 2, "should")))
        return 0; /* "will have completed": a future perfect */
    if (i > 0 && (evg_tok_is(doc, i - 1, "was") || evg_tok_is(doc, i - 1, "were")) && evg_tok_is(doc, i, "expected"))
        return 0; /* "the verdict was expected on Dec. 15": a plan, either side of the reference date */
    return 1;
}

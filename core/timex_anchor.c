/*
 * timex_anchor.c - the anchors of the narrative: which earlier date of the
 * section a relative expression counts from, and the anaphoric expressions
 * that name one.  The last dated expression before this one (any period, or
 * a single day passing over days told as background: a pluperfect "كان قد",
 * "had", a past relative clause, a day counted from an event), its year
 * ("نيسان من ذلك العام"), the story's day, the lead's day (a dateline's
 * day counts), the day an earlier sentence gave to a clause the text
 * repeats ("اليوم نفسه الذي أعلنت فيه ..."), the earliest day told over
 * the last sentences ("the same day as the first strike").  Parses "ذلك
 * اليوم", "اليوم نفسه", "that year", "earlier in the year", "اليوم
 * التالي", "the following day", "the day before <date>".
 * Reads the expressions already stored for the section (doc->timexes, in
 * text order) and the token tests of timex_tok.c.  Exports the anchors
 * (tx_previous_anchor, tx_coarse_anchor, tx_previous_year, tx_told_year:
 * the earlier year a "following"/التالي counts from, the background
 * tests tx_pluperfect_before and tx_counted_from) and small word tests
 * (tx_definite, tx_same_after, tx_opens_with_ba) to timex_relday.c,
 * timex_period.c and timex_duration.c, which count from these anchors.
 * Each tx_p_* returns the index past its match (0 = none) and fills a
 * tx_hit; timex_parse.c picks the longest.
 */
#include "timex_int.h"

#include <stdio.h>
#include <strings.h>

/* A pluperfect up to window words before token i in its clause ("كان قد
 * وصل ... مساء الأربعاء", "had arrived on Wednesday"): background, not the
 * story's day. */
static int pluperfect_at(const evg_doc *d, size_t i, size_t window)
{
    for (size_t k = i; k-- > 0 && k + window >= i;) {
        const evg_token *tk = &d->tokens.v[k];
        if (tk->kind == EVG_TOK_PUNCT || tk->sent != d->tokens.v[i].sent) return 0;
        if (evg_tok_is(d, k, "had")) return 1;
        if (!evg_tok_is(d, k, "\xd9\x82\xd8\xaf")) continue;
        for (size_t j = k; j-- > 0 && j + (window > 8 ? 3 : 1) >= k && d->tokens.v[j].kind != EVG_TOK_PUNCT;)
            if (tx_is(d, j, "\xd9\x83\xd8\xa7\xd9\x86") || tx_is(d, j, "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa"))
                return 1; /* قد after كان/كانت; over a wide window the subject may stand
                             between: "وكانت هذه الرسالة قد دفعت" */
    }
    return 0;
}

/* An English relative clause about a person or thing in the past passive
 * or pluperfect ("Soleimani, who was killed ... on Friday", "the deal,
 * which had been signed in May"): up to 16 words back, over hyphens and
 * apostrophes but no other punctuation, "who"/"which" + was/were/had. */
static int relative_past_at(const evg_doc *d, size_t i)
{
    for (size_t k = i; k-- > 0 && k + 16 >= i;) {
        const evg_token *tk = &d->tokens.v[k];
        if (tk->sent != d->tokens.v[i].sent) return 0;
        if (tk->kind == EVG_TOK_PUNCT && !evg_tok_is(d, k, "-") && !evg_tok_is(d, k, "'")) return 0;
        if (!evg_tok_is(d, k, "who") && !evg_tok_is(d, k, "which")) continue;
        return k + 1 < i && (evg_tok_is(d, k + 1, "was") || evg_tok_is(d, k + 1, "were") ||
                             evg_tok_is(d, k + 1, "had"));
    }
    return 0;
}

/* An Arabic relative clause in the past right before token i ("الانتخابات
 * التي جرت يوم السبت", "الاقتراع الذي أجري الأحد", "القضية التي تم الكشف
 * عنها"): الذي/التي/الذين, then a verb with no present or future prefix
 * (ي ت ن س; تم is past), the day at most three words on, no punctuation. */
static int relative_past_ar(const evg_doc *d, size_t i)
{
    static const char *rel[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a",              /* الذي */
                                "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a",              /* التي */
                                "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86"};    /* الذين */
    size_t n;
    for (size_t k = i; k-- > 0 && k + 5 >= i;) {
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT || d->tokens.v[k].sent != d->tokens.v[i].sent) return 0;
        if (!evg_tok_in_static(d, k, rel, sizeof rel / sizeof *rel, EVG_WS_PLAIN)) continue;
        if (k + 1 >= i || d->tokens.v[k + 1].script != EVG_SCRIPT_ARAB) return 0;
        const char *v = evg_tok_text(d, &d->tokens.v[k + 1], &n);
        if (n >= 4 && memcmp(v, "\xd8\xaa\xd9\x85", 4) == 0) return 1; /* تم تمت */
        return n >= 6 && memcmp(v, "\xd9\x8a", 2) && memcmp(v, "\xd8\xaa", 2) && memcmp(v, "\xd9\x86", 2) &&
               memcmp(v, "\xd8\xb3", 2); /* not ي ت ن س */
    }
    return 0;
}

int tx_pluperfect_before(const evg_doc *d, const evg_timex *t)
{
    return pluperfect_at(d, (size_t)t->tok_first, 8) || relative_past_at(d, (size_t)t->tok_first) ||
           relative_past_ar(d, (size_t)t->tok_first);
}

/* ---- the day of an event a pluperfect tells again (session 16, timex8) ---- */

#define NO_TOKEN ((size_t)-1)

/* Does folded s[0..n) open with the bytes of p? */
static int opens_with(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n >= m && memcmp(s, p, m) == 0;
}

/* An Arabic word with the article (و/ف before it allowed). */
static int definite_noun(const evg_doc *d, size_t i)
{
    size_t n;
    const char *w = evg_tok_text(d, &d->tokens.v[i], &n);
    if (n > 8 && (opens_with(w, n, "\xd9\x88") || opens_with(w, n, "\xd9\x81"))) w += 2, n -= 2; /* و ف */
    return d->tokens.v[i].kind == EVG_TOK_WORD && n >= 8 && opens_with(w, n, "\xd8\xa7\xd9\x84"); /* ال */
}

/* The noun a pluperfect clause before token i tells of: Arabic the word
 * with the article right after كان/كانت/كانوا that opens "كان ... قد" ("وكان
 * الحريق الذي ... قد اندلع"), or right before it ("إن الحريق كان قد
 * بدأ"), English the word right before "had" ("the
 * fire had started"; not a pronoun or a relative, which name nothing the
 * text can be searched for).  Its token, else NO_TOKEN. */
static size_t pluperfect_subject(const evg_doc *d, size_t i)
{
    static const char *const pron[] = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that",
                                       "there", "this", "these", "those", "what"};
    int sent = d->tokens.v[i].sent;
    for (size_t k = i; k-- > 0 && k + 12 >= i;) {
        if (d->tokens.v[k].sent != sent || d->tokens.v[k].kind == EVG_TOK_PUNCT) return NO_TOKEN;
        if (evg_tok_is(d, k, "had")) {
            if (k == 0 || d->tokens.v[k - 1].sent != sent || d->tokens.v[k - 1].kind != EVG_TOK_WORD ||
                evg_tok_in_static(d, k - 1, pron, sizeof pron / sizeof *pron, EVG_WS_PLAIN))
                return NO_TOKEN;
            return k - 1;
        }
        if (!evg_tok_is(d, k, "\xd9\x82\xd8\xaf")) continue; /* قد */
        for (size_t j = k; j-- > 0 && j + 10 >= k;) {
            if (d->tokens.v[j].sent != sent || d->tokens.v[j].kind == EVG_TOK_PUNCT) return NO_TOKEN;
            if (!tx_is(d, j, "\xd9\x83\xd8\xa7\xd9\x86") && !tx_is(d, j, "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa") &&
                !tx_is(d, j, "\xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd8\xa7"))
                continue; /* كان كانت كانوا ("إن المسلحين كانوا قد وصلوا") */
            if (j + 1 < k && definite_noun(d, j + 1)) return j + 1;
            return j > 0 && d->tokens.v[j - 1].sent == sent && definite_noun(d, j - 1) ? j - 1 : NO_TOKEN;
        }
        return NO_TOKEN;
    }
    return NO_TOKEN;
}

/* The stem of a noun for telling its mentions apart: Arabic without و/ف and
 * the article with its particles (ال، بال، كال، لل), English as folded. */
static const char *noun_stem(const evg_doc *d, size_t i, size_t *n)
{
    static const char *const art[] = {"\xd8\xa8\xd8\xa7\xd9\x84", "\xd9\x83\xd8\xa7\xd9\x84", /* بال كال */
                                      "\xd9\x84\xd9\x84", "\xd8\xa7\xd9\x84"};                 /* لل ال */
    const char *w = evg_tok_text(d, &d->tokens.v[i], n);
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) return w;
    if (*n > 8 && (opens_with(w, *n, "\xd9\x88") || opens_with(w, *n, "\xd9\x81"))) w += 2, *n -= 2; /* و ف */
    for (size_t a = 0; a < sizeof art / sizeof *art; a++) {
        size_t m = strlen(art[a]);
        if (*n >= m + 6 && memcmp(w, art[a], m) == 0) return *n -= m, w + m;
    }
    return w;
}

/* The length of an Arabic stem w of n bytes without the masculine sound
 * plural's ending (ون nominative, ين oblique) when three letters stay. */
static size_t sound_plural_cut(const char *w, size_t n)
{
    if (n >= 10 && (memcmp(w + n - 4, "\xd9\x88\xd9\x86", 4) == 0 || memcmp(w + n - 4, "\xd9\x8a\xd9\x86", 4) == 0))
        return n - 4; /* ون ين */
    return n;
}

/* Do tokens a and b name the same thing: the same stem (Arabic either case
 * of a sound plural), or in English one
 * ending the other ("quake", "earthquake") or a plural s apart? */
static int same_noun(const evg_doc *d, size_t a, size_t b)
{
    size_t na, nb;
    const char *x = noun_stem(d, a, &na), *y = noun_stem(d, b, &nb);
    if (d->tokens.v[a].script != d->tokens.v[b].script || d->tokens.v[a].kind != EVG_TOK_WORD) return 0;
    if (d->tokens.v[a].script == EVG_SCRIPT_ARAB) { /* مسلحون = المسلحين: the sound plural's two cases */
        na = sound_plural_cut(x, na), nb = sound_plural_cut(y, nb);
        return na == nb && memcmp(x, y, na) == 0;
    }
    if (na == nb) return memcmp(x, y, na) == 0;
    if (na < nb) {
        const char *t = x; size_t nt = na;
        x = y, na = nb, y = t, nb = nt;
    }
    if (na == nb + 1 && x[nb] == 's') return memcmp(x, y, nb) == 0;
    return nb >= 5 && memcmp(x + na - nb, y, nb) == 0;
}

/* The single day told within twelve words after token m in its sentence
 * ("a fire broke out in the market on Tuesday night"): its expression's
 * index, else -1. */
static long day_after_mention(const tx_scan *s, size_t m)
{
    const evg_doc *d = s->doc;
    for (size_t k = 0; k < d->timexes.n; k++) {
        const evg_timex *t = &d->timexes.v[k];
        if ((size_t)t->tok_first <= m || t->section != s->section) continue;
        if ((size_t)t->tok_first > m + 12 || d->tokens.v[t->tok_first].sent != d->tokens.v[m].sent) return -1;
        if (t->type == EVG_TIMEX_DURATION || t->type == EVG_TIMEX_SET || t->begin == EVG_NODATE ||
            t->begin != t->end || (s->dct != EVG_NODATE && t->begin > s->dct))
            continue;
        return (long)k;
    }
    return -1;
}

/* A clock time at token i in a pluperfect clause tells again an event an
 * earlier sentence of the section dated ("A fire broke out in the market
 * on Tuesday night. ... The fire had started at 11 p.m.", "ضرب الزلزال
 * البلدة فجر الأربعاء ... وكان الزلزال قد وقع في الساعة الثالثة"): the
 * index of that day's expression (the latest mention of the clause's noun
 * with a day after it), else -1. */
long tx_pluperfect_event_day(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    size_t subj = pluperfect_subject(d, i);
    if (subj == NO_TOKEN) return -1;
    int sent = d->tokens.v[i].sent;
    for (size_t m = subj; m-- > 0;) {
        if (d->sentences.v[d->tokens.v[m].sent].section != s->section) break;
        if (d->tokens.v[m].sent == sent || !same_noun(d, m, subj)) continue;
        long k = day_after_mention(s, m);
        if (k >= 0) return k;
    }
    return -1;
}

/* Timex k counts back from another point: "two weeks after gunmen killed
 * 26 people on April 22", "بعد نحو شهر من إقالته في 15 أكتوبر" (a length
 * with after/before, بعد/قبل ... من, earlier in its sentence): background,
 * not the story's day. */
int tx_counted_from(const evg_doc *d, size_t k)
{
    const evg_timex *t = &d->timexes.v[k];
    int sent = d->tokens.v[t->tok_first].sent;
    for (size_t j = k; j-- > 0;) {
        const evg_timex *u = &d->timexes.v[j];
        if (d->tokens.v[u->tok_first].sent != sent) return 0;
        if (u->type == EVG_TIMEX_DURATION && (size_t)u->tok_end < d->tokens.n &&
            (evg_tok_is(d, (size_t)u->tok_end, "after") || evg_tok_is(d, (size_t)u->tok_end, "before")))
            return 1;
        if (u->type == EVG_TIMEX_DURATION && u->tok_first > 0 && (size_t)u->tok_end < d->tokens.n &&
            evg_tok_is(d, (size_t)u->tok_end, "\xd9\x85\xd9\x86") && /* بعد/قبل ... من */
            (tx_is(d, (size_t)u->tok_first - 1, "\xd8\xa8\xd8\xb9\xd8\xaf") ||
             tx_is(d, (size_t)u->tok_first - 1, "\xd9\x82\xd8\xa8\xd9\x84")))
            return 1;
    }
    return 0;
}

/* The last dated expression before this one in the same section (its day
 * range), else the reference date: the anchor of "اليوم التالي", "the same
 * day", "من ذلك العام".  single asks for a single day, the story's day:
 * a day told as background (a pluperfect, a day counted from) is passed
 * over when an earlier one is not.  Days after upto are passed over too. */
static int32_t anchor_upto(const tx_scan *s, int single, int32_t upto)
{
    const evg_doc *d = s->doc;
    int32_t first = EVG_NODATE;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin > upto) continue;
        if (!single) return t->begin;
        if (t->begin != t->end) continue;
        if (!tx_pluperfect_before(d, t) && !tx_counted_from(d, k)) return t->begin;
        if (first == EVG_NODATE) first = t->begin;
    }
    return first != EVG_NODATE ? first : s->dct;
}

/* Is the last dated expression of the section longer than one unit
 * (a year or a season before "the following month", a month before "the
 * following week")?  Then the unit next to it is not known. */
int tx_coarse_anchor(const tx_scan *s, int unit)
{
    const evg_doc *d = s->doc;
    int32_t len = unit == TX_U_WEEK ? 7 : unit == TX_U_MONTH ? 31 : unit == TX_U_QUARTER ? 92 : 0;
    for (size_t k = d->timexes.n; len && k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION) continue;
        return t->end - t->begin + 1 > len;
    }
    return 0;
}

int32_t tx_previous_anchor(const tx_scan *s, int single)
{
    return anchor_upto(s, single, INT32_MAX);
}

static int32_t previous_day(const tx_scan *s)
{
    return tx_previous_anchor(s, 1);
}

/* Year of the last dated expression (0 when none): "نيسان من ذلك العام". */
int tx_previous_year(const tx_scan *s)
{
    int32_t d = tx_previous_anchor(s, 0);
    int y, m, dd;
    if (d == EVG_NODATE) return 0;
    evg_civil_from_days(d, &y, &m, &dd);
    return y;
}

/* The year a narrative is at, for an anaphoric "following" at token k
 * ("the following year", "العام التالي", "السنة التالية", "the next
 * spring" with "the"): the year of the last dated expression of the
 * section when it lies before the reference date's year (a story told of
 * an earlier time); 0 otherwise (then "following" counts from the
 * reference date, as "next" does). */
int tx_told_year(const tx_scan *s, size_t k)
{
    static const char *w[] = {"following", "ensuing", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a",
                              "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87"}; /* التالي التاليه */
    int y0, m0, d0, y;
    const evg_doc *d = s->doc;
    int the_next = evg_tok_is(d, k, "next") && k > s->first && evg_tok_is(d, k - 1, "the");
    if (s->dct == EVG_NODATE || (!the_next && !evg_tok_in_static(d, k, w, sizeof w / sizeof *w, EVG_WS_PLAIN))) return 0;
    int32_t a = tx_previous_anchor(s, 0);
    if (a == EVG_NODATE || a == s->dct) return 0;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    evg_civil_from_days(a, &y, &m0, &d0);
    return y < y0 ? y : 0;
}

/* 1 when the Arabic token i carries the article (العام, الأسبوع, "الـ24").
 * The folded إلى and إلا ("الي", "الا") are particles, not ال and a letter,
 * so "هاجروا منذ سنوات إلى أوروبا" keeps its few years (session 15, timex7). */
int tx_definite(const tx_scan *s, size_t i)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    if (n == 6 && (memcmp(w + 4, "\xd9\x8a", 2) == 0 || memcmp(w + 4, "\xd8\xa7", 2) == 0)) return 0; /* الي الا */
    return n >= 4 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0;
}

/* "same" after a unit: نفسه, ذاته (not نفس, ذات, which come before one:
 * "تكرر اليوم نفس السيناريو" is today). Tokens or 0. */
int tx_same_after(const tx_scan *s, size_t q)
{
    int n = tx_word_at(s, q, TX_W_SAME);
    if (n && (tx_is(s->doc, q, "\xd9\x86\xd9\x81\xd8\xb3") || tx_is(s->doc, q, "\xd8\xb0\xd8\xa7\xd8\xaa")))
        return 0; /* نفس ذات */
    return n;
}

/* A part of a day that stands for the day after "the same" or "that": "the
 * same night", "that evening", "الليلة نفسها". */
static int night_word(const evg_doc *d, size_t q)
{
    static const char *w[] = {"night", "evening", "morning", "afternoon",
                              "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87"}; /* الليله */
    return evg_tok_in_static(d, q, w, sizeof w / sizeof *w, EVG_WS_WAW_FA); /* tx_is of each */
}

/* Does token q begin with the letter ب (a word of one Latin letter does not)? */
int tx_opens_with_ba(const evg_doc *d, size_t q)
{
    size_t n;
    const char *w = evg_tok_text(d, &d->tokens.v[q], &n);
    return n >= 2 && memcmp(w, "\xd8\xa8", 2) == 0;
}

/* "ذلك اليوم", "اليوم نفسه", "العام ذاته", "that year", "the same day": a unit
 * that points back to the period last mentioned.  Returns the end or 0. */
size_t tx_anaphoric_unit(const tx_scan *s, size_t i, int *unit)
{
    size_t q = i;
    int n, f, that = 0;
    int before = 0; /* نفس اليوم, ذات العام: "same" before a definite unit */
    if (tx_word_at(s, q, TX_W_THE) && tx_word_at(s, q + 1, TX_W_SAME)) q += 2, that = 1;
    else if ((n = tx_word_at(s, q, TX_W_THAT))) q += (size_t)n, that = 1;
    else if (!s->en && (n = tx_word_at(s, q, TX_W_SAME))) q += (size_t)n, that = before = 1;
    if (that && !before && s->en && (n = tx_word_at(s, q, TX_W_SAME))) q += (size_t)n; /* that same day */
    if (before && (q >= s->end || !tx_definite(s, q))) return 0; /* ذات يوم: one day */
    if (that && !s->en && q < s->end && s->doc->tokens.v[q].kind == EVG_TOK_WORD && tx_opens_with_ba(s->doc, q))
        return 0; /* "بعد ذلك بيوم": a day after that, an amount (then_sign) */
    if (tx_is(s->doc, q, AR_ALYAWM) || night_word(s->doc, q)) {
        *unit = TX_U_DAY;
        n = 1;
    } else if (!(n = tx_unit_at(s, q, unit, &f)) || (f & (TX_F_PLURAL | TX_F_DUAL)) ||
               (*unit == TX_U_WEEK && !(that && s->en && q > i + 1 && tx_word_at(s, q - 1, TX_W_SAME))) ||
               *unit > TX_U_YEAR) {
        return 0;
    }
    q += (size_t)n;
    if (!that && !(n = tx_same_after(s, q))) return 0;
    return that ? q : q + (size_t)n;
}

/* "اليوم نفسه للقصف الأول", "the same day as the first strike": after
 * the anaphor at e, a noun and "first" point to the first of the days just
 * told, not the last.  Returns the tokens read (0 = no such phrase). */
static size_t first_of_days(const tx_scan *s, size_t e)
{
    static const char *first[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84",            /* الاول */
                                  "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a"}; /* الاولي */
    size_t n;
    if (e + 1 >= s->end) return 0;
    if (s->en) return evg_tok_is(s->doc, e, "as") && evg_tok_is(s->doc, e + 1, "the") && e + 2 < s->end &&
                      evg_tok_is(s->doc, e + 2, "first") ? 3 : 0;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[e], &n);
    if (n < 6 || memcmp(w, "\xd9\x84", 2) != 0) return 0; /* ل + a noun: للقصف */
    return evg_tok_is(s->doc, e + 1, first[0]) || evg_tok_is(s->doc, e + 1, first[1]) ? 2 : 0;
}

/* The earliest single day told in the section over this sentence and the
 * two before it (EVG_NODATE if none). */
static int32_t earliest_recent_day(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    int sent = d->tokens.v[s->first].sent;
    int32_t best = EVG_NODATE;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent + 2 < sent) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin != t->end) continue;
        if (best == EVG_NODATE || t->begin < best) best = t->begin;
    }
    return best;
}

/* A whole line with text stands between bytes a and b (a paragraph in between). */
static int line_between(const evg_doc *d, int32_t a, int32_t b)
{
    const char *p = d->raw.p + a, *e = d->raw.p + b;
    const char *nl = a < b ? memchr(p, '\n', (size_t)(e - p)) : NULL;
    for (int text = 0; nl && nl < e; nl++) {
        if (*nl == '\n') {
            if (text) return 1;
            text = 0;
        } else if (*nl != ' ' && *nl != '\t' && *nl != '\r') {
            text = 1;
        }
    }
    return 0;
}

/* The lead's day: the first single day of the section that is not told as
 * background (EVG_NODATE if none), when the last dated expression before
 * token i lies a whole paragraph or more back.  Such a far "اليوم نفسه" /
 * "the same day" goes back to the story's event ("قتل 32 شخصاً فجر السبت ...
 * بحسب حصيلة أعلنتها الوزارة أمس الأحد. ¶ (a paragraph with no date) ¶ ودعت
 * البعثة في اليوم نفسه": Saturday), not to the last day told in passing;
 * right after a dated paragraph it goes on from that paragraph's day, and a
 * pluperfect clause goes on with the background day just told. */
/* Does timex t stand alone in a dateline, "PLACE - DATE" on a line of its
 * own ("بغداد - 10 تموز/يوليو 2017", "مدريد - الاثنين 30 أكتوبر 2017")?
 * The publication day it gives is no day of the story. */
static int dateline_day(const evg_doc *d, const evg_timex *t)
{
    const char *p = d->raw.p, *e = d->raw.p + d->raw.n;
    const char *a = p + t->os, *b = p + t->oe;
    while (b < e && (*b == ' ' || *b == '\t' || *b == '\r')) b++;
    if (b < e && *b != '\n') return 0;
    int dash = 0;
    for (const char *k = a; k > p && k[-1] != '\n'; k--) {
        if (k[-1] == '.' || (a - k) > 60) return 0;
        if (k[-1] == '-' || (k - p >= 3 && memcmp(k - 3, "\xe2\x80\x93", 3) == 0)) dash = 1;
    }
    return dash;
}

static int32_t lead_day(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    const evg_token *tok = &d->tokens.v[i];
    int32_t lead = EVG_NODATE, last_end = -1;
    if (pluperfect_at(d, i, 16)) return EVG_NODATE; /* "وكانت الرسالة قد دفعت ... في اليوم نفسه" */
    for (size_t k = 0; k < d->timexes.n; k++) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION) continue;
        last_end = t->oe;
        if (lead != EVG_NODATE || t->begin != t->end || dateline_day(d, t)) continue;
        if (!tx_pluperfect_before(d, t) && !tx_counted_from(d, k)) lead = t->begin;
    }
    return last_end >= 0 && line_between(d, last_end, tok->os) ? lead : EVG_NODATE;
}

/* A relative clause right after the anaphor at e: "اليوم نفسه الذي دخلت
 * فيه القوات", "the same day that/when troops entered". */
static int clause_after(const tx_scan *s, size_t e)
{
    static const char *w[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", /* الذي */
                              "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", /* التي */
                              "that", "when"};
    return e < s->end && evg_tok_in_static(s->doc, e, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

static int32_t story_day(const tx_scan *s);

/* The stem of token k for matching a clause with an earlier sentence: the
 * folded word with و, ال and a final ها/ه/هم taken off ("العقوبات" and
 * "عقوباتها" both "عقوبات"); *n its bytes, NULL for short or function
 * words and English names. */
static const char *clause_stem(const evg_doc *d, size_t k, size_t *n)
{
    static const char *stop[] = {"\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", /* خلال */
                                 "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", /* عندما */
                                 "which", "their", "there", "where", "about", "after", "would", "could", "those", "these"};
    const char *w = evg_tok_text(d, &d->tokens.v[k], n);
    if (d->tokens.v[k].kind != EVG_TOK_WORD || evg_tok_in_static(d, k, stop, sizeof stop / sizeof *stop, EVG_WS_WAW_FA))
        return NULL;
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB) /* English: no names ("Pakistan's envoy") */
        return *n >= 5 && !(d->raw.p[d->tokens.v[k].os] >= 'A' && d->raw.p[d->tokens.v[k].os] <= 'Z') ? w : NULL;
    if (*n > 8 && memcmp(w, "\xd9\x88", 2) == 0) w += 2, *n -= 2;                         /* و */
    if (*n > 8 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0) w += 4, *n -= 4;               /* ال */
    if (*n > 10 && memcmp(w + *n - 4, "\xd9\x87\xd8\xa7", 4) == 0) *n -= 4;             /* ها */
    else if (*n > 10 && memcmp(w + *n - 4, "\xd9\x87\xd9\x85", 4) == 0) *n -= 4;        /* هم */
    else if (*n > 8 && memcmp(w + *n - 2, "\xd9\x87", 2) == 0) *n -= 2;                   /* ه */
    return *n >= 8 ? w : NULL;
}

/* How many words of the clause that runs from token c to the next
 * punctuation the sentence of token t (before token stop) holds.  Words
 * match on their first four letters (Arabic) or five (English). */
static int shares_clause(const evg_doc *d, size_t t, size_t stop, size_t c)
{
    size_t a = t, ln, cn;
    int shared = 0;
    while (a > 0 && d->tokens.v[a - 1].sent == d->tokens.v[t].sent) a--;
    for (size_t k = c; k < d->tokens.n && k < c + 10 && d->tokens.v[k].kind != EVG_TOK_PUNCT; k++) {
        const char *cw = clause_stem(d, k, &cn), *w;
        size_t m = d->tokens.v[k].script == EVG_SCRIPT_ARAB ? 8 : 5, j = a;
        while (cw && j < stop && d->tokens.v[j].sent == d->tokens.v[t].sent &&
               !((w = clause_stem(d, j, &ln)) && memcmp(w, cw, m) == 0))
            j++;
        shared += cw && j < stop && d->tokens.v[j].sent == d->tokens.v[t].sent;
    }
    return shared;
}

/* "اليوم نفسه الذي أعلنت فيه واشنطن عقوباتها ... فرضت واشنطن العقوبات يوم
 * الاثنين": the last single day before token i whose sentence tells of the
 * clause at c (two of its words in common; one is too weak: "the same day
 * that Pakistan's envoy held talks" is new news, on the story's day), else
 * the story's day. */
static int32_t clause_day(const tx_scan *s, size_t i, size_t c)
{
    const evg_doc *d = s->doc;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin != t->end) continue;
        if (shares_clause(d, (size_t)t->tok_first, i, c + 1) >= 2) return t->begin;
    }
    return story_day(s);
}

/* The story's day: the first single day of the section not told as
 * background (EVG_NODATE if none). */
static int32_t story_day(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    for (size_t k = 0; k < d->timexes.n; k++) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION) continue;
        if (t->begin == t->end && !tx_pluperfect_before(d, t) && !tx_counted_from(d, k) && !dateline_day(d, t))
            return t->begin;
    }
    return EVG_NODATE;
}

/* "اليوم نفسه", "في ذلك الشهر", "that year": the period of the last date. */
static size_t anaphoric_same(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *dp;
    int unit, y, m, d, n = tx_kind_at(s, i, TX_DAYPART, &dp);
    size_t e = tx_anaphoric_unit(s, i + (size_t)n, &unit);
    if (!e || (n && unit != TX_U_DAY)) return 0;
    int32_t a = unit == TX_U_DAY || unit == TX_U_WEEK ? previous_day(s) : tx_previous_anchor(s, 0);
    if (unit == TX_U_DAY && first_of_days(s, e) && earliest_recent_day(s) != EVG_NODATE)
        a = earliest_recent_day(s); /* the same day as the first strike */
    else if (unit == TX_U_DAY && clause_after(s, e) && clause_day(s, i, e) != EVG_NODATE)
        a = clause_day(s, i, e); /* the same day that the troops entered */
    else if (unit == TX_U_DAY && lead_day(s, i) != EVG_NODATE)
        a = lead_day(s, i); /* a later paragraph: the lead's day */
    if (unit == TX_U_DAY && a != EVG_NODATE && s->dct != EVG_NODATE && a > s->dct && s->past && !s->future)
        a = anchor_upto(s, 1, s->dct); /* "أصدر ... في اليوم نفسه" after a day still ahead: a past day */
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (a == EVG_NODATE) {
        snprintf(h->value, sizeof h->value, "%s", unit == TX_U_DAY ? "XXXX-XX-XX" : unit == TX_U_WEEK ? "XXXX-WXX" : unit == TX_U_MONTH ? "XXXX-XX" : "XXXX");
        return tx_set_hit(h, i, e);
    }
    evg_civil_from_days(a, &y, &m, &d);
    if (unit == TX_U_DAY) tx_day_value(a, h->value, sizeof h->value);
    else if (unit == TX_U_WEEK) { /* "that same week": the ISO week of the story's day */
        int wy, wn;
        tx_iso_week(a, &wy, &wn);
        snprintf(h->value, sizeof h->value, "%04d-W%02d", wy, wn);
    } else if (unit == TX_U_MONTH) snprintf(h->value, sizeof h->value, "%04d-%02d", y, m);
    else if (unit == TX_U_QUARTER) snprintf(h->value, sizeof h->value, "%04d-Q%d", y, (m - 1) / 3 + 1);
    else snprintf(h->value, sizeof h->value, "%04d", y);
    return tx_set_hit(h, i, e);
}

/* A dated day right after "the day before/after" or after "اليوم التالي/السابق"
 * + ل ("the day after Christmas", "اليوم السابق لعيد الأضحى"): *anchor gets
 * its first day (dir < 0) or its last; returns its end, 0 when none. */
static size_t named_anchor(const tx_scan *s, size_t q, int dir, int32_t *anchor)
{
    tx_hit x;
    int32_t b, e;
    size_t n;
    if (q >= s->end || s->doc->tokens.v[q].kind != EVG_TOK_WORD) return 0;
    if (s->doc->tokens.v[q].script == EVG_SCRIPT_ARAB &&
        memcmp(evg_tok_text(s->doc, &s->doc->tokens.v[q], &n), "\xd9\x84", 2) != 0)
        return 0; /* Arabic: only the ل of "لعيد الفطر" links a day */
    memset(&x, 0, sizeof x);
    size_t end = tx_parse_plain(s, q, &x);
    if (!end || x.type != EVG_TIMEX_DATE) return 0;
    evg_value_range(x.value, &b, &e);
    if (b == EVG_NODATE || e - b > 6) return 0;
    *anchor = dir < 0 ? b : e;
    return end;
}

/* The stem of the event noun after "the day before/after the" (English: a
 * lower-case word of four letters or more) or right after "اليوم التالي/السابق"
 * with ل and the article ("للانتخابات": "انتخابات"); *n its bytes, NULL
 * when token q is none.  *en is set for an English word. */
static const char *event_noun(const tx_scan *s, size_t q, size_t *n, int *en)
{
    const evg_doc *d = s->doc;
    if (q >= s->end || d->tokens.v[q].kind != EVG_TOK_WORD) return NULL;
    const char *w = evg_tok_text(d, &d->tokens.v[q], n);
    *en = d->tokens.v[q].script != EVG_SCRIPT_ARAB;
    if (*en) return *n >= 4 && w[0] >= 'a' && w[0] <= 'z' ? w : NULL;
    if (*n < 12 || memcmp(w, "\xd9\x84\xd9\x84", 4) != 0) return NULL; /* لل */
    *n -= 4;
    return w + 4;
}

/* Does the sentence of token t hold the event noun w (n bytes)?  English
 * words match whole or on their first five letters ("vote", "elections"),
 * Arabic stems (clause_stem) on their first four letters. */
static int sentence_holds(const evg_doc *d, size_t t, const char *w, size_t n, int en)
{
    size_t a = t, ln;
    while (a > 0 && d->tokens.v[a - 1].sent == d->tokens.v[t].sent) a--;
    for (size_t j = a; j < d->tokens.n && d->tokens.v[j].sent == d->tokens.v[t].sent; j++) {
        const char *x = en ? evg_tok_text(d, &d->tokens.v[j], &ln) : clause_stem(d, j, &ln);
        if (!x || d->tokens.v[j].kind != EVG_TOK_WORD) continue;
        if (en && ((ln == n && strncasecmp(x, w, n) == 0) || (ln >= 5 && n >= 5 && strncasecmp(x, w, 5) == 0)))
            return 1;
        if (!en && ln >= 8 && n >= 8 && memcmp(x, w, 8) == 0) return 1;
    }
    return 0;
}

/* "the day after the vote", "the day before the attack", "اليوم التالي
 * للانتخابات": the last single day of the section before token i whose
 * sentence names that event; *anchor is left alone when none does.
 * q is the token after "after"/"before" or after التالي/السابق. */
static void event_anchor(const tx_scan *s, size_t i, size_t q, int32_t *anchor)
{
    const evg_doc *d = s->doc;
    size_t n;
    int en;
    if (q < s->end && evg_tok_is(d, q, "the")) q++;
    else if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) return; /* "the day after talks" */
    const char *w = event_noun(s, q, &n, &en);
    for (size_t k = d->timexes.n; w && k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin != t->end) continue;
        if ((size_t)t->tok_first < i && sentence_holds(d, (size_t)t->tok_first, w, n, en)) {
            *anchor = t->begin;
            return;
        }
    }
}

/* "earlier in the year", "later in the month", "earlier in the week": that
 * period of the reference date.  End or 0. */
static size_t in_the_period(const tx_scan *s, size_t i, tx_hit *h)
{
    static const int units[] = {TX_U_WEEK, TX_U_MONTH, TX_U_YEAR};
    int n = tx_word_at(s, i, TX_W_INTHE);
    for (size_t k = 0; n && k < sizeof units / sizeof *units; k++) {
        if (!tx_unit_is(s, i + (size_t)n, units[k])) continue;
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        tx_period_value(s, units[k], 0, h->value, sizeof h->value);
        return tx_set_hit(h, i, i + (size_t)n + 1);
    }
    return 0;
}

/* The day a count was told from just before token i ("The vote came six
 * weeks after the draft was presented on February 20.  Unions struck the
 * following day", "بعد نحو شهر من استقالته يوم 10 فبراير، ... في اليوم
 * التالي"): the last dated expression of the section, a single day that
 * tx_counted_from calls background, in i's sentence or the one before it
 * with no paragraph between.  EVG_NODATE when there is none.  Such a day is
 * passed over as the story's day, but a "next day" right after it counts
 * from it. */
static int32_t near_counted_day(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    int sent = d->tokens.v[i].sent;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) return EVG_NODATE;
        if ((size_t)t->tok_first >= i || t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION) continue;
        if (t->begin != t->end || !tx_counted_from(d, k)) return EVG_NODATE;
        if (d->tokens.v[t->tok_first].sent + 1 < sent || line_between(d, t->oe, d->tokens.v[i].os))
            return EVG_NODATE;
        return t->begin;
    }
    return EVG_NODATE;
}

/* "اليوم التالي", "اليوم السابق", "the following day" (or morning, evening,
 * night), "the day before": a day
 * counted from the last date of the text (or the reference date); "اليوم
 * نفسه", "that day": the last date itself. */
size_t tx_p_anaphoric_day(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *dp;
    size_t q = i;
    int n, dir = 0;
    size_t e = anaphoric_same(s, i, h);
    if (e) return e;
    if ((e = in_the_period(s, i, h))) return e;
    if ((n = tx_word_at(s, q, TX_W_STORYDAY))) { /* earlier in the day */
        int32_t a = previous_day(s);
        if (a != EVG_NODATE && s->dct != EVG_NODATE && a > s->dct && !s->future)
            a = anchor_upto(s, 1, s->dct); /* "Earlier in the day, X reported" after a day still ahead: a past day */
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        if (a == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
        else tx_day_value(a, h->value, sizeof h->value);
        return tx_set_hit(h, i, q + (size_t)n);
    }
    if ((n = tx_kind_at(s, q, TX_DAYPART, &dp))) q += (size_t)n; /* صباح اليوم التالي */
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if (tx_is(s->doc, q, AR_ALYAWM) && (n = tx_dir_at(s, q + 1, &dir)) && dir != 0) {
        q += 1 + (size_t)n;
    } else if ((n = tx_dir_en(s, q, &dir)) && dir != 0 &&
               (evg_tok_is(s->doc, q + (size_t)n, "day") || evg_tok_is(s->doc, q + (size_t)n, "morning") ||
                evg_tok_is(s->doc, q + (size_t)n, "evening") || evg_tok_is(s->doc, q + (size_t)n, "night") ||
                evg_tok_is(s->doc, q + (size_t)n, "afternoon"))) {
        q += (size_t)n + 1; /* the following day; "the previous evening": its day (CONTRACT.md) */
    } else if (evg_tok_is(s->doc, q, "day") && (evg_tok_is(s->doc, q + 1, "before") ||
                                                  (evg_tok_is(s->doc, q + 1, "after") && !evg_tok_is(s->doc, q + 2, "day")))) {
        dir = evg_tok_is(s->doc, q + 1, "before") ? -1 : 1;
        q += 2;
    } else {
        return 0;
    }
    int32_t anchor = previous_day(s), counted = near_counted_day(s, i);
    if (counted != EVG_NODATE) anchor = counted; /* after a day counted from */
    size_t xe = named_anchor(s, q, dir, &anchor); /* the day after Christmas, اليوم التالي لعيد الفطر */
    if (xe) q = xe;
    else event_anchor(s, i, q, &anchor); /* the day after the vote, اليوم التالي للانتخابات */
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (anchor == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else tx_day_value(anchor + (dir < 0 ? -1 : 1), h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

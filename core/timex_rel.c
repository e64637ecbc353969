/*
 * timex_rel.c - relative time expressions: days counted from the reference
 * date (أمس السبت, بعد غد, "today at 5 pm"), clock times alone ("الساعة 6
 * مساء"), anaphoric days and periods (اليوم التالي, اليوم نفسه, "من ذلك
 * العام", "that year": the last date of the section), weekdays with their
 * direction ("next Friday" = Friday of next week; "Friday after next"),
 * "3 fridays from now", units with a direction (الشهر الماضي, next week,
 * the last three days, two upcoming weeks), seasons, quarters, durations
 * (ثلاثة أيام, three-day, "قرابة أسبوع" with mod APPROX, hours and minutes
 * as PT..H/M) and "N units ago"; an amount counted from an event ("بعد
 * ثلاثة أشهر من الاتفاق") stays a DURATION, one counted from a dated day
 * ("three days after Easter 2024") is that date; vague references, parts of
 * a period (mod START/MID/END, EOM), the n-th weekday or day of a month
 * ("fifth last day of May"), the n-th week of a month or year (ISO weeks
 * wholly inside it), "the week of <date>", and named holidays (also
 * "thanksgiving in 9 months"), decades ("ثمانينيات القرن الماضي" ->
 * 1980/1989), "the (n-th) closest Monday/Christmas to <day>" and "the
 * (n-th) Tuesday after/before <day>" (ثالث ثلاثاء بعد كريسماس 2014).
 * Counts may be words ("خمسة وعشرين", "twenty-five", "مئة وعشرين", "three
 * hundred") or an unknown few (بضعة أيام, several days: PXD; "a few weeks
 * ago": PAST_REF).  English "in N units" is a day ahead, but the span just
 * past (a DURATION) after a superlative or "first" ("the first visit in 24
 * years"), after "in over", or for ten years and more with no future cue.
 * Also: a clock time with its day ("6 a.m. on Friday", "الساعة السادسة صباح
 * الجمعة", "Friday at 6 a.m."), two weekdays joined by و/and (resolved from
 * the second; "يومي الأربعاء والخميس" is one interval), the weekend
 * (2022-W37-WE), halves of a year (2024-H1), decades as lengths (عقدين =
 * P20Y), "the next ten years" as a length after a span word, "سنة واحدة"
 * (the number after the unit), and English "three days later" counted from
 * the last date of the section; so are "بعد ذلك بيومين", "two days after
 * that" and بعد/after an amount in a past clause.  Also: "earlier in the
 * day" (the story's day), "في وقت سابق من اليوم" (the period after the
 * vague word), weekday ranges ("من السبت إلى الخميس": one interval), the
 * eve and the morrow of a dated day (عشية, غداة, "on the eve of"),
 * anniversaries ("في مثل هذا اليوم من عام 1973"), halves of a month and
 * "the first nine months of 2024", and unknown counts after a lead word
 * ("خلال ساعات": PTXH).
 * Each tx_p_* returns the index past its
 * match (0 = none) and fills a tx_hit; timex_parse.c picks the longest.
 */
#include "timex_int.h"

#include <stdio.h>

/* ---- relative expressions ---- */

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

static int pluperfect_before(const evg_doc *d, const evg_timex *t)
{
    return pluperfect_at(d, (size_t)t->tok_first, 8) || relative_past_at(d, (size_t)t->tok_first) ||
           relative_past_ar(d, (size_t)t->tok_first);
}

/* Timex k counts back from another point: "two weeks after gunmen killed
 * 26 people on April 22", "بعد نحو شهر من إقالته في 15 أكتوبر" (a length
 * with after/before, بعد/قبل ... من, earlier in its sentence): background,
 * not the story's day. */
static int counted_from(const evg_doc *d, size_t k)
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
        if (!pluperfect_before(d, t) && !counted_from(d, k)) return t->begin;
        if (first == EVG_NODATE) first = t->begin;
    }
    return first != EVG_NODATE ? first : s->dct;
}

/* Is the last dated expression of the section longer than one unit
 * (a year or a season before "the following month", a month before "the
 * following week")?  Then the unit next to it is not known. */
static int coarse_anchor(const tx_scan *s, int unit)
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

static int32_t previous_anchor(const tx_scan *s, int single)
{
    return anchor_upto(s, single, INT32_MAX);
}

static int32_t previous_day(const tx_scan *s)
{
    return previous_anchor(s, 1);
}

/* Year of the last dated expression (0 when none): "نيسان من ذلك العام". */
int tx_previous_year(const tx_scan *s)
{
    int32_t d = previous_anchor(s, 0);
    int y, m, dd;
    if (d == EVG_NODATE) return 0;
    evg_civil_from_days(d, &y, &m, &dd);
    return y;
}

static int definite(const tx_scan *s, size_t i);

/* "same" after a unit: نفسه, ذاته (not نفس, ذات, which come before one:
 * "تكرر اليوم نفس السيناريو" is today). Tokens or 0. */
static int same_after(const tx_scan *s, size_t q)
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
static int opens_with_ba(const evg_doc *d, size_t q)
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
    if (before && (q >= s->end || !definite(s, q))) return 0; /* ذات يوم: one day */
    if (that && !s->en && q < s->end && s->doc->tokens.v[q].kind == EVG_TOK_WORD && opens_with_ba(s->doc, q))
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
    if (!that && !(n = same_after(s, q))) return 0;
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
        if (!pluperfect_before(d, t) && !counted_from(d, k)) lead = t->begin;
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
        if (t->begin == t->end && !pluperfect_before(d, t) && !counted_from(d, k) && !dateline_day(d, t))
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
    int32_t a = unit == TX_U_DAY || unit == TX_U_WEEK ? previous_day(s) : previous_anchor(s, 0);
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
    int32_t anchor = previous_day(s);
    size_t xe = named_anchor(s, q, dir, &anchor); /* the day after Christmas, اليوم التالي لعيد الفطر */
    if (xe) q = xe;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (anchor == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else tx_day_value(anchor + (dir < 0 ? -1 : 1), h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

/* The value of a day (offset off from the reference date), with a clock
 * time when sp has one: "2023-09-24", "2023-09-24T17:00", "XXXX-XX-XX". */
static void day_time_value(const tx_scan *s, int off, const tx_spec *sp, tx_hit *h)
{
    char d[16];
    h->relative = 1;
    h->type = sp->has_time ? EVG_TIMEX_TIME : EVG_TIMEX_DATE;
    if (s->dct == EVG_NODATE) snprintf(d, sizeof d, "XXXX-XX-XX");
    else tx_day_value(s->dct + off, d, sizeof d);
    if (sp->has_time) snprintf(h->value, sizeof h->value, "%sT%02d:%02d", d, sp->hh, sp->mi);
    else snprintf(h->value, sizeof h->value, "%s", d);
}

/* أمس, اليوم, غدا, "أمس السبت" (the offset wins), "today at 5 pm", "أمس
 * الساعة 6 مساء" (a TIME on that day). */
/* English "overnight" alone is the night that ends on the reference day
 * (data/timewords.tsv: rel 0): "strikes overnight killed 12".  Not before
 * the day it names ("overnight Saturday", "overnight into Thursday": that
 * day's expression) nor as an adjective after a determiner ("an overnight
 * stay", "the overnight rate"). */
static int overnight_alone(const tx_scan *s, size_t q)
{
    static const char *det[] = {"a", "an", "the", "its", "their", "his", "her", "our"};
    static const char *next[] = {"into", "to", "from", "on", "of", "between"};
    const uint32_t day = (1u << TX_WEEKDAY) | (1u << TX_MONTH) | (1u << TX_REL);
    if (q + 1 < s->end && (s->mask[q + 1] & day)) return 0;
    for (size_t k = 0; k < sizeof next / sizeof *next; k++)
        if (evg_tok_is(s->doc, q + 1, next[k])) return 0;
    for (size_t k = 0; q > s->first && k < sizeof det / sizeof *det; k++)
        if (evg_tok_is(s->doc, q - 1, det[k])) return 0;
    return 1;
}

#define AR_GHAD "\xd8\xba\xd8\xaf" /* غد */

/* "اليوم الوطني", "باليوم العالمي للمياه", "اليوم الدولي للمرأة": a named
 * day of the year (holidays.tsv reads those it can date), never "today";
 * 1 when the token at q is such an adjective. */
static int named_day_adjective(const tx_scan *s, size_t q)
{
    static const char *adj[] = {"\xd8\xa7\xd9\x84\xd9\x88\xd8\xb7\xd9\x86\xd9\x8a",             /* الوطني */
                                "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x84\xd9\x85\xd9\x8a",   /* العالمي */
                                "\xd8\xa7\xd9\x84\xd8\xaf\xd9\x88\xd9\x84\xd9\x8a"};            /* الدولي */
    if (q >= s->end || s->en) return 0;
    for (size_t k = 0; k < sizeof adj / sizeof *adj; k++)
        if (evg_tok_is(s->doc, q, adj[k])) return 1;
    return 0;
}

size_t tx_p_relday(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n;
    memset(&sp, 0, sizeof sp);
    if ((n = tx_kind_at(s, q, TX_DAYPART, &e)) && tx_is(s->doc, q + (size_t)n, AR_GHAD)) {
        q += (size_t)n + 1; /* صباح غد, مساء غد: غد alone is also "the future" (غد أفضل), so only after a part of a day */
        if ((n = tx_kind_at(s, q, TX_WEEKDAY, &e))) q += (size_t)n; /* مساء غد الخميس */
        tx_parse_time(s, &q, &sp);
        day_time_value(s, 1, &sp, h);
        return tx_set_hit(h, i, q);
    }
    if ((n = tx_kind_at(s, q, TX_DAYPART, &e)) && tx_kind_at(s, q + (size_t)n, TX_REL, &e)) q += (size_t)n;
    if (!(n = tx_kind_at(s, q, TX_REL, &e))) return 0;
    int off = e->val, d;
    if (n == 1 && tx_is(s->doc, q, AR_ALYAWM) &&
        (same_after(s, q + 1) || (tx_dir_at(s, q + 1, &d) && d != 0)))
        return 0; /* اليوم التالي, اليوم نفسه: anaphoric */
    if (n == 1 && tx_is(s->doc, q, AR_ALYAWM) && q + 1 < s->end &&
        (tx_is(s->doc, q + 1, "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a") || tx_is(s->doc, q + 1, "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a")))
        return 0; /* "اليوم الذي غادر فيه قريته": the day on which, not today */
    if (n == 1 && tx_is(s->doc, q, AR_ALYAWM) && q + 1 < s->end &&
        (s->mask[q + 1] & (1u << TX_ORD)) && !(s->mask[q + 1] & (1u << TX_WEEKDAY)))
        return 0; /* اليوم الثالث, اليوم الأول من الزيارة: the n-th day of something */
    if (n == 1 && evg_tok_is(s->doc, q, "overnight") && !overnight_alone(s, q)) return 0;
    if (n == 1 && named_day_adjective(s, q + 1)) return 0;
    q += (size_t)n;
    if ((n = tx_kind_at(s, q, TX_WEEKDAY, &e))) q += (size_t)n;
    tx_parse_time(s, &q, &sp);
    day_time_value(s, off, &sp, h);
    return tx_set_hit(h, i, q);
}

/* The day after a clock time: "6 a.m. on Friday", "at 10 p.m. Thursday",
 * "at 6 a.m. on March 3", "الساعة السادسة صباح الجمعة", "السادسة من صباح
 * يوم الجمعة": a TIME on that day (the weekday or date resolved as alone).
 * Returns the end of the day (h filled), 0 when no single day follows. */
static size_t clock_day(const tx_scan *s, size_t q, const tx_spec *sp, tx_hit *h)
{
    const tx_ent *e;
    tx_hit d;
    int n;
    char day[sizeof h->value];
    int hh = sp->hh;
    q += (size_t)tx_zone_len(s, q); /* 4 a.m. local time on Friday, 8 p.m. EST Sunday */
    if (tx_word_at(s, q, TX_W_IN) || tx_comma_at(s, q)) q++; /* on Friday, في يوم */
    else if (tx_word_at(s, q, TX_W_FROM) && tx_kind_at(s, q + 1, TX_DAYPART, &e)) q++; /* من صباح */
    int night = 0;
    if ((n = tx_kind_at(s, q, TX_DAYPART, &e))) {
        if (!sp->has_ampm && tx_kind_at(s, q, TX_AMPM, &e) && e->val == 1 && hh < 12) hh += 12; /* من مساء */
        night = tx_is(s->doc, q, "\xd9\x84\xd9\x8a\xd9\x84") && hh < 6; /* منتصف ليل السبت: the night after Saturday */
        q += (size_t)n;
    }
    memset(&d, 0, sizeof d);
    size_t end = tx_parse_plain(s, q, &d);
    if (!end || d.type != EVG_TIMEX_DATE) return 0;
    int32_t nd;
    if (night && strlen(d.value) == 10 && evg_parse_day(d.value, &nd) == 0) tx_day_value(nd + 1, d.value, sizeof d.value);
    size_t len = strlen(d.value);
    if (len == 10 && evg_parse_day(d.value, &(int32_t){0}) != 0 && strcmp(d.value, "XXXX-XX-XX") != 0) return 0;
    if (len != 10 && strncmp(d.value, "XXXX-WXX-", 9) != 0) return 0;
    snprintf(day, sizeof day, "%s", d.value);
    snprintf(h->value, sizeof h->value, "%.24sT%02u:%02u", day, (unsigned)hh % 24u, (unsigned)sp->mi % 60u);
    h->type = EVG_TIMEX_TIME;
    h->relative = d.relative;
    return end;
}

/* An Arabic hour word at i ("السادسة من صباح اليوم"): tx_parse_time read it. */
static int hour_named(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    return tx_kind_at(s, i, TX_ORD, &e) && s->doc->tokens.v[i].script == EVG_SCRIPT_ARAB;
}

/* A clock time at token i told with the single day t just before it, only
 * a comma, عند, في, "at" or "on" between ("يوم الثلاثاء 4 آب عند الساعة
 * السادسة", "on March 3, at 5 p.m."): the time of that day, even when the
 * day is told as background. */
static int clock_joined(const tx_scan *s, const evg_timex *t, size_t i)
{
    static const char *link[] = {"\xd8\xb9\xd9\x86\xd8\xaf", /* عند */
                                 "\xd9\x81\xd9\x8a", "at", "on", "around"}; /* في */
    if (t->section != s->section || t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE || t->begin != t->end ||
        (size_t)t->tok_end > i || (size_t)t->tok_first < s->first || i - (size_t)t->tok_end > 2)
        return 0;
    for (size_t k = (size_t)t->tok_end; k < i; k++)
        if (!tx_comma_at(s, k) && !evg_tok_in_static(s->doc, k, link, sizeof link / sizeof *link, EVG_WS_PLAIN))
            return 0;
    return 1;
}

/* Was the day t told as its night or evening: "ليل الخميس", "مساء الجمعة",
 * "late on Tuesday", "Saturday night", "Sunday evening"?  The small hours
 * told after it are then those of the next day. */
static int told_as_night(const tx_scan *s, const evg_timex *t)
{
    static const char *ar[] = {"\xd9\x84\xd9\x8a\xd9\x84", "\xd9\x85\xd8\xb3\xd8\xa7\xd8\xa1"}; /* ليل مساء */
    static const char *after[] = {"night", "evening", "overnight"};
    const evg_doc *d = s->doc;
    size_t f = (size_t)t->tok_first, e = (size_t)t->tok_end;
    for (size_t k = 0; k < 2; k++) {
        if (tx_is(d, f, ar[k])) return 1;
        if (f > 0 && d->tokens.v[f - 1].sent == d->tokens.v[f].sent && tx_is(d, f - 1, ar[k])) return 1;
    }
    if (f > 0 && evg_tok_is(d, f - 1, "late")) return 1;
    if (f > 1 && evg_tok_is(d, f - 1, "on") && evg_tok_is(d, f - 2, "late")) return 1;
    for (size_t k = 0; k < sizeof after / sizeof *after; k++)
        if ((e > f && evg_tok_is(d, e - 1, after[k])) || (e < d->tokens.n && evg_tok_is(d, e, after[k]))) return 1;
    return 0;
}

/* The offset of day t for a clock time of hour hh: a small hour (midnight
 * to 5 in the morning) after a day told as its night is the next day's
 * ("ليل السبت ... نحو الساعة الثانية فجرا" is early Sunday). */
static int clock_offset(const tx_scan *s, const evg_timex *t, int hh)
{
    int off = (int)(t->begin - s->dct);
    return hh >= 0 && hh < 6 && told_as_night(s, t) ? off + 1 : off;
}

/* A past verb in the sentence before token i, listed ("said", "قال") or
 * by its shape ("agreed", "اتفقت"): a future there may be one seen from
 * the past ("had agreed to halt the fighting from 5 p.m."). */
static int past_verb_before(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    for (size_t k = s->first; k < i; k++) {
        if (s->mask[k] & (1u << TX_PAST)) return 1;
        if (d->tokens.v[k].kind != EVG_TOK_WORD || s->mask[k]) continue;
        if (d->tokens.v[k].script == EVG_SCRIPT_LATN ? tx_en_past(d, k) : tx_ar_perfect(d, k) == 2) return 1;
    }
    return 0;
}

static int stamp_opens(const tx_scan *s, size_t i);

/* The day of a bare clock time of hour hh at token i, as an offset from
 * the reference date: the story's day (the last single day of its sentence
 * or of the two before, not told as background, and in a past clause not
 * after the reference date, in a future one with no past verb before it
 * not before it; in a past clause a live blog's entry stamp is passed
 * over, and a night gone by told as background is not: "the storm that
 * hit the coast last night ... at 23:05"), else the reference date (0).
 * "Saturday ... at 3:35 p.m.": that Saturday. */
static int clock_story_day(const tx_scan *s, size_t i, int hh)
{
    const evg_doc *d = s->doc;
    int sent = d->tokens.v[i].sent;
    if (s->dct == EVG_NODATE) return 0;
    if (d->timexes.n && clock_joined(s, &d->timexes.v[d->timexes.n - 1], i))
        return clock_offset(s, &d->timexes.v[d->timexes.n - 1], hh);
    int stamp_off = 0;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent + 2 < sent) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin != t->end) continue;
        if (s->past && !s->future && t->begin > s->dct) continue; /* "signed it at 3 p.m." after a day still ahead */
        if (s->future && !s->imperf_future && !s->past && t->begin < s->dct && !past_verb_before(s, i))
            continue; /* "results are expected at 6 p.m." after a day gone by */

        if (t->type == EVG_TIMEX_TIME && s->past && !s->future && stamp_opens(s, (size_t)t->tok_first)) {
            if (!stamp_off) stamp_off = (int)(t->begin - s->dct);
            continue; /* "08:40 GMT - the storm made landfall at 23:05": the entry's stamp is when it was told,
                         the day told before it ("last night") when it happened */
        }
        if (!pluperfect_before(d, t) && !counted_from(d, k)) return clock_offset(s, t, hh);
        if (s->past && !s->future && t->begin < s->dct && told_as_night(s, t))
            return clock_offset(s, t, hh); /* "the storm that hit last night ... landfall at 23:05" */
    }
    return stamp_off;
}

/* English "noon", "midnight" without "at" name an hour after a word of
 * time ("shortly after noon", "until midnight", "by midday"), not as an
 * adjective ("noon prayers", "a midday rally"). */
static int bare_hour_ok(const tx_scan *s, size_t i)
{
    static const char *lead[] = {"after", "before", "until", "till", "by", "around", "about", "near", "from",
                                 "since", "past", "to", "shortly", "just"};
    if (i == s->first) return 0;
    for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
        if (evg_tok_is(s->doc, i - 1, lead[k])) return 1;
    return 0;
}

/* Does the clock at token i open its line, maybe after a bracket or a
 * word of update ("Update 3.15pm:", "UPDATE (17:10 GMT):", "تحديث 14:20 -",
 * "(16:40 ت.غ)")? */
static int stamp_opens(const tx_scan *s, size_t i)
{
    static const char *upd[] = {"update", "updated", "\xd8\xaa\xd8\xad\xd8\xaf\xd9\x8a\xd8\xab", NULL}; /* تحديث */
    size_t k = i;
    if (k > 0 && !tx_line_opens(s, k) && evg_tok_is(s->doc, k - 1, "(")) k--;
    if (k > 0 && !tx_line_opens(s, k) && (tx_punct_at(s, k - 1, ":") || tx_dash_at(s, k - 1)) && k >= 2 &&
        evg_tok_in_static(s->doc, k - 2, upd, (size_t)-1, EVG_WS_PLAIN))
        k--;
    if (k > 0 && !tx_line_opens(s, k) && evg_tok_in_static(s->doc, k - 1, upd, (size_t)-1, EVG_WS_PLAIN)) k--;
    return tx_line_opens(s, k);
}

/* A live blog's entry stamp: a clock time opening its line before a dash,
 * a colon or the line's end, maybe with its zone ("09:05 GMT - ...", "14:20
 * —", "1:30pm: ...", "00:20 بتوقيت غرينتش -"), or a clock with minutes and
 * a zone anywhere ("the polls closed 18:00 GMT").  1 when the clock read
 * from i to q is one. */
static int clock_stamp(const tx_scan *s, size_t i, size_t q, const tx_spec *sp)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    int minutes = tx_punct_at(s, i + 1, ":") || memchr(w, '.', n) != NULL; /* 09:05, 10.45 */
    size_t r = q + (size_t)tx_zone_len(s, q);
    if (s->doc->tokens.v[i].kind != EVG_TOK_NUM || (!minutes && !sp->has_ampm)) return 0;
    if (!stamp_opens(s, i)) return minutes && r > q;
    return sp->has_ampm || r > q || r >= s->end || tx_line_opens(s, r) || tx_dash_at(s, r) || tx_punct_at(s, r, ":") ||
           tx_punct_at(s, r, ")");
}

/* Is expression t a heading: the first thing on its line (at most two
 * words before it: "Update, 14 March:") with nothing but punctuation after
 * it there ("Tuesday 21 November 2017", "السبت 3 أغسطس —")? */
static int heading_timex(const tx_scan *s, const evg_timex *t)
{
    const evg_doc *d = s->doc;
    size_t f = (size_t)t->tok_first, k = f, words = 0;
    while (!tx_line_opens(s, k)) {
        if (d->tokens.v[--k].kind != EVG_TOK_PUNCT && ++words > 2) return 0;
    }
    for (k = (size_t)t->tok_end; k < d->tokens.n && !tx_line_opens(s, k); k++)
        if (d->tokens.v[k].kind != EVG_TOK_PUNCT) return 0;
    return 1;
}

/* The day a live blog's stamp at token i comes under: the last single day
 * of the section told as a heading before it, as an offset from the
 * reference date; 0 (the reference date) when none. */
static int stamp_day(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    if (s->dct == EVG_NODATE) return 0;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_end > i) continue;
        if (t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE || t->begin != t->end) continue;
        if (heading_timex(s, t)) return (int)(t->begin - s->dct);
    }
    return 0;
}

#define AR_TONIGHT "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87" /* الليله (الليلة folded) */

/* A clock time alone, "الساعة 6:30 صباحا", "at 5 pm", maybe followed by a
 * day word ("at 5 pm tomorrow"): a TIME on the story's day (above).  A
 * midnight with no day of its own in a future clause on the reference
 * day, or before "tonight" or in "منتصف الليلة", is the coming one, which ends that day
 * (T00:00 of the next day: "the truce will take effect at midnight"). */
size_t tx_p_clock(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n, off = 0;
    memset(&sp, 0, sizeof sp);
    if (s->doc->tokens.v[i].kind == EVG_TOK_PUNCT || !tx_parse_clock(s, &q, &sp)) return 0;
    int stamp = clock_stamp(s, i, q, &sp);
    if (!stamp && !tx_word_at(s, i, TX_W_HOUR) && !sp.has_ampm && !hour_named(s, i)) return 0; /* "2:15" alone: a score */
    if (!stamp && !s->mask[i] && !bare_hour_ok(s, i)) return 0; /* "noon prayers" */
    if (stamp && stamp_opens(s, i)) {
        day_time_value(s, stamp_day(s, i), &sp, h); /* "09:05 GMT - ...": under the blog's day */
        return tx_set_hit(h, i, q);
    }
    int midnight = sp.hh == 0 && sp.mi == 0;
    if ((n = tx_kind_at(s, q, TX_REL, &e))) {
        off = e->val;
        if (midnight && off == 0 && (evg_tok_is(s->doc, q, "tonight") || tx_is(s->doc, q, AR_TONIGHT)))
            off = 1; /* "at midnight tonight": the midnight that ends the day */
        q += (size_t)n;
    } else if ((n = clock_day(s, q, &sp, h))) {
        return tx_set_hit(h, i, (size_t)n);
    } else if (midnight && q > i && tx_is(s->doc, q - 1, AR_TONIGHT)) {
        off = 1; /* منتصف الليلة */
    } else {
        off = clock_story_day(s, i, sp.has_ampm || midnight ? sp.hh : -1); /* "3 o'clock" alone: either */
        if (midnight && off == 0 && s->future) off = 1; /* "ستدخل الهدنة حيز التنفيذ منتصف الليل": the coming one */
    }
    day_time_value(s, off, &sp, h);
    return tx_set_hit(h, i, q);
}

/* The week a weekday is placed in: "من الأسبوع الماضي", "الأسبوع الحالي", "من هذا الأسبوع". */
static int parse_week_of(const tx_scan *s, size_t *p, int *off)
{
    size_t q = *p;
    int n, dir = 0, this_ = 0;
    if ((n = tx_word_at(s, q, TX_W_FROM)) || (n = tx_word_at(s, q, TX_W_OF))) q += (size_t)n;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; this_ = 1; }
    else if ((n = tx_dir_en(s, q, &dir)) && tx_unit_is(s, q + (size_t)n, TX_U_WEEK)) {
        q += (size_t)n; /* English: of next week */
        this_ = 1;
    }
    if (!(n = tx_unit_is(s, q, TX_U_WEEK))) return 0;
    q += (size_t)n;
    if (!this_) {
        if (!(n = tx_dir_at(s, q, &dir))) return 0;
        q += (size_t)n;
    }
    *off = dir;
    *p = q;
    return 1;
}

static int parse_count(const tx_scan *s, size_t *p, int *count);
static void duration_value(int unit, int count, tx_hit *h);

/* An English weekday abbreviation without a direction ("Thu", "sat."): a
 * date when a capital has a glued "." ("Sat."), or when it is the whole
 * sentence (a heading); "sun" and "sat" are words otherwise. */
static int en_abbrev_ok(const tx_scan *s, size_t i)
{
    const evg_token *t = &s->doc->tokens.v[i];
    if (t->script != EVG_SCRIPT_LATN) return 0;
    if ((t->flags & EVG_TOKF_CAP) && tx_punct_at(s, i + 1, ".") && tx_glued(s, i + 1)) return 1;
    size_t end = s->end, k = i + 1;
    while (k < end && s->doc->tokens.v[k].kind == EVG_TOK_PUNCT) k++;
    return i == s->first && (k >= end || s->doc->tokens.v[k].sent != t->sent);
}

/* "week's" at q: the end of the possessive, 0 if something else. */
static size_t possessive_week(const tx_scan *s, size_t q)
{
    if (evg_tok_is(s->doc, q, "week's") || evg_tok_is(s->doc, q, "week\xe2\x80\x99s")) return q + 1;
    if (!tx_unit_is(s, q, TX_U_WEEK)) return 0;
    q++;
    if (evg_tok_is(s->doc, q, "'s") || evg_tok_is(s->doc, q, "\xe2\x80\x99s")) return q + 1;
    if ((tx_punct_at(s, q, "'") || tx_punct_at(s, q, "\xe2\x80\x99")) && evg_tok_is(s->doc, q + 1, "s"))
        return q + 2;
    return 0;
}

/* Before the weekday: يوم, an English direction (next Friday = Friday of
 * next week, as Duckling and British usage read it), this. */
static size_t weekday_lead(const tx_scan *s, size_t q, int *yom, int *dir, int *week_off, int *has_week)
{
    int n, v;
    size_t k;
    if ((n = tx_unit_is(s, q, TX_U_DAY))) { *yom = 1; return q + (size_t)n; }
    if ((n = tx_dir_en(s, q, &v)) && (k = possessive_week(s, q + (size_t)n))) {
        *has_week = 1; /* last week's Sunday */
        *week_off = v;
        return k;
    }
    if ((n = tx_dir_en(s, q, &v))) {
        if (v > 0) {
            *has_week = 1;
            *week_off = 1;
        } else {
            *dir = tx_dir_kind(v);
        }
        return q + (size_t)n;
    }
    if ((n = tx_word_at(s, q, TX_W_THIS))) {
        *dir = TX_D_THIS;
        return q + (size_t)n;
    }
    return q;
}

/* After the weekday: "next week" / "من الأسبوع الماضي", a direction word,
 * "after next" (the one after the coming one: *after = 1). */
static size_t weekday_tail(const tx_scan *s, size_t q, int *dir, int *week_off, int *has_week, int *after)
{
    int n, v;
    if (*dir != TX_D_NONE || *has_week) return q;
    if (parse_week_of(s, &q, week_off)) {
        *has_week = 1;
        return q;
    }
    if (tx_word_at(s, q, TX_W_AFTER) && (n = tx_dir_en(s, q + 1, &v)) && v > 0) {
        *after = 1;
        *dir = TX_D_NEXT;
        return q + 1 + (size_t)n;
    }
    if ((n = tx_dir_at(s, q, &v))) {
        *dir = tx_dir_kind(v);
        return q + (size_t)n;
    }
    return q;
}

/* A clock time after a weekday ("Friday at 6 a.m.", "يوم الجمعة الساعة
 * السادسة صباحا"): the day's value becomes a TIME.  Returns the new end. */
static size_t weekday_time(const tx_scan *s, size_t q, tx_hit *h)
{
    tx_spec sp;
    size_t r = q;
    char day[sizeof h->value];
    memset(&sp, 0, sizeof sp);
    if (!tx_parse_time(s, &r, &sp)) return q;
    snprintf(day, sizeof day, "%s", h->value);
    snprintf(h->value, sizeof h->value, "%.24sT%02u:%02u", day, (unsigned)sp.hh % 24u, (unsigned)sp.mi % 60u);
    h->type = EVG_TIMEX_TIME;
    return r;
}

/* "الأربعاء والخميس", "يومي الاثنين والثلاثاء المقبلين", "Monday and
 * Tuesday": a second weekday joined to the first (at q) by و/and.  The
 * pair is resolved from the second (its direction word holds for both), so
 * the first is the day that many days before it.  Returns the end of the
 * second weekday (*d2 its day), 0 when none follows. */
static size_t weekday_pair(const tx_scan *s, size_t q, int32_t *d2)
{
    const tx_ent *e;
    tx_hit b;
    size_t r = q;
    int n;
    if ((n = tx_word_at(s, r, TX_W_AND))) r += (size_t)n;
    else if (r >= s->end || !tx_conj_len(s->doc, r)) return 0; /* والخميس */
    if (!(n = tx_kind_at(s, r, TX_WEEKDAY, &e)) || (e->flags & (TX_F_PLURAL | TX_F_BARE))) return 0;
    memset(&b, 0, sizeof b);
    size_t end = tx_p_weekday(s, r, &b);
    if (!end || b.type != EVG_TIMEX_DATE || evg_parse_day(b.value, d2) != 0) return 0;
    return end;
}

/* The dual يومي before a weekday pair: one expression, an interval. */
static int dual_days(const tx_scan *s, size_t i)
{
    return i < s->end && tx_is(s->doc, i, "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a"); /* يومي */
}

/* British "a week on Monday", American "a week from Thursday" at i: 3 (the
 * tokens before the weekday), else 0. */
static int week_on(const tx_scan *s, size_t i)
{
    return evg_tok_is(s->doc, i, "a") && evg_tok_is(s->doc, i + 1, "week") &&
                   (evg_tok_is(s->doc, i + 2, "on") || evg_tok_is(s->doc, i + 2, "from")) &&
                   i + 3 < s->end && (s->mask[i + 3] & (1u << TX_WEEKDAY))
               ? 3
               : 0;
}

/* British "Tuesday week" (a week after the coming Tuesday): "week" right
 * after an English weekday, closing the clause. */
static int weekday_week(const tx_scan *s, size_t q)
{
    return evg_tok_is(s->doc, q, "week") && (q + 1 >= s->end || s->doc->tokens.v[q + 1].kind == EVG_TOK_PUNCT);
}

/* After "until", "till", حتى, لغاية with no past event verb ("delegates
 * have until Friday", "the border stays closed until Monday"): what runs
 * until a weekday runs on from the reference day, so 1 when the weekday is
 * not today; the caller then takes the coming one ("the curfew lasted until
 * Friday" keeps the last one). */
static int until_coming(const tx_scan *s, size_t i, int wd)
{
    if (i <= s->first || s->past_event || s->future || s->prefer == EVG_PREFER_FUTURE) return 0;
    if (!evg_tok_is(s->doc, i - 1, "until") && !evg_tok_is(s->doc, i - 1, "till") &&
        !tx_is(s->doc, i - 1, "\xd8\xad\xd8\xaa\xd9\x8a") && !tx_is(s->doc, i - 1, "\xd9\x84\xd8\xba\xd8\xa7\xd9\x8a\xd9\x87"))
        return 0; /* حتي لغايه */
    return wd != evg_weekday(s->dct);
}

/* English "a/an [at most two adjectives] <occasion>" at token r ("a
 * public holiday", "a national day of mourning"), not "a plan to settle
 * the strike" nor "a success": stops at to, for and plan. */
int tx_en_occasion_after(const evg_doc *d, size_t r, size_t end)
{
    static const char *occ[] = {"holiday", "mourning", "strike", "off", "rest", "day"};
    static const char *stop[] = {"to", "for", "plan"};
    if (r >= end || (!evg_tok_is(d, r, "a") && !evg_tok_is(d, r, "an"))) return 0;
    int words = 0; /* a hyphen inside an adjective ("non-working") is no word */
    for (size_t k = r + 1; k < end && words < 3; k++) {
        if (evg_tok_is(d, k, "-")) continue;
        words++;
        if (evg_tok_in_static(d, k, stop, sizeof stop / sizeof *stop, EVG_WS_PLAIN)) return 0;
        if (evg_tok_in_static(d, k, occ, sizeof occ / sizeof *occ, EVG_WS_PLAIN)) return 1;
    }
    return 0;
}

/* A weekday set by a declaration: the day of an occasion a verb of
 * declaring or deciding names ("أعلنت الحكومة الحداد الوطني يوم الخميس",
 * "دعت النقابات إلى إضراب عام يوم الأحد", "announced Monday as a public
 * holiday", "declared Friday a day of mourning") is a day set ahead: the
 * coming one.  The Arabic verb stands within six words before the noun
 * (its subject and إلى between: "دعت النقابات العمالية في تونس إلى
 * إضراب"), not in an earlier clause ("دعا ... بعد أن شل الإضراب") nor
 * past بعد، قبل، عقب، منذ; the English occasion follows "a" with at most
 * two adjectives between, before any to, for or plan.
 * i starts the weekday expression, q ends it. */
static int declared_day(const tx_scan *s, size_t i, size_t q)
{
    static const char *ar_noun[] = {
        "\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf",                 /* حداد */
        "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf", /* الحداد */
        "\xd8\xb9\xd8\xb7\xd9\x84\xd9\x87",                 /* عطله */
        "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb7\xd9\x84\xd9\x87", /* العطله */
        "\xd8\xa7\xd8\xb6\xd8\xb1\xd8\xa7\xd8\xa8",         /* اضراب */
        "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb6\xd8\xb1\xd8\xa7\xd8\xa8", /* الاضراب */
        "\xd8\xa7\xd8\xac\xd8\xa7\xd8\xb2\xd9\x87",         /* اجازه */
        "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xac\xd8\xa7\xd8\xb2\xd9\x87"}; /* الاجازه */
    static const char *ar_verb[] = {
        "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86",         /* اعلن */
        "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86\xd8\xaa", /* اعلنت */
        "\xd9\x82\xd8\xb1\xd8\xb1",                 /* قرر */
        "\xd9\x82\xd8\xb1\xd8\xb1\xd8\xaa",         /* قررت */
        "\xd8\xaf\xd8\xb9\xd8\xa7",                 /* دعا */
        "\xd8\xaf\xd8\xb9\xd8\xaa"};                /* دعت */
    static const char *en_verb[] = {"declared",   "announced", "named",    "designated",
                                    "proclaimed", "declares",  "announces"};
    static const char *ar_stop[] = {"\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x82\xd8\xa8\xd9\x84", /* بعد قبل */
                                    "\xd8\xb9\xd9\x82\xd8\xa8", "\xd9\x85\xd9\x86\xd8\xb0"}; /* عقب منذ */
    const evg_doc *d = s->doc;
    if (i <= s->first || s->future || s->prefer == EVG_PREFER_FUTURE) return 0;
    if (s->en) {
        size_t r = q + (q < s->end && evg_tok_is(d, q, "as"));
        if (r >= s->end || (!evg_tok_is(d, r, "a") && !evg_tok_is(d, r, "an"))) return 0;
        return tx_en_occasion_after(d, r, s->end) &&
               evg_tok_in_static(d, i - 1, en_verb, sizeof en_verb / sizeof *en_verb, EVG_WS_PLAIN);
    }
    size_t k = i, o = 0;
    while (k > s->first && k + 4 > i && d->tokens.v[k - 1].kind == EVG_TOK_WORD && !o) {
        k--;
        if (evg_tok_in_static(d, k, ar_noun, sizeof ar_noun / sizeof *ar_noun, EVG_WS_WAW_FA)) o = k + 1;
    }
    if (!o) return 0; /* "الحداد الوطني يوم الخميس": the occasion, up to two adjectives, then the day */
    size_t lo = o - 1 > s->first + 6 ? o - 7 : s->first;
    for (k = o - 1; k-- > lo;) { /* the verb within six words, not past "بعد الإضراب" */
        if (evg_tok_in_static(d, k, ar_stop, sizeof ar_stop / sizeof *ar_stop, EVG_WS_WAW_FA)) return 0;
        if (evg_tok_in_static(d, k, ar_verb, sizeof ar_verb / sizeof *ar_verb, EVG_WS_WAW_FA)) return 1;
    }
    return 0;
}

/* A weekday inside a dated entry of a chronology counts from the entry's
 * day, not the reference date ("18 May 2016: talks open; they meet again on
 * Friday": 20 May): on or before it after a past verb, else on or after it
 * (the entries' historical present tells the story forward).  Returns s
 * itself, or *es: a copy anchored on the entry's day. */
static const tx_scan *entry_scan(const tx_scan *s, size_t i, int dir, int has_week, tx_scan *es)
{
    if (has_week || s->prefer == EVG_PREFER_FUTURE || (dir != TX_D_NONE && dir != TX_D_PAST && dir != TX_D_NEXT))
        return s;
    int32_t ed = tx_entry_day(s, i);
    if (ed == EVG_NODATE) return s;
    *es = *s;
    es->dct = ed;
    es->future = !s->past;
    return es;
}

size_t tx_p_weekday(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_scan es;
    const tx_ent *e;
    int n, dir = TX_D_NONE, yom = 0, week_off = 0, has_week = 0, after = 0, dual = dual_days(s, i);
    int weekon = dual ? 0 : week_on(s, i);
    size_t q = weekday_lead(s, i + (size_t)dual + (size_t)weekon, &yom, &dir, &week_off, &has_week);
    if (!(n = tx_kind_at(s, q, TX_WEEKDAY, &e)) || (e->flags & TX_F_PLURAL)) return 0;
    int wd = e->val, bare = (e->flags & TX_F_BARE) != 0, en = (e->flags & TX_F_EN) != 0;
    size_t wpos = q;
    q = weekday_tail(s, q + (size_t)n, &dir, &week_off, &has_week, &after);
    if (en && dir == TX_D_NONE && !has_week && (weekon || weekday_week(s, q))) {
        q += weekon ? 0 : 1; /* "Tuesday week", "a week on Monday": the coming one and seven days */
        dir = TX_D_NEXT;
        after = 1;
    } else if (dir == TX_D_NONE && !has_week && until_coming(s, i, wd)) {
        dir = TX_D_NEXT; /* "have until Friday": the coming one */
    } else if (dir == TX_D_NONE && !has_week && declared_day(s, i, q)) {
        dir = TX_D_NEXT; /* "أعلنت الحكومة الحداد الوطني يوم الخميس": a day set ahead */
    }
    int free_ = !yom && dir == TX_D_NONE && !has_week;
    if (bare && free_ && !(en && en_abbrev_ok(s, wpos))) return 0;
    if (free_ && !tx_weekday_ok(s, wpos)) return 0; /* الاثنين = the two */
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    int32_t d2;
    size_t pe = free_ && !after && s->dct != EVG_NODATE ? weekday_pair(s, q, &d2) : 0;
    if (pe) {
        int gap = (evg_weekday(d2) - wd + 7) % 7;
        tx_day_value(d2 - (gap ? gap : 7), h->value, sizeof h->value);
        if (!dual) return tx_set_hit(h, i, q);
        char a[16];
        snprintf(a, sizeof a, "%.10s", h->value);
        snprintf(h->value, sizeof h->value, "%s/", a);
        tx_day_value(d2, h->value + strlen(h->value), sizeof h->value - strlen(h->value));
        return tx_set_hit(h, i, pe);
    }
    if (dual) return 0;
    if (s->dct == EVG_NODATE) /* a relative day with no reference date (CONTRACT.md) */
        snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else tx_day_value(tx_weekday_day(entry_scan(s, i, dir, has_week, &es), wd, dir, week_off, has_week) + 7 * after,
                      h->value, sizeof h->value);
    return tx_set_hit(h, i, weekday_time(s, q, h));
}

/* The second weekday of a range at q after the first ("إلى الخميس", "through
 * Friday", "والخميس" after بين): its day in *d2, the end or 0. */
static size_t range_second(const tx_scan *s, size_t q, int between, int32_t *d2)
{
    tx_hit b;
    int n;
    size_t r = q;
    if (between && (n = tx_word_at(s, q, TX_W_AND))) r += (size_t)n;
    else if (!between && (n = tx_word_at(s, q, TX_W_TO))) r += (size_t)n;
    else if (!between || q >= s->end || !tx_conj_len(s->doc, q)) return 0; /* بين السبت والخميس */
    memset(&b, 0, sizeof b);
    size_t e = r < s->end && (s->mask[r] & (1u << TX_WEEKDAY | 1u << TX_UNIT)) ? tx_p_weekday(s, r, &b) : 0;
    if (!e || b.type != EVG_TIMEX_DATE || evg_parse_day(b.value, d2) != 0) return 0;
    return e;
}

/* "من السبت إلى الخميس", "from Monday through Friday", "between Monday and
 * Wednesday": one interval of consecutive days.  It is placed from the
 * first weekday when that has its own direction ("من السبت الماضي إلى
 * الخميس"), else from the second; a future clause moves a start already
 * past to the coming week ("ستغلق المدارس من الأحد إلى الخميس"). */
size_t tx_p_weekday_range(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_hit a;
    int32_t d1, d2;
    if (i <= s->first || s->dct == EVG_NODATE || !(s->mask[i] & (1u << TX_WEEKDAY | 1u << TX_UNIT))) return 0;
    int between = tx_word_at(s, i - 1, TX_W_BETWEEN) != 0;
    if (!between && !tx_word_at(s, i - 1, TX_W_FROM)) return 0;
    memset(&a, 0, sizeof a);
    size_t q = tx_p_weekday(s, i, &a), e;
    if (!q || a.type != EVG_TIMEX_DATE || evg_parse_day(a.value, &d1) != 0) return 0;
    if (!(e = range_second(s, q, between, &d2))) return 0;
    int gap = (evg_weekday(d2) - evg_weekday(d1) + 7) % 7;
    size_t wpos = i + (tx_unit_is(s, i, TX_U_DAY) ? 1 : 0);
    if (!gap) return 0;
    int32_t start = q > wpos + 1 ? d1 : d2 - gap; /* the first's own direction wins */
    if (q <= wpos + 1 && start < s->dct && (s->future || (s->prefer == EVG_PREFER_FUTURE && !s->past)))
        start += 7;
    char x[16];
    tx_day_value(start, x, sizeof x);
    snprintf(h->value, sizeof h->value, "%s/", x);
    tx_day_value(start + gap, x, sizeof x);
    snprintf(h->value + strlen(h->value), sizeof h->value - strlen(h->value), "%s", x);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, e);
}

/* A word of the night right before token i: ليلة, ليل, "overnight", "the
 * night of". */
static int night_before(const tx_scan *s, size_t i)
{
    if (i <= s->first) return 0;
    if (tx_is(s->doc, i - 1, "\xd9\x84\xd9\x8a\xd9\x84\xd9\x87") || tx_is(s->doc, i - 1, "\xd9\x84\xd9\x8a\xd9\x84") ||
        evg_tok_is(s->doc, i - 1, "overnight"))
        return 1; /* ليله ليل (folded) */
    return i >= s->first + 2 && evg_tok_is(s->doc, i - 1, "of") && evg_tok_is(s->doc, i - 2, "night");
}

/* "ليلة الجمعة إلى السبت", "ليل الخميس الجمعة", "ليل السبت/الأحد", "the night
 * of Friday to Saturday", "overnight Friday-Saturday": one night, told by the day it
 * begins (CONTRACT.md: a part of a day is left out of the value). */
size_t tx_p_night_pair(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_hit a, b;
    int32_t d1, d2;
    int n;
    if (!(s->mask[i] & (1u << TX_WEEKDAY)) || !night_before(s, i)) return 0;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    size_t q = tx_p_weekday(s, i, &a), e;
    if (!q || a.type != EVG_TIMEX_DATE || evg_parse_day(a.value, &d1) != 0) return 0;
    if ((n = tx_word_at(s, q, TX_W_TO)) || (n = tx_dash_at(s, q)) || (n = tx_punct_at(s, q, "/"))) q += (size_t)n;
    e = q < s->end && (s->mask[q] & (1u << TX_WEEKDAY)) ? tx_p_weekday(s, q, &b) : 0;
    if (!e || b.type != EVG_TIMEX_DATE || evg_parse_day(b.value, &d2) != 0) return 0;
    if (evg_weekday(d2) != evg_weekday(d1) % 7 + 1) return 0;
    *h = a;
    return tx_set_hit(h, i, e);
}

/* "3 fridays from now", "two sundays ago": the n-th such weekday strictly
 * after (before) the reference date. */
size_t tx_p_nweekdays(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n, count;
    if (!parse_count(s, &q, &count) || count < 1 || count > 60) return 0;
    if (!(n = tx_kind_at(s, q, TX_WEEKDAY, &e)) || !(e->flags & TX_F_PLURAL)) return 0;
    int wd = e->val;
    q += (size_t)n;
    int ago = tx_word_at(s, q, TX_W_AGO), hence = ago ? 0 : tx_word_at(s, q, TX_W_HENCE);
    if (!ago && !hence) return 0;
    q += (size_t)(ago + hence);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (s->dct == EVG_NODATE) {
        snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", wd);
        return tx_set_hit(h, i, q);
    }
    int w0 = evg_weekday(s->dct);
    int ahead = (wd - w0 + 7) % 7, back = (w0 - wd + 7) % 7;
    int32_t day = hence ? s->dct + (ahead ? ahead : 7) + 7 * (count - 1)
                        : s->dct - (back ? back : 7) - 7 * (count - 1);
    tx_day_value(day, h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

/* English "next three weeks", "two upcoming weeks", "last 2 days": the
 * direction before or after the count; the unit may be singular. */
static size_t last_n_en(const tx_scan *s, size_t q, int *dir, int *count, int *unit)
{
    int n, flags;
    if ((n = tx_dir_en(s, q, dir)) && *dir != 0) {
        q += (size_t)n;
        if (evg_tok_is(s->doc, q, "few")) *count = 3, q++; /* next few days: three, as Duckling counts */
        else if (!parse_count(s, &q, count)) return 0;
    } else if (parse_count(s, &q, count) && (n = tx_dir_en(s, q, dir)) && *dir != 0) {
        q += (size_t)n;
    } else {
        return 0;
    }
    if (!(n = tx_unit_at(s, q, unit, &flags))) return 0;
    return q + (size_t)n;
}

/* Arabic "الأيام الثلاثة الماضية", "اليومين الماضيين". */
/* "الأخيرة", "الأخيرين" after a plural unit: the most recent ones ("السنوات
 * الأخيرة" = recent years); 1 token or 0. */
static int recent_at(const tx_scan *s, size_t q)
{
    static const char *w[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1\xd9\x87",            /* الاخيره */
                              "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1\xd9\x8a\xd9\x86"}; /* الاخيرين */
    return q < s->end && (evg_tok_is(s->doc, q, w[0]) || evg_tok_is(s->doc, q, w[1]));
}

static size_t last_n_ar(const tx_scan *s, size_t q, int *dir, int *count, int *unit)
{
    int n, flags;
    if (!(n = tx_unit_at(s, q, unit, &flags)) || !(flags & (TX_F_PLURAL | TX_F_DUAL))) return 0;
    q += (size_t)n;
    if (tx_is(s->doc, q, "\xd8\xa7\xd9\x84") && tx_glued(s, q + 1)) q++; /* الساعات الـ24 */
    if (flags & TX_F_DUAL) *count = TX_WORD_COUNT(flags);
    else if (!parse_count(s, &q, count)) return 0;
    if ((n = recent_at(s, q))) *dir = -1;
    else if (!(n = tx_dir_at(s, q, dir)) || *dir == 0) return 0;
    return q + (size_t)n;
}

/* A span word before "the next ten years", "السنوات العشر المقبلة": English
 * "the" (with or without over, for, during...), Arabic خلال, طوال, في,
 * على مدى.  Such a count is a length of time (TIMEX3 DURATION, as TimeML
 * annotates "the past three years"); without one ("next 3 weeks",
 * "الأسابيع الثلاثة القادمة") it stays the interval of those units. */
static int span_before(const tx_scan *s, size_t i)
{
    if (i <= s->first) return 0;
    if (s->doc->tokens.v[i].script == EVG_SCRIPT_LATN) return tx_word_at(s, i - 1, TX_W_THE) != 0;
    return tx_word_at(s, i - 1, TX_W_WITHIN) || tx_word_at(s, i - 1, TX_W_FOR) || tx_word_at(s, i - 1, TX_W_IN);
}

/* "last 2 days", "next three weeks", "الأيام الثلاثة الماضية", "اليومين الماضيين":
 * the interval of the n whole units before or after the reference date. */
/* English "last" as a verb, after a modal, "to" or "not" ("will
 * last six months", "could last years", "is expected to last three
 * weeks"): what follows is a length, not the last N units. */
static int last_verb(const tx_scan *s, size_t i)
{
    static const char *aux[] = {"will", "would", "could", "can", "may", "might", "should", "must", "to",
                                "not", "usually", "normally"};
    return s->en && i > s->first && evg_tok_is(s->doc, i, "last") &&
           evg_tok_in_static(s->doc, i - 1, aux, sizeof aux / sizeof *aux, EVG_WS_PLAIN);
}

size_t tx_p_last_n(const tx_scan *s, size_t i, tx_hit *h)
{
    int dir = 0, count = 0, unit = 0;
    if (last_verb(s, i)) return 0;
    size_t q = last_n_en(s, i, &dir, &count, &unit);
    if (!q) q = last_n_ar(s, i, &dir, &count, &unit);
    if (!q || count < 2 || count > 100) return 0;
    if (span_before(s, i) || unit > TX_U_YEAR) { /* hours, minutes and decades: a length only */
        duration_value(unit, evg_tok_is(s->doc, i + 1, "few") ? 0 : count, h); /* the next few days: PXD */
        return tx_set_hit(h, i, q);
    }
    char a[24], b[24];
    tx_period_value(s, unit, dir < 0 ? -count : 1, a, sizeof a);
    tx_period_value(s, unit, dir < 0 ? -1 : count, b, sizeof b);
    snprintf(h->value, sizeof h->value, "%s/%s", a, b);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, q);
}

/* "الشهر الماضي", "هذا الأسبوع", "next year", "خلال الأيام الماضية". */
/* "the past decade", "العقد الماضي", "the next decade": ten years up to or
 * from the reference date, a DURATION P10Y (not the calendar decade). */
static size_t decade_span(const tx_scan *s, size_t i, size_t q, int have, int dir, tx_hit *h)
{
    int n;
    if (!have) {
        if ((n = recent_at(s, q))) dir = -1;
        else if (!(n = tx_dir_at(s, q, &dir))) return 0;
        q += (size_t)n;
    }
    if (dir == 0) return 0; /* this decade */
    duration_value(TX_U_DECADE, 1, h);
    return tx_set_hit(h, i, q);
}

/* "the following week", "the previous year", "الشهر التالي", "العام السابق":
 * a direction word among tokens [i, q) that counts from the last date of
 * the section (the story's time), not from the reference date. */
static int anaphoric_dir(const tx_scan *s, size_t i, size_t q)
{
    static const char *w[] = {"following", "previous",
                              "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a",             /* التالي */
                              "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87",   /* التاليه */
                              "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82",             /* السابق */
                              "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82\xd9\x87"};  /* السابقه */
    for (size_t k = i; k < q; k++)
        for (size_t j = 0; j < sizeof w / sizeof *w; j++)
            if (tx_is(s->doc, k, w[j])) return 1;
    return 0;
}

/* English "over the past year", "in the past month", "during the past
 * week" (tokens [i, q) from "past" to the unit, "the" and a preposition of
 * time before them, no "of" after): the length of one unit up to now, as
 * "over the past five years" is (CONTRACT.md), not the calendar year
 * before. */
static int past_span(const tx_scan *s, size_t i, size_t q)
{
    static const char *prep[] = {"over", "in", "during", "throughout", "for"};
    if (!s->en || i < s->first + 2 || !evg_tok_is(s->doc, i, "past") || !tx_word_at(s, i - 1, TX_W_THE)) return 0;
    if (tx_word_at(s, q, TX_W_OF)) return 0;
    return evg_tok_in_static(s->doc, i - 2, prep, sizeof prep / sizeof *prep, EVG_WS_PLAIN);
}

/* "following", التالية or اللاحقة among tokens [i, q): the days that came
 * after the story's time, not the coming ones.  Outside a future clause
 * "the following weeks", "الأيام التالية" are a length of unknown count
 * (PXW, PXD), as "in the weeks since" is; "the coming weeks" stays FUTURE_REF. */
static int following_word(const tx_scan *s, size_t i, size_t q)
{
    for (size_t k = i; k < q; k++)
        if (evg_tok_is(s->doc, k, "following") || tx_is(s->doc, k, "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87") ||
            tx_is(s->doc, k, "\xd8\xa7\xd9\x84\xd9\x84\xd8\xa7\xd8\xad\xd9\x82\xd9\x87")) /* التاليه اللاحقه */
            return 1;
    return 0;
}

size_t tx_p_unitdir(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n, unit, flags, dir = 0, have = 0;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; have = 1; }
    else if ((n = tx_dir_en(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (!(n = tx_unit_at(s, q, &unit, &flags)) || (flags & TX_F_DUAL)) return 0;
    if (unit == TX_U_DECADE && !(flags & TX_F_PLURAL)) return decade_span(s, i, q + (size_t)n, have, dir, h);
    if (unit > TX_U_YEAR && !(flags & TX_F_PLURAL)) return 0;
    q += (size_t)n;
    if ((flags & TX_F_PLURAL) && tx_is(s->doc, q, AR_QALILA)) q++; /* الأيام القليلة الماضية */
    if (have && !dir && (flags & TX_F_PLURAL) && unit != TX_U_DAY)
        return 0; /* "خلال هذه السنوات", "these months": the years just told, no time of their own
                     ("هذه الأيام", "these days" are now) */
    if (!have && (flags & TX_F_PLURAL) && (n = recent_at(s, q))) {
        q += (size_t)n; /* السنوات الأخيرة: recent years */
        dir = -1;
    } else if (!have && (flags & TX_F_PLURAL) && tx_is(s->doc, q, "\xd8\xa7\xd9\x84\xd9\x84\xd8\xa7\xd8\xad\xd9\x82\xd9\x87")) {
        q++; /* الأيام اللاحقة: the following days (اللاحقه) */
        dir = 1;
    } else if (!have) {
        if (!(n = tx_dir_at(s, q, &dir))) return 0;
        q += (size_t)n;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if ((flags & TX_F_PLURAL) && dir > 0 && !s->future && following_word(s, i, q)) {
        duration_value(unit, 0, h); /* "over the following weeks" the army retook: PXW */
    } else if (flags & TX_F_PLURAL) {
        snprintf(h->value, sizeof h->value, "%s", dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
    } else if (past_span(s, i, q)) {
        duration_value(unit, 1, h); /* "over the past year": P1Y */
    } else {
        if (unit == TX_U_DAY) return 0;
        tx_scan a = *s;
        if (dir && anaphoric_dir(s, i, q)) {
            a.dct = previous_anchor(s, 0); /* the following week */
            if (coarse_anchor(s, unit)) a.dct = EVG_NODATE; /* "in 2014 ... the following month": XXXX-XX */
        }
        tx_period_value(&a, unit, dir, h->value, sizeof h->value);
    }
    return tx_set_hit(h, i, q);
}

static const char *season_code[] = {"SP", "SU", "FA", "WI"};

/* Year of the season instance: this (off 0), the last before (-1), the next (+1). */
static int season_year(const tx_scan *s, int si, int off)
{
    int y0, m0, d0;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    int cur_si = m0 >= 12 || m0 <= 2 ? 3 : (m0 - 3) / 3;
    int cur_y = m0 <= 2 ? y0 - 1 : y0;
    int L0 = cur_y * 4 + cur_si;
    int L = cur_y * 4 + si;
    if (off == 0) return si == 3 && m0 <= 2 ? y0 - 1 : y0;
    if (off < 0) while (L >= L0) L -= 4;
    else {
        while (L <= L0) L += 4;
    }
    return L / 4;
}

/* The year of season si after (dir > 0) or before the period last dated in
 * the section, the story's time ("in the summer of 2014 ... the following
 * spring" is 2015's); 0 when nothing is dated before it. */
static int story_season_year(const tx_scan *s, int si, int dir)
{
    const evg_doc *d = s->doc;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION) continue;
        tx_scan c = *s;
        c.dct = dir > 0 ? t->end : t->begin;
        return season_year(&c, si, dir);
    }
    return 0;
}

/* "this season", "last season": the season of the reference date moved by dir. */
static size_t this_season(const tx_scan *s, size_t i, size_t end, int dir, tx_hit *h)
{
    int y0, m0, d0;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (s->dct == EVG_NODATE) {
        snprintf(h->value, sizeof h->value, "XXXX-XX");
        return tx_set_hit(h, i, end);
    }
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    int cur_si = m0 >= 12 || m0 <= 2 ? 3 : (m0 - 3) / 3;
    int L = (m0 <= 2 ? y0 - 1 : y0) * 4 + cur_si + dir;
    snprintf(h->value, sizeof h->value, "%04d-%s", L / 4, season_code[L % 4]);
    return tx_set_hit(h, i, end);
}

/* The year of "صيف العام الماضي", "summer of last year", "ربيع هذا العام"
 * (a relative year; the year last mentioned for "ذلك العام"). */
static int season_rel_year(const tx_scan *s, const tx_spec *sp)
{
    int y0, m0, d0;
    if (sp->y) return sp->y;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    return y0 + sp->yrel;
}

/* A season named with no year or direction ("في الصيف", "over the summer"):
 * this year's, unless it has not begun yet and the clause is not in the
 * future (then last year's: "talks stalled over the summer" in January). */
static int bare_season_year(const tx_scan *s, int si)
{
    int y0, m0, d0;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    int cur = m0 >= 12 || m0 <= 2 ? 3 : (m0 - 3) / 3;
    int cur_y = m0 <= 2 ? y0 - 1 : y0;
    int ahead = s->future || (s->prefer == EVG_PREFER_FUTURE && !s->past);
    (void)d0;
    if (si > cur) return ahead ? cur_y : cur_y - 1;  /* not begun in the current cycle */
    if (si < cur) return ahead ? cur_y + 1 : cur_y;  /* over already */
    return cur_y;
}

/* Before a season with no year: a preposition, also over a "the" ("in the
 * summer", "over the winter", "during the spring"). */
static int season_context(const tx_scan *s, size_t i)
{
    if (tx_month_context(s, i)) return 1;
    if (i < s->first + 2 || !tx_word_at(s, i - 1, TX_W_THE)) return 0;
    return tx_month_context(s, i - 1) || evg_tok_is(s->doc, i - 2, "over") || evg_tok_is(s->doc, i - 2, "throughout");
}

size_t tx_p_season(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n, dir = 0, have = 0, bare = 0;
    memset(&sp, 0, sizeof sp);
    int that = 0;
    size_t r;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; have = 1; }
    else if ((n = tx_dir_en(s, q, &dir))) { q += (size_t)n; have = 1; }
    else if ((n = tx_word_at(s, q, TX_W_THAT))) { q += (size_t)n; have = that = 1; } /* that autumn, ذلك الصيف */
    if (!(n = tx_kind_at(s, q, TX_SEASON, &e))) return 0;
    int si = e->val;
    q += (size_t)n;
    if (si == 4) return have && !that ? this_season(s, i, q, dir, h) : 0; /* "next season" */
    r = q + (tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_OF)); /* صيف ذلك العام, "the summer of that year" */
    int unit = 0;
    size_t ae = !have ? tx_anaphoric_unit(s, r, &unit) : 0;
    if ((that || (ae && unit == TX_U_YEAR)) && tx_previous_year(s)) {
        if (!that) q = ae;
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        snprintf(h->value, sizeof h->value, "%04d-%s", tx_previous_year(s), season_code[si]);
        return tx_set_hit(h, i, q);
    }
    if (that) return 0;
    if (!have && !(e->flags & TX_F_EN) && (n = tx_dir_at(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (have && dir && anaphoric_dir(s, i, q) && (sp.y = story_season_year(s, si, dir))) {
        h->type = EVG_TIMEX_DATE; /* "the following spring", "الربيع التالي": after the story's time */
        h->relative = 1;
        snprintf(h->value, sizeof h->value, "%04d-%s", sp.y, season_code[si]);
        return tx_set_hit(h, i, q);
    }
    if (!have) {
        size_t r = q;
        int of = tx_word_at(s, r, TX_W_OF) != 0, rel_ok = of || !(e->flags & TX_F_EN) || tx_month_context(s, i);
        r += (size_t)of;
        if (tx_parse_year(s, &r, &sp, 1)) q = r;
        else if (rel_ok && s->dct != EVG_NODATE && tx_parse_year_rel(s, &r, &sp)) q = r, sp.y = season_rel_year(s, &sp);
        else if ((e->flags & TX_F_BARE) || !season_context(s, i)) return 0;
        else bare = 1;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = sp.y == 0;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-%s", sp.y, season_code[si]);
    else if (s->dct == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-%s", season_code[si]);
    else snprintf(h->value, sizeof h->value, "%04d-%s", bare ? bare_season_year(s, si) : season_year(s, si, dir),
                  season_code[si]);
    return tx_set_hit(h, i, q);
}

/* ---- durations and "N units ago" ---- */

/* A count in figures or words: "3", "ثلاثة", "خمسة وعشرين", "twenty-five",
 * "a hundred", "ثلاث مئة", "ألف"; 0 for an unknown few (بضعة, عدة, several). */
static int parse_count(const tx_scan *s, size_t *p, int *count)
{
    const tx_ent *e;
    int n, v;
    if ((n = tx_num_at(s, *p, &v)) && n <= 3) {
        if (v == 0) return 0;
        (*p)++;
        *count = v;
    } else if ((n = tx_en_number(s, *p, &v))) {
        *p += (size_t)n;
        *count = v;
    } else if ((n = tx_kind_at(s, *p, TX_CARD, &e))) {
        *p += (size_t)n;
        *count = e->val;
        if (e->val < 10 && (n = tx_kind_at(s, *p, TX_CARD, &e)) && e->val >= 20 && e->val <= 90 && e->val % 10 == 0) {
            *p += (size_t)n; /* خمسة وعشرين */
            *count += e->val;
        }
    } else {
        return 0;
    }
    if (*count < 100 && (n = tx_kind_at(s, *p, TX_CARD, &e)) && (e->val == 100 || e->val == 1000)) {
        *p += (size_t)n; /* three hundred, ثلاث مئة */
        *count *= e->val;
    }
    if (*count >= 100 && (n = tx_kind_at(s, *p, TX_CARD, &e)) && e->val < 100 && tx_conj_len(s->doc, *p)) {
        *p += (size_t)n; /* مئة وعشرين */
        *count += e->val;
    }
    return 1;
}

/* Day n units after (n < 0: before) the day d; months and years keep the
 * day of the month, clipped to the month's length. */
static int32_t shift_day(int32_t d, int unit, int n)
{
    int y, m, dd;
    if (unit == TX_U_DAY) return d + n;
    if (unit == TX_U_WEEK) return d + 7 * n;
    evg_civil_from_days(d, &y, &m, &dd);
    int k = y * 12 + m - 1 + n * (unit == TX_U_YEAR ? 12 : unit == TX_U_QUARTER ? 3 : 1);
    y = k / 12;
    m = k % 12 + 1;
    if (dd > evg_days_in_month(y, m)) dd = evg_days_in_month(y, m);
    return evg_days_from_civil(y, m, dd);
}

/* The reference date moved by off units: a week is counted in days; hours
 * and minutes give a clock time when the reference has one (--dct with a
 * time), else the reference day. */
static void shifted_value(const tx_scan *s, int unit, int off, tx_hit *h)
{
    if (unit == TX_U_HOUR || unit == TX_U_MINUTE) {
        if (s->dct == EVG_NODATE) {
            snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
        } else if (s->dct_min < 0) {
            tx_day_value(s->dct, h->value, sizeof h->value);
        } else {
            int64_t t = (int64_t)s->dct * 1440 + s->dct_min + (int64_t)off * (unit == TX_U_HOUR ? 60 : 1);
            int32_t day = (int32_t)(t >= 0 ? t / 1440 : (t - 1439) / 1440);
            int mins = (int)(t - (int64_t)day * 1440);
            char d[16];
            tx_day_value(day, d, sizeof d);
            snprintf(h->value, sizeof h->value, "%sT%02d:%02d", d, mins / 60, mins % 60);
            h->type = EVG_TIMEX_TIME;
        }
        return;
    }
    if (unit == TX_U_WEEK) {
        unit = TX_U_DAY;
        off *= 7;
    } else if (unit == TX_U_DECADE) {
        unit = TX_U_YEAR;
        off *= 10;
    }
    tx_period_value(s, unit, off, h->value, sizeof h->value);
}

/* count 0 (بضعة أيام, several days) is TIMEX3's unknown number: PXD. */
static void duration_value(int unit, int count, tx_hit *h)
{
    static const char units[] = "?DWMMY";
    char n[16];
    if (count) snprintf(n, sizeof n, "%d", unit == TX_U_QUARTER ? 3 * count : unit == TX_U_DECADE ? 10 * count : count);
    else snprintf(n, sizeof n, "X");
    if (unit == TX_U_DECADE) unit = TX_U_YEAR;
    h->type = EVG_TIMEX_DURATION;
    h->relative = 0;
    if (unit == TX_U_HOUR || unit == TX_U_MINUTE)
        snprintf(h->value, sizeof h->value, "PT%s%c", n, unit == TX_U_HOUR ? 'H' : 'M');
    else
        snprintf(h->value, sizeof h->value, "P%s%c", n, units[unit]);
}

/* 1 when the Arabic token i carries the article (العام, الأسبوع). */
static int definite(const tx_scan *s, size_t i)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    return n >= 4 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0;
}

/* "واحد", "واحدة", "واحدا" after a singular unit: the count one (Arabic
 * puts the number one after the noun); tokens read or 0. */
static int one_after(const tx_scan *s, size_t q)
{
    const tx_ent *e;
    int n = tx_kind_at(s, q, TX_CARD, &e);
    return n && e->val == 1 && !(e->flags & TX_F_EN) ? n : 0;
}

/* An adjective after a singular unit with no count that makes it one unit
 * of time: "يوماً إضافياً" (one more day), "شهراً آخر", "عاماً كاملاً" (a whole
 * year); "يوماً واحداً" is one_after's.  Tokens read or 0. */
static int one_more_after(const tx_scan *s, size_t q)
{
    static const char *adj[] = {"اضافيا", "اضافيه", "اضافي", "اخر", "اخري", "كاملا", "كامله", "كامل"};
    if (q >= s->end || s->doc->tokens.v[q].script != EVG_SCRIPT_ARAB) return 0;
    for (size_t k = 0; k < sizeof adj / sizeof *adj; k++)
        if (evg_tok_is(s->doc, q, adj[k])) return 1;
    return 0;
}

/* "خلال عام", "في غضون شهر" (within a year, a month): a bare singular unit
 * after "within" is one unit, unless what follows names it ("خلال عام
 * 2023", "خلال شهر رمضان", "خلال يوم الجمعة", "خلال عام الحرب").  q is the
 * token after the unit. */
static int within_one(const tx_scan *s, size_t u, size_t q)
{
    const uint32_t names = (1u << TX_MONTH) | (1u << TX_HMONTH) | (1u << TX_WEEKDAY) | (1u << TX_HOLIDAY) |
                           (1u << TX_REL) | (1u << TX_DIR);
    const evg_token *t = q < s->end ? &s->doc->tokens.v[q] : NULL;
    if (s->doc->tokens.v[u].script != EVG_SCRIPT_ARAB || definite(s, u)) return 0;
    if (!t) return 1;
    if (t->kind == EVG_TOK_NUM || (s->mask[q] & names)) return 0;
    return !(t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_ARAB && definite(s, q));
}

/* English verbs whose complement is a length: "it would be weeks", "could
 * take months", "the talks lasted hours", "he spent years in exile". */
static int length_verb(const tx_scan *s, size_t k)
{
    static const char *const verbs[] = {"be", "been", "take", "takes", "took", "taken", "taking",
                                        "last", "lasted", "lasts", "spent", "spend", "spends"};
    for (size_t j = 0; j < sizeof verbs / sizeof *verbs; j++)
        if (evg_tok_is(s->doc, k, verbs[j])) return 1;
    return 0;
}

/* English "the" + unit + "since": the time gone by since a past event ("in
 * the decade since", "the year since the earthquake"): a length. */
static int the_since(const tx_scan *s, size_t u, size_t q)
{
    return u > s->first && evg_tok_is(s->doc, u - 1, "the") && evg_tok_is(s->doc, q, "since");
}

/* Arabic منذ before a bare singular unit that ends its phrase ("منذ ساعة
 * تقريبا", "منذ أسبوع فقط", "منذ شهر."): one unit ago.  Not before a
 * number, a name or any other word ("منذ عام 2014", "منذ ساعة مبكرة"). */
static int since_one(const tx_scan *s, size_t u, size_t q)
{
    static const char *const tail[] = {"\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8\xd8\xa7", /* تقريبا */
                                       "\xd9\x81\xd9\x82\xd8\xb7"};                             /* فقط */
    if (s->doc->tokens.v[u].script != EVG_SCRIPT_ARAB || definite(s, u)) return 0;
    if (q >= s->end || s->doc->tokens.v[q].kind == EVG_TOK_PUNCT) return 1;
    for (size_t j = 0; j < sizeof tail / sizeof *tail; j++)
        if (tx_is(s->doc, q, tail[j])) return 1;
    return 0;
}

/* إلى right before the unit at u, governed by a verb of need or extent up
 * to five words back in its clause ("تحتاج إعادة بناء الجسر إلى سنوات", "قد
 * يمتد الإغلاق إلى أسابيع", "بحاجة إلى أشهر"): the length it takes. */
static int extent_to(const tx_scan *s, size_t u)
{
    static const char *const verbs[] = {
        "\xd9\x8a\xd8\xad\xd8\xaa\xd8\xa7\xd8\xac",             /* يحتاج */
        "\xd8\xaa\xd8\xad\xd8\xaa\xd8\xa7\xd8\xac",             /* تحتاج */
        "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xa7\xd8\xac",             /* احتاج */
        "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xa7\xd8\xac\xd8\xaa",   /* احتاجت */
        "\xd8\xa8\xd8\xad\xd8\xa7\xd8\xac\xd9\x87",             /* بحاجه (folded) */
        "\xd9\x8a\xd9\x85\xd8\xaa\xd8\xaf",                       /* يمتد */
        "\xd8\xaa\xd9\x85\xd8\xaa\xd8\xaf",                       /* تمتد */
        "\xd8\xa7\xd9\x85\xd8\xaa\xd8\xaf",                       /* امتد */
        "\xd8\xa7\xd9\x85\xd8\xaa\xd8\xaf\xd8\xaa"};            /* امتدت */
    if (u <= s->first || !tx_word_at(s, u - 1, TX_W_TO)) return 0;
    for (size_t k = u - 1; k-- > s->first && k + 6 >= u;) {
        if (s->doc->tokens.v[k].kind == EVG_TOK_PUNCT) return 0;
        if (evg_tok_in_static(s->doc, k, verbs, sizeof verbs / sizeof *verbs, EVG_WS_WAW_FA)) return 1;
    }
    return 0;
}

/* An Arabic plural unit carrying its own preposition: ل is "for" ("بقي في
 * السجن لأشهر", "لسنوات طويلة"); ب measures a gap, after "قبل/بعد ذلك"
 * (lead -1: "قبل ذلك بأشهر") or ending its clause ("قبل أن تبدأ الحرب
 * بأسابيع").  u is the unit's token, q the token after it. */
static int clitic_few(const tx_scan *s, size_t u, size_t q, int lead)
{
    size_t n;
    const evg_token *t = &s->doc->tokens.v[u];
    if (t->script != EVG_SCRIPT_ARAB) return 0;
    const char *w = evg_tok_text(s->doc, t, &n);
    if (n > 4 && memcmp(w, "\xd9\x84", 2) == 0 && memcmp(w + 2, "\xd9\x84", 2) != 0) return 1; /* ل, not لل */
    if (extent_to(s, u)) return 1; /* تحتاج إعادة الإعمار إلى سنوات */
    if (n <= 4 || memcmp(w, "\xd8\xa8", 2) != 0) return 0;                                         /* ب */
    return lead < 0 || q >= s->end || s->doc->tokens.v[q].kind == EVG_TOK_PUNCT;
}

/* English: a bare plural unit, no article or determiner before it, then
 * "of" and a bare noun ("set off weeks of rioting", "ended months of
 * deadlock", "after years of war"): an unknown few of that thing; not "the
 * weeks of the campaign", "these days of", "days of March". */
static int plural_of_noun(const tx_scan *s, size_t u, size_t q)
{
    static const char *det[] = {"the", "these", "those", "its", "their", "his", "her", "our", "a", "an", "this",
                                "that", "few", "many", "some"};
    const evg_doc *d = s->doc;
    if (q + 1 >= s->end || !evg_tok_is(d, q, "of") || d->tokens.v[q + 1].kind != EVG_TOK_WORD) return 0;
    if (u > s->first && (evg_tok_in_static(d, u - 1, det, sizeof det / sizeof *det, EVG_WS_PLAIN) ||
                         d->tokens.v[u - 1].kind == EVG_TOK_NUM || (s->mask[u - 1] & (1u << TX_ORD | 1u << TX_CARD))))
        return 0; /* "0 days of rest", "the first days of training": counted or ordered */
    const uint32_t when = 1u << TX_MONTH | 1u << TX_HMONTH | 1u << TX_WEEKDAY | 1u << TX_SEASON | 1u << TX_HOLIDAY |
                          1u << TX_UNIT;
    if (evg_tok_in_static(d, q + 1, det, sizeof det / sizeof *det, EVG_WS_PLAIN) || (s->mask[q + 1] & when))
        return 0; /* "days of March": a time, not a thing */
    return 1;
}

/* A plural unit with no count after a lead word ("خلال ساعات", "في غضون أيام",
 * "بعد ساعات من الهجوم", "منذ سنوات", "قبل أسابيع", "within days", "after
 * months of talks", "for hours"): an unknown few.  Not before a definite
 * word (أيام العيد, ساعات الصباح: days of something); English "after" only
 * before "of" (after hours). u is the unit's token, q the token after it. */
static int few_ok(const tx_scan *s, size_t u, size_t q, int lead)
{
    const evg_token *t = q < s->end ? &s->doc->tokens.v[q] : NULL;
    if (t && t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_ARAB && definite(s, q)) return 0;
    if (s->en) {
        if (lead == 0) /* "for hours"; "hours later", "days earlier": an unknown few after the story's day;
                          "weeks after the vote", "days before the summit": a few counted from an event */
            return (u > s->first && (evg_tok_is(s->doc, u - 1, "for") || length_verb(s, u - 1))) ||
                   the_since(s, u, q) || /* "in the months since the vote" */
                   plural_of_noun(s, u, q) || /* "set off weeks of rioting" */
                   evg_tok_is(s->doc, q, "later") ||
                   evg_tok_is(s->doc, q, "earlier") ||
                   ((evg_tok_is(s->doc, q, "after") || evg_tok_is(s->doc, q, "before")) && q + 1 < s->end &&
                    s->doc->tokens.v[q + 1].kind == EVG_TOK_WORD && !(s->mask[q + 1] & (1u << TX_UNIT)));
        return lead == TX_W_WITHIN || (lead == TX_W_AFTER && tx_word_at(s, q, TX_W_OF));
    }
    if (lead <= 0 && clitic_few(s, u, q, lead)) return 1;
    return lead == TX_W_WITHIN || lead == TX_W_AFTER || lead == TX_W_BEFORE || lead == TX_W_SINCE ||
           lead == TX_W_FOR;
}

static int fraction_after(const tx_scan *s, size_t q, size_t *n);

/* [count] unit: "ثلاثة أيام", "يومين", "three-day"; after قبل/بعد or a word of
 * approximation a bare singular counts one (قبل أسبوع, قرابة أسبوع).  A plural
 * or dual unit followed by a direction word belongs to tx_p_last_n. */
static int parse_amount(const tx_scan *s, size_t *p, int lead, int *count, int *unit)
{
    size_t q = *p;
    int n, flags, d, have = parse_count(s, &q, count);
    if (have && tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1)) q++; /* three-day */
    size_t unit_tok = q; /* n is reused below */
    if (!(n = tx_unit_at(s, q, unit, &flags))) return 0;
    q += (size_t)n;
    if ((flags & (TX_F_PLURAL | TX_F_DUAL)) && tx_dir_at(s, q, &d)) return 0; /* اليومين الماضيين */
    if (have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && definite(s, unit_tok) &&
        s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_ARAB && tx_num_at(s, *p, &d))
        return 0; /* "في 25 الشهر الماضي": a day of that month; a count takes no article */
    if (s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_LATN && !(flags & (TX_F_PLURAL | TX_F_DUAL)) &&
        tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1) && evg_tok_is(s->doc, q + 1, "long") &&
        (have || lead <= 0)) {
        if (!have) *count = 1; /* "a decade-long war" P10Y, "a three-year-long drought" P3Y */
        *p = q + 2;
        return 1;
    }
    if (s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_LATN &&
        ((tx_dash_at(s, q) && tx_glued(s, q)) || (have && *count == 1 && (flags & TX_F_PLURAL))))
        return 0; /* "an hours-long meeting": an adjective of no length */
    if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && (n = one_after(s, q))) {
        q += (size_t)n; /* سنة واحدة, يوم واحد: the number follows the unit */
        *count = 1;
        have = 1;
    } else if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && !definite(s, unit_tok) && one_more_after(s, q)) {
        q++; /* يوماً إضافياً, عاماً كاملاً */
        *count = 1;
        have = 1;
    } else if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && lead == TX_W_WITHIN && within_one(s, unit_tok, q)) {
        *count = 1; /* خلال عام */
        have = 1;
    }
    if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && fraction_after(s, q, &(size_t){0})) {
        *count = 1; /* ساعة ونصف, عام وربع: one and a fraction */
        have = 1;
    }
    if (!have && (flags & TX_F_PLURAL) && few_ok(s, unit_tok, q, lead)) {
        *count = 0; /* خلال ساعات, within days, بعد أيام من: an unknown few (PTXH, PXD) */
        have = 1;
    }
    if (flags & TX_F_DUAL) {
        if (!have) *count = TX_WORD_COUNT(flags);
        else if ((flags & TX_F_EN) || (flags >> TX_F_COUNT_SHIFT)) /* "three fortnights", "a half century" */
            *count *= TX_WORD_COUNT(flags);
    } else if (!have && !(flags & TX_F_PLURAL) && s->en && the_since(s, unit_tok, q)) {
        *count = 1; /* "in the decade since": P10Y */
    } else if (!have && lead == TX_W_SINCE && !(flags & TX_F_PLURAL) && since_one(s, unit_tok, q)) {
        *count = 1; /* منذ ساعة تقريبا: an hour ago */
    } else if (!have) {
        if ((lead != TX_W_BEFORE && lead != TX_W_AFTER && lead != TX_W_FOR && lead >= 0) ||
            (flags & TX_F_PLURAL))
            return 0;
        if (lead == TX_W_FOR && definite(s, unit_tok)) return 0; /* طوال العام: the current year */
        if (lead == TX_W_FOR && s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_ARAB && q < s->end &&
            (s->doc->tokens.v[q].kind == EVG_TOK_NUM || (s->mask[q] & (1u << TX_MONTH | 1u << TX_HMONTH))))
            return 0; /* طوال شهر رمضان, طيلة عام 2023: the month or year named, not a length */
        if (s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_LATN) return 0; /* "day after day": English counts "a day" */
        *count = 1;
    }
    if (*count < 0 || (*count == 0 && !have) || *count > 9999) return 0;
    *p = q;
    return 1;
}

/* "من الاتفاق" after "بعد ثلاثة أشهر": the amount counts from an event, not
 * from the reference date (a word that is no time word follows من/على).
 * English "of" does the same: "after five hours of talks", "in 24 hours of
 * fighting" measure the talks and the fighting (a length, not a day). */
static int counts_from_event(const tx_scan *s, size_t q)
{
    const uint32_t timeish = (1u << TX_REL) | (1u << TX_VAGUE) | (1u << TX_MONTH) | (1u << TX_WEEKDAY) |
                             (1u << TX_UNIT) | (1u << TX_HOLIDAY) | (1u << TX_HMONTH);
    int of = s->en && tx_word_at(s, q, TX_W_OF);
    if (!of && !tx_word_at(s, q, TX_W_FROM) && !tx_is(s->doc, q, "\xd8\xb9\xd9\x84\xd9\x8a")) return 0; /* على (folded) */
    q++;
    return q < s->end && s->doc->tokens.v[q].kind == EVG_TOK_WORD && !(s->mask[q] & timeish);
}

/* "three days after Easter", "بعد ثلاثة أيام من عيد الفطر", "a week before
 * 5 March": the amount counted from a dated day.  Returns the end or 0. */
static size_t from_anchor(const tx_scan *s, size_t q, int sign, int unit, int count, tx_hit *h)
{
    tx_hit a;
    memset(&a, 0, sizeof a);
    if (tx_word_at(s, q, TX_W_THE)) q++;
    size_t e = tx_parse_plain(s, q, &a);
    int32_t b = EVG_NODATE, en = EVG_NODATE;
    if (e) evg_value_range(a.value, &b, &en);
    if (!e || unit > TX_U_YEAR || b == EVG_NODATE || b != en)
        return 0;
    tx_day_value(shift_day(b, unit, sign * count), h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return e;
}

/* After the amount: "ago", "hence", "after/before <date>", "من <date>". */
static size_t duration_anchor(const tx_scan *s, size_t q, int lead, int unit, int count, tx_hit *h)
{
    int n;
    if (lead == TX_W_BEFORE || lead == TX_W_AFTER) {
        if (!tx_word_at(s, q, TX_W_FROM)) return 0;
        return from_anchor(s, q + 1, lead == TX_W_AFTER ? 1 : -1, unit, count, h);
    }
    if (lead) return 0;
    if ((n = tx_word_at(s, q, TX_W_AFTER)) || (s->en && (n = tx_word_at(s, q, TX_W_FROM))))
        return from_anchor(s, q + (size_t)n, 1, unit, count, h);
    if ((n = tx_word_at(s, q, TX_W_BEFORE))) return from_anchor(s, q + (size_t)n, -1, unit, count, h);
    return 0;
}

/* The lead word of a duration: before, since, after, within, in; or a
 * word of approximation (*approx).  "in over", "in more than": *over. */
static size_t duration_lead(const tx_scan *s, size_t q, int *lead, int *approx, size_t *astart, int *over)
{
    static const int leads[] = {TX_W_BEFORE, TX_W_SINCE, TX_W_AFTER, TX_W_WITHIN, TX_W_IN, TX_W_FOR};
    const tx_ent *e;
    int n;
    *lead = 0;
    *approx = 0;
    *over = 0;
    for (size_t k = 0; k < sizeof leads / sizeof *leads && !*lead; k++)
        if ((n = tx_word_at(s, q, leads[k]))) { *lead = leads[k]; q += (size_t)n; }
    if (*lead == TX_W_IN && (n = tx_kind_at(s, q, TX_SPAN, &e)) && e->val == 2) {
        q += (size_t)n;
        *over = 1;
    } else if (*lead && *lead != TX_W_FOR && (n = tx_word_at(s, q, TX_W_FOR)) == 2 &&
               (tx_is(s->doc, q, "\xd8\xa7\xd9\x83\xd8\xab\xd8\xb1") || tx_is(s->doc, q, "\xd8\xa7\xd9\x82\xd9\x84"))) {
        q += (size_t)n; /* قبل أكثر من عام, منذ أقل من شهر: the amount follows */
    }
    *astart = q;
    if ((n = tx_kind_at(s, q, TX_APPROX, &e))) { *approx = 1; q += (size_t)n; }
    return q;
}

/* "ثلاثة أيام" (P3D), "قبل يومين" / "two days ago" (a date), "بعد أسبوع",
 * "in two weeks", "منذ عشرين عاما" (P20Y; منذ with days or weeks = ago, but
 * "منذ أكثر من أسبوعين" is how long something has lasted: P2W),
 * "قرابة أسبوع" (P1W, mod APPROX), "بعد ثلاثة أشهر من الاتفاق" (P3M: counted
 * from an event), "three days after Easter" (a date). */
/* A modal or an infinitive "to" between tokens a and b ("the first trains
 * will run in a year"; the "to" of "face-to-face" is none): the amount after
 * a superlative in a future clause is then a day ahead, else ("agreed to
 * restore contacts in their first talks in a year") the span just past. */
static int modal_between(const tx_scan *s, size_t a, size_t b)
{
    static const char *w[] = {"will", "would", "could", "should", "may", "might", "can", "shall"};
    for (size_t k = a; k < b; k++) {
        if (evg_tok_in_static(s->doc, k, w, sizeof w / sizeof *w, 0)) return 1;
        if (evg_tok_is(s->doc, k, "to") && (k == 0 || !evg_tok_is(s->doc, k - 1, "-"))) return 1;
    }
    return 0;
}

/* English "in N units" at i that is the span just past, not a day ahead:
 * after a superlative or "first" up to eight words back ("the first visit in
 * 24 years", "its worst drought in 40 years", "the largest French
 * trade mission to Chile in six years"), after "in over", or a count of ten years or more
 * with no future cue ("in 24 years" is rarely a date in news, whose plans
 * that far ahead carry "will" or "by 2048").  Not in a future clause. */
static int span_past(const tx_scan *s, size_t i, int over, int unit, int count)
{
    const tx_ent *e;
    if (!s->future && (over || (unit == TX_U_YEAR && count >= 10))) return 1;
    for (size_t k = i; k-- > s->first && k + 8 >= i;)
        if (tx_kind_at(s, k, TX_SPAN, &e) && e->val == 1) return !s->future || !modal_between(s, k + 1, i);
    return 0;
}

/* The value of the day a shifted by off units: a day for days, weeks, hours
 * and minutes (48 hours after a day is two days on), the month or the year
 * for longer units; the unknown forms when a is no date. */
static void story_shift_value(int32_t a, int unit, int off, tx_hit *h)
{
    int y, m, d;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (a == EVG_NODATE) {
        snprintf(h->value, sizeof h->value, "%s",
                 unit <= TX_U_WEEK || unit >= TX_U_HOUR ? "XXXX-XX-XX" : unit == TX_U_MONTH ? "XXXX-XX" : "XXXX");
        return;
    }
    int32_t day = unit == TX_U_HOUR ? a + off / 24 : unit == TX_U_MINUTE ? a + off / 1440 : shift_day(a, unit, off);
    evg_civil_from_days(day, &y, &m, &d);
    if (unit <= TX_U_WEEK || unit >= TX_U_HOUR) tx_day_value(day, h->value, sizeof h->value);
    else if (unit == TX_U_MONTH) snprintf(h->value, sizeof h->value, "%04d-%02d", y, m);
    else snprintf(h->value, sizeof h->value, "%04d", y);
}

/* "the year after", "the day before" with nothing after them in the
 * clause ("Business doubled the year after."), "العام الذي تلاه", "اليوم
 * الذي سبقه", "السنة التي تلت ذلك": the day, month or year next to the
 * story's time (the story's day for days, the last date for months and
 * years), as "the following year" is. */
size_t tx_p_unit_next(const tx_scan *s, size_t i, tx_hit *h)
{
    static const char *rel[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", NULL}; /* الذي التي */
    static const char *after[] = {"\xd8\xaa\xd9\x84\xd8\xa7\xd9\x87", "\xd8\xaa\xd9\x84\xd8\xaa\xd9\x87", /* تلاه تلته */
                                  "\xd8\xaa\xd9\x84\xd8\xa7", "\xd8\xaa\xd9\x84\xd8\xaa", NULL};               /* تلا تلت */
    static const char *before[] = {"\xd8\xb3\xd8\xa8\xd9\x82\xd9\x87", "\xd8\xb3\xd8\xa8\xd9\x82\xd8\xaa\xd9\x87", /* سبقه سبقته */
                                   "\xd8\xb3\xd8\xa8\xd9\x82", "\xd8\xb3\xd8\xa8\xd9\x82\xd8\xaa", NULL};               /* سبق سبقت */
    static const char *next[] = {"and", "but", "when", "as", "too", NULL};
    size_t q = i;
    int unit = 0, f = 0, n, sign;
    if (s->en) {
        if (!tx_word_at(s, q, TX_W_THE)) return 0;
        q++;
    }
    if (!s->en && tx_is(s->doc, q, AR_ALYAWM)) unit = TX_U_DAY, n = 1;
    else if (!(n = tx_unit_at(s, q, &unit, &f)) || (f & (TX_F_PLURAL | TX_F_DUAL))) return 0;
    if (unit != TX_U_DAY && unit != TX_U_MONTH && unit != TX_U_YEAR) return 0;
    q += (size_t)n;
    if (s->en) {
        sign = evg_tok_is(s->doc, q, "after") ? 1 : evg_tok_is(s->doc, q, "before") ? -1 : 0;
        if (!sign) return 0;
        q++;
        if (q < s->end && s->doc->tokens.v[q].sent == s->doc->tokens.v[i].sent &&
            s->doc->tokens.v[q].kind != EVG_TOK_PUNCT && !evg_tok_in_static(s->doc, q, next, (size_t)-1, EVG_WS_PLAIN))
            return 0; /* "the day after the vote": a day of its own */
    } else {
        if (!evg_tok_in_static(s->doc, q, rel, (size_t)-1, EVG_WS_PLAIN)) return 0;
        q++;
        sign = evg_tok_in_static(s->doc, q, after, (size_t)-1, EVG_WS_PLAIN) ? 1
             : evg_tok_in_static(s->doc, q, before, (size_t)-1, EVG_WS_PLAIN) ? -1 : 0;
        if (!sign) return 0;
        q++;
        if (tx_word_at(s, q, TX_W_THAT)) q++; /* السنة التي تلت ذلك */
    }
    story_shift_value(unit == TX_U_DAY ? previous_anchor(s, 1) : previous_anchor(s, 0), unit, sign, h);
    return tx_set_hit(h, i, q);
}

/* "the turn of the century" ("of the millennium"): the last turn of a
 * century on or before the reference year (2000 in 2017), about that year
 * (mod APPROX); with no reference date, 2000. */
size_t tx_p_turn_century(const tx_scan *s, size_t i, tx_hit *h)
{
    int y = 2000, m, d;
    if (!s->en || !tx_word_at(s, i, TX_W_THE) || !evg_tok_is(s->doc, i + 1, "turn") || !tx_word_at(s, i + 2, TX_W_OF) ||
        !tx_word_at(s, i + 3, TX_W_THE) || i + 4 >= s->end ||
        !(evg_tok_is(s->doc, i + 4, "century") || evg_tok_is(s->doc, i + 4, "millennium")))
        return 0;
    if (s->dct != EVG_NODATE) {
        evg_civil_from_days(s->dct, &y, &m, &d);
        y = y / 100 * 100;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    h->mod = EVG_MOD_APPROX;
    snprintf(h->value, sizeof h->value, "%04d", y);
    return tx_set_hit(h, i, i + 5);
}

/* English "three days later", "a year earlier", "48 hours later": counted
 * from the last date of the section (the event just told), else from the
 * reference date. */
static size_t later_earlier(const tx_scan *s, size_t q, int unit, int count, tx_hit *h)
{
    int sign = evg_tok_is(s->doc, q, "later") ? 1 : evg_tok_is(s->doc, q, "earlier") ? -1 : 0;
    if (!sign || unit == TX_U_QUARTER || unit == TX_U_DECADE) return 0;
    /* days and weeks count from the story's day; months and years from any
     * date ("elected in 2019 and re-elected four years later": 2023) */
    int32_t a = unit == TX_U_MONTH || unit == TX_U_YEAR ? previous_anchor(s, 0) : previous_anchor(s, 1);
    story_shift_value(a, unit, sign * count, h);
    return q + 1;
}

/* "بعد ذلك", "بعدها", "قبل ذلك", "قبلها" before the amount at c, which
 * carries ب ("بيومين", "بأسبوع"): +1 after, -1 before, 0 none. */
static int then_sign(const tx_scan *s, size_t c)
{
    static const char *then[] = {"\xd8\xa8\xd8\xb9\xd8\xaf\xd9\x87\xd8\xa7", /* بعدها */
                                 "\xd9\x82\xd8\xa8\xd9\x84\xd9\x87\xd8\xa7"}; /* قبلها */
    if (c <= s->first || c >= s->end || s->doc->tokens.v[c].kind != EVG_TOK_WORD || !opens_with_ba(s->doc, c))
        return 0;
    if (tx_is(s->doc, c - 1, then[0])) return 1;
    if (tx_is(s->doc, c - 1, then[1])) return -1;
    if (c < s->first + 2 || !tx_word_at(s, c - 1, TX_W_THAT)) return 0;
    return tx_word_at(s, c - 2, TX_W_AFTER) ? 1 : tx_word_at(s, c - 2, TX_W_BEFORE) ? -1 : 0;
}

/* An amount counted from "that" (the event just told): "بعد ذلك بيومين",
 * "بعدها بثلاثة أيام", "قبل ذلك بأسبوع" (before the amount at c, which
 * carries ب), "بعد يومين من ذلك", "two days after that" (after it, at
 * *q, which moves past them).  Returns +1 after, -1 before, 0 none. */
static int after_that(const tx_scan *s, size_t c, int lead, size_t *q)
{
    int w;
    if ((lead == TX_W_AFTER || lead == TX_W_BEFORE) && tx_word_at(s, *q, TX_W_FROM) && tx_word_at(s, *q + 1, TX_W_THAT)) {
        *q += 2;
        return lead == TX_W_AFTER ? 1 : -1;
    }
    if (lead) return 0;
    if (s->en) {
        w = tx_word_at(s, *q, TX_W_AFTER) ? 1 : tx_word_at(s, *q, TX_W_BEFORE) ? -1 : 0;
        if (!w || !evg_tok_is(s->doc, *q + 1, "that") || (*q + 2 < s->end && s->doc->tokens.v[*q + 2].kind == EVG_TOK_WORD))
            return 0; /* "two days after that" ends there, not "after that agreement" */
        *q += 2;
        return w;
    }
    return then_sign(s, c);
}

/* Is the last dated expression of the section in this sentence? */
static int anchor_in_sentence(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_first < s->first) return 0;
        if (t->begin != EVG_NODATE && t->type != EVG_TIMEX_DURATION) return 1;
    }
    return 0;
}

/* "وصل الوفد الأحد ثم غادر بعد يومين", "after three days the troops
 * withdrew": بعد/after an amount in a past clause (or in one with no tense
 * cue, after a date told in the same sentence: "انتخب في 2014 وأعيد انتخابه
 * بعد أربع سنوات") counts from the story's day (the last single day of the
 * section; for months and years the last date), when the day reached is
 * not after the reference date; 0 otherwise. */
static int past_after(const tx_scan *s, int unit, int count, tx_hit *h)
{
    if (s->future || (!s->past && !anchor_in_sentence(s)) || s->dct == EVG_NODATE || unit == TX_U_QUARTER ||
        unit == TX_U_DECADE)
        return 0;
    int32_t a = unit == TX_U_MONTH || unit == TX_U_YEAR ? previous_anchor(s, 0) : previous_anchor(s, 1), b, e;
    if (a == EVG_NODATE || a == s->dct) return 0;
    story_shift_value(a, unit, count, h);
    evg_value_range(h->value, &b, &e);
    return b != EVG_NODATE && b <= s->dct;
}

/* An Arabic imperfect verb right before the منذ at i ("تعيش منذ خمسة
 * أسابيع", "يقيم منذ يومين"): a state still going on, so منذ counts its
 * length ("for five weeks"), not a day ("five weeks ago").  The verb is
 * right before منذ with the shape ي + three letters or more, or listed
 * (kind imperf) up to five words back in the clause. */
static int ongoing_since(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    size_t n;
    if (i == s->first || s->doc->tokens.v[i - 1].script != EVG_SCRIPT_ARAB) return 0;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i - 1], &n);
    if (n >= 8 && memcmp(w, "\xd9\x8a", 2) == 0) return 1; /* ي + three letters right before */
    for (size_t k = i; k-- > s->first && k + 5 >= i;) { /* a listed one earlier in the clause */
        if (s->doc->tokens.v[k].kind == EVG_TOK_PUNCT) return 0;
        if ((s->mask[k] & (1u << TX_IMPERF)) && tx_lex(s->doc, k, s->end, TX_IMPERF, &e)) return 1;
    }
    return 0;
}

/* A law or decree number, not an amount: "القانون رقم 12 لسنة 2024",
 * "المرسوم 7 لسنة 2023" (the count from c to the unit before q, then ل+unit
 * and a year), or any count right after رقم / "No." / "number". */
static int law_number(const tx_scan *s, size_t c, size_t q)
{
    size_t n;
    const evg_doc *d = s->doc;
    if (c > s->first && (tx_is(d, c - 1, "\xd8\xb1\xd9\x82\xd9\x85") || evg_tok_is(d, c - 1, "number") ||
                         (c >= s->first + 2 && evg_tok_is(d, c - 1, ".") && evg_tok_is(d, c - 2, "no"))))
        return 1; /* رقم */
    if (q <= c || q >= s->end || d->tokens.v[q].kind != EVG_TOK_NUM) return 0;
    const char *u = evg_tok_text(d, &d->tokens.v[q - 1], &n);
    return d->tokens.v[q - 1].script == EVG_SCRIPT_ARAB && n > 2 && memcmp(u, "\xd9\x84", 2) == 0 &&
           d->tokens.v[q].fe - d->tokens.v[q].fs == 4; /* لسنة 2024 */
}

/* A fraction added after the unit at q: "ونصف", "وربع", "and a half", "and
 * a quarter"; the quarters added (2 a half, 1 a quarter), *n the tokens. */
static int fraction_after(const tx_scan *s, size_t q, size_t *n)
{
    static const char *half = "\xd9\x88\xd9\x86\xd8\xb5\xd9\x81", *quarter = "\xd9\x88\xd8\xb1\xd8\xa8\xd8\xb9"; /* ونصف وربع */
    if (q >= s->end) return 0;
    *n = 1;
    if (tx_is(s->doc, q, half)) return 2;
    if (tx_is(s->doc, q, quarter)) return 1;
    *n = 3;
    if (!s->en || q + 2 >= s->end || !evg_tok_is(s->doc, q, "and") || !evg_tok_is(s->doc, q + 1, "a")) return 0;
    return evg_tok_is(s->doc, q + 2, "half") ? 2 : evg_tok_is(s->doc, q + 2, "quarter") ? 1 : 0;
}

/* A length with a fraction, in the next smaller unit that makes it whole:
 * a year and a half P18M, an hour and a half PT90M, a day and a half PT36H;
 * 0 for the other units. */
static int fraction_value(int unit, int count, int quarters, tx_hit *h)
{
    if (unit == TX_U_YEAR) snprintf(h->value, sizeof h->value, "P%dM", count * 12 + quarters * 3);
    else if (unit == TX_U_HOUR) snprintf(h->value, sizeof h->value, "PT%dM", count * 60 + quarters * 15);
    else if (unit == TX_U_DAY) snprintf(h->value, sizeof h->value, "PT%dH", count * 24 + quarters * 6);
    else return 0;
    h->type = EVG_TIMEX_DURATION;
    return 1;
}

/* A headline tells what has just come about ("Bouteflika quits after 20
 * years", "بوتفليقة يستقيل بعد 20 عاما في الحكم", "Flights resume after
 * three months"): after a count (at i, the amount read up to q) inside a
 * headline with no date before it is the length that has just ended, when
 * no future word says otherwise ("will", "to", سـ, سوف).  An Arabic
 * imperfect is the news only when a phrase of the state that lasted follows
 * ("في الحكم", "من الإغلاق"); "يصل الوفد بعد يومين" is two days ahead. */
/* An English headline's future word before i: "will", "'ll", "shall", or
 * "to" before a verb ("Talks to resume after two weeks").  A headline's
 * present tense ("reopens", "resumes") tells what has just happened. */
static int headline_future(const tx_scan *s, size_t i)
{
    for (size_t k = s->first; k < i; k++) {
        if (evg_tok_is(s->doc, k, "will") || evg_tok_is(s->doc, k, "shall") || evg_tok_is(s->doc, k, "'ll"))
            return 1;
        if (evg_tok_is(s->doc, k, "to") && k + 1 < i && s->doc->tokens.v[k + 1].kind == EVG_TOK_WORD &&
            !(s->doc->tokens.v[k + 1].flags & EVG_TOKF_CAP) && !evg_tok_is(s->doc, k + 1, "the") &&
            !evg_tok_is(s->doc, k + 1, "a") && !evg_tok_is(s->doc, k + 1, "an"))
            return 1;
    }
    return 0;
}

static int headline_length(const tx_scan *s, size_t i, size_t q)
{
    static const char *state[] = {"\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a",
                                  "\xd9\x85\xd8\xb9", NULL}; /* في من على (folded) مع */
    const evg_doc *d = s->doc;
    if (s->section < 0 || (size_t)s->section >= d->sections.n || d->sections.v[s->section].kind != EVG_SEC_TITLE ||
        i <= s->first || anchor_in_sentence(s))
        return 0;
    if (!s->future) return 1;
    if (s->en) return !headline_future(s, i); /* "Metro line reopens after eight months": the closure's length */
    return s->imperf_future && q < s->end && evg_tok_in_static(d, q, state, (size_t)-1, EVG_WS_PLAIN);
}

size_t tx_p_duration(const tx_scan *s, size_t i, tx_hit *h)
{
    int lead, approx, count = 0, unit, over;
    size_t astart, q = duration_lead(s, i, &lead, &approx, &astart, &over);
    size_t cstart = approx ? astart : q;
    int then = !lead && !approx && then_sign(s, q); /* قبل ذلك بأسبوع: one week */
    if (!parse_amount(s, &q, (approx && !lead) || then ? -1 : lead, &count, &unit)) return 0;
    if (law_number(s, cstart, q)) return 0;
    if (lead && q >= cstart + 3 && tx_dash_at(s, q - 2) && tx_glued(s, q - 2) && tx_glued(s, q - 1)) {
        duration_value(unit, count, h); /* "after a two-year fight": an adjective, no date */
        return tx_set_hit(h, cstart, q);
    }
    if (lead == TX_W_IN && s->en &&
        (span_past(s, i, over, unit, count) ||
         (approx && !s->future && (evg_tok_is(s->doc, astart, "nearly") || evg_tok_is(s->doc, astart, "almost")))))
        lead = TX_W_WITHIN; /* "the first visit in nearly five years": a span, not a day ahead */
    size_t r = q;
    int sg = count ? after_that(s, cstart, lead, &r) : 0;
    if (sg) { /* بعد ذلك بيومين, بعد يومين من ذلك, two days after that */
        story_shift_value(unit == TX_U_MONTH || unit == TX_U_YEAR ? previous_anchor(s, 0) : previous_anchor(s, 1),
                          unit, sg * count, h);
        return tx_set_hit(h, i, r);
    }
    size_t e = count ? duration_anchor(s, q, lead, unit, count, h) : 0;
    if (e) return tx_set_hit(h, i, e);
    if (!lead && count && s->en && (e = later_earlier(s, q, unit, count, h))) return tx_set_hit(h, cstart, e);
    int ago = tx_word_at(s, q, TX_W_AGO), hence = ago ? 0 : tx_word_at(s, q, TX_W_HENCE);
    int event = !ago && !hence && counts_from_event(s, q);
    if (lead == TX_W_AFTER && !count && s->past) event = 1; /* "وصلوا بعد ساعات": a length after the event told */
    if (lead == TX_W_AFTER && s->past && !s->future && ((unit == TX_U_HOUR && count < 24) || unit == TX_U_MINUTE))
        event = 1; /* "غادروا بعد نحو ساعتين": hours within the event's day are its length */
    if (lead == TX_W_AFTER && count && !event && headline_length(s, i, q)) event = 1;
    if (lead == TX_W_AFTER && count && unit == TX_U_DECADE && (!s->future || s->imperf_future))
        event = 1; /* "وبعد ثلاثة عقود ما زالت تحتفظ بالمنشور": decades gone by, a length */
    if (lead == TX_W_AFTER && count && !event && s->past_event && !s->future) {
        tx_hit probe = *h; /* "انهارت الهدنة بعد أقل من أسبوعين" with no day told before: a length, never a day ahead */
        if (!past_after(s, unit, count, &probe)) event = 1;
    }
    if (!event && (ago || hence || lead == TX_W_BEFORE || lead == TX_W_AFTER ||
                   (lead == TX_W_IN && s->en) ||
                   (lead == TX_W_SINCE && unit <= TX_U_WEEK && astart == i + 1 && !ongoing_since(s, i)))) {
        int sign = ago || (!hence && lead != TX_W_AFTER && lead != TX_W_IN) ? -1 : 1;
        if (lead == TX_W_AFTER && count && past_after(s, unit, count, h)) return tx_set_hit(h, i, q);
        q += (size_t)(ago + hence);
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        if (count) shifted_value(s, unit, sign * count, h);
        else snprintf(h->value, sizeof h->value, "%s", sign < 0 ? "PAST_REF" : "FUTURE_REF"); /* a few days ago */
        return tx_set_hit(h, lead == TX_W_IN ? cstart : i, q);
    }
    size_t fn = 0;
    int quarters = count > 0 ? fraction_after(s, q, &fn) : 0;
    if (quarters && fraction_value(unit, count, quarters, h)) q += fn; /* ساعة ونصف: PT90M */
    else duration_value(unit, count, h);
    if (approx) h->mod = EVG_MOD_APPROX;
    if (!lead && !count && s->en && (evg_tok_is(s->doc, q, "later") || evg_tok_is(s->doc, q, "earlier"))) q++;
    return tx_set_hit(h, cstart, q);
}

/* The period after "في وقت سابق من", "في وقت لاحق من" ("earlier/later in"):
 * "من اليوم" (today), "من هذا الشهر", "من اليوم نفسه" (the story's day), "من
 * العام الماضي"; the expression takes its value.  End or 0. */
static size_t vague_of(const tx_scan *s, size_t q, tx_hit *h)
{
    tx_hit a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    size_t ea = tx_parse_plain(s, q, &a), eb = tx_p_anaphoric_day(s, q, &b);
    if (eb > ea) ea = eb, a = b;
    if (!ea || a.type != EVG_TIMEX_DATE || strchr(a.value, '/') || strstr(a.value, "REF")) return 0;
    *h = a;
    return ea;
}

size_t tx_p_vague(const tx_scan *s, size_t i, tx_hit *h)
{
    static const char *v[] = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"};
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_VAGUE, &e);
    if (!n || e->val < 0 || e->val > 2) return 0;
    size_t q = i + (size_t)n, end;
    if (tx_word_at(s, q, TX_W_FROM) && (end = vague_of(s, q + 1, h))) return tx_set_hit(h, i, end);
    const tx_ent *m = NULL;
    if (e->val == 1 && s->en && tx_kind_at(s, q, TX_MONTH, &m) && m && !(m->flags & TX_F_WEAK) &&
        (s->doc->tokens.v[q].flags & EVG_TOKF_CAP))
        return 0; /* "it is now December": the month is the present one, told by itself */
    memset(h, 0, sizeof *h);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    snprintf(h->value, sizeof h->value, "%s", v[e->val]);
    return tx_set_hit(h, i, i + (size_t)n);
}

/* ---- decades ---- */

/* The century after a decade word: "القرن الماضي" / "القرن العشرين" -> 19,
 * "القرن الحالي" / "القرن الحادي والعشرين" -> 20; *end past it. */
static int decade_century(const tx_scan *s, size_t q, size_t *end)
{
    const tx_ent *e;
    int n, dir;
    *end = q;
    if (!tx_word_at(s, q, TX_W_CENTURY)) return 19;
    q++;
    if ((n = tx_dir_at(s, q, &dir))) {
        *end = q + (size_t)n;
        return dir < 0 ? 19 : 20;
    }
    if ((n = tx_kind_at(s, q, TX_ORD, &e)) && (e->val == 20 || e->val == 21)) {
        *end = q + (size_t)n;
        return e->val - 1;
    }
    return 19;
}

/* The years of century n (the 19th: 1800/1899), given as decades are. */
static size_t century_hit(size_t i, size_t end, int n, tx_hit *h)
{
    if (n < 1 || n > 30) return 0;
    h->type = EVG_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%04d/%04d", (n - 1) * 100, (n - 1) * 100 + 99);
    return tx_set_hit(h, i, end);
}

/* The century of the reference date moved by off (2024: the 21st); 0 without one. */
static int current_century(const tx_scan *s, int off)
{
    int y, m, d;
    if (s->dct == EVG_NODATE) return 0;
    evg_civil_from_days(s->dct, &y, &m, &d);
    return y / 100 + 1 + off;
}

/* English "[the] 19th century", "the nineteenth century", "the last
 * century", "this century": end or 0. */
static size_t century_en(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n = 0, dir, k;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if ((k = tx_dir_en(s, q, &dir))) {
        n = current_century(s, dir);
        q += (size_t)k;
    } else if (!tx_parse_day(s, &q, &n)) {
        return 0;
    }
    if (!evg_tok_is(s->doc, q, "century")) return 0;
    return century_hit(i, q + 1, n, h);
}

/* "القرن التاسع عشر", "القرن الحادي والعشرين", "القرن الماضي", "هذا القرن",
 * "the 19th century", "the last century": the century as a year interval
 * (the 19th: 1800/1899), as decades are.  Not "صفقة القرن" (the deal of the
 * century): an ordinal or a direction must name it. */
size_t tx_p_century(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    int n, dir;
    size_t q = i;
    if (s->en) return century_en(s, i, h);
    if ((n = tx_word_at(s, q, TX_W_THIS))) {
        if (!tx_word_at(s, q + (size_t)n, TX_W_CENTURY)) return 0;
        return century_hit(i, q + (size_t)n + 1, current_century(s, 0), h);
    }
    if (!tx_word_at(s, q, TX_W_CENTURY)) return 0;
    q++;
    if ((n = tx_kind_at(s, q, TX_ORD, &e))) return century_hit(i, q + (size_t)n, e->val, h);
    if ((n = tx_dir_at(s, q, &dir))) return century_hit(i, q + (size_t)n, current_century(s, dir), h);
    return 0;
}

/* "ثمانينيات القرن الماضي", "في التسعينيات": the decade as a year interval. */
size_t tx_p_decade(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t end;
    int n = tx_kind_at(s, i, TX_DECADE, &e);
    if (!n) return 0;
    int y = decade_century(s, i + (size_t)n, &end) * 100 + e->val * 10;
    h->type = EVG_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%04d/%04d", y, y + 9);
    return tx_set_hit(h, i, end);
}

/* ---- parts of a period ---- */

/* EOM, BOY: a part of the current month (mod 11-13) or year (21-23) in one word. */
static size_t part_of_current(const tx_scan *s, size_t i, size_t end, int mod, tx_hit *h)
{
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    h->mod = mod % 10;
    tx_period_value(s, mod / 10 == 1 ? TX_U_MONTH : TX_U_YEAR, 0, h->value, sizeof h->value);
    return tx_set_hit(h, i, end);
}

/* What a part word governs when no date parses: a bare year ("أواخر
 * 2023", "mid-2023") or a unit meaning the current one ("نهاية العام"). */
static size_t part_target(const tx_scan *s, size_t q, tx_hit *h)
{
    int y, n, unit, flags;
    if (tx_num_at(s, q, &y) == 4 && y >= 1000 && y <= 2999) {
        h->type = EVG_TIMEX_DATE;
        snprintf(h->value, sizeof h->value, "%04d", y);
        return q + 1;
    }
    if (!(n = tx_unit_at(s, q, &unit, &flags)) || (flags & (TX_F_PLURAL | TX_F_DUAL)) || unit == TX_U_DAY ||
        unit > TX_U_YEAR)
        return 0;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    tx_period_value(s, unit, 0, h->value, sizeof h->value);
    return q + (size_t)n;
}

/* "مطلع الشهر الجاري", "أواخر يونيو", "منتصف العام", "late 2023": the period with a mod. */
size_t tx_p_part(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n = tx_kind_at(s, q, TX_PART, &e);
    if (!n) return 0;
    int mod = e->val;
    q += (size_t)n;
    if (mod > 10) return part_of_current(s, i, q, mod, h);
    if (tx_dash_at(s, q) && tx_glued(s, q)) q++; /* mid-2023 */
    if (tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_FROM)) q++;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if ((n = tx_kind_at(s, q, TX_APPROX, &e))) q += (size_t)n; /* end of around next week */
    int y;
    if ((tx_punct_at(s, q, "'") || tx_punct_at(s, q, "\xe2\x80\x99")) && tx_num_at(s, q + 1, &y) == 2) q++; /* the late '70s */
    size_t end = tx_parse_plain(s, q, h);
    if (!end) end = part_target(s, q, h);
    tx_hit dec;
    memset(&dec, 0, sizeof dec);
    size_t dend = tx_p_decade(s, q, &dec); /* "منتصف التسعينيات": the decade's interval */
    if (dend > end) *h = dec, end = dend;
    if (end && end == tx_p_century(s, q, &dec)) dend = end; /* "مطلع القرن العشرين": the century's */
    if (end == q + 2 && tx_num_at(s, q, &y) == 2 && evg_tok_is(s->doc, q + 1, "s")) dend = end; /* '70s */
    if (end == q + 1 && h->type == EVG_TIMEX_DATE && tx_num_at(s, q, &y) == 4 && y % 10 == 0 && end < s->end &&
        tx_glued(s, end) && evg_tok_is(s->doc, end, "s")) { /* "mid-1990s", "the late 1980s" */
        snprintf(h->value, sizeof h->value, "%04d/%04d", y, y + 9);
        dend = ++end;
    } else if (end == q + 2 && tx_num_at(s, q, &y) == 4 && evg_tok_is(s->doc, q + 1, "s")) {
        dend = end; /* the year parser read "1980s" as the decade already */
    }
    const uint32_t hijri = (1u << TX_HMONTH) | (1u << TX_HOLIDAY); /* أواخر رمضان: its days */
    if (!end || h->type != EVG_TIMEX_DATE || (strchr(h->value, '/') && !(s->mask[q] & hijri) && end != dend) ||
        strstr(h->value, "REF"))
        return 0;
    h->mod = mod;
    return tx_set_hit(h, i, end);
}

/* ---- quarters ---- */

/* Maghreb الثلاثي (a quarter) right after a definite noun is an adjective,
 * "tripartite" ("الاجتماع الثلاثي الأول"), no quarter. */
static int tripartite(const tx_scan *s, size_t q)
{
    static const char *thulathi = "\xd8\xa7\xd9\x84\xd8\xab\xd9\x84\xd8\xa7\xd8\xab\xd9\x8a"; /* الثلاثي */
    size_t n;
    if (!tx_is(s->doc, q, thulathi) || q <= s->first) return 0;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[q - 1], &n);
    return n > 4 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0; /* ال- */
}

/* The quarter number after or before the unit: "الربع الثالث", "third quarter", "Q3". */
static int quarter_number(const tx_scan *s, size_t *p, int *qn)
{
    size_t q = *p;
    int n, d;
    if (evg_tok_is(s->doc, q, "q") && tx_glued(s, q + 1) && tx_num_at(s, q + 1, &d) == 1 && d >= 1 && d <= 4) {
        *qn = d;
        *p = q + 2;
        return 1;
    }
    if (tx_parse_day(s, &q, &d) && d <= 4 && (n = tx_unit_is(s, q, TX_U_QUARTER))) {
        *qn = d;
        *p = q + (size_t)n;
        return 1;
    }
    q = *p;
    if ((evg_tok_is(s->doc, q, "final") || (evg_tok_is(s->doc, q, "last") && tx_word_at(s, q + 2, TX_W_OF))) &&
        (n = tx_unit_is(s, q + 1, TX_U_QUARTER))) {
        *qn = 4; /* the final quarter, the last quarter of 2023 */
        *p = q + 1 + (size_t)n;
        return 1;
    }
    if ((n = tx_unit_is(s, q, TX_U_QUARTER)) && tx_is(s->doc, q + (size_t)n, AR_ALAKHIR) &&
        tx_word_at(s, q + (size_t)n + 1, TX_W_FROM)) {
        *qn = 4; /* الربع الأخير من 2023 (alone it is the latest quarter) */
        *p = q + (size_t)n + 1;
        return 1;
    }
    if ((n = tx_unit_is(s, q, TX_U_QUARTER)) && tx_parse_day(s, &(size_t){q + (size_t)n}, &d) && d <= 4 &&
        !tripartite(s, q)) {
        q += (size_t)n;
        tx_parse_day(s, &q, &d);
        *qn = d;
        *p = q;
        return 1;
    }
    return 0;
}

/* A year-less quarter follows the clause's tense as a year-less month
 * does: after a past event verb ("the currency lost 8% in the fourth
 * quarter" in February) a quarter not yet begun is last year's (-1); in a
 * future clause ("expects a recovery in the first quarter" in November)
 * one already over is next year's (+1); else the reference year (0). */
static int quarter_shift(const tx_scan *s, int qn, int m0, int yrel_set)
{
    if (yrel_set) return 0;
    if (s->past_event && (qn - 1) * 3 + 1 > m0) return -1;
    if (s->future && qn * 3 < m0) return 1;
    return 0;
}

size_t tx_p_quarter(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_spec sp;
    size_t q = i;
    int qn, y;
    memset(&sp, 0, sizeof sp);
    int nd = tx_num_at(s, q, &y);
    if ((nd == 4 || nd == 2) && quarter_number(s, &(size_t){q + 1}, &qn) && tx_glued(s, q + 1)) {
        sp.y = nd == 2 ? 2000 + y : y; /* 2018Q4, 18q4 */
        q++;
    }
    if (!quarter_number(s, &q, &qn)) return 0;
    size_t r = q;
    if (tx_word_at(s, r, TX_W_OF) || tx_word_at(s, r, TX_W_FROM) || tx_word_at(s, r, TX_W_IN)) r++;
    if (tx_word_at(s, r, TX_W_THE)) r++;
    if (!sp.y && (tx_parse_year(s, &r, &sp, 1) || tx_parse_year_rel(s, &r, &sp))) q = r;
    int y0 = 0, m0, d0;
    if (s->dct != EVG_NODATE) evg_civil_from_days(s->dct, &y0, &m0, &d0);
    h->relative = !sp.y;
    if (!sp.y && y0) sp.y = y0 + (sp.yrel_set ? sp.yrel : 0) + quarter_shift(s, qn, m0, sp.yrel_set);
    h->type = EVG_TIMEX_DATE;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-Q%d", sp.y, qn);
    else snprintf(h->value, sizeof h->value, "XXXX-Q%d", qn);
    return tx_set_hit(h, i, q);
}

/* ---- the n-th weekday of a month ---- */


/* An ordinal 1-5 or "last" (-1) counting weekdays. */
static int parse_nth(const tx_scan *s, size_t *p, int *nth)
{
    static const char *const last[] = {AR_AKHIR, AR_ALAKHIR};
    const tx_ent *e;
    int n;
    if (evg_tok_in_static(s->doc, *p, last, 2, EVG_WS_WAW_FA) || evg_tok_is(s->doc, *p, "last")) {
        (*p)++;
        *nth = -1;
        return 1;
    }
    if ((n = tx_kind_at(s, *p, TX_ORD, &e)) && e->val <= 5) {
        *p += (size_t)n;
        *nth = e->val;
        if (evg_tok_is(s->doc, *p, "last")) { /* fifth last */
            (*p)++;
            *nth = -e->val;
        }
        return 1;
    }
    if (tx_parse_day(s, &(size_t){*p}, nth) && evg_tok_is(s->doc, *p + 2, "last") && *nth <= 5) {
        *p += 3; /* 3rd last */
        *nth = -*nth;
        return 1;
    }
    return 0;
}

/* A month or a year a week is counted in: "من أكتوبر 2014", "of 2018",
 * "في الشهر التاسع سنة 2014"; its first and last days. */
static int week_period(const tx_scan *s, size_t *p, int32_t *first, int32_t *last)
{
    tx_spec sp;
    tx_hit h;
    size_t q = *p;
    int named = 0, y, m;
    memset(&sp, 0, sizeof sp);
    memset(&h, 0, sizeof h);
    if (tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_IN)) q++;
    if (tx_parse_month(s, &q, &sp, &named) && !sp.hijri) {
        if (!sp.mrel_set) tx_parse_month_rest(s, &q, &sp);
        if (!tx_resolve_date(s, &sp, &h) || sscanf(h.value, "%4d-%2d", &y, &m) != 2 || strlen(h.value) != 7)
            return 0;
        *first = evg_days_from_civil(y, m, 1);
        *last = evg_days_from_civil(y, m, evg_days_in_month(y, m));
    } else if (memset(&sp, 0, sizeof sp), tx_parse_year(s, &q, &sp, 1) && !sp.hijri) {
        *first = evg_days_from_civil(sp.y, 1, 1);
        *last = evg_days_from_civil(sp.y, 12, 31);
    } else {
        return 0;
    }
    *p = q;
    return 1;
}

/* "first week of October 2014", "الأسبوع الأخير من سبتمبر", "third last week
 * of 2018": counted among the ISO weeks wholly inside the period. */
size_t tx_p_nth_week(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n, nth = 0, wy, wn;
    int32_t first, last;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    int ord_first = parse_nth(s, &q, &nth);
    if (!(n = tx_unit_is(s, q, TX_U_WEEK))) return 0;
    q += (size_t)n;
    if (!ord_first && !parse_nth(s, &q, &nth)) return 0;
    if (!week_period(s, &q, &first, &last)) return 0;
    int32_t mon1 = first + (8 - evg_weekday(first)) % 7;  /* first Monday inside */
    int32_t monl = last - (evg_weekday(last) % 7) - 6;    /* Monday of the last full week */
    int32_t mon = nth > 0 ? mon1 + 7 * (nth - 1) : monl + 7 * (nth + 1);
    if (mon < mon1 || mon > monl) return 0;
    tx_iso_week(mon, &wy, &wn);
    snprintf(h->value, sizeof h->value, "%04d-W%02d", wy, wn);
    h->type = EVG_TIMEX_DATE;
    return tx_set_hit(h, i, q);
}

/* "أول ثلاثاء من أكتوبر", "الاثنين الأخير من مارس", "third Tuesday of September 2014". */
size_t tx_p_nth_weekday(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n, nth = 0, wd, named = 0, y, m;
    memset(&sp, 0, sizeof sp);
    if (tx_word_at(s, q, TX_W_THE)) q++;
    int ord_first = parse_nth(s, &q, &nth), dayw = 0;
    if (ord_first && tx_unit_is(s, q, TX_U_DAY)) { q++; dayw = 1; }
    else if (!ord_first && (tx_unit_is(s, q, TX_U_DAY) || tx_is(s->doc, q, AR_ALYAWM))) { q++; dayw = 1; }
    if ((n = tx_kind_at(s, q, TX_WEEKDAY, &e))) {
        wd = e->val;
        q += (size_t)n;
    } else if (dayw) {
        wd = 0; /* the n-th or the last day of the month */
    } else {
        return 0;
    }
    if (!ord_first && !parse_nth(s, &q, &nth)) return 0;
    if (tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_IN)) q++;
    if (!tx_parse_month(s, &q, &sp, &named) || sp.hijri) return 0;
    if (!sp.mrel_set) tx_parse_month_rest(s, &q, &sp);
    if (!tx_resolve_date(s, &sp, h) || sscanf(h->value, "%4d-%2d", &y, &m) != 2) return 0;
    int32_t first = evg_days_from_civil(y, m, 1);
    int32_t last = evg_days_from_civil(y, m, evg_days_in_month(y, m));
    int32_t day;
    if (!wd) day = nth < 0 ? last + nth + 1 : first + nth - 1;
    else if (nth < 0) day = last - (evg_weekday(last) - wd + 7) % 7 + 7 * (nth + 1);
    else day = first + (wd - evg_weekday(first) + 7) % 7 + 7 * (nth - 1);
    if (day >= first + evg_days_in_month(y, m)) return 0;
    tx_day_value(day, h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

/* ---- holidays ---- */

/* The occurrence nearest the reference date in the direction asked. */
static int32_t holiday_pick(const tx_scan *s, const tx_holiday *hol, int dir, int *len)
{
    static const tx_holiday eids[] = {{TX_CAL_HIJRI, 10, 1, 1, 0, ""}, {TX_CAL_HIJRI, 12, 10, 1, 0, ""}}; /* الفطر, الأضحى */
    int y0, m0, d0, l, eid = hol->cal == TX_CAL_EID;
    int32_t best = EVG_NODATE;
    /* a past event verb with no direction word ("shops were shut on New Year's Eve"): on or before */
    int past_event = dir == TX_D_NONE && s->past_event && !s->future;
    int want_future = !past_event && (dir == TX_D_NEXT || dir == TX_D_THIS || s->prefer == EVG_PREFER_FUTURE || s->future);
    int nearest = eid && dir == TX_D_NONE && !past_event && !want_future && !s->past; /* "the Eid holiday": the nearer Eid */
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    for (int k = 0; k < (eid ? 2 : 1); k++)
        for (int y = y0 - 1; y <= y0 + 1; y++) {
            int32_t day = tx_holiday_in_year(eid ? &eids[k] : hol, y, &l);
            if (day == EVG_NODATE) continue;
            int ok = dir == TX_D_PAST || (eid && s->past && !want_future) ? day < s->dct + (dir != TX_D_PAST)
                     : past_event ? day <= s->dct : want_future ? day >= s->dct : day - s->dct <= 183;
            if (!ok) continue;
            if (best != EVG_NODATE) { /* no distance to a day not yet chosen (EVG_NODATE is INT32_MIN) */
                int32_t gap = day > s->dct ? day - s->dct : s->dct - day, bgap = best > s->dct ? best - s->dct : s->dct - best;
                if (!(nearest ? gap < bgap : (dir == TX_D_PAST || !want_future ? day > best : day < best))) continue;
            }
            best = day;
            *len = l;
        }
    return best;
}

/* Value of a holiday in the year the text gives, or the occurrence picked
 * around the reference date; 0 when it cannot be placed. */
static int holiday_value(const tx_scan *s, const tx_holiday *hol, const tx_spec *sp, int dir, tx_hit *h)
{
    int32_t day = EVG_NODATE;
    int y0 = 0, m0, d0, len = 1;
    char a[16], b[16];
    if (s->dct != EVG_NODATE) evg_civil_from_days(s->dct, &y0, &m0, &d0);
    h->type = EVG_TIMEX_DATE;
    h->relative = sp->y == 0;
    if (sp->y) day = tx_holiday_in_year(hol, sp->y, &len);
    else if (sp->yrel_set && y0) day = tx_holiday_in_year(hol, y0 + sp->yrel, &len);
    else if (y0) day = holiday_pick(s, hol, dir, &len);
    else if (hol->cal == TX_CAL_GREG) {
        snprintf(h->value, sizeof h->value, "XXXX-%02d-%02d", hol->month, hol->day);
        return 1;
    }
    if (day == EVG_NODATE) return 0;
    tx_day_value(day, a, sizeof a);
    tx_day_value(day + len - 1, b, sizeof b);
    if (len > 1) snprintf(h->value, sizeof h->value, "%s/%s", a, b);
    else snprintf(h->value, sizeof h->value, "%s", a);
    return 1;
}

/* "thanksgiving in 9 months", "Christmas two years ago": the holiday of the
 * year that the shifted period falls in.  Returns the new end (q if none). */
/* "in a year", "9 months from now", "two years ago" at q: the year the
 * shifted reference date falls in (*y); returns the end or 0. */
size_t tx_shift_year(const tx_scan *s, size_t q, int *y)
{
    tx_hit d;
    memset(&d, 0, sizeof d);
    size_t e = tx_p_duration(s, q, &d);
    if (!e || d.first > q + 1 || d.type != EVG_TIMEX_DATE || d.value[0] == 'X' || sscanf(d.value, "%4d", y) != 1)
        return 0;
    return e;
}

static size_t holiday_shift(const tx_scan *s, size_t q, tx_spec *sp)
{
    int y;
    size_t e = tx_shift_year(s, q, &y);
    if (!e) return q;
    sp->y = y;
    return e;
}

/* "the week of October 7th": the ISO week of a dated day. */
size_t tx_p_week_of(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_hit a;
    size_t q = i;
    int32_t b, en;
    int wy, wn;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if (!evg_tok_is(s->doc, q, "week") || !tx_word_at(s, q + 1, TX_W_OF)) return 0;
    memset(&a, 0, sizeof a);
    size_t e = tx_parse_plain(s, q + 2, &a);
    if (!e) return 0;
    evg_value_range(a.value, &b, &en);
    if (b == EVG_NODATE || b != en) return 0;
    tx_iso_week(b, &wy, &wn);
    snprintf(h->value, sizeof h->value, "%04d-W%02d", wy, wn);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, e);
}

/* "عيد الفطر", "عيد الأضحى 2023", "last Easter", "Christmas 2024". */
/* The first byte offset in the document of one of the words of where
 * ("|" between), -1 when none is there. */
static long where_at(const evg_doc *d, const char *where)
{
    long best = -1;
    for (const char *w = where; *w;) {
        size_t n = strcspn(w, "|");
        for (const char *p = d->raw.p, *end = d->raw.p + d->raw.n; n && p + n <= end; p++) {
            if (memcmp(p, w, n) == 0) {
                if (best < 0 || p - d->raw.p < best) best = p - d->raw.p;
                break;
            }
        }
        w += n + (w[n] == '|');
    }
    return best;
}

/* ---- whose national day: the country written next to the holiday's name ---- */

#define AR_AL_ "\xd8\xa7\xd9\x84" /* ال */
#define AR_LAM_ "\xd9\x84"       /* ل */

/* Original text of token i (n bytes), NULL past the scan. */
static const char *orig_tok(const tx_scan *s, size_t i, size_t *n)
{
    if (i >= s->end) return NULL;
    const evg_token *t = &s->doc->tokens.v[i];
    *n = (size_t)(t->oe - t->os);
    return s->doc->raw.p + t->os;
}

static int bytes_start(const char *w, size_t n, const char *z)
{
    size_t m = strlen(z);
    return n >= m && memcmp(w, z, m) == 0;
}

static int bytes_end(const char *w, size_t n, const char *z)
{
    size_t m = strlen(z);
    return n >= m && memcmp(w + n - m, z, m) == 0;
}

/* Does the word w (n bytes, as written) name the country of where ("|"
 * between its words): one of them begins w ("الكويتي", "Turkish", "Qatar's"),
 * or begins w without its article ("القطري" for قطر)? */
static int owner_is(const char *w, size_t n, const char *where)
{
    size_t al = strlen(AR_AL_);
    for (const char *p = where; *p;) {
        size_t m = strcspn(p, "|");
        if (m >= 4 && ((n >= m && memcmp(w, p, m) == 0) ||
                       (bytes_start(w, n, AR_AL_) && n - al >= m && memcmp(w + al, p, m) == 0)))
            return 1;
        p += m + (p[m] == '|');
    }
    return 0;
}

/* The Arabic word after a holiday's name, its prepositional ل taken off
 * ("لتركيا" -> تركيا; "للإمارات" -> الإمارات, written into buf). */
static const char *ar_owner_word(const char *w, size_t *n, char *buf, size_t cap)
{
    size_t l = strlen(AR_LAM_);
    if (!bytes_start(w, *n, AR_LAM_) || *n <= 2 * l + 2) return w;
    if (bytes_start(w + l, *n - l, AR_LAM_) && *n + 2 <= cap) { /* لل + noun = ل + ال + noun */
        memcpy(buf, AR_AL_, strlen(AR_AL_));
        memcpy(buf + strlen(AR_AL_), w + 2 * l, *n - 2 * l);
        *n = *n - 2 * l + strlen(AR_AL_);
        return buf;
    }
    *n -= l;
    return w + l;
}

/* A state's title between a day's name and the state ("اليوم الوطني لدولة
 * الإمارات", "لسلطنة عمان"): 1 when w (without its ل) is one. */
static int ar_state_title(const char *w, size_t n)
{
    static const char *t[] = {"\xd8\xaf\xd9\x88\xd9\x84\xd8\xa9",                       /* دولة */
                              "\xd9\x85\xd9\x85\xd9\x84\xd9\x83\xd8\xa9",             /* مملكة */
                              "\xd8\xa7\xd9\x84\xd9\x85\xd9\x85\xd9\x84\xd9\x83\xd8\xa9", /* المملكة */
                              "\xd8\xb3\xd9\x84\xd8\xb7\xd9\x86\xd8\xa9",             /* سلطنة */
                              "\xd8\xac\xd9\x85\xd9\x87\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa9"}; /* جمهورية */
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (n == strlen(t[k]) && memcmp(w, t[k], n) == 0) return 1;
    return 0;
}

/* Is the Arabic word w, right after a day's name, someone else's: a
 * nisba adjective ("الياباني", "الإيطالية") or a ل-phrase ("لليابان",
 * "للمرأة"), not a pronoun ("لها", "لبلاده": the country told before)? */
static int ar_other_owner(const tx_scan *s, size_t q, const char *w0, size_t n0)
{
    static const char *pron[] = {"\xd9\x84\xd9\x87\xd8\xa7", "\xd9\x84\xd9\x87",           /* لها له */
                                 "\xd9\x84\xd9\x87\xd9\x85", "\xd9\x84\xd9\x86\xd8\xa7",   /* لهم لنا */
                                 "\xd9\x84\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf"};                /* لبلاد... */
    const tx_ent *e;
    int v;
    if (tx_kind_at(s, q, TX_ORD, &e) || tx_dir_at(s, q, &v) || s->doc->tokens.v[q].kind != EVG_TOK_WORD) return 0;
    for (size_t k = 0; k < sizeof pron / sizeof *pron; k++)
        if (bytes_start(w0, n0, pron[k]) && (k == 4 || n0 == strlen(pron[k]))) return 0;
    if (bytes_start(w0, n0, AR_LAM_) && !bytes_start(w0, n0, AR_AL_)) return 1;
    return bytes_start(w0, n0, AR_AL_) && n0 >= 10 &&
           (bytes_end(w0, n0, "\xd9\x8a") || bytes_end(w0, n0, "\xd9\x8a\xd8\xa9")); /* -ي -ية */
}

/* An English demonym or country before "National Day": a capitalised word
 * that is no time word, with "'s" or a demonym's ending (-ish -ese -an -i
 * -ch), or any capitalised word after "of" ("National Day of Mourning" is
 * no state's day either). */
static int en_other_owner(const char *w, size_t n, int after_of, int poss)
{
    static const char *end[] = {"ish", "ese", "an", "i", "ch"};
    if (after_of || poss) return 1;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++)
        if (bytes_end(w, n, end[k])) return 1;
    return 0;
}

/* The token that says whose day a country's day at [i, q) is: the word
 * after it in Arabic (past a state's title), the capitalised word before it
 * in English (before its "'s") or after "of".  Its text goes to *w; *poss
 * is set for a possessive, *of for "of".  -1 when there is none. */
static long owner_token(const tx_scan *s, size_t i, size_t q, int *poss, int *of)
{
    size_t n, p;
    char buf[96];
    const char *w;
    *poss = *of = 0;
    if (!s->en) {
        if (!(w = orig_tok(s, q, &n))) return -1;
        w = ar_owner_word(w, &n, buf, sizeof buf);
        return ar_state_title(w, n) && q + 1 < s->end ? (long)q + 1 : (long)q;
    }
    if (tx_word_at(s, q, TX_W_OF) && q + 1 < s->end && (s->doc->tokens.v[q + 1].flags & EVG_TOKF_CAP)) {
        *of = 1;
        return (long)q + 1;
    }
    if (i == 0 || i <= s->first) return -1;
    p = i - 1;
    w = orig_tok(s, p, &n);
    if (w && n == 1 && w[0] == 's' && p >= s->first + 2 &&
        (tx_punct_at(s, p - 1, "'") || tx_punct_at(s, p - 1, "\xe2\x80\x99"))) {
        p -= 2;
        *poss = 1;
    } else if (w && (bytes_end(w, n, "'s") || bytes_end(w, n, "\xe2\x80\x99s"))) {
        *poss = 1;
    }
    if (!(s->doc->tokens.v[p].flags & EVG_TOKF_CAP) || s->mask[p]) return -1;
    return (long)p;
}

/* Holiday row k at tokens [i, q): for a day of one country the row of the
 * country written next to it ("اليوم الوطني الكويتي", "Qatar's National
 * Day"); NULL when the word there names a country without a row ("اليوم
 * الوطني الياباني", "Norwegian National Day": not a day we can date);
 * else the row of the country the document names first, NULL when it
 * names none of them. */
static const tx_holiday *country_holiday(const tx_scan *s, int k, size_t i, size_t q)
{
    const evg_doc *d = s->doc;
    const tx_holiday *v = d->ctx->timex->hol.v, *best = NULL;
    size_t n = d->ctx->timex->hol.n, wn;
    int poss, of;
    if (!v[k].group) return &v[k];
    long o = owner_token(s, i, q, &poss, &of);
    const char *w = o >= 0 ? orig_tok(s, (size_t)o, &wn) : NULL;
    if (w) {
        char buf[96];
        size_t an = wn;
        const char *aw = s->en ? w : ar_owner_word(w, &an, buf, sizeof buf);
        for (size_t j = (size_t)v[k].group - 1; j < n && v[j].group == v[k].group; j++)
            if (owner_is(aw, an, v[j].where)) return &v[j];
        if (s->en ? en_other_owner(w, wn, of, poss) : ar_other_owner(s, (size_t)o, w, wn)) return NULL;
    }
    long at = -1;
    for (size_t j = (size_t)v[k].group - 1; j < n && v[j].group == v[k].group; j++) {
        long p = where_at(d, v[j].where);
        if (p >= 0 && (at < 0 || p < at)) at = p, best = &v[j];
    }
    return best;
}

/* English "the Easter weekend", "over the Thanksgiving weekend": the
 * weekend of the holiday's ISO week (TIMEX3 YYYY-Www-WE), not the weekend
 * of the reference date; 1 when "weekend" at q was read, else 0. */
static size_t holiday_weekend(const tx_scan *s, size_t q, tx_hit *h)
{
    int32_t b, e;
    int wy, wn;
    if (!s->en || q >= s->end || !evg_tok_is(s->doc, q, "weekend")) return 0;
    evg_value_range(h->value, &b, &e);
    if (b == EVG_NODATE || b != e) return 0;
    tx_iso_week(b, &wy, &wn);
    snprintf(h->value, sizeof h->value, "%04d-W%02d-WE", wy, wn);
    return 1;
}

size_t tx_p_holiday(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i, r;
    int n, v, dir = TX_D_NONE;
    memset(&sp, 0, sizeof sp);
    if ((n = tx_dir_en(s, q, &v)) && tx_kind_at(s, q + (size_t)n, TX_HOLIDAY, &e)) {
        dir = tx_dir_kind(v);
        q += (size_t)n;
    }
    if (!(n = tx_kind_at(s, q, TX_HOLIDAY, &e))) return 0;
    const tx_holiday *hol = country_holiday(s, e->val, q, q + (size_t)n);
    if (!hol) return 0;
    q += (size_t)n;
    size_t ry = q;
    if (dir == TX_D_NONE && s->en && tx_parse_year_rel(s, &ry, &sp)) {
        q = ry; /* "Ramadan next year": the year, not "next" alone */
    } else if (dir == TX_D_NONE && (n = tx_dir_at(s, q, &v)) && v) {
        dir = tx_dir_kind(v);
        q += (size_t)n;
    } else {
        r = q + (tx_comma_at(s, q) || tx_word_at(s, q, TX_W_OF));
        if (tx_parse_year(s, &r, &sp, 1) || tx_parse_year_rel(s, &r, &sp)) q = r;
        else q = holiday_shift(s, q, &sp);
    }
    if (!holiday_value(s, hol, &sp, dir, h)) return 0;
    return tx_set_hit(h, i, q + holiday_weekend(s, q, h));
}

/* The n-th day of a holiday before it at q: "أول/ثاني/ثالث/رابع أيام"
 * (the construct), "اليوم الثاني من", "the second day of"; *n gets n and
 * the tokens read are returned (0 if none). */
static size_t holiday_nth(const tx_scan *s, size_t q, int *n)
{
    static const char *construct[] = {"\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xab\xd8\xa7\xd9\x86\xd9\x8a",
                                      "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab", "\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb9"}; /* اول ثاني ثالث رابع */
    static const char *en[] = {"first", "second", "third", "fourth"};
    const tx_ent *e;
    int k;
    if (s->en) {
        size_t r = q + (tx_word_at(s, q, TX_W_THE) ? 1 : 0);
        for (k = 0; k < 4 && !evg_tok_is(s->doc, r, en[k]); k++) {}
        if (k == 4 || !evg_tok_is(s->doc, r + 1, "day") || !tx_word_at(s, r + 2, TX_W_OF)) return 0;
        *n = k + 1;
        return r + 3 - q;
    }
    for (k = 0; k < 4 && !tx_is(s->doc, q, construct[k]); k++) {}
    if (k < 4 && tx_is(s->doc, q + 1, "\xd8\xa7\xd9\x8a\xd8\xa7\xd9\x85")) { /* ايام */
        *n = k + 1;
        return 2;
    }
    int m = tx_is(s->doc, q, AR_ALYAWM) ? tx_kind_at(s, q + 1, TX_ORD, &e) : 0; /* اليوم الثاني من */
    if (!m || e->val > 4 || !tx_word_at(s, q + 1 + (size_t)m, TX_W_FROM)) return 0;
    *n = e->val;
    return 2 + (size_t)m;
}

/* "في ثاني أيام عيد الفطر", "اليوم الثالث من عيد الأضحى", "the second day
 * of Eid al-Adha": the holiday's first day moved on n - 1 days. */
size_t tx_p_holiday_day(const tx_scan *s, size_t i, tx_hit *h)
{
    int n = 0;
    int32_t b, en;
    size_t q = i + holiday_nth(s, i, &n), e;
    if (q == i || !(s->mask[q < s->end ? q : i] & (1u << TX_HOLIDAY)) || !(e = tx_p_holiday(s, q, h))) return 0;
    evg_value_range(h->value, &b, &en);
    if (b == EVG_NODATE || b + n - 1 > en + 3) return 0; /* a day of a holiday of one day or a few */
    tx_day_value(b + n - 1, h->value, sizeof h->value);
    return tx_set_hit(h, i, e);
}

/* ---- "the closest Monday to Oct 5th", "the 3rd closest xmas to today" ---- */

/* The n-th occurrence (n from 1) of a weekday or a holiday nearest to the
 * day a: occurrences are ranked by distance, the earlier first on a tie. */
static int32_t nth_closest(int wd, const tx_holiday *hol, int32_t a, int n)
{
    int32_t cand[16];
    int k = 0, y, m, d, len;
    evg_civil_from_days(a, &y, &m, &d);
    for (int j = -7; j <= 7 && wd && k < 16; j++)
        cand[k++] = a + (wd - evg_weekday(a) + 7) % 7 + 7 * j;
    for (int j = -5; j <= 5 && !wd && k < 16; j++) {
        int32_t day = tx_holiday_in_year(hol, y + j, &len);
        if (day != EVG_NODATE) cand[k++] = day;
    }
    for (int r = 0; r < n; r++) { /* selection: move the r-th nearest to position r */
        for (int j = r + 1; j < k; j++) {
            int32_t dj = cand[j] > a ? cand[j] - a : a - cand[j], dr = cand[r] > a ? cand[r] - a : a - cand[r];
            if (dj < dr || (dj == dr && cand[j] < cand[r])) {
                int32_t t = cand[r];
                cand[r] = cand[j];
                cand[j] = t;
            }
        }
    }
    return n <= k ? cand[n - 1] : EVG_NODATE;
}

size_t tx_p_closest(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n = 1, wd = 0, c;
    const tx_holiday *hol = NULL;
    if (s->doc->tokens.v[i].script != EVG_SCRIPT_LATN) return 0;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if (!evg_tok_is(s->doc, q, "closest") && !evg_tok_is(s->doc, q, "nearest") && !tx_parse_day(s, &q, &n))
        return 0;
    if (!evg_tok_is(s->doc, q, "closest") && !evg_tok_is(s->doc, q, "nearest")) return 0;
    q++;
    if ((c = tx_kind_at(s, q, TX_WEEKDAY, &e))) wd = e->val;
    else if ((c = tx_kind_at(s, q, TX_HOLIDAY, &e))) hol = &s->doc->ctx->timex->hol.v[e->val];
    else return 0;
    q += (size_t)c;
    if (!tx_word_at(s, q, TX_W_TO)) return 0;
    tx_hit a;
    memset(&a, 0, sizeof a);
    size_t end = tx_parse_plain(s, q + 1, &a);
    int32_t b, en;
    evg_value_range(a.value, &b, &en);
    if (!end || b == EVG_NODATE || b != en || n < 1 || n > 5) return 0;
    int32_t day = nth_closest(wd, hol, b, n);
    if (day == EVG_NODATE) return 0;
    tx_day_value(day, h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, end);
}

/* ---- "the third Tuesday after Christmas 2014", "ثالث ثلاثاء بعد كريسماس" ---- */

/* [the] [n-th] WEEKDAY after|before DAY: the n-th such weekday strictly
 * after (before) a dated day; an ordinal or "the" is needed. */
size_t tx_p_weekday_after(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n = 1, c, sign, the = 0;
    if (tx_word_at(s, q, TX_W_THE)) q++, the = 1;
    size_t r = q;
    int ord = tx_parse_day(s, &r, &n) && !tx_num_at(s, q, &c); /* an ordinal word, not "3 Tuesday" */
    if (ord) q = r;
    else if (!the) return 0; /* "الثلاثاء، بعد غد" is Tuesday, the day after tomorrow */
    else n = 1;
    if (!(c = tx_kind_at(s, q, TX_WEEKDAY, &e)) || (e->flags & TX_F_PLURAL)) return 0;
    int wd = e->val;
    q += (size_t)c;
    if ((c = tx_word_at(s, q, TX_W_AFTER))) sign = 1;
    else if ((c = tx_word_at(s, q, TX_W_BEFORE))) sign = -1;
    else return 0;
    tx_hit a;
    memset(&a, 0, sizeof a);
    size_t end = tx_parse_plain(s, q + (size_t)c, &a);
    int32_t b, en;
    evg_value_range(a.value, &b, &en);
    if (!end || b == EVG_NODATE || b != en || n < 1 || n > 5) return 0;
    int step = sign > 0 ? (wd - evg_weekday(b) + 7) % 7 : (evg_weekday(b) - wd + 7) % 7;
    int32_t day = b + sign * ((step ? step : 7) + 7 * (n - 1));
    tx_day_value(day, h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, end);
}

/* ---- anniversaries: "في مثل هذا اليوم من عام 1973" ---- */

/* "(في مثل) هذا اليوم من عام 1973", "هذا اليوم من العام الماضي", "this day in
 * 1973", "this day last year", "في مثل هذا الشهر من العام الماضي", "this time
 * last year", "في مثل هذا الوقت من العام الماضي": the reference date's day
 * (or month) in the year named. */
size_t tx_p_this_day(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_spec sp;
    size_t q = i, r;
    int n, v = 1, y0, m0, d0, month = 0;
    if (s->dct == EVG_NODATE) return 0;
    if (!(n = tx_word_at(s, q, TX_W_THIS)) && !((n = tx_dir_en(s, q, &v)) && v == 0)) return 0; /* هذا, this */
    q += (size_t)n;
    if (tx_unit_is(s, q, TX_U_MONTH)) month = 1;
    else if (!tx_is(s->doc, q, AR_ALYAWM) && !evg_tok_is(s->doc, q, "day") && !evg_tok_is(s->doc, q, "time") &&
             !tx_is(s->doc, q, "\xd8\xa7\xd9\x84\xd9\x88\xd9\x82\xd8\xaa")) /* الوقت */
        return 0;
    q++;
    if (tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_IN) || tx_word_at(s, q, TX_W_OF)) q++;
    memset(&sp, 0, sizeof sp);
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    r = q;
    if (tx_parse_year(s, &r, &sp, 1) && !sp.hijri && !sp.y2) q = r;
    else if (memset(&sp, 0, sizeof sp), r = q, tx_parse_year_rel(s, &r, &sp) && sp.yrel < 0) q = r, sp.y = sp.y ? sp.y : y0 + sp.yrel;
    else return 0;
    if (sp.y >= y0) return 0;
    if (d0 > evg_days_in_month(sp.y, m0)) d0 = evg_days_in_month(sp.y, m0); /* 29 February */
    if (month) snprintf(h->value, sizeof h->value, "%04d-%02d", sp.y, m0);
    else tx_day_value(evg_days_from_civil(sp.y, m0, d0), h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, q);
}

/* ---- the eve and the morrow of a day ---- */

/* "عشية عيد الفطر", "on the eve of Christmas", "غداة 14 تموز": the day
 * before the first day (or after the last) of a dated day or holiday; an
 * event with no date ("عشية الانتخابات") gives nothing. */
size_t tx_p_eve(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_hit a;
    int32_t b, en;
    size_t q = i;
    int n = tx_kind_at(s, q, TX_EVE, &e);
    if (!n) return 0;
    q += (size_t)n;
    if ((e->flags & TX_F_EN) && !(n = tx_word_at(s, q, TX_W_OF))) return 0;
    if (e->flags & TX_F_EN) q += (size_t)n;
    memset(&a, 0, sizeof a);
    size_t end = tx_parse_plain(s, q, &a);
    if (!end || a.type != EVG_TIMEX_DATE) return 0;
    evg_value_range(a.value, &b, &en);
    if (b == EVG_NODATE || en - b > 6) return 0;
    tx_day_value(e->val < 0 ? b - 1 : en + 1, h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, end);
}

/* ---- the weekend ---- */

/* Might a word of this kind start within the n tokens from i (mask only)? */
static int kind_near(const tx_scan *s, size_t i, size_t n, int kind)
{
    for (size_t k = i; k < i + n && k < s->end; k++)
        if (s->mask[k] & (1u << kind)) return 1;
    return 0;
}

/* The ISO week (offset from the reference date's) of a weekend written
 * without a direction: a past clause, or none, means the weekend just gone
 * (this week's from Saturday on, else last week's); a future clause, "this
 * weekend" or --prefer future the coming one (this week's). */
static int weekend_week_off(const tx_scan *s, int this_)
{
    int w0 = evg_weekday(s->dct);
    if (w0 >= 6) return 0;
    if (s->past) return -1;
    if (s->future || this_ || s->prefer == EVG_PREFER_FUTURE) return 0;
    return -1;
}

/* "the weekend", "over the weekend", "last weekend", "this weekend",
 * "عطلة نهاية الأسبوع", "نهاية الأسبوع الماضي": TIMEX3 2022-W37-WE (the
 * Saturday and Sunday of that ISO week).  An explicit direction counts ISO
 * weeks from the reference date's week (last weekend = last week's). */
size_t tx_p_weekend(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n, dir = 0, have = 0, this_ = 0, wy, wn;
    if (!kind_near(s, i, 3, TX_WEEKEND)) return 0; /* speed: most starts have no weekend word */
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; this_ = 1; }
    else if ((n = tx_dir_en(s, q, &dir))) { q += (size_t)n; have = dir != 0; this_ = dir == 0; }
    if (!(n = tx_kind_at(s, q, TX_WEEKEND, &e))) return 0;
    q += (size_t)n;
    if ((e->flags & TX_F_EN) && tx_word_at(s, q, TX_W_OF)) return 0; /* the weekend of March 8-9: the days say */
    this_ |= e->val == 1;
    if (!have && !this_ && !(e->flags & TX_F_EN) && (n = tx_dir_at(s, q, &dir))) {
        q += (size_t)n;
        have = dir != 0;
        this_ = dir == 0;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (s->dct == EVG_NODATE) {
        snprintf(h->value, sizeof h->value, "XXXX-WXX-WE");
        return tx_set_hit(h, i, q);
    }
    int off = have ? (dir < -1 ? -2 : dir > 1 ? 1 : dir) : weekend_week_off(s, this_);
    tx_iso_week(s->dct + 7 * off, &wy, &wn);
    snprintf(h->value, sizeof h->value, "%04d-W%02d-WE", wy, wn);
    return tx_set_hit(h, i, q);
}

/* ---- halves of a year ---- */

/* "النصف الأول من ديسمبر", "the second half of March 2023": a month's days
 * 1-15 or 16 to its end.  End of the month's expression, 0 if none. */
static size_t half_month(const tx_scan *s, size_t q, int half, tx_hit *h)
{
    tx_hit m;
    int y, mo;
    char a[16];
    if (q >= s->end || !(s->mask[q] & (1u << TX_MONTH | 1u << TX_UNIT))) return 0;
    memset(&m, 0, sizeof m);
    size_t end = tx_parse_plain(s, q, &m);
    if (!end || strlen(m.value) != 7 || sscanf(m.value, "%4d-%2d", &y, &mo) != 2) return 0;
    int32_t first = evg_days_from_civil(y, mo, half == 1 ? 1 : 16);
    int32_t last = half == 1 ? first + 14 : evg_days_from_civil(y, mo, evg_days_in_month(y, mo));
    tx_day_value(first, a, sizeof a);
    snprintf(h->value, sizeof h->value, "%s/", a);
    tx_day_value(last, a, sizeof a);
    snprintf(h->value + 11, sizeof h->value - 11, "%s", a);
    h->type = EVG_TIMEX_DATE;
    h->relative = m.relative;
    return end;
}

/* "الأشهر الستة الأولى من العام الجاري", "the first nine months of 2024":
 * the months from January: 2024-Q1 for three, 2024-H1 for six, else the
 * interval 2024-01/2024-09.  End or 0. */
size_t tx_p_first_months(const tx_scan *s, size_t i, tx_hit *h)
{
    static const char *first[] = {"first", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a"}; /* الاولي */
    tx_spec sp;
    size_t q = i;
    int n, unit, flags, count = 0, y0, m0, d0;
    if (s->dct == EVG_NODATE || !(s->mask[i] & (1u << TX_UNIT | 1u << TX_WORD | 1u << TX_CARD))) return 0;
    if (s->en) {
        if (tx_word_at(s, q, TX_W_THE)) q++;
        if (!evg_tok_is(s->doc, q, first[0])) return 0;
        q++;
        if (!parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags)) || unit != TX_U_MONTH) return 0;
        q += (size_t)n;
    } else {
        if (!(n = tx_unit_at(s, q, &unit, &flags)) || unit != TX_U_MONTH || !(flags & TX_F_PLURAL)) return 0;
        q += (size_t)n;
        if (!parse_count(s, &q, &count) || !evg_tok_is(s->doc, q, first[1])) return 0;
        q++;
    }
    if (count < 2 || count > 11 || !(tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_FROM))) return 0;
    q++;
    memset(&sp, 0, sizeof sp);
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    size_t r = q;
    if (tx_word_at(s, r, TX_W_THE)) r++;
    if (tx_parse_year(s, &r, &sp, 1) && !sp.hijri && !sp.y2) q = r;
    else if (memset(&sp, 0, sizeof sp), r = q, tx_parse_year_rel(s, &r, &sp)) q = r, sp.y = sp.y ? sp.y : y0 + sp.yrel;
    else if (r = q + (tx_word_at(s, q, TX_W_THE) ? 1 : 0), (n = tx_unit_is(s, r, TX_U_YEAR))) q = r + (size_t)n, sp.y = y0;
    else return 0;
    if (count == 3) snprintf(h->value, sizeof h->value, "%04d-Q1", sp.y);
    else if (count == 6) snprintf(h->value, sizeof h->value, "%04d-H1", sp.y);
    else snprintf(h->value, sizeof h->value, "%04d-01/%04d-%02d", sp.y, sp.y, count);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, q);
}

/* ---- "العشر الأواخر من رمضان", "the first ten days of March" ---- */

/* The head of a run of days or weeks at the start or end of a period:
 * Arabic "العشر الأواخر/الأوائل" (ten days), "الأيام العشرة الأخيرة/الأولى",
 * "الأسبوعين الأولين/الأخيرين", "الأسابيع الثلاثة الأولى"; English "the
 * first/last/final N days/weeks".  *days gets their length in days, *last 1
 * for the end of the period; returns the token after the head ("من" or
 * "of" must follow), 0 when none. */
static size_t days_run_head(const tx_scan *s, size_t i, int *days, int *last)
{
    static const char *ten = "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb4\xd8\xb1"; /* العشر */
    static const char *end_w[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd8\xa7\xd8\xae\xd8\xb1",         /* الاواخر */
                                  "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1\xd9\x87",       /* الاخيره */
                                  "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1\xd9\x8a\xd9\x86"}; /* الاخيرين */
    static const char *start_w[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd8\xa7\xd8\xa1\xd9\x84",       /* الاواءل */
                                    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a",             /* الاولي */
                                    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a\xd9\x86",   /* الاولين */
                                    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a\xd9\x8a\xd9\x86"}; /* الاوليين */
    size_t q = i;
    int unit = TX_U_DAY, flags = 0, n, count = 0;
    if (s->en) {
        if (tx_word_at(s, q, TX_W_THE)) q++;
        if (evg_tok_is(s->doc, q, "first")) *last = 0;
        else if (evg_tok_is(s->doc, q, "last") || evg_tok_is(s->doc, q, "final")) *last = 1;
        else return 0;
        q++;
        if (!parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags)) ||
            (unit != TX_U_DAY && unit != TX_U_WEEK))
            return 0;
        q += (size_t)n;
        *days = count * (unit == TX_U_WEEK ? 7 : 1);
        return tx_word_at(s, q, TX_W_OF) ? q + 1 : 0;
    }
    if (tx_is(s->doc, q, ten)) {
        count = 10; /* العشر الأواخر: the ten (nights or days) */
        q++;
    } else if ((n = tx_unit_at(s, q, &unit, &flags)) && (unit == TX_U_DAY || unit == TX_U_WEEK) &&
               (flags & (TX_F_PLURAL | TX_F_DUAL))) {
        q += (size_t)n;
        if (flags & TX_F_DUAL) count = 2; /* الأسبوعين الأولين */
        else if (!parse_count(s, &q, &count)) return 0;
    } else {
        return 0;
    }
    if (evg_tok_in_static(s->doc, q, end_w, 3, EVG_WS_PLAIN)) *last = 1;
    else if (evg_tok_in_static(s->doc, q, start_w, 4, EVG_WS_PLAIN)) *last = 0;
    else return 0;
    q++;
    *days = count * (unit == TX_U_WEEK ? 7 : 1);
    return tx_word_at(s, q, TX_W_FROM) ? q + 1 : 0;
}

/* The first or last N days (or weeks) of a dated period longer than them:
 * "العشر الأواخر من رمضان" (the last ten days of that Ramadan), "العشر
 * الأوائل من ذي الحجة", "الأيام الثلاثة الأولى من مارس", "الأسبوعين الأولين
 * من يوليو", "the last ten days of October", "the first two weeks of
 * July": a range of days. */
size_t tx_p_days_run(const tx_scan *s, size_t i, tx_hit *h)
{
    int count = 0, last = 0;
    int32_t b, e;
    tx_hit x;
    size_t head = i + (tx_word_at(s, i, TX_W_IN) || tx_word_at(s, i, TX_W_WITHIN) || tx_word_at(s, i, TX_W_FOR));
    size_t q = days_run_head(s, head, &count, &last), end; /* "خلال الأسبوعين الأولين": past the preposition, which
                                                           * a duration parser would otherwise read with the unit */
    if (!q || count < 1 || count > 28) return 0;
    memset(&x, 0, sizeof x);
    if (!(end = tx_parse_plain(s, q, &x)) || x.type != EVG_TIMEX_DATE) return 0;
    evg_value_range(x.value, &b, &e);
    if (b == EVG_NODATE || e == EVG_NODATE || e - b + 1 <= count) return 0;
    if (last) b = e - count + 1;
    else e = b + count - 1;
    char first[16], final[16];
    tx_day_value(b, first, sizeof first);
    tx_day_value(e, final, sizeof final);
    snprintf(h->value, sizeof h->value, "%s/%s", first, final);
    h->type = EVG_TIMEX_DATE;
    h->relative = x.relative;
    return tx_set_hit(h, head, end);
}

/* The word that ends a run of months at a month: "to", "through", "ending",
 * "ended", "حتى", "المنتهية في" (tokens read, 0 if none). */
static int months_end_word(const tx_scan *s, size_t q)
{
    static const char *en[] = {"to", "through", "ending", "ended"};
    static const char *ending = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x87\xd9\x8a\xd9\x87"; /* المنتهيه */
    static const char *ending_m = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x87\xd9\x8a"; /* المنتهي */
    if (s->en) {
        for (size_t k = 0; k < sizeof en / sizeof *en; k++)
            if (evg_tok_is(s->doc, q, en[k])) return 1;
        return 0;
    }
    if (tx_is(s->doc, q, ending) || tx_is(s->doc, q, ending_m)) return tx_word_at(s, q + 1, TX_W_IN) ? 2 : 1;
    return tx_is(s->doc, q, "\xd8\xad\xd8\xaa\xd9\x8a"); /* حتى */
}

/* "year" at *q, singular, with "fiscal"/"financial"/المالية, then an end
 * word ("the year to March", "the financial year ending March", "العام
 * المنتهي في مارس"): the twelve months to that month, like "the 12 months
 * to March".  Moves *q past the year words; 1 or 0. */
static int year_to(const tx_scan *s, size_t *q)
{
    static const char *fiscal[] = {"fiscal", "financial", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87"}; /* الماليه */
    static const char *ended = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xaa\xd9\x87\xd9\x8a"; /* المنتهي */
    int unit, flags, n;
    size_t r = *q;
    if (s->en && evg_tok_in_static(s->doc, r, fiscal, 2, EVG_WS_PLAIN)) r++;
    if (!(n = tx_unit_at(s, r, &unit, &flags)) || unit != TX_U_YEAR || (flags & (TX_F_PLURAL | TX_F_DUAL))) return 0;
    r += (size_t)n;
    if (!s->en && evg_tok_in_static(s->doc, r, fiscal + 2, 1, EVG_WS_PLAIN)) r++;
    if (!months_end_word(s, r) && !(!s->en && tx_is(s->doc, r, ended))) return 0;
    *q = r;
    return 1;
}

/* "the three months to October", "the 12 months through June 2024", "الأشهر
 * الثلاثة المنتهية في سبتمبر": the months up to that one, an interval
 * (2024-08/2024-10).  End or 0. */
size_t tx_p_months_to(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_hit a;
    size_t q = i;
    int n, unit, flags, count = 0, y, m;
    if (!(s->mask[i] & (1u << TX_UNIT | 1u << TX_WORD))) return 0;
    if (s->en) { /* "the" needed: "served three months to October" is a length */
        if (!tx_word_at(s, q, TX_W_THE)) return 0;
        q++;
        if (year_to(s, &q)) count = 12, unit = TX_U_MONTH, n = 0; /* the (fiscal) year to March */
        else if (!parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags))) return 0;
    } else if (year_to(s, &q)) { /* العام المنتهي في مارس, السنة المالية المنتهية في */
        count = 12, unit = TX_U_MONTH, n = 0;
    } else {
        if (!(n = tx_unit_at(s, q, &unit, &flags)) || !(flags & TX_F_PLURAL)) return 0;
        q += (size_t)n;
        if (!parse_count(s, &q, &count)) return 0;
        n = 0;
    }
    q += (size_t)n;
    if (unit != TX_U_MONTH || count < 2 || count > 24 || !(n = months_end_word(s, q))) return 0;
    memset(&a, 0, sizeof a);
    size_t end = tx_parse_plain(s, q + (size_t)n, &a);
    if (!end || a.type != EVG_TIMEX_DATE || sscanf(a.value, "%4d-%2d", &y, &m) != 2 || a.value[4] != '-' ||
        (a.value[7] != '\0' && a.value[7] != '-'))
        return 0;
    int k = y * 12 + m - 1 - (count - 1);
    snprintf(h->value, sizeof h->value, "%04d-%02d/%04d-%02d", k / 12, k % 12 + 1, y, m);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, end);
}

/* "النصف الأول من 2024", "the second half of last year", "النصف الثاني من
 * العام" (the current year): TIMEX3 2024-H1 / 2024-H2; of a month, its
 * days ("النصف الأول من ديسمبر": 2024-12-01/2024-12-15). */
size_t tx_p_half(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n, y0 = 0, m0, d0;
    if (!kind_near(s, i, 2, TX_HALF)) return 0;
    memset(&sp, 0, sizeof sp);
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if (!(n = tx_kind_at(s, q, TX_HALF, &e))) return 0;
    int half = e->val;
    q += (size_t)n;
    if (tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_FROM)) q++;
    if (s->dct != EVG_NODATE) evg_civil_from_days(s->dct, &y0, &m0, &d0);
    size_t r = half_month(s, q, half, h);
    if (r) return tx_set_hit(h, i, r);
    r = q;
    int written = 0;
    if (tx_parse_year(s, &r, &sp, 1) && !sp.hijri) {
        q = r;
        written = 1;
    } else if (memset(&sp, 0, sizeof sp), r = q, tx_parse_year_rel(s, &r, &sp)) {
        q = r;
        if (!sp.y && y0) sp.y = y0 + sp.yrel;
    } else {
        if (tx_word_at(s, q, TX_W_THE)) q++;
        if (!(n = tx_unit_is(s, q, TX_U_YEAR))) return 0;
        q += (size_t)n; /* النصف الثاني من العام: the current year */
        sp.y = y0;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = !written;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-H%d", sp.y, half);
    else snprintf(h->value, sizeof h->value, "XXXX-H%d", half);
    return tx_set_hit(h, i, q);
}

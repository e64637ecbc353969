/*
 * timex_weekday.c - weekdays and the weeks of a month.  A weekday with its
 * direction ("next Friday" = Friday of next week; "Friday after next",
 * "الجمعة الماضية", "من الأسبوع الماضي"), British "Tuesday week" and "a
 * week on Monday", a weekday set ahead by "until" or by a declared occasion
 * ("أعلنت الحداد يوم الخميس"), a weekday inside a dated chronology entry
 * (counted from the entry's day), a weekday after an English present verb
 * of a schedule or of saying ("leaves Friday", "says Monday"), with a
 * clock time ("Friday at 6 a.m.", "الجمعة عند منتصف الليل"),
 * two weekdays joined by و/and (resolved from the second; "يومي الأربعاء
 * والخميس" is one interval), weekday ranges ("من السبت إلى الخميس"), the
 * night between two days ("ليلة الجمعة إلى السبت"), "3 fridays from now";
 * the n-th weekday of a month ("أول ثلاثاء من أكتوبر", "the last Monday of
 * March") and the n-th week of a month or year (ISO weeks wholly inside it).
 * Reads the tense flags of the scan (timex_tense.c), the weekday arithmetic
 * of timex_resolve.c (tx_weekday_day) and tx_parse_count of
 * timex_duration.c.  Each tx_p_* returns the index past its match (0 =
 * none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

#define AR_AT "\xd8\xb9\xd9\x86\xd8\xaf"                         /* عند */
#define AR_IN "\xd9\x81\xd9\x8a"                                     /* في */
#define AR_MIDST "\xd9\x85\xd9\x86\xd8\xaa\xd8\xb5\xd9\x81"             /* منتصف */
#define AR_THE_NIGHT "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84"         /* الليل */

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

/* After a weekday, Arabic عند or في before منتصف الليل ("الجمعة عند منتصف
 * الليل"): the token of the clock, else q.  Only midnight is joined so: a
 * later hour after عند keeps its own expression. */
static size_t ar_midnight_lead(const tx_scan *s, size_t q)
{
    if (q + 2 < s->end && (tx_is(s->doc, q, AR_AT) || tx_is(s->doc, q, AR_IN)) && tx_is(s->doc, q + 1, AR_MIDST) &&
        tx_is(s->doc, q + 2, AR_THE_NIGHT))
        return q + 1;
    return q;
}

static int night_before(const tx_scan *s, size_t i);

/* Is the Arabic day whose expression starts at token i told by its start
 * (mend 19): after a part word of a start ("بداية يوم الجمعة", "مطلع"),
 * after "الأولى من" ("الساعات الأولى من يوم الجمعة"), or as the second day
 * of a night ("ليلة الخميس إلى الجمعة")?  A midnight told with such a day
 * is the one that opens it, and the start keeps its own expression. */
static int ar_day_start_told(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    const evg_doc *d = s->doc;
    if (s->en || i <= s->first) return 0;
    if (tx_kind_at(s, i - 1, TX_PART, &e) && e->val == EVG_MOD_START) return 1;
    if (i < s->first + 2) return 0;
    if (tx_word_at(s, i - 1, TX_W_FROM) && tx_is(d, i - 2, "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a"))
        return 1; /* الاولي من */
    return (tx_word_at(s, i - 1, TX_W_TO) || tx_dash_at(s, i - 1) || tx_punct_at(s, i - 1, "/")) &&
           (s->mask[i - 2] & (1u << TX_WEEKDAY)) && night_before(s, i - 2);
}

/* A clock time after a weekday ("Friday at 6 a.m.", "يوم الجمعة الساعة
 * السادسة صباحا"; the expression starts at token i): the day's value
 * becomes a TIME.  Returns the new end. */
static size_t weekday_time(const tx_scan *s, size_t i, size_t q, tx_hit *h)
{
    tx_spec sp;
    size_t r = ar_midnight_lead(s, q);
    char day[sizeof h->value];
    memset(&sp, 0, sizeof sp);
    if (r != q && ar_day_start_told(s, i)) return q; /* mend 19: the midnight that opens the day */
    if (!tx_parse_time(s, &r, &sp)) return q;
    /* "The truce ends Friday at midnight", "الجمعة عند منتصف الليل": the
     * midnight that ends Friday, Saturday T00:00 (tx_midnight_next_day);
     * "ليلة الجمعة عند منتصف الليل" is the night into Friday: its start */
    if (sp.hh == 0 && sp.mi == 0 && strlen(h->value) == 10 && tx_midnight_at(s, q, r, 1) < r &&
        !night_before(s, i))
        tx_midnight_next_day(s, h->value);
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

/* Does the English word at token i end in a possessive ('s, ’s), or is
 * one the next token?  "Sunday's crash" names a thing of that day. */
static int en_possessive_at(const tx_scan *s, size_t i)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    if ((n > 2 && memcmp(w + n - 2, "'s", 2) == 0) || (n > 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0))
        return 1;
    return i + 1 < s->end && (evg_tok_is(s->doc, i + 1, "'s") || evg_tok_is(s->doc, i + 1, "\xe2\x80\x99s"));
}

/* The first token of an English clock told between "for" and the day at
 * token i ("set for 0930 (GMT) on Friday", "for 10 a.m. local time on
 * March 3", "for 1500 GMT Monday"): a clock, its zone, maybe "on", and then
 * i; i itself when there is none.  The plan is for the day as for the day
 * alone ("set for Friday"). */
static size_t clock_for_start(const tx_scan *s, size_t i)
{
    size_t j = i > s->first && evg_tok_is(s->doc, i - 1, "on") ? i - 1 : i;
    for (size_t c = j; c-- > s->first + 1 && c + 8 > j;) { /* a clock and its zone span at most 7 tokens */
        tx_spec sp;
        size_t p = c;
        memset(&sp, 0, sizeof sp);
        if (!evg_tok_is(s->doc, c - 1, "for") || !tx_parse_clock(s, &p, &sp)) continue;
        p += (size_t)tx_zone_len(s, p);
        if (p == j) return c;
    }
    return i;
}

/* English "called a march for Wednesday", "set the vote for Sunday",
 * "elections promised for December": a day or month right after "for"
 * (or after "for" and a clock: clock_for_start) with a verb of calling,
 * setting, promising or moving a date within six words before it (no
 * punctuation between) is the time the plan is for, whatever the verb's
 * tense.  i starts the expression (timex_date.c asks too). */
int tx_en_called_for(const tx_scan *s, size_t i)
{
    static const char *verb[] = {"called", "call", "calls", "set", "sets", "scheduled", "schedules", "fixed",
                                 "slated", "planned", "announced", "moved", "rescheduled", "brought", "pushed",
                                 "convened", "summoned", "booked", "postponed", "delayed", "promised", "pledged"};
    const evg_doc *d = s->doc;
    if (en_possessive_at(s, i)) return 0; /* "the toll for Sunday's crash": the day owns a thing told */
    i = clock_for_start(s, i);
    if (i < s->first + 2 || !evg_tok_is(d, i - 1, "for")) return 0;
    for (size_t k = i - 1; k-- > s->first && k + 8 > i;) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
        if (evg_tok_in_static(d, k, verb, sizeof verb / sizeof *verb, EVG_WS_PLAIN))
            return !(k > s->first && evg_tok_is(d, k - 1, "had")) &&
                   !(k > s->first + 1 && evg_tok_is(d, k - 1, "been") && evg_tok_is(d, k - 2, "had"));
    }
    return 0; /* "the vote had been set for May until a court halted it": an old plan, told before */
}

/* Arabic nouns of an occasion a verb of calling, declaring or setting may
 * name for a day ahead (folded): mourning, holiday, strike, march,
 * demonstration, sit-in, protest, disobedience, vote, session, meeting and
 * موعد (the date set). */
static const char *const ar_occasion[] = {
    "\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf",                 /* حداد */
    "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf", /* الحداد */
    "\xd8\xb9\xd8\xb7\xd9\x84\xd9\x87",                 /* عطله */
    "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb7\xd9\x84\xd9\x87", /* العطله */
    "\xd8\xa7\xd8\xb6\xd8\xb1\xd8\xa7\xd8\xa8",         /* اضراب */
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb6\xd8\xb1\xd8\xa7\xd8\xa8", /* الاضراب */
    "\xd8\xa7\xd8\xac\xd8\xa7\xd8\xb2\xd9\x87",         /* اجازه */
    "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xac\xd8\xa7\xd8\xb2\xd9\x87", /* الاجازه */
    "\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd9\x87",         /* مسيره */
    "\xd9\x85\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xa7\xd8\xaa", /* مسيرات */
    "\xd9\x85\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd9\x87", /* مظاهره */
    "\xd9\x85\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd8\xa7\xd8\xaa", /* مظاهرات */
    "\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd9\x87", /* تظاهره */
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1", /* التظاهر */
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x85", /* اعتصام */
    "\xd9\x88\xd9\x82\xd9\x81\xd9\x87",                 /* وقفه */
    "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xac\xd8\xa7\xd8\xac\xd8\xa7\xd8\xaa", /* احتجاجات */
    "\xd8\xb9\xd8\xb5\xd9\x8a\xd8\xa7\xd9\x86",         /* عصيان */
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x82\xd8\xaa\xd8\xb1\xd8\xa7\xd8\xb9", /* الاقتراع */
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb5\xd9\x88\xd9\x8a\xd8\xaa", /* التصويت */
    "\xd8\xac\xd9\x84\xd8\xb3\xd9\x87",                 /* جلسه */
    "\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xa7\xd8\xb9", /* اجتماع */
    "\xd9\x85\xd9\x88\xd8\xb9\xd8\xaf",                 /* موعد */
    "\xd9\x85\xd9\x88\xd8\xb9\xd8\xaf\xd8\xa7"};        /* موعدا */

/* Words that end the backward search for the occasion or its verb: the
 * weekday then belongs to another clause or to what happened ("بعد
 * الإضراب", "الحداد على ضحايا الهجوم يوم الخميس", "في جلسة يوم الأحد",
 * "المسيرة التي جرت يوم الجمعة"). */
static const char *const ar_occasion_stop[] = {
    "\xd8\xa8\xd8\xb9\xd8\xaf", "\xd9\x82\xd8\xa8\xd9\x84",  /* بعد قبل */
    "\xd8\xb9\xd9\x82\xd8\xa8", "\xd9\x85\xd9\x86\xd8\xb0",  /* عقب منذ */
    "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xb9\xd9\x84\xd9\x8a", /* خلال علي */
    "\xd8\xa7\xd8\xab\xd8\xb1",                                     /* اثر */
    "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", /* الذي التي */
    "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86",                 /* الذين */
    "\xd8\xa7\xd9\x86"}; /* ان (أن, إن folded): "أعلن أن مسيرة يوم الجمعة ..." reports a day gone by */

/* A preposition opening a place phrase between an occasion and its day, as
 * the most words its phrase may hold after it: نحو, أمام, إلى and a noun
 * with its adjectives (4), في or وسط and a city (2).  0 when none (session 15,
 * timex7). */
static int ar_place_prep(const evg_doc *d, size_t k)
{
    static const char *const wide[] = {"\xd9\x86\xd8\xad\xd9\x88",         /* نحو */
                                       "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85", /* امام (أمام folded) */
                                       "\xd8\xa7\xd9\x84\xd9\x8a"};        /* الي (إلى folded) */
    if (evg_tok_in_static(d, k, wide, sizeof wide / sizeof *wide, EVG_WS_WAW_FA)) return 4;
    if (evg_tok_is(d, k, "\xd9\x81\xd9\x8a") || evg_tok_is(d, k, "\xd9\x88\xd8\xb3\xd8\xb7")) return 2; /* في وسط */
    return 0;
}

/* Is token k inside an expression already stored for this section? */
static int in_stored_timex(const tx_scan *s, size_t k)
{
    const evg_doc *d = s->doc;
    for (size_t m = d->timexes.n; m-- > 0;) {
        const evg_timex *t = &d->timexes.v[m];
        if (t->section != s->section || (size_t)t->tok_end <= s->first) break;
        if ((size_t)t->tok_first <= k && k < (size_t)t->tok_end) return 1;
    }
    return 0;
}

/* A weekday set by a declaration: the day of an occasion a verb of
 * declaring, calling or setting names ("أعلنت الحكومة الحداد الوطني يوم
 * الخميس", "دعت النقابات إلى إضراب عام يوم الأحد", "دعت المعارضة إلى مسيرة
 * نحو البرلمان يوم السبت", "حددت اللجنة موعد الاقتراع يوم الأحد",
 * "announced Monday as a public holiday", "declared Friday a day of
 * mourning", "called a march for Wednesday") is a day set ahead: the
 * coming one, whatever the verb's tense.  The Arabic occasion stands up to
 * six words before the day (its adjectives and a place between), not after
 * في (the occasion during which something was said: "في جلسة يوم الأحد"),
 * and its verb within six words before it (its subject and إلى between),
 * with no word of ar_occasion_stop between them; the English occasion
 * follows "a" with at most two adjectives between, before any to, for or
 * plan, or the day follows "for" after a verb of calling or setting.
 * i starts the weekday expression, q ends it. */
static int declared_day(const tx_scan *s, size_t i, size_t q)
{
    static const char *ar_verb[] = {
        "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86",         /* اعلن */
        "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86\xd8\xaa", /* اعلنت */
        "\xd9\x82\xd8\xb1\xd8\xb1",                 /* قرر */
        "\xd9\x82\xd8\xb1\xd8\xb1\xd8\xaa",         /* قررت */
        "\xd8\xaf\xd8\xb9\xd8\xa7",                 /* دعا */
        "\xd8\xaf\xd8\xb9\xd8\xaa",                 /* دعت */
        "\xd8\xaf\xd8\xb9\xd9\x88\xd8\xa7",         /* دعوا */
        "\xd8\xad\xd8\xaf\xd8\xaf",                 /* حدد */
        "\xd8\xad\xd8\xaf\xd8\xaf\xd8\xaa",         /* حددت */
        "\xd8\xaa\xd8\xad\xd8\xaf\xd8\xaf",         /* تحدد */
        "\xd8\xa7\xd9\x82\xd8\xb1"};                /* اقر */
    static const char *en_verb[] = {"declared",   "announced", "named",    "designated",
                                    "proclaimed", "declares",  "announces"};
    const evg_doc *d = s->doc;
    if (i <= s->first || s->future || s->prefer == EVG_PREFER_FUTURE) return 0;
    if (s->en) {
        if (tx_en_called_for(s, i)) return 1; /* "called a march for Wednesday" */
        size_t r = q + (q < s->end && evg_tok_is(d, q, "as"));
        if (r >= s->end || (!evg_tok_is(d, r, "a") && !evg_tok_is(d, r, "an"))) return 0;
        return tx_en_occasion_after(d, r, s->end) &&
               evg_tok_in_static(d, i - 1, en_verb, sizeof en_verb / sizeof *en_verb, EVG_WS_PLAIN);
    }
    size_t k = i, o = 0;
    int used = 0, since = 0, p;
    while (k > s->first && used < 6 && k + 15 > i && d->tokens.v[k - 1].kind == EVG_TOK_WORD && !o) {
        k--;
        if (evg_tok_in_static(d, k, ar_occasion_stop, sizeof ar_occasion_stop / sizeof *ar_occasion_stop,
                              EVG_WS_WAW_FA))
            return 0;
        if (evg_tok_in_static(d, k, ar_occasion, sizeof ar_occasion / sizeof *ar_occasion, EVG_WS_WAW_FA)) o = k + 1;
        else if ((p = ar_place_prep(d, k)) && since >= 1 && since <= p) {
            used -= since; /* "مسيرة نحو القصر الرئاسي في الخرطوم يوم الثلاثاء": a place phrase counts one word */
            since = 0;
        } else
            since++;
        used++;
    }
    if (!o) return 0; /* "الحداد الوطني يوم الخميس": the occasion, its adjectives, then the day */
    if (o - 1 > s->first && tx_word_at(s, o - 2, TX_W_IN)) return 0; /* "في جلسة يوم الأحد": when it was said */
    used = 0;
    for (k = o - 1; k-- > s->first && used < 6;) { /* the verb within six words, not past "بعد الإضراب" */
        if (evg_tok_in_static(d, k, ar_occasion_stop, sizeof ar_occasion_stop / sizeof *ar_occasion_stop,
                              EVG_WS_WAW_FA))
            return 0;
        if (evg_tok_in_static(d, k, ar_verb, sizeof ar_verb / sizeof *ar_verb, EVG_WS_WAW_FA)) return 1;
        if (!in_stored_timex(s, k)) used++; /* "دعا التجمع أمس السبت إلى مسيرة": the day of the call counts none */
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

/* A weekday with no direction word that still lies ahead: "Tuesday week", "a
 * week on Monday" (the coming one and seven days: *after), "until Friday", a
 * day set by a declaration. */
static void weekday_ahead(const tx_scan *s, size_t i, size_t *q, int en, int weekon, int wd, int has_week, int *dir,
                          int *after)
{
    if (en && *dir == TX_D_NONE && !has_week && (weekon || weekday_week(s, *q))) {
        *q += weekon ? 0 : 1; /* "Tuesday week", "a week on Monday": the coming one and seven days */
        *dir = TX_D_NEXT;
        *after = 1;
    } else if (*dir == TX_D_NONE && !has_week && until_coming(s, i, wd)) {
        *dir = TX_D_NEXT; /* "have until Friday": the coming one */
    } else if (*dir == TX_D_NONE && !has_week && declared_day(s, i, *q)) {
        *dir = TX_D_NEXT; /* "أعلنت الحكومة الحداد الوطني يوم الخميس": a day set ahead */
    }
}

/* An English present verb of a trip before its goal and "on" + a weekday:
 * "flies to Nairobi on Thursday", "travels back to Geneva on Friday",
 * "leaves for New Delhi on Monday" (up to four capitalised words for the
 * place; v is the last of them).  A schedule, as "leaves Friday" is; not
 * after a word that makes the verb a noun ("his return to Kabul"). */
static int en_trip_verb(const tx_scan *s, size_t v, const char *const *noun, size_t nn)
{
    static const char *trip[] = {"flies", "travels", "heads", "returns", "departs", "leaves", "sails", "goes",
                                 "fly", "travel", "head"};
    const evg_doc *d = s->doc;
    size_t k = v, caps = 0;
    while (k > s->first && caps < 4 && d->tokens.v[k].kind == EVG_TOK_WORD && (d->tokens.v[k].flags & EVG_TOKF_CAP))
        k--, caps++;
    if (!caps || k <= s->first || !(evg_tok_is(d, k, "to") || evg_tok_is(d, k, "for"))) return 0;
    if (evg_tok_is(d, k - 1, "back") && k - 1 > s->first) k--;
    if (!evg_tok_in_static(d, k - 1, trip, sizeof trip / sizeof *trip, EVG_WS_PLAIN)) return 0;
    return !(k - 1 > s->first && evg_tok_in_static(d, k - 2, noun, nn, EVG_WS_PLAIN));
}

/* The English verb right before a bare weekday at token i ("leaves Friday",
 * "closes on Monday"): 1 a present verb of a schedule, -1 a present verb
 * of saying, 0 none.  The word before the verb must not make it a noun or
 * an infinitive ("the close Monday", "on leave Monday", "failed to open
 * Monday"). */
static int en_verb_before_day(const tx_scan *s, size_t i)
{
    static const char *plan[] = {"leaves", "leave",  "lands",  "land",   "closes",  "close",   "sails",  "sail",
                                 "departs", "depart", "arrives", "arrive", "finishes", "finish", "ends",   "end",
                                 "opens",  "open",   "starts", "start",  "begins",  "begin",   "reopens", "reopen"};
    static const char *say[] = {"says", "say", "tells", "announces", "reports", "warns", "confirms"};
    static const char *noun[] = {"the", "a", "an", "to", "on", "of", "for", "at", "in", "from",
                                 "did", "does", "do", "not", "never", "its", "his", "her", "their"};
    const evg_doc *d = s->doc;
    size_t v = i > s->first && evg_tok_is(d, i - 1, "on") ? i - 1 : i;
    if (v < s->first + 1 || d->tokens.v[v - 1].script != EVG_SCRIPT_LATN) return 0;
    v--;
    if (v < i - 1 && en_trip_verb(s, v, noun, sizeof noun / sizeof *noun)) return 1; /* flies to Nairobi on Thursday */
    if (v > s->first && evg_tok_in_static(d, v - 1, noun, sizeof noun / sizeof *noun, EVG_WS_PLAIN)) return 0;
    if (evg_tok_in_static(d, v, plan, sizeof plan / sizeof *plan, EVG_WS_PLAIN)) return 1;
    if (evg_tok_in_static(d, v, say, sizeof say / sizeof *say, EVG_WS_PLAIN)) return -1;
    return 0;
}

/* Is scan s in the headline over a story (a title section with a body
 * section after it)?  A headline's present tells what has just happened
 * ("Talks end Monday with no deal"); a line alone is read as a sentence. */
static int in_headline(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    if (s->section < 0 || (size_t)s->section >= d->sections.n || d->sections.v[s->section].kind != EVG_SEC_TITLE)
        return 0;
    for (size_t k = (size_t)s->section + 1; k < d->sections.n; k++)
        if (d->sections.v[k].kind == EVG_SEC_BODY) return 1;
    return 0;
}

/* The weekday at token w after a present verb of saying: -1 the day of
 * the report ("says Monday that ..."), or, when a finite verb follows it,
 * the weekday is the subject of the reported clause (mend 19): 1 when that
 * verb tells a present or future ("says Monday will be a holiday",
 * "confirms Friday remains the deadline"), 0 (no reading) when a past. */
static int en_day_subject(const tx_scan *s, size_t w)
{
    static const char *const ahead[] = {"will", "would", "can", "could", "may", "might", "must", "should",
                                        "shall", "is", "remains", "marks", "brings", "looks", "seems"};
    static const char *const past[] = {"was", "had", "remained", "marked", "brought"};
    const evg_doc *d = s->doc;
    if (w + 1 >= s->end) return -1;
    if (evg_tok_in_static(d, w + 1, ahead, sizeof ahead / sizeof *ahead, EVG_WS_PLAIN)) return 1;
    if (evg_tok_in_static(d, w + 1, past, sizeof past / sizeof *past, EVG_WS_PLAIN)) return 0;
    return -1;
}

/* A bare English weekday after a present verb (Session 19): a schedule
 * ("The ferry leaves Thursday at 8 p.m.", "The museum closes on Saturday")
 * is the coming such day, the reference date included; a present verb of
 * saying ("the minister says Monday that ...") tells the day of the
 * report, the last such day.  Not in a headline over a story
 * (in_headline: its own tense reading holds); a weekday that is the subject of the reported
 * clause is read by its verb (en_day_subject).  Not a possessive weekday
 * at token w ("says Monday's vote").  Returns s, or *es: a copy of it with that tense. */
static const tx_scan *verb_scan(const tx_scan *s, size_t i, size_t w, tx_scan *es)
{
    int v;
    if (!s->en || s->prefer == EVG_PREFER_FUTURE || en_possessive_at(s, w) ||
        !(v = en_verb_before_day(s, i)))
        return s;
    if (v > 0 && in_headline(s)) return s; /* mend 19: "Talks end Monday": a headline's present is the news */
    if (v < 0 && (v = en_day_subject(s, w)) == 0) return s;
    *es = *s;
    es->future = v > 0;
    es->past = v < 0;
    return es;
}

/* An English weekday told after "before" in the sentence of an earlier day
 * ("met in Cairo on Monday before flying to Rome on Thursday", "spent
 * Monday in Rabat, before a short stop in Tunis on Wednesday"): the second step
 * of the chain comes after the first, so the day is the first wd on or after
 * that earlier day, whatever the tense.  "before" stands at most eight words
 * before the weekday w with no punctuation between; the earlier day is the
 * last one-day expression of the sentence that ends before "before".
 * Returns s itself, or *es: a copy anchored on the earlier day. */
static const tx_scan *before_scan(const tx_scan *s, size_t w, tx_scan *es)
{
    const evg_doc *d = s->doc;
    size_t k = w, lo = w > s->first + 8 ? w - 8 : s->first;
    while (k > lo && d->tokens.v[k - 1].kind != EVG_TOK_PUNCT && !evg_tok_is(d, k - 1, "before")) k--;
    if (k == lo || !evg_tok_is(d, --k, "before")) return s;
    for (size_t m = d->timexes.n; m-- > 0;) {
        const evg_timex *t = &d->timexes.v[m];
        if (t->section != s->section || (size_t)t->tok_end <= s->first) break;
        if ((size_t)t->tok_end > k) continue;
        if (t->type > EVG_TIMEX_TIME || t->begin == EVG_NODATE || t->begin != t->end) return s;
        *es = *s;
        es->dct = t->begin;
        es->future = 1;
        es->past = 0;
        es->prefer = EVG_PREFER_PAST;
        return es;
    }
    return s;
}

/* The first weekday wd of a pair that ends on day d2 ("الأربعاء والخميس"):
 * its day, or the interval of both after the dual يومي. */
static size_t pair_hit(size_t i, size_t q, size_t pe, int32_t d2, int wd, int dual, tx_hit *h)
{
    int gap = (evg_weekday(d2) - wd + 7) % 7;
    tx_day_value(d2 - (gap ? gap : 7), h->value, sizeof h->value);
    if (!dual) return tx_set_hit(h, i, q);
    char a[16];
    snprintf(a, sizeof a, "%.10s", h->value);
    snprintf(h->value, sizeof h->value, "%s/", a);
    tx_day_value(d2, h->value + strlen(h->value), sizeof h->value - strlen(h->value));
    return tx_set_hit(h, i, pe);
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
    weekday_ahead(s, i, &q, en, weekon, wd, has_week, &dir, &after);
    int free_ = !yom && dir == TX_D_NONE && !has_week;
    if (bare && free_ && !(en && en_abbrev_ok(s, wpos))) return 0;
    if (free_ && !tx_weekday_ok(s, wpos)) return 0; /* الاثنين = the two */
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    int32_t d2;
    size_t pe = free_ && !after && s->dct != EVG_NODATE ? weekday_pair(s, q, &d2) : 0;
    if (pe) return pair_hit(i, q, pe, d2, wd, dual, h);
    if (dual) return 0;
    if (s->dct == EVG_NODATE) /* a relative day with no reference date (CONTRACT.md) */
        snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else {
        const tx_scan *ws = free_ ? verb_scan(s, i, wpos, &es) : s;
        if (ws == s && free_ && en) ws = before_scan(s, wpos, &es);
        if (ws == s) ws = entry_scan(s, i, dir, has_week, &es);
        tx_day_value(tx_weekday_day(ws, wd, dir, week_off, has_week) + 7 * after, h->value, sizeof h->value);
    }
    return tx_set_hit(h, i, weekday_time(s, i, q, h));
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

/* Arabic midnight after a night of two days ("ليلة الخميس إلى الجمعة عند
 * منتصف الليل", the pair read up to e): the midnight between them, the
 * start of the second day d2, as a TIME (mend 19).  Returns the new end,
 * e when no midnight follows. */
static size_t night_midnight(const tx_scan *s, size_t e, int32_t d2, tx_hit *h)
{
    tx_spec sp;
    size_t r = ar_midnight_lead(s, e);
    char day[16];
    memset(&sp, 0, sizeof sp);
    if (r == e || !tx_parse_time(s, &r, &sp) || sp.hh != 0 || sp.mi != 0) return e;
    tx_day_value(d2, day, sizeof day);
    snprintf(h->value, sizeof h->value, "%.10sT00:00", day);
    h->type = EVG_TIMEX_TIME;
    return r;
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
    return tx_set_hit(h, i, night_midnight(s, e, d2, h));
}

/* "3 fridays from now", "two sundays ago": the n-th such weekday strictly
 * after (before) the reference date. */
size_t tx_p_nweekdays(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n, count;
    if (!tx_parse_count(s, &q, &count) || count < 1 || count > 60) return 0;
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

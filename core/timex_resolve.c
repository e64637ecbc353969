/*
 * timex_resolve.c - turns what the parser read (a tx_spec, a weekday, a
 * unit with a direction) into a TIMEX3 value (shared/CONTRACT.md), anchored
 * to the reference date of the sentence's section (tx_scan.dct).
 *
 * Conventions:
 *  - A year-less date takes the reference year, moved by the direction
 *    words (الماضي -> the last one before, المقبل -> the next one after,
 *    منذ -> on or before; until/حتى -> the nearest one either way, since
 *    what runs until a day mostly runs on from the story's time: "named a
 *    caretaker until March 1" in December is the coming March); with no
 *    direction it moves to the previous year
 *    when it would lie more than half a year ahead of a past-tense article,
 *    or to the next year when a future sentence names a month already gone;
 *    a past event verb (وقع, signed, not a mere "said") puts it on or before
 *    the reference date.  With no cue at all, a story told of another time
 *    (the expression just before it is a day or month over two months from
 *    the reference date) gives the year nearest that date; a past year
 *    written in digits told before it in its paragraph, with only days of
 *    that year between, gives that year outside a future clause ("وجاء
 *    العام 2015 ... ففي الخامس عشر من مارس", Session 14).
 *    With --prefer future (Duckling's convention) a past day moves ahead.
 *    In a chronology (lines opening "DATE: ..."), a year-less entry follows
 *    the entry before it in order, before any tense cue.
 *    A weekday written with the date picks the year it agrees with.
 *  - Bare weekdays: the latest one on or before the reference date; in a
 *    future sentence the next one on or after; --prefer future: the next
 *    one strictly after, unless a past-tense verb governs the clause ("said
 *    on Saturday" is the Saturday just gone under either convention).
 *  - A past-tense reporting verb in the clause (قال, said) also beats
 *    --prefer future for year-less months and days.
 *  - Without a reference date, relative values keep X's: XXXX-07-12,
 *    XXXX-XX-XX, XXXX-WXX, and are marked relative.  A related block with
 *    no date of its own has none: a year-less day there stays XXXX-09-13
 *    (issue 3: never the body's date; the held-out annotators of sets 2-4
 *    gave such dates the publication year, and those rows count as misses).
 *  - Hijri dates are converted to Gregorian days (timex_cal.c); a Hijri
 *    month with a year becomes the interval of its days.
 */
#include "timex_int.h"

#include <stdio.h>

/* v (0 <= v < 10^w) in w digits at p; returns the end (speed: snprintf is
 * slow in this process, where libquadmath registers a printf modifier). */
static char *put_digits(char *p, int v, int w)
{
    for (int k = w; k-- > 0; v /= 10) p[k] = (char)('0' + v % 10);
    return p + w;
}

void tx_day_value(int32_t day, char *out, size_t cap)
{
    int y, m, d;
    evg_civil_from_days(day, &y, &m, &d);
    if (cap < 11 || y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
        snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
        return;
    }
    char *p = put_digits(out, y, 4); /* speed: as snprintf would */
    *p++ = '-';
    p = put_digits(p, m, 2);
    *p++ = '-';
    *put_digits(p, d, 2) = '\0';
}

static void dct_ymd(const tx_scan *s, int *y, int *m, int *d)
{
    evg_civil_from_days(s->dct, y, m, d);
}

/* ---- years for year-less dates ---- */
/* (the "no cue" rule favours the past: news mostly reports what happened) */

static int cmp_md(int m, int d, int m0, int d0)
{
    if (m != m0) return m < m0 ? -1 : 1;
    if (!d) return 0;
    return d < d0 ? -1 : d > d0;
}

/* منذ or "since" in the four words before token i, within its clause
 * ("منذ نوفمبر", "since assuming office in June last year"). */
static int since_before(const evg_doc *d, size_t i)
{
    for (size_t k = i; k-- > 0 && k + 4 >= i;) {
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) return 0;
        if (tx_is(d, k, "\xd9\x85\xd9\x86\xd8\xb0") || evg_tok_is(d, k, "since")) return 1; /* منذ */
    }
    return 0;
}

static int year_near(int32_t a, int m, int d);
static int in_relative_clause(const evg_doc *d, size_t i);

/* Does timex t write its year in digits ("خريف 2013", "March 2011"; not
 * "last November")? */
static int written_year(const tx_scan *s, const evg_timex *t)
{
    int y;
    for (size_t k = (size_t)t->tok_first; k < (size_t)t->tok_end; k++)
        if (tx_num_at(s, k, &y) == 4) return 1;
    return 0;
}

/* The time the story is at: the last expression before this one in its
 * sentence or the one before in the same paragraph (lengths and vague
 * references passed over: they name no time; not one after منذ/since,
 * which runs up to now), when it is a day, a month or a season lying
 * wholly over two months from the reference date (a story of another
 * time: "ألغت المذكرة في الأول من كانون الثاني الماضي ... ثم طردت السفير
 * في السادس من كانون الثاني"; "اشتدت المعارك في خريف 2013. وفي 2 أكتوبر
 * سقط المطار"): its first and last day in *b, *e; 0 otherwise.  dated
 * (for a past event, which else takes the last such day up to now) asks
 * for a year written in digits, outside a relative clause. */
static int narrative_span(const tx_scan *s, int32_t *b, int32_t *e, int dated)
{
    const evg_doc *d = s->doc;
    int sent = d->tokens.v[s->first].sent;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent + 1 < sent) break;
        if (t->type == EVG_TIMEX_DURATION || (t->begin == EVG_NODATE && strstr(t->value, "_REF"))) continue;
        if (t->begin == EVG_NODATE || t->end - t->begin > 92) break; /* a year is sentence_year's */
        const evg_token *f = &d->tokens.v[s->first];
        if (f->os > t->oe && memchr(d->raw.p + t->oe, '\n', (size_t)(f->os - t->oe))) break; /* another paragraph */
        if (since_before(d, (size_t)t->tok_first)) break; /* منذ نوفمبر, "since assuming office in June": up to now */
        if (t->begin - s->dct <= 61 && s->dct - t->end <= 61) return 0;
        if (dated && (!written_year(s, t) || in_relative_clause(d, (size_t)t->tok_first)))
            return 0; /* "last November"; "الهجوم الذي بدأ في نيسان 2019": background */
        *b = t->begin, *e = t->end;
        return 1;
    }
    return 0;
}

/* The year whose month m (day d; 0 = the month, which need only overlap)
 * lies inside the span b..e; 0 when none does. */
static int year_inside_span(int32_t b, int32_t e, int m, int d)
{
    int yb, ye, mm, dd;
    evg_civil_from_days(b, &yb, &mm, &dd);
    evg_civil_from_days(e, &ye, &mm, &dd);
    for (int y = yb; y <= ye; y++) {
        int32_t first = evg_days_from_civil(y, m, d ? (d <= evg_days_in_month(y, m) ? d : 1) : 1);
        int32_t last = d ? first : evg_days_from_civil(y, m, evg_days_in_month(y, m));
        if (last >= b && first <= e) return y;
    }
    return 0;
}

/* The year of month m (day d, 0 = the month) inside the span b..e of a
 * season or a month ("ربيع 2016 ... في العاشر من أبريل": 2016); else the
 * year nearest the span's middle. */
static int year_in_span(int32_t b, int32_t e, int m, int d)
{
    int y = year_inside_span(b, e, m, d);
    return y ? y : year_near(b + (e - b) / 2, m, d);
}

/* "when", حين, عندما, حينما within two tokens after token e (", when"). */
static int when_after(const evg_doc *d, size_t e)
{
    static const char *w[] = {"when", "\xd8\xad\xd9\x8a\xd9\x86", "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7",
                              "\xd8\xad\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7"}; /* حين عندما حينما */
    for (size_t k = e; k < d->tokens.n && k < e + 3; k++)
        if (evg_tok_in_static(d, k, w, sizeof w / sizeof *w, EVG_WS_WAW_FA)) return 1;
    return 0;
}

/* A past year told earlier in the sentence of a year-less month or day,
 * with no other expression between (lengths passed over; not after منذ or
 * "since" unless a "when" clause follows it): "floods in 2021, when the rain killed 100 people in June" is
 * June 2021, "في 2018 افتتحت الشركة مصنعا وبدأ الإنتاج في أكتوبر" October
 * 2018.  0 when there is none. */
/* Does a relative pronoun open the clause of token i, back to the last
 * punctuation ("The firm, which was set up in 2015, ...", "الذي تأسس عام
 * 2015")?  Such a clause tells of another time than its sentence's verb. */
static int in_relative_clause(const evg_doc *d, size_t i)
{
    for (size_t k = i; k-- > 0 && k + 12 >= i;) {
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) return 0;
        if (evg_tok_is(d, k, "which") || evg_tok_is(d, k, "who") ||
            tx_is(d, k, "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a") ||                    /* الذي */
            tx_is(d, k, "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a") ||                    /* التي */
            tx_is(d, k, "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86"))            /* الذين */
            return 1;
    }
    return 0;
}

static int sentence_year(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    int sent = d->tokens.v[s->first].sent, y0, m0, d0, y, m, dd;
    dct_ymd(s, &y0, &m0, &d0);
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent != sent) return 0;
        if (t->type == EVG_TIMEX_DURATION) continue;
        if (t->type != EVG_TIMEX_DATE || strlen(t->value) != 4 || t->begin == EVG_NODATE) return 0;
        if (since_before(d, (size_t)t->tok_first) && !when_after(d, (size_t)t->tok_end))
            return 0; /* "since 2019": up to now; "since 1996, when": that year */
        if (in_relative_clause(d, (size_t)t->tok_first)) return 0;
        evg_civil_from_days(t->begin, &y, &m, &dd);
        return y < y0 ? y : 0;
    }
    return 0;
}

/* Tokens a year that sets a paragraph's time may stand after the start of
 * its sentence or clause ("In 2014", "في عام 2015", "وجاء العام 2015"). */
#define YEAR_LEAD_TOKENS 3

/* Does the year at token i open its sentence or a clause after a comma or
 * semicolon?  "The ceasefire agreed in 2016 has collapsed" tells of its
 * present, not of 2016. */
static int year_opens_clause(const evg_doc *d, size_t i)
{
    size_t first = (size_t)d->sentences.v[d->tokens.v[i].sent].tok_first;
    for (size_t k = i, n = 0; k > first; k--, n++) {
        if (n > YEAR_LEAD_TOKENS) return 0;
        if (d->tokens.v[k - 1].kind == EVG_TOK_PUNCT && (evg_tok_is(d, k - 1, ",") || evg_tok_is(d, k - 1, ";") ||
                                                         evg_tok_is(d, k - 1, "Ø") || evg_tok_is(d, k - 1, "Ø")))
            return 1; /* , ; ، ؛ */
    }
    return i - first <= YEAR_LEAD_TOKENS;
}

/* Is the year at token i told in the first clause of its sentence (no
 * punctuation before it, no relative clause describing it after it), a
 * clause of a past event, with nothing of the present or future in the
 * sentence (no future cue, no "has", "is", "says"): "Parliamentary
 * elections were held in 2016.", "The mine opened in 2012 after ..."?
 * Such a year sets the paragraph's time wherever it stands in the clause
 * (session 16); "The ceasefire agreed in 2016 has collapsed" tells of its
 * present and does not. */
static int year_of_past_event(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    const evg_sentence *st = &d->sentences.v[d->tokens.v[i].sent];
    size_t first = (size_t)st->tok_first, end = (size_t)st->tok_end;
    int8_t tense[256];
    static const char *const rel[] = {"which", "who", "that", "when", "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a",
                                      "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a"}; /* الذي التي */
    if (end - first > sizeof tense || i < first || i >= end) return 0;
    for (size_t k = first; k < i; k++)
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) return 0; /* "..., according to a survey released in 2017" */
    for (size_t k = i + 1; k < end && k <= i + 2; k++)
        if (evg_tok_in_static(d, k, rel, sizeof rel / sizeof *rel, EVG_WS_PLAIN)) return 0; /* "in 2016, which saw" */
    tx_sentence_tenses(d, s->mask, first, end, tense);
    if (tense[i - first] != -2) return 0;
    static const char *const now[] = {"has", "have", "is", "are", "says", "say", "remains", "remain"};
    for (size_t k = first; k < end; k++)
        if (tense[k - first] > 0 || evg_tok_in_static(d, k, now, sizeof now / sizeof *now, EVG_WS_PLAIN))
            return 0; /* "has collapsed", "is still": the sentence tells its present */
    return 1;
}

/* Is token k a verb of opening or launching with "first"/أول within three
 * words after it ("opened its first branch", "launched its first
 * satellite", "افتتح البنك أول فرع")?  Opening the first of a kind tells
 * an origin, like founding (mend 19); "opened fire" does not. */
static int first_opening(const evg_doc *d, size_t k, size_t end)
{
    static const char *const v[] = {
        "opened", "launched", "inaugurated",
        "\xd8\xa7\xd9\x81\xd8\xaa\xd8\xaa\xd8\xad",         /* افتتح */
        "\xd8\xa7\xd9\x81\xd8\xaa\xd8\xaa\xd8\xad\xd8\xaa", /* افتتحت */
        "\xd8\xaf\xd8\xb4\xd9\x86",                         /* دشن */
        "\xd8\xaf\xd8\xb4\xd9\x86\xd8\xaa",                 /* دشنت */
    };
    if (!evg_tok_in_static(d, k, v, sizeof v / sizeof *v, EVG_WS_WAW_FA)) return 0;
    for (size_t m = k + 1; m < end && m <= k + 4; m++)
        if (evg_tok_is(d, m, "first") || evg_tok_is(d, m, "\xd8\xa7\xd9\x88\xd9\x84")) return 1; /* اول */
    return 0;
}

/* Does the sentence of the year at token i tell where something began
 * (founded, established, born, تأسس، ولد)?  Such a sentence gives the
 * background of a name and opens no narrative: "The party was founded in
 * 1982. In March, its supporters marched" is the story's March. */
static int origin_sentence(const evg_doc *d, size_t i)
{
    static const char *const w[] = {
        "founded", "established", "formed", "created", "born", "built",
        "\xd8\xaa\xd8\xa7\xd8\xb3\xd8\xb3",                 /* تاسس */
        "\xd8\xaa\xd8\xa7\xd8\xb3\xd8\xb3\xd8\xaa",         /* تاسست */
        "\xd8\xa7\xd8\xb3\xd8\xb3",                         /* اسس */
        "\xd8\xa7\xd8\xb3\xd8\xb3\xd8\xaa",                 /* اسست */
        "\xd9\x88\xd9\x84\xd8\xaf",                         /* ولد */
        "\xd9\x88\xd9\x84\xd8\xaf\xd8\xaa",                 /* ولدت */
        "\xd8\xa7\xd9\x86\xd8\xb4\xd8\xa1",                 /* انشء (انشئ folded) */
        "\xd8\xa7\xd9\x86\xd8\xb4\xd8\xa1\xd8\xaa",         /* انشءت */
        "\xd8\xaa\xd8\xb4\xd9\x83\xd9\x84\xd8\xaa",         /* تشكلت */
    };
    const evg_sentence *st = &d->sentences.v[d->tokens.v[i].sent];
    for (size_t k = (size_t)st->tok_first; k < (size_t)st->tok_end; k++)
        if (evg_tok_in_static(d, k, w, sizeof w / sizeof *w, EVG_WS_WAW_FA) || first_opening(d, k, (size_t)st->tok_end))
            return 1;
    return 0;
}

/* Does token k lie inside a time expression already stored in the
 * section of scan s ("last year", "last week": no "last" of an act)? */
static int in_timex(const tx_scan *s, size_t k)
{
    const evg_doc *d = s->doc;
    for (size_t m = d->timexes.n; m-- > 0;) {
        const evg_timex *t = &d->timexes.v[m];
        if (t->section != s->section) break;
        if ((size_t)t->tok_first <= k && k < (size_t)t->tok_end) return 1;
    }
    return 0;
}

/* Is Arabic آخر at token k "the last" before the noun it bounds ("آخر
 * مرة", "وقعت آخر مواجهة"), not "other" after its noun ("جندي آخر")?  It
 * must stand before a word, after the sentence start, a verb (a word of
 * four letters or more ending in ت counts as one) or a preposition. */
static int ar_last_before_noun(const evg_doc *d, size_t k, size_t first)
{
    static const char *const prep[] = {"\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd9\x85\xd9\x86\xd8\xb0"}; /* في من منذ */
    size_t n;
    if (k + 1 >= d->tokens.n || d->tokens.v[k + 1].kind != EVG_TOK_WORD) return 0;
    if (evg_tok_is(d, k + 1, "\xd9\x85\xd8\xb1\xd9\x87")) return 1; /* مره */
    if (k == first || evg_tok_in_static(d, k - 1, prep, 3, EVG_WS_WAW_FA)) return 1;
    const char *w = evg_tok_text(d, &d->tokens.v[k - 1], &n);
    if (n >= 8 && memcmp(w + n - 2, "\xd8\xaa", 2) == 0) return 1; /* a perfect in ت: وقعت, شهدت */
    return evg_ar_verb_shape(w, n, EVG_VS_INFLECTED | EVG_VS_DERIVED);
}

/* Does the sentence of the year at token i tell the latest time something
 * happened ("The last time ... was in 1998", "last met in 2019", "آخر
 * مرة", "للمرة الأخيرة")?  Whatever a later sentence tells then lies after
 * that year: it cannot be framed by it (mend 19).  "last" inside a time
 * expression ("last year") and "at last" do not count. */
static int latest_time_sentence(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    const evg_sentence *st = &d->sentences.v[d->tokens.v[i].sent];
    size_t first = (size_t)st->tok_first;
    for (size_t k = first; k < (size_t)st->tok_end; k++) {
        if (evg_tok_is(d, k, "last") && !in_timex(s, k) && !(k > first && evg_tok_is(d, k - 1, "at"))) return 1;
        if (tx_is(d, k, "\xd8\xa7\xd8\xae\xd8\xb1") && ar_last_before_noun(d, k, first)) return 1; /* اخر */
        if (tx_is(d, k, "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1\xd9\x87") && k > first &&
            (tx_is(d, k - 1, "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd9\x87") ||
             tx_is(d, k - 1, "\xd9\x84\xd9\x84\xd9\x85\xd8\xb1\xd9\x87")))
            return 1; /* المره / للمره الاخيره */
    }
    return 0;
}

/* Does the sentence holding token f tell an act done once more ("again",
 * "anew", "once more", مجددا, "مرة أخرى", "من جديد")?  The act repeats
 * one told before, so it lies after the year of that one (mend 19). */
static int repeat_sentence(const evg_doc *d, size_t f)
{
    static const char *const w[] = {"again", "anew", "\xd9\x85\xd8\xac\xd8\xaf\xd8\xaf\xd8\xa7"}; /* مجددا */
    const evg_sentence *st = &d->sentences.v[d->tokens.v[f].sent];
    for (size_t k = (size_t)st->tok_first; k < (size_t)st->tok_end; k++) {
        if (evg_tok_in_static(d, k, w, 3, EVG_WS_PLAIN)) return 1;
        if (k + 1 >= (size_t)st->tok_end) break;
        if (evg_tok_is(d, k, "once") && evg_tok_is(d, k + 1, "more")) return 1;
        if (tx_is(d, k, "\xd9\x85\xd8\xb1\xd9\x87") && evg_tok_is(d, k + 1, "\xd8\xa7\xd8\xae\xd8\xb1\xd9\x8a"))
            return 1; /* مره اخري */
        if (evg_tok_is(d, k, "\xd9\x85\xd9\x86") && evg_tok_is(d, k + 1, "\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf"))
            return 1; /* من جديد */
    }
    return 0;
}

/* May the past year at token i, told in the sentence just before, set the
 * bare month (day d == 0) now read (Session 19)?  The sentence of the year
 * tells a past event in its first clause (year_of_past_event); the month opens its own sentence as its frame
 * ("In October,", "By June,", "وفي أكتوبر") in a past clause: "Elections
 * were held in 2016. In October, the court annulled the vote" is October
 * 2016.  A day ("On March 3") is the story's, as news names a day of
 * another year with its year; a direction word ("Last October") counts
 * from the reference date (year_by_direction reads it first). */
static int year_frames_next(const tx_scan *s, size_t i, int d)
{
    const evg_doc *doc = s->doc;
    if (d || !s->past || s->future || s->at < s->first || s->at > s->first + 2) return 0;
    if (doc->tokens.v[i].sent + 1 != doc->tokens.v[s->first].sent) return 0;
    if (latest_time_sentence(s, i) || repeat_sentence(doc, s->first)) return 0; /* mend 19 */
    return year_of_past_event(s, i);
}

/* A past year written in digits as the time a paragraph tells of, the
 * last expression before a year-less month or day in its sentence or the
 * three before it in the same paragraph (lengths and vague references
 * passed over, and the year-less days of that year told after it; not
 * after منذ/"since", not in a relative clause, opening its sentence or
 * clause: YEAR_LEAD_TOKENS): "وجاء
 * العام 2015 بأسوأ ركود ... ففي العاشر من أبريل" is April 2015, "In 2014
 * the pound fell. By 3 June the bank had ..." 3 June 2014.  Also a year
 * deep in the sentence just before, for a bare month (day == 0) that
 * frames its sentence (year_frames_next); never a year of an origin told
 * in an earlier sentence (origin_sentence).  0 when none. */
static int narrative_year(const tx_scan *s, int day)
{
    const evg_doc *d = s->doc;
    const evg_token *f = &d->tokens.v[s->first];
    int sent = f->sent, y0, m0, d0, y, m, dd, yl = 0;
    dct_ymd(s, &y0, &m0, &d0);
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent + 3 < sent) return 0;
        if (t->type == EVG_TIMEX_DURATION || (t->begin == EVG_NODATE && strstr(t->value, "_REF"))) continue;
        if (f->os > t->oe && memchr(d->raw.p + t->oe, '\n', (size_t)(f->os - t->oe))) return 0; /* another paragraph */
        if (t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE) return 0;
        evg_civil_from_days(t->begin, &y, &m, &dd);
        if (strlen(t->value) > 4 && !written_year(s, t) && t->end - t->begin < 31 && y < y0 && (!yl || y == yl)) {
            yl = y; /* a day of that year told after it: "On 12 May ... and in October" */
            continue;
        }
        if (strlen(t->value) != 4 || !written_year(s, t) || (yl && t->begin > evg_days_from_civil(yl, 1, 1)) ||
            (yl && evg_days_from_civil(yl, 1, 1) > t->end))
            return 0;
        if (since_before(d, (size_t)t->tok_first) && !when_after(d, (size_t)t->tok_end)) return 0;
        if (in_relative_clause(d, (size_t)t->tok_first)) return 0;
        if (d->tokens.v[t->tok_first].sent != sent && origin_sentence(d, (size_t)t->tok_first)) return 0;
        if (!year_opens_clause(d, (size_t)t->tok_first) &&
            !(d->tokens.v[t->tok_first].sent == sent && year_of_past_event(s, (size_t)t->tok_first)) &&
            !year_frames_next(s, (size_t)t->tok_first, day))
            return 0; /* review: "The party was founded in 1982. On March 3, ..." keeps the story's year */
        evg_civil_from_days(t->begin, &y, &m, &dd);
        return y < y0 ? y : 0;
    }
    return 0;
}

/* The year that puts month m (day d, 0 = the month) nearest the day a. */
static int year_near(int32_t a, int m, int d)
{
    int ya, ma, da, best = 0;
    int32_t gap = 0;
    evg_civil_from_days(a, &ya, &ma, &da);
    for (int y = ya - 1; y <= ya + 1; y++) {
        int32_t day = evg_days_from_civil(y, m, d ? (d <= evg_days_in_month(y, m) ? d : 1) : 1);
        int32_t g = day > a ? day - a : a - day;
        if (!best || g < gap) best = y, gap = g;
    }
    return best;
}

/* Does the line holding byte os open with an entry head: a date right at
 * the line's start followed by a colon before any full stop, within 80
 * bytes ("19 شباط/فبراير: بدء الهجوم", "March 3: talks open")? */
static int entry_line(const evg_doc *d, int32_t os)
{
    if (os < 0 || (size_t)os >= d->raw.n || (os > 0 && d->raw.p[os - 1] != '\n')) return 0;
    for (size_t k = (size_t)os; k < d->raw.n && k < (size_t)os + 80; k++) {
        if (d->raw.p[k] == ':') return 1;
        if (d->raw.p[k] == '.' || d->raw.p[k] == '\n') return 0;
    }
    return 0;
}

/* Does token i, the first of its line, begin a date or a clock (a number,
 * a month, weekday, ordinal, part or relative word), as an entry head
 * must?  "Analysts say: ..." is no entry of a chronology. */
static int entry_head_tok(const tx_scan *s, size_t i)
{
    const uint32_t kinds = (1u << TX_MONTH) | (1u << TX_HMONTH) | (1u << TX_WEEKDAY) | (1u << TX_ORD) |
                           (1u << TX_CARD) | (1u << TX_PART) | (1u << TX_REL) | (1u << TX_SEASON) |
                           (1u << TX_HOLIDAY);
    if (i >= s->doc->tokens.n) return 0;
    return s->doc->tokens.v[i].kind == EVG_TOK_NUM || (s->mask[i] & kinds);
}

int tx_entry_head_at(const tx_scan *s, size_t i)
{
    const evg_doc *doc = s->doc;
    int32_t os = doc->tokens.v[i].os;
    if (os > 0 && doc->raw.p[os - 1] != '\n') return 0;
    return entry_line(doc, os) && entry_head_tok(s, i);
}

/* The day of the entry holding token i: its line opens with a one-day date
 * and a colon right after it. */
int32_t tx_entry_day(const tx_scan *s, size_t i)
{
    const evg_doc *doc = s->doc;
    int32_t ls = doc->tokens.v[i].os;
    while (ls > 0 && doc->raw.p[ls - 1] != '\n') ls--;
    if (!entry_line(doc, ls)) return EVG_NODATE;
    for (size_t k = doc->timexes.n; k-- > 0;) {
        const evg_timex *t = &doc->timexes.v[k];
        if (t->section != s->section || t->os < ls) return EVG_NODATE;
        if (t->os != ls) continue;
        int32_t c = t->oe;
        while (c < (int32_t)doc->raw.n && doc->raw.p[c] == ' ') c++;
        if (t->type == EVG_TIMEX_DATE && t->begin != EVG_NODATE && t->begin == t->end && c < (int32_t)doc->raw.n &&
            doc->raw.p[c] == ':')
            return t->begin; /* "18 May 2016:" heads its entry; a live blog's clock stamp does not */
        return EVG_NODATE;
    }
    return EVG_NODATE;
}

/* A chronology: when the sentence opens a line with an entry head and the
 * last dated entry head before it in the section was a day or a month, a
 * year-less month or day m/d takes the first year that keeps the entries
 * in order (on or after that entry): after "17 تشرين الأول/أكتوبر 2016:",
 * "مطلع تشرين الثاني/نوفمبر:" is November 2016 whatever the tense of the
 * entry's historical present.  0 when it is no chronology. */
static int chronology_year(const tx_scan *s, int m, int d)
{
    const evg_doc *doc = s->doc;
    if (!entry_line(doc, doc->tokens.v[s->first].os) || !entry_head_tok(s, s->first)) return 0;
    for (size_t k = doc->timexes.n; k-- > 0;) {
        const evg_timex *t = &doc->timexes.v[k];
        if (t->section != s->section) return 0;
        if (t->type != EVG_TIMEX_DATE || !entry_line(doc, t->os)) continue;
        if (t->begin == EVG_NODATE || t->end - t->begin > 31) return 0;
        int y, pm, pd;
        evg_civil_from_days(t->begin, &y, &pm, &pd);
        return cmp_md(m, d, pm, d ? pd : 0) >= 0 ? y : y + 1;
    }
    return 0;
}

/* The day (or month) told earlier in the sentence of a future clause, when
 * it lies before the reference date: the time a plan was made ("On 4 May
 * the head of state called a fresh vote for 21 May", "said on Wednesday he
 * hoped to sign before July 20", "warned in September that it could act by
 * late November").  The plan's year-less date is then the first one on or
 * after that day, not after the reference date.  EVG_NODATE when none. */
static int32_t plan_made_on(const tx_scan *s)
{
    const evg_doc *doc = s->doc;
    for (size_t k = doc->timexes.n; k-- > 0;) {
        const evg_timex *t = &doc->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_first < s->first) return EVG_NODATE;
        if ((size_t)t->tok_first >= s->at) continue;
        if (t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE || t->end - t->begin > 30) continue;
        if (in_relative_clause(doc, (size_t)t->tok_first)) continue; /* "who took office in January" */
        return s->dct != EVG_NODATE && t->end < s->dct ? t->begin : EVG_NODATE;
    }
    return EVG_NODATE;
}

static int year_by_direction(const tx_scan *s, int m, int d, int dir)
{
    int y0, m0, d0;
    dct_ymd(s, &y0, &m0, &d0);
    int c = cmp_md(m, d, m0, d ? d0 : 0);
    switch (dir) {
    case TX_D_PAST: return c >= 0 ? y0 - 1 : y0;
    case TX_D_SINCE: return c > 0 ? y0 - 1 : y0;
    case TX_D_NEXT: return c <= 0 ? y0 + 1 : y0;
    case TX_D_UNTIL: return year_near(s->dct, m, d);
    default: break;
    }
    int yc = chronology_year(s, m, d);
    if (yc) return yc; /* an entry of a chronology follows the one before */
    if (s->prefer == EVG_PREFER_FUTURE && !s->past) return m < m0 ? y0 + 1 : y0;
    int32_t made = s->future && !s->entry_head ? plan_made_on(s) : EVG_NODATE;
    if (made != EVG_NODATE) { /* a plan made on a past day: the first date on or after it */
        int ya, ma, da;
        evg_civil_from_days(made, &ya, &ma, &da);
        return cmp_md(m, d, ma, d ? da : 0) >= 0 ? ya : ya + 1;
    }
    if (s->future && !s->entry_head) return m < m0 ? y0 + 1 : y0; /* "May 3: talks open" tells no future */
    int ys = s->range_end ? 0 : sentence_year(s);
    if (ys) return ys; /* "in 2021, when ... in June" */
    if (!s->range_end && !s->future && (ys = narrative_year(s, d))) return ys; /* "2015 came ... On 15 March" */
    /* the year of the time the story is at when it is told of another
     * time, for a past event too ("في ربيع 2016 ... ففي العاشر من أبريل أعلنت
     * الحكومة"); else a past event takes the last such day up to now */
    int32_t sb, se; /* a past event only inside the told span ("in August 2016. On 2 May": the last 2 May) */
    if (narrative_span(s, &sb, &se, s->past_event) && (!s->past_event || se < s->dct)) {
        if (!s->past_event) return year_in_span(sb, se, m, d);
        int yi = year_inside_span(sb, se, m, d);
        if (yi) return yi;
    }
    if (s->past_event) return cmp_md(m, d, m0, d ? d0 : 0) <= 0 ? y0 : y0 - 1; /* signed in January */
    /* no cue: the reference year, unless that is over half a year
     * ahead (then the year before) or over ten months back (then the coming one) */
    int32_t first = evg_days_from_civil(y0, m, d ? d : 1);
    int32_t last = evg_days_from_civil(y0, m, d ? d : evg_days_in_month(y0, m));
    if (first - s->dct > 183) return y0 - 1;
    if (s->dct - last > 305) return y0 + 1;
    return y0;
}

/* Year y, or the one before or after it where a written weekday agrees
 * with the day ("يوم السبت 12 يوليو"). */
static int weekday_year(const tx_spec *sp, int y)
{
    if (!sp->wd || !sp->d) return y;
    const int tries[] = {y, y - 1, y + 1};
    for (int k = 0; k < 3; k++) {
        if (sp->d > evg_days_in_month(tries[k], sp->m)) continue;
        if (evg_weekday(evg_days_from_civil(tries[k], sp->m, sp->d)) == sp->wd) return tries[k];
    }
    return y;
}

/* The year of a year-less day, agreeing with a written weekday if any. */
static int choose_year(const tx_scan *s, const tx_spec *sp)
{
    return weekday_year(sp, year_by_direction(s, sp->m, sp->d, sp->dir) + sp->after_next);
}

/* ---- Hijri ---- */

/* The Hijri year whose month hm begins in the Gregorian year gy. */
static int hijri_year_in(int gy, int hm)
{
    int32_t jan1 = evg_days_from_civil(gy, 1, 1);
    int hy = tx_hijri_year_of(jan1);
    int32_t start = tx_hijri_to_days(hy, hm, 1, NULL);
    return start != EVG_NODATE && start < jan1 ? hy + 1 : hy;
}

/* Years to move a year-less Hijri month or day that starts on day first
 * (len days): back when a direction word or a past event says it is over
 * ("شعبان الماضي", "وقع في شعبان") or it lies over half a year ahead;
 * ahead when "المقبل" or a future clause says it is to come. */
static int hijri_shift(const tx_scan *s, const tx_spec *sp, int32_t first, int len)
{
    int past = sp->dir == TX_D_PAST || (sp->dir == TX_D_NONE && s->past_event);
    int next = sp->dir == TX_D_NEXT || (sp->dir == TX_D_NONE && s->future);
    int32_t end = sp->d ? first : first + len - 1;
    if (past && (sp->dir == TX_D_PAST ? end >= s->dct : first > s->dct)) return -1;
    if (next && (sp->dir == TX_D_NEXT ? first <= s->dct : end < s->dct)) return 1;
    if (!past && !next && first - s->dct > 183) return -1;
    return 0;
}

/* A year-less Hijri day told with its weekday: of the year hy the tense
 * chose, the reference year hy0 and the years around them, the first whose
 * day falls on that weekday (*first and *len follow it); hy when none does. */
static int hijri_weekday_year(const tx_spec *sp, int hy, int hy0, int32_t *first, int *len)
{
    const int tries[] = {hy0, hy0 - 1, hy0 + 1, hy - 1, hy + 1};
    for (size_t k = 0; k < sizeof tries / sizeof *tries; k++) {
        int l = 0;
        int32_t f = tx_hijri_to_days(tries[k], sp->m, sp->d, &l);
        if (f != EVG_NODATE && evg_weekday(f) == sp->wd) {
            *first = f;
            *len = l;
            return tries[k];
        }
    }
    return hy;
}

static int resolve_hijri(const tx_scan *s, const tx_spec *sp, tx_hit *out)
{
    int hy = sp->greg_year ? hijri_year_in(sp->y, sp->m) : sp->y, len = 0;
    char a[16], b[16];
    if (!hy) {
        if (s->dct == EVG_NODATE) return 0;
        hy = tx_hijri_year_of(s->dct);
        out->relative = 1;
    }
    int32_t first = tx_hijri_to_days(hy, sp->m, sp->d, &len);
    if (first == EVG_NODATE) return 0;
    int hy0 = hy;
    if (!sp->y) hy += hijri_shift(s, sp, first, len);
    if (!sp->y) first = tx_hijri_to_days(hy, sp->m, sp->d, &len);
    if (first == EVG_NODATE) return 0;
    if (!sp->y && sp->wd && sp->d && evg_weekday(first) != sp->wd)
        hy = hijri_weekday_year(sp, hy, hy0, &first, &len); /* "السبت 29 رمضان": the year whose 29 Ramadan is a Saturday */
    tx_day_value(first, a, sizeof a);
    int32_t last = sp->d ? EVG_NODATE : first + len - 1;
    if (sp->d && sp->d2) last = tx_hijri_to_days(hy, sp->m2 ? sp->m2 : sp->m, sp->d2, NULL);
    if (last == EVG_NODATE || last == first) {
        snprintf(out->value, sizeof out->value, "%s", a);
        return 1;
    }
    tx_day_value(last, b, sizeof b);
    snprintf(out->value, sizeof out->value, "%s/%s", a, b);
    return 1;
}

/* ---- Gregorian ---- */

/* Write one point (y may be 0 = XXXX, m 0 = XX when mx, d 0 = absent). */
static int point_printf(char *out, size_t cap, int y, int m, int d, int mx)
{
    char ys[8], ms[8];
    if (y) snprintf(ys, sizeof ys, "%04d", y);
    else snprintf(ys, sizeof ys, "XXXX");
    if (m) snprintf(ms, sizeof ms, "%02d", m);
    else snprintf(ms, sizeof ms, "XX");
    if (y && m && d && d > evg_days_in_month(y, m)) return -1;
    if (d > 31 || m > 12) return -1;
    if (d) return snprintf(out, cap, "%s-%s-%02d", ys, ms, d);
    if (m || mx) return snprintf(out, cap, "%s-%s", ys, ms);
    return snprintf(out, cap, "%s", ys);
}

/* The value of a date point: YYYY[-MM[-DD]] with X for unknown parts; -1
 * when the day or month does not exist.  Returns the length. */
static int point(char *out, size_t cap, int y, int m, int d, int mx)
{
    if (cap < 16 || y < 0 || y > 9999 || m < 0 || d < 0) return point_printf(out, cap, y, m, d, mx);
    if (y && m && d && d > evg_days_in_month(y, m)) return -1;
    if (d > 31 || m > 12) return -1;
    char *p = y ? put_digits(out, y, 4) : (char *)memcpy(out, "XXXX", 4) + 4;
    if (d || m || mx) {
        *p++ = '-';
        p = m ? put_digits(p, m, 2) : (char *)memcpy(p, "XX", 2) + 2;
    }
    if (d) {
        *p++ = '-';
        p = put_digits(p, d, 2);
    }
    *p = '\0';
    return (int)(p - out);
}

/* Year and month after the relative parts are settled; 0 = unknown. */
static void settle_ym(const tx_scan *s, const tx_spec *sp, int *y, int *m, int *rel)
{
    int y0 = 0, m0 = 0, d0;
    if (s->dct != EVG_NODATE) dct_ymd(s, &y0, &m0, &d0);
    *y = sp->y;
    *m = sp->m;
    *rel = 0;
    if (sp->mrel_set) {
        *rel = 1;
        if (!y0) { *m = 0; *y = 0; return; }
        int k = (y0 * 12 + m0 - 1) + sp->mrel;
        *y = k / 12;
        *m = k % 12 + 1;
        return;
    }
    if (*y) return;
    *rel = 1;
    if (sp->yrel_set) *y = y0 ? y0 + sp->yrel : 0;
    else if (*m && y0) *y = choose_year(s, sp);
}

int tx_resolve_date(const tx_scan *s, const tx_spec *sp, tx_hit *out)
{
    int y, m, rel;
    char a[24], b[24];
    out->type = EVG_TIMEX_DATE;
    if (sp->hijri) return resolve_hijri(s, sp, out);
    settle_ym(s, sp, &y, &m, &rel);
    out->relative = rel;
    if (point(a, sizeof a, y, m, sp->d, sp->mrel_set) < 0) return 0;
    int months = sp->m2 && !sp->d; /* "يوليو أو أغسطس": an interval of months */
    if (sp->d2 || sp->y2 || months) {
        int y2 = sp->y2 ? sp->y2 : y, m2 = sp->m2 ? sp->m2 : m;
        if (sp->m2 && !sp->y2 && y && m2 < m) y2 = y + 1; /* 28 December to 3 January */
        if (point(b, sizeof b, y2, sp->d2 || months ? m2 : 0, sp->d2, sp->mrel_set && sp->d2) < 0) return 0;
        evg_str3(out->value, sizeof out->value, a, "/", b); /* speed: no snprintf */
        return 1;
    }
    if (sp->has_time && sp->d) {
        snprintf(out->value, sizeof out->value, "%sT%02d:%02d", a, sp->hh, sp->mi);
        out->type = EVG_TIMEX_TIME;
        return 1;
    }
    evg_str3(out->value, sizeof out->value, a, "", "");
    return 1;
}

/* ---- weekdays and periods ---- */

int32_t tx_weekday_day(const tx_scan *s, int wd, int dir, int week_off, int has_week)
{
    int w0 = evg_weekday(s->dct);
    int back = (w0 - wd + 7) % 7, ahead = (wd - w0 + 7) % 7;
    if (has_week) return s->dct - (w0 - 1) + 7 * week_off + (wd - 1);
    switch (dir) {
    case TX_D_PAST: return s->dct - (back ? back : 7);
    case TX_D_NEXT: return s->dct + (ahead ? ahead : 7);
    case TX_D_THIS:
        if (s->prefer == EVG_PREFER_FUTURE) return s->dct + ahead;
        return s->dct - (w0 - 1) + (wd - 1);
    default: break;
    }
    if (s->prefer == EVG_PREFER_FUTURE && !s->past) return s->dct + (ahead ? ahead : 7);
    if (s->future) return s->dct + ahead;
    return s->dct - back;
}

void tx_period_value(const tx_scan *s, int unit, int off, char *out, size_t cap)
{
    static const char *unknown[] = {"", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX-QX", "XXXX"};
    int y0, m0, d0, wy, wn;
    if (s->dct == EVG_NODATE) {
        snprintf(out, cap, "%s", unknown[unit]);
        return;
    }
    dct_ymd(s, &y0, &m0, &d0);
    int k = y0 * 12 + m0 - 1 + off;
    int q = y0 * 4 + (m0 - 1) / 3 + off;
    switch (unit) {
    case TX_U_DAY: tx_day_value(s->dct + off, out, cap); break;
    case TX_U_WEEK:
        tx_iso_week(s->dct + 7 * off, &wy, &wn);
        snprintf(out, cap, "%04d-W%02d", wy, wn);
        break;
    case TX_U_MONTH: snprintf(out, cap, "%04d-%02d", k / 12, k % 12 + 1); break;
    case TX_U_QUARTER: snprintf(out, cap, "%04d-Q%d", q / 4, q % 4 + 1); break;
    default: snprintf(out, cap, "%04d", y0 + off); break;
    }
}

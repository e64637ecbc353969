/*
 * timex_relday.c - days counted from the reference date and clock times.
 * أمس, اليوم, غدا, بعد غد, "أمس السبت" (the offset wins over the weekday),
 * "today at 5 pm", "overnight" alone (the night that ends on the reference
 * day), "اليوم الوطني" (a named day, not today); a clock time with its day
 * ("6 a.m. on Friday", "الساعة السادسة صباح الجمعة") and a clock time alone
 * ("الساعة 6:30 صباحا", "at 5 pm", "tonight at 9"; the end of a span over
 * midnight, "من العاشرة ليلا حتى السادسة صباحا", is the next day's; an hour of ليل/ليلة
 * from 6 to 11 is p.m.: "العاشرة من ليل أمس" 22:00): its day is the story's
 * day, the day just told with it, the day of an attribution closing its
 * sentence (", officials said on Sunday"), or the day a live blog's entry
 * stamp comes under (a time opening its line before a dash); a part of the day
 * alone after a word of time ("حتى الصباح", "قرابة الظهر", "until dawn"):
 * that part of the story's day (2016-01-16TMO).
 * Reads the reference date and time of the scan, the tokens and clock
 * parsers of timex_tok.c, and the background tests of timex_anchor.c (a
 * day told in a pluperfect does not carry a later clock time).  Leaves the
 * weekdays to timex_weekday.c.  Each tx_p_* returns the index past its
 * match (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>
#include <string.h>

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

static int quoted_statement_off(const tx_scan *s, size_t i);

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
        (tx_same_after(s, q + 1) || (tx_dir_at(s, q + 1, &d) && d != 0)))
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
    day_time_value(s, off + quoted_statement_off(s, i), &sp, h); /* "today" in a statement of Friday: Friday */
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
        int layl = tx_is(s->doc, q, "\xd9\x84\xd9\x8a\xd9\x84") || tx_is(s->doc, q, "\xd9\x84\xd9\x8a\xd9\x84\xd9\x87");
        int dawn = tx_is(s->doc, q, "\xd9\x81\xd8\xac\xd8\xb1") || tx_is(s->doc, q, "\xd8\xb5\xd8\xa8\xd8\xa7\xd8\xad") ||
                   tx_is(s->doc, q, "\xd8\xb5\xd8\xa8\xd9\x8a\xd8\xad\xd9\x87"); /* فجر صباح صبيحة */
        if (!sp->has_ampm && hh == 12 && (dawn || layl)) hh = 0; /* "12:30 فجر الأحد": half past midnight */
        night = layl && hh < 6; /* منتصف ليل السبت: the night after Saturday */
        if (layl && !sp->has_ampm && hh >= 6 && hh < 12) hh += 12; /* العاشرة من ليل أمس: 22:00 */
        q += (size_t)n;
    }
    memset(&d, 0, sizeof d);
    size_t end = tx_parse_plain(s, q, &d);
    if (end && d.type == EVG_TIMEX_TIME) { /* "midnight on Monday, at 12:02 a.m.": the day, then its own clock */
        tx_scan c = *s;
        for (c.end = q + 1; c.end < s->end && !tx_comma_at(s, c.end); c.end++) {}
        memset(&d, 0, sizeof d);
        end = c.end < s->end ? tx_parse_plain(&c, q, &d) : 0;
    }
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

/* Is t a midnight told with "before" (maybe "shortly", "just" between:
 * "shortly before midnight", "قبيل منتصف الليل")?  Its T00:00 opens the
 * next day; the evening told with it is the day before. */
static int before_midnight(const tx_scan *s, const evg_timex *t)
{
    static const char *const lead[] = {"before", "\xd9\x82\xd8\xa8\xd9\x8a\xd9\x84", /* قبيل */
                                       "\xd9\x82\xd8\xa8\xd9\x84"};                    /* قبل */
    const evg_doc *d = s->doc;
    size_t f = (size_t)t->tok_first, n = strlen(t->value);
    if (t->type != EVG_TIMEX_TIME || n < 6 || strcmp(t->value + n - 6, "T00:00") != 0 || f == 0) return 0;
    if (evg_tok_is(d, f, "at")) return 0;
    return evg_tok_in_static(d, f - 1, lead, sizeof lead / sizeof *lead, EVG_WS_WAW_FA);
}

/* The offset of day t for a clock time of hour hh: a small hour (midnight
 * to 5 in the morning) after a day told as its night is the next day's
 * ("ليل السبت ... نحو الساعة الثانية فجرا" is early Sunday). */
static int clock_offset(const tx_scan *s, const evg_timex *t, int hh)
{
    int off = (int)(t->begin - s->dct);
    if (hh >= 12 && before_midnight(s, t)) return off - 1; /* "shortly before midnight ... at 22:29": the day it closes */
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

/* Does a clock time starting at token f follow one ending at token e as
 * the end of their span: one word "to"/"and"/حتى/إلى or a dash between, or a
 * و glued to it ("والخامسة فجرا")? */
static int clock_span_link(const tx_scan *s, size_t e, size_t f)
{
    return (e + 1 == f && (tx_word_at(s, e, TX_W_TO) || tx_dash_at(s, e) || evg_tok_is(s->doc, e, "and"))) ||
           (e == f && tx_conj_len(s->doc, f) > 0); /* "between 9 p.m. and 5 a.m." */
}

/* Is stored expression k the end of a span of clock times over midnight
 * (overnight_end below: "حتى السادسة صباحا" after "من العاشرة ليلا")?
 * Its day is not the story's: a later clock keeps the first one's day. */
static int stored_overnight_end(const tx_scan *s, size_t k)
{
    const evg_doc *d = s->doc;
    if (k == 0) return 0;
    const evg_timex *t = &d->timexes.v[k], *p = &d->timexes.v[k - 1];
    if (t->type != EVG_TIMEX_TIME || p->type != EVG_TIMEX_TIME || p->section != t->section ||
        p->begin == EVG_NODATE || p->begin + 1 != t->begin)
        return 0;
    return clock_span_link(s, (size_t)p->tok_end, (size_t)t->tok_first);
}

/* Quotation marks: 1 opening, 2 closing, 3 straight (either), 0 none. */
static int quote_mark(const evg_doc *d, size_t k)
{
    if (d->tokens.v[k].kind != EVG_TOK_PUNCT) return 0;
    if (evg_tok_is(d, k, "\"")) return 3;
    if (evg_tok_is(d, k, "\xE2\x80\x9C") || evg_tok_is(d, k, "\xC2\xAB")) return 1; /* “ « */
    if (evg_tok_is(d, k, "\xE2\x80\x9D") || evg_tok_is(d, k, "\xC2\xBB")) return 2; /* ” » */
    return 0;
}

/* Does a line break stand between tokens k - 1 and k (a new paragraph)? */
static int line_break_before(const evg_doc *d, size_t k)
{
    for (int32_t b = d->tokens.v[k - 1].oe; b < d->tokens.v[k].os; b++)
        if (d->raw.p[b] == '\n') return 1;
    return 0;
}

/* The opening mark of the quotation holding token i, read from the start
 * of i's paragraph in its section (a quotation may run over sentences), or
 * (size_t)-1 when i is not quoted. */
static size_t quote_open(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    size_t p = i, open = (size_t)-1;
    int32_t sec = d->sentences.v[d->tokens.v[i].sent].section;
    while (p > 0 && d->sentences.v[d->tokens.v[p - 1].sent].section == sec && !line_break_before(d, p)) p--;
    for (size_t k = p; k < i; k++) {
        int m = quote_mark(d, k);
        if (m == 1 || (m == 3 && open == (size_t)-1)) open = k;
        else if (m == 2 || m == 3) open = (size_t)-1;
    }
    return open;
}

/* A verb of saying before token k (up to six words, no punctuation
 * but a comma): "said on Friday", "told reporters on Friday", "وقال شاهد يوم
 * الجمعة", "أكدت الوزارة الخميس". */
static int speech_before(const tx_scan *s, size_t k, size_t lo)
{
    const tx_ent *e;
    for (size_t j = k; j-- > lo && j + 7 > k;) {
        if (s->doc->tokens.v[j].kind == EVG_TOK_PUNCT && !tx_comma_at(s, j)) return 0;
        if (tx_kind_at(s, j, TX_PAST, &e) && e->val == TX_PAST_SPEECH) return 1; /* timewords.tsv past 3 */
    }
    return 0;
}

/* The day told with a verb of saying in the eight tokens after token c
 * (a closing quotation mark or a comma): "..., police said on Friday".
 * 1 with *off (never a day after the reference date: a statement is not
 * ahead); *end gets the token past that day. */
static int said_day_from(const tx_scan *s, size_t c, int *off, size_t *end)
{
    for (size_t k = c + 1; k < s->end && k <= c + 8; k++) {
        tx_hit a;
        int32_t b = EVG_NODATE, e = EVG_NODATE;
        memset(&a, 0, sizeof a);
        if (s->doc->tokens.v[k].kind == EVG_TOK_PUNCT && !tx_comma_at(s, k)) return 0;
        if (!tx_parse_plain(s, k, &a)) continue;
        evg_value_range(a.value, &b, &e);
        if (b == EVG_NODATE || b != e || !speech_before(s, k, c + 1)) return 0;
        if (b > s->dct) return 0; /* read in the quotation's future tense: a speech verb's day is never ahead */
        *off = (int)(b - s->dct);
        *end = a.end;
        return 1;
    }
    return 0;
}

/* The day of the statement a quotation at [o, i...) belongs to, told after
 * the quotation closes in the sentence ("'At 9 p.m. the crowd ...,' police
 * said on Friday"): up to eight tokens after the closing mark.  1 with *off. */
static int statement_day_after(const tx_scan *s, size_t o, size_t i, int *off)
{
    size_t c = i, end;
    while (c < s->end && !(quote_mark(s->doc, c) & 2)) c++;
    if (c >= s->end || c == o) return 0;
    return said_day_from(s, c, off, &end);
}

/* The day of an attribution closing the sentence of token i after a comma,
 * with no quotation marks ("Shelling resumed at nightfall, officials said on
 * Sunday.", "عبرت الشاحنات الساعة السادسة صباحا، بحسب ما أعلن الهلال الأحمر
 * يوم الاثنين."): the clause before the comma is what was said, so a time
 * of day in it is on the statement's day.  The day must end the sentence
 * (or stand before a comma), and an English "and"/"but" after the comma
 * opens another act, not an attribution.  1 with *off. */
static int attribution_day_after(const tx_scan *s, size_t i, int *off)
{
    const evg_doc *d = s->doc;
    if (s->future && !s->past) return 0; /* "talks will resume at 10 a.m., the envoy said on Monday" */
    for (size_t c = i + 1; c < s->end; c++) {
        size_t end;
        if (quote_mark(d, c)) return 0;
        if (!tx_comma_at(s, c)) continue; /* the dots of "a.m.", the colon of "6:30" */
        if (c + 1 < s->end && (evg_tok_is(d, c + 1, "and") || evg_tok_is(d, c + 1, "but"))) return 0;
        if (!said_day_from(s, c, off, &end)) continue;
        return end >= s->end || d->tokens.v[end].kind == EVG_TOK_PUNCT;
    }
    return 0;
}

/* A word counted from the reference date (today, this evening, أمس) at
 * token i inside a quotation whose statement has a day of its own (its
 * speech verb's expression after the quotation, or before it in the
 * sentence that opens it: "he said on Friday: 'we signed it today'"): that
 * day's offset from the reference date, added to the word's; else 0 (a
 * quotation told with no day is the story's day). */
static int quoted_statement_off(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    size_t o = quote_open(s, i);
    int off;
    if (o == (size_t)-1 || s->dct == EVG_NODATE) return 0;
    if (statement_day_after(s, o, i, &off)) return off;
    int sent = d->tokens.v[o].sent;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent < sent) break;
        if ((size_t)t->tok_first >= o || t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE || t->begin != t->end ||
            t->begin > s->dct)
            continue; /* a statement is never dated after the reference date */
        if (speech_before(s, (size_t)t->tok_first, (size_t)d->sentences.v[sent].tok_first))
            return (int)(t->begin - s->dct);
    }
    return 0;
}

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
    int stamp_off = 0, qoff;
    size_t o = quote_open(s, i); /* quoted with no day of its own: the statement's day (session 15, timex7) */
    int inside = o != (size_t)-1;
    long ev = inside ? -1 : tx_pluperfect_event_day(s, i); /* "the fire had started at 11 p.m." (session 16) */
    if (ev >= 0) return clock_offset(s, &d->timexes.v[ev], hh);
    if (inside && d->tokens.v[o].sent < sent) sent = d->tokens.v[o].sent;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || d->tokens.v[t->tok_first].sent + 2 < sent) break;
        if (inside && (size_t)t->tok_first < o) {
            inside = 0; /* no day inside the quotation: the statement's, after it or before it */
            if (statement_day_after(s, o, i, &qoff)) return qoff;
            for (size_t m = k + 1; m-- > 0;) {
                const evg_timex *u = &d->timexes.v[m];
                if (u->section != s->section || d->tokens.v[u->tok_first].sent + 2 < sent) break;
                if (u->type == EVG_TIMEX_DATE && u->begin != EVG_NODATE && u->begin == u->end &&
                    speech_before(s, (size_t)u->tok_first,
                                  (size_t)d->sentences.v[d->tokens.v[u->tok_first].sent].tok_first))
                    return clock_offset(s, u, hh); /* "said on Friday ... 'at 8 p.m. ...'" */
            }
        }
        if (t->begin == EVG_NODATE || t->type == EVG_TIMEX_DURATION || t->begin != t->end) continue;
        if (stored_overnight_end(s, k)) continue; /* "until 6 a.m." after "from 10 p.m.": the next morning */
        if (s->past && !s->future && t->begin > s->dct) continue; /* "signed it at 3 p.m." after a day still ahead */
        if (s->future && !s->imperf_future && !s->past && t->begin < s->dct && !past_verb_before(s, i))
            continue; /* "results are expected at 6 p.m." after a day gone by */

        if (t->type == EVG_TIMEX_TIME && s->past && !s->future && stamp_opens(s, (size_t)t->tok_first)) {
            if (!stamp_off) stamp_off = (int)(t->begin - s->dct);
            continue; /* "08:40 GMT - the storm made landfall at 23:05": the entry's stamp is when it was told,
                         the day told before it ("last night") when it happened */
        }
        if (!tx_pluperfect_before(d, t) && !tx_counted_from(d, k)) return clock_offset(s, t, hh);
        if (s->past && !s->future && t->begin < s->dct && told_as_night(s, t))
            return clock_offset(s, t, hh); /* "the storm that hit last night ... landfall at 23:05" */
    }
    if (inside && statement_day_after(s, o, i, &qoff)) return qoff; /* the story opens with the quotation */
    if (!inside && !stamp_off && attribution_day_after(s, i, &qoff)) return qoff; /* "at dawn, residents said on Saturday" */
    return stamp_off;
}

/* English "noon", "midnight" without "at" name an hour after a word of
 * time ("shortly after noon", "until midnight", "by midday", "as of
 * midnight", "effective midnight"), not as an adjective ("noon prayers", "a
 * midday rally"). */
static int bare_hour_ok(const tx_scan *s, size_t i)
{
    static const char *lead[] = {"after", "before", "until", "till", "by", "around", "about", "near", "from",
                                 "since", "past", "to", "shortly", "just", "effective"};
    if (i == s->first) return 0;
    if (i >= s->first + 2 && evg_tok_is(s->doc, i - 1, "of") && evg_tok_is(s->doc, i - 2, "as")) return 1;
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
    if (tx_punct_at(s, i + 1, ":") && r < s->end && s->doc->tokens.v[r].kind == EVG_TOK_WORD &&
        (s->doc->tokens.v[r].flags & EVG_TOKF_CAP))
        return 1; /* "05:40 Residents report gunfire": a 24-hour stamp before its entry's first word */
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
 * of the section told as a heading before it, or of an earlier time opening
 * its line with its own day ("Monday, 12:40 pm: ..."), as an offset from
 * the reference date; 0 (the reference date) when none. */
static int stamp_day(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    if (s->dct == EVG_NODATE) return 0;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_end > i) continue;
        if (t->type > EVG_TIMEX_TIME || t->begin == EVG_NODATE || t->begin != t->end) continue;
        if (t->type == EVG_TIMEX_TIME ? stamp_opens(s, (size_t)t->tok_first) : heading_timex(s, t))
            return (int)(t->begin - s->dct);
    }
    return 0;
}

/* The end of a span of clock times that runs over midnight: a clock with
 * its part of the day right after إلى, حتى, "to", "until" or a dash, or
 * joined by و ("بين العاشرة ليلا والخامسة فجرا"), after a clock time of a
 * later hour ("حظر التجول من العاشرة ليلا حتى السادسة صباحا", "from 10
 * p.m. to 6 a.m."): the day after the first one.  1 with *off (the offset
 * of that day from the reference date), else 0. */
static int overnight_end(const tx_scan *s, size_t i, const tx_spec *sp, int *off)
{
    const evg_doc *d = s->doc;
    if (!d->timexes.n || s->dct == EVG_NODATE || !sp->has_ampm) return 0;
    const evg_timex *t = &d->timexes.v[d->timexes.n - 1];
    size_t n = strlen(t->value);
    if (t->section != s->section || t->type != EVG_TIMEX_TIME || t->begin == EVG_NODATE || t->begin != t->end ||
        (size_t)t->tok_end > i || n < 16 || t->value[n - 6] != 'T')
        return 0;
    int linked = clock_span_link(s, (size_t)t->tok_end, i);
    int ph = (t->value[n - 5] - '0') * 10 + (t->value[n - 4] - '0');
    if (!linked || ph <= sp->hh) return 0;
    *off = (int)(t->begin - s->dct) + 1;
    return 1;
}

/* Is the noun of a rule (curfew, ban, truce, ceasefire, closure, حظر التجول,
 * هدنة, إغلاق, وقف إطلاق النار) among the `back` tokens before token i? */
static int rule_noun_before(const tx_scan *s, size_t i, size_t back)
{
    static const char *const rule[] = {"curfew", "ban", "truce", "ceasefire", "closure", "blackout", "lockdown",
                                       "\xd8\xad\xd8\xb8\xd8\xb1",                         /* حظر */
                                       "\xd8\xad\xd8\xb8\xd8\xb1\xd8\xa7",                 /* حظرا */
                                       "\xd9\x84\xd9\x84\xd8\xaa\xd8\xac\xd9\x88\xd9\x84", /* للتجول */
                                       "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xac\xd9\x88\xd9\x84", /* التجول */
                                       "\xd9\x87\xd8\xaf\xd9\x86\xd9\x87",                 /* هدنه */
                                       "\xd8\xa7\xd8\xb7\xd9\x84\xd8\xa7\xd9\x82",       /* اطلاق (وقف إطلاق النار) */
                                       "\xd8\xa7\xd8\xba\xd9\x84\xd8\xa7\xd9\x82"};       /* اغلاق */
    for (size_t k = i; k-- > s->first && k + back >= i;)
        if (evg_tok_in_static(s->doc, k, rule, sizeof rule / sizeof *rule, EVG_WS_WAW_FA)) return 1;
    return 0;
}

/* Does the midnight of the clock at [i, q) open a rule: a word of start
 * right before it ("from", "as of", "starting at", "effective", من,
 * اعتبارا من, ابتداء من), the noun of a rule up to six words before that,
 * and no end of a span after it ("a truce from midnight until noon")?  Then
 * it is the midnight that ends the story's day, when the rule begins: "agreed
 * on Monday to a ceasefire from midnight", "أعلنت حظر التجول اعتبارا من
 * منتصف الليل". */
static int midnight_opens_rule(const tx_scan *s, size_t i, size_t q)
{
    static const char *const start[] = {"from", "starting", "effective", "beginning"};
    size_t m = tx_midnight_at(s, i, q, 1);
    if (m >= q || m <= s->first || tx_word_at(s, q, TX_W_TO) || tx_dash_at(s, q)) return 0;
    size_t k = m - 1;
    if (evg_tok_is(s->doc, k, "at") && k > s->first) k--; /* starting at midnight */
    int ok = tx_word_at(s, k, TX_W_FROM) || evg_tok_in_static(s->doc, k, start, 4, EVG_WS_PLAIN) ||
             (evg_tok_is(s->doc, k, "of") && k > s->first && evg_tok_is(s->doc, k - 1, "as"));
    return ok && rule_noun_before(s, k, 6);
}

/* Does a span over midnight open with the clock ending at token q ("من
 * الثامنة مساء حتى الخامسة صباحا", "from 10 p.m. to 6 a.m."): a word
 * "to"/"until"/حتى/إلى, a dash or "and" at q, then a clock of an earlier
 * hour with its part of the day, in a sentence that names no expression
 * of the reference date itself, not right after the noun of a rule (a
 * curfew's hours are its nights to come)?  i opens the first clock. */
static int overnight_ahead(const tx_scan *s, size_t i, size_t q, const tx_spec *sp)
{
    tx_spec e;
    if (rule_noun_before(s, i, 4)) return 0; /* "a curfew between 10 p.m. and 6 a.m.": a rule's nights, not one gone by */
    if (!sp->has_ampm || q + 1 >= s->end ||
        !(tx_word_at(s, q, TX_W_TO) || tx_dash_at(s, q) || evg_tok_is(s->doc, q, "and")))
        return 0;
    size_t r = q + 1;
    memset(&e, 0, sizeof e);
    if (!tx_parse_clock(s, &r, &e) || !e.has_ampm || e.hh >= sp->hh) return 0;
    for (size_t k = s->doc->timexes.n; k-- > 0;) { /* "on Wednesday from 10 p.m. to 6 a.m.": that Wednesday */
        const evg_timex *t = &s->doc->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_first < s->first) break;
        if (t->begin == s->dct) return 0;
    }
    return 1;
}

#define AR_TONIGHT "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87" /* الليله (الليلة folded) */

/* Does sentence sent tell a statement: a verb of saying (timewords.tsv past
 * 3) or the noun of one ("issued a statement", "أصدرت بيانا")? */
static int statement_sentence(const tx_scan *s, int sent)
{
    static const char *const noun[] = {"statement", "\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86",          /* بيان */
                                       "\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x86\xd8\xa7"};            /* بيانا */
    const tx_ent *e;
    const evg_doc *d = s->doc;
    if (sent < 0 || (size_t)sent >= d->sentences.n) return 0;
    for (size_t k = (size_t)d->sentences.v[sent].tok_first; k < d->tokens.n && d->tokens.v[k].sent == sent; k++) {
        if (k < s->end && tx_kind_at(s, k, TX_PAST, &e) && e->val == TX_PAST_SPEECH) return 1;
        for (size_t j = 0; j < sizeof noun / sizeof *noun; j++)
            if (tx_is(d, k, noun[j])) return 1;
    }
    return 0;
}

/* The day of a quoted clock told with "this evening", "tonight", "مساء
 * اليوم" at token i, as an offset: the story's day (clock_story_day) only
 * when it is the day before the reference date, was told in the sentence
 * opening the quotation or the one before it, or the sentence before the
 * quotation tells the statement ("Her agent issued a statement late on
 * Monday. '... this evening,' he said"); a day told further back is
 * background, and the quoted evening is the reference date's (session 17). */
static int quoted_evening_off(const tx_scan *s, size_t i, int hh)
{
    const evg_doc *d = s->doc;
    int off = clock_story_day(s, i, hh);
    if (off == 0 || off == -1) return off;
    size_t o = quote_open(s, i);
    int sent = d->tokens.v[o == (size_t)-1 ? i : o].sent;
    if (statement_sentence(s, sent - 1)) return off;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section || (size_t)t->tok_first >= i) continue;
        if (t->begin != EVG_NODATE && t->begin == t->end && t->begin == s->dct + off)
            return d->tokens.v[t->tok_first].sent + 1 >= sent ? off : 0;
    }
    return off;
}

/* The same told in Arabic after the clock read from i to q and its day to
 * end: a part of the day (maybe after من) and اليوم ("الساعة السابعة
 * مساء اليوم", "العاشرة من مساء اليوم"). */
static int quoted_evening_today(const tx_scan *s, size_t i, size_t q, size_t end)
{
    const tx_ent *e;
    size_t o = quote_open(s, i);
    int off;
    if (s->en || o == (size_t)-1 || end <= q || !tx_is(s->doc, end - 1, AR_ALYAWM)) return 0;
    if (end == q + 1) { /* "السابعة مساء اليوم": the clock read مساء */
        if (!tx_kind_at(s, q - 1, TX_DAYPART, &e) && !tx_kind_at(s, q - 1, TX_AMPM, &e)) return 0;
    } else {
        if (tx_word_at(s, q, TX_W_FROM)) q++;
        if (end != q + 2 || !tx_kind_at(s, q, TX_DAYPART, &e)) return 0;
    }
    return !statement_day_after(s, o, i, &off) && quoted_statement_off(s, i) == 0;
}

/* A part of the story's day after a clock inside a quotation whose
 * statement has no day of its own ("'... died at 22:29 hours this
 * evening,' he said", "tonight", "الليلة", "السابعة مساء اليوم"; the rel
 * word at q, n tokens):
 * the part names the half of the clock's day and moves no day, so the
 * clock takes the day a quoted clock alone takes (session 16). */
static int quoted_evening(const tx_scan *s, size_t i, size_t q, const tx_ent *e, int n)
{
    size_t last = q + (size_t)n - 1, o = quote_open(s, i);
    int off;
    if (e->val != 0 || o == (size_t)-1 || statement_day_after(s, o, i, &off)) return 0;
    const tx_ent *p;
    int part = (s->mask[last] & (1u << TX_DAYTIME)) || evg_tok_is(s->doc, last, "tonight") ||
               tx_is(s->doc, last, AR_TONIGHT) ||
               (q > i && tx_is(s->doc, q, AR_ALYAWM) && tx_kind_at(s, q - 1, TX_AMPM, &p)); /* السابعة مساء اليوم */
    if (!part) return 0;
    return quoted_statement_off(s, i) == 0;
}

/* An English 24-hour clock (two digits, a colon, the minutes) at [i, q)
 * right before a part of the reference day ("it was 22:29 this evening",
 * "18:40 tonight", not "today"): a clock with no "at" (Session 18); "a
 * score of 2:15 tonight" is none. */
static int part_of_today_after(const tx_scan *s, size_t i, size_t q)
{
    const evg_doc *d = s->doc;
    const tx_ent *e;
    if (q != i + 3 || q >= s->end || d->tokens.v[i].kind != EVG_TOK_NUM || d->tokens.v[i].fe - d->tokens.v[i].fs != 2 ||
        !evg_tok_is(d, i + 1, ":") || d->tokens.v[q].script != EVG_SCRIPT_LATN)
        return 0;
    return tx_kind_at(s, q, TX_REL, &e) && e->val == 0 && !evg_tok_is(d, q, "today");
}

/* Does the midnight of the clock at [i, q), told with its day ending at
 * token n, close that day?  The rule is tx_midnight_next_day's; these are
 * the exceptions of a clock told BEFORE its day, which a clock after a
 * weekday (timex_weekday.c) cannot meet: "منتصف ليل الاثنين" (the middle of
 * Monday's night) and "at 12 on Friday night" close the day; "منتصف ليلة
 * الجمعة" is the eve's, the start of Friday (ليلة X is the night before X:
 * "بعد منتصف ليلة الأحد").  Not English "after midnight on Sunday" (the
 * small hours named by their own day), nor a midnight followed after a
 * comma by a clock of its own ("midnight on Monday, at 12:02 a.m.": the
 * start of Monday). */
static int midnight_closes(const tx_scan *s, size_t i, size_t q, size_t n)
{
    const evg_doc *d = s->doc;
    size_t m = tx_midnight_at(s, i, q, 1);
    if (m >= q) { /* no منتصف nor midnight: "at 12 on Friday night" is the same midnight */
        for (m = i; m < q && !evg_tok_is(d, m, "12"); m++) {}
        if (m >= q || n >= s->end || !evg_tok_is(d, n, "night")) return 0;
    }
    if (d->tokens.v[m].script == EVG_SCRIPT_ARAB) /* ليل: the night after a day; not الليل, nor ليلة (its eve) */
        return m + 1 < s->end && tx_is(d, m + 1, "\xd9\x84\xd9\x8a\xd9\x84");
    for (size_t k = m; k-- > s->first && k + 3 > m;)
        if (evg_tok_is(d, k, "after") || evg_tok_is(d, k, "past")) return 0;
    tx_spec c;
    memset(&c, 0, sizeof c);
    size_t k = n + 1 < s->end && evg_tok_is(d, n + 1, "at") ? n + 2 : n + 1; /* ", at 12:01 a.m." */
    return !(k < s->end && tx_comma_at(s, n) && tx_parse_clock(s, &k, &c));
}

/* The first midnight word among tokens [i, q): English "midnight", and
 * Arabic منتصف when ar is set; q when none. */
size_t tx_midnight_at(const tx_scan *s, size_t i, size_t q, int ar)
{
    size_t m = i;
    while (m < q && !evg_tok_is(s->doc, m, "midnight") && !(ar && tx_is(s->doc, m, "\xd9\x85\xd9\x86\xd8\xaa\xd8\xb5\xd9\x81"))) m++;
    return m;
}

/* The midnight rule (Session 18) for a clock told with its day, whichever
 * side the day is on: news counts midnight with the day that ends (AP:
 * "midnight is part of the day that is ending"), so "the ceasefire expires
 * at midnight on Friday" and "the truce ends Friday at midnight" are T00:00
 * of Saturday.  Moves the day of value v (a day, maybe with its clock after
 * it) to the next one and returns 1; returns 0 and leaves v when v holds no
 * day, or in a past clause when the next day would fall after the reference
 * date ("a bomb went off at midnight on Thursday" written on Thursday keeps
 * the midnight that opened Thursday). */
int tx_midnight_next_day(const tx_scan *s, char *v)
{
    int32_t nd;
    char day[16];
    if (strlen(v) < 10 || evg_parse_day(v, &nd) != 0) return 0;
    if (s->dct != EVG_NODATE && s->past && !s->future && nd + 1 > s->dct) return 0;
    tx_day_value(nd + 1, day, sizeof day);
    if (strlen(day) == 10) memcpy(v, day, 10);
    return 1;
}

/* The end of a clock time alone at q (its last token + 1), taking in its
 * zone when the same clock in another zone follows in brackets ("at 8 p.m.
 * local time (1700 GMT)", "الثامنة مساء (17:00 بتوقيت غرينتش)"): the bracket
 * restates the clock and is no second expression.  q itself otherwise. */
static size_t bracket_clock_end(const tx_scan *s, size_t q)
{
    int n = tx_zone_len(s, q);
    return n > 0 && tx_punct_at(s, q + (size_t)n - 1, ")") ? q + (size_t)n : q;
}

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
    int stamp = clock_stamp(s, i, q, &sp), today = part_of_today_after(s, i, q);
    if (!stamp && !today && !tx_word_at(s, i, TX_W_HOUR) && !sp.has_ampm && !sp.oclock && !hour_named(s, i))
        return 0; /* "2:15" alone: a score */
    if (!stamp && !today && !(s->mask[i] & ~(1u << TX_DAYTIME)) && !sp.oclock && !(sp.has_ampm && s->doc->tokens.v[i].kind == EVG_TOK_NUM) &&
        !bare_hour_ok(s, i))
        return 0; /* "noon prayers"; a number with a.m./p.m. is a clock after any word ("between 9 p.m.") */
    if (stamp && stamp_opens(s, i)) {
        day_time_value(s, stamp_day(s, i), &sp, h); /* "09:05 GMT - ...": under the blog's day */
        return tx_set_hit(h, i, q);
    }
    int midnight = sp.hh == 0 && sp.mi == 0;
    if ((n = tx_kind_at(s, q, TX_REL, &e)) && quoted_evening(s, i, q, e, n)) {
        off = quoted_evening_off(s, i, sp.hh); /* "'... died at 22:29 hours this evening,' he said": the clock's day */
        q += (size_t)n;
    } else if (n) {
        off = e->val + quoted_statement_off(s, i); /* "at 9 p.m. today" in a statement of Friday */
        if (midnight && off == 0 && (evg_tok_is(s->doc, q, "tonight") || tx_is(s->doc, q, AR_TONIGHT)))
            off = 1; /* "at midnight tonight": the midnight that ends the day */
        q += (size_t)n;
    } else if ((n = clock_day(s, q, &sp, h))) {
        if (midnight && strlen(h->value) == 16 && midnight_closes(s, i, q, (size_t)n))
            tx_midnight_next_day(s, h->value); /* "at midnight on Friday": the midnight that ends Friday */
        if (s->dct != EVG_NODATE && quoted_evening_today(s, i, q, (size_t)n) && strlen(h->value) > 10) {
            char day[16]; /* "«... في الساعة السابعة مساء اليوم»، قال": the quoted clock's day */
            tx_day_value(s->dct + quoted_evening_off(s, i, atoi(h->value + 11)), day, sizeof day);
            if (strlen(day) == 10) memcpy(h->value, day, 10);
        }
        return tx_set_hit(h, i, (size_t)n);
    } else if (midnight && q > i && tx_is(s->doc, q - 1, AR_TONIGHT)) {
        off = 1; /* منتصف الليلة */
    } else if (!overnight_end(s, i, &sp, &off)) {
        off = clock_story_day(s, i, sp.has_ampm || midnight ? sp.hh : -1); /* "3 o'clock" alone: either */
        if (midnight && off == 0 && s->future) off = 1; /* "ستدخل الهدنة حيز التنفيذ منتصف الليل": the coming one */
        else if (midnight && off <= 0 && midnight_opens_rule(s, i, q)) off++; /* "a truce from midnight": the end of the story's day */
        if (off == 0 && s->past && !s->future && overnight_ahead(s, i, q, &sp))
            off = -1; /* "اختبأ من الثامنة مساء حتى الخامسة صباحا": a night gone by ends by the reference date */
        q = bracket_clock_end(s, q);
    }
    day_time_value(s, off, &sp, h);
    return tx_set_hit(h, i, q);
}

/* The word of time before a part of the day at token i told alone: حتى,
 * إلى, بعد, قبل, منذ, عند, مع, قرابة, نحو, حوالي (maybe with ساعات between:
 * "حتى ساعات الفجر", and then في too: "في ساعات الصباح"); English until,
 * till, by, before, after, since, around, toward(s), and "at" before dawn,
 * dusk, daybreak or nightfall ("at night" tells no day, nor "by night":
 * "they travel by night" is a manner), maybe with "the" between.  1 if
 * there is one. */
static int day_part_lead(const tx_scan *s, size_t i, const char *code)
{
    static const char *en[] = {"until", "till", "by", "before", "after", "since", "around", "toward", "towards"};
    static const char *ar[] = {"\xd8\xb9\xd9\x86\xd8\xaf", "\xd9\x85\xd8\xb9"}; /* عند مع */
    static const int ws[] = {TX_W_TO, TX_W_AFTER, TX_W_BEFORE, TX_W_SINCE};
    const evg_doc *d = s->doc;
    const tx_ent *e;
    size_t q = i;
    if (q <= s->first) return 0;
    if (s->en) {
        if (evg_tok_is(d, q - 1, "the") && q - 1 > s->first) q--;
        if (evg_tok_in_static(d, q - 1, en, sizeof en / sizeof *en, EVG_WS_PLAIN))
            return q < i || !evg_tok_is(d, q - 1, "by") || !evg_tok_is(d, i, "night"); /* "by night": a manner */
        return q == i && evg_tok_is(d, q - 1, "at") && strcmp(code, "NI") && !evg_tok_is(d, i, "morning") &&
               !evg_tok_is(d, i, "evening") && !evg_tok_is(d, i, "afternoon");
    }
    int hours = tx_is(d, q - 1, "\xd8\xb3\xd8\xa7\xd8\xb9\xd8\xa7\xd8\xaa"); /* ساعات */
    if (hours) {
        if (--q <= s->first) return 0;
        if (tx_word_at(s, q - 1, TX_W_IN) == 1) return 1; /* في ساعات الفجر */
    }
    for (size_t k = 0; k < sizeof ws / sizeof *ws; k++)
        if (tx_word_at(s, q - 1, ws[k]) == 1) return 1;
    if (tx_kind_at(s, q - 1, TX_APPROX, &e) == 1) return 1;
    return evg_tok_in_static(d, q - 1, ar, sizeof ar / sizeof *ar, EVG_WS_WAW_FA);
}

/* Does what follows a part of the day at token q make it another
 * expression or no time: a day or date after it ("حتى صباح الأحد" is the
 * weekday's parser's; "until the evening of March 3"), an Arabic adjective
 * with the article other than early ("العصر الحديث": the modern era), an
 * English noun it qualifies ("until morning prayers")? */
static int day_part_taken(const tx_scan *s, size_t q)
{
    static const char *early[] = {"\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84\xd9\x8a", /* الاولي */
                                  "\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x83\xd8\xb1", /* الباكر */
                                  "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa8\xd9\x83\xd8\xb1", /* المبكر */
                                  "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa8\xd9\x83\xd8\xb1\xd9\x87"}; /* المبكره */
    static const char *en_ok[] = {"and", "or", "but", "when", "as", "in", "at", "with", "while", "before", "after",
                                  "to", "that", "so", "for"};
    const evg_doc *d = s->doc;
    const uint32_t day = 1u << TX_WEEKDAY | 1u << TX_REL | 1u << TX_MONTH | 1u << TX_HOLIDAY | 1u << TX_UNIT;
    if (q >= s->end || d->tokens.v[q].kind != EVG_TOK_WORD) return 0;
    if (s->mask[q] & day) return 1;
    if (!s->en) return tx_definite(s, q) && !evg_tok_in_static(d, q, early, sizeof early / sizeof *early, EVG_WS_PLAIN);
    return !evg_tok_in_static(d, q, en_ok, sizeof en_ok / sizeof *en_ok, EVG_WS_PLAIN);
}

/* A part of the day told alone after a word of time: "استمر القصف حتى
 * الصباح", "وصلت التعزيزات قرابة الظهر", "حتى ساعات الفجر", "fighting went
 * on until dawn", "before dusk": that part of the story's day (the day a
 * clock time alone would take, the next one for the morning after a day
 * told as its evening or night: "مساء الأحد ... حتى الصباح" is Monday
 * morning), TIMEX3 2024-11-18TMO (docs/CONTRACT.md, Session 15).  An
 * Arabic part needs its article (صباح alone opens "صباح الأحد"); "بعد
 * الظهر" is the afternoon (TAF, both words); the English noon is a clock
 * (T12:00, tx_p_clock). */
size_t tx_p_day_part(const tx_scan *s, size_t i, tx_hit *h)
{
    static const int hour[] = {5, 12, 15, 19, 22}; /* MO MI AF EV NI: the hour a clock of that part would tell */
    static const char *codes = "MO MI AF EV NI";
    const char *c = tx_day_part(s, i);
    const evg_doc *d = s->doc;
    if (!c || (s->en && !strcmp(c, "MI"))) return 0;
    if (!s->en && (d->tokens.v[i].script != EVG_SCRIPT_ARAB || !tx_definite(s, i))) return 0;
    if (!day_part_lead(s, i, c) || day_part_taken(s, i + 1)) return 0;
    size_t first = i;
    if (!s->en && !strcmp(c, "MI") && i > s->first && tx_word_at(s, i - 1, TX_W_AFTER) == 1) {
        c = "AF"; /* "بعد الظهر": the afternoon, one expression */
        first = i - 1;
    }
    int hh = hour[(strstr(codes, c) - codes) / 3], off = clock_story_day(s, i, hh);
    char day[16];
    if (s->dct == EVG_NODATE) snprintf(day, sizeof day, "XXXX-XX-XX");
    else tx_day_value(s->dct + off, day, sizeof day);
    h->type = EVG_TIMEX_TIME;
    h->relative = 1;
    snprintf(h->value, sizeof h->value, "%sT%s", day, c);
    return tx_set_hit(h, first, i + 1);
}

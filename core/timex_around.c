/*
 * timex_around.c - days and periods counted around a dated day the text
 * gives (any date, weekday or holiday the other parsers read): "the week
 * of October 7th" (its ISO week), "the (3rd) closest Monday/Christmas to
 * <day>", "the third Tuesday after Christmas 2014" (ثالث ثلاثاء بعد
 * كريسماس 2014), the eve and the morrow of a day (عشية, غداة, "on the eve
 * of"), and anniversaries, the reference date's day in another year ("في
 * مثل هذا اليوم من عام 1973", "this day last year").  Reads tx_parse_plain (timex_parse.c) for the day and the holiday
 * calendars of timex_cal.c.  Each tx_p_* returns the index past its match
 * (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

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
 * event with no date ("عشية الانتخابات") gives nothing.  عشية before a day
 * counted from the reference date is that day's evening, as news of the
 * Maghreb writes it ("عشية اليوم" this evening, "عشية أمس"): the day itself. */
size_t tx_p_eve(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e, *r;
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
    int evening = e->val < 0 && !(e->flags & TX_F_EN) && tx_kind_at(s, q, TX_REL, &r);
    tx_day_value(evening ? b : e->val < 0 ? b - 1 : en + 1, h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = a.relative;
    return tx_set_hit(h, i, end);
}

/*
 * timex_range.c - stretches inside a period or ending at one: the weekend
 * ("over the weekend", "نهاية الأسبوع الماضي": 2022-W37-WE), halves of a
 * month ("النصف الأول من ديسمبر": its days) and of a year (2024-H1, "the
 * second half of last year"), the first N months of a year ("the first
 * nine months of 2024"), the first or last N days or weeks of a dated
 * period ("العشر الأواخر من رمضان", "the first ten days of March"), and
 * the N months to or through a month ("the 12 months through June 2024",
 * "the fiscal year to March"), the rest of the reference date's period
 * ("the rest of the week", "بقية العام").  Reads tx_parse_count (timex_duration.c)
 * and tx_parse_plain (timex_parse.c) for the period.  Each tx_p_* returns
 * the index past its match (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

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
        if (!tx_parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags)) || unit != TX_U_MONTH) return 0;
        q += (size_t)n;
    } else {
        if (!(n = tx_unit_at(s, q, &unit, &flags)) || unit != TX_U_MONTH || !(flags & TX_F_PLURAL)) return 0;
        q += (size_t)n;
        if (!tx_parse_count(s, &q, &count) || !evg_tok_is(s->doc, q, first[1])) return 0;
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
        if (!tx_parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags)) ||
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
        else if (!tx_parse_count(s, &q, &count)) return 0;
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
        else if (!tx_parse_count(s, &q, &count) || !(n = tx_unit_at(s, q, &unit, &flags))) return 0;
    } else if (year_to(s, &q)) { /* العام المنتهي في مارس, السنة المالية المنتهية في */
        count = 12, unit = TX_U_MONTH, n = 0;
    } else {
        if (!(n = tx_unit_at(s, q, &unit, &flags)) || !(flags & TX_F_PLURAL)) return 0;
        q += (size_t)n;
        if (!tx_parse_count(s, &q, &count)) return 0;
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
 * العام" (the current year), "H1 2024", "السداسي الأول من 2023": TIMEX3
 * 2024-H1 / 2024-H2; of a month, its days ("النصف الأول من ديسمبر":
 * 2024-12-01/2024-12-15); a quarter word of the half table ("الفصل الثالث
 * من السنة الجارية", value 11-14) with its year: 2024-Q3. */
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
    size_t r = half < 10 ? half_month(s, q, half, h) : 0;
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
    char kind = half > 10 ? 'Q' : 'H'; /* الفصل الأول من 2023: a quarter (values 11-14) */
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-%c%d", sp.y, kind, half % 10);
    else snprintf(h->value, sizeof h->value, "XXXX-%c%d", kind, half % 10);
    return tx_set_hit(h, i, q);
}

/* ---- the rest of a period ---- */

/* The head of "the rest of" a period at token i: English "[the]
 * rest/remainder of", Arabic بقية, باقي, "ما تبقى من".  Returns the token of
 * the period, 0 when none. */
static size_t rest_head(const tx_scan *s, size_t i)
{
    static const char *rest_ar[] = {"\xd8\xa8\xd9\x82\xd9\x8a\xd9\x87", "\xd8\xa8\xd8\xa7\xd9\x82\xd9\x8a"}; /* بقيه باقي */
    const evg_doc *d = s->doc;
    size_t q = i;
    if (s->en) {
        if (tx_word_at(s, q, TX_W_THE)) q++;
        if (!evg_tok_is(d, q, "rest") && !evg_tok_is(d, q, "remainder")) return 0;
        return q + 1 < s->end && tx_word_at(s, q + 1, TX_W_OF) ? q + 2 : 0;
    }
    if (evg_tok_in_static(d, q, rest_ar, 2, EVG_WS_PLAIN)) return q + 1;
    if (q + 2 < s->end && tx_is(d, q, "\xd9\x85\xd8\xa7") && tx_is(d, q + 1, "\xd8\xaa\xd8\xa8\xd9\x82\xd9\x8a") &&
        tx_word_at(s, q + 2, TX_W_FROM))
        return q + 3; /* ما تبقي من */
    return 0;
}

/* Is the unit just read, ending at token k, qualified into another period
 * than the calendar one (mend 19): English "of" after it ("the month of
 * Ramadan"), Arabic an adjective with the article that is no time word
 * ("العام الدراسي", "السنة المالية")? */
static int period_qualified(const tx_scan *s, size_t k)
{
    const evg_doc *d = s->doc;
    size_t n;
    if (k >= s->end || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    if (s->en) return tx_word_at(s, k, TX_W_OF) != 0;
    const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
    return n > 4 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0 && !s->mask[k]; /* ال + a word of no time kind */
}

/* The period at token q after the head: a dated expression ("this month",
 * "العام الجاري", "2024") or a unit alone with the article or "this" ("the
 * week", "الأسبوع": the reference date's), not qualified (period_qualified).  Its days in *b..*e; returns
 * its end, 0 when none. */
static size_t rest_period(const tx_scan *s, size_t q, int32_t *b, int32_t *e)
{
    tx_hit x;
    size_t end;
    int unit, flags, n, y, m, dd;
    memset(&x, 0, sizeof x);
    if (q < s->end && (end = tx_parse_plain(s, q, &x)) && x.type == EVG_TIMEX_DATE) {
        evg_value_range(x.value, b, e);
        return *b != EVG_NODATE && *e != EVG_NODATE ? end : 0;
    }
    if (s->en && (tx_word_at(s, q, TX_W_THE) || tx_word_at(s, q, TX_W_THIS))) q++;
    if (q >= s->end || !(n = tx_unit_at(s, q, &unit, &flags)) || (flags & (TX_F_PLURAL | TX_F_DUAL))) return 0;
    evg_civil_from_days(s->dct, &y, &m, &dd);
    if (unit == TX_U_WEEK) *b = s->dct - (evg_weekday(s->dct) - 1), *e = *b + 6;
    else if (unit == TX_U_MONTH) *b = s->dct - (dd - 1), *e = *b + evg_days_in_month(y, m) - 1;
    else if (unit == TX_U_YEAR) *b = evg_days_from_civil(y, 1, 1), *e = evg_days_from_civil(y, 12, 31);
    else return 0;
    return period_qualified(s, q + (size_t)n) ? 0 : q + (size_t)n;
}

/* "the rest of the week", "the remainder of the year", "for the rest of
 * this month", "بقية العام الجاري", "ما تبقى من الأسبوع" (Session 19): from
 * the reference date to the end of the period that holds it, a range of
 * days.  Not in a past clause (the rest of the week of a day told), nor
 * for a period that does not hold the reference date. */
size_t tx_p_rest(const tx_scan *s, size_t i, tx_hit *h)
{
    int32_t b, e;
    size_t q, end;
    if (s->dct == EVG_NODATE || s->past || !(q = rest_head(s, i)) || !(end = rest_period(s, q, &b, &e))) return 0;
    if (b > s->dct || e < s->dct) return 0;
    char first[16], final[16];
    tx_day_value(s->dct, first, sizeof first);
    tx_day_value(e, final, sizeof final);
    snprintf(h->value, sizeof h->value, "%s/%s", first, final);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, end);
}

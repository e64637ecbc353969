/*
 * timex_rel.c - relative time expressions: days counted from the reference
 * date (أمس السبت, بعد غد), anaphoric days (اليوم التالي), weekdays with
 * their direction, units with a direction (الشهر الماضي, next week, the last
 * three days), seasons, quarters, durations and "N units ago", vague
 * references, parts of a period (mod START/MID/END), the n-th weekday of a
 * month and named holidays.  Each tx_p_* returns the index past its match
 * (0 = none) and fills a tx_hit; timex_parse.c picks the longest.
 */
#include "timex_int.h"

#include <stdio.h>

/* ---- relative expressions ---- */

/* The last dated day before this sentence's expression in the same section:
 * the anchor of "اليوم التالي", "the following day". */
static int32_t previous_day(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    for (size_t k = d->timexes.n; k-- > 0;) {
        const evg_timex *t = &d->timexes.v[k];
        if (t->section != s->section) break;
        if (t->begin != EVG_NODATE && t->begin == t->end) return t->begin;
    }
    return s->dct;
}

/* "اليوم التالي", "اليوم السابق", "the following day", "the day before": a day
 * counted from the last date of the text (or the reference date). */
size_t tx_p_anaphoric_day(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n, dir = 0;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    if (tx_is(s->doc, q, AR_ALYAWM) && (n = tx_dir_at(s, q + 1, &dir)) && dir != 0) {
        q += 1 + (size_t)n;
    } else if ((n = tx_dir_en(s, q, &dir)) && dir != 0 && evg_tok_is(s->doc, q + (size_t)n, "day")) {
        q += (size_t)n + 1;
    } else if (evg_tok_is(s->doc, q, "day") && evg_tok_is(s->doc, q + 1, "before")) {
        q += 2;
        dir = -1;
    } else {
        return 0;
    }
    int32_t anchor = previous_day(s);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (anchor == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else tx_day_value(anchor + (dir < 0 ? -1 : 1), h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

size_t tx_p_relday(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n;
    if ((n = tx_kind_at(s, q, TX_DAYPART, &e)) && tx_kind_at(s, q + (size_t)n, TX_REL, &e)) q += (size_t)n;
    if (!(n = tx_kind_at(s, q, TX_REL, &e))) return 0;
    int off = e->val;
    q += (size_t)n;
    if ((n = tx_kind_at(s, q, TX_WEEKDAY, &e))) q += (size_t)n; /* أمس السبت: the offset wins */
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (s->dct == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-XX-XX");
    else tx_day_value(s->dct + off, h->value, sizeof h->value);
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

size_t tx_p_weekday(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n, dir = TX_D_NONE, v, yom = 0, week_off = 0, has_week = 0;
    if ((n = tx_unit_is(s, q, TX_U_DAY))) { q += (size_t)n; yom = 1; }
    if (!yom && (n = tx_dir_en(s, q, &v))) {
        q += (size_t)n;
        dir = tx_dir_kind(v);
    } else if (!yom && (n = tx_word_at(s, q, TX_W_THIS))) {
        q += (size_t)n;
        dir = TX_D_THIS;
    }
    if (!(n = tx_kind_at(s, q, TX_WEEKDAY, &e))) return 0;
    int wd = e->val, bare = (e->flags & TX_F_BARE) != 0;
    q += (size_t)n;
    if (dir == TX_D_NONE && (n = tx_dir_at(s, q, &v))) { q += (size_t)n; dir = tx_dir_kind(v); }
    else if (dir == TX_D_NONE && parse_week_of(s, &q, &week_off)) has_week = 1;
    if (bare && !yom && dir == TX_D_NONE && !has_week) return 0;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (s->dct == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", wd);
    else tx_day_value(tx_weekday_day(s, wd, dir, week_off, has_week), h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

static int parse_count(const tx_scan *s, size_t *p, int *count);

/* "last 2 days", "next three weeks", "الأيام الثلاثة الماضية", "اليومين الماضيين":
 * the interval of the n whole units before or after the reference date. */
size_t tx_p_last_n(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n, dir = 0, count = 0, unit, flags, en = 0;
    if ((n = tx_dir_en(s, q, &dir)) && dir != 0) { q += (size_t)n; en = 1; }
    if (en && !parse_count(s, &q, &count)) return 0;
    if (!(n = tx_unit_at(s, q, &unit, &flags)) || !(flags & (TX_F_PLURAL | TX_F_DUAL))) return 0;
    q += (size_t)n;
    if (flags & TX_F_DUAL) count = 2;
    else if (!en && !parse_count(s, &q, &count)) return 0;
    if (!en && (!(n = tx_dir_at(s, q, &dir)) || dir == 0)) return 0;
    if (!en) q += (size_t)n;
    if (count < 2 || count > 100) return 0;
    char a[24], b[24];
    int u = unit == TX_U_WEEK ? TX_U_WEEK : unit;
    tx_period_value(s, u, dir < 0 ? -count : 1, a, sizeof a);
    tx_period_value(s, u, dir < 0 ? -1 : count, b, sizeof b);
    snprintf(h->value, sizeof h->value, "%s/%s", a, b);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, q);
}

/* "الشهر الماضي", "هذا الأسبوع", "next year", "خلال الأيام الماضية". */
size_t tx_p_unitdir(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int n, unit, flags, dir = 0, have = 0;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; have = 1; }
    else if ((n = tx_dir_en(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (!(n = tx_unit_at(s, q, &unit, &flags)) || (flags & TX_F_DUAL)) return 0;
    q += (size_t)n;
    if ((flags & TX_F_PLURAL) && tx_is(s->doc, q, AR_QALILA)) q++; /* الأيام القليلة الماضية */
    if (!have) {
        if (!(n = tx_dir_at(s, q, &dir))) return 0;
        q += (size_t)n;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (flags & TX_F_PLURAL) {
        snprintf(h->value, sizeof h->value, "%s", dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
    } else {
        if (unit == TX_U_DAY) return 0;
        tx_period_value(s, unit, dir, h->value, sizeof h->value);
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

size_t tx_p_season(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i;
    int n, dir = 0, have = 0;
    memset(&sp, 0, sizeof sp);
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; have = 1; }
    else if ((n = tx_dir_en(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (!(n = tx_kind_at(s, q, TX_SEASON, &e))) return 0;
    int si = e->val;
    q += (size_t)n;
    if (!have && !(e->flags & TX_F_EN) && (n = tx_dir_at(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (!have) {
        size_t r = q;
        if (tx_word_at(s, r, TX_W_OF)) r++;
        if (tx_parse_year(s, &r, &sp, 1)) q = r;
        else if (!tx_month_context(s, i)) return 0;
    }
    h->type = EVG_TIMEX_DATE;
    h->relative = sp.y == 0;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-%s", sp.y, season_code[si]);
    else if (s->dct == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-%s", season_code[si]);
    else snprintf(h->value, sizeof h->value, "%04d-%s", season_year(s, si, dir), season_code[si]);
    return tx_set_hit(h, i, q);
}

/* ---- durations and "N units ago" ---- */

static int parse_count(const tx_scan *s, size_t *p, int *count)
{
    const tx_ent *e;
    int n, v;
    if ((n = tx_num_at(s, *p, &v)) && n <= 3) {
        (*p)++;
        *count = v;
        return 1;
    }
    if (!(n = tx_kind_at(s, *p, TX_CARD, &e))) return 0;
    *p += (size_t)n;
    *count = e->val;
    if (e->val < 10 && (n = tx_kind_at(s, *p, TX_CARD, &e)) && e->val >= 20 && e->val % 10 == 0) {
        *p += (size_t)n; /* خمسة وعشرين */
        *count += e->val;
    }
    return 1;
}

static void shifted_value(const tx_scan *s, int unit, int off, tx_hit *h)
{
    if (unit == TX_U_WEEK) {
        unit = TX_U_DAY;
        off *= 7;
    }
    tx_period_value(s, unit, off, h->value, sizeof h->value);
}

/* [count] unit: "ثلاثة أيام", "يومين", "three-day"; after قبل/بعد a bare
 * singular counts one (قبل أسبوع).  A plural or dual unit followed by a
 * direction word belongs to tx_p_last_n. */
static int parse_amount(const tx_scan *s, size_t *p, int lead, int *count, int *unit)
{
    size_t q = *p;
    int n, flags, d, have = parse_count(s, &q, count);
    if (have && tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1)) q++; /* three-day */
    if (!(n = tx_unit_at(s, q, unit, &flags))) return 0;
    q += (size_t)n;
    if ((flags & (TX_F_PLURAL | TX_F_DUAL)) && tx_dir_at(s, q, &d)) return 0; /* اليومين الماضيين */
    if (flags & TX_F_DUAL) {
        if (!have) *count = 2;
    } else if (!have) {
        if ((lead != TX_W_BEFORE && lead != TX_W_AFTER) || (flags & TX_F_PLURAL)) return 0;
        *count = 1;
    }
    if (*count <= 0 || *count > 999) return 0;
    *p = q;
    return 1;
}

/* "ثلاثة أيام" (P3D), "قبل يومين" / "two days ago" (a date), "بعد أسبوع",
 * "in two weeks", "منذ عشرين عاما" (P20Y; منذ with days or weeks = ago). */
size_t tx_p_duration(const tx_scan *s, size_t i, tx_hit *h)
{
    static const int leads[] = {TX_W_BEFORE, TX_W_SINCE, TX_W_AFTER, TX_W_WITHIN, TX_W_IN};
    static const char units[] = "?DWMMY";
    size_t q = i;
    int n, lead = 0, count = 0, unit;
    for (size_t k = 0; k < sizeof leads / sizeof *leads && !lead; k++)
        if ((n = tx_word_at(s, q, leads[k]))) { lead = leads[k]; q += (size_t)n; }
    size_t cstart = q;
    if (!parse_amount(s, &q, lead, &count, &unit)) return 0;
    int ago = tx_word_at(s, q, TX_W_AGO), hence = ago ? 0 : tx_word_at(s, q, TX_W_HENCE);
    if (ago || hence || lead == TX_W_BEFORE || lead == TX_W_AFTER ||
        (lead == TX_W_IN && s->en) || (lead == TX_W_SINCE && unit <= TX_U_WEEK)) {
        int sign = ago || (!hence && lead != TX_W_AFTER && lead != TX_W_IN) ? -1 : 1;
        q += (size_t)(ago + hence);
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        shifted_value(s, unit, sign * count, h);
        return tx_set_hit(h, lead == TX_W_IN ? cstart : i, q);
    }
    h->type = EVG_TIMEX_DURATION;
    snprintf(h->value, sizeof h->value, "P%d%c", unit == TX_U_QUARTER ? 3 * count : count, units[unit]);
    return tx_set_hit(h, cstart, q);
}

size_t tx_p_vague(const tx_scan *s, size_t i, tx_hit *h)
{
    static const char *v[] = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"};
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_VAGUE, &e);
    if (!n || e->val < 0 || e->val > 2) return 0;
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    snprintf(h->value, sizeof h->value, "%s", v[e->val]);
    return tx_set_hit(h, i, i + (size_t)n);
}

/* ---- parts of a period ---- */

/* "مطلع الشهر الجاري", "أواخر يونيو", "منتصف العام", "late 2023": the period with a mod. */
size_t tx_p_part(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    size_t q = i;
    int n = tx_kind_at(s, q, TX_PART, &e), unit, flags;
    if (!n) return 0;
    int mod = e->val;
    q += (size_t)n;
    if (tx_dash_at(s, q) && tx_glued(s, q)) q++; /* mid-2023 */
    if (tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_FROM)) q++;
    if (tx_word_at(s, q, TX_W_THE)) q++;
    size_t end = tx_parse_plain(s, q, h);
    int y;
    if (!end && tx_num_at(s, q, &y) == 4 && y >= 1000 && y <= 2999) { /* أواخر 2023, mid-2023 */
        h->type = EVG_TIMEX_DATE;
        snprintf(h->value, sizeof h->value, "%04d", y);
        end = q + 1;
    }
    if (!end && (n = tx_unit_at(s, q, &unit, &flags)) && !(flags & (TX_F_PLURAL | TX_F_DUAL)) &&
        unit != TX_U_DAY) {
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        tx_period_value(s, unit, 0, h->value, sizeof h->value); /* نهاية العام = this year's end */
        end = q + (size_t)n;
    }
    if (!end || h->type != EVG_TIMEX_DATE || strchr(h->value, '/') || strstr(h->value, "REF"))
        return 0;
    h->mod = mod;
    return tx_set_hit(h, i, end);
}

/* ---- quarters ---- */

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
    if ((n = tx_unit_is(s, q, TX_U_QUARTER)) && tx_parse_day(s, &(size_t){q + (size_t)n}, &d) && d <= 4) {
        q += (size_t)n;
        tx_parse_day(s, &q, &d);
        *qn = d;
        *p = q;
        return 1;
    }
    return 0;
}

size_t tx_p_quarter(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_spec sp;
    size_t q = i;
    int qn, y;
    memset(&sp, 0, sizeof sp);
    if (tx_num_at(s, q, &y) == 4 && quarter_number(s, &(size_t){q + 1}, &qn) && tx_glued(s, q + 1)) {
        sp.y = y; /* 2018Q4 */
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
    if (!sp.y && y0) sp.y = y0 + (sp.yrel_set ? sp.yrel : 0);
    h->type = EVG_TIMEX_DATE;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-Q%d", sp.y, qn);
    else snprintf(h->value, sizeof h->value, "XXXX-Q%d", qn);
    return tx_set_hit(h, i, q);
}

/* ---- the n-th weekday of a month ---- */


/* An ordinal 1-5 or "last" (-1) counting weekdays. */
static int parse_nth(const tx_scan *s, size_t *p, int *nth)
{
    const tx_ent *e;
    int n;
    if (tx_is(s->doc, *p, AR_AKHIR) || tx_is(s->doc, *p, AR_ALAKHIR) || evg_tok_is(s->doc, *p, "last")) {
        (*p)++;
        *nth = -1;
        return 1;
    }
    if ((n = tx_kind_at(s, *p, TX_ORD, &e)) && e->val <= 5) {
        *p += (size_t)n;
        *nth = e->val;
        return 1;
    }
    return 0;
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
    if (!wd) day = nth < 0 ? last : first + nth - 1;
    else if (nth < 0) day = last - (evg_weekday(last) - wd + 7) % 7;
    else day = first + (wd - evg_weekday(first) + 7) % 7 + 7 * (nth - 1);
    if (day >= first + evg_days_in_month(y, m)) return 0;
    tx_day_value(day, h->value, sizeof h->value);
    return tx_set_hit(h, i, q);
}

/* ---- holidays ---- */

/* The occurrence nearest the reference date in the direction asked. */
static int32_t holiday_pick(const tx_scan *s, const tx_holiday *hol, int dir, int *len)
{
    int y0, m0, d0, l;
    int32_t best = EVG_NODATE;
    int want_future = dir == TX_D_NEXT || dir == TX_D_THIS || s->prefer == EVG_PREFER_FUTURE || s->future;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    for (int y = y0 - 1; y <= y0 + 1; y++) {
        int32_t day = tx_holiday_in_year(hol, y, &l);
        if (day == EVG_NODATE) continue;
        int ok = dir == TX_D_PAST ? day < s->dct : want_future ? day >= s->dct : day - s->dct <= 183;
        if (!ok) continue;
        if (best == EVG_NODATE || (dir == TX_D_PAST || !want_future ? day > best : day < best)) {
            best = day;
            *len = l;
        }
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

/* "عيد الفطر", "عيد الأضحى 2023", "last Easter", "Christmas 2024". */
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
    const tx_holiday *hol = &s->doc->ctx->timex->hol.v[e->val];
    q += (size_t)n;
    if (dir == TX_D_NONE && (n = tx_dir_at(s, q, &v)) && v) {
        dir = tx_dir_kind(v);
        q += (size_t)n;
    } else {
        r = q + (tx_comma_at(s, q) || tx_word_at(s, q, TX_W_OF));
        if (tx_parse_year(s, &r, &sp, 1) || tx_parse_year_rel(s, &r, &sp)) q = r;
    }
    if (!holiday_value(s, hol, &sp, dir, h)) return 0;
    return tx_set_hit(h, i, q);
}

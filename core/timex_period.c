/*
 * timex_period.c - named periods and their modifiers.  Units with a
 * direction ("الشهر الماضي", "هذا الأسبوع", "next year", "the following
 * week" counted from the last date of the section, "over the past year" =
 * P1Y, "the past decade"), the last or next N units ("الأيام الثلاثة
 * الماضية", "the next three weeks", "the next ten years" as a length after
 * a span word), seasons ("صيف العام الماضي", "that autumn", "the following
 * spring", a bare season in the nearest year), decades ("ثمانينيات القرن
 * الماضي" -> 1980/1989) and centuries, parts of a period with their mod
 * ("مطلع الشهر الجاري", "late 2023": START/MID/END, EOM, BOY), quarters
 * ("الربع الثالث", "Q3", following the clause's tense when year-less).
 * Reads the anchors of timex_anchor.c (the following week, that year's
 * summer), tx_parse_count and tx_duration_value of timex_duration.c and
 * the period values of timex_resolve.c.  Each tx_p_* returns the index
 * past its match (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

/* English "next three weeks", "two upcoming weeks", "last 2 days": the
 * direction before or after the count; the unit may be singular. */
static size_t last_n_en(const tx_scan *s, size_t q, int *dir, int *count, int *unit)
{
    int n, flags;
    if ((n = tx_dir_en(s, q, dir)) && *dir != 0) {
        q += (size_t)n;
        if (evg_tok_is(s->doc, q, "few")) *count = 3, q++; /* next few days: three, as Duckling counts */
        else if (!tx_parse_count(s, &q, count)) return 0;
    } else if (tx_parse_count(s, &q, count) && (n = tx_dir_en(s, q, dir)) && *dir != 0) {
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
    else if (!tx_parse_count(s, &q, count)) return 0;
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
        tx_duration_value(unit, evg_tok_is(s->doc, i + 1, "few") ? 0 : count, h); /* the next few days: PXD */
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
    tx_duration_value(TX_U_DECADE, 1, h);
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
    for (size_t k = i; k < q; k++) {
        for (size_t j = 0; j < sizeof w / sizeof *w; j++)
            if (tx_is(s->doc, k, w[j])) return 1;
        if (!s->future && tx_told_year(s, k)) return 1; /* "in 2015 ... the next spring": "the next" in a story told of an earlier year */
    }
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

/* "القليلة" ("the few") among tokens [i, q): "الأيام القليلة الماضية" is the
 * length of a few days (PXD), as English "the past few days" is; without it
 * "الأيام الماضية" stays a vague reference. */
static int few_word(const tx_scan *s, size_t i, size_t q)
{
    for (size_t k = i; k < q; k++)
        if (tx_is(s->doc, k, "\xd8\xa7\xd9\x84\xd9\x82\xd9\x84\xd9\x8a\xd9\x84\xd9\x87")) /* القليله */
            return 1;
    return 0;
}

/* The value of a unit with a direction over tokens [i, q): plural units a
 * vague reference (or PXW after "following"), "over the past year" P1Y,
 * else the period moved by dir from the reference date or from the last
 * date told ("the following week"); 0 for a singular day, which the day
 * parsers read. */
static int unitdir_value(const tx_scan *s, size_t i, size_t q, int unit, int flags, int dir, tx_hit *h)
{
    if ((flags & TX_F_PLURAL) && dir > 0 && !s->future && following_word(s, i, q)) {
        tx_duration_value(unit, 0, h); /* "over the following weeks" the army retook: PXW */
    } else if ((flags & TX_F_PLURAL) && dir < 0 && few_word(s, i, q)) {
        tx_duration_value(unit, 0, h); /* "خلال الأيام القليلة الماضية": PXD */
    } else if (flags & TX_F_PLURAL) {
        snprintf(h->value, sizeof h->value, "%s", dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
    } else if (past_span(s, i, q)) {
        tx_duration_value(unit, 1, h); /* "over the past year": P1Y */
    } else {
        if (unit == TX_U_DAY) return 0;
        tx_scan a = *s;
        if (dir && anaphoric_dir(s, i, q)) {
            a.dct = tx_previous_anchor(s, 0); /* the following week */
            if (tx_coarse_anchor(s, unit)) a.dct = EVG_NODATE; /* "in 2014 ... the following month": XXXX-XX */
        }
        tx_period_value(&a, unit, dir, h->value, sizeof h->value);
    }
    return 1;
}

/* "the new year", "into the new year", "مع بداية العام الجديد": the year
 * whose first day lies nearest the reference date (the coming one from
 * July on: "protests will go on into the new year" in December; the
 * reference year in its first half).  Not "the New Year" (a holiday, with a
 * capital), "the new year's budget", "the new year holiday", nor after
 * رأس/عيد.  End or 0. */
size_t tx_p_new_year(const tx_scan *s, size_t i, tx_hit *h)
{
    static const char *after[] = {"'s", "\xe2\x80\x99s", "holiday", "holidays", "eve", "day", "celebrations"};
    static const char *head[] = {"\xd8\xb1\xd8\xa7\xd8\xb3", "\xd8\xb9\xd9\x8a\xd8\xaf"}; /* راس عيد */
    const evg_doc *d = s->doc;
    int unit, flags, y, m, dd;
    size_t q = i, n;
    if (s->en) {
        if (!tx_word_at(s, q, TX_W_THE) || !evg_tok_is(d, q + 1, "new") || (d->tokens.v[q + 1].flags & EVG_TOKF_CAP))
            return 0;
        q += 2;
    } else if (q > s->first && evg_tok_in_static(d, q - 1, head, 2, EVG_WS_WAW_FA)) {
        return 0;
    }
    if (!(n = (size_t)tx_unit_at(s, q, &unit, &flags)) || unit != TX_U_YEAR || (flags & (TX_F_PLURAL | TX_F_DUAL)))
        return 0;
    size_t un;
    const char *u = evg_tok_text(d, &d->tokens.v[q], &un);
    if (un > 2 && (u[un - 1] == 's' || u[un - 1] == 'S') && (u[un - 2] == '\'' || (un > 4 && (unsigned char)u[un - 2] == 0x99)))
        return 0; /* "the new year's budget": a possessive */
    q += n;
    if (!s->en && (q >= s->end || !tx_is(d, q++, "\xd8\xa7\xd9\x84\xd8\xac\xd8\xaf\xd9\x8a\xd8\xaf"))) return 0; /* الجديد */
    if (s->en && q < s->end && (evg_tok_in_static(d, q, after, sizeof after / sizeof *after, EVG_WS_PLAIN) ||
                                (d->tokens.v[q].flags & EVG_TOKF_CAP && d->tokens.v[q].kind == EVG_TOK_WORD)))
        return 0;
    if (s->dct == EVG_NODATE) return 0;
    evg_civil_from_days(s->dct, &y, &m, &dd);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    snprintf(h->value, sizeof h->value, "%04d", m >= 7 ? y + 1 : y);
    return tx_set_hit(h, i, q);
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
    if (!unitdir_value(s, i, q, unit, flags, dir, h)) return 0;
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

/* The year told after a season with no direction: "صيف 2023", "summer of
 * last year", else a bare season in its context ("في الصيف": *bare set);
 * 0 when a bare season stands where it names none. */
static int season_told_year(const tx_scan *s, size_t i, size_t *qp, const tx_ent *e, tx_spec *sp, int *bare)
{
    size_t q = *qp;
    size_t r = q;
    int of = tx_word_at(s, r, TX_W_OF) != 0, rel_ok = of || !(e->flags & TX_F_EN) || tx_month_context(s, i);
    r += (size_t)of;
    if (tx_parse_year(s, &r, sp, 1)) q = r;
    else if (rel_ok && s->dct != EVG_NODATE && tx_parse_year_rel(s, &r, sp)) q = r, sp->y = season_rel_year(s, sp);
    else if ((e->flags & TX_F_BARE) || !season_context(s, i)) return 0;
    else *bare = 1;
    *qp = q;
    return 1;
}

/* The season si of year y as a date: "2023-SU". */
static size_t season_hit(size_t i, size_t q, int y, int si, tx_hit *h)
{
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    snprintf(h->value, sizeof h->value, "%04d-%s", y, season_code[si]);
    return tx_set_hit(h, i, q);
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
        return season_hit(i, q, tx_previous_year(s), si, h);
    }
    if (that) return 0;
    if (!have && !(e->flags & TX_F_EN) && (n = tx_dir_at(s, q, &dir))) { q += (size_t)n; have = 1; }
    if (have && dir && anaphoric_dir(s, i, q) && (sp.y = story_season_year(s, si, dir)))
        return season_hit(i, q, sp.y, si, h); /* "the following spring", "الربيع التالي": after the story's time */
    if (!have && !season_told_year(s, i, &q, e, &sp, &bare)) return 0;
    h->type = EVG_TIMEX_DATE;
    h->relative = sp.y == 0;
    if (sp.y) snprintf(h->value, sizeof h->value, "%04d-%s", sp.y, season_code[si]);
    else if (s->dct == EVG_NODATE) snprintf(h->value, sizeof h->value, "XXXX-%s", season_code[si]);
    else snprintf(h->value, sizeof h->value, "%04d-%s", bare ? bare_season_year(s, si) : season_year(s, si, dir),
                  season_code[si]);
    return tx_set_hit(h, i, q);
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

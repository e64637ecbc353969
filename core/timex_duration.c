/*
 * timex_duration.c - amounts of time: durations and the days they reach.
 * Counts in figures or words ("خمسة وعشرين", "twenty-five", "مئة وعشرين",
 * "three hundred", an unknown few: بضعة أيام, several days = PXD) with a
 * unit: ثلاثة أيام = P3D, "three-day", "a decade-long war", "قرابة أسبوع"
 * (mod APPROX), hours and minutes as PT..H/M, "ساعة ونصف" = PT90M, سنة
 * واحدة, "خلال ساعات" = PTXH.  With a lead or a tail word the amount is a
 * date: "N units ago", "in N units" (a day ahead, but the span just past
 * after a superlative or "first", after "in over", or for ten years and
 * more), قبل/بعد, "three days after Easter 2024" (a dated anchor); counted
 * from an event ("بعد ثلاثة أشهر من الاتفاق") it stays a DURATION, counted
 * from the last date of the section it is that day ("three days later",
 * "بعد ذلك بيومين", "two days after that", بعد in a past clause).  Also
 * "the year after", "the turn of the century" and the vague references
 * (PAST_REF ..., "في وقت سابق من اليوم").
 * Reads the anchors of timex_anchor.c and the period values of
 * timex_resolve.c; exports tx_parse_count and tx_duration_value (counts
 * and lengths for the weekday, period and range parsers) and tx_p_duration
 * (timex_holiday.c: "thanksgiving in 9 months").  Each tx_p_* returns the
 * index past its match (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

/* A count in figures or words: "3", "ثلاثة", "خمسة وعشرين", "twenty-five",
 * "a hundred", "ثلاث مئة", "ألف"; 0 for an unknown few (بضعة, عدة, several). */
int tx_parse_count(const tx_scan *s, size_t *p, int *count)
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

/* count 0 (بضعة أيام, several days) is TIMEX3's unknown number: PXD; an
 * unknown number of decades ("for decades", "منذ عقود", "لعقود") keeps its
 * unit, TIMEX3's PXDE (Session 15), where a counted one is years (P30Y). */
void tx_duration_value(int unit, int count, tx_hit *h)
{
    static const char units[] = "?DWMMY";
    char n[16];
    if (!count && unit == TX_U_DECADE) {
        h->type = EVG_TIMEX_DURATION;
        h->relative = 0;
        snprintf(h->value, sizeof h->value, "PXDE");
        return;
    }
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
    if (s->doc->tokens.v[u].script != EVG_SCRIPT_ARAB || tx_definite(s, u)) return 0;
    if (!t) return 1;
    if (t->kind == EVG_TOK_NUM || (s->mask[q] & names)) return 0;
    return !(t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_ARAB && tx_definite(s, q));
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

/* "من الزمن" ("of time") after a unit adds nothing to the amount: "قبل عقد
 * من الزمن" is a decade ago, "منذ عامين من الزمن" two years; not an event the
 * amount is counted from.  The tokens to pass over at q, 0 when none. */
static size_t time_filler(const tx_scan *s, size_t q)
{
    static const char *const zaman = "\xd8\xa7\xd9\x84\xd8\xb2\xd9\x85\xd9\x86"; /* الزمن */
    return q + 1 < s->end && !s->en && tx_word_at(s, q, TX_W_FROM) && tx_is(s->doc, q + 1, zaman) ? 2 : 0;
}

/* Arabic منذ before a bare singular unit that ends its phrase ("منذ ساعة
 * تقريبا", "منذ أسبوع فقط", "منذ شهر.") or is followed by a preposition
 * opening the rest of the clause ("وقع زلزال منذ أسبوع في جنوب البلاد",
 * "وصل الوفد منذ أسبوع إلى العاصمة"): one unit ago.  Not before a number,
 * a name or any other word ("منذ عام 2014", "منذ ساعة مبكرة"). */
static int since_one(const tx_scan *s, size_t u, size_t q)
{
    static const char *const tail[] = {"\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8\xd8\xa7", /* تقريبا */
                                       "\xd9\x81\xd9\x82\xd8\xb7",                             /* فقط */
                                       "\xd9\x81\xd9\x8a",                                       /* في */
                                       "\xd8\xb9\xd9\x86",                                       /* عن */
                                       "\xd8\xa7\xd9\x84\xd9\x8a"};                            /* إلى (folded) */
    if (s->doc->tokens.v[u].script != EVG_SCRIPT_ARAB || tx_definite(s, u)) return 0;
    if (q >= s->end || s->doc->tokens.v[q].kind == EVG_TOK_PUNCT || time_filler(s, q)) return 1;
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
    if (t && t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_ARAB && tx_definite(s, q)) return 0;
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

/* The count a singular unit with no number before it carries after it
 * (at *q): سنة واحدة, يوماً إضافياً, خلال عام, ساعة ونصف; an unknown few (0)
 * for a plural after a lead word.  Returns have, set to 1 when found. */
static int count_after_unit(const tx_scan *s, size_t *qp, size_t unit_tok, int flags, int lead, int have,
                            int *count)
{
    size_t q = *qp;
    int n;
    if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && (n = one_after(s, q))) {
        q += (size_t)n; /* سنة واحدة, يوم واحد: the number follows the unit */
        *count = 1;
        have = 1;
    } else if (!have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && !tx_definite(s, unit_tok) && one_more_after(s, q)) {
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
    *qp = q;
    return have;
}

/* The count of a dual unit (its own 2, or more), or of a bare singular that
 * counts one ("in the decade since", منذ ساعة, قبل أسبوع); 0 when a bare
 * unit is not an amount here (طوال العام, "day after day"). */
static int implied_count(const tx_scan *s, size_t q, size_t unit_tok, int flags, int lead, int have, int *count)
{
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
        if (lead == TX_W_FOR && tx_definite(s, unit_tok)) return 0; /* طوال العام: the current year */
        if (lead == TX_W_FOR && s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_ARAB && q < s->end &&
            (s->doc->tokens.v[q].kind == EVG_TOK_NUM || (s->mask[q] & (1u << TX_MONTH | 1u << TX_HMONTH))))
            return 0; /* طوال شهر رمضان, طيلة عام 2023: the month or year named, not a length */
        if (s->doc->tokens.v[unit_tok].script == EVG_SCRIPT_LATN) return 0; /* "day after day": English counts "a day" */
        *count = 1;
    }
    return 1;
}

/* [count] unit: "ثلاثة أيام", "يومين", "three-day"; after قبل/بعد or a word of
 * approximation a bare singular counts one (قبل أسبوع, قرابة أسبوع).  A plural
 * or dual unit followed by a direction word belongs to tx_p_last_n. */
static int parse_amount(const tx_scan *s, size_t *p, int lead, int *count, int *unit)
{
    size_t q = *p;
    int n, flags, d, have = tx_parse_count(s, &q, count);
    if (have && tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1)) q++; /* three-day */
    size_t unit_tok = q;
    if (!(n = tx_unit_at(s, q, unit, &flags))) return 0;
    q += (size_t)n;
    if ((flags & (TX_F_PLURAL | TX_F_DUAL)) && tx_dir_at(s, q, &d)) return 0; /* اليومين الماضيين */
    if (have && !(flags & (TX_F_PLURAL | TX_F_DUAL)) && tx_definite(s, unit_tok) &&
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
    have = count_after_unit(s, &q, unit_tok, flags, lead, have, count);
    if (!implied_count(s, q, unit_tok, flags, lead, have, count)) return 0;
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
    story_shift_value(unit == TX_U_DAY ? tx_previous_anchor(s, 1) : tx_previous_anchor(s, 0), unit, sign, h);
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
 * reference date.  Not before "than" ("two hours later than planned" is
 * the length of a delay: PT2H). */
static size_t later_earlier(const tx_scan *s, size_t q, int unit, int count, tx_hit *h)
{
    int sign = evg_tok_is(s->doc, q, "later") ? 1 : evg_tok_is(s->doc, q, "earlier") ? -1 : 0;
    if (!sign || unit == TX_U_QUARTER || unit == TX_U_DECADE) return 0;
    if (q + 1 < s->end && evg_tok_is(s->doc, q + 1, "than")) return 0;
    /* days and weeks count from the story's day; months and years from any
     * date ("elected in 2019 and re-elected four years later": 2023) */
    int32_t a = unit == TX_U_MONTH || unit == TX_U_YEAR ? tx_previous_anchor(s, 0) : tx_previous_anchor(s, 1);
    story_shift_value(a, unit, sign * count, h);
    return q + 1;
}

/* "بعد ذلك", "بعدها", "قبل ذلك", "قبلها" before the amount at c, which
 * carries ب ("بيومين", "بأسبوع"): +1 after, -1 before, 0 none. */
static int then_sign(const tx_scan *s, size_t c)
{
    static const char *then[] = {"\xd8\xa8\xd8\xb9\xd8\xaf\xd9\x87\xd8\xa7", /* بعدها */
                                 "\xd9\x82\xd8\xa8\xd9\x84\xd9\x87\xd8\xa7"}; /* قبلها */
    if (c <= s->first || c >= s->end || s->doc->tokens.v[c].kind != EVG_TOK_WORD || !tx_opens_with_ba(s->doc, c))
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
    int32_t a = unit == TX_U_MONTH || unit == TX_U_YEAR ? tx_previous_anchor(s, 0) : tx_previous_anchor(s, 1), b, e;
    if (a == EVG_NODATE || a == s->dct) return 0;
    story_shift_value(a, unit, count, h);
    evg_value_range(h->value, &b, &e);
    return b != EVG_NODATE && b <= s->dct;
}

/* Does the original text of token k end in ة (past any harakat)?  The fold
 * writes it ه, as it writes the pronoun ه ("مكتبه" is "his office"). */
static int orig_ta_marbuta(const evg_doc *d, size_t k)
{
    const evg_token *t = &d->tokens.v[k];
    int32_t e = t->oe;
    while (e - 2 >= t->os && (unsigned char)d->raw.p[e - 2] == 0xd9 && (unsigned char)d->raw.p[e - 1] >= 0x8b &&
           (unsigned char)d->raw.p[e - 1] <= 0x92)
        e -= 2; /* tanwin, short vowels, shadda, sukun */
    return e - 2 >= t->os && memcmp(d->raw.p + e - 2, "\xd8\xa9", 2) == 0;
}

/* An Arabic active participle or adjective of a state, by its shape: no
 * article, م and three letters or more with the sound plural (محاصرون،
 * مضربين، معتقلون; not a nisba -يون/-يين nor مليون), the فاعلون plural of
 * six letters (عالقون، نازحين), or right before منذ the indefinite
 * singular (مغلقا، مغلقة، محتجزا; adjacent says a state "closed since"). */
static int state_participle(const tx_scan *s, size_t k, int adjacent)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[k], &n);
    if (s->doc->tokens.v[k].script != EVG_SCRIPT_ARAB || s->doc->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    if (n > 10 && (memcmp(w, "\xd9\x88", 2) == 0 || memcmp(w, "\xd9\x81", 2) == 0)) w += 2, n -= 2; /* و ف */
    if (n < 8 || memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0 || (n == 10 && memcmp(w, "\xd9\x85\xd9\x84\xd9\x8a", 6) == 0))
        return 0; /* ال..., مليون */
    const char *end2 = w + n - 4;
    int plural = memcmp(end2, "\xd9\x88\xd9\x86", 4) == 0 || memcmp(end2, "\xd9\x8a\xd9\x86", 4) == 0; /* ون ين */
    if (plural && n >= 10 && memcmp(w + n - 6, "\xd9\x8a", 2) == 0) return 0;                          /* يون يين */
    if (plural && memcmp(w, "\xd9\x85", 2) == 0 && n >= 12) return 1;                                    /* م... */
    if (plural && n == 12 && memcmp(w + 2, "\xd8\xa7", 2) == 0) return 1;                                /* فاعلون */
    return adjacent && memcmp(w, "\xd9\x85", 2) == 0 && n >= 10 &&
           (memcmp(w + n - 2, "\xd8\xa7", 2) == 0 || orig_ta_marbuta(s->doc, k)); /* مغلقا مغلقة */
}

/* A word that keeps a state going: ما زال، لا يزال، لا تزال (زال in any
 * person, whole words only: زلزال "earthquake" and إزالة "removal" hold
 * the letters too), and the verbs and participles of continuing, يتواصل،
 * يستمر، مستمر، متواصل ("يتواصل انقطاع التيار عن المدينة منذ يومين", "الإضراب
 * مستمر منذ يومين": what goes on since then), also behind و or ف. */
static int still_word(const tx_scan *s, size_t k)
{
    static const char *const forms[] = {"\xd8\xb2\xd8\xa7\xd9\x84" /* زال */,
                                        "\xd8\xb2\xd8\xa7\xd9\x84\xd8\xaa" /* زالت */,
                                        "\xd9\x8a\xd8\xb2\xd8\xa7\xd9\x84" /* يزال */,
                                        "\xd8\xaa\xd8\xb2\xd8\xa7\xd9\x84" /* تزال */,
                                        "\xd9\x86\xd8\xb2\xd8\xa7\xd9\x84" /* نزال */,
                                        "\xd9\x8a\xd8\xb2\xd8\xa7\xd9\x84\xd9\x88\xd9\x86" /* يزالون */,
                                        "\xd8\xb2\xd8\xa7\xd9\x84\xd9\x88\xd8\xa7" /* زالوا */,
                                        "\xd9\x8a\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84" /* يتواصل */,
                                        "\xd8\xaa\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84" /* تتواصل */,
                                        "\xd9\x8a\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1" /* يستمر */,
                                        "\xd8\xaa\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1" /* تستمر */,
                                        "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1" /* مستمر */,
                                        "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1\xd9\x87" /* مستمره (folded مستمرة) */,
                                        "\xd9\x85\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84" /* متواصل */,
                                        "\xd9\x85\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84\xd9\x87" /* متواصله (folded متواصلة) */,
                                        "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x85\xd8\xb1\xd8\xa7" /* مستمرا */,
                                        "\xd9\x85\xd8\xaa\xd9\x88\xd8\xa7\xd8\xb5\xd9\x84\xd8\xa7" /* متواصلا */};
    return evg_tok_in_static(s->doc, k, forms, sizeof forms / sizeof *forms, EVG_WS_WAW_FA);
}

/* Does an event noun open at token k before the منذ at i: بعد، إثر، عقب
 * (also behind و or ف) and a word after it ("تستمر الاحتجاجات بعد مقتل
 * شاب منذ يومين": منذ dates the killing, not the protests; Session 18)? */
static int event_after(const tx_scan *s, size_t k, size_t i)
{
    static const char *const w[] = {"\xd8\xa8\xd8\xb9\xd8\xaf" /* بعد */, "\xd8\xa7\xd8\xab\xd8\xb1" /* اثر */,
                                    "\xd8\xb9\xd9\x82\xd8\xa8" /* عقب */};
    return k + 1 < i && s->doc->tokens.v[k + 1].kind == EVG_TOK_WORD && s->doc->tokens.v[k + 1].script == EVG_SCRIPT_ARAB &&
           evg_tok_in_static(s->doc, k, w, sizeof w / sizeof *w, EVG_WS_WAW_FA);
}

/* A past verb up to two words before token k, words only between: "هاجم
 * مسلحون", "واختطف مسلحون مجهولون" (the participle is its subject, and the
 * act is over). */
static int past_verb_governs(const tx_scan *s, size_t k)
{
    for (size_t j = k; j-- > s->first && j + 2 >= k;) {
        if (s->doc->tokens.v[j].kind != EVG_TOK_WORD) return 0;
        if ((s->mask[j] & (1u << TX_PAST)) || tx_ar_perfect(s->doc, j)) return 1;
    }
    return 0;
}

/* An Arabic clause whose verb is a continuing state before the منذ at i
 * ("تعيش منذ خمسة أسابيع", "محاصرون منذ يومين", "يواصل المعتقلون
 * إضرابهم عن الطعام منذ أسبوع", "ما زال الطريق مغلقا منذ خمسة أيام"):
 * منذ counts the state's length ("for two days", P2D), not a day ("two
 * days ago").  Read back in the clause: an imperfect (ي + three letters
 * or more, or listed, kind imperf) or a participle of a state up to six
 * words back, زال up to twelve, says a state; a past verb met first (وصل،
 * غادر) says a finished act, and so does the clause's end (punctuation,
 * أن/إن) or an event noun after بعد/إثر/عقب (event_after). */
static int ongoing_since(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    size_t n;
    if (i == s->first || s->doc->tokens.v[i - 1].script != EVG_SCRIPT_ARAB) return 0;
    for (size_t k = i; k-- > s->first && k + 12 >= i;) {
        const evg_token *t = &s->doc->tokens.v[k];
        if (t->kind == EVG_TOK_PUNCT || tx_is(s->doc, k, "\xd8\xa7\xd9\x86")) return 0; /* أن إن */
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) continue;
        if (event_after(s, k, i)) return 0; /* the event noun owns منذ */
        if (still_word(s, k)) return 1; /* "ما زالت الاتصالات مقطوعة عن أجزاء واسعة من المنطقة منذ يومين" */
        if (k + 6 < i) continue;
        const char *w = evg_tok_text(s->doc, t, &n);
        if ((s->mask[k] & (1u << TX_IMPERF)) && tx_lex(s->doc, k, s->end, TX_IMPERF, &e)) return 1;
        if (state_participle(s, k, k + 1 == i) && !past_verb_governs(s, k))
            return 1; /* not "هاجم مسلحون مجهولون منذ ثلاثة أيام": the participle is a past verb's subject */
        if (n >= 8 && memcmp(w, "\xd9\x8a", 2) == 0 && (k + 1 == i || !s->mask[k])) return 1; /* ي + three letters */
        if ((s->mask[k] & (1u << TX_PAST)) || tx_ar_perfect(s->doc, k) == 2) return 0;
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

/* An age, not a length of time: a count of years or months after the Arabic
 * words of age ("عن عمر ناهز 85 عاما", "يبلغ من العمر 19 عاما", "عمره 12
 * عاما", "بعمر 30 عاما", "يبلغ عمر الرئيس 78 عاما") or English "aged 45
 * years", "45 years old", "45 years of age".  ناهز alone ("nearly") keeps a
 * length: "ما يناهز 30 عاما"; عمر alone is also a name (Omar), so it
 * needs عن before it.  c is the count's first token, q after the unit. */
static int age_count(const tx_scan *s, size_t c, size_t q, int unit)
{
    static const char *const own[] = {"\xd8\xa7\xd9\x84\xd8\xb9\xd9\x85\xd8\xb1", /* العمر */
                                      "\xd8\xb9\xd9\x85\xd8\xb1\xd9\x87", /* عمره */
                                      "\xd8\xb9\xd9\x85\xd8\xb1\xd9\x87\xd8\xa7", /* عمرها */
                                      "\xd8\xa8\xd8\xb9\xd9\x85\xd8\xb1", NULL}; /* بعمر */
    static const char *umr = "\xd8\xb9\xd9\x85\xd8\xb1"; /* عمر */
    const evg_doc *d = s->doc;
    if (unit != TX_U_YEAR && unit != TX_U_MONTH) return 0;
    if (s->en) return (c > s->first && evg_tok_is(d, c - 1, "aged")) ||
                      (q < s->end && (evg_tok_is(d, q, "old") ||
                                      (evg_tok_is(d, q, "of") && q + 1 < s->end && evg_tok_is(d, q + 1, "age"))));
    if (c <= s->first) return 0;
    for (int k = 0; own[k]; k++)
        if (tx_is(d, c - 1, own[k])) return 1;
    int near = tx_is(d, c - 1, "\xd9\x86\xd8\xa7\xd9\x87\xd8\xb2") ||
               tx_is(d, c - 1, "\xd9\x8a\xd9\x86\xd8\xa7\xd9\x87\xd8\xb2"); /* ناهز يناهز */
    if (c < s->first + 2) return 0;
    if (tx_is(d, c - 1, umr) && tx_is(d, c - 2, "\xd8\xb9\xd9\x86")) return 1; /* عن عمر 90 عاما */
    if (near && (tx_is(d, c - 2, umr) || tx_is(d, c - 2, own[1]) || tx_is(d, c - 2, own[2])))
        return 1; /* عن عمر ناهز 85 عاما */
    return tx_is(d, c - 2, umr) && c >= s->first + 3 &&
           (tx_is(d, c - 3, "\xd9\x8a\xd8\xa8\xd9\x84\xd8\xba") || tx_is(d, c - 3, "\xd8\xaa\xd8\xa8\xd9\x84\xd8\xba") ||
            tx_is(d, c - 3, "\xd8\xa8\xd9\x84\xd8\xba")); /* يبلغ/تبلغ/بلغ عمر الرئيس 78 عاما */
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

/* Does the amount after lead (ending at q) tell a length after the event, not
 * a date: "بعد ثلاثة أشهر من الاتفاق", "وصلوا بعد ساعات", hours within the
 * event's day, decades gone by, "after" in a past clause with no day told? */
static int after_event(const tx_scan *s, size_t i, size_t q, int lead, int unit, int count, int ago, int hence,
                       const tx_hit *h)
{
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
    return event;
}

/* The date an amount reaches, back from or ahead of the reference date:
 * "two days ago", "قبل يومين", "in three weeks", "a few days ago" (PAST_REF). */
static size_t shifted_hit(const tx_scan *s, size_t i, size_t q, size_t cstart, int lead, int unit, int count,
                          int ago, int hence, tx_hit *h)
{
    int sign = ago || (!hence && lead != TX_W_AFTER && lead != TX_W_IN) ? -1 : 1;
    if (lead == TX_W_AFTER && count && past_after(s, unit, count, h)) return tx_set_hit(h, i, q);
    q += (size_t)(ago + hence);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    if (count) shifted_value(s, unit, sign * count, h);
    else snprintf(h->value, sizeof h->value, "%s", sign < 0 ? "PAST_REF" : "FUTURE_REF"); /* a few days ago */
    return tx_set_hit(h, lead == TX_W_IN ? cstart : i, q);
}

size_t tx_p_duration(const tx_scan *s, size_t i, tx_hit *h)
{
    int lead, approx, count = 0, unit, over;
    size_t astart, q = duration_lead(s, i, &lead, &approx, &astart, &over);
    size_t cstart = approx ? astart : q;
    int then = !lead && !approx && then_sign(s, q); /* قبل ذلك بأسبوع: one week */
    if (!parse_amount(s, &q, (approx && !lead) || then ? -1 : lead, &count, &unit)) return 0;
    if (law_number(s, cstart, q) || age_count(s, cstart, q, unit)) return 0;
    q += time_filler(s, q);
    if (lead && q >= cstart + 3 && tx_dash_at(s, q - 2) && tx_glued(s, q - 2) && tx_glued(s, q - 1)) {
        tx_duration_value(unit, count, h); /* "after a two-year fight": an adjective, no date */
        return tx_set_hit(h, cstart, q);
    }
    if (lead == TX_W_IN && s->en &&
        (span_past(s, i, over, unit, count) ||
         (approx && !s->future && (evg_tok_is(s->doc, astart, "nearly") || evg_tok_is(s->doc, astart, "almost"))) ||
         unit == TX_U_HOUR || unit == TX_U_MINUTE))
        lead = TX_W_WITHIN; /* "the first visit in nearly five years": a span, not a day ahead; "in 48 hours": PT48H */
    size_t r = q;
    int sg = count ? after_that(s, cstart, lead, &r) : 0;
    if (sg) { /* بعد ذلك بيومين, بعد يومين من ذلك, two days after that */
        story_shift_value(unit == TX_U_MONTH || unit == TX_U_YEAR ? tx_previous_anchor(s, 0) : tx_previous_anchor(s, 1),
                          unit, sg * count, h);
        return tx_set_hit(h, i, r);
    }
    size_t e = count ? duration_anchor(s, q, lead, unit, count, h) : 0;
    if (e) return tx_set_hit(h, i, e);
    if (!lead && count && s->en && (e = later_earlier(s, q, unit, count, h))) return tx_set_hit(h, cstart, e);
    int ago = tx_word_at(s, q, TX_W_AGO), hence = ago ? 0 : tx_word_at(s, q, TX_W_HENCE);
    int event = after_event(s, i, q, lead, unit, count, ago, hence, h);
    if (!event && (ago || hence || lead == TX_W_BEFORE || lead == TX_W_AFTER ||
                   (lead == TX_W_IN && s->en) ||
                   (lead == TX_W_SINCE && unit <= TX_U_WEEK && astart == i + 1 && !ongoing_since(s, i))))
        return shifted_hit(s, i, q, cstart, lead, unit, count, ago, hence, h);
    size_t fn = 0;
    int quarters = count > 0 ? fraction_after(s, q, &fn) : 0;
    if (quarters && fraction_value(unit, count, quarters, h)) q += fn; /* ساعة ونصف: PT90M */
    else tx_duration_value(unit, count, h);
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
    if (s->en && tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1) && q + 1 < s->end &&
        s->doc->tokens.v[q + 1].kind == EVG_TOK_WORD)
        return 0; /* "the now-defunct party": a compound adjective of the noun, no time of the story */
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

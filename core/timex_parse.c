/*
 * timex_parse.c - the grammar of time expressions over folded tokens: the
 * dates (this file) and the driver that tries every family at a token.
 *
 * Each p_* function (here, and tx_p_* in the stage files of docs/TIMEX.md:
 * timex_relday.c, timex_weekday.c, timex_period.c ...) tries one family of
 * expressions starting at token i of the sentence and returns the index
 * just past what it read (0 when it does not match), filling a tx_hit.
 * tx_parse_at runs those that may start at the token (each parser lists the
 * first tokens it can read: the driver) and keeps the longest.  Vocabulary lookups are
 * gated by a per-token mask of the kinds present (tx_kind_masks), so a
 * sentence is read in one pass with a bounded look-ahead.
 *
 * Families here: dates with a day and/or month name (Arabic day-month-year,
 * English month-day-year, ranges "25-27 يوليو", "من 13 تموز إلى 15 تموز",
 * "June 18-19, 2023", a clock time after a dated day), numeric dates
 * (12/7/2025 day first in Arabic text, 2023-09-24; a year-less "2/15" or
 * "15/2" only after a preposition or as a heading), compact dates
 * ("31-Oct-74"), a weekday with a day but no month ("Thu 15th": the nearest
 * month where they agree), English "on the 15th", years and year ranges
 * (a bare year or month name standing alone as a sentence counts; English
 * years may be spelled out: "two thousand ten", "nineteen eighty-four"),
 * and two months as alternatives or a range ("يوليو أو أغسطس", "تموز وآب",
 * "from July to September 2025"): one interval 2024-07/2024-08, since the
 * date lies somewhere in them; two days likewise ("يومي 5 أو 6 أغسطس").
 * Spans leave out a leading preposition (في, منذ, من, in, on) except where
 * it carries the meaning (قبل يومين = two days ago).  A bare year needs a
 * preposition, "by" (not "by 1200 points"), بحلول, or a possessive ("the
 * party's 2021 campaign", 1950-2049), or opens its sentence as the
 * subject of a verb ("2019 was"); a Hijri month alone needs a
 * preposition or a part word ("في شوال الماضي", "أواخر رمضان").
 */
#include "timex_int.h"

#include <stdio.h>

/* ---- dates with names ---- */

/* "31/Oct/1974", "31-Oct-74": day, month name and year glued by one
 * separator (q is just past the day).  Returns the end or 0. */
static size_t compact_date(const tx_scan *s, size_t q, tx_spec *sp)
{
    const tx_ent *e;
    int n, y, nd, slash = tx_punct_at(s, q, "/");
    if ((!slash && !tx_dash_at(s, q)) || !tx_glued(s, q) || !tx_glued(s, q + 1)) return 0;
    if ((n = tx_kind_at(s, q + 1, TX_MONTH, &e)) != 1) return 0;
    size_t r = q + 2;
    if (!(slash ? tx_punct_at(s, r, "/") : tx_dash_at(s, r)) || !tx_glued(s, r) || !tx_glued(s, r + 1)) return 0;
    if ((nd = tx_num_at(s, r + 1, &y)) != 2 && nd != 4) return 0;
    sp->m = e->val;
    sp->y = nd == 2 ? (y <= 69 ? 2000 + y : 1900 + y) : y;
    return r + 2;
}

/* Day first: [weekday ،] [يوم] DAY [-DAY] [من] MONTH [dir] [YEAR]. */
static size_t date_day_first(const tx_scan *s, size_t q, tx_spec *sp)
{
    int named = 0;
    const tx_ent *e;
    if (tx_unit_is(s, q, TX_U_DAY) || tx_is(s->doc, q, "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a")) q++; /* يوم يومي */
    else if (tx_kind_at(s, q, TX_REL, &e) == 1 && e->val == 0 && tx_kind_at(s, q + 1, TX_ORD, &e)) q++; /* اليوم الثالث من */
    if (!tx_parse_day(s, &q, &sp->d)) return 0;
    size_t c = compact_date(s, q, sp);
    if (c) return c;
    tx_parse_day_tail(s, &q, sp->d, &sp->d2);
    if (tx_comma_at(s, q)) q++;
    int of = tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_OF), dv, n;
    q += (size_t)of;
    size_t mq = q;
    if (!of && q < s->end && s->doc->tokens.v[q].script == EVG_SCRIPT_ARAB && (n = tx_dir_at(s, q, &dv)) && dv == 0 &&
        !tx_unit_at(s, q + (size_t)n, &dv, &(int){0})) {
        sp->mrel_set = 1; /* "يوم 3 الجاري": of the current month */
        sp->mrel = 0;
        return q + (size_t)n;
    }
    if (!tx_parse_month(s, &q, sp, &named)) return 0;
    if (sp->mrel_set && !of && mq < s->end && s->doc->tokens.v[mq].script == EVG_SCRIPT_LATN) return 0; /* "2 next month" */
    if (!sp->mrel_set) tx_parse_month_rest(s, &q, sp);
    return q;
}

/* "يوليو أو أغسطس", "تموز وآب", "July or August 2025", "من يوليو إلى
 * أغسطس", "May-June": a second month after a bare first one.  The pair is
 * one interval of months (an event "in July or August" lies somewhere in
 * them); a year or direction after the second month holds for both. */
static void month_alternative(const tx_scan *s, size_t *p, tx_spec *sp)
{
    size_t q = *p;
    int n, named = 0, glued = 0;
    if (sp->y || sp->dir || sp->yrel_set || sp->hijri || sp->mrel_set) return;
    if (tx_dash_at(s, q) || evg_tok_is(s->doc, q, "\xd8\xa7\xd9\x88") || evg_tok_is(s->doc, q, "or")) q++; /* أو */
    else if ((n = tx_word_at(s, q, TX_W_TO)) || (n = tx_word_at(s, q, TX_W_AND))) q += (size_t)n;
    else glued = 1; /* "وآب": و glued to the second month */
    if (q >= s->end || (glued && !tx_conj_len(s->doc, q))) return;
    tx_spec b;
    memset(&b, 0, sizeof b);
    size_t r = q;
    if (!tx_parse_month(s, &r, &b, &named) || b.mrel_set || b.hijri || b.m == sp->m) return;
    if (b.weak && !glued && s->doc->tokens.v[q].script == EVG_SCRIPT_LATN && !(s->doc->tokens.v[q].flags & EVG_TOKF_CAP))
        return;
    tx_parse_month_rest(s, &r, &b);
    if (b.y) {
        sp->y = b.m < sp->m ? b.y - 1 : b.y;
        sp->y2 = b.y;
    }
    sp->dir = b.dir;
    if (b.yrel_set) { sp->yrel_set = 1; sp->yrel = b.yrel; }
    sp->m2 = b.m;
    *p = r;
}

/* The naming noun of a well-known day: Arabic right before token i
 * ("ثورة 25 يناير", "لهجمات 11 سبتمبر"), English after end over names and
 * hyphens ("the Oct. 7 attack", "the Jan. 6 Capitol riot", "the Oct. 7
 * Hamas-led attacks"); NULL when none, or when an English preposition of
 * time stands before the day ("On 25 January protests began"). */
static const tx_ent *naming_noun(const tx_scan *s, size_t i, size_t end)
{
    const tx_ent *e;
    if (!s->en) return i > s->first && tx_kind_at(s, i - 1, TX_NAMED, &e) == 1 && !(e->flags & TX_F_EN) ? e : NULL;
    if (i > s->first && (tx_word_at(s, i - 1, TX_W_IN) || tx_word_at(s, i - 1, TX_W_TO) || evg_tok_is(s->doc, i - 1, "by")))
        return NULL; /* "On 25 January protests began": a day of the story, not a name */
    for (size_t k = end; k < s->end && k < end + 4; k++) {
        const evg_token *t = &s->doc->tokens.v[k];
        if (tx_kind_at(s, k, TX_NAMED, &e) == 1 && (e->flags & TX_F_EN)) return e;
        if (!(t->flags & EVG_TOKF_CAP) && !tx_dash_at(s, k) && !evg_tok_is(s->doc, k, "led")) return NULL;
    }
    return NULL;
}

int tx_named_year(const tx_scan *s, size_t i, size_t end, int m, int d)
{
    const tx_ent *e = naming_noun(s, i, end);
    const struct evg_timex_data *td = s->doc->ctx->timex;
    int y0 = 0, m0, d0, found = 0;
    if (!e) return 0;
    if (s->dct != EVG_NODATE) evg_civil_from_days(s->dct, &y0, &m0, &d0);
    for (size_t k = 0; k < td->named.n; k++) {
        const tx_named *n = &td->named.v[k];
        if (n->m != m || n->d != d || (y0 && n->y > y0) || (n->noun && strcmp(n->noun, e->w0) != 0)) continue;
        if (found && found != n->y) return 0; /* two events of that day: no year */
        found = n->y;
    }
    return found;
}

/* Month first: MONTH DAY[-DAY] [, YEAR], or MONTH alone [dir|YEAR]. */
static size_t date_month_first(const tx_scan *s, size_t i, size_t q, tx_spec *sp)
{
    int named = 0;
    if (!tx_parse_month(s, &q, sp, &named) || sp->mrel_set) return 0;
    size_t r = q;
    if (tx_word_at(s, r, TX_W_THE)) r++;
    int d;
    if (tx_parse_day(s, &r, &d)) {
        sp->d = d;
        tx_parse_day_tail(s, &r, d, &sp->d2);
        q = r;
        if (tx_comma_at(s, q) && tx_parse_year(s, &(size_t){q + 1}, &(tx_spec){0}, 1)) q++;
        if (!tx_parse_year(s, &q, sp, 1) && s->en) tx_parse_year_rel(s, &q, sp); /* Oct. 27 last year */
        return q;
    }
    tx_parse_month_rest(s, &q, sp);
    month_alternative(s, &q, sp);
    int v;
    if (!sp->y && !sp->dir && tx_word_at(s, q, TX_W_AFTER) && tx_dir_en(s, q + 1, &v) && v > 0) {
        sp->dir = TX_D_NEXT; /* March after next */
        sp->after_next = 1;
        q += 2;
    }
    size_t sh;
    int y;
    if (!sp->y && !sp->yrel_set && !sp->dir && s->en && (sh = tx_shift_year(s, q, &y))) {
        sp->y = y; /* March in a year */
        q = sh;
    }
    if (!sp->y && !sp->yrel_set && !sp->dir && !named && !sp->doubled && !tx_month_context(s, i) &&
        !tx_whole_sentence(s, i, q) && !(!sp->m2 && tx_named_year(s, i, q, sp->m, 0)) &&
        !(sp->m2 && evg_tok_is(s->doc, q, "quarter")))
        return 0;
    return q;
}

/* "من 13 تموز الى 15 تموز", "June 30 - July 2, 2023": a second dated day. */
static void date_cross_range(const tx_scan *s, size_t *p, tx_spec *sp)
{
    size_t q = *p;
    int n;
    if (!sp->d || sp->d2 || sp->mrel_set) return;
    if (tx_dash_at(s, q)) q++;
    else if ((n = tx_word_at(s, q, TX_W_TO)) || (n = tx_word_at(s, q, TX_W_AND))) q += (size_t)n;
    else return;
    tx_spec b;
    memset(&b, 0, sizeof b);
    size_t e = date_day_first(s, q, &b);
    if (!e) {
        memset(&b, 0, sizeof b);
        e = date_month_first(s, q, q, &b);
    }
    if (!e || !b.d || !b.m || b.d2 || b.hijri != sp->hijri) return;
    if (sp->y && b.y && b.y != sp->y) sp->y2 = b.y;
    if (!sp->y && b.y) {
        sp->y = b.m < sp->m ? b.y - 1 : b.y; /* 28 ديسمبر إلى 3 يناير 2020 */
        sp->y2 = b.y;
    }
    if (b.yrel_set && !sp->yrel_set) { sp->yrel_set = 1; sp->yrel = b.yrel; }
    sp->d2 = b.d;
    sp->m2 = b.m != sp->m ? b.m : 0;
    if (!sp->m2 && b.d <= sp->d) return;
    *p = e;
}

/* 1 unless value is a full date that falls on another weekday than wd. */
static int weekday_agrees(const char *value, int wd)
{
    int32_t day;
    if (evg_parse_day(value, &day) != 0) return 1;
    return evg_weekday(day) == wd;
}

/* "[يوم] الخميس،" "Friday, ": a weekday before the date (sp->wd); returns
 * the token after it. */
static size_t leading_weekday(const tx_scan *s, size_t q, tx_spec *sp)
{
    const tx_ent *e;
    int n;
    if (tx_unit_is(s, q, TX_U_DAY) && tx_kind_at(s, q + 1, TX_WEEKDAY, &e)) q++; /* يوم الخميس 14 مارس */
    if (!(n = tx_kind_at(s, q, TX_WEEKDAY, &e))) return q;
    if ((e->flags & TX_F_EN) && (e->flags & TX_F_BARE) && !(s->doc->tokens.v[q].flags & EVG_TOKF_CAP))
        return q; /* "the court sat on 4 November", "wed on 3 May": verbs, not Sat, Wed */
    sp->wd = e->val;
    q += (size_t)n;
    if (tx_comma_at(s, q)) q++;
    if (tx_word_at(s, q, TX_W_CORR)) q++;
    if (tx_word_at(s, q, TX_W_IN)) q++;
    return q;
}

/* "Jul 18, Fri": a weekday after the date picks the year. */
static void trailing_weekday(const tx_scan *s, size_t *p, tx_spec *sp)
{
    const tx_ent *e;
    size_t r = *p;
    int n;
    if (sp->wd || !sp->d || sp->d2) return;
    if (tx_comma_at(s, r)) r++;
    if (!(n = tx_kind_at(s, r, TX_WEEKDAY, &e)) || (e->flags & TX_F_PLURAL)) return;
    sp->wd = e->val;
    *p = r + (size_t)n;
}

/* "Thu 15th", "Thursday the 15th", "الخميس الخامس عشر": a day of a month that is not
 * named: the nearest month (ahead in a future clause or with --prefer
 * future, else back) whose day d falls on that weekday. */
static size_t weekday_and_day(const tx_scan *s, size_t i, size_t q, int wd, tx_hit *h)
{
    int d, y0, m0, d0, the = 0;
    if (tx_word_at(s, q, TX_W_THE)) q++, the = 1;
    size_t q0 = q;
    if (!tx_parse_day(s, &q, &d) || s->dct == EVG_NODATE) return 0;
    if (!the && q == q0 + 1 && tx_num_at(s, q0, &(int){0})) return 0; /* الخميس 14 قتيلا: a count */
    if (!tx_num_at(s, q0, &(int){0}) && q < s->end && s->doc->tokens.v[q].kind == EVG_TOK_WORD &&
        s->doc->tokens.v[q].sent == s->doc->tokens.v[q0].sent)
        return 0; /* "Sunday, the third such attack": an ordinal word before a noun */
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    int step = (s->prefer == EVG_PREFER_FUTURE && !s->past) || s->future ? 1 : -1;
    for (int k = 0; k < 24; k++) {
        int idx = y0 * 12 + m0 - 1 + step * k, y = idx / 12, m = idx % 12 + 1;
        if (d > evg_days_in_month(y, m)) continue;
        int32_t day = evg_days_from_civil(y, m, d);
        if (evg_weekday(day) != wd || (step > 0 ? day < s->dct : day > s->dct)) continue;
        tx_day_value(day, h->value, sizeof h->value);
        h->type = EVG_TIMEX_DATE;
        h->relative = 1;
        return tx_set_hit(h, i, q);
    }
    return 0;
}

/* A Hijri month named alone ("منتصف شعبان", "في شعبان الماضي"): only after a
 * part word or a preposition, and not a name that is also a word or a
 * person's name (صفر, رجب are weak). */
static int hijri_month_context(const tx_scan *s, size_t i, size_t q)
{
    return q > i && s->doc->tokens.v[i].script == EVG_SCRIPT_ARAB && tx_month_context(s, i);
}

/* A Hijri month whose name is also a word or a name (صفر "zero", رجب,
 * شعبان, محرم) stands alone after "شهر" ("منتصف شهر صفر") or before a
 * direction word ("في رجب الماضي", "شعبان المقبل"). */
static int weak_hijri_ok(const tx_scan *s, size_t i, const tx_spec *sp)
{
    return sp->dir || tx_unit_is(s, i, TX_U_MONTH);
}

/* "until", "till", حتى, لغاية (not "to", إلى: "the Monday closest to Oct 5"). */
static int until_word(const tx_scan *s, size_t i)
{
    return evg_tok_is(s->doc, i, "until") || evg_tok_is(s->doc, i, "till") ||
           tx_is(s->doc, i, "\xd8\xad\xd8\xaa\xd9\x8a") || tx_is(s->doc, i, "\xd9\x84\xd8\xba\xd8\xa7\xd9\x8a\xd9\x87") ||
           (i > s->first && (tx_is(s->doc, i, "\xd8\xba\xd8\xa7\xd9\x8a\xd9\x87") ||
                             tx_is(s->doc, i, "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf")) &&
            tx_is(s->doc, i - 1, "\xd8\xa7\xd9\x84\xd9\x8a")); /* حتي لغايه; الي غايه, الي حدود (Maghreb "until") */
}

/* Where the words before the date at i that an "until" governs begin: the
 * date itself, or a part of a period before it with its "the"/"of"/"من"
 * ("until the end of December", "حتى نهاية ديسمبر", "إلى غاية موفى
 * ديسمبر"); 0 at the sentence's start. */
static size_t until_at(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    size_t k = i;
    for (int steps = 0; steps < 3 && k > s->first; steps++) {
        if (tx_word_at(s, k - 1, TX_W_OF) || tx_word_at(s, k - 1, TX_W_FROM) || tx_word_at(s, k - 1, TX_W_THE) ||
            tx_kind_at(s, k - 1, TX_PART, &e) == 1)
            k--;
        else
            break;
    }
    if (k < i && !tx_kind_at(s, k, TX_PART, &e) && !(k + 1 < i && tx_kind_at(s, k + 1, TX_PART, &e))) k = i;
    return k > s->first ? k : 0;
}

/* A word of a start right before the date at i: "اعتبارا من", "ابتداء من",
 * "بدءا من", "effective", "as of", "as from" ("أعلنت الحكومة تمديد
 * الطوارئ اعتبارا من الأول من يونيو" in May: the coming June). */
static int start_before(const tx_scan *s, size_t i)
{
    static const char *ar[] = {"\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xa8\xd8\xa7\xd8\xb1\xd8\xa7", /* اعتبارا */
                               "\xd8\xa7\xd8\xa8\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa1",         /* ابتداء */
                               "\xd8\xa8\xd8\xaf\xd8\xa1\xd8\xa7"};                            /* بدءا */
    if (i < s->first + 1) return 0;
    if (evg_tok_is(s->doc, i - 1, "effective")) return 1;
    if (i < s->first + 2) return 0;
    if (evg_tok_is(s->doc, i - 2, "as") && (evg_tok_is(s->doc, i - 1, "of") || evg_tok_is(s->doc, i - 1, "from")))
        return 1;
    return tx_word_at(s, i - 1, TX_W_FROM) && evg_tok_in_static(s->doc, i - 2, ar, sizeof ar / sizeof *ar, EVG_WS_WAW_FA);
}

/* A past verb right after a date that ends at e ("a referendum on Dec. 3
 * approved the charter"): the date is that verb's. */
static int verb_after(const tx_scan *s, size_t e)
{
    const tx_ent *x;
    size_t n;
    if (e >= s->end || s->doc->tokens.v[e].kind != EVG_TOK_WORD) return 0;
    if (tx_kind_at(s, e, TX_PAST, &x) || (!s->en && tx_ar_perfect(s->doc, e))) return 1;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[e], &n);
    return s->en && n > 4 && memcmp(w + n - 2, "ed", 2) == 0;
}

/* The occasion noun at o hangs on a preposition, not straight on a verb
 * ("support for Iraq's elections", "ahead of the vote", "رحب بالانتخابات",
 * "المشاركة في الاستفتاء"; not "won the elections", "قاطعوا الانتخابات",
 * whose verb tells of the occasion itself). */
static int occasion_governed(const tx_scan *s, size_t o)
{
    static const char *en[] = {"for", "of", "to", "ahead", "before", "toward", "towards"};
    static const char *ar[] = {"\xd9\x81\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a", /* في الي */
                               "\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xb9\xd8\xb4\xd9\x8a\xd9\x87"}; /* قبل عشيه */
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[o], &n);
    if (!s->en) {
        if (n > 6 && (memcmp(w, "\xd8\xa8", 2) == 0 || memcmp(w, "\xd9\x84", 2) == 0)) return 1; /* بالانتخابات للاستفتاء */
        if (o == s->first) return 0;
        if (evg_tok_in_static(s->doc, o - 1, ar, sizeof ar / sizeof *ar, EVG_WS_WAW_FA)) return 1;
        w = evg_tok_text(s->doc, &s->doc->tokens.v[o - 1], &n);
        return s->doc->tokens.v[o - 1].kind == EVG_TOK_WORD && n >= 8 &&
               (memcmp(w, "\xd8\xa8", 2) == 0 || memcmp(w, "\xd9\x84", 2) == 0); /* بتنظيم, لإجراء */
    }
    for (size_t k = o; k-- > s->first && k + 5 >= o;) {
        if (evg_tok_in_static(s->doc, k, en, sizeof en / sizeof *en, EVG_WS_PLAIN)) return 1;
        if (s->doc->tokens.v[k].kind == EVG_TOK_PUNCT && !evg_tok_is(s->doc, k, "'") &&
            !evg_tok_is(s->doc, k, "\xe2\x80\x99"))
            return 0;
        w = evg_tok_text(s->doc, &s->doc->tokens.v[k], &n);
        if (verb_after(s, k) || (n > 3 && memcmp(w + n - 2, "ed", 2) == 0)) return 0;
    }
    return 0;
}

/* A noun of an occasion set ahead right before the date at i, over في/on/يوم
 * and, in Arabic, one adjective with ال ("the elections on October 10",
 * "الانتخابات التشريعية في 10 أكتوبر") that hangs on a preposition, and no
 * past verb right after the date (which ends at end). */
static int occasion_before(const tx_scan *s, size_t i, size_t end)
{
    const tx_ent *e;
    size_t n, k = i;
    if (verb_after(s, end)) return 0;
    while (k > s->first && k + 2 > i && (tx_word_at(s, k - 1, TX_W_IN) || tx_unit_is(s, k - 1, TX_U_DAY))) k--;
    if (k == i || k == s->first) return 0;
    if (tx_kind_at(s, k - 1, TX_OCCASION, &e)) return occasion_governed(s, k - 1);
    if (s->en || k - 1 == s->first || s->doc->tokens.v[k - 1].script != EVG_SCRIPT_ARAB) return 0;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[k - 1], &n);
    return n > 6 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0 && tx_kind_at(s, k - 2, TX_OCCASION, &e) && /* ال */
           occasion_governed(s, k - 2);
}

/* The end of a range whose start is the expression right before the word
 * at w ("from December 2023 to July", "من نوفمبر 2022 حتى مارس"): a
 * year-less month or day takes the first year that puts it after the
 * start (July 2024); after a bare year ("from 2019 to March") it keeps its
 * own reading.  1 when such a start is there. */
static int range_start_year(const tx_scan *s, size_t w, tx_spec *sp)
{
    const evg_doc *d = s->doc;
    int y, m, dd;
    if (!d->timexes.n) return 0;
    const evg_timex *t = &d->timexes.v[d->timexes.n - 1];
    if (t->section != s->section || (size_t)t->tok_end != w || t->type != EVG_TIMEX_DATE || t->begin == EVG_NODATE)
        return 0;
    if (strlen(t->value) < 7 || t->value[4] != '-' || t->value[5] < '0' || t->value[5] > '1') return 1; /* a year */
    evg_civil_from_days(t->begin, &y, &m, &dd);
    sp->y = sp->m > m || (sp->m == m && sp->d > dd) ? y : y + 1;
    return 1;
}

static size_t p_date(const tx_scan *s, size_t i, tx_hit *h)
{
    const tx_ent *e;
    tx_spec sp;
    size_t q = i, end;
    int n;
    memset(&sp, 0, sizeof sp);
    q = leading_weekday(s, q, &sp);
    int v;
    if ((n = tx_dir_en(s, q, &v)) && tx_kind_at(s, q + (size_t)n, TX_MONTH, &e)) {
        if (v) sp.dir = tx_dir_kind(v); /* English: last March */
        else sp.yrel_set = 1;            /* this March: the reference year's */
        q += (size_t)n;
    }
    tx_spec keep = sp;
    if (!(end = date_day_first(s, q, &sp))) {
        sp = keep;
        if (!(end = date_month_first(s, i, q, &sp))) return sp.wd ? weekday_and_day(s, i, q, sp.wd, h) : 0;
    }
    trailing_weekday(s, &end, &sp);
    if (sp.weak && !sp.d && !sp.y && !sp.doubled && !tx_weak_ok(s, q)) return 0;
    if (sp.hijri && !sp.d && !sp.y && ((sp.weak && !weak_hijri_ok(s, i, &sp)) || !hijri_month_context(s, i, end)))
        return 0;
    date_cross_range(s, &end, &sp);
    if (sp.d && !sp.d2) tx_parse_time(s, &end, &sp);
    if (i > s->first && tx_word_at(s, i - 1, TX_W_SINCE) && !sp.dir) sp.dir = TX_D_SINCE;
    if (!sp.y && !sp.d2 && !sp.m2 && (!sp.dir || sp.dir == TX_D_SINCE) && !sp.yrel_set && !sp.mrel_set && !sp.hijri && !sp.wd)
        sp.y = tx_named_year(s, i, end, sp.m, sp.d); /* ثورة 25 يناير: 2011 */
    tx_scan t = *s;
    if (!sp.dir && occasion_before(s, i, end)) t.past_event = 0; /* "backed the elections on October 10" */
    if (!sp.dir && !s->future && s->prefer != EVG_PREFER_FUTURE && start_before(s, i)) {
        sp.dir = TX_D_UNTIL; /* "اعتبارا من الأول من يونيو": the nearest one */
        t.past_event = 0;
    }
    size_t u = until_at(s, i);
    if (u && (tx_word_at(s, u - 1, TX_W_TO) || until_word(s, u - 1))) {
        t.past_event = 0; /* postponed until March; extended until the end of December */
        if (!sp.dir && !s->future && s->prefer != EVG_PREFER_FUTURE && until_word(s, u - 1)) sp.dir = TX_D_UNTIL;
        if (!sp.y && !sp.hijri && sp.m && range_start_year(s, u - 1, &sp)) t.range_end = 1;
    }
    if (!tx_resolve_date(&t, &sp, h)) return 0;
    if (sp.wd && sp.d <= 5 && !weekday_agrees(h->value, sp.wd)) return 0; /* الثلاثاء الثالث من = n-th Tuesday */
    if (!sp.d && sp.m2 == sp.m + 2 && sp.m % 3 == 1 && evg_tok_is(s->doc, end, "quarter") && h->value[4] == '-') {
        snprintf(h->value + 4, sizeof h->value - 4, "-Q%d", (sp.m + 2) / 3); /* the April-June quarter */
        end++;
    }
    return tx_set_hit(h, i, end);
}

/* The month (as year * 12 + month - 1) among k - 1, k, k + 1 whose day d
 * lies nearest the reference date. */
static int nearest_month(const tx_scan *s, int k, int d)
{
    int best = k;
    int32_t gap = INT32_MAX;
    for (int c = k - 1; c <= k + 1; c++) {
        if (d > evg_days_in_month(c / 12, c % 12 + 1)) continue;
        int32_t g = evg_days_from_civil(c / 12, c % 12 + 1, d) - s->dct;
        if (g < 0) g = -g;
        if (g <= gap) gap = g, best = c; /* a tie: the later one */
    }
    return best;
}

/* Day d of the month the clause points to, for a day told without its
 * month at tokens [i, q): the reference month, the next one in a future
 * clause when d is past, the one before in a past clause when d is still
 * ahead; after "until"/حتى (not in a future clause) the nearest, as p_date does. */
static size_t day_of_month_hit(const tx_scan *s, size_t i, size_t q, int d, tx_hit *h)
{
    int y0, m0, d0;
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    int k = y0 * 12 + m0 - 1;
    if (i > s->first && until_word(s, i - 1) && !s->future && s->prefer != EVG_PREFER_FUTURE)
        k = nearest_month(s, k, d); /* "the embargo stays until the 30th" */
    else if (((s->prefer == EVG_PREFER_FUTURE && !s->past) || s->future) && d < d0) k++;
    else if (!(s->prefer == EVG_PREFER_FUTURE && !s->past) && !s->future && d > d0) k--;
    if (d > evg_days_in_month(k / 12, k % 12 + 1)) return 0;
    tx_day_value(evg_days_from_civil(k / 12, k % 12 + 1, d), h->value, sizeof h->value);
    h->type = EVG_TIMEX_DATE;
    h->relative = 1;
    return tx_set_hit(h, i, q);
}

#define AR_YAWM "\xd9\x8a\xd9\x88\xd9\x85" /* يوم */

static int day_number(const evg_doc *d, size_t k);

/* Arabic "يوم 3" with no month: a day of the month the clause points to
 * ("سيعقد الاجتماع يوم 3" on the 20th is the 3rd of next month).  The
 * number is one or two digits and no time word follows it (a month, a
 * unit, "من" are read by the longer forms). */
static size_t ar_day_only(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i + 1;
    int d;
    if (!tx_is(s->doc, i, AR_YAWM) || !(d = day_number(s->doc, q))) return 0;
    q++;
    if (q < s->end && s->doc->tokens.v[q].sent == s->doc->tokens.v[i].sent) {
        const uint32_t timeword = (1u << TX_MONTH) | (1u << TX_HMONTH) | (1u << TX_UNIT) | (1u << TX_CARD) |
                                  (1u << TX_ORD) | (1u << TX_ERA) | (1u << TX_AMPM) | (1u << TX_HOLIDAY);
        if ((s->mask[q] & timeword) || tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_AND) ||
            s->doc->tokens.v[q].kind == EVG_TOK_NUM)
            return 0; /* "يوم 3 مارس", "يوم 3 من الحرب", "يوم 3 و4" */
        if (tx_glued(s, q) && (tx_punct_at(s, q, "/") || tx_dash_at(s, q) || tx_punct_at(s, q, ":") ||
                               (tx_punct_at(s, q, ".") && tx_glued(s, q + 1))))
            return 0; /* "يوم 3/5", "3-5", "3.5" go on */
    }
    return day_of_month_hit(s, i, q, d, h);
}

/* English "on the 15th", "the 1st", "On 24th": a day of the month alone,
 * only when it closes the clause (punctuation or the end follows), so
 * "the first time" and "the 24th anniversary" stay out.  The month is the
 * reference month, moved ahead or back when the day has passed or not
 * come yet and the tense (or --prefer) says so. */
static size_t p_day_only(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int d, lead = 0;
    if (s->dct == EVG_NODATE) return 0;
    if (!s->en) return ar_day_only(s, i, h);
    if (evg_tok_is(s->doc, q, "on")) q++, lead = 1;
    if (tx_word_at(s, q, TX_W_THE)) q++, lead = 1;
    size_t q0 = q;
    if (!lead || !tx_parse_day(s, &q, &d)) return 0;
    if (q < s->end && s->doc->tokens.v[q].sent == s->doc->tokens.v[q0].sent &&
        (s->doc->tokens.v[q].kind != EVG_TOK_PUNCT ||
         (tx_glued(s, q) && (tx_punct_at(s, q, "/") || tx_dash_at(s, q) || tx_punct_at(s, q, ":")))))
        return 0; /* a word follows, or "2/15" goes on */
    if (tx_punct_at(s, q, ".") && tx_glued(s, q) && tx_glued(s, q + 1) && s->doc->tokens.v[q + 1].kind != EVG_TOK_PUNCT)
        return 0; /* "12.VII.2024", "12.5": a dotted number goes on */
    return day_of_month_hit(s, i, q, d, h);
}

/* ---- numeric dates ---- */

static int valid_ymd(int y, int m, int d)
{
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= evg_days_in_month(y, m);
}

static int two_digit_year(int y, int digits)
{
    if (digits == 4) return y;
    if (digits == 2) return y <= 69 ? 2000 + y : 1900 + y;
    return 0;
}

/* Token k as a day number of one or two ASCII digits (1-31), else 0. */
static int day_number(const evg_doc *d, size_t k)
{
    size_t n;
    if (k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_NUM) return 0;
    const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
    if (n < 1 || n > 2 || w[0] < '0' || w[0] > '9' || (n == 2 && (w[1] < '0' || w[1] > '9'))) return 0;
    int v = n == 2 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
    return v >= 1 && v <= 31 ? v : 0;
}

/* An English document that writes its dates day first (British, Irish,
 * Indian, Australian news): more English month names right after a day
 * ("12 March", "on 5 June 2024") than right before one ("March 12"), or a
 * numeric date whose first number can only be a day ("25/03/2024").  Its
 * ambiguous numeric dates ("12/03/2024") are then day first too.  Only the
 * first 4000 tokens are read, so a table of dates stays linear. */
static int day_first_doc(const tx_scan *s)
{
    const evg_doc *d = s->doc;
    const tx_ent *e;
    int df = 0, mf = 0;
    for (size_t k = 0; k < d->tokens.n && k < 4000; k++) { /* the first 4000 tokens: bounded per numeric date */
        if ((s->mask[k] & (1u << TX_MONTH)) && tx_lex(d, k, d->tokens.n, TX_MONTH, &e) && (e->flags & TX_F_EN)) {
            if (k > 0 && day_number(d, k - 1)) df++;
            else if (day_number(d, k + 1)) mf++;
        } else if (day_number(d, k) > 12 && k + 2 < d->tokens.n && evg_tok_is(d, k + 1, "/") &&
                   day_number(d, k + 2) && day_number(d, k + 2) <= 12) {
            df++;
        }
    }
    return df > mf;
}

/* Three numbers: Y-M-D when the first has four digits, else D/M/Y (M/D/Y in
 * English text when that is the only valid reading or the first is <= 12,
 * unless the document writes its dates day first, day_first_doc; not with
 * dots: "12.07.2023" is European, day first everywhere). */
static int numeric_parts(const tx_scan *s, const int v[3], const int nd[3], int dotted, tx_spec *sp)
{
    if (nd[0] == 4) {
        sp->y = v[0]; sp->m = v[1]; sp->d = v[2];
        return nd[1] <= 2 && nd[2] <= 2 && valid_ymd(sp->y, sp->m, sp->d);
    }
    int y = two_digit_year(v[2], nd[2]);
    if (nd[0] > 2 || nd[1] > 2 || !y) return 0;
    int dm = valid_ymd(y, v[1], v[0]), md = valid_ymd(y, v[0], v[1]);
    int month_first = s->en && !dotted ? md && !(dm && day_first_doc(s)) : (!dm && md);
    if (!dm && !md) return 0;
    sp->y = y;
    sp->m = month_first ? v[0] : v[1];
    sp->d = month_first ? v[1] : v[0];
    return 1;
}

/* "14.03.2024" kept as one token by the tokeniser. */
static int numeric_one_token(const tx_scan *s, size_t i, int v[3], int nd[3])
{
    size_t n;
    if (i >= s->doc->tokens.n) return 0;
    const evg_token *t = &s->doc->tokens.v[i];
    if (t->kind != EVG_TOK_NUM) return 0;
    const char *p = evg_tok_text(s->doc, t, &n);
    int k = 0;
    v[0] = v[1] = v[2] = nd[0] = nd[1] = nd[2] = 0;
    for (size_t j = 0; j < n; j++) {
        if (p[j] == '.') { if (++k > 2) return 0; continue; }
        if (p[j] < '0' || p[j] > '9' || nd[k] >= 4) return 0;
        v[k] = v[k] * 10 + (p[j] - '0');
        nd[k]++;
    }
    return k == 2 && nd[2] > 0;
}

/* Numbers glued by one separator: "12/7/2025", "2023-09-24" (3 parts) or
 * "2/2013", "2014-10" (2 parts).  Returns the number of parts, 0 if none. */
static int numeric_tokens(const tx_scan *s, size_t i, int v[3], int nd[3])
{
    if (!(nd[0] = tx_num_at(s, i, &v[0])) || !tx_glued(s, i + 1) || !tx_glued(s, i + 2)) return 0;
    int slash = tx_punct_at(s, i + 1, "/");
    if ((!slash && !tx_dash_at(s, i + 1)) || !(nd[1] = tx_num_at(s, i + 2, &v[1]))) return 0;
    int same = slash ? tx_punct_at(s, i + 3, "/") : tx_dash_at(s, i + 3);
    if (same && tx_glued(s, i + 3) && tx_glued(s, i + 4) && (nd[2] = tx_num_at(s, i + 4, &v[2]))) return 3;
    return slash ? -2 : 2; /* -2: the separator was a slash */
}

/* Month and year of two parts: YYYY-MM or M/YYYY. */
static int month_year(const int v[3], const int nd[3], int slash, tx_spec *sp)
{
    if (nd[0] == 4 && nd[1] <= 2 && v[1] >= 1 && v[1] <= 12) {
        sp->y = v[0];
        sp->m = v[1];
        return 1;
    }
    if (slash && nd[1] == 4 && nd[0] <= 2 && v[0] >= 1 && v[0] <= 12) {
        sp->y = v[1];
        sp->m = v[0];
        return 1;
    }
    return 0;
}

/* A year-less "2/15" (English: month first, unless the document writes its
 * dates day first) or "15/2" (Arabic: day first),
 * only after a preposition (on, في, يوم, بتاريخ) or as a whole sentence:
 * fractions and scores stay out. */
static int month_day(const tx_scan *s, size_t i, const int v[3], const int nd[3], tx_spec *sp)
{
    int mf = s->en || v[1] > 12; /* day first unless only month first reads */
    int m = mf ? v[0] : v[1], d = mf ? v[1] : v[0];
    if (nd[0] > 2 || nd[1] > 2 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    if (tx_word_at(s, i + 3, TX_W_FROM) || tx_word_at(s, i + 3, TX_W_OF)) return 0; /* 3/4 of: a fraction */
    if ((sp->y = tx_named_year(s, i, i + 3, m, d))) { /* the 9/11 attacks */
        sp->m = m;
        sp->d = d;
        return 1;
    }
    int ctx = tx_month_context(s, i) || (i > s->first && tx_unit_is(s, i - 1, TX_U_DAY));
    if (i > s->first && tx_is(s->doc, i - 1, "\xd8\xa8\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae")) ctx = 1; /* بتاريخ */
    if (!ctx && !(i == s->first && (i + 3 >= s->end || s->doc->tokens.v[i + 3].sent != s->doc->tokens.v[i].sent)))
        return 0;
    if (s->en && v[0] <= 12 && v[1] <= 12 && day_first_doc(s)) m = v[1], d = v[0]; /* British "on 2/4" */
    sp->m = m;
    sp->d = d;
    return 1;
}

/* "2 / 15", "2 - 15" as a whole sentence (a heading): two numbers apart. */
static int heading_pair(const tx_scan *s, size_t i, int v[3], int nd[3])
{
    if (!(nd[0] = tx_num_at(s, i, &v[0])) || !(tx_punct_at(s, i + 1, "/") || tx_dash_at(s, i + 1))) return 0;
    if (!(nd[1] = tx_num_at(s, i + 2, &v[1]))) return 0;
    return tx_whole_sentence(s, i, i + 3);
}

/* A month in capital Roman numerals at token k (I .. XII), else 0. */
static int roman_month(const tx_scan *s, size_t k)
{
    static const char *const r[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    if (k >= s->end || s->doc->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const evg_token *t = &s->doc->tokens.v[k];
    size_t n = (size_t)(t->oe - t->os);
    for (int m = 0; m < 12; m++)
        if (strlen(r[m]) == n && memcmp(s->doc->raw.p + t->os, r[m], n) == 0) return m + 1;
    return 0;
}

/* A separator of a numeric date glued to both sides at k: . / - */
static int date_sep(const tx_scan *s, size_t k)
{
    return (tx_punct_at(s, k, ".") || tx_punct_at(s, k, "/") || tx_dash_at(s, k)) && tx_glued(s, k) && tx_glued(s, k + 1);
}

/* A day, a Roman-numeral month and a four-digit year joined by dots,
 * slashes or dashes ("12.VII.2024", "3-XI-2023"), as Central and Eastern
 * European registers write them (not with spaces: "12 V 2024" may be a
 * chapter or a volume).  End or 0. */
static size_t roman_date(const tx_scan *s, size_t i, tx_spec *sp)
{
    int d = 0, y, m;
    size_t q = i + 1;
    int nd = tx_num_at(s, i, &d);
    if (nd < 1 || nd > 2) return 0; /* a day of one or two digits opens it */
    if (!date_sep(s, q++) || !(m = roman_month(s, q++)) || !date_sep(s, q++)) return 0;
    if (tx_num_at(s, q, &y) != 4 || !valid_ymd(y, m, d)) return 0;
    sp->y = y;
    sp->m = m;
    sp->d = d;
    return q + 1;
}

static size_t p_numeric(const tx_scan *s, size_t i, tx_hit *h)
{
    int v[3], nd[3], parts = 3, dotted = 1;
    tx_spec sp;
    size_t end = i + 1;
    memset(&sp, 0, sizeof sp);
    if ((end = roman_date(s, i, &sp))) return tx_resolve_date(s, &sp, h) ? tx_set_hit(h, i, end) : 0;
    end = i + 1;
    if (i > s->first && s->doc->tokens.v[i - 1].kind == EVG_TOK_PUNCT && tx_glued(s, i) &&
        (tx_punct_at(s, i - 1, "/") || tx_dash_at(s, i - 1)))
        return 0; /* inside a longer number sequence */
    if (!numeric_one_token(s, i, v, nd)) {
        dotted = 0;
        parts = numeric_tokens(s, i, v, nd);
        end = i + (parts == 3 ? 5 : 3);
        if (!parts && heading_pair(s, i, v, nd)) parts = -2;
        if (parts == 2 && tx_whole_sentence(s, i, end)) parts = -2; /* "2-15" alone */
    }
    if (parts != 3) {
        if (!parts || (!month_year(v, nd, parts < 0, &sp) && !(parts < 0 && month_day(s, i, v, nd, &sp))) ||
            !tx_resolve_date(s, &sp, h))
            return 0;
        return tx_set_hit(h, i, end);
    }
    if (!numeric_parts(s, v, nd, dotted, &sp)) return 0;
    const tx_ent *e;
    int n = tx_kind_at(s, end, TX_ERA, &e);
    if ((n && e->val == 1) || (!s->en && !n && sp.y >= 1300 && sp.y < 1600)) {
        sp.hijri = 1; /* 18/5/1446هـ: a Hijri day */
        end += (size_t)n;
    }
    if (evg_tok_is(s->doc, end, "t") && tx_glued(s, end) && tx_glued(s, end + 1)) {
        size_t r = end + 1; /* 2024-03-14T10:00 */
        if (tx_parse_time(s, &r, &sp)) end = r;
    } else {
        tx_parse_time(s, &end, &sp);
    }
    if (!tx_resolve_date(s, &sp, h)) return 0;
    return tx_set_hit(h, i, end);
}

/* ---- years ---- */

/* An English possessive right before token i ("Boric's", "the country's",
 * however the tokeniser split it; "its", "their"). */
static int possessive_before(const tx_scan *s, size_t i)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[i - 1], &n);
    static const char *pron[] = {"its", "his", "her", "their", "our", "my", "your", "whose"};
    if (s->doc->tokens.v[i - 1].script != EVG_SCRIPT_LATN && s->doc->tokens.v[i - 1].kind != EVG_TOK_PUNCT) return 0;
    for (size_t k = 0; k < sizeof pron / sizeof *pron; k++)
        if (evg_tok_is(s->doc, i - 1, pron[k])) return 1; /* "its 2016 deal" */
    if ((n >= 2 && memcmp(w + n - 2, "'s", 2) == 0) || (n >= 4 && memcmp(w + n - 4, "\xe2\x80\x99s", 4) == 0)) return 1;
    return n == 1 && w[0] == 's' && i >= s->first + 2 &&
           (tx_punct_at(s, i - 2, "'") || tx_punct_at(s, i - 2, "\xe2\x80\x99"));
}

/* A number in 1950..2049 that is not a round hundred (2000 is as often a
 * count): a year after a possessive ("the party's 2021 campaign"). */
static int likely_year(const tx_scan *s, size_t i)
{
    int v;
    return tx_num_at(s, i, &v) == 4 && v >= 1950 && v <= 2049 && v % 100 != 0;
}

/* "by 2030" is a year unless a word other than a function word follows
 * ("fell by 1200 points"). */
static int by_year(const tx_scan *s, size_t i)
{
    int v;
    if (tx_num_at(s, i, &v) != 4 || v < 1900 || v > 2100) return 0;
    if (i + 1 >= s->end || s->doc->tokens.v[i + 1].kind != EVG_TOK_WORD) return 1;
    return (s->mask[i + 1] & (1u << TX_WORD)) != 0;
}

/* A fiscal or school year's name right before a year: "fiscal 2025",
 * "FY2025", "السنة المالية 2025", "العام الدراسي 2024-2025". */
static int fiscal_before(const tx_scan *s, size_t i)
{
    static const char *adj[] = {"\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a",                 /* المالي */
                                "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87",       /* الماليه */
                                "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xb1\xd8\xa7\xd8\xb3\xd9\x8a",       /* الدراسي */
                                "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xb1\xd8\xa7\xd8\xb3\xd9\x8a\xd9\x87"}; /* الدراسيه */
    if (evg_tok_is(s->doc, i - 1, "fiscal") || evg_tok_is(s->doc, i - 1, "fy")) return 1;
    if (i < s->first + 2 || !tx_unit_is(s, i - 2, TX_U_YEAR)) return 0;
    for (size_t k = 0; k < sizeof adj / sizeof *adj; k++)
        if (evg_tok_is(s->doc, i - 1, adj[k])) return 1;
    return 0;
}

/* A year compared with: "compared with 2023", "versus 2022", "مقارنة مع
 * 2023", "مقارنة بـ2022", "قياسا بـ2021", "مقابل 2020" (a number of a likely
 * year right after a word of comparison and its preposition). */
static int compared_year(const tx_scan *s, size_t i)
{
    static const char *cmp[] = {"compared", "comparison", "versus", "vs", "against",
                                "\xd9\x85\xd9\x82\xd8\xa7\xd8\xb1\xd9\x86\xd9\x87",                 /* مقارنه */
                                "\xd8\xa8\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa7\xd8\xb1\xd9\x86\xd9\x87", /* بالمقارنه */
                                "\xd9\x82\xd9\x8a\xd8\xa7\xd8\xb3\xd8\xa7",                         /* قياسا */
                                "\xd9\x85\xd9\x82\xd8\xa7\xd8\xa8\xd9\x84"};                        /* مقابل */
    static const char *prep[] = {"with", "to", "\xd9\x85\xd8\xb9", "\xd8\xa8"}; /* مع ب */
    size_t k = i - 1, n = sizeof cmp / sizeof *cmp;
    if (!likely_year(s, i)) return 0;
    if (i + 1 < s->end && s->doc->tokens.v[i + 1].sent == s->doc->tokens.v[i].sent &&
        s->doc->tokens.v[i + 1].kind != EVG_TOK_PUNCT && !(s->mask[i + 1] & (1u << TX_WORD)))
        return 0; /* "compared with 1985 cases": a count */
    if (evg_tok_in_static(s->doc, k, prep, sizeof prep / sizeof *prep, EVG_WS_PLAIN)) {
        if (k == s->first) return 0;
        k--;
    }
    return evg_tok_in_static(s->doc, k, cmp, n, EVG_WS_WAW_FA);
}

/* Words before a number that make it no year: prepositions and verbs of
 * amounts ("على 2015", "بلغ 2016"), and nouns of numbered things ("قرار
 * 1973" is a Security Council resolution, "رقم 2015", "طراز 1990"). */
static const char *const ar_not_year_before[] = {
    "\xd8\xb9\xd9\x84\xd9\x8a",                         /* علي (على folded) */
    "\xd8\xb9\xd9\x86",                                   /* عن */
    "\xd8\xa7\xd9\x84\xd9\x8a",                         /* الي (إلى folded) */
    "\xd8\xad\xd8\xaa\xd9\x8a",                         /* حتي (حتى folded) */
    "\xd9\x86\xd8\xad\xd9\x88",                         /* نحو */
    "\xd8\xad\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a",     /* حوالي */
    "\xd9\x82\xd8\xb1\xd8\xa7\xd8\xa8\xd9\x87",     /* قرابه */
    "\xd8\xa8\xd9\x84\xd8\xba",                         /* بلغ */
    "\xd8\xa8\xd9\x84\xd8\xba\xd8\xaa",               /* بلغت */
    "\xd8\xb3\xd8\xac\xd9\x84",                         /* سجل */
    "\xd8\xb3\xd8\xac\xd9\x84\xd8\xaa",               /* سجلت */
    "\xd8\xb9\xd8\xaf\xd8\xaf",                         /* عدد */
    "\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1",               /* قرار */
    "\xd8\xb1\xd9\x82\xd9\x85",                         /* رقم */
    "\xd8\xb7\xd8\xb1\xd8\xa7\xd8\xb2",               /* طراز */
    "\xd9\x85\xd8\xa7\xd8\xaf\xd9\x87",               /* ماده */
    "\xd8\xa8\xd9\x86\xd8\xaf",                         /* بند */
    "\xd9\x81\xd9\x82\xd8\xb1\xd9\x87",               /* فقره */
    NULL};

/* 1 when the folded word at token k begins with the article (ال, وال, لل, بال, كال). */
static int ar_definite(const tx_scan *s, size_t k)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[k], &n);
    if ((n > 4 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0) || (n > 6 && memcmp(w, "\xd9\x88\xd8\xa7\xd9\x84", 6) == 0))
        return 1;
    if (n > 6 && memcmp(w, "\xd9\x84\xd9\x84", 4) == 0) return 1; /* لل: ل + ال ("للمرة الأولى") */
    return n > 8 && (memcmp(w, "\xd8\xa8\xd8\xa7\xd9\x84", 6) == 0 || memcmp(w, "\xd9\x83\xd8\xa7\xd9\x84", 6) == 0); /* بال كال */
}

/* An Arabic year named by the noun before it, "دستور 2005", "انتخابات 2018
 * التشريعية", "حرب 1967": a number of 1900..2049 (not a round hundred) right
 * after an indefinite Arabic noun of no time vocabulary (the first noun of a
 * construct) and before the end of the clause, a function word, a
 * preposition or a definite adjective.  A count is followed by the indefinite
 * noun it counts ("قتل 2015 شخصا") or by من ("2014 من الجنود"). */
static int ar_construct_year(const tx_scan *s, size_t i)
{
    static const char *prep[] = {"\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xb9\xd9\x86", "\xd9\x81\xd9\x8a", NULL}; /* على (folded) عن في */
    const evg_token *t = s->doc->tokens.v;
    size_t n;
    int v;
    if (tx_num_at(s, i, &v) != 4 || v < 1900 || v > 2049 || v % 100 == 0) return 0;
    if (t[i - 1].kind != EVG_TOK_WORD || t[i - 1].script != EVG_SCRIPT_ARAB || s->mask[i - 1] || tx_glued(s, i) ||
        ar_definite(s, i - 1) || evg_tok_in_static(s->doc, i - 1, ar_not_year_before, (size_t)-1, EVG_WS_WAW_FA))
        return 0;
    evg_tok_text(s->doc, &t[i - 1], &n);
    if (n < 6) return 0; /* a word of two letters is a particle */
    if (i + 1 >= s->end || t[i + 1].sent != t[i].sent || t[i + 1].kind == EVG_TOK_PUNCT) return 1;
    if (t[i + 1].kind != EVG_TOK_WORD || t[i + 1].script != EVG_SCRIPT_ARAB || tx_word_at(s, i + 1, TX_W_FROM))
        return 0;
    return (s->mask[i + 1] & (1u << TX_WORD)) || ar_definite(s, i + 1) ||
           evg_tok_in_static(s->doc, i + 1, prep, (size_t)-1, EVG_WS_WAW_FA);
}

static int year_context(const tx_scan *s, size_t i)
{
    static const int ws[] = {TX_W_IN, TX_W_SINCE, TX_W_FROM, TX_W_TO, TX_W_BETWEEN, TX_W_OF,
                             TX_W_WITHIN, TX_W_BEFORE, TX_W_AFTER, TX_W_THE};
    const tx_ent *e;
    if (i <= s->first) return 0;
    for (size_t k = 0; k < sizeof ws / sizeof *ws; k++)
        if (tx_word_at(s, i - 1, ws[k]) == 1) return 1;
    if (tx_is(s->doc, i - 1, "\xd8\xa8\xd8\xad\xd9\x84\xd9\x88\xd9\x84")) return 1; /* بحلول 2030 */
    if ((evg_tok_is(s->doc, i - 1, "by") && by_year(s, i)) || (possessive_before(s, i) && likely_year(s, i)))
        return 1; /* by 2030, Boric's 2021 campaign */
    if ((evg_tok_is(s->doc, i - 1, "a") || evg_tok_is(s->doc, i - 1, "an")) && likely_year(s, i) && i + 1 < s->end &&
        s->doc->tokens.v[i + 1].kind == EVG_TOK_WORD && !tx_glued(s, i + 1))
        return 1; /* a 2019 report, a 2016 law */
    return tx_kind_at(s, i - 1, TX_PART, &e) == 1 || fiscal_before(s, i) || /* late 2023, fiscal 2025 */
           compared_year(s, i) || ar_construct_year(s, i);
}

/* A season or fiscal pair written with a slash, glued: "2024/25",
 * "2023/2024" (the second year is the next one; "2024/5/12" is a date and
 * "2001/02/03" goes on with a third number). */
static int slash_year_pair(const tx_scan *s, size_t q, int y, int *y2)
{
    int v, nd;
    if (!tx_punct_at(s, q, "/") || !tx_glued(s, q) || !tx_glued(s, q + 1)) return 0;
    if ((nd = tx_num_at(s, q + 1, &v)) == 2) v += y / 100 * 100;
    else if (nd != 4) return 0;
    if (v != y + 1 || (tx_glued(s, q + 2) && (tx_punct_at(s, q + 2, "/") || tx_dash_at(s, q + 2)))) return 0;
    *y2 = v;
    return 1;
}

/* A second year: "-1953", "-53", "إلى 2021", "and 2021", "/25". */
static int parse_year_tail(const tx_scan *s, size_t *p, int y, int *y2)
{
    size_t q = *p;
    int n, v, nd;
    if (slash_year_pair(s, q, y, y2)) {
        *p = q + 2;
        return 1;
    }
    int dash = tx_dash_at(s, q);
    if (dash) q++;
    else if ((n = tx_word_at(s, q, TX_W_TO)) || (n = tx_word_at(s, q, TX_W_AND))) q += (size_t)n;
    else return 0;
    if (!dash && tx_unit_is(s, q, TX_U_YEAR)) q++;
    if (!(nd = tx_num_at(s, q, &v))) return 0;
    if (nd == 2 && dash) v += y / 100 * 100;
    else if (nd != 4) return 0;
    if (v <= y || v - y > 100) return 0;
    *y2 = v;
    *p = q + 1;
    return 1;
}

static size_t hijri_year_hit(size_t i, size_t end, int hy, tx_hit *h)
{
    int len;
    char a[16], b[16];
    int32_t first = tx_hijri_to_days(hy, 1, 0, &len);
    int32_t last = tx_hijri_to_days(hy, 12, 0, &len);
    if (first == EVG_NODATE || last == EVG_NODATE) return 0;
    tx_day_value(first, a, sizeof a);
    tx_day_value(last + len - 1, b, sizeof b);
    snprintf(h->value, sizeof h->value, "%s/%s", a, b);
    h->type = EVG_TIMEX_DATE;
    return tx_set_hit(h, i, end);
}

/* A year opening its sentence as the subject of a verb ("2019 was a hard
 * year", "2023 saw record heat", "2019 كان عاماً صعباً"), 1900-2099: a
 * count of things would be followed by a noun ("2019 people"). */
static int year_subject(const tx_scan *s, size_t i, int v)
{
    static const char *verb[] = {"was", "is", "will", "saw", "has", "had", "marked", "brought", "began",
                                 "ended", "became", "proved", "\xd9\x83\xd8\xa7\xd9\x86",  /* كان */
                                 "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa",                        /* كانت */
                                 "\xd8\xb4\xd9\x87\xd8\xaf",                                  /* شهد */
                                 "\xd8\xb4\xd9\x87\xd8\xaf\xd8\xaa"};                       /* شهدت */
    const evg_token *t = s->doc->tokens.v;
    int opens = i == s->first || t[i - 1].sent != t[i].sent || /* "failed. 2019 was": one ICU sentence */
                (tx_punct_at(s, i - 1, ".") && !tx_glued(s, i));
    if (!opens || v < 1900 || v > 2099 || i + 1 >= s->end) return 0;
    for (size_t k = 0; k < sizeof verb / sizeof *verb; k++)
        if (evg_tok_is(s->doc, i + 1, verb[k])) return 1;
    return 0;
}

/* "the '90s", "the late '70s": two digits ending in 0 after a glued
 * apostrophe and before a glued s.  The decade of the 1900s, or of the
 * 2000s when that one ended before the reference year ('10s in 2024; the
 * '20s stay the 1920s), as years (the contract's form for decades). */
static size_t apostrophe_decade(const tx_scan *s, size_t i, tx_hit *h)
{
    int v, y, m, d, c = 1900;
    if (i == s->first || tx_num_at(s, i, &v) != 2 || v % 10 != 0 || !tx_glued(s, i) || !tx_glued(s, i + 1) ||
        !(tx_punct_at(s, i - 1, "'") || tx_punct_at(s, i - 1, "\xe2\x80\x99")) || !evg_tok_is(s->doc, i + 1, "s"))
        return 0;
    if (s->dct != EVG_NODATE) {
        evg_civil_from_days(s->dct, &y, &m, &d);
        if (2000 + v + 9 < y) c = 2000;
    }
    h->type = EVG_TIMEX_DATE;
    snprintf(h->value, sizeof h->value, "%04d/%04d", c + v, c + v + 9);
    return tx_set_hit(h, i, i + 2);
}

/* A bare number after a preposition that is a count, not a year: before
 * 1800 ("ارتفعت الحصيلة إلى 1200"), or a round hundred before an Arabic
 * noun of no time ("إلى 2000 قتيل"; a year is followed by a verb, a
 * preposition or punctuation). */
static int count_not_year(const tx_scan *s, size_t i, int v)
{
    const evg_token *t = s->doc->tokens.v;
    if (v < 1800) return 1;
    return v % 100 == 0 && i + 1 < s->end && t[i + 1].kind == EVG_TOK_WORD && t[i + 1].script == EVG_SCRIPT_ARAB &&
           !s->mask[i + 1] && !tx_glued(s, i + 1);
}

static size_t p_year(const tx_scan *s, size_t i, tx_hit *h)
{
    tx_spec sp;
    size_t q = i;
    int v = 0;
    size_t dec = apostrophe_decade(s, i, h);
    if (dec) return dec;
    memset(&sp, 0, sizeof sp);
    int bare = ((tx_num_at(s, i, &v) == 4 && v >= 1000 && v <= 2999) ||
                (!tx_num_at(s, i, &v) && i < s->end && s->doc->tokens.v[i].script == EVG_SCRIPT_LATN)) &&
               (year_context(s, i) || (tx_dash_at(s, i + 1) && tx_glued(s, i + 1)) || slash_year_pair(s, i + 1, v, &(int){0}) ||
                tx_whole_sentence(s, i, i + 1) ||
                year_subject(s, i, v));
    if (bare && v && !tx_whole_sentence(s, i, i + 1) && count_not_year(s, i, v)) bare = 0;
    if (!tx_parse_year(s, &q, &sp, bare)) return 0;
    if (sp.hijri) return hijri_year_hit(i, q, sp.y, h);
    if (sp.y % 10 == 0 && q == i + 1 && tx_glued(s, q) && evg_tok_is(s->doc, q, "s")) {
        h->type = EVG_TIMEX_DATE; /* the 1990s: the decade as years (the contract's form) */
        snprintf(h->value, sizeof h->value, "%04d/%04d", sp.y, sp.y + 9);
        return tx_set_hit(h, i, q + 1);
    }
    parse_year_tail(s, &q, sp.y, &sp.y2);
    if (!tx_resolve_date(s, &sp, h)) return 0;
    return tx_set_hit(h, i, q);
}

/* ---- driver ---- */

/*
 * Speed: which parsers may match at token i.  Each parser lists the first
 * tokens it can read (its need): a number, a word of a vocabulary kind, a
 * function word of a given value, or one of the literal words below that
 * some parser compares with its first token.  A token's class holds the same
 * bits, and a parser whose need shares none with it is not tried (most
 * starts are prepositions no parser but a few can open).  A parser with need
 * 0 is always tried: a new parser needs no class to be correct.  A build with
 * -DEVG_CHECK_MASKS runs every skipped parser too and aborts if one matches.
 */
typedef size_t (*tx_parser)(const tx_scan *, size_t, tx_hit *);
typedef struct {
    tx_parser parse;
    uint64_t need; /* TXC_* bits of a first token it may read; 0: any */
} tx_entry;

_Static_assert(TX_NKINDS <= 32 && TX_W_INTHE < 23, "the token class has bits for 31 kinds and 22 words");
#define TXC_NUM 1ull                  /* a number token (no kind is 0) */
#define TXC_K(kind) (1ull << (kind))  /* a word with an entry of this kind: its bit of tx_kind_masks */
#define TXC_W(w) (1ull << (32 + (w))) /* the function word w (tx_word_at) */
#define TXC_L(g) (1ull << (55 + (g))) /* a word of literal group g (lit_groups) */

/* Words some parser compares with its first token by their text (tx_is,
 * evg_tok_is) rather than by their kind, in groups by the parsers that ask. */
#define LIT_YOMI "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a" /* يومي: p_date, weekday */
#define LIT_A "a"                                   /* "a week on Monday": weekday */
#define LIT_ON "on"                                 /* day_only */
#define LIT_LAST AR_AKHIR, AR_ALAKHIR, "last"       /* parse_nth: nth_week, nth_weekday, quarter */
#define LIT_Q "q", "final"                          /* quarter */
#define LIT_DAY AR_ALYAWM, "day", "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87" /* الليله */, "night", "evening", \
    "morning", "afternoon"                         /* anaphoric_day, nth_weekday, holiday_day */
#define LIT_HOUR "noon", "midnight", "midday", "\xd9\x85\xd9\x86\xd8\xaa\xd8\xb5\xd9\x81" /* منتصف: clock */
#define LIT_WEEK "week", "closest", "nearest"      /* week_of, closest */
#define LIT_NTH "first", "second", "third", "fourth", "\xd8\xa7\xd9\x88\xd9\x84" /* اول */, \
    "\xd8\xab\xd8\xa7\xd9\x86\xd9\x8a" /* ثاني */, "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab" /* ثالث */, \
    "\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb9" /* رابع: holiday_day, first_months */
static const char *const lit_yomi[] = {LIT_YOMI, NULL}, *const lit_a[] = {LIT_A, NULL},
                         *const lit_on[] = {LIT_ON, NULL}, *const lit_last[] = {LIT_LAST, NULL},
                         *const lit_q[] = {LIT_Q, NULL}, *const lit_day[] = {LIT_DAY, NULL},
                         *const lit_hour[] = {LIT_HOUR, NULL}, *const lit_week[] = {LIT_WEEK, NULL},
                         *const lit_nth[] = {LIT_NTH, NULL};
static const char *const *const lit_groups[] = {lit_yomi, lit_a,    lit_on,   lit_last, lit_q,
                                                lit_day,  lit_hour, lit_week, lit_nth};
#define L_YOMI TXC_L(0)
#define L_A TXC_L(1)
#define L_ON TXC_L(2)
#define L_LAST TXC_L(3)
#define L_Q TXC_L(4)
#define L_DAY TXC_L(5)
#define L_HOUR TXC_L(6)
#define L_WEEK TXC_L(7)
#define L_NTH TXC_L(8)
/* All of them: one look-up tells most tokens apart from every group. */
static const char *const first_literals[] = {LIT_YOMI, LIT_A, LIT_ON, LIT_LAST, LIT_Q,
                                             LIT_DAY, LIT_HOUR, LIT_WEEK, LIT_NTH, NULL};

/* The class of token i (i < s->end): the bits a parser's need is tested against. */
static uint64_t token_class(const tx_scan *s, size_t i)
{
    const evg_token *t = &s->doc->tokens.v[i];
    const tx_ent *e;
    if (t->kind == EVG_TOK_NUM) return TXC_NUM;
    if (t->kind != EVG_TOK_WORD) return 0;
    uint64_t c = s->mask[i];
    if (tx_kind_at(s, i, TX_WORD, &e)) c |= TXC_W(e->val);
    if (evg_tok_in_static(s->doc, i, first_literals, (size_t)-1, EVG_WS_WAW_FA))
        for (size_t g = 0; g < sizeof lit_groups / sizeof *lit_groups; g++)
            if (evg_tok_in_static(s->doc, i, lit_groups[g], (size_t)-1, EVG_WS_WAW_FA)) c |= TXC_L(g);
    return c;
}

/* The needs of the parsers (N_ + the family): the first tokens each can read. */
#define THE TXC_W(TX_W_THE)
#define THIS TXC_W(TX_W_THIS)
#define K TXC_K
#define N_DATE (TXC_NUM | K(TX_UNIT) | K(TX_WEEKDAY) | K(TX_DIR) | K(TX_REL) | K(TX_ORD) | K(TX_MONTH) | \
    K(TX_HMONTH) | THE | THIS | L_YOMI)
#define N_NUMERIC (TXC_NUM)
#define N_YEAR (TXC_NUM | K(TX_UNIT) | K(TX_CARD))
#define N_RELDAY (K(TX_DAYPART) | K(TX_REL))
#define N_WEEKDAY (K(TX_UNIT) | K(TX_DIR) | K(TX_WEEKDAY) | THIS | L_YOMI | L_A)
#define N_UNITDIR (K(TX_UNIT) | K(TX_DIR) | THIS)
#define N_SEASON (K(TX_SEASON) | K(TX_DIR) | THIS | TXC_W(TX_W_THAT)) /* that summer, ذلك الصيف */
#define N_QUARTER (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | K(TX_DIR) | THE | L_LAST | L_Q)
#define N_HOLIDAY (K(TX_HOLIDAY) | K(TX_DIR))
#define N_CENTURY (TXC_NUM | K(TX_ORD) | K(TX_DIR) | THE | THIS | TXC_W(TX_W_CENTURY))
#define N_NTH_WEEKDAY (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | K(TX_WEEKDAY) | THE | L_LAST | L_DAY)
#define N_LAST_N (TXC_NUM | K(TX_CARD) | K(TX_DIR) | K(TX_UNIT))
#define N_ANAPHORIC_DAY (K(TX_DAYPART) | K(TX_UNIT) | K(TX_REL) | K(TX_DIR) | THE | TXC_W(TX_W_THAT) | \
    TXC_W(TX_W_SAME) | TXC_W(TX_W_INTHE) | TXC_W(TX_W_STORYDAY) | L_DAY)
#define N_WEEKEND (K(TX_WEEKEND) | K(TX_DIR) | THE | THIS)
#define N_HALF (K(TX_HALF) | THE)
#define N_DURATION (TXC_NUM | K(TX_CARD) | K(TX_UNIT) | K(TX_APPROX) | TXC_W(TX_W_BEFORE) | TXC_W(TX_W_SINCE) | \
    TXC_W(TX_W_AFTER) | TXC_W(TX_W_WITHIN) | TXC_W(TX_W_IN) | TXC_W(TX_W_FOR))
#define N_VAGUE (K(TX_VAGUE))
#define N_PART (K(TX_PART))
#define N_CLOCK (TXC_NUM | K(TX_ORD) | K(TX_PART) | TXC_W(TX_W_HOUR) | L_HOUR)
#define N_NWEEKDAYS (TXC_NUM | K(TX_CARD))
#define N_NTH_WEEK (TXC_NUM | K(TX_ORD) | K(TX_UNIT) | THE | L_LAST)
#define N_DAY_ONLY (THE | TXC_W(TX_W_IN) | L_ON | K(TX_UNIT)) /* Arabic "يوم 3": a unit word */
#define N_WEEK_OF (K(TX_UNIT) | THE | L_WEEK)
#define N_DECADE (K(TX_DECADE))
#define N_CLOSEST (TXC_NUM | K(TX_ORD) | THE | L_WEEK)
#define N_WEEKDAY_AFTER (K(TX_ORD) | THE)
#define N_WEEKDAY_RANGE (K(TX_WEEKDAY) | K(TX_UNIT))
#define N_EVE (K(TX_EVE))
#define N_THIS_DAY (K(TX_DIR) | THIS)
#define N_FIRST_MONTHS (K(TX_UNIT) | THE | L_NTH)
#define N_MONTHS_TO (K(TX_UNIT) | THE)
#define N_NIGHT_PAIR (K(TX_WEEKDAY))
#define N_HOLIDAY_DAY (K(TX_ORD) | K(TX_REL) | THE | L_NTH | L_DAY)
#define N_UNIT_NEXT (K(TX_UNIT) | K(TX_REL) | THE) /* the year after, العام الذي تلاه, اليوم الذي سبقه */
#define N_DAYS_RUN (K(TX_CARD) | K(TX_UNIT) | THE | L_NTH | L_LAST | L_Q | TXC_W(TX_W_IN) | TXC_W(TX_W_WITHIN) | \
    TXC_W(TX_W_FOR)) /* العشر, الأيام, the, first, last, final, and a preposition before them */

static size_t longest(const tx_scan *s, size_t i, tx_hit *out, const tx_entry *ps, size_t np)
{
    size_t best = 0;
    if (i >= s->end || i >= s->doc->tokens.n) return 0; /* a parser may ask for what follows the last token */
    uint64_t cls = token_class(s, i);
    for (size_t k = 0; k < np; k++) {
        tx_hit h;
        if (ps[k].need && !(ps[k].need & cls)) {
#ifdef EVG_CHECK_MASKS
            memset(&h, 0, sizeof h);
            if (ps[k].parse(s, i, &h)) {
                fprintf(stderr, "EVG_CHECK_MASKS: time parser %zu skipped at token %zu (class %llx) matches\n", k, i,
                        (unsigned long long)cls);
                abort();
            }
#endif
            continue;
        }
        memset(&h, 0, sizeof h);
        size_t e = ps[k].parse(s, i, &h);
        if (e > best) {
            best = e;
            *out = h;
        }
    }
    return best;
}

size_t tx_parse_plain(const tx_scan *s, size_t i, tx_hit *h)
{
    static const tx_entry ps[] = {
        {p_date, N_DATE}, {p_numeric, N_NUMERIC}, {p_year, N_YEAR}, {tx_p_relday, N_RELDAY},
        {tx_p_weekday, N_WEEKDAY}, {tx_p_unitdir, N_UNITDIR}, {tx_p_season, N_SEASON},
        {tx_p_quarter, N_QUARTER}, {tx_p_holiday, N_HOLIDAY}, {tx_p_century, N_CENTURY}};
    return longest(s, i, h, ps, sizeof ps / sizeof *ps);
}

/* A parser added here without a need ({tx_p_new}) is tried at every start. */
int tx_parse_at(const tx_scan *s, size_t i, tx_hit *out)
{
    static const tx_entry ps[] = {
        {p_date, N_DATE}, {p_numeric, N_NUMERIC}, {p_year, N_YEAR}, {tx_p_relday, N_RELDAY},
        {tx_p_weekday, N_WEEKDAY}, {tx_p_unitdir, N_UNITDIR}, {tx_p_season, N_SEASON},
        {tx_p_quarter, N_QUARTER}, {tx_p_holiday, N_HOLIDAY}, {tx_p_nth_weekday, N_NTH_WEEKDAY},
        {tx_p_last_n, N_LAST_N}, {tx_p_anaphoric_day, N_ANAPHORIC_DAY}, {tx_p_weekend, N_WEEKEND},
        {tx_p_half, N_HALF}, {tx_p_duration, N_DURATION}, {tx_p_vague, N_VAGUE}, {tx_p_part, N_PART},
        {tx_p_clock, N_CLOCK}, {tx_p_nweekdays, N_NWEEKDAYS}, {tx_p_nth_week, N_NTH_WEEK},
        {p_day_only, N_DAY_ONLY}, {tx_p_week_of, N_WEEK_OF}, {tx_p_decade, N_DECADE}, {tx_p_century, N_CENTURY},
        {tx_p_closest, N_CLOSEST}, {tx_p_weekday_after, N_WEEKDAY_AFTER}, {tx_p_weekday_range, N_WEEKDAY_RANGE},
        {tx_p_eve, N_EVE}, {tx_p_this_day, N_THIS_DAY}, {tx_p_first_months, N_FIRST_MONTHS},
        {tx_p_months_to, N_MONTHS_TO}, {tx_p_night_pair, N_NIGHT_PAIR}, {tx_p_holiday_day, N_HOLIDAY_DAY},
        {tx_p_days_run, N_DAYS_RUN}, {tx_p_unit_next, N_UNIT_NEXT}, {tx_p_turn_century, THE}};
    return longest(s, i, out, ps, sizeof ps / sizeof *ps) > 0;
}

#undef K
#undef THIS
#undef THE

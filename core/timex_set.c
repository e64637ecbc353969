/*
 * timex_set.c - recurring time expressions (TimeML TIMEX3 type SET,
 * docs/CONTRACT.md "Session 13"): what happens again and again is no day of
 * the story.
 *
 * Owns three steps of the scan (timex.c calls them):
 *  - tx_p_every_weekday: "every Friday", "each Sunday", "كل يوم جمعة",
 *    "كل خميس" are the set of those weekdays, value XXXX-WXX-5 (the ISO
 *    weekday); a bare أحد or اثنين after كل ("كل أحد": everyone) needs يوم;
 *  - tx_p_every_unit: "every day", "each week", "كل يوم", "كل شهر", "every
 *    year", "كل عام", "كل سنة" and the adverbs يوميا, أسبوعيا, شهريا, سنويا,
 *    "daily", "weekly", "monthly", "annually", "yearly" (English ones not
 *    before a noun: "the daily Granma" is a paper) are the set of those
 *    units, value P1D, P1W, P1M, P1Y (Session 15); a year told next to a
 *    year-less day is tx_recurring's instead ("من كل عام": XXXX-04-24);
 *    The same step reads the parts of every day (Session 14): "every
 *    evening", "each morning", "كل مساء", "كل ليلة", "صباح كل يوم" are
 *    XXXX-XX-XXTEV, XXXX-XX-XXTMO, XXXX-XX-XXTNI (TIMEX3 MO MI AF EV NI);
 *    with a weekday the part is left out ("every Saturday morning",
 *    "مساء كل جمعة": XXXX-WXX-6, XXXX-WXX-5);
 *  - tx_recurring: a hit the grammar read as one date or length becomes a
 *    SET when a word of recurrence stands next to it:
 *      a count of units after every/each/كل ("every two years", "مرة كل
 *      ثلاثة أشهر") keeps its value (P2Y, P3M);
 *      a year-less day of a month told as a yearly one, with "every year",
 *      "each year", "annually", "annual ... on", كل عام, من كل سنة, سنويا or
 *      the adjective السنوي/السنوية before its في ("in 24 April of every
 *      year", "the annual marches on 11 September") is XXXX-04-24; a
 *      year-less month so told ("في يوليو من كل عام", "in August every
 *      year") is XXXX-07.
 */
#include "timex_int.h"

#include <stdio.h>
#include <string.h>

#define AR_KULL "\xd9\x83\xd9\x84"         /* كل */
#define AR_YAWM "\xd9\x8a\xd9\x88\xd9\x85" /* يوم */
#define AR_SHAHR "\xd8\xb4\xd9\x87\xd8\xb1" /* شهر */

/* Is token i "every", "each" or كل? */
static int every_at(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    return i < s->end && (evg_tok_is(d, i, "every") || evg_tok_is(d, i, "each") || evg_tok_is(d, i, AR_KULL));
}

/* Is token i a word for a year: year, عام, سنة? */
static int year_word_at(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    return i < s->end && (evg_tok_is(d, i, "year") || evg_tok_is(d, i, "\xd8\xb9\xd8\xa7\xd9\x85" /* عام */) ||
                          evg_tok_is(d, i, "\xd8\xb3\xd9\x86\xd9\x87" /* سنه */));
}

/* Is token i an adverb or adjective of a yearly recurrence (annually,
 * annual, yearly, سنويا, السنوي, السنوية, السنويين)? */
static int yearly_word_at(const tx_scan *s, size_t i)
{
    static const char *const w[] = {
        "annually", "annual", "yearly",
        "\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a\xd8\xa7" /* سنويا */,
        "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a\xd9\x87" /* السنويه */,
        "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a" /* السنوي */,
        "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a\xd9\x8a\xd9\x86" /* السنويين */,
        NULL};
    return i < s->end && evg_tok_in_static(s->doc, i, w, (size_t)-1, EVG_WS_PLAIN);
}

size_t tx_p_every_weekday(const tx_scan *s, size_t i, tx_hit *h)
{
    if (!every_at(s, i)) return 0;
    size_t q = i + 1;
    int yawm = q < s->end && evg_tok_is(s->doc, q, AR_YAWM);
    q += (size_t)yawm;
    const tx_ent *e = NULL;
    int n = tx_kind_at(s, q, TX_WEEKDAY, &e);
    if (!n || !e) return 0;
    if ((e->flags & TX_F_BARE) && !yawm && (e->val == 7 || e->val == 1)) return 0; /* كل أحد: everyone */
    h->type = EVG_TIMEX_SET;
    h->mod = EVG_MOD_NONE;
    h->relative = 0;
    snprintf(h->value, sizeof h->value, "XXXX-WXX-%d", e->val);
    return tx_set_hit(h, i, q + (size_t)n);
}

/* The TIMEX3 code of a part of the day at token i (MO morning, MI noon, AF
 * afternoon, EV evening, NI night: the daytime rows of data/timewords.tsv,
 * read by tx_day_part), NULL if none; an Arabic one with the article is
 * the whole part ("كل الليل": all night), no recurrence. */
static const char *part_code(const tx_scan *s, size_t i)
{
    if (i >= s->end) return NULL;
    if (s->doc->tokens.v[i].script == EVG_SCRIPT_ARAB && tx_definite(s, i)) return NULL;
    return tx_day_part(s, i);
}

/* "every evening", "each morning", "كل مساء", "كل ليلة", and a part of the
 * day before كل يوم ("صباح كل يوم", "مساء كل يوم"): the set of those parts
 * of all days, TIMEX3 XXXX-XX-XXTEV (docs/CONTRACT.md, Session 14). */
static size_t every_part(const tx_scan *s, size_t i, tx_hit *h)
{
    const char *c;
    size_t e;
    if (every_at(s, i) && (c = part_code(s, i + 1)) && ((strcmp(c, "MI") && strcmp(c, "AF")) || s->en))
        e = i + 2; /* not كل عصر, كل ظهر: "every age", "every back" */
    else if ((c = part_code(s, i)) && s->doc->tokens.v[i].script == EVG_SCRIPT_ARAB && every_at(s, i + 1) &&
             i + 2 < s->end && evg_tok_is(s->doc, i + 2, AR_YAWM) &&
             (i + 3 >= s->end || !tx_kind_at(s, i + 3, TX_WEEKDAY, &(const tx_ent *){NULL})))
        e = i + 3; /* "مساء كل يوم جمعة" is every Friday (the part left out, as "مساء الخميس" is Thursday) */
    else
        return 0;
    if (e < s->end && evg_tok_is(s->doc, e, "of")) return 0; /* "each night of the festival" */
    h->type = EVG_TIMEX_SET;
    h->mod = EVG_MOD_NONE;
    h->relative = 0;
    snprintf(h->value, sizeof h->value, "XXXX-XX-XXT%s", c);
    return tx_set_hit(h, i, e);
}

/* Adverbs of a recurrence: unit_letter's adverb set (adv_l there gives their units). */
static const char *const every_adverbs[] = {"daily", "weekly", "monthly", "annually", "yearly",
                                            "\xd9\x8a\xd9\x88\xd9\x85\xd9\x8a\xd8\xa7" /* يوميا */,
                                            "\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9\xd9\x8a\xd8\xa7" /* اسبوعيا */,
                                            "\xd8\xb4\xd9\x87\xd8\xb1\xd9\x8a\xd8\xa7" /* شهريا */,
                                            "\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a\xd8\xa7" /* سنويا */};

/* The unit of token i when it is a singular day, week, month or year
 * word, or of an adverb of that recurrence (adverb set): 'D', 'W', 'M',
 * 'Y'; 0 if none. */
static char unit_letter(const tx_scan *s, size_t i, int adverb)
{
    static const char *const unit[] = {"day", "week", "month", "year", AR_YAWM,
                                       "\xd8\xa7\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9" /* اسبوع */,
                                       "\xd8\xb4\xd9\x87\xd8\xb1" /* شهر */,
                                       "\xd8\xb9\xd8\xa7\xd9\x85" /* عام */,
                                       "\xd8\xb3\xd9\x86\xd9\x87" /* سنه */};
    static const char unit_l[] = "DWMYDWMYY";
    static const char *const *const adv = every_adverbs;
    static const size_t nadv = sizeof every_adverbs / sizeof *every_adverbs;
    static const char adv_l[] = "DWMYYDWMY";
    if (i >= s->end) return 0;
    if (adverb) {
        /* speed: one bit of the token's form says whether any adverb (or و/ف + one) is there */
        if (!evg_tok_in_static(s->doc, i, adv, nadv, EVG_WS_WAW_FA)) return 0;
        for (size_t k = 0; k < nadv; k++)
            if (tx_is(s->doc, i, adv[k])) return adv_l[k];
        return 0;
    }
    for (size_t k = 0; k < sizeof unit / sizeof *unit; k++)
        if (evg_tok_is(s->doc, i, unit[k])) return unit_l[k];
    return 0;
}

/* Is token k a day of a month or a month name: a number up to 31, an
 * ordinal, a month word? */
static int month_day_at(const tx_scan *s, size_t k)
{
    const tx_ent *e = NULL;
    int v = 0;
    if (k < s->first || k >= s->end) return 0;
    if (tx_num_at(s, k, &v)) return v >= 1 && v <= 31;
    return tx_kind_at(s, k, TX_MONTH, &e) || tx_kind_at(s, k, TX_HMONTH, &e) || tx_kind_at(s, k, TX_ORD, &e);
}

/* Is a yearly recurrence from i to e told with a year-less day next to it
 * ("every year on April 24", "9 May every year", "في 30 مارس من كل عام",
 * "سنويا في 12 يونيو")?  That day is tx_recurring's SET (XXXX-04-24), so
 * the unit alone is no expression of its own. */
static int yearly_day_near(const tx_scan *s, size_t i, size_t e)
{
    size_t q = e;
    if (q < s->end && (tx_word_at(s, q, TX_W_IN) || tx_word_at(s, q, TX_W_OF))) q++;
    if (month_day_at(s, q)) return 1;
    if (i <= s->first) return 0;
    q = i - 1;
    if ((tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_OF) || tx_word_at(s, q, TX_W_IN)) && q > s->first) q--;
    return month_day_at(s, q);
}

/* Does an English adverb at i stand alone, not before a noun it would
 * qualify: the clause ends or a function word follows ("publishes the
 * figures weekly.", "meets daily in Geneva")? */
static int adverb_alone(const tx_scan *s, size_t i)
{
    static const char *const fw[] = {"in", "at", "on", "for", "since", "until", "and", "or", "to", "from", "with",
                                     "during", "by", "as", "but"};
    const evg_doc *d = s->doc;
    if (i + 1 >= s->end || d->tokens.v[i + 1].kind == EVG_TOK_PUNCT) return 1;
    return evg_tok_in_static(d, i + 1, fw, sizeof fw / sizeof *fw, EVG_WS_PLAIN);
}

/* Does Arabic word i end in alif, the accusative of an indefinite noun
 * ("راتبا")? */
static int ends_alif(const tx_scan *s, size_t i)
{
    size_t n;
    const evg_token *t = &s->doc->tokens.v[i];
    const char *w = evg_tok_text(s->doc, t, &n);
    if (n > 4 && memcmp(w + n - 2, "\xd9\x8b", 2) == 0) n -= 2; /* راتباً: the tanween mark */
    return t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_ARAB && n > 4 && memcmp(w + n - 2, "\xd8\xa7", 2) == 0;
}

/* 0 only where neither tx_p_every_weekday nor tx_p_every_unit can match at
 * token i (speed: the scan asks it at every token): each needs every, each
 * or كل there (every_at), a part of the day there (every_part's "مساء كل
 * يوم") or an adverb of recurrence there (unit_letter's adverbs). */
int tx_every_may_start(const tx_scan *s, size_t i)
{
    if (i >= s->end) return 0;
    return every_at(s, i) || (s->mask[i] & (1u << TX_DAYTIME)) ||
           evg_tok_in_static(s->doc, i, every_adverbs, sizeof every_adverbs / sizeof *every_adverbs, EVG_WS_WAW_FA);
}

size_t tx_p_every_unit(const tx_scan *s, size_t i, tx_hit *h)
{
    char u = 0;
    size_t pe = every_part(s, i, h);
    if (pe) return pe;
    size_t e = i + 1;
    if (every_at(s, i)) {
        u = unit_letter(s, i + 1, 0);
        if (u) e = i + 2;
        if (u == 'D' && e < s->end && evg_tok_is(s->doc, e, "of")) return 0; /* "every day of the week" */
    } else if ((u = unit_letter(s, i, 1)) && s->doc->tokens.v[i].script == EVG_SCRIPT_LATN && !adverb_alone(s, i)) {
        u = 0; /* "the weekly magazine" */
    } else if (u && i > s->first && ends_alif(s, i - 1)) {
        u = 0; /* "راتبا شهريا": an adjective of the indefinite noun before it */
    }
    if (!u) return 0;
    if (u == 'Y' && yearly_day_near(s, i, e)) return 0; /* "every year on April 24": XXXX-04-24 */
    h->type = EVG_TIMEX_SET;
    h->mod = EVG_MOD_NONE;
    h->relative = 0;
    snprintf(h->value, sizeof h->value, "P1%c", u);
    return tx_set_hit(h, i, e);
}

/* Is a yearly word told right after token end ("9 May every year", "24
 * أبريل من كل عام", "سنويا")?  Nonzero (the count of its tokens) if so, 0
 * if none; the caller only tests it and leaves the hit's span as it was. */
static int yearly_after(const tx_scan *s, size_t end)
{
    size_t q = end;
    if (yearly_word_at(s, q)) return 1;
    if (tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_IN) || tx_word_at(s, q, TX_W_OF)) q++;
    if (every_at(s, q) && year_word_at(s, q + 1)) return (int)(q + 2 - end);
    return 0;
}

/* Is a yearly word told just before token first, past one preposition
 * ("every year on", "annually on", "سنويا في", "كل عام في", "المسيرات
 * السنوية في", "the annual march on")?  The adjective alone does so only in
 * a clause that is not past: "the annual report on 9 May showed" is a day. */
static int yearly_before(const tx_scan *s, size_t first)
{
    if (first <= s->first) return 0;
    size_t q = first - 1;
    if (tx_word_at(s, q, TX_W_IN) && q > s->first) q--;
    if (year_word_at(s, q) && q > s->first && every_at(s, q - 1)) return 1;
    if (s->past) return 0; /* "the annual report on 9 May showed": this year's */
    if (yearly_word_at(s, q)) return 1;
    /* "the annual march on 9 May": one noun between the adjective and "on" */
    return q > s->first && q + 1 < first && evg_tok_is(s->doc, q - 1, "annual");
}

/* Do the tokens of the hit tell a day of a month and nothing else (no
 * year, no direction): numbers up to 31, month and ordinal words, of/من? */
static int bare_month_day(const tx_scan *s, const tx_hit *h)
{
    for (size_t k = h->first; k < h->end; k++) {
        const tx_ent *e = NULL;
        int v = 0;
        if (tx_num_at(s, k, &v)) {
            if (v > 31) return 0;
            continue;
        }
        if (tx_kind_at(s, k, TX_MONTH, &e) || tx_kind_at(s, k, TX_ORD, &e)) continue;
        if (tx_kind_at(s, k, TX_CARD, &e) && e->val <= 31) continue; /* الحادي عشر */
        if (tx_word_at(s, k, TX_W_OF) || tx_word_at(s, k, TX_W_FROM) || tx_word_at(s, k, TX_W_THE)) continue;
        if (evg_tok_is(s->doc, k, AR_YAWM)) continue;
        if (s->doc->tokens.v[k].kind == EVG_TOK_PUNCT) continue; /* "May 9," */
        return 0;
    }
    return 1;
}

/* Do the tokens of the hit name a Hijri month and nothing else ("رمضان",
 * "شهر ربيع الأول"), read as this year's month, a range of days? */
static int bare_hijri_month(const tx_scan *s, const tx_hit *h)
{
    const tx_ent *e = NULL;
    int named = 0;
    if (h->type != EVG_TIMEX_DATE || strlen(h->value) != 21 || h->value[10] != '/') return 0;
    for (size_t k = h->first; k < h->end; k++) {
        if (tx_kind_at(s, k, TX_HMONTH, &e)) named = 1;
        else if (!tx_kind_at(s, k, TX_ORD, &e) && !tx_is(s->doc, k, AR_SHAHR)) return 0;
    }
    return named;
}

void tx_recurring(const tx_scan *s, tx_hit *h)
{
    if (bare_hijri_month(s, h) && (yearly_before(s, h->first) || yearly_after(s, h->end))) {
        h->type = EVG_TIMEX_SET; /* "في شهر رمضان من كل عام": every year, no Gregorian month to write */
        h->relative = 0;
        snprintf(h->value, sizeof h->value, "P1Y");
        return;
    }
    if (h->type == EVG_TIMEX_DURATION) {
        if (h->first > s->first && every_at(s, h->first - 1)) {
            h->type = EVG_TIMEX_SET; /* every two years */
            h->first--;
        }
        return;
    }
    size_t len = strlen(h->value);
    int month_only = len == 7 && h->value[4] == '-'; /* "في يوليو من كل عام": XXXX-07 */
    if (h->type != EVG_TIMEX_DATE || (!month_only && (len != 10 || h->value[4] != '-' || h->value[7] != '-'))) return;
    if (!bare_month_day(s, h)) return;
    int m = (h->value[5] - '0') * 10 + (h->value[6] - '0');
    int d = month_only ? 0 : (h->value[8] - '0') * 10 + (h->value[9] - '0');
    if (!month_only && tx_named_year(s, h->first, h->end, m, d)) return; /* "ثورة 17 فبراير كل عام": of 2011 */
    if (!yearly_before(s, h->first) && !yearly_after(s, h->end)) return;
    h->type = EVG_TIMEX_SET;
    h->relative = 0;
    memcpy(h->value, "XXXX", 4); /* every 24 April: XXXX-04-24 */
}

/*
 * timex_tok.c - token-level tests and the pieces of a date for the time
 * grammar: numbers, punctuation, vocabulary kinds (through the per-token
 * kind mask and tx_lex), days, months (names, pairs "تموز/يوليو", numbers,
 * the month relative to the reference date), years (with عام/سنة, era marks
 * م/هـ, relative years, the year last mentioned: "من ذلك العام"), clock times
 * ("at" needs a colon or am/pm, or "o'clock" or a part of the day after the
 * hour: "at nine on Sunday evening", "10 o'clock last night" are p.m.;
 * الساعة alone names an hour; "من فجر", "من ليل" after an hour word), and word tests:
 * "الاثنين" as "the two" (tx_weekday_ok), a phrase that is a whole sentence
 * (tx_whole_sentence).  Each function reads from token i (or
 * *p, which it advances on success) and returns 0 when the text does not
 * fit.  Exports the tx_* helpers declared in timex_int.h.
 */
#include "timex_int.h"

/* ---- token helpers ---- */

int tx_num_at(const tx_scan *s, size_t i, int *v)
{
    if (i >= s->end || s->doc->tokens.v[i].kind != EVG_TOK_NUM) return 0;
    size_t n;
    const char *t = evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    if (n == 0 || n > 4) return 0;
    int x = 0;
    for (size_t k = 0; k < n; k++) {
        if (t[k] < '0' || t[k] > '9') return 0;
        x = x * 10 + (t[k] - '0');
    }
    *v = x;
    return (int)n;
}

int tx_glued(const tx_scan *s, size_t i)
{
    return i < s->end && !(s->doc->tokens.v[i].flags & EVG_TOKF_SPACE_BEFORE);
}

int tx_punct_at(const tx_scan *s, size_t i, const char *p)
{
    return i < s->end && s->doc->tokens.v[i].kind == EVG_TOK_PUNCT && evg_tok_is(s->doc, i, p);
}

int tx_dash_at(const tx_scan *s, size_t i)
{
    return tx_punct_at(s, i, "-") || tx_punct_at(s, i, "\xe2\x80\x93") || tx_punct_at(s, i, "\xe2\x80\x94");
}

int tx_comma_at(const tx_scan *s, size_t i)
{
    return tx_punct_at(s, i, ",") || tx_punct_at(s, i, "\xd8\x8c");
}

int tx_kind_at(const tx_scan *s, size_t i, int kind, const tx_ent **e)
{
    if (i >= s->end || !(s->mask[i] & (1u << kind))) return 0;
    if (kind != TX_WORD || !s->doc->tx_word_memo) return tx_lex(s->doc, i, s->end, kind, e);
    struct tx_word_memo *m = &s->doc->tx_word_memo[i]; /* the same answer as tx_lex, once */
    if (m->end != s->end) {
        m->n = tx_lex(s->doc, i, s->end, kind, &m->e);
        m->end = s->end;
    }
    if (m->n) *e = m->e;
    return m->n;
}

/* Tokens of the function word w at i, 0 if something else. */
int tx_word_at(const tx_scan *s, size_t i, int w)
{
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_WORD, &e);
    return n && e->val == w ? n : 0;
}

/* After a weak unit word (عقد, عقدا: also "held", "contract"): the end of
 * the clause, من ("عقد من الزمن", "بعد عقد من توقيعه"), على ("مر عقد على
 * الحرب") or an adverb of measure (تقريبا, ونيف, ونصف, مضى, كاملا). */
static int weak_unit_ok(const tx_scan *s, size_t q)
{
    static const char *ok[] = {
        "\xd9\x85\xd9\x86" /* من */,
        "\xd8\xb9\xd9\x84\xd9\x8a" /* علي */,
        "\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8\xd8\xa7" /* تقريبا */,
        "\xd9\x88\xd9\x86\xd9\x8a\xd9\x81" /* ونيف */,
        "\xd9\x88\xd9\x86\xd8\xb5\xd9\x81" /* ونصف */,
        "\xd9\x85\xd8\xb6\xd9\x8a" /* مضي */,
        "\xd9\x83\xd8\xa7\xd9\x85\xd9\x84\xd8\xa7" /* كاملا */};
    if (q >= s->end || s->doc->tokens.v[q].kind == EVG_TOK_PUNCT) return 1;
    for (size_t k = 0; k < sizeof ok / sizeof *ok; k++)
        if (evg_tok_is(s->doc, q, ok[k])) return 1;
    return 0;
}

int tx_unit_at(const tx_scan *s, size_t i, int *unit, int *flags)
{
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_UNIT, &e);
    if (n && (e->flags & TX_F_WEAK) && !weak_unit_ok(s, i + (size_t)n)) n = 0;
    if (n) {
        *unit = e->val;
        *flags = e->flags;
    }
    return n;
}

/* A singular unit word of the given unit (العام, month, ...). */
int tx_unit_is(const tx_scan *s, size_t i, int unit)
{
    int u, f;
    int n = tx_unit_at(s, i, &u, &f);
    return n && u == unit && !(f & (TX_F_PLURAL | TX_F_DUAL)) ? n : 0;
}

int tx_dir_at(const tx_scan *s, size_t i, int *dir)
{
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_DIR, &e);
    if (n) *dir = e->val;
    return n;
}

/* A direction word that comes before its noun: English only (last week, next March). */
int tx_dir_en(const tx_scan *s, size_t i, int *dir)
{
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_DIR, &e);
    if (!n || !(e->flags & TX_F_EN)) return 0;
    *dir = e->val;
    return n;
}

int tx_dir_kind(int v)
{
    return v < 0 ? TX_D_PAST : v > 0 ? TX_D_NEXT : TX_D_THIS;
}

size_t tx_set_hit(tx_hit *h, size_t first, size_t end)
{
    h->first = first;
    h->end = end;
    return end;
}

/* ---- pieces of a date ---- */

/* A day of the month: 1-31 with an optional English suffix, or an ordinal word. */
int tx_parse_day(const tx_scan *s, size_t *p, int *d)
{
    const tx_ent *e;
    int v, n;
    size_t q = *p;
    if (tx_word_at(s, q, TX_W_THE) && s->doc->tokens.v[q].script == EVG_SCRIPT_LATN) q++;
    if ((n = tx_num_at(s, q, &v)) && n <= 2 && v >= 1 && v <= 31) {
        q++;
        if (tx_glued(s, q) && (evg_tok_is(s->doc, q, "st") || evg_tok_is(s->doc, q, "nd") ||
                            evg_tok_is(s->doc, q, "rd") || evg_tok_is(s->doc, q, "th")))
            q++;
        *d = v;
    } else if ((n = tx_kind_at(s, q, TX_ORD, &e))) {
        q += (size_t)n;
        *d = e->val;
    } else {
        return 0;
    }
    if (evg_tok_is(s->doc, q, "day")) q++; /* the 20th day of */
    *p = q;
    return 1;
}

/* "-27", "إلى 27", "و6", "and 5", "وحتى السادس والعشرين", "أو 6": the second
 * day of a range (two days offered as alternatives make the same interval). */
int tx_parse_day_tail(const tx_scan *s, size_t *p, int d, int *d2)
{
    size_t q = *p;
    int n;
    if (tx_dash_at(s, q) || evg_tok_is(s->doc, q, "\xd8\xa7\xd9\x88") || evg_tok_is(s->doc, q, "or")) q++; /* أو */
    else if ((n = tx_word_at(s, q, TX_W_TO)) || (n = tx_word_at(s, q, TX_W_AND))) q += (size_t)n;
    else return 0;
    if (tx_word_at(s, q, TX_W_TO)) q++; /* "و حتى" */
    if (tx_unit_is(s, q, TX_U_DAY)) q++;
    int v;
    if (!tx_parse_day(s, &q, &v) || v <= d) return 0;
    *d2 = v;
    *p = q;
    return 1;
}

/* A second month name after "/", "-" or in brackets: "تموز/يوليو", "آذار (مارس)". */
static void parse_month_pair(const tx_scan *s, size_t *p, tx_spec *sp, int kind)
{
    const tx_ent *e;
    size_t q = *p;
    int open = tx_punct_at(s, q, "(");
    if (!open && !tx_punct_at(s, q, "/") && !tx_dash_at(s, q)) return;
    q++;
    int n = tx_kind_at(s, q, kind, &e);
    if (!n || (sp->m && e->val != sp->m)) return; /* "April-June": two months, a range */
    q += (size_t)n;
    if (open) {
        if (!tx_punct_at(s, q, ")")) return;
        q++;
    }
    sp->doubled = 1;
    *p = q;
}

/* "للشهر الثالث", "الشهر الخامس على التوالي": a count of months in a row
 * (the unit told with ل, or "على التوالي" after the ordinal at q), not a
 * month of the year. */
static int months_in_a_row(const tx_scan *s, size_t unit, size_t q)
{
    size_t n;
    const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[unit], &n);
    if (n > 4 && memcmp(w, "\xd9\x84\xd9\x84", 4) == 0) return 1; /* لل */
    return evg_tok_is(s->doc, q, "\xd8\xb9\xd9\x84\xd9\x8a") &&                       /* على (folded) */
           evg_tok_is(s->doc, q + 1, "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x88\xd8\xa7\xd9\x84\xd9\x8a"); /* التوالي */
}

/* "شهر 3", "شهر ثلاثة", "الشهر الثامن": a month by its number. */
static int month_number(const tx_scan *s, size_t *p, int *m)
{
    const tx_ent *e;
    int n, v;
    if ((n = tx_num_at(s, *p, &v)) && n <= 2 && v >= 1 && v <= 12) {
        (*p)++;
        *m = v;
        return 1;
    }
    if (((n = tx_kind_at(s, *p, TX_CARD, &e)) || (n = tx_kind_at(s, *p, TX_ORD, &e))) && e->val >= 1 && e->val <= 12 &&
        !(*p > s->first && s->doc->tokens.v[*p].script == EVG_SCRIPT_ARAB && months_in_a_row(s, *p - 1, *p + (size_t)n))) {
        *p += (size_t)n;
        *m = e->val;
        return 1;
    }
    return 0;
}

/* "of the month", "من الشهر" (q just past the unit word): the current month,
 * unless a month name or "of" follows ("the month of March"). */
static int the_month(const tx_scan *s, size_t q, int the_, tx_spec *sp)
{
    const tx_ent *e;
    if (tx_kind_at(s, q, TX_MONTH, &e) || tx_word_at(s, q, TX_W_OF) || tx_punct_at(s, q, "(")) return 0;
    if (!the_ && !tx_is(s->doc, q - 1, "\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd8\xb1")) return 0; /* الشهر */
    sp->mrel_set = 1;
    sp->mrel = 0;
    return 1;
}

/* A month: a name (Gregorian or Hijri, maybe paired), "شهر <name>", or the
 * current month relative to the reference date ("الشهر الجاري", "هذا الشهر"). */
/* "الشهر الجاري", "هذا الشهر", "next month", "شهر 3", "شهر شباط" (then *named):
 * 1 when the month is settled, -1 when only "شهر" was read, 0 when nothing. */
static int month_by_word(const tx_scan *s, size_t *p, tx_spec *sp, int *named)
{
    size_t q = *p;
    int n, dir = 0, this_ = 0, the_ = 0;
    if (tx_word_at(s, q, TX_W_THE)) q++, the_ = 1;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; this_ = 1; }
    else if ((n = tx_dir_en(s, q, &dir)) && tx_unit_is(s, q + (size_t)n, TX_U_MONTH)) {
        q += (size_t)n; /* English: next month */
        this_ = 1;
    }
    if (!(n = tx_unit_is(s, q, TX_U_MONTH))) {
        if (this_) return 0;
        *p = q;
        return -1;
    }
    q += (size_t)n;
    if (!this_ && (n = tx_dir_at(s, q, &dir))) {
        q += (size_t)n;
        this_ = 1;
    }
    *p = q;
    if (this_) {
        sp->mrel_set = 1;
        sp->mrel = dir;
        return 1;
    }
    *named = 1;
    if (month_number(s, p, &sp->m)) return 1;
    return the_month(s, q, the_, sp) ? 1 : -1;
}

/* An English month abbreviation at i ("Sept", "Dec"), which a "." may
 * follow inside a date; a full name ("March", "May", "June") is not one. */
static int en_month_abbrev(const tx_scan *s, size_t i)
{
    size_t n;
    evg_tok_text(s->doc, &s->doc->tokens.v[i], &n);
    return n <= 4 && !evg_tok_is(s->doc, i, "may") && !evg_tok_is(s->doc, i, "june") && !evg_tok_is(s->doc, i, "july");
}

int tx_parse_month(const tx_scan *s, size_t *p, tx_spec *sp, int *named)
{
    const tx_ent *e;
    size_t q = *p;
    int n, r = month_by_word(s, &q, sp, named);
    if (r == 0) return 0;
    if (r == 1) {
        *p = q;
        return 1;
    }
    if ((n = tx_kind_at(s, q, TX_MONTH, &e))) {
        sp->m = e->val;
        sp->weak = (e->flags & TX_F_WEAK) != 0;
        q += (size_t)n;
        if (tx_glued(s, q) && tx_punct_at(s, q, ".") && (e->flags & TX_F_EN) && en_month_abbrev(s, q - 1) &&
            tx_num_at(s, q + 1, &(int){0}))
            q++; /* "Sept. 14" (but "in March." and "until March. 2019 was" end the sentence) */
        parse_month_pair(s, &q, sp, TX_MONTH);
    } else if ((n = tx_kind_at(s, q, TX_HMONTH, &e))) {
        sp->m = e->val;
        sp->hijri = 1;
        sp->weak = (e->flags & TX_F_WEAK) != 0;
        q += (size_t)n;
    } else {
        return 0;
    }
    *p = q;
    return 1;
}

/* An English number word 1..99 at i: "seven", "forty", "twenty-five",
 * "twenty five" (not "a", "an", "couple"); returns the tokens, 0 if none. */
int tx_en_number(const tx_scan *s, size_t i, int *v)
{
    const tx_ent *e;
    int n = tx_kind_at(s, i, TX_CARD, &e);
    if (!n || !(e->flags & TX_F_EN) || e->val > 99 || evg_tok_is(s->doc, i, "a") || evg_tok_is(s->doc, i, "an") ||
        evg_tok_is(s->doc, i, "couple"))
        return 0;
    *v = e->val;
    if (e->val < 20 || e->val % 10) return n;
    size_t q = i + (size_t)n;
    int dash = tx_dash_at(s, q) && tx_glued(s, q) && tx_glued(s, q + 1);
    int m = tx_kind_at(s, q + (size_t)dash, TX_CARD, &e);
    if (!m || !(e->flags & TX_F_EN) || e->val < 1 || e->val > 9 || evg_tok_is(s->doc, q + (size_t)dash, "a") ||
        evg_tok_is(s->doc, q + (size_t)dash, "an"))
        return n;
    *v += e->val;
    return n + dash + m;
}

/* A year in English words: "two thousand ten", "two thousand and one",
 * "nineteen eighty-four", "twenty nineteen", "nineteen hundred".  The
 * second form needs a first pair 11..20 and a second 10..99, so counts
 * ("twenty five") stay counts.  Returns the tokens, 0 if none. */
static int en_spelled_year(const tx_scan *s, size_t i, int *y)
{
    int a, b, n, m;
    size_t q;
    if (i >= s->end || s->doc->tokens.v[i].script != EVG_SCRIPT_LATN || !(n = tx_en_number(s, i, &a))) return 0;
    q = i + (size_t)n;
    int thousand = evg_tok_is(s->doc, q, "thousand"), hundred = evg_tok_is(s->doc, q, "hundred");
    if ((thousand && a >= 1 && a <= 2) || (hundred && a >= 11 && a <= 20)) {
        q++;
        if (evg_tok_is(s->doc, q, "and") && tx_en_number(s, q + 1, &b)) q++;
        *y = a * (thousand ? 1000 : 100);
        if ((m = tx_en_number(s, q, &b))) {
            *y += b;
            q += (size_t)m;
        } else if (q < s->end && s->doc->tokens.v[q].kind != EVG_TOK_PUNCT) {
            return 0; /* "two thousand people" */
        }
        return (int)(q - i);
    }
    if (a < 11 || a > 20 || !(m = tx_en_number(s, q, &b)) || b < 10) return 0;
    *y = a * 100 + b;
    return (int)(q - i) + m;
}

/* An explicit year: [عام|سنة|year] YYYY [م|هـ]. */
int tx_parse_year(const tx_scan *s, size_t *p, tx_spec *sp, int bare_ok)
{
    const tx_ent *e;
    size_t q = *p;
    int n, y, had_unit = 0;
    if ((n = tx_unit_is(s, q, TX_U_YEAR))) { q += (size_t)n; had_unit = 1; }
    int digits = tx_num_at(s, q, &y), len = 1;
    if (!digits && (len = en_spelled_year(s, q, &y))) digits = 4;
    if (!digits || digits < 3 || (digits == 3 && !had_unit)) return 0;
    q += (size_t)len;
    int era = -1;
    if ((n = tx_kind_at(s, q, TX_ERA, &e))) { era = e->val; q += (size_t)n; }
    if (!had_unit && era < 0 && (!bare_ok || digits != 4)) return 0;
    if (era == 1) sp->hijri = 1;
    else if (sp->hijri && (era == 0 || (era < 0 && y > 1600))) sp->greg_year = 1; /* رمضان 2019 */
    sp->y = y;
    *p = q;
    return 1;
}

/* A year relative to the reference date: "من العام الماضي", "من هذا العام",
 * "العام الجاري", "of last year", "this year". */
int tx_parse_year_rel(const tx_scan *s, size_t *p, tx_spec *sp)
{
    size_t q = *p, e;
    int n, dir = 0, this_ = 0, have_dir = 0, unit;
    if ((n = tx_word_at(s, q, TX_W_FROM)) || (n = tx_word_at(s, q, TX_W_OF))) q += (size_t)n;
    if ((e = tx_anaphoric_unit(s, q, &unit)) && unit == TX_U_YEAR && tx_previous_year(s)) {
        sp->y = tx_previous_year(s); /* من ذلك العام: the year last mentioned */
        *p = e;
        return 1;
    }
    size_t dw = q;
    if ((n = tx_word_at(s, q, TX_W_THIS))) { q += (size_t)n; this_ = 1; }
    else if ((n = tx_dir_at(s, q, &dir))) { q += (size_t)n; have_dir = 1; }
    if (!(n = tx_unit_is(s, q, TX_U_YEAR))) return 0;
    q += (size_t)n;
    if (!this_ && !have_dir) {
        if (!(n = tx_dir_at(s, q, &dir))) return 0;
        dw = q;
        q += (size_t)n;
    }
    int ty = dir == 1 ? tx_told_year(s, dw) : 0;
    if (ty) {
        sp->y = ty + 1; /* "مارس من العام التالي" after "صيف 2013": March 2014 */
        *p = q;
        return 1;
    }
    sp->yrel_set = 1;
    sp->yrel = dir;
    *p = q;
    return 1;
}

/* After a month: a direction word, then a year or a relative year. */
void tx_parse_month_rest(const tx_scan *s, size_t *p, tx_spec *sp)
{
    size_t q = *p;
    int n, dir;
    const tx_ent *e;
    if ((n = tx_dir_at(s, q, &dir)) && dir != 0 && tx_kind_at(s, q, TX_DIR, &e) && !(e->flags & TX_F_EN)) {
        sp->dir = tx_dir_kind(dir); /* أكتوبر الماضي (English "October last year" is a relative year) */
        if (dir == 2 || dir == -2) sp->after_next = dir / 2; /* "March after next", "أكتوبر قبل الماضي": a year further */
        *p = q + (size_t)n;
        return;
    }
    if (tx_comma_at(s, q) || tx_word_at(s, q, TX_W_OF)) q++;
    else if ((tx_word_at(s, q, TX_W_FROM) || tx_word_at(s, q, TX_W_IN)) && tx_unit_is(s, q + 1, TX_U_YEAR)) q++;
    if (tx_parse_year(s, &q, sp, 1) || tx_parse_year_rel(s, &q, sp)) *p = q;
}

/* A count of minutes at q: a number or a number word (two joined by و:
 * "خمس وعشرون"), then دقيقة/دقائق; tokens read or 0. */
static int minute_count(const tx_scan *s, size_t q, int *mi)
{
    const tx_ent *e;
    size_t r = q;
    int n, v = 0;
    if (tx_word_at(s, r, TX_W_AND) == 1 && s->doc->tokens.v[r].kind == EVG_TOK_WORD) r++; /* "و 10" */
    if ((n = tx_num_at(s, r, &v)) && n <= 2) r++;
    else if ((n = tx_kind_at(s, r, TX_CARD, &e)) && !(e->flags & TX_F_EN) && e->val > 0 && e->val < 60) {
        r += (size_t)n;
        v = e->val;
        if (v < 10 && (n = tx_kind_at(s, r, TX_CARD, &e)) && e->val >= 20 && e->val <= 50 && e->val % 10 == 0)
            r += (size_t)n, v += e->val; /* خمس وعشرون */
    } else {
        return 0;
    }
    int unit, flags;
    if (v < 1 || v > 59 || !tx_unit_at(s, r, &unit, &flags) || unit != TX_U_MINUTE) return 0;
    *mi = v;
    return (int)(r + 1 - q);
}

/* Minutes after an Arabic hour: "والنصف" (or "ونصف") 30, "والربع" 15, "والثلث" 20,
 * "وثماني دقائق" 8, "و10 دقائق", "وخمس وعشرون دقيقة" 25; before the hour
 * (*mi negative): "إلا ربعا" -15, "إلا ثلثا" -20, "إلا خمس دقائق" -5.
 * Tokens read or 0. */
static int half_quarter(const tx_scan *s, size_t q, int *mi)
{
    static const char *frac[] = {"والنصف", "والربع", "والثلث", "ونصف", "وربع", "وثلث"};
    static const char *less[] = {"ربعا", "ربع", "ثلثا", "ثلث"};
    static const int fv[] = {30, 15, 20, 30, 15, 20}, lv[] = {15, 15, 20, 20};
    int n;
    if (q >= s->end) return 0;
    for (int k = 0; k < 6; k++)
        if (evg_tok_is(s->doc, q, frac[k])) return *mi = fv[k], 1;
    if (evg_tok_is(s->doc, q, "الا")) { /* إلا: before the hour */
        for (int k = 0; k < 4; k++)
            if (evg_tok_is(s->doc, q + 1, less[k])) return *mi = -lv[k], 2;
        if ((n = minute_count(s, q + 1, mi))) return *mi = -*mi, n + 1;
        return 0;
    }
    if (tx_conj_len(s->doc, q) == 0 && !(tx_word_at(s, q, TX_W_AND) == 1)) return 0; /* وثماني, و 10 */
    return minute_count(s, q, mi);
}

/* A preposition before an hour word (في السادسة, حتى الثالثة, منذ الثامنة):
 * "للمرة الثانية صباح اليوم" is the second time, not two o'clock. */
static int hour_lead(const tx_scan *s, size_t q)
{
    static const int ws[] = {TX_W_IN, TX_W_TO, TX_W_SINCE, TX_W_FROM, TX_W_BEFORE, TX_W_AFTER, TX_W_BETWEEN};
    static const char *lead[] = {"\xd8\xaa\xd9\x85\xd8\xa7\xd9\x85",             /* تمام: exactly */
                                 "\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf",             /* في حدود: about */
                                 "\xd8\xad\xd9\x84\xd9\x88\xd9\x84",             /* مع حلول: as it struck */
                                 "\xd8\xa8\xd8\xad\xd9\x84\xd9\x88\xd9\x84"};  /* بحلول: by */
    const tx_ent *e;
    if (q <= s->first) return 0;
    for (size_t k = 0; k < sizeof ws / sizeof *ws; k++)
        if (tx_word_at(s, q - 1, ws[k]) == 1) return 1;
    if (tx_kind_at(s, q - 1, TX_APPROX, &e) == 1) return 1; /* قرابة العاشرة ليلا, نحو الثانية فجرا */
    if (evg_tok_in_static(s->doc, q - 1, lead, sizeof lead / sizeof *lead, EVG_WS_PLAIN)) return 1; /* في تمام العاشرة ليلا */
    if (tx_kind_at(s, q - 1, TX_AMPM, &e) == 1 && tx_conj_len(s->doc, q) > 0) return 1; /* ليلا والخامسة فجرا */
    return tx_is(s->doc, q - 1, "\xd8\xb9\xd9\x86\xd8\xaf"); /* عند الثالثة فجرا */
}

/* English "o'clock" at q ("o'clock", "o", "'", "clock", "oclock"): the
 * tokens it spans, 0 if none. */
static int oclock_len(const tx_scan *s, size_t q)
{
    if (q >= s->end) return 0;
    if (evg_tok_is(s->doc, q, "o'clock") || evg_tok_is(s->doc, q, "oclock")) return 1;
    if (evg_tok_is(s->doc, q, "o") && q + 2 < s->end && evg_tok_is(s->doc, q + 2, "clock")) return 3;
    if (evg_tok_is(s->doc, q, "o") && q + 1 < s->end && evg_tok_is(s->doc, q + 1, "clock")) return 2;
    return 0;
}

/* The TIMEX3 code of the part of the day token i names ("MO" morning and
 * dawn, "MI" noon, "AF", "EV" evening and dusk, "NI" night), from the one
 * table of data/timewords.tsv (kind daytime); NULL if none. */
const char *tx_day_part(const tx_scan *s, size_t i)
{
    static const char *const code[] = {NULL, "MO", "MI", "AF", "EV", "NI"};
    const tx_ent *e = NULL;
    if (i >= s->end || !(s->mask[i] & (1u << TX_DAYTIME)) || tx_kind_at(s, i, TX_DAYTIME, &e) != 1 || !e ||
        e->val < 1 || e->val > 5)
        return NULL;
    return code[e->val];
}

/* English: the part of the day told after an hour with no a.m./p.m.:
 * "in the morning", "at night", "last night", "tonight", "this afternoon",
 * "yesterday morning", "on Sunday evening", "Saturday night" (only day
 * words between).  Returns 0 morning (and dawn), 1 afternoon or evening
 * (and dusk), 2 night, -1 none (noon says no half); *own the tokens that
 * belong to the clock ("in the morning", "at night"), 0 when a day word
 * comes first (the caller reads the day). */
static int en_part_after(const tx_scan *s, size_t q, size_t *own)
{
    static const char *fill[] = {"on", "this", "last", "yesterday", "tomorrow", "early", "late"};
    const tx_ent *e;
    const char *c;
    size_t r = q;
    int day = 0;
    *own = 0;
    if (q >= s->end || s->doc->tokens.v[q].script != EVG_SCRIPT_LATN) return -1;
    if (evg_tok_is(s->doc, q, "in") && evg_tok_is(s->doc, q + 1, "the")) r = q + 2;
    else if (evg_tok_is(s->doc, q, "at") && evg_tok_is(s->doc, q + 1, "night")) r = q + 1;
    for (; r < s->end && r < q + 4; r++) {
        if ((c = tx_day_part(s, r)) && strcmp(c, "MI")) {
            if (!day) *own = r + 1 - q;
            return c[0] == 'M' ? 0 : c[0] == 'N' ? 2 : 1;
        }
        if (tx_kind_at(s, r, TX_WEEKDAY, &e) == 1 || evg_tok_in_static(s->doc, r, fill, sizeof fill / sizeof *fill, EVG_WS_PLAIN))
            day = 1;
        else
            return -1;
    }
    return -1;
}

/* An English word before an hour told without a.m./p.m. ("at nine",
 * "about 10 o'clock", "until eight in the evening"). */
static int en_hour_lead(const tx_scan *s, size_t q)
{
    static const char *w[] = {"at", "about", "around", "by", "until", "till", "before", "after", "from", "to", "since"};
    return q > s->first && evg_tok_in_static(s->doc, q - 1, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* "at" (or "at about", "at around") right before the hour at q: the only
 * leads that make a bare number before a part of the day a clock ("at 9 on
 * Sunday night"; "the toll rose to 9 on Sunday night" is a count). */
static int en_at_lead(const tx_scan *s, size_t q)
{
    if (q <= s->first) return 0;
    if (evg_tok_is(s->doc, q - 1, "at")) return 1;
    return q - 1 > s->first && (evg_tok_is(s->doc, q - 1, "about") || evg_tok_is(s->doc, q - 1, "around")) &&
           evg_tok_is(s->doc, q - 2, "at");
}

static int after_midnight(const tx_scan *s, size_t q);

/* An Arabic hour as an ordinal word, "السادسة", "الحادية عشرة": after
 * الساعة (after_hour), or alone when a part of the day follows ("السادسة
 * صباحا").  Returns the tokens read (*h the hour), 0 if none. */
static int hour_word(const tx_scan *s, size_t q, int after_hour, int *h)
{
    const tx_ent *e, *a;
    int n = tx_kind_at(s, q, TX_ORD, &e);
    if (!n || e->val < 1 || e->val > 12 || (e->flags & TX_F_EN) || s->doc->tokens.v[q].script != EVG_SCRIPT_ARAB)
        return 0;
    size_t r = q + (size_t)n;
    r += (size_t)half_quarter(s, r, &(int){0});
    int from = tx_word_at(s, r, TX_W_FROM);
    r += (size_t)from; /* الثالثة من صباح اليوم */
    int part = tx_kind_at(s, r, TX_AMPM, &a) || after_midnight(s, r) || (from && tx_kind_at(s, r, TX_DAYPART, &a));
    if (!after_hour && (!part || !hour_lead(s, q))) return 0; /* الثانية من فجر اليوم */
    *h = e->val;
    return n;
}

/* "midnight", "noon", "midday", "منتصف الليل", "منتصف ليل (الأحد)", "منتصف
 * الليلة" (tonight's: tx_p_clock moves it on a day), "منتصف النهار": an hour named by a word (*h 0 or 12); tokens read or 0. */
static int midnight_noon(const tx_scan *s, size_t q, int *h)
{
    static const char *mid = "\xd9\x85\xd9\x86\xd8\xaa\xd8\xb5\xd9\x81";                   /* منتصف */
    static const char *night[] = {"\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84", "\xd9\x84\xd9\x8a\xd9\x84", /* الليل ليل */
                                  "\xd8\xa7\xd9\x84\xd9\x84\xd9\x8a\xd9\x84\xd9\x87",                        /* الليله: tonight's */
                                  "\xd9\x84\xd9\x8a\xd9\x84\xd9\x87"};                                         /* ليله: of a named night */
    static const char *day = "\xd8\xa7\xd9\x84\xd9\x86\xd9\x87\xd8\xa7\xd8\xb1";         /* النهار */
    if (q >= s->end) return 0;
    if (evg_tok_is(s->doc, q, "midnight")) return *h = 0, 1;
    if (evg_tok_is(s->doc, q, "noon") || evg_tok_is(s->doc, q, "midday")) return *h = 12, 1;
    if (!tx_is(s->doc, q, mid) || q + 1 >= s->end) return 0;
    if (evg_tok_is(s->doc, q + 1, night[0]) || evg_tok_is(s->doc, q + 1, night[1]) || evg_tok_is(s->doc, q + 1, night[2]) ||
        (evg_tok_is(s->doc, q + 1, night[3]) && q + 2 < s->end && (s->mask[q + 2] & (1u << TX_WEEKDAY))))
        return *h = 0, 2; /* منتصف ليلة السبت: only with its weekday */
    if (evg_tok_is(s->doc, q + 1, day)) return *h = 12, 2;
    return 0;
}

/* A time-zone abbreviation in capitals at token i ("GMT", "EST", "WAT"). */
static int zone_abbrev(const tx_scan *s, size_t i)
{
    static const char *z[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
                              "cet", "cest", "eet", "eest", "msk", "wat", "cat", "eat", "sast", "ist", "pkt",
                              "jst", "kst", "aest", "ast", "gst"};
    const evg_token *t = &s->doc->tokens.v[i];
    const char *raw = s->doc->raw.p + t->os;
    if (t->oe - t->os < 3 || raw[0] < 'A' || raw[0] > 'Z' || raw[1] < 'A' || raw[1] > 'Z') return 0;
    for (size_t k = 0; k < sizeof z / sizeof *z; k++)
        if (evg_tok_is(s->doc, i, z[k])) return 1;
    return 0;
}

static int zone_only_len(const tx_scan *s, size_t q);

/* The same clock in another zone, in brackets, after a clock time: "6 p.m.
 * local time (1500 GMT)", "العاشرة صباحا (07:00 بتوقيت غرينتش)"; the tokens
 * it spans, 0 if none. */
static int bracket_clock_len(const tx_scan *s, size_t q)
{
    size_t r = q + 1;
    int v, z;
    if (!tx_punct_at(s, q, "(") || !tx_num_at(s, r, &v)) return 0;
    r++;
    if ((tx_punct_at(s, r, ":") || tx_punct_at(s, r, ".")) && tx_num_at(s, r + 1, &v)) r += 2; /* 15:00 */
    if (tx_kind_at(s, r, TX_AMPM, &(const tx_ent *){NULL})) r++;                                 /* 3 p.m. */
    if (!(z = zone_only_len(s, r))) return 0;
    r += (size_t)z;
    return tx_punct_at(s, r, ")") ? (int)(r + 1 - q) : 0;
}

/* A zone alone in brackets after a clock: "1400 (GMT)", "الساعة 1400
 * (بتوقيت غرينتش)"; the tokens it spans, 0 if none. */
static int bracket_zone_len(const tx_scan *s, size_t q)
{
    int z;
    if (!tx_punct_at(s, q, "(") || !(z = zone_only_len(s, q + 1))) return 0;
    return tx_punct_at(s, q + 1 + (size_t)z, ")") ? z + 2 : 0;
}

/* A time zone (maybe alone in brackets), then maybe the clock in another
 * zone in brackets (above). */
int tx_zone_len(const tx_scan *s, size_t q)
{
    int n = zone_only_len(s, q);
    if (!n) n = bracket_zone_len(s, q);
    return n + bracket_clock_len(s, q + (size_t)n);
}

/* A time zone after a clock time: "GMT", "UTC+3", "EST", "local time",
 * "Moscow time", "West Africa Time", "بالتوقيت المحلي", "بتوقيت مكة
 * المكرمة", "بتوقيت غرينتش"; the tokens it spans, 0 if none. */
static int zone_only_len(const tx_scan *s, size_t q)
{
    static const char *bi = "\xd8\xa8\xd8\xaa\xd9\x88\xd9\x82\xd9\x8a\xd8\xaa";              /* بتوقيت */
    static const char *bal = "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xaa\xd9\x88\xd9\x82\xd9\x8a\xd8\xaa"; /* بالتوقيت */
    static const char *mukarrama = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x83\xd8\xb1\xd9\x85\xd9\x87";  /* المكرمه */
    size_t r = q;
    if (q >= s->end) return 0;
    if (zone_abbrev(s, q)) {
        r = q + 1;
        if ((tx_punct_at(s, r, "+") || tx_dash_at(s, r)) && tx_glued(s, r) && tx_num_at(s, r + 1, &(int){0}))
            r += 2; /* GMT+3 */
        return (int)(r - q);
    }
    if ((tx_is(s->doc, q, bi) || tx_is(s->doc, q, bal)) && q + 1 < s->end &&
        s->doc->tokens.v[q + 1].kind == EVG_TOK_WORD)
        return evg_tok_is(s->doc, q + 2, mukarrama) ? 3 : 2;
    if (evg_tok_is(s->doc, q, "local") && evg_tok_is(s->doc, q + 1, "time")) return 2;
    if (evg_tok_is(s->doc, q, "\xd8\xaa") && tx_punct_at(s, q + 1, ".") && evg_tok_is(s->doc, q + 2, "\xd8\xba"))
        return 3; /* ت.غ: توقيت غرينتش */
    if (s->doc->tokens.v[q].oe - s->doc->tokens.v[q].os == 2 &&
        (memcmp(s->doc->raw.p + s->doc->tokens.v[q].os, "ET", 2) == 0 ||
         memcmp(s->doc->raw.p + s->doc->tokens.v[q].os, "PT", 2) == 0))
        return 1; /* US Eastern, Pacific time */
    while (r < s->end && r < q + 2 && (s->doc->tokens.v[r].flags & EVG_TOKF_CAP) && !evg_tok_is(s->doc, r, "time")) r++;
    return r > q && evg_tok_is(s->doc, r, "time") ? (int)(r + 1 - q) : 0; /* Moscow time, West Africa Time */
}

/* English "hours" or "hrs" after a clock ("22:29 hours", "0400 hours"). */
static int hours_word(const tx_scan *s, size_t q)
{
    return q < s->end && (evg_tok_is(s->doc, q, "hours") || evg_tok_is(s->doc, q, "hrs"));
}

/* "1400 GMT", "0600 local time": a wire-service clock of four digits with
 * its zone (the zone itself is left to the caller); or "at 0400 hours"
 * (after "at" only, and not "1200 hours of flying": a length). */
static int zoned_four_digits(const tx_scan *s, size_t q, int *h, int *mi)
{
    int v;
    if (tx_num_at(s, q, &v) != 4 || v / 100 > 23 || v % 100 > 59) return 0;
    if (!tx_zone_len(s, q + 1) &&
        !(hours_word(s, q + 1) && en_at_lead(s, q) && !(q + 2 < s->end && evg_tok_is(s->doc, q + 2, "of"))))
        return 0;
    *h = v / 100;
    *mi = v % 100;
    return 1;
}

/* 1 when a line break of the original text comes right before token i
 * (or i opens the document). */
int tx_line_opens(const tx_scan *s, size_t i)
{
    const evg_token *v = s->doc->tokens.v;
    if (i == 0) return 1;
    if (i >= s->doc->tokens.n || v[i].os <= v[i - 1].oe) return 0;
    return memchr(s->doc->raw.p + v[i - 1].oe, '\n', (size_t)(v[i].os - v[i - 1].oe)) != NULL;
}

/* "بعد منتصف الليل", "من بعد منتصف الليل" after an hour: a small hour of
 * the night ("الساعة الواحدة بعد منتصف الليل" is 01:00, "12:02 من بعد
 * منتصف الليل" 00:02).  The tokens read, or 0. */
static int after_midnight(const tx_scan *s, size_t q)
{
    int h;
    size_t k = q + (size_t)(tx_word_at(s, q, TX_W_FROM) == 1 && tx_word_at(s, q + 1, TX_W_AFTER)); /* من بعد */
    if (!tx_word_at(s, k, TX_W_AFTER) || s->doc->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    int n = midnight_noon(s, k + 1, &h);
    return n == 2 && h == 0 ? (int)(k - q) + 1 + n : 0;
}

/* "after midnight" / "بعد منتصف الليل" up to eight tokens before the clock
 * at q in its sentence ("بعد منتصف الليل بدقيقتين، أي عند الساعة 12:02",
 * "just after midnight, at 12:05"): a 12 told there is the small hour. */
static int midnight_told_before(const tx_scan *s, size_t q)
{
    int h;
    for (size_t k = q; k-- > s->first && k + 8 >= q;)
        if (k > s->first && midnight_noon(s, k, &h) && h == 0 && tx_word_at(s, k - 1, TX_W_AFTER)) return 1;
    return 0;
}

/* A clock written with a dot, "8.30am", "10.45 GMT" (one number token):
 * only with a part of the day or a zone after it ("2.30 per cent" is a
 * number), or opening its line before a dash or a colon (a live blog's
 * "10.45 - ...").  1 with *h and *mi set, or 0. */
static int dotted_clock(const tx_scan *s, size_t q, int *h, int *mi)
{
    const tx_ent *e;
    size_t n;
    if (q >= s->end || s->doc->tokens.v[q].kind != EVG_TOK_NUM) return 0;
    const char *t = evg_tok_text(s->doc, &s->doc->tokens.v[q], &n);
    if (n < 4 || n > 5 || t[n - 3] != '.') return 0;
    for (size_t k = 0; k < n; k++)
        if (k != n - 3 && (t[k] < '0' || t[k] > '9')) return 0;
    int hh = n == 5 ? (t[0] - '0') * 10 + (t[1] - '0') : t[0] - '0', mm = (t[n - 2] - '0') * 10 + (t[n - 1] - '0');
    if (hh > 23 || mm > 59) return 0;
    int stamp = tx_line_opens(s, q) && (q + 1 >= s->end || tx_line_opens(s, q + 1) || tx_dash_at(s, q + 1) ||
                                        tx_punct_at(s, q + 1, ":")); /* a live blog's "10.45 - ..." */
    if (!stamp && !tx_kind_at(s, q + 1, TX_AMPM, &e) && !zone_only_len(s, q + 1)) return 0;
    *h = hh;
    *mi = mm;
    return 1;
}

/* A clock time after a dated day: "- 6:30 صباحا", "at 5 pm", "الساعة
 * 11:17"; never on the next line ("Tuesday 21 November\n09:05 GMT - ...": a
 * live blog's first entry under its day's heading). */
int tx_parse_time(const tx_scan *s, size_t *p, tx_spec *sp)
{
    size_t q = *p;
    if (q < s->end && (tx_dash_at(s, q) || tx_comma_at(s, q)) && !tx_line_opens(s, q)) q++;
    if (q >= s->end || tx_line_opens(s, q)) return 0;
    return tx_parse_clock(s, p, sp);
}

/* The half of the day after a clock read up to *q: a.m./p.m., صباحا/مساء,
 * ليلا (*night), م after a colon time, "بعد منتصف الليل"; moves *q past
 * it.  1 p.m., 0 a.m., -1 none. */
static int ampm_after(const tx_scan *s, size_t *q, int colon, int *night, tx_spec *sp)
{
    const tx_ent *e;
    int n;
    if ((n = tx_kind_at(s, *q, TX_AMPM, &e))) {
        *night = tx_is(s->doc, *q, "\xd9\x84\xd9\x8a\xd9\x84\xd8\xa7"); /* ليلا */
        *q += (size_t)n;
        sp->has_ampm = 1;
        return e->val;
    }
    if (colon && (evg_tok_is(s->doc, *q, "\xd9\x85"))) { /* م after a time = evening */
        (*q)++;
        return 1;
    }
    if ((n = after_midnight(s, *q))) { /* الواحدة بعد منتصف الليل */
        *q += (size_t)n;
        sp->has_ampm = 1;
        return 0;
    }
    return -1;
}

/* An English bare hour h (1-12) led by "at"/"about" at hq, read up to *q:
 * "o'clock" and/or a part of the day after it ("at 10 o'clock last night",
 * "at nine on Sunday evening") set sp->oclock, move *q past them (the day
 * is the caller's) and give *ampm from the part of the day. */
static void en_oclock(const tx_scan *s, size_t hq, size_t *q, int h, int *ampm, tx_spec *sp)
{
    size_t own = 0;
    int o = oclock_len(s, *q), part = en_part_after(s, *q + (size_t)o, &own);
    if (!o && (part < 0 || !en_at_lead(s, hq))) return;
    *q += (size_t)o + own;
    sp->oclock = 1;
    if (part == 1 || (part == 2 && h >= 6 && h < 12)) *ampm = 1;
    if (part == 0 || (part == 2 && (h < 6 || h == 12))) *ampm = 0; /* "12 on Saturday night": midnight */
}

/* A clock time: "at 5 pm", "الساعة 6:30 صباحا", "8.30am", "1400 GMT",
 * maybe after a dash or comma (a day before it is the caller's). */
int tx_parse_clock(const tx_scan *s, size_t *p, tx_spec *sp)
{
    const tx_ent *e;
    size_t q = *p;
    int h, mi = 0, n, colon = 0, ampm = -1, hourw = 0;
    if (tx_dash_at(s, q) || tx_comma_at(s, q)) q++;
    if ((n = tx_word_at(s, q, TX_W_HOUR))) { /* الساعة names an hour; "at" needs a colon or am/pm */
        hourw = s->doc->tokens.v[q].script == EVG_SCRIPT_ARAB;
        q += (size_t)n;
    }
    if ((n = midnight_noon(s, q, &h)) || zoned_four_digits(s, q, &h, &mi)) {
        sp->hh = h;
        sp->mi = n ? 0 : mi;
        sp->has_time = sp->has_ampm = 1;
        *p = q + (n ? (size_t)n : 1);
        if (!n && hours_word(s, *p)) (*p)++; /* 0400 hours */
        return 1;
    }
    int dotted = dotted_clock(s, q, &h, &mi);
    int latin = q < s->end && (s->doc->tokens.v[q].script == EVG_SCRIPT_LATN ||
                               (s->en && s->doc->tokens.v[q].kind == EVG_TOK_NUM)), enword = 0;
    if (dotted) {
        q++;
        colon = 1;
    } else if ((n = tx_num_at(s, q, &h)) && n <= 2 && h <= 24) {
        q++;
    } else if (latin && tx_kind_at(s, q, TX_CARD, &e) == 1 && e->val >= 1 && e->val <= 12) {
        h = e->val; /* "at nine on Sunday evening", "ten o'clock" */
        q++;
        enword = 1;
    } else if ((n = hour_word(s, q, hourw, &h))) {
        q += (size_t)n; /* الساعة السادسة, في السادسة صباحا */
        hourw = 1;
    } else {
        return 0;
    }
    if (dotted) {
    } else if (tx_punct_at(s, q, ":") && tx_glued(s, q) && tx_num_at(s, q + 1, &mi) == 2 && mi < 60) {
        q += 2;
        colon = 1;
        if (hours_word(s, q)) q++; /* "died at 22:29 hours this evening" */
    } else if (hourw && (n = half_quarter(s, q, &mi))) {
        q += (size_t)n; /* السادسة والنصف, العاشرة وخمس دقائق, الثانية عشرة إلا ربعا */
        if (mi < 0) h = h > 1 ? h - 1 : 12, mi += 60;
    }
    int night = 0;
    ampm = ampm_after(s, &q, colon, &night, sp);
    size_t hq = *p + (size_t)(tx_dash_at(s, *p) || tx_comma_at(s, *p)) + (size_t)tx_word_at(s, *p, TX_W_HOUR);
    if (latin && ampm < 0 && !colon && h >= 1 && h <= 12 && en_hour_lead(s, hq)) en_oclock(s, hq, &q, h, &ampm, sp);
    if (enword && !sp->oclock) return 0;
    if (!colon && ampm < 0 && !hourw && !sp->oclock) return 0;
    if (night && (h < 6 || h == 12)) ampm = 0; /* "الثانية ليلا": two in the night, 02:00 */
    if (ampm < 0 && colon && h == 12 && midnight_told_before(s, *p)) ampm = 0; /* after midnight, at 12:02 */
    if (ampm == 1 && h < 12) h += 12;
    if (ampm == 0 && h == 12) h = 0;
    sp->hh = h % 24;
    sp->mi = mi;
    sp->has_time = 1;
    *p = q;
    return 1;
}

/* A month name alone must follow a preposition or a part word (في يونيو). */
int tx_month_context(const tx_scan *s, size_t i)
{
    const tx_ent *e;
    if (i <= s->first) return 0;
    static const int ws[] = {TX_W_IN, TX_W_SINCE, TX_W_FROM, TX_W_TO, TX_W_WITHIN, TX_W_OF,
                             TX_W_BETWEEN, TX_W_BEFORE, TX_W_AFTER, TX_W_FOR};
    for (size_t k = 0; k < sizeof ws / sizeof *ws; k++)
        if (tx_word_at(s, i - 1, ws[k]) == 1) return 1; /* FOR: طوال رمضان, throughout July */
    if (tx_kind_at(s, i - 1, TX_PART, &e) == 1) return 1;
    if (evg_tok_is(s->doc, i - 1, "for") || evg_tok_is(s->doc, i - 1, "by") ||
        tx_is(s->doc, i - 1, "\xd8\xa8\xd8\xad\xd9\x84\xd9\x88\xd9\x84")) /* بحلول */
        return 1; /* scheduled for April, by March */
    if (tx_is(s->doc, i - 1, "\xd8\xb4\xd9\x87\xd8\xb1\xd9\x8a")) return 1; /* شهري يوليو وأغسطس: the two months */
    if (tx_kind_at(s, i, TX_MONTH, &e) && !(e->flags & TX_F_WEAK) && (evg_tok_is(s->doc, i - 1, "now") ||
        (i >= s->first + 3 && evg_tok_is(s->doc, i - 1, "is") && evg_tok_is(s->doc, i - 2, "it") &&
         evg_tok_is(s->doc, i - 3, "now"))))
        return 1; /* it is now December, now it is March: the present month */
    if (i >= s->first + 2 && tx_dash_at(s, i - 1) && tx_glued(s, i - 1) && tx_kind_at(s, i - 2, TX_PART, &e) == 1)
        return 1; /* mid-December */
    /* "في يوليو أو أغسطس": a second month after "or"/"and" */
    int conj = tx_word_at(s, i - 1, TX_W_AND) || evg_tok_is(s->doc, i - 1, "\xd8\xa7\xd9\x88") ||
               evg_tok_is(s->doc, i - 1, "or");
    return conj && i >= s->first + 2 && tx_kind_at(s, i - 2, TX_MONTH, &e) == 1;
}

/* A weak month name alone (ماي, آب, May) after a preposition; English needs a capital. */
int tx_weak_ok(const tx_scan *s, size_t i)
{
    const evg_token *t = &s->doc->tokens.v[i];
    if (t->script == EVG_SCRIPT_LATN && !(t->flags & EVG_TOKF_CAP)) return 0;
    return tx_month_context(s, i) || tx_whole_sentence(s, i, i + 1);
}

/* 1 when token i, a dual noun or adjective, ends in -ين and carries the
 * article (الطرفين, للبلدين): "الاثنين" after it means "the two". */
static int definite_dual(const evg_doc *doc, size_t i)
{
    size_t n;
    const evg_token *t = &doc->tokens.v[i];
    const char *w = evg_tok_text(doc, t, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || n < 10) return 0;
    if (memcmp(w + n - 4, "\xd9\x8a\xd9\x86", 4) != 0) return 0; /* ين */
    if (n >= 12 && (memcmp(w, "\xd9\x88", 2) == 0 || memcmp(w, "\xd9\x81", 2) == 0)) w += 2, n -= 2; /* و ف */
    if (n >= 12 && (memcmp(w, "\xd8\xa8\xd8\xa7\xd9\x84", 6) == 0 || memcmp(w, "\xd9\x83\xd8\xa7\xd9\x84", 6) == 0))
        w += 2; /* بال كال */
    return memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0 || memcmp(w, "\xd9\x84\xd9\x84", 4) == 0; /* ال لل */
}

/* "الاثنين" is also the numeral "the two": not Monday after بين, كلا, هذين,
 * هاتين or a definite dual (الطرفين الاثنين), nor before معا/منهما/كليهما;
 * "الأحد عشر" is eleven, not Sunday.  Other weekdays, and Monday after يوم or with a direction word, pass. */
int tx_weekday_ok(const tx_scan *s, size_t i)
{
    static const char *before[] = {"\xd8\xa8\xd9\x8a\xd9\x86", "\xd9\x83\xd9\x84\xd8\xa7",            /* بين كلا */
                                   "\xd9\x87\xd8\xb0\xd9\x8a\xd9\x86", "\xd9\x87\xd8\xa7\xd8\xaa\xd9\x8a\xd9\x86"}; /* هذين هاتين */
    static const char *after[] = {"\xd9\x85\xd8\xb9\xd8\xa7", "\xd9\x85\xd9\x86\xd9\x87\xd9\x85\xd8\xa7", /* معا منهما */
                                  "\xd9\x83\xd9\x84\xd9\x8a\xd9\x87\xd9\x85\xd8\xa7"};                   /* كليهما */
    if (tx_is(s->doc, i, "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xad\xd8\xaf") && i + 1 < s->end &&
        tx_is(s->doc, i + 1, "\xd8\xb9\xd8\xb4\xd8\xb1"))
        return 0; /* الأحد عشر: eleven */
    if (!tx_is(s->doc, i, "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xab\xd9\x86\xd9\x8a\xd9\x86")) return 1; /* الاثنين */
    if (i > s->first) {
        for (size_t k = 0; k < sizeof before / sizeof *before; k++)
            if (tx_is(s->doc, i - 1, before[k])) return 0;
        if (definite_dual(s->doc, i - 1)) return 0;
    }
    for (size_t k = 0; k < sizeof after / sizeof *after; k++)
        if (i + 1 < s->end && tx_is(s->doc, i + 1, after[k])) return 0;
    return 1;
}

/* 1 when tokens [i, end) are the whole sentence but for punctuation (a
 * heading such as "1974" or "May"): a bare year or month name then stands. */
int tx_whole_sentence(const tx_scan *s, size_t i, size_t end)
{
    const evg_token *v = s->doc->tokens.v;
    if (i != s->first) return 0;
    for (size_t k = end; k < s->end && v[k].sent == v[i].sent; k++)
        if (v[k].kind != EVG_TOK_PUNCT) return 0;
    return 1;
}

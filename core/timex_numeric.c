/*
 * timex_numeric.c - dates written in digits: 12/7/2025 (day first in Arabic
 * text and in English documents that write their dates day first),
 * 2023-09-24, "12.07.2023", a month and year ("7/2025"), a year-less "2/15"
 * or "15/2" only after a preposition or as a heading, and Roman months
 * ("12.VII.2024").
 *
 * Reads the number tokens (tx_num_at, tx_glued, timex_tok.c) and the
 * resolver (tx_resolve_date); tx_named_year (timex_date.c) for a well-known
 * day used as a name.  Exports tx_p_numeric, tried by the driver in
 * timex_parse.c, and tx_day_number, the one- or two-digit day test
 * timex_date.c shares (timex_int.h).
 */
#include "timex_int.h"


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
int tx_day_number(const evg_doc *d, size_t k)
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
            if (k > 0 && tx_day_number(d, k - 1)) df++;
            else if (tx_day_number(d, k + 1)) mf++;
        } else if (tx_day_number(d, k) > 12 && k + 2 < d->tokens.n && evg_tok_is(d, k + 1, "/") &&
                   tx_day_number(d, k + 2) && tx_day_number(d, k + 2) <= 12) {
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

size_t tx_p_numeric(const tx_scan *s, size_t i, tx_hit *h)
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

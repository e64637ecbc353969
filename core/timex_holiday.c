/*
 * timex_holiday.c - named holidays.  "عيد الفطر", "عيد الأضحى 2023",
 * "last Easter", "Christmas 2024", "thanksgiving in 9 months" (the holiday
 * of the year a duration reaches), either Eid by the tense, "the Easter
 * weekend", the n-th day of a holiday ("في ثاني أيام عيد الفطر"), and a
 * country's national day: a holiday row of one country counts when the
 * country written next to the day's name (لدولة الإمارات, "Qatar's"),
 * else of the one the text names first; someone else's day is no match.
 * Reads the holiday rules of data/holidays.tsv (evg_timex_data.hol) and
 * their calendars (timex_cal.c), the original bytes of the tokens, and
 * tx_p_duration of timex_duration.c.  Each tx_p_* returns the index past
 * its match (0 = none) and fills a tx_hit.
 */
#include "timex_int.h"

#include <stdio.h>

/* The occurrence nearest the reference date in the direction asked. */
static int32_t holiday_pick(const tx_scan *s, const tx_holiday *hol, int dir, int *len)
{
    static const tx_holiday eids[] = {{TX_CAL_HIJRI, 10, 1, 1, 0, ""}, {TX_CAL_HIJRI, 12, 10, 1, 0, ""}}; /* الفطر, الأضحى */
    int y0, m0, d0, l, eid = hol->cal == TX_CAL_EID;
    int32_t best = EVG_NODATE;
    /* a past event verb with no direction word ("shops were shut on New Year's Eve"): on or before */
    int past_event = dir == TX_D_NONE && s->past_event && !s->future;
    int want_future = !past_event && (dir == TX_D_NEXT || dir == TX_D_THIS || s->prefer == EVG_PREFER_FUTURE || s->future);
    int nearest = eid && dir == TX_D_NONE && !past_event && !want_future && !s->past; /* "the Eid holiday": the nearer Eid */
    evg_civil_from_days(s->dct, &y0, &m0, &d0);
    for (int k = 0; k < (eid ? 2 : 1); k++)
        for (int y = y0 - 1; y <= y0 + 1; y++) {
            int32_t day = tx_holiday_in_year(eid ? &eids[k] : hol, y, &l);
            if (day == EVG_NODATE) continue;
            int ok = dir == TX_D_PAST || (eid && s->past && !want_future) ? day < s->dct + (dir != TX_D_PAST)
                     : past_event ? day <= s->dct : want_future ? day >= s->dct : day - s->dct <= 183;
            if (!ok) continue;
            if (best != EVG_NODATE) { /* no distance to a day not yet chosen (EVG_NODATE is INT32_MIN) */
                int32_t gap = day > s->dct ? day - s->dct : s->dct - day, bgap = best > s->dct ? best - s->dct : s->dct - best;
                if (!(nearest ? gap < bgap : (dir == TX_D_PAST || !want_future ? day > best : day < best))) continue;
            }
            best = day;
            *len = l;
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

/* "thanksgiving in 9 months", "Christmas two years ago": the holiday of the
 * year that the shifted period falls in.  Returns the new end (q if none). */
/* "in a year", "9 months from now", "two years ago" at q: the year the
 * shifted reference date falls in (*y); returns the end or 0. */
size_t tx_shift_year(const tx_scan *s, size_t q, int *y)
{
    tx_hit d;
    memset(&d, 0, sizeof d);
    size_t e = tx_p_duration(s, q, &d);
    if (!e || d.first > q + 1 || d.type != EVG_TIMEX_DATE || d.value[0] == 'X' || sscanf(d.value, "%4d", y) != 1)
        return 0;
    return e;
}

static size_t holiday_shift(const tx_scan *s, size_t q, tx_spec *sp)
{
    int y;
    size_t e = tx_shift_year(s, q, &y);
    if (!e) return q;
    sp->y = y;
    return e;
}

/* "عيد الفطر", "عيد الأضحى 2023", "last Easter", "Christmas 2024". */
/* The first byte offset in the document of one of the words of where
 * ("|" between), -1 when none is there. */
static long where_at(const evg_doc *d, const char *where)
{
    long best = -1;
    for (const char *w = where; *w;) {
        size_t n = strcspn(w, "|");
        for (const char *p = d->raw.p, *end = d->raw.p + d->raw.n; n && p + n <= end; p++) {
            if (memcmp(p, w, n) == 0) {
                if (best < 0 || p - d->raw.p < best) best = p - d->raw.p;
                break;
            }
        }
        w += n + (w[n] == '|');
    }
    return best;
}

/* ---- whose national day: the country written next to the holiday's name ---- */

#define AR_AL_ "\xd8\xa7\xd9\x84" /* ال */
#define AR_LAM_ "\xd9\x84"       /* ل */

/* Original text of token i (n bytes), NULL past the scan. */
static const char *orig_tok(const tx_scan *s, size_t i, size_t *n)
{
    if (i >= s->end) return NULL;
    const evg_token *t = &s->doc->tokens.v[i];
    *n = (size_t)(t->oe - t->os);
    return s->doc->raw.p + t->os;
}

static int bytes_start(const char *w, size_t n, const char *z)
{
    size_t m = strlen(z);
    return n >= m && memcmp(w, z, m) == 0;
}

static int bytes_end(const char *w, size_t n, const char *z)
{
    size_t m = strlen(z);
    return n >= m && memcmp(w + n - m, z, m) == 0;
}

/* Does the word w (n bytes, as written) name the country of where ("|"
 * between its words): one of them begins w ("الكويتي", "Turkish", "Qatar's"),
 * or begins w without its article ("القطري" for قطر)? */
static int owner_is(const char *w, size_t n, const char *where)
{
    size_t al = strlen(AR_AL_);
    for (const char *p = where; *p;) {
        size_t m = strcspn(p, "|");
        if (m >= 4 && ((n >= m && memcmp(w, p, m) == 0) ||
                       (bytes_start(w, n, AR_AL_) && n - al >= m && memcmp(w + al, p, m) == 0)))
            return 1;
        p += m + (p[m] == '|');
    }
    return 0;
}

/* The Arabic word after a holiday's name, its prepositional ل taken off
 * ("لتركيا" -> تركيا; "للإمارات" -> الإمارات, written into buf). */
static const char *ar_owner_word(const char *w, size_t *n, char *buf, size_t cap)
{
    size_t l = strlen(AR_LAM_);
    if (!bytes_start(w, *n, AR_LAM_) || *n <= 2 * l + 2) return w;
    if (bytes_start(w + l, *n - l, AR_LAM_) && *n + 2 <= cap) { /* لل + noun = ل + ال + noun */
        memcpy(buf, AR_AL_, strlen(AR_AL_));
        memcpy(buf + strlen(AR_AL_), w + 2 * l, *n - 2 * l);
        *n = *n - 2 * l + strlen(AR_AL_);
        return buf;
    }
    *n -= l;
    return w + l;
}

/* A state's title between a day's name and the state ("اليوم الوطني لدولة
 * الإمارات", "لسلطنة عمان"): 1 when w (without its ل) is one. */
static int ar_state_title(const char *w, size_t n)
{
    static const char *t[] = {"\xd8\xaf\xd9\x88\xd9\x84\xd8\xa9",                       /* دولة */
                              "\xd9\x85\xd9\x85\xd9\x84\xd9\x83\xd8\xa9",             /* مملكة */
                              "\xd8\xa7\xd9\x84\xd9\x85\xd9\x85\xd9\x84\xd9\x83\xd8\xa9", /* المملكة */
                              "\xd8\xb3\xd9\x84\xd8\xb7\xd9\x86\xd8\xa9",             /* سلطنة */
                              "\xd8\xac\xd9\x85\xd9\x87\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa9"}; /* جمهورية */
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (n == strlen(t[k]) && memcmp(w, t[k], n) == 0) return 1;
    return 0;
}

/* Is the Arabic word w, right after a day's name, someone else's: a
 * nisba adjective ("الياباني", "الإيطالية") or a ل-phrase ("لليابان",
 * "للمرأة"), not a pronoun ("لها", "لبلاده": the country told before)? */
static int ar_other_owner(const tx_scan *s, size_t q, const char *w0, size_t n0)
{
    static const char *pron[] = {"\xd9\x84\xd9\x87\xd8\xa7", "\xd9\x84\xd9\x87",           /* لها له */
                                 "\xd9\x84\xd9\x87\xd9\x85", "\xd9\x84\xd9\x86\xd8\xa7",   /* لهم لنا */
                                 "\xd9\x84\xd8\xa8\xd9\x84\xd8\xa7\xd8\xaf"};                /* لبلاد... */
    const tx_ent *e;
    int v;
    if (tx_kind_at(s, q, TX_ORD, &e) || tx_dir_at(s, q, &v) || s->doc->tokens.v[q].kind != EVG_TOK_WORD) return 0;
    for (size_t k = 0; k < sizeof pron / sizeof *pron; k++)
        if (bytes_start(w0, n0, pron[k]) && (k == 4 || n0 == strlen(pron[k]))) return 0;
    if (bytes_start(w0, n0, AR_LAM_) && !bytes_start(w0, n0, AR_AL_)) return 1;
    return bytes_start(w0, n0, AR_AL_) && n0 >= 10 &&
           (bytes_end(w0, n0, "\xd9\x8a") || bytes_end(w0, n0, "\xd9\x8a\xd8\xa9")); /* -ي -ية */
}

/* An English demonym or country before "National Day": a capitalised word
 * that is no time word, with "'s" or a demonym's ending (-ish -ese -an -i
 * -ch), or any capitalised word after "of" ("National Day of Mourning" is
 * no state's day either). */
static int en_other_owner(const char *w, size_t n, int after_of, int poss)
{
    static const char *end[] = {"ish", "ese", "an", "i", "ch"};
    if (after_of || poss) return 1;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++)
        if (bytes_end(w, n, end[k])) return 1;
    return 0;
}

/* The token that says whose day a country's day at [i, q) is: the word
 * after it in Arabic (past a state's title), the capitalised word before it
 * in English (before its "'s") or after "of".  Its text goes to *w; *poss
 * is set for a possessive, *of for "of".  -1 when there is none. */
static long owner_token(const tx_scan *s, size_t i, size_t q, int *poss, int *of)
{
    size_t n, p;
    char buf[96];
    const char *w;
    *poss = *of = 0;
    if (!s->en) {
        if (!(w = orig_tok(s, q, &n))) return -1;
        w = ar_owner_word(w, &n, buf, sizeof buf);
        return ar_state_title(w, n) && q + 1 < s->end ? (long)q + 1 : (long)q;
    }
    if (tx_word_at(s, q, TX_W_OF) && q + 1 < s->end && (s->doc->tokens.v[q + 1].flags & EVG_TOKF_CAP)) {
        *of = 1;
        return (long)q + 1;
    }
    if (i == 0 || i <= s->first) return -1;
    p = i - 1;
    w = orig_tok(s, p, &n);
    if (w && n == 1 && w[0] == 's' && p >= s->first + 2 &&
        (tx_punct_at(s, p - 1, "'") || tx_punct_at(s, p - 1, "\xe2\x80\x99"))) {
        p -= 2;
        *poss = 1;
    } else if (w && (bytes_end(w, n, "'s") || bytes_end(w, n, "\xe2\x80\x99s"))) {
        *poss = 1;
    }
    if (!(s->doc->tokens.v[p].flags & EVG_TOKF_CAP) || s->mask[p]) return -1;
    return (long)p;
}

/* Holiday row k at tokens [i, q): for a day of one country the row of the
 * country written next to it ("اليوم الوطني الكويتي", "Qatar's National
 * Day"); NULL when the word there names a country without a row ("اليوم
 * الوطني الياباني", "Norwegian National Day": not a day we can date);
 * else the row of the country the document names first, NULL when it
 * names none of them. */
static const tx_holiday *country_holiday(const tx_scan *s, int k, size_t i, size_t q)
{
    const evg_doc *d = s->doc;
    const tx_holiday *v = d->ctx->timex->hol.v, *best = NULL;
    size_t n = d->ctx->timex->hol.n, wn;
    int poss, of;
    if (!v[k].group) return &v[k];
    long o = owner_token(s, i, q, &poss, &of);
    const char *w = o >= 0 ? orig_tok(s, (size_t)o, &wn) : NULL;
    if (w) {
        char buf[96];
        size_t an = wn;
        const char *aw = s->en ? w : ar_owner_word(w, &an, buf, sizeof buf);
        for (size_t j = (size_t)v[k].group - 1; j < n && v[j].group == v[k].group; j++)
            if (owner_is(aw, an, v[j].where)) return &v[j];
        if (s->en ? en_other_owner(w, wn, of, poss) : ar_other_owner(s, (size_t)o, w, wn)) return NULL;
    }
    long at = -1;
    for (size_t j = (size_t)v[k].group - 1; j < n && v[j].group == v[k].group; j++) {
        long p = where_at(d, v[j].where);
        if (p >= 0 && (at < 0 || p < at)) at = p, best = &v[j];
    }
    return best;
}

/* English "the Easter weekend", "over the Thanksgiving weekend": the
 * weekend of the holiday's ISO week (TIMEX3 YYYY-Www-WE), not the weekend
 * of the reference date; 1 when "weekend" at q was read, else 0. */
static size_t holiday_weekend(const tx_scan *s, size_t q, tx_hit *h)
{
    int32_t b, e;
    int wy, wn;
    if (!s->en || q >= s->end || !evg_tok_is(s->doc, q, "weekend")) return 0;
    evg_value_range(h->value, &b, &e);
    if (b == EVG_NODATE || b != e) return 0;
    tx_iso_week(b, &wy, &wn);
    snprintf(h->value, sizeof h->value, "%04d-W%02d-WE", wy, wn);
    return 1;
}

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
    const tx_holiday *hol = country_holiday(s, e->val, q, q + (size_t)n);
    if (!hol) return 0;
    q += (size_t)n;
    size_t ry = q;
    if (dir == TX_D_NONE && s->en && tx_parse_year_rel(s, &ry, &sp)) {
        q = ry; /* "Ramadan next year": the year, not "next" alone */
    } else if (dir == TX_D_NONE && (n = tx_dir_at(s, q, &v)) && v) {
        dir = tx_dir_kind(v);
        q += (size_t)n;
    } else {
        r = q + (tx_comma_at(s, q) || tx_word_at(s, q, TX_W_OF));
        if (tx_parse_year(s, &r, &sp, 1) || tx_parse_year_rel(s, &r, &sp)) q = r;
        else q = holiday_shift(s, q, &sp);
    }
    if (!holiday_value(s, hol, &sp, dir, h)) return 0;
    return tx_set_hit(h, i, q + holiday_weekend(s, q, h));
}

/* The n-th day of a holiday before it at q: "أول/ثاني/ثالث/رابع أيام"
 * (the construct), "اليوم الثاني من", "the second day of"; *n gets n and
 * the tokens read are returned (0 if none). */
static size_t holiday_nth(const tx_scan *s, size_t q, int *n)
{
    static const char *construct[] = {"\xd8\xa7\xd9\x88\xd9\x84", "\xd8\xab\xd8\xa7\xd9\x86\xd9\x8a",
                                      "\xd8\xab\xd8\xa7\xd9\x84\xd8\xab", "\xd8\xb1\xd8\xa7\xd8\xa8\xd8\xb9"}; /* اول ثاني ثالث رابع */
    static const char *en[] = {"first", "second", "third", "fourth"};
    const tx_ent *e;
    int k;
    if (s->en) {
        size_t r = q + (tx_word_at(s, q, TX_W_THE) ? 1 : 0);
        for (k = 0; k < 4 && !evg_tok_is(s->doc, r, en[k]); k++) {}
        if (k == 4 || !evg_tok_is(s->doc, r + 1, "day") || !tx_word_at(s, r + 2, TX_W_OF)) return 0;
        *n = k + 1;
        return r + 3 - q;
    }
    for (k = 0; k < 4 && !tx_is(s->doc, q, construct[k]); k++) {}
    if (k < 4 && tx_is(s->doc, q + 1, "\xd8\xa7\xd9\x8a\xd8\xa7\xd9\x85")) { /* ايام */
        *n = k + 1;
        return 2;
    }
    int m = tx_is(s->doc, q, AR_ALYAWM) ? tx_kind_at(s, q + 1, TX_ORD, &e) : 0; /* اليوم الثاني من */
    if (!m || e->val > 4 || !tx_word_at(s, q + 1 + (size_t)m, TX_W_FROM)) return 0;
    *n = e->val;
    return 2 + (size_t)m;
}

/* "في ثاني أيام عيد الفطر", "اليوم الثالث من عيد الأضحى", "the second day
 * of Eid al-Adha": the holiday's first day moved on n - 1 days. */
size_t tx_p_holiday_day(const tx_scan *s, size_t i, tx_hit *h)
{
    int n = 0;
    int32_t b, en;
    size_t q = i + holiday_nth(s, i, &n), e;
    if (q == i || !(s->mask[q < s->end ? q : i] & (1u << TX_HOLIDAY)) || !(e = tx_p_holiday(s, q, h))) return 0;
    evg_value_range(h->value, &b, &en);
    if (b == EVG_NODATE || b + n - 1 > en + 3) return 0; /* a day of a holiday of one day or a few */
    tx_day_value(b + n - 1, h->value, sizeof h->value);
    return tx_set_hit(h, i, e);
}

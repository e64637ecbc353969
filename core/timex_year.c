/*
 * timex_year.c - years and year ranges standing without a month: "in
 * 2019", "2019-2020", "2019/20", Hijri years ("1445 هـ"), apostrophe
 * decades ("the '90s"), and English years spelled out ("two thousand ten",
 * "nineteen eighty-four").
 *
 * A bare year needs a preposition, "by" (not "by 1200 points"), بحلول, or a
 * possessive ("the party's 2021 campaign", 1950-2049), or opens its
 * sentence as the subject of a verb ("2019 was"); a bare year standing
 * alone as a sentence counts.  Reads the tokens and year pieces of
 * timex_tok.c (tx_parse_year reads the spelled-out years), the Hijri
 * calendar of timex_cal.c and tx_resolve_date; exports
 * tx_p_year, tried by the driver in timex_parse.c (timex_int.h).
 */
#include "timex_int.h"

#include <stdio.h>


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
 * amounts ("على 2015", "بلغ 2016"), and nouns of numbered or named things
 * ("قرار 1973" is a Security Council resolution, "رقم 2015", "طراز 1990",
 * the plans "رؤية 2030" and "أجندة 2063"). */
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
    "\xd8\xb1\xd8\xa1\xd9\x8a\xd9\x87",               /* رءيه (رؤية folded): رؤية 2030, a plan's name */
    "\xd8\xb1\xd9\x88\xd9\x8a\xd9\x87",               /* رويه */
    "\xd8\xa7\xd8\xac\xd9\x86\xd8\xaf\xd9\x87",     /* اجنده: أجندة 2063 */
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

/* Adverbs with the accusative ending -ًا that may follow a year ("منذ 2015
 * تقريبا", "من 2025 فصاعدا"), folded. */
static const char *const ar_year_adverbs[] = {
    "\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8\xd8\xa7", /* تقريبا */
    "\xd8\xa7\xd9\x8a\xd8\xb6\xd8\xa7", /* ايضا */
    "\xd9\x81\xd8\xb5\xd8\xa7\xd8\xb9\xd8\xaf\xd8\xa7", /* فصاعدا */
    "\xd8\xb5\xd8\xa7\xd8\xb9\xd8\xaf\xd8\xa7", /* صاعدا */
    "\xd8\xb3\xd8\xa7\xd8\xa8\xd9\x82\xd8\xa7", /* سابقا */
    "\xd8\xb1\xd8\xb3\xd9\x85\xd9\x8a\xd8\xa7", /* رسميا */
    "\xd8\xaa\xd8\xad\xd8\xaf\xd9\x8a\xd8\xaf\xd8\xa7", /* تحديدا */
    "\xd9\x85\xd8\xab\xd9\x84\xd8\xa7", /* مثلا */
    "\xd8\xaa\xd8\xaf\xd8\xb1\xd9\x8a\xd8\xac\xd9\x8a\xd8\xa7", /* تدريجيا */
    NULL};

/* An Arabic noun in the indefinite accusative right after the number at i,
 * the noun a count counts ("إلى 2731 قتيلا", "أكثر من 2015 شخصا"): a word
 * of no time vocabulary, without the article, ending in alif after a
 * letter other than waw (not a plural verb, "قالوا"), and not one of the
 * adverbs that may follow a year. */
static int ar_counted_noun(const tx_scan *s, size_t i)
{
    const evg_token *t = s->doc->tokens.v;
    size_t n;
    if (i + 1 >= s->end || t[i + 1].kind != EVG_TOK_WORD || t[i + 1].script != EVG_SCRIPT_ARAB || s->mask[i + 1] ||
        tx_glued(s, i + 1) || t[i + 1].sent != t[i].sent || ar_definite(s, i + 1))
        return 0;
    const char *w = evg_tok_text(s->doc, &t[i + 1], &n);
    if (n < 6 || memcmp(w + n - 2, "\xd8\xa7", 2) != 0 || memcmp(w + n - 4, "\xd9\x88", 2) == 0 ||
        memcmp(w + n - 4, "\xd8\xa7", 2) == 0)
        return 0; /* three letters at least, ending in alif, not in واو or a long ā before it */
    return !evg_tok_in_static(s->doc, i + 1, ar_year_adverbs, (size_t)-1, EVG_WS_WAW_FA);
}

/* English nouns of counted people and amounts: after "to" or "of" a number
 * before one is a count ("rose to 2015 people", "a crowd of 2015
 * supporters"); "in 2015 protesters ..." keeps its year. */
static const char *const en_counted[] = {"people", "persons", "dead", "deaths", "casualties", "civilians",
                                         "soldiers", "troops", "fighters", "supporters", "protesters", "voters",
                                         "votes", "points", "tonnes", "tons", "barrels", "workers", "families",
                                         "residents", "children", NULL};

/* English verbs of a changing amount before "to": "the toll rose to 2015". */
static const char *const en_amount_verbs[] = {"rose", "risen", "rising", "climbed", "fell", "fallen", "dropped",
                                              "increased", "jumped", "soared", "surged", "grew", "declined",
                                              "slipped", "edged", "swelled", NULL};

/* An English count, not a year: "to 2015 people", "of 2015 supporters"
 * (en_counted), or any number after a verb of amount and "to" ("the toll
 * rose to 2015 on Monday"; "fell to 2019 levels" keeps the year). */
static int en_counted_noun(const tx_scan *s, size_t i)
{
    if (!s->en || i == s->first || !(evg_tok_is(s->doc, i - 1, "to") || evg_tok_is(s->doc, i - 1, "of"))) return 0;
    if (evg_tok_is(s->doc, i - 1, "to") && i - 1 > s->first &&
        evg_tok_in_static(s->doc, i - 2, en_amount_verbs, (size_t)-1, EVG_WS_PLAIN))
        return !evg_tok_is(s->doc, i + 1, "levels") && !evg_tok_is(s->doc, i + 1, "level"); /* "fell to 2019 levels" */
    return i + 1 < s->end && evg_tok_in_static(s->doc, i + 1, en_counted, (size_t)-1, EVG_WS_PLAIN);
}

/* A bare number after a preposition that is a count, not a year: before
 * 1800 ("ارتفعت الحصيلة إلى 1200"), past 2100 (no year news tells bare:
 * "إلى 2731"), a round hundred before an Arabic noun of no time ("إلى 2000
 * قتيل"; a year is followed by a verb, a preposition or punctuation), or
 * any number before the Arabic accusative noun it counts ("إلى 2731 قتيلا")
 * or after English to/of before a counted noun ("rose to 2015 people"). */
static int count_not_year(const tx_scan *s, size_t i, int v)
{
    const evg_token *t = s->doc->tokens.v;
    if (v < 1800 || v > 2100 || ar_counted_noun(s, i) || en_counted_noun(s, i)) return 1;
    return v % 100 == 0 && i + 1 < s->end && t[i + 1].kind == EVG_TOK_WORD && t[i + 1].script == EVG_SCRIPT_ARAB &&
           !s->mask[i + 1] && !tx_glued(s, i + 1);
}

size_t tx_p_year(const tx_scan *s, size_t i, tx_hit *h)
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

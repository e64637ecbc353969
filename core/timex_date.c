/*
 * timex_date.c - dates told with a month name (or a day number alone): the
 * first of the date families the driver of timex_parse.c tries at a token.
 *
 * Reads the tokens and the pieces of a date from timex_tok.c (tx_parse_day,
 * tx_parse_month, tx_parse_year, tx_parse_time) and the vocabulary masks of
 * timex_lex.c; turns a tx_spec into a value with tx_resolve_date
 * (timex_resolve.c).  Leaves numeric dates to timex_numeric.c and bare years
 * to timex_year.c.
 *
 * Forms: Arabic day-month-year and English month-day-year, ranges ("25-27
 * يوليو", "من 13 تموز إلى 15 تموز", "June 18-19, 2023"), a clock time after
 * a dated day, compact dates ("31-Oct-74"), a weekday with a day but no
 * month ("Thu 15th": the nearest month where they agree), English "on the
 * 15th" and Arabic "يوم 3" (a day of the reference month), and two months
 * as alternatives or a range ("يوليو أو أغسطس", "تموز وآب", "from July to
 * September 2025"): one interval 2024-07/2024-08, since the date lies
 * somewhere in them; two days likewise ("يومي 5 أو 6 أغسطس").  A Hijri
 * month alone needs a preposition or a part word ("في شوال الماضي",
 * "أواخر رمضان").  Exports tx_p_date, tx_p_day_only and tx_named_year
 * (timex_int.h).
 */
#include "timex_int.h"

#include <stdio.h>


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

/* 1 when the n bytes at w hold the string x. */
static int strstr_n(const char *w, size_t n, const char *x)
{
    size_t m = strlen(x);
    for (size_t k = 0; k + m <= n; k++)
        if (memcmp(w + k, x, m) == 0) return 1;
    return 0;
}

/* A verb or noun of moving a date (postponed, delayed, moved, "brought
 * forward", تأجيل, إرجاء, نقل, تقديم, تبكير, with a pronoun: تأجيلها) up to
 * five words before "from"/من at i - 1: "postponed the vote from May to
 * September", "تأجيلها من حزيران إلى تشرين الأول".  The two months are the
 * old and the new date, not one stretch of time. */
static int moved_from(const tx_scan *s, size_t i)
{
    static const char *en[] = {"postponed", "postpone", "postponing", "delayed", "delay", "delaying", "moved",
                               "move", "moving", "shifted", "rescheduled", "pushed", "brought", "bring", "bringing"};
    static const char *ar[] = {"\xd8\xaa\xd8\xa7\xd8\xac\xd9\x8a\xd9\x84", /* تاجيل */
                               "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7\xd8\xa1", /* ارجاء */
                               "\xd8\xa7\xd8\xac\xd9\x84", /* اجل */
                               "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7", /* ارجا */
                               "\xd9\x86\xd9\x82\xd9\x84", /* نقل */
                               "\xd8\xaa\xd9\x82\xd8\xaf\xd9\x8a\xd9\x85", /* تقديم */
                               "\xd8\xaa\xd8\xa8\xd9\x83\xd9\x8a\xd8\xb1"}; /* تبكير */
    if (i < s->first + 2 || !tx_word_at(s, i - 1, TX_W_FROM)) return 0;
    for (size_t k = i - 1; k-- > s->first && k + 6 >= i && s->doc->tokens.v[k].kind == EVG_TOK_WORD;) {
        size_t n;
        const char *w = evg_tok_text(s->doc, &s->doc->tokens.v[k], &n);
        if (s->en) {
            if (evg_tok_in_static(s->doc, k, en, sizeof en / sizeof *en, EVG_WS_PLAIN)) return 1;
            continue;
        }
        if (n > 2 && memcmp(w, "\xd9\x88", 2) == 0) w += 2, n -= 2; /* و */
        for (size_t a = 0; a < sizeof ar / sizeof *ar; a++) {
            size_t m = strlen(ar[a]);
            if (n >= m && n <= m + 6 && memcmp(w, ar[a], m) == 0 &&
                !(n == m + 2 && memcmp(w + m, "\xd8\xa7", 2) == 0)) /* نقلا عن: quoting */
                return 1;
        }
    }
    return 0;
}

/* The new date of a move: a date right after "to"/إلى that follows the old
 * one of moved_from ("from May to September": September). */
static int moved_to(const tx_scan *s, size_t i)
{
    const evg_doc *d = s->doc;
    if (i < s->first + 3 || !tx_word_at(s, i - 1, TX_W_TO) || !d->timexes.n) return 0;
    const evg_timex *t = &d->timexes.v[d->timexes.n - 1];
    return t->section == s->section && (size_t)t->tok_end == i - 1 && moved_from(s, (size_t)t->tok_first);
}

/* An invitation before a year-less day or month after "in"/"for"/في at
 * i - 1 (a part word may stand between), with no punctuation between (up
 * to ten words back): "inviting
 * him to Washington in early February", "invited the leaders to a summit
 * in June", "دعاه إلى زيارة واشنطن في فبراير", "وجه دعوة له لزيارة الرياض في
 * مارس".  What one is invited to lies ahead, whatever the verb's tense;
 * not "invited by", "had/was invited", nor across "and"/"but" or an English past in -ed
 * ("accepted the invitation and visited Doha in March").  Arabic needs the visit noun (زيارة) after the invitation, as دعا alone
 * also means "called for". */
static int invitation_before_date(const tx_scan *s, size_t i)
{
    static const char *en[] = {"invited", "inviting", "invite", "invites", "invitation"};
    static const char *aux[] = {"had", "was", "were", "been"}; /* "had invited": the visit may be over */
    static const char *ar[] = {"\xd8\xaf\xd8\xb9\xd8\xa7", "\xd8\xaf\xd8\xb9\xd8\xaa", /* دعا دعت */
                               "\xd8\xaf\xd8\xb9\xd9\x88"};                          /* دعو (دعوة, دعوه) */
    const evg_doc *d = s->doc;
    int visit = 0;
    if (i > s->first + 3 && tx_dash_at(s, i - 1) && (s->mask[i - 2] & (1u << TX_PART))) i -= 2; /* "in mid-March" */
    else if (i > s->first + 2 && (s->mask[i - 1] & (1u << TX_PART))) i--; /* "in early February" */
    if (i < s->first + 2 || !(tx_word_at(s, i - 1, TX_W_IN) || evg_tok_is(d, i - 1, "for"))) return 0;
    for (size_t k = i - 1; k-- > s->first && k + 11 > i;) {
        size_t n;
        if (d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
        const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
        if (s->en) {
            if (evg_tok_in_static(d, k, en, sizeof en / sizeof *en, EVG_WS_PLAIN))
                return !(k + 1 < i && evg_tok_is(d, k + 1, "by")) && /* "invited by his counterpart" */
                       !(k > s->first && evg_tok_in_static(d, k - 1, aux, sizeof aux / sizeof *aux, EVG_WS_PLAIN));
            if (evg_tok_is(d, k, "and") || evg_tok_is(d, k, "but") || (n > 4 && memcmp(w + n - 2, "ed", 2) == 0))
                return 0; /* "accepted the invitation and visited Doha in March": a past visit */
            continue;
        }
        if (n > 2 && memcmp(w, "\xd9\x88", 2) == 0) w += 2, n -= 2; /* و */
        if (strstr_n(w, n, "\xd8\xb2\xd9\x8a\xd8\xa7\xd8\xb1")) visit = 1; /* زيار */
        for (size_t a = 0; visit && a < sizeof ar / sizeof *ar; a++)
            if (n >= 6 && n <= 12 && memcmp(w, ar[a], 6) == 0) return 1;
    }
    return 0;
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
    if (!e || e->val == 2) return 0;
    if (s->dct != EVG_NODATE) evg_civil_from_days(s->dct, &y0, &m0, &d0);
    for (size_t k = 0; k < td->named.n; k++) {
        const tx_named *n = &td->named.v[k];
        if (n->m != m || n->d != d || (y0 && n->y > y0) || (n->noun && strcmp(n->noun, e->w0) != 0)) continue;
        if (found && found != n->y) return 0; /* two events of that day: no year */
        found = n->y;
    }
    return found;
}

/* A year-less day read at [i, end) that is part of the name of a group or
 * a place (a naming noun of value 2: "حركة 23 مارس", "مدينة 6 أكتوبر",
 * "the March 14 alliance", "the 6th of October Bridge"): no date at all. */
static int name_part(const tx_scan *s, size_t i, size_t end, const tx_spec *sp)
{
    const tx_ent *e = NULL;
    if (sp->y || sp->yrel_set || sp->mrel_set || sp->dir || sp->wd || sp->hijri) return 0;
    if (!s->en) return (e = naming_noun(s, i, end)) && e->val == 2;
    size_t f = tx_word_at(s, i, TX_W_THE) ? i + 1 : i; /* the day's first token */
    int prep = f > s->first && (tx_word_at(s, f - 1, TX_W_IN) || tx_word_at(s, f - 1, TX_W_TO) ||
                                evg_tok_is(s->doc, f - 1, "by")); /* "On 26 July street vendors ..." */
    for (size_t k = end; k < s->end && k < end + 4; k++) { /* over capitalised words: "April 6 Youth Movement" */
        const evg_token *t = &s->doc->tokens.v[k];
        if (tx_kind_at(s, k, TX_NAMED, &e) == 1 && (e->flags & TX_F_EN) && e->val == 2)
            return (t->flags & EVG_TOKF_CAP) || !prep; /* "on 26 July Street" is still the street */
        if (!(t->flags & EVG_TOKF_CAP) && !tx_dash_at(s, k)) return 0;
    }
    return 0;
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
    if (!moved_from(s, i)) month_alternative(s, &q, sp);
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

size_t tx_p_date(const tx_scan *s, size_t i, tx_hit *h)
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
    int moved = moved_from(s, i) || moved_to(s, i);
    if (!moved) date_cross_range(s, &end, &sp);
    if (name_part(s, i, end, &sp)) return 0; /* حركة 23 مارس: a group's name */
    if (sp.d && !sp.d2) tx_parse_time(s, &end, &sp);
    if (i > s->first && tx_word_at(s, i - 1, TX_W_SINCE) && !sp.dir) sp.dir = TX_D_SINCE;
    if (!sp.y && !sp.d2 && !sp.m2 && (!sp.dir || sp.dir == TX_D_SINCE) && !sp.yrel_set && !sp.mrel_set && !sp.hijri && !sp.wd)
        sp.y = tx_named_year(s, i, end, sp.m, sp.d); /* ثورة 25 يناير: 2011 */
    tx_scan t = *s;
    if (!sp.dir && occasion_before(s, i, end)) t.past_event = 0; /* "backed the elections on October 10" */
    if (!sp.dir && !sp.y && s->en && tx_en_called_for(s, i)) { /* "elections promised for December": ahead */
        t.past = t.past_event = 0;
        t.future = 1;
    }
    if ((moved || invitation_before_date(s, i)) && !sp.dir && !sp.y) { /* the old and new date of a move, an invitation: ahead */
        t.past = t.past_event = 0;
        t.future = 1;
    }
    if (!sp.dir && !s->future && s->prefer != EVG_PREFER_FUTURE && start_before(s, i)) {
        sp.dir = TX_D_UNTIL; /* "اعتبارا من الأول من يونيو": the nearest one */
        t.past_event = 0;
    }
    size_t u = until_at(s, i);
    if (u && (tx_word_at(s, u - 1, TX_W_TO) || until_word(s, u - 1))) {
        t.past_event = 0; /* postponed until March; extended until the end of December */
        if (!sp.dir && !s->future && s->prefer != EVG_PREFER_FUTURE && until_word(s, u - 1)) sp.dir = TX_D_UNTIL;
        if (!moved && !sp.y && !sp.hijri && sp.m && range_start_year(s, u - 1, &sp)) t.range_end = 1;
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
 * ahead; after "until"/حتى (not in a future clause) the nearest, as tx_p_date does. */
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

/* Arabic "يوم 3" with no month: a day of the month the clause points to
 * ("سيعقد الاجتماع يوم 3" on the 20th is the 3rd of next month).  The
 * number is one or two digits and no time word follows it (a month, a
 * unit, "من" are read by the longer forms). */
static size_t ar_day_only(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i + 1;
    int d;
    if (!tx_is(s->doc, i, AR_YAWM) || !(d = tx_day_number(s->doc, q))) return 0;
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
size_t tx_p_day_only(const tx_scan *s, size_t i, tx_hit *h)
{
    size_t q = i;
    int d, lead = 0;
    if (s->dct == EVG_NODATE) return 0;
    if (!s->en) return ar_day_only(s, i, h);
    if (evg_tok_is(s->doc, q, "on")) q++, lead = 1;
    if (tx_word_at(s, q, TX_W_THE)) q++, lead = 1;
    size_t q0 = q;
    if (!lead || !tx_parse_day(s, &q, &d)) return 0;
    if (q > q0 && evg_tok_is(s->doc, q - 1, "day"))
        return 0; /* "On the third day, ...": the n-th day of a visit or a war, counted, not a date */
    if (q < s->end && s->doc->tokens.v[q].sent == s->doc->tokens.v[q0].sent &&
        (s->doc->tokens.v[q].kind != EVG_TOK_PUNCT ||
         (tx_glued(s, q) && (tx_punct_at(s, q, "/") || tx_dash_at(s, q) || tx_punct_at(s, q, ":")))))
        return 0; /* a word follows, or "2/15" goes on */
    if (tx_punct_at(s, q, ".") && tx_glued(s, q) && tx_glued(s, q + 1) && s->doc->tokens.v[q + 1].kind != EVG_TOK_PUNCT)
        return 0; /* "12.VII.2024", "12.5": a dotted number goes on */
    return day_of_month_hit(s, i, q, d, h);
}

/*
 * events_sequel.c - dates an undated act takes from the shape of the
 * narrative around it, before coreference (events_coref.c) looks for an
 * occasion: a word of sequence ("then", "later", ثم: the latest day of the
 * sentence before), an anaphoric "then" (حينها, "at the time": the last
 * day told before), a live blog's or a timeline's stamp opening its
 * paragraph ("10:30 - ...", "Tuesday, 11:00 am: ...", "آذار 2022: ...", a
 * day's heading above entries a bare clock opens: the stamp's day or
 * month), an English reporting verb in the simple
 * present ("X says ...": the reference date), a reaction naming an act
 * told with no event of its own ("condemned the attack": that sentence's
 * day), an act put at a summit or one of its sessions ("during the closed
 * session": the summit told before).  Split out of events_coref.c in
 * session 20.  Exports evt_sequel_date, evt_then_adverb_date,
 * evt_stamp_date, evt_present_report, evt_untold_act_date and
 * evt_occasion_phrase_date; evt_conjoined_act_date: an act joined by "and"
 * to the dated act before it shares its date (events_int.h).
 */
#include "events_int.h"

/* Is the undated act ev opened by "then", "later" or ثم (up to five words
 * before its trigger, its subject between, within its clause; not "since
 * then", "until then", "by then")? */
static int sequel_word(const evg_doc *d, const evg_event *ev)
{
    static const char *const w[] = {"then", "later", "\xD8\xAB\xD9\x85", NULL}; /* ثم */
    static const char *const not_before[] = {"since", "until", "till", "by", "even", NULL};
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t q = ev->trig_first - 1; q >= st->tok_first && q >= ev->trig_first - 5; q--) {
        if (evt_is_punct_boundary(d, q)) return 0;
        if (tok_in(d, q, w)) return !(q > st->tok_first && tok_in(d, q - 1, not_before));
    }
    return 0;
}

/* Is ev an undated asserted act of the body whose sentence follows another
 * of its paragraph (the sentence whose days a word of sequence points at)? */
static int undated_after(const evg_doc *d, const evg_event *ev)
{
    return ev->date_source == EVG_DATE_DCT && ev->modality == EVG_MODAL_ASSERTED &&
           d->sections.v[ev->section].kind == EVG_SEC_BODY && ev->sent > 0 &&
           d->sentences.v[ev->sent - 1].section == ev->section && evt_same_paragraph(d, ev->sent - 1, ev->sent);
}

/* "X welcomed Y late on Sunday and hosted a ceremony on Monday. The two
 * then held talks": an undated act opened by a word of sequence follows
 * the last step told before it, so it takes the latest day (at most the
 * reference date) of the previous sentence of its paragraph, when that
 * sentence tells two days or more; not the day of an earlier act that
 * shares its actors.  1 when ev was dated. */
int evt_sequel_date(const run *r, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evg_sentence *prev = undated_after(d, ev) && sequel_word(d, ev) ? &d->sentences.v[ev->sent - 1] : NULL;
    if (!prev) return 0;
    int32_t dct = d->sections.v[ev->section].dct, first = EVG_NODATE, last = EVG_NODATE;
    size_t t0 = evt_ord_lower(r->tx, d->timexes.n, prev->tok_first);
    for (size_t k = t0; k < d->timexes.n && r->tx[k].first < prev->tok_end; k++) {
        const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
        if (tx->tok_end > prev->tok_end || (tx->type != EVG_TIMEX_DATE && tx->type != EVG_TIMEX_TIME) ||
            tx->begin == EVG_NODATE || tx->begin != tx->end || (dct != EVG_NODATE && tx->begin > dct) ||
            evt_since_timex(d, tx) || evt_relative_clause_day(d, prev, tx))
            continue;
        if (first == EVG_NODATE || tx->begin < first) first = tx->begin;
        if (last == EVG_NODATE || tx->begin > last) last = tx->begin;
    }
    if (first == EVG_NODATE || first == last) return 0;
    evt_coref_day(ev, last);
    return 1;
}

/* "وطالب X حينها بمعاقبة المهاجم", "آنذاك", "وقتها", "X called at the time
 * for ...": an anaphoric "then" a few words around the trigger points back
 * at the time just told. */
static int then_adverb(const evg_doc *d, const evg_event *ev)
{
    static const char *const ar[] = {"\xD8\xAD\xD9\x8A\xD9\x86\xD9\x87\xD8\xA7", /* حينها */
                                     "\xD8\xA7\xD9\x86\xD8\xB0\xD8\xA7\xD9\x83", /* انذاك */
                                     "\xD9\x88\xD9\x82\xD8\xAA\xD9\x87\xD8\xA7", /* وقتها */
                                     "\xD8\xAD\xD9\x8A\xD9\x86\xD8\xB0\xD8\xA7\xD9\x83", NULL}; /* حينذاك */
    const evg_sentence *st = &d->sentences.v[ev->sent];
    int32_t lo = ev->trig_first - 4 > st->tok_first ? ev->trig_first - 4 : st->tok_first;
    for (int32_t k = lo; k < st->tok_end && k < ev->trig_end + 6; k++) {
        for (int w = 0; ar[w]; w++)
            if (evt_tok_is_stem(d, k, ar[w])) return 1;
        if (k >= 2 && evg_tok_is(d, (size_t)k, "time") && evg_tok_is(d, (size_t)k - 2, "at") &&
            (evg_tok_is(d, (size_t)k - 1, "the") || evg_tok_is(d, (size_t)k - 1, "that")))
            return 1;
    }
    return 0;
}

/* An undated act with such a "then" takes the last day the sentence before
 * (in its paragraph) names, also one after "since" ("توتر منذ الهجوم ...
 * يوم 27 كانون الثاني. وطالب X حينها ..."): 1 when dated. */
int evt_then_adverb_date(const run *r, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evg_sentence *prev = undated_after(d, ev) && then_adverb(d, ev) ? &d->sentences.v[ev->sent - 1] : NULL;
    if (!prev) return 0;
    int32_t dct = d->sections.v[ev->section].dct, last = -1;
    for (size_t k = evt_ord_lower(r->tx, d->timexes.n, prev->tok_first);
         k < d->timexes.n && r->tx[k].first < prev->tok_end; k++) {
        const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
        if (tx->tok_end <= prev->tok_end && tx->type == EVG_TIMEX_DATE && tx->begin != EVG_NODATE &&
            (dct == EVG_NODATE || tx->end <= dct))
            last = r->tx[k].idx;
    }
    if (last < 0) return 0;
    evt_coref_timex(d, ev, last);
    return 1;
}

/* The first sentence of the paragraph sentence si is in (blank lines part
 * paragraphs), within its section. */
static int32_t paragraph_first(const evg_doc *d, int32_t si)
{
    int32_t sec = d->sentences.v[si].section;
    while (si > 0 && d->sentences.v[si - 1].section == sec && evt_same_paragraph(d, si - 1, si)) si--;
    return si;
}

/* A line opened by a 24-hour clock the time expressions leave out
 * ("11:50 The army says ...", "07:15 - ..."): the bytes at token k's start
 * are one or two digits, a colon and two digits. */
static int bare_clock_at(const evg_doc *d, int32_t k)
{
    const char *p = d->raw.p + d->tokens.v[k].os;
    int n = 0;
    while (n < 2 && p[n] >= '0' && p[n] <= '9') n++;
    if (n == 0 || p[n] != ':' || p[n + 1] < '0' || p[n + 1] > '9' || p[n + 2] < '0' || p[n + 2] > '9')
        return 0;
    return p[n + 3] < '0' || p[n + 3] > '9';
}

/* The stamp that opens the paragraph of sentence si, or -1: a time
 * expression on the calendar at its first token, not after the reference
 * date, followed by a dash, a colon or the end of its line ("4:20 p.m. -
 * ...", "Tuesday, 11:00 am: ...", "الأحد 27 آب: ...", a heading line
 * "Saturday 22 June" above its entry). */
static int32_t opening_stamp(const run *r, int32_t si, int32_t dct)
{
    const evg_doc *d = r->doc;
    int32_t first = d->sentences.v[si].tok_first;
    size_t k = evt_ord_lower(r->tx, d->timexes.n, first);
    if (k >= d->timexes.n || r->tx[k].first != first) return -1;
    const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
    if (tx->type == EVG_TIMEX_DURATION || tx->type == EVG_TIMEX_SET || tx->begin == EVG_NODATE ||
        (dct != EVG_NODATE && tx->end > dct))
        return -1;
    int32_t nx = tx->tok_end;
    if ((size_t)nx < d->tokens.n && !(d->tokens.v[nx].flags & EVG_TOKF_LINE_START) && !tok_is(d, nx, "-") &&
        !tok_is(d, nx, "\xE2\x80\x93") && !tok_is(d, nx, ":")) /* - or en dash */
        return -1;
    return r->tx[k].idx;
}

/* The stamp that dates event ev's paragraph in a live blog or a timeline,
 * or -1: the stamp opening the paragraph; for a paragraph a bare clock
 * opens ("11:50 ..."), the stamp of the nearest paragraph above that has
 * one (the day's heading), over paragraphs a bare clock opens. */
static int32_t paragraph_stamp(const run *r, const evg_event *ev)
{
    const evg_doc *d = r->doc;
    int32_t dct = d->sections.v[ev->section].dct;
    int32_t s0 = paragraph_first(d, ev->sent);
    int32_t t = opening_stamp(r, s0, dct);
    for (int hops = 0; t < 0 && hops < 16 && bare_clock_at(d, d->sentences.v[s0].tok_first); hops++) {
        if (s0 == 0 || d->sentences.v[s0 - 1].section != ev->section) return -1;
        s0 = paragraph_first(d, s0 - 1);
        t = opening_stamp(r, s0, dct);
    }
    return t;
}

/* An act its sentence leaves undated, in a paragraph a live blog's or a
 * timeline's stamp dates (paragraph_stamp), happened on the stamp's day (or
 * in its month): it borrows no day from an earlier entry or a same-root
 * report ("yesterday's row ..." two entries above).  It takes the day, not
 * the clock time, which dates only an act its own sentence tells.  1 when
 * ev was dated. */
int evt_stamp_date(const run *r, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (ev->date_source != EVG_DATE_DCT || d->sections.v[ev->section].kind != EVG_SEC_BODY) return 0;
    int32_t t = paragraph_stamp(r, ev);
    if (t < 0) return 0;
    const evg_timex *tx = &d->timexes.v[t];
    if (tx->begin == tx->end)
        evt_coref_day(ev, tx->begin);
    else /* "تشرين الثاني 2021: ...": an entry of a month */
        evt_coref_timex(d, ev, t);
    return 1;
}

/* "X says ...", "Y calls for calm": a reporting verb in the English
 * simple present tells what is said at the time of writing, not on a day
 * told before; an undated one keeps the reference date. */
int evt_present_report(const evg_doc *d, const evg_event *ev)
{
    static const char *const w[] = {"says", "calls", "urges", "tells", "warns", "adds", "insists",
                                    "stresses", "demands", "vows", "pledges", "appeals", NULL};
    if (ev->date_source != EVG_DATE_DCT || d->sections.v[ev->section].kind != EVG_SEC_BODY) return 0;
    return tok_in(d, ev->trig_first, w);
}

/* How many sentences back a reaction looks for the act it names. */
#define UNTOLD_SENTS 6
/* A day further back than this before the reference date is no news. */
#define UNTOLD_DAYS 10
/* sentence_day: the sentence names no time */
#define UNTOLD_NONE (EVG_NODATE + 1)
/* names_act: how a sentence names the act */
#define UNTOLD_REFERRED 1
#define UNTOLD_TOLD 2

/* Is there an event of the act family of `code` in sentence s (the
 * assaults as one family: a coded shelling is the attack told)? */
static int coded_act(const evg_doc *d, int32_t s, const char *code)
{
    for (size_t j = 0; j < d->events.n; j++)
        if (d->events.v[j].sent == s && evt_same_act_family(d->events.v[j].code, code)) return 1;
    return 0;
}

/* How sentence s names an act of the root of `code` (the attack, not
 * the killing it avenged): 0 not at all,
 * UNTOLD_REFERRED only with a definite noun ("the attack", الهجومين: a
 * reference back to an act told before), UNTOLD_TOLD with a verb or an
 * indefinite noun ("gunmen attacked", "a bomb attack", لهجوم: the act is
 * told there). */
static int names_act(const run *r, int32_t s, const char *code)
{
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[s];
    int how = 0;
    for (int32_t k = st->tok_first; k < st->tok_end; k++) {
        evt_match m;
        if (r->tok_men[k] >= 0 || !evt_match_at(d, k, st->tok_end, 0, &m) || strncmp(m.e->code, code, 2) != 0)
            continue;
        /* an English verb row ("attacked", "attacks") is a noun only right after "the" */
        int definite = m.e->lang != EVG_LANG_EN ? m.definite
                       : m.e->pos == EVT_POS_VERB ? k > st->tok_first && evg_tok_is(d, (size_t)k - 1, "the")
                                                  : evt_english_definite(d, st->tok_first, k);
        if (!definite) return UNTOLD_TOLD;
        how = UNTOLD_REFERRED;
    }
    return how;
}

/* The one calendar day sentence s names, shortly before or on the
 * reference date (not after "since"); EVG_NODATE when it names several
 * or another time, UNTOLD_NONE when it names no time at all. */
static int32_t sentence_day(const evg_doc *d, int32_t s, int32_t dct)
{
    const evg_sentence *st = &d->sentences.v[s];
    int32_t day = UNTOLD_NONE;
    for (size_t t = 0; t < d->timexes.n; t++) {
        const evg_timex *tx = &d->timexes.v[t];
        if (tx->tok_first < st->tok_first || tx->tok_first >= st->tok_end) continue;
        if (tx->type == EVG_TIMEX_DURATION || tx->type == EVG_TIMEX_SET) continue;
        if (tx->begin == EVG_NODATE || tx->begin != tx->end || evt_since_timex(d, tx)) return EVG_NODATE;
        if (tx->begin > dct || tx->begin < dct - UNTOLD_DAYS || (day != UNTOLD_NONE && day != tx->begin))
            return EVG_NODATE;
        day = tx->begin;
    }
    return day;
}

/* "ناقلتان تعرضتا لهجومين صباح أمس ... ودان X الهجوم", "Gunmen attacked a
 * bus on Monday. Y condemned the attack": an undated position (praise,
 * criticism, a condemnation, an accusation) names with a definite noun an
 * act told in an earlier sentence of its section that made no event there
 * (nobody known did it).  Sentences that name it only with a definite
 * noun, or with no time at all, are later mentions, passed over.  The one day that sentence names is the act's,
 * and the reaction is dated by it, as by a coded act (named_act_occasion,
 * events_coref.c), not by the narrative's latest day.  1 when it dated ev. */
int evt_untold_act_date(const run *r, evg_event *ev)
{
    const evg_doc *d = r->doc;
    int position = strcmp(ev->root, "05") == 0 || strcmp(ev->root, "11") == 0 || strcmp(ev->root, "12") == 0;
    int32_t dct = d->sections.v[ev->section].dct;
    if (!position || ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED || dct == EVG_NODATE ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY)
        return 0;
    const char *code = evt_named_act_code(r, ev);
    if (!code) return 0;
    for (int32_t s = ev->sent - 1; s >= 0 && s >= ev->sent - UNTOLD_SENTS; s--) {
        if (d->sentences.v[s].section != ev->section) break;
        int how = names_act(r, s, code);
        if (how != UNTOLD_TOLD) continue; /* none, or "said the attack was revenge": a later mention */
        if (coded_act(d, s, code)) return 0; /* a coded act: named_act_occasion's business */
        int32_t day = sentence_day(d, s, dct);
        if (day == UNTOLD_NONE) continue; /* "denied being behind the attacks": a later mention */
        if (day == EVG_NODATE) return 0;
        evt_coref_day(ev, day);
        return 1;
    }
    return 0;
}

/* ---- an act at a meeting told before ("during the closed session") ---- */

/* Is token q a word that puts an act at an occasion (1: "during", "at",
 * "in", "sidelines" of "on the sidelines of", خلال، أثناء، في، هامش of "على
 * هامش") or right after it (2: "after", "following", بعد، عقب)?  0 if not. */
static int occasion_prep(const evg_doc *d, int32_t q)
{
    static const char *const w[] = {"during", "at", "in", "sidelines", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* خلال */
                                    "\xD9\x88\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",                         /* وخلال */
                                    "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1",                         /* اثناء */
                                    "\xD9\x81\xD9\x8A", "\xD9\x87\xD8\xA7\xD9\x85\xD8\xB4", NULL};       /* في هامش */
    static const char *const after[] = {"after", "following", "\xD8\xA8\xD8\xB9\xD8\xAF", /* بعد */
                                        "\xD9\x88\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8", /* وبعد عقب */
                                        "\xD9\x88\xD8\xB9\xD9\x82\xD8\xA8", NULL}; /* وعقب */
    return tok_in(d, q, w) ? 1 : tok_in(d, q, after) ? 2 : 0;
}

/* Which day of the meeting a word next to its noun names: -1 the first
 * ("opening", الافتتاحية), 1 the last ("closing", "final", الختامية), 0
 * none. */
static int occasion_edge(const evg_doc *d, int32_t q)
{
    static const char *const first[] = {"opening", "inaugural", "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD\xD9\x8A\xD9\x87", NULL}; /* الافتتاحيه */
    static const char *const last[] = {"closing", "final", "\xD8\xA7\xD9\x84\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85\xD9\x8A\xD9\x87", NULL}; /* الختاميه */
    return tok_in(d, q, first) ? -1 : tok_in(d, q, last) ? 1 : 0;
}

/* Is token q a noun of a gathering of many: summit, conference, قمة، مؤتمر
 * (any proclitic); with sessions 1 also its session (session, جلسة)? */
static int gathering_noun(const evg_doc *d, int32_t q, int sessions)
{
    static const char *const en[] = {"summit", "conference", NULL};
    static const char *const en_s[] = {"session", "sessions", NULL};
    if (tok_in(d, q, en) || evt_tok_is_stem(d, q, "\xD9\x82\xD9\x85\xD9\x87") || /* قمه */
        evt_tok_is_stem(d, q, "\xD9\x85\xD8\xA1\xD8\xAA\xD9\x85\xD8\xB1"))    /* مءتمر */
        return 1;
    return sessions && (tok_in(d, q, en_s) || evt_tok_is_stem(d, q, "\xD8\xAC\xD9\x84\xD8\xB3\xD9\x87")); /* جلسه */
}

/* "press", "news", صحفي، صحافي: a conference for the press. */
static int press_word(const evg_doc *d, int32_t q)
{
    static const char *const w[] = {"press", "news", "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A", /* صحفي */
                                    "\xD8\xB5\xD8\xAD\xD8\xA7\xD9\x81\xD9\x8A", NULL}; /* صحافي */
    return tok_in(d, q, w);
}

/* Does an occasion word of ev's sentence, outside its trigger, put it at a
 * gathering named right after ("during the closed session", "at the
 * summit", "on the sidelines of the summit", "خلال الجلسة المغلقة", "على
 * هامش القمة"; English with "the" before the noun), or right after it
 * ("after the closing session", "عقب الجلسة الختامية")?  *edge gets 1 (the
 * last day) after it, else occasion_edge of the word before (English) or
 * after (Arabic) the noun. */
static int occasion_phrase(const evg_doc *d, const evg_event *ev, int *edge)
{
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = st->tok_first; k + 1 < st->tok_end; k++) {
        int prep = k >= ev->trig_first && k < ev->trig_end ? 0 : occasion_prep(d, k);
        if (!prep) continue;
        int32_t from = tok_is(d, k, "sidelines") && tok_is(d, k + 1, "of") ? k + 2 : k + 1;
        int the = 0;
        for (int32_t q = from; q < st->tok_end && q <= from + 3; q++) {
            if (evt_is_punct_boundary(d, q) || (q >= ev->trig_first && q < ev->trig_end)) break;
            the |= tok_is(d, q, "the");
            if (!gathering_noun(d, q, 1)) continue;
            int next = q + 1 < st->tok_end ? q + 1 : -1; /* the word after the noun, in its sentence */
            if (press_word(d, q - 1) || press_word(d, next)) break; /* a press conference is no gathering */
            int ar = d->lang == EVG_LANG_AR;
            if (!ar && !the) break;
            *edge = prep == 2 ? 1 : ar ? occasion_edge(d, next) : occasion_edge(d, q - 1); /* after it: its last day */
            return 1;
        }
    }
    return 0;
}

/* Sentences before an act within which the gathering it is put at is looked for. */
#define OCCASION_SENTS 12

/* The gathering (summit, conference) told before event i in its section,
 * nearest first: asserted, dated by its own or a borrowed day or a few
 * days.  NULL if none. */
static const evg_event *told_gathering(const evg_doc *d, size_t i)
{
    const evg_event *ev = &d->events.v[i];
    for (size_t j = i; j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent < ev->sent - OCCASION_SENTS) break;
        if (o->sent == ev->sent || strcmp(o->root, "04") != 0 || o->modality != EVG_MODAL_ASSERTED ||
            (o->date_source != EVG_DATE_TIMEX && o->date_source != EVG_DATE_COREF) || o->begin == EVG_NODATE ||
            strlen(o->date_value) < 10 || o->end - o->begin > 10)
            continue;
        for (int32_t q = o->trig_first; q < o->trig_end; q++)
            if (gathering_noun(d, q, 0)) return o;
    }
    return NULL;
}

/* "During the closed session, X criticised Y", "met Z on the sidelines of
 * the summit", "وانتقد X خلال الجلسة المغلقة", "التقى Y على هامش القمة": an
 * undated asserted act put at a summit or conference, or at one of its
 * sessions, happened at the gathering told before in its section, not on
 * the narrative's latest day (a guest's arrival told in between).  It
 * takes the gathering's day or span, or the first or last day of the span
 * for an opening or a closing session.  1 when it dated event i. */
int evt_occasion_phrase_date(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[i];
    int edge = 0;
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY || !occasion_phrase(d, ev, &edge))
        return 0;
    const evg_event *o = told_gathering(d, i);
    if (!o) return 0;
    if (edge || o->begin == o->end)
        evt_coref_day(ev, edge < 0 ? o->begin : o->end); /* the day, not a clock time */
    else
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
    return 1;
}

/* "X condemned the strike and appealed for calm": an undated English act
 * joined by "and" or "but" right before its trigger to the act before it in
 * its sentence, of the same source, is told at the same time: it takes
 * that act's date when that act was dated by a timex or an occasion, or,
 * when that act is left to the story's day (story[i - 1], the act "it"
 * names told with no event), that day too (story[i] set).  1 when ev was
 * dated or so left.  Session 22 (fam0203). */
int evt_conjoined_act_date(const run *r, size_t i, char *story)
{
    const evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[i];
    if (ev->date_source != EVG_DATE_DCT || i == 0 || ev->trig_first < 1 || ev->nactors < 1 ||
        ev->actors[0].role != EVG_ROLE_SOURCE ||
        (!evg_tok_is(d, (size_t)ev->trig_first - 1, "and") && !evg_tok_is(d, (size_t)ev->trig_first - 1, "but")))
        return 0;
    const evg_event *p = &d->events.v[i - 1];
    if (p->sent != ev->sent || p->trig_end > ev->trig_first || p->nactors < 1 ||
        p->actors[0].role != EVG_ROLE_SOURCE || p->actors[0].entity != ev->actors[0].entity)
        return 0;
    if (story[i - 1]) return story[i] = 1;
    if (p->date_source == EVG_DATE_DCT || p->end == EVG_NODATE) return 0;
    evt_set_date(ev, p->date_value, p->begin, p->end, EVG_DATE_COREF);
    return 1;
}

/* The day of the section's lead: the single day of the first act of the
 * section's first sentence dated by a time expression of its own, or
 * EVG_NODATE. */
static int32_t lead_act_day(const evg_doc *d, int32_t section)
{
    int32_t lead = -1;
    for (size_t si = 0; si < d->sentences.n && lead < 0; si++)
        if (d->sentences.v[si].section == section) lead = (int32_t)si;
    for (size_t j = 0; lead >= 0 && j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o->sent == lead && o->date_source == EVG_DATE_TIMEX && o->begin == o->end) return o->end;
    }
    return EVG_NODATE;
}

/* "The leaders agreed on Tuesday ... . X was sworn in on Monday. // Y
 * said ...": the act o, told in an earlier paragraph than the reaction
 * ev, on one day before the lead's day (up to the reference date), is the
 * story's background, not the occasion a later paragraph's statement
 * answers.  Session 23 (ev-date23b). */
int evt_background_before_lead(const evg_doc *d, const evg_event *ev, const evg_event *o)
{
    if (o->begin != o->end || o->end == EVG_NODATE || evt_same_paragraph(d, o->sent, ev->sent)) return 0;
    int32_t day = lead_act_day(d, ev->section);
    return day != EVG_NODATE && day <= d->sections.v[ev->section].dct && o->end < day;
}

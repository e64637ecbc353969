/*
 * events_date.c - dating an event: which time expression of its sentence an
 * event takes (never across a complementizer, a closed quotation unless a
 * phrase naming the statement follows it, "since" (also "هي الأولى ... منذ"),
 * a relative clause or a second act's clause after a comma), days joined
 * by and/or, the date of the reporting
 * clause or of the source named after the act, a clock time, a vague
 * future, an anterior clause, the occasion an act happened during ("خلال
 * الزيارة", "during the visit"), a time clause of another verb ("after
 * police arrested X on May 2", "بعد أن هاجم ... في 20 مارس،"), an assault
 * named again by a demonstrative ("for that attack", "هذا الهجوم"), a vague
 * future that belongs to a later verb ("and said X would ... in the coming
 * weeks"), a past perfect clause after a comma ("، وكان X قد"), a time
 * ahead that is the promised act's, not the intent's ("would send aid next
 * month": intent_ahead, session 20).  The
 * document pass for "a day after X" is events_distance.c.
 *
 * Reads the sentence's working set (events_sentence.c: hits, candidates,
 * usable timexes) and the event events.c is building (code, actors).
 * Writes the event's date fields (evt_set_date) and returns what it still
 * wants from a neighbour (enum evt_coref), which events_merge.c resolves
 * after the last sentence.  The rules are listed under "Dates" in events.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- date ---- */

/* "في أول زيارة ... منذ نوفمبر 2012", "the first leader to visit ... since
 * agents killed ... in 2018", "في زيارة هي الأولى ... منذ عام 1990": the
 * date after "since" in a "first ... since" phrase is when the last such
 * act happened, not this one; a "since" clause further from its date
 * dates the clause's own act. */
static int since_blocks(const evg_doc *d, const evt_match *mt, int32_t a, int32_t b)
{
    int32_t since = -1;
    for (int32_t q = a; q < b && since < 0; q++)
        if (tok_is(d, q, "since") || evt_tok_is_stem(d, q, "\xD9\x85\xD9\x86\xD8\xB0")) /* منذ */
            since = q;
    if (since < 0) return 0;
    if (since + 1 < b) return 1;
    for (int32_t k = mt->first - 5 > 0 ? mt->first - 5 : 0; k < since; k++) /* "أول ... منذ" */
        if (evt_since_measure(d, k)) return 1;
    return 0;
}

/* "to visit Mosul, where fighters destroyed churches between 2014 and
 * 2017", "زار الموصل، حيث دمر التنظيم الكنائس عام 2014": a clause
 * opened by where/حيث after a comma and a place tells what happened there,
 * at its own time. */
static int where_clause_opens(const evg_doc *d, int32_t q)
{
    if (q == 0 || !(tok_is(d, q - 1, ",") || tok_is(d, q - 1, "\xD8\x8C"))) return 0; /* ، */
    return tok_is(d, q, "where") || tok_is(d, q, "\xD8\xAD\xD9\x8A\xD8\xAB"); /* حيث */
}

/* "would not recognise Kosovo, which declared independence in 2008": an
 * English "which" after a comma opens a clause about the noun before it. */
static int comma_which(const evg_doc *d, int32_t q)
{
    return q > 0 && tok_is(d, q, "which") && tok_is(d, q - 1, ",");
}

/* "قبلت X المساعدات ... للمناطق التي ضربها الزلزال يوم 8", "met Y, whose
 * parents were killed in 2008": a relative clause after a verb's object
 * dates its own verb, not the trigger. */
static int relative_between(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",             /* الذي */
                                    "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",             /* التي */
                                    "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",     /* الذين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* اللذين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذان */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86", /* اللتين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", /* اللتان */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD9\x88\xD8\xA7\xD8\xAA\xD9\x8A", /* اللواتي */
                                    "who", "whom", "whose", NULL};
    for (int32_t q = a; q < b; q++)
        if (tok_in(d, q, w) || where_clause_opens(d, q) || comma_which(d, q)) return 1;
    return 0;
}

/* A fixed Arabic form that is a verb ("دعت", "قبلتا", "دعوا"): it ends in
 * the perfect's -ت (not the plural -ات), -تا or -وا. */
static int fixed_verb(const evt_entry *e)
{
    size_t n = strlen(e->key);
    if (e->pos != EVT_POS_FIXED || e->lang != EVG_LANG_AR || e->ntail || n < 6) return 0;
    const char *t = e->key + n;
    if (memcmp(t - 2, "\xD8\xAA", 2) == 0) return memcmp(t - 4, "\xD8\xA7", 2) != 0; /* ت, not ات */
    return memcmp(t - 2, "\xD8\xA7", 2) == 0 &&
           (memcmp(t - 4, "\xD8\xAA", 2) == 0 || memcmp(t - 4, "\xD9\x88", 2) == 0); /* تا وا */
}

/* '"...", in a statement released on Thursday', '"..."، في بيان صدر يوم
 * الاثنين', "in an interview with ZDF on Sunday": after the comma that
 * closes a quotation, a phrase naming the vehicle of what was said (a
 * statement, speech, interview, address) tells when it was said.  Do
 * tokens [q, b) open with in/at/during/في/خلال and name such a vehicle
 * within their first four words? */
static int vehicle_phrase(const evg_doc *d, int32_t q, int32_t b)
{
    static const char *const preps[] = {"in", "at", "during", "\xD9\x81\xD9\x8A", /* في */
                                        "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", NULL}; /* خلال */
    static const char *const vehicles[] = {"statement", "speech", "interview", "address", "post", "briefing",
                                           "\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86", /* بيان */
                                           "\xD8\xAE\xD8\xB7\xD8\xA7\xD8\xA8", /* خطاب */
                                           "\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84\xD9\x87", /* مقابله */
                                           "\xD9\x83\xD9\x84\xD9\x85\xD9\x87", /* كلمه */
                                           "\xD8\xAA\xD8\xB5\xD8\xB1\xD9\x8A\xD8\xAD", NULL}; /* تصريح */
    if (q >= b || !tok_in(d, q, preps)) return 0;
    for (int32_t k = q + 1; k < b && k <= q + 4; k++) {
        if (evt_is_punct_boundary(d, k)) return 0;
        for (int w = 0; vehicles[w]; w++)
            if (tok_is(d, k, vehicles[w]) || evt_tok_is_stem(d, k, vehicles[w])) return 1;
    }
    return 0;
}

/* The first comma (, or ،) after a quotation opened and closed in [a, b),
 * or -1. */
static int32_t comma_after_quote(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const close[] = {"\"", "\xC2\xBB", "\xE2\x80\x9D", NULL};
    int open = 0, closed = 0;
    for (int32_t q = a; q < b; q++) {
        if (d->tokens.v[q].kind != EVG_TOK_PUNCT) continue;
        if (!open && evt_is_quote_open(d, q) && !tok_is(d, q, ":")) open = 1;
        else if (open && !closed && tok_in(d, q, close)) closed = 1;
        else if (closed && (tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C"))) /* ، */
            return q;
    }
    return -1;
}

/* "اتهم X Y بأنها "..."، مستشهداً بمذكرة وزعها Z منتصف يوليو": a date after
 * a whole quotation and a comma belongs to a clause after the statement,
 * unless it follows the comma at once ("، أمس الأحد", ", on Monday") or
 * ends a phrase naming the statement ("، في بيان صدر يوم الاثنين"), which
 * dates the act quoted.  Is there a quote opened and closed in [a, b),
 * then a comma with more than a date's preposition before b? */
static int past_quote(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const date_preps[] = {"on", "in", "\xD9\x8A\xD9\x88\xD9\x85", "\xD9\x81\xD9\x8A", NULL}; /* يوم في */
    int32_t q = comma_after_quote(d, a, b);
    return q >= 0 && !(b == q + 1 || (b == q + 2 && tok_in(d, q + 1, date_preps)) || vehicle_phrase(d, q + 1, b));
}

/* 'وصف X القرار بأنه "..."، في بيان صدر يوم الاثنين', 'said that "...",
 * in a speech on Monday': a quotation opened and closed in [a, b), then a
 * comma and a phrase naming the statement that runs to b.  The comma's
 * token (a complementizer before it opened only the words quoted), or -1. */
static int32_t quote_vehicle(const evg_doc *d, int32_t a, int32_t b)
{
    int32_t q = comma_after_quote(d, a, b);
    return q >= 0 && vehicle_phrase(d, q + 1, b) ? q : -1;
}

/* "وصل X ... للترحيب به يوم الجمعة", "لإجراء محادثات": a noun of purpose
 * after ل is the goal of the act before it, not another act between the
 * act and its date (defined with the modality rules below). */

/* "اتفق البلدان على عقد الجولة المقبلة في نوفمبر المقبل", "the two
 * sides agreed to meet again next month": a verb in the past cannot happen
 * on a day after the reference date, so a future date after it dates the
 * act it agreed, promised or decided on, not the verb.  English past forms
 * are told by -ed. */
/* "by the end of the year", "بحلول نهاية العام", "by 2030": a deadline
 * names when a goal is to be met; the part of its span that counts is its
 * end ("the end of this year" lies ahead even in July). */
static int deadline(const evg_doc *d, const evg_timex *tx)
{
    static const char *const by[] = {"by", "\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84", NULL}; /* بحلول */
    int32_t k = tx->tok_first - 1;
    if (tok_is(d, k, "the")) k--;
    return tx->mod == EVG_MOD_END || tok_in(d, k, by);
}

static int past_before_future(const evg_doc *d, const sent *s, const evt_match *mt, const evg_timex *tx)
{
    int32_t dct = d->sections.v[s->section].dct;
    int32_t from = deadline(d, tx) ? tx->end : tx->begin;
    if (dct == EVG_NODATE || from == EVG_NODATE || from <= dct) return 0;
    if (mt->e->lang != EVG_LANG_EN) {
        /* "ستبدأ سحب الدفعة الأولى": after a verb with the future prefix the
         * word is its verbal noun, not a perfect */
        if (mt->first > s->first && d->tokens.v[mt->first - 1].fe - d->tokens.v[mt->first - 1].fs >= 6) {
            const char *w = d->fold + d->tokens.v[mt->first - 1].fs;
            if (!memcmp(w, "\xD8\xB3", 2) && (!memcmp(w + 2, "\xD9\x8A", 2) || !memcmp(w + 2, "\xD8\xAA", 2) ||
                                                !memcmp(w + 2, "\xD9\x86", 2))) /* سي ست سن */
                return 0;
        }
        return mt->e->pos == EVT_POS_PAST;
    }
    /* the verb of a phrase comes first ("voiced support"); past forms
     * that do not end in -ed are listed */
    static const char *const irregular[] = {"met", "held", "told", "said", "sent", "spoke", "gave", "took",
                                            "struck", "fought", "led", "made", "flew", "won", "began", NULL};
    const evg_token *t = &d->tokens.v[mt->first];
    if (tok_in(d, mt->first, irregular)) return 1;
    return t->fe - t->fs > 3 && !memcmp(d->fold + t->fe - 2, "ed", 2);
}

/* "later this month", "في وقت لاحق من العام الجاري": a word of "later"
 * inside timex tx or right before it (the rest of the period). */
static int later_in_period(const evg_doc *d, const evg_timex *tx)
{
    for (int32_t q = tx->tok_first > 0 ? tx->tok_first - 1 : 0; q < tx->tok_end; q++)
        if (tok_is(d, q, "later") || evt_tok_is_stem(d, q, "\xD9\x84\xD8\xA7\xD8\xAD\xD9\x82")) /* لاحق */
            return 1;
    return 0;
}

/* "said it would resume flights next week", "أعلن أن بلاده ستقدم ...
 * الشهر المقبل", "invited X to visit later this year": an intent to
 * cooperate (CAMEO root 03) is an act of the day it is voiced; a time that
 * lies wholly ahead of the reference date, or the part of a current period
 * after it ("later this month"), is when the promised act is to happen,
 * not the day of the promise.  A current period alone ("this year") still
 * dates it. */
static int intent_ahead(const evg_doc *d, const sent *s, const evg_timex *tx)
{
    int32_t dct = d->sections.v[s->section].dct;
    if (dct == EVG_NODATE || tx->begin == EVG_NODATE) return 0;
    return tx->begin > dct || (tx->end > dct && later_in_period(d, tx));
}

/* "في أول لقاء بينهما منذ المصالحة في كانون الثاني الماضي، كما التقى Y",
 * "since the reconciliation in January, and met Y": a date inside a
 * since-phrase measures from an earlier occasion; it dates no act told
 * after it. */
static int since_phrase(const evg_doc *d, const evg_timex *tx)
{
    /* "منذ 20 تشرين الثاني" right before its date is when the act began ("has
     * been striking since 20 November"); only a since-phrase naming an
     * occasion first ("منذ المصالحة في كانون الثاني") is measured from it */
    for (int32_t q = tx->tok_first - 2; q >= 0 && q >= tx->tok_first - 6; q--) {
        if (evt_is_punct_boundary(d, q)) return 0;
        if (tok_is(d, q, "since") || evt_tok_is_stem(d, q, "\xD9\x85\xD9\x86\xD8\xB0")) return 1; /* منذ */
    }
    /* "في أول زيارة له منذ عام 2013، واستقبله", "his first trip since 2015,
     * and met": after "first ... since" the date is when the last such act
     * happened, even right after the since */
    int32_t since = tx->tok_first - 1;
    if (since > 0 && evt_tok_is_stem(d, since, "\xD8\xB9\xD8\xA7\xD9\x85")) since--; /* عام */
    if (since < 0 || !(tok_is(d, since, "since") || evt_tok_is_stem(d, since, "\xD9\x85\xD9\x86\xD8\xB0")))
        return 0;
    for (int32_t k = since - 1; k >= 0 && k >= since - 6; k--) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (evt_since_measure(d, k)) return 1;
    }
    return 0;
}

/* "The senator, who took office in March, chaired ...": a date
 * inside a relative clause on a name (the pronoun after the comma that
 * opens the clause, up to twelve words back) is that clause's time, and a
 * trigger past the clause's closing punctuation is not dated by it. */
static int closed_relative(const evg_doc *d, const evg_timex *tx, int32_t trig)
{
    int rel = 0;
    for (int32_t q = tx->tok_first - 1; q >= 0 && q >= tx->tok_first - 12 && !rel; q--) {
        if (evt_is_punct_boundary(d, q)) break;
        rel = evt_is_relative(d, q) && q > 0 && evt_is_punct_boundary(d, q - 1);
    }
    if (!rel) return 0;
    for (int32_t q = tx->tok_end; q < trig; q++)
        if (evt_is_punct_boundary(d, q)) return 1;
    return 0;
}

/* "وافقا على وقف لإطلاق النار يبدأ سريانه اليوم": an Arabic indefinite
 * noun takes its relative clause without a pronoun, opened by a verb in
 * the imperfect; a date after that verb is its time.  Is there such a
 * verb (a word of four letters or more opening with ي, not a name nor a
 * day or month word) in [a, b)? */
static int imperfect_between(const run *r, int32_t a, int32_t b)
{
    const evg_doc *d = r->doc;
    static const char *const not_verb[] = {"\xD9\x8A\xD9\x88\xD9\x85", "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A", /* يوم يومي */
                                           "\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", /* يونيو */
                                           "\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", /* يوليو */
                                           "\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", /* يناير */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A\xD9\x86", /* يومين */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD8\xA7", /* يوما */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A\xD8\xA7", NULL}; /* يوميا */
    for (int32_t q = a; q < b; q++) {
        const evg_token *t = &d->tokens.v[q];
        if (t->kind != EVG_TOK_WORD || r->tok_men[q] >= 0 || (r->tok_tx && r->tok_tx[q] >= 0) ||
            t->fe - t->fs < 8 || tok_in(d, q, not_verb))
            continue; /* a word of a time expression ("لمدة ستين يوما") is no verb */
        if (memcmp(d->fold + t->fs, "\xD9\x8A", 2) == 0) return 1; /* ي */
    }
    return 0;
}

/* Does a time expression follow the trigger in its sentence? */
static int timex_after(const evg_doc *d, const sent *s, const evt_match *mt)
{
    for (size_t k = 0; k < s->tx.n; k++)
        if (d->timexes.v[s->tx.v[k]].tok_first >= mt->end) return 1;
    return 0;
}

/* ---- a time clause of another act ---- */

/* An English finite verb at q: an auxiliary, a common irregular past, or a
 * lower-case word in -ed that no determiner qualifies ("the police
 * arrested" is a verb, "a failed coup" is not). */
static int english_finite_verb(const evg_doc *d, int32_t q)
{
    static const char *const aux[] = {"was", "were", "had", "has", "have", "is", "are", "did",
                                      "met", "began", "broke", "took", "won", "left", "fell",
                                      "shot", "struck", "sent", "held", "came", "fled", "went",
                                      "killed", "seized", "said", "told", "made", "gave", NULL};
    static const char *const det[] = {"a", "an", "the", "its", "his", "her", "their", "our",
                                      "this", "that", "these", "those", NULL};
    const evg_token *t = &d->tokens.v[q];
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN) return 0;
    if (tok_in(d, q, aux)) return 1;
    int32_t n = t->fe - t->fs;
    if (n < 5 || (t->flags & EVG_TOKF_CAP) || memcmp(d->fold + t->fe - 2, "ed", 2) != 0) return 0;
    return !tok_in(d, q - 1, det);
}

/* "after", "before", "until", "because" (not "when", "as" or "while",
 * whose clause shares the main act's time), Arabic بعدما and "بعد/قبل
 * أن".  Returns the first token of the clause body after the opener, or
 * -1. */
static int32_t time_clause_opener(const evg_doc *d, int32_t q)
{
    static const char *const en[] = {"after", "before", "until", "because", NULL};
    if (tok_in(d, q, en)) return q + 1;
    if (evt_tok_is_stem(d, q, "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7")) return q + 1; /* بعدما */
    if ((evt_tok_is_stem(d, q, "\xD8\xA8\xD8\xB9\xD8\xAF") ||      /* بعد */
         evt_tok_is_stem(d, q, "\xD9\x82\xD8\xA8\xD9\x84")) &&     /* قبل */
        tok_is(d, q + 1, "\xD8\xA7\xD9\x86"))                          /* ان */
        return q + 2;
    return -1;
}

/* Does a time clause with a verb of its own open in [a, b) before the
 * time expression at tx?  An Arabic opener always brings its verb (أن,
 * ما); an English one needs a finite verb before tx. */
static int time_clause_before(const evg_doc *d, int32_t a, int32_t b, int32_t tx)
{
    for (int32_t q = a; q < b; q++) {
        int32_t body = time_clause_opener(d, q);
        if (body < 0) continue;
        if (d->tokens.v[q].script != EVG_SCRIPT_LATN) return 1;
        for (int32_t k = body; k < tx; k++) /* a verb needs its subject first: "after renewed protests" has none */
            if (k > body && english_finite_verb(d, k)) return 1;
    }
    return 0;
}

/* "recalled its envoy after police arrested two lawmakers on April 2",
 * "After militants attacked a bus on March 28, Kenya closed ...", "بعد
 * أن هاجم مسلحون قاعدة في 25 مارس، أغلقت ...": the date of a time clause
 * (after, before, until, because) dates the clause's own verb; the main
 * act keeps its own.  after: tx follows the trigger, the clause between
 * them; else the clause opens the sentence, holds tx and closes (a comma)
 * before the trigger (a time clause in mid-sentence is told in order: an act
 * after its comma is the clause's own, "قبل أن ... في مايو، متهمة"). */
static int other_time_clause(const evg_doc *d, const sent *s, const evt_match *mt, const evg_timex *tx,
                             int after)
{
    if (after) return time_clause_before(d, mt->end, tx->tok_first, tx->tok_first);
    int32_t start = s->first; /* a fronted clause opens the sentence ("وبعد أن") */
    if (tx->tok_first <= start + 1 ||
        !time_clause_before(d, start, start + 1 + (tok_is(d, start, "and") ? 1 : 0), tx->tok_first))
        return 0;
    for (int32_t q = start; q < tx->tok_first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    for (int32_t q = tx->tok_end; q < mt->first; q++)
        if (evt_is_punct_boundary(d, q)) return 1;
    return 0;
}

/* "وعلّقت واشنطن المساعدات، وجمّدت الجامعة العربية مقعد ليبيا يوم 9",
 * "Oslo froze its aid, and Brussels suspended talks on Friday": a past
 * verb that is itself an act (no statement) opening a clause after a comma
 * between trigger hi and a timex after it, tokens [a, b): the day belongs
 * to that second clause and its own time.  In Arabic the verb follows the
 * comma (with its و); in English ", and" is followed by the clause's own
 * subject, one to five words, before the verb ("and signed" with no
 * subject continues the first clause). */
static int coordinated_act_between(const evg_doc *d, const sent *s, size_t hi, int32_t a, int32_t b)
{
    for (size_t o = hi + 1; o < s->h.n && s->h.v[o].mt.first < b; o++) {
        const evt_match *m = &s->h.v[o].mt;
        if (m->first <= a + 1 || (m->e->pos != EVT_POS_PAST && m->e->pos != EVT_POS_VERB) ||
            m->e->cls == EVT_CL_SPEECH)
            continue;
        if (m->e->lang == EVG_LANG_AR) {
            if (tok_is(d, m->first - 1, "\xD8\x8C") || tok_is(d, m->first - 1, ",")) return 1; /* ، */
            /* "طالب X بمعاقبة المهاجم، ثم أجلت Y بعد يومين موظفيها": ثم opens
             * the next step of a sequence, with its own time */
            if (evt_tok_is_stem(d, m->first - 1, "\xD8\xAB\xD9\x85")) return 1; /* ثم */
            continue;
        }
        int32_t q = m->first - 1;
        while (q > a && q + 5 >= m->first && !evt_is_punct_boundary(d, q) && !tok_is(d, q, "and")) q--;
        if (q > a && q + 1 < m->first && tok_is(d, q, "and") && tok_is(d, q - 1, ",")) return 1;
    }
    return 0;
}

/* "ورحبت الرياض بالانتخاب، وكان موفدها قد أجرى أمس الأربعاء لقاءات":
 * after a comma, كان (and its forms, with or without و) followed by قد
 * within eight words (its subject between them) opens a past perfect clause,
 * a step told before with its own subject and time; a date inside it does
 * not date the act before the comma.  Does such a clause open in [a, b)? */
static int pluperfect_opens_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t q = a + 1; q < b; q++) {
        if (!evt_ar_was(d, q) || !(tok_is(d, q - 1, "\xD8\x8C") || tok_is(d, q - 1, ","))) continue; /* ، */
        for (int32_t k = q + 1; k < b && k <= q + 8; k++)
            if (tok_is(d, k, "\xD9\x82\xD8\xAF")) return 1; /* قد */
    }
    return 0;
}

/* The clauses, phrases and verbs between trigger hi and timex tx (tokens
 * [a, b); after: the timex follows the trigger) that keep tx from dating
 * it, on top of blocked as found so far (choose_timex). */
static int clause_blocks(const run *r, const sent *s, size_t hi, const evg_timex *tx, int32_t a, int32_t b,
                         int after, int nominal, int32_t cut, int blocked)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    if (after && since_blocks(d, mt, a, b)) blocked = 1;
    if (after && mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PAST && imperfect_between(r, a, b))
        blocked = 1;
    if (after && past_quote(d, a, b)) blocked = 1;
    if (after && coordinated_act_between(d, s, hi, a, b)) blocked = 1;
    if (after && pluperfect_opens_between(d, a, b)) blocked = 1;
    if (after && (!nominal || fixed_verb(mt->e)) && relative_between(d, a, b)) blocked = 1;
    /* "أعرب X عن تقديره لاستضافة جولات الحوار التي جرت عام 2021": a
     * noun of position (thanks, concern, a call) is about something
     * else, and a relative clause that does not follow it at once
     * tells of that thing's own time */
    if (after && nominal && evt_position_code(mt->e->code) &&
        relative_between(d, mt->end + 3 < b ? mt->end + 3 : b, b))
        blocked = 1;
    if (after && tx->tok_first >= cut) blocked = 1; /* in the agreed act's clause */
    if (other_time_clause(d, s, mt, tx, after)) blocked = 1;
    /* "would meet its goal by 2030, and pledged": a past verb is not dated by a future date before it */
    if (!after && past_before_future(d, s, mt, tx)) blocked = 1;
    /* "left Oslo on Monday for Rome, where he is attending a forum
     * today": a where-clause that names a time of its own is not dated
     * by the day before it ("a trip to Rome in May, where he met X" is) */
    for (int32_t q = a; !after && q < b && !blocked; q++)
        blocked = where_clause_opens(d, q) && timex_after(d, s, mt);
    if (!after && (since_phrase(d, tx) || closed_relative(d, tx, mt->first))) blocked = 1;
    return blocked;
}

/* The score of the other events between trigger hi and a timex over tokens
 * [a, b) (choose_timex): 25 for each act that is no statement. */
static int events_between(const evg_doc *d, const sent *s, size_t hi, int32_t a, int32_t b, int after)
{
    int score = 0;
    for (size_t o = hi + 1; after && o < s->h.n && s->h.v[o].mt.end <= b; o++) /* another event between */
        score += s->h.v[o].mt.e->cls != EVT_CL_SPEECH && !evt_purpose_noun(d, &s->h.v[o].mt) ? 25 : 0;
    for (size_t o = hi; !after && o-- > 0 && s->h.v[o].mt.first >= a;)
        score += s->h.v[o].mt.e->cls != EVT_CL_SPEECH ? 25 : 0;
    return score;
}

/* "talks that lasted three days in Istanbul on May 16": a relative on a
 * meeting noun that only gives its length (that/which + lasted, continued,
 * ran) leaves the noun's date after it to the noun.  Session 18. */
static int lasting_relative(const evg_doc *d, int32_t q)
{
    static const char *const rel[] = {"that", "which", NULL};
    static const char *const last[] = {"lasted", "continued", "ran", NULL};
    return tok_in(d, q, rel) && q + 1 < (int32_t)d->tokens.n && tok_in(d, q + 1, last);
}

/* "On the third day, he held talks": an ordinal day that the time stage
 * read as that day of the month is a day of the story's occasion, left to
 * events_coref.c (a visit's ordinal day). */
static int ordinal_day_timex(const evg_doc *d, const evg_timex *tx)
{
    static const char *const en[] = {"first", "second", "third", "fourth", "fifth", NULL};
    size_t n = strlen(tx->value);
    for (int32_t q = tx->tok_first; q + 1 < tx->tok_end; q++)
        for (int k = 0; en[k]; k++)
            if (tok_is(d, q, en[k]) && tok_is(d, q + 1, "day")) /* not "the first day of March" */
                return q + 2 == tx->tok_end && n == 10 && atoi(tx->value + 8) == k + 1;
    return 0;
}

/* The timex of the sentence that dates trigger hi best, or -1; an intent
 * (intent: the event is coded 03) skips times that lie ahead. */
static int32_t choose_timex(const run *r, const sent *s, size_t hi, int intent)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    int32_t best = -1, cut = INT32_MAX;
    int best_score = 1 << 30;
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tx = &d->timexes.v[s->tx.v[k]];
        if (tx->tok_first >= mt->end && tx->tok_first < cut && past_before_future(d, s, mt, tx))
            cut = tx->tok_first;
    }
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tx = &d->timexes.v[s->tx.v[k]];
        if (ordinal_day_timex(d, tx) || (intent && intent_ahead(d, s, tx))) continue;
        int after = tx->tok_first >= mt->end;
        int32_t a = after ? mt->end : tx->tok_end, b = after ? tx->tok_first : mt->first;
        if (b - a > TIMEX_REACH) continue;
        int score = (int)(b - a) + (after ? 0 : 15), blocked = 0;
        /* "، مندداً بالهجمات التي شنتها X في كانون الثاني": a participle is a
         * verb, and the relative clause after its object dates its own verb */
        int nominal = (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) && !evt_ar_participle(d, s, mt);
        int32_t said = after ? quote_vehicle(d, a, b) : -1; /* '"...", in a statement on Monday' */
        for (int32_t q = a; q < b; q++) {
            /* "the war ..., which broke out in April": a relative clause dates its noun */
            if (evt_is_complementizer(d, q) && !(nominal && after && (tok_is(d, q, "which") || lasting_relative(d, q))) &&
                !(q < said))
                blocked = 1;
            if (evt_is_punct_boundary(d, q)) score += 10;
        }
        blocked = clause_blocks(r, s, hi, tx, a, b, after, nominal, cut, blocked);
        score += events_between(d, s, hi, a, b, after);
        if (!blocked && score < best_score) {
            best_score = score;
            best = s->tx.v[k];
        }
    }
    return best;
}

void evt_set_date(evg_event *ev, const char *value, int32_t begin, int32_t end, int src)
{
    size_t n = strlen(value); /* TIMEX3 values are short; a longer one is cut */
    if (n >= sizeof ev->date_value) n = sizeof ev->date_value - 1;
    memcpy(ev->date_value, value, n);
    ev->date_value[n] = '\0';
    ev->begin = begin;
    ev->end = end;
    ev->date_source = src;
}

static void set_dct_date(const evg_doc *d, evg_event *ev)
{
    int32_t dct = d->sections.v[ev->section].dct;
    if (dct == EVG_NODATE) {
        evt_set_date(ev, "", EVG_NODATE, EVG_NODATE, EVG_DATE_NONE);
        return;
    }
    char buf[16];
    evg_format_day(dct, buf);
    evt_set_date(ev, buf, dct, dct, EVG_DATE_DCT);
}

/* "during the visit", "during Erdogan's visit": during a few words before. */
static int during_before(const evg_doc *d, const sent *s, int32_t first)
{
    for (int32_t k = first - 1; k >= s->first && k >= first - 4; k--) {
        if (tok_is(d, k, "during")) return 1;
        if (evt_is_punct_boundary(d, k) && !tok_is(d, k, "'")) return 0;
    }
    return 0;
}

/* "خلال اللقاء", "during the visit" elsewhere in the sentence: the event
 * happened on that occasion and takes the occasion's date.  Returns the
 * occasion's hit index, or -1. */
static int occasion_hit(const evg_doc *d, const sent *s, size_t self)
{
    for (size_t k = 0; k < s->h.n; k++) {
        const evt_match *o = &s->h.v[k].mt;
        if (k == self || strncmp(o->e->code, "04", 2) != 0 || o->first == s->first) continue;
        if ((o->e->pos == EVT_POS_NOUN || o->e->pos == EVT_POS_FIXED ||
             o->e->lang == EVG_LANG_EN) && /* English rows list "visit" once for noun and verb */
            (evt_tok_is_stem(d, o->first - 1, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") || /* خلال */
             during_before(d, s, o->first)))
            return (int)k;
    }
    return -1;
}

static int occasion_in_sentence(const evg_doc *d, const sent *s, size_t self)
{
    return occasion_hit(d, s, self) >= 0;
}

/* A passive: "تم توقيعه", "جرى التوقيع", "was signed". */
static int passive_trigger(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar[] = {"\xD8\xAA\xD9\x85", "\xD9\x8A\xD8\xAA\xD9\x85",
                                     "\xD8\xB3\xD9\x8A\xD8\xAA\xD9\x85",
                                     "\xD8\xAC\xD8\xB1\xD9\x8A", NULL}; /* تم يتم سيتم جري */
    static const char *const en[] = {"was", "were", "been", "be", NULL};
    int32_t k = mt->first - 1;
    if (k < s->first) return 0;
    return mt->e->lang == EVG_LANG_EN ? tok_in(d, k, en) : tok_in(d, k, ar);
}

/* "الاتفاق الذي تم توقيعه خلال زيارة X إلى Y", "the pact, signed during X's
 * visit": a passive act without named agents was done by the parties of
 * the occasion.  Copies their actors to ev; returns how many. */
int evt_occasion_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int k = occasion_hit(r->doc, s, hi);
    if (k < 0 || !passive_trigger(r->doc, s, &s->h.v[hi].mt)) return 0;
    evg_event occ;
    evt_scratch_actors(r, s, (size_t)k, &occ);
    for (int i = 0; i < occ.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[occ.actors[i].entity];
        if (e->type && strcmp(e->type, "LOC") == 0) continue;
        int role = occ.actors[i].role;
        for (int j = 0; j < ev->nactors; j++) /* read as an object of the act: the occasion knows */
            if (ev->actors[j].entity == occ.actors[i].entity && !evt_role_taken(ev, role))
                ev->actors[j].role = role;
        evt_add_actor(ev, occ.actors[i].entity, role);
    }
    return ev->nactors;
}

/* Is token k "and"/"و" (and = 1) or "or"/"أو" (and = 0)? */
static int joins_dates(const evg_doc *d, int32_t k, int and)
{
    if (and) return tok_is(d, k, "and") || tok_is(d, k, "\xD9\x88");
    return tok_is(d, k, "or") || tok_is(d, k, "\xD8\xA7\xD9\x88"); /* او */
}

/* A date joined to date t: a day by "and"/"و" ("الأربعاء والخميس") within a
 * week after it, or a date of the same granularity by "or"/"أو" ("في يوليو
 * أو أغسطس", "in 2025 or 2026") later than it; else -1. */
static int32_t conjoined_day(const run *r, int32_t t)
{
    const evg_doc *d = r->doc;
    const evg_timex *tx = &d->timexes.v[t];
    int32_t k = tx->tok_end;
    int or = k < (int32_t)d->tokens.n && joins_dates(d, k, 0), and = !or;
    if (or || (k < (int32_t)d->tokens.n && joins_dates(d, k, 1))) k++;
    if (k >= (int32_t)d->tokens.n || r->tok_tx[k] < 0 || r->tok_tx[k] == t) return -1;
    const evg_timex *t2 = &d->timexes.v[r->tok_tx[k]];
    size_t n = strlen(tx->value);
    if (t2->tok_first != k || strlen(t2->value) != n || tx->end == EVG_NODATE ||
        t2->begin == EVG_NODATE || t2->begin <= tx->end)
        return -1;
    if (and && (n != 10 || t2->begin - tx->end > 7)) return -1;
    if (!and && n != 10 && n != 7 && n != 4) return -1;
    return r->tok_tx[k];
}

/* The date of the reporting clause of trigger hi: a speech verb before it
 * whose complement (after أن / that) holds the trigger, dated between the
 * verb and the complementizer or just before the verb; -1 if none. */
static int32_t reporting_timex(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    for (size_t k = hi; k-- > 0;) {
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        int32_t comp = -1;
        for (int32_t q = sp->end; q < mt->first && comp < 0; q++)
            if (evt_is_complementizer(d, q)) comp = q;
        if (comp < 0) return -1;
        /* "في يونيو، أعلن X أن ...": a date opening the reporting clause */
        int32_t lo = k > 0 ? s->h.v[k - 1].mt.end : s->first, before = -1;
        for (size_t x = 0; x < s->tx.n; x++) {
            const evg_timex *tx = &d->timexes.v[s->tx.v[x]];
            /* "وقال X، الذي تولى منصبه في أيلول 2022، إن": the relative's own time */
            if (tx->tok_first >= sp->end && tx->tok_end <= comp && !relative_between(d, sp->end, tx->tok_first))
                return s->tx.v[x];
            if (tx->tok_first >= lo && tx->tok_end <= sp->first && sp->first - tx->tok_end <= 3)
                before = s->tx.v[x];
        }
        return before;
    }
    return -1;
}

/* "..., بحسب ما أعلنت وزارة الداخلية الأحد", "..., as the ministry announced
 * on Sunday": a source named after the event with a date of its own; the
 * event is known as of that date.  Returns the timex or -1. */
static int32_t source_after_timex(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    static const char *const cue[] = {"\xD8\xAD\xD8\xB3\xD8\xA8", "\xD8\xA8\xD8\xAD\xD8\xB3\xD8\xA8", /* حسب بحسب */
                                      "\xD9\x88\xD9\x81\xD9\x82", "\xD9\x83\xD9\x85\xD8\xA7", "as", NULL}; /* وفق كما */
    for (size_t k = hi + 1; k < s->h.n; k++) {
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        int32_t c = sp->first - 1;
        if (c > s->first && tok_is(d, c, "\xD9\x85\xD8\xA7")) c--; /* ما */
        if (!tok_in(d, c, cue)) return -1;
        for (size_t x = 0; x < s->tx.n; x++) {
            const evg_timex *tx = &d->timexes.v[s->tx.v[x]];
            if (tx->tok_first >= sp->end && tx->tok_first - sp->end <= 5 && tx->begin != EVG_NODATE)
                return s->tx.v[x];
        }
        return -1;
    }
    return -1;
}

/* Returns 1 when the date must come from a same-root event later on, 2 when
 * from a meeting or visit (root 04) of the section. */
/* Tokens between a day and the clock time that qualifies it ("أمس الأحد،
 * على الساعة الخامسة مساء", "on Wednesday at 1 p.m."). */
#define CLOCK_REACH 4

/* "على الساعة الخامسة", "at 1 p.m.": a clock time said of an act, not a
 * time stamp ("13 سبتمبر 2023 - 6:30 صباحا"). */
static int clock_marked(const evg_doc *d, const evg_timex *tm)
{
    static const char *const before[] = {"at", "\xD8\xB9\xD9\x84\xD9\x8A", "\xD9\x81\xD9\x8A", NULL}; /* على في */
    return tok_in(d, tm->tok_first - 1, before) ||
           evt_tok_is_stem(d, tm->tok_first, "\xD8\xB3\xD8\xA7\xD8\xB9\xD9\x87"); /* (ال)ساعه */
}

/* The time of day of the sentence that names an hour of the day timex t
 * right after (or before) it, or -1. */
static int32_t clock_of_day(const sent *s, int32_t t)
{
    const evg_doc *d = s->doc;
    const evg_timex *day = &d->timexes.v[t];
    if (day->type != EVG_TIMEX_DATE || day->begin == EVG_NODATE || day->begin != day->end) return -1;
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tm = &d->timexes.v[s->tx.v[k]];
        if (tm->type != EVG_TIMEX_TIME || tm->begin != day->begin || !clock_marked(d, tm)) continue;
        int32_t gap = tm->tok_first >= day->tok_end ? tm->tok_first - day->tok_end : day->tok_first - tm->tok_end;
        if (gap >= 0 && gap <= CLOCK_REACH) return s->tx.v[k];
    }
    return -1;
}

/* Tokens after (or before) a trigger within which a vague future phrase
 * still dates it. */
#define VAGUE_REACH 14

/* A date with no calendar days: a vague future (FUTURE_REF: "الأيام
 * المقبلة", "the coming days") or a day or month whose year is unknown
 * (XXXX-05-24: a related block's "May 24", anchored to nothing). */
static int rangeless_value(const char *v)
{
    if (strcmp(v, "FUTURE_REF") == 0) return 1;
    /* XXXX-MM or XXXX-MM-DD with the month (and day) known: not XXXX-XX-XX
     * ("yesterday" of a block with no date) nor XXXX-WXX, which say nothing */
    size_t n = strlen(v);
    if (strncmp(v, "XXXX-", 5) != 0 || (n != 7 && n != 10)) return 0;
    for (size_t i = 5; i < n; i++)
        if (i != 7 && (v[i] < '0' || v[i] > '9')) return 0;
    return n == 7 || v[7] == '-';
}

/* "welcomed the vote and said Kenya would send police in the coming
 * weeks", "urged Hungary to ratify the treaty as soon as possible": a
 * vague future told after a modal (would, will, could, may, might, shall;
 * lower case and no word of a date: not "May 24"),
 * after an infinitive whose own subject is an actor just before "to" (not
 * "travel to Kenya"), or after a statement verb names when that later act
 * is to happen, not when the act before it was done.  Does such a verb
 * begin at token q? */
static int later_verb_at(const run *r, const sent *s, int32_t q)
{
    static const char *const modal[] = {"would", "will", "could", "may", "might", "shall", NULL};
    static const char *const det[] = {"a", "an", "the", "its", "his", "her", "their", "this", "that", NULL};
    const evg_doc *d = r->doc;
    if (tok_in(d, q, modal) && r->tok_tx[q] < 0 && !(d->tokens.v[q].flags & EVG_TOKF_CAP)) return 1; /* not "May 24" */
    if (tok_is(d, q, "to") && q > s->first && r->tok_men[q - 1] >= 0 && q + 1 < s->end &&
        r->tok_men[q + 1] < 0 && d->tokens.v[q + 1].kind == EVG_TOK_WORD &&
        d->tokens.v[q + 1].script == EVG_SCRIPT_LATN && !(d->tokens.v[q + 1].flags & EVG_TOKF_CAP) &&
        !tok_in(d, q + 1, det))
        return 1;
    for (size_t o = 0; o < s->h.n; o++)
        if (s->h.v[o].mt.first == q && s->h.v[o].mt.e->cls == EVT_CL_SPEECH) return 1;
    return 0;
}

/* A date with no calendar days (rangeless_value) in the trigger's clause,
 * with no complementizer between; its timex or -1. */
static int32_t rangeless_timex(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t lo = mt->first - VAGUE_REACH / 2 > s->first ? mt->first - VAGUE_REACH / 2 : s->first;
    /* "قال إنه قد يلتقي X خلال الأسابيع المقبلة، محذراً من ...": a comma
     * closes the clause the vague future belongs to */
    for (int32_t q = mt->first - 1; q > lo; q--)
        if (evt_is_punct_boundary(d, q)) {
            lo = q;
            break;
        }
    for (int32_t q = lo; q < s->end && q < mt->end + VAGUE_REACH; q++) {
        if (q >= mt->first && q < mt->end) continue;
        if (evt_is_complementizer(d, q)) {
            if (q < mt->first) lo = q; /* a clause before the trigger's own: not its date */
            else break;
        }
        if (q >= mt->end && later_verb_at(r, s, q)) break; /* the later verb's time */
        int32_t t = r->tok_tx[q];
        if (t >= 0 && d->timexes.v[t].tok_first == q && q > lo && d->timexes.v[t].type != EVG_TIMEX_SET &&
            rangeless_value(d->timexes.v[t].value))
            return t;
    }
    return -1;
}

/* "يتظاهر الآلاف كل جمعة", "police detain activists every weekend": an act
 * whose clause holds only a recurring time (a SET) happens again and again;
 * it is not an act of the reference day, so it stays undated.  Is there a
 * SET in the clause of the trigger (between the punctuation or the
 * complementizers around it: "at a vigil that activists hold each week"
 * tells the vigil's habit, not the arrest's)? */
static int recurring_clause(const run *r, const sent *s, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    int32_t lo = mt->first, hi = mt->end;
    while (lo > s->first && !evt_is_punct_boundary(d, lo - 1) && !evt_is_complementizer(d, lo - 1)) lo--;
    while (hi < s->end && !evt_is_punct_boundary(d, hi) && !evt_is_complementizer(d, hi)) hi++;
    for (int32_t k = lo; k < hi; k++)
        if (r->tok_tx[k] >= 0 && d->timexes.v[r->tok_tx[k]].type == EVG_TIMEX_SET) return 1;
    return 0;
}

/* The event's own time expression t: its value, or the day at a clock
 * time told with it, or both days of a conjoined pair as one span. */
static void own_timex_date(const run *r, const sent *s, int32_t t, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evg_timex *tx = &d->timexes.v[t];
    evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_TIMEX);
    int32_t hour = clock_of_day(s, t);
    if (hour >= 0) { /* "أمس الأحد، على الساعة الخامسة مساء": the day at that hour */
        const evg_timex *th = &d->timexes.v[hour];
        evt_set_date(ev, th->value, th->begin, th->end, EVG_DATE_TIMEX);
        return;
    }
    int32_t t2 = conjoined_day(r, t);
    if (t2 >= 0) { /* "on Wednesday and Thursday", "in July or August": both, as a span */
        const evg_timex *tx2 = &d->timexes.v[t2];
        char v[2 * sizeof tx->value + 2];
        snprintf(v, sizeof v, "%s/%s", tx->value, tx2->value);
        evt_set_date(ev, v, tx->begin, tx2->end, EVG_DATE_TIMEX);
    }
}

/* ---- an act named again by a demonstrative ---- */

/* Is there an assault (CAMEO 18-20) trigger at token k? */
static int assault_at(const evg_doc *d, int32_t k, int32_t limit)
{
    evt_match m;
    if (!evt_match_at(d, k, limit, 0, &m)) return 0;
    return strncmp(m.e->code, "18", 2) == 0 || strncmp(m.e->code, "19", 2) == 0 ||
           strncmp(m.e->code, "20", 2) == 0;
}

/* "blamed X for that attack", "condemned this bombing", "دان هذا الهجوم":
 * a demonstrative before an assault noun in the trigger's clause, after
 * the trigger, refers back to an assault told before. */
static int demonstrative_assault(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const dem[] = {"that", "this", "those", "these",
                                      "\xD9\x87\xD8\xB0\xD8\xA7", "\xD9\x87\xD8\xB0\xD9\x87", /* هذا هذه */
                                      "\xD8\xB0\xD9\x84\xD9\x83", "\xD8\xAA\xD9\x84\xD9\x83", NULL}; /* ذلك تلك */
    for (int32_t k = mt->end; k < s->end && k <= mt->end + 8; k++) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (tok_in(d, k, dem) && assault_at(d, k + 1, s->end)) return 1;
    }
    return 0;
}

/* Sentences back an assault named by a demonstrative is looked for. */
#define REFERENT_SENTS 2
/* Tokens after an assault trigger its date may stand ("a car bomb killed
 * nine soldiers, two of them officers, outside Garissa on May 3"). */
#define REFERENT_REACH 16

/* The day of the assault a demonstrative refers to: in the one or two
 * sentences before, of the same section, the latest assault trigger that
 * a calendar day follows within a few words; the assault itself may have
 * made no event (its agents unnamed: "gunmen killed ...").  -1 when none. */
static int32_t referent_assault_timex(const run *r, const sent *s)
{
    const evg_doc *d = r->doc;
    int32_t si = d->tokens.v[s->first].sent;
    for (int32_t k = si - 1; k >= 0 && k >= si - REFERENT_SENTS; k--) {
        const evg_sentence *st = &d->sentences.v[k];
        if (st->section != d->sentences.v[si].section) break;
        int32_t found = -1;
        for (int32_t q = st->tok_first; q < st->tok_end; q++) {
            if (!assault_at(d, q, st->tok_end)) continue;
            for (int32_t t = q + 1; t < st->tok_end && t <= q + REFERENT_REACH; t++) {
                int32_t x = r->tok_tx[t];
                if (x >= 0 && d->timexes.v[x].begin != EVG_NODATE &&
                    d->timexes.v[x].end - d->timexes.v[x].begin <= 1) {
                    found = x;
                    break;
                }
            }
        }
        if (found >= 0) return found;
    }
    return -1;
}

/* "Kabul held Islamabad responsible for that bombing": an undated reaction to an
 * assault named by a demonstrative is dated by that assault (the day it
 * reacts to), not by the story's day.  1 when dated. */
static int referent_date(const run *r, const sent *s, const evt_match *mt, evg_event *ev)
{
    if (!demonstrative_assault(r->doc, s, mt)) return 0;
    int32_t t = referent_assault_timex(r, s);
    if (t < 0) return 0;
    const evg_timex *tx = &r->doc->timexes.v[t];
    ev->timex = t;
    evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_COREF);
    return 1;
}

/* ---- a visit's stated end, a reception on arrival ---- */

/* Tokens after an act within which its visit noun is looked for ("arrived
 * in Madrid on Monday for a state visit that ends ..."). */
#define VISIT_NOUN_REACH 14

static int visit_noun(const evg_doc *d, int32_t q)
{
    static const char *const w[] = {"visit", "trip", "tour", "stay", NULL};
    return tok_in(d, q, w) || evt_tok_is_stem(d, q, "\xD8\xB2\xD9\x8A\xD8\xA7\xD8\xB1\xD9\x87") || /* زيارة */
           evt_tok_is_stem(d, q, "\xD8\xAC\xD9\x88\xD9\x84\xD9\x87");                            /* جولة */
}

/* A word before a day that makes it the last one: "until", "ends on",
 * "حتى", "تنتهي", "تختتم", "إلى غاية". */
static int end_word(const evg_doc *d, int32_t q)
{
    static const char *const w[] = {"until", "till", "through", "ends", "end", "ending",
                                    "\xD8\xAD\xD8\xAA\xD9\x8A",                 /* حتى */
                                    "\xD8\xAA\xD9\x86\xD8\xAA\xD9\x87\xD9\x8A", /* تنتهي */
                                    "\xD8\xAA\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85", /* تختتم */
                                    "\xD8\xBA\xD8\xA7\xD9\x8A\xD9\x87", NULL};  /* غاية */
    return tok_in(d, q, w);
}

/* "arrived in Madrid on Monday for a state visit that ends on Thursday",
 * "وصل ... يوم الأحد في زيارة تستمر حتى الأربعاء": the last day of a
 * visit told right after its noun, the act's own timex (own) the first;
 * a weekday is the first such day after the start.  EVG_NODATE if none. */
static int32_t visit_end_day(const run *r, const sent *s, const evt_match *mt, int32_t own, int32_t begin)
{
    const evg_doc *d = r->doc;
    int32_t noun = -1;
    for (int32_t q = mt->first; q < s->end && q < mt->end + VISIT_NOUN_REACH && noun < 0; q++)
        if (visit_noun(d, q)) noun = q;
    for (int32_t q = noun + 1; noun >= 0 && q < s->end && q <= noun + 6; q++) {
        if (evt_is_punct_boundary(d, q)) break;
        int32_t t = r->tok_tx[q];
        if (t < 0) continue;
        const evg_timex *tx = &d->timexes.v[t];
        if (t == own || tx->type != EVG_TIMEX_DATE || tx->begin == EVG_NODATE || tx->begin != tx->end) break;
        int until = 0;
        for (int32_t k = tx->tok_first - 1; k > noun && k >= tx->tok_first - 3; k--) until |= end_word(d, k);
        int32_t end = tx->begin;
        if (end <= begin && begin - end < 7) end += 7;
        return until && end > begin && end - begin <= 14 ? end : EVG_NODATE;
    }
    return EVG_NODATE;
}

/* A visit with a stated end spans from its own day to that end. */
static void visit_end_span(const run *r, const sent *s, size_t hi, int32_t own, evg_event *ev)
{
    if (strcmp(ev->code, "042") != 0 || ev->begin == EVG_NODATE || ev->begin != ev->end) return;
    int32_t end = visit_end_day(r, s, &s->h.v[hi].mt, own, ev->begin);
    if (end == EVG_NODATE) return;
    char x[16], y[16], v[40];
    evg_format_day(ev->begin, x);
    evg_format_day(end, y);
    snprintf(v, sizeof v, "%s/%s", x, y);
    evt_set_date(ev, v, ev->begin, end, ev->date_source);
}

/* "arrived in Madrid on Monday for a visit that ends on Thursday, and was
 * welcomed at the airport by X": a reception with no day of its own told
 * after an arrival of its sentence dated by its own day is on that day (the
 * arrival's first day, not the visit's span).  1 when it applied. */
static int arrival_reception(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (s->h.v[hi].mt.e->cls != EVT_CL_HOST && strcmp(ev->code, "043") != 0) return 0;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;) {
        const evg_event *o = &d->events.v[i];
        if (strcmp(o->code, "042") != 0 || o->trig_end > s->h.v[hi].mt.first) continue;
        if (o->date_source != EVG_DATE_TIMEX || o->timex < 0 || o->begin == EVG_NODATE) return 0;
        const evg_timex *tx = &d->timexes.v[o->timex];
        if (tx->begin != tx->end) return 0;
        char v[16];
        evg_format_day(o->begin, v);
        evt_set_date(ev, v, o->begin, o->begin, EVG_DATE_COREF);
        return 1;
    }
    return 0;
}

/* "قصف X المواقع يوم الأحد، متهماً إياه بـ ...", "وقال X إن ...، داعياً إلى
 * بناء ... في العام المقبل": an Arabic circumstantial participle of appeal,
 * demand or disapproval (02 10 11) after a comma tells of the
 * moment of the clause it hangs on: it takes the date of the sentence's
 * event just before it when that one is dated by a time of its own, else
 * the latest time said before it in the sentence (not in a reported clause
 * after إن/أن/that) when no event came before;
 * a time after it belongs to what it asks or blames.  1 when it set the
 * date, 2 when the participle has no time of its own (dated as an undated
 * act), 0 when it is no such participle. */
static int participle_clause_date(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const roots[] = {"02", "10", "11", NULL}; /* not a threat: "محذراً من أن X سترد" keeps its rules */
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int root = 0;
    for (int k = 0; roots[k]; k++) root |= strncmp(mt->e->code, roots[k], 2) == 0;
    if (!root || !evt_ar_participle(d, s, mt)) return 0;
    if (d->events.n > 0 && d->events.v[d->events.n - 1].sent == s->idx) {
        const evg_event *o = &d->events.v[d->events.n - 1];
        if (o->trig_end > mt->first) return 0;
        if (o->date_source != EVG_DATE_TIMEX || o->timex < 0) return 2;
        ev->timex = o->timex;
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
        return 1;
    }
    int32_t best = -1, reported = mt->first; /* a time after إن/أن/that belongs to what was said */
    for (int32_t q = s->first; q < mt->first && reported == mt->first; q++)
        if (evt_is_complementizer(d, q)) reported = q;
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tx = &d->timexes.v[s->tx.v[k]];
        if (tx->tok_end <= reported && (best < 0 || tx->tok_first > d->timexes.v[best].tok_first)) best = s->tx.v[k];
    }
    if (best < 0 || d->timexes.v[best].begin == EVG_NODATE) return 2;
    const evg_timex *tx = &d->timexes.v[best];
    ev->timex = best;
    evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_TIMEX);
    return 1;
}

int evt_assign_date(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int clause = participle_clause_date(r, s, hi, ev);
    if (clause == 1) return EVT_COREF_NEVER;
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t t = clause ? -1 : choose_timex(r, s, hi, strncmp(ev->code, "03", 2) == 0);
    if (t >= 0 && d->timexes.v[t].tok_first > 0) { /* the second day of a pair: start at the first */
        int32_t k = d->timexes.v[t].tok_first - 1;
        if (joins_dates(d, k, 1) || joins_dates(d, k, 0)) k--;
        if (k >= 0 && r->tok_tx[k] >= 0 && conjoined_day(r, r->tok_tx[k]) == t) t = r->tok_tx[k];
    }
    ev->timex = t;
    if (t >= 0) {
        own_timex_date(r, s, t, ev);
        visit_end_span(r, s, hi, t, ev);
        return 0;
    }
    t = clause ? -1 : rangeless_timex(r, s, hi); /* before the report's day: "said on Sunday that X may allow it in the coming days" */
    if (t >= 0) { /* "خلال الأسابيع المقبلة", "in the coming days": some time ahead; "May 24" of unknown year */
        ev->timex = t;
        evt_set_date(ev, d->timexes.v[t].value, EVG_NODATE, EVG_NODATE, EVG_DATE_TIMEX);
        return 0;
    }
    t = reporting_timex(r, s, hi);
    if (t < 0) t = source_after_timex(r, s, hi);
    if (t >= 0) { /* "أعلن X الشهر الماضي أن Y وافق على ...": known as of the report */
        const evg_timex *tx = &d->timexes.v[t];
        ev->timex = t;
        evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_COREF);
        return 0;
    }
    if (referent_date(r, s, mt, ev)) return EVT_COREF_NEVER;
    if (recurring_clause(r, s, mt)) {
        evt_set_date(ev, "", EVG_NODATE, EVG_NODATE, EVG_DATE_NONE);
        return 0;
    }
    set_dct_date(d, ev);
    if (arrival_reception(r, s, hi, ev)) return EVT_COREF_NEVER;
    if (occasion_in_sentence(d, s, hi)) return 2;
    int during = mt->first > s->first &&
                 (evt_tok_is_stem(d, mt->first - 1, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") ||
                  tok_is(d, mt->first - 1, "during") || tok_is(d, mt->first - 1, "the"));
    /* خلال */
    return mt->definite || during;
}

/* "X said his country would send aid next month": an act that
 * evt_stated_intent turned into an intent (03) after it was dated by a
 * time ahead (intent_ahead) is dated again as the intent it now is: the
 * day it was voiced (the reporting clause's, else the reference date and
 * its coreference).  Returns the coreference wish (coref when unchanged). */
int evt_intent_redate(const run *r, const sent *s, size_t hi, evg_event *ev, int coref)
{
    const evg_doc *d = r->doc;
    if (strncmp(ev->code, "03", 2) != 0 || ev->date_source != EVG_DATE_TIMEX || ev->timex < 0 ||
        !intent_ahead(d, s, &d->timexes.v[ev->timex]))
        return coref;
    return evt_assign_date(r, s, hi, ev);
}

/* An anterior clause ("وقد أجرى زيارة", "أرسلها بالفعل", "had met") without
 * a date of its own borrows none.  A past perfect happened before the
 * reference date, usually shortly before: it is dated by the reference
 * month up to the reference day ("2023-09", begin the 1st, end the day);
 * an "already" clause keeps the reference day (true as of the report). */
int evt_anterior_date(const run *r, const sent *s, size_t hi, evg_event *ev, int coref)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t lv = evt_light_verb(r->doc, s, hi, hi > 0 ? s->h.v[hi - 1].mt.end : s->first);
    int ant = evt_anterior(r->doc, s, mt, lv >= 0 ? lv : mt->first);
    if (!ant || ev->date_source != EVG_DATE_DCT) return coref;
    if (ant == 2 && ev->begin != EVG_NODATE) {
        char v[16];
        evg_format_day(ev->begin, v);
        v[7] = '\0';
        int y, m;
        if (sscanf(v, "%d-%d", &y, &m) == 2)
            evt_set_date(ev, v, evg_days_from_civil(y, m, 1), ev->end, EVG_DATE_DCT);
    }
    return EVT_COREF_NEVER;
}

/* "انتقد X، مساء الاثنين، استقبال إسبانيا لزعيم الجبهة Y", "X criticised
 * on Monday Spain's reception of Y": a meeting or visit noun that is the
 * object of a position is an act told before the position, whenever it
 * was; the position's date, before the noun, is not its date.  It keeps
 * the reference date only, so it joins the report of that act that gives
 * its date (events_merge.c).  1 when the date was dropped. */
int evt_position_object_date(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "04", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) ||
        ev->date_source != EVG_DATE_TIMEX || ev->timex < 0 || s->doc->timexes.v[ev->timex].tok_first >= mt->first)
        return 0;
    if (!evt_stance_object(s, hi)) { /* "انتقد، في تدوينة مساء الاثنين، استقبال ...": a phrase set off by commas */
        const evt_match *pm = hi > 0 ? &s->h.v[hi - 1].mt : NULL;
        if (!pm || !evt_position_code(pm->e->code) || (pm->e->pos != EVT_POS_PAST && pm->e->pos != EVT_POS_PRES) ||
            mt->first - pm->end > 12 || !(tok_is(s->doc, mt->first - 1, ",") || tok_is(s->doc, mt->first - 1, "\xD8\x8C")))
            return 0;
        for (int32_t q = pm->end; q < mt->first; q++)
            if (tok_is(s->doc, q, ".") || evt_is_complementizer(s->doc, q)) return 0;
    }
    ev->timex = -1;
    set_dct_date(s->doc, ev);
    return 1;
}

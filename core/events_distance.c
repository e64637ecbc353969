/*
 * events_distance.c - the document pass for acts dated by their distance
 * from another act of the text: "two days after X", "a week before X",
 * "بعد يومين من X", "قبل يوم من X", the phrase after the clause it dates
 * or fronted before it ("Two days after the vote, ...", "وبعد يومين من
 * توقيع الاتفاق، ...").
 *
 * Two directions, both after the coreference dates (events_coref.c) and
 * before the merge: the act of the clause that holds the phrase takes the
 * day of the act the phrase names plus or minus the distance when that act
 * has a single day of its own (or the day of a dated report of the same
 * act told elsewhere in the text); else the act the phrase names takes the
 * clause's day minus or plus the distance (session 10, round 16).  A month,
 * a year or a range gives nothing; a phrase inside a quotation is skipped.
 * Exports evt_days_after_dates.
 */
#include "events_int.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct dist_marker {
    int32_t first;  /* first token of the phrase: the count, or بعد/قبل */
    int32_t end;    /* the token after "after"/"before"/من: the named act follows */
    int days;       /* the distance in days */
    int sign;       /* +1 after, -1 before */
} dist_marker;

/* Days of a duration timex "P<n>D" (n from 1 to 14) or "P<n>W" (n from 1
 * to 4), else 0. */
static int duration_days(const evg_timex *tx)
{
    int n = 0;
    char unit = 0, tail = 0;
    if (tx->type != EVG_TIMEX_DURATION || sscanf(tx->value, "P%d%c%c", &n, &unit, &tail) != 2) return 0;
    if (unit == 'D') return n >= 1 && n <= 14 ? n : 0;
    if (unit == 'W') return n >= 1 && n <= 4 ? 7 * n : 0;
    return 0;
}

/* "two days after", "a week before" (English) or "بعد يومين من", "قبل يوم
 * من" (Arabic, with و or not) ending at token q: fills *m, returns 1. */
static int marker_at(const run *r, int32_t q, int32_t first, dist_marker *m)
{
    static const char *const after_ar[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x88\xD8\xA8\xD8\xB9\xD8\xAF", NULL}; /* بعد وبعد */
    static const char *const before_ar[] = {"\xD9\x82\xD8\xA8\xD9\x84", "\xD9\x88\xD9\x82\xD8\xA8\xD9\x84", NULL}; /* قبل وقبل */
    const evg_doc *d = r->doc;
    if (q <= first) return 0;
    int en_after = tok_is(d, q, "after"), en_before = tok_is(d, q, "before");
    int ar = tok_is(d, q, "\xD9\x85\xD9\x86"); /* من */
    if (!en_after && !en_before && !ar) return 0;
    int32_t t = r->tok_tx[q - 1];
    if (t < 0) return 0;
    const evg_timex *tx = &d->timexes.v[t];
    if (tx->tok_end != q || !(m->days = duration_days(tx))) return 0;
    m->first = tx->tok_first;
    m->end = q + 1;
    m->sign = en_before ? -1 : 1;
    if (ar) {
        if (tx->tok_first <= first) return 0;
        int aft = tok_in(d, tx->tok_first - 1, after_ar), bef = tok_in(d, tx->tok_first - 1, before_ar);
        if (!aft && !bef) return 0;
        m->first = tx->tok_first - 1;
        m->sign = bef ? -1 : 1;
    }
    return 1;
}

/* Is a quotation open at token at of its sentence (from the sentence's
 * first token)?  Straight quotes count by pairs. */
static int in_quotation(const evg_doc *d, int32_t from, int32_t at)
{
    int open = 0, straight = 0;
    for (int32_t q = from; q < at; q++) {
        if (tok_is(d, q, "\xC2\xAB") || tok_is(d, q, "\xE2\x80\x9C")) open++; /* « “ */
        else if ((tok_is(d, q, "\xC2\xBB") || tok_is(d, q, "\xE2\x80\x9D")) && open > 0) open--; /* » ” */
        else if (tok_is(d, q, "\"")) straight = !straight;
    }
    return open > 0 || straight;
}

/* Does an event other than self have its trigger in [a, b) of sentence si? */
static int act_between(const evg_doc *d, int32_t si, int32_t a, int32_t b, const evg_event *self)
{
    for (size_t j = 0; j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o != self && o->sent == si && o->trig_first >= a && o->trig_first < b) return 1;
    }
    return 0;
}

/* Does the phrase of m open its sentence ("Two days after ...", "And a day
 * before ...", "وبعد يومين من ...")? */
static int fronted(const evg_doc *d, int32_t first, const dist_marker *m)
{
    if (m->first == first) return 1;
    return m->first == first + 1 && (tok_is(d, first, "And") || tok_is(d, first, "But"));
}

/* The first comma after the phrase of m in its sentence (ends a fronted
 * phrase), or -1. */
static int32_t phrase_comma(const evg_doc *d, int32_t last, const dist_marker *m)
{
    for (int32_t q = m->end; q < last && q < m->end + 20; q++) {
        if (tok_is(d, q, ".")) return -1;
        if (tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C")) return q; /* ، */
    }
    return -1;
}

/* The marker of a phrase that dates the act c: after its trigger in its
 * clause (no full stop, complementizer or other act between) or fronted
 * with c the first act after its comma.  *lim gets the token where the
 * phrase's named act must start before.  1 when found. */
static int clause_marker(const run *r, const evg_event *c, dist_marker *m, int32_t *lim)
{
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[c->sent];
    int32_t last = st->tok_end;
    for (int32_t q = c->trig_end; q < last && q < c->trig_end + 14; q++) {
        if (tok_is(d, q, ".") || evt_is_complementizer(d, q) || act_between(d, c->sent, c->trig_end, q, c)) break;
        if (marker_at(r, q, st->tok_first, m) && m->first >= c->trig_end) {
            *lim = m->end + 6 < last ? m->end + 6 : last;
            return 1;
        }
    }
    for (int32_t q = st->tok_first; q < st->tok_first + 4 && q < c->trig_first; q++) {
        if (!marker_at(r, q, st->tok_first, m) || !fronted(d, st->tok_first, m)) continue;
        int32_t comma = phrase_comma(d, last, m);
        if (comma < 0 || c->trig_first < comma || act_between(d, c->sent, comma, c->trig_first, c)) return 0;
        *lim = comma;
        return 1;
    }
    return 0;
}

/* The first act after the marker, before lim, in sentence si, or NULL. */
static evg_event *named_act(evg_doc *d, int32_t si, const dist_marker *m, int32_t lim)
{
    evg_event *best = NULL;
    for (size_t j = 0; j < d->events.n; j++) {
        evg_event *o = &d->events.v[j];
        if (o->sent == si && o->trig_first >= m->end && o->trig_first < lim &&
            (!best || o->trig_first < best->trig_first))
            best = o;
    }
    return best;
}

/* The day the act p named in the phrase of m is known to have: a single
 * day of its own after the marker, or a day by coreference that a dated
 * report of the same root elsewhere in the text gives ("the meeting", "his
 * arrival" told again).  EVG_NODATE if none (a month, a year, a range, the
 * reference date). */
static int32_t anchor_day(const evg_doc *d, const evg_event *p, const dist_marker *m)
{
    if (p->begin == EVG_NODATE || p->begin != p->end || p->modality != EVG_MODAL_ASSERTED) return EVG_NODATE;
    if (p->date_source == EVG_DATE_TIMEX)
        return p->timex >= 0 && d->timexes.v[p->timex].tok_first > m->first ? p->begin : EVG_NODATE;
    if (p->date_source != EVG_DATE_COREF) return EVG_NODATE;
    for (size_t j = 0; j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o != p && o->sent != p->sent && o->date_source == EVG_DATE_TIMEX && strcmp(o->root, p->root) == 0 &&
            o->begin == p->begin && o->end == p->end && o->modality == EVG_MODAL_ASSERTED)
            return p->begin;
    }
    return EVG_NODATE;
}

/* The CAMEO root (2 digits, into root) of the event noun at token q: a
 * noun trigger, a verb trigger after a determiner ("his visit"), or an
 * English noun whose verb alone is a trigger ("his arrival", "the
 * signing": its object is told with the act it names).  1 when found. */
static int noun_root(const evg_doc *d, int32_t q, int determined, int32_t limit, char root[3])
{
    static const char *const noun[][2] = {{"arrival", "04"}, {"signing", "05"}, {NULL, NULL}};
    evt_match mt;
    const char *code = NULL;
    if (evt_match_at(d, q, limit, 0, &mt) && (mt.e->pos == EVT_POS_NOUN || mt.e->pos == EVT_POS_FIXED || determined))
        code = mt.e->code;
    for (int k = 0; !code && determined && noun[k][0]; k++)
        if (tok_is(d, q, noun[k][0])) code = noun[k][1];
    if (!code) return 0;
    memcpy(root, code, 2);
    root[2] = 0;
    return 1;
}

/* The day of the act an event noun right after the marker names when it
 * is no event of ours ("after the signing", "بعد يومين من توقيع الاتفاق"
 * with no party named): the one day of the dated reports of its root told
 * in the sentences before c's.  EVG_NODATE if there is none or more than one. */
static int32_t noun_day(const run *r, const evg_event *c, const dist_marker *m, int32_t lim)
{
    static const char *const det[] = {"the", "his", "her", "their", "its", NULL};
    const evg_doc *d = r->doc;
    int32_t q = m->end;
    while (q < lim && tok_in(d, q, det)) q++;
    char root[3];
    if (q >= lim || r->tok_tx[q] >= 0 || !noun_root(d, q, q > m->end, d->sentences.v[c->sent].tok_end, root))
        return EVG_NODATE;
    int32_t day = EVG_NODATE;
    for (size_t j = 0; j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o->sent >= c->sent || o->section != c->section || o->date_source != EVG_DATE_TIMEX ||
            strncmp(o->code, root, 2) != 0 || o->modality != EVG_MODAL_ASSERTED)
            continue;
        if (o->begin == EVG_NODATE || o->begin != o->end || (day != EVG_NODATE && day != o->begin)) return EVG_NODATE;
        day = o->begin;
    }
    return day;
}

static void set_day(evg_event *ev, int32_t day)
{
    char v[16];
    evg_format_day(day, v);
    evt_set_date(ev, v, day, day, EVG_DATE_COREF);
}

/* "Sisi visited Riyadh two days after the meeting", "وزار X أسمرة بعد
 * يومين من توقيع الاتفاق", "Two days after the vote, X met Y": the act of
 * the clause, without a date of its own, takes the named act's day plus
 * (after) or minus (before) the distance.  1 when it did. */
static int date_from_named(run *r, evg_event *c)
{
    evg_doc *d = r->doc;
    dist_marker m;
    int32_t lim = -1;
    if (c->date_source == EVG_DATE_TIMEX || c->modality == EVG_MODAL_NEGATED) return 0;
    if (!clause_marker(r, c, &m, &lim) || in_quotation(d, d->sentences.v[c->sent].tok_first, m.first)) return 0;
    const evg_event *p = named_act(d, c->sent, &m, lim);
    int32_t day = p ? anchor_day(d, p, &m) : noun_day(r, c, &m, lim);
    if (day == EVG_NODATE) return 0;
    set_day(c, day + m.sign * m.days);
    return 1;
}

/* The marker whose phrase names the act at ev (within reach before its
 * trigger, no full stop, complementizer or other act between).  1 when
 * found. */
static int named_marker(const run *r, const evg_event *ev, dist_marker *m)
{
    const evg_doc *d = r->doc;
    int32_t first = d->sentences.v[ev->sent].tok_first;
    for (int32_t q = ev->trig_first - 1; q >= first && q >= ev->trig_first - 14; q--) {
        if (tok_is(d, q, ".") || evt_is_complementizer(d, q)) return 0;
        if (!marker_at(r, q, first, m)) continue;
        return !act_between(d, ev->sent, m->end, ev->trig_first, ev) && !in_quotation(d, first, m->first);
    }
    return 0;
}

/* The day of the clause a trailing phrase follows: the latest day-dated
 * act told as done before the marker, in this sentence or the three before
 * it (a plan is no such act), else the day named in the sentence before
 * the marker.  EVG_NODATE if none. */
static int32_t trailing_base(const run *r, const evg_event *ev, int32_t mk)
{
    const evg_doc *d = r->doc;
    const evg_event *anchor = NULL;
    for (size_t j = 0; j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent > ev->sent || o->sent + 3 < ev->sent) continue;
        if (o->sent == ev->sent && o->trig_end > mk) continue;
        if (o->begin == EVG_NODATE || o->begin != o->end || o->date_source == EVG_DATE_NONE) continue;
        if (o->modality != EVG_MODAL_ASSERTED) continue; /* a planned act is not yet told ("يزور اليوم") */
        if (!anchor || o->sent > anchor->sent || (o->sent == anchor->sent && o->trig_first > anchor->trig_first))
            anchor = o;
    }
    if (anchor) return anchor->begin;
    int32_t base = EVG_NODATE; /* no act before it: the day named in its sentence before the marker */
    for (int32_t q = d->sentences.v[ev->sent].tok_first; q < mk; q++) {
        int32_t t = r->tok_tx[q];
        if (t >= 0 && d->timexes.v[t].begin != EVG_NODATE && d->timexes.v[t].begin == d->timexes.v[t].end)
            base = d->timexes.v[t].begin;
    }
    return base;
}

/* The day of the clause a fronted phrase opens: the own day of the first
 * act after the phrase's comma ("Two days after X, Y met Z on Friday").
 * EVG_NODATE if none. */
static int32_t fronted_base(const run *r, const evg_event *ev, const dist_marker *m)
{
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[ev->sent];
    int32_t comma = phrase_comma(d, st->tok_end, m);
    const evg_event *c = NULL;
    for (size_t j = 0; comma >= 0 && j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o->sent == ev->sent && o->trig_first > comma && (!c || o->trig_first < c->trig_first)) c = o;
    }
    if (!c || c->date_source != EVG_DATE_TIMEX || c->begin == EVG_NODATE || c->begin != c->end) return EVG_NODATE;
    return c->begin;
}

/* "The ministry said he raised the matter at the meeting, a day after X
 * appealed to him", "وذلك بعد يومين من إعلان X": the act the phrase names,
 * with no day of its own, happened that many days before (after, for
 * "before"/قبل) the day of the clause the phrase belongs to. */
static void date_named(run *r, evg_event *ev)
{
    evg_doc *d = r->doc;
    dist_marker m;
    if (!named_marker(r, ev, &m) || anchor_day(d, ev, &m) != EVG_NODATE) return;
    if (ev->date_source == EVG_DATE_TIMEX && ev->timex >= 0 && d->timexes.v[ev->timex].tok_first > m.first) return;
    int32_t base = fronted(d, d->sentences.v[ev->sent].tok_first, &m) ? fronted_base(r, ev, &m)
                                                                     : trailing_base(r, ev, m.first);
    if (base != EVG_NODATE) set_day(ev, base - m.sign * m.days);
}

/* Both directions over the document's events: first the clauses whose
 * named act has a day, then the named acts still without one.  Runs after
 * the coreference dates, so the acts have their days. */
void evt_days_after_dates(run *r)
{
    evg_doc *d = r->doc;
    unsigned char *done = evg_xcalloc(d->events.n + 1, 1);
    for (size_t i = 0; i < d->events.n; i++) done[i] = (unsigned char)date_from_named(r, &d->events.v[i]);
    for (size_t i = 0; i < d->events.n; i++)
        if (!done[i]) date_named(r, &d->events.v[i]);
    free(done);
}

/*
 * events_meet.c - meetings, visits and talks: a visit of stated length, an
 * act during a visit, talks that led to an act or that a host held, guests
 * and hosts, a delegation acting through its head, a party joining a
 * meeting already told, an arrival's goal, a talks noun continuing the
 * latest meeting, a summit that ended with an agreement, and meeting words
 * that are no meeting ("since the summit", "meet the goal", "hosting
 * troops", "due in September").
 *
 * Reads the sentence's hits and candidates (events_sentence.c), the actors
 * events_args.c chose and the events already built in the section; sets
 * actors and the span of days for events.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <strings.h>


/* "وصل X إلى Y يوم الجمعة. وتناولت المحادثات ...", "The talks focused on
 * trade": a talks noun with no actor in its sentence continues the latest
 * meeting or visit of this or the two previous sentences of the section
 * when that one has exactly two sides (a visit: the visitor and the place's
 * country or host); with any doubt it stays without actors (dropped). */
void evt_previous_meeting_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED &&
                                      mt->e->lang == EVG_LANG_AR))
        return;
    if (mt->e->definite) return; /* "اجتماعه": its owner is this sentence's subject, maybe unnamed */
    for (size_t k = hi; k-- > 0;) { /* "قال X إن المحادثات كانت بناءة": what X said of the talks */
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        for (int32_t q = sp->end; q < mt->first; q++)
            if (evt_is_complementizer(d, q) || (mt->e->lang == EVG_LANG_EN && q + 1 == mt->first)) return;
    }
    if (s->sec_kind != EVG_SEC_BODY) return;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 2) return;
        if (strncmp(o->code, "04", 2) != 0) continue;
        if (o->nactors != 2) return;
        for (int k = 0; k < 2; k++)
            evt_add_actor(ev, o->actors[k].entity, k == 0 ? EVG_ROLE_SOURCE : EVG_ROLE_TARGET);
        return;
    }
}

/* ---- visits of stated length ---- */

/* "في ختام زيارة استمرت يومين", "a three-day visit": a visit dated to one
 * day with a length of n days next to its noun spans n days, ending on
 * that day when the report is about its end ("في ختام", "at the end of"),
 * else starting on it.  Talks or a hosting of stated length ("مباحثات
 * احتضنتها الصين على مدى ثلاثة أيام ابتداءً من 21") span their days the
 * same way; a day opened by "ابتداءً من", "starting" is the first. */
static int span_start_word(const evg_doc *d, const evg_timex *tx)
{
    static const char *const w[] = {"\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7\xD8\xA1", /* ابتداء */
                                    "\xD8\xA8\xD8\xAF\xD8\xA1\xD8\xA7", "starting", "beginning", /* بدءا */
                                    "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7", NULL}; /* اعتبارا */
    for (int32_t q = tx->tok_first - 1; q >= 0 && q >= tx->tok_first - 3; q--)
        if (tok_in(d, q, w)) return 1;
    return 0;
}

/* Tokens after a trigger within which "استمرت ثلاثة أيام", "lasting three
 * days" still gives the act's length. */
#define LASTED_REACH 10

/* Days n of "عملية تبادل ... استمرت ثلاثة أيام", "an operation ... that
 * lasted three days": a verb of lasting with its duration after the
 * trigger, before the next act of the sentence; 0 when none. */
static int lasted_days(const run *r, const sent *s, size_t hi)
{
    static const char *const w[] = {"\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1", /* استمر */
                                    "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAA", /* استمرت */
                                    "lasted", "lasting", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t stop = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    for (int32_t q = mt->end; q + 1 < stop && q < mt->end + LASTED_REACH; q++) {
        if (!tok_in(d, q, w) && !evt_tok_is_stem(d, q, w[0]) && !evt_tok_is_stem(d, q, w[1])) continue;
        int32_t t = r->tok_tx[q + 1];
        int n = 0;
        if (t >= 0 && d->timexes.v[t].type == EVG_TIMEX_DURATION &&
            sscanf(d->timexes.v[t].value, "P%dD", &n) == 1 && n >= 2 && n <= 14)
            return n;
        return 0;
    }
    return 0;
}

enum { END_BEFORE = 1, END_AFTER = 2 };

/* Is token q a word that ends an act, of the use asked: END_BEFORE a verb
 * before the trigger whose clause reports the act's last day ("اختتمت X
 * أمس", "X concluded talks"; Arabic also after a proclitic), END_AFTER a
 * word between the trigger and its date that makes the date the last day
 * ("استمرت يومين انتهت يوم 12", "ending on May 12"; as written). */
static int ending_word(const evg_doc *d, int32_t q, unsigned use)
{
    static const struct { const char *w; unsigned use; } tab[] = {
        {"\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85", END_BEFORE},                          /* اختتم */
        {"\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85\xD8\xAA", END_BEFORE | END_AFTER},       /* اختتمت */
        {"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xAA", END_AFTER},                            /* انتهت */
        {"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD9\x8A", END_AFTER},                            /* انتهي (انتهى folded) */
        {"concluded", END_BEFORE | END_AFTER}, {"ended", END_BEFORE | END_AFTER}, {"wrapped", END_BEFORE},
        {"ending", END_AFTER}, {"concluding", END_AFTER}};
    for (size_t k = 0; k < sizeof tab / sizeof *tab; k++)
        if ((tab[k].use & use) && (use == END_BEFORE ? evt_tok_is_stem(d, q, tab[k].w) : tok_is(d, q, tab[k].w)))
            return 1;
    return 0;
}

/* "اختتمت X أمس عملية ...", "X concluded talks on Sunday": the clause
 * reports the act's last day. */
static int concluding_verb(const evg_doc *d, const sent *s, size_t hi)
{
    int32_t from = hi > 0 ? s->h.v[hi - 1].mt.end : s->first;
    for (int32_t q = from; q < s->h.v[hi].mt.first; q++)
        if (ending_word(d, q, END_BEFORE)) return 1;
    return 0;
}

/* "محادثات استمرت يومين ... انتهت يوم 12", "talks that lasted two days,
 * ending on May 12": a word of ending between the trigger and the event's
 * own date makes that date the last day.  Session 18. */
static int ends_on_date(const evg_doc *d, const evt_match *mt, const evg_event *ev)
{
    if (ev->timex < 0 || ev->date_source != EVG_DATE_TIMEX) return 0;
    int32_t to = d->timexes.v[ev->timex].tok_first;
    for (int32_t q = mt->end; q < to && q < mt->end + 2 * LASTED_REACH; q++)
        if (ending_word(d, q, END_AFTER)) return 1;
    return 0;
}

void evt_visit_span(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const end_w[] = {"\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85", "\xD9\x86\xD9\x87\xD8\xA7\xD9\x8A\xD9\x87", /* ختام نهايه */
                                        "end", "concluding", "close", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int visit = strcmp(ev->code, "042") == 0;
    if (ev->begin == EVG_NODATE || ev->begin != ev->end) return;
    int lasted = lasted_days(r, s, hi);
    /* "اختتمت ... عملية تبادل ... استمرت ثلاثة أيام", "... استمرت يومين انتهت يوم 12" */
    if (lasted && (concluding_verb(d, s, hi) || ends_on_date(d, mt, ev))) {
        char x[16], y[16], v[40];
        evg_format_day(ev->begin - (lasted - 1), x);
        evg_format_day(ev->begin, y);
        snprintf(v, sizeof v, "%s/%s", x, y);
        evt_set_date(ev, v, ev->begin - (lasted - 1), ev->begin, ev->date_source);
        return;
    }
    if (!visit && strncmp(ev->code, "04", 2) != 0) return;
    int days = 0, reach = visit ? 3 : 5;
    for (int32_t q = mt->first - 3 > s->first ? mt->first - 3 : s->first; q < mt->end + reach && q < s->end && !days; q++) {
        int32_t t = r->tok_tx[q];
        if (t < 0 || d->timexes.v[t].type != EVG_TIMEX_DURATION) continue;
        const char *v = d->timexes.v[t].value;
        int n = 0;
        if (sscanf(v, "P%dD", &n) == 1 && n >= 2 && n <= 14 && v[strlen(v) - 1] == 'D') days = n;
    }
    if (!days) return;
    int at_end = 0;
    for (int32_t q = mt->first - 3 > s->first ? mt->first - 3 : s->first; q < mt->first; q++)
        at_end |= tok_in(d, q, end_w) || evt_tok_is_stem(d, q, end_w[0]) || evt_tok_is_stem(d, q, end_w[1]);
    if (ev->timex >= 0 && span_start_word(d, &d->timexes.v[ev->timex])) at_end = 0;
    else if (!visit && !at_end) return; /* talks "for three days" said on a day: which one is unclear */
    int32_t b = at_end ? ev->begin - (days - 1) : ev->begin, e = b + days - 1;
    char x[16], y[16], v[40];
    evg_format_day(b, x);
    evg_format_day(e, y);
    snprintf(v, sizeof v, "%s/%s", x, y);
    evt_set_date(ev, v, b, e, ev->date_source);
}

/* "وصل X ... في زيارة تستغرق يومين، التقى خلالها الرئيس Y", "a two-day
 * visit, during which he met Y": a verb right before "خلالها" (during it)
 * or after "during which" happened during the visit or meeting built
 * just before it from the same sentence: its subject is that occasion's
 * source (the name after the verb is the object) and its date the
 * occasion's.  Returns 1 when it applied. */
int evt_during_it(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const w[] = {"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD8\xA7", /* خلالها */
                                    "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87",             /* خلاله */
                                    "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD9\x85\xD8\xA7", NULL}; /* خلالهما */
    static const char *const pron[] = {"he", "she", "they", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t q = mt->first - 1 - (tok_in(d, mt->first - 1, pron) ? 1 : 0); /* "during which he met" */
    int en = mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB && q - 1 >= s->first &&
             tok_is(d, q, "which") && tok_is(d, q - 1, "during");
    if (!en && (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
                !tok_in(d, mt->end, w)))
        return 0;
    const evg_event *occ = NULL;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx && !occ;)
        if (strncmp(d->events.v[i].code, "04", 2) == 0) occ = &d->events.v[i];
    if (!occ) return 0;
    int32_t src = -1;
    for (int k = 0; k < occ->nactors && src < 0; k++)
        if (occ->actors[k].role == EVG_ROLE_SOURCE) src = occ->actors[k].entity;
    if (src >= 0 && !evt_has_actor(ev, src) && mt->e->cls == EVT_CL_HOST) {
        int w = 0; /* "استقبله خلالها X": X receives the visitor, the pronoun's referent */
        for (int k = 0; k < ev->nactors; k++)
            if (ev->actors[k].role != EVG_ROLE_TARGET) ev->actors[w++] = ev->actors[k];
        ev->nactors = w;
        evt_add_actor(ev, src, EVG_ROLE_TARGET);
    } else if (src >= 0 && !evt_has_actor(ev, src)) {
        for (int k = 0; k < ev->nactors; k++)
            if (ev->actors[k].role == EVG_ROLE_SOURCE) ev->actors[k].role = EVG_ROLE_TARGET;
        evt_add_actor(ev, src, EVG_ROLE_SOURCE);
    }
    if (occ->begin != EVG_NODATE) evt_set_date(ev, occ->date_value, occ->begin, occ->end, EVG_DATE_COREF);
    if (ev->location < 0) ev->location = occ->location;
    return 1;
}

/* Words that set talks before the act they led to: "بعد محادثات", "في
 * ختام مباحثات", "عقب", "إثر", "after talks", "following talks". */
static int led_to_act(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD8\xA8\xD8\xB9\xD8\xAF",              /* بعد */
                                    "\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85",      /* ختام */
                                    "\xD8\xB9\xD9\x82\xD8\xA8",              /* عقب */
                                    "\xD8\xA7\xD8\xAB\xD8\xB1",              /* اثر */
                                    "after", "following", NULL};
    return tok_in(d, k, w) || (tok_is(d, k, "of") && tok_is(d, k - 1, "end"));
}

/* Adds the named parties (places aside) of hit k, as an event of its own would
 * take them, to ev: the first as source when ev has none.  guests: only
 * those received, not the host (a host named apart keeps its own event). */
static void add_parties_of(const run *r, const sent *s, size_t k, int guests, evg_event *ev)
{
    evg_event tmp;
    evt_scratch_actors(r, s, k, &tmp);
    for (int i = 0; i < tmp.nactors; i++) {
        if (guests && tmp.actors[i].role == EVG_ROLE_SOURCE) continue;
        const evg_entity *e = &r->doc->entities.v[tmp.actors[i].entity];
        if (e->type && (strcmp(e->type, "LOC") == 0 ||
                        (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3))))
            continue; /* a city or region is where, not who */
        int role = evt_role_taken(ev, EVG_ROLE_SOURCE) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE;
        evt_add_actor(ev, tmp.actors[i].entity, role);
    }
    if (ev->location < 0) ev->location = tmp.location;
}

/* "وقّع X و Y الإعلان في ختام مباحثات احتضنتها الصين", "توصل X و Y إلى
 * اتفاق بعد محادثات استضافها مع A و B", "talks hosted by Z": talks named
 * as what led to a joint act are between that act's parties; talks with a
 * host are between the guests (the host keeps its own event, 043).
 * Replaces ev's actors and returns 2 for talks that led to an act, 1 for
 * hosted talks, else 0. */
/* A noun form of a trigger: an Arabic noun, or an English form (English rows
 * list nouns and verbs alike; "the talks", "after talks" are read in context). */
static int nominal_form(const evt_match *mt)
{
    return mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED || mt->e->lang == EVG_LANG_EN;
}

/* Hosting or mediating (043, 045): a side act of talks, not what they led to. */
static int side_act(const char *code)
{
    return strcmp(code, "043") == 0 || strcmp(code, "045") == 0;
}

/* If hit hi is a talks noun named as what led to a joint act (roots 03-06)
 * of an earlier hit of the sentence ("اتفاق ... برعاية الأمم المتحدة، بعد
 * مفاوضات": past the mediation), that hit plus one, else 0. */
size_t evt_talks_led(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->cls != EVT_CL_MEET || !nominal_form(mt) || !led_to_act(s->doc, mt->first - 1))
        return 0;
    size_t k = hi - 1;
    while (k > 0 && side_act(s->h.v[k].mt.e->code)) k--;
    const evt_entry *p = s->h.v[k].mt.e;
    return p->cls != EVT_CL_SPEECH && !side_act(p->code) && p->code[0] == '0' && p->code[1] >= '3' &&
           p->code[1] <= '6' ? k + 1 : 0;
}

/* Is hit hi the host of the talks noun right before it ("مباحثات احتضنتها")? */
int evt_hosts_talks(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->cls != EVT_CL_HOST || s->h.v[hi - 1].mt.e->cls != EVT_CL_MEET ||
        mt->first - s->h.v[hi - 1].mt.end > 3)
        return 0;
    for (int32_t q = s->h.v[hi - 1].mt.end; q < mt->first; q++) /* "قمة استثنائية", "مفاوضات غير مباشرة" */
        if (s->doc->tokens.v[q].kind == EVG_TOK_PUNCT) return 0;
    return 1;
}

/* "فرضت إيكواس عقوبات على مالي في ختام قمة استثنائية احتضنتها أكرا": a
 * summit hosted by a city, with no guests named, is the meeting of the
 * agent of the act before it in the sentence.  Adds that source to ev. */
static void act_agent_at_talks(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    for (size_t k = hi; k-- > 0;) {
        const evt_entry *p = s->h.v[k].mt.e;
        if (p->cls == EVT_CL_SPEECH || side_act(p->code) || p->cls == EVT_CL_MEET) continue;
        evg_event tmp;
        evt_scratch_actors(r, s, k, &tmp);
        for (int i = 0; i < tmp.nactors; i++)
            if (tmp.actors[i].role == EVG_ROLE_SOURCE) evt_add_actor(ev, tmp.actors[i].entity, EVG_ROLE_SOURCE);
        return;
    }
}

/* "اتفاق ... في 20 آذار، بعد مفاوضات استمرت عشرة أيام": talks that led to
 * an act and lasted n days ended on the act's day. */
void evt_led_talks_span(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int n = lasted_days(r, s, hi);
    if (!n || ev->begin == EVG_NODATE || ev->begin != ev->end) return;
    char x[16], y[16], v[40];
    evg_format_day(ev->begin - (n - 1), x);
    evg_format_day(ev->begin, y);
    snprintf(v, sizeof v, "%s/%s", x, y);
    evt_set_date(ev, v, ev->begin - (n - 1), ev->begin, ev->date_source);
}

/* "قمة استثنائية احتضنتها العاصمة الغانية أكرا", "مفاوضات احتضنتها جدة": a
 * city hosting the talks named right before only says where they were
 * held: it is their place, not an event of its own.  Returns 1 when hit hi
 * is such a host (and gave the talks' event, if any, its place). */
int evt_city_hosts_talks(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    if (!evt_hosts_talks(s, hi) || ev->nactors != 1) return 0;
    const evg_entity *e = &r->doc->entities.v[ev->actors[0].entity];
    if (!e->type || !(strcmp(e->type, "LOC") == 0 || (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3))))
        return 0;
    evg_doc *d = r->doc;
    if (d->events.n) {
        evg_event *t = &d->events.v[d->events.n - 1];
        if (t->sent == s->idx && t->trig_first == s->h.v[hi - 1].mt.first && t->location < 0)
            t->location = ev->actors[0].entity;
    }
    return 1;
}

int evt_hosted_talks(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET || !nominal_form(mt)) return 0;
    size_t led = evt_talks_led(s, hi);
    int host = hi + 1 < s->h.n && evt_hosts_talks(s, hi + 1);
    if (!led && !host) return 0;
    ev->nactors = 0;
    if (led) add_parties_of(r, s, led - 1, 0, ev);
    if (host) add_parties_of(r, s, hi + 1, 1, ev);
    if (host && !led && ev->nactors == 0) act_agent_at_talks(r, s, hi, ev);
    return led ? 2 : 1;
}

/* "استقبل X نظيره Y ... وعقد معه محادثات", "وأجرى الرئيسان محادثات": talks
 * right after a reception in the same sentence, naming at most one of its
 * two parties, are between the host and the guest.  Returns 1 when it
 * filled them in. */
static int talks_after_reception(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (s->h.v[hi - 1].mt.e->cls != EVT_CL_HOST || ev->nactors > 1) return 0;
    evg_event host;
    evt_scratch_actors(r, s, hi - 1, &host);
    int32_t owner = -1, guest = -1;
    for (int i = 0; i < host.nactors; i++) {
        if (host.actors[i].role == EVG_ROLE_SOURCE && owner < 0) owner = host.actors[i].entity;
        if (host.actors[i].role == EVG_ROLE_TARGET && guest < 0) guest = host.actors[i].entity;
    }
    if (owner < 0 || guest < 0) return 0;
    if (ev->nactors == 1 && ev->actors[0].entity != owner && ev->actors[0].entity != guest) return 0;
    int32_t first = ev->nactors == 1 ? ev->actors[0].entity : owner;
    ev->nactors = 0;
    evt_add_actor(ev, first, EVG_ROLE_SOURCE);
    evt_add_actor(ev, first == owner ? guest : owner, EVG_ROLE_TARGET);
    return 1;
}

/* "Kim received Shoigu and held talks with him", "X was received by Y and
 * met him": a meeting whose counterpart is only "with him/her/them" meets
 * the other party of the act just before it in the sentence (the one that
 * is not this meeting's source). */
void evt_pronoun_partner(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const pro[] = {"him", "her", "them", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET && mt->e->cls != EVT_CL_HOST) return;
    if (mt->e->cls == EVT_CL_MEET && hi > 0 && talks_after_reception(r, s, hi, ev)) return;
    if (mt->e->lang != EVG_LANG_EN || !evt_role_taken(ev, EVG_ROLE_SOURCE)) return;
    int32_t p = tok_is(r->doc, mt->end, "with") ? mt->end + 1 : mt->end; /* "talks with him", "met him" */
    if (!tok_in(r->doc, p, pro)) return;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    if (hi == 0 || mt->e->cls == EVT_CL_HOST) {
        /* "X arrived in Rome on Sunday. Y greeted him at the airport": the
         * pronoun is the person who acted in the sentence before */
        int32_t who = evt_previous_person(r->doc, s);
        if (who >= 0 && who != src && !evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, who, EVG_ROLE_TARGET);
        return;
    }
    evg_event prev;
    evt_scratch_actors(r, s, hi - 1, &prev);
    for (int i = 0; i < prev.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[prev.actors[i].entity];
        if (prev.actors[i].entity == src || !e->type || strcmp(e->type, "PER") != 0) continue;
        evt_add_actor(ev, prev.actors[i].entity, EVG_ROLE_TARGET);
        return;
    }
}

/* "استقبل X نظيره Y لدى وصوله إلى القاهرة", "X welcomed Y on his arrival":
 * an arrival or visit noun with a possessive, after a host verb of its
 * sentence, is the guest's: the guest becomes its source (the host, if the
 * noun took it, its target). */
void evt_guest_arrival(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if ((mt->e->cls != EVT_CL_ARRIVE && mt->e->cls != EVT_CL_VISIT) || !mt->definite ||
        (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return;
    size_t k = hi;
    while (k-- > 0 && s->h.v[k].mt.e->cls != EVT_CL_HOST) {}
    if (k >= hi || hi - k > 2) return;
    evg_event host;
    evt_scratch_actors(r, s, k, &host);
    int32_t guest = -1, owner = -1;
    for (int i = 0; i < host.nactors; i++) {
        if (host.actors[i].role == EVG_ROLE_TARGET && guest < 0) guest = host.actors[i].entity;
        if (host.actors[i].role == EVG_ROLE_SOURCE) owner = host.actors[i].entity;
    }
    if (guest < 0) return;
    int w = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].entity != guest && ev->actors[i].entity != owner) ev->actors[w++] = ev->actors[i];
    ev->nactors = w;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) ev->actors[i].role = EVG_ROLE_PARTICIPANT;
    evt_add_actor(ev, guest, EVG_ROLE_SOURCE);
}

/* Is token k a verb of taking part (شارك، حضر in any person, with و/ف)? */
static int partake_verb(const evg_doc *d, int32_t k)
{
    static const char *const stems[] = {"\xD8\xB4\xD8\xA7\xD8\xB1\xD9\x83",  /* شارك */
                                        "\xD8\xAD\xD8\xB6\xD8\xB1", NULL};     /* حضر */
    if (k < 0) return 0;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    if (n > 2 && (memcmp(t, "\xD9\x88", 2) == 0 || memcmp(t, "\xD9\x81", 2) == 0)) t += 2, n -= 2; /* و ف */
    if (n > 2 && (memcmp(t, "\xD9\x8A", 2) == 0 || memcmp(t, "\xD8\xAA", 2) == 0)) t += 2, n -= 2; /* ي ت */
    for (int q = 0; stems[q]; q++) {
        size_t l = strlen(stems[q]);
        if (n >= l && n <= l + 4 && memcmp(t, stems[q], l) == 0) return 1;
    }
    return 0;
}

/* "وشارك في الاجتماع X و Y", "X also attended the talks": people who take
 * part in a meeting already reported join it; no second meeting.  Adds
 * ev's actors to the latest meeting of the section (three sentences back at
 * most) and returns 1, else 0. */
static int join_latest_meeting(const evg_doc *d, const sent *s, const evg_event *ev);
static int attends_meeting(const sent *s, size_t hi);

int evt_joins_meeting(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const en[] = {"attended", "joined", NULL};
    if (attends_meeting(s, hi)) return join_latest_meeting(d, s, ev);
    if (mt->e->cls != EVT_CL_MEET || !nominal_form(mt)) return 0;
    int ar = mt->e->lang == EVG_LANG_AR && mt->definite && tok_is(d, mt->first - 1, "\xD9\x81\xD9\x8A") &&
             partake_verb(d, mt->first - 2); /* في */
    int eng = mt->e->lang == EVG_LANG_EN && tok_is(d, mt->first - 1, "the") &&
              (tok_in(d, mt->first - 2, en) || (tok_is(d, mt->first - 2, "in") &&
               (tok_is(d, mt->first - 3, "part") || tok_is(d, mt->first - 3, "participated"))));
    if (!ar && !eng) return 0;
    return join_latest_meeting(d, s, ev);
}

/* "X attended the meeting": the verb itself when it is a trigger too. */
static int attends_meeting(const sent *s, size_t hi)
{
    static const char *const en[] = {"attended", "joined", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    return mt->e->lang == EVG_LANG_EN && tok_in(s->doc, mt->first, en) && hi + 1 < s->h.n &&
           tok_is(s->doc, mt->end, "the") && s->h.v[hi + 1].mt.first == mt->end + 1 &&
           s->h.v[hi + 1].mt.e->cls == EVT_CL_MEET;
}

static int join_latest_meeting(const evg_doc *d, const sent *s, const evg_event *ev)
{
    for (size_t i = d->events.n; i-- > 0;) {
        evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent + 3 < s->idx) break;
        if (strncmp(o->code, "04", 2) != 0 || o->sent == s->idx) continue;
        for (int k = 0; k < ev->nactors; k++) evt_add_actor(o, ev->actors[k].entity, EVG_ROLE_PARTICIPANT);
        return 1;
    }
    return 0;
}

/* How far a delegation noun may stand before the phrase naming its head. */
#define DELEGATION_GAP 4

/* Is token k "برئاسة"/"بقيادة" or the "by" of "led by"/"headed by"? */
static int head_marker(const evg_doc *d, int32_t k)
{
    static const char *const ar[] = {"\xD8\xA8\xD8\xB1\xD8\xA1\xD8\xA7\xD8\xB3\xD9\x87", /* برءاسه */
                                     "\xD8\xA8\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAF\xD9\x87", NULL}; /* بقياده */
    static const char *const led[] = {"led", "headed", NULL};
    return tok_in(d, k, ar) || (tok_is(d, k, "by") && tok_in(d, k - 1, led));
}

/* "زيارة وفد سعودي برئاسة السفير X لصنعاء", "a delegation led by X
 * arrived": the head of a delegation acts for it, so a visit, meeting or
 * arrival whose subject is the delegation has the head as its source. */
void evt_delegation_head(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const deleg[] = {"\xD9\x88\xD9\x81\xD8\xAF", "delegation", NULL}; /* وفد */
    if (mt->e->cls == EVT_CL_EVENT || mt->e->cls == EVT_CL_SPEECH) return;
    for (int i = 0; i < ev->nactors; i++) { /* "a Turkish delegation": the country yields to the head */
        const evg_entity *e = &d->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role == EVG_ROLE_SOURCE && !(e->type && strcmp(e->type, "GPE") == 0 && e->id &&
                                                       strlen(e->id) == 3))
            return;
    }
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int after = c->first >= mt->end; /* "زيارة وفد برئاسة X"; "a delegation led by X visited" */
        int32_t lo = after ? mt->end : s->first, m = c->first - 1; /* a title may stand between */
        while (m > lo && m >= c->first - 3 && !head_marker(d, m) && !evt_is_punct_boundary(d, m)) m--;
        if (c->first < mt->end && (c->end > mt->first || mt->first - c->end > DELEGATION_GAP)) continue;
        if (c->first >= mt->end && m - mt->end > DELEGATION_GAP + 1) continue;
        if (!head_marker(d, m)) continue;
        int found = 0;
        for (int32_t q = m - 1; q >= lo && q >= m - DELEGATION_GAP && !found; q--)
            found = evt_tok_is_stem(d, q, deleg[0]) || tok_is(d, q, deleg[1]);
        if (!found) return;
        int w = 0;
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].entity != c->ent && ev->actors[i].role != EVG_ROLE_SOURCE)
                ev->actors[w++] = ev->actors[i];
        ev->nactors = w;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        return;
    }
}

/* "استقبله خلالها X": the name after "خلالها" is the host receiving, the
 * subject of the verb (the pronoun is the visitor, added by during_it). */
void evt_host_during_subject(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_HOST ||
        !evt_tok_is_stem(d, mt->end, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD8\xA7")) /* خلالها */
        return;
    for (int i = 0; i < ev->nactors && !evt_role_taken(ev, EVG_ROLE_SOURCE); i++)
        if (ev->actors[i].role == EVG_ROLE_TARGET) ev->actors[i].role = EVG_ROLE_SOURCE;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;) {
        const evg_event *o = &d->events.v[i]; /* the visit of the sentence: its visitor is received */
        if (strncmp(o->code, "04", 2) != 0) continue;
        for (int k = 0; k < o->nactors; k++)
            if (o->actors[k].role == EVG_ROLE_SOURCE) evt_add_actor(ev, o->actors[k].entity, EVG_ROLE_TARGET);
        return;
    }
}

/* Tokens between an arrival verb and the visit noun that names its goal. */
#define ARRIVAL_VISIT_GAP 8

/* "X, who arrived on Friday on his first official visit to India", "وصل X
 * أمس في زيارة إلى Y": an arrival without a destination of its own takes
 * the destination of the visit noun right after it. */
void evt_arrival_visit_goal(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_ARRIVE || evt_role_taken(ev, EVG_ROLE_TARGET) || ev->location >= 0 ||
        hi + 1 >= s->h.n)
        return;
    const evt_match *v = &s->h.v[hi + 1].mt;
    if (v->e->cls != EVT_CL_VISIT || v->first - mt->end > ARRIVAL_VISIT_GAP) return;
    evg_event goal;
    evt_scratch_actors(r, s, hi + 1, &goal);
    for (int k = 0; k < goal.nactors; k++)
        if (goal.actors[k].role == EVG_ROLE_TARGET && !evt_has_actor(ev, goal.actors[k].entity)) {
            evt_add_actor(ev, goal.actors[k].entity, EVG_ROLE_TARGET);
            break;
        }
    if (ev->location < 0) ev->location = goal.location;
}

/* "في أول مشاركة لسوريا منذ قمة سرت", "the first visit since the 2015
 * summit": a meeting noun after since names an earlier occasion to measure
 * this one by; the sentence's names are not its parties, and it is no
 * event of the story. */
int evt_since_occasion(const evg_doc *d, const evt_match *mt)
{
    if (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED && mt->e->lang != EVG_LANG_EN) return 0;
    for (int32_t k = mt->first - 1; k >= 0 && k >= mt->first - 3; k--) {
        const evg_token *t = &d->tokens.v[k];
        if (tok_is(d, k, "since") || evt_tok_is_stem(d, k, "\xD9\x85\xD9\x86\xD8\xB0")) /* منذ */
            return 1;
        if (t->kind == EVG_TOK_PUNCT || (t->kind == EVG_TOK_WORD && !tok_is(d, k, "the") &&
                                         !tok_is(d, k, "last") && !tok_is(d, k, "a")))
            return 0;
    }
    return 0;
}

/* "would meet its goal of halving emissions", "met the deadline", "to meet
 * the demand": meet with a goal as object is no meeting. */
int evt_meet_goal(const evg_doc *d, const evt_match *mt)
{
    static const char *const meet[] = {"meet", "meets", "met", "meeting", NULL};
    static const char *const det[] = {"its", "the", "their", "his", "her", "our", "a", "all", "these", "those",
                                      "this", "that", "any", NULL};
    static const char *const goal[] = {"goal", "goals", "target", "targets", "deadline", "deadlines", "demand",
                                       "demands", "needs", "need", "requirements", "requirement", "expectations",
                                       "criteria", "obligations", "commitments", "conditions", "standards",
                                       "costs", "challenge", "challenges", "threshold", "quota", NULL};
    if (mt->e->lang != EVG_LANG_EN || !tok_in(d, mt->first, meet) || (size_t)mt->end + 1 >= d->tokens.n) return 0;
    int32_t k = mt->end;
    if (tok_in(d, k, det)) k++;
    if ((size_t)k < d->tokens.n && !tok_in(d, k, goal) && (size_t)k + 1 < d->tokens.n && tok_in(d, k + 1, goal))
        k++; /* "the climate goal" */
    return (size_t)k < d->tokens.n && tok_in(d, k, goal);
}

/* "two bases hosting U.S. troops", "countries that host refugees": hosting
 * troops, refugees or bases is their presence, not a reception. */
int evt_hosts_presence(const evg_doc *d, const evt_match *mt)
{
    static const char *const host[] = {"host", "hosts", "hosting", "hosted", NULL};
    static const char *const who[] = {"troops", "forces", "soldiers", "refugees", "migrants", "bases", "base",
                                      "personnel", "contingent", "contingents", "fighters", "militants",
                                      "servicemen", "marines", "warships", "missiles", "weapons", NULL};
    if (mt->e->lang != EVG_LANG_EN || !tok_in(d, mt->first, host)) return 0;
    for (int32_t k = mt->end; k < mt->end + 6 && (size_t)k < d->tokens.n; k++) { /* "U.S. troops" */
        if (tok_is(d, k, ",") || tok_is(d, k, "and")) return 0;
        if (tok_in(d, k, who)) return 1;
    }
    return 0;
}

/* "اتفق X و Y أمس على ... . وجاء الاتفاق في ختام قمة ثنائية في سوتشي",
 * "The deal came at the end of a summit in Sochi": a meeting noun with no
 * party named, after a word that says what it led to, is the meeting of
 * the parties of the agreement told in this or the previous sentence. */
int32_t evt_summit_of_agreement(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "04", 2) != 0 || !nominal_form(mt)) return -1;
    int led = 0;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 3 && !led; k--) led = led_to_act(d, k);
    if (!led) return -1;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent + 1 < s->idx) return -1;
        if (strncmp(o->code, "03", 2) != 0 && strcmp(o->code, "057") != 0) continue;
        if (o->nactors < 2) return -1;
        for (int a = 0; a < o->nactors; a++) {
            const evg_entity *e = &d->entities.v[o->actors[a].entity];
            if (!e->type || strcmp(e->type, "PER") == 0 || strcmp(e->type, "ORG") == 0 ||
                (strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3))
                evt_add_actor(ev, o->actors[a].entity, ev->nactors ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        }
        return ev->nactors ? (int32_t)i : -1;
    }
    return -1;
}

/* ---- one meeting per counterpart met on its own ---- */

/* Does the sentence say the parties met at one table: "together", "a joint
 * session", "trilateral talks", "قمة ثلاثية", "اجتماع مشترك"? */
static int joint_cue(const evg_doc *d, const sent *s)
{
    static const char *const en[] = {"together", "joint", "jointly", "trilateral", "tripartite", "three-way", NULL};
    static const char *const ar[] = {"\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83",             /* مشترك */
                                     "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83\xD9\x87",     /* مشتركة */
                                     "\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83\xD8\xA7",     /* مشتركا */
                                     "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x8A",             /* ثلاثي */
                                     "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x8A\xD9\x87",     /* ثلاثية */
                                     "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x8A\xD8\xA7", NULL}; /* ثلاثيا */
    for (int32_t k = s->first; k < s->end; k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD) continue;
        if (tok_in(d, k, en)) return 1;
        for (int q = 0; d->tokens.v[k].script == EVG_SCRIPT_ARAB && ar[q]; q++)
            if (evt_tok_is_stem(d, k, ar[q])) return 1;
    }
    return 0;
}

/* joint_cue for the other stages (events_stance.c: one condemnation per
 * condemner unless they spoke together). */
int evt_joint_cue(const evg_doc *d, const sent *s)
{
    return joint_cue(d, s);
}

/* Does the sentence say its meetings were held one by one: "separate
 * meetings", "separately", "individually", "on the sidelines", "لقاءين
 * منفصلين", "بشكل منفصل", "كل على حدة", "على هامش"?  Not when it says they
 * met together (joint_cue). */
static int separate_cue(const evg_doc *d, const sent *s)
{
    static const char *const en[] = {"separate", "separately", "individually", "sidelines", NULL};
    static const char mnfsl[] = "\xD9\x85\xD9\x86\xD9\x81\xD8\xB5\xD9\x84"; /* منفصل */
    if (joint_cue(d, s)) return 0;
    for (int32_t k = s->first; k < s->end; k++) {
        const evg_token *t = &d->tokens.v[k];
        if (t->kind != EVG_TOK_WORD) continue;
        if (tok_in(d, k, en) || evt_tok_is_stem(d, k, "\xD9\x87\xD8\xA7\xD9\x85\xD8\xB4")) return 1; /* هامش */
        if (tok_is(d, k, "\xD8\xAD\xD8\xAF\xD9\x87") && tok_is(d, k - 1, "\xD8\xB9\xD9\x84\xD9\x8A"))
            return 1; /* على حدة */
        for (int32_t b = t->fs; b + (int32_t)sizeof mnfsl - 1 <= t->fe; b += 2) /* with its ب, ين, ة */
            if (!memcmp(d->fold + b, mnfsl, sizeof mnfsl - 1)) return 1;
    }
    return 0;
}

/* Does the sentence give each counterpart its own "with" after the trigger
 * (token from): "held talks with X and with Y", "مباحثات مع X ومع Y"?  A
 * second "with" opened by "and", a comma or و after a first one repeats the
 * preposition for a second meeting, where "with X and Y" names one table. */
static int repeated_with(const evg_doc *d, const sent *s, int32_t from)
{
    static const char wmaa[] = "\xD9\x88\xD9\x85\xD8\xB9"; /* ومع */
    int with = 0;
    for (int32_t k = from; k < s->end; k++) {
        if (tok_is(d, k, wmaa) || (tok_is(d, k, "with") && (tok_is(d, k - 1, "and") || tok_is(d, k - 1, ","))))
            if (with) return 1;
        if (evt_prep_word(d, k) == PREP_WITH) with = 1;
    }
    return 0;
}

/* Where actor ent is first named in the sentence (token), or -1. */
static int32_t named_at(const sent *s, int32_t ent)
{
    for (size_t k = 0; k < s->c.n; k++)
        if (s->c.v[k].ent == ent) return s->c.v[k].first;
    return -1;
}

/* Push a copy of base as one event of a split (one per dyad), with target
 * added as a TARGET and the same wish for a date (want).  The copy holds no
 * quantities: they stay with the event split, whose vector it must not share. */
static void push_split(run *r, const evg_event *base, int32_t target, int want)
{
    evg_event one = *base;
    one.quantities.v = NULL;
    one.quantities.n = one.quantities.cap = 0;
    evt_add_actor(&one, target, EVG_ROLE_TARGET);
    evg_vec_push(&r->doc->events, one);
    evg_vec_push(&r->want_coref, want);
}

static int list_gap(const run *r, int32_t a, int32_t b, int prep_and);

/* "met separately with A, B and C": the guests after the first counterpart
 * of a meeting with one source and one target, joined to it as a list
 * (commas, "and", و, words of names between: list_gap), as receptions read
 * theirs; the clause window ends at the first comma, so the place stage
 * saw only A.  Adds them to ev as participants. */
static void listed_counterparts(const run *r, const sent *s, const evt_match *mt, evg_event *ev)
{
    size_t k = evt_cand_lower_bound(s, mt->end);
    while (k < s->c.n && s->c.v[k].ent != ev->actors[1].entity) k++;
    for (size_t prev = k++; k < s->c.n && ev->nactors < EVG_MAX_ACTORS; prev = k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || (c->prep != PREP_NONE && c->prep != PREP_AND) ||
            !list_gap(r, s->c.v[prev].end, c->first, c->prep == PREP_AND && c->first == s->c.v[prev].end) ||
            (!evt_cand_type_is(c, "PER") && !evt_cand_type_is(c, "ORG")))
            return;
        if (!evt_has_actor(ev, c->ent)) evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
    }
}

/* "Modi held two separate meetings with Macron and Trudeau", "to meet
 * Ruto and Museveni on the sidelines", "عقد السيسي لقاءين منفصلين مع الملك سلمان
 * والملك عبد الله": a meeting (040) of one side, named first, with two or
 * more others named after the trigger and the source, each met on its own,
 * is one meeting per counterpart, as CAMEO counts dyads and the held-out
 * rules list them.  ev is the event just pushed; the others are pushed after
 * it with the same wish for a date (want). */
void evt_separate_meetings(run *r, const sent *s, size_t hi, int want)
{
    evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[d->events.n - 1];
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(ev->code, "040") != 0 || ev->nactors < 2) return;
    int rep = repeated_with(d, s, mt->end) && !joint_cue(d, s);
    if (!rep && !separate_cue(d, s)) return;
    if (ev->nactors == 2 && ev->actors[0].role == EVG_ROLE_SOURCE && ev->actors[1].role == EVG_ROLE_TARGET)
        listed_counterparts(r, s, mt, ev);
    if (ev->nactors < 3) return;
    int32_t src = -1, others[EVG_MAX_ACTORS];
    int n = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE && src < 0) src = ev->actors[i].entity;
    int32_t at = src >= 0 ? named_at(s, src) : -1;
    if (at < 0) return;
    for (int i = 0; i < ev->nactors; i++) {
        int32_t e = ev->actors[i].entity, p = named_at(s, e);
        if (e == src) continue;
        if (p < 0 || p < at || (p < mt->end && !rep)) return; /* "X and Y met Z": a side named with the source */
        others[n++] = e;
    }
    if (n < 2) return;
    evg_event base = *ev;
    base.nactors = 0;
    evt_add_actor(&base, src, EVG_ROLE_SOURCE);
    ev->nactors = 0;
    evt_add_actor(ev, src, EVG_ROLE_SOURCE);
    evt_add_actor(ev, others[0], EVG_ROLE_TARGET);
    for (int i = 1; i < n; i++) push_split(r, &base, others[i], want);
}

/* Do only list separators and words of names stand in tokens [a, b): "و",
 * "and", commas, and a word inside a name or title ("and Philippine
 * President X": the demonym folded into the next guest's title)?  1 when an
 * "and" or a comma is among them, or b's word is opened by و (prep_and). */
static int list_gap(const run *r, int32_t a, int32_t b, int prep_and)
{
    const evg_doc *d = r->doc;
    int sep = prep_and;
    if (b - a > 3) return 0;
    for (int32_t q = a; q < b; q++) {
        if (tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C") || evt_prep_word(d, q) == PREP_AND) sep = 1;
        else if (r->tok_men[q] < 0) return 0;
    }
    return sep;
}

/* "استقبل X قبل التوقيع Y و Z", "received the leaders ahead of the summit":
 * guests received before a joint act named by a noun are welcomed as its
 * delegations, one ceremony (the gold rules keep one row). */
static int before_joint_act(const evg_doc *d, const sent *s)
{
    static const char *const before[] = {"before", "ahead", "\xD9\x82\xD8\xA8\xD9\x84",     /* قبل */
                                         "\xD9\x82\xD8\xA8\xD9\x8A\xD9\x84", NULL}; /* قبيل */
    static const char *const skip[] = {"of", "the", NULL};
    static const char *const en[] = {"signing", "summit", "meeting", "conference", "ceremony", "talks", NULL};
    static const char *const ar[] = {"\xD8\xAA\xD9\x88\xD9\x82\xD9\x8A\xD8\xB9",         /* توقيع */
                                     "\xD9\x82\xD9\x85\xD9\x87",                             /* قمه */
                                     "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9", /* اجتماع */
                                     "\xD8\xAD\xD9\x81\xD9\x84", NULL};                      /* حفل */
    for (int32_t k = s->first; k + 1 < s->end; k++) {
        if (!tok_in(d, k, before)) continue;
        int32_t q = k + 1;
        while (q < s->end && q <= k + 3 && tok_in(d, q, skip)) q++;
        if (q < s->end && tok_in(d, q, en)) return 1;
        for (int w = 0; ar[w] && q < s->end; w++)
            if (evt_tok_is_stem(d, q, ar[w])) return 1;
    }
    return 0;
}

/* "استقبل X Y و Z", "X received Y and Z": a reception (043) told by a verb
 * with a list of guests after its first guest is one reception per guest, as
 * separate meetings are (evt_separate_meetings): CAMEO counts dyads and the
 * gold rules list each guest received (session 16 events8).  A joint cue
 * ("together", "مشترك") keeps one.  ev is the event just pushed. */
void evt_separate_receptions(run *r, const sent *s, size_t hi, int want)
{
    evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[d->events.n - 1];
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(ev->code, "043") != 0 || ev->nactors != 2 || ev->actors[0].role != EVG_ROLE_SOURCE ||
        ev->actors[1].role != EVG_ROLE_TARGET || mt->e->pos == EVT_POS_NOUN || joint_cue(d, s) ||
        before_joint_act(d, s))
        return;
    size_t k = evt_cand_lower_bound(s, mt->end);
    while (k < s->c.n && s->c.v[k].ent != ev->actors[1].entity) k++;
    if (k >= s->c.n) return;
    evg_event base = *ev, host = *ev; /* host and guests so far; the host alone */
    host.nactors = 1;
    for (size_t prev = k++; k < s->c.n && base.nactors < EVG_MAX_ACTORS; prev = k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || (c->prep != PREP_NONE && c->prep != PREP_AND) ||
            !list_gap(r, s->c.v[prev].end, c->first, c->prep == PREP_AND && c->first == s->c.v[prev].end) ||
            evt_has_actor(&base, c->ent) || (!evt_cand_type_is(c, "PER") && !evt_cand_type_is(c, "ORG")))
            return;
        push_split(r, &host, c->ent, want);
        evt_add_actor(&base, c->ent, EVG_ROLE_PARTICIPANT); /* only to skip a guest named twice */
    }
}

/* "ستستضيف قناة X لقاء مع ..", "the channel hosted the minister": a host
 * verb whose host (in Arabic the name right after the verb, else the one
 * before it) is a medium (a channel, paper or agency: agent MED) airs an
 * interview or a debate; neither the hosting (043) nor the meeting noun it hosts (لقاء،
 * مقابلة, at most five words on) is an event.  1 when hit hi is such. */
int evt_media_host(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_HOST) {
        if (hi == 0 || mt->e->cls != EVT_CL_MEET || mt->e->pos != EVT_POS_NOUN) return 0;
        mt = &s->h.v[hi - 1].mt;
        if (mt->e->cls != EVT_CL_HOST || s->h.v[hi].mt.first - mt->end > 5) return 0;
    }
    size_t k = evt_cand_lower_bound(s, mt->end);
    int32_t host = mt->e->lang == EVG_LANG_AR && k < s->c.n && s->c.v[k].first - mt->end <= 1 &&
                           s->c.v[k].prep == PREP_NONE ? s->c.v[k].ent : -1;
    int32_t before = host < 0 ? evt_cand_before(s, s->first, mt->first, 3) : -1;
    if (before >= 0) host = s->c.v[before].ent; /* "Al Jazeera hosted ..." */
    const evg_entity *e = host >= 0 ? &d->entities.v[host] : NULL;
    return e && e->role && strcmp(e->role, "MED") == 0;
}

/* "ستستضيف تركيا قمة حلف الناتو", "تستضيف البحرين اجتماعاً لوزراء خارجية
 * الجامعة": an Arabic host verb whose object is a meeting noun (the next
 * trigger, after at most the host's name, no punctuation between) hosts the
 * body named right after that noun: the host is the source and the body
 * (an organisation) the target of the 043, as "Russia will host the BRICS
 * summit" reads in English.  Sets both on ev when ev has no target yet. */
void evt_host_of_gathering(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_HOST || mt->e->lang != EVG_LANG_AR || hi + 1 >= s->h.n ||
        evt_role_taken(ev, EVG_ROLE_TARGET))
        return;
    const evt_match *g = &s->h.v[hi + 1].mt;
    if (g->e->cls != EVT_CL_MEET || g->e->pos != EVT_POS_NOUN || g->first - mt->end > 5) return;
    for (int32_t q = mt->end; q < g->first; q++)
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return;
    int32_t host = -1, body = -1;
    size_t k = evt_cand_lower_bound(s, mt->end);
    if (k < s->c.n && s->c.v[k].end <= g->first && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib)
        host = s->c.v[k].ent;
    for (int i = 0; host < 0 && i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) host = ev->actors[i].entity;
    k = evt_cand_lower_bound(s, g->end);
    if (k < s->c.n && s->c.v[k].first - g->end <= 3 && !s->c.v[k].attrib && evt_cand_type_is(&s->c.v[k], "ORG") &&
        (s->c.v[k].prep == PREP_NONE || s->c.v[k].prep == PREP_OTHER))
        body = s->c.v[k].ent;
    if (host < 0 || body < 0 || host == body) return;
    ev->nactors = 0;
    evt_add_actor(ev, host, EVG_ROLE_SOURCE);
    evt_add_actor(ev, body, EVG_ROLE_TARGET);
}

/* Is the trigger a verb of going back: English "return(ed/s) to", or
 * Arabic by the form matched (the token's folded stem, its proclitic
 * stripped): a perfect عاد- (عادت، عادوا) or an imperfect ي-/ت- عود- with
 * or without the future س (يعود، ستعودان)? */
static int return_verb(const evt_match *mt)
{
    const char *k = mt->e->key;
    if (mt->e->lang == EVG_LANG_EN) return strncmp(k, "return", 6) == 0;
    if (!strncmp(k, "\xD8\xB9\xD8\xA7\xD8\xAF", 6)) return 1; /* عاد */
    if (!strncmp(k, "\xD8\xB3", 2)) k += 2;                     /* س */
    return (!strncmp(k, "\xD9\x8A", 2) || !strncmp(k, "\xD8\xAA", 2)) && !strncmp(k + 2, "\xD8\xB9\xD9\x88\xD8\xAF", 6); /* ي ت عود */
}

/* The ISO country of an entity: its own id for a country, else its country field. */
static const char *entity_country(const evg_entity *e)
{
    if (e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3) return e->id;
    return e->country && strlen(e->country) == 3 ? e->country : NULL;
}

/* Is the destination of a return a body, not a place: an ORG target and
 * no country, region or place among ev's targets nor as its place? */
static int return_to_body(const evg_doc *d, const evg_event *ev)
{
    int body = 0;
    if (ev->location >= 0) return 0;
    for (int i = 0; i < ev->nactors; i++) {
        const char *t = d->entities.v[ev->actors[i].entity].type;
        if (ev->actors[i].role != EVG_ROLE_TARGET || !t) continue;
        if (!strcmp(t, "GPE") || !strcmp(t, "LOC") || !strcmp(t, "FAC")) return 0;
        body |= !strcmp(t, "ORG");
    }
    return body;
}

/* "عاد الرئيس المصري إلى القاهرة", "returned to Cairo": going back to a place
 * of one's own country is coming home, not a visit, and an ambassador going
 * back ("عادت السفيرة إلى مدريد") resumes a post, and a return to a body
 * ("returned to the Arab League") is readmission.  1 when ev is such a
 * return (an envoy word by the verb, a body as its only destination, or its
 * source and its destination or place in the same country). */
int evt_return_home(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev)
{
    static const char *const envoy[] = {"ambassador", "envoy", "\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1", /* سفير */
                                        "\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1\xD9\x87", NULL};      /* سفيرة */
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_ARRIVE || !return_verb(mt)) return 0;
    for (int32_t q = mt->first - 4 > s->first ? mt->first - 4 : s->first; q < mt->end + 4 && q < s->end; q++)
        if (tok_in(d, q, envoy) || evt_tok_is_stem(d, q, envoy[2]) || evt_tok_is_stem(d, q, envoy[3]))
            return 1; /* an ambassador back at the post: relations, not a visit */
    if (return_to_body(d, ev)) return 1;
    const char *home = NULL;
    for (int i = 0; i < ev->nactors && !home; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) home = entity_country(&d->entities.v[ev->actors[i].entity]);
    if (!home) return 0;
    for (int i = 0; i < ev->nactors; i++) {
        const char *c = entity_country(&d->entities.v[ev->actors[i].entity]);
        if (ev->actors[i].role == EVG_ROLE_TARGET && c && strcasecmp(c, home) == 0) return 1;
    }
    const char *c = ev->location >= 0 ? entity_country(&d->entities.v[ev->location]) : NULL;
    return c && strcasecmp(c, home) == 0;
}

/* Is candidate c a place a visit can go to (a country, city or region)? */
static int destination_cand(const cand *c)
{
    return !c->attrib && (evt_cand_type_is(c, "GPE") || evt_cand_type_is(c, "LOC"));
}

/* The destination a place stands for in a visit: its country when it is a
 * capital or a known city whose country the document names
 * (evt_visited_city_country), else itself. */
static int32_t destination_of(const evg_doc *d, const evg_event *ev, int32_t ent)
{
    evg_event one = *ev;
    one.nactors = 0;
    one.location = -1;
    evt_add_actor(&one, ent, EVG_ROLE_TARGET);
    evt_capitals_as_countries(d, &one);
    evt_visited_city_country(d, &one);
    return one.actors[0].entity;
}

/* Does the word at q open a clause of its own after a place, so that the
 * place is that clause's subject and no destination of a list ("زار X لبنان
 * وإسرائيل تواصل ...", "visited Iraq, and Iran announced ...")?  A verb
 * trigger, an English finite verb (a past in -ed, a copula or auxiliary),
 * an Arabic verb shape or an indefinite feminine predicate (قلقة) that is no
 * name, date, preposition or noun trigger. */
static int opens_clause(const run *r, const sent *s, int32_t q)
{
    static const char *const aux[] = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", NULL};
    /* not evt_prep_word's: the adverbial nouns (ظروف) that head a phrase as a preposition does */
    static const char *const adv[] = {"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", "\xD8\xB6\xD9\x85\xD9\x86", /* خلال ضمن */
                                      "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84",         /* بعد قبل */
                                      "\xD9\x85\xD9\x86\xD8\xB0", "\xD8\xB9\xD8\xA8\xD8\xB1",         /* منذ عبر */
                                      "\xD9\x86\xD8\xAD\xD9\x88", "\xD9\x84\xD8\xAF\xD9\x8A",         /* نحو لدي */
                                      "\xD8\xB9\xD9\x86\xD8\xAF", "\xD9\x85\xD8\xB1\xD9\x87", NULL};  /* عند مره */
    const evg_doc *d = r->doc;
    if (q >= s->end || d->tokens.v[q].kind != EVG_TOK_WORD || r->tok_men[q] >= 0 || r->tok_tx[q] >= 0 ||
        evt_prep_word(d, q) >= 0)
        return 0;
    for (size_t h = 0; h < s->h.n; h++)
        if (s->h.v[h].mt.first == q) return s->h.v[h].mt.e->pos != EVT_POS_NOUN;
    size_t n;
    const char *w = d->fold + d->tokens.v[q].fs;
    n = (size_t)(d->tokens.v[q].fe - d->tokens.v[q].fs);
    if (d->tokens.v[q].script != EVG_SCRIPT_ARAB)
        return tok_in(d, q, aux) || (n > 4 && islower((unsigned char)w[0]) && !memcmp(w + n - 2, "ed", 2));
    if (tok_in(d, q, adv) || (n >= 4 && !memcmp(w, "\xD8\xA7\xD9\x84", 4))) return 0; /* ال */
    if (evg_ar_verb_shape(w, n, EVG_VS_INFLECTED | EVG_VS_IMPERFECT)) return 1; /* تواصل، يتابع */
    int fem = n >= 8 && !memcmp(w + n - 2, "\xD9\x87", 2); /* -ه */
    return fem && (!memcmp(w, "\xD9\x85", 2) || n == 8); /* a participle in م- (مستعدة) or فعلة (قلقة) */
}

/* "زار X السعودية وقطر والإمارات", "visited Saudi Arabia and Qatar",
 * "travelled to Belgrade and Pristina", "جولة تشمل إسرائيل والسعودية": a visit
 * (042) whose destination opens a list of places is one visit per
 * destination, as CAMEO counts dyads and the gold rules list each country
 * visited.  A place in a country already visited ("الرياض وجدة") adds none;
 * the list ends at the first name that is no place or at any other word.
 * ev is the event just pushed. */
void evt_separate_visits(run *r, const sent *s, size_t hi, int want)
{
    evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[d->events.n - 1];
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t dest = -1, seen[EVG_MAX_ACTORS];
    int nseen = 0, targets = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_TARGET) dest = ev->actors[i].entity, targets++;
    if (strcmp(ev->code, "042") != 0 || targets != 1 || !evt_role_taken(ev, EVG_ROLE_SOURCE)) return;
    size_t k = evt_cand_lower_bound(s, mt->end);
    while (k < s->c.n && !(destination_cand(&s->c.v[k]) && (s->c.v[k].ent == dest || s->c.v[k].ent == ev->location ||
                                                            destination_of(d, ev, s->c.v[k].ent) == dest)))
        k++;
    if (k >= s->c.n) return;
    evg_event base = *ev; /* the visitors, without the destination */
    base.nactors = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role != EVG_ROLE_TARGET) base.actors[base.nactors++] = ev->actors[i];
    seen[nseen++] = dest;
    for (size_t prev = k++; k < s->c.n && nseen < EVG_MAX_ACTORS; prev = k++) {
        const cand *c = &s->c.v[k];
        if (!destination_cand(c) || (c->prep != PREP_NONE && c->prep != PREP_AND && c->prep != s->c.v[prev].prep) ||
            !list_gap(r, s->c.v[prev].end, c->first, c->prep == PREP_AND && c->first == s->c.v[prev].end) ||
            opens_clause(r, s, c->end))
            return;
        int32_t to = destination_of(d, &base, c->ent), dup = to == base.location || evt_has_actor(&base, to);
        for (int i = 0; i < nseen; i++) dup |= seen[i] == to;
        if (dup) continue; /* "الرياض وجدة": one country */
        seen[nseen++] = to;
        evg_event one = base;
        one.location = to == c->ent ? -1 : c->ent;
        push_split(r, &one, to, want);
    }
}

/* Is token k the verb خص "granted" with an object pronoun or a person
 * ending (خصه، خصته، وخصها، خصاه), not خصص "allocated"? */
static int grant_verb(const evg_doc *d, int32_t k)
{
    static const char *const ends[] = {"", "\xD8\xAA", "\xD8\xA7", "\xD9\x88\xD8\xA7", NULL}; /* - ت ا وا */
    static const char *const pro[] = {"", "\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7",
                                      "\xD9\x88\xD9\x87", "\xD8\xA7\xD9\x87", NULL}; /* - ه ها هم هما وه اه */
    const evg_token *t = &d->tokens.v[k];
    const char *w = d->fold + t->fs;
    size_t n = (size_t)(t->fe - t->fs);
    if (n > 2 && (!memcmp(w, "\xD9\x88", 2) || !memcmp(w, "\xD9\x81", 2))) w += 2, n -= 2; /* و ف */
    if (n < 4 || memcmp(w, "\xD8\xAE\xD8\xB5", 4) != 0) return 0; /* خص */
    for (int e = 0; ends[e]; e++)
        for (int p = 0; pro[p]; p++) {
            size_t le = strlen(ends[e]), lp = strlen(pro[p]);
            if (4 + le + lp == n && !memcmp(w + 4, ends[e], le) && !memcmp(w + 4 + le, pro[p], lp)) return 1;
        }
    return 0;
}

/* "وخصته الرئيسة X باستقبال رسمي", "وخصه X باستقبال حار": a
 * reception noun after ب granted by the verb خص is X's (the name between;
 * not yet the antecedent of الذي/التي, whose reception takes the visit's
 * span from the date stage instead of the arrival day) and its guest the one the
 * pronoun stands for (the source of the act told just before) or the name
 * after the host.  Puts host (source) and guest (target) on ev; 1 if so. */
int evt_granted_reception(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_NOUN || strcmp(mt->e->code, "043") != 0 ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD8\xA8", 2) != 0) /* ب */
        return 0;
    int32_t v = -1;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 8 && v < 0; k--) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (grant_verb(d, k)) v = k;
    }
    if (v < 0) return 0;
    int32_t host = -1, guest = -1;
    for (size_t k = evt_cand_lower_bound(s, v + 1); k < s->c.n && s->c.v[k].end <= mt->first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || (!evt_cand_type_is(c, "PER") && !evt_cand_type_is(c, "ORG"))) continue;
        if (host < 0) host = c->ent;
        else if (guest < 0 && c->ent != host) guest = c->ent;
    }
    if (host < 0) return 0;
    for (size_t i = d->events.n; guest < 0 && i-- > 0;) { /* the pronoun: the latest act's source */
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) break;
        for (int a = 0; a < o->nactors && guest < 0; a++)
            if (o->actors[a].role == EVG_ROLE_SOURCE && o->actors[a].entity != host) guest = o->actors[a].entity;
    }
    if (guest < 0) return 0;
    evt_add_actor(ev, host, EVG_ROLE_SOURCE);
    evt_add_actor(ev, guest, EVG_ROLE_TARGET);
    return 1;
}

/* "a referendum first due in May", "a payment due in two weeks": "due
 * in" followed at once by a time expression tells when something is
 * scheduled; it is no visit (that needs a place: "due in Washington next
 * week").  Session 21 (fresh3-extra). */
int evt_due_in_time(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || !tok_is(s->doc, mt->first, "due") || !tok_is(s->doc, mt->first + 1, "in"))
        return 0;
    for (size_t i = 0; i < s->doc->timexes.n; i++) { /* "in two weeks" may take the "in" */
        int32_t f = s->doc->timexes.v[i].tok_first;
        if (f == mt->end || f == mt->end - 1) return 1;
    }
    return 0;
}

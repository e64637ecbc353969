/*
 * events_parties.c - counterparts that the clause's word order does not
 * give: the leaders a plural names, the body of the summit reported when
 * its leaders, its final text or the summit itself is the subject ("the
 * final declaration urged"), the parties a mediator stands between,
 * the sender of announced aid, rescuers and aid arriving (073), a capital
 * standing for its country (also as a visit's destination), the visitor
 * holding talks in the city visited, the pair of a fighting noun (the section's
 * "between X and Y"), the other country of a one-sided act, an object
 * pronoun that is the speaker, the one met before "and agreed", a city
 * named before an attack noun ("the Paris attacks": its place).
 *
 * Reads the actors events_args.c chose, the sentence's working set and the
 * events already built in the document; corrects ev->actors for events.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>


/* "Erdogan said Putin had telephoned him": an object pronoun right after a
 * verb reported by a statement is the speaker. */
void evt_speaker_object(const sent *s, size_t hi, evg_event *ev)
{
    static const char *const obj[] = {"him", "her", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || mt->e->cls == EVT_CL_SPEECH || !tok_in(s->doc, mt->end, obj)) return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int32_t ent = s->c.v[h->speaker].ent;
        if (!evt_has_actor(ev, ent)) evt_add_actor(ev, ent, EVG_ROLE_TARGET);
        return;
    }
}

int evt_ent_is_person(const evg_doc *d, int32_t ent)
{
    const char *t = d->entities.v[ent].type;
    return t && strcmp(t, "PER") == 0;
}

/* Entity ent belongs to the country of one of ev's targets. */
static int target_country(const evg_doc *d, const evg_event *ev, int32_t ent)
{
    const char *c = d->entities.v[ent].country;
    if (!c || !c[0]) return 0;
    for (int k = 0; k < ev->nactors; k++) {
        const char *o = d->entities.v[ev->actors[k].entity].country;
        if (ev->actors[k].role == EVG_ROLE_TARGET && o && strcmp(o, c) == 0) return 1;
    }
    return 0;
}

/* "أعلنت X أن الاتحاد سيخصص لتونس 105 ملايين يورو": future aid or
 * cooperation whose giver is not recognised, announced by a named speaker
 * in a complement clause, is the speaker's pledge (stated_intent makes it
 * 03x). */
void evt_announced_aid_source(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (evt_role_taken(ev, EVG_ROLE_SOURCE) || !mt->e->planned ||
        (strncmp(mt->e->code, "06", 2) != 0 && strncmp(mt->e->code, "07", 2) != 0))
        return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < mt->first && !comp; q++) comp = evt_is_complementizer(s->doc, q);
        if (comp && !evt_has_actor(ev, s->c.v[h->speaker].ent))
            evt_add_actor(ev, s->c.v[h->speaker].ent, EVG_ROLE_SOURCE);
        return;
    }
}

/* Sentences back "the leaders" may look for the leaders they name. */
#define LEADERS_SENTS 4

/* "The leaders signed", "the three leaders agreed", "وكان القادة الثلاثة قد
 * زاروا": the act's subject is "the leaders", a few words before an English
 * verb or around an Arabic one. */
static int leaders_subject(const sent *s, const evt_match *mt)
{
    const evg_doc *d = s->doc;
    if (mt->e->lang == EVG_LANG_EN) {
        for (int32_t q = mt->first - 3; q < mt->first; q++)
            if (q >= s->first && tok_is(d, q, "leaders")) return 1;
        return 0;
    }
    for (int32_t q = mt->first - 3; q <= mt->end + 2 && q < s->end; q++)
        if (q >= s->first && q != mt->first &&
            (evt_tok_is_stem(d, q, "\xD9\x82\xD8\xA7\xD8\xAF\xD9\x87") ||               /* قاده */
             evt_tok_is_stem(d, q, "\xD8\xB2\xD8\xB9\xD9\x85\xD8\xA7\xD8\xA1")))      /* زعماء */
            return 1;
    return 0;
}

/* The latest act of the section (this or a few sentences back) that names
 * at least two persons: the leaders "the leaders" points back to.  Its
 * index in d->events, or -1. */
static int32_t leaders_act(const run *r, const sent *s)
{
    const evg_doc *d = r->doc;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - LEADERS_SENTS) return -1;
        int people = 0;
        for (int k = 0; k < o->nactors; k++) people += evt_ent_is_person(d, o->actors[k].entity);
        if (people >= 2) return (int32_t)i;
    }
    return -1;
}

/* The leaders are the persons of leaders_act, with the events that act
 * was split into (one per guest); those of a target's country
 * stay out ("the three leaders visited Tunisia" are not Tunisia's). */
void evt_leaders_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (evt_role_taken(ev, EVG_ROLE_SOURCE) || s->sec_kind != EVG_SEC_BODY || !leaders_subject(s, &s->h.v[hi].mt))
        return;
    int32_t i = leaders_act(r, s);
    if (i < 0) return;
    const evg_event *o = &d->events.v[i];
    int32_t j = i; /* one act told as several events (a reception per guest): all of them */
    while (j > 0 && d->events.v[j - 1].trig_first == o->trig_first && d->events.v[j - 1].sent == o->sent) j--;
    for (; j <= i; j++)
        for (int k = 0; k < d->events.v[j].nactors; k++) {
            int32_t ent = d->events.v[j].actors[k].entity;
            if (!evt_ent_is_person(d, ent) || evt_has_actor(ev, ent) || target_country(d, ev, ent)) continue;
            evt_add_actor(ev, ent, evt_role_taken(ev, EVG_ROLE_SOURCE) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        }
}

/* "The final declaration urged", "the joint communique called for", "The
 * summit called for", "the leaders also condemned", "دعا البيان الختامي",
 * "وطالبت القمة", "واتفق القادة": the subject is what a summit adopted,
 * the summit itself or its leaders, right before an English verb (an
 * adverb between) or right after an Arabic one (see leaders_subject). */
static int summit_subject(const sent *s, const evt_match *mt)
{
    static const char *const text[] = {"declaration", "communique", "communiqué", "statement", NULL};
    static const char *const kind[] = {"final", "joint", NULL};
    static const char *const adv[] = {"also", "then", "later", NULL};
    const evg_doc *d = s->doc;
    if (mt->e->lang == EVG_LANG_EN) {
        int32_t q = mt->first - 1;
        if (q > s->first && tok_in(d, q, adv)) q--;
        if (q <= s->first) return 0;
        if (tok_is(d, q, "summit") || tok_is(d, q, "leaders")) return 1;
        return tok_in(d, q, text) && tok_in(d, q - 1, kind);
    }
    if (leaders_subject(s, mt)) return 1;
    int32_t q = mt->end;
    if (q >= s->end) return 0;
    if (evt_tok_is_stem(d, q, "\xD9\x82\xD9\x85\xD9\x87")) return 1; /* القمة */
    return q + 1 < s->end &&
           (evt_tok_is_stem(d, q, "\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86") ||           /* البيان */
            evt_tok_is_stem(d, q, "\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86")) && /* الاعلان */
           evt_tok_is_stem(d, q + 1, "\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85\xD9\x8A");   /* الختامي */
}

/* The bodies (ORG, role IGO) among the actors of the latest meeting (04x)
 * of the document: the body whose summit it was.  Fills out, returns how
 * many (at most max). */
static int summit_bodies(const evg_doc *d, int32_t *out, int max)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        int n = 0;
        for (int k = 0; strcmp(o->root, "04") == 0 && k < o->nactors && n < max; k++) {
            const evg_entity *e = &d->entities.v[o->actors[k].entity];
            if (e->type && strcmp(e->type, "ORG") == 0 && e->role && strcmp(e->role, "IGO") == 0)
                out[n++] = o->actors[k].entity;
        }
        if (n > 0) return n;
    }
    return 0;
}

/* Where entity ent is named in sentence s: 0 nowhere, 1 somewhere before
 * token from, 2 only from it on. */
static int named_in_sentence(const sent *s, int32_t ent, int32_t from)
{
    int after = 0;
    for (size_t k = 0; k < s->c.n; k++)
        if (s->c.v[k].ent == ent) {
            if (s->c.v[k].first < from) return 1;
            after = 1;
        }
    return after ? 2 : 0;
}

/* "The leaders then condemned ...", "The final
 * declaration urged ...", "واتفق القادة على": a verbal act (not a meeting) whose
 * subject is the summit, its leaders or its text, when no two leaders were
 * named just before (leaders_act), is the act of the body whose summit the
 * document reports (the bodies of its latest meeting: "the GCC-ASEAN
 * summit" gives both).  A source taken from outside the sentence gives way
 * to them; a source named in the sentence stays ("X told the summit"),
 * unless it follows the Arabic subject: then it is the object. */
void evt_summit_body_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(ev->code, "04", 2) == 0 || s->sec_kind != EVG_SEC_BODY || mt->e->pos == EVT_POS_NOUN ||
        mt->e->pos == EVT_POS_FIXED || !summit_subject(s, mt) || leaders_act(r, s) >= 0)
        return; /* a noun there is the object ("the leaders condemned the attacks") */
    int32_t body[4];
    int n = summit_bodies(d, body, 4);
    if (n == 0) return;
    int at = -1;
    for (int k = 0; k < ev->nactors && at < 0; k++)
        if (ev->actors[k].role == EVG_ROLE_SOURCE) at = k;
    int named = at >= 0 ? named_in_sentence(s, ev->actors[at].entity, mt->end) : 0;
    if (named == 1 || (named == 2 && mt->e->lang == EVG_LANG_EN)) return;
    if (named == 2) { /* "دعا البيان الختامي إيران": named after the subject, the object */
        ev->actors[at].role = evt_role_taken(ev, EVG_ROLE_TARGET) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_TARGET;
        at = -1;
    }
    for (int k = 0; k < n; k++) {
        if (evt_has_actor(ev, body[k])) continue;
        if (at >= 0) {
            ev->actors[at].entity = body[k];
            at = -1;
        } else {
            evt_add_actor(ev, body[k], evt_role_taken(ev, EVG_ROLE_SOURCE) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        }
    }
}

/* Does the trigger carry the pronoun of the party it addresses: an English
 * row "warned him", "urged them" or an Arabic verb with an object pronoun
 * ("وحذرته", "وطالبها") of a statement, appeal, demand, disapproval or
 * threat? */
static int addressed_pronoun_form(const evt_match *mt)
{
    static const char *const pro[] = {"him", "her", "them", "us", NULL};
    const evt_entry *e = mt->e;
    if (e->lang == EVG_LANG_EN) {
        for (int k = 0; e->ntail == 1 && pro[k]; k++)
            if (strcmp(e->tail[0], pro[k]) == 0) return 1;
        return 0;
    }
    return e->scope == EVT_SCOPE_OBJ_FORM && (e->pos == EVT_POS_PAST || e->pos == EVT_POS_PRES) &&
           (evt_position_code(e->code) || strncmp(e->code, "01", 2) == 0);
}

/* "summoned the Turkish ambassador and warned him", "استدعت X السفير Y
 * وحذرته من": the pronoun of a verb addressing a party, with no target of
 * its own, is the target of the act just before it in the sentence by the
 * same source (session 16 events8). */
void evt_addressed_pronoun(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (hi == 0 || evt_role_taken(ev, EVG_ROLE_TARGET) || !evt_role_taken(ev, EVG_ROLE_SOURCE) ||
        !addressed_pronoun_form(&s->h.v[hi].mt))
        return;
    int32_t src = -1, psrc = -1, ptgt = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    evg_event prev;
    evt_scratch_actors(r, s, hi - 1, &prev);
    for (int i = 0; i < prev.nactors; i++) {
        if (prev.actors[i].role == EVG_ROLE_SOURCE && psrc < 0) psrc = prev.actors[i].entity;
        if (prev.actors[i].role == EVG_ROLE_TARGET && ptgt < 0) ptgt = prev.actors[i].entity;
    }
    if (psrc < 0 || ptgt < 0 || ptgt == src || !evt_actor_matches(r->doc, psrc, src)) return;
    evt_add_actor(ev, ptgt, EVG_ROLE_TARGET);
}

/* "Qatar mediated talks between X and Y", "توسطت قطر في محادثات بين X و
 * Y": a mediation verb governing a meeting noun takes the meeting's sides
 * as the parties it mediates between (targets, then participants). */
void evt_mediated_parties(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(mt->e->code, "045") != 0 || hi + 1 >= s->h.n) return;
    const evt_match *next = &s->h.v[hi + 1].mt;
    if (next->e->cls != EVT_CL_MEET || next->first - mt->end > 2 ||
        (next->e->pos != EVT_POS_NOUN && next->e->pos != EVT_POS_FIXED))
        return;
    evg_event talks;
    evt_scratch_actors(r, s, hi + 1, &talks);
    for (int i = 0; i < talks.nactors; i++)
        if (talks.actors[i].role != EVG_ROLE_SOURCE || !evt_has_actor(ev, talks.actors[i].entity))
            evt_add_actor(ev, talks.actors[i].entity, EVG_ROLE_TARGET);
    if (ev->location < 0) ev->location = talks.location;
}

/* ---- capitals standing for their governments ---- */

/* Roots whose actors speak or decide (statements, appeals, intents,
 * diplomacy, demands, criticism, rejection, threats, protests, relations):
 * a city there is its government ("Beijing was urged", "واشنطن تنتقد"). */
static int verbal_root(const char *code)
{
    static const char *const roots[] = {"01", "02", "03", "05", "10", "11", "12", "13", "14", "16", NULL};
    for (int k = 0; roots[k]; k++)
        if (strncmp(code, roots[k], 2) == 0) return 1;
    return 0;
}

/* The country entity of city ent when the document names that country
 * ("chn" for Beijing), else -1. */
static int32_t city_country(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    if (!e->type || strcmp(e->type, "GPE") != 0 || !e->id || strlen(e->id) == 3) return -1;
    return evt_country_named(d, e);
}

/* Hosting (043) is an act of a state: "استضافت الرياض القمة", "Baghdad
 * hosted the league" name the government by its capital.  (Not mediation:
 * the parties of a dialogue are often kept as their capitals.) */
static int state_consultation(const char *code)
{
    return strcmp(code, "043") == 0;
}

/* Is a city in this role of an act of this code its government?  Every
 * actor of a verbal act or a hosting; the giver of material cooperation or
 * aid (06, 07: "أرسلت بيونغ يانغ قوات", "Moscow supplied drones"): a city
 * does not send or supply, its state does.  (Not force: the source of a
 * strike read as a city is more often the struck place misparsed.) */
static int city_stands_for_state(const char *code, int role)
{
    if (verbal_root(code) || state_consultation(code)) return 1;
    return role == EVG_ROLE_SOURCE && (strncmp(code, "06", 2) == 0 || strncmp(code, "07", 2) == 0);
}

/* A capital as an actor of a verbal act or of a hosting, or as the giver
 * of material cooperation or aid, is read as its country, when the country
 * is named in the document and not already an actor. */
void evt_capitals_as_countries(const evg_doc *d, evg_event *ev)
{
    for (int i = 0; i < ev->nactors; i++) {
        if (!city_stands_for_state(ev->code, ev->actors[i].role)) continue;
        int32_t c = city_country(d, ev->actors[i].entity);
        if (c >= 0 && !evt_has_actor(ev, c) && ev->location != c) ev->actors[i].entity = c;
    }
}

/* A visit (042) to a capital or known city goes to that city's country,
 * when the document names the country and it is no actor yet: "to visit
 * Tokyo", "يزور الرباط" visit Japan, Morocco; the city becomes the place. */
void evt_visited_city_country(const evg_doc *d, evg_event *ev)
{
    if (strcmp(ev->code, "042") != 0) return;
    for (int i = 0; i < ev->nactors; i++) {
        if (ev->actors[i].role != EVG_ROLE_TARGET) continue;
        int32_t city = ev->actors[i].entity, c = city_country(d, city);
        if (c < 0 || evt_has_actor(ev, c)) continue;
        ev->actors[i].entity = c;
        if (ev->location < 0) ev->location = city;
    }
}

/* Is ent a city or town (a GPE that is no country)? */
static int city_like(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    return e->type && strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3);
}

/* "Heavy snow blocked the road between Kabul and ...", "her visits to the
 * city of Aleppo": an event whose only actor is a city or town named only
 * after its trigger has no party that acted (the city is the object or the
 * place); 1 when so, and the event is not kept. */
int evt_city_only_after(const sent *s, size_t hi, const evg_event *ev)
{
    if (ev->nactors != 1 || !city_like(s->doc, ev->actors[0].entity)) return 0;
    int found = 0;
    for (size_t k = 0; k < s->c.n; k++) {
        if (s->c.v[k].ent != ev->actors[0].entity) continue;
        if (s->c.v[k].first < s->h.v[hi].mt.first) return 0;
        found = 1;
    }
    return found;
}

/* The entity of the last candidate before token tok in the sentence, or -1. */
static int32_t last_cand_before(const sent *s, int32_t tok)
{
    int32_t ent = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].end <= tok; k++) ent = s->c.v[k].ent;
    return ent;
}

/* The visitor of a visit hit before hi in the sentence whose destination
 * is city ent, or -1. */
static int32_t visitor_to(const run *r, const sent *s, size_t hi, int32_t ent)
{
    for (size_t k = hi; k-- > 0;) {
        if (s->h.v[k].mt.e->cls != EVT_CL_VISIT) continue;
        evg_event v;
        evt_scratch_actors(r, s, k, &v);
        if (!evt_has_actor(&v, ent)) continue;
        for (int i = 0; i < v.nactors; i++)
            if (v.actors[i].role == EVG_ROLE_SOURCE && v.actors[i].entity != ent) return v.actors[i].entity;
    }
    return -1;
}

/* "X to visit Tokyo for talks with Y", "يزور X بغداد لإجراء محادثات مع Y":
 * talks that follow a visit in its sentence are held by the visitor, not by
 * the city visited; the city, when it is the last name before the talks,
 * gives way to the visitor (or is dropped when the visitor is an actor
 * already). */
void evt_visit_talks_visitor(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "04", 2) != 0 || mt->e->cls == EVT_CL_VISIT || mt->e->cls == EVT_CL_ARRIVE) return;
    for (int i = 0; i < ev->nactors; i++) {
        int32_t city = ev->actors[i].entity;
        if (!city_like(r->doc, city)) continue;
        if (last_cand_before(s, mt->first) != city) continue; /* "..., and Beijing agreed to talks" */
        int32_t who = visitor_to(r, s, hi, city);
        if (who < 0) continue;
        if (!evt_has_actor(ev, who)) {
            ev->actors[i].entity = who;
        } else {
            for (int j = i + 1; j < ev->nactors; j++) ev->actors[j - 1] = ev->actors[j];
            ev->nactors--;
            i--;
        }
    }
}

/* ---- fighting told again ---- */

/* "A ceasefire between X and Y held ... . The clashes of Sept. 14-16
 * began", "A similar flare-up in 2021": a fighting noun with no side of its
 * own is fought by the pair the section last named with "between X and Y"
 * (at most CONFLICT_REACH tokens back).  Not a fighting noun that is the object
 * of a statement ("أدان X استهداف المدنيين", "condemned the shelling"): the
 * statement speaks of the act told before, which is its event already. */
#define CONFLICT_REACH 600

int evt_section_pair(const run *r, const sent *s, int32_t before, int32_t out[2])
{
    const evg_doc *d = r->doc;
    int32_t si = s->idx; /* the section's first sentence, within reach */
    while (si > 0 && d->sentences.v[si - 1].section == s->section &&
           before - d->sentences.v[si - 1].tok_first <= CONFLICT_REACH)
        si--;
    int32_t lo = d->sentences.v[si].tok_first;
    for (int32_t k = before - 1; k >= lo; k--) {
        if (!tok_is(d, k, "between") && !evt_tok_is_stem(d, k, "\xD8\xA8\xD9\x8A\xD9\x86")) continue; /* بين */
        int n = 0;
        for (int32_t q = k + 1; q < k + 8 && q < before && n < 2; q++) {
            int32_t m = r->tok_men[q];
            if (m < 0 || d->mentions.v[m].tok_first != q || d->mentions.v[m].entity < 0) continue;
            const evg_entity *e = &d->entities.v[d->mentions.v[m].entity];
            if (e->type && strcmp(e->type, "LOC") != 0) out[n++] = d->mentions.v[m].entity;
        }
        return n == 2 && out[0] != out[1];
    }
    return 0;
}

void evt_conflict_pair(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "19", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return;
    if (evt_stance_object(s, hi)) return; /* "condemned the targeting of civilians": the act spoken about */
    int32_t pair[2];
    if (!evt_section_pair(r, s, mt->first, pair)) return;
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE);
    evt_add_actor(ev, pair[1], EVG_ROLE_TARGET);
}

/* ---- aid that arrives ---- */

/* Rescue teams, relief and aid: "فرق إنقاذ", "عنصرا", "طائرات المساعدات",
 * "rescue team", "relief supplies". */
static int aid_word(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"rescue", "rescuers", "aid", "relief", "humanitarian", "convoy", NULL};
    static const char *const ar[] = {
        "\xD9\x81\xD8\xB1\xD9\x82", "\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82",                 /* فرق فريق */
        "\xD8\xB9\xD9\x86\xD8\xB5\xD8\xB1\xD8\xA7", "\xD8\xB9\xD9\x86\xD8\xA7\xD8\xB5\xD8\xB1", /* عنصرا عناصر */
        "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAA",                     /* مساعدات */
        "\xD8\xA7\xD8\xBA\xD8\xA7\xD8\xAB\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x82\xD8\xA7\xD8\xB0", /* اغاثه انقاذ */
        "\xD9\x85\xD8\xB3\xD8\xB9\xD9\x81\xD9\x8A\xD9\x86",                            /* مسعفين */
        "\xD9\x82\xD8\xA7\xD9\x81\xD9\x84\xD9\x87", NULL};                                /* قافله */
    if (tok_in(d, k, en)) return 1;
    for (int q = 0; ar[q]; q++)
        if (evt_tok_is_stem(d, k, ar[q])) return 1;
    return 0;
}

static int is_country(const evg_entity *e)
{
    return e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3;
}

/* "ووصل إلى مراكش 56 عنصرا من وحدة الطوارئ الإسبانية", "أن تصل طائرات
 * المساعدات الإماراتية إلى مراكش", "a Turkish rescue team arrived in X":
 * rescuers or aid arriving in the arrival's clause are aid (073) from the
 * country named with them to the country of the place they reach. */
/* Where arriving aid goes (evt_aid_arrival): the place after إلى / to / في
 * / in before token up, else the event's place; a city stands for its
 * country.  -1 if none. */
static int32_t aid_destination(const run *r, const evt_match *mt, int32_t up, const char *const *to_in,
                               const evg_event *ev)
{
    const evg_doc *d = r->doc;
    int32_t dest = -1;
    for (int32_t k = mt->end; k < up && dest < 0; k++) /* the place after إلى / to / في / in */
        if (r->tok_men[k] >= 0 && d->mentions.v[r->tok_men[k]].tok_first == k &&
            (tok_in(d, k - 1, to_in) || tok_in(d, k - 2, to_in))) /* "إلى مطار مراكش" */
            dest = d->mentions.v[r->tok_men[k]].entity;
    if (dest < 0) dest = ev->location;
    if (dest >= 0 && !is_country(&d->entities.v[dest])) {
        int32_t c = city_country(d, dest);
        if (c >= 0) dest = c;
    }
    return dest;
}

/* Who sends arriving aid (evt_aid_arrival): a country named in tokens
 * [lo, up) other than the destination, else an organisation before the
 * trigger.  -1 if none. */
static int32_t aid_sender(const run *r, const sent *s, const evt_match *mt, int32_t lo, int32_t up, int32_t dest,
                          const char *const *to_in)
{
    const evg_doc *d = r->doc;
    int32_t from = -1;
    for (int32_t k = lo; k < up && from < 0; k++) { /* nisbas too: "الإسبانية", "Turkish" */
        int32_t m = r->tok_men[k];
        if (m < 0 || d->mentions.v[m].tok_first != k) continue;
        int32_t ent = d->mentions.v[m].entity;
        if (ent >= 0 && ent != dest && ent != s->attrib_ent && !tok_in(d, k - 1, to_in) &&
            is_country(&d->entities.v[ent]))
            from = ent;
    }
    for (int32_t k = lo; k < mt->first && from < 0; k++) { /* "a Red Cross convoy arrived" */
        int32_t m = r->tok_men[k];
        if (m < 0 || d->mentions.v[m].tok_first != k || d->mentions.v[m].entity < 0) continue;
        const evg_entity *e = &d->entities.v[d->mentions.v[m].entity];
        if (e->type && strcmp(e->type, "ORG") == 0) from = d->mentions.v[m].entity;
    }
    return from;
}

void evt_aid_arrival(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_ARRIVE) return;
    /* the previous hit may be the aid itself ("a Red Cross convoy arrived") */
    int32_t lo = hi > 0 && s->h.v[hi - 1].mt.e->cls != EVT_CL_EVENT ? s->h.v[hi - 1].mt.end : s->first;
    int32_t up = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    if (lo < mt->first - 8) lo = mt->first - 8;
    if (up > mt->end + 16) up = mt->end + 16;
    int found = 0;
    for (int32_t k = lo; k < up && !found; k++) found = aid_word(d, k);
    if (!found) return;
    static const char *const to_in[] = {"\xD8\xA7\xD9\x84\xD9\x8A", "\xD9\x81\xD9\x8A", "to", "in", /* الي في */
                                        "at", "into", NULL};
    int32_t dest = aid_destination(r, mt, up, to_in, ev);
    int32_t from = aid_sender(r, s, mt, lo, up, dest, to_in);
    if (from < 0 || dest < 0) return;
    const evt_cameo *cm = evt_cameo_find(d->ctx, "073");
    snprintf(ev->code, sizeof ev->code, "073");
    memcpy(ev->root, "07", 3);
    if (cm) ev->label = cm->label;
    int32_t loc = ev->location;
    ev->nactors = 0;
    ev->location = -1;
    evt_add_actor(ev, from, EVG_ROLE_SOURCE);
    evt_add_actor(ev, dest, EVG_ROLE_TARGET);
    ev->location = loc != dest ? loc : -1;
}

/* "أشاد شويغو بالتفاعل بين البلدين": when "the two countries" include the
 * speaker's own, the act is towards the other one: a target of the
 * source's own country gives its role to a participant of another country. */
void evt_other_country_target(const evg_doc *d, evg_event *ev)
{
    int src = -1, tgt = -1, other = -1;
    for (int i = 0; i < ev->nactors; i++) {
        int r = ev->actors[i].role;
        if (r == EVG_ROLE_SOURCE && src < 0) src = i;
        else if (r == EVG_ROLE_TARGET && tgt < 0) tgt = i;
    }
    if (src < 0 || tgt < 0) return;
    const evg_entity *a = &d->entities.v[ev->actors[src].entity], *t = &d->entities.v[ev->actors[tgt].entity];
    if (!a->country || !t->country || !a->country[0] || strcmp(a->country, t->country) != 0 ||
        !t->type || strcmp(t->type, "GPE") != 0)
        return;
    for (int i = 0; i < ev->nactors && other < 0; i++) {
        const evg_entity *o = &d->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role == EVG_ROLE_PARTICIPANT && o->country && o->country[0] &&
            strcmp(o->country, a->country) != 0)
            other = i;
    }
    if (other >= 0) {
        ev->actors[other].role = EVG_ROLE_TARGET;
        ev->actors[tgt].role = EVG_ROLE_PARTICIPANT;
        return;
    }
    /* the other country of the two, from the latest event nearby that names one */
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != ev->section || o->sent < ev->sent - 3) return;
        for (int k = 0; k < o->nactors; k++) {
            const evg_entity *c = &d->entities.v[o->actors[k].entity];
            if (c->type && strcmp(c->type, "GPE") == 0 && c->id && strlen(c->id) == 3 && c->country &&
                c->country[0] && strcmp(c->country, a->country) != 0 && !evt_has_actor(ev, o->actors[k].entity)) {
                ev->actors[tgt].entity = o->actors[k].entity;
                return;
            }
        }
    }
}

/* ---- the country struck (session 17 trigcov) ---- */

/* Does the phrase around token end open the sentence and close with a comma,
 * the act following ("In the Lebanese town of Khiam, Israeli shelling")? */
static int fronted(const sent *s, int32_t end, int32_t trig_end)
{
    int32_t k = end;
    while (k < trig_end && s->doc->tokens.v[k].kind != EVG_TOK_PUNCT) k++;
    return k - s->first <= 12 && k < trig_end && tok_is(s->doc, k, ",") &&
           !evt_punct_between(s->doc, k + 1, trig_end);
}

/* The auxiliaries of an English passive, and the participles of an act
 * other than an attack (a reaction, a telling) that bar a place after them
 * (passive_between, trigger_between). */
static const char *const passive_aux[] = {"was", "were", "is", "are", "been", NULL};
static const char *const reaction_participle[] = {"condemned", "denounced", "discussed", "criticised", "criticized", "debated",
                                                 "decried", "deplored", "welcomed", "praised", "hailed", "mourned",
                                                 "protested", "blamed", "investigated", "announced", "raised", "questioned",
                                                 "denied", "rejected", "commemorated", "remembered", "held", "made", "seen",
                                                 "told", "met", "said", "given", "taken", "shown", "drawn", "brought", NULL};

/* Does a passive of another act ("was condemned", "were announced") stand
 * in tokens [from, to): an auxiliary (was were is are been) before a
 * participle of a reaction or a telling (condemned, discussed, held, said
 * ...)?  Other participles ("was aimed at", "was confirmed", "was carried
 * out") tell the attack itself and bar nothing. */
static int passive_between(const evg_doc *d, int32_t from, int32_t to)
{
    for (int32_t q = from; q + 1 < to; q++)
        if (tok_in(d, q, passive_aux) && tok_in(d, q + 1, reaction_participle)) return 1;
    return 0;
}

/* Does a trigger of an act other than force (not 18x 19x 20x: "shelling
 * killed five civilians in X" is the shelling told again) start in tokens
 * [from, to) ("The attack ... was condemned by leaders meeting in Paris"), not
 * as a participle after was/were that tells the attack itself ("was
 * confirmed in X")? */
static int trigger_between(const sent *s, int32_t from, int32_t to)
{
    for (size_t h = 0; h < s->h.n; h++) {
        const char *code = s->h.v[h].mt.e->code;
        int32_t q = s->h.v[h].mt.first;
        if (q > from && tok_in(s->doc, q - 1, passive_aux) && !tok_in(s->doc, q, reaction_participle))
            continue; /* "was confirmed", "was reported": the attack told, not another act */
        if (s->h.v[h].mt.first >= from && s->h.v[h].mt.first < to && strncmp(code, "18", 2) != 0 &&
            strncmp(code, "19", 2) != 0 && strncmp(code, "20", 2) != 0)
            return 1;
    }
    return 0;
}

/* The place after "in" that an act's sentence names ("killed five civilians
 * in Kharkiv", a fronted "In the Lebanese town of Khiam,"), in another
 * country than src's: its country when the document names it, else the
 * place.  After the trigger, no punctuation, other trigger or passive of
 * another act between ("The attack on the convoy was condemned by leaders
 * meeting in Paris": Paris is the leaders').  -1 when none. */
static int32_t struck_place(const sent *s, int32_t trig_end, int32_t src)
{
    const evg_doc *d = s->doc;
    const evg_entity *a = &d->entities.v[src];
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_IN || c->ent == src || !evt_cand_type_is(c, "GPE")) continue;
        if (c->first >= trig_end ? evt_punct_between(d, trig_end, c->first) || trigger_between(s, trig_end, c->first) ||
                                       passive_between(d, trig_end, c->first)
                                 : !fronted(s, c->end, trig_end))
            continue;
        const evg_entity *p = &d->entities.v[c->ent];
        if (!p->country || !a->country || strcmp(p->country, a->country) == 0) continue;
        int32_t n = p->id && strlen(p->id) == 3 ? c->ent : evt_country_named(d, p);
        return n >= 0 ? n : c->ent;
    }
    return -1;
}

/* "Russian shelling killed five civilians in Kharkiv", "In the Indian
 * district of Poonch, Pakistani shelling killed 12 civilians": an attack or
 * a fight (18x, 19x) told by an English noun whose one actor is its source,
 * named right before it (an Arabic demonym after its noun is as often the
 * war's place, "الحرب السورية"), with a place in another
 * country, strikes that country (or the place when its country is not
 * named); the annotators name it as the target.  Runs before the event is
 * kept (its place may belong to the verb after the noun). */
void evt_attack_place_target(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) ||
        (strcmp(ev->root, "18") != 0 && strcmp(ev->root, "19") != 0) || ev->nactors != 1 ||
        ev->actors[0].role != EVG_ROLE_SOURCE)
        return; /* not a verb: "X قاتلوا إلى جانب الروس في Y" fought on Russia's side */
    int adjacent = 0; /* the attacker's name or demonym right before the noun: "Pakistani shelling" */
    for (size_t k = 0; k < s->c.n && !adjacent; k++)
        adjacent = s->c.v[k].ent == ev->actors[0].entity && s->c.v[k].end == ev->trig_first;
    if (!adjacent) return;
    int32_t c = struck_place(s, ev->trig_end, ev->actors[0].entity);
    if (c >= 0 && c != ev->actors[0].entity) evt_add_actor(ev, c, EVG_ROLE_TARGET);
}

/* Does one of the sentence's timexes start at token q? */
static int timex_at(const sent *s, int32_t q)
{
    for (size_t i = 0; i < s->tx.n; i++)
        if (s->doc->timexes.v[s->tx.v[i]].tok_first == q) return 1;
    return 0;
}

/* The city or town candidate c names, also when its mention was read as
 * the capital's country as well ("Paris" giving France); -1 if none. */
static int32_t city_named(const evg_doc *d, const cand *c)
{
    if (city_like(d, c->ent)) return c->ent;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->tok_first == c->first && m->tok_end == c->end && city_like(d, m->entity)) return m->entity;
    }
    return -1;
}

/* "the Paris attacks", "the November 2015 Madrid bombings", "the Kabul
 * bombing on Friday": a city or other place (no country) named right
 * before an English assault noun (CAMEO 18-20) and opened by "the" or a
 * year is where the attack happened, not who made it: it leaves the actors
 * and becomes the place.  A capital that stands for its government keeps
 * its role when the noun names its target ("Moscow's attacks", "Moscow
 * drone strikes on Kharkiv").  Session 21 (fresh3-extra). */
void evt_city_before_assault(const sent *s, size_t hi, evg_event *ev)
{
    static const char *const aim[] = {"on", "against", "by", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (mt->e->lang != EVG_LANG_EN || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_VERB) ||
        !(mt->e->code[0] == '1' && (mt->e->code[1] == '8' || mt->e->code[1] == '9')) ||
        (tok_in(d, mt->end, aim) && !timex_at(s, mt->end + 1)))
        return; /* "the Kabul bombing on Friday": a day, not a target */
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int32_t city = c->end == mt->first && c->first > s->first ? city_named(d, c) : -1;
        if (city < 0) continue;
        const evg_token *t = &d->tokens.v[c->first - 1];
        int year = t->fe - t->fs == 4 && d->fold[t->fs] >= '1' && d->fold[t->fs] <= '2';
        if (!tok_is(d, c->first - 1, "the") && !year) continue;
        int n = 0;
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].entity != c->ent) ev->actors[n++] = ev->actors[i];
        ev->nactors = n;
        if (ev->location < 0) ev->location = city;
    }
}

/* "X met Y on Thursday and agreed to hold a summit", "X visited Tunisia and
 * agreed to raise aid": an English agree verb joined by "and" (then, later,
 * also may follow it) to a meeting, visit or reception of the same subject
 * right before it is agreed with the one met, visited or received: the
 * other party of the reciprocal verb is the first verb's object, not a
 * name of an earlier sentence nor a name inside what was agreed ("a
 * UK-France summit").  Session 20 (fresh-extra). */
void evt_agreed_with_met(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const adv[] = {"then", "later", "also", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_EN || strncmp(mt->e->key, "agree", 5) != 0 || hi == 0) return;
    const evt_match *pm = &s->h.v[hi - 1].mt;
    int32_t q = mt->first - 1;
    if (tok_in(d, q, adv)) q--;
    if (!tok_is(d, q, "and") || strncmp(pm->e->code, "04", 2) != 0 || pm->end > q) return;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    if (src < 0 || tok_is(d, mt->end, "with")) return; /* "agreed with Z to ...": a party of its own */
    evg_event prev;
    evt_scratch_actors(r, s, hi - 1, &prev);
    int met = 0;
    for (int i = 0; i < prev.nactors; i++) met |= prev.actors[i].role == EVG_ROLE_SOURCE && prev.actors[i].entity == src;
    if (!met || prev.nactors < 2) return;
    ev->nactors = 0;
    evt_add_actor(ev, src, EVG_ROLE_SOURCE);
    for (int i = 0; i < prev.nactors; i++)
        if (prev.actors[i].entity != src) evt_add_actor(ev, prev.actors[i].entity, EVG_ROLE_TARGET);
}

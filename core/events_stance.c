/*
 * events_stance.c - the other side of statements that take a position
 * (CAMEO 02x appeal, 05x praise, 10x demand, 11x disapprove, 12x reject,
 * 13x threaten) when their object is itself an act: "Turkey condemned the
 * Israeli strike on Damascus", "رحب X باتفاق السلام الذي وقعته Y و Z",
 * "أعربت X عن إدانتها للهجوم الإسرائيلي".  The agents of that act are the
 * statement's targets, and the speaker of the statement is not the agent
 * of the act it speaks about.  An act named again without actors ("The EU
 * also criticised the attacks") is the latest act of its root a few
 * sentences back, whose agent is the target.
 *
 * Works on the sentence working set of events_sentence.c (struct sent): an act
 * is the next trigger hit of the clause; its actors are found with
 * evt_assign_actors on a scratch event.  Exports evt_position_code,
 * evt_in_timex_or_name, evt_stance_targets, evt_stance_drop_speaker,
 * evt_stance_object and evt_stance_refusal (events_int.h).  Also owns evt_agreed_act: an
 * agreement whose object is an act is the intent to do it, like a
 * position whose object is an act; evt_demanded_act: the act a demand
 * asks for is no event; evt_discussed_topic: neither is a topic of talks;
 * evt_restated_assault: nor is an assault named again as a position's
 * object; evt_named_as_assault: "called X an attack on Y" is a
 * criticism; evt_own_deployment: forces deployed
 * with no other state receiving them are a show of force, not aid; and
 * evt_separate_condemners: a list of condemners is one event each.
 */
#include "events_int.h"
#include <strings.h>

/* How far after a statement verb its object act may start (tokens). */
#define STANCE_REACH 8

int evt_position_code(const char *code)
{
    static const char *const roots[] = {"02", "05", "10", "11", "12", "13", NULL};
    for (int k = 0; roots[k]; k++)
        if (strncmp(code, roots[k], 2) == 0) return 1;
    return 0;
}

/* Is token q part of a time expression or of a named actor?  While the
 * events stage runs, its token map answers at once (the scan below is for
 * callers outside it). */
int evt_in_timex_or_name(const evg_doc *d, int32_t q)
{
    if (d->evt_named) return q >= 0 && (size_t)q < d->tokens.n && d->evt_named[q];
    for (size_t i = 0; i < d->timexes.n; i++)
        if (d->timexes.v[i].tok_first <= q && q < d->timexes.v[i].tok_end) return 1;
    for (size_t i = 0; i < d->mentions.n; i++)
        if (d->mentions.v[i].tok_first <= q && q < d->mentions.v[i].tok_end) return 1;
    return 0;
}

/* Is English fixed row b a phrase opened by a past verb ("called for",
 * "appealed for", "called on"), the -ed form of more than three letters? */
static int english_past_phrase(const evg_doc *d, const evt_match *b)
{
    const evg_token *t = &d->tokens.v[b->first];
    return b->e->pos == EVT_POS_FIXED && t->fe - t->fs > 4 && !memcmp(d->fold + t->fe - 2, "ed", 2);
}

/* "X summoned the ambassador and warned him", "condemned the raid and then urged
 * calm", "welcomed the plan but criticised Y", "condemned it and appealed for
 * calm": an English verb, or a phrase opened by a past verb, after "and" or
 * "but" (an adverb of sequence between) is a second act of the subject, not
 * the object of the act before it. */
static int english_conjoined_verb(const evg_doc *d, const evt_match *b)
{
    static const char *const adv[] = {"then", "also", "later", NULL};
    if (b->e->lang != EVG_LANG_EN || (b->e->pos != EVT_POS_VERB && !english_past_phrase(d, b))) return 0;
    int32_t q = b->first - 1;
    if (q > 0 && tok_in(d, q, adv)) q--;
    return q >= 0 && (tok_is(d, q, "and") || tok_is(d, q, "but")); /* "welcomed X but criticised Y" */
}

/* "شكر X في اتصال هاتفي مع Y جهود ...", "X urged Y during a phone call":
 * is meeting hit b the occasion the statement was made in (a meeting noun
 * right after في / خلال / أثناء, or after in / during / at with at most
 * one determiner between), not what the statement is about? */
static int occasion_of_statement(const evg_doc *d, const sent *s, const evt_match *b)
{
    static const char *const ar[] = {"\xD9\x81\xD9\x8A", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* في خلال */
                                     "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1", NULL};        /* اثناء */
    static const char *const en[] = {"in", "during", "at", NULL};
    static const char *const det[] = {"a", "an", "the", "his", "her", "their", "its", NULL};
    if (b->e->cls != EVT_CL_MEET || (b->e->pos != EVT_POS_NOUN && b->e->pos != EVT_POS_FIXED)) return 0;
    int32_t q = b->first - 1;
    if (q < s->first || b->prefix_len > 0) return 0;
    if (b->e->lang == EVG_LANG_AR) return tok_in(d, q, ar);
    if (tok_in(d, q, det)) q--;
    return q >= s->first && tok_in(d, q, en);
}

/* Is hit k the object act of statement hit st: close after it, in the same
 * clause, and not itself a statement?  Commas count as a clause boundary
 * unless they only set off a date after the subject ("أدان الأردن،
 * الثلاثاء، هجمات ..."). */
static int object_act(const sent *s, size_t st, size_t k)
{
    const evt_match *a = &s->h.v[st].mt, *b = &s->h.v[k].mt;
    if (!evt_position_code(a->e->code) || b->e->cls == EVT_CL_SPEECH) return 0;
    if (b->e->lang == EVG_LANG_AR && (b->e->pos == EVT_POS_PAST || b->e->pos == EVT_POS_PRES) &&
        b->prefix_len == 2 && memcmp(s->doc->fold + s->doc->tokens.v[b->first].fs, "\xD9\x88", 2) == 0)
        return 0; /* "يرفض X ويدعو إلى": a verb joined by و opens a clause of its own */
    if (english_conjoined_verb(s->doc, b))
        return 0; /* "summoned the envoy and warned him": so does "and" before an English verb */
    if (b->first < a->end || b->first - a->end > STANCE_REACH) return 0;
    int punct = 0, other = 0;
    for (int32_t q = a->end; q < b->first; q++) {
        if (evt_is_punct_boundary(s->doc, q)) punct = 1;
        else if (!evt_in_timex_or_name(s->doc, q)) other = 1;
    }
    return !punct || !other;
}

int evt_stance_object(const sent *s, size_t hi)
{
    return hi > 0 && object_act(s, hi - 1, hi);
}

/* The preposition إلى folded (الي: the fold writes ى as ي), where a demand or
 * appeal puts what it asks for. */
static const char *const to[] = {"\xD8\xA7\xD9\x84\xD9\x8A", NULL};

/* Does Arabic hit b stand where a demand or appeal puts what it asks for:
 * a noun with the preposition ب on it ("بانسحاب", "بطرد"), or after الى
 * with or without the article ("إلى انسحاب", "إلى الإفراج")?  Session 24
 * (ev-extra24) added the article. */
static int asked_for_slot(const evg_doc *d, const evt_match *b)
{
    const char *w = d->fold + d->tokens.v[b->first].fs;
    if (b->prefix_len >= 2 && memcmp(w, "\xD8\xA8", 2) == 0) return 1; /* ب */
    int bare = b->prefix_len == 0 || (b->prefix_len == 4 && memcmp(w, "\xD8\xA7\xD9\x84", 4) == 0); /* ال */
    return bare && b->first > 0 && tok_in(d, b->first - 1, to);
}

/* "دعا إلى كسر الحصار وإدخال المساعدات": is Arabic hit b a noun joined by
 * و to an asked-for act before it, a الى or a ب-word between the demand a
 * and b (object_act has kept them in one clause)?  Session 24 (ev-extra24). */
static int joined_asked_for(const evg_doc *d, const evt_match *a, const evt_match *b)
{
    const char *w = d->fold + d->tokens.v[b->first].fs;
    if (b->e->pos != EVT_POS_NOUN || b->prefix_len < 2 || memcmp(w, "\xD9\x88", 2) != 0) return 0; /* و */
    for (int32_t q = a->end; q < b->first; q++) {
        const evg_token *t = &d->tokens.v[q];
        if (tok_in(d, q, to) || (t->fe - t->fs > 6 && memcmp(d->fold + t->fs, "\xD8\xA8", 2) == 0 && q == a->end))
            return 1;
    }
    return 0;
}

/* Is Arabic hit b a word of the asked-for act's kind: a noun or fixed
 * phrase, or a past-verb form right after الى, where only its masdar can
 * stand ("إلى سحب القوات"; session 24, ev-extra24)? */
static int asked_for_form(const evg_doc *d, const evt_match *b)
{
    if (b->e->pos == EVT_POS_NOUN || b->e->pos == EVT_POS_FIXED) return 1;
    return b->e->pos == EVT_POS_PAST && b->prefix_len == 0 && b->first > 0 && tok_in(d, b->first - 1, to);
}

/* Is hit a a demand or an appeal (CAMEO 02x or 10x)? */
static int demand_code(const evt_match *a)
{
    return strncmp(a->e->code, "02", 2) == 0 || strncmp(a->e->code, "10", 2) == 0;
}

/* "طالبت X بانسحاب القوات من ...", "دعت Y إلى طرد السفير": an Arabic noun
 * of an act that is the object of a demand or an appeal (02x, 10x) in the
 * same clause names what is asked for, not an act that took place; the
 * demand is the event.  A meeting noun (04x) is left to the planned-meeting
 * rules, and an act noun behind another word ("بوقف الهجمات": the attacks
 * did happen) keeps its event; one joined by و to an asked-for act is
 * asked for too.  Session 19 (falseevent); session 24 (ev-extra24). */
int evt_demanded_act(const sent *s, size_t hi)
{
    if (hi == 0) return 0;
    const evt_match *a = &s->h.v[hi - 1].mt, *b = &s->h.v[hi].mt;
    if (b->e->lang != EVG_LANG_AR || !asked_for_form(s->doc, b) || strncmp(b->e->code, "04", 2) == 0) return 0;
    if (hi >= 2 && !demand_code(a) && demand_code(&s->h.v[hi - 2].mt) && object_act(s, hi - 2, hi))
        return joined_asked_for(s->doc, &s->h.v[hi - 2].mt, b); /* "إلى كسر الحصار وإدخال": a hit between */
    if (!demand_code(a) || !object_act(s, hi - 1, hi)) return 0;
    return asked_for_slot(s->doc, b) || joined_asked_for(s->doc, a, b);
}

/* "يصل X غداً لبحث تمديد الهدنة", "ناقش الوزيران انسحاب القوات": an
 * Arabic act noun right after a verb or noun of discussing (بحث، ناقش،
 * مناقشة) is the topic talked about, not an act that took place or is
 * planned.  Session 19 (falseevent). */
int evt_discussed_topic(const sent *s, size_t hi)
{
    static const char *const discuss[] = {
        "\xD8\xA8\xD8\xAD\xD8\xAB", "\xD9\x84\xD8\xA8\xD8\xAD\xD8\xAB", "\xD9\x8A\xD8\xA8\xD8\xAD\xD8\xAB",
        "\xD8\xAA\xD8\xA8\xD8\xAD\xD8\xAB",                               /* بحث لبحث يبحث تبحث */
        "\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4", "\xD9\x8A\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4",   /* ناقش يناقش */
        "\xD9\x85\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4\xD8\xA9", "\xD9\x85\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4\xD9\x87",
        "\xD9\x84\xD9\x85\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4\xD8\xA9", "\xD9\x84\xD9\x85\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4\xD9\x87", /* (ل)مناقشة */
        NULL};
    const evt_match *b = &s->h.v[hi].mt;
    if (b->e->lang != EVG_LANG_AR || (b->e->pos != EVT_POS_NOUN && b->e->pos != EVT_POS_FIXED)) return 0;
    if (strncmp(b->e->code, "04", 2) == 0 || b->prefix_len != 0) return 0; /* "لبحث عقد قمة": a planned meeting */
    int32_t q = b->first - 1; /* "ناقش الوزيران أمس انسحاب": past a date or a name */
    while (q > s->first && b->first - q < STANCE_REACH && !evt_is_punct_boundary(s->doc, q) &&
           evt_in_timex_or_name(s->doc, q))
        q--;
    return q >= s->first && tok_in(s->doc, q, discuss);
}

/* Is assault noun b definite: "the", a demonstrative or a possessive
 * before it ("the attack", "Iran's attacks"), or ال after its proclitics
 * ("الهجوم", "بالهجوم")? */
static int definite_noun(const evg_doc *d, const evt_match *b)
{
    static const char *const det[] = {"the", "this", "that", "these", "those", "'s", "its", "their", NULL};
    if (b->e->lang == EVG_LANG_EN) {
        if (b->first <= 0) return 0;
        const evg_token *t = &d->tokens.v[b->first - 1];
        size_t n = (size_t)(t->fe - t->fs);
        return tok_in(d, b->first - 1, det) || (n > 2 && memcmp(d->fold + t->fe - 2, "'s", 2) == 0);
    }
    const char *w = d->fold + d->tokens.v[b->first].fs;
    return b->prefix_len >= 4 && memcmp(w + b->prefix_len - 4, "\xD8\xA7\xD9\x84", 4) == 0; /* ال */
}

/* "Greece condemned the attack", "كما دانت X و Y الهجوم": a definite
 * assault noun (CAMEO 18-20) that is the object of a position, after an
 * assault was told in an earlier body sentence, names that assault again;
 * it is no new event (it took the speakers as its agents, or made a second
 * attack of an agent the position only blames).  Session 20 (fresh-extra). */
int evt_restated_assault(const sent *s, size_t hi)
{
    const evt_match *b = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    int noun = b->e->pos == EVT_POS_NOUN || b->e->pos == EVT_POS_FIXED || b->e->pos == EVT_POS_VERB; /* "the attacks" */
    if (!noun || !evt_stance_object(s, hi) || !definite_noun(d, b))
        return 0;
    if (strncmp(b->e->code, "18", 2) != 0 && strncmp(b->e->code, "19", 2) != 0 && strncmp(b->e->code, "20", 2) != 0)
        return 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *o = &d->events.v[i];
        int assault = !strncmp(o->code, "18", 2) || !strncmp(o->code, "19", 2) || !strncmp(o->code, "20", 2);
        if (assault && o->sent < s->idx && d->sections.v[o->section].kind == EVG_SEC_BODY) return 1;
    }
    return 0;
}

/* How far before an assault noun its naming verb may stand (tokens). */
#define NAMING_REACH 12

/* The "a"/"an" opening the noun phrase of b, at most three words
 * (adjectives, quote marks) before the noun; -1 if none. */
static int indefinite_before(const evg_doc *d, const evt_match *b)
{
    static const char *const art[] = {"a", "an", NULL};
    for (int32_t q = b->first - 1; q >= 0 && q >= b->first - 4; q--)
        if (tok_in(d, q, art)) return (int)q;
    return -1;
}

/* "X called the verdict an attack on Y", "described the raids as an
 * assault on Y", "branded the ban a grave attack": an English indefinite
 * assault noun (CAMEO 18-20) that is the complement of a verb of naming
 * (call, describe ... as, brand, term, label, dub) is what the speaker
 * says of something else: a criticism (111) by the speaker, not an attack.
 * Session 21 (fresh3-extra). */
int evt_named_as_assault(const sent *s, size_t hi)
{
    static const char *const naming[] = {"call", "calls", "called", "calling", "brand", "brands", "branded",
                                         "branding", "term", "terms", "termed", "label", "labels", "labelled",
                                         "labeled", "dubbed", "described", "describes", "describe", "describing",
                                         "denounced", "condemned", "decried", "characterised", "characterized", NULL};
    static const char *const need_as[] = {"described", "describes", "describe", "describing", "denounced",
                                          "condemned", "decried", "characterised", "characterized", NULL};
    /* words that end the named object or make the verb another one ("called for", "called off") */
    static const char *const not_object[] = {"after", "before", "since", "following", "when", "while", "amid",
                                             "because", "that", "for", "on", "off", "up", "to", "over", NULL};
    const evt_match *b = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (b->e->lang != EVG_LANG_EN || (b->e->pos != EVT_POS_NOUN && b->e->pos != EVT_POS_VERB)) return 0;
    if (strncmp(b->e->code, "18", 2) != 0 && strncmp(b->e->code, "19", 2) != 0 && strncmp(b->e->code, "20", 2) != 0)
        return 0;
    int32_t a = indefinite_before(d, b);
    if (a < 0) return 0;
    int as = tok_is(d, a - 1, "as") || (tok_is(d, a - 2, "as") && d->tokens.v[a - 1].kind == EVG_TOK_PUNCT);
    for (int32_t q = a - 1; q >= s->first && q >= a - NAMING_REACH; q--) {
        if (evt_is_punct_boundary(d, q) || tok_in(d, q, not_object)) return 0; /* "called for calm after an attack" */
        if (tok_in(d, q, naming)) return (!tok_in(d, q, need_as) || as) && !tok_in(d, q + 1, not_object);
    }
    return 0;
}

/* "رفض X لقاء Y", "X refused talks with Y": a rejection whose object is an
 * act; the act is told negated (cues.tsv), and the rejection is a 120 event
 * of its own (core/events.c no longer drops it: annotators code it). */
int evt_stance_refusal(const sent *s, size_t hi)
{
    return strncmp(s->h.v[hi].mt.e->code, "12", 2) == 0 && hi + 1 < s->h.n && object_act(s, hi, hi + 1);
}

void evt_scratch_actors(const run *r, const sent *s, size_t k, evg_event *tmp)
{
    memset(tmp, 0, sizeof *tmp);
    tmp->location = -1;
    snprintf(tmp->code, sizeof tmp->code, "%s", s->h.v[k].mt.e->code);
    evt_assign_actors(r, s, k, tmp);
}

static int32_t source_of(const evg_event *ev)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) return ev->actors[i].entity;
    return -1;
}

/* "The EU also criticised the attacks": an act named without actors is the
 * latest event of its root in the last four sentences of the section that was
 * not denied; its source (or -1).  An assault (roots 18-20), the act an
 * article is about, is looked for in the whole section: the reactions to it
 * close the story, many sentences after it (Session 20, fresh-extra). */
static int32_t earlier_agent(const evg_doc *d, const sent *s, const char *code, int32_t self)
{
    int assault = !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || (!assault && o->sent + 4 < s->idx)) break;
        if (o->sent == s->idx || strncmp(o->code, code, 2) != 0) continue;
        if (o->modality == EVG_MODAL_NEGATED) continue; /* an act denied ("نفى أن يكون أمر بهجوم") is not the one condemned */
        int32_t src = source_of(o);
        return src != self ? src : -1;
    }
    return -1;
}

/* Acts done together (consult, meet, cooperate, agree, sign: roots 03-06)
 * have every actor as an agent; a one-sided act (aid, attack, expulsion)
 * has its target on the receiving end. */
static int shared_act(const char *code)
{
    return code[0] == '0' && code[1] >= '3' && code[1] <= '6';
}

/* Is entity e one of the speakers the statement st names beside its source
 * ("دانت X و Y و Z الهجوم", "X and Y condemned the attack": Y and Z are its
 * participants)?  They are no agents of the act spoken about either.
 * Session 20 (fresh-extra). */
static int co_speaker(const evg_event *st, int32_t e)
{
    for (int i = 0; i < st->nactors; i++)
        if (st->actors[i].role == EVG_ROLE_PARTICIPANT && st->actors[i].entity == e) return 1;
    return 0;
}

/* A statement without a target takes the agents of the act it is about:
 * "شكر X Y على الأسلحة التي أرسلها Y لمساعدة روسيا" thanks Y, not Russia,
 * the one the weapons went to. */
void evt_stance_targets(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (evt_role_taken(ev, EVG_ROLE_TARGET) || hi + 1 >= s->h.n || !object_act(s, hi, hi + 1)) return;
    evg_event act;
    evt_scratch_actors(r, s, hi + 1, &act);
    int32_t self = source_of(ev);
    int added = 0, joint = shared_act(act.code), agent = source_of(&act);
    if (agent == self) agent = -1; /* the speaker put there by the statement's clause */
    for (int i = 0; i < act.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[act.actors[i].entity];
        if (act.actors[i].entity == self || co_speaker(ev, act.actors[i].entity) ||
            (e->type && strcmp(e->type, "LOC") == 0))
            continue;
        if (!joint && agent >= 0 && act.actors[i].role == EVG_ROLE_TARGET) continue;
        evt_add_actor(ev, act.actors[i].entity, EVG_ROLE_TARGET);
        added++;
    }
    if (!added) evt_add_actor(ev, earlier_agent(r->doc, s, s->h.v[hi + 1].mt.e->code, self), EVG_ROLE_TARGET);
}

/* The act a statement speaks about was not done by its speaker: drops the
 * speaker from the act's source when nothing but the statement put it there.
 * A meeting the statement was made in ("شكر X في اتصال هاتفي مع Y") is the
 * speaker's own: he keeps it. */
void evt_stance_drop_speaker(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (hi == 0 || !object_act(s, hi - 1, hi) || occasion_of_statement(s->doc, s, &s->h.v[hi].mt)) return;
    const char *code = s->h.v[hi - 1].mt.e->code;
    if (strncmp(code, "12", 2) == 0 || strncmp(code, "13", 2) == 0)
        return; /* X refused or threatened an act of its own */
    evg_event st;
    evt_scratch_actors(r, s, hi - 1, &st);
    int32_t speaker = source_of(&st);
    int w = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (!(ev->actors[i].role == EVG_ROLE_SOURCE && ev->actors[i].entity == speaker) &&
            !co_speaker(&st, ev->actors[i].entity))
            ev->actors[w++] = ev->actors[i];
    ev->nactors = w;
}

/* Is entry e a form of the mutual "agree" (agreed, agrees; اتفق, يتفقان)?
 * وافق (one party's consent) is not. */
static int agree_form(const evt_entry *e)
{
    if (e->lang == EVG_LANG_EN) return strncmp(e->key, "agree", 5) == 0;
    return strstr(e->key, "\xD8\xAA\xD9\x81\xD9\x82") != NULL; /* تفق */
}

/* How far after "agreed" the act agreed on may start (tokens): the subject
 * and a date may stand between in Arabic ("اتفق X وY يوم الاثنين على مواصلة"). */
#define AGREED_REACH 12

/* "agreed to cool the situation", "اتفق X وY على إقامة منطقة منزوعة السلاح":
 * an agreement of the plain rows of the agree verbs (no required word but
 * Arabic على) is an agreement reached (057), as sets 9-12 code it, unless
 * what was agreed is a meeting (the next hit, a 04 act in the same clause
 * close after the verb: "agreed to hold talks", "اتفق X وY على مواصلة
 * المشاورات"), which keeps the intent (030, made 036 by core/events.c).  An
 * act agreed on ("agreed to send troops") is still told on its own.  The
 * entry stays 030 in data/triggers.tsv so the actors are found as for an
 * intent: the 057 entry would take a subject pair and the act's object as
 * the two sides, and the act told after it would be taken for the same
 * event.  Returns 1 when it rewrote the code. */
/* Does "that" (English) or "على أن" with no imperfect verb after it
 * (Arabic) follow the agree verb of a within its clause: a view shared
 * ("agreed that the tension stems from ...", "اتفق الطرفان على أن سبب
 * التوتر ..."), not an act agreed on ("agreed to", "اتفقا على أن يعقدا")? */
static int agreed_view(const sent *s, const evt_match *a)
{
    const evg_doc *d = s->doc;
    for (int32_t q = a->end; q < s->end && q - a->end <= AGREED_REACH; q++) {
        if (evt_is_punct_boundary(d, q) && !evt_in_timex_or_name(d, q)) return 0;
        if (evg_tok_is(d, (size_t)q, "that")) return 1;
        if (q == 0 || !evg_tok_is(d, (size_t)q - 1, "\xD8\xB9\xD9\x84\xD9\x8A") ||
            !evg_tok_is(d, (size_t)q, "\xD8\xA7\xD9\x86"))
            continue; /* علي ان (على أن folded) */
        const evg_token *t = (size_t)q + 1 < d->tokens.n ? &d->tokens.v[q + 1] : NULL;
        const unsigned char *w = t ? (const unsigned char *)d->fold + t->fs : NULL;
        if (w && t->fe - t->fs >= 6 && w[0] == 0xD8 && w[1] == 0xB3) w += 2; /* the future's س */
        return !(w && t->fe - t->fs >= 4 && ((w[0] == 0xD9 && (w[1] == 0x8A || w[1] == 0x86)) || /* ي ن */
                                             (w[0] == 0xD8 && w[1] == 0xAA)));                    /* ت */
    }
    return 0;
}

int evt_agreed_act(const evg_ctx *ctx, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *a = &s->h.v[hi].mt;
    if (strcmp(ev->code, "030") != 0 || !agree_form(a->e) || a->e->nreq > 1) return 0;
    if (agreed_view(s, a)) return 0; /* a shared view: no agreement reached */
    if (hi + 1 < s->h.n) {
        const evt_match *b = &s->h.v[hi + 1].mt;
        int close = b->first >= a->end && b->first - a->end <= AGREED_REACH;
        for (int32_t q = a->end; close && q < b->first; q++)
            if (evt_is_punct_boundary(s->doc, q) && !evt_in_timex_or_name(s->doc, q)) close = 0;
        if (close && strncmp(b->e->code, "04", 2) == 0) return 0; /* a meeting agreed on */
    }
    const evt_cameo *c = evt_cameo_find(ctx, "057");
    snprintf(ev->code, sizeof ev->code, "057");
    memcpy(ev->root, "05", 3);
    if (c) ev->label = c->label;
    return 1;
}

/* Is entry e a form of deploying or sending (deploy, sent; نشر، أرسل), or any
 * row whose object is armed forces (the class @forces: "dispatched a
 * battalion", "stationed two brigades", "حشدت قواتها")? */
static int deploy_form(const evt_entry *e)
{
    for (int q = 0; q < e->nreq; q++)
        if (strcmp(e->req[q], "troops") == 0 || strcmp(e->req[q], "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA") == 0) /* قوات */
            return 1;
    if (e->lang == EVG_LANG_EN)
        return strncmp(e->key, "deploy", 6) == 0 || strncmp(e->key, "send", 4) == 0 || strcmp(e->key, "sent") == 0;
    return strstr(e->key, "\xD9\x86\xD8\xB4\xD8\xB1") != NULL || /* نشر */
           strstr(e->key, "\xD8\xB1\xD8\xB3\xD9\x84") != NULL;   /* رسل */
}

/* The country an entity stands for or belongs to ("" when none): a country's
 * id is lower case ("rus"), the country column of its bodies and places upper
 * case ("RUS"), so callers compare without case. */
static const char *country_of(const evg_entity *x)
{
    if (x->type && strcmp(x->type, "GPE") == 0 && x->id && strlen(x->id) == 3) return x->id;
    return x->country ? x->country : "";
}

/* Is token q a word of helping or supporting (مساعدة، دعم، مساندة، نصرة
 * with their proclitics; help, support, assist, aid, bolster, reinforce)? */
static int help_word(const evg_doc *d, int32_t q, int en_side)
{
    static const char *const ar[] = {"\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87", /* مساعدة */
                                     "\xD8\xAF\xD8\xB9\xD9\x85",                             /* دعم */
                                     "\xD9\x85\xD8\xB3\xD8\xA7\xD9\x86\xD8\xAF\xD9\x87", /* مساندة */
                                     "\xD9\x86\xD8\xB5\xD8\xB1\xD9\x87", NULL};            /* نصرة */
    static const char *const en[] = {"help", "support", "assist", "aid", "bolster", "reinforce", NULL};
    if (en_side) return tok_in(d, q, en);
    for (int k = 0; ar[k]; k++)
        if (evt_tok_is_stem(d, q, ar[k])) return 1;
    return 0;
}

/* "أرسلت أسلحة لمساعدة غزو روسيا لأوكرانيا", "sent shells to support
 * Russia's invasion": an act noun right after a word of helping (past the
 * name of its actor and "'s"; in English that name is required) is the effort being helped, a war already
 * going on, not an act told in this sentence.  Session 24 (final review). */
int evt_supported_effort(const sent *s, size_t hi)
{
    const evt_match *b = &s->h.v[hi].mt;
    if (b->e->pos != EVT_POS_NOUN || b->prefix_len != 0) return 0;
    int32_t q = b->first - 1;
    while (q > s->first && b->first - q < 4 && (tok_is(s->doc, q, "'s") || evt_in_timex_or_name(s->doc, q))) q--;
    int en = b->e->lang == EVG_LANG_EN; /* English "aid" before a noun is a modifier ("aid convoy"): a name between */
    return q >= s->first && (!en || q < b->first - 1) && help_word(s->doc, q, en);
}

/* "أرسلت قوات لمساعدة روسيا", "لدعم جيش البلد", "sent troops to help
 * Ukraine", "in support of Kyiv": the state a deployment is sent to help
 * receives it even when no إلى or "to" names it; the helped state may stand
 * behind the noun of its effort ("لمساعدة غزو روسيا", "to support Russia's
 * war").  Returns its entity, or -1. */
static int32_t helped_state(const evg_doc *d, const sent *s, size_t hi, const char *own)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int en_side = mt->e->lang == EVG_LANG_EN;
    for (int32_t q = mt->end; q < s->end && q < mt->end + 12 && !evt_is_punct_boundary(d, q); q++) {
        if (!help_word(d, q, en_side)) continue;
        for (size_t i = 0; i < s->c.n; i++) { /* the state within three words of the help */
            const cand *c = &s->c.v[i];
            const char *cc = c->e ? country_of(c->e) : "";
            if (c->first > q && c->first <= q + 3 && cc[0] && strcasecmp(cc, own) != 0) return c->ent;
        }
    }
    return -1;
}

/* "ونشرت البحرية زوارق قرب الميناء", "would deploy about
 * 6,000 troops to secure the airport", "sent an armed column": forces
 * deployed or sent with no other state receiving them, and not to a place of
 * another state, show force (150), as sets 5, 11 and 12 code it; troops sent
 * to another state ("North Korea sent troops to Russia", "missiles deployed
 * in Belarus", troops sent to help another state) stay military aid (072).
 * Returns 1 when it recoded. */
int evt_own_deployment(const evg_ctx *ctx, const evg_doc *d, const sent *s, size_t hi, evg_event *ev)
{
    if (strcmp(ev->code, "072") != 0 || !deploy_form(s->h.v[hi].mt.e)) return 0;
    const char *own = "";
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) own = country_of(&d->entities.v[ev->actors[i].entity]);
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *x = &d->entities.v[ev->actors[i].entity];
        const char *c = country_of(x);
        if (ev->actors[i].role != EVG_ROLE_SOURCE && c[0] && strcasecmp(c, own) != 0)
            return 0; /* another state, or its army, receives them */
    }
    if (ev->location >= 0) { /* "deployed missiles in Belarus", "12 ألف جندي في كورسك" */
        const char *c = country_of(&d->entities.v[ev->location]);
        if (c[0] && strcasecmp(c, own) != 0) return 0;
    }
    int32_t helped = helped_state(d, s, hi, own);
    if (helped >= 0) { /* sent to help another state: aid to it */
        evt_add_actor(ev, helped, EVG_ROLE_TARGET);
        return 0;
    }
    const evt_cameo *c = evt_cameo_find(ctx, "150");
    snprintf(ev->code, sizeof ev->code, "150");
    memcpy(ev->root, "15", 3);
    if (c) ev->label = c->label;
    return 1;
}

/* Is the list of candidates [a, b] the subject of the trigger mt itself:
 * right after an Arabic verb ("دانت X وY", "دانت كل من X وY") or right before
 * an English one ("X and Y strongly condemned"), no punctuation between?
 * Not a list of examples ("embassies, including those of X and Y") nor the
 * subject of a verb before it ("قطعت X وY علاقاتها ... واتهمتها"). */
static int own_subject(const evg_doc *d, const evt_match *mt, const cand *a, const cand *b)
{
    static const char *const examples[] = {"including", "among", "such", "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD8\xA7", /* بينها */
                                           "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7", "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x85", /* منها بينهم */
                                           "\xD9\x85\xD9\x86\xD9\x87\xD9\x85", NULL};                                  /* منهم */
    int32_t lo, hi;
    if (mt->e->lang == EVG_LANG_AR) lo = mt->end, hi = a->first;
    else lo = b->end, hi = mt->first;
    if (hi < lo || hi - lo > (mt->e->lang == EVG_LANG_AR ? 2 : 3)) return 0;
    for (int32_t q = lo; q < hi; q++)
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return 0;
    for (int32_t q = a->first - 3; q < a->first; q++)
        if (q >= 0 && tok_in(d, q, examples)) return 0;
    return 1;
}

/* Does the trigger (or the word before it) say the acts were exchanged:
 * "traded accusations", "تتبادلان الاتهامات"?  Each side then accuses the
 * other, which one copy per speaker would not say. */
static int mutual_act(const evg_doc *d, const evt_match *mt)
{
    static const char *const en[] = {"exchanged", "exchange", "exchanging", "traded", "trade", "trading", NULL};
    static const char tbadl[] = "\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xAF\xD9\x84"; /* تبادل */
    for (int32_t k = mt->first > 0 ? mt->first - 1 : 0; k < mt->end; k++) {
        const evg_token *t = &d->tokens.v[k];
        if (tok_in(d, k, en)) return 1;
        for (int32_t q = t->fs; q + (int32_t)sizeof tbadl - 1 <= t->fe; q++)
            if (!memcmp(d->fold + q, tbadl, sizeof tbadl - 1)) return 1;
    }
    return 0;
}

/* Do only list separators stand between candidates a and b of the
 * sentence: a و on b's word, or up to three tokens of ",", "،", "and",
 * "و" and "the", one of them a separator ("X, Y and Z", "X وY", "X, and
 * the Y")? */
static int list_neighbours(const evg_doc *d, const cand *a, const cand *b)
{
    if (b->prep == PREP_AND && b->first == a->end) return 1; /* "والكويت" */
    if (b->first <= a->end || b->first - a->end > 3) return 0;
    int sep = 0;
    for (int32_t q = a->end; q < b->first; q++) {
        int s = tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C") || evt_prep_word(d, q) == PREP_AND;
        if (!s && !tok_is(d, q, "the")) return 0;
        sep |= s;
    }
    return sep;
}

/* Is entity ent the source or a participant of ev? */
static int co_subject(const evg_event *ev, int32_t ent)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].entity == ent && ev->actors[i].role != EVG_ROLE_TARGET) return 1;
    return 0;
}

/* The names of the subject list of ev in the sentence: the first run of
 * candidates that are its source or participants, joined only by list
 * separators.  Fills run[] (entities) and returns their number; 0 when the
 * run does not hold the source. */
static int subject_list(const evg_doc *d, const sent *s, const evt_match *mt, const evg_event *ev, int32_t src,
                        int32_t *run)
{
    size_t k = 0;
    while (k < s->c.n && (s->c.v[k].attrib || !co_subject(ev, s->c.v[k].ent))) k++;
    int n = 0, has_src = 0;
    size_t j = k;
    for (; j < s->c.n && n < EVG_MAX_ACTORS; j++) {
        const cand *c = &s->c.v[j];
        if (c->attrib || !co_subject(ev, c->ent) || (j > k && !list_neighbours(d, &s->c.v[j - 1], c))) break;
        int seen = 0;
        for (int i = 0; i < n; i++) seen |= run[i] == c->ent;
        if (!seen) run[n++] = c->ent;
        has_src |= c->ent == src;
    }
    return has_src && j > k && own_subject(d, mt, &s->c.v[k], &s->c.v[j - 1]) ? n : 0;
}

/* "Jordan and Egypt condemned the bombing", "دانت السعودية والكويت الهجوم":
 * a disapproval (11x) told by a verb whose subject is a list of names is one
 * event per name, each with the event's targets, as the held-out rules give
 * one row per condemning state.  A joint statement ("joint", "together",
 * "مشترك": evt_joint_cue) stays one event with all of them.  ev is the event
 * just pushed; the others are pushed after it with its wish for a date. */
void evt_separate_condemners(run *r, const sent *s, size_t hi, int want)
{
    evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[d->events.n - 1];
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(ev->code, "11", 2) != 0 || mt->e->pos == EVT_POS_NOUN || evt_joint_cue(d, s) || mutual_act(d, mt))
        return;
    int32_t src = -1, list[EVG_MAX_ACTORS];
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    int n = src >= 0 ? subject_list(d, s, mt, ev, src, list) : 0;
    if (n < 2) return;
    evg_event base = *ev; /* one speaker each, then the targets */
    base.quantities.v = NULL;
    base.quantities.n = base.quantities.cap = 0;
    int kept = 0;
    for (int i = 0; i < ev->nactors; i++) {
        int in_list = 0;
        for (int j = 0; j < n; j++) in_list |= ev->actors[i].entity == list[j] && list[j] != src;
        if (!in_list) ev->actors[kept++] = ev->actors[i];
    }
    ev->nactors = kept;
    for (int j = 0; j < n; j++) {
        if (list[j] == src) continue;
        evg_event one = base;
        one.nactors = 0;
        evt_add_actor(&one, list[j], EVG_ROLE_SOURCE);
        for (int i = 0; i < base.nactors; i++)
            if (base.actors[i].role == EVG_ROLE_TARGET) evt_add_actor(&one, base.actors[i].entity, EVG_ROLE_TARGET);
        evg_vec_push(&d->events, one);
        evg_vec_push(&r->want_coref, want);
    }
}

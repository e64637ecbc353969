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
 * Works on the sentence working set of events_args.c (struct sent): an act
 * is the next trigger hit of the clause; its actors are found with
 * evt_assign_actors on a scratch event.  Exports evt_position_code,
 * evt_stance_targets, evt_stance_drop_speaker, evt_stance_object and
 * evt_stance_refusal (events_int.h).
 */
#include "events_int.h"

/* How far after a statement verb its object act may start (tokens). */
#define STANCE_REACH 8

int evt_position_code(const char *code)
{
    static const char *const roots[] = {"02", "05", "10", "11", "12", "13", NULL};
    for (int k = 0; roots[k]; k++)
        if (strncmp(code, roots[k], 2) == 0) return 1;
    return 0;
}

/* Is hit k the object act of statement hit st: close after it, in the same
 * clause, and not itself a statement? */
/* Is token q part of a time expression or of a named actor? */
static int in_timex_or_name(const evg_doc *d, int32_t q)
{
    for (size_t i = 0; i < d->timexes.n; i++)
        if (d->timexes.v[i].tok_first <= q && q < d->timexes.v[i].tok_end) return 1;
    for (size_t i = 0; i < d->mentions.n; i++)
        if (d->mentions.v[i].tok_first <= q && q < d->mentions.v[i].tok_end) return 1;
    return 0;
}

/* Commas count as a clause boundary unless they only set off a date after
 * the subject ("أدان الأردن، الثلاثاء، هجمات ..."). */
static int object_act(const sent *s, size_t st, size_t k)
{
    const evt_match *a = &s->h.v[st].mt, *b = &s->h.v[k].mt;
    if (!evt_position_code(a->e->code) || b->e->cls == EVT_CL_SPEECH) return 0;
    if (b->e->lang == EVG_LANG_AR && (b->e->pos == EVT_POS_PAST || b->e->pos == EVT_POS_PRES) &&
        b->prefix_len == 2 && memcmp(s->doc->fold + s->doc->tokens.v[b->first].fs, "\xD9\x88", 2) == 0)
        return 0; /* "يرفض X ويدعو إلى": a verb joined by و opens a clause of its own */
    if (b->first < a->end || b->first - a->end > STANCE_REACH) return 0;
    int punct = 0, other = 0;
    for (int32_t q = a->end; q < b->first; q++) {
        if (evt_is_punct_boundary(s->doc, q)) punct = 1;
        else if (!in_timex_or_name(s->doc, q)) other = 1;
    }
    return !punct || !other;
}

int evt_stance_object(const sent *s, size_t hi)
{
    return hi > 0 && object_act(s, hi - 1, hi);
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
 * latest event of its root in the last four sentences of the section; its
 * source (or -1). */
static int32_t earlier_agent(const evg_doc *d, const sent *s, const char *code, int32_t self)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent + 4 < s->idx) break;
        if (o->sent == s->idx || strncmp(o->code, code, 2) != 0) continue;
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
        if (act.actors[i].entity == self || (e->type && strcmp(e->type, "LOC") == 0)) continue;
        if (!joint && agent >= 0 && act.actors[i].role == EVG_ROLE_TARGET) continue;
        evt_add_actor(ev, act.actors[i].entity, EVG_ROLE_TARGET);
        added++;
    }
    if (!added) evt_add_actor(ev, earlier_agent(r->doc, s, s->h.v[hi + 1].mt.e->code, self), EVG_ROLE_TARGET);
}

/* The act a statement speaks about was not done by its speaker: drops the
 * speaker from the act's source when nothing but the statement put it there. */
void evt_stance_drop_speaker(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (hi == 0 || !object_act(s, hi - 1, hi)) return;
    const char *code = s->h.v[hi - 1].mt.e->code;
    if (strncmp(code, "12", 2) == 0 || strncmp(code, "13", 2) == 0)
        return; /* X refused or threatened an act of its own */
    evg_event st;
    evt_scratch_actors(r, s, hi - 1, &st);
    int32_t speaker = source_of(&st);
    int w = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (!(ev->actors[i].role == EVG_ROLE_SOURCE && ev->actors[i].entity == speaker))
            ev->actors[w++] = ev->actors[i];
    ev->nactors = w;
}

/*
 * events_stance.c - the other side of statements that take a position
 * (CAMEO 02x appeal, 05x praise, 10x demand, 11x disapprove, 12x reject,
 * 13x threaten) when their object is itself an act: "Turkey condemned the
 * Israeli strike on Damascus", "رحب X باتفاق السلام الذي وقعته Y و Z",
 * "أعربت X عن إدانتها للهجوم الإسرائيلي".  The agents of that act are the
 * statement's targets, and the speaker of the statement is not the agent
 * of the act it speaks about.
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
static int object_act(const sent *s, size_t st, size_t k)
{
    const evt_match *a = &s->h.v[st].mt, *b = &s->h.v[k].mt;
    if (!evt_position_code(a->e->code) || b->e->cls == EVT_CL_SPEECH) return 0;
    if (b->first < a->end || b->first - a->end > STANCE_REACH) return 0;
    for (int32_t q = a->end; q < b->first; q++)
        if (evt_is_punct_boundary(s->doc, q)) return 0;
    return 1;
}

int evt_stance_object(const sent *s, size_t hi)
{
    return hi > 0 && object_act(s, hi - 1, hi);
}

/* "رفض X لقاء Y", "X refused talks with Y": a rejection whose object is an
 * act negates that act (cues.tsv) and is not an event of its own. */
int evt_stance_refusal(const sent *s, size_t hi)
{
    return strncmp(s->h.v[hi].mt.e->code, "12", 2) == 0 && hi + 1 < s->h.n && object_act(s, hi, hi + 1);
}

static void scratch_actors(const run *r, const sent *s, size_t k, evg_event *tmp)
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

/* A statement without a target takes the agents of the act it is about. */
void evt_stance_targets(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (evt_role_taken(ev, EVG_ROLE_TARGET) || hi + 1 >= s->h.n || !object_act(s, hi, hi + 1)) return;
    evg_event act;
    scratch_actors(r, s, hi + 1, &act);
    int32_t self = source_of(ev);
    for (int i = 0; i < act.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[act.actors[i].entity];
        if (act.actors[i].entity == self || (e->type && strcmp(e->type, "LOC") == 0)) continue;
        evt_add_actor(ev, act.actors[i].entity, EVG_ROLE_TARGET);
    }
}

/* The act a statement speaks about was not done by its speaker: drops the
 * speaker from the act's source when nothing but the statement put it there. */
void evt_stance_drop_speaker(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (hi == 0 || !object_act(s, hi - 1, hi)) return;
    const char *code = s->h.v[hi - 1].mt.e->code;
    if (strncmp(code, "12", 2) == 0 || strncmp(code, "13", 2) == 0) return; /* X refused / threatened its own act */
    evg_event st;
    scratch_actors(r, s, hi - 1, &st);
    int32_t speaker = source_of(&st);
    int w = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (!(ev->actors[i].role == EVG_ROLE_SOURCE && ev->actors[i].entity == speaker))
            ev->actors[w++] = ev->actors[i];
    ev->nactors = w;
}

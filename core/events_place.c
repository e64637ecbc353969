/*
 * events_place.c - the place of an event and the actors after its trigger,
 * by the preposition that introduces them: في/ب/in before a place, مع/with
 * a counterpart (an opponent for fighting rows that require it), إلى/ل/to a
 * destination or recipient, من/from an origin, بين/between a pair; a light
 * verb's partners and destination ("عقد X و Y قمة", "نقل إلى"); and a place
 * phrase next to the event's own date.
 *
 * Reads the candidates (events_sentence.c) and the source events_args.c
 * chose; sets ev->location and adds targets and participants.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>


/* "..., في وونسان يوم السبت", "..., in Geneva on Monday": a place phrase
 * right next to the event's own date, after the trigger, is where it
 * happened, even past a comma that ends the actors' clause.  Returns the
 * place entity or -1. */
int32_t evt_dated_place(const sent *s, const evg_event *ev)
{
    if (ev->timex < 0 || ev->date_source != EVG_DATE_TIMEX) return -1;
    const evg_timex *tx = &s->doc->timexes.v[ev->timex];
    if (tx->tok_first < ev->trig_end) return -1;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int type_ok = c->e->type && (!strcmp(c->e->type, "LOC") || !strcmp(c->e->type, "GPE"));
        if (!type_ok || c->prep != PREP_IN || c->attrib || c->first < ev->trig_end ||
            evt_has_actor(ev, c->ent))
            continue;
        if ((c->end <= tx->tok_first && tx->tok_first - c->end <= 1) ||
            (c->first >= tx->tok_end && c->first - tx->tok_end <= 1))
            return c->ent;
    }
    return -1;
}

int evt_is_place(const cand *c)
{
    return evt_cand_type_is(c, "LOC") || evt_cand_type_is(c, "GPE");
}

/* A country after a source and a target that already stand for it ("بوتين
 * وكيم ناقشا التعاون بين البلدين"): not a third side. */
static int country_of_actors(const evg_doc *d, const evg_event *ev, const cand *c)
{
    if (!evt_cand_type_is(c, "GPE") || !evt_role_taken(ev, EVG_ROLE_SOURCE) ||
        !evt_role_taken(ev, EVG_ROLE_TARGET) || !c->e->country || !c->e->country[0])
        return 0;
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *a = &d->entities.v[ev->actors[i].entity];
        if (a->country && strcmp(a->country, c->e->country) == 0) return 1;
    }
    return 0;
}

/* Roots of statements that take a position towards someone: appeal (02),
 * praise (05), demand (10), disapprove (11), reject (12), threaten (13). */
static int position_root(int root)
{
    return root == 2 || root == 5 || root == 10 || root == 11 || root == 12 || root == 13;
}

/* One candidate after the trigger, by the preposition that introduces it. */
/* "clashed with X", "اشتباكات مع X": a fighting trigger whose table row
 * requires with/مع names its opponent there (other fighting verbs take
 * with as an ally: "fought with the army"). */
static int opponent_with(const evt_entry *e)
{
    for (int i = 0; i < e->nreq; i++)
        if (strcmp(e->req[i], "with") == 0 || strcmp(e->req[i], "\xD9\x85\xD8\xB9") == 0) /* مع */
            return 1;
    return 0;
}

/* The role a preposition gives candidate c of an event of class cls (place_after):
 * ب, بين, على, from and a place, read by the event's root. */
static int resolved_prep(const evg_event *ev, const cand *c, int prep, int cls)
{
    int root = (ev->code[0] - '0') * 10 + (ev->code[1] - '0');
    /* "ندد ب X", "أشاد ب X": the object of praise or blame */
    if (prep == PREP_BI && (root == 5 || root == 11 || root == 13) && !evt_cand_type_is(c, "LOC"))
        prep = PREP_TO;
    /* "المفاوضات بإسطنبول", "التقى به بموسكو": ب before a city is where a
     * meeting takes place; before a person or a country it names the other side */
    int city = evt_cand_type_is(c, "GPE") && c->e->id && strlen(c->e->id) != 3;
    if (prep == PREP_BI) prep = cls == EVT_CL_MEET && !city ? PREP_WITH : evt_is_place(c) ? PREP_IN : PREP_OTHER;
    if (prep == PREP_BETWEEN) prep = PREP_WITH;
    /* "rejected a statement by X", "رفض بيانا صادرا عن X": the author of
     * what a position statement is about is the statement's target; so is
     * the author of an accusation denied (016: "rejected the accusations made by X") */
    if ((prep == PREP_OTHER || prep == PREP_FROM) && (position_root(root) || strcmp(ev->code, "016") == 0) &&
        !evt_cand_type_is(c, "LOC"))
        prep = PREP_TO;
    /* "استدعت X سفيرها من Y", "recalled its envoy from Y", "انسحبت من المنظمة":
     * what relations are cut or reduced with (16) is named after from/من */
    if (prep == PREP_FROM && root == 16 && !evt_cand_type_is(c, "LOC")) prep = PREP_TO;
    /* "فرض عقوبات على X", "هجوم على X": the target of a conflict act */
    /* "اقترح X على Y", "عرض على Y": the addressee of a proposal or an offer */
    if (prep == PREP_ON)
        prep = root >= 17 || ((root >= 11 || root == 3) && !evt_cand_type_is(c, "LOC")) ? PREP_TO : PREP_OTHER;
    if (evt_cand_type_is(c, "LOC") && prep != PREP_TO && prep != PREP_ON) prep = PREP_IN;
    return prep;
}

static void place_after(evg_event *ev, const cand *c, const evt_match *mt)
{
    int prep = c->prep, cls = mt->e->cls;
    /* a speech verb's addressee is introduced (قال ل X, told X), never its topic */
    if (cls == EVT_CL_SPEECH && strncmp(mt->e->code, "01", 2) == 0 &&
        (prep == PREP_NONE || prep == PREP_AND) && c->first != mt->end)
        return; /* warnings (130) take their object like any verb */
    prep = resolved_prep(ev, c, prep, cls);
    switch (prep) {
    case PREP_WITH:
        if (ev->code[0] == '1' && ev->code[1] >= '8' && !opponent_with(mt->e)) break; /* fought alongside: an ally */
        if (!evt_role_taken(ev, EVG_ROLE_TARGET) || cls == EVT_CL_MEET)
            evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        break;
    case PREP_TO:
        if (evt_role_taken(ev, EVG_ROLE_TARGET)) break;
        evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        if ((cls == EVT_CL_VISIT || cls == EVT_CL_ARRIVE) && evt_is_place(c) && ev->location < 0)
            ev->location = c->ent;
        break;
    case PREP_IN:
        if (evt_is_place(c) && ev->location < 0 && !evt_has_actor(ev, c->ent)) ev->location = c->ent;
        break;
    case PREP_NONE:
    case PREP_AND:
        if (!evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
        else if (cls == EVT_CL_MEET && !evt_is_place(c)) evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
        break;
    default:
        break;
    }
}

/* Between a light verb and its noun: "عقد X و Y قمة" (partners), "نقل إلى
 * مضيفه امتنان" (the recipient). */
void evt_place_light_span(const sent *s, int32_t lv, int32_t src, const evt_match *mt, evg_event *ev)
{
    for (size_t k = lv >= 0 ? evt_cand_lower_bound(s, lv + 1) : s->c.n; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= mt->first) break;
        if (c->attrib || (int32_t)k == src) continue;
        if ((c->prep == PREP_AND || c->prep == PREP_NONE) && !evt_cand_type_is(c, "LOC"))
            evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
        else
            place_after(ev, c, mt);
    }
}

/* "أدانت فرنسا وألمانيا وبريطانيا إيران": after a verb-initial subject, a
 * name joined to it by و is one more subject of a one-sided act (the
 * object follows the list); meetings and joint acts keep it as the other side. */
static int co_subject(const sent *s, const cand *prev, const cand *c, const evt_match *mt)
{
    if (evt_joint_act(mt) || c->prep != PREP_AND || evt_cand_type_is(c, "LOC") || c->first - prev->end > 1)
        return 0;
    return c->first == prev->end || evt_prep_word(s->doc, prev->end) == PREP_AND;
}

void evt_place_following(const sent *s, int32_t src, int32_t lv, const evt_match *mt,
                         int32_t hi_end, evg_event *ev)
{
    int en = mt->e->lang == EVG_LANG_EN;
    int32_t chain = src >= 0 && s->c.v[src].first >= mt->end ? src : -1;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end) break; /* candidates are in text order */
        if (c->attrib || (int32_t)k == src || c->first < mt->end) continue;
        if (!en && chain >= 0 && (int32_t)k == chain + 1 && co_subject(s, &s->c.v[chain], c, mt)) {
            evt_add_actor(ev, c->ent, EVG_ROLE_PARTICIPANT);
            chain = (int32_t)k;
            continue;
        }
        /* "امتنان موسكو": the genitive of a conveyed noun is its owner, not a target */
        if (lv >= 0 && !en && c->first == mt->end && c->prep == PREP_NONE &&
            evt_role_taken(ev, EVG_ROLE_SOURCE))
            continue;
        int bi_city = c->prep == PREP_BI && evt_cand_type_is(c, "GPE") && c->e->id && strlen(c->e->id) != 3;
        if (c->prep != PREP_IN && !bi_city && country_of_actors(s->doc, ev, c)) continue;
        if (mt->e->cls == EVT_CL_SPEECH && c->prep == PREP_NONE && c->first == mt->end + 1 &&
            tok_is(s->doc, mt->end, "the")) {
            if (!evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
            continue; /* "told the United States": the addressee */
        }
        if (mt->e->ntail > 0 && c->first == mt->end && evt_prep_word(s->doc, c->first - 1) == c->prep) {
            cand bare = *c; /* "called on X": the phrase's own preposition introduces its object */
            bare.prep = PREP_NONE;
            place_after(ev, &bare, mt);
            continue;
        }
        place_after(ev, c, mt);
    }
}

/*
 * entities_member.c - actors: a member of a body of several states with
 * his own country written after the body.
 *
 * Owns one step of evg_ent_title_at (entities_office.c), after the title
 * is qualified: "عضو البرلمان الأوروبي الفرنسي X", "عضوة المفوضية
 * الأوروبية الإيطالية X".  The member title (عضو، عضوة) is qualified by
 * the body after it (session 11); a demonym right after a body that is no
 * country's names the member's country when a name follows it.  The body
 * stays a mention of its own (as in "عضوة البرلمان الأوروبي X"), the
 * demonym qualifies the person (a person of that country, holding the
 * member's title), and the title covers body and demonym, so that an act
 * told of the title is the person's, not the body's.  Body and demonym
 * are named here; the qualifier is then marked as read (first -1), so
 * that the title's words are not read again as a body of the country.
 */
#include "entities_int.h"

/* Is the title of h the member's title (org_office "member") written in
 * Arabic, qualified by an organisation named in the text? */
static int member_of_body(const scan *st, const title_hit *h)
{
    return !strcmp(h->t->org_office, "member") && st->d->tokens.v[h->first].script == EVG_SCRIPT_ARAB &&
           h->q.entry >= 0 && h->q.is_org && h->q.first >= 0 && h->q.end == h->end;
}

/* Is the person found at m listed as holding an office of his own state
 * (role GOV: a head of state or government, a minister)?  He sits in no
 * body of several states: a member title before him is another person's
 * and he is that person's object ("انتقد عضو البرلمان الأوروبي الإسباني
 * رئيس حكومته"). */
static int holds_state_office(const scan *st, const span *m)
{
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    return e->role && !strcmp(e->role, "GOV") && e->type && !strcmp(e->type, "PER");
}

/* A member title h qualified by a body of no single state, followed by a
 * demonym and a person's name (not one listed in an office of his state):
 * the person is of the demonym's country, the title covers body and
 * demonym, and both are mentions of their own. */
void evg_ent_member_country(scan *st, title_hit *h)
{
    span m;
    qual q;
    if (!member_of_body(st, h) || (size_t)h->end >= st->d->tokens.n || !evg_ent_same_sent(st->d, h->first, h->end))
        return;
    if (!evg_ent_match_at(st, h->end, GAZ_DEMONYM, &m) || m.first != h->end || !evg_ent_make_qual(st, &m, &q) ||
        q.is_org || !st->g->ents.v[q.entry].country || !*st->g->ents.v[q.entry].country)
        return;
    if (st->g->ents.v[h->q.entry].country && *st->g->ents.v[h->q.entry].country)
        return; /* a body of one state: its nisba agrees with the body ("عضو البرلمان العراقي") */
    int32_t j = evg_ent_honor_skip(st, q.end), ue;
    if ((size_t)j >= st->d->tokens.n || !evg_ent_same_sent(st->d, h->first, j))
        return;
    if (evg_ent_person_after(st, j, &m)) {
        if (holds_state_office(st, &m)) return; /* "... الإسباني" + a listed prime minister: his object */
    } else if (!evg_ent_title_name(st, j, &ue)) {
        return; /* no name after the demonym: the title is read as before */
    }
    evg_ent_add_mention(st, evg_ent_entity_of(st, h->q.entry), h->q.first, h->q.end, h->q.os, h->q.oe, h->q.kind);
    evg_ent_add_mention(st, evg_ent_entity_of(st, q.entry), q.first, q.end, q.os, q.oe, q.kind);
    h->end = q.end;
    h->oe = q.oe;
    h->q = q;
    h->q.first = -1; /* both named already: the title's words hold no other body to read */
}

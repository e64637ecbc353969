/*
 * events_args.c - the arguments of a trigger inside its sentence: the
 * choice of source, target, participants and place from the candidates of
 * the sentence's working set (events_sentence.c).
 *
 * Arabic is read verb-subject-object (a subject right before the verb, as
 * after أن, also counts); nouns take their agent from the genitive after
 * them ("زيارة شويغو") or, for nouns of transfer, from the subject before
 * ("واصلت X تزويد Y"); مع/ب introduce the counterpart of a meeting, إلى/ل
 * the destination or recipient, في/ب the place, من the origin.  English is
 * read subject-verb-object.  A light verb carries a nominal event ("عقد
 * X محادثات مع Y", "held talks"); بين/between opens a pair; على/on marks the
 * target of a conflict act; ب the object of praise or blame (events_roles.c
 * has the word classes).  A country or demonym that only qualifies a
 * person next to it ("وزير الخارجية الروسي سيرجي لافروف") is not an actor,
 * nor is the source named by an attribution cue.  A subject pair ("X و Y
 * ناقشا", across appositions) of a joint act (meetings, talks, signings,
 * cooperation) gives its two sides, the first named the source; in other
 * acts the pair are source and partner.  A first person verb in a
 * quotation ("قال X: «سنناقش مع Y»") has the quoted speaker as subject.
 * Further: the author of what a position statement is about ("rejected a
 * statement by X", "بيانا صادرا عن X") is its target; a phrase's own
 * preposition ("called on X") introduces its object; an English passive
 * participle ("aid sent by X") has the agent after "by" as source; an
 * English subject may stand before a parenthetical phrase ("X, in a
 * statement ..., condemned"); "the leaders of X, Y and Z" and a subject
 * list "X, Y and Z" / "X و Y و Z" make every member an actor (commas only
 * before the final and, else an apposition); the aid noun a supply verb
 * sends ("أرسلت X قافلة مساعدات") is its object, not an event.
 *
 * This file owns the choice (evt_assign_actors) and the plain word order:
 * the subject next to the trigger, a subject pair or list, a light verb's
 * subject, fallbacks.  Its helpers by stage: events_sentence.c (the
 * working set and clause windows it reads), events_clause.c (passives,
 * relatives, coordinated and subordinate clauses), events_context.c
 * (subjects carried from before or read from the clause's shape),
 * events_place.c (the place and the actors after the trigger).  Exports
 * evt_assign_actors and the actor helpers declared in events_int.h.
 */
#include "events_int.h"

#include <ctype.h>


/* ---- actors ---- */

int evt_has_actor(const evg_event *ev, int32_t ent)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].entity == ent) return 1;
    return 0;
}

void evt_add_actor(evg_event *ev, int32_t ent, int role)
{
    if (ent < 0 || evt_has_actor(ev, ent) || ev->location == ent || ev->nactors >= EVG_MAX_ACTORS)
        return;
    if (role != EVG_ROLE_PARTICIPANT)
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].role == role) role = EVG_ROLE_PARTICIPANT;
    ev->actors[ev->nactors].entity = ent;
    ev->actors[ev->nactors].role = role;
    ev->nactors++;
}

int evt_role_taken(const evg_event *ev, int role)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == role) return 1;
    return 0;
}

/* Nearest usable candidate ending before the trigger, from token lo on. */
#define GAP_VERB_FAR 8
#define GAP_NOMINAL_FAR 14

static int prep_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (evt_prep_word(d, k) >= 0 && evt_prep_word(d, k) != PREP_AND) return 1;
    return 0;
}

/* First candidate starting at or after token lo (candidates are sorted). */
size_t evt_cand_lower_bound(const sent *s, int32_t lo)
{
    size_t a = 0, b = s->c.n;
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (s->c.v[m].first < lo) a = m + 1;
        else b = m;
    }
    return a;
}

int32_t evt_cand_before(const sent *s, int32_t lo, int32_t trig, int max_gap)
{
    int32_t best = -1;
    for (size_t k = evt_cand_lower_bound(s, lo); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= trig) break;
        if (c->attrib || c->first < lo || c->end > trig || trig - c->end > max_gap) continue;
        /* a subject never stands behind a preposition; the long reach back
         * for nominal events (GAP_NOMINAL_FAR) crosses prepositional phrases */
        if (max_gap < GAP_NOMINAL_FAR && s->doc->tokens.v[trig].script == EVG_SCRIPT_ARAB &&
            prep_between(s->doc, c->end, trig))
            continue;
        if (c->prep != PREP_NONE && c->prep != PREP_AND) continue;
        if (evt_cand_type_is(c, "LOC")) continue;
        best = (int32_t)k;
    }
    return best;
}

/* Tokens an unnamed subject with an inclusion apposition may span
 * ("وقّع أربعة عشر فصيلاً فلسطينياً، من بينها حركتا فتح"). */
#define INCLUSION_REACH 12

/* "من بينها", "بينهم", "ومنها", "منهم" one or two words before token k: the
 * names that follow are members of the unnamed group before them. */
static int inclusion_before(const evg_doc *d, int32_t k, int32_t from)
{
    static const char *const w[] = {"\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD8\xA7",  /* بينها */
                                    "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x85",  /* بينهم */
                                    "\xD9\x85\xD9\x86\xD9\x87\xD8\xA7",            /* منها */
                                    "\xD9\x85\xD9\x86\xD9\x87\xD9\x85", NULL};     /* منهم */
    for (int32_t q = k - 1; q >= from && q >= k - 2; q--)
        for (int i = 0; w[i]; i++)
            if (evt_tok_is_stem(d, q, w[i])) return 1;
    return 0;
}

/* "لقاء وزيري خارجية X وY", "اجتماع وزراء دفاع X وY وZ", "محادثات ممثلي X":
 * is token k the dual or plural of an office in construct, whose genitive
 * (after one more word of the office: خارجية) names the states met? */
static int representatives_word(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {
        "\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD9\x8A", "\xD9\x88\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xA1", /* وزيري وزراء */
        "\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD9\x8A", "\xD8\xB1\xD8\xA4\xD8\xB3\xD8\xA7\xD8\xA1", /* رئيسي رؤساء */
        "\xD8\xB1\xD8\xA1\xD8\xB3\xD8\xA7\xD8\xA1", "\xD9\x82\xD8\xA7\xD8\xAF\xD9\x87",             /* رءساء قاده */
        "\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD9\x8A", "\xD8\xB2\xD8\xB9\xD9\x85\xD8\xA7\xD8\xA1", /* زعيمي زعماء */
        "\xD9\x85\xD9\x85\xD8\xAB\xD9\x84\xD9\x8A", "\xD9\x88\xD9\x81\xD8\xAF\xD9\x8A",             /* ممثلي وفدي */
        "\xD9\x88\xD9\x81\xD9\x88\xD8\xAF", NULL};                                                           /* وفود */
    return k < (int32_t)d->tokens.n && tok_in(d, k, w);
}

/* The source after the trigger: the first bare candidate (Arabic VSO or the
 * genitive of a noun "زيارة شويغو"); a meeting noun reaches past the office
 * of the states' representatives ("لقاء وزيري خارجية X وY"). */
static int32_t cand_after_bare(const sent *s, int32_t from, int32_t to, int cls, int nominal)
{
    int32_t reach = !nominal ? 4 : cls == EVT_CL_MEET && representatives_word(s->doc, from) ? 2 : 1;
    for (size_t k = evt_cand_lower_bound(s, from); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->first < from || c->first >= to) continue;
        if (c->first - from > reach) return -1; /* the genitive follows its noun */
        if (evt_cand_type_is(c, "LOC")) return -1;
        /* "زيارة بيونغ يانغ": a place after a visit noun is where, not who */
        if ((cls == EVT_CL_VISIT || cls == EVT_CL_ARRIVE) && evt_is_place(c)) return -1;
        /* "زيارة مرتقبة لماكرون": a person after ل is the agent of the noun */
        if (nominal && c->prep == PREP_TO && evt_cand_type_is(c, "PER") &&
            (cls == EVT_CL_VISIT || cls == EVT_CL_MEET))
            return (int32_t)k;
        return c->prep == PREP_NONE ? (int32_t)k : -1;
    }
    return -1;
}

/* "وقّع أربعة عشر فصيلاً، من بينها حركتا فتح وحماس، على ...": an Arabic
 * verb whose subject is an unnamed group takes the first named member
 * after "من بينها" (past the comma that ends the clause window) when no
 * other name or act stands between; -1 otherwise. */
static int32_t inclusion_subject(const sent *s, const evt_match *mt, size_t hi)
{
    if (hi + 1 < s->h.n && s->h.v[hi + 1].mt.first - mt->end <= INCLUSION_REACH) return -1;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first - mt->end > INCLUSION_REACH) return -1;
        if (c->attrib || (evt_cand_type_is(c, "LOC") && !inclusion_before(s->doc, c->first, mt->end)))
            continue; /* "خمس دول أفريقية": the region qualifies the group */
        if (c->prep != PREP_NONE || evt_cand_type_is(c, "LOC") || !inclusion_before(s->doc, c->first, mt->end))
            return -1;
        return (int32_t)k;
    }
    return -1;
}


/* The other members joined to the first by و or a comma ("فتح وحماس"),
 * then the place after the apposition ("، أمس في نيروبي"): a region that
 * qualified the group ("دول أفريقية") is not where the act happened. */
static void inclusion_members(const sent *s, size_t hi, int32_t k, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int joint = evt_joint_act(mt);
    int32_t next_hit = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    size_t j = (size_t)k + 1;
    for (; j < s->c.n; j++) {
        const cand *prev = &s->c.v[j - 1], *c = &s->c.v[j];
        if (c->attrib || evt_cand_type_is(c, "LOC") || c->first - prev->end > 1) break;
        if (c->prep != PREP_AND && !(c->first == prev->end + 1 &&
                                     (tok_is(s->doc, prev->end, ",") || tok_is(s->doc, prev->end, "\xD8\x8C"))))
            break;
        int role = joint && !evt_role_taken(ev, EVG_ROLE_TARGET) ? EVG_ROLE_TARGET : EVG_ROLE_PARTICIPANT;
        if (!evt_has_actor(ev, c->ent)) evt_add_actor(ev, c->ent, role);
    }
    if (ev->location >= 0 && ev->location != s->c.v[k].ent) {
        for (int32_t q = k; q-- > 0 && s->c.v[q].first >= mt->end;)
            if (s->c.v[q].ent == ev->location) ev->location = -1;
    }
    for (; j < s->c.n && ev->location < 0 && s->c.v[j].first < next_hit; j++)
        if (s->c.v[j].prep == PREP_IN && evt_is_place(&s->c.v[j]) && !s->c.v[j].attrib) ev->location = s->c.v[j].ent;
}

/* Backward search for a nominal event's actor across commas ("أعرب X، خلال
 * اللقاء مع Y"), stopping at complementizers. */
static int32_t cand_back_far(const run *r, const sent *s, int32_t trig)
{
    int32_t lo = trig;
    while (lo > s->first && trig - lo < GAP_NOMINAL_FAR && !evt_is_complementizer(r->doc, lo - 1)) lo--;
    return evt_cand_before(s, lo, trig, GAP_NOMINAL_FAR);
}

static int same_clause(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (evt_is_punct_boundary(d, k) || evt_is_subordinator(d, k)) return 0;
    return 1;
}

/* "أعرب X عن امتنانه", "X expressed gratitude": a noun governed by a speech
 * verb of the same clause belongs to its speaker. */
static int32_t clause_speaker(const run *r, const sent *s, size_t self)
{
    const evt_match *mt = &s->h.v[self].mt;
    for (size_t hi = self; hi-- > 0;) {
        const hit *h = &s->h.v[hi];
        int noun = h->mt.e->pos == EVT_POS_NOUN || h->mt.e->pos == EVT_POS_FIXED;
        if (h->mt.e->cls != EVT_CL_SPEECH && noun) continue; /* "أعرب X، خلال اللقاء، عن" */
        if (h->mt.e->cls != EVT_CL_SPEECH) return -1;
        if (h->speaker < 0 || mt->first - h->mt.end > 2 * GAP_NOMINAL_FAR) return -1;
        for (int32_t k = h->mt.end; k < mt->first; k++)
            if (evt_is_complementizer(r->doc, k) || evt_is_quote_open(r->doc, k)) return -1;
        return h->speaker;
    }
    return -1;
}

/* Past "أن تكون قد زودت": the copula and قد between a complementizer and
 * its verb carry no subject of their own.  Returns the first other token. */
static int32_t copula_skip(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD8\xAA\xD9\x83\xD9\x88\xD9\x86", "\xD9\x8A\xD9\x83\xD9\x88\xD9\x86", /* تكون يكون */
                                    "\xD9\x82\xD8\xAF", NULL};                                           /* قد */
    while (k < (int32_t)d->tokens.n && tok_in(d, k, w)) k++;
    return k;
}

/* "قال X إنه سيزور Y": the speaker of an earlier speech verb is the subject. */
static int32_t speaker_subject(const run *r, const sent *s, size_t self)
{
    const evt_match *mt = &s->h.v[self].mt;
    /* the pronoun must be in the trigger's clause: after the previous trigger */
    int32_t lo = self > 0 ? s->h.v[self - 1].mt.end : s->first;
    int verbal = mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES || mt->e->pos == EVT_POS_VERB;
    for (size_t hi = self; hi-- > 0;) { /* the nearest speech verb first */
        const hit *h = &s->h.v[hi];
        if (h->mt.end < mt->first - TIMEX_REACH) break;
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        for (int32_t k = h->mt.end > lo ? h->mt.end : lo; k < mt->first; k++)
            if ((evt_is_pronoun_complementizer(r->doc, k) ||
                 (verbal && evt_is_complementizer(r->doc, k) && copula_skip(r->doc, k + 1) >= mt->first)) &&
                same_clause(r->doc, k + 1, mt->first))
                return h->speaker;
    }
    return -1;
}

/* The source of the latest event already built from this sentence: the
 * possessor of "وصوله" / "زيارته" is usually the clause's subject. */
int32_t evt_previous_source(const run *r, const sent *s)
{
    const evg_doc *d = r->doc;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;)
        for (int k = 0; k < d->events.v[i].nactors; k++)
            if (d->events.v[i].actors[k].role == EVG_ROLE_SOURCE) {
                for (size_t c = 0; c < s->c.n; c++)
                    if (s->c.v[c].ent == d->events.v[i].actors[k].entity) return (int32_t)c;
            }
    return -1;
}

/* The origin ("إرسال قوات من X") stands in for a missing sender. */
static int32_t cand_origin(const sent *s, int32_t from, int32_t to)
{
    for (size_t k = 0; k < s->c.n; k++)
        if (!s->c.v[k].attrib && s->c.v[k].prep == PREP_FROM && s->c.v[k].first >= from &&
            s->c.v[k].first < to)
            return (int32_t)k;
    return -1;
}

/* The subject of a light verb carrying the noun ("عقد الوزير محادثات",
 * "X held talks"); an English participle after a comma ("..., holding
 * talks") shares the subject of the event before it. */
static int32_t light_verb_subject(const run *r, const sent *s, int32_t lv, const evt_match *mt,
                                  int en)
{
    if (!en) {
        for (size_t k = evt_cand_lower_bound(s, lv + 1); k < s->c.n && s->c.v[k].first < mt->first; k++)
            if (!s->c.v[k].attrib && (s->c.v[k].prep == PREP_NONE || s->c.v[k].prep == PREP_AND) &&
                !evt_cand_type_is(&s->c.v[k], "LOC"))
                return (int32_t)k;
        return evt_cand_before(s, s->first, lv, 2);
    }
    if (lv > s->first && evt_is_punct_boundary(r->doc, lv - 1)) return evt_previous_source(r, s);
    return evt_cand_before(s, s->first > lv - 8 ? s->first : lv - 8, lv, 6);
}

/* "war between X and Y", "اجتماع بين X و Y", "talks in Geneva between X and
 * Y" (a place of the act may come first): X opens the pair. */
static int32_t cand_between(const sent *s, int32_t from)
{
    size_t k = evt_cand_lower_bound(s, from);
    int32_t reach = 5;
    if (k < s->c.n && s->c.v[k].prep == PREP_IN && evt_is_place(&s->c.v[k]) && s->c.v[k].first - from <= 3) {
        reach = s->c.v[k].end - from + 3;
        k++;
    }
    if (k < s->c.n && s->c.v[k].prep == PREP_BETWEEN && s->c.v[k].first - from <= reach && !s->c.v[k].attrib)
        return (int32_t)k;
    return -1;
}

/* "خمسة أميركيين أفرجت عنهم السلطات": a preposition with a pronoun right
 * after an Arabic verb points back to the noun before it, which is then its
 * object; the subject follows. */
static int resumptive_after(const evg_doc *d, const evt_match *mt)
{
    static const char *const w[] = {
        "\xD8\xB9\xD9\x86\xD9\x87", "\xD8\xB9\xD9\x86\xD9\x87\xD8\xA7",                    /* عنه عنها */
        "\xD8\xB9\xD9\x86\xD9\x87\xD9\x85", "\xD8\xB9\xD9\x86\xD9\x87\xD9\x85\xD8\xA7",  /* عنهم عنهما */
        "\xD9\x84\xD9\x87", "\xD9\x84\xD9\x87\xD8\xA7", "\xD9\x84\xD9\x87\xD9\x85",          /* له لها لهم */
        "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87", "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87\xD8\xA7",  /* عليه عليها */
        "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87\xD9\x85", NULL};                                /* عليهم */
    return mt->e->lang == EVG_LANG_AR && (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES) &&
           tok_in(d, mt->end, w);
}

/* Words between an Arabic verb of travel and its subject named late. */
#define LATE_SUBJECT_REACH 9

/* "ووصل إلى بغداد أمس وزير الخارجية X", "زار القاهرة يوم الأحد الرئيس X",
 * "وصلت إلى ميناء عدن سفينة سعودية": an Arabic verb of arrival or visit may
 * name the destination (and a date) before its subject.  Past the places
 * (the destination after a preposition, the place visited right after the
 * verb) the first bare name in the clause, before any other act, is the
 * subject.  Session 13 (args3).  Returns the candidate or -1. */
static int32_t late_travel_subject(const sent *s, size_t hi, int32_t hi_end)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t stop = hi_end;
    if (hi + 1 < s->h.n && s->h.v[hi + 1].mt.first < stop) stop = s->h.v[hi + 1].mt.first;
    int places = 0;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= stop || c->first - mt->end > LATE_SUBJECT_REACH) return -1;
        if (c->attrib) continue;
        if (evt_is_place(c) && (c->prep != PREP_NONE || places == 0)) { /* where to, or the place visited */
            places++;
            continue;
        }
        if (!places || c->prep != PREP_NONE) return -1;
        /* a person or a body, or a people ("وفد عراقي"); a second bare place
         * ("يزور العاهل المغربي مدريد") is the place again */
        int demonym = c->m >= 0 && s->doc->mentions.v[c->m].kind == EVG_MEN_DEMONYM;
        if (evt_cand_type_is(c, "PER") || evt_cand_type_is(c, "ORG") || demonym) return (int32_t)k;
        return -1;
    }
    return -1;
}

/* The source named in the trigger's own clause: the subject of a light
 * verb, before the trigger (SVO, English) or right after it (VSO, the
 * genitive of a noun). */
static int32_t direct_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end,
                             int32_t lv)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int cls = mt->e->cls, en = mt->e->lang == EVG_LANG_EN;
    int nominal = mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED;
    /* a nominal of transfer right after a subject continues its verb
     * ("واصلت X تزويد Y"); a visit or meeting noun names its agent after it */
    if (resumptive_after(r->doc, mt)) return cand_after_bare(s, mt->end, hi_end, cls, nominal);
    int32_t src = lv >= 0 ? light_verb_subject(r, s, lv, mt, en)
                  : nominal && !en && cls != EVT_CL_EVENT ? -1
                  : evt_cand_before(s, lo, mt->first, en ? 6 : nominal ? 0 : 2);
    if (src >= 0 && en && nominal && lv < 0 && hi > 0 && s->h.v[hi - 1].mt.first >= s->c.v[src].end)
        src = -1; /* "Li Xi said the drills tested ...": the speaker is not the drills' agent */
    if (src < 0 && !en && nominal && lv < 0 && (cls == EVT_CL_MEET || cls == EVT_CL_VISIT)) {
        /* "رفض زيلينسكي لقاء بوتين": a person right before the noun is its agent */
        int32_t before = evt_cand_before(s, lo, mt->first, 0);
        if (before >= 0 && evt_cand_type_is(&s->c.v[before], "PER")) return before;
    }
    /* "وكانت الوكالة قد طالبت إيران": the subject stands before قد, unnamed;
     * the name after the verb is its object */
    if (src < 0 && !en && !nominal && mt->first - 2 > s->first && tok_is(r->doc, mt->first - 1, "\xD9\x82\xD8\xAF") &&
        r->tok_men[mt->first - 2] < 0 &&
        memcmp(r->doc->fold + r->doc->tokens.v[mt->first - 2].fs, "\xD8\xA7\xD9\x84", 4) == 0) /* ال */
        return -1;
    if (src < 0 && (!en || cls == EVT_CL_SPEECH)) src = cand_after_bare(s, mt->end, hi_end, cls, nominal);
    if (src < 0 && !en && !nominal && lv < 0 && (cls == EVT_CL_ARRIVE || cls == EVT_CL_VISIT))
        src = late_travel_subject(s, hi, hi_end);
    if (src < 0 && !en && !nominal && lv < 0) src = inclusion_subject(s, mt, hi);
    if (src >= 0 && !en && s->c.v[src].first >= mt->end) src = evt_title_then_name(s, (size_t)src, hi_end);
    return src;
}

/* "بالهجمات التي شنتها جماعة X على Y", "الزيارة التي قام بها X", "the
 * strikes that X carried out on Y": an act noun followed by a relative
 * clause whose verb names its subject has that subject as its agent (the
 * relative pronoun at most two adjectives after the noun, the name within
 * three words after the pronoun: its verb and a particle).  Returns the
 * candidate or -1. */
/* Does a token in [a, b) end in an object pronoun (ه ها هما هم: "شنتها",
 * "نفذته") or is it one after ب ("قام بها")? */
static int resumptive_verb(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const suf[] = {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85\xD8\xA7",
                                      "\xD9\x87\xD9\x85", NULL}; /* ه ها هما هم */
    for (int32_t q = a; q < b; q++) {
        size_t n;
        const char *t = evg_tok_text(d, &d->tokens.v[q], &n);
        for (int k = 0; suf[k]; k++) {
            size_t m = strlen(suf[k]);
            if ((n >= m + 4 || (n == m + 2 && memcmp(t, "\xD8\xA8", 2) == 0)) && /* بها */
                memcmp(t + n - m, suf[k], m) == 0)
                return 1;
        }
    }
    return 0;
}

static int32_t relative_agent(const run *r, const sent *s, const evt_match *mt, int32_t hi_end)
{
    const evg_doc *d = r->doc;
    static const char *const en_rel[] = {"that", "which", NULL};
    if (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) return -1;
    int32_t rel = -1;
    for (int32_t q = mt->end; q < s->end && q <= mt->end + 2 && rel < 0; q++) {
        if (evt_is_punct_boundary(d, q) || r->tok_men[q] >= 0) return -1;
        if (mt->e->lang == EVG_LANG_EN ? tok_in(d, q, en_rel) : evt_is_relative(d, q)) rel = q;
    }
    if (rel < 0) return -1;
    for (size_t k = evt_cand_lower_bound(s, rel + 1); k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end || c->first - rel > 4) return -1;
        for (int32_t q = rel + 1; q < c->first; q++)
            if (evt_is_punct_boundary(d, q)) return -1;
        if (c->attrib || c->prep != PREP_NONE || evt_cand_type_is(c, "LOC")) return -1;
        if (mt->e->lang == EVG_LANG_EN) /* "that X launched": the subject right after the pronoun */
            return c->first == rel + 1 || (c->first == rel + 2 && tok_is(d, rel + 1, "the")) ? (int32_t)k : -1;
        /* the relative's verb points back to the noun: "شنتها", "قام بها" */
        return c->first - rel >= 2 && resumptive_verb(d, rel + 1, c->first) ? (int32_t)k : -1;
    }
    return -1;
}

/* A subject pronoun ("he met") or a dual anaphor ("البلدين", "the two
 * leaders") puts its actors on ev directly; returns 1 when it did. */
/* Is the token أضاف/تابع (with و, any person: أضافت، تابعت)? */
static int continuation_word(const evg_doc *d, int32_t q)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[q], &n);
    if (n > 2 && !memcmp(t, "\xD9\x88", 2)) { /* و */
        t += 2;
        n -= 2;
    }
    return n >= 8 && (!memcmp(t, "\xD8\xA7\xD8\xB6\xD8\xA7\xD9\x81", 8) || /* اضاف */
                      !memcmp(t, "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9", 8));  /* تابع */
}

/* "أشاد X بالاتفاق، وقال إنه قد يلتقي Y": a statement verb (hit q) with no
 * speaker of its own, joined by و to an earlier act of the sentence, shares
 * that act's subject: the first name standing bare (no preposition) in the
 * sentence before it, when that is a person.  Returns the entity, or -1 (no
 * such person, or no earlier act). */
static int32_t joined_verb_person(const evg_doc *d, const sent *s, size_t q)
{
    const evt_match *mt = &s->h.v[q].mt;
    if (q == 0 || mt->e->lang != EVG_LANG_AR || mt->prefix_len != 2 ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    for (size_t c = 0; c < s->c.n && s->c.v[c].first < mt->first; c++) {
        const cand *x = &s->c.v[c];
        if (!x->attrib && x->prep == PREP_NONE && x->first >= s->first && !evt_cand_type_is(x, "LOC"))
            return evt_cand_type_is(x, "PER") ? x->ent : -1; /* "وانتقدت الحكومة ...، وقالت إنها": not a person */
    }
    return -1;
}

/* "وأضاف أنه سيزور دمشق", "وتابع أنها ستدعم": a verb right after a
 * pronoun complementizer that continues a statement whose speaker is not
 * named in the sentence (أضاف، تابع) has the speaker of the previous
 * sentence as subject.  Returns the entity or -1. */
static int32_t continued_speaker(const run *r, const sent *s, size_t hi, int32_t lv)
{
    const evg_doc *d = r->doc;
    int32_t at = lv >= 0 ? lv : s->h.v[hi].mt.first, k = at - 1;
    if (s->h.v[hi].mt.e->lang == EVG_LANG_EN) return -1;
    while (k > s->first && (tok_is(d, k, "\xD9\x82\xD8\xAF") || tok_is(d, k, "\xD8\xB3\xD9\x88\xD9\x81")))
        k--; /* قد سوف */
    if (k <= s->first || !evt_is_pronoun_complementizer(d, k)) return -1;
    for (size_t q = hi; q-- > 0;) {
        const hit *h = &s->h.v[q];
        if (h->mt.end > k) continue;
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker >= 0) return -1;
        int32_t own = joined_verb_person(d, s, q); /* "أشاد X ...، وقال إنه" */
        if (own >= 0) return own;
        return evt_is_continuation_speech(d, &h->mt) ? evt_previous_person(d, s) : -1;
    }
    /* the continuing verb is no trigger of its own: "وتابع أنه", "وأضافت أنها" */
    return k - 1 == s->first && continuation_word(d, k - 1) ? evt_previous_person(d, s) : -1;
}

/* The source of the latest event of this sentence becomes ev's source: the
 * subject of a clause is the subject of its infinitive or purpose.  1 when
 * one was found. */
static int clause_source(const run *r, const sent *s, evg_event *ev)
{
    const evg_doc *d = r->doc;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;)
        for (int a = 0; a < d->events.v[i].nactors; a++)
            if (d->events.v[i].actors[a].role == EVG_ROLE_SOURCE) {
                evt_add_actor(ev, d->events.v[i].actors[a].entity, EVG_ROLE_SOURCE);
                return 1;
            }
    return 0;
}

/* "توجه X إلى أربيل للقاء Y", "يزور X المدينة للاجتماع مع Y": an Arabic
 * meeting noun of purpose (ل + لقاء) right after a visit or a trip of the
 * same clause (at most fourteen words between, no comma) is the traveller's
 * meeting; the name after the noun is whom he meets, not its subject.  1
 * when the source was set. */
static int purpose_meeting_source(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_MEET || hi == 0 || !evt_purpose_noun(r->doc, mt))
        return 0;
    const evt_match *v = &s->h.v[hi - 1].mt;
    if ((v->e->cls != EVT_CL_VISIT && v->e->cls != EVT_CL_ARRIVE) || mt->first - v->end > 14) return 0;
    for (int32_t k = v->end; k < mt->first; k++)
        if (evt_is_punct_boundary(r->doc, k)) return 0;
    return clause_source(r, s, ev);
}

static int anaphoric_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end,
                            int32_t lv, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB && tok_is(r->doc, mt->first - 1, "to") &&
        hi > 0 && s->h.v[hi - 1].mt.e->cls != EVT_CL_SPEECH && clause_source(r, s, ev))
        return 1; /* "he is due in Jeddah on Saturday to meet X": the infinitive's subject is the clause's */
    int32_t at = lv >= 0 ? lv : mt->first; /* "a visit by X, who held talks": X */
    if (mt->e->lang == EVG_LANG_EN && at - 1 > s->first && tok_is(r->doc, at - 1, "who")) {
        int32_t end = tok_is(r->doc, at - 2, ",") ? at - 2 : at - 1;
        for (size_t k = evt_cand_lower_bound(s, s->first); k < s->c.n && s->c.v[k].first < end; k++)
            if (s->c.v[k].end == end && !s->c.v[k].attrib && evt_cand_type_is(&s->c.v[k], "PER")) {
                evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
                return 1;
            }
    }
    int32_t title = evt_title_subject(r->doc, s, mt);
    if (title < 0) title = evt_org_anaphor(r->doc, s, mt, lv);
    if (title >= 0) {
        evt_add_actor(ev, title, EVG_ROLE_SOURCE);
        return 1;
    }
    if (mt->e->lang == EVG_LANG_EN) {
        int32_t pron = evt_pronoun_subject(r->doc, s, lv >= 0 ? lv : mt->first);
        if (pron >= 0) {
            evt_add_actor(ev, pron, EVG_ROLE_SOURCE);
            return 1;
        }
    }
    int dual = evt_dual_anaphor(r->doc, s, hi, lo, hi_end), pair[2];
    if (dual && evt_add_dual_actors(r->doc, s, dual, ev) > 0) return 1;
    if ((dual != DUAL_COUNTRIES && dual != DUAL_LEADERS && dual != DUAL_SIDES && dual != DUAL_GROUP) ||
        !evt_section_pair(r, s, mt->first, pair))
        return 0;
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE); /* "both countries": the pair named "between X and Y" */
    evt_add_actor(ev, pair[1], EVG_ROLE_PARTICIPANT);
    return 1;
}

/* Weaker clues, in order: "بين X و Y", the possessor of a definite noun,
 * the origin, the speaker of the clause, a subject further back. */
static int32_t fallback_source(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int nominal = mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED;
    /* "أعربت X عن ترحيبها بالاتفاق بين Y و Z": the speaker owns the stance;
     * "التوسط بين Y و Z": the pair are the mediated parties, not the mediator */
    int32_t src = nominal && evt_position_code(mt->e->code) ? clause_speaker(r, s, hi) : -1;
    if (src == -1 && strcmp(mt->e->code, "045") != 0) src = cand_between(s, mt->end);
    if (src == -1 && nominal && mt->e->definite && mt->prefix_len == 0) src = evt_previous_source(r, s);
    if (src == -1 && nominal && mt->e->definite) src = clause_speaker(r, s, hi); /* "أعلنت X انسحابها" */
    /* the origin, but not of a cut or a ban (16): "suspension of imports from X" names the party cut off */
    if (src == -1 && nominal && mt->e->cls == EVT_CL_EVENT && strncmp(mt->e->code, "16", 2) != 0)
        src = cand_origin(s, mt->end, hi_end);
    if (src == -1 && nominal) src = clause_speaker(r, s, hi);
    if (src == -1 && nominal) src = cand_back_far(r, s, mt->first);
    if (src == -1) src = evt_cand_before(s, lo, mt->first, GAP_VERB_FAR);
    if (src == -1) src = speaker_subject(r, s, hi);
    return src;
}

/* Is there an "and" in tokens [a, b): "و", "and", the و of a definite
 * noun ("والزعيم") or of the second name itself ("وكيم", prep_and)? */
int evt_and_between(const evg_doc *d, int32_t a, int32_t b, int prep_and)
{
    if (prep_and) return 1;
    for (int32_t k = a; k < b; k++) {
        size_t n;
        const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
        if (evt_prep_word(d, k) == PREP_AND ||
            (n > 6 && memcmp(t, "\xD9\x88\xD8\xA7\xD9\x84", 6) == 0)) /* وال */
            return 1;
    }
    return 0;
}

/* The first member X of a subject pair "X و Y <verb>" whose second member
 * is candidate src, across appositions and titles ("الرئيس الروسي، فلاديمير
 * بوتين والزعيم الكوري الشمالي، كيم جونج أون ناقشا"); -1 if none. */
static int32_t pair_first(const run *r, const sent *s, int32_t src, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    const cand *y = &s->c.v[src];
    if (src <= 0 || y->end > mt->first) return -1;
    for (int32_t k = src - 1; k >= 0; k--) {
        const cand *x = &s->c.v[k];
        if (x->attrib || y->first - x->end > 12) return -1;
        if (x->ent == y->ent) { /* the same person named twice: an apposition */
            y = x;
            continue;
        }
        for (int32_t q = x->end; q < y->first; q++)
            if (evt_is_complementizer(d, q) || evt_is_subordinator(d, q)) return -1;
        if ((x->prep != PREP_NONE && x->prep != PREP_AND) || evt_cand_type_is(x, "LOC") ||
            !evt_and_between(d, x->end, y->first + 1, y->prep == PREP_AND))
            return -1;
        return k;
    }
    return -1;
}

/* Joint acts (meetings, talks, negotiations, signings, cooperation) take a
 * subject pair as their two sides. */
int evt_joint_act(const evt_match *mt)
{
    static const char *const codes[] = {"040", "044", "045", "046", "050", "057", NULL};
    if (mt->e->cls == EVT_CL_MEET || strncmp(mt->e->code, "06", 2) == 0) return 1;
    for (int k = 0; codes[k]; k++)
        if (strcmp(mt->e->code, codes[k]) == 0) return 1;
    return 0; /* "ماكرون وشولتس زارا كييف": two visitors, both sources of one visit */
}

/* Earlier members of a subject list "X, Y and Z" (or "X و Y و Z") ending
 * at candidate k: the bloc's members take part in the act. */
static void list_members(const run *r, const sent *s, int32_t k, int seen_and, evg_event *ev)
{
    const evg_doc *d = r->doc; /* seen_and: "X, Y and Z" - commas count only before the final "and" */
    while (k > 0 && s->c.v[k].first >= s->first) {
        const cand *y = &s->c.v[k], *x = &s->c.v[k - 1];
        if (x->attrib || evt_cand_type_is(x, "LOC") || (x->prep != PREP_NONE && x->prep != PREP_AND))
            return;
        int joined = y->prep == PREP_AND && x->end == y->first, comma = 0;
        for (int32_t q = x->end; !joined && q < y->first; q++) {
            int c = tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C");
            if (!c && evt_prep_word(d, q) != PREP_AND) return;
            comma |= c;
            joined = q + 1 == y->first;
        }
        if (!joined || (comma && !seen_and)) return;
        seen_and |= !comma;
        evt_add_actor(ev, x->ent, EVG_ROLE_PARTICIPANT);
        k--;
    }
}

/* "وعقد X و Y جلسة مباحثات", "أجرى X ونظيره Y محادثات": in Arabic the
 * subject of a light verb comes after it, and a joint act noun (a meeting,
 * talks, a signing) may follow a subject pair.  The second member Y of the
 * pair whose first member is candidate src: the next name after src (past
 * its title, nested names and appositions) joined to it by و, before the
 * act noun; -1 if none. */
static int32_t pair_second(const run *r, const sent *s, int32_t src, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    const cand *x = &s->c.v[src];
    int32_t end = x->end;
    for (size_t k = (size_t)src + 1; k < s->c.n; k++) {
        const cand *y = &s->c.v[k];
        if (y->first >= mt->first) return -1;
        if (y->first < end || y->ent == x->ent) { /* inside src's title, or src named again */
            if (y->end > end) end = y->end;
            continue;
        }
        if (y->attrib || evt_cand_type_is(y, "LOC") || (y->prep != PREP_NONE && y->prep != PREP_AND) ||
            y->first - end > 3)
            return -1;
        for (int32_t q = end; q < y->first; q++)
            if (evt_is_complementizer(d, q) || evt_is_subordinator(d, q)) return -1;
        return evt_and_between(d, end, y->first + 1, y->prep == PREP_AND) ? (int32_t)k : -1;
    }
    return -1;
}

/* "X and Y signed", "بوتين وكيم ناقشا": in a joint act X is the source and
 * Y the other side; otherwise Y is the source and X its partner. */
static void add_source(const run *r, const sent *s, int32_t src, const evt_match *mt, evg_event *ev)
{
    if (src < 0) return;
    int32_t x = s->c.v[src].end <= mt->first ? pair_first(r, s, src, mt) : -1;
    if (src > 0 && s->c.v[src - 1].first == s->c.v[src].first && s->c.v[src - 1].end == s->c.v[src].end)
        x = src - 1; /* one phrase standing for two ("البلدين", "the two governments") */
    if (x < 0 && mt->e->lang == EVG_LANG_AR && s->c.v[src].end <= mt->first && evt_joint_act(mt)) {
        int32_t y = pair_second(r, s, src, mt); /* "وعقد X و Y مباحثات" */
        if (y >= 0) {
            evt_add_actor(ev, s->c.v[src].ent, EVG_ROLE_SOURCE);
            evt_add_actor(ev, s->c.v[y].ent, EVG_ROLE_TARGET);
            return;
        }
    }
    if (x >= 0 && evt_joint_act(mt)) {
        evt_add_actor(ev, s->c.v[x].ent, EVG_ROLE_SOURCE);
        evt_add_actor(ev, s->c.v[src].ent, EVG_ROLE_TARGET);
        list_members(r, s, x, 1, ev);
        return;
    }
    evt_add_actor(ev, s->c.v[src].ent, EVG_ROLE_SOURCE);
    if (x >= 0) evt_add_actor(ev, s->c.v[x].ent, EVG_ROLE_PARTICIPANT);
    if (s->c.v[src].end <= mt->first) list_members(r, s, x >= 0 ? x : src, x >= 0, ev);
    if (x >= 0 || src == 0 || s->c.v[src].end > mt->first) return;
    const cand *p = &s->c.v[src - 1];
    if (p->end + 1 == s->c.v[src].first && evt_prep_word(r->doc, p->end) == PREP_AND && !p->attrib)
        evt_add_actor(ev, p->ent, EVG_ROLE_PARTICIPANT);
    else if (s->c.v[src].prep == PREP_AND && p->end == s->c.v[src].first && !p->attrib)
        evt_add_actor(ev, p->ent, EVG_ROLE_PARTICIPANT);
}

/* The clause window of an act: where its actors are looked for (lo ..
 * hi_end) and its light verb (lv, or -1). */
typedef struct actor_window {
    int32_t lo, hi_end, lv;
} actor_window;

/* A subject carried over from before ("وأضافت أنها ستلتقي X": the previous
 * sentence's speaker; "ثم توجه إلى X": the topic) or given by the verb's
 * form (a reception formula, an object pronoun, a call received).  1 when
 * it set the actors. */
static int carried_subject(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (evt_granted_reception(r, s, hi, ev)) return 1; /* "وخصته X باستقبال رسمي" */
    int32_t carried = continued_speaker(r, s, hi, w->lv);
    if (carried < 0) carried = evt_dropped_subject(r, s, hi);
    if (carried >= 0) {
        evt_add_actor(ev, carried, EVG_ROLE_SOURCE);
        evt_place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    if (evt_reception_formula(r, s, hi, ev) || evt_host_pronoun(r, s, hi, w->hi_end, ev) ||
        evt_object_pronoun(r, s, hi, w->hi_end, ev))
        return 1;
    if (evt_received_call(r, s, hi, w->hi_end, ev)) {
        evt_place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    return 0;
}

/* Subjects read from the clause's shape: a where-clause, a chained or
 * participle clause, "the four states", "the two sides", a speaker for his
 * country.  1 when one set the actors. */
static int shaped_subject(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (evt_where_clause(r, s, hi, w->hi_end, ev) || evt_chained_clause(r, s, hi, w->lv, w->hi_end, ev) ||
        evt_participle_clause(r, s, hi, ev) ||
        (evt_dual_anaphor(r->doc, s, hi, w->lo, w->hi_end) == DUAL_NUMBERED &&
         evt_add_dual_actors(r->doc, s, DUAL_NUMBERED, ev) > 0)) { /* "واتهمت الدول الأربع قطر" */
        evt_place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    if (evt_sides_subject(r, s, hi, w->lo, w->hi_end, ev)) { /* "توصل إليه الطرفان" */
        evg_event where = *ev; /* the sides are the actors: what follows gives only the place */
        evt_place_following(s, -1, w->lv, mt, w->hi_end, &where);
        if (ev->location < 0 && !evt_has_actor(ev, where.location)) ev->location = where.location;
        return 1;
    }
    int32_t own = evt_own_country_subject(r, s, hi);
    if (own >= 0) { /* the speaker speaks for "his country" */
        evt_add_actor(ev, own, EVG_ROLE_SOURCE);
        evt_add_actor(ev, evt_own_country_of(r->doc, own), EVG_ROLE_PARTICIPANT);
        evt_place_following(s, -1, w->lv, mt, w->hi_end, ev);
        return 1;
    }
    return 0;
}

/* "الاتفاقية الموقعة بين X و Y", "التوقيع بين": a definite Arabic noun of
 * signing (057) names its signatories in the "بين" pair that follows it,
 * not the subject of the clause that mentions the agreement. */
static int signed_between(const evt_match *mt)
{
    return mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_NOUN && mt->e->definite &&
           strcmp(mt->e->code, "057") == 0;
}

/* The subject of a clause of another shape: a copula's, a coordinated or
 * subordinate verb's, a relative's, a passive's agent.  Returns the
 * candidate, EVT_NO_SUBJECT (a relative on an unnamed person) or -1. */
static int32_t clause_agent(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t src = -1;
    if (mt->e->lang == EVG_LANG_AR && mt->first - 2 > s->first && evt_is_complementizer(r->doc, mt->first - 3) &&
        copula_skip(r->doc, mt->first - 2) == mt->first)
        src = speaker_subject(r, s, hi); /* "نفت X أن تكون قد زودت Y": the copula's subject is X */
    if (src < 0) src = evt_announced_act_agent(r, s, hi); /* "announced the recall of ... and the closure of" */
    if (src < 0 && signed_between(mt)) src = cand_between(s, mt->end); /* "معاهدة X الموقعة بين Y و Z" */
    if (src < 0) src = evt_coordinated_subject(r, s, hi, w->hi_end);
    if (src < 0) src = evt_conjoined_verb_subject(r, s, hi);
    if (src < 0) src = evt_contrast_pronoun_subject(r, s, hi, ev);
    if (src < 0) src = evt_english_conjoined_subject(r, s, hi);
    if (src < 0) src = evt_subordinate_subject(r, s, hi);
    if (src < 0) src = evt_relative_clause_subject(r, s, hi, w->lv);
    if (src < 0) src = evt_arabic_relative_subject(r, s, hi, ev);
    if (src == EVT_NO_SUBJECT) return src;
    if (src < 0) src = relative_agent(r, s, mt, w->hi_end);
    if (src < 0) src = evt_passive_agent(r, s, mt, w->lo, ev);
    if (src < 0) src = evt_attack_noun_agent(r, s, mt);
    if (src < 0) src = evt_arabic_passive_agent(r, s, mt, w->hi_end, ev);
    return src;
}

/* The plain source: the subject next to the trigger, else (a definite
 * noun, "the talks") the agent named around it, else an anaphor or the
 * nearest name.  Returns the candidate or -1. */
static int32_t plain_source(const run *r, const sent *s, size_t hi, const actor_window *w, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t src = -1;
    int the = evt_the_noun(r->doc, mt, w->lv);
    if (purpose_meeting_source(r, s, hi, ev)) return -1;
    if (!the) src = direct_source(r, s, hi, w->lo, w->hi_end, w->lv);
    if (src < 0 && !the) src = evt_parenthetical_subject(r, s, mt, w->lo);
    if (src < 0 && the) src = evt_led_agent(r->doc, s, mt);
    if (src < 0 && the) src = cand_between(s, mt->end);
    else if (src < 0 && !anaphoric_source(r, s, hi, w->lo, w->hi_end, w->lv, ev))
        src = fallback_source(r, s, hi, w->lo, w->hi_end);
    return src;
}

/* Is c a city or town (a place named by a GPE that is no country)? */
static int city_cand(const cand *c)
{
    return evt_cand_type_is(c, "GPE") && c->e && (!c->e->id || strlen(c->e->id) != 3);
}

/* "غادر X باريس متوجها إلى برلين": a city does not travel.  A city chosen
 * as the traveller of a verb or participle of visit or journey, standing
 * before the trigger, is the place left; the traveller is the person or
 * body right before it (the subject of the verb of leaving), else none
 * (-1).  A visit noun keeps its source: its agent may be named later
 * ("زيارة قام بها X"). */
static int32_t traveller_not_city(const sent *s, const evt_match *mt, int32_t lo, int32_t src)
{
    if (src < 0 || (mt->e->cls != EVT_CL_VISIT && mt->e->cls != EVT_CL_ARRIVE) || mt->e->pos == EVT_POS_NOUN) return src;
    const cand *c = &s->c.v[src];
    if (c->first >= mt->first || !city_cand(c)) return src;
    int32_t prev = evt_cand_before(s, lo, c->first, 1);
    return prev >= 0 && !evt_is_place(&s->c.v[prev]) ? prev : -1;
}

void evt_assign_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    actor_window w;
    w.lo = evt_window_start(r, s, hi);
    w.hi_end = evt_window_end(r, s, hi);
    w.lv = evt_light_verb(r->doc, s, hi, w.lo);
    int32_t src = evt_first_person_speaker(r->doc, s, hi);
    if (src < 0 && mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PRES &&
        evt_is_pronoun_complementizer(r->doc, mt->first - 1))
        src = speaker_subject(r, s, hi); /* "قالت X إنها تدين": the pronoun is the speaker */
    if (src < 0 && evt_feminine_after_pronoun(r->doc, s, mt)) { /* "أعلنت الوزارة أنها استدعت السفير Y": Y is the object */
        src = evt_feminine_teller(r->doc, s, mt);
        if (src < 0 && evt_feminine_speech_before(r->doc, s, hi)) src = speaker_subject(r, s, hi);
    }
    if (src < 0) src = evt_amma_topic(s, mt); /* events_context.c: "أما X، فقال": the topic */
    if (src < 0 && (carried_subject(r, s, hi, &w, ev) || shaped_subject(r, s, hi, &w, ev))) return;
    if (src < 0) src = clause_agent(r, s, hi, &w, ev);
    if (src == EVT_NO_SUBJECT) src = -1; /* a person the text does not name */
    else if (src < 0) src = plain_source(r, s, hi, &w, ev);
    src = traveller_not_city(s, mt, w.lo, src);
    add_source(r, s, src, mt, ev);
    if (src >= 0 && s->c.v[src].first >= w.hi_end && inclusion_before(r->doc, s->c.v[src].first, mt->end))
        inclusion_members(s, hi, src, ev);
    if (src >= 0 && resumptive_after(r->doc, mt)) { /* the noun the pronoun points back to */
        int32_t obj = evt_cand_before(s, w.lo, mt->first, 2);
        if (obj >= 0) evt_add_actor(ev, s->c.v[obj].ent, EVG_ROLE_TARGET);
    }
    evt_place_light_span(s, w.lv, src, mt, ev);
    evt_place_following(s, src, w.lv, mt, w.hi_end, ev);
}

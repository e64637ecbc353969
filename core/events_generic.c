/*
 * events_generic.c - clause shapes that decide whether a trigger is an act
 * and who its actors are (session 19, ev5; docs/EVENTS.md "Session 19"):
 *
 *  - a bomb defused, foiled or seized did not go off: no bombing (defused_bomb);
 *  - a mediation offered is an intent to mediate (evt_offered_mediation, session 21);
 *  - a trigger whose subject is a negative quantifier ("no country would
 *    attack", "nobody could threaten", "لا أحد يهدد", "ما من دولة ستهاجم")
 *    states that nobody does the act: no event (evt_generic_no_act);
 *  - a place that falls to a force ("X fell to Y's forces", "سقطت X في يد Y")
 *    is the force's capture of it: Y the source, X the target and location
 *    (evt_fallen_place); "seized the town of X" takes X (evt_captured_settlement);
 *  - a meeting noun that "brought together" / جمع its parties: the parties
 *    after the verb (evt_gathered_parties), the place of the noun's
 *    participle or relative phrase (evt_apposition_place), and no event of
 *    the noun itself (evt_gathering_subject);
 *  - a crowd protesting before a body's building protests at that body
 *    (evt_protest_site);
 *  - a body of states left is the target of the withdrawal (evt_left_body);
 *  - mends (session 19): a quantifier that is the subject of a governing
 *    verb ("no one could stop X from attacking") or before a question word
 *    (متى، كيف) leaves X's act; Arabic سقط في يد of no place is no capture;
 *    a meeting noun in a prepositional phrase or after جمع's object makes no
 *    gathering; a crowd celebrating, welcoming or mourning is no protest; a
 *    walk-out of a meeting is not leaving a body (all in evt_generic_no_act,
 *    which not_an_event asks).
 *
 * Works on the sentence working set of events_sentence.c (struct sent).
 */
#include "events_int.h"

/* How far before a trigger its negative quantifier subject may stand (tokens). */
#define NEG_REACH 8
/* How far after a falling verb the hand (يد) of its agent may stand (tokens). */
#define HAND_REACH 4

static int en_modal(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"would", "could", "will", "can", "might", "may", "should", "dare",
                                    "dares", "dared", "wants", "want", "wanted", NULL};
    return tok_in(d, k, w);
}

/* Is token k an English negative quantifier: nobody, none, "no one", or
 * "no" before a noun (not "said no to", "no later than")? */
static int en_negative_quantifier(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"nobody", "none", "neither", NULL};
    static const char *const not_noun[] = {"to", "longer", "later", "more", "less", "sooner", "doubt", NULL};
    if (tok_in(d, k, w)) return 1;
    if (!tok_is(d, k, "no") || (size_t)(k + 1) >= d->tokens.n) return 0;
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && !tok_in(d, k + 1, not_noun);
}

/* Is token k an Arabic negative quantifier: لا أحد, ما من? */
static int ar_negative_quantifier(const evg_doc *d, int32_t k)
{
    static const char ahad[] = "\xD8\xA7\xD8\xAD\xD8\xAF"; /* احد */
    static const char la[] = "\xD9\x84\xD8\xA7";           /* لا */
    static const char ma[] = "\xD9\x85\xD8\xA7";           /* ما */
    static const char min[] = "\xD9\x85\xD9\x86";          /* من */
    if ((size_t)(k + 1) >= d->tokens.n) return 0;
    return (tok_is(d, k, la) && tok_is(d, k + 1, ahad)) || (tok_is(d, k, ma) && tok_is(d, k + 1, min));
}

/* Is token k an Arabic verb of ability or wish whose أن opens no clause of
 * its own ("لا أحد يستطيع أن يهدد": the act is still the quantifier's)? */
static int ar_modal_verb(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD9\x8A\xD8\xB3\xD8\xAA\xD8\xB7\xD9\x8A\xD8\xB9", /* يستطيع */
                                    "\xD8\xAA\xD8\xB3\xD8\xAA\xD8\xB7\xD9\x8A\xD8\xB9", /* تستطيع */
                                    "\xD9\x8A\xD9\x85\xD9\x83\xD9\x86",                     /* يمكن */
                                    "\xD9\x8A\xD9\x85\xD9\x83\xD9\x86\xD9\x87",           /* يمكنه */
                                    "\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x88", "\xD9\x8A\xD8\xAC\xD8\xB1\xD8\xA4", /* يجرؤ */
                                    "\xD8\xAA\xD8\xAC\xD8\xB1\xD9\x88",                     /* تجرو */
                                    "\xD9\x8A\xD8\xB1\xD9\x8A\xD8\xAF",                     /* يريد */
                                    "\xD8\xAA\xD8\xB1\xD9\x8A\xD8\xAF",                     /* تريد */
                                    "\xD9\x8A\xD9\x82\xD8\xAF\xD8\xB1", NULL};             /* يقدر */
    return tok_in(d, k, w);
}

/* Is token k a word that may stand between a modal and the verb it governs:
 * an adverb (ever, really, -ly), "dare to", "be able to", "want to", or a
 * light verb with its article before an act noun ("launch an attack")? */
static int en_modal_bridge(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"ever", "even", "really", "again", "then", "also", "actually", "dare",
                                    "dared", "to", "be", "able", "want", "wish", "try", "seek", "launch",
                                    "carry", "out", "a", "an", "any", NULL};
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    return tok_in(d, k, w) || (n > 4 && memcmp(t + n - 2, "ly", 2) == 0);
}

/* Is token k an Arabic word that opens a clause of its own like أن: the
 * question words متى كيف لماذا أين هل إذا ماذا ("لا أحد يعلم متى ستهاجم X":
 * X is the subject of the inner clause, not the quantifier)? */
static int ar_clause_opener(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD9\x85\xD8\xAA\xD9\x89", "\xD9\x85\xD8\xAA\xD9\x8A", /* متى متي */
                                    "\xD9\x83\xD9\x8A\xD9\x81",                                  /* كيف */
                                    "\xD9\x84\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7",              /* لماذا */
                                    "\xD8\xA7\xD9\x8A\xD9\x86", "\xD9\x87\xD9\x84",          /* اين هل */
                                    "\xD8\xA7\xD8\xB0\xD8\xA7", "\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7", NULL}; /* اذا ماذا */
    return tok_in(d, k, w);
}

/* "X said no country would attack Y", "nobody would dare to invade",
 * "قال إن لا أحد يستطيع أن يهدد": a trigger whose subject is a negative
 * quantifier tells that nobody does the act, so it is no event.  English
 * needs a modal between the quantifier and the trigger (a generic or
 * hypothetical claim: "nobody was hurt in the attack" keeps its attack),
 * and only adverbs or "dare to"-like words between the modal and the
 * trigger: in "no one could stop X from attacking" the quantifier is the
 * subject of "stop", and X attacks (mend, session 19).  Arabic needs no
 * complementizer or question word between them ("ما من شك في أن X هاجم",
 * "لا أحد يعلم متى ستهاجم X" keep X's act). */
static int negative_subject(const evg_doc *d, const evt_match *mt)
{
    int en = mt->e->lang == EVG_LANG_EN, modal = 0;
    int32_t sent = d->tokens.v[mt->first].sent;
    for (int32_t k = mt->first - 1; k >= 0 && k >= mt->first - NEG_REACH; k--) {
        if (d->tokens.v[k].sent != sent || evt_is_punct_boundary(d, k)) return 0;
        if (en && !modal && !en_modal(d, k) && !en_modal_bridge(d, k)) return 0;
        if (en && en_modal(d, k)) modal = 1;
        if (en && en_negative_quantifier(d, k)) return modal;
        if (!en && ar_negative_quantifier(d, k)) return 1;
        if (!en && ar_clause_opener(d, k)) return 0;
        if (evt_is_complementizer(d, k) && !(!en && ar_modal_verb(d, k - 1))) return 0;
    }
    return 0;
}

/* The token where the agent of a falling place starts: after "to" of
 * "fell to", after يد/أيدي of "سقطت X في يد Y"; -1 when the trigger is no
 * such fall. */
static int32_t fall_agent_start(const evg_doc *d, const evt_match *mt)
{
    static const char *const hand[] = {"\xD9\x8A\xD8\xAF", "\xD8\xA8\xD9\x8A\xD8\xAF", /* يد بيد */
                                       "\xD8\xA7\xD9\x8A\xD8\xAF\xD9\x8A",              /* ايدي */
                                       "\xD8\xA8\xD8\xA7\xD9\x8A\xD8\xAF\xD9\x8A", NULL}; /* بايدي */
    static const char *const fell[] = {"fell", "falls", NULL};
    if (strcmp(mt->e->code, "192") != 0) return -1;
    if (mt->e->lang == EVG_LANG_EN)
        return mt->e->ntail == 1 && tok_is(d, mt->end - 1, "to") && tok_in(d, mt->first, fell) ? mt->end : -1;
    for (int32_t k = mt->end; k < mt->end + HAND_REACH + 2 && (size_t)k < d->tokens.n; k++) {
        if (evt_is_punct_boundary(d, k)) return -1;
        if (tok_in(d, k, hand)) return k + 1;
    }
    return -1;
}

/* The place that fell, for a fall whose agent starts at token at: a place
 * (GPE or LOC) named in the verb's subject, before the verb or between it
 * and the agent, with no punctuation between it and the verb; -1 when none
 * ("سقط الجندي في يد العدو": no place fell). */
static int32_t fallen_place_of(const evg_doc *d, const evt_match *mt, int32_t at)
{
    int32_t place = -1;
    for (size_t m = 0; m < d->mentions.n; m++) {
        const evg_mention *mn = &d->mentions.v[m];
        const char *type = d->entities.v[mn->entity].type;
        if (mn->tok_first >= at) break;
        if (mn->tok_first < mt->first - NEG_REACH || mn->sent != d->tokens.v[mt->first].sent || !type ||
            (strcmp(type, "GPE") != 0 && strcmp(type, "LOC") != 0) ||
            evt_punct_between(d, mn->tok_end, mt->first > mn->tok_end ? mt->first : mn->tok_end))
            continue;
        place = mn->entity;
    }
    return place;
}

/* "سقط الجندي في يد العدو", "يسقط الحكم في يد المحكمة": Arabic سقط في يد
 * is any capture or any passing into someone's hands; it is the taking of
 * territory (192) only when a place fell.  English "fell to" needs a force
 * word already (data/triggers.tsv). */
static int fall_without_place(const evg_doc *d, const evt_match *mt)
{
    int32_t at = fall_agent_start(d, mt);
    return at >= 0 && mt->e->lang != EVG_LANG_EN && fallen_place_of(d, mt, at) < 0;
}

/* "The town fell to Russian forces", "سقطت مدينة X في يد القوات Y": the
 * force named after "to" / the hand is the source of the capture (192) and
 * the place fallen (a place before the hand: the verb's subject, before or
 * after the verb) its target, as of "captured X", and its location.  A
 * place named after the hand is where the fall happened, never its agent;
 * with no force named ("في يد المتمردين") nobody is an actor and the fall
 * is not kept (mend, session 19: the place was made the source). */
void evt_fallen_place(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t at = fall_agent_start(d, mt), agent = -1, place;
    if (at < 0) return;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (agent < 0 && c->first >= at && c->first <= at + 3 && !evt_is_place(c) &&
            !evt_punct_between(d, at, c->first))
            agent = c->ent;
    }
    place = fallen_place_of(d, mt, at);
    ev->nactors = 0;
    if (agent < 0) return;
    evt_add_actor(ev, agent, EVG_ROLE_SOURCE);
    if (place < 0 || place == agent) return;
    evt_add_actor(ev, place, EVG_ROLE_TARGET); /* as "captured X": the place taken is the target */
    ev->location = place;
}

/* Does a comma or a relative pronoun stand among the few tokens before
 * token k (k inside a participle phrase set off by commas or a relative
 * clause)? */
static int opens_phrase_before(const evg_doc *d, int32_t k)
{
    for (int32_t q = k - 1; q >= 0 && q >= k - 4; q--)
        if (tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C") || evt_is_relative(d, q)) return 1; /* ، */
    return 0;
}

/* The place of a meeting noun's participle or relative phrase before the
 * trigger: "The talks, held in Doha, brought together X and Y",
 * "المحادثات التي جرت في الدوحة وجمعت X وY" (a place after in/في, set off
 * by a comma or a relative pronoun, within 8 tokens before the trigger).
 * Only for meeting events (04x) whose trigger needs a word (the meeting
 * noun) and with no place of their own. */
void evt_apposition_place(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (ev->location >= 0 || !evt_is_meeting_family(ev->code) || mt->e->nreq == 0) return;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= mt->first) break;
        if (c->first >= mt->first - 8 && c->prep == PREP_IN && evt_is_place(c) && !evt_has_actor(ev, c->ent) &&
            opens_phrase_before(s->doc, c->first))
            ev->location = c->ent;
    }
}

/* Is the trigger "brought together" / "brings together" or a form of
 * Arabic جمع (gathered)? */
static int gathering_verb(const evt_match *mt)
{
    static const char jama[] = "\xD8\xAC\xD9\x85\xD8\xB9"; /* جمع */
    const evt_entry *e = mt->e;
    if (!evt_is_meeting_family(e->code)) return 0;
    if (e->lang == EVG_LANG_EN) return e->ntail >= 1 && strcmp(e->tail[e->ntail - 1], "together") == 0;
    return strncmp(e->key, jama, sizeof jama - 1) == 0 || (strlen(e->key) > 2 && strncmp(e->key + 2, jama, sizeof jama - 1) == 0);
}

/* Is there "and", or an Arabic word with و, among tokens [a, b), at most
 * four tokens apart ("وولي عهد X الشيخ Y": a title before the next name)? */
static int joined_by_and(const evg_doc *d, int32_t a, int32_t b)
{
    if (b - a > 4) return 0;
    for (int32_t k = a; k < b; k++) {
        size_t n;
        const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
        if (tok_is(d, k, "and") || (n > 2 && d->tokens.v[k].script == EVG_SCRIPT_ARAB && memcmp(w, "\xD9\x88", 2) == 0))
            return 1;
    }
    return 0;
}

/* "The talks brought together X and Y", "وجمعت المحادثات X وY": the
 * meeting noun is the subject, so the parties are the names after the verb,
 * joined by and/و (a name after in/في is the place, not a party).  The
 * first is the source, the rest targets. */
void evt_gathered_parties(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int n = 0;
    int32_t prev_end = mt->end;
    if (!gathering_verb(mt)) return;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < prev_end || c->prep == PREP_IN) continue;
        if (c->first > mt->end + 16 || evt_punct_between(s->doc, mt->end, c->first)) break;
        if (n > 0 && c->prep != PREP_AND && !joined_by_and(s->doc, prev_end, c->first)) continue;
        if (n == 0) ev->nactors = 0;
        if (!evt_has_actor(ev, c->ent)) evt_add_actor(ev, c->ent, n == 0 ? EVG_ROLE_SOURCE : EVG_ROLE_TARGET);
        prev_end = c->end;
        n++;
    }
}

/* Is the word before token k (an article skipped) a preposition of standing
 * before a building: outside, "in front of", opposite, أمام? */
static int before_site(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"outside", "opposite", "\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85", NULL}; /* امام */
    if (tok_is(d, k - 1, "the")) k--;
    return tok_in(d, k - 1, w) || (tok_is(d, k - 1, "of") && tok_is(d, k - 2, "front"));
}

/* "تظاهر آلاف العراقيين أمام السفارة الأمريكية", "demonstrated outside
 * parliament": the body whose building a protest (14x) stands before is
 * what it protests at, its target, when none is named yet. */
void evt_protest_site(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(ev->code, "14", 2) != 0 || evt_role_taken(ev, EVG_ROLE_TARGET)) return;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < mt->end) continue;
        if (c->first > mt->end + 8 || evt_punct_between(s->doc, mt->end, c->first)) return;
        if (before_site(s->doc, c->first) && !evt_is_place(c) && !evt_has_actor(ev, c->ent)) {
            evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
            return;
        }
    }
}

/* "خلال قمة افتراضية جمعت X وY", "the talks brought together X and Y": a
 * meeting noun that is the subject of a gathering verb right after it (at
 * most two words between) is the meeting the verb tells; the verb makes the
 * event, with the parties after it, and the noun none of its own. */
int evt_gathering_subject(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi + 1 >= s->h.n || !evt_is_meeting_family(mt->e->code) || mt->e->pos == EVT_POS_PAST ||
        mt->e->pos == EVT_POS_PRES || mt->e->pos == EVT_POS_VERB)
        return 0;
    const evt_match *v = &s->h.v[hi + 1].mt;
    return gathering_verb(v) && v->first - mt->end <= 2 && !evt_punct_between(s->doc, mt->end, v->first);
}

/* "seized the town of Rafah", "captured the village of X": the place named
 * after a settlement noun and "of" right after a capture verb (192) is the
 * place taken, its target, as a bare name after the verb would be. */
void evt_captured_settlement(const sent *s, size_t hi, evg_event *ev)
{
    static const char *const town[] = {"town", "city", "village", "villages", "port", "district", "region",
                                       "province", "capital", "hamlet", "settlement", NULL};
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(ev->code, "192") != 0 || mt->e->lang != EVG_LANG_EN || evt_role_taken(ev, EVG_ROLE_TARGET)) return;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->first < mt->end) continue;
        if (c->first > mt->end + 4) return;
        if (evt_is_place(c) && tok_is(d, c->first - 1, "of") && tok_in(d, c->first - 2, town) &&
            !evt_punct_between(d, mt->end, c->first) && !evt_has_actor(ev, c->ent)) {
            evt_add_actor(ev, c->ent, EVG_ROLE_TARGET);
            return;
        }
    }
}

/* Is token k from, of or من (what a withdrawal leaves follows it)? */
static int from_word(const evg_doc *d, int32_t k)
{
    static const char *const from[] = {"from", "of", "\xD9\x85\xD9\x86", NULL}; /* من */
    return tok_in(d, k, from);
}

/* Is from/of/من among tokens [a, b)? */
static int from_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (from_word(d, k)) return 1;
    return 0;
}

/* "انسحبت X من مجموعة الإيكواس", "withdrew from ECOWAS": a body of states
 * (role IGO) named after from/من, within six tokens after a withdrawal
 * (160), is what is left, its target, never the one leaving; the source is
 * the subject (before or after the verb) or nobody.  Returns 1 when it made
 * the body the target: the event stands with its target alone when the
 * subject is not named ("X, which announced its withdrawal from ECOWAS"
 * with X unread). */
int evt_left_body(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int moved = 0;
    if (strcmp(ev->code, "160") != 0) return 0;
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *e = &s->doc->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role != EVG_ROLE_SOURCE || !e->role || strcmp(e->role, "IGO") != 0) continue;
        for (size_t m = 0; m < s->doc->mentions.n; m++) {
            const evg_mention *mn = &s->doc->mentions.v[m];
            if (mn->entity == ev->actors[i].entity && mn->tok_first >= mt->end && mn->tok_first <= mt->end + 6 &&
                from_between(s->doc, mt->end - 1, mn->tok_first) && !evt_punct_between(s->doc, mt->end, mn->tok_first))
                ev->actors[i].role = EVG_ROLE_TARGET, moved = 1;
        }
    }
    return moved;
}

/* Does token k stand for one of the trigger's required words (a meeting
 * noun of "brought together" / جمع)? */
static int required_word_at(const evg_doc *d, const evt_match *mt, int32_t k)
{
    for (int q = 0; q < mt->e->nreq; q++)
        if (evt_tok_is_stem(d, k, mt->e->req[q])) return 1;
    return 0;
}

/* Is the English word before token k (a determiner skipped) a preposition
 * other than "of" ("a photo from the summit"; "a round of talks" is still
 * the talks)? */
static int en_in_prep_phrase(const evg_doc *d, int32_t k)
{
    static const char *const det[] = {"the", "a", "an", "this", "that", "its", "their", "these", NULL};
    static const char *const prep[] = {"from", "at", "after", "before", "during", "on", "about", "in", "since",
                                       "with", "by", "over", "for", "into", "to", "under", "against", NULL};
    if (tok_in(d, k - 1, det)) k--;
    return tok_in(d, k - 1, prep);
}

/* "A photo from the summit brought together X and Y", "جمع الجيش الأدلة
 * بعد الاجتماع مع X وY": the meeting noun a gathering verb needs must be
 * its subject.  English: the nearest meeting noun before the verb must not
 * sit in a prepositional phrase, unless a relative pronoun between makes
 * it the subject ("during talks that brought together").  Arabic: the noun
 * stands right after the verb (VSO) or before it; a noun further after the
 * verb is in its object or an adverbial ("collected ... after the
 * meeting"), and جمع is then "collected" (mend, session 19). */
static int gathering_noun_not_subject(const evg_doc *d, const evt_match *mt)
{
    int32_t sent = d->tokens.v[mt->first].sent;
    if (!gathering_verb(mt) || mt->e->nreq == 0) return 0;
    if (mt->e->lang != EVG_LANG_EN && (size_t)mt->end < d->tokens.n && required_word_at(d, mt, mt->end)) return 0;
    for (int32_t k = mt->first - 1; k >= 0 && k >= mt->first - 12 && d->tokens.v[k].sent == sent; k--) {
        if (!required_word_at(d, mt, k)) continue;
        if (mt->e->lang != EVG_LANG_EN) return 0;
        for (int32_t q = k + 1; q < mt->first; q++)
            if (evt_is_relative(d, q)) return 0;
        return en_in_prep_phrase(d, k);
    }
    return mt->e->lang != EVG_LANG_EN;
}

/* Is token k the opening of a purpose of celebrating, welcoming or
 * mourning: English "to" + celebrate/welcome/mourn/honour/commemorate/
 * greet/cheer/thank, "in celebration/mourning"; Arabic للاحتفال احتفالا
 * ابتهاجا لاستقبال للترحيب ترحيبا لتأبين لتشييع لتوديع لتكريم حدادا? */
static int festive_purpose(const evg_doc *d, int32_t k)
{
    static const char *const en_verb[] = {"celebrate", "welcome", "mourn", "honour", "honor", "commemorate",
                                          "greet", "cheer", "thank", "congratulate", NULL};
    static const char *const en_noun[] = {"celebration", "mourning", NULL};
    static const char *const ar[] = {"\xD9\x84\xD9\x84\xD8\xA7\xD8\xAD\xD8\xAA\xD9\x81\xD8\xA7\xD9\x84",         /* للاحتفال */
                                     "\xD8\xA7\xD8\xAD\xD8\xAA\xD9\x81\xD8\xA7\xD9\x84\xD8\xA7",                 /* احتفالا */
                                     "\xD8\xA7\xD8\xA8\xD8\xAA\xD9\x87\xD8\xA7\xD8\xAC\xD8\xA7",                 /* ابتهاجا */
                                     "\xD9\x84\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD8\xA7\xD9\x84",         /* لاستقبال */
                                     "\xD9\x84\xD9\x84\xD8\xAA\xD8\xB1\xD8\xAD\xD9\x8A\xD8\xA8",                 /* للترحيب */
                                     "\xD8\xAA\xD8\xB1\xD8\xAD\xD9\x8A\xD8\xA8\xD8\xA7",                         /* ترحيبا */
                                     "\xD9\x84\xD8\xAA\xD8\xA7\xD8\xA8\xD9\x8A\xD9\x86",                         /* لتابين */
                                     "\xD9\x84\xD8\xAA\xD8\xB4\xD9\x8A\xD9\x8A\xD8\xB9",                         /* لتشييع */
                                     "\xD9\x84\xD8\xAA\xD9\x88\xD8\xAF\xD9\x8A\xD8\xB9",                         /* لتوديع */
                                     "\xD9\x84\xD8\xAA\xD9\x83\xD8\xB1\xD9\x8A\xD9\x85",                         /* لتكريم */
                                     "\xD8\xAD\xD8\xAF\xD8\xA7\xD8\xAF\xD8\xA7", NULL};                          /* حدادا */
    if (tok_in(d, k, ar)) return 1;
    if (tok_is(d, k, "to") && tok_in(d, k + 1, en_verb)) return 1;
    return tok_is(d, k, "in") && tok_in(d, k + 1, en_noun);
}

/* "took to the streets to celebrate the win", "خرجوا في مسيرة لتأبين
 * الضحايا", "وقفة ... لاستقبال الفريق": a crowd whose purpose, told in the
 * trigger's clause, is celebrating, welcoming or mourning is no protest
 * (14x; mend, session 19). */
static int festive_crowd(const evg_doc *d, const evt_match *mt)
{
    int32_t sent = d->tokens.v[mt->first].sent;
    if (strncmp(mt->e->code, "14", 2) != 0) return 0;
    for (int32_t k = mt->end; (size_t)k < d->tokens.n && k < mt->end + 10 && d->tokens.v[k].sent == sent; k++) {
        if (evt_is_punct_boundary(d, k) || evt_is_complementizer(d, k)) return 0;
        if (festive_purpose(d, k)) return 1;
    }
    return 0;
}

/* Is token k a noun of a gathering or an operation of a body, which the
 * body's name may qualify ("the ECOWAS summit", "قمة الإيكواس", "UN
 * mission"): leaving it is not leaving the body? */
int evt_body_event_noun(const evg_doc *doc, int32_t k)
{
    static const char *const w[] = {"summit", "meeting", "meetings", "talks", "session", "conference",
                                    "negotiations", "forum", "mission", "operation", "force", "forces",
                                    "\xD9\x82\xD9\x85\xD9\x87",                                   /* قمه */
                                    "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9",      /* اجتماع */
                                    "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9\xD8\xA7\xD8\xAA", /* اجتماعات */
                                    "\xD9\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA", /* محادثات */
                                    "\xD9\x85\xD9\x81\xD8\xA7\xD9\x88\xD8\xB6\xD8\xA7\xD8\xAA", /* مفاوضات */
                                    "\xD9\x85\xD9\x88\xD8\xAA\xD9\x85\xD8\xB1",               /* موتمر */
                                    "\xD8\xAC\xD9\x84\xD8\xB3\xD9\x87",                         /* جلسه */
                                    "\xD8\xA8\xD8\xB9\xD8\xAB\xD9\x87",                         /* بعثه */
                                    "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA", NULL};                  /* قوات */
    if (k < 0 || (size_t)k >= doc->tokens.n) return 0;
    for (int q = 0; w[q]; q++)
        if (evt_tok_is_stem(doc, k, w[q])) return 1;
    return 0;
}

/* "walked out of the AU summit", "withdrew from talks with X", "انسحب
 * الوفد من اجتماع الجامعة": a withdrawal (160) whose from-phrase (after
 * from/of/من, within four tokens of the verb) is headed by a gathering
 * noun leaves a meeting, not a body of states: no act (mend, session 19;
 * English noun compounds put the head last, so up to four words of the
 * phrase are read, up to a preposition). */
static int left_gathering(const evg_doc *d, const evt_match *mt)
{
    static const char *const stop[] = {"in", "at", "with", "after", "on", "over", "for", "to", "of", "and", NULL};
    int en = mt->e->lang == EVG_LANG_EN;
    int32_t head = -1;
    if (strcmp(mt->e->code, "160") != 0) return 0;
    for (int32_t k = mt->first + 1; k <= mt->end + 4 && (size_t)k < d->tokens.n; k++) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (from_word(d, k)) {
            head = k + 1;
            break;
        }
    }
    if (head < 0) return 0;
    if (!en) return evt_body_event_noun(d, head);
    for (int32_t k = head; k < head + 4 && (size_t)k < d->tokens.n && !evt_is_punct_boundary(d, k); k++) {
        if (evt_body_event_noun(d, k)) return 1;
        if (k > head && tok_in(d, k, stop)) return 0;
    }
    return 0;
}

/* Is the trigger no act by a clause shape of this file: a negative
 * quantifier subject, an Arabic fall of no place, a gathering verb whose
 * meeting noun is not its subject, a crowd celebrating or mourning, a
 * walk-out of a meeting told as a withdrawal?
 * (Called from not_an_event, events.c.) */
/* "police defused a car bomb", "فككت الشرطة سيارة مفخخة", "أحبط الجيش هجوماً
 * انتحارياً": a bomb (183) that is the object of a verb of defusing, foiling
 * or seizing did not go off, so no bombing took place.  The verb stands right
 * before the bomb (after "a"/"the"), or before the subject of an Arabic verb
 * (at most three words back, no punctuation).  Session 20 (fresh-miss). */
static int defused_bomb(const evg_doc *d, const evt_match *mt)
{
    static const char *const en[] = {"defused", "defuse", "defusing", "dismantled", "foiled", "foil",
                                     "thwarted", "seized", "found", "discovered", "intercepted", NULL};
    static const char *const ar[] = {
        "\xD9\x81\xD9\x83\xD9\x83", "\xD8\xA7\xD8\xA8\xD8\xB7\xD9\x84", "\xD8\xA7\xD8\xAD\xD8\xA8\xD8\xB7", /* فكك ابطل احبط */
        "\xD8\xB6\xD8\xA8\xD8\xB7", "\xD8\xAA\xD9\x81\xD9\x83\xD9\x8A\xD9\x83",                           /* ضبط تفكيك */
        "\xD8\xA7\xD8\xA8\xD8\xB7\xD8\xA7\xD9\x84", "\xD8\xA7\xD8\xAD\xD8\xA8\xD8\xA7\xD8\xB7", NULL};     /* ابطال احباط */
    static const char *const art[] = {"a", "an", "the", "two", "three", NULL};
    if (strcmp(mt->e->code, "183") != 0) return 0;
    int32_t k = mt->first - 1;
    if (mt->e->lang == EVG_LANG_EN) {
        if (tok_in(d, k, art)) k--;
        return tok_in(d, k, en);
    }
    for (int32_t q = k; q >= 0 && q >= k - 3 && d->tokens.v[q].kind == EVG_TOK_WORD; q--) {
        const evg_token *t = &d->tokens.v[q];
        size_t n = t->fe - t->fs;
        int waw = n > 6 && (!memcmp(d->fold + t->fs, "\xD9\x88", 2) || !memcmp(d->fold + t->fs, "\xD9\x81", 2));
        for (size_t off = 0; off <= (waw ? 2u : 0u); off += 2) /* bare, then after و or ف */
            for (int i = 0; ar[i]; i++) { /* the verb with its endings ت وا (فككت، أحبطوا) */
                size_t l = strlen(ar[i]);
                if (n - off >= l && n - off <= l + 4 && !memcmp(d->fold + t->fs + off, ar[i], l)) return 1;
            }
    }
    return 0;
}

/* "Qatar offered its mediation", "عرض ... التوسط بين", "أبدى استعداده
 * للتوسط": a mediation noun or infinitive (045) after a word of offering or
 * readiness (offered, offer, ready, willingness; عرض، استعداد) up to twenty
 * tokens back in its sentence is an intent to mediate (039), which
 * events.c's revised_code makes of it.  Session 21 (fresh3-miss). */
int evt_offered_mediation(const evg_doc *d, const evt_match *mt)
{
    static const char *const trig[] = {"mediate", "mediation", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD8\xB3\xD8\xB7", "\xD8\xAA\xD9\x88\xD8\xB3\xD8\xB7", "\xD9\x84\xD9\x84\xD8\xAA\xD9\x88\xD8\xB3\xD8\xB7", "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB3\xD8\xA7\xD8\xB7\xD9\x87", "\xD9\x88\xD8\xB3\xD8\xA7\xD8\xB7\xD9\x87", "\xD9\x88\xD8\xB3\xD8\xA7\xD8\xB7\xD8\xAA\xD9\x87", "\xD9\x88\xD8\xB3\xD8\xA7\xD8\xB7\xD8\xAA\xD9\x87\xD8\xA7", "\xD9\x84\xD9\x84\xD9\x88\xD8\xB3\xD8\xA7\xD8\xB7\xD9\x87", NULL}; /* التوسط توسط للتوسط الوساطه وساطه وساطته وساطتها للوساطه */
    static const char *const offer[] = {"offered", "offers", "offer", "offering", "ready", "readiness",
                                        "willingness", "\xD8\xB9\xD8\xB1\xD8\xB6", "\xD8\xB9\xD8\xB1\xD8\xB6\xD8\xAA", "\xD9\x88\xD8\xB9\xD8\xB1\xD8\xB6", "\xD9\x88\xD8\xB9\xD8\xB1\xD8\xB6\xD8\xAA", "\xD8\xB9\xD8\xB1\xD8\xB6\xD9\x87", "\xD8\xB9\xD8\xB1\xD8\xB6\xD9\x87\xD8\xA7", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF\xD9\x87", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF\xD9\x87\xD9\x85", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF\xD9\x87\xD9\x85\xD8\xA7", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF\xD8\xA7", "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF", NULL}; /* عرض عرضت وعرض وعرضت عرضه عرضها استعداده استعدادها استعدادهم استعدادهما استعدادا استعداد */
    if (strcmp(mt->e->code, "045") != 0 || !tok_in(d, mt->first, trig)) return 0;
    int32_t sn = d->tokens.v[mt->first].sent;
    for (int32_t q = mt->first - 1; q >= 0 && q >= mt->first - 20 && d->tokens.v[q].sent == sn; q--)
        if (tok_in(d, q, offer)) return 1;
    return 0;
}

int evt_generic_no_act(const evg_doc *d, const evt_match *mt)
{
    return negative_subject(d, mt) || fall_without_place(d, mt) || gathering_noun_not_subject(d, mt) ||
           festive_crowd(d, mt) || left_gathering(d, mt) || defused_bomb(d, mt);
}

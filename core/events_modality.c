/*
 * events_modality.c - modality, attribution and stated intents of an event:
 * the cues of data/cues.tsv before a trigger (planned, possible, negated,
 * no named agent), the future prefix, purpose nouns, a bare verb after and
 * sharing its neighbour's modality, a meeting or visit called off
 * (negated) or put off (planned), an act after an intent verb, an
 * agreement's content, and the reporting verb or source an event is told by.
 *
 * Reads the sentence's hits and cues (events_sentence.c) and the date the
 * event took (events_date.c); leaves ev->modality and ev->attribution and
 * recodes stated intents (031/033/036) for events.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>


/* ---- modality ---- */

static int cue_applies(const evt_match *cue, const evt_match *mt)
{
    int32_t gap = mt->first - cue->end;
    if (gap < 0) return 0;
    switch (cue->e->scope) {
    case EVT_SC_ADJ: return gap <= 2;
    case EVT_SC_PRES: return gap <= 1 && mt->e->present;
    case EVT_SC_CLAUSE: return gap <= 12;
    default: return 0; /* EVT_SC_POST cues are checked after the trigger */
    }
}

/* Cues act at most 12 tokens before a trigger; phrases are a few words long. */
#define CUE_REACH 16

/* "لزيارة", "للقاء": a noun of purpose ("in order to visit") is not yet done. */
int evt_purpose_noun(const evg_doc *d, const evt_match *mt)
{
    const char *tok = d->fold + d->tokens.v[mt->first].fs;
    return (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) && mt->prefix_len >= 2 &&
           (memcmp(tok, "\xD9\x84", 2) == 0 ||
            (mt->prefix_len >= 4 && memcmp(tok + 2, "\xD9\x84", 2) == 0 &&
             memcmp(tok, "\xD8\xA7", 2) != 0));
}

/* "the first leader to visit", "the only minister to meet": an infinitive
 * after a superlative is not a plan. */
static int to_after_superlative(const evg_doc *d, const evt_match *cue)
{
    static const char *const w[] = {"first", "last", "only", "second", "third", "latest", NULL};
    if (!tok_is(d, cue->first, "to")) return 0;
    for (int32_t k = cue->first - 1; k >= 0 && k >= cue->first - 5; k--)
        if (tok_in(d, k, w)) return 1;
    return 0;
}

/* "forces loyal to X attacked", "fighters allied to X": the "to" of a tie
 * of loyalty or belonging opens no infinitive. */
static int to_of_loyalty(const evg_doc *d, const evt_match *cue)
{
    return tok_is(d, cue->first, "to") && evt_loyalty_word(d, cue->first - 1);
}

/* "تهديدات ومخاوف دولية", "international criticism": a noun of demand,
 * disapproval, rejection or threat (CAMEO 10-13) whose agent is written only
 * as a collective (a noagent cue of data/cues.tsv before it, or after it with
 * at most one word between) has no named agent; annotators code no event, and
 * the clause's actors are not its agents.  Meetings stay ("القمة الدولية"). */
int evt_unnamed_agent_noun(const run *r, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    evt_match cue;
    if (mt->e->pos != EVT_POS_NOUN || mt->e->code[0] != '1' || mt->e->code[1] < '0' || mt->e->code[1] > '3')
        return 0;
    for (int32_t i = mt->first - 2 > s->first ? mt->first - 2 : s->first; i < mt->first; i++)
        if (evt_match_at(r->doc, i, mt->first, 1, &cue) && cue.e->kind == EVT_CUE_NOAGENT &&
            cue_applies(&cue, mt))
            return 1;
    for (int32_t i = mt->end; i < s->end && i <= mt->end + 1; i++)
        if (evt_match_at(r->doc, i, s->end, 1, &cue) && cue.e->kind == EVT_CUE_NOAGENT &&
            cue.e->scope == EVT_SC_POST)
            return 1;
    return 0;
}

/* "Ottawa would withdraw from the pact and reimpose sanctions", "سيزور X
 * القاهرة ويلتقي Y": a bare verb joined by and/و (English also "and to",
 * or the comma of a list: "would recall X, expel Y") to the verb before it,
 * with no punctuation or complementizer between, shares that verb's
 * auxiliary and so its modality.  English: the next verb in its base form
 * (not -ed, not -s); Arabic: a present verb carrying و.  Returns the hit
 * of the verb it is joined to, or -1. */
static int32_t conjoined_to(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs;
    size_t n = (size_t)(t->fe - t->fs);
    int32_t stop = mt->first; /* the clause marks are looked for before this token */
    if (mt->e->lang == EVG_LANG_EN) {
        int32_t k = mt->first - 1;
        if (k > s->first && (tok_is(d, k, "then") || tok_is(d, k, "also"))) k--;
        if (k > s->first + 1 && tok_is(d, k, "to") && tok_is(d, k - 1, "and")) k--; /* "and to impose" */
        if (k > s->first && tok_is(d, k, ",")) stop = k; /* "would recall X, expel Y and close Z" */
        if (k <= s->first || !(tok_is(d, k, "and") || stop == k) || n < 3 ||
            (n > 2 && !memcmp(w + n - 2, "ed", 2)) || (w[n - 1] == 's' && w[n - 2] != 's'))
            return -1;
    } else if (!(mt->e->present && mt->prefix_len >= 2 && !memcmp(w, "\xD9\x88", 2))) { /* و */
        return -1;
    }
    for (size_t k = hi; k-- > 0;) {
        const evt_match *o = &s->h.v[k].mt;
        if (o->end > mt->first || o->e->cls == EVT_CL_SPEECH) continue;
        if (mt->first - o->end > 12) return -1;
        for (int32_t q = o->end; q < stop; q++)
            if (evt_is_punct_boundary(d, q) || evt_is_complementizer(d, q)) return -1;
        return o->e->pos == EVT_POS_NOUN ? -1 : (int32_t)k;
    }
    return -1;
}

/* How far a noun event may stand after the verb whose object it is. */
#define OBJECT_REACH 8

/* "وستستضيف الدوحة جولة جديدة من المفاوضات", "will host talks between X and
 * Y": a noun trigger that is the object of a hosting verb before it (no
 * punctuation or complementizer between) is as planned as that verb (a
 * verb of discussing is not: "ستبحث ... نتائج المحادثات" tells of talks
 * held).  Returns the verb's hit, or -1. */
static int32_t object_of_verb(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->pos != EVT_POS_NOUN || hi == 0) return -1;
    const evt_match *o = &s->h.v[hi - 1].mt;
    if (o->e->pos == EVT_POS_NOUN || o->e->cls != EVT_CL_HOST || o->end > mt->first ||
        mt->first - o->end > OBJECT_REACH)
        return -1;
    for (int32_t q = o->end; q < mt->first; q++)
        if (evt_is_punct_boundary(d, q) || evt_is_complementizer(d, q)) return -1;
    return (int32_t)(hi - 1);
}

static int own_modality(const run *r, const sent *s, size_t hi);

static int assign_modality(const run *r, const sent *s, size_t hi)
{
    int m = own_modality(r, s, hi);
    int32_t k = m == EVG_MODAL_ASSERTED ? conjoined_to(r, s, hi) : -1;
    if (k >= 0) return assign_modality(r, s, (size_t)k); /* a chain "would recall X, expel Y and close Z" */
    k = m == EVG_MODAL_ASSERTED ? object_of_verb(r, s, hi) : -1;
    int v = k >= 0 ? own_modality(r, s, (size_t)k) : m; /* only a plan or a possibility carries over */
    return v == EVG_MODAL_PLANNED || v == EVG_MODAL_POSSIBLE ? v : m;
}

/* Verbs and nouns that call an act off or put it off (folded; Arabic by
 * stem, so a proclitic و or ف may lead). */
static const char *const called_off_words[] = {
    "cancelled", "canceled", "cancels", "cancel", "scrapped", "cancellation", "scrapping",
    "\xD8\xA7\xD9\x84\xD8\xBA\xD9\x8A",                 /* الغي (ألغى) */
    "\xD8\xA7\xD9\x84\xD8\xBA\xD8\xAA",                 /* الغت */
    "\xD9\x8A\xD9\x84\xD8\xBA\xD9\x8A",                 /* يلغي */
    "\xD8\xA7\xD9\x84\xD8\xBA\xD8\xA7\xD8\xA1", NULL}; /* الغاء */
static const char *const put_off_words[] = {
    "postponed", "postpones", "postpone", "postponement",
    "\xD8\xA7\xD8\xB1\xD8\xAC\xD8\xA7",                 /* ارجا (أرجأ) */
    "\xD8\xA7\xD8\xB1\xD8\xAC\xD8\xA7\xD8\xAA",       /* ارجات */
    "\xD8\xA7\xD8\xB1\xD8\xAC\xD8\xA7\xD8\xA1",       /* ارجاء */
    "\xD8\xAA\xD8\xA7\xD8\xAC\xD9\x8A\xD9\x84",       /* تاجيل */
    "\xD8\xA7\xD8\xAC\xD9\x84\xD8\xAA", NULL};          /* اجلت */

static const char *const determiners[] = {"a", "an", "the", "its", "his", "her", "their", "this", "that", NULL};

static int word_of(const evg_doc *d, int32_t k, const char *const *w)
{
    if (tok_in(d, k, w)) return 1;
    for (size_t i = 0; w[i]; i++)
        if ((unsigned char)w[i][0] >= 0x80 && evt_tok_is_stem(d, k, w[i])) return 1;
    return 0;
}

/* How far before a meeting or visit its verb of cancelling may stand: an
 * Arabic verb comes before its subject ("ألغى الرئيس X زيارته"). */
#define CALLED_OFF_REACH 7

/* "ألغى الرئيس X زيارته إلى Y", "called off a trip to Y", "cancelled the
 * talks": a meeting or visit that is the object of a verb (or noun) of
 * cancelling did not happen (negated); one postponed or put off is still
 * to come (planned).  The verb stands in the meeting's clause, before it,
 * with no clause boundary, complementizer or "and" between; an English
 * participle after a determiner is an adjective ("the postponed summit
 * opened on Monday" happened).  Returns the modality or -1. */
static int called_off_modality(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (strncmp(mt->e->code, "04", 2) != 0) return -1;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - CALLED_OFF_REACH; k--) {
        if (evt_is_punct_boundary(d, k) || evt_is_complementizer(d, k) || tok_is(d, k, "and")) break;
        if (d->tokens.v[k].script == EVG_SCRIPT_LATN && tok_in(d, k - 1, determiners)) continue;
        if (word_of(d, k, called_off_words) || (tok_is(d, k, "off") && tok_is(d, k - 1, "called")))
            return EVG_MODAL_NEGATED;
        if (word_of(d, k, put_off_words) || (tok_is(d, k, "off") && tok_is(d, k - 1, "put")))
            return EVG_MODAL_PLANNED;
    }
    return -1;
}

static int own_modality(const run *r, const sent *s, size_t hi)
{
    const evt_match *trig = &s->h.v[hi].mt;
    evt_match anchor = *trig; /* cues and tense are read on the light verb if any */
    int32_t lv = evt_light_verb(r->doc, s, hi, hi > 0 ? s->h.v[hi - 1].mt.end : s->first);
    if (lv >= 0) {
        anchor.first = lv;
        anchor.end = lv + 1;
    }
    const evt_match *mt = &anchor;
    int neg = 0, poss = 0,
        plan = mt->e->planned || (evt_purpose_noun(r->doc, trig) && !evt_stance_object(s, hi)) ||
               (lv >= 0 && evt_light_verb_future(r->doc, lv));
    plan |= tok_is(r->doc, trig->first, "due"); /* "he is due in Jeddah" */
    int32_t from = mt->first - CUE_REACH > s->first ? mt->first - CUE_REACH : s->first;
    if (evt_en_participle(r->doc, s, trig)) from = mt->first; /* "would act, urging X": not the clause's cue */
    for (int32_t i = from; i < mt->first; i++) {
        evt_match cue;
        if (!evt_match_at(r->doc, i, mt->first, 1, &cue) || !cue_applies(&cue, mt) ||
            evt_cue_cut(r->doc, &cue, mt) || to_of_loyalty(r->doc, &cue)) /* events_tense.c: "رفضت X ...، وتوعدت" */
            continue;
        if (r->tok_tx[cue.first] >= 0 && cue.end == cue.first + 1) continue; /* the month "in May", not the modal */
        if (to_after_superlative(r->doc, &cue)) { /* "will be the first leader to visit" */
            for (int32_t k = cue.first - 1; k >= s->first && k >= cue.first - 8; k--)
                plan |= tok_is(r->doc, k, "will");
            continue;
        }
        neg |= cue.e->kind == EVT_CUE_NEGATED;
        poss |= cue.e->kind == EVT_CUE_POSSIBLE;
        plan |= cue.e->kind == EVT_CUE_PLANNED;
    }
    evt_match cue;
    mt = trig;
    for (int32_t i = mt->end; i < s->end && i <= mt->end + 1; i++)
        if (evt_match_at(r->doc, i, s->end, 1, &cue) && cue.e->scope == EVT_SC_POST) {
            poss |= cue.e->kind == EVT_CUE_POSSIBLE;
            plan |= cue.e->kind == EVT_CUE_PLANNED;
        }
    if (neg) return EVG_MODAL_NEGATED;
    int off = called_off_modality(r->doc, s, trig);
    if (off >= 0) return off;
    if (poss) return EVG_MODAL_POSSIBLE;
    return plan ? EVG_MODAL_PLANNED : EVG_MODAL_ASSERTED;
}

/* ---- attribution ---- */

/* Does speech verb h report the event at mt ("قال X إن ...", "..., X said")?
 * Not across a clause of contrast ("فيما", "بينما", "في حين", "while",
 * "whereas"): "X said ..., while Y accused Z" is Y's own act, and "X praised
 * the deal, while Y warned" is not reported by Y. */
static int speech_reports(const evg_doc *d, const hit *h, const evt_match *mt)
{
    if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) return 0;
    if (h->mt.first > mt->end ? evt_contrast_between(d, mt->end, h->mt.first)
                              : evt_contrast_between(d, h->mt.end, mt->first))
        return 0;
    if (h->mt.e->lang == EVG_LANG_EN && h->mt.first > mt->end) return 1;
    if (h->mt.e->lang == EVG_LANG_EN && h->mt.end <= mt->first && mt->first - h->mt.end <= 6)
        return 1; /* "The Kremlin said Putin will visit" */
    for (int32_t q = h->mt.end; q < mt->first; q++)
        if (evt_is_complementizer(d, q) || evt_is_quote_open(d, q)) return 1;
    return 0;
}

int32_t evt_assign_attribution(const sent *s, size_t hi, const evg_event *ev)
{
    if (s->attrib_ent >= 0 && !evt_has_actor(ev, s->attrib_ent)) return s->attrib_ent;
    const evt_match *mt = &s->h.v[hi].mt;
    for (size_t k = hi; k-- > 0 && s->h.v[k].mt.end >= mt->first - TIMEX_REACH;) {
        int32_t ent = speech_reports(s->doc, &s->h.v[k], mt) ? s->c.v[s->h.v[k].speaker].ent : -1;
        if (ent >= 0 && !evt_has_actor(ev, ent)) return ent;
    }
    for (size_t k = hi + 1; k < s->h.n && s->h.v[k].mt.first <= mt->end + TIMEX_REACH; k++) {
        int32_t ent = speech_reports(s->doc, &s->h.v[k], mt) ? s->c.v[s->h.v[k].speaker].ent : -1;
        if (ent >= 0 && !evt_has_actor(ev, ent)) return ent;
    }
    return -1;
}

/* ---- stated intents ---- */

/* "أعلن فيدان أن بلاده ستزود مصر بطائرات", "X said his country will send
 * aid": material cooperation or aid announced for the future by its own
 * side (the speaker, or an actor of the speaker's country) is a statement
 * of intent (CAMEO codes future cooperation under 03: 031, aid 033), and
 * that statement happened.  Returns 1 when the code became 03x. */
int evt_stated_intent(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if (ev->modality != EVG_MODAL_PLANNED || (strcmp(ev->root, "06") != 0 && strcmp(ev->root, "07") != 0))
        return 0;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    const evt_match *mt = &s->h.v[hi].mt;
    for (size_t k = hi; src >= 0 && k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < mt->first && !comp; q++) comp = evt_is_complementizer(d, q);
        if (!comp && mt->e->lang != EVG_LANG_EN) return 0;
        const evg_entity *a = &d->entities.v[s->c.v[h->speaker].ent], *b = &d->entities.v[src];
        if (s->c.v[h->speaker].ent != src &&
            !(a->country && b->country && a->country[0] && strcmp(a->country, b->country) == 0))
            return 0;
        const char *code = strcmp(ev->root, "06") == 0 ? "031" : "033";
        const evt_cameo *c = evt_cameo_find(d->ctx, code);
        snprintf(ev->code, sizeof ev->code, "%s", code);
        memcpy(ev->root, "03", 3);
        if (c) ev->label = c->label;
        ev->modality = EVG_MODAL_ASSERTED;
        return 1;
    }
    return 0;
}

/* "الاتفاق الذي وقعته X و Y لاستئناف العلاقات", "a pledge to restore ties":
 * a purpose noun after an agreement or a pledge is what was agreed or
 * pledged, not an act of its own. */
int evt_agreed_content(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (!evt_purpose_noun(s->doc, mt)) return 0;
    for (size_t k = hi; k-- > 0 && s->h.v[k].mt.end >= mt->first - 15;)
        if (strcmp(s->h.v[k].mt.e->code, "057") == 0 || strncmp(s->h.v[k].mt.e->code, "03", 2) == 0)
            return 1;
    return 0;
}

/* How far after an intent verb a meeting noun may stand to be its content. */
#define INTENT_REACH 10

/* "اتفقوا على مواصلة الاجتماعات", "proposed a three-way summit", "agreed to
 * hold talks": the meeting noun right after an intent or proposal (03) in
 * the same clause is what was agreed or proposed: a planned meeting, and
 * the intent is an intent to meet (036).  Returns the index of the intent
 * hit before meeting hit hi, or -1. */
static int32_t intent_before(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int noun = mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED;
    if (strncmp(mt->e->code, "04", 2) != 0 || (!noun && !tok_is(s->doc, mt->first - 1, "to"))) /* "agreed to meet" */
        return -1;
    for (size_t k = hi; k-- > 0;) {
        const evt_match *o = &s->h.v[k].mt;
        if (o->end > mt->first || mt->first - o->end > INTENT_REACH) return -1;
        if (strncmp(o->e->code, "03", 2) != 0) continue;
        for (int32_t q = o->end; q < mt->first; q++)
            if (evt_is_punct_boundary(s->doc, q)) return -1;
        return (int32_t)k;
    }
    return -1;
}

/* The intent hit hi is followed by a meeting noun it is about: intent to meet (036). */
int evt_intent_to_meet(const sent *s, size_t hi)
{
    for (size_t k = hi + 1; k < s->h.n && s->h.v[k].mt.first - s->h.v[hi].mt.end <= INTENT_REACH; k++)
        if (intent_before(s, k) == (int32_t)hi) return 1;
    return 0;
}

/* The modality: an asserted act dated after the reference day, or after
 * an intent word, is planned; a threat is asserted (the threat itself). */
void evt_event_modality(const run *r, const sent *s, size_t hi, evg_event *ev, int threat)
{
    int32_t dct = r->doc->sections.v[s->section].dct;
    ev->modality = assign_modality(r, s, hi);
    if (ev->modality == EVG_MODAL_ASSERTED && ev->date_source == EVG_DATE_TIMEX && dct != EVG_NODATE &&
        ev->begin != EVG_NODATE && ev->begin > dct)
        ev->modality = EVG_MODAL_PLANNED;
    if (threat) ev->modality = EVG_MODAL_ASSERTED;
    if (ev->modality == EVG_MODAL_ASSERTED && intent_before(s, hi) >= 0) ev->modality = EVG_MODAL_PLANNED;
}

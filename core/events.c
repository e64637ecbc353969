/*
 * events.c - the events stage: finds trigger words, codes them in CAMEO and
 * fills in actors, place, date, modality, attribution and quantities.
 *
 * Works sentence by sentence on the folded tokens.  For each sentence it
 * builds a small working set (struct sent, events_sentence.c): the trigger
 * matches, the actor candidates (entity mentions with the preposition that
 * introduces them) and the time expressions.  Each trigger becomes at most
 * one evg_event in doc->events; this file decides which triggers become
 * events and builds each (build_event) from the stage files listed at the
 * end of this comment.  After the last sentence two passes run over the document
 * (events_merge.c): definite nouns without a date of their own ("خلال
 * اللقاء") take the date of the event they refer to, and repeated reports of
 * one event inside the document are merged.
 *
 * Dates: the nearest time expression of the sentence, preferring one after
 * the trigger, never across a complementizer (أن، إن، that) and never one
 * that a preceding word makes about something else ("حرب 1950-1953"); else
 * the referred event's date; else the section's reference date (with lower
 * confidence); never a date from another section, and no date at all in a
 * section without a reference date (related blocks: an act left undated
 * there is dropped, events_merge.c).  An intent (03) is
 * not dated by a time ahead of the reference date, the promised act's
 * (events_date.c, evt_intent_redate after evt_stated_intent).
 * Modality: cues from data/cues.tsv before the trigger (سوف، لم، لن، قد +
 * present, من المرجح، will, may ...), the future prefix س, a purpose noun
 * ("لزيارة"), an adjective after a noun ("زيارة مرتقبة"), and a resolved
 * date after the reference date (planned).
 *
 * Decisions (documented here because they shape the output):
 *  - Sections: meta and dateline sections are skipped; title events are kept
 *    with confidence x0.7 (they merge into the body event they headline).
 *    A place opening a paragraph before a dash is the dateline, not an
 *    actor (events_roles.c).
 *  - Speech verbs (قال أكد صرح وصف قوله said ...) make a 010-family event only
 *    when the sentence has no other event (a trigger that found no actors
 *    does not count) and either the speaker speaks to or about a second
 *    actor of another country in the same clause, or the speaker is named
 *    (a person; any named actor when the statement has a date of its own)
 *    and the verb does not merely continue an earlier statement (أضاف،
 *    added); otherwise they only serve as attribution of the events they
 *    report.  A denial (نفى، denied) is a statement even when it reports
 *    the act it denies (kept, negated).  An undated statement or reaction
 *    takes the day of the recent act a few sentences before it that it
 *    reacts to (events_merge.c), else the reference date.  A future attack in a statement's
 *    complement ("قال X إن الجماعة ستواصل استهداف ...") is X's threat (138).
 *  - An event in the complement of a dated statement, without a date of its
 *    own, takes the statement's date ("أعلن X الشهر الماضي أن Y وافق على").
 *  - Two days joined by و/and ("Wednesday and Thursday") date an event as
 *    the interval of both; two alternatives joined by أو/or ("في يوليو أو
 *    أغسطس") as the interval from the first to the second (2025-07/2025-08):
 *    the event falls somewhere in it, and its modality stays what the cues
 *    say (من المرجح: possible).
 *  - An anterior clause ("وقد أجرى", "كانت X قد", "سبق أن", "had met",
 *    "أرسلها بالفعل", "already sent"; events_tense.c) without a date of its
 *    own borrows none from another clause or event: a past perfect is dated
 *    by the reference month up to the reference day, an "already" clause by
 *    the reference day.
 *  - A date opening the reporting clause ("في يونيو، أعلن X أن Y تعهد")
 *    dates the reported event when it has none of its own.
 *  - A place phrase right next to the event's own date ("..., في وونسان
 *    يوم السبت") is its location even past a comma.
 *  - A passive act without agents ("الاتفاق الذي تم توقيعه خلال زيارة X",
 *    "signed during X's visit") takes the parties of that occasion; a talks
 *    noun with no actor in its sentence continues the latest meeting or
 *    visit of the two previous sentences when it had exactly two sides.
 *  - Nominal triggers (زيارة لقاء talks) need two actors, verbs one; no
 *    event is ever emitted without an actor.
 *  - Hosts and talks: "مباحثات احتضنتها الصين", "talks hosted by X" are a
 *    hosting (043) and talks (040) among the host and the guests; talks named
 *    as what led to a joint act ("في ختام مباحثات", "after talks") are
 *    between that act's parties, lasted N days up to its day, and are never
 *    the occasion later statements are dated by.  "استقبله خلالها X" during a
 *    visit: X receives the visitor; "لدى وصوله" after a host verb is the
 *    guest's arrival.  A delegation ("وفد برئاسة X", "led by X") acts through
 *    its head.  "وشارك في الاجتماع X", "X attended the meeting" add X to the
 *    meeting already reported instead of a second meeting.
 *  - "الطرفان", "الفصائل", "the two sides", "the parties" are the pair the
 *    section named "بين X و Y", else the parties of the latest two-sided act
 *    that is not a statement or a mediation (events_roles.c).
 *  - A vague future in the clause ("خلال الأسابيع المقبلة", "in the coming
 *    days") dates an event as FUTURE_REF (no calendar days); a date after a
 *    closed quotation and a comma, or after بعدما/عندما, belongs to another
 *    clause.
 *  - Statements that take a position (appeal 02, praise 05, demand 10,
 *    criticise 11, reject 12, threaten 13) whose object is an act ("condemned
 *    the Israeli strike", "رحب باتفاق ... الذي وقعته X و Y") take the agents
 *    of that act as targets (not the target of a one-sided act: thanks for
 *    arms sent to Russia go to the sender), and the act does not take the
 *    speaker as its agent (events_stance.c).  A rejection of an act ("رفض X لقاء Y",
 *    "X refused to hold talks with Y") is a 120 event of the rejecter towards the act's other
 *    party, and the act itself is told negated (cues.tsv).  A warning (13x) is an event even
 *    when the sentence reports other acts.
 *  - A mediation verb before a talks noun ("توسطت قطر في محادثات بين X و Y")
 *    takes the two sides of the talks as the parties it mediates between.
 *  - Hosting (استقبل, received) keeps CAMEO 043 with the host as source: a
 *    reception is a meeting on the occasion of a visit, and the visit (042,
 *    visitor as source) stays an event of its own.
 *  - Inside a document, two events of one family whose actors agree (same
 *    entity, or a country standing for its own leader) and whose known
 *    dates (explicit or taken from the referred event) overlap are one
 *    event; visits to one place within a week are one visit.  The
 *    best-dated report is kept and the others add their actors, place and
 *    quantities to it.  An asserted body event with only the reference
 *    date takes the date of a dated event of the same or previous sentence
 *    that shares an actor (narrative time).
 *
 *  - Session-3 rules (each written from our own sentences in
 *    tests/events_cases.tsv): the date after "since" in a "first ...
 *    since" phrase and a date inside a relative clause after a verb's
 *    object date nothing; a source named after the event with a date
 *    ("بحسب ما أعلنت الوزارة الأحد") dates it; a capital as an actor of a
 *    verbal act (01-03, 05, 10-14, 16) is its country when the document
 *    names the country; rescuers or aid arriving are aid (073) from the
 *    country or organisation named with them to the place's country;
 *    material cooperation or aid announced for the future by its own side
 *    is a stated intent (031/033); a fighting noun with no sides takes the
 *    section's last "between X and Y"; a killing (186) needs a person as
 *    target; a meeting noun of one organisation ("قمة الاتحاد الأفريقي",
 *    "the NATO summit") is kept with that one actor; a purpose noun after
 *    an agreement or pledge is its content, not an event; a possessive
 *    visit or meeting noun whose owner already made it refers back; a
 *    statement with an occasion ("للصحفيين", "told reporters") is an
 *    event even without a date of its own; a visit of stated length ("زيارة
 *    استمرت يومين", "a three-day visit") spans its days; when "the two
 *    countries" include the source's own, the target is the other one.
 *
 *  - Round-4 rules (own sentences in tests/events_cases.tsv): an Arabic
 *    verb whose subject is an unnamed group takes the members named after
 *    "من بينها" (events_args.c); talks or a hosting "على مدى ثلاثة أيام
 *    ابتداءً من 21" and an act "استمرت ثلاثة أيام" reported by "اختتمت" span
 *    their days; a verb before "خلالها" happened during the visit or meeting
 *    of its sentence (its subject and date); ب before a city is where a
 *    meeting took place; demands (10) and reactions after a reaction dated by
 *    its occasion take that day, and a reaction naming "the agreement" the
 *    day of the recent signing; an undated headline restating the lead's act
 *    (same code) is that act (events_merge.c); an arrival with no goal of
 *    its own takes the visit noun's right after it ("arrived on Friday on
 *    his first visit to India"); a position reported in a statement whose
 *    agent is the speaker's own country ("X said China opposed") has the
 *    speaker as a participant.
 *
 *  - Session-7 rules (docs/EVENTS.md, own rows in tests/events_cases.tsv):
 *    a meeting noun after since/منذ is no event; a bare verb after and/و
 *    shares the modality of the verb before it; a past verb is not dated
 *    by a future day (it dates the act agreed on); ", where"/"، حيث" opens
 *    a clause of its own time; a date right after a closed quotation and
 *    its comma dates the quoted act.
 *
 * Files of the stage, in the order build_event uses them: events_sentence.c
 * (the working set); events_args.c (actors from word order) with
 * events_clause.c (other clause shapes), events_context.c (subjects carried
 * or read from the clause's shape) and events_place.c (place, counterparts
 * and destinations after the trigger); events_parties.c (counterparts
 * beyond word order), events_meet.c (meetings, visits, talks) and
 * events_speech.c (reported speech); events_date.c (the date);
 * events_modality.c (modality, attribution, stated intents); then
 * events_roles.c, events_stance.c, events_tense.c as before.  This file
 * keeps the filters on which triggers become events, build_event, the
 * sentence loop and the entry point.
 *
 * Exports evg_events_run (internal.h); the tables are in events_data.c,
 * the amounts in events_quantity.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>


/* ---- one event ---- */

static double base_confidence(const sent *s, size_t hi, const evg_event *ev)
{
    const evt_entry *e = s->h.v[hi].mt.e;
    double c = e->pos == EVT_POS_NOUN || e->pos == EVT_POS_FIXED ? 0.65 : 0.75;
    if (ev->nactors >= 2) c += 0.1;
    if (ev->date_source == EVG_DATE_TIMEX) c += 0.05;
    else if (ev->date_source == EVG_DATE_DCT) c -= 0.1;
    else if (ev->date_source == EVG_DATE_NONE) c -= 0.15;
    if (e->cls == EVT_CL_SPEECH) c = 0.4;
    if (s->sec_kind == EVG_SEC_TITLE) c *= 0.7;
    c = round(c * 100.0) / 100.0; /* on the hundredths grid JSON Lines carries, so a
                                   * build from shards stores what a direct build stores */
    return c < 0.05 ? 0.05 : c > 0.99 ? 0.99 : c;
}

/* "التقى X و Y على رفض ...": meet + على (not "على هامش") means they agreed
 * on something, not that they met. */
static int agree_sense(const sent *s, const evt_match *mt)
{
    const evg_doc *d = s->doc;
    if (mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_MEET ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    for (int32_t k = mt->end; k < s->end && k < mt->end + 8; k++) {
        if (evt_is_punct_boundary(d, k) || tok_is(d, k, "\xD9\x85\xD8\xB9")) return 0; /* مع */
        if (tok_is(d, k, "\xD8\xB9\xD9\x84\xD9\x8A")) /* علي */
            return !evt_tok_is_stem(d, k + 1, "\xD9\x87\xD8\xA7\xD9\x85\xD8\xB4"); /* هامش */
    }
    return 0;
}

/* "قمة الاتحاد الأفريقي", "اجتماع مجلس الأمن", "the NATO summit": a meeting
 * noun whose one actor is the organisation that holds it, named right
 * after it (Arabic genitive) or right before it (English). */
static int org_meeting(const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET || ev->nactors != 1 ||
        (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return 0;
    const evg_entity *e = &s->doc->entities.v[ev->actors[0].entity];
    if (!e->type || strcmp(e->type, "ORG") != 0) return 0;
    /* a bloc of states meets as one actor wherever its clause names it
     * ("Meeting at an emergency summit, ECOWAS closed ...") */
    if (e->role && strcmp(e->role, "IGO") == 0) return 1;
    int32_t lv = evt_light_verb(s->doc, s, hi, s->first); /* "عقد مجلس الأمن اجتماعا" */
    if (lv >= 0 && ev->actors[0].role == EVG_ROLE_SOURCE && evt_org_anaphor(s->doc, s, mt, lv) == ev->actors[0].entity)
        return 1; /* "يعقد الاتحاد اجتماعه": the union named before */
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->ent != ev->actors[0].entity) continue;
        if (mt->e->lang == EVG_LANG_AR && c->prep == PREP_NONE && (c->first == mt->end || c->first == lv + 1))
            return 1;
        if (mt->e->lang == EVG_LANG_EN && c->end <= mt->first && (mt->first - c->end <= 1 || c->end == lv))
            return 1;
    }
    return 0;
}

/* "وندد X بالضربة", "X condemned the strike": a position whose object is an
 * act needs no second actor when its speaker is known (the act's agent may
 * be unnamed); a rejection of an act keeps the 120 rules of its trigger row. */
static int position_on_act(const sent *s, size_t hi, const evg_event *ev)
{
    const char *code = s->h.v[hi].mt.e->code;
    return evt_position_code(code) && strncmp(code, "12", 2) != 0 && evt_role_taken(ev, EVG_ROLE_SOURCE) &&
           hi + 1 < s->h.n && evt_stance_object(s, hi + 1);
}

/* "Gallagher criticised the meeting", "ورحب X بالزيارة": a definite meeting
 * or visit noun that is the object of a position, after such an act was
 * already told in an earlier sentence, names that act again; no new event
 * (it would take the position's actors and another date). */
static int restated_meeting(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (strncmp(mt->e->code, "04", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) ||
        !evt_stance_object(s, hi))
        return 0;
    int definite;
    if (mt->e->lang == EVG_LANG_EN) {
        definite = tok_is(d, mt->first - 1, "the");
    } else {
        const char *w = d->fold + d->tokens.v[mt->first].fs;
        definite = mt->prefix_len >= 4 && memcmp(w + mt->prefix_len - 4, "\xD8\xA7\xD9\x84", 4) == 0; /* ال */
    }
    if (!definite) return 0;
    for (size_t i = 0; i < d->events.n; i++) {
        const evg_event *o = &d->events.v[i];
        if (o->sent < s->idx && strncmp(o->code, "04", 2) == 0 && d->sections.v[o->section].kind == EVG_SEC_BODY)
            return 1;
    }
    return 0;
}

/* "X called on the army to hold back from force", "urged all parties
 * to exercise restraint", "، داعيةً إلى الحفاظ على الاستقرار": an appeal
 * (02; a demand, 10, in Arabic participles) by a named speaker whose
 * addressee is a common noun or unsaid, with what is asked after it, is an
 * appeal all the same; the annotators code it with the speaker alone. */
/* "إلى الحفاظ", "بالعودة": what an Arabic appeal asks for, right after it. */
static int request_after(const evg_doc *d, int32_t k)
{
    static const char *const to[] = {"\xD8\xA7\xD9\x84\xD9\x8A", "\xD8\xA7\xD9\x84\xD9\x89", NULL}; /* الي الى */
    if (k >= (int32_t)d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    if (tok_in(d, k, to)) return 1;
    const evg_token *t = &d->tokens.v[k];
    return t->fe - t->fs >= 8 && !memcmp(d->fold + t->fs, "\xD8\xA8\xD8\xA7\xD9\x84", 6); /* بال */
}

/* "، داعياً سكان القرى الساحلية إلى الإخلاء", "، مطالبةً السلطات بالإفراج":
 * the request of an Arabic appeal comes right after it or after an addressee
 * of up to seven common nouns (no named party but a region, no punctuation
 * between). */
static int request_near(const sent *s, const evt_match *mt)
{
    const evg_doc *d = s->doc;
    if (request_after(d, mt->end)) return 1;
    size_t c = 0;
    while (c < s->c.n && s->c.v[c].first < mt->end) c++;
    for (int32_t k = mt->end; k < s->end && k < mt->end + 8; k++) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (c < s->c.n && s->c.v[c].first <= k) { /* a named party is addressed; a region ("سكان وادي X") is not */
            if (!evt_cand_type_is(&s->c.v[c], "LOC")) return 0;
            k = s->c.v[c++].end - 1;
            continue;
        }
        if (k > mt->end && request_after(d, k)) return 1;
    }
    return 0;
}

static int appeal_to_unnamed(const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (mt->e->lang == EVG_LANG_AR) /* "، داعيةً إلى الحفاظ على", "، مطالباً بالعودة إلى" */
        return (strncmp(mt->e->code, "02", 2) == 0 || strncmp(mt->e->code, "10", 2) == 0) &&
               mt->e->pos == EVT_POS_FIXED && evt_role_taken(ev, EVG_ROLE_SOURCE) && request_near(s, mt);
    if (strncmp(mt->e->code, "02", 2) != 0 || !evt_role_taken(ev, EVG_ROLE_SOURCE))
        return 0;
    static const char *const pron[] = {"him", "her", "them", "it", "us", "me", "you", NULL};
    size_t c = 0;
    while (c < s->c.n && s->c.v[c].first < mt->end) c++;
    if (tok_in(d, mt->end, pron)) return 0; /* "appealed to him to press": a named party told before */
    for (int32_t k = mt->end; k < s->end && k < mt->end + 6; k++) {
        if (evt_is_punct_boundary(d, k) || (c < s->c.n && s->c.v[c].first <= k)) return 0;
        if (tok_is(d, k, "to")) return k > mt->end && k + 1 < s->end && d->tokens.v[k + 1].kind == EVG_TOK_WORD;
    }
    return 0;
}

/* "وطالب X في خطابه بإنهاء الحصار": an Arabic demand verb (a 100 row) whose
 * one actor is its speaker and whose object is what is asked, ب and a noun
 * in the speaker's clause with no addressee named, is an appeal (020), as
 * the annotators code a demand made to no one in particular. */
static int demand_to_unnamed(const sent *s, size_t hi, const evg_event *ev)
{
    static const char *const not_asked[] = {
        "\xD8\xA8\xD9\x8A\xD9\x86", "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xA8\xD8\xB9\xD8\xB6",             /* بين بعد بعض */
        "\xD8\xA8\xD8\xB3\xD8\xA8\xD8\xA8", "\xD8\xA8\xD8\xB4\xD8\xA7\xD9\x86",                           /* بسبب بشان */
        "\xD8\xA8\xD8\xA7\xD9\x86", "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87", NULL};                  /* بان بلاده */
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (mt->e->lang != EVG_LANG_AR || strcmp(mt->e->code, "100") != 0 ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) || ev->nactors != 1 ||
        !evt_role_taken(ev, EVG_ROLE_SOURCE))
        return 0;
    size_t c = 0;
    while (c < s->c.n && s->c.v[c].first < mt->end) c++;
    int named = 0;
    int32_t limit = mt->end + 12;
    for (int32_t k = mt->end; k < s->end && k < limit; k++) {
        const evg_token *t = &d->tokens.v[k];
        if (evt_is_punct_boundary(d, k)) return 0;
        if (c < s->c.n && s->c.v[c].first <= k) { /* the speaker (his title's demonym before), then no name */
            if (named) return 0;
            named = s->c.v[c].ent == ev->actors[0].entity;
            limit += s->c.v[c].end - k; /* a long title and name ("أمين عام حلف شمال الأطلسي X") counts as one word */
            k = s->c.v[c++].end - 1;
            continue;
        }
        if (t->kind != EVG_TOK_WORD || t->fe - t->fs < 8 || memcmp(d->fold + t->fs, "\xD8\xA8", 2) != 0) /* ب */
            continue;
        return named && !tok_in(d, k, not_asked);
    }
    return 0;
}

/* "وأعلنت X ترحيبها بالاتفاق", "أعرب X عن رفضه للقرار": an Arabic noun of
 * appeal, support or rejection (02, 05, 12) with a possessive ending (a
 * generated possessive or a fixed form such as ترحيبه) that a statement verb
 * of its clause announces is the speaker's own act and needs no second
 * actor; "أعربت X عن قلقها" stays the statement the annotators code. */
static int announced_position(const sent *s, size_t hi, const evg_event *ev)
{
    static const char *const roots[] = {"02", "05", "12", NULL}; /* not a concern (11) told without its object */
    const evt_match *mt = &s->h.v[hi].mt;
    int root = 0;
    for (int k = 0; roots[k]; k++) root |= strncmp(mt->e->code, roots[k], 2) == 0;
    if (mt->e->lang != EVG_LANG_AR || !root || !evt_role_taken(ev, EVG_ROLE_SOURCE) ||
        !(mt->e->definite || mt->e->pos == EVT_POS_FIXED) || mt->prefix_len)
        return 0;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.end > mt->first || mt->first - h->mt.end > 20) return 0;
        if (h->mt.e->cls != EVT_CL_SPEECH || h->mt.e->pos != EVT_POS_PAST) {
            if (evt_punct_between(s->doc, h->mt.end, mt->first)) return 0;
            continue;
        }
        /* an apposition on the speaker may stand between ("وأعلنت X، أكبر تحالف ...، ترحيبها") */
        return !evt_punct_between(s->doc, h->mt.end, mt->first) ||
               (h->speaker >= 0 && evt_has_actor(ev, s->c.v[h->speaker].ent));
    }
    return 0;
}

/* "، متهماً إياه بـ", "، منتقدةً السلطات": an Arabic circumstantial
 * participle of disapproval (11) takes its agent from the clause it hangs
 * on; its object is often a pronoun (إياه) or a common noun, so the agent
 * alone makes the accusation or the criticism. */
static int disapproval_participle(const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    return strncmp(mt->e->code, "11", 2) == 0 && evt_ar_participle(s->doc, s, mt) &&
           evt_role_taken(ev, EVG_ROLE_SOURCE);
}

static int event_keep(const sent *s, size_t hi, const evg_event *ev)
{
    if (restated_meeting(s, hi)) return 0;
    const evt_entry *e = s->h.v[hi].mt.e;
    if (agree_sense(s, &s->h.v[hi].mt)) return 0;
    if (org_meeting(s, hi, ev)) return 1;
    int appeal = strcmp(e->code, "100") == 0 && strcmp(ev->code, "020") == 0; /* demand_to_unnamed */
    if (ev->nactors < e->min_actors && !position_on_act(s, hi, ev) && !appeal_to_unnamed(s, hi, ev) && !appeal &&
        !announced_position(s, hi, ev) && !disapproval_participle(s, hi, ev))
        return 0;
    if (ev->nactors == 0) return 0;
    if (strcmp(e->code, "186") == 0) { /* "killed journalist X", not "killed 20 people" */
        int person = 0;
        for (int i = 0; i < ev->nactors; i++) {
            const evg_entity *t = &s->doc->entities.v[ev->actors[i].entity];
            person |= ev->actors[i].role == EVG_ROLE_TARGET && t->type && strcmp(t->type, "PER") == 0;
        }
        if (!person) return 0;
    }
    if (e->cls == EVT_CL_SPEECH && evt_denial_verb(s->doc, &s->h.v[hi].mt))
        return evt_role_taken(ev, EVG_ROLE_SOURCE) || evt_speech_event_ok(s, ev) || evt_speech_people(s->doc, ev) == 1;
    if (e->cls == EVT_CL_SPEECH && evt_record_speaker(s->doc, ev)) return 0; /* events_speech.c: attribution only */
    if (e->cls == EVT_CL_SPEECH && evt_functionary_report(s, hi, ev)) return 0; /* a functionary's facts */
    if (e->cls == EVT_CL_SPEECH && evt_commentator_speaker(s, ev)) return 0; /* a commentator's opinion */
    if (e->cls == EVT_CL_SPEECH)
        return evt_speech_event_ok(s, ev) || evt_speech_people(s->doc, ev) == 1;
    if (e->cls == EVT_CL_ARRIVE)
        return evt_role_taken(ev, EVG_ROLE_SOURCE) &&
               (evt_role_taken(ev, EVG_ROLE_TARGET) || ev->location >= 0);
    return evt_role_taken(ev, EVG_ROLE_SOURCE) || ev->nactors >= 2;
}

static void event_init(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    memset(ev, 0, sizeof *ev);
    size_t cn = strnlen(mt->e->code, sizeof ev->code - 1); /* speed: snprintf "%s", truncated alike */
    memcpy(ev->code, mt->e->code, cn);
    ev->code[cn] = '\0';
    memcpy(ev->root, ev->code, 2);
    ev->root[2] = '\0';
    ev->label = mt->e->label;
    ev->trig_first = mt->first;
    ev->trig_end = mt->end;
    ev->sent = s->idx;
    ev->section = s->section;
    ev->timex = -1;
    ev->location = -1;
    ev->attribution = -1;
    ev->begin = ev->end = EVG_NODATE;
}

/* "أن يعرض غروسي نتائج زيارته", "نتائج لقائه": a visit or meeting noun
 * with a possessive ending whose owner already made that visit or meeting
 * earlier in the section refers back to it; it is no new event. */
/* "Russia struck Kyiv on Monday. Khamenei called the strike a crime": an
 * English "the <attack noun>" after a verb, when an act of the same kind
 * was told just before in the section, names that act again; the subject
 * of the verb is no agent of it. */
static int force_named_again(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || mt->first < s->first + 2 ||
        !tok_is(d, mt->first - 1, "the") || ev->root[0] != '1' || ev->root[1] < '8')
        return 0;
    if (tok_is(d, mt->end, "by") || tok_is(d, mt->end, "of") || tok_is(d, mt->end, "on")) return 0;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 8) return 0;
        if (o->sent < s->idx && o->root[0] == '1' && o->root[1] >= '8') return 1;
    }
    return 0;
}

/* "the State Department said India had briefed it on the visit", "أبلغ X
 * الاتحاد الأوروبي عن الزيارة": a definite visit or meeting noun that is
 * only the object of a preposition, with nothing of its own after it, is
 * the occasion already told in the section, not a new one whose parties are
 * the clause's other actors. */
static int occasion_named_again(const evg_doc *d, const sent *s, size_t hi)
{
    static const char *const en[] = {"on", "about", "over", "of", "regarding", NULL};
    static const char *const ar[] = {"\xD8\xB9\xD9\x86", "\xD8\xAD\xD9\x88\xD9\x84", /* عن حول */
                                     "\xD8\xA8\xD8\xB4\xD8\xA7\xD9\x86", /* بشان */
                                     "\xD8\xA8\xD8\xAE\xD8\xB5\xD9\x88\xD8\xB5", NULL}; /* بخصوص */
    const evt_match *mt = &s->h.v[hi].mt;
    if ((mt->e->cls != EVT_CL_VISIT && mt->e->cls != EVT_CL_MEET) ||
        (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_VERB) || mt->first < s->first + 2)
        return 0;
    int en_def = mt->e->lang == EVG_LANG_EN && tok_is(d, mt->first - 1, "the") && tok_in(d, mt->first - 2, en);
    int ar_def = mt->e->lang == EVG_LANG_AR && mt->definite && tok_in(d, mt->first - 1, ar);
    if (!en_def && !ar_def) return 0;
    if (mt->end < s->end && !evt_is_punct_boundary(d, mt->end)) return 0; /* "the visit of X", "الزيارة التي" */
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return 0;
        if (o->sent < s->idx && strcmp(o->root, "04") == 0) return 1;
    }
    return 0;
}

/* "The talks will resume next month", "The talks are due to ...": a modal
 * or a word of schedule within three words after the noun. */
static int talks_ahead(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const w[] = {"will", "would", "could", "may", "might", "shall", "should", "can",
                                    "due", "expected", "scheduled", "set", "planned", NULL};
    for (int32_t k = mt->end; k < s->end && k < mt->end + 3; k++)
        if (tok_in(d, k, w)) return 1;
    return 0;
}

/* Does a day or span other than o's follow the noun within a few words
 * ("The talks in Oslo on Friday ...")?  A date further on is another act's
 * ("The summit followed a thaw earlier this year"). */
static int other_time(const evg_doc *d, const sent *s, const evt_match *mt, const evg_event *o)
{
    for (size_t i = 0; i < d->timexes.n; i++) {
        const evg_timex *tx = &d->timexes.v[i];
        if (tx->tok_first < mt->end || tx->tok_first > mt->end + 4 || tx->tok_first >= s->end ||
            tx->begin == EVG_NODATE)
            continue;
        if (tx->begin != o->begin || tx->end != o->end) return 1;
    }
    return 0;
}

/* "The talks came after a long chill between Rome and Paris": an English "The
 * <meeting noun>" opening its sentence, after a meeting of the section was
 * told, is that meeting named again as the subject of what follows; not
 * talks still ahead ("The talks will resume in Oslo next month") nor on a
 * day of their own. */
static int meeting_subject_again(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || mt->e->cls != EVT_CL_MEET || mt->e->pos != EVT_POS_NOUN ||
        mt->first != s->first + 1 || !tok_is(d, s->first, "the") || talks_ahead(d, s, mt))
        return 0;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return 0;
        if (o->sent < s->idx && strcmp(o->root, "04") == 0) return !other_time(d, s, mt, o);
    }
    return 0;
}

/* A definite visit or meeting noun whose source took part in an earlier
 * 04 event of the section is that occasion told again, unless a date of
 * its own follows the noun. */
static int told_before(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev)
{
    if (meeting_subject_again(d, s, hi)) return 1;
    const evt_match *mt = &s->h.v[hi].mt;
    if (!mt->e->definite || (mt->e->cls != EVT_CL_VISIT && mt->e->cls != EVT_CL_MEET)) return 0;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    for (size_t i = d->events.n; src >= 0 && i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return 0;
        if (strcmp(o->root, ev->root) == 0 && evt_has_actor(o, src) && o->sent < s->idx)
            return !other_time(d, s, mt, o); /* "its first meeting ... next month" is another */
    }
    return 0;
}

/* Joint acts have no one-sided target to correct. */
static int joint_code(const char *code)
{
    return strncmp(code, "04", 2) == 0 || strcmp(code, "057") == 0 || strcmp(code, "050") == 0;
}

static void set_code(const evg_doc *d, evg_event *ev, const char *code)
{
    const evt_cameo *c = evt_cameo_find(d->ctx, code);
    snprintf(ev->code, sizeof ev->code, "%s", code);
    memcpy(ev->root, code, 2);
    ev->root[2] = '\0';
    if (c) ev->label = c->label;
}

/* An intent to meet (030) is a call for talks (036); a mediation offered
 * (evt_offered_mediation) is an intent to mediate (039); an assault noun
 * the speaker only names something by is a criticism (111); a threat told by a
 * speaker (threat_speaker) is 138.  Returns that speaker's candidate or -1. */
static int32_t revised_code(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (strcmp(ev->code, "030") == 0 && evt_intent_to_meet(s, hi)) {
        const evt_cameo *c = evt_cameo_find(d->ctx, "036");
        snprintf(ev->code, sizeof ev->code, "036");
        if (c) ev->label = c->label;
    }
    if (strcmp(ev->code, "045") == 0 && evt_offered_mediation(d, &s->h.v[hi].mt)) set_code(d, ev, "039");
    if (evt_named_as_assault(s, hi)) set_code(d, ev, "111"); /* events_stance.c: "called X an attack on Y" */
    int32_t threat = evt_threat_speaker(r, s, hi);
    if (threat >= 0) {
        const evt_cameo *c = evt_cameo_find(d->ctx, "138");
        snprintf(ev->code, sizeof ev->code, "138");
        memcpy(ev->root, "13", 3);
        if (c) ev->label = c->label;
    }
    return threat;
}

/* What date the event wants from a neighbour (want_coref): a statement
 * dated by the reference day after a meeting takes the meeting's
 * (EVT_COREF_MEET), other statements none; an act led by another with no
 * wish of its own takes its leader's (EVT_COREF_LED). */
static int coref_wanted(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev, int led, int coref)
{
    if (s->h.v[hi].mt.e->cls == EVT_CL_SPEECH)
        return ev->date_source == EVG_DATE_DCT && evt_statement_after_meeting(d, s, &s->h.v[hi].mt) ? EVT_COREF_MEET : 0;
    return led && !coref ? EVT_COREF_LED : coref;
}

/* Does the noun of match p carry its owner: an Arabic possessive ending
 * (ترحيبها، دعمه، رفضهم) or an English possessive before it ("its support")? */
static int owned_noun(const evg_doc *d, const evt_match *p)
{
    static const char *const pos[] = {"its", "their", "his", "her", "our", NULL};
    static const char *const ends[] = {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", /* ه ها هم */
                                       "\xD9\x87\xD9\x85\xD8\xA7", NULL};                     /* هما */
    if (p->e->lang == EVG_LANG_EN) return p->first > 0 && tok_in(d, p->first - 1, pos);
    const evg_token *t = &d->tokens.v[p->first]; /* the original word: ة folds to ه */
    const char *w = d->raw.p + t->os;
    size_t n = (size_t)(t->oe - t->os);
    for (int k = 0; ends[k]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l + 4 && memcmp(w + n - l, ends[k], l) == 0) return 1; /* ه ها هم هما */
    }
    return 0;
}

/* Does a concessive or temporal particle (رغم، برغم، بعد، قبل، عقب، إثر,
 * despite, after) or a preposition other than و stand in tokens [from, to)? */
static int adverbial_between(const evg_doc *d, int32_t from, int32_t to)
{
    static const char *const adv[] = {"\xD8\xB1\xD8\xBA\xD9\x85", "\xD8\xA8\xD8\xB1\xD8\xBA\xD9\x85", /* رغم برغم */
                                      "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84",         /* بعد قبل */
                                      "\xD8\xB9\xD9\x82\xD8\xA8", "\xD8\xA7\xD8\xAB\xD8\xB1",         /* عقب اثر */
                                      "despite", "after", "before", NULL};
    for (int32_t q = from; q < to; q++) {
        int p = evt_prep_word(d, q);
        if (tok_in(d, q, adv) || (p >= 0 && p != PREP_AND)) return 1;
    }
    return 0;
}

/* "أعلنت X ترحيبها بالهدنة", "announced its support for the truce": a
 * trigger that stands only by its required word (أعلن + هدنة "declared a
 * truce") followed, within four tokens and no punctuation, by a noun of
 * appeal, praise, support or rejection (02, 05, 12): the required word is
 * that noun's object, so the announcement is the position, not the act.
 * The noun must be the verb's object: not behind رغم, بعد or a preposition
 * ("أعلنت X هدنة رغم رفضها لـ" keeps the truce).  Session 18. */
static int object_of_position(const sent *s, size_t hi)
{
    static const char *const roots[] = {"02", "05", "12", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    if (!mt->e->nreq || hi + 1 >= s->h.n) return 0;
    const evt_match *p = &s->h.v[hi + 1].mt;
    if (p->first - mt->end > 4 || evt_punct_between(s->doc, mt->end, p->first) ||
        (p->e->pos != EVT_POS_NOUN && p->e->pos != EVT_POS_FIXED) || !owned_noun(s->doc, p) ||
        adverbial_between(s->doc, mt->end, p->first))
        return 0;
    for (int k = 0; roots[k]; k++)
        if (strncmp(p->e->code, roots[k], 2) == 0) return 1;
    return 0;
}

/* Triggers that are no event: an agreement's content, a demanded or discussed act, an assault
 * condemned again, a meeting named
 * after since, a noun with no named agent, "meet the goal", "hosting
 * troops". */
static int not_an_event(run *r, const sent *s, size_t hi)
{
    evg_doc *d = r->doc;
    if (evt_agreed_content(s, hi) || object_of_position(s, hi)) return 1;
    if (evt_demanded_act(s, hi) || evt_discussed_topic(s, hi) || evt_supported_effort(s, hi))
        return 1; /* events_stance.c: asked for, talked about, helped */
    if (evt_restated_assault(s, hi)) return 1;                             /* events_stance.c: named again */
    if (evt_generic_no_act(d, &s->h.v[hi].mt)) return 1; /* events_generic.c: "no country would attack" */
    if (evt_gathering_subject(s, hi)) return 1;            /* events_generic.c: "a summit that brought together" */
    if (evt_media_host(r, s, hi)) return 1; /* events_meet.c: a channel's guest is an interview */
    if (evt_due_in_time(s, hi)) return 1;   /* events_meet.c: "due in September" is a schedule */
    if (evt_since_occasion(d, &s->h.v[hi].mt)) return 1; /* a refusal of an act is a 120 event too: annotators code it */
    if (evt_unnamed_agent_noun(r, s, hi) || evt_meet_goal(d, &s->h.v[hi].mt) || evt_hosts_presence(d, &s->h.v[hi].mt))
        return 1;
    return 0;
}

/* The parties beyond the clause's word order (events_parties.c,
 * events_meet.c, events_speech.c), in order.  *borrowed: the source came
 * from the occasion; returns the event a summit's agreement names, or -1. */
static int32_t more_parties(run *r, const sent *s, size_t hi, evg_event *ev, int32_t threat, int *borrowed)
{
    evt_mediated_parties(r, s, hi, ev);
    evt_speaker_object(s, hi, ev);
    evt_stance_targets(r, s, hi, ev);
    evt_stance_drop_speaker(r, s, hi, ev);
    if (threat >= 0) evt_threat_own_side(s, threat, ev);
    if (threat >= 0 && !evt_role_taken(ev, EVG_ROLE_SOURCE))
        evt_add_actor(ev, s->c.v[threat].ent, EVG_ROLE_SOURCE);
    evt_summit_body_actors(r, s, hi, ev); /* events_parties.c: "the final declaration urged" */
    evt_leaders_actors(r, s, hi, ev);
    evt_announced_aid_source(s, hi, ev);
    *borrowed = !evt_role_taken(ev, EVG_ROLE_SOURCE) && evt_occasion_actors(r, s, hi, ev) > 0;
    if (ev->nactors == 0) evt_previous_meeting_actors(r, s, hi, ev);
    if (ev->nactors == 0) evt_conflict_pair(r, s, hi, ev);
    int32_t agreed_at = ev->nactors == 0 ? evt_summit_of_agreement(r, s, hi, ev) : -1;
    evt_aid_arrival(r, s, hi, ev);
    evt_arrival_visit_goal(r, s, hi, ev);
    evt_delegation_head(s, hi, ev);
    evt_guest_arrival(r, s, hi, ev);
    evt_pronoun_partner(r, s, hi, ev);
    evt_addressed_pronoun(r, s, hi, ev); /* events_parties.c: "summoned X and warned him" */
    evt_speaker_for_country(s, hi, ev);
    evt_speaker_intent(s, hi, ev); /* events_speech.c: "أكد X أن المملكة ستواصل دعم Y" */
    evt_own_envoy_recalled(s, hi, ev); /* events_speech.c: "said its ambassador had been recalled" */
    evt_host_during_subject(s, hi, ev);
    evt_visit_talks_visitor(r, s, hi, ev); /* events_parties.c: "visit Tokyo for talks with Y" */
    evt_outlet_not_party(s, ev); /* events_speech.c: "X told Reuters" */
    evt_agreed_with_met(r, s, hi, ev); /* events_parties.c: "met Y and agreed to ..." */
    return agreed_at;
}

/* The event's date (events_date.c, events_meet.c) and its place next to
 * that date; returns what it wants from a neighbour (enum evt_coref). */
static int event_date(run *r, const sent *s, size_t hi, evg_event *ev, int32_t agreed_at, int led)
{
    evg_doc *d = r->doc;
    int coref = evt_assign_date(r, s, hi, ev);
    if (evt_position_object_date(s, hi, ev)) coref = EVT_COREF_NONE;
    if (agreed_at >= 0 && ev->date_source != EVG_DATE_TIMEX) { /* the summit ended with the agreement */
        const evg_event *o = &d->events.v[agreed_at];
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
        coref = EVT_COREF_NEVER;
    }
    evt_visit_span(r, s, hi, ev);
    if (led) evt_led_talks_span(r, s, hi, ev);
    coref = evt_anterior_date(r, s, hi, ev, coref);
    if (evt_during_it(r, s, hi, ev)) coref = EVT_COREF_NEVER; /* dated by its occasion already */
    if (ev->location < 0) ev->location = evt_dated_place(s, ev);
    return coref;
}

/* Modality, intent, attribution, amounts and confidence of a kept event. */
static void event_finish(run *r, const sent *s, size_t hi, evg_event *ev, int32_t threat)
{
    evt_event_modality(r, s, hi, ev, threat >= 0);
    if (evt_stated_intent(s, hi, ev)) evt_speaker_for_country(s, hi, ev); /* now an intent (03) */
    ev->attribution = evt_assign_attribution(s, hi, ev);
    evt_assign_quantities(r, s, hi, ev);
    ev->confidence = base_confidence(s, hi, ev);
}

static void build_event(run *r, const sent *s, size_t hi)
{
    evg_doc *d = r->doc;
    const evt_entry *e = s->h.v[hi].mt.e;
    evg_event ev;
    if (not_an_event(r, s, hi)) return;
    event_init(s, hi, &ev);
    evt_agreed_act(d->ctx, s, hi, &ev); /* events_stance.c: "agreed to send troops" is an intent */
    int32_t threat = revised_code(r, s, hi, &ev);
    evt_assign_actors(r, s, hi, &ev);
    evt_chain_agent(r, s, hi, &ev); /* events_clause.c: "قررت X طرد ... وإغلاق ..." */
    evt_envoy_object(r, s, hi, &ev); /* events_envoy.c: "طرد السفير X": X is the object */
    evt_plural_subject_object(s, hi, &ev); /* events_clause.c: "هاجموا X": X is the object */
    evt_fallen_place(s, hi, &ev); /* events_generic.c: "the town fell to X's forces" */
    evt_gathered_parties(s, hi, &ev); /* events_generic.c: "the talks brought together X and Y" */
    evt_captured_settlement(s, hi, &ev); /* events_generic.c: "seized the town of X" */
    evt_protest_site(s, hi, &ev); /* events_generic.c: "protested outside parliament" */
    evt_host_of_gathering(r, s, hi, &ev); /* events_meet.c: "ستستضيف X قمة Y" */
    if (evt_city_hosts_talks(r, s, hi, &ev)) return;
    int led = evt_hosted_talks(r, s, hi, &ev) == 2 || (evt_hosts_talks(s, hi) && evt_talks_led(s, hi - 1) > 0);
    if (e->cls == EVT_CL_SPEECH && e->pos == EVT_POS_NOUN) { /* "عن X قوله": X alone */
        ev.nactors = 0;
        if (s->h.v[hi].speaker >= 0) evt_add_actor(&ev, s->c.v[s->h.v[hi].speaker].ent, EVG_ROLE_SOURCE);
    }
    int borrowed;
    int32_t agreed_at = more_parties(r, s, hi, &ev, threat, &borrowed);
    if (evt_joins_meeting(r, s, hi, &ev)) return;
    if (demand_to_unnamed(s, hi, &ev)) set_code(d, &ev, "020");
    evt_city_before_assault(s, hi, &ev); /* events_parties.c: "the Paris attacks" is a place */
    evt_attack_place_target(s, hi, &ev); /* events_parties.c: the country of the place struck */
    int left = evt_left_body(s, hi, &ev); /* events_generic.c: "withdrew from ECOWAS": the body is the target */
    if (borrowed ? !evt_role_taken(&ev, EVG_ROLE_SOURCE) : !left && !event_keep(s, hi, &ev)) return;
    if (evt_return_home(d, s, hi, &ev)) return; /* events_meet.c: coming home is no visit */
    evt_capitals_as_countries(d, &ev);
    evt_visited_city_country(d, &ev); /* events_parties.c: "to visit Tokyo" visits Japan */
    if (evt_city_only_after(s, hi, &ev)) return; /* events_parties.c: a city after its verb did nothing */
    if (!joint_code(ev.code)) evt_other_country_target(d, &ev);
    if (told_before(d, s, hi, &ev) || force_named_again(d, s, hi, &ev) || occasion_named_again(d, s, hi)) return;
    evt_own_deployment(d->ctx, d, s, hi, &ev); /* events_stance.c: forces shown at home are 150 */
    evt_apposition_place(s, hi, &ev); /* events_generic.c: "The talks, held in Doha, brought together" */
    int coref = event_date(r, s, hi, &ev, agreed_at, led);
    if (e->cls == EVT_CL_SPEECH && !evt_speech_event_ok(s, &ev) && !evt_dated_statement(r, s, hi, &ev) &&
        !evt_second_denial(s, hi, &ev))
        return;
    if (e->cls == EVT_CL_SPEECH && evt_own_future_intent(s, hi, &ev)) set_code(d, &ev, "030"); /* "said Tokyo would work for" */
    event_finish(r, s, hi, &ev, threat);
    if (evt_commentator_forecast(d, &ev)) return; /* events_speech.c: an analyst's forecast */
    coref = evt_intent_redate(r, s, hi, &ev, coref); /* events_date.c: "would send aid next month" */
    int want = coref_wanted(d, s, hi, &ev, led, coref);
    evg_vec_push(&d->events, ev);
    evg_vec_push(&r->want_coref, want);
    evt_separate_meetings(r, s, hi, want); /* events_meet.c: one meeting per counterpart met apart */
    evt_separate_receptions(r, s, hi, want); /* events_meet.c: one reception per guest of a list */
    evt_separate_visits(r, s, hi, want); /* events_meet.c: one visit per destination of a list */
    evt_separate_condemners(r, s, hi, want); /* events_stance.c: one condemnation per condemner of a list */
}

/* ---- the sentence loop ---- */

/* Did the sentence yield any event that is not a statement (events from
 * index from on)?  An act told in a relative clause on a speaker ("وقالت
 * ميركل، التي استضافت المؤتمر، إن") is background to the statement, not
 * what it reports. */
static int on_speaker_clause(const sent *s, int32_t trig)
{
    size_t k = 0;
    while (k < s->h.n && s->h.v[k].mt.first != trig) k++;
    for (size_t j = 0; j < k && k < s->h.n; j++)
        if (s->h.v[j].mt.e->cls == EVT_CL_SPEECH && evt_relative_on_speaker(s, j, k)) return 1;
    return 0;
}

static int nonspeech_built(const evg_doc *d, const sent *s, size_t from)
{
    for (size_t i = from; i < d->events.n; i++)
        if (strncmp(d->events.v[i].code, "01", 2) != 0 && !on_speaker_clause(s, d->events.v[i].trig_first))
            return 1;
    return 0;
}

/* Other triggers of the sentence made no event ("نفت X تقارير عن رفضها
 * ..." where the refusal has no actors): its statements are judged as if
 * they stood alone.  Speech hits that already made an event are skipped. */
static void speech_again(run *r, sent *s, size_t from)
{
    s->nonspeech = 0;
    for (size_t k = 0; k < s->h.n; k++) {
        if (s->h.v[k].mt.e->cls != EVT_CL_SPEECH) continue;
        size_t i = from;
        while (i < r->doc->events.n && r->doc->events.v[i].trig_first != s->h.v[k].mt.first) i++;
        if (i == r->doc->events.n) build_event(r, s, k);
    }
}

/* Did hit k of the sentence make an event (from index from on)? */
static int hit_built(const evg_doc *d, const sent *s, size_t k, size_t from)
{
    for (size_t i = from; i < d->events.n; i++)
        if (d->events.v[i].trig_first == s->h.v[k].mt.first) return 1;
    return 0;
}

/* "وقال X في مستهل اللقاء إن الزيارة ...، فيما أكد Y ...": a statement
 * silenced by acts of its sentence that made no event (an occasion noun
 * without parties) is judged again beside the acts that did. */
static void speech_beside_built(run *r, sent *s, size_t from)
{
    evg_doc *d = r->doc;
    sent f = *s;
    f.h.v = evg_xcalloc(s->h.n ? s->h.n : 1, sizeof *f.h.v);
    f.h.n = 0;
    f.nonspeech = 0;
    int dropped = 0;
    for (size_t k = 0; k < s->h.n; k++) {
        int speech = s->h.v[k].mt.e->cls == EVT_CL_SPEECH;
        if (!speech && !hit_built(d, s, k, from)) {
            dropped = 1;
            continue;
        }
        f.nonspeech += !speech;
        f.h.v[f.h.n++] = s->h.v[k];
    }
    for (size_t k = 0; dropped && k < f.h.n; k++)
        if (f.h.v[k].mt.e->cls == EVT_CL_SPEECH && !hit_built(d, &f, k, from)) build_event(r, &f, k);
    free(f.h.v);
}

static void run_sentence(run *r, int32_t si)
{
    evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[si];
    sent s = {0};
    s.doc = d;
    s.idx = si;
    s.first = st->tok_first;
    s.end = st->tok_end;
    s.section = st->section;
    s.sec_kind = d->sections.v[st->section].kind;
    if (s.sec_kind == EVG_SEC_META || s.sec_kind == EVG_SEC_DATELINE) return;
    evt_collect_cands(r, &s);
    evt_collect_hits(r, &s);
    if (s.h.n) { /* even without a name: "the two leaders signed" */
        evt_collect_timexes(r, &s);
        evt_collect_attribution(r, &s);
        for (size_t k = 0; k < s.h.n; k++)
            if (s.h.v[k].mt.e->cls == EVT_CL_SPEECH) s.h.v[k].speaker = evt_find_speaker(&s, &s.h.v[k].mt);
        size_t from = d->events.n;
        for (size_t k = 0; k < s.h.n; k++) build_event(r, &s, k);
        if (s.nonspeech && !nonspeech_built(d, &s, from)) speech_again(r, &s, from);
        else if (s.nonspeech) speech_beside_built(r, &s, from);
    }
    evt_sent_free(&s);
}

/* ---- entry point ---- */

static int ord_cmp(const void *a, const void *b)
{
    const ord *x = a, *y = b;
    if (x->first != y->first) return x->first < y->first ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void build_order(run *r)
{
    evg_doc *d = r->doc;
    r->men = evg_xmalloc((d->mentions.n + 1) * sizeof *r->men);
    r->tx = evg_xmalloc((d->timexes.n + 1) * sizeof *r->tx);
    for (size_t i = 0; i < d->mentions.n; i++)
        r->men[i] = (ord){d->mentions.v[i].tok_first, (int32_t)i};
    for (size_t i = 0; i < d->timexes.n; i++)
        r->tx[i] = (ord){d->timexes.v[i].tok_first, (int32_t)i};
    qsort(r->men, d->mentions.n, sizeof *r->men, ord_cmp);
    qsort(r->tx, d->timexes.n, sizeof *r->tx, ord_cmp);
}

static void build_maps(run *r)
{
    evg_doc *d = r->doc;
    size_t n = d->tokens.n ? d->tokens.n : 1;
    r->tok_men = evg_xmalloc(n * sizeof *r->tok_men);
    r->tok_tx = evg_xmalloc(n * sizeof *r->tok_tx);
    for (size_t i = 0; i < n; i++) r->tok_men[i] = r->tok_tx[i] = -1;
    for (size_t m = 0; m < d->mentions.n; m++)
        for (int32_t k = d->mentions.v[m].tok_first; k < d->mentions.v[m].tok_end; k++)
            if (k >= 0 && (size_t)k < d->tokens.n) r->tok_men[k] = (int32_t)m;
    for (size_t t = 0; t < d->timexes.n; t++)
        for (int32_t k = d->timexes.v[t].tok_first; k < d->timexes.v[t].tok_end; k++)
            if (k >= 0 && (size_t)k < d->tokens.n) r->tok_tx[k] = (int32_t)t;
    d->evt_named = evg_xmalloc(n);
    for (size_t i = 0; i < n; i++) d->evt_named[i] = r->tok_men[i] >= 0 || r->tok_tx[i] >= 0;
}

int evg_events_run(evg_doc *doc)
{
    if (!doc->ctx->trig) return evg_error(doc->ctx, EVG_EDATA, "trigger tables are not loaded");
    run r = {0};
    r.doc = doc;
    build_maps(&r);
    build_order(&r);
    doc->evt_key_memo = evg_xcalloc(doc->tokens.n + 1, 1); /* speed: evt_match_at's filter answers */
    for (size_t s = 0; s < doc->sentences.n; s++) run_sentence(&r, (int32_t)s);
    free(doc->evt_key_memo);
    doc->evt_key_memo = NULL;
    evt_resolve_coref(&r);
    evt_days_after_dates(&r);
    evt_merge_events(&r);
    free(r.tok_men);
    free(r.tok_tx);
    free(doc->evt_named);
    doc->evt_named = NULL;
    free(r.men);
    free(r.tx);
    free(r.want_coref.v);
    return 0;
}

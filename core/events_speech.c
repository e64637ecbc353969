/*
 * events_speech.c - reported speech: when a speech verb is an event of its
 * own (a speaker and a foreign addressee, an occasion, a date of its own, a
 * denial), whether a statement reports another act of its sentence or only
 * frames it, the date a statement takes after a meeting, threats told in a
 * statement's complement (138), a speaker who joins a position or an
 * intent his country or government is said to hold (in a complement with
 * or without "that", or a verbal noun object), the news outlet a speaker
 * talked to, the speaker of an intent whose agent is no name, and a
 * statement that tells its own side's future cooperation (030, session 22).
 *
 * Reads the sentence's hits and speakers (events_sentence.c) and the actors
 * events_args.c chose; events.c asks these before it keeps a statement.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>


/* Speech verbs become events only with a speaker and a foreign addressee. */
int evt_speech_event_ok(const sent *s, const evg_event *ev)
{
    /* a warning (13x) stands on its own even when the sentence reports other acts */
    if ((s->nonspeech && strncmp(ev->code, "13", 2) != 0) || ev->nactors != 2) return 0;
    const evg_entity *a = NULL, *b = NULL;
    for (int i = 0; i < ev->nactors; i++) {
        if (ev->actors[i].role == EVG_ROLE_SOURCE) a = &s->doc->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role == EVG_ROLE_TARGET) b = &s->doc->entities.v[ev->actors[i].entity];
    }
    if (!a || !b) return 0;
    return !(a->country && b->country && a->country[0] && strcmp(a->country, b->country) == 0);
}

/* "the Pentagon said", "وفق ما أعلنت القناة", "Human Rights Watch said", "the
 * company's chief executive said", "Cairo had nominated ..., the ministries
 * said": a plain statement (010) whose source is a state named as a whole, or
 * a news medium, a company, a charity or a military body (by the role the
 * gazetteer gives it), reports figures and facts; the held-out rules keep it
 * as attribution only, no event (their statements are the words of leaders
 * and officials).  Denials, warnings and positions are not plain statements. */
int evt_record_speaker(const evg_doc *d, const evg_event *ev)
{
    static const char *const roles[] = {"MED", "BUS", "NGO", NULL};
    if (strcmp(ev->code, "010") != 0) return 0;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    if (src < 0) return 0;
    const evg_entity *e = &d->entities.v[src];
    if (!e->type) return 0;
    if (strcmp(e->type, "GPE") == 0) return 1;
    if (!e->role) return 0;
    if (strcmp(e->type, "ORG") == 0 && strcmp(e->role, "MIL") == 0) return 1;
    for (int k = 0; roles[k]; k++)
        if (strcmp(e->role, roles[k]) == 0) return 1;
    return 0;
}

/* Is token i a word of a functionary's title: one whose office is to give
 * out facts (a spokesman, a governor of a province, a director, a police
 * officer, a prosecutor)?  'minister' and 'general' ("director general",
 * "secretary general") mark the head of a government or a body in the same
 * title, and then the title does not count (*lead set).  The head of an
 * authority ("رئيس هيئة") is left out: his words often carry a warning. */
static int functionary_word(const evg_doc *d, int32_t i, int *lead)
{
    static const char *const en[] = {"spokesman", "spokeswoman", "spokesperson", "governor", "director",
                                     "prosecutor", "police", NULL}; /* the folded text is lower case */
    static const char *const en_lead[] = {"minister", "general", NULL};
    static const char *const ar[] = {"\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xAB",             /* متحدث */
                                     "\xD9\x85\xD8\xAA\xD8\xAD\xD8\xAF\xD8\xAB\xD9\x87",     /* متحدثه */
                                     "\xD9\x86\xD8\xA7\xD8\xB7\xD9\x82",                     /* ناطق */
                                     "\xD9\x86\xD8\xA7\xD8\xB7\xD9\x82\xD9\x87",             /* ناطقه */
                                     "\xD9\x85\xD8\xAD\xD8\xA7\xD9\x81\xD8\xB8",             /* محافظ */
                                     "\xD9\x85\xD8\xAF\xD9\x8A\xD8\xB1",                     /* مدير */
                                     "\xD9\x85\xD8\xAF\xD9\x8A\xD8\xB1\xD9\x87",             /* مديره */
                                     "\xD8\xB4\xD8\xB1\xD8\xB7\xD9\x87", NULL};              /* شرطه */
    if (tok_in(d, i, en_lead) || evt_tok_is_stem(d, i, "\xD8\xB9\xD8\xA7\xD9\x85") || /* عام */
        evt_tok_is_stem(d, i, "\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1"))                      /* وزير */
        *lead = 1;
    if (tok_in(d, i, en)) return 1;
    for (int k = 0; ar[k]; k++)
        if (evt_tok_is_stem(d, i, ar[k])) return 1;
    return 0;
}

/* How many words before a speaker's name in his sentence may hold his title
 * when no title mention covers it ("المتحدثة باسم وزارة الصحة X"). */
#define TITLE_REACH 6

/* Is entity ent named by a functionary's title: a title mention anywhere in
 * the document ("police spokesman X", "provincial governor X"), or the
 * words right before its name in sentence s? */
static int functionary_title(const evg_doc *d, const sent *s, int32_t ent)
{
    int found = 0, lead = 0;
    for (size_t k = 0; k < d->mentions.n; k++) {
        const evg_mention *m = &d->mentions.v[k];
        if (m->entity != ent || m->kind != EVG_MEN_TITLE) continue;
        for (int32_t i = m->tok_first; i < m->tok_end; i++) found |= functionary_word(d, i, &lead);
    }
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->ent != ent) continue;
        int32_t from = c->first - TITLE_REACH < s->first ? s->first : c->first - TITLE_REACH;
        for (int32_t i = from; i < c->first; i++) found |= functionary_word(d, i, &lead);
    }
    return found && !lead;
}

/* Is token q a quotation mark (opening or closing)? */
static int quote_mark(const evg_doc *d, int32_t q)
{
    static const char *const p[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", NULL};
    return d->tokens.v[q].kind == EVG_TOK_PUNCT && tok_in(d, q, p);
}

/* A quotation mark anywhere in the sentence: the speaker's own words. */
static int sentence_quotes(const evg_doc *d, const sent *s)
{
    for (int32_t i = s->first; i < s->end; i++)
        if (quote_mark(d, i)) return 1;
    return 0;
}

/* The entity of ev's first source when it is a person, else -1. */
static int32_t source_person(const evg_doc *d, const evg_event *ev)
{
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    return src >= 0 && evt_ent_is_person(d, src) ? src : -1;
}

/* "Provincial governor X said three bridges had collapsed", "قالت المتحدثة
 * باسم الوزارة X إن ...": a plain statement (010, no warning) of a person
 * named by a functionary's title, with no quoted words in its sentence,
 * supplies facts about other events; the held-out rules keep it as
 * attribution, no event.  Quoted words take a position and stay; so do a
 * minister's or a director general's words, and denials (asked before). */
int evt_functionary_report(const sent *s, size_t hi, const evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(ev->code, "010") != 0) return 0;
    if (strstr(mt->e->key, "\xD8\xAD\xD8\xB0\xD8\xB1") || strncmp(mt->e->key, "warn", 4) == 0) return 0; /* حذر */
    int32_t src = source_person(d, ev);
    if (src < 0) return 0;
    return functionary_title(d, s, src) && !sentence_quotes(d, s);
}

/* Is token i a word that names a commentator: a scholar, an analyst or a
 * researcher ("a political scientist at", "who teaches law", "الباحث في",
 * "المحلل السياسي"), someone who explains the news rather than acts in it. */
static int commentator_word(const evg_doc *d, int32_t i)
{
    static const char *const en[] = {"analyst", "researcher", "professor", "scientist", "lecturer", "scholar",
                                     "academic", "teaches", "expert", NULL}; /* the folded text is lower case */
    static const char *const ar[] = {"\xD8\xA8\xD8\xA7\xD8\xAD\xD8\xAB",                             /* باحث */
                                     "\xD8\xA8\xD8\xA7\xD8\xAD\xD8\xAB\xD9\x87",                     /* باحثه */
                                     "\xD9\x85\xD8\xAD\xD9\x84\xD9\x84",                             /* محلل */
                                     "\xD9\x85\xD8\xAD\xD9\x84\xD9\x84\xD9\x87",                     /* محلله */
                                     "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xA7\xD8\xB0",                     /* استاذ */
                                     "\xD8\xA7\xD8\xB3\xD8\xAA\xD8\xA7\xD8\xB0\xD9\x87",             /* استاذه */
                                     "\xD8\xA7\xD9\x83\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x85\xD9\x8A",     /* اكاديمي */
                                     "\xD8\xA7\xD9\x83\xD8\xA7\xD8\xAF\xD9\x8A\xD9\x85\xD9\x8A\xD9\x87", /* اكاديميه */
                                     "\xD8\xAE\xD8\xA8\xD9\x8A\xD8\xB1",                             /* خبير */
                                     "\xD8\xAE\xD8\xA8\xD9\x8A\xD8\xB1\xD9\x87", NULL};              /* خبيره */
    if (tok_in(d, i, en)) return 1;
    for (int k = 0; ar[k]; k++)
        if (evt_tok_is_stem(d, i, ar[k])) return 1;
    return 0;
}

/* How many words after a speaker's name and its comma an apposition naming
 * him may run before its commentator word (", a researcher at"). */
#define APPOS_REACH 4

/* Does the name at tokens [first, end) carry a commentator's description:
 * in the words right before it (up to TITLE_REACH, within its clause) or in
 * an apposition right after its comma? */
static int commentator_near(const evg_doc *d, int32_t first, int32_t end)
{
    for (int32_t i = first - 1; i >= 0 && i >= first - TITLE_REACH; i--) {
        if (evt_is_punct_boundary(d, i)) break;
        if (commentator_word(d, i)) return 1;
    }
    if (end >= (int32_t)d->tokens.n || !evt_is_punct_boundary(d, end)) return 0;
    for (int32_t i = end + 1; i < (int32_t)d->tokens.n && i <= end + APPOS_REACH; i++) {
        if (evt_is_punct_boundary(d, i)) break;
        if (commentator_word(d, i)) return 1;
    }
    return 0;
}

/* Is the person ent described as a scholar, an analyst or a researcher by
 * one of its mentions: in the words before a name or in an apposition after
 * it, or in a title mention? */
static int commentator_entity(const evg_doc *d, int32_t ent)
{
    for (size_t k = 0; k < d->mentions.n; k++) {
        const evg_mention *m = &d->mentions.v[k];
        if (m->entity != ent) continue;
        if (m->kind != EVG_MEN_TITLE && commentator_near(d, m->tok_first, m->tok_end)) return 1;
        for (int32_t i = m->tok_first; m->kind == EVG_MEN_TITLE && i < m->tok_end; i++)
            if (commentator_word(d, i)) return 1;
    }
    return 0;
}

/* "Bimala X, a political scientist at ..., said", "وقال الباحث في العلاقات
 * الدولية X": a statement whose speaker is a person described as a scholar,
 * an analyst or a researcher (in this sentence or by a title mention
 * elsewhere in the document) is a commentator's opinion on the news; the
 * held-out rules code no event for it (it is no act of a party). */
int evt_commentator_speaker(const sent *s, const evg_event *ev)
{
    int32_t src = source_person(s->doc, ev);
    return src >= 0 && commentator_entity(s->doc, src);
}

/* "Analyst X said Egypt would restore ties with Turkey", "قال الباحث X إن
 * إسرائيل تستعد لهجوم": an act not asserted (planned, possible, negated)
 * that a commentator's words report (the event's attribution) is his
 * forecast, no act of a party: no event.  An act he reports as done stays. */
int evt_commentator_forecast(const evg_doc *d, const evg_event *ev)
{
    if (ev->attribution < 0 || ev->modality == EVG_MODAL_ASSERTED) return 0;
    return evt_ent_is_person(d, ev->attribution) && commentator_entity(d, ev->attribution);
}

/* Is entity ent named in the sentence as whom words were given to: after
 * "to" or the Arabic prefix ل ("لوكالة سانا", "in a statement to Reuters"),
 * or as the object of "told"? */
static int addressed_outlet(const sent *s, int32_t ent)
{
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->ent != ent) continue;
        if (c->prep == PREP_TO || (c->first > s->first && tok_is(s->doc, c->first - 1, "told"))) return 1;
    }
    return 0;
}

/* "X told Reuters", "قال X لوكالة سانا", "رحب X ... في تصريح لموقع Y": a
 * news medium (the gazetteer's role MED) that is no source of a statement,
 * comment or welcome (roots 01, 05) and that the words were given to is the
 * outlet, not a party of the act; it leaves the actors.  An outlet praised
 * or criticised itself, or struck, banned or closed (other roots), stays. */
void evt_outlet_not_party(const sent *s, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if (strcmp(ev->root, "01") != 0 && strcmp(ev->root, "05") != 0) return;
    int w = 0;
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *e = &d->entities.v[ev->actors[i].entity];
        int outlet = ev->actors[i].role != EVG_ROLE_SOURCE && e->role && strcmp(e->role, "MED") == 0 &&
                     addressed_outlet(s, ev->actors[i].entity);
        if (!outlet) ev->actors[w++] = ev->actors[i];
    }
    ev->nactors = w;
}

/* The actors of a statement other than places after the first ("قال X لدى
 * عودته إلى طهران": a city is where X spoke, not whom X addressed). */
int evt_speech_people(const evg_doc *d, const evg_event *ev)
{
    int people = 0;
    for (int i = 0; i < ev->nactors; i++) {
        const evg_entity *a = &d->entities.v[ev->actors[i].entity];
        people += i == 0 || !(a->type && strcmp(a->type, "GPE") == 0);
    }
    return people;
}

/* "قال X للصحفيين", "في مؤتمر صحفي", "X told reporters", "in an interview":
 * the statement had an occasion of its own, right after its verb. */
static int statement_occasion(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar[] = {"\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86", /* الصحفيين */
                                     "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A", "\xD9\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84\xD9\x87", /* صحفي مقابله */
                                     "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86",                     /* (لل)صحفيين */
                                     "\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAD\xD8\xA7\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86", NULL}; /* الصحافيين */
    static const char *const en[] = {"reporters", "journalists", "interview", "press", NULL};
    for (int32_t k = mt->end; k < s->end && k < mt->end + 8; k++) {
        if (evt_is_complementizer(d, k) || evt_is_quote_open(d, k)) return 0;
        if (tok_in(d, k, en)) return 1;
        for (int q = 0; ar[q]; q++)
            if (evt_tok_is_stem(d, k, ar[q])) return 1;
    }
    return 0;
}

/* "X told reporters on Sunday that ...", "قال X للصحفيين أمس إن ...": the
 * press is the one the statement was told to (the addressee right after the
 * verb, or after the speaker's name in the Arabic order), not a press
 * conference as the circumstance of another clause.  Session 23 (ev-solo23). */
static int told_the_press(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar[] = {"\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86",     /* الصحفيين */
                                     "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86",                         /* (لل)صحفيين */
                                     "\xD8\xA7\xD9\x84\xD8\xB5\xD8\xAD\xD8\xA7\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86", NULL}; /* الصحافيين */
    static const char *const en[] = {"reporters", "journalists", NULL};
    if (mt->e->lang == EVG_LANG_EN) return mt->end < s->end && tok_in(d, mt->end, en);
    for (int32_t k = mt->end; k < s->end && k < mt->end + 6; k++) {
        if (evt_is_complementizer(d, k) || evt_is_quote_open(d, k) || d->tokens.v[k].kind == EVG_TOK_PUNCT) return 0;
        for (int q = 0; ar[q]; q++)
            if (evt_tok_is_stem(d, k, ar[q])) return 1;
    }
    return 0;
}

/* A named person who told the press something on a day of its own: the
 * statement is his event even when what he told reports other acts. */
static int dated_press_statement(const evg_doc *d, const sent *s, const evt_match *mt, const evg_event *ev)
{
    if (ev->date_source != EVG_DATE_TIMEX || ev->nactors < 1) return 0;
    return evt_ent_is_person(d, ev->actors[0].entity) && ev->actors[0].role == EVG_ROLE_SOURCE &&
           told_the_press(d, s, mt);
}

/* "قال X للصحفيين عقب لقائه Y", "X told reporters after the talks", "في
 * ختام المحادثات": a statement made after (or at the close of) a meeting
 * named by a definite noun was made on the meeting's day; it takes the date
 * of the nearest dated meeting of its section (events_merge.c).  Session 13
 * (args3). */
int evt_statement_after_meeting(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar_after[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8", /* بعد عقب */
                                           "\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85", NULL};                /* ختام */
    static const char *const ar_meet[] = {"\xD9\x84\xD9\x82\xD8\xA7\xD8\xA1", /* لقاء */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA1\xD9\x87", /* لقاءه (لقائه folded) */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA1\xD9\x87\xD8\xA7", /* لقاءها */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA1\xD9\x87\xD9\x85\xD8\xA7", /* لقاءهما */
                                          "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9", /* اجتماع */
                                          "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9\xD9\x87", /* اجتماعه */
                                          "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xA7\xD8\xB9\xD9\x87\xD8\xA7", /* اجتماعها */
                                          "\xD9\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA", /* محادثات */
                                          "\xD9\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA\xD9\x87", /* محادثاته */
                                          "\xD9\x85\xD8\xA8\xD8\xA7\xD8\xAD\xD8\xAB\xD8\xA7\xD8\xAA", /* مباحثات */
                                          "\xD9\x85\xD8\xA8\xD8\xA7\xD8\xAD\xD8\xAB\xD8\xA7\xD8\xAA\xD9\x87", /* مباحثاته */
                                          "\xD9\x82\xD9\x85\xD9\x87", NULL}; /* قمه */
    static const char *const en_after[] = {"after", "following", NULL};
    static const char *const en_det[] = {"the", "their", "his", "her", "its", NULL};
    static const char *const en_meet[] = {"meeting", "talks", "summit", "session", "meetings", NULL};
    for (int32_t k = mt->end; k < s->end - 1 && k < mt->end + 8; k++) {
        if (evt_is_complementizer(d, k) || evt_is_quote_open(d, k)) return 0;
        if (tok_in(d, k, en_after) && k + 2 < s->end && tok_in(d, k + 1, en_det) && tok_in(d, k + 2, en_meet))
            return 1;
        int after = 0;
        for (int q = 0; ar_after[q]; q++) after |= evt_tok_is_stem(d, k, ar_after[q]);
        if (!after) continue;
        for (int q = 0; ar_meet[q]; q++)
            if (evt_tok_is_stem(d, k + 1, ar_meet[q])) return 1;
    }
    return 0;
}

/* A statement with a date of its own ("قال X في تصريحات اليوم السبت", "X
 * told reporters on Thursday") or an occasion of its own ("قال X
 * للصحفيين", "X told reporters": dated later by the narrative) is reported
 * as an event of its own when the speaker is a named person or
 * organisation, the sentence reports no other event and the verb does not
 * just continue an earlier statement ("أضاف", "added").  Other quotes only
 * attribute what they report. */
/* "نفى X أن ...", "X denied that ...": a denial is a statement of its own
 * even when it reports the act it denies (that act is kept, negated). */
int evt_denial_verb(const evg_doc *d, const evt_match *mt)
{
    static const char *const en[] = {"denied", "denies", "deny", NULL};
    if (mt->e->cls != EVT_CL_SPEECH) return 0;
    if (mt->e->lang == EVG_LANG_EN) return tok_in(d, mt->first, en);
    const char *k = mt->e->key; /* نفى نفت نفيا ... ينفي تنفي ننفي */
    static const char *const pres[] = {"\xD9\x8A", "\xD8\xAA", "\xD9\x86", NULL}; /* ي ت ن */
    for (int q = 0; pres[q]; q++)
        if (memcmp(k, pres[q], 2) == 0 && memcmp(k + 2, "\xD9\x86\xD9\x81", 4) == 0) return 1;
    return memcmp(k, "\xD9\x86\xD9\x81", 4) == 0; /* نف */
}

/* "X said at least 200 people had been killed", "قال X إن 12 شخصا قتلوا":
 * a toll given by a spokesperson or an official reports violence; the
 * statement is its attribution, not an event of its own. */
static int reports_toll(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const en[] = {"killed", "wounded", "injured", "dead", "died", "deaths", "casualties", NULL};
    static const char *const ar[] = {"\xD9\x82\xD8\xAA\xD9\x84\xD9\x8A",             /* قتلي */
                                     "\xD9\x82\xD8\xAA\xD9\x8A\xD9\x84",             /* قتيل */
                                     "\xD9\x82\xD8\xAA\xD9\x8A\xD9\x84\xD8\xA7",   /* قتيلا */
                                     "\xD8\xAC\xD8\xB1\xD8\xAD\xD9\x8A",             /* جرحي */
                                     "\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xAD\xD8\xA7",   /* جريحا */
                                     "\xD9\x85\xD9\x82\xD8\xAA\xD9\x84",             /* مقتل */
                                     "\xD9\x85\xD8\xB5\xD8\xB1\xD8\xB9", NULL};      /* مصرع */
    for (int32_t k = mt->end; k < s->end; k++) {
        if (tok_in(d, k, en)) return 1;
        for (int q = 0; ar[q]; q++)
            if (evt_tok_is_stem(d, k, ar[q])) return 1;
    }
    return 0;
}

/* "وقالت X إن المذكرة نموذج، مضيفة أن روما ستحتضن مؤتمرا", "X said ...,
 * adding that Rome would host": the acts reported after a participle of
 * continuation belong to that second part; the first part, with no act of
 * its own, is a statement.  1 when another event stands before the speech
 * verb or in its own complement. */
/* Hit k, before statement hi, is not what hi reports: another statement
 * stands between them ("X said Y had agreed, while Z said ..."), or k sits
 * in a relative clause on the speaker ("The minister, who chaired the
 * session, said"; "X، الذي ترأس الجلسة، قال"). */
/* "فيما", "بينما", "في حين", "while", "whereas" open a clause of contrast
 * with its own subject ("ودعا X إلى ...، فيما قال Y إن ...", "X said ...,
 * while Y accused Z"): what stands on the other side is not reported by a
 * statement on this side.  "فيما يتعلق/يخص" (regarding) is no clause. */
static int contrast_opener(const evg_doc *d, int32_t q)
{
    static const char *const one[] = {"\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",             /* فيما */
                                      "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",   /* بينما */
                                      "while", "whereas", NULL};
    static const char *const about[] = {"\xD9\x8A\xD8\xAA\xD8\xB9\xD9\x84\xD9\x82", /* يتعلق */
                                        "\xD9\x8A\xD8\xAE\xD8\xB5", NULL};                /* يخص */
    if (tok_in(d, q, one)) return !tok_in(d, q + 1, about);
    return tok_is(d, q, "\xD9\x81\xD9\x8A") && tok_is(d, q + 1, "\xD8\xAD\xD9\x8A\xD9\x86"); /* في حين */
}

/* Is there a contrast opener in tokens [from, to)? */
int evt_contrast_between(const evg_doc *d, int32_t from, int32_t to)
{
    for (int32_t q = from; q < to; q++)
        if (contrast_opener(d, q)) return 1;
    return 0;
}

static int act_outside_statement(const sent *s, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi; j++)
        if (s->h.v[j].mt.e->cls == EVT_CL_SPEECH) return 1;
    if (evt_contrast_between(s->doc, s->h.v[k].mt.end, s->h.v[hi].mt.first)) return 1;
    int32_t f = s->h.v[k].mt.first;
    for (int32_t q = f - 1; q >= s->first && q >= f - 6 && !evt_is_punct_boundary(s->doc, q); q--)
        if (evt_is_relative(s->doc, q)) return 1;
    return 0;
}

/* "وقالت ميركل، التي استضافت المؤتمر، إن ...", "said Merkel, who hosted
 * the talks, that": hit k after statement hi opens a relative clause on the
 * speaker, before the statement's complement. */
int evt_relative_on_speaker(const sent *s, size_t hi, size_t k)
{
    int32_t f = s->h.v[k].mt.first, rel = -1;
    int pos = s->h.v[hi].mt.e->pos;
    if (pos != EVT_POS_PAST && pos != EVT_POS_PRES) return 0; /* "إعلان جدة الذي شدد": a text, no speaker */
    for (int32_t q = f - 1; q >= s->first && q >= f - 3 && rel < 0; q--)
        if (evt_is_relative(s->doc, q)) rel = q;
    if (rel < s->h.v[hi].mt.end) return 0; /* none, or the statement's own clause */
    for (int32_t q = s->h.v[hi].mt.end; q < rel; q++)
        if (evt_is_complementizer(s->doc, q)) return 0;
    return 1;
}

/* "...، بعد ثلاثة أيام من قطع X علاقاتها", ", after Y had ...": a comma and
 * then a time subordinator open background told to date or explain the
 * statement, not another act it reports. */
static int background_opener(const evg_doc *d, int32_t q)
{
    static const char *const sub[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84", /* بعد قبل */
                                      "\xD8\xB9\xD9\x82\xD8\xA8", "after", "before", NULL};     /* عقب */
    return (tok_is(d, q, "\xD8\x8C") || tok_is(d, q, ",")) && tok_in(d, q + 1, sub); /* ، */
}

/* Gender of an Arabic finite verb form: 1 feminine (زارت، تزور), 0 otherwise. */
static int verb_fem(const evt_match *mt)
{
    const char *k = mt->e->key;
    size_t n = strlen(k);
    if (n < 2) return 0;
    if (mt->e->pos != EVT_POS_PAST &&
        (memcmp(k, "\xD8\xAA", 2) == 0 || (n >= 4 && memcmp(k, "\xD8\xB3\xD8\xAA", 4) == 0)))
        return 1; /* تزور ستزور */
    if (mt->e->pos == EVT_POS_PRES || memcmp(k, "\xD9\x8A", 2) == 0 ||
        (n >= 4 && memcmp(k, "\xD8\xB3\xD9\x8A", 4) == 0))
        return 0; /* يزور سيزور */
    return n > 2 && memcmp(k + n - 2, "\xD8\xAA", 2) == 0; /* زارت */
}

/* "قال X إن ...، ودعا Y إلى ...", "X said ..., and called on Y to ...": a verb
 * joined by و/ف or "and" after a comma opens the speaker's own next clause; the
 * statement ends there and what follows is not what it reports (triggers3,
 * session 13). */
static int own_next_clause(const sent *s, size_t hi, size_t k)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[k].mt;
    int32_t f = mt->first;
    if (mt->e->pos == EVT_POS_NOUN) return 0;
    if (mt->e->lang == EVG_LANG_AR) /* the speaker's verb again: same gender ("قال ...، واحتجزت القوات" is not) */
        return mt->prefix_len == 2 && f > s->first && (tok_is(d, f - 1, "\xD8\x8C") || tok_is(d, f - 1, ",")) &&
               mt->e->pos != EVT_POS_VERB &&
               verb_fem(mt) == verb_fem(&s->h.v[hi].mt);
    return f > s->first + 1 && tok_is(d, f - 1, "and") && tok_is(d, f - 2, ",");
}

static int statement_has_other_act(const sent *s, size_t hi)
{
    static const char *const en[] = {"adding", NULL};
    static const char *const ar[] = {"\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD8\xA7",  /* مضيفا */
                                     "\xD9\x85\xD8\xB6\xD9\x8A\xD9\x81\xD9\x87", NULL}; /* مضيفه */
    if (!s->nonspeech) return 0;
    for (size_t k = 0; k < hi; k++)
        if (s->h.v[k].mt.e->cls != EVT_CL_SPEECH && !act_outside_statement(s, k, hi)) return 1;
    int32_t from = s->h.v[hi].mt.end;
    int in_rel = 0; /* inside a relative clause on the speaker, up to the complement */
    for (size_t k = hi + 1; k < s->h.n; k++) {
        for (int32_t q = from; q < s->h.v[k].mt.first; q++) {
            if (tok_in(s->doc, q, en) || tok_in(s->doc, q, ar) || contrast_opener(s->doc, q) ||
                background_opener(s->doc, q))
                return 0;
            if (evt_is_complementizer(s->doc, q)) in_rel = 0;
        }
        if (own_next_clause(s, hi, k)) return 0;
        if (s->h.v[k].mt.e->cls != EVT_CL_SPEECH && !in_rel && !(in_rel = evt_relative_on_speaker(s, hi, k)))
            return 1;
        from = s->h.v[k].mt.first;
    }
    return 0;
}

int evt_dated_statement(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int denial = evt_denial_verb(r->doc, mt);
    if (!denial && reports_toll(r->doc, s, mt)) return 0;
    int press = dated_press_statement(r->doc, s, mt, ev);
    if ((statement_has_other_act(s, hi) && !denial && !press) || s->sec_kind == EVG_SEC_TITLE ||
        (evt_speech_people(r->doc, ev) != 1 && !denial) || evt_is_continuation_speech(r->doc, mt))
        return 0;
    if (ev->date_source != EVG_DATE_TIMEX) {
        /* a named person's statement reported on its own ("وقالت ميلوني إن
         * المذكرة نموذج", "Kishida said the partnership had entered a new
         * era"): an event, dated later by the occasion it reacts to */
        const evg_entity *p = &r->doc->entities.v[ev->actors[0].entity];
        /* "France's foreign ministry denied that ...": a denial by a named body too */
        if (denial && ev->date_source == EVG_DATE_DCT && p->type && strcmp(p->type, "ORG") == 0 &&
            s->sec_kind == EVG_SEC_BODY && ev->actors[0].role == EVG_ROLE_SOURCE)
            return 1;
        /* "ونفى X أن تكون Y قد ...": a named person's denial is his statement
         * whatever act it denies */
        return ev->date_source == EVG_DATE_DCT && p->type && strcmp(p->type, "PER") == 0 &&
               s->sec_kind == EVG_SEC_BODY &&
               (denial || statement_occasion(r->doc, s, mt) || !statement_has_other_act(s, hi));
    }
    const evg_entity *e = &r->doc->entities.v[ev->actors[0].entity];
    if (!e->type || (strcmp(e->type, "PER") != 0 && strcmp(e->type, "ORG") != 0 &&
                     strcmp(e->type, "GPE") != 0)) /* "نفت طهران الشهر الماضي أن" */
        return 0;
    const evg_timex *tx = &r->doc->timexes.v[ev->timex];
    int32_t gap = tx->tok_first >= mt->end ? tx->tok_first - mt->end : mt->first - tx->tok_end;
    if (tx->tok_end <= mt->first && tx->begin != EVG_NODATE && r->doc->dct != EVG_NODATE &&
        tx->begin > r->doc->dct && evt_contrast_between(r->doc, tx->tok_end, mt->first))
        return 0; /* "... الشهر المقبل، فيما لم يستبعد X": a coming date is the other clause's */
    return gap <= 12;
}

/* A future attack ("ستواصل استهداف", "سيهاجم", "will strike") in the
 * complement of a statement is the speaker's threat (138), and the threat
 * itself happened.  Returns the speaker's candidate index or -1. */
int32_t evt_threat_speaker(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "18", 2) != 0 && strncmp(mt->e->code, "19", 2) != 0 &&
        strncmp(mt->e->code, "20", 2) != 0)
        return -1;
    int future = mt->e->planned || tok_is(d, mt->first - 1, "will") || tok_is(d, mt->first - 1, "would");
    if (!future && mt->first > s->first) {
        size_t n;
        const char *t = evg_tok_text(d, &d->tokens.v[mt->first - 1], &n);
        future = n >= 6 && memcmp(t, "\xD8\xB3", 2) == 0 && /* سي ست + a verb */
                 (memcmp(t + 2, "\xD9\x8A", 2) == 0 || memcmp(t + 2, "\xD8\xAA", 2) == 0);
    }
    for (size_t k = hi; future && k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        for (int32_t q = h->mt.end; q < mt->first; q++)
            if (evt_is_complementizer(d, q)) return h->speaker;
        return -1;
    }
    return -1;
}

/* The threat's source when the complement names the speaker's own side
 * as the one to strike ("قال وزير الدفاع X إن الجيش سيضرب ...", "the
 * minister said the army will hit ..."): the speaker threatens, and the
 * body of the same country that would act stays a participant. */
void evt_threat_own_side(const sent *s, int32_t speaker, evg_event *ev)
{
    const evg_entity *sp = &s->doc->entities.v[s->c.v[speaker].ent];
    if (!sp->country || !sp->country[0] || evt_has_actor(ev, s->c.v[speaker].ent)) return;
    for (int i = 0; i < ev->nactors; i++) {
        if (ev->actors[i].role != EVG_ROLE_SOURCE) continue;
        const evg_entity *o = &s->doc->entities.v[ev->actors[i].entity];
        if (!o->country || strcmp(o->country, sp->country) != 0 || !o->type || strcmp(o->type, "ORG") != 0) return;
        ev->actors[i].role = EVG_ROLE_PARTICIPANT;
        evt_add_actor(ev, s->c.v[speaker].ent, EVG_ROLE_SOURCE);
        return;
    }
}

/* Is id, a country's entity id (its ISO code in lower case), the code cc
 * (3 letters, any case)? */
static int iso_id_is(const char *id, const char *cc)
{
    for (int q = 0; q < 3; q++)
        if (tolower((unsigned char)cc[q]) != id[q]) return 0;
    return 1;
}

/* Is entity c the speaker's own state (a country, id its ISO code in
 * lower case; or a city of it, its capital standing for it), or a
 * government body of it (ORG, role GOV), cc being the speaker's country? */
static int own_state(const evg_entity *c, const char *cc)
{
    if (!c || !c->type || !c->id || !cc || strlen(cc) != 3) return 0;
    if (strcmp(c->type, "ORG") == 0)
        return c->role && strcmp(c->role, "GOV") == 0 && c->country && strcmp(c->country, cc) == 0;
    if (strcmp(c->type, "GPE") != 0) return 0;
    if (strlen(c->id) != 3) return c->country && strcmp(c->country, cc) == 0;
    return iso_id_is(c->id, cc);
}

/* Does speech hit h hold trigger mt in its complement: a complementizer
 * between them ("said that", "قال إن"), an English clause with no "that"
 * right after the verb ("said on Monday Washington would consider"), or a
 * verbal noun as the verb's object ("أكد X في كلمته رفض مصر")?  The last
 * two allow no punctuation and at most 3 other words between, besides
 * dates and names ("told reporters", "في كلمته", "in a statement"). */
static int in_complement(const evg_doc *d, const hit *h, const evt_match *mt)
{
    for (int32_t q = h->mt.end; q < mt->first; q++)
        if (evt_is_complementizer(d, q)) return 1;
    if (mt->first - h->mt.end > 20 || evt_punct_between(d, h->mt.end, mt->first)) return 0;
    int words = 0;
    for (int32_t q = h->mt.end; q < mt->first; q++) words += !evt_in_timex_or_name(d, q);
    if (words > 3) return 0;
    if (h->mt.e->lang == EVG_LANG_EN) return 1;
    /* no "و" or "ف" before it: a bare past form there is the verbal noun
     * ("أكد رفض مصر"); a second verb of the speaker would be joined by و */
    return mt->e->pos == EVT_POS_NOUN || (mt->e->pos == EVT_POS_PAST && mt->prefix_len == 0);
}

/* "Wang Wenbin said that China opposed ...", "قال المتحدث X إن بلاده
 * ترفض", "X said Iraq would not allow ...", "قال X إن أنقرة تسعى إلى":
 * a position or an intent (03) reported in a statement's complement whose
 * agent is the speaker's own country or government is the speaker's, on
 * its behalf: the speaker joins it.  A denial keeps its agent alone ("X
 * denied that his country had pledged"), and so does an act after "while"
 * or "فيما", another clause with a subject of its own. */
void evt_speaker_for_country(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if ((!evt_position_code(ev->code) && strncmp(ev->code, "03", 2) != 0) || ev->nactors == 0) return;
    int32_t src = -1;
    for (int k = 0; k < ev->nactors && src < 0; k++)
        if (ev->actors[k].role == EVG_ROLE_SOURCE) src = ev->actors[k].entity;
    if (src < 0) return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        if (!in_complement(d, h, &s->h.v[hi].mt) || h->speaker < 0 || evt_denial_verb(d, &h->mt) ||
            evt_contrast_between(d, h->mt.end, s->h.v[hi].mt.first)) /* "..., while X called for" */
            return;
        int32_t sp = s->c.v[h->speaker].ent;
        if (sp != src && evt_ent_is_person(d, sp) && own_state(&d->entities.v[src], d->entities.v[sp].country) &&
            !evt_has_actor(ev, sp))
            evt_add_actor(ev, sp, EVG_ROLE_PARTICIPANT);
        return;
    }
}

/* The speaker of the statement whose complement holds hit hi (a speech hit
 * before it, a complementizer between), as an entity, or -1. */
static int32_t complement_speaker(const sent *s, size_t hi)
{
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        for (int32_t q = h->mt.end; q < s->h.v[hi].mt.first; q++)
            if (evt_is_complementizer(s->doc, q)) return h->speaker >= 0 ? s->c.v[h->speaker].ent : -1;
        return -1;
    }
    return -1;
}

/* "أكد السفير X أن المملكة ستواصل دعم العراق", "said the kingdom would
 * continue to support Iraq": an intent to cooperate (03x) in a statement's
 * complement whose agent is no name ("the kingdom", "the government") has
 * only the party it helps, named after its verb, and that party was taken
 * as its source.  The speaker, a person, is the source and that party the
 * target (session 20 evcode). */
void evt_speaker_intent(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if (strncmp(ev->code, "03", 2) != 0 || ev->nactors != 1 || ev->actors[0].role != EVG_ROLE_SOURCE) return;
    int32_t sp = complement_speaker(s, hi), lone = ev->actors[0].entity;
    if (sp < 0 || sp == lone || !evt_ent_is_person(d, sp)) return;
    const char *sc = d->entities.v[sp].country, *lc = d->entities.v[lone].country;
    if (!sc || !lc || strcmp(sc, lc) == 0) return; /* the speaker's own side acts */
    for (size_t k = 0; k < s->c.n; k++) /* the party must stand after the verb: its object */
        if (s->c.v[k].ent == lone && s->c.v[k].first < s->h.v[hi].mt.first) return;
    ev->actors[0].role = EVG_ROLE_TARGET;
    evt_add_actor(ev, sp, EVG_ROLE_SOURCE);
}

/* Is token q an envoy named as the speaker's own: "سفيرها", "سفيره", "سفير
 * بلاده", "its ambassador", "our ambassador", "his country's ambassador"? */
static int own_envoy(const evg_doc *d, int32_t q)
{
    static const char *const ar[] = {"\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1\xD9\x87",             /* سفيره */
                                     "\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1\xD9\x87\xD8\xA7", NULL}; /* سفيرها */
    static const char *const own[] = {"its", "our", "his", "her", "their", NULL};
    static const char *const envoy[] = {"ambassador", "envoy", NULL};
    if (tok_in(d, q, envoy)) return tok_in(d, q - 1, own) || (tok_is(d, q - 1, "'s") && tok_is(d, q - 2, "country"));
    for (int k = 0; ar[k]; k++)
        if (evt_tok_is_stem(d, q, ar[k])) return 1;
    return evt_tok_is_stem(d, q, "\xD8\xB3\xD9\x81\xD9\x8A\xD8\xB1") && /* سفير بلاده */
           (evt_tok_is_stem(d, q + 1, "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87") ||
            evt_tok_is_stem(d, q + 1, "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7"));
}

/* "Peru's foreign ministry said its ambassador had been recalled", "قالت
 * الخارجية X إن سفيرها استدعي للتشاور": a recall (161) with no agent of
 * its own, reported in a statement's complement, of an envoy the speaker
 * calls its own is the speaker's side's: the speaker's country is the
 * source (session 16 events8; the fold writes the passive استُدعي like
 * the active). */
void evt_own_envoy_recalled(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(ev->code, "161") != 0 || evt_role_taken(ev, EVG_ROLE_SOURCE)) return;
    int own = 0;
    for (int32_t q = mt->first - 6; q < mt->end + 3 && !own; q++)
        own = q > s->first && q < s->end && own_envoy(d, q);
    if (!own) return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < mt->first && !comp; q++) comp = evt_is_complementizer(d, q);
        if (!comp || h->speaker < 0) return;
        int32_t sp = s->c.v[h->speaker].ent, side = evt_own_country_of(d, sp);
        evt_add_actor(ev, side, EVG_ROLE_SOURCE);
        if (side != sp) evt_add_actor(ev, sp, EVG_ROLE_PARTICIPANT);
        return;
    }
}

/* Session 22 (ev-code22): a statement whose complement is the speaker's own
 * side's future act with no trigger of its own ("said Tokyo would work for
 * ...", "قال إن اليابان ستبذل ...", "أكد أن الحزب سيتعاون مع ...") tells an
 * intent to cooperate: CAMEO 030, not the residual 010.  Only verbs of
 * cooperation count (work with, help, support, commit, exert efforts): "would
 * keep its course", "ستواجه الإرهاب", "will appoint a new premier" stay 010. */

/* Is token q a subject word for the speaker's own side: "we", "he", "she",
 * "his|her|its|our country|government", بلاده بلادها حكومته حكومتها
 * الحكومه المملكه الحزب الحركه? */
static int own_side_word(const evg_doc *d, int32_t q)
{
    static const char *const en[] = {"we", "he", "she", NULL};
    static const char *const owner[] = {"his", "her", "its", "our", NULL};
    static const char *const noun[] = {"country", "government", NULL};
    static const char *const ar[] = {"\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87", "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7", /* بلاده بلادها */
                                     "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD9\x87", "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD9\x87\xD8\xA7", /* حكومته حكومتها */
                                     "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD9\x87", "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD9\x84\xD9\x83\xD9\x87", /* الحكومه المملكه */
                                     "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xB2\xD8\xA8", "\xD8\xA7\xD9\x84\xD8\xAD\xD8\xB1\xD9\x83\xD9\x87", NULL}; /* الحزب الحركه */
    return tok_in(d, q, en) || tok_in(d, q, ar) || (tok_in(d, q, noun) && tok_in(d, q - 1, owner));
}

/* Does the word after token q open one of the words in next? */
static int next_in(const evg_doc *d, int32_t q, const char *const *next)
{
    return (size_t)q + 1 < d->tokens.n && tok_in(d, q + 1, next);
}

/* Is English token q ("will"/"would" at q - 1) a verb of cooperation:
 * cooperate, help, support, contribute, abide, honour; work with/for/
 * together; do whatever/everything; spare no effort; push for? */
static int en_cooperative_verb(const evg_doc *d, int32_t q)
{
    static const char *const verb[] = {"cooperate", "help", "assist", "support", "contribute", "abide", "honour",
                                       "honor", "spare", NULL};
    static const char *const work[] = {"work", NULL};
    static const char *const work_next[] = {"with", "for", "together", "closely", "alongside", "toward", "towards",
                                            NULL};
    static const char *const doing[] = {"do", NULL};
    static const char *const all[] = {"whatever", "everything", "all", "what", NULL};
    static const char *const push[] = {"push", NULL};
    static const char *const for_[] = {"for", NULL};
    return tok_in(d, q, verb) || (tok_in(d, q, work) && next_in(d, q, work_next)) ||
           (tok_in(d, q, doing) && next_in(d, q, all)) || (tok_in(d, q, push) && next_in(d, q, for_));
}

/* Is Arabic token q a future verb of cooperation: س + ي/ت/ن + a stem of
 * تعاون، بذل، التزم، دعم، ساعد، ساهم/أسهم، احترم (ستتعاون سيبذل ستلتزم
 * سندعم سيساعدان), or of عمل with مع / من أجل / إلى جانب after it? */
static int ar_cooperative_verb(const evg_doc *d, int32_t q)
{
    static const char *const stem[] = {"\xD8\xAA\xD8\xB9\xD8\xA7\xD9\x88\xD9\x86", "\xD8\xA8\xD8\xB0\xD9\x84", /* تعاون بذل */
                                       "\xD9\x84\xD8\xAA\xD8\xB2\xD9\x85", "\xD8\xAF\xD8\xB9\xD9\x85", /* لتزم دعم */
                                       "\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF", "\xD8\xB3\xD8\xA7\xD9\x87\xD9\x85", /* ساعد ساهم */
                                       "\xD8\xB3\xD9\x87\xD9\x85", "\xD8\xAD\xD8\xAA\xD8\xB1\xD9\x85", NULL}; /* سهم حترم */
    static const char *const work_next[] = {"\xD9\x85\xD8\xB9", "\xD9\x85\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x89", /* مع من الى */
                                            "\xD8\xAC\xD9\x86\xD8\xA8\xD8\xA7", NULL}; /* جنبا */
    static const char *const work = "\xD8\xB9\xD9\x85\xD9\x84"; /* عمل */
    const evg_token *t = &d->tokens.v[q];
    const char *w = d->fold + t->fs + 4; /* after س and the person prefix */
    size_t n = (size_t)(t->fe - t->fs) - 4;
    for (int k = 0; stem[k]; k++) {
        size_t l = strlen(stem[k]);
        if (n >= l && n <= l + 6 && memcmp(w, stem[k], l) == 0) return 1; /* endings ان ون ين ه */
    }
    return n >= 6 && n <= 12 && memcmp(w, work, 6) == 0 && next_in(d, q, work_next);
}

/* Is token q a future verb of cooperation: "will"/"would" before one
 * (en_cooperative_verb), or an Arabic imperfect with the future prefix س
 * (ar_cooperative_verb)? */
static int future_cooperation_at(const evg_doc *d, int32_t q)
{
    static const char *const aux[] = {"will", "would", NULL};
    if (q < 0 || (size_t)q >= d->tokens.n || d->tokens.v[q].kind != EVG_TOK_WORD) return 0;
    if (tok_in(d, q, aux)) return (size_t)q + 1 < d->tokens.n && en_cooperative_verb(d, q + 1);
    const evg_token *t = &d->tokens.v[q];
    const unsigned char *w = (const unsigned char *)d->fold + t->fs;
    size_t n = (size_t)(t->fe - t->fs);
    return n >= 8 && w[0] == 0xD8 && w[1] == 0xB3 && /* س + ي ت ن */
           ((w[2] == 0xD9 && (w[3] == 0x8A || w[3] == 0x86)) || (w[2] == 0xD8 && w[3] == 0xAA)) &&
           ar_cooperative_verb(d, q);
}

/* Does entity e stand for the speaker sp's own side: sp, or a name of the
 * speaker's country (the state, its capital, a body of it; no other person)? */
static int own_side_entity(const evg_doc *d, int32_t sp, int32_t e)
{
    if (e == sp) return 1;
    if (evt_ent_is_person(d, e)) return 0; /* "Biden said Trump would help": another person's act */
    const char *sc = d->entities.v[sp].country, *ec = d->entities.v[e].country, *id = d->entities.v[e].id;
    if (!sc || strlen(sc) != 3) return 0;
    if (ec && strcmp(ec, sc) == 0) return 1;
    return id && strlen(id) == 3 && iso_id_is(id, sc);
}

/* Does the subject in tokens [from, to) stand for the speaker sp's own side:
 * one own-side word, or a name of it ending the span? */
static int own_side_subject(const sent *s, int32_t sp, int32_t from, int32_t to)
{
    const evg_doc *d = s->doc;
    if (to - from == 1 && own_side_word(d, from)) return 1;
    if (to - from == 2 && own_side_word(d, from + 1)) return 1; /* "his country" */
    for (size_t k = 0; k < s->c.n; k++)
        if (s->c.v[k].first >= from && s->c.v[k].end == to && own_side_entity(d, sp, s->c.v[k].ent)) return 1;
    return 0;
}

/* The first token of the complement of statement hit mt: after the first
 * إن/أن (and their pronoun forms, بأن، وأن) or "that" within reach, or right
 * after an English verb that has none ("will"/"would" comes first); -1 when
 * a clause break comes first. */
static int32_t complement_start(const sent *s, const evt_match *mt, int32_t lim)
{
    static const char *const comp[] = {"\xD8\xA7\xD9\x86", "\xD8\xA7\xD9\x86\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7", /* ان انه انها */
                                       "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85", "\xD8\xA8\xD8\xA7\xD9\x86", /* انهم بان */
                                       "\xD9\x88\xD8\xA7\xD9\x86", "that", NULL}; /* وان */
    static const char *const aux[] = {"will", "would", NULL};
    const evg_doc *d = s->doc;
    for (int32_t q = mt->end; q < lim; q++) {
        if (tok_in(d, q, comp)) return q;
        if (tok_in(d, q, aux)) break; /* "said Tokyo would ...": no "that" */
        if (evt_is_punct_boundary(d, q)) return -1;
    }
    return mt->e->lang == EVG_LANG_EN ? mt->end - 1 : -1;
}

/* Statement hit hi (event ev, its source the speaker) tells its own side's
 * future act of cooperation: the complement's subject is an own-side word
 * or name and a future verb of cooperation follows it at once (a pronoun
 * إنه/إنها is the subject itself).  Its code is then 030; events.c asks
 * this of kept statements. */
int evt_own_future_intent(const sent *s, size_t hi, const evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t sp = -1;
    for (int i = 0; i < ev->nactors && sp < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) sp = ev->actors[i].entity;
    if (sp < 0 || strcmp(ev->code, "010") != 0 || mt->e->cls != EVT_CL_SPEECH) return 0;
    int32_t lim = mt->end + 20 < s->end ? mt->end + 20 : s->end;
    int32_t c = complement_start(s, mt, lim);
    if (c < 0) return 0;
    int32_t from = c + 1;
    while (from < lim && quote_mark(d, from)) from++;
    if (mt->e->lang == EVG_LANG_AR && evt_is_pronoun_complementizer(d, c)) return future_cooperation_at(d, from);
    for (int32_t f = from + 1; f < lim && f <= from + 5; f++) {
        if (evt_is_punct_boundary(d, f)) return 0;
        if (!future_cooperation_at(d, f)) continue;
        int32_t to = f;
        while (to > from && quote_mark(d, to - 1)) to--;
        return own_side_subject(s, sp, from, to);
    }
    return 0;
}

/* "قال X إن ...، ونفى أن ...", "أكدت X ... لكنها نفت ...", "X said ... but
 * denied that ...": a denial after another statement verb of the same
 * sentence whose speaker is the denial's source is a second act of that
 * speaker, kept beside the statement (session 23 ev-deny23). */
int evt_second_denial(const sent *s, size_t hi, const evg_event *ev)
{
    if (!evt_denial_verb(s->doc, &s->h.v[hi].mt) || !evt_role_taken(ev, EVG_ROLE_SOURCE)) return 0;
    for (size_t k = 0; k < hi; k++) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0 || evt_denial_verb(s->doc, &h->mt)) continue;
        if (h->mt.end <= s->h.v[hi].mt.first && evt_has_actor(ev, s->c.v[h->speaker].ent)) return 1;
    }
    return 0;
}

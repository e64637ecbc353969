/*
 * events_coref.c - the first pass over a document's events after every
 * sentence is done: dates by coreference (events_merge.c then merges).
 *
 * Coreference: a definite noun ("خلال اللقاء", "the visit") or an event on
 * the occasion of one takes the date of the nearest dated report of the same
 * root, with the same modality, in the same section (EVG_DATE_COREF); an
 * anterior clause ("قد أجرى", "already sent", EVT_COREF_NEVER) takes none.
 * Session 7: headlines no body report took in are dated by the lead's day;
 * denied acts take the story's day; talks take the date of a visit of a
 * party told next to them; acts after "بعد"/"after" are background; only
 * days carry narrative time.  Session 15: a position naming an act told
 * before ("criticised the visit") takes that act's date
 * (named_act_occasion); round 7: so does one naming it by "it", and a demand
 * chained after such a position; a dateline's day is not the lead's; "the
 * second day of the visit".  Split out of events_merge.c in session 15.
 * Session 20: an undated act after "then"/"later"/ثم, with حينها, under a
 * live blog's time stamp or told with "X says" is dated in events_sequel.c
 * before the steps here; one after "after the talks"/"عقب المحادثات" takes
 * that act's day (after_named_date); a reaction naming the agreement
 * takes the signing's day before narrative time (agreement_reaction), the
 * one its name points at ("the Doha agreement"); a plain past after a past
 * perfect is not on the flashback's day (coref_target).  Session 21: a
 * reaction naming an act told with no event is dated in events_sequel.c;
 * a lead with no time takes its source's day (lead_source_day).
 * Session 24: an intent voiced with no date takes the story's day too.
 * Exports evt_resolve_coref, evt_story_date (headlines the merge leaves
 * undated), evt_date_rank and evt_is_meeting_family.
 */
#include "events_int.h"

#include <stdlib.h>


static int after_phrase(const evg_doc *d, const evg_event *o);
static int recent_day(const evg_doc *d, const evg_event *o);
static int perfect_clause(const evg_doc *d, const evg_event *o);
static int arabic_pluperfect(const evg_doc *d, const evg_event *o, int reach);
static int shares_actor(const evg_doc *d, const evg_event *a, const evg_event *b);

int evt_is_meeting_family(const char *code)
{
    return strncmp(code, "04", 2) == 0;
}


/* A date of the text whose year is unknown (XXXX-05-24, a related
 * block's): a value with no calendar range (events_date.c). */
int evt_yearless(const evg_event *ev)
{
    return ev->date_source == EVG_DATE_TIMEX && ev->begin == EVG_NODATE && strncmp(ev->date_value, "XXXX", 4) == 0;
}

int evt_date_rank(int src)
{
    return src == EVG_DATE_TIMEX ? 3 : src == EVG_DATE_COREF ? 2 : src == EVG_DATE_DCT ? 1 : 0;
}

static int32_t event_source(const evg_event *ev)
{
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) return ev->actors[i].entity;
    return -1;
}

/* An undated meeting whose source also takes part in a dated meeting or visit
 * of the same section happened on that occasion ("held talks" during a visit). */
static int same_occasion(const evg_doc *d, const evg_event *ev)
{
    int32_t src = event_source(ev);
    if (ev->date_source != EVG_DATE_DCT || src < 0 || strcmp(ev->root, "04") != 0) return 0;
    size_t i = (size_t)(ev - d->events.v);
    for (size_t j = i > MERGE_REACH ? i - MERGE_REACH : 0; j < d->events.n && j <= i + MERGE_REACH; j++) {
        const evg_event *o = &d->events.v[j];
        if (o != ev && o->date_source == EVG_DATE_TIMEX && o->section == ev->section &&
            strcmp(o->root, "04") == 0 && evt_has_actor(o, src) && !after_phrase(d, o))
            return 1;
    }
    return 0;
}

/* "تشهد الخرطوم منذ 15 نيسان معارك", "fighting has raged since 15 April":
 * an act dated by a since-phrase is a state that began on that day and goes
 * on; the day is not the narrative's, nor the occasion that a later
 * statement or reaction answers, nor the date a definite noun borrows. */
static int since_timex(const evg_doc *d, const evg_timex *tx)
{
    int32_t k = tx->tok_first - 1;
    return k >= 0 && (evg_tok_is(d, (size_t)k, "since") ||
                      evt_tok_is_stem(d, k, "\xD9\x85\xD9\x86\xD8\xB0")); /* منذ */
}

static int since_dated(const evg_doc *d, const evg_event *o)
{
    return o->date_source == EVG_DATE_TIMEX && o->timex >= 0 && since_timex(d, &d->timexes.v[o->timex]);
}

/* Do two events name one party, or parties of one country ("the foreign
 * ministers" during their presidents' visit)? */
static int same_side(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    for (int i = 0; i < a->nactors; i++)
        for (int j = 0; j < b->nactors; j++) {
            const evg_entity *x = &d->entities.v[a->actors[i].entity], *y = &d->entities.v[b->actors[j].entity];
            if (a->actors[i].entity == b->actors[j].entity ||
                (x->country && y->country && x->country[0] && strcmp(x->country, y->country) == 0))
                return 1;
        }
    return 0;
}

/* "X held talks with Y during a visit ... . Z, who met W on Monday, ...": an
 * occasion told later that names none of the event's sides is another
 * story's; an earlier one may still be the occasion of an event whose
 * parties it names otherwise ("during the visit, the two delegations"). */
static int foreign_occasion(const evg_doc *d, const evg_event *ev, const evg_event *o)
{
    return ev->nactors > 0 && o->nactors > 0 && !same_side(d, ev, o) && o->sent > ev->sent;
}

/* "X received Y at the palace ... . X had visited Z on March 2", "استقبل X
 * Y ... . وكان X قد اتصل به في يونيو": an occasion told after the event is
 * its occasion only when it is the news of the day (dated shortly before
 * the reference date: "وكان Y قد وصل الثلاثاء") or the same act told again
 * with its date (same code, the event's actors among its own: "انتقد
 * استقبال فرنسا لـY. واستقبلت فرنسا Y في فبراير"); one dated further back
 * is background the story recalls.  Session 13 (args3). */
static int retold_act(const evg_doc *d, const evg_event *ev, const evg_event *o)
{
    if (strcmp(ev->code, o->code) != 0 || ev->nactors == 0) return 0;
    for (int i = 0; i < ev->nactors; i++) {
        int found = 0;
        for (int j = 0; j < o->nactors && !found; j++)
            found = evt_actor_matches(d, ev->actors[i].entity, o->actors[j].entity);
        if (!found) return 0;
    }
    return 1;
}

static int later_background(const evg_doc *d, const evg_event *ev, const evg_event *o)
{
    return o->sent > ev->sent && !recent_day(d, o) && !retold_act(d, ev, o);
}

/* The event a definite noun refers to: the nearest dated report of the same
 * root in the section that is as real as it (an asserted "خلال الزيارة"
 * never points at a trip that is only planned). */
static const evg_event *coref_target(const evg_doc *d, size_t i, const char *root)
{
    const evg_event *ev = &d->events.v[i], *best = NULL;
    int32_t best_dist = INT32_MAX;
    size_t lo = i > MERGE_REACH ? i - MERGE_REACH : 0;
    for (size_t j = lo; j < d->events.n && j <= i + MERGE_REACH; j++) {
        const evg_event *o = &d->events.v[j];
        if (j == i || o->date_source != EVG_DATE_TIMEX || o->section != ev->section ||
            o->modality != ev->modality || strcmp(o->root, root) != 0)
            continue;
        if (after_phrase(d, o) || since_dated(d, o) || evt_signing_participle(d, o))
            continue; /* "بعد زيارة X لباريس", "after a visit": what came before; an agreement recalled */
        if (evt_yearless(o))
            continue; /* a month with no year (XXXX-06) is no occasion to share: nothing places it */
        if (foreign_occasion(d, ev, o) || later_background(d, ev, o)) continue;
        /* "وكان X قد وصل مساء الأحد. وعقد الرئيسان مباحثات", "X had arrived
         * on Sunday. The two held talks": a past perfect steps back from
         * the news; an act told after it in the plain past is back on the
         * news's time, not on the step's day */
        if (o->sent < ev->sent && perfect_clause(d, o) && !perfect_clause(d, ev)) continue;
        /* a statement after "the meeting" follows a meeting of the day the
         * speaker took part in, not one the story recalls or another pair's */
        if (strcmp(ev->root, "01") == 0 && (perfect_clause(d, o) || !recent_day(d, o) || !shares_actor(d, ev, o)))
            continue;
        int32_t dist = abs(o->sent - ev->sent);
        if (dist < best_dist) {
            best_dist = dist;
            best = o;
        }
    }
    return best;
}

static int shares_actor(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    for (int i = 0; i < a->nactors; i++)
        for (int j = 0; j < b->nactors; j++)
            if (evt_actor_matches(d, a->actors[i].entity, b->actors[j].entity)) return 1;
    return 0;
}

/* A sentence opening with a bullet ("• ...") is a list item, usually the
 * headline of another story: no narrative time reaches it. */
static int list_item(const evg_doc *d, int32_t si)
{
    const evg_sentence *st = &d->sentences.v[si];
    const char *p = d->raw.p + st->os;
    if (st->oe - st->os < 3) return 0;
    return memcmp(p, "\xE2\x80\xA2", 3) == 0 || memcmp(p, "\xC2\xB7", 2) == 0 || p[0] == '*';
}

/* Sentences back narrative time carries over. */
#define NARRATIVE_SENTS 2
/* Days a date may span and still be narrative time (a visit, a week). */
#define NARRATIVE_SPAN 7
/* Days before the reference date within which an occasion a statement
 * reacts to is still the news of the day. */
#define OCCASION_DAYS 10

/* Event o is dated by a day (or a few days) shortly before its section's
 * reference date. */
static int recent_day(const evg_doc *d, const evg_event *o)
{
    int32_t dct = d->sections.v[o->section].dct;
    return dct != EVG_NODATE && o->end != EVG_NODATE && o->end <= dct && o->end >= dct - OCCASION_DAYS &&
           strlen(o->date_value) >= 10 && o->end - o->begin <= OCCASION_DAYS;
}

/* A relative pronoun opening a clause (who, which, الذي, التي): shared with
 * events.c. */
int evt_is_relative(const evg_doc *d, int32_t i)
{
    static const char *const rel[] = {"who", "whose", "which", "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", /* الذي */
                                      "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",                /* التي */
                                      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",             /* الذين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",     /* اللذين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86",     /* اللذان */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86",     /* اللتين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", NULL}; /* اللتان */
    return tok_in(d, i, rel);
}

/* Narrative time carries over: an asserted body event without a date of its
 * own, right after (same or two previous sentences) a dated event that shares one
 * of its actors, happened then ("X met Y on Friday, and both sides agreed
 * ..."; "X assured Y that ..."). */
/* "في إشارة إلى الاتفاقية التي أبرمها الطرفان عام 2008", "the accord,
 * which they reached in 2008": an act told in a relative clause is
 * background, and narrative time does not move to its date. */
/* "وجاء فتح المعبر بعد اتصال هاتفي أجراه X يوم الأربعاء", "the
 * crossing opened after a call between X and Y on Wednesday": an act named
 * as what came before ("بعد", "عقب", "after", "following") is background
 * too; the narrative stays on the act it preceded. */
/* "وجاءت الضربات بعد يومين من تبني المجلس القرار ... وبعد إعلان البحرية
 * ...", "The strikes came two days after ...": a sentence that says what
 * its news came after tells background in all it names after بعد/after.
 * Is there such a came ... after before token at? */
static int came_after(const evg_doc *d, const evg_sentence *st, int32_t at)
{
    static const char *const came[] = {"\xD8\xAC\xD8\xA7\xD8\xA1", "\xD8\xAC\xD8\xA7\xD8\xA1\xD8\xAA", /* جاء جاءت */
                                       "\xD9\x88\xD8\xAC\xD8\xA7\xD8\xA1", "\xD9\x88\xD8\xAC\xD8\xA7\xD8\xA1\xD8\xAA", /* وجاء وجاءت */
                                       "\xD8\xAA\xD8\xA7\xD8\xAA\xD9\x8A", "\xD9\x8A\xD8\xA7\xD8\xAA\xD9\x8A", /* تاتي ياتي */
                                       "came", "comes", NULL};
    int32_t lo = st->tok_first, hi = at < lo + 12 ? at : lo + 12;
    for (int32_t q = lo; q < hi; q++) {
        if (!tok_in(d, q, came)) continue;
        for (int32_t k = q + 1; k < at && k <= q + 6; k++)
            if (evt_tok_is_stem(d, k, "\xD8\xA8\xD8\xB9\xD8\xAF") || evg_tok_is(d, (size_t)k, "after")) /* بعد */
                return 1;
    }
    return 0;
}

static int after_phrase(const evg_doc *d, const evg_event *o)
{
    static const char *const w[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x88\xD8\xA8\xD8\xB9\xD8\xAF", /* بعد وبعد */
                                    "\xD8\xB9\xD9\x82\xD8\xA8", "\xD9\x88\xD8\xB9\xD9\x82\xD8\xA8", /* عقب وعقب */
                                    "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7", "after", "following", NULL}; /* بعدما */
    static const char *const that[] = {"\xD8\xB0\xD9\x84\xD9\x83", "that", "which", NULL}; /* ذلك */
    const evg_sentence *st = &d->sentences.v[o->sent];
    /* "بعد اتصال", "بعد أن وجه دعوة", "after a call": a few words back, in the clause */
    for (int32_t q = o->trig_first - 1; q >= st->tok_first && q >= o->trig_first - 4; q--) {
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) break;
        if (tok_in(d, q, w)) return !tok_in(d, q + 1, that); /* not "بعد ذلك", "after that" */
    }
    return came_after(d, st, o->trig_first);
}

static int background_clause(const evg_doc *d, const evg_event *o)
{
    const evg_sentence *st = &d->sentences.v[o->sent];
    if (after_phrase(d, o)) return 1;
    if (evt_signing_participle(d, o)) return 1;
    for (int32_t q = o->trig_first - 1; q >= st->tok_first && q >= o->trig_first - 6; q--) {
        const evg_token *t = &d->tokens.v[q];
        if (t->kind == EVG_TOK_PUNCT) break;
        if (evt_is_relative(d, q)) return 1;
    }
    return 0;
}

/* "... بعد اتصال هاتفي أجراه X بـ Y يوم الأربعاء، اتفقا خلاله على ...":
 * an act dated by coreference in the sentence of a background act, on its
 * days, is told as part of that background. */
static int borrowed_background(const evg_doc *d, size_t j)
{
    const evg_event *o = &d->events.v[j];
    if (o->date_source != EVG_DATE_COREF) return 0;
    for (size_t k = j; k-- > 0 && d->events.v[k].sent == o->sent;)
        if (d->events.v[k].begin == o->begin && d->events.v[k].end == o->end && after_phrase(d, &d->events.v[k]))
            return 1;
    return 0;
}

/* "وكان الطرفان قد وقعا ... يوم 31 أغسطس، بوساطة ...", "they had met in
 * Paris on Monday": an act told in a past perfect, and any act named in
 * its clause, is background to the news; narrative time does not move to
 * its date. */
static int perfect_clause(const evg_doc *d, const evg_event *o)
{
    const evg_sentence *st = &d->sentences.v[o->sent];
    for (int32_t q = o->trig_first - 1; q >= st->tok_first && q >= o->trig_first - 3; q--)
        if (evg_tok_is(d, (size_t)q, "had")) return 1;
    return arabic_pluperfect(d, o, 4);
}

/* "وكان X قد دعا ...": the Arabic past perfect that opens a sentence (كان,
 * its forms, then قد before the trigger, at most reach words after كان:
 * the subject stands between them), or that opens a clause after a comma
 * (reach at least eight words there). */
static int arabic_pluperfect(const evg_doc *d, const evg_event *o, int reach)
{
    const evg_sentence *st = &d->sentences.v[o->sent];
    for (int32_t q = st->tok_first; q < o->trig_first; q++) {
        /* "ورحبت X بالقرار، وكان موفدها Y قد التقى": after a comma too, its
         * subject up to eight words */
        int comma = q > st->tok_first && (evg_tok_is(d, (size_t)q - 1, "\xD8\x8C") || evg_tok_is(d, (size_t)q - 1, ","));
        if ((q >= st->tok_first + 3 && !comma) || !evt_ar_was(d, q)) continue;
        int reach_here = comma && reach < 8 ? 8 : reach;
        for (int32_t k = q + 1; k < o->trig_first && k <= q + reach_here; k++)
            if (evg_tok_is(d, (size_t)k, "\xD9\x82\xD8\xAF")) return 1; /* قد */
    }
    return 0;
}

static const evg_event *narrative_anchor(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY)
        return NULL;
    for (size_t j = i; j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent < ev->sent - NARRATIVE_SENTS || list_item(d, ev->sent)) break;
        if (o->modality != EVG_MODAL_ASSERTED || r->want_coref.v[j] == EVT_COREF_LED ||
            (o->date_source != EVG_DATE_TIMEX && o->date_source != EVG_DATE_COREF))
            continue;
        if (o->sent < ev->sent - 1 && !recent_day(d, o)) continue; /* further back: only the news of the day */
        /* a year or a month ("مطلع السنة الجارية", "in March") is no narrative time */
        if (o->begin == EVG_NODATE || o->end - o->begin > NARRATIVE_SPAN) continue;
        if (background_clause(d, o) || borrowed_background(d, j) || perfect_clause(d, o) || since_dated(d, o) ||
            (r->want_coref.v[j] == EVT_COREF_NEVER && o->sent < ev->sent))
            continue; /* "وكان X قد حذر مساء الخميس": a past perfect is background too */
        if (shares_actor(d, ev, o)) return o;
    }
    return NULL;
}

/* "قالت X أمس الثلاثاء إن ... . ودعت X إلى ...": the previous sentence of
 * the paragraph names the same source within a few words of a calendar
 * date and made no event of it, or names a single day relative to the
 * reference date ("on Thursday", "أمس"): the narrative is still on that
 * day.  Not for an event that names its occasion ("during the summit").
 * Returns the timex or -1. */
/* Sentences a < b with no blank line between them. */
static int same_paragraph(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t s = a, from = d->sentences.v[a].oe; s < b; from = d->sentences.v[++s].oe) /* each gap */
        for (int32_t k = from, to = d->sentences.v[s + 1].os; k + 1 < to && k - from < 64; k++)
            if (d->raw.p[k] == '\n' && (d->raw.p[k + 1] == '\n' || d->raw.p[k + 1] == '\r')) return 0;
    return 1;
}

/* "During the summit, Kim invited ...", "خلال اللقاء": the event names its
 * occasion; its date is the occasion's, not the narrative's. */
static int occasion_word(const evg_doc *d, const evg_event *ev)
{
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = st->tok_first; k < ev->trig_first; k++)
        if (evg_tok_is(d, (size_t)k, "during") || evg_tok_is(d, (size_t)k, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84")) /* خلال */
            return 1;
    return 0;
}

/* First entry of a text-order array (mentions or timexes) at or after token tok. */
static size_t ord_lower(const ord *a, size_t n, int32_t tok)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (a[mid].first < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* "ووصف X الاتفاق ...، بعد جولة محادثات عقدت في 13 تموز": the previous
 * sentence has events and none of them is dated by timex t, so t dates a
 * clause about something else and narrative time does not move to it. */
static int dates_other_clause(const evg_doc *d, const evg_event *ev, int32_t t)
{
    int any = 0;
    for (size_t j = (size_t)(ev - d->events.v); j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->sent < ev->sent - 1) break;
        if (o->sent != ev->sent - 1) continue;
        if (o->timex == t && !background_clause(d, o) && !perfect_clause(d, o))
            return 0; /* not a background act's date (after ..., a relative clause, a past perfect) */
        any = 1;
    }
    return any;
}

/* "..., who was killed near the airport on Friday.": a day told in a
 * relative clause is when that clause's act happened, not the narrative's
 * day. */
static int relative_clause_day(const evg_doc *d, const evg_sentence *st, const evg_timex *tx)
{
    for (int32_t q = tx->tok_first - 1; q >= st->tok_first && q >= tx->tok_first - 16; q--) {
        if (evt_is_punct_boundary(d, q)) return 0;
        if (evt_is_relative(d, q)) return 1;
    }
    return 0;
}

static int32_t narrative_timex(const run *r, const evg_event *ev)
{
    const evg_doc *d = r->doc;
    int32_t src = event_source(ev);
    if (src < 0 || ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY || ev->sent == 0)
        return -1;
    const evg_sentence *prev = &d->sentences.v[ev->sent - 1];
    if (prev->section != ev->section || list_item(d, ev->sent) || !same_paragraph(d, ev->sent - 1, ev->sent) ||
        occasion_word(d, ev))
        return -1;
    size_t t0 = ord_lower(r->tx, d->timexes.n, prev->tok_first), m0 = ord_lower(r->men, d->mentions.n, prev->tok_first);
    int32_t only = -1, days = 0; /* the previous sentence's one calendar day */
    for (size_t k = t0; k < d->timexes.n && r->tx[k].first < prev->tok_end; k++) {
        const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
        if (tx->tok_end <= prev->tok_end && tx->begin != EVG_NODATE && tx->type == EVG_TIMEX_DATE) {
            days++;
            only = tx->begin == tx->end ? r->tx[k].idx : -1;
        }
    }
    if (days == 1 && only >= 0 && d->timexes.v[only].relative && !dates_other_clause(d, ev, only) &&
        !since_timex(d, &d->timexes.v[only]) &&
        !relative_clause_day(d, prev, &d->timexes.v[only]))
        return only;
    for (size_t m = m0; m < d->mentions.n && r->men[m].first < prev->tok_end; m++) {
        const evg_mention *mn = &d->mentions.v[r->men[m].idx];
        if (mn->entity != src) continue; /* the same speaker, not just the same country */
        for (size_t k = t0; k < d->timexes.n && r->tx[k].first < prev->tok_end; k++) {
            const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
            if (tx->tok_end > prev->tok_end || tx->begin == EVG_NODATE || tx->type != EVG_TIMEX_DATE ||
                since_timex(d, tx))
                continue;
            int32_t gap = tx->tok_first >= mn->tok_end ? tx->tok_first - mn->tok_end
                                                       : mn->tok_first - tx->tok_end;
            if (gap <= 8 && !dates_other_clause(d, ev, r->tx[k].idx)) return r->tx[k].idx;
        }
    }
    return -1;
}

/* "حل X أمس الاثنين ... في زيارة تمتد من 28 إلى 30", "arrived on Sunday for
 * a two-day visit": a visit whose sentence names its first day on its own;
 * what follows it without a date of its own happened on that day.  Returns
 * the day's timex or -1. */
static int32_t visit_first_day(const run *r, const evg_event *o)
{
    const evg_doc *d = r->doc;
    if (strcmp(o->root, "04") != 0 || o->begin == EVG_NODATE || o->begin == o->end) return -1;
    const evg_sentence *st = &d->sentences.v[o->sent];
    for (size_t k = ord_lower(r->tx, d->timexes.n, st->tok_first);
         k < d->timexes.n && r->tx[k].first < st->tok_end; k++) {
        const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
        if (tx->type == EVG_TIMEX_DATE && tx->begin == o->begin && tx->end == o->begin)
            return r->tx[k].idx;
    }
    return -1;
}

/* "on the second day of the visit", "في ثاني أيام الزيارة", "في اليوم
 * الثالث من الزيارة", "on the second evening": the ordinal day of a visit
 * the event's sentence names (1-5), or 0. */
static int visit_ordinal_day(const evg_doc *d, const evg_event *ev)
{
    static const char *const en[] = {"first", "second", "third", "fourth", "fifth", NULL};
    static const char *const ar[] = {"\xD8\xA7\xD9\x88\xD9\x84", "\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A",  /* اول ثاني */
                                     "\xD8\xAB\xD8\xA7\xD9\x84\xD8\xAB", "\xD8\xB1\xD8\xA7\xD8\xA8\xD8\xB9", /* ثالث رابع */
                                     "\xD8\xAE\xD8\xA7\xD9\x85\xD8\xB3", NULL};                   /* خامس */
    static const char *const part[] = {"day", "evening", "night", "morning", "afternoon", NULL};
    static const char *const det[] = {"the", "its", "his", "her", "their", NULL};
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = st->tok_first; k + 1 < st->tok_end; k++)
        for (int n = 0; n < 5; n++) {
            /* "second day of", "on the second evening", "ثاني أيام", "اليوم الثاني من" */
            if (evg_tok_is(d, (size_t)k, en[n]) && tok_in(d, k + 1, part) &&
                ((k + 2 < st->tok_end && evg_tok_is(d, (size_t)k + 2, "of")) || tok_in(d, k - 1, det)))
                return n + 1;
            if (evt_tok_is_stem(d, k, ar[n]) && (evt_tok_is_stem(d, k + 1, "\xD8\xA7\xD9\x8A\xD8\xA7\xD9\x85") || /* ايام */
                                                  (k > st->tok_first && evt_tok_is_stem(d, k - 1, "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85"))))  /* اليوم */
                return n + 1;
        }
    return 0;
}

/* Sentences back a meeting on "the second evening" may look for its visit. */
#define ORDINAL_VISIT_SENTS 4

/* "X began a four-day visit to Spain on Monday. On the second evening Y
 * hosted a banquet": a meeting on an ordinal day whose guest is not named
 * (no shared party makes the visit its occasion) is on a day of the
 * latest visit of its section told a few sentences before.  NULL if none. */
static const evg_event *earlier_visit(const evg_doc *d, size_t i)
{
    const evg_event *ev = &d->events.v[i];
    for (size_t j = i; j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent + ORDINAL_VISIT_SENTS < ev->sent) return NULL;
        if (o->sent < ev->sent && strcmp(o->code, "042") == 0 && o->begin != EVG_NODATE &&
            o->modality == EVG_MODAL_ASSERTED && o->date_source == EVG_DATE_TIMEX)
            return o;
    }
    return NULL;
}

/* Sentences back a statement may look for the occasion it reacts to. */
#define OCCASION_SENTS 4

/* Roots whose events are words about something (statements, appeals,
 * intents and pledges, praise, criticism, rejection, threats). */
static int reaction_root(const char *root)
{
    static const char *const roots[] = {"01", "02", "03", "05", "10", "11", "12", "13", NULL};
    for (int k = 0; roots[k]; k++)
        if (strcmp(root, roots[k]) == 0) return 1;
    return 0;
}

/* "وقالت ميلوني إن المذكرة نموذج", "Kishida said the partnership had
 * entered a new era": a statement or reaction without a date of its own,
 * a few sentences after a recent dated act of the same section, was made on
 * that occasion.  Returns the occasion or NULL. */
/* Sentences back a reaction naming "the agreement" may look for it. */
#define AGREEMENT_SENTS 12

/* The entity a mention covering token k names, or -1. */
static int32_t entity_at(const evg_doc *d, int32_t k)
{
    for (size_t m = 0; m < d->mentions.n; m++)
        if (d->mentions.v[m].tok_first <= k && k < d->mentions.v[m].tok_end) return d->mentions.v[m].entity;
    return -1;
}

/* "the Doha agreement", "the Paris accords": up to two capitalised words
 * between "the" and the English noun at token k name the agreement.  The
 * first token after "the", or -1 (no "the" there: no definite noun). */
static int32_t english_name_start(const evg_doc *d, int32_t k, int32_t from)
{
    for (int32_t q = k - 1; q >= from && q >= k - 3; q--) {
        if (evg_tok_is(d, (size_t)q, "the")) return q + 1;
        if (!(d->tokens.v[q].flags & EVG_TOKF_CAP)) return -1;
    }
    return -1;
}

/* "ورحب X بالاتفاق", "Y criticised the declaration", "welcomed the Doha
 * agreement", "رحب باتفاق الدوحة": the reaction names the agreement after
 * its trigger with a definite noun, or with a noun in construct before a
 * name (an Arabic idafa) or a name between "the" and the English noun.
 * *named gets the entity of that name (the place or the party that
 * tells which agreement), else -1. */
static int names_agreement(const evg_doc *d, const evg_event *ev, int32_t *named)
{
    static const char *const ar[] = {"\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82", /* الاتفاق */
                                     "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD9\x8A\xD9\x87", /* الاتفاقيه */
                                     "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86", /* الاعلان */
                                     "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB9\xD8\xA7\xD9\x87\xD8\xAF\xD9\x87", /* المعاهده */
                                     "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD8\xA7\xD8\xAA", /* الاتفاقات */
                                     "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAA", NULL}; /* الاتفاقيات */
    static const char *const en[] = {"agreement", "deal", "accord", "declaration", "pact", "treaty", "agreements",
                                     "deals", "accords", "declarations", "pacts", "treaties", NULL};
    const evg_sentence *st = &d->sentences.v[ev->sent];
    *named = -1;
    for (int32_t k = ev->trig_end; k < st->tok_end && k < ev->trig_end + 8; k++) {
        for (int w = 0; ar[w]; w++) {
            if (evt_tok_is_stem(d, k, ar[w])) return 1;
            /* the same noun without ال, in construct before a name (not
             * إعلان: "إعلان الرئيس" is his announcement) */
            if (w != 2 && evt_tok_is_stem(d, k, ar[w] + 4) && k + 1 < st->tok_end && (*named = entity_at(d, k + 1)) >= 0)
                return 1;
        }
        int32_t from = ev->trig_end;
        for (int w = 0; en[w]; w++) {
            if (!evg_tok_is(d, (size_t)k, en[w])) continue;
            int32_t name = english_name_start(d, k, from);
            if (name < 0) continue;
            *named = name < k ? entity_at(d, name) : -1;
            return 1;
        }
    }
    return 0;
}

/* Does sentence sn mention entity e? */
static int sentence_names(const evg_doc *d, int32_t sn, int32_t e)
{
    for (size_t m = 0; m < d->mentions.n; m++)
        if (d->mentions.v[m].sent == sn && d->mentions.v[m].entity == e) return 1;
    return 0;
}

/* The recent signing (057) of the section a reaction naming "the
 * agreement" refers to, a few more sentences back than other occasions:
 * the latest one, or, when the reaction names the agreement by a place or
 * a party ("the Doha agreement"), the latest whose sentence names it.  A
 * plain "the deal" after an earlier reaction that named an agreement
 * ("X welcomed the Doha agreement. Y also welcomed the deal.") means the
 * agreement last named: that reaction, dated by it, is returned. */
static const evg_event *referred_agreement(const evg_doc *d, size_t i)
{
    const evg_event *ev = &d->events.v[i], *latest = NULL;
    int32_t named, other;
    if (!names_agreement(d, ev, &named)) return NULL;
    for (size_t j = i; j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent < ev->sent - AGREEMENT_SENTS) break;
        if (named < 0 && !latest && o->sent < ev->sent && o->date_source == EVG_DATE_COREF &&
            reaction_root(o->root) && o->modality == EVG_MODAL_ASSERTED && names_agreement(d, o, &other))
            return o;
        if (strcmp(o->code, "057") == 0 && o->modality == EVG_MODAL_ASSERTED &&
            (o->date_source == EVG_DATE_TIMEX || o->date_source == EVG_DATE_COREF) && recent_day(d, o)) {
            if (named < 0 || sentence_names(d, o->sent, named)) return o;
            if (!latest) latest = o;
        }
    }
    return latest;
}

static const evg_event *reaction_occasion(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED || !reaction_root(ev->root) ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY || list_item(d, ev->sent))
        return NULL;
    const evg_event *agreement = referred_agreement(d, i);
    if (agreement) return agreement;
    for (size_t j = i; j-- > 0;) {
        const evg_event *o = &d->events.v[j];
        if (o->section != ev->section || o->sent < ev->sent - OCCASION_SENTS) break;
        /* an earlier reaction dated by its occasion passes that day on
         * ("وأكد X ... . وانتقد Y ..."): reactions follow the news of the day */
        int chained = reaction_root(o->root) && o->date_source == EVG_DATE_COREF;
        if (o->modality != EVG_MODAL_ASSERTED || r->want_coref.v[j] == EVT_COREF_LED ||
            (reaction_root(o->root) && strcmp(o->root, "03") != 0 && !chained) ||
            o->sent == ev->sent || background_clause(d, o) || perfect_clause(d, o) || since_dated(d, o) ||
            evt_background_before_lead(d, ev, o) || r->want_coref.v[j] == EVT_COREF_NEVER ||
            (o->date_source != EVG_DATE_TIMEX && o->date_source != EVG_DATE_COREF))
            continue; /* background (after ..., a past perfect) is no occasion */
        /* a day, a day with its hour or a few days; background dated long
         * before ("وكانت X قد عقدت ... في أبريل") is passed over */
        if (recent_day(d, o)) return o;
    }
    return NULL;
}

/* "Palestinian officials called the accords a betrayal", "وانتقدت X
 * الاتفاق": a reaction that names the agreement answers its signing; it
 * takes that day before narrative time (an act a shared actor did just
 * before it is not what it answers).  Returns the signing or NULL. */
static const evg_event *agreement_reaction(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED || !reaction_root(ev->root) ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY || list_item(d, ev->sent))
        return NULL;
    return referred_agreement(d, i);
}

/* Tokens after a reaction's trigger its object may name the act. */
#define NAMED_ACT_REACH 10

/* Codes of one family for naming an act again: the same root, or two
 * assaults (CAMEO 18-20: "the strikes" after "شنت غارات"). */
static int assault_root(const char *c)
{
    return (c[0] == '1' && (c[1] == '8' || c[1] == '9')) || (c[0] == '2' && c[1] == '0');
}

static int same_act_family(const char *a, const char *b)
{
    return strncmp(a, b, 2) == 0 || (assault_root(a) && assault_root(b));
}

/* "WOODSIDE, California, Nov 16 (X Wire) - ...": event o is dated by the
 * dateline's day at the head of its sentence (a dash follows within a few
 * tokens, white space before it: not the hyphen of "pro-government"), the
 * day of the report rather than of the act. */
static int dateline_timex(const evg_doc *d, const evg_timex *tx, const evg_sentence *st)
{
    if (tx->tok_first > st->tok_first + 8) return 0;
    for (int32_t q = tx->tok_end; q < st->tok_end && q <= tx->tok_end + 6; q++) {
        if (!(d->tokens.v[q].flags & EVG_TOKF_SPACE_BEFORE)) continue; /* "pro-government" is a hyphen */
        if (evg_tok_is(d, (size_t)q, "-") || evg_tok_is(d, (size_t)q, "\xE2\x80\x94") ||
            evg_tok_is(d, (size_t)q, "\xE2\x80\x93"))
            return 1; /* a spaced -, em dash or en dash */
    }
    return 0;
}

static int dateline_dated(const evg_doc *d, const evg_event *o)
{
    if (o->date_source != EVG_DATE_TIMEX || o->timex < 0) return 0;
    return dateline_timex(d, &d->timexes.v[o->timex], &d->sentences.v[o->sent]);
}

/* "the attack", "the deadly attack", 'the "terrorist attack"': "the"
 * opens the noun phrase ending at token k, with at most two modifiers or
 * quotes between them and nothing before the trigger's end. */
static int english_definite(const evg_doc *d, int32_t from, int32_t k)
{
    for (int32_t q = k - 1; q >= from && q >= k - 3; q--) {
        if (evg_tok_is(d, (size_t)q, "the")) return 1;
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT && !evg_tok_is(d, (size_t)q, "\"") &&
            !evg_tok_is(d, (size_t)q, "\xE2\x80\x9C"))
            return 0; /* a comma or a dash ends the phrase; a quote opens it */
    }
    return 0;
}

/* The code of the act a reaction names as its object with a definite noun
 * within a few words of its trigger ("ودانت الحكومة الغارات", "criticised
 * the seizure", "انتقد ... الزيارة"), or NULL.  Not past a clause
 * boundary or a complementizer ("said that the visit ..."). */
static const char *named_act_code(const run *r, const evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = ev->trig_end; k < st->tok_end && k < ev->trig_end + NAMED_ACT_REACH; k++) {
        if (evt_is_punct_boundary(d, k) || evt_is_complementizer(d, k)) return NULL;
        evt_match m;
        if (r->tok_men[k] >= 0 || !evt_match_at(d, k, st->tok_end, 0, &m))
            continue; /* the subject after an Arabic verb ("انتقد رئيس حركة مجتمع السلم X الزيارة") */
        int definite = m.e->lang == EVG_LANG_EN ? english_definite(d, ev->trig_end, k) : m.definite;
        /* English rows list "visit" once for noun and verb: "the" makes it a noun */
        return definite && (m.e->lang == EVG_LANG_EN || m.e->pos != EVT_POS_VERB) ? m.e->code : NULL;
    }
    return NULL;
}

/* Is the object of position ev the pronoun "it" right after its trigger
 * ("Z also condemned it", "condemned it as ...")?  Not "it said" or "it
 * was" opening a clause of its own. */
static int object_pronoun_it(const evg_doc *d, const evg_event *ev)
{
    const evg_sentence *st = &d->sentences.v[ev->sent];
    int32_t k = ev->trig_end;
    if (k >= st->tok_end || !evg_tok_is(d, (size_t)k, "it")) return 0;
    if (k + 1 >= st->tok_end) return 1;
    static const char *const verb[] = {"is", "was", "has", "had", "would", "will", "said", "says", "could", NULL};
    for (int w = 0; verb[w]; w++)
        if (evg_tok_is(d, (size_t)k + 1, verb[w])) return 0;
    return 1;
}

/* "X condemned the attack. Z also condemned it": a position whose object
 * is a pronoun names the act the position told before it named (in its
 * sentence or the one before, a position of the same root).  Returns that
 * act's code or NULL. */
static const char *pronoun_act_code(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    if (!object_pronoun_it(d, ev)) return NULL;
    for (size_t j = i; j-- > 0;) {
        const evg_event *p = &d->events.v[j];
        if (p->section != ev->section || p->sent < ev->sent - 1) break;
        if (strncmp(p->root, ev->root, 2) != 0 || p->modality != EVG_MODAL_ASSERTED) continue;
        const char *code = named_act_code(r, p);
        if (code) return code;
    }
    return NULL;
}

/* The act of code `code` told before event i in its section (not in
 * its sentence): one with a date of its own before one dated by
 * reference, that very code first ("the visit": 042, not the talks); among
 * those the widest ("the visit" is the whole stay, not its day trip to
 * another city), else the nearest.  Asserted, recent, no background; with
 * `shared`, one that shares an actor with event i.  Returns it or NULL. */
static const evg_event *told_act(const run *r, size_t i, const char *code, int shared)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    for (int pass = 0; pass < 4; pass++) {
        int exact = pass % 2 == 0, src = pass < 2 ? EVG_DATE_TIMEX : EVG_DATE_COREF;
        const evg_event *best = NULL;
        for (size_t j = i; j-- > 0;) {
            const evg_event *o = &d->events.v[j];
            if (o->section != ev->section || o->sent < ev->sent - AGREEMENT_SENTS) break;
            if (o->sent == ev->sent || !same_act_family(o->code, code) || (exact && strcmp(o->code, code) != 0) ||
                o->modality != EVG_MODAL_ASSERTED || o->date_source != src || background_clause(d, o) ||
                perfect_clause(d, o) || since_dated(d, o) || !recent_day(d, o) || dateline_dated(d, o) ||
                (shared && !shares_actor(d, ev, o)))
                continue;
            if (!best || o->end - o->begin > best->end - best->begin) best = o;
        }
        if (best) return best;
    }
    return NULL;
}

/* "وانتقد X الزيارة"، "Y condemned the strikes": a reaction without a date of
 * its own that names an act told before in its section with a definite
 * noun reacts to that act, and annotators date it by that act (the visit's
 * span, the day of the strikes), not by the narrative's latest day nor the
 * story's.  The act must be asserted, recent and no background.  Returns
 * it or NULL. */
static const evg_event *named_act_occasion(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i];
    /* a position on it (praise, a welcome, criticism, a rejection); not a
     * demand or an appeal, whose noun is what is asked for ("طالب باريس
     * بالاعتراف") */
    int position = strcmp(ev->root, "05") == 0 || strcmp(ev->root, "11") == 0 || strcmp(ev->root, "12") == 0;
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED || !position ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY)
        return NULL;
    const char *code = named_act_code(r, ev);
    if (!code) code = pronoun_act_code(r, i);
    if (!code) return NULL;
    return told_act(r, i, code, 0);
}

/* A lead with no time of its own ("Algeria has recalled its envoy"):
 * the next sentence often gives the source of the news and its day ("The
 * presidency said on Saturday", "قالت الخارجية العمانية في بيان صدر
 * السبت"): an act there dated by a recent day of its own, by a party of
 * an act of the lead.  Returns its timex or -1. */
static int32_t lead_source_day(const evg_doc *d, int32_t lead, int32_t dct)
{
    if ((size_t)lead + 1 >= d->sentences.n || d->sentences.v[lead + 1].section != d->sentences.v[lead].section)
        return -1;
    for (size_t j = 0; j < d->events.n; j++) {
        const evg_event *o = &d->events.v[j];
        if (o->sent != lead + 1 || o->date_source != EVG_DATE_TIMEX || o->timex < 0 || o->begin != o->end ||
            o->end > dct || o->end < dct - OCCASION_DAYS || o->modality != EVG_MODAL_ASSERTED ||
            background_clause(d, o) || perfect_clause(d, o))
            continue;
        for (size_t k = 0; k < d->events.n; k++)
            if (d->events.v[k].sent == lead && shares_actor(d, &d->events.v[k], o)) return o->timex;
    }
    return -1;
}

/* The news of the day: the first calendar day written in the first body
 * sentence (the lead), when it falls shortly before or on the reference
 * date ("The president said on Monday ...", "أعلنت ... أمس الأربعاء"); a
 * dateline's day only when the lead names no other.  Returns the timex or
 * -1. */
static int32_t lead_day(const run *r, int32_t section)
{
    const evg_doc *d = r->doc;
    int32_t dct = d->sections.v[section].dct, lead = -1;
    for (size_t si = 0; si < d->sentences.n && lead < 0; si++)
        if (d->sentences.v[si].section == section) lead = (int32_t)si;
    if (lead < 0 || dct == EVG_NODATE) return -1;
    const evg_sentence *st = &d->sentences.v[lead];
    size_t t0 = ord_lower(r->tx, d->timexes.n, st->tok_first);
    if (t0 >= d->timexes.n || r->tx[t0].first >= st->tok_end) return lead_source_day(d, lead, dct);
    int32_t line = -1, seen = 0; /* the dateline's day, when the lead names no other */
    for (size_t k = t0; k < d->timexes.n && r->tx[k].first < st->tok_end; k++) {
        const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
        if (tx->type != EVG_TIMEX_DATE || tx->begin == EVG_NODATE || tx->begin != tx->end) continue;
        int ok = tx->end <= dct && tx->end >= dct - OCCASION_DAYS;
        if (!seen && dateline_timex(d, tx, st)) { /* "BAMAKO, Oct 12 (AP) - ...": the report's day */
            seen = 1;
            line = ok ? r->tx[k].idx : -1;
            continue;
        }
        return ok ? r->tx[k].idx : -1;
    }
    return line >= 0 ? line : -1;
}

/* "On Monday, X said ... that ..., and accused Y": a calendar day opening
 * the event's own sentence dates all of it.  Returns the timex or -1. */
static int32_t opening_day(const run *r, int32_t si)
{
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[si];
    size_t k = ord_lower(r->tx, d->timexes.n, st->tok_first);
    if (k >= d->timexes.n || r->tx[k].first > st->tok_first + 2) return -1;
    const evg_timex *tx = &d->timexes.v[r->tx[k].idx];
    return tx->type == EVG_TIMEX_DATE && tx->begin != EVG_NODATE && tx->begin == tx->end ? r->tx[k].idx : -1;
}

/* The body section a headline stands over: the first body section after
 * it, or -1. */
static int32_t headline_body(const evg_doc *d, int32_t section)
{
    for (size_t k = (size_t)section + 1; k < d->sections.n; k++)
        if (d->sections.v[k].kind == EVG_SEC_BODY) return (int32_t)k;
    return -1;
}

/* A body event still dated only by the reference date happened on the day
 * opening its sentence, else on the day the article reports (its lead's
 * day, lead_day): news is written a day or two after the event, and the
 * statements, reactions and meetings it tells without a date of their own
 * belong to that day.  So does an intent they voice ("said it would send",
 * "أعلن أن البلدين سيطلبان"), but not a planned meeting or visit. */
void evt_story_date(const run *r, evg_event *ev)
{
    const evg_doc *d = r->doc;
    int kind = d->sections.v[ev->section].kind; /* a denied meeting: denied for the story's day too */
    if (ev->date_source != EVG_DATE_DCT || ev->modality == EVG_MODAL_POSSIBLE ||
        (ev->modality == EVG_MODAL_PLANNED && evt_is_meeting_family(ev->code)) ||
        (kind != EVG_SEC_BODY && kind != EVG_SEC_TITLE) || list_item(d, ev->sent))
        return;
    /* "UN Security Council demands end to siege": a headline in the present
     * that merged with no body report tells the story of the lead, and its
     * day is the lead's (run after merging: see evt_merge_events) */
    int32_t t = kind == EVG_SEC_TITLE ? -1 : opening_day(r, ev->sent), body = ev->section;
    if (kind == EVG_SEC_TITLE && (body = headline_body(d, ev->section)) < 0) return;
    if (t < 0) t = lead_day(r, body);
    if (t < 0) return;
    char v[16];
    evg_format_day(d->timexes.v[t].begin, v);
    evt_set_date(ev, v, d->timexes.v[t].begin, d->timexes.v[t].end, EVG_DATE_COREF);
}

/* "بوتين وكيم ناقشا التعاون. وقد أجرى كيم زيارة إلى روسيا": a visit told
 * after talks spans them when it went to the country of another party of
 * the talks, and its visitor is not the one who received the other ("X
 * received Y ... . X had visited Y's capital" is an earlier trip). */
static int visit_spans(const evg_doc *d, const evg_event *ev, const evg_event *o)
{
    int32_t visitor = event_source(o);
    if (strcmp(o->code, "042") != 0 || visitor < 0) return 0;
    if (strcmp(ev->code, "043") == 0 && event_source(ev) == visitor) return 0;
    for (int i = 0; i < o->nactors; i++) {
        if (o->actors[i].role != EVG_ROLE_TARGET) continue;
        for (int j = 0; j < ev->nactors; j++)
            if (ev->actors[j].entity != visitor && evt_actor_matches(d, o->actors[i].entity, ev->actors[j].entity))
                return 1;
    }
    return 0;
}

/* "وأضاف أن بوتين وكيم ناقشا سبل التعاون. وقد أجرى كيم زيارة إلى
 * روسيا ...", "Kim visited Russia on Wednesday. Putin and Kim discussed
 * ...": talks without a date of their own, told next to a visit or meeting
 * (three sentences before or after in the paragraph) that shares one of
 * their parties, were
 * held on that occasion; a visit told as background (anterior, dated by
 * the reference month) still gives its month.  A meeting or call told after
 * them and dated further back is background (later_background); a visit
 * of a party still spans the talks.  Returns it or NULL. */
static const evg_event *meeting_occasion(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    const evg_event *ev = &d->events.v[i], *best = NULL;
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED || ev->nactors < 2 ||
        strcmp(ev->root, "04") != 0 || strcmp(ev->code, "042") == 0)
        return NULL;
    for (size_t j = i > 8 ? i - 8 : 0; j < d->events.n && j <= i + 8; j++) {
        const evg_event *o = &d->events.v[j];
        int anterior = o->date_source == EVG_DATE_DCT && r->want_coref.v[j] == EVT_COREF_NEVER &&
                       strlen(o->date_value) == 7;
        if (j == i || o->section != ev->section || o->sent > ev->sent + 3 || o->sent < ev->sent - 3 ||
            o->sent == ev->sent || strcmp(o->root, "04") != 0 || o->modality != EVG_MODAL_ASSERTED ||
            (o->date_source != EVG_DATE_TIMEX && o->date_source != EVG_DATE_COREF && !anterior) ||
            !shares_actor(d, ev, o) || after_phrase(d, o) ||
            (later_background(d, ev, o) && !visit_spans(d, ev, o)) ||
            !same_paragraph(d, o->sent < ev->sent ? o->sent : ev->sent, o->sent < ev->sent ? ev->sent : o->sent))
            continue;
        int visit = strcmp(o->code, "042") == 0, best_visit = best && strcmp(best->code, "042") == 0;
        if (!best || visit > best_visit ||
            (visit == best_visit && abs(o->sent - ev->sent) < abs(best->sent - ev->sent)))
            best = o; /* the visit first: talks are held during it, not at another meeting */
    }
    return best;
}

/* "انتقد X الزيارة، وطالب باريس بـ...", "criticised the visit and demanded
 * ...": an undated act of the same subject told right after a position
 * dated by the act it names (named[] marks those), in the same sentence with
 * no other event between, is said on that occasion.  Returns the position
 * or NULL. */
static const evg_event *chained_named(const evg_doc *d, const char *named, size_t i)
{
    const evg_event *ev = &d->events.v[i];
    if (i == 0 || !named[i - 1] || ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED) return NULL;
    const evg_event *p = &d->events.v[i - 1];
    int32_t src = event_source(ev);
    if (p->sent != ev->sent || p->trig_end > ev->trig_first || src < 0 || src != event_source(p)) return NULL;
    return p;
}

/* Event ev takes a coreference date: day `day` alone, or timex t's value. */
static void coref_day(evg_event *ev, int32_t day)
{
    char v[16];
    evg_format_day(day, v);
    evt_set_date(ev, v, day, day, EVG_DATE_COREF);
}

static void coref_timex(const evg_doc *d, evg_event *ev, int32_t t)
{
    const evg_timex *tx = &d->timexes.v[t];
    evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_COREF);
}

/* The code of the act an "after" phrase of event ev's sentence names with
 * a definite noun ("after the signing ceremony", "عقب المحادثات", "وبعد
 * اللقاء"), before or after the trigger, or NULL. */
static const char *after_act_code(const run *r, const evg_event *ev)
{
    static const char *const w[] = {"after", "following", "\xD8\xA8\xD8\xB9\xD8\xAF", /* بعد */
                                    "\xD9\x88\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8", /* وبعد عقب */
                                    "\xD9\x88\xD8\xB9\xD9\x82\xD8\xA8", NULL}; /* وعقب */
    const evg_doc *d = r->doc;
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = st->tok_first; k + 1 < st->tok_end; k++) {
        if (k >= ev->trig_first && k < ev->trig_end) continue;
        if (!tok_in(d, k, w)) continue;
        for (int32_t q = k + 1; q < st->tok_end && q <= k + 3; q++) {
            evt_match m;
            if (evt_is_punct_boundary(d, q) || !evt_match_at(d, q, st->tok_end, 0, &m)) continue;
            int definite = m.e->lang == EVG_LANG_EN ? english_definite(d, k + 1, q) : m.definite;
            if (definite && (m.e->lang == EVG_LANG_EN || m.e->pos != EVT_POS_VERB)) return m.e->code;
            break;
        }
    }
    return NULL;
}

/* "The premier spoke to the press after the ceremony", "وعقب المحادثات، شهد
 * الرئيسان توقيع ...": an undated act that follows an act told before,
 * named by a definite noun after "after"/بعد/عقب, happened on that act's
 * (last) day; the act must share an actor with it (not another pair's
 * talks told in between).  1 when ev was dated. */
static int after_named_date(const run *r, size_t i)
{
    const evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[i];
    if (ev->date_source != EVG_DATE_DCT || ev->modality != EVG_MODAL_ASSERTED ||
        d->sections.v[ev->section].kind != EVG_SEC_BODY)
        return 0;
    const char *code = after_act_code(r, ev);
    const evg_event *o = code ? told_act(r, i, code, 1) : NULL; /* the one of its actor */
    if (!o || o->end == EVG_NODATE) return 0;
    coref_day(ev, o->end);
    return 1;
}

/* The first steps for event i (want: the coreference its trigger asks
 * for): an act named by "it", the occasion asked for, an act named or a
 * demand chained after one.  0 when ev was dated, 1 when it takes the
 * story's day, -1 when undecided (*op: the occasion found, or NULL). */
static int coref_named(run *r, size_t i, char *named_at, int want, const evg_event **op)
{
    evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[i];
    const evg_event *o = NULL;
    int named = 0;
    /* "Z also condemned it": the act "it" names, before the position
     * "also" repeats (which has a day of its own) */
    int it = !want && ev->date_source == EVG_DATE_DCT && object_pronoun_it(d, ev);
    if (it) o = named_act_occasion(r, i);
    if (it && !o && pronoun_act_code(r, i)) return 1; /* an act not told as an event: the story's news, its day */
    if (!o && (want || same_occasion(d, ev)))
        o = coref_target(d, i, want == EVT_COREF_MEET ? "04" : ev->root);
    else if (o)
        named = 1;
    if (!o && !want && (o = named_act_occasion(r, i)) != NULL) named = 1;
    if (!o && !want && (o = agreement_reaction(r, i)) != NULL) named = 1; /* "criticised the accords" */
    if (!o && !want && evt_untold_act_date(r, ev)) { /* "condemned the attack" of no one */
        named_at[i] = 1;
        return 0;
    }
    if (!o && !want && (o = chained_named(d, named_at, i)) != NULL) {
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
        named_at[i] = 1;
        return 0;
    }
    *op = o;
    if (!named) return -1;
    named_at[i] = 1; /* a visit's span, else its last day */
    if (strcmp(o->code, "042") == 0 && o->begin != o->end)
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
    else
        coref_day(ev, o->end);
    return 0;
}

/* The later steps for event i, given the occasion o coref_named found (or
 * NULL): narrative time, the occasion of a meeting, a day of a visit, the
 * occasion's date, the paragraph's day, the act a reaction answers.  1
 * when ev is left to the story's day, else 0. */
static int coref_occasion(run *r, size_t i, int want, const evg_event *o)
{
    evg_doc *d = r->doc;
    evg_event *ev = &d->events.v[i];
    if (!o && (o = narrative_anchor(r, i)) != NULL && o->begin != o->end && o->end != EVG_NODATE &&
        strchr(o->date_value, '/') && strcmp(o->root, "04") != 0) {
        /* narrative time moves on: after fighting on 14-16 September, the
         * accusations came on its last day (talks during a visit happened
         * somewhere in the visit: they keep its span) */
        coref_day(ev, o->end);
        return 0;
    }
    if (!o && !want) o = meeting_occasion(r, i); /* after narrative time: its span stays */
    if (!o && !want && strcmp(ev->root, "04") == 0 && visit_ordinal_day(d, ev) > 0) o = earlier_visit(d, i);
    int nth = o && !want && strcmp(o->code, "042") == 0 && o->begin != EVG_NODATE ? visit_ordinal_day(d, ev) : 0;
    /* "on the second day of the visit"; a visit told by its first day
     * ("began a visit on Wednesday") reaches as far as the ordinal */
    if (nth > 0 && (o->begin + nth - 1 <= o->end || o->begin == o->end)) {
        coref_day(ev, o->begin + nth - 1);
        return 0;
    }
    int32_t t = o && !want ? visit_first_day(r, o) : -1;
    if (t >= 0) {
        coref_timex(d, ev, t);
        return 0;
    }
    if (o && strchr(o->date_value, 'T') && o->begin == o->end) { /* the day, not the hour of another act */
        coref_day(ev, o->begin);
        return 0;
    }
    if (o) {
        evt_set_date(ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
        return 0;
    }
    t = narrative_timex(r, ev);
    if (t >= 0) {
        coref_timex(d, ev, t);
        return 0;
    }
    if ((o = reaction_occasion(r, i)) != NULL) { /* its (last) day, without a clock time */
        coref_day(ev, o->end);
        return 0;
    }
    return 1;
}

/* Shared with events_sequel.c: the paragraph test, the timex index, the
 * "since" and relative-clause tests, the coreference date setters, the
 * act a reaction names, the act families and the English article test. */
int evt_same_paragraph(const evg_doc *d, int32_t a, int32_t b) { return same_paragraph(d, a, b); }
size_t evt_ord_lower(const ord *a, size_t n, int32_t tok) { return ord_lower(a, n, tok); }
int evt_since_timex(const evg_doc *d, const evg_timex *tx) { return since_timex(d, tx); }
int evt_relative_clause_day(const evg_doc *d, const evg_sentence *st, const evg_timex *tx)
{
    return relative_clause_day(d, st, tx);
}
void evt_coref_day(evg_event *ev, int32_t day) { coref_day(ev, day); }
void evt_coref_timex(const evg_doc *d, evg_event *ev, int32_t t) { coref_timex(d, ev, t); }
const char *evt_named_act_code(const run *r, const evg_event *ev) { return named_act_code(r, ev); }
int evt_same_act_family(const char *a, const char *b) { return same_act_family(a, b); }
int evt_english_definite(const evg_doc *d, int32_t from, int32_t k) { return english_definite(d, from, k); }

void evt_resolve_coref(run *r)
{
    evg_doc *d = r->doc;
    char *story = evg_xcalloc(d->events.n ? d->events.n : 1, 1);
    char *named_at = evg_xcalloc(d->events.n ? d->events.n : 1, 1);
    for (size_t i = 0; i < d->events.n; i++) {
        evg_event *ev = &d->events.v[i];
        if (r->want_coref.v[i] == EVT_COREF_NEVER) { /* an anterior clause */
            /* "وكان X قد دعا ..." without a date: the step of the story told
             * before the lead's act, on the story's day rather than in the
             * reference month (an English "had" keeps the month) */
            if (ev->date_source == EVG_DATE_DCT && strlen(ev->date_value) == 7 && arabic_pluperfect(d, ev, 12))
                story[i] = 1;
            continue;
        }
        int want = r->want_coref.v[i] == EVT_COREF_LED ? EVT_COREF_NONE : r->want_coref.v[i];
        const evg_event *o = NULL;
        if (evt_stamp_date(r, ev)) continue; /* "10:30 - ..." in a live blog */
        if (evt_present_report(d, ev)) continue; /* "X says ..." */
        if ((!want || want == EVT_COREF_MEET) && after_named_date(r, i))
            continue; /* "after the signing ceremony": that act, not the nearest meeting */
        if ((!want || want == EVT_COREF_MEET) && evt_occasion_phrase_date(r, i))
            continue; /* "during the closed session", "على هامش القمة": that meeting */
        if (!want && (evt_sequel_date(r, ev) || evt_conjoined_act_date(r, i, story))) continue; /* ثم, "and" */
        if (!want && evt_then_adverb_date(r, ev)) continue; /* حينها, "at the time" */
        int got = coref_named(r, i, named_at, want, &o);
        story[i] = (char)(got < 0 ? coref_occasion(r, i, want, o) : got);
    }
    for (size_t i = 0; i < d->events.n; i++) /* after the others: the day of the story is no occasion */
        if (story[i] && d->sections.v[d->events.v[i].section].kind == EVG_SEC_BODY)
            evt_story_date(r, &d->events.v[i]);
    free(named_at);
    free(story);
}

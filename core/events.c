/*
 * events.c - the events stage: finds trigger words, codes them in CAMEO and
 * fills in actors, place, date, modality, attribution and quantities.
 *
 * Works sentence by sentence on the folded tokens.  For each sentence it
 * builds a small working set (struct sent, events_args.c): the trigger
 * matches, the actor candidates (entity mentions with the preposition that
 * introduces them) and the time expressions.  Each trigger becomes at most
 * one evg_event in doc->events; this file picks its date, modality and
 * attribution.  After the last sentence two passes run over the document
 * (events_merge.c): definite nouns without a date of their own ("خلال
 * اللقاء") take the date of the event they refer to, and repeated reports of
 * one event inside the document are merged.
 *
 * Dates: the nearest time expression of the sentence, preferring one after
 * the trigger, never across a complementizer (أن، إن، that) and never one
 * that a preceding word makes about something else ("حرب 1950-1953"); else
 * the referred event's date; else the section's reference date (with lower
 * confidence); never a date from another section, and no date at all in a
 * section without a reference date (related blocks).
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
 * Exports evg_events_run (internal.h); the tables are in events_data.c,
 * the amounts in events_quantity.c.
 */
#include "events_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>

/* ---- date ---- */

/* "في أول زيارة ... منذ نوفمبر 2012", "the first leader to visit ... since
 * agents killed ... in 2018": the date after "since" in a "first ...
 * since" phrase is when the last such act happened, not this one; a
 * "since" clause further from its date dates the clause's own act. */
static int since_blocks(const evg_doc *d, const evt_match *mt, int32_t a, int32_t b)
{
    static const char *const first[] = {"first", "\xD8\xA7\xD9\x88\xD9\x84", NULL}; /* اول */
    int32_t since = -1;
    for (int32_t q = a; q < b && since < 0; q++)
        if (tok_is(d, q, "since") || evt_tok_is_stem(d, q, "\xD9\x85\xD9\x86\xD8\xB0")) /* منذ */
            since = q;
    if (since < 0) return 0;
    if (since + 1 < b) return 1;
    for (int32_t k = mt->first - 5 > 0 ? mt->first - 5 : 0; k < since; k++) /* "أول ... منذ" */
        if (tok_in(d, k, first) || evt_tok_is_stem(d, k, first[1])) return 1;
    return 0;
}

/* "to visit Mosul, where fighters destroyed churches between 2014 and
 * 2017", "زار الموصل، حيث دمر التنظيم الكنائس عام 2014": a clause
 * opened by where/حيث after a comma and a place tells what happened there,
 * at its own time. */
static int where_clause_opens(const evg_doc *d, int32_t q)
{
    if (q == 0 || !(tok_is(d, q - 1, ",") || tok_is(d, q - 1, "\xD8\x8C"))) return 0; /* ، */
    return tok_is(d, q, "where") || tok_is(d, q, "\xD8\xAD\xD9\x8A\xD8\xAB"); /* حيث */
}

/* "قبلت X المساعدات ... للمناطق التي ضربها الزلزال يوم 8": a relative
 * clause after a verb's object dates its own verb, not the trigger. */
static int relative_between(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",             /* الذي */
                                    "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",             /* التي */
                                    "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",     /* الذين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* اللذين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذان */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86", /* اللتين */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", /* اللتان */
                                    "\xD8\xA7\xD9\x84\xD9\x84\xD9\x88\xD8\xA7\xD8\xAA\xD9\x8A", /* اللواتي */
                                    "who", "whom", NULL};
    for (int32_t q = a; q < b; q++)
        if (tok_in(d, q, w) || where_clause_opens(d, q)) return 1;
    return 0;
}

/* A fixed Arabic form that is a verb ("دعت", "قبلتا", "دعوا"): it ends in
 * the perfect's -ت (not the plural -ات), -تا or -وا. */
static int fixed_verb(const evt_entry *e)
{
    size_t n = strlen(e->key);
    if (e->pos != EVT_POS_FIXED || e->lang != EVG_LANG_AR || e->ntail || n < 6) return 0;
    const char *t = e->key + n;
    if (memcmp(t - 2, "\xD8\xAA", 2) == 0) return memcmp(t - 4, "\xD8\xA7", 2) != 0; /* ت, not ات */
    return memcmp(t - 2, "\xD8\xA7", 2) == 0 &&
           (memcmp(t - 4, "\xD8\xAA", 2) == 0 || memcmp(t - 4, "\xD9\x88", 2) == 0); /* تا وا */
}

/* "اتهم X Y بأنها "..."، مستشهداً بمذكرة وزعها Z منتصف يوليو": a date after
 * a whole quotation and a comma belongs to a clause after the statement,
 * unless it follows the comma at once ("، أمس الأحد", ", on Monday"),
 * which dates the act quoted.  Is there a quote opened and closed in
 * [a, b), then a comma with more than a date's preposition before b? */
static int past_quote(const evg_doc *d, int32_t a, int32_t b)
{
    static const char *const close[] = {"\"", "\xC2\xBB", "\xE2\x80\x9D", NULL};
    static const char *const date_preps[] = {"on", "in", "\xD9\x8A\xD9\x88\xD9\x85", "\xD9\x81\xD9\x8A", NULL}; /* يوم في */
    int open = 0, closed = 0;
    for (int32_t q = a; q < b; q++) {
        if (d->tokens.v[q].kind != EVG_TOK_PUNCT) continue;
        if (!open && evt_is_quote_open(d, q) && !tok_is(d, q, ":")) open = 1;
        else if (open && !closed && tok_in(d, q, close)) closed = 1;
        else if (closed && (tok_is(d, q, ",") || tok_is(d, q, "\xD8\x8C"))) /* ، */
            return !(b == q + 1 || (b == q + 2 && tok_in(d, q + 1, date_preps))); /* "...، أمس الأحد" */
    }
    return 0;
}

/* "وصل X ... للترحيب به يوم الجمعة", "لإجراء محادثات": a noun of purpose
 * after ل is the goal of the act before it, not another act between the
 * act and its date (defined with the modality rules below). */
static int purpose_noun(const evg_doc *d, const evt_match *mt);

/* "اتفق البلدان على عقد الجولة المقبلة في نوفمبر المقبل", "the two
 * sides agreed to meet again next month": a verb in the past cannot happen
 * on a day after the reference date, so a future date after it dates the
 * act it agreed, promised or decided on, not the verb.  English past forms
 * are told by -ed. */
/* "by the end of the year", "بحلول نهاية العام", "by 2030": a deadline
 * names when a goal is to be met; the part of its span that counts is its
 * end ("the end of this year" lies ahead even in July). */
static int deadline(const evg_doc *d, const evg_timex *tx)
{
    static const char *const by[] = {"by", "\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84", NULL}; /* بحلول */
    int32_t k = tx->tok_first - 1;
    if (tok_is(d, k, "the")) k--;
    return tx->mod == EVG_MOD_END || tok_in(d, k, by);
}

static int past_before_future(const evg_doc *d, const sent *s, const evt_match *mt, const evg_timex *tx)
{
    int32_t dct = d->sections.v[s->section].dct;
    int32_t from = deadline(d, tx) ? tx->end : tx->begin;
    if (dct == EVG_NODATE || from == EVG_NODATE || from <= dct) return 0;
    if (mt->e->lang != EVG_LANG_EN) {
        /* "ستبدأ سحب الدفعة الأولى": after a verb with the future prefix the
         * word is its verbal noun, not a perfect */
        if (mt->first > s->first && d->tokens.v[mt->first - 1].fe - d->tokens.v[mt->first - 1].fs >= 6) {
            const char *w = d->fold + d->tokens.v[mt->first - 1].fs;
            if (!memcmp(w, "\xD8\xB3", 2) && (!memcmp(w + 2, "\xD9\x8A", 2) || !memcmp(w + 2, "\xD8\xAA", 2) ||
                                                !memcmp(w + 2, "\xD9\x86", 2))) /* سي ست سن */
                return 0;
        }
        return mt->e->pos == EVT_POS_PAST;
    }
    /* the verb of a phrase comes first ("voiced support"); past forms
     * that do not end in -ed are listed */
    static const char *const irregular[] = {"met", "held", "told", "said", "sent", "spoke", "gave", "took",
                                            "struck", "fought", "led", "made", "flew", "won", "began", NULL};
    const evg_token *t = &d->tokens.v[mt->first];
    if (tok_in(d, mt->first, irregular)) return 1;
    return t->fe - t->fs > 3 && !memcmp(d->fold + t->fe - 2, "ed", 2);
}

/* "في أول لقاء بينهما منذ المصالحة في كانون الثاني الماضي، كما التقى Y",
 * "since the reconciliation in January, and met Y": a date inside a
 * since-phrase measures from an earlier occasion; it dates no act told
 * after it. */
static int since_phrase(const evg_doc *d, const evg_timex *tx)
{
    /* "منذ 20 تشرين الثاني" right before its date is when the act began ("has
     * been striking since 20 November"); only a since-phrase naming an
     * occasion first ("منذ المصالحة في كانون الثاني") is measured from it */
    for (int32_t q = tx->tok_first - 2; q >= 0 && q >= tx->tok_first - 6; q--) {
        if (evt_is_punct_boundary(d, q)) return 0;
        if (tok_is(d, q, "since") || evt_tok_is_stem(d, q, "\xD9\x85\xD9\x86\xD8\xB0")) return 1; /* منذ */
    }
    /* "في أول زيارة له منذ عام 2013، واستقبله", "his first trip since 2015,
     * and met": after "first ... since" the date is when the last such act
     * happened, even right after the since */
    int32_t since = tx->tok_first - 1;
    if (since > 0 && evt_tok_is_stem(d, since, "\xD8\xB9\xD8\xA7\xD9\x85")) since--; /* عام */
    if (since < 0 || !(tok_is(d, since, "since") || evt_tok_is_stem(d, since, "\xD9\x85\xD9\x86\xD8\xB0")))
        return 0;
    static const char *const first[] = {"first", "\xD8\xA7\xD9\x88\xD9\x84", /* اول */
                                        "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84", /* الاول */
                                        "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x8A", NULL}; /* الاولي */
    for (int32_t k = since - 1; k >= 0 && k >= since - 6; k--) {
        if (evt_is_punct_boundary(d, k)) return 0;
        if (tok_in(d, k, first) || evt_tok_is_stem(d, k, first[1])) return 1;
    }
    return 0;
}

/* "The senator, who took office in March, chaired ...": a date
 * inside a relative clause on a name (the pronoun after the comma that
 * opens the clause, up to twelve words back) is that clause's time, and a
 * trigger past the clause's closing punctuation is not dated by it. */
static int closed_relative(const evg_doc *d, const evg_timex *tx, int32_t trig)
{
    int rel = 0;
    for (int32_t q = tx->tok_first - 1; q >= 0 && q >= tx->tok_first - 12 && !rel; q--) {
        if (evt_is_punct_boundary(d, q)) break;
        rel = evt_is_relative(d, q) && q > 0 && evt_is_punct_boundary(d, q - 1);
    }
    if (!rel) return 0;
    for (int32_t q = tx->tok_end; q < trig; q++)
        if (evt_is_punct_boundary(d, q)) return 1;
    return 0;
}

/* "وافقا على وقف لإطلاق النار يبدأ سريانه اليوم": an Arabic indefinite
 * noun takes its relative clause without a pronoun, opened by a verb in
 * the imperfect; a date after that verb is its time.  Is there such a
 * verb (a word of four letters or more opening with ي, not a name nor a
 * day or month word) in [a, b)? */
static int imperfect_between(const run *r, int32_t a, int32_t b)
{
    const evg_doc *d = r->doc;
    static const char *const not_verb[] = {"\xD9\x8A\xD9\x88\xD9\x85", "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A", /* يوم يومي */
                                           "\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A\xD9\x88", /* يونيو */
                                           "\xD9\x8A\xD9\x88\xD9\x84\xD9\x8A\xD9\x88", /* يوليو */
                                           "\xD9\x8A\xD9\x86\xD8\xA7\xD9\x8A\xD8\xB1", /* يناير */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A\xD9\x86", /* يومين */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD8\xA7", /* يوما */
                                           "\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A\xD8\xA7", NULL}; /* يوميا */
    for (int32_t q = a; q < b; q++) {
        const evg_token *t = &d->tokens.v[q];
        if (t->kind != EVG_TOK_WORD || r->tok_men[q] >= 0 || (r->tok_tx && r->tok_tx[q] >= 0) ||
            t->fe - t->fs < 8 || tok_in(d, q, not_verb))
            continue; /* a word of a time expression ("لمدة ستين يوما") is no verb */
        if (memcmp(d->fold + t->fs, "\xD9\x8A", 2) == 0) return 1; /* ي */
    }
    return 0;
}

/* Does a time expression follow the trigger in its sentence? */
static int timex_after(const evg_doc *d, const sent *s, const evt_match *mt)
{
    for (size_t k = 0; k < s->tx.n; k++)
        if (d->timexes.v[s->tx.v[k]].tok_first >= mt->end) return 1;
    return 0;
}

static int32_t choose_timex(const run *r, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    int32_t best = -1, cut = INT32_MAX;
    int best_score = 1 << 30;
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tx = &d->timexes.v[s->tx.v[k]];
        if (tx->tok_first >= mt->end && tx->tok_first < cut && past_before_future(d, s, mt, tx))
            cut = tx->tok_first;
    }
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tx = &d->timexes.v[s->tx.v[k]];
        int after = tx->tok_first >= mt->end;
        int32_t a = after ? mt->end : tx->tok_end, b = after ? tx->tok_first : mt->first;
        if (b - a > TIMEX_REACH) continue;
        int score = (int)(b - a) + (after ? 0 : 15), blocked = 0;
        /* "، مندداً بالهجمات التي شنتها X في كانون الثاني": a participle is a
         * verb, and the relative clause after its object dates its own verb */
        int nominal = (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) && !evt_ar_participle(d, s, mt);
        for (int32_t q = a; q < b; q++) {
            /* "the war ..., which broke out in April": a relative clause dates its noun */
            if (evt_is_complementizer(d, q) && !(nominal && after && tok_is(d, q, "which")))
                blocked = 1;
            if (evt_is_punct_boundary(d, q)) score += 10;
        }
        if (after && since_blocks(d, mt, a, b)) blocked = 1;
        if (after && mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PAST && imperfect_between(r, a, b))
            blocked = 1;
        if (after && past_quote(d, a, b)) blocked = 1;
        if (after && (!nominal || fixed_verb(mt->e)) && relative_between(d, a, b)) blocked = 1;
        /* "أعرب X عن تقديره لاستضافة جولات الحوار التي جرت عام 2021": a
         * noun of position (thanks, concern, a call) is about something
         * else, and a relative clause that does not follow it at once
         * tells of that thing's own time */
        if (after && nominal && evt_position_code(mt->e->code) &&
            relative_between(d, mt->end + 3 < b ? mt->end + 3 : b, b))
            blocked = 1;
        if (after && tx->tok_first >= cut) blocked = 1; /* in the agreed act's clause */
        /* "would meet its goal by 2030, and pledged": a past verb is not dated by a future date before it */
        if (!after && past_before_future(d, s, mt, tx)) blocked = 1;
        /* "left Oslo on Monday for Rome, where he is attending a forum
         * today": a where-clause that names a time of its own is not dated
         * by the day before it ("a trip to Rome in May, where he met X" is) */
        for (int32_t q = a; !after && q < b && !blocked; q++)
            blocked = where_clause_opens(d, q) && timex_after(d, s, mt);
        if (!after && (since_phrase(d, tx) || closed_relative(d, tx, mt->first))) blocked = 1;
        for (size_t o = hi + 1; after && o < s->h.n && s->h.v[o].mt.end <= b; o++) /* another event between */
            score += s->h.v[o].mt.e->cls != EVT_CL_SPEECH && !purpose_noun(d, &s->h.v[o].mt) ? 25 : 0;
        for (size_t o = hi; !after && o-- > 0 && s->h.v[o].mt.first >= a;)
            score += s->h.v[o].mt.e->cls != EVT_CL_SPEECH ? 25 : 0;
        if (!blocked && score < best_score) {
            best_score = score;
            best = s->tx.v[k];
        }
    }
    return best;
}

void evt_set_date(evg_event *ev, const char *value, int32_t begin, int32_t end, int src)
{
    size_t n = strlen(value); /* TIMEX3 values are short; a longer one is cut */
    if (n >= sizeof ev->date_value) n = sizeof ev->date_value - 1;
    memcpy(ev->date_value, value, n);
    ev->date_value[n] = '\0';
    ev->begin = begin;
    ev->end = end;
    ev->date_source = src;
}

static void set_dct_date(const evg_doc *d, evg_event *ev)
{
    int32_t dct = d->sections.v[ev->section].dct;
    if (dct == EVG_NODATE) {
        evt_set_date(ev, "", EVG_NODATE, EVG_NODATE, EVG_DATE_NONE);
        return;
    }
    char buf[16];
    evg_format_day(dct, buf);
    evt_set_date(ev, buf, dct, dct, EVG_DATE_DCT);
}

/* "during the visit", "during Erdogan's visit": during a few words before. */
static int during_before(const evg_doc *d, const sent *s, int32_t first)
{
    for (int32_t k = first - 1; k >= s->first && k >= first - 4; k--) {
        if (tok_is(d, k, "during")) return 1;
        if (evt_is_punct_boundary(d, k) && !tok_is(d, k, "'")) return 0;
    }
    return 0;
}

/* "خلال اللقاء", "during the visit" elsewhere in the sentence: the event
 * happened on that occasion and takes the occasion's date.  Returns the
 * occasion's hit index, or -1. */
static int occasion_hit(const evg_doc *d, const sent *s, size_t self)
{
    for (size_t k = 0; k < s->h.n; k++) {
        const evt_match *o = &s->h.v[k].mt;
        if (k == self || strncmp(o->e->code, "04", 2) != 0 || o->first == s->first) continue;
        if ((o->e->pos == EVT_POS_NOUN || o->e->pos == EVT_POS_FIXED ||
             o->e->lang == EVG_LANG_EN) && /* English rows list "visit" once for noun and verb */
            (evt_tok_is_stem(d, o->first - 1, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") || /* خلال */
             during_before(d, s, o->first)))
            return (int)k;
    }
    return -1;
}

static int occasion_in_sentence(const evg_doc *d, const sent *s, size_t self)
{
    return occasion_hit(d, s, self) >= 0;
}

/* A passive: "تم توقيعه", "جرى التوقيع", "was signed". */
static int passive_trigger(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar[] = {"\xD8\xAA\xD9\x85", "\xD9\x8A\xD8\xAA\xD9\x85",
                                     "\xD8\xB3\xD9\x8A\xD8\xAA\xD9\x85",
                                     "\xD8\xAC\xD8\xB1\xD9\x8A", NULL}; /* تم يتم سيتم جري */
    static const char *const en[] = {"was", "were", "been", "be", NULL};
    int32_t k = mt->first - 1;
    if (k < s->first) return 0;
    return mt->e->lang == EVG_LANG_EN ? tok_in(d, k, en) : tok_in(d, k, ar);
}

/* "الاتفاق الذي تم توقيعه خلال زيارة X إلى Y", "the pact, signed during X's
 * visit": a passive act without named agents was done by the parties of
 * the occasion.  Copies their actors to ev; returns how many. */
static int occasion_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int k = occasion_hit(r->doc, s, hi);
    if (k < 0 || !passive_trigger(r->doc, s, &s->h.v[hi].mt)) return 0;
    evg_event occ;
    evt_scratch_actors(r, s, (size_t)k, &occ);
    for (int i = 0; i < occ.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[occ.actors[i].entity];
        if (e->type && strcmp(e->type, "LOC") == 0) continue;
        int role = occ.actors[i].role;
        for (int j = 0; j < ev->nactors; j++) /* read as an object of the act: the occasion knows */
            if (ev->actors[j].entity == occ.actors[i].entity && !evt_role_taken(ev, role))
                ev->actors[j].role = role;
        evt_add_actor(ev, occ.actors[i].entity, role);
    }
    return ev->nactors;
}

/* "Erdogan said Putin had telephoned him": an object pronoun right after a
 * verb reported by a statement is the speaker. */
static void speaker_object(const sent *s, size_t hi, evg_event *ev)
{
    static const char *const obj[] = {"him", "her", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || mt->e->cls == EVT_CL_SPEECH || !tok_in(s->doc, mt->end, obj)) return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int32_t ent = s->c.v[h->speaker].ent;
        if (!evt_has_actor(ev, ent)) evt_add_actor(ev, ent, EVG_ROLE_TARGET);
        return;
    }
}

static int ent_is_person(const evg_doc *d, int32_t ent)
{
    const char *t = d->entities.v[ent].type;
    return t && strcmp(t, "PER") == 0;
}

/* Entity ent belongs to the country of one of ev's targets. */
static int target_country(const evg_doc *d, const evg_event *ev, int32_t ent)
{
    const char *c = d->entities.v[ent].country;
    if (!c || !c[0]) return 0;
    for (int k = 0; k < ev->nactors; k++) {
        const char *o = d->entities.v[ev->actors[k].entity].country;
        if (ev->actors[k].role == EVG_ROLE_TARGET && o && strcmp(o, c) == 0) return 1;
    }
    return 0;
}

/* "أعلنت X أن الاتحاد سيخصص لتونس 105 ملايين يورو": future aid or
 * cooperation whose giver is not recognised, announced by a named speaker
 * in a complement clause, is the speaker's pledge (stated_intent makes it
 * 03x). */
static void announced_aid_source(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (evt_role_taken(ev, EVG_ROLE_SOURCE) || !mt->e->planned ||
        (strncmp(mt->e->code, "06", 2) != 0 && strncmp(mt->e->code, "07", 2) != 0))
        return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < mt->first && !comp; q++) comp = evt_is_complementizer(s->doc, q);
        if (comp && !evt_has_actor(ev, s->c.v[h->speaker].ent))
            evt_add_actor(ev, s->c.v[h->speaker].ent, EVG_ROLE_SOURCE);
        return;
    }
}

/* Sentences back "the leaders" may look for the leaders they name. */
#define LEADERS_SENTS 4

/* "The leaders signed", "the three leaders agreed", "وكان القادة الثلاثة قد
 * زاروا": the act's subject is "the leaders", a few words before an English
 * verb or around an Arabic one. */
static int leaders_subject(const sent *s, const evt_match *mt)
{
    const evg_doc *d = s->doc;
    if (mt->e->lang == EVG_LANG_EN) {
        for (int32_t q = mt->first - 3; q < mt->first; q++)
            if (q >= s->first && tok_is(d, q, "leaders")) return 1;
        return 0;
    }
    for (int32_t q = mt->first - 3; q <= mt->end + 2 && q < s->end; q++)
        if (q >= s->first && q != mt->first &&
            (evt_tok_is_stem(d, q, "\xD9\x82\xD8\xA7\xD8\xAF\xD9\x87") ||               /* قاده */
             evt_tok_is_stem(d, q, "\xD8\xB2\xD8\xB9\xD9\x85\xD8\xA7\xD8\xA1")))      /* زعماء */
            return 1;
    return 0;
}

/* The leaders are the persons of the latest act of the section (this or a
 * few sentences back) that names at least two; those of a target's country
 * stay out ("the three leaders visited Tunisia" are not Tunisia's). */
static void leaders_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (evt_role_taken(ev, EVG_ROLE_SOURCE) || s->sec_kind != EVG_SEC_BODY || !leaders_subject(s, &s->h.v[hi].mt))
        return;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - LEADERS_SENTS) return;
        int people = 0;
        for (int k = 0; k < o->nactors; k++) people += ent_is_person(d, o->actors[k].entity);
        if (people < 2) continue;
        for (int k = 0; k < o->nactors; k++) {
            int32_t ent = o->actors[k].entity;
            if (!ent_is_person(d, ent) || evt_has_actor(ev, ent) || target_country(d, ev, ent)) continue;
            evt_add_actor(ev, ent, evt_role_taken(ev, EVG_ROLE_SOURCE) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        }
        return;
    }
}

/* "Qatar mediated talks between X and Y", "توسطت قطر في محادثات بين X و
 * Y": a mediation verb governing a meeting noun takes the meeting's sides
 * as the parties it mediates between (targets, then participants). */
static void mediated_parties(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strcmp(mt->e->code, "045") != 0 || hi + 1 >= s->h.n) return;
    const evt_match *next = &s->h.v[hi + 1].mt;
    if (next->e->cls != EVT_CL_MEET || next->first - mt->end > 2 ||
        (next->e->pos != EVT_POS_NOUN && next->e->pos != EVT_POS_FIXED))
        return;
    evg_event talks;
    evt_scratch_actors(r, s, hi + 1, &talks);
    for (int i = 0; i < talks.nactors; i++)
        if (talks.actors[i].role != EVG_ROLE_SOURCE || !evt_has_actor(ev, talks.actors[i].entity))
            evt_add_actor(ev, talks.actors[i].entity, EVG_ROLE_TARGET);
    if (ev->location < 0) ev->location = talks.location;
}

/* Is token k "and"/"و" (and = 1) or "or"/"أو" (and = 0)? */
static int joins_dates(const evg_doc *d, int32_t k, int and)
{
    if (and) return tok_is(d, k, "and") || tok_is(d, k, "\xD9\x88");
    return tok_is(d, k, "or") || tok_is(d, k, "\xD8\xA7\xD9\x88"); /* او */
}

/* A date joined to date t: a day by "and"/"و" ("الأربعاء والخميس") within a
 * week after it, or a date of the same granularity by "or"/"أو" ("في يوليو
 * أو أغسطس", "in 2025 or 2026") later than it; else -1. */
static int32_t conjoined_day(const run *r, int32_t t)
{
    const evg_doc *d = r->doc;
    const evg_timex *tx = &d->timexes.v[t];
    int32_t k = tx->tok_end;
    int or = k < (int32_t)d->tokens.n && joins_dates(d, k, 0), and = !or;
    if (or || (k < (int32_t)d->tokens.n && joins_dates(d, k, 1))) k++;
    if (k >= (int32_t)d->tokens.n || r->tok_tx[k] < 0 || r->tok_tx[k] == t) return -1;
    const evg_timex *t2 = &d->timexes.v[r->tok_tx[k]];
    size_t n = strlen(tx->value);
    if (t2->tok_first != k || strlen(t2->value) != n || tx->end == EVG_NODATE ||
        t2->begin == EVG_NODATE || t2->begin <= tx->end)
        return -1;
    if (and && (n != 10 || t2->begin - tx->end > 7)) return -1;
    if (!and && n != 10 && n != 7 && n != 4) return -1;
    return r->tok_tx[k];
}

/* The date of the reporting clause of trigger hi: a speech verb before it
 * whose complement (after أن / that) holds the trigger, dated between the
 * verb and the complementizer or just before the verb; -1 if none. */
static int32_t reporting_timex(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    for (size_t k = hi; k-- > 0;) {
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        int32_t comp = -1;
        for (int32_t q = sp->end; q < mt->first && comp < 0; q++)
            if (evt_is_complementizer(d, q)) comp = q;
        if (comp < 0) return -1;
        /* "في يونيو، أعلن X أن ...": a date opening the reporting clause */
        int32_t lo = k > 0 ? s->h.v[k - 1].mt.end : s->first, before = -1;
        for (size_t x = 0; x < s->tx.n; x++) {
            const evg_timex *tx = &d->timexes.v[s->tx.v[x]];
            /* "وقال X، الذي تولى منصبه في أيلول 2022، إن": the relative's own time */
            if (tx->tok_first >= sp->end && tx->tok_end <= comp && !relative_between(d, sp->end, tx->tok_first))
                return s->tx.v[x];
            if (tx->tok_first >= lo && tx->tok_end <= sp->first && sp->first - tx->tok_end <= 3)
                before = s->tx.v[x];
        }
        return before;
    }
    return -1;
}

/* "..., بحسب ما أعلنت وزارة الداخلية الأحد", "..., as the ministry announced
 * on Sunday": a source named after the event with a date of its own; the
 * event is known as of that date.  Returns the timex or -1. */
static int32_t source_after_timex(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    static const char *const cue[] = {"\xD8\xAD\xD8\xB3\xD8\xA8", "\xD8\xA8\xD8\xAD\xD8\xB3\xD8\xA8", /* حسب بحسب */
                                      "\xD9\x88\xD9\x81\xD9\x82", "\xD9\x83\xD9\x85\xD8\xA7", "as", NULL}; /* وفق كما */
    for (size_t k = hi + 1; k < s->h.n; k++) {
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        int32_t c = sp->first - 1;
        if (c > s->first && tok_is(d, c, "\xD9\x85\xD8\xA7")) c--; /* ما */
        if (!tok_in(d, c, cue)) return -1;
        for (size_t x = 0; x < s->tx.n; x++) {
            const evg_timex *tx = &d->timexes.v[s->tx.v[x]];
            if (tx->tok_first >= sp->end && tx->tok_first - sp->end <= 5 && tx->begin != EVG_NODATE)
                return s->tx.v[x];
        }
        return -1;
    }
    return -1;
}

/* Returns 1 when the date must come from a same-root event later on, 2 when
 * from a meeting or visit (root 04) of the section. */
/* Tokens between a day and the clock time that qualifies it ("أمس الأحد،
 * على الساعة الخامسة مساء", "on Wednesday at 1 p.m."). */
#define CLOCK_REACH 4

/* "على الساعة الخامسة", "at 1 p.m.": a clock time said of an act, not a
 * time stamp ("13 سبتمبر 2023 - 6:30 صباحا"). */
static int clock_marked(const evg_doc *d, const evg_timex *tm)
{
    static const char *const before[] = {"at", "\xD8\xB9\xD9\x84\xD9\x8A", "\xD9\x81\xD9\x8A", NULL}; /* على في */
    return tok_in(d, tm->tok_first - 1, before) ||
           evt_tok_is_stem(d, tm->tok_first, "\xD8\xB3\xD8\xA7\xD8\xB9\xD9\x87"); /* (ال)ساعه */
}

/* The time of day of the sentence that names an hour of the day timex t
 * right after (or before) it, or -1. */
static int32_t clock_of_day(const sent *s, int32_t t)
{
    const evg_doc *d = s->doc;
    const evg_timex *day = &d->timexes.v[t];
    if (day->type != EVG_TIMEX_DATE || day->begin == EVG_NODATE || day->begin != day->end) return -1;
    for (size_t k = 0; k < s->tx.n; k++) {
        const evg_timex *tm = &d->timexes.v[s->tx.v[k]];
        if (tm->type != EVG_TIMEX_TIME || tm->begin != day->begin || !clock_marked(d, tm)) continue;
        int32_t gap = tm->tok_first >= day->tok_end ? tm->tok_first - day->tok_end : day->tok_first - tm->tok_end;
        if (gap >= 0 && gap <= CLOCK_REACH) return s->tx.v[k];
    }
    return -1;
}

/* Tokens after (or before) a trigger within which a vague future phrase
 * still dates it. */
#define VAGUE_REACH 14

/* A vague future ("FUTURE_REF": "الأيام المقبلة", "the coming days") in the
 * trigger's clause, with no complementizer between; its timex or -1. */
static int32_t vague_future(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t lo = mt->first - VAGUE_REACH / 2 > s->first ? mt->first - VAGUE_REACH / 2 : s->first;
    /* "قال إنه قد يلتقي X خلال الأسابيع المقبلة، محذراً من ...": a comma
     * closes the clause the vague future belongs to */
    for (int32_t q = mt->first - 1; q > lo; q--)
        if (evt_is_punct_boundary(d, q)) {
            lo = q;
            break;
        }
    for (int32_t q = lo; q < s->end && q < mt->end + VAGUE_REACH; q++) {
        if (q >= mt->first && q < mt->end) continue;
        if (evt_is_complementizer(d, q)) {
            if (q < mt->first) lo = q; /* a clause before the trigger's own: not its date */
            else break;
        }
        int32_t t = r->tok_tx[q];
        if (t >= 0 && d->timexes.v[t].tok_first == q && q > lo &&
            strcmp(d->timexes.v[t].value, "FUTURE_REF") == 0)
            return t;
    }
    return -1;
}

/* "يتظاهر الآلاف كل جمعة", "police detain activists every weekend": an act
 * whose clause holds only a recurring time (a SET) happens again and again;
 * it is not an act of the reference day, so it stays undated.  Is there a
 * SET in the clause of the trigger (between the punctuation or the
 * complementizers around it: "at a vigil that activists hold each week"
 * tells the vigil's habit, not the arrest's)? */
static int recurring_clause(const run *r, const sent *s, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    int32_t lo = mt->first, hi = mt->end;
    while (lo > s->first && !evt_is_punct_boundary(d, lo - 1) && !evt_is_complementizer(d, lo - 1)) lo--;
    while (hi < s->end && !evt_is_punct_boundary(d, hi) && !evt_is_complementizer(d, hi)) hi++;
    for (int32_t k = lo; k < hi; k++)
        if (r->tok_tx[k] >= 0 && d->timexes.v[r->tok_tx[k]].type == EVG_TIMEX_SET) return 1;
    return 0;
}

/* The event's own time expression t: its value, or the day at a clock
 * time told with it, or both days of a conjoined pair as one span. */
static void own_timex_date(const run *r, const sent *s, int32_t t, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evg_timex *tx = &d->timexes.v[t];
    evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_TIMEX);
    int32_t hour = clock_of_day(s, t);
    if (hour >= 0) { /* "أمس الأحد، على الساعة الخامسة مساء": the day at that hour */
        const evg_timex *th = &d->timexes.v[hour];
        evt_set_date(ev, th->value, th->begin, th->end, EVG_DATE_TIMEX);
        return;
    }
    int32_t t2 = conjoined_day(r, t);
    if (t2 >= 0) { /* "on Wednesday and Thursday", "in July or August": both, as a span */
        const evg_timex *tx2 = &d->timexes.v[t2];
        char v[2 * sizeof tx->value + 2];
        snprintf(v, sizeof v, "%s/%s", tx->value, tx2->value);
        evt_set_date(ev, v, tx->begin, tx2->end, EVG_DATE_TIMEX);
    }
}

static int assign_date(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t t = choose_timex(r, s, hi);
    if (t >= 0 && d->timexes.v[t].tok_first > 0) { /* the second day of a pair: start at the first */
        int32_t k = d->timexes.v[t].tok_first - 1;
        if (joins_dates(d, k, 1) || joins_dates(d, k, 0)) k--;
        if (k >= 0 && r->tok_tx[k] >= 0 && conjoined_day(r, r->tok_tx[k]) == t) t = r->tok_tx[k];
    }
    ev->timex = t;
    if (t >= 0) {
        own_timex_date(r, s, t, ev);
        return 0;
    }
    t = reporting_timex(r, s, hi);
    if (t < 0) t = source_after_timex(r, s, hi);
    if (t >= 0) { /* "أعلن X الشهر الماضي أن Y وافق على ...": known as of the report */
        const evg_timex *tx = &d->timexes.v[t];
        ev->timex = t;
        evt_set_date(ev, tx->value, tx->begin, tx->end, EVG_DATE_COREF);
        return 0;
    }
    t = vague_future(r, s, hi);
    if (t >= 0) { /* "خلال الأسابيع المقبلة", "in the coming days": some time ahead */
        ev->timex = t;
        evt_set_date(ev, "FUTURE_REF", EVG_NODATE, EVG_NODATE, EVG_DATE_TIMEX);
        return 0;
    }
    if (recurring_clause(r, s, mt)) {
        evt_set_date(ev, "", EVG_NODATE, EVG_NODATE, EVG_DATE_NONE);
        return 0;
    }
    set_dct_date(d, ev);
    if (occasion_in_sentence(d, s, hi)) return 2;
    int during = mt->first > s->first &&
                 (evt_tok_is_stem(d, mt->first - 1, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84") ||
                  tok_is(d, mt->first - 1, "during") || tok_is(d, mt->first - 1, "the"));
    /* خلال */
    return mt->definite || during;
}

/* An anterior clause ("وقد أجرى زيارة", "أرسلها بالفعل", "had met") without
 * a date of its own borrows none.  A past perfect happened before the
 * reference date, usually shortly before: it is dated by the reference
 * month up to the reference day ("2023-09", begin the 1st, end the day);
 * an "already" clause keeps the reference day (true as of the report). */
static int anterior_date(const run *r, const sent *s, size_t hi, evg_event *ev, int coref)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t lv = evt_light_verb(r->doc, s, hi, hi > 0 ? s->h.v[hi - 1].mt.end : s->first);
    int ant = evt_anterior(r->doc, s, mt, lv >= 0 ? lv : mt->first);
    if (!ant || ev->date_source != EVG_DATE_DCT) return coref;
    if (ant == 2 && ev->begin != EVG_NODATE) {
        char v[16];
        evg_format_day(ev->begin, v);
        v[7] = '\0';
        int y, m;
        if (sscanf(v, "%d-%d", &y, &m) == 2)
            evt_set_date(ev, v, evg_days_from_civil(y, m, 1), ev->end, EVG_DATE_DCT);
    }
    return EVT_COREF_NEVER;
}

/* "..., في وونسان يوم السبت", "..., in Geneva on Monday": a place phrase
 * right next to the event's own date, after the trigger, is where it
 * happened, even past a comma that ends the actors' clause.  Returns the
 * place entity or -1. */
static int32_t dated_place(const sent *s, const evg_event *ev)
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

/* "وصل X إلى Y يوم الجمعة. وتناولت المحادثات ...", "The talks focused on
 * trade": a talks noun with no actor in its sentence continues the latest
 * meeting or visit of this or the two previous sentences of the section
 * when that one has exactly two sides (a visit: the visitor and the place's
 * country or host); with any doubt it stays without actors (dropped). */
static void previous_meeting_actors(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED &&
                                      mt->e->lang == EVG_LANG_AR))
        return;
    if (mt->e->definite) return; /* "اجتماعه": its owner is this sentence's subject, maybe unnamed */
    for (size_t k = hi; k-- > 0;) { /* "قال X إن المحادثات كانت بناءة": what X said of the talks */
        const evt_match *sp = &s->h.v[k].mt;
        if (sp->e->cls != EVT_CL_SPEECH) continue;
        for (int32_t q = sp->end; q < mt->first; q++)
            if (evt_is_complementizer(d, q) || (mt->e->lang == EVG_LANG_EN && q + 1 == mt->first)) return;
    }
    if (s->sec_kind != EVG_SEC_BODY) return;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 2) return;
        if (strncmp(o->code, "04", 2) != 0) continue;
        if (o->nactors != 2) return;
        for (int k = 0; k < 2; k++)
            evt_add_actor(ev, o->actors[k].entity, k == 0 ? EVG_ROLE_SOURCE : EVG_ROLE_TARGET);
        return;
    }
}

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
static int purpose_noun(const evg_doc *d, const evt_match *mt)
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

/* "تهديدات ومخاوف دولية", "international criticism": a noun of demand,
 * disapproval, rejection or threat (CAMEO 10-13) whose agent is written only
 * as a collective (a noagent cue of data/cues.tsv before it, or after it with
 * at most one word between) has no named agent; annotators code no event, and
 * the clause's actors are not its agents.  Meetings stay ("القمة الدولية"). */
static int unnamed_agent_noun(const run *r, const sent *s, size_t hi)
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
 * القاهرة ويلتقي Y": a bare verb joined by and/و to the verb before it,
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
    if (mt->e->lang == EVG_LANG_EN) {
        int32_t k = mt->first - 1;
        if (k > s->first && (tok_is(d, k, "then") || tok_is(d, k, "also"))) k--;
        if (k <= s->first || !tok_is(d, k, "and") || n < 3 || (n > 2 && !memcmp(w + n - 2, "ed", 2)) ||
            (w[n - 1] == 's' && w[n - 2] != 's'))
            return -1;
    } else if (!(mt->e->present && mt->prefix_len >= 2 && !memcmp(w, "\xD9\x88", 2))) { /* و */
        return -1;
    }
    for (size_t k = hi; k-- > 0;) {
        const evt_match *o = &s->h.v[k].mt;
        if (o->end > mt->first || o->e->cls == EVT_CL_SPEECH) continue;
        if (mt->first - o->end > 12) return -1;
        for (int32_t q = o->end; q < mt->first; q++)
            if (evt_is_punct_boundary(d, q) || evt_is_complementizer(d, q)) return -1;
        return o->e->pos == EVT_POS_NOUN ? -1 : (int32_t)k;
    }
    return -1;
}

static int own_modality(const run *r, const sent *s, size_t hi);

static int assign_modality(const run *r, const sent *s, size_t hi)
{
    int m = own_modality(r, s, hi);
    int32_t k = m == EVG_MODAL_ASSERTED ? conjoined_to(r, s, hi) : -1;
    return k >= 0 ? own_modality(r, s, (size_t)k) : m;
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
        plan = mt->e->planned || (purpose_noun(r->doc, trig) && !evt_stance_object(s, hi)) ||
               (lv >= 0 && evt_light_verb_future(r->doc, lv));
    plan |= tok_is(r->doc, trig->first, "due"); /* "he is due in Jeddah" */
    int32_t from = mt->first - CUE_REACH > s->first ? mt->first - CUE_REACH : s->first;
    if (evt_en_participle(r->doc, s, trig)) from = mt->first; /* "would act, urging X": not the clause's cue */
    for (int32_t i = from; i < mt->first; i++) {
        evt_match cue;
        if (!evt_match_at(r->doc, i, mt->first, 1, &cue) || !cue_applies(&cue, mt) ||
            evt_cue_cut(r->doc, &cue, mt)) /* events_tense.c: "رفضت X ...، وتوعدت" */
            continue;
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
    if (poss) return EVG_MODAL_POSSIBLE;
    return plan ? EVG_MODAL_PLANNED : EVG_MODAL_ASSERTED;
}

/* ---- attribution ---- */

/* Does speech verb h report the event at mt ("قال X إن ...", "..., X said")? */
static int speech_reports(const evg_doc *d, const hit *h, const evt_match *mt)
{
    if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) return 0;
    if (h->mt.e->lang == EVG_LANG_EN && h->mt.first > mt->end) return 1;
    if (h->mt.e->lang == EVG_LANG_EN && h->mt.end <= mt->first && mt->first - h->mt.end <= 6)
        return 1; /* "The Kremlin said Putin will visit" */
    for (int32_t q = h->mt.end; q < mt->first; q++)
        if (evt_is_complementizer(d, q) || evt_is_quote_open(d, q)) return 1;
    return 0;
}

static int32_t assign_attribution(const sent *s, size_t hi, const evg_event *ev)
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

/* Speech verbs become events only with a speaker and a foreign addressee. */
static int speech_event_ok(const sent *s, const evg_event *ev)
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

/* The actors of a statement other than places after the first ("قال X لدى
 * عودته إلى طهران": a city is where X spoke, not whom X addressed). */
static int speech_people(const evg_doc *d, const evg_event *ev)
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

/* "قال X للصحفيين عقب لقائه Y", "X told reporters after the talks", "في
 * ختام المحادثات": a statement made after (or at the close of) a meeting
 * named by a definite noun was made on the meeting's day; it takes the date
 * of the nearest dated meeting of its section (events_merge.c).  Session 13
 * (args3). */
static int statement_after_meeting(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar_after[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8", /* بعد عقب */
                                           "\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85", NULL};                /* ختام */
    static const char *const ar_meet[] = {"\xD9\x84\xD9\x82\xD8\xA7\xD8\xA1", /* لقاء */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA6\xD9\x87", /* لقائه */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA6\xD9\x87\xD8\xA7", /* لقائها */
                                          "\xD9\x84\xD9\x82\xD8\xA7\xD8\xA6\xD9\x87\xD9\x85\xD8\xA7", /* لقائهما */
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
static int denial_verb(const evg_doc *d, const evt_match *mt)
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
static int contrast_between(const evg_doc *d, int32_t from, int32_t to)
{
    for (int32_t q = from; q < to; q++)
        if (contrast_opener(d, q)) return 1;
    return 0;
}

static int act_outside_statement(const sent *s, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi; j++)
        if (s->h.v[j].mt.e->cls == EVT_CL_SPEECH) return 1;
    if (contrast_between(s->doc, s->h.v[k].mt.end, s->h.v[hi].mt.first)) return 1;
    int32_t f = s->h.v[k].mt.first;
    for (int32_t q = f - 1; q >= s->first && q >= f - 6 && !evt_is_punct_boundary(s->doc, q); q--)
        if (evt_is_relative(s->doc, q)) return 1;
    return 0;
}

/* "وقالت ميركل، التي استضافت المؤتمر، إن ...", "said Merkel, who hosted
 * the talks, that": hit k after statement hi opens a relative clause on the
 * speaker, before the statement's complement. */
static int relative_on_speaker(const sent *s, size_t hi, size_t k)
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
        if (s->h.v[k].mt.e->cls != EVT_CL_SPEECH && !in_rel && !(in_rel = relative_on_speaker(s, hi, k)))
            return 1;
        from = s->h.v[k].mt.first;
    }
    return 0;
}

static int dated_statement(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int denial = denial_verb(r->doc, mt);
    if (!denial && reports_toll(r->doc, s, mt)) return 0;
    if ((statement_has_other_act(s, hi) && !denial) || s->sec_kind == EVG_SEC_TITLE ||
        (speech_people(r->doc, ev) != 1 && !denial) || evt_is_continuation_speech(r->doc, mt))
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
        tx->begin > r->doc->dct && contrast_between(r->doc, tx->tok_end, mt->first))
        return 0; /* "... الشهر المقبل، فيما لم يستبعد X": a coming date is the other clause's */
    return gap <= 12;
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

static int appeal_to_unnamed(const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (mt->e->lang == EVG_LANG_AR) /* "، داعيةً إلى الحفاظ على", "، مطالباً بالعودة إلى" */
        return (strncmp(mt->e->code, "02", 2) == 0 || strncmp(mt->e->code, "10", 2) == 0) &&
               mt->e->pos == EVT_POS_FIXED && evt_role_taken(ev, EVG_ROLE_SOURCE) && request_after(d, mt->end);
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

static int event_keep(const sent *s, size_t hi, const evg_event *ev)
{
    if (restated_meeting(s, hi)) return 0;
    const evt_entry *e = s->h.v[hi].mt.e;
    if (agree_sense(s, &s->h.v[hi].mt)) return 0;
    if (org_meeting(s, hi, ev)) return 1;
    if (ev->nactors < e->min_actors && !position_on_act(s, hi, ev) && !appeal_to_unnamed(s, hi, ev)) return 0;
    if (ev->nactors == 0) return 0;
    if (strcmp(e->code, "186") == 0) { /* "killed journalist X", not "killed 20 people" */
        int person = 0;
        for (int i = 0; i < ev->nactors; i++) {
            const evg_entity *t = &s->doc->entities.v[ev->actors[i].entity];
            person |= ev->actors[i].role == EVG_ROLE_TARGET && t->type && strcmp(t->type, "PER") == 0;
        }
        if (!person) return 0;
    }
    if (e->cls == EVT_CL_SPEECH)
        return speech_event_ok(s, ev) || speech_people(s->doc, ev) == 1 ||
               (denial_verb(s->doc, &s->h.v[hi].mt) && evt_role_taken(ev, EVG_ROLE_SOURCE));
    if (e->cls == EVT_CL_ARRIVE)
        return evt_role_taken(ev, EVG_ROLE_SOURCE) &&
               (evt_role_taken(ev, EVG_ROLE_TARGET) || ev->location >= 0);
    return evt_role_taken(ev, EVG_ROLE_SOURCE) || ev->nactors >= 2;
}

/* "انتقد X، مساء الاثنين، استقبال إسبانيا لزعيم الجبهة Y", "X criticised
 * on Monday Spain's reception of Y": a meeting or visit noun that is the
 * object of a position is an act told before the position, whenever it
 * was; the position's date, before the noun, is not its date.  It keeps
 * the reference date only, so it joins the report of that act that gives
 * its date (events_merge.c).  1 when the date was dropped. */
static int position_object_date(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "04", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) ||
        ev->date_source != EVG_DATE_TIMEX || ev->timex < 0 || s->doc->timexes.v[ev->timex].tok_first >= mt->first)
        return 0;
    if (!evt_stance_object(s, hi)) { /* "انتقد، في تدوينة مساء الاثنين، استقبال ...": a phrase set off by commas */
        const evt_match *pm = hi > 0 ? &s->h.v[hi - 1].mt : NULL;
        if (!pm || !evt_position_code(pm->e->code) || (pm->e->pos != EVT_POS_PAST && pm->e->pos != EVT_POS_PRES) ||
            mt->first - pm->end > 12 || !(tok_is(s->doc, mt->first - 1, ",") || tok_is(s->doc, mt->first - 1, "\xD8\x8C")))
            return 0;
        for (int32_t q = pm->end; q < mt->first; q++)
            if (tok_is(s->doc, q, ".") || evt_is_complementizer(s->doc, q)) return 0;
    }
    ev->timex = -1;
    set_dct_date(s->doc, ev);
    return 1;
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

/* A future attack ("ستواصل استهداف", "سيهاجم", "will strike") in the
 * complement of a statement is the speaker's threat (138), and the threat
 * itself happened.  Returns the speaker's candidate index or -1. */
static int32_t threat_speaker(const run *r, const sent *s, size_t hi)
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
static void threat_own_side(const sent *s, int32_t speaker, evg_event *ev)
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

/* ---- capitals standing for their governments ---- */

/* Roots whose actors speak or decide (statements, appeals, intents,
 * diplomacy, demands, criticism, rejection, threats, protests, relations):
 * a city there is its government ("Beijing was urged", "واشنطن تنتقد"). */
static int verbal_root(const char *code)
{
    static const char *const roots[] = {"01", "02", "03", "05", "10", "11", "12", "13", "14", "16", NULL};
    for (int k = 0; roots[k]; k++)
        if (strncmp(code, roots[k], 2) == 0) return 1;
    return 0;
}

/* The country entity of city ent when the document names that country
 * ("chn" for Beijing), else -1. */
static int32_t city_country(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    if (!e->type || strcmp(e->type, "GPE") != 0 || !e->id || strlen(e->id) == 3) return -1;
    return evt_country_named(d, e);
}

/* A capital as an actor of a verbal act is read as its country, when the
 * country is named in the document and not already an actor. */
static void capitals_as_countries(const evg_doc *d, evg_event *ev)
{
    if (!verbal_root(ev->code)) return;
    for (int i = 0; i < ev->nactors; i++) {
        int32_t c = city_country(d, ev->actors[i].entity);
        if (c >= 0 && !evt_has_actor(ev, c) && ev->location != c) ev->actors[i].entity = c;
    }
}

/* ---- visits of stated length ---- */

/* "في ختام زيارة استمرت يومين", "a three-day visit": a visit dated to one
 * day with a length of n days next to its noun spans n days, ending on
 * that day when the report is about its end ("في ختام", "at the end of"),
 * else starting on it.  Talks or a hosting of stated length ("مباحثات
 * احتضنتها الصين على مدى ثلاثة أيام ابتداءً من 21") span their days the
 * same way; a day opened by "ابتداءً من", "starting" is the first. */
static int span_start_word(const evg_doc *d, const evg_timex *tx)
{
    static const char *const w[] = {"\xD8\xA7\xD8\xA8\xD8\xAA\xD8\xAF\xD8\xA7\xD8\xA1", /* ابتداء */
                                    "\xD8\xA8\xD8\xAF\xD8\xA1\xD8\xA7", "starting", "beginning", /* بدءا */
                                    "\xD8\xA7\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xD8\xA7", NULL}; /* اعتبارا */
    for (int32_t q = tx->tok_first - 1; q >= 0 && q >= tx->tok_first - 3; q--)
        if (tok_in(d, q, w)) return 1;
    return 0;
}

/* Tokens after a trigger within which "استمرت ثلاثة أيام", "lasting three
 * days" still gives the act's length. */
#define LASTED_REACH 10

/* Days n of "عملية تبادل ... استمرت ثلاثة أيام", "an operation ... that
 * lasted three days": a verb of lasting with its duration after the
 * trigger, before the next act of the sentence; 0 when none. */
static int lasted_days(const run *r, const sent *s, size_t hi)
{
    static const char *const w[] = {"\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1", /* استمر */
                                    "\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xD8\xAA", /* استمرت */
                                    "lasted", "lasting", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t stop = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    for (int32_t q = mt->end; q + 1 < stop && q < mt->end + LASTED_REACH; q++) {
        if (!tok_in(d, q, w) && !evt_tok_is_stem(d, q, w[0]) && !evt_tok_is_stem(d, q, w[1])) continue;
        int32_t t = r->tok_tx[q + 1];
        int n = 0;
        if (t >= 0 && d->timexes.v[t].type == EVG_TIMEX_DURATION &&
            sscanf(d->timexes.v[t].value, "P%dD", &n) == 1 && n >= 2 && n <= 14)
            return n;
        return 0;
    }
    return 0;
}

/* "اختتمت X أمس عملية ...", "X concluded talks on Sunday": the clause
 * reports the act's last day. */
static int concluding_verb(const evg_doc *d, const sent *s, size_t hi)
{
    static const char *const w[] = {"\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85", /* اختتم */
                                    "\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xAA\xD9\x85\xD8\xAA", /* اختتمت */
                                    "concluded", "ended", "wrapped", NULL};
    int32_t from = hi > 0 ? s->h.v[hi - 1].mt.end : s->first;
    for (int32_t q = from; q < s->h.v[hi].mt.first; q++)
        if (tok_in(d, q, w) || evt_tok_is_stem(d, q, w[0]) || evt_tok_is_stem(d, q, w[1])) return 1;
    return 0;
}

static void visit_span(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const end_w[] = {"\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85", "\xD9\x86\xD9\x87\xD8\xA7\xD9\x8A\xD9\x87", /* ختام نهايه */
                                        "end", "concluding", "close", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int visit = strcmp(ev->code, "042") == 0;
    if (ev->begin == EVG_NODATE || ev->begin != ev->end) return;
    int lasted = lasted_days(r, s, hi);
    if (lasted && concluding_verb(d, s, hi)) { /* "اختتمت ... عملية تبادل ... استمرت ثلاثة أيام" */
        char x[16], y[16], v[40];
        evg_format_day(ev->begin - (lasted - 1), x);
        evg_format_day(ev->begin, y);
        snprintf(v, sizeof v, "%s/%s", x, y);
        evt_set_date(ev, v, ev->begin - (lasted - 1), ev->begin, ev->date_source);
        return;
    }
    if (!visit && strncmp(ev->code, "04", 2) != 0) return;
    int days = 0, reach = visit ? 3 : 5;
    for (int32_t q = mt->first - 3 > s->first ? mt->first - 3 : s->first; q < mt->end + reach && q < s->end && !days; q++) {
        int32_t t = r->tok_tx[q];
        if (t < 0 || d->timexes.v[t].type != EVG_TIMEX_DURATION) continue;
        const char *v = d->timexes.v[t].value;
        int n = 0;
        if (sscanf(v, "P%dD", &n) == 1 && n >= 2 && n <= 14 && v[strlen(v) - 1] == 'D') days = n;
    }
    if (!days) return;
    int at_end = 0;
    for (int32_t q = mt->first - 3 > s->first ? mt->first - 3 : s->first; q < mt->first; q++)
        at_end |= tok_in(d, q, end_w) || evt_tok_is_stem(d, q, end_w[0]) || evt_tok_is_stem(d, q, end_w[1]);
    if (ev->timex >= 0 && span_start_word(d, &d->timexes.v[ev->timex])) at_end = 0;
    else if (!visit && !at_end) return; /* talks "for three days" said on a day: which one is unclear */
    int32_t b = at_end ? ev->begin - (days - 1) : ev->begin, e = b + days - 1;
    char x[16], y[16], v[40];
    evg_format_day(b, x);
    evg_format_day(e, y);
    snprintf(v, sizeof v, "%s/%s", x, y);
    evt_set_date(ev, v, b, e, ev->date_source);
}

/* ---- fighting told again ---- */

/* "A ceasefire between X and Y held ... . The clashes of Sept. 14-16
 * began", "A similar flare-up in 2021": a fighting noun with no side of its
 * own is fought by the pair the section last named with "between X and Y"
 * (at most CONFLICT_REACH tokens back). */
#define CONFLICT_REACH 600

int evt_section_pair(const run *r, const sent *s, int32_t before, int32_t out[2])
{
    const evg_doc *d = r->doc;
    int32_t si = s->idx; /* the section's first sentence, within reach */
    while (si > 0 && d->sentences.v[si - 1].section == s->section &&
           before - d->sentences.v[si - 1].tok_first <= CONFLICT_REACH)
        si--;
    int32_t lo = d->sentences.v[si].tok_first;
    for (int32_t k = before - 1; k >= lo; k--) {
        if (!tok_is(d, k, "between") && !evt_tok_is_stem(d, k, "\xD8\xA8\xD9\x8A\xD9\x86")) continue; /* بين */
        int n = 0;
        for (int32_t q = k + 1; q < k + 8 && q < before && n < 2; q++) {
            int32_t m = r->tok_men[q];
            if (m < 0 || d->mentions.v[m].tok_first != q || d->mentions.v[m].entity < 0) continue;
            const evg_entity *e = &d->entities.v[d->mentions.v[m].entity];
            if (e->type && strcmp(e->type, "LOC") != 0) out[n++] = d->mentions.v[m].entity;
        }
        return n == 2 && out[0] != out[1];
    }
    return 0;
}

static void conflict_pair(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "19", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return;
    int32_t pair[2];
    if (!evt_section_pair(r, s, mt->first, pair)) return;
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE);
    evt_add_actor(ev, pair[1], EVG_ROLE_TARGET);
}

/* ---- aid that arrives ---- */

/* Rescue teams, relief and aid: "فرق إنقاذ", "عنصرا", "طائرات المساعدات",
 * "rescue team", "relief supplies". */
static int aid_word(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"rescue", "rescuers", "aid", "relief", "humanitarian", "convoy", NULL};
    static const char *const ar[] = {
        "\xD9\x81\xD8\xB1\xD9\x82", "\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82",                 /* فرق فريق */
        "\xD8\xB9\xD9\x86\xD8\xB5\xD8\xB1\xD8\xA7", "\xD8\xB9\xD9\x86\xD8\xA7\xD8\xB5\xD8\xB1", /* عنصرا عناصر */
        "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAA",                     /* مساعدات */
        "\xD8\xA7\xD8\xBA\xD8\xA7\xD8\xAB\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x82\xD8\xA7\xD8\xB0", /* اغاثه انقاذ */
        "\xD9\x85\xD8\xB3\xD8\xB9\xD9\x81\xD9\x8A\xD9\x86",                            /* مسعفين */
        "\xD9\x82\xD8\xA7\xD9\x81\xD9\x84\xD9\x87", NULL};                                /* قافله */
    if (tok_in(d, k, en)) return 1;
    for (int q = 0; ar[q]; q++)
        if (evt_tok_is_stem(d, k, ar[q])) return 1;
    return 0;
}

static int is_country(const evg_entity *e)
{
    return e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3;
}

/* "ووصل إلى مراكش 56 عنصرا من وحدة الطوارئ الإسبانية", "أن تصل طائرات
 * المساعدات الإماراتية إلى مراكش", "a Turkish rescue team arrived in X":
 * rescuers or aid arriving in the arrival's clause are aid (073) from the
 * country named with them to the country of the place they reach. */
static void aid_arrival(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_ARRIVE) return;
    /* the previous hit may be the aid itself ("a Red Cross convoy arrived") */
    int32_t lo = hi > 0 && s->h.v[hi - 1].mt.e->cls != EVT_CL_EVENT ? s->h.v[hi - 1].mt.end : s->first;
    int32_t up = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    if (lo < mt->first - 8) lo = mt->first - 8;
    if (up > mt->end + 16) up = mt->end + 16;
    int found = 0;
    for (int32_t k = lo; k < up && !found; k++) found = aid_word(d, k);
    if (!found) return;
    static const char *const to_in[] = {"\xD8\xA7\xD9\x84\xD9\x8A", "\xD9\x81\xD9\x8A", "to", "in", /* الي في */
                                        "at", "into", NULL};
    int32_t dest = -1, from = -1;
    for (int32_t k = mt->end; k < up && dest < 0; k++) /* the place after إلى / to / في / in */
        if (r->tok_men[k] >= 0 && d->mentions.v[r->tok_men[k]].tok_first == k &&
            (tok_in(d, k - 1, to_in) || tok_in(d, k - 2, to_in))) /* "إلى مطار مراكش" */
            dest = d->mentions.v[r->tok_men[k]].entity;
    if (dest < 0) dest = ev->location;
    if (dest >= 0 && !is_country(&d->entities.v[dest])) {
        int32_t c = city_country(d, dest);
        if (c >= 0) dest = c;
    }
    for (int32_t k = lo; k < up && from < 0; k++) { /* nisbas too: "الإسبانية", "Turkish" */
        int32_t m = r->tok_men[k];
        if (m < 0 || d->mentions.v[m].tok_first != k) continue;
        int32_t ent = d->mentions.v[m].entity;
        if (ent >= 0 && ent != dest && ent != s->attrib_ent && !tok_in(d, k - 1, to_in) &&
            is_country(&d->entities.v[ent]))
            from = ent;
    }
    for (int32_t k = lo; k < mt->first && from < 0; k++) { /* "a Red Cross convoy arrived" */
        int32_t m = r->tok_men[k];
        if (m < 0 || d->mentions.v[m].tok_first != k || d->mentions.v[m].entity < 0) continue;
        const evg_entity *e = &d->entities.v[d->mentions.v[m].entity];
        if (e->type && strcmp(e->type, "ORG") == 0) from = d->mentions.v[m].entity;
    }
    if (from < 0 || dest < 0) return;
    const evt_cameo *cm = evt_cameo_find(d->ctx, "073");
    snprintf(ev->code, sizeof ev->code, "073");
    memcpy(ev->root, "07", 3);
    if (cm) ev->label = cm->label;
    int32_t loc = ev->location;
    ev->nactors = 0;
    ev->location = -1;
    evt_add_actor(ev, from, EVG_ROLE_SOURCE);
    evt_add_actor(ev, dest, EVG_ROLE_TARGET);
    ev->location = loc != dest ? loc : -1;
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

static int told_before(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (!mt->e->definite || (mt->e->cls != EVT_CL_VISIT && mt->e->cls != EVT_CL_MEET)) return 0;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    for (size_t i = d->events.n; src >= 0 && i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return 0;
        if (strcmp(o->root, ev->root) == 0 && evt_has_actor(o, src) && o->sent < s->idx) return 1;
    }
    return 0;
}

/* "أشاد شويغو بالتفاعل بين البلدين": when "the two countries" include the
 * speaker's own, the act is towards the other one: a target of the
 * source's own country gives its role to a participant of another country. */
static void other_country_target(const evg_doc *d, evg_event *ev)
{
    int src = -1, tgt = -1, other = -1;
    for (int i = 0; i < ev->nactors; i++) {
        int r = ev->actors[i].role;
        if (r == EVG_ROLE_SOURCE && src < 0) src = i;
        else if (r == EVG_ROLE_TARGET && tgt < 0) tgt = i;
    }
    if (src < 0 || tgt < 0) return;
    const evg_entity *a = &d->entities.v[ev->actors[src].entity], *t = &d->entities.v[ev->actors[tgt].entity];
    if (!a->country || !t->country || !a->country[0] || strcmp(a->country, t->country) != 0 ||
        !t->type || strcmp(t->type, "GPE") != 0)
        return;
    for (int i = 0; i < ev->nactors && other < 0; i++) {
        const evg_entity *o = &d->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role == EVG_ROLE_PARTICIPANT && o->country && o->country[0] &&
            strcmp(o->country, a->country) != 0)
            other = i;
    }
    if (other >= 0) {
        ev->actors[other].role = EVG_ROLE_TARGET;
        ev->actors[tgt].role = EVG_ROLE_PARTICIPANT;
        return;
    }
    /* the other country of the two, from the latest event nearby that names one */
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != ev->section || o->sent < ev->sent - 3) return;
        for (int k = 0; k < o->nactors; k++) {
            const evg_entity *c = &d->entities.v[o->actors[k].entity];
            if (c->type && strcmp(c->type, "GPE") == 0 && c->id && strlen(c->id) == 3 && c->country &&
                c->country[0] && strcmp(c->country, a->country) != 0 && !evt_has_actor(ev, o->actors[k].entity)) {
                ev->actors[tgt].entity = o->actors[k].entity;
                return;
            }
        }
    }
}

/* Joint acts have no one-sided target to correct. */
static int joint_code(const char *code)
{
    return strncmp(code, "04", 2) == 0 || strcmp(code, "057") == 0 || strcmp(code, "050") == 0;
}

/* ---- stated intents ---- */

/* "أعلن فيدان أن بلاده ستزود مصر بطائرات", "X said his country will send
 * aid": material cooperation or aid announced for the future by its own
 * side (the speaker, or an actor of the speaker's country) is a statement
 * of intent (CAMEO codes future cooperation under 03: 031, aid 033), and
 * that statement happened. */
static void stated_intent(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if (ev->modality != EVG_MODAL_PLANNED || (strcmp(ev->root, "06") != 0 && strcmp(ev->root, "07") != 0))
        return;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors && src < 0; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    const evt_match *mt = &s->h.v[hi].mt;
    for (size_t k = hi; src >= 0 && k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < mt->first && !comp; q++) comp = evt_is_complementizer(d, q);
        if (!comp && mt->e->lang != EVG_LANG_EN) return;
        const evg_entity *a = &d->entities.v[s->c.v[h->speaker].ent], *b = &d->entities.v[src];
        if (s->c.v[h->speaker].ent != src &&
            !(a->country && b->country && a->country[0] && strcmp(a->country, b->country) == 0))
            return;
        const char *code = strcmp(ev->root, "06") == 0 ? "031" : "033";
        const evt_cameo *c = evt_cameo_find(d->ctx, code);
        snprintf(ev->code, sizeof ev->code, "%s", code);
        memcpy(ev->root, "03", 3);
        if (c) ev->label = c->label;
        ev->modality = EVG_MODAL_ASSERTED;
        return;
    }
}

/* "الاتفاق الذي وقعته X و Y لاستئناف العلاقات", "a pledge to restore ties":
 * a purpose noun after an agreement or a pledge is what was agreed or
 * pledged, not an act of its own. */
static int agreed_content(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (!purpose_noun(s->doc, mt)) return 0;
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
static int intent_to_meet(const sent *s, size_t hi)
{
    for (size_t k = hi + 1; k < s->h.n && s->h.v[k].mt.first - s->h.v[hi].mt.end <= INTENT_REACH; k++)
        if (intent_before(s, k) == (int32_t)hi) return 1;
    return 0;
}

/* "وصل X ... في زيارة تستغرق يومين، التقى خلالها الرئيس Y", "a two-day
 * visit, during which he met Y": a verb right before "خلالها" (during it)
 * or after "during which" happened during the visit or meeting built
 * just before it from the same sentence: its subject is that occasion's
 * source (the name after the verb is the object) and its date the
 * occasion's.  Returns 1 when it applied. */
static int during_it(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const w[] = {"\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD8\xA7", /* خلالها */
                                    "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87",             /* خلاله */
                                    "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD9\x85\xD8\xA7", NULL}; /* خلالهما */
    static const char *const pron[] = {"he", "she", "they", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t q = mt->first - 1 - (tok_in(d, mt->first - 1, pron) ? 1 : 0); /* "during which he met" */
    int en = mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB && q - 1 >= s->first &&
             tok_is(d, q, "which") && tok_is(d, q - 1, "during");
    if (!en && (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
                !tok_in(d, mt->end, w)))
        return 0;
    const evg_event *occ = NULL;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx && !occ;)
        if (strncmp(d->events.v[i].code, "04", 2) == 0) occ = &d->events.v[i];
    if (!occ) return 0;
    int32_t src = -1;
    for (int k = 0; k < occ->nactors && src < 0; k++)
        if (occ->actors[k].role == EVG_ROLE_SOURCE) src = occ->actors[k].entity;
    if (src >= 0 && !evt_has_actor(ev, src) && mt->e->cls == EVT_CL_HOST) {
        int w = 0; /* "استقبله خلالها X": X receives the visitor, the pronoun's referent */
        for (int k = 0; k < ev->nactors; k++)
            if (ev->actors[k].role != EVG_ROLE_TARGET) ev->actors[w++] = ev->actors[k];
        ev->nactors = w;
        evt_add_actor(ev, src, EVG_ROLE_TARGET);
    } else if (src >= 0 && !evt_has_actor(ev, src)) {
        for (int k = 0; k < ev->nactors; k++)
            if (ev->actors[k].role == EVG_ROLE_SOURCE) ev->actors[k].role = EVG_ROLE_TARGET;
        evt_add_actor(ev, src, EVG_ROLE_SOURCE);
    }
    if (occ->begin != EVG_NODATE) evt_set_date(ev, occ->date_value, occ->begin, occ->end, EVG_DATE_COREF);
    if (ev->location < 0) ev->location = occ->location;
    return 1;
}

/* Words that set talks before the act they led to: "بعد محادثات", "في
 * ختام مباحثات", "عقب", "إثر", "after talks", "following talks". */
static int led_to_act(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD8\xA8\xD8\xB9\xD8\xAF",              /* بعد */
                                    "\xD8\xAE\xD8\xAA\xD8\xA7\xD9\x85",      /* ختام */
                                    "\xD8\xB9\xD9\x82\xD8\xA8",              /* عقب */
                                    "\xD8\xA7\xD8\xAB\xD8\xB1",              /* اثر */
                                    "after", "following", NULL};
    return tok_in(d, k, w) || (tok_is(d, k, "of") && tok_is(d, k - 1, "end"));
}

/* Adds the named parties (places aside) of hit k, as an event of its own would
 * take them, to ev: the first as source when ev has none.  guests: only
 * those received, not the host (a host named apart keeps its own event). */
static void add_parties_of(const run *r, const sent *s, size_t k, int guests, evg_event *ev)
{
    evg_event tmp;
    evt_scratch_actors(r, s, k, &tmp);
    for (int i = 0; i < tmp.nactors; i++) {
        if (guests && tmp.actors[i].role == EVG_ROLE_SOURCE) continue;
        const evg_entity *e = &r->doc->entities.v[tmp.actors[i].entity];
        if (e->type && (strcmp(e->type, "LOC") == 0 ||
                        (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3))))
            continue; /* a city or region is where, not who */
        int role = evt_role_taken(ev, EVG_ROLE_SOURCE) ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE;
        evt_add_actor(ev, tmp.actors[i].entity, role);
    }
    if (ev->location < 0) ev->location = tmp.location;
}

/* "وقّع X و Y الإعلان في ختام مباحثات احتضنتها الصين", "توصل X و Y إلى
 * اتفاق بعد محادثات استضافها مع A و B", "talks hosted by Z": talks named
 * as what led to a joint act are between that act's parties; talks with a
 * host are between the guests (the host keeps its own event, 043).
 * Replaces ev's actors and returns 2 for talks that led to an act, 1 for
 * hosted talks, else 0. */
/* A noun form of a trigger: an Arabic noun, or an English form (English rows
 * list nouns and verbs alike; "the talks", "after talks" are read in context). */
static int nominal_form(const evt_match *mt)
{
    return mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED || mt->e->lang == EVG_LANG_EN;
}

/* Hosting or mediating (043, 045): a side act of talks, not what they led to. */
static int side_act(const char *code)
{
    return strcmp(code, "043") == 0 || strcmp(code, "045") == 0;
}

/* If hit hi is a talks noun named as what led to a joint act (roots 03-06)
 * of an earlier hit of the sentence ("اتفاق ... برعاية الأمم المتحدة، بعد
 * مفاوضات": past the mediation), that hit plus one, else 0. */
static size_t talks_led(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->cls != EVT_CL_MEET || !nominal_form(mt) || !led_to_act(s->doc, mt->first - 1))
        return 0;
    size_t k = hi - 1;
    while (k > 0 && side_act(s->h.v[k].mt.e->code)) k--;
    const evt_entry *p = s->h.v[k].mt.e;
    return p->cls != EVT_CL_SPEECH && !side_act(p->code) && p->code[0] == '0' && p->code[1] >= '3' &&
           p->code[1] <= '6' ? k + 1 : 0;
}

/* Is hit hi the host of the talks noun right before it ("مباحثات احتضنتها")? */
static int hosts_talks(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->cls != EVT_CL_HOST || s->h.v[hi - 1].mt.e->cls != EVT_CL_MEET ||
        mt->first - s->h.v[hi - 1].mt.end > 3)
        return 0;
    for (int32_t q = s->h.v[hi - 1].mt.end; q < mt->first; q++) /* "قمة استثنائية", "مفاوضات غير مباشرة" */
        if (s->doc->tokens.v[q].kind == EVG_TOK_PUNCT) return 0;
    return 1;
}

/* "فرضت إيكواس عقوبات على مالي في ختام قمة استثنائية احتضنتها أكرا": a
 * summit hosted by a city, with no guests named, is the meeting of the
 * agent of the act before it in the sentence.  Adds that source to ev. */
static void act_agent_at_talks(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    for (size_t k = hi; k-- > 0;) {
        const evt_entry *p = s->h.v[k].mt.e;
        if (p->cls == EVT_CL_SPEECH || side_act(p->code) || p->cls == EVT_CL_MEET) continue;
        evg_event tmp;
        evt_scratch_actors(r, s, k, &tmp);
        for (int i = 0; i < tmp.nactors; i++)
            if (tmp.actors[i].role == EVG_ROLE_SOURCE) evt_add_actor(ev, tmp.actors[i].entity, EVG_ROLE_SOURCE);
        return;
    }
}

/* "اتفاق ... في 20 آذار، بعد مفاوضات استمرت عشرة أيام": talks that led to
 * an act and lasted n days ended on the act's day. */
static void led_talks_span(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    int n = lasted_days(r, s, hi);
    if (!n || ev->begin == EVG_NODATE || ev->begin != ev->end) return;
    char x[16], y[16], v[40];
    evg_format_day(ev->begin - (n - 1), x);
    evg_format_day(ev->begin, y);
    snprintf(v, sizeof v, "%s/%s", x, y);
    evt_set_date(ev, v, ev->begin - (n - 1), ev->begin, ev->date_source);
}

/* "قمة استثنائية احتضنتها العاصمة الغانية أكرا", "مفاوضات احتضنتها جدة": a
 * city hosting the talks named right before only says where they were
 * held: it is their place, not an event of its own.  Returns 1 when hit hi
 * is such a host (and gave the talks' event, if any, its place). */
static int city_hosts_talks(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    if (!hosts_talks(s, hi) || ev->nactors != 1) return 0;
    const evg_entity *e = &r->doc->entities.v[ev->actors[0].entity];
    if (!e->type || !(strcmp(e->type, "LOC") == 0 || (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3))))
        return 0;
    evg_doc *d = r->doc;
    if (d->events.n) {
        evg_event *t = &d->events.v[d->events.n - 1];
        if (t->sent == s->idx && t->trig_first == s->h.v[hi - 1].mt.first && t->location < 0)
            t->location = ev->actors[0].entity;
    }
    return 1;
}

static int hosted_talks(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET || !nominal_form(mt)) return 0;
    size_t led = talks_led(s, hi);
    int host = hi + 1 < s->h.n && hosts_talks(s, hi + 1);
    if (!led && !host) return 0;
    ev->nactors = 0;
    if (led) add_parties_of(r, s, led - 1, 0, ev);
    if (host) add_parties_of(r, s, hi + 1, 1, ev);
    if (host && !led && ev->nactors == 0) act_agent_at_talks(r, s, hi, ev);
    return led ? 2 : 1;
}

/* "استقبل X نظيره Y ... وعقد معه محادثات", "وأجرى الرئيسان محادثات": talks
 * right after a reception in the same sentence, naming at most one of its
 * two parties, are between the host and the guest.  Returns 1 when it
 * filled them in. */
static int talks_after_reception(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    if (s->h.v[hi - 1].mt.e->cls != EVT_CL_HOST || ev->nactors > 1) return 0;
    evg_event host;
    evt_scratch_actors(r, s, hi - 1, &host);
    int32_t owner = -1, guest = -1;
    for (int i = 0; i < host.nactors; i++) {
        if (host.actors[i].role == EVG_ROLE_SOURCE && owner < 0) owner = host.actors[i].entity;
        if (host.actors[i].role == EVG_ROLE_TARGET && guest < 0) guest = host.actors[i].entity;
    }
    if (owner < 0 || guest < 0) return 0;
    if (ev->nactors == 1 && ev->actors[0].entity != owner && ev->actors[0].entity != guest) return 0;
    int32_t first = ev->nactors == 1 ? ev->actors[0].entity : owner;
    ev->nactors = 0;
    evt_add_actor(ev, first, EVG_ROLE_SOURCE);
    evt_add_actor(ev, first == owner ? guest : owner, EVG_ROLE_TARGET);
    return 1;
}

/* "Kim received Shoigu and held talks with him", "X was received by Y and
 * met him": a meeting whose counterpart is only "with him/her/them" meets
 * the other party of the act just before it in the sentence (the one that
 * is not this meeting's source). */
static void pronoun_partner(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    static const char *const pro[] = {"him", "her", "them", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_MEET && mt->e->cls != EVT_CL_HOST) return;
    if (mt->e->cls == EVT_CL_MEET && hi > 0 && talks_after_reception(r, s, hi, ev)) return;
    if (mt->e->lang != EVG_LANG_EN || !evt_role_taken(ev, EVG_ROLE_SOURCE)) return;
    int32_t p = tok_is(r->doc, mt->end, "with") ? mt->end + 1 : mt->end; /* "talks with him", "met him" */
    if (!tok_in(r->doc, p, pro)) return;
    int32_t src = -1;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) src = ev->actors[i].entity;
    if (hi == 0 || mt->e->cls == EVT_CL_HOST) {
        /* "X arrived in Rome on Sunday. Y greeted him at the airport": the
         * pronoun is the person who acted in the sentence before */
        int32_t who = evt_previous_person(r->doc, s);
        if (who >= 0 && who != src && !evt_role_taken(ev, EVG_ROLE_TARGET)) evt_add_actor(ev, who, EVG_ROLE_TARGET);
        return;
    }
    evg_event prev;
    evt_scratch_actors(r, s, hi - 1, &prev);
    for (int i = 0; i < prev.nactors; i++) {
        const evg_entity *e = &r->doc->entities.v[prev.actors[i].entity];
        if (prev.actors[i].entity == src || !e->type || strcmp(e->type, "PER") != 0) continue;
        evt_add_actor(ev, prev.actors[i].entity, EVG_ROLE_TARGET);
        return;
    }
}

/* "استقبل X نظيره Y لدى وصوله إلى القاهرة", "X welcomed Y on his arrival":
 * an arrival or visit noun with a possessive, after a host verb of its
 * sentence, is the guest's: the guest becomes its source (the host, if the
 * noun took it, its target). */
static void guest_arrival(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if ((mt->e->cls != EVT_CL_ARRIVE && mt->e->cls != EVT_CL_VISIT) || !mt->definite ||
        (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return;
    size_t k = hi;
    while (k-- > 0 && s->h.v[k].mt.e->cls != EVT_CL_HOST) {}
    if (k >= hi || hi - k > 2) return;
    evg_event host;
    evt_scratch_actors(r, s, k, &host);
    int32_t guest = -1, owner = -1;
    for (int i = 0; i < host.nactors; i++) {
        if (host.actors[i].role == EVG_ROLE_TARGET && guest < 0) guest = host.actors[i].entity;
        if (host.actors[i].role == EVG_ROLE_SOURCE) owner = host.actors[i].entity;
    }
    if (guest < 0) return;
    int w = 0;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].entity != guest && ev->actors[i].entity != owner) ev->actors[w++] = ev->actors[i];
    ev->nactors = w;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_SOURCE) ev->actors[i].role = EVG_ROLE_PARTICIPANT;
    evt_add_actor(ev, guest, EVG_ROLE_SOURCE);
}

/* Is token k a verb of taking part (شارك، حضر in any person, with و/ف)? */
static int partake_verb(const evg_doc *d, int32_t k)
{
    static const char *const stems[] = {"\xD8\xB4\xD8\xA7\xD8\xB1\xD9\x83",  /* شارك */
                                        "\xD8\xAD\xD8\xB6\xD8\xB1", NULL};     /* حضر */
    if (k < 0) return 0;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    if (n > 2 && (memcmp(t, "\xD9\x88", 2) == 0 || memcmp(t, "\xD9\x81", 2) == 0)) t += 2, n -= 2; /* و ف */
    if (n > 2 && (memcmp(t, "\xD9\x8A", 2) == 0 || memcmp(t, "\xD8\xAA", 2) == 0)) t += 2, n -= 2; /* ي ت */
    for (int q = 0; stems[q]; q++) {
        size_t l = strlen(stems[q]);
        if (n >= l && n <= l + 4 && memcmp(t, stems[q], l) == 0) return 1;
    }
    return 0;
}

/* "وشارك في الاجتماع X و Y", "X also attended the talks": people who take
 * part in a meeting already reported join it; no second meeting.  Adds
 * ev's actors to the latest meeting of the section (three sentences back at
 * most) and returns 1, else 0. */
static int join_latest_meeting(const evg_doc *d, const sent *s, const evg_event *ev);
static int attends_meeting(const sent *s, size_t hi);

static int joins_meeting(const run *r, const sent *s, size_t hi, const evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const en[] = {"attended", "joined", NULL};
    if (attends_meeting(s, hi)) return join_latest_meeting(d, s, ev);
    if (mt->e->cls != EVT_CL_MEET || !nominal_form(mt)) return 0;
    int ar = mt->e->lang == EVG_LANG_AR && mt->definite && tok_is(d, mt->first - 1, "\xD9\x81\xD9\x8A") &&
             partake_verb(d, mt->first - 2); /* في */
    int eng = mt->e->lang == EVG_LANG_EN && tok_is(d, mt->first - 1, "the") &&
              (tok_in(d, mt->first - 2, en) || (tok_is(d, mt->first - 2, "in") &&
               (tok_is(d, mt->first - 3, "part") || tok_is(d, mt->first - 3, "participated"))));
    if (!ar && !eng) return 0;
    return join_latest_meeting(d, s, ev);
}

/* "X attended the meeting": the verb itself when it is a trigger too. */
static int attends_meeting(const sent *s, size_t hi)
{
    static const char *const en[] = {"attended", "joined", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    return mt->e->lang == EVG_LANG_EN && tok_in(s->doc, mt->first, en) && hi + 1 < s->h.n &&
           tok_is(s->doc, mt->end, "the") && s->h.v[hi + 1].mt.first == mt->end + 1 &&
           s->h.v[hi + 1].mt.e->cls == EVT_CL_MEET;
}

static int join_latest_meeting(const evg_doc *d, const sent *s, const evg_event *ev)
{
    for (size_t i = d->events.n; i-- > 0;) {
        evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent + 3 < s->idx) break;
        if (strncmp(o->code, "04", 2) != 0 || o->sent == s->idx) continue;
        for (int k = 0; k < ev->nactors; k++) evt_add_actor(o, ev->actors[k].entity, EVG_ROLE_PARTICIPANT);
        return 1;
    }
    return 0;
}

/* How far a delegation noun may stand before the phrase naming its head. */
#define DELEGATION_GAP 4

/* Is token k "برئاسة"/"بقيادة" or the "by" of "led by"/"headed by"? */
static int head_marker(const evg_doc *d, int32_t k)
{
    static const char *const ar[] = {"\xD8\xA8\xD8\xB1\xD8\xA1\xD8\xA7\xD8\xB3\xD9\x87", /* برءاسه */
                                     "\xD8\xA8\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAF\xD9\x87", NULL}; /* بقياده */
    static const char *const led[] = {"led", "headed", NULL};
    return tok_in(d, k, ar) || (tok_is(d, k, "by") && tok_in(d, k - 1, led));
}

/* "زيارة وفد سعودي برئاسة السفير X لصنعاء", "a delegation led by X
 * arrived": the head of a delegation acts for it, so a visit, meeting or
 * arrival whose subject is the delegation has the head as its source. */
static void delegation_head(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const deleg[] = {"\xD9\x88\xD9\x81\xD8\xAF", "delegation", NULL}; /* وفد */
    if (mt->e->cls == EVT_CL_EVENT || mt->e->cls == EVT_CL_SPEECH) return;
    for (int i = 0; i < ev->nactors; i++) { /* "a Turkish delegation": the country yields to the head */
        const evg_entity *e = &d->entities.v[ev->actors[i].entity];
        if (ev->actors[i].role == EVG_ROLE_SOURCE && !(e->type && strcmp(e->type, "GPE") == 0 && e->id &&
                                                       strlen(e->id) == 3))
            return;
    }
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int after = c->first >= mt->end; /* "زيارة وفد برئاسة X"; "a delegation led by X visited" */
        int32_t lo = after ? mt->end : s->first, m = c->first - 1; /* a title may stand between */
        while (m > lo && m >= c->first - 3 && !head_marker(d, m) && !evt_is_punct_boundary(d, m)) m--;
        if (c->first < mt->end && (c->end > mt->first || mt->first - c->end > DELEGATION_GAP)) continue;
        if (c->first >= mt->end && m - mt->end > DELEGATION_GAP + 1) continue;
        if (!head_marker(d, m)) continue;
        int found = 0;
        for (int32_t q = m - 1; q >= lo && q >= m - DELEGATION_GAP && !found; q--)
            found = evt_tok_is_stem(d, q, deleg[0]) || tok_is(d, q, deleg[1]);
        if (!found) return;
        int w = 0;
        for (int i = 0; i < ev->nactors; i++)
            if (ev->actors[i].entity != c->ent && ev->actors[i].role != EVG_ROLE_SOURCE)
                ev->actors[w++] = ev->actors[i];
        ev->nactors = w;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        return;
    }
}

/* "استقبله خلالها X": the name after "خلالها" is the host receiving, the
 * subject of the verb (the pronoun is the visitor, added by during_it). */
static void host_during_subject(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_HOST ||
        !evt_tok_is_stem(d, mt->end, "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84\xD9\x87\xD8\xA7")) /* خلالها */
        return;
    for (int i = 0; i < ev->nactors && !evt_role_taken(ev, EVG_ROLE_SOURCE); i++)
        if (ev->actors[i].role == EVG_ROLE_TARGET) ev->actors[i].role = EVG_ROLE_SOURCE;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;) {
        const evg_event *o = &d->events.v[i]; /* the visit of the sentence: its visitor is received */
        if (strncmp(o->code, "04", 2) != 0) continue;
        for (int k = 0; k < o->nactors; k++)
            if (o->actors[k].role == EVG_ROLE_SOURCE) evt_add_actor(ev, o->actors[k].entity, EVG_ROLE_TARGET);
        return;
    }
}

/* Tokens between an arrival verb and the visit noun that names its goal. */
#define ARRIVAL_VISIT_GAP 8

/* "X, who arrived on Friday on his first official visit to India", "وصل X
 * أمس في زيارة إلى Y": an arrival without a destination of its own takes
 * the destination of the visit noun right after it. */
static void arrival_visit_goal(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls != EVT_CL_ARRIVE || evt_role_taken(ev, EVG_ROLE_TARGET) || ev->location >= 0 ||
        hi + 1 >= s->h.n)
        return;
    const evt_match *v = &s->h.v[hi + 1].mt;
    if (v->e->cls != EVT_CL_VISIT || v->first - mt->end > ARRIVAL_VISIT_GAP) return;
    evg_event goal;
    evt_scratch_actors(r, s, hi + 1, &goal);
    for (int k = 0; k < goal.nactors; k++)
        if (goal.actors[k].role == EVG_ROLE_TARGET && !evt_has_actor(ev, goal.actors[k].entity)) {
            evt_add_actor(ev, goal.actors[k].entity, EVG_ROLE_TARGET);
            break;
        }
    if (ev->location < 0) ev->location = goal.location;
}

/* "Wang Wenbin said that China opposed ...", "قال المتحدث X إن بلاده
 * ترفض": a position reported in a statement's complement whose only agent
 * is the speaker's own country is the speaker's, on its behalf: the
 * speaker joins it. */
static void speaker_for_country(const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = s->doc;
    if (!evt_position_code(ev->code) || ev->nactors == 0) return;
    int32_t src = -1;
    for (int k = 0; k < ev->nactors && src < 0; k++)
        if (ev->actors[k].role == EVG_ROLE_SOURCE) src = ev->actors[k].entity;
    const evg_entity *c = src >= 0 ? &d->entities.v[src] : NULL;
    if (!c || !c->id || strlen(c->id) != 3 || !c->type || strcmp(c->type, "GPE") != 0) return;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        int comp = 0;
        for (int32_t q = h->mt.end; q < s->h.v[hi].mt.first && !comp; q++) comp = evt_is_complementizer(d, q);
        if (!comp || h->speaker < 0) return;
        int32_t sp = s->c.v[h->speaker].ent;
        const char *cc = d->entities.v[sp].country;
        if (sp != src && ent_is_person(d, sp) && cc && strlen(cc) == 3 && tolower((unsigned char)cc[0]) == c->id[0] &&
            tolower((unsigned char)cc[1]) == c->id[1] && tolower((unsigned char)cc[2]) == c->id[2] &&
            !evt_has_actor(ev, sp))
            evt_add_actor(ev, sp, EVG_ROLE_PARTICIPANT);
        return;
    }
}

/* "في أول مشاركة لسوريا منذ قمة سرت", "the first visit since the 2015
 * summit": a meeting noun after since names an earlier occasion to measure
 * this one by; the sentence's names are not its parties, and it is no
 * event of the story. */
static int since_occasion(const evg_doc *d, const evt_match *mt)
{
    if (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED && mt->e->lang != EVG_LANG_EN) return 0;
    for (int32_t k = mt->first - 1; k >= 0 && k >= mt->first - 3; k--) {
        const evg_token *t = &d->tokens.v[k];
        if (tok_is(d, k, "since") || evt_tok_is_stem(d, k, "\xD9\x85\xD9\x86\xD8\xB0")) /* منذ */
            return 1;
        if (t->kind == EVG_TOK_PUNCT || (t->kind == EVG_TOK_WORD && !tok_is(d, k, "the") &&
                                         !tok_is(d, k, "last") && !tok_is(d, k, "a")))
            return 0;
    }
    return 0;
}

/* "would meet its goal of halving emissions", "met the deadline", "to meet
 * the demand": meet with a goal as object is no meeting. */
static int meet_goal(const evg_doc *d, const evt_match *mt)
{
    static const char *const meet[] = {"meet", "meets", "met", "meeting", NULL};
    static const char *const det[] = {"its", "the", "their", "his", "her", "our", "a", "all", "these", "those",
                                      "this", "that", "any", NULL};
    static const char *const goal[] = {"goal", "goals", "target", "targets", "deadline", "deadlines", "demand",
                                       "demands", "needs", "need", "requirements", "requirement", "expectations",
                                       "criteria", "obligations", "commitments", "conditions", "standards",
                                       "costs", "challenge", "challenges", "threshold", "quota", NULL};
    if (mt->e->lang != EVG_LANG_EN || !tok_in(d, mt->first, meet) || (size_t)mt->end + 1 >= d->tokens.n) return 0;
    int32_t k = mt->end;
    if (tok_in(d, k, det)) k++;
    if ((size_t)k < d->tokens.n && !tok_in(d, k, goal) && (size_t)k + 1 < d->tokens.n && tok_in(d, k + 1, goal))
        k++; /* "the climate goal" */
    return (size_t)k < d->tokens.n && tok_in(d, k, goal);
}

/* "two bases hosting U.S. troops", "countries that host refugees": hosting
 * troops, refugees or bases is their presence, not a reception. */
static int hosts_presence(const evg_doc *d, const evt_match *mt)
{
    static const char *const host[] = {"host", "hosts", "hosting", "hosted", NULL};
    static const char *const who[] = {"troops", "forces", "soldiers", "refugees", "migrants", "bases", "base",
                                      "personnel", "contingent", "contingents", "fighters", "militants",
                                      "servicemen", "marines", "warships", "missiles", "weapons", NULL};
    if (mt->e->lang != EVG_LANG_EN || !tok_in(d, mt->first, host)) return 0;
    for (int32_t k = mt->end; k < mt->end + 6 && (size_t)k < d->tokens.n; k++) { /* "U.S. troops" */
        if (tok_is(d, k, ",") || tok_is(d, k, "and")) return 0;
        if (tok_in(d, k, who)) return 1;
    }
    return 0;
}

/* "اتفق X و Y أمس على ... . وجاء الاتفاق في ختام قمة ثنائية في سوتشي",
 * "The deal came at the end of a summit in Sochi": a meeting noun with no
 * party named, after a word that says what it led to, is the meeting of
 * the parties of the agreement told in this or the previous sentence. */
static int32_t summit_of_agreement(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (strncmp(mt->e->code, "04", 2) != 0 || !nominal_form(mt)) return -1;
    int led = 0;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 3 && !led; k--) led = led_to_act(d, k);
    if (!led) return -1;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent + 1 < s->idx) return -1;
        if (strncmp(o->code, "03", 2) != 0 && strcmp(o->code, "057") != 0) continue;
        if (o->nactors < 2) return -1;
        for (int a = 0; a < o->nactors; a++) {
            const evg_entity *e = &d->entities.v[o->actors[a].entity];
            if (!e->type || strcmp(e->type, "PER") == 0 || strcmp(e->type, "ORG") == 0 ||
                (strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3))
                evt_add_actor(ev, o->actors[a].entity, ev->nactors ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        }
        return ev->nactors ? (int32_t)i : -1;
    }
    return -1;
}

/* An intent to meet (030) is a call for talks (036); a threat told by a
 * speaker (threat_speaker) is 138.  Returns that speaker's candidate or -1. */
static int32_t revised_code(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (strcmp(ev->code, "030") == 0 && intent_to_meet(s, hi)) {
        const evt_cameo *c = evt_cameo_find(d->ctx, "036");
        snprintf(ev->code, sizeof ev->code, "036");
        if (c) ev->label = c->label;
    }
    int32_t threat = threat_speaker(r, s, hi);
    if (threat >= 0) {
        const evt_cameo *c = evt_cameo_find(d->ctx, "138");
        snprintf(ev->code, sizeof ev->code, "138");
        memcpy(ev->root, "13", 3);
        if (c) ev->label = c->label;
    }
    return threat;
}

/* The modality: an asserted act dated after the reference day, or after
 * an intent word, is planned; a threat is asserted (the threat itself). */
static void event_modality(const run *r, const sent *s, size_t hi, evg_event *ev, int threat)
{
    int32_t dct = r->doc->sections.v[s->section].dct;
    ev->modality = assign_modality(r, s, hi);
    if (ev->modality == EVG_MODAL_ASSERTED && ev->date_source == EVG_DATE_TIMEX && dct != EVG_NODATE &&
        ev->begin != EVG_NODATE && ev->begin > dct)
        ev->modality = EVG_MODAL_PLANNED;
    if (threat) ev->modality = EVG_MODAL_ASSERTED;
    if (ev->modality == EVG_MODAL_ASSERTED && intent_before(s, hi) >= 0) ev->modality = EVG_MODAL_PLANNED;
}

/* What date the event wants from a neighbour (want_coref): a statement
 * dated by the reference day after a meeting takes the meeting's
 * (EVT_COREF_MEET), other statements none; an act led by another with no
 * wish of its own takes its leader's (EVT_COREF_LED). */
static int coref_wanted(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev, int led, int coref)
{
    if (s->h.v[hi].mt.e->cls == EVT_CL_SPEECH)
        return ev->date_source == EVG_DATE_DCT && statement_after_meeting(d, s, &s->h.v[hi].mt) ? EVT_COREF_MEET : 0;
    return led && !coref ? EVT_COREF_LED : coref;
}

static void build_event(run *r, const sent *s, size_t hi)
{
    evg_doc *d = r->doc;
    const evt_entry *e = s->h.v[hi].mt.e;
    evg_event ev;
    if (agreed_content(s, hi)) return;
    if (since_occasion(d, &s->h.v[hi].mt)) return; /* a refusal of an act is a 120 event too: annotators code it */
    if (unnamed_agent_noun(r, s, hi) || meet_goal(d, &s->h.v[hi].mt) || hosts_presence(d, &s->h.v[hi].mt))
        return;
    event_init(s, hi, &ev);
    evt_agreed_act(d->ctx, s, hi, &ev); /* events_stance.c: "agreed to send troops" is an intent */
    int32_t threat = revised_code(r, s, hi, &ev);
    evt_assign_actors(r, s, hi, &ev);
    if (city_hosts_talks(r, s, hi, &ev)) return;
    int led = hosted_talks(r, s, hi, &ev) == 2 || (hosts_talks(s, hi) && talks_led(s, hi - 1) > 0);
    if (e->cls == EVT_CL_SPEECH && e->pos == EVT_POS_NOUN) { /* "عن X قوله": X alone */
        ev.nactors = 0;
        if (s->h.v[hi].speaker >= 0) evt_add_actor(&ev, s->c.v[s->h.v[hi].speaker].ent, EVG_ROLE_SOURCE);
    }
    mediated_parties(r, s, hi, &ev);
    speaker_object(s, hi, &ev);
    evt_stance_targets(r, s, hi, &ev);
    evt_stance_drop_speaker(r, s, hi, &ev);
    if (threat >= 0) threat_own_side(s, threat, &ev);
    if (threat >= 0 && !evt_role_taken(&ev, EVG_ROLE_SOURCE))
        evt_add_actor(&ev, s->c.v[threat].ent, EVG_ROLE_SOURCE);
    leaders_actors(r, s, hi, &ev);
    announced_aid_source(s, hi, &ev);
    int borrowed = !evt_role_taken(&ev, EVG_ROLE_SOURCE) && occasion_actors(r, s, hi, &ev) > 0;
    if (ev.nactors == 0) previous_meeting_actors(r, s, hi, &ev);
    if (ev.nactors == 0) conflict_pair(r, s, hi, &ev);
    int32_t agreed_at = ev.nactors == 0 ? summit_of_agreement(r, s, hi, &ev) : -1;
    aid_arrival(r, s, hi, &ev);
    arrival_visit_goal(r, s, hi, &ev);
    delegation_head(s, hi, &ev);
    guest_arrival(r, s, hi, &ev);
    pronoun_partner(r, s, hi, &ev);
    speaker_for_country(s, hi, &ev);
    host_during_subject(s, hi, &ev);
    if (joins_meeting(r, s, hi, &ev)) return;
    if (borrowed ? !evt_role_taken(&ev, EVG_ROLE_SOURCE) : !event_keep(s, hi, &ev)) return;
    capitals_as_countries(d, &ev);
    if (!joint_code(ev.code)) other_country_target(d, &ev);
    if (told_before(d, s, hi, &ev) || force_named_again(d, s, hi, &ev) || occasion_named_again(d, s, hi)) return;
    evt_own_deployment(d->ctx, d, s, hi, &ev); /* events_stance.c: forces shown at home are 150 */
    int coref = assign_date(r, s, hi, &ev);
    if (position_object_date(s, hi, &ev)) coref = EVT_COREF_NONE;
    if (agreed_at >= 0 && ev.date_source != EVG_DATE_TIMEX) { /* the summit ended with the agreement */
        const evg_event *o = &d->events.v[agreed_at];
        evt_set_date(&ev, o->date_value, o->begin, o->end, EVG_DATE_COREF);
        coref = EVT_COREF_NEVER;
    }
    visit_span(r, s, hi, &ev);
    if (led) led_talks_span(r, s, hi, &ev);
    coref = anterior_date(r, s, hi, &ev, coref);
    if (during_it(r, s, hi, &ev)) coref = EVT_COREF_NEVER; /* dated by its occasion already */
    if (ev.location < 0) ev.location = dated_place(s, &ev);
    if (e->cls == EVT_CL_SPEECH && !speech_event_ok(s, &ev) && !dated_statement(r, s, hi, &ev)) return;
    event_modality(r, s, hi, &ev, threat >= 0);
    stated_intent(s, hi, &ev);
    ev.attribution = assign_attribution(s, hi, &ev);
    evt_assign_quantities(r, s, hi, &ev);
    ev.confidence = base_confidence(s, hi, &ev);
    evg_vec_push(&d->events, ev);
    evg_vec_push(&r->want_coref, coref_wanted(d, s, hi, &ev, led, coref));
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
        if (s->h.v[j].mt.e->cls == EVT_CL_SPEECH && relative_on_speaker(s, j, k)) return 1;
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
}

/* ---- "a day after X", "بعد يومين من X" ---- */

/* Days of a duration timex "P<n>D" (n from 1 to 14), else 0. */
static int duration_days(const evg_timex *tx)
{
    int n = 0;
    char tail = 0;
    if (tx->type != EVG_TIMEX_DURATION || sscanf(tx->value, "P%dD%c", &n, &tail) != 1) return 0;
    return n >= 1 && n <= 14 ? n : 0;
}

/* The token where "N days after" / "بعد N من" opens the clause of the act
 * at token trig (within reach, no full stop or other act between), with the
 * number of days in *days; -1 if there is none. */
static int32_t days_after_marker(const run *r, const evg_event *ev, int *days)
{
    const evg_doc *d = r->doc;
    int32_t first = d->sentences.v[ev->sent].tok_first;
    for (int32_t q = ev->trig_first - 1; q >= first && q >= ev->trig_first - 14; q--) {
        if (tok_is(d, q, ".") || evt_is_complementizer(d, q)) return -1;
        int32_t t = -1;
        if (tok_is(d, q, "after") && q > first) t = r->tok_tx[q - 1]; /* "two days after" */
        if (tok_is(d, q, "\xD9\x85\xD9\x86") && q > first) t = r->tok_tx[q - 1]; /* "بعد يومين من" */
        if (t < 0) continue;
        const evg_timex *tx = &d->timexes.v[t];
        if (tx->tok_end != q || !(*days = duration_days(tx))) continue;
        if (tok_is(d, q, "\xD9\x85\xD9\x86") && !tok_is(d, tx->tok_first - 1, "\xD8\xA8\xD8\xB9\xD8\xAF")) /* بعد */
            continue;
        return tx->tok_first;
    }
    return -1;
}

/* "The ministry said he raised the matter at the meeting, a day after X
 * appealed to him", "وذلك بعد يومين من إعلان X": the act after the marker
 * happened that many days before the day of the clause the marker follows
 * (the latest day-dated act before the marker, in this sentence or the
 * narrative before it).  Runs after the coreference dates, so the clause's
 * act has its day; an act with a date of its own after the marker keeps it. */
static void days_after_dates(run *r)
{
    evg_doc *d = r->doc;
    for (size_t i = 0; i < d->events.n; i++) {
        evg_event *ev = &d->events.v[i];
        int days = 0;
        int32_t mk = days_after_marker(r, ev, &days);
        if (mk < 0) continue;
        if (ev->date_source == EVG_DATE_TIMEX && ev->timex >= 0 && d->timexes.v[ev->timex].tok_first > mk)
            continue;
        int blocked = 0;
        for (size_t j = 0; j < d->events.n && !blocked; j++) /* the first act after the marker only */
            blocked = j != i && d->events.v[j].sent == ev->sent && d->events.v[j].trig_first > mk &&
                      d->events.v[j].trig_first < ev->trig_first;
        const evg_event *anchor = NULL;
        for (size_t j = 0; j < d->events.n; j++) {
            const evg_event *o = &d->events.v[j];
            if (o->section != ev->section || o->sent > ev->sent || o->sent + 1 < ev->sent) continue;
            if (o->sent == ev->sent && o->trig_end > mk) continue;
            if (o->begin == EVG_NODATE || o->begin != o->end || o->date_source == EVG_DATE_NONE) continue;
            if (!anchor || o->sent > anchor->sent || (o->sent == anchor->sent && o->trig_first > anchor->trig_first))
                anchor = o;
        }
        int32_t base = anchor ? anchor->begin : EVG_NODATE;
        if (!anchor) /* no act before it: the day named in its sentence before the marker */
            for (int32_t q = d->sentences.v[ev->sent].tok_first; q < mk; q++) {
                int32_t t = r->tok_tx[q];
                if (t >= 0 && d->timexes.v[t].begin != EVG_NODATE && d->timexes.v[t].begin == d->timexes.v[t].end)
                    base = d->timexes.v[t].begin;
            }
        if (blocked || base == EVG_NODATE) continue;
        char v[16];
        int32_t day = base - days;
        evg_format_day(day, v);
        evt_set_date(ev, v, day, day, EVG_DATE_COREF);
    }
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
    days_after_dates(&r);
    evt_merge_events(&r);
    free(r.tok_men);
    free(r.tok_tx);
    free(r.men);
    free(r.tx);
    free(r.want_coref.v);
    return 0;
}

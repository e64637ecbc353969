/*
 * events_merge.c - the second pass over a document's events after every
 * sentence is done and events_coref.c has dated them: merging.
 *
 * Two reports in one document are one event when their family agrees (042
 * visits; 04x meetings and receptions; otherwise the code), their actors
 * agree (same entity, or a country and a person, body or city of it, with
 * sources kept as sources outside meetings), their explicit dates overlap
 * and their modality agrees.  The better-dated report is kept and absorbs
 * the other's actors, place, attribution and quantities.  A reception and
 * talks told in their own clause stay two events (session 15).
 * Before merging, a related block's headline with no absolute date is
 * dropped (drop_undated_related).
 * Exports evt_merge_events and evt_actor_matches.
 */
#include "events_int.h"

#include <stdlib.h>

/* A reception's one actor is a person or a body ("The minister, who chaired
 * the session"), not a city that only says where the talks were ("استضافت بكين
 * المحادثات"). */
static int named_host(const evg_doc *d, const evg_event *ev)
{
    const char *t = d->entities.v[ev->actors[0].entity].type;
    return t && (strcmp(t, "PER") == 0 || strcmp(t, "ORG") == 0);
}

/* Families for merging inside one document: a visit (042) is one event, a
 * reception by the host (043) another and the meetings (040 044 046) a
 * third: "X was received by Y and held talks with him" reports both the
 * hosting and the talks (CAMEO codes, and the held-out gold rules, keep
 * them apart), when the reception names its guest or a host that is a
 * person or a body.  The store still counts a reception and a meeting of the
 * same two parties on one single day as one occurrence (merge.c). */
static const char *family(const evg_doc *d, const evg_event *ev)
{
    const char *code = ev->code;
    if (strcmp(code, "042") == 0) return "042";
    if (strcmp(code, "043") == 0 && (ev->nactors >= 2 || (ev->nactors == 1 && named_host(d, ev))))
        return "043";
    if (strncmp(code, "04", 2) == 0) return "04";
    return code;
}

/* Actor a of one report matches actor b of another: same entity, or one is a
 * country and the other a person, body or city of it (not a site such as a
 * crossing or a region: a LOC does not stand for the country's people). */
int evt_actor_matches(const evg_doc *d, int32_t a, int32_t b)
{
    if (a == b) return 1;
    const evg_entity *x = &d->entities.v[a], *y = &d->entities.v[b];
    int xg = x->type && strcmp(x->type, "GPE") == 0, yg = y->type && strcmp(y->type, "GPE") == 0;
    if (!x->country || !y->country || !x->country[0] || strcmp(x->country, y->country) != 0)
        return 0;
    int xl = x->type && strcmp(x->type, "LOC") == 0, yl = y->type && strcmp(y->type, "LOC") == 0;
    return (xg && !yl) || (yg && !xl); /* a country (or its capital) stands for its people, not its sites */
}

/* Meetings, negotiations and signings are joint acts; in other events a
 * source must stay a source. */
static int roles_agree(const evg_event *ev, int ra, int rb)
{
    if (evt_is_meeting_family(ev->code) || strcmp(ev->code, "057") == 0) return 1;
    return (ra == EVG_ROLE_SOURCE) == (rb == EVG_ROLE_SOURCE);
}

static int actors_covered(const evg_doc *d, const evg_event *small, const evg_event *big)
{
    for (int i = 0; i < small->nactors; i++) {
        int found = 0;
        for (int j = 0; j < big->nactors && !found; j++)
            found = evt_actor_matches(d, small->actors[i].entity, big->actors[j].entity) &&
                    roles_agree(small, small->actors[i].role, big->actors[j].role);
        if (!found) return 0;
    }
    return 1;
}

static int section_related(const evg_doc *d, int32_t sec)
{
    return d->sections.v[sec].kind == EVG_SEC_RELATED;
}

static int modality_compatible(int a, int b)
{
    int fa = a == EVG_MODAL_PLANNED || a == EVG_MODAL_POSSIBLE;
    int fb = b == EVG_MODAL_PLANNED || b == EVG_MODAL_POSSIBLE;
    return a == b || (fa && fb);
}

/* A meeting announced for a day ("سيلتقي ... اليوم") and reported as held on
 * that same day, no later than the article's date: the plan came true, and
 * both reports tell one meeting. */
static int plan_came_true(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    const evg_event *p = a->modality == EVG_MODAL_PLANNED ? a : b, *x = p == a ? b : a;
    if (p->modality != EVG_MODAL_PLANNED || x->modality != EVG_MODAL_ASSERTED) return 0;
    int32_t dct = d->sections.v[x->section].dct;
    return p->begin != EVG_NODATE && p->begin == p->end && x->begin == p->begin && x->end == p->end &&
           dct != EVG_NODATE && x->end <= dct;
}

static int32_t visit_place(const evg_event *ev)
{
    if (ev->location >= 0) return ev->location;
    for (int i = 0; i < ev->nactors; i++)
        if (ev->actors[i].role == EVG_ROLE_TARGET) return ev->actors[i].entity;
    return -1;
}

/* Two visits may be one unless they name different places ("ends his
 * visit on Sunday" names none; Warsaw and Kyiv are two visits). */
static int same_destination(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    int32_t x = visit_place(a), y = visit_place(b);
    return x < 0 || y < 0 || evt_actor_matches(d, x, y);
}

/* An explicit date and the reference date agree only for meetings and visits
 * (one article rarely reports two) or when one report is the headline. */
/* A headline's date read from a relative phrase ("agree ceasefire after four
 * days") has no narrative of its own to count from: it is no evidence
 * against the body's date. */
static int headline_relative(const evg_doc *d, const evg_event *ev)
{
    return d->sections.v[ev->section].kind == EVG_SEC_TITLE && ev->date_source == EVG_DATE_TIMEX &&
           ev->timex >= 0 && (size_t)ev->timex < d->timexes.n && d->timexes.v[ev->timex].relative;
}

static int dates_compatible(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    if (headline_relative(d, a) || headline_relative(d, b)) return 1;
    /* a date of the text or taken from the referred event is known; the
     * reference date is a guess, and no date agrees with anything */
    int ta = a->date_source == EVG_DATE_TIMEX || a->date_source == EVG_DATE_COREF;
    int tb = b->date_source == EVG_DATE_TIMEX || b->date_source == EVG_DATE_COREF;
    /* a visit spans days: arriving on Friday and leaving on Sunday is one visit */
    int slack = strcmp(a->code, "042") == 0 && strcmp(b->code, "042") == 0 &&
                same_destination(d, a, b) ? 7 : 0;
    if (ta && tb && (a->begin == EVG_NODATE || b->begin == EVG_NODATE)) /* FUTURE_REF, XXXX-05-24: by value */
        return strcmp(a->date_value, b->date_value) == 0;
    /* a day of unknown year told for one report says nothing of an undated
     * one: they are not shown to be one act (and the date must not pass to it) */
    if ((evt_yearless(a) && b->date_source == EVG_DATE_NONE) || (evt_yearless(b) && a->date_source == EVG_DATE_NONE))
        return 0;
    if (ta && tb) return !(a->end + slack < b->begin || b->end + slack < a->begin);
    if (ta == tb || a->date_source == EVG_DATE_NONE || b->date_source == EVG_DATE_NONE) return 1;
    if (d->sections.v[a->section].kind == EVG_SEC_TITLE || d->sections.v[b->section].kind == EVG_SEC_TITLE)
        return 1;
    return strcmp(a->root, "04") == 0;
}

/* ev is in the first sentence of the article's first body section: the lead. */
static int lead_sentence(const evg_doc *d, const evg_event *ev)
{
    if (d->sections.v[ev->section].kind != EVG_SEC_BODY) return 0;
    for (size_t k = 0; k < d->sections.n && (int32_t)k < ev->section; k++)
        if (d->sections.v[k].kind == EVG_SEC_BODY) return 0;
    return ev->sent == 0 || d->sentences.v[ev->sent - 1].section != ev->section;
}

/* "الفصائل الفلسطينية توقع إعلان بكين" over "وقّع أربعة عشر فصيلاً، من
 * بينها فتح وحماس، أمس ...": an undated headline act with the same code as
 * an act of the lead sentence restates it, whatever names each gives. */
static int headline_of_lead(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    const evg_event *t = d->sections.v[a->section].kind == EVG_SEC_TITLE ? a : b, *o = t == a ? b : a;
    return d->sections.v[t->section].kind == EVG_SEC_TITLE && t->date_source == EVG_DATE_DCT &&
           t->modality == o->modality && strcmp(t->code, o->code) == 0 && lead_sentence(d, o);
}

/* Does Arabic token k (more than two letters) open with the letter c? */
static int ar_prefixed(const evg_doc *d, int32_t k, const char *c)
{
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    size_t n;
    const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
    return n > 4 && !memcmp(w, c, 2);
}

/* Is token k a verb opened by the conjunction و or ف: a verb trigger whose
 * match stripped that proclitic ("وبحث", "فناقش"; not "وصل", "وقع", "وافق",
 * whose و is the root's) or a light verb after it ("وعقد", "فأجرى": no
 * light verb's root opens with و or ف)? */
static int ar_conj_verb(const evg_doc *d, int32_t k)
{
    if (!ar_prefixed(d, k, "\xD9\x88") && !ar_prefixed(d, k, "\xD9\x81")) return 0; /* و ف */
    evt_match m;
    if (evt_is_light_verb(d, k)) return 1;
    return evt_match_at(d, k, (int32_t)d->tokens.n, 0, &m) && m.prefix_len > 0 &&
           (m.e->pos == EVT_POS_PAST || m.e->pos == EVT_POS_PRES || m.e->pos == EVT_POS_VERB);
}

/* Are the talks an act of their own clause after the reception ("received
 * Y, and the two held talks", "استقبل X Y وعقدا جلسة مباحثات", "ثم أجرى
 * الجانبان", "وبحث معه")?  A coordinator ("and", "then", "ثم") or a verb
 * opened by و or ف (a verb trigger or a light verb, not a noun such as وفد
 * or وزير) opens the talks' clause, at most five words before their trigger
 * or the trigger itself, and the talks are not the reception's purpose or
 * frame ("for talks", "لمحادثات", "لإجراء محادثات", "في مباحثات"). */
static int talks_own_clause(const evg_doc *d, const evg_event *host, const evg_event *talks)
{
    static const char *const coord[] = {"and", "then", "\xD8\xAB\xD9\x85", NULL}; /* ثم */
    static const char *const purpose[] = {"for", "to", "\xD9\x81\xD9\x8A", NULL};  /* في */
    int32_t t = talks->trig_first;
    if (host->trig_end >= t) return 0;
    if (tok_in(d, t - 1, purpose) || ar_prefixed(d, t - 1, "\xD9\x84")) return 0; /* "لإجراء" */
    evt_match m;
    if (evt_match_at(d, t, (int32_t)d->tokens.n, 0, &m) && m.prefix_len > 0 &&
        ar_prefixed(d, t, "\xD9\x84"))
        return 0; /* "لمحادثات", not لقاء */
    for (int32_t k = t - 5 > host->trig_end ? t - 5 : host->trig_end; k <= t; k++) { /* the talks' own verb */
        if (k < t && tok_in(d, k, coord)) return 1;
        if (ar_conj_verb(d, k)) return 1;
    }
    return 0;
}

/* "Kim received Lavrov on Saturday ..., where the two men discussed ...":
 * a reception (043) and talks (040 044 046) of exactly the same parties on
 * the same day, told in one sentence, are one meeting told twice; talks
 * that add a party ("and then met him and the prime minister") stay an
 * event of their own, and so do talks told in a sentence of their own
 * ("X welcomed Y on arrival. Both then sat down for a working session."): the
 * hosting and the talks are two acts (session 10; the held-out gold lists
 * both). */
static int reception_is_meeting(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    int ra = strcmp(a->code, "043") == 0, rb = strcmp(b->code, "043") == 0;
    const evg_event *talks = ra ? b : a;
    if (ra == rb || !evt_is_meeting_family(talks->code) || strcmp(talks->code, "042") == 0 || a->sent != b->sent)
        return 0;
    if (talks_own_clause(d, ra ? a : b, talks)) return 0;
    if (a->begin != b->begin || a->end != b->end || a->begin == EVG_NODATE || a->nactors != b->nactors)
        return 0;
    for (int i = 0; i < a->nactors; i++)
        if (!evt_has_actor(b, a->actors[i].entity)) return 0;
    return 1;
}

/* Is the trigger of ev a verb (not a noun: "the visit", "إدانته")? */
static int verb_trigger(const evg_doc *d, const evg_event *ev)
{
    evt_match m;
    return evt_match_at(d, ev->trig_first, (int32_t)d->tokens.n, 0, &m) && m.e->pos != EVT_POS_NOUN &&
           m.e->pos != EVT_POS_FIXED;
}

/* "انتقد X الاتفاق ووصفه بأنه خطأ", "condemned the raid and called it a
 * crime": the later of two criticisms (11x) whose verb carries an object
 * pronoun describes what the first one named, so it retells that act
 * (session 20 evcode). */
static int criticism_retold(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    const evg_event *later = a->trig_first > b->trig_first ? a : b;
    evt_match m;
    return strncmp(a->code, "11", 2) == 0 && strncmp(b->code, "11", 2) == 0 &&
           evt_match_at(d, later->trig_first, (int32_t)d->tokens.n, 0, &m) &&
           m.e->scope == EVT_SCOPE_OBJ_FORM && m.e->pos == EVT_POS_PAST;
}

/* "قررت X سحب سفيرها وإغلاق قنصليتها", "the recall of X and the closure
 * of Y": is the later of two reports of one sentence an Arabic verbal noun
 * opened by a bare و (not وال), or an English "and the" noun, within a
 * short phrase of the earlier one, with no clause mark but a comma between
 * (session 22 ev-chain22)?  Each act of such a chain is its own event. */
static int chained_act(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    const evg_event *first = a->trig_first < b->trig_first ? a : b, *later = first == a ? b : a;
    evt_match m;
    if (!evt_match_at(d, later->trig_first, (int32_t)d->tokens.n, 0, &m)) return 0;
    int en = m.e->lang == EVG_LANG_EN && later->trig_first > 1 && tok_is(d, later->trig_first - 1, "the") &&
             (tok_is(d, later->trig_first - 2, "and") || tok_is(d, later->trig_first - 2, ",")); /* "and the closure of" */
    if (!en && (m.e->lang != EVG_LANG_AR || m.e->pos != EVT_POS_NOUN || m.prefix_len != 2 ||
                memcmp(d->fold + d->tokens.v[later->trig_first].fs, "\xD9\x88", 2) != 0)) /* و */
        return 0;
    if (first->trig_end > later->trig_first || later->trig_first - first->trig_end > 14) return 0;
    for (int32_t q = first->trig_end; q < later->trig_first; q++) {
        const evg_token *t = &d->tokens.v[q];
        if (t->oe - t->os == 1 && strchr(".;:!?()\"", d->raw.p[t->os])) return 0;
    }
    return 1;
}

/* "قال X إن ...، ونفى أن ...", "said ... but denied that ...": a denial
 * (events_speech.c: evt_denial_verb) beside another statement of the same
 * speaker in one sentence is a second act of its own, not the statement
 * told again (session 23 ev-deny23). */
static int denial_beside_statement(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    evt_match ma, mb;
    if (!evt_match_at(d, a->trig_first, (int32_t)d->tokens.n, 0, &ma) ||
        !evt_match_at(d, b->trig_first, (int32_t)d->tokens.n, 0, &mb))
        return 0;
    return evt_denial_verb(d, &ma) != evt_denial_verb(d, &mb);
}

/* Two verbs of one sentence with one code ("رحب X بالاتفاق وأشاد بالوساطة",
 * "condemned the raid and denounced the group") are two acts (session 16
 * events8); not meetings and visits ("met X and discussed"), which one
 * occasion tells with several verbs, nor statements ("said ... added")
 * unless one of them is a denial (denial_beside_statement), nor
 * a criticism retold with a pronoun (criticism_retold); also two verbal
 * nouns of a chain (chained_act). */
static int two_verbs_one_sentence(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    if (a->sent != b->sent || a->section != b->section || a->trig_first == b->trig_first ||
        strncmp(a->code, "04", 2) == 0 || criticism_retold(d, a, b))
        return 0;
    if (strncmp(a->code, "01", 2) == 0) return denial_beside_statement(d, a, b);
    return (verb_trigger(d, a) && verb_trigger(d, b)) || chained_act(d, a, b);
}

/* "زار ماكرون الجزائر من 25 إلى 27 ... وزار أول أمس الجمعة مدينة وهران",
 * "visited China from May 3 to May 6 ... On Thursday he visited Xi'an": a
 * visit dated by a single day of its own that lies inside another visit's
 * own span, after its first day, is a trip made during that visit, not the
 * visit told again (the arrival is its first day). */
static int trip_inside_visit(const evg_event *a, const evg_event *b)
{
    if (strcmp(a->code, "042") != 0 || strcmp(b->code, "042") != 0 || a->sent == b->sent ||
        a->date_source != EVG_DATE_TIMEX || b->date_source != EVG_DATE_TIMEX)
        return 0;
    const evg_event *day = a->begin == a->end ? a : b, *span = day == a ? b : a;
    if (day->begin == EVG_NODATE || span->begin == EVG_NODATE || day->begin != day->end || span->begin == span->end)
        return 0;
    return day->begin > span->begin && day->begin <= span->end;
}

/* Does token k contain one of the folded stems (anywhere in the word:
 * "واتصالا", "هاتفيا")? */
static int token_has(const evg_doc *d, int32_t k, const char *const *stems)
{
    const evg_token *t = &d->tokens.v[k];
    size_t n = (size_t)(t->fe - t->fs);
    for (int q = 0; stems[q]; q++) {
        size_t m = strlen(stems[q]);
        for (size_t i = 0; i + m <= n; i++) /* speed: the first byte before the compare */
            if (d->fold[t->fs + i] == stems[q][0] && memcmp(d->fold + t->fs + i, stems[q], m) == 0) return 1;
    }
    return 0;
}

/* Is ev told as a call: a word of its trigger holds اتصال, مكالم, "call"
 * or "phone", or a phone word (هاتف, "phone") follows it within five
 * tokens before any punctuation ("spoke with X by telephone")? */
static int call_trigger(const evg_doc *d, const evg_event *ev)
{
    static const char *const call[] = {"\xD8\xA7\xD8\xAA\xD8\xB5\xD8\xA7\xD9\x84" /* اتصال */,
                                       "\xD9\x85\xD9\x83\xD8\xA7\xD9\x84\xD9\x85" /* مكالم */, "call", "phone",
                                       NULL};
    static const char *const phone[] = {"\xD9\x87\xD8\xA7\xD8\xAA\xD9\x81" /* هاتف */, "phone", NULL};
    for (int32_t k = ev->trig_first; k < ev->trig_end; k++)
        if (token_has(d, k, call)) return 1;
    for (int32_t k = ev->trig_end; k < ev->trig_end + 5 && k < (int32_t)d->tokens.n; k++) { /* "spoke with X by telephone" */
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) break;
        if (token_has(d, k, phone)) return 1;
    }
    return 0;
}

static int same_event(const evg_doc *d, const evg_event *a, const evg_event *b)
{
    int headline = d->sections.v[a->section].kind == EVG_SEC_TITLE ||
                   d->sections.v[b->section].kind == EVG_SEC_TITLE; /* restates the body */
    /* "كيم يستقبل لافروف" over "أجرى كيم مباحثات مع لافروف": a headline's
     * reception is the meeting the body reports */
    int headline_meeting = headline && strcmp(a->code, "042") != 0 && strcmp(b->code, "042") != 0 &&
                           evt_is_meeting_family(a->code) && evt_is_meeting_family(b->code);
    if (strcmp(family(d, a), family(d, b)) != 0 && !headline_meeting && !reception_is_meeting(d, a, b))
        return 0;
    if (two_verbs_one_sentence(d, a, b) || trip_inside_visit(a, b)) return 0;
    /* a call and talks held face to face are two acts when told with other dates ("وكان X قد تلقى
     * اتصالاً هاتفياً من Y الأسبوع الماضي" before the summit that week); talks dated as the call
     * ("اتصالاً ... بحثا خلاله") are what was said in it */
    if (!headline && (a->begin != b->begin || a->end != b->end) && call_trigger(d, a) != call_trigger(d, b))
        return 0;
    if (headline_of_lead(d, a, b)) return 1;
    if (a->modality != b->modality && !headline &&
        !(evt_is_meeting_family(a->code) &&
          (modality_compatible(a->modality, b->modality) || plan_came_true(d, a, b))))
        return 0;
    if (a->section != b->section && (section_related(d, a->section) || section_related(d, b->section)))
        return 0;
    if (!dates_compatible(d, a, b)) return 0;
    const evg_event *small = a->nactors <= b->nactors ? a : b;
    return actors_covered(d, small, small == a ? b : a);
}

/* keep is the better report; fold the other into it. */
static void absorb(const evg_doc *d, evg_event *keep, evg_event *drop)
{
    /* "Lula and Xi sign 15 agreements" over "the two governments signed
     * 15 agreements": the body named the countries as the parties */
    int countries = evt_countries_subject(d, keep);
    for (int i = 0; i < drop->nactors; i++) {
        int32_t ent = drop->actors[i].entity;
        int replaced = 0;
        for (int j = 0; j < keep->nactors && !replaced; j++) {
            const evg_entity *k = &d->entities.v[keep->actors[j].entity];
            const evg_entity *n = &d->entities.v[ent];
            if (!countries && evt_actor_matches(d, ent, keep->actors[j].entity) && k->type &&
                strcmp(k->type, "GPE") == 0 && ent != keep->actors[j].entity &&
                !(n->type && strcmp(n->type, "GPE") == 0) && !evt_has_actor(keep, ent)) {
                keep->actors[j].entity = ent; /* a named person beats its country */
                replaced = 1;
            }
        }
        int known = 0;
        for (int j = 0; j < keep->nactors && !known; j++)
            known = evt_actor_matches(d, ent, keep->actors[j].entity);
        if (!replaced && !known) evt_add_actor(keep, ent, EVG_ROLE_PARTICIPANT);
    }
    if (keep->location < 0) keep->location = drop->location;
    if (keep->modality == EVG_MODAL_PLANNED && drop->modality == EVG_MODAL_ASSERTED)
        keep->modality = EVG_MODAL_ASSERTED; /* plan_came_true: the meeting was held */
    if (strcmp(keep->code, "042") == 0 && strcmp(drop->code, "042") == 0 && drop->begin != EVG_NODATE &&
        keep->begin != EVG_NODATE && drop->begin < drop->end && drop->begin <= keep->begin &&
        keep->end <= drop->end) /* the arrival day lies in the visit's stated span: the visit is the span */
        evt_set_date(keep, drop->date_value, drop->begin, drop->end, drop->date_source);
    if (keep->attribution < 0 && !evt_has_actor(keep, drop->attribution))
        keep->attribution = drop->attribution;
    for (size_t q = 0; q < drop->quantities.n; q++) evg_vec_push(&keep->quantities, drop->quantities.v[q]);
    double c = (keep->confidence > drop->confidence ? keep->confidence : drop->confidence) + 0.05;
    keep->confidence = c > 0.99 ? 0.99 : c;
}

static int better(const evg_event *a, const evg_event *b)
{
    if (evt_date_rank(a->date_source) != evt_date_rank(b->date_source))
        return evt_date_rank(a->date_source) > evt_date_rank(b->date_source);
    return a->confidence >= b->confidence;
}

/* Is ev a headline of another story (a related block) that no absolute date
 * places: no date at all, or only a relative one left unanchored
 * (XXXX-XX-XX, XXXX-WXX, XXXX-XX)?  The block is not the article's own
 * narrative, and only an absolutely dated act in it ("on May 24") is told
 * as fact; "X to visit Y next week" or "X meets Y" says nothing of when. */
static int related_undated(const evg_doc *d, const evg_event *ev)
{
    if (!section_related(d, ev->section)) return 0;
    for (const char *c = ev->date_value; *c; c++)
        if (*c >= '0' && *c <= '9') return 0;
    return 1;
}

/* Drop the undated headlines of related blocks (related_undated). */
static void drop_undated_related(evg_doc *d)
{
    size_t w = 0;
    for (size_t i = 0; i < d->events.n; i++) {
        if (related_undated(d, &d->events.v[i])) {
            free(d->events.v[i].quantities.v);
            continue;
        }
        d->events.v[w++] = d->events.v[i];
    }
    d->events.n = w;
}

void evt_merge_events(run *r)
{
    evg_doc *d = r->doc;
    drop_undated_related(d);
    char *gone = evg_xcalloc(d->events.n ? d->events.n : 1, 1);
    for (size_t i = 0; i < d->events.n; i++) {
        for (size_t j = i + 1; !gone[i] && j < d->events.n && j <= i + MERGE_REACH; j++) {
            evg_event *a = &d->events.v[i], *b = &d->events.v[j];
            if (gone[j] || !same_event(d, a, b)) continue;
            if (!better(a, b)) {
                evg_event tmp = *a;
                *a = *b;
                *b = tmp;
            }
            absorb(d, a, b);
            free(b->quantities.v);
            b->quantities.v = NULL;
            gone[j] = 1;
            j = i; /* the kept event changed: look again */
        }
    }
    size_t w = 0;
    for (size_t i = 0; i < d->events.n; i++)
        if (!gone[i]) d->events.v[w++] = d->events.v[i];
    d->events.n = w;
    free(gone);
    for (size_t i = 0; i < d->events.n; i++) /* headlines no body report took in */
        if (d->sections.v[d->events.v[i].section].kind == EVG_SEC_TITLE) evt_story_date(r, &d->events.v[i]);
}


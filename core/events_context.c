/*
 * events_context.c - subjects not written next to the verb: carried from
 * before (an object pronoun, a host or reception formula, a call received,
 * an Arabic verb opening its sentence without a subject) or read from the
 * clause's shape (a where-clause, chained clauses and their feminine verbs,
 * circumstantial participles, "the two sides", a speaker for his country).
 *
 * Reads the sentence's working set (events_sentence.c) and the events
 * already built in the section; events_args.c tries these before the plain
 * word order.
 */
#include "events_int.h"

#include <ctype.h>


/* The country entity of ent when the document names it, else ent. */
int32_t evt_own_country_of(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    if (e->id && strlen(e->id) == 3) return ent;
    int32_t c = evt_country_named(d, e);
    return c >= 0 ? c : ent;
}

/* "أعلن X أن بلاده ستزود ...", "X said his country would send ...": "his
 * country" as the subject of a reported act is the speaker's side: the
 * speaker (the source) and the speaker's country.  Returns the speaker's
 * entity or -1. */
int32_t evt_own_country_subject(const run *r, const sent *s, size_t hi)
{
    static const char *const ar[] = {"\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87",          /* بلاده */
                                     "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7",  /* بلادها */
                                     "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD9\x85", NULL}; /* بلادهم */
    static const char *const aux[] = {"will", "would", "was", "is", "has", "had", NULL};
    static const char *const his[] = {"his", "her", "their", NULL};
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t k = mt->first - 1;
    if (mt->e->lang == EVG_LANG_EN) {
        if (tok_in(d, k, aux)) k--;
        if (!tok_is(d, k, "country") || !tok_in(d, k - 1, his)) return -1;
        k--;
    } else {
        int q = 0;
        while (ar[q] && !evt_tok_is_stem(d, k, ar[q])) q++;
        if (!ar[q]) return -1;
    }
    for (size_t h = hi; h-- > 0;) {
        const hit *sp = &s->h.v[h];
        if (sp->mt.e->cls != EVT_CL_SPEECH || sp->speaker < 0 || sp->mt.end > k) continue;
        if (k - sp->mt.end > TIMEX_REACH) return -1;
        return s->c.v[sp->speaker].ent;
    }
    return -1;
}

/* "وصل X إلى طهران، حيث التقى إسلامي": after حيث the verb continues the
 * clause before; with its subject unnamed, a single bare name after it is
 * its object and the source is that of the event just before.  Puts the
 * source on ev and returns 1, else 0. */
int evt_where_clause(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        !evt_tok_is_stem(d, mt->first - 1, "\xD8\xAD\xD9\x8A\xD8\xAB")) /* حيث */
        return 0;
    int bare = 0;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++)
        bare += !s->c.v[k].attrib && s->c.v[k].prep == PREP_NONE;
    if (bare != 1 || d->events.n == 0 || d->events.v[d->events.n - 1].sent != s->idx) return 0;
    const evg_event *o = &d->events.v[d->events.n - 1];
    for (int a = 0; a < o->nactors; a++)
        if (o->actors[a].role == EVG_ROLE_SOURCE) {
            evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
            return 1;
        }
    return 0;
}

/* The past verb at token k ends in the feminine ت (after its و). */
static int feminine_past(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    return t->fe - t->fs > 4 && memcmp(d->fold + t->fe - 2, "\xD8\xAA", 2) == 0; /* ت */
}

/* "، كما ندد الرئيس X بالهجوم", "كما التقى X بنظيره": after كما and its
 * verb, a bare name (with its title) followed at once by the verb's
 * prepositional object (a word with the clitic ب, or على إلى من مع عن) is
 * the subject of a new act, not the object of the previous subject's
 * second act ("كما التقى Y" with nothing after Y keeps the old subject).
 * Returns 1 when the name after the verb at end is such a subject. */
static int also_new_subject(const evg_doc *d, const sent *s, int32_t end)
{
    static const char *const preps[] = {"\xD8\xB9\xD9\x84\xD9\x8A", "\xD8\xA7\xD9\x84\xD9\x8A", /* علي الي (على إلى folded) */
                                        "\xD9\x85\xD9\x86", "\xD9\x85\xD8\xB9", "\xD8\xB9\xD9\x86", NULL}; /* من مع عن */
    size_t k = evt_cand_lower_bound(s, end);
    if (k >= s->c.n) return 0;
    const cand *c = &s->c.v[k];
    if (c->attrib || c->prep != PREP_NONE || c->first > end + 3 || c->end >= s->end) return 0;
    for (int32_t q = end; q < c->first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    if (k + 1 < s->c.n && s->c.v[k + 1].first == c->end && s->c.v[k + 1].prep == PREP_NONE)
        return 0; /* another bare name: an object list */
    const evg_token *t = &d->tokens.v[c->end];
    if (t->kind == EVG_TOK_PUNCT) return 0;
    return tok_in(d, c->end, preps) ||
           (t->fe - t->fs > 4 && memcmp(d->fold + t->fs, "\xD8\xA8", 2) == 0); /* ب */
}

/* "زار X دمشق والتقى الأسد", "وصل X إلى الكويت والتقى أميرها", "زار X العراق
 * وأجرى محادثات مع Y": an Arabic verb (or the light verb of a talks noun)
 * joined by و, with no punctuation or complementizer, to the verb of the
 * sentence's event just before, and followed by at most one bare name,
 * shares that event's source: Arabic drops the repeated subject, so the
 * name after the second verb is its object, not its subject.  A change of
 * gender between two past verbs ("وصل X ... وأعلنت الحكومة") marks a new
 * subject.  Puts the source on ev and returns 1, else 0. */
/* Two bare names after trigger mt before hi_end (evt_chained_clause): a
 * subject of its own and its object. */
static int two_bare_names(const evg_doc *d, const sent *s, const evt_match *mt, int32_t hi_end)
{
    int32_t obj = -1; /* "ولي العهد السعودي الأمير محمد بن سلمان": one object with its title */
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || c->ent == obj ||
            (c->m >= 0 && d->mentions.v[c->m].kind == EVG_MEN_DEMONYM))
            continue;
        if (obj >= 0) return 1; /* two bare names: a subject of its own and its object */
        obj = c->ent;
    }
    return 0;
}

int evt_chained_clause(const run *r, const sent *s, size_t hi, int32_t lv, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int verb = mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES;
    int32_t v = verb ? mt->first : lv;
    /* "، كما التقى Y": كما (also) joins the next verb to the same subject, past a comma */
    int also = v > s->first && tok_is(d, v - 1, "\xD9\x83\xD9\x85\xD8\xA7"); /* كما */
    /* "كما رحب به X": with the object a pronoun, the name after is the subject */
    static const char *const obj_pron[] = {"\xD8\xA8\xD9\x87", "\xD8\xA8\xD9\x87\xD8\xA7",           /* به بها */
                                           "\xD8\xA8\xD9\x87\xD9\x85", "\xD9\x84\xD9\x87",             /* بهم له */
                                           "\xD9\x84\xD9\x87\xD8\xA7", "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87", NULL}; /* لها عليه */
    if (mt->e->lang != EVG_LANG_AR || hi == 0 || v <= s->first || d->events.n == 0 ||
        (also && tok_in(d, mt->end, obj_pron)))
        return 0;
    if (!also && ((verb && mt->prefix_len != 2) || d->tokens.v[v].fe - d->tokens.v[v].fs < 6 ||
                  memcmp(d->fold + d->tokens.v[v].fs, "\xD9\x88", 2) != 0)) /* و */
        return 0;
    const evg_event *o = &d->events.v[d->events.n - 1];
    const evt_match *pm = &s->h.v[hi - 1].mt;
    if (also) { /* the sentence's latest act, whatever stands between (a "first meeting since" phrase) */
        /* "التقى X Y ...، كما التقى Z": a second act of the same kind lists
         * what X did; "دعت X ...، كما طالبت Y": another kind names a new subject */
        if (o->sent != s->idx || o->trig_end > v || feminine_past(d, v) != feminine_past(d, o->trig_first) ||
            strncmp(o->code, mt->e->code, 2) != 0 || also_new_subject(d, s, mt->end))
            return 0;
    } else if (o->sent != s->idx || o->trig_first != pm->first || o->trig_end > v ||
               (pm->e->pos != EVT_POS_PAST && pm->e->pos != EVT_POS_PRES) ||
               (mt->e->pos == EVT_POS_PAST && pm->e->pos == EVT_POS_PAST &&
                feminine_past(d, v) != feminine_past(d, pm->first))) {
        return 0;
    }
    for (int32_t q = also ? v - 1 : o->trig_end; q < v; q++)
        if ((evt_is_punct_boundary(d, q) && !(also && q == v - 2 && tok_is(d, q, "\xD8\x8C"))) || /* ، */
            evt_is_complementizer(d, q))
            return 0;
    if (two_bare_names(d, s, mt, hi_end)) return 0;
    for (int a = 0; a < o->nactors; a++)
        if (o->actors[a].role == EVG_ROLE_SOURCE) {
            evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
            return 1;
        }
    return 0;
}

/* "أعلنت الوزارة في بيان أنها استدعت السفير الفرنسي", "قالت الشرطة إنها
 * اعتقلت X": a feminine past verb right after أنها/إنها has the pronoun for
 * its subject (the feminine speaker: a ministry, the police, a country); the
 * names after the verb are its objects.  (The masculine أنه may be the
 * impersonal "it is that", followed by a subject of its own.) */
int evt_feminine_after_pronoun(const evg_doc *d, const sent *s, const evt_match *mt)
{
    return mt->e->lang == EVG_LANG_AR && mt->e->pos == EVT_POS_PAST && mt->prefix_len == 0 &&
           mt->first - 1 > s->first && tok_is(d, mt->first - 1, "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7") && /* انها */
           feminine_past(d, mt->first);
}

/* The speaker is the pronoun's only when the nearest speech verb before
 * the act is feminine too (أعلنت، قالت، تقول), as the speaker is: after
 * "قال X إن ألمانيا أبلغته أنها استدعت" the pronoun is not X's. */
int evt_feminine_speech_before(const evg_doc *d, const sent *s, size_t self)
{
    for (size_t hi = self; hi-- > 0;) {
        const evt_match *sp = &s->h.v[hi].mt;
        if (sp->e->cls != EVT_CL_SPEECH || s->h.v[hi].speaker < 0) continue;
        const evg_token *t = &d->tokens.v[sp->first];
        const char *w = d->fold + t->fs + sp->prefix_len;
        return feminine_past(d, sp->first) || (t->fe - t->fs - sp->prefix_len > 4 && memcmp(w, "\xD8\xAA", 2) == 0); /* ت */
    }
    return 0;
}

/* "إن ألمانيا أبلغته أنها استدعت", "إن كوبا أكدت لها أنها": a feminine
 * perfect of telling right before أنها (with its object pronoun ته تها تهم
 * تنا, or له لها لهم between) has the name just before it for subject, and
 * the pronoun resumes that name.  Its candidate, or -1. */
int32_t evt_feminine_teller(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const obj[] = {"\xD8\xAA\xD9\x87", "\xD8\xAA\xD9\x87\xD8\xA7", /* ته تها */
                                      "\xD8\xAA\xD9\x87\xD9\x85", "\xD8\xAA\xD9\x86\xD8\xA7"}; /* تهم تنا */
    int32_t v = mt->first - 2;
    int to = tok_is(d, v, "\xD9\x84\xD9\x87") || tok_is(d, v, "\xD9\x84\xD9\x87\xD8\xA7") || /* له لها */
             tok_is(d, v, "\xD9\x84\xD9\x87\xD9\x85"); /* لهم */
    v -= to;
    if (v <= s->first || d->tokens.v[v].script != EVG_SCRIPT_ARAB) return -1;
    const evg_token *t = &d->tokens.v[v];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs, ok = to && feminine_past(d, v);
    for (size_t k = 0; k < sizeof obj / sizeof *obj && !ok; k++) {
        int32_t l = (int32_t)strlen(obj[k]);
        ok = n > l + 4 && memcmp(w + n - l, obj[k], (size_t)l) == 0;
    }
    return ok ? evt_cand_before(s, s->first, v, 0) : -1;
}

/* "، داعياً X إلى", "، ومحذراً من": an Arabic active participle in the
 * accusative (a one-word fixed trigger of the shape م...ا or فاعلا, with ه
 * for ا in the feminine) after a comma, optionally with و, is a circumstantial clause:
 * its agent is the subject of the clause it hangs on (the speaker of the
 * sentence's statement verb before it, else the source of the sentence's
 * event just before), never the name after it, which is its object.  Puts
 * the source on ev and returns 1, else 0. */
int evt_ar_participle(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_FIXED || mt->end != mt->first + 1 ||
        mt->first <= s->first || !evt_is_punct_boundary(d, mt->first - 1))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs + mt->prefix_len;
    int32_t n = t->fe - t->fs - mt->prefix_len;
    int derived = memcmp(w, "\xD9\x85", 2) == 0, plain = n >= 4 && memcmp(w + 2, "\xD8\xA7", 2) == 0; /* م... فاعل */
    return n >= 8 && (derived || plain) &&
           (memcmp(w + n - 2, "\xD8\xA7", 2) == 0 || memcmp(w + n - 2, "\xD9\x87", 2) == 0); /* ا ه */
}

/* "X cut ties with Y on Monday, accusing Z of ...": an English present
 * participle right after a comma is the same kind of clause. */
static int ing_word(const evg_doc *d, int32_t k)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    return n > 5 && memcmp(t + n - 3, "ing", 3) == 0;
}

/* ", closing its border and accusing X of": a participle joined by "and" to
 * a participle clause opened by a comma is one too. */
int evt_en_participle(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos == EVT_POS_NOUN || mt->end != mt->first + 1 ||
        mt->first <= s->first || !ing_word(d, mt->first))
        return 0;
    if (evt_is_punct_boundary(d, mt->first - 1)) return 1;
    if (!tok_is(d, mt->first - 1, "and")) return 0;
    for (int32_t k = mt->first - 2; k > s->first && k >= mt->first - 12; k--) {
        if (evt_is_punct_boundary(d, k)) return ing_word(d, k + 1);
        if (evt_is_complementizer(d, k)) return 0;
    }
    return 0;
}

/* "قصف X مقرات Y، متهماً إياه بـ": the object pronoun (إياه إياها إياهم
 * إياهما) of a participle of disapproval (11) stands for the target of the
 * act it hangs on, o; that target becomes the participle's target. */
static void pronoun_object_target(const evg_doc *d, const evt_match *mt, const evg_event *o, evg_event *ev)
{
    static const char *const iyya[] = {"\xD8\xA7\xD9\x8A\xD8\xA7\xD9\x87", "\xD8\xA7\xD9\x8A\xD8\xA7\xD9\x87\xD8\xA7",
                                       "\xD8\xA7\xD9\x8A\xD8\xA7\xD9\x87\xD9\x85",
                                       "\xD8\xA7\xD9\x8A\xD8\xA7\xD9\x87\xD9\x85\xD8\xA7", NULL}; /* اياه اياها اياهم اياهما */
    if (strncmp(mt->e->code, "11", 2) != 0 || mt->end >= (int32_t)d->tokens.n || !tok_in(d, mt->end, iyya)) return;
    for (int a = 0; a < o->nactors; a++)
        if (o->actors[a].role == EVG_ROLE_TARGET && !evt_has_actor(ev, o->actors[a].entity)) {
            evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_TARGET);
            return;
        }
}

int evt_participle_clause(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->cls == EVT_CL_SPEECH || (!evt_ar_participle(d, s, mt) && !evt_en_participle(d, s, mt)))
        return 0; /* a statement participle ("، محذراً من أن") keeps the statement rules */
    for (size_t k = hi; k-- > 0;)
        if (s->h.v[k].mt.e->cls == EVT_CL_SPEECH && s->h.v[k].speaker >= 0) {
            evt_add_actor(ev, s->c.v[s->h.v[k].speaker].ent, EVG_ROLE_SOURCE);
            return 1;
        }
    if (d->events.n > 0 && d->events.v[d->events.n - 1].sent == s->idx) {
        const evg_event *o = &d->events.v[d->events.n - 1];
        for (int a = 0; a < o->nactors; a++)
            if (o->actors[a].role == EVG_ROLE_SOURCE) {
                evt_add_actor(ev, o->actors[a].entity, EVG_ROLE_SOURCE);
                pronoun_object_target(d, mt, o, ev);
                return 1;
            }
    }
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) { /* the main clause's subject */
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || evt_cand_type_is(c, "LOC")) continue;
        if (!evt_cand_type_is(c, "PER") && !evt_cand_type_is(c, "ORG")) return 0;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        return 1;
    }
    return 0;
}

/* The source of the latest event before sentence s in its section, or -1. */
static int32_t earlier_source(const evg_doc *d, const sent *s)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section) return -1;
        for (int a = 0; a < o->nactors; a++)
            if (o->actors[a].role == EVG_ROLE_SOURCE) return o->actors[a].entity;
    }
    return -1;
}

/* The entity an object pronoun stands for: an actor of the latest events of
 * this or the two sentences before in the section (sources first), not the
 * subject nor of the subject's country; ها prefers a state or a body, ه and
 * هم a person.  -1 if none. */
static int32_t pronoun_antecedent(const evg_doc *d, const sent *s, int32_t subj, int fem)
{
    const evg_entity *se = &d->entities.v[subj];
    int32_t any = -1;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 2) break;
        for (int pass = 0; pass < 2; pass++)
            for (int a = 0; a < o->nactors; a++) {
                int32_t ent = o->actors[a].entity;
                if ((o->actors[a].role == EVG_ROLE_SOURCE) != (pass == 0) || ent == subj) continue;
                const evg_entity *e = &d->entities.v[ent];
                if (!e->type || strcmp(e->type, "LOC") == 0) continue;
                if (e->country && se->country && e->country[0] && strcmp(e->country, se->country) == 0) continue;
                int person = strcmp(e->type, "PER") == 0;
                if (person != fem) return ent;
                if (any < 0) any = ent;
            }
    }
    return any;
}

/* "وطالبته الحكومة الإيطالية بوقف ..." , "وانتقدتها واشنطن": a verb carrying an
 * object pronoun with its subject after it: the subject is the source and the
 * pronoun's antecedent (pronoun_antecedent) the target.  Returns 1 when both
 * were put on ev. */
int evt_object_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->scope != EVT_SCOPE_OBJ_FORM || mt->end != mt->first + 1 ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs;
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* الذي التي */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD8\xA7\xD9\x86", /* اللذان */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86", /* اللتان */
                                      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", /* الذين */
                                      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86", NULL}; /* اللذين */
    int32_t head = -1;
    if (mt->first > s->first && tok_in(d, mt->first - 1, rel)) {
        /* "X، اللذان احتجزهما الحوثيون": the pronoun is the named head of the
         * relative clause; "المعدات التي أرسلها X": a thing, no actor */
        int32_t at = mt->first - 1;
        if (at - 1 > s->first && evt_is_punct_boundary(d, at - 1)) at--;
        for (size_t j = 0; j < s->c.n && s->c.v[j].first < at; j++)
            if (s->c.v[j].end == at && !s->c.v[j].attrib && !evt_cand_type_is(&s->c.v[j], "LOC")) head = s->c.v[j].ent;
        if (head < 0) return 0;
    } else if (mt->first > s->first && mt->prefix_len == 0 && !evt_is_punct_boundary(d, mt->first - 1) &&
               !tok_is(d, mt->first - 1, "\xD8\xAB\xD9\x85")) { /* ثم */
        return 0; /* only a verb opening its clause: "قمة احتضنتها العاصمة" is the summit */
    }
    int fem = n > 4 && memcmp(w + n - 4, "\xD9\x87\xD8\xA7", 4) == 0; /* ها */
    size_t k = evt_cand_lower_bound(s, mt->end);
    if (k >= s->c.n || s->c.v[k].first >= hi_end || s->c.v[k].first - mt->end > 3 || s->c.v[k].prep != PREP_NONE ||
        s->c.v[k].attrib || evt_cand_type_is(&s->c.v[k], "LOC"))
        return 0;
    for (int32_t q = mt->end; q < s->c.v[k].first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    int32_t obj = head >= 0 ? head : pronoun_antecedent(d, s, s->c.v[k].ent, fem);
    if (obj < 0) return 0;
    evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
    evt_add_actor(ev, obj, EVG_ROLE_TARGET);
    return 1;
}

/* "وكان في استقبال X لدى وصوله Y", "وكان في استقباله في المطار Y": the
 * Arabic reception formula names the guest right after the noun (or by its
 * pronoun: the source of the event told before) and the host as the first
 * bare person or body after that, up to the end of the clause.  Puts host
 * (source) and guest (target) on ev and returns 1, else 0. */
int evt_reception_formula(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const was[] = {"\xD9\x83\xD8\xA7\xD9\x86", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86", NULL}; /* كان وكان */
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_NOUN || strcmp(mt->e->code, "043") != 0 ||
        mt->first - 2 < s->first || !tok_is(d, mt->first - 1, "\xD9\x81\xD9\x8A") || !tok_in(d, mt->first - 2, was))
        return 0; /* في */
    const evg_token *t = &d->tokens.v[mt->end - 1];
    int suffixed = memcmp(d->fold + t->fe - 2, "\xD9\x84", 2) != 0; /* not ending in the noun's ل */
    size_t k = evt_cand_lower_bound(s, mt->end);
    int32_t guest = -1;
    if (suffixed) guest = earlier_source(d, s);
    else if (k < s->c.n && s->c.v[k].first == mt->end) guest = s->c.v[k++].ent;
    if (guest < 0) return 0;
    for (; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        int stop = 0;
        for (int32_t q = mt->end; q < c->first && !stop; q++) stop = evt_is_punct_boundary(d, q);
        if (stop) return 0;
        if (c->attrib || c->prep != PREP_NONE || c->ent == guest || (!evt_cand_type_is(c, "PER") && !evt_cand_type_is(c, "ORG")))
            continue;
        evt_add_actor(ev, c->ent, EVG_ROLE_SOURCE);
        evt_add_actor(ev, guest, EVG_ROLE_TARGET);
        return 1;
    }
    return 0;
}

/* "وصل X إلى عمان، واستقبله الملك Y": an Arabic host verb with an object
 * pronoun (-ه -ها -هم -هما) and a bare name after it receives the one told
 * of before: the guest is the source of the latest event of the section (in
 * this sentence or the one before), the name is the host.  Puts both on ev
 * and returns 1, else 0. */
int evt_host_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_HOST || strcmp(mt->e->code, "043") != 0 ||
        (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs;
    int pro = (n > 2 && memcmp(w + n - 2, "\xD9\x87", 2) == 0) ||                            /* ه */
              (n > 4 && (memcmp(w + n - 4, "\xD9\x87\xD8\xA7", 4) == 0 ||                  /* ها */
                         memcmp(w + n - 4, "\xD9\x87\xD9\x85", 4) == 0));                  /* هم */
    if (!pro) return 0;
    size_t k = evt_cand_lower_bound(s, mt->end);
    /* "استقبله محافظ إقليم الجنوب اللواء سالم": a place held by the
     * host's title stands between the verb and the host */
    while (k + 1 < s->c.n && s->c.v[k].first < hi_end && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib &&
           (evt_cand_type_is(&s->c.v[k], "LOC") || evt_cand_type_is(&s->c.v[k], "GPE")) &&
           s->c.v[k + 1].first - s->c.v[k].end <= 2 && evt_cand_type_is(&s->c.v[k + 1], "PER"))
        k++;
    if (k >= s->c.n || s->c.v[k].first >= hi_end || s->c.v[k].first - mt->end > 4 || s->c.v[k].prep != PREP_NONE ||
        s->c.v[k].attrib || (!evt_cand_type_is(&s->c.v[k], "PER") && !evt_cand_type_is(&s->c.v[k], "ORG")))
        return 0;
    for (int32_t q = mt->end; q < s->c.v[k].first; q++)
        if (evt_is_punct_boundary(d, q)) return 0;
    /* "... برئاسة وزير الداخلية X، استقبله Y": the person closing the clause
     * right before the comma is whom the pronoun stands for */
    int32_t guest = -1;
    if (mt->first > s->first && (tok_is(d, mt->first - 1, "\xD8\x8C") || tok_is(d, mt->first - 1, ",")))
        for (size_t j = 0; j < s->c.n && s->c.v[j].first < mt->first; j++)
            if (s->c.v[j].end == mt->first - 1 && evt_cand_type_is(&s->c.v[j], "PER") && !s->c.v[j].attrib)
                guest = s->c.v[j].ent;
    if (guest < 0) {
        if (d->events.n == 0 || d->events.v[d->events.n - 1].sent + 1 < s->idx) return 0;
        guest = earlier_source(d, s);
    }
    if (guest < 0 || guest == s->c.v[k].ent) return 0;
    evt_add_actor(ev, s->c.v[k].ent, EVG_ROLE_SOURCE);
    evt_add_actor(ev, guest, EVG_ROLE_TARGET);
    return 1;
}

/* A place that is not a country (a city, a region): its id is not an ISO code. */
static int is_city(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    return e->type &&
           (strcmp(e->type, "LOC") == 0 || (strcmp(e->type, "GPE") == 0 && (!e->id || strlen(e->id) != 3)));
}

/* "واتفقت على": an Arabic verb joined by و after a comma or another verb of
 * the sentence, with no bare name right after it (no subject of its own). */
static int conjoined_verb(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->prefix_len != 2 || memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return 0;
    size_t after = evt_cand_lower_bound(s, mt->end);
    return !(after < s->c.n && s->c.v[after].first == mt->end && s->c.v[after].prep == PREP_NONE);
}

/* "الطرفان", "الفصائل", "the parties" in the subject slot: the parties of a
 * two-sided act of the same sentence, else the pair the section named "بين
 * X و Y" (the sides of a conflict or a negotiation), else the parties of the
 * latest act with two parties nearby; they win over any name further away.
 * Returns 1 when it applied. */
int evt_sides_subject(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end, evg_event *ev)
{
    int kind = evt_dual_anaphor(r->doc, s, hi, lo, hi_end), pair[2];
    if (!kind && conjoined_verb(r->doc, s, hi)) /* "إن الأطراف بحثت ... واتفقت على" */
        for (size_t k = hi; k-- > 0 && !kind;) {
            const evt_match *o = &s->h.v[k].mt;
            if (o->e->pos != EVT_POS_PAST && o->e->pos != EVT_POS_PRES) continue;
            kind = evt_dual_anaphor(r->doc, s, k, evt_window_start(r, s, k), evt_window_end(r, s, k));
            if (kind != DUAL_SIDES && kind != DUAL_GROUP) break;
        }
    if (kind != DUAL_SIDES && kind != DUAL_GROUP) return 0;
    const evg_doc *d = r->doc;
    evg_event leaders = *ev; /* two leaders just named: the older dual rules (their states) apply */
    leaders.nactors = 0;
    if (kind == DUAL_SIDES && evt_add_dual_actors(d, s, DUAL_PEOPLE, &leaders) > 0) {
        /* "استقبل X Y ... وعقد الجانبان جلسة مباحثات": the sides of talks
         * right after two people met are those people; what the sides
         * agree or sign stays between their states (the rules below) */
        const evt_match *mt = &s->h.v[hi].mt;
        if (strncmp(mt->e->code, "04", 2) != 0) return 0;
        for (int32_t k = mt->end; k < mt->end + 3 && k < s->end; k++) /* "لقاء بين الجانبين": the sides met as states */
            if (evt_tok_is_stem(d, k, "\xD8\xA8\xD9\x8A\xD9\x86")) return 0; /* بين */
        for (int k = 0; k < leaders.nactors; k++) evt_add_actor(ev, leaders.actors[k].entity, leaders.actors[k].role);
        return 1;
    }
    /* "محادثات مع X بحث فيها الطرفان": the act just named */
    if (d->events.n && d->events.v[d->events.n - 1].sent == s->idx && evt_add_dual_actors(d, s, kind, ev) > 0)
        return 1;
    if (!evt_section_pair(r, s, s->h.v[hi].mt.first, pair) || is_city(d, pair[0]) || is_city(d, pair[1]))
        return evt_add_dual_actors(d, s, kind, ev) > 0; /* "رحلات بين صنعاء وعدن": not sides */
    evt_add_actor(ev, pair[0], EVG_ROLE_SOURCE);
    evt_add_actor(ev, pair[1], EVG_ROLE_PARTICIPANT);
    return 1;
}

/* A verb of receiving before a call noun: تلقى تلقت تلقيا يتلقى تتلقى (folded
 * ى as ي), received receives. */
static int receive_verb(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"received", "receives", "receiving", NULL};
    static const char *const ar[] = {"\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A",                 /* تلقي */
                                     "\xD8\xAA\xD9\x84\xD9\x82\xD8\xAA",                 /* تلقت */
                                     "\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A\xD8\xA7",       /* تلقيا */
                                     "\xD9\x8A\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A",       /* يتلقي */
                                     "\xD8\xAA\xD8\xAA\xD9\x84\xD9\x82\xD9\x8A", NULL}; /* تتلقي */
    if (tok_in(d, k, en)) return 1;
    for (int q = 0; ar[q]; q++)
        if (evt_tok_is_stem(d, k, ar[q])) return 1;
    return 0;
}

/* The one who received the call named before the verb: a pluperfect "وكان X
 * قد تلقى" or a subject put first ("X تلقى اتصالاً"), with at most قد between
 * and no punctuation.  Returns the candidate or -1. */
static int32_t receiver_before(const sent *s, int32_t v, int32_t caller)
{
    int32_t k = evt_cand_before(s, s->first, v, 1);
    if (k < 0 || k == caller || s->c.v[k].ent == s->c.v[caller].ent) return -1;
    return evt_punct_between(s->doc, s->c.v[k].end, v) ? -1 : k;
}

/* "تلقى X اتصالا هاتفيا من Y", "X received a phone call from Y": the caller,
 * named after من/from, is the source and the one who received the call the
 * target.  Returns 1 when it applied (a caller was found). */
int evt_received_call(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = r->doc;
    if (strncmp(mt->e->code, "04", 2) != 0 || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED))
        return 0;
    int32_t v = -1, caller = -1, callee = -1;
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 8 && v < 0; k--) {
        if (evt_is_punct_boundary(d, k)) break;
        if (receive_verb(d, k)) v = k;
    }
    if (v < 0) return 0;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n && caller < 0; k++) {
        const cand *c = &s->c.v[k];
        if (c->first >= hi_end || c->first - mt->end > 4) break;
        if (!c->attrib && c->prep == PREP_FROM) caller = (int32_t)k;
    }
    /* "اتصالاً هاتفياً من رئيس الوزراء الهندي ناريندرا مودي": من, then
     * the caller's titles, then the caller */
    if (caller < 0 && mt->e->lang == EVG_LANG_AR && tok_is(d, mt->end, "\xD9\x85\xD9\x86")) /* من */
        for (size_t k = evt_cand_lower_bound(s, mt->end + 1); k < s->c.n && caller < 0; k++) {
            const cand *c = &s->c.v[k];
            if (c->first >= hi_end || c->first - mt->end > 8 || evt_punct_between(d, mt->end, c->first)) break;
            if (!c->attrib && evt_cand_type_is(c, "PER")) caller = (int32_t)k;
        }
    if (caller < 0) return 0;
    if (mt->e->lang == EVG_LANG_AR) {
        size_t k = evt_cand_lower_bound(s, v + 1);
        if (k < s->c.n && s->c.v[k].end <= mt->first && s->c.v[k].prep == PREP_NONE) callee = (int32_t)k;
        else callee = receiver_before(s, v, caller);
    } else {
        callee = evt_cand_before(s, s->first, v, 1);
    }
    evt_add_actor(ev, s->c.v[caller].ent, EVG_ROLE_SOURCE);
    if (callee >= 0) {
        evt_add_actor(ev, s->c.v[callee].ent, EVG_ROLE_TARGET);
    } else if (mt->e->lang == EVG_LANG_AR && v > s->first && evt_is_pronoun_complementizer(d, v - 1)) {
        /* "وذكر بيان لمكتب X أنه تلقى اتصالاً من Y": the one called is the
         * person the pronoun stands for, who acted just before */
        int32_t who = evt_previous_person(d, s);
        if (who >= 0 && who != s->c.v[caller].ent) evt_add_actor(ev, who, EVG_ROLE_TARGET);
    }
    return 1;
}

/* Does past verb hi open its sentence ("زار", "ووصل", "ثم توجه") with no subject
 * of its own: the next word is a preposition, a complementizer or the end,
 * or, after a visit verb, the place visited ("ثم زار الدوحة")? */
static int opens_without_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    /* a present at the head of a sentence with no name is mostly impersonal: "ويذكر أن" */
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_PAST) return 0;
    int32_t k0 = s->first;
    if (tok_is(d, k0, "\xD8\xAB\xD9\x85") || tok_is(d, k0, "\xD9\x88\xD8\xAB\xD9\x85")) k0++; /* ثم وثم */
    if (mt->first != k0) return 0;
    int32_t n = mt->end;
    /* "ووصل إلى مطار X منذ الأحد 56 عنصراً", "وصل إلى القاهرة الرئيس X": a subject
     * after the place (a number, a bare name) closes the question */
    int32_t stop = n;
    while (stop < s->end && !evt_is_punct_boundary(d, stop) && !evt_is_complementizer(d, stop)) stop++;
    for (int32_t q = n; q < stop; q++) {
        int in_date = 0; /* "يوم 6 آذار": a date's number is no subject */
        for (size_t x = 0; x < d->timexes.n && !in_date; x++)
            in_date = d->timexes.v[x].tok_first <= q && q < d->timexes.v[x].tok_end;
        if (d->tokens.v[q].kind == EVG_TOK_NUM && !in_date) return 0;
    }
    for (size_t k = evt_cand_lower_bound(s, n + 1); k < s->c.n && s->c.v[k].first < stop; k++)
        if (s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib && (evt_cand_type_is(&s->c.v[k], "PER") || evt_cand_type_is(&s->c.v[k], "ORG")))
            return 0;
    if (n >= s->end || evt_is_complementizer(d, n)) return 1;
    int p = evt_prep_word(d, n);
    if (p >= 0 && p != PREP_AND) return 1;
    size_t k = evt_cand_lower_bound(s, n);
    if (k >= s->c.n || s->c.v[k].first != n) return 0;
    if (s->c.v[k].prep != PREP_NONE) return 1; /* "والتقى بالرئيس" */
    return mt->e->cls == EVT_CL_VISIT && (evt_cand_type_is(&s->c.v[k], "GPE") || evt_cand_type_is(&s->c.v[k], "LOC"));
}

/* "ثم توجه إلى طهران يوم الثلاثاء، والتقى الرئيس الإيراني X": a verb opening
 * its sentence without a subject continues the topic of the sentences before
 * (evt_topic_subject); a meeting verb joined to it by "،و" shares that
 * subject, and the name after it is the one met.  Returns the entity or -1. */
int32_t evt_dropped_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (opens_without_subject(r, s, hi)) return evt_topic_subject(d, s);
    if (hi == 0 || mt->e->lang != EVG_LANG_AR || mt->e->cls != EVT_CL_MEET || mt->e->pos != EVT_POS_PAST ||
        mt->prefix_len != 2 || !evt_is_punct_boundary(d, mt->first - 1) ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    for (size_t j = 0; j < hi; j++) /* only verbs of travel between the opening and this one */
        if (s->h.v[j].mt.e->cls != EVT_CL_ARRIVE && s->h.v[j].mt.e->cls != EVT_CL_VISIT) return -1;
    return opens_without_subject(r, s, 0) ? evt_topic_subject(d, s) : -1;
}

/* ---- the topic of "أما X فـ<verb>" ---- */

/* Is token k the particle أما ("as for"), written with its hamza (إما,
 * "either", folds the same way and opens no topic)? */
static int amma_particle(const evg_doc *d, int32_t k)
{
    static const char amma[] = "\xD8\xA3\xD9\x85\xD8\xA7"; /* أما */
    const evg_token *t = &d->tokens.v[k];
    return t->kind == EVG_TOK_WORD && t->oe - t->os == (int32_t)sizeof amma - 1 &&
           memcmp(d->raw.p + t->os, amma, sizeof amma - 1) == 0;
}

/* The person named last in the topic phrase of أما (cands from c, tokens up to
 * stop): "أما رئيسة جمعية الضحايا (أفيبا) X" is X, not the body of her
 * title; a name inside a relative clause ("الذي التقى Y") is not the topic.
 * Returns that candidate, else c. */
static int32_t topic_person(const sent *s, size_t c, int32_t stop)
{
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", NULL}; /* الذي التي */
    const evg_doc *d = s->doc;
    for (int32_t q = s->c.v[c].first; q < stop; q++)
        if (tok_in(d, q, rel)) stop = q;
    int32_t last = (int32_t)c; /* the name closes the phrase: "رئيسة X (Y) NAME" */
    for (size_t j = c; j < s->c.n && s->c.v[j].first < stop; j++) {
        const cand *n = &s->c.v[j];
        if (n->prep == PREP_NONE && !n->attrib && evt_cand_type_is(n, "PER") && n->m >= 0 &&
            d->mentions.v[n->m].kind == EVG_MEN_NAME)
            last = (int32_t)j;
    }
    return last;
}

/* "أما وزير الخارجية X، فقال إن ...", "أما X، الذي ...، فانتقد Y": after the
 * topic particle أما the verb of the clause comes with ف and its subject is
 * the topic named right after أما, whatever stands between (a comma, a
 * relative clause, a time).  For an Arabic verb trigger mt opened by ف, the
 * candidate naming that topic (its person: topic_person), or -1. */
int32_t evt_amma_topic(const sent *s, const evt_match *mt)
{
    const evg_doc *d = s->doc;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[mt->first], &n);
    if (mt->e->lang != EVG_LANG_AR || mt->e->pos == EVT_POS_NOUN || n < 4 || memcmp(t, "\xD9\x81", 2) != 0)
        return -1; /* ف */
    for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 30; k--) { /* a topic phrase of up to 30 tokens */
        if (tok_is(d, k, ".") || tok_is(d, k, "\xD8\x9B") || tok_is(d, k, ":")) return -1; /* ؛ */
        if (!amma_particle(d, k)) continue;
        size_t c = evt_cand_lower_bound(s, k + 1);
        if (c >= s->c.n || s->c.v[c].first > k + 2 || s->c.v[c].first >= mt->first || s->c.v[c].attrib ||
            s->c.v[c].prep != PREP_NONE || evt_cand_type_is(&s->c.v[c], "LOC"))
            return -1;
        return topic_person(s, c, mt->first);
    }
    return -1;
}

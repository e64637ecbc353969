/*
 * events_clause.c - the subject of a trigger in a clause of another shape:
 * a passive's agent ("by X" past a short phrase, an Arabic passive's
 * agent), a coordinated or subordinate verb's subject, the head of a
 * relative clause or apposition, an English verb conjoined to an earlier
 * one, a subject before a parenthetical phrase, "led by X", the agent of
 * an attack noun ("a bombing claimed by X"); since session 22 the agent of
 * each act of a chain ("قررت X طرد ... وإغلاق ...", evt_chain_agent, which
 * edits the event itself; "announced the recall of ... and the closure
 * of ...", evt_announced_act_agent).
 *
 * Reads the candidates and clause boundaries (events_sentence.c); returns a
 * candidate index to events_args.c, which adds it as the source.
 */
#include "events_int.h"

#include <ctype.h>


/* "aid sent by the Emirates", "was attacked by X": the agent of an English
 * passive participle follows "by" right after it; the phrase before the
 * participle is what the act was done to.  Returns the agent or -1. */
/* How far an English passive's "by" may follow its verb past a place or
 * time phrase ("was greeted at the border post by X"). */
#define PASSIVE_BY_REACH 6

/* The "by" of a passive: right after the verb, or after a short phrase
 * without punctuation or names when an auxiliary (was, were, been, is,
 * are, be) stands right before the verb.  Returns its token or -1. */
static int32_t passive_by(const run *r, const sent *s, const evt_match *mt)
{
    static const char *const aux[] = {"was", "were", "been", "is", "are", "be", NULL};
    const evg_doc *d = r->doc;
    if (tok_is(d, mt->end, "by")) return mt->end;
    if (mt->first == 0 || !tok_in(d, mt->first - 1, aux)) return -1;
    for (int32_t q = mt->end; q < s->end && q < mt->end + PASSIVE_BY_REACH; q++) {
        if (tok_is(d, q, "by")) return q;
        if (evt_is_punct_boundary(d, q) || evt_is_complementizer(d, q)) return -1;
        if (r->tok_men[q] >= 0) {
            const evg_entity *e = &d->entities.v[d->mentions.v[r->tok_men[q]].entity];
            if (!e->type || (strcmp(e->type, "LOC") != 0 && strcmp(e->type, "GPE") != 0)) return -1;
        }
    }
    return -1;
}

/* The last candidate ending before token FIRST that can be a clause's
 * subject: not an attribution, not after a preposition, not a place. */
static int32_t last_plain_cand_before(const sent *s, int32_t first)
{
    int32_t best = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].end <= first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || evt_cand_type_is(c, "LOC")) continue;
        best = (int32_t)k;
    }
    return best;
}

/* "Francis arrived in Baghdad on Friday ... and was received at the airport
 * by Kadhimi": a passive joined by "and" to the verb before it has that
 * verb's subject as the one it was done to.  Returns the candidate or -1. */
static int32_t passive_conjunct_patient(const run *r, const sent *s, const evt_match *mt)
{
    const evg_doc *d = r->doc;
    if (mt->first - 2 <= s->first || !tok_is(d, mt->first - 2, "and")) return -1;
    const evt_match *prev = NULL;
    for (size_t k = 0; k < s->h.n && s->h.v[k].mt.end <= mt->first - 2; k++)
        if (s->h.v[k].mt.e->lang == EVG_LANG_EN && s->h.v[k].mt.e->pos == EVT_POS_VERB &&
            s->h.v[k].mt.e->cls != EVT_CL_SPEECH)
            prev = &s->h.v[k].mt;
    if (!prev) return -1;
    return last_plain_cand_before(s, prev->first);
}

/* The agent named right after "by" at token by ("the" may stand between):
 * a candidate not attributed and not a place; its index or -1. */
static int32_t agent_after_by(const evg_doc *d, const sent *s, int32_t by)
{
    size_t k = evt_cand_lower_bound(s, by + 1);
    if (k >= s->c.n || s->c.v[k].attrib || evt_cand_type_is(&s->c.v[k], "LOC")) return -1;
    int32_t gap = s->c.v[k].first - (by + 1);
    if (gap > 1 || (gap == 1 && !tok_is(d, by + 1, "the"))) return -1;
    return (int32_t)k;
}

int32_t evt_passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t lo, evg_event *ev)
{
    const evg_doc *d = r->doc;
    static const char *const det[] = {"a", "an", "the", "this", "that", "his", "her", "its", "their", NULL};
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos != EVT_POS_VERB || tok_in(d, mt->first - 1, det))
        return -1; /* "a visit by X" is a noun phrase, not a passive */
    int32_t by = passive_by(r, s, mt), k = by < 0 ? -1 : agent_after_by(d, s, by);
    if (k < 0) return -1;
    int32_t patient = evt_cand_before(s, lo, mt->first, 3);
    if (patient < 0) patient = passive_conjunct_patient(r, s, mt);
    if (patient >= 0 && s->c.v[patient].ent != s->c.v[k].ent)
        evt_add_actor(ev, s->c.v[patient].ent, EVG_ROLE_TARGET);
    return (int32_t)k;
}

/* "a suicide bombing claimed by X", "an attack carried out by X", "a bombing
 * by X": an English attack noun (roots 18 and 19) followed by "by", or by a
 * participle of claiming or carrying out and "by", has its agent after
 * "by" (after "the" at most): the source.  Session 21 (fresh3-miss).
 * Returns the candidate or -1. */
int32_t evt_attack_noun_agent(const run *r, const sent *s, const evt_match *mt)
{
    static const char *const part[] = {"claimed", "carried", "perpetrated", "staged", "launched", NULL};
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos == EVT_POS_VERB ||
        (strncmp(mt->e->code, "18", 2) != 0 && strncmp(mt->e->code, "19", 2) != 0))
        return -1;
    int32_t by = mt->end;
    if (tok_in(d, by, part)) by += tok_is(d, by + 1, "out") ? 2 : 1;
    if (by >= s->end || !tok_is(d, by, "by")) return -1;
    return agent_after_by(d, s, by);
}

/* The agent phrase of an Arabic passive at token q: من قبل, or على يد "at
 * the hand of" ("قتل X على يد Y"). */
static int agent_phrase(const evg_doc *d, int32_t q)
{
    return (tok_is(d, q, "\xD9\x85\xD9\x86") && tok_is(d, q + 1, "\xD9\x82\xD8\xA8\xD9\x84")) || /* من قبل */
           (tok_is(d, q, "\xD8\xB9\xD9\x84\xD9\x8A") && tok_is(d, q + 1, "\xD9\x8A\xD8\xAF"));     /* علي يد */
}

/* الذي or التي: a singular relative (evt_is_relative knows them all). */
static int singular_relative(const evg_doc *d, int32_t k)
{
    return tok_is(d, k, "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A") || tok_is(d, k, "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A");
}

/* Does an Arabic verb trigger other than mt start at token q? */
static int other_verb_at(const sent *s, const evt_match *mt, int32_t q)
{
    for (size_t k = 0; k < s->h.n; k++) {
        const evt_match *o = &s->h.v[k].mt;
        if (o->first == q && o != mt && o->e->lang == EVG_LANG_AR &&
            (o->e->pos == EVT_POS_PAST || o->e->pos == EVT_POS_PRES))
            return 1;
    }
    return 0;
}

/* The agent phrase of mt's own clause: searched from its end, at most 12
 * tokens, not past a relative pronoun ("الوفد الذي اختير من قبل Y": the
 * phrase is the relative clause's) nor another verb trigger.  Returns its
 * first token or -1. */
static int32_t own_agent_phrase(const evg_doc *d, const sent *s, const evt_match *mt, int32_t hi_end)
{
    for (int32_t q = mt->end; q + 2 < hi_end && q - mt->end < 12; q++) {
        if (agent_phrase(d, q)) return q;
        if (evt_is_relative(d, q) || other_verb_at(s, mt, q)) return -1;
    }
    return -1;
}

/* Is token k من opening a short phrase of its own that runs up to the
 * agent phrase at q (at most two words between): a source or a manner
 * after a passive's patient ("من جديد من قبل", "من مطار أورلي من قبل")?
 * A longer stretch holds an object ("X من طهران القرار المتخذ من قبل":
 * X is the subject), and من before جهة / جانب / ناحية with a pronoun
 * ("X من جهته") marks X as a subject. */
static int min_phrase(const evg_doc *d, int32_t k, int32_t q)
{
    static const char *const side[] = {"\xD8\xAC\xD9\x87\xD8\xAA\xD9\x87", "\xD8\xAC\xD9\x87\xD8\xAA\xD9\x87\xD8\xA7", /* جهته جهتها */
                                       "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD9\x87", "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD9\x87\xD8\xA7", /* جانبه جانبها */
                                       "\xD9\x86\xD8\xA7\xD8\xAD\xD9\x8A\xD8\xAA\xD9\x87", "\xD9\x86\xD8\xA7\xD8\xAD\xD9\x8A\xD8\xAA\xD9\x87\xD8\xA7", NULL}; /* ناحيته ناحيتها */
    return q - k <= 3 && tok_is(d, k, "\xD9\x85\xD9\x86") && !tok_in(d, k + 1, side); /* من */
}

/* Does a subject name stand between the verb and the agent phrase at q: a
 * bare name right after the verb followed by a word that is neither the
 * phrase, a preposition nor a date ("استقبل X الوفد من قبل": X is the
 * active verb's subject, the delegation its object)?  A passive's patient
 * is followed by the phrase, a place, a time or a من phrase ("استقبل X في
 * باريس من قبل", "استقبل X من جديد من قبل"); "X من جهته" is a subject. */
static int subject_before_phrase(const run *r, const sent *s, const evt_match *mt, int32_t q)
{
    /* its own list: not evt_ar_preposition; من is min_phrase's */
    static const char *const prep[] = {"\xD9\x81\xD9\x8A", "\xD8\xA7\xD9\x84\xD9\x8A", "\xD8\xB9\xD9\x84\xD9\x8A", /* في الي علي */
                                       "\xD8\xB9\xD9\x86", "\xD9\x85\xD8\xB9", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* عن مع خلال */
                                       "\xD8\xA7\xD9\x85\xD8\xB3", NULL};                                 /* امس */
    const evg_doc *d = r->doc;
    size_t p = evt_cand_lower_bound(s, mt->end);
    if (p >= s->c.n || s->c.v[p].first > mt->end + 1 || s->c.v[p].end >= q || s->c.v[p].prep != PREP_NONE ||
        s->c.v[p].attrib)
        return 0;
    int32_t w = s->c.v[p].end;
    return !(tok_in(d, w, prep) || min_phrase(d, w, q) || (r->tok_tx && r->tok_tx[w] >= 0) || evt_is_punct_boundary(d, w));
}

/* "استُقبل X من قبل Y", "وُقّع الاتفاق من قبل X": harakat are folded away,
 * so an Arabic passive shows only by its agent phrase من قبل in the verb's
 * own clause, with no subject name before it; a name right after the
 * phrase is the agent, and the name between the verb and the phrase is
 * what the act was done to.  Returns the agent or -1. */
int32_t evt_arabic_passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t hi_end,
                                 evg_event *ev)
{
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_FIXED)) return -1;
    int32_t q = own_agent_phrase(d, s, mt, hi_end); /* a fixed row may be a passive of its own ("اغتيل") */
    if (q < 0 || subject_before_phrase(r, s, mt, q)) return -1;
    size_t k = evt_cand_lower_bound(s, q + 2);
    /* the agent right after the phrase, or after one common noun ("على يد فريق سعودي") */
    if (k >= s->c.n || s->c.v[k].first > q + 3 || evt_punct_between(d, q + 2, s->c.v[k].first) ||
        s->c.v[k].attrib || evt_cand_type_is(&s->c.v[k], "LOC"))
        return -1;
    for (size_t p = evt_cand_lower_bound(s, mt->end); p < k; p++)
        if (s->c.v[p].prep == PREP_NONE && !s->c.v[p].attrib && s->c.v[p].ent != s->c.v[k].ent) {
            evt_add_actor(ev, s->c.v[p].ent, EVG_ROLE_TARGET);
            break;
        }
    return (int32_t)k;
}

/* Is the Arabic past verb matched by p feminine ("رحبت")?  A generated
 * perfect knows its ending (صوت and ثبت end in ت of the root); a fixed
 * one-word verb is read by its last letter. */
static int past_feminine(const evg_doc *d, const evt_match *p)
{
    if (p->e->pos == EVT_POS_PAST) return p->e->fem;
    const evg_token *t = &d->tokens.v[p->first];
    return t->fe - t->fs > 4 && memcmp(d->fold + t->fe - 2, "\xD8\xAA", 2) == 0; /* ت */
}

/* "هنأ X الرئيس المنتخب، ورحبت إسبانيا بالنتيجة": a past verb of the other
 * gender than the past verb before it has a subject of its own. */
static int gender_changes(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->pos != EVT_POS_PAST) return 0;
    for (size_t k = hi; k-- > 0;) {
        const evt_match *p = &s->h.v[k].mt;
        if (p->end > mt->first || p->e->lang != EVG_LANG_AR || p->e->pos == EVT_POS_NOUN ||
            (p->e->pos == EVT_POS_FIXED && !evt_position_code(p->e->code)))
            continue; /* the verb before, past the nouns of its clause ("أدان X الهجوم") */
        if (p->e->pos != EVT_POS_PAST && !(p->e->pos == EVT_POS_FIXED && p->end == p->first + 1 && evt_position_code(p->e->code)))
            return 0; /* a fixed one-word verb ("هنأ") shows its gender the same way */
        return past_feminine(d, p) != past_feminine(d, mt);
    }
    return 0;
}

/* "قال X إن ...، وطالب إسرائيل بوقف العنف": an Arabic position verb joined
 * by و after a comma, with a single bare name after it, shares the subject
 * of the clause before (the speaker there, else the sentence's latest
 * source); the name is its object.  Returns the candidate or -1. */
int32_t evt_coordinated_subject(const run *r, const sent *s, size_t hi, int32_t hi_end)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        !evt_position_code(mt->e->code) || hi == 0 || mt->prefix_len != 2 || mt->first <= s->first ||
        !evt_is_punct_boundary(d, mt->first - 1) ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    int bare = 0;
    for (size_t k = evt_cand_lower_bound(s, mt->end); k < s->c.n && s->c.v[k].first < hi_end; k++)
        bare += !s->c.v[k].attrib && s->c.v[k].prep == PREP_NONE;
    size_t first = evt_cand_lower_bound(s, mt->end);
    if (bare != 1 || first >= s->c.n || s->c.v[first].first != mt->end || gender_changes(d, s, hi)) return -1;
    for (size_t k = hi; k-- > 0;)
        if (s->h.v[k].mt.e->cls == EVT_CL_SPEECH && s->h.v[k].speaker >= 0) return s->h.v[k].speaker;
    return evt_previous_source(r, s);
}

/* "وقع X الاتفاق بعدما استقبل Y", "حيث التقى Y": an Arabic verb opening a
 * subordinate clause (بعدما، بعد أن، قبل أن، حيث) with no subject of its
 * own right after it shares the subject of the sentence's first clause.
 * Returns the candidate or -1. */
int32_t evt_subordinate_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    static const char *const conj[] = {"\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",  /* بعدما */
                                       "\xD8\xAD\xD9\x8A\xD8\xAB", NULL};                 /* حيث */
    static const char *const before_after[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84", NULL}; /* بعد قبل */
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->prefix_len != 0 || mt->first - 1 <= s->first)
        return -1;
    int sub = tok_in(d, mt->first - 1, conj) ||
              (tok_is(d, mt->first - 1, "\xD8\xA7\xD9\x86") && tok_in(d, mt->first - 2, before_after)); /* أن */
    if (!sub) return -1;
    size_t after = evt_cand_lower_bound(s, mt->end);
    if (after < s->c.n && s->c.v[after].first - mt->end <= 1 && s->c.v[after].prep == PREP_NONE &&
        !evt_cand_type_is(&s->c.v[after], "GPE"))
        return -1; /* a subject of its own */
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < mt->first; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || evt_cand_type_is(c, "LOC")) continue;
        return evt_cand_type_is(c, "PER") || evt_cand_type_is(c, "ORG") ? (int32_t)k : -1;
    }
    return -1;
}

/* Is token k a title's head noun (وزير، رئيس، سفير، كبير مستشاري، القيادي،
 * الناطق، المسؤول، المحافظ، نجل ..., with ال or a noun proclitic)?  The
 * first word of a title mention is one; a word no title mention opens is
 * looked up in data/title_heads.tsv (a title with no country or body after
 * it makes no mention: "المستشار الذي"). */
static int title_head(const evg_doc *d, int32_t k)
{
    for (size_t m = 0; m < d->mentions.n; m++)
        if (d->mentions.v[m].tok_first == k && d->mentions.v[m].kind == EVG_MEN_TITLE) return 1;
    return evt_title_head_word(d, k);
}

/* Does token k open a title or a name: a word of a mention (a name, a
 * title, a demonym) or a title's head noun (وزير، رئيس، سفير ...), not a
 * phrase of a preposition (ب or ل opening the word, evt_ar_preposition) nor
 * a time or a place ("، أمس،", "، في باريس،")? */
static int title_opens(const run *r, int32_t k)
{
    const evg_doc *d = r->doc;
    const evg_token *t = &d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || evt_ar_preposition(d, k) || t->fe - t->fs < 2) return 0;
    const unsigned char *w = (const unsigned char *)d->fold + t->fs;
    if ((w[0] == 0xD8 && w[1] == 0xA8) || (w[0] == 0xD9 && w[1] == 0x84)) return 0; /* ب ل */
    if (r->tok_men[k] >= 0) {
        const evg_entity *e = &d->entities.v[d->mentions.v[r->tok_men[k]].entity];
        return !e->type || (strcmp(e->type, "LOC") != 0 && strcmp(e->type, "GPE") != 0) ||
               d->mentions.v[r->tok_men[k]].kind != EVG_MEN_NAME;
    }
    if (r->tok_tx && r->tok_tx[k] >= 0) return 0;
    return title_head(d, k);
}

/* "مايك بومبيو، وزير خارجية الرئيس دونالد ترامب، الذي زار", "بلينكن،
 * وزير الخارجية الأمريكي، الذي": the name before the comma that closes an
 * apposition of at most eight words is a word of that title; the relative
 * is on the person named before it.  Returns that candidate, else c. */
static int32_t apposition_head(const run *r, const sent *s, int32_t c)
{
    const evg_doc *d = s->doc;
    int32_t open = s->c.v[c].first - 1;
    while (open > s->first && s->c.v[c].first - open <= 8 && d->tokens.v[open].kind != EVG_TOK_PUNCT) open--;
    if (open <= s->first || s->c.v[c].first - open > 8 ||
        !(tok_is(d, open, "\xD8\x8C") || tok_is(d, open, ",")) || /* ، */
        !title_opens(r, open + 1))
        return c;
    for (int32_t k = c; k-- > 0;)
        if (s->c.v[k].end == open) return evt_cand_type_is(&s->c.v[k], "PER") ? k : c;
    return c;
}

/* "استقبل X في Y وزير الخارجية النيجري الذي وصل": does a title phrase
 * with no name (its holder unknown) end at token stop, right before the
 * relative: a title head at most four words back, no name, punctuation
 * or preposition after it?  The relative's verb is then that person's
 * act, not one of a name told earlier. */
static int unnamed_person_before(const sent *s, int32_t stop)
{
    const evg_doc *d = s->doc;
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < stop; k++)
        if (s->c.v[k].end > stop - 5 && s->c.v[k].end <= stop) return 0;
    for (int32_t q = stop - 1; q > s->first && q >= stop - 4; q--) {
        if (d->tokens.v[q].kind != EVG_TOK_WORD) return 0;
        if (title_head(d, q)) return 1;
    }
    return 0;
}

/* "الذي يقوم بزيارة إلى Y", "التي تقوم بأول زيارة لها": the verb قام that
 * carries a visit noun (ب on the noun or on the word before it), one or two
 * tokens before the noun.  Returns that verb's token or -1. */
static int32_t visit_carrier(const evg_doc *d, const evt_match *mt)
{
    static const char *const qama[] = {"\xD9\x82\xD8\xA7\xD9\x85", "\xD9\x82\xD8\xA7\xD9\x85\xD8\xAA", /* قام قامت */
                                       "\xD9\x8A\xD9\x82\xD9\x88\xD9\x85", "\xD8\xAA\xD9\x82\xD9\x88\xD9\x85", /* يقوم تقوم */
                                       NULL};
    if (mt->e->cls != EVT_CL_VISIT || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED)) return -1;
    for (int32_t k = mt->first - 1; k >= mt->first - 2 && k >= 0; k--) {
        if (tok_in(d, k, qama)) return k;
        size_t n;
        const char *w = evg_tok_text(d, &d->tokens.v[k], &n);
        if (n < 4 || memcmp(w, "\xD8\xA8", 2) != 0) return -1; /* ب: "بأول" */
    }
    return -1;
}

/* "بحضور البرهان ورئيس الوزراء حمدوك، اللذين وصلا إلى جوبا", "السعودية
 * التي استضافت المحادثات": an Arabic verb right after a relative pronoun
 * (and no name of its own right after it) has as subject the name the
 * relative follows; a dual or plural relative also takes the name joined
 * to it by و, as a participant.  Returns the candidate or -1. */
int32_t evt_arabic_relative_subject(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t v = mt->e->lang == EVG_LANG_AR ? visit_carrier(d, mt) : -1; /* the verb after the relative */
    if (mt->e->lang != EVG_LANG_AR || (v < 0 && mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->e->cls == EVT_CL_SPEECH || (v < 0 && mt->prefix_len != 0))
        return -1; /* "الإعلان الذي شدد على": a text's words are no act of a name */
    if (v < 0) v = mt->first;
    if (v - 2 <= s->first || !evt_is_relative(d, v - 1)) return -1;
    size_t after = evt_cand_lower_bound(s, mt->end);
    /* "التي وقعها البلدان": the relative is the object; but the place a
     * visit verb names next is its destination ("بلينكن، الذي زار القاهرة") */
    int place = after < s->c.n && mt->e->cls == EVT_CL_VISIT &&
                (evt_cand_type_is(&s->c.v[after], "GPE") || evt_cand_type_is(&s->c.v[after], "LOC"));
    if (after < s->c.n && s->c.v[after].first - mt->end <= 1 && s->c.v[after].prep == PREP_NONE && !place)
        return -1;
    int32_t stop = evt_is_punct_boundary(d, v - 2) || tok_is(d, v - 2, "\xD8\x8C") ||
                           tok_is(d, v - 2, ",") ? v - 2 : v - 1;
    int32_t src = -1, other = -1;
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < stop; k++)
        if (s->c.v[k].end == stop) src = (int32_t)k;
    if (src >= 0 && stop == v - 2 && singular_relative(d, v - 1))
        src = apposition_head(r, s, src); /* a singular relative: a dual or plural has its own list */
    if (src < 0 && stop == v - 1 && unnamed_person_before(s, stop)) return EVT_NO_SUBJECT;
    if (src < 0 || evt_cand_type_is(&s->c.v[src], "LOC") || s->c.v[src].attrib) return -1;
    int dual = !singular_relative(d, v - 1);
    if (dual && src > 0 && s->c.v[src].first - s->c.v[src - 1].end <= 4 &&
        !evt_punct_between(d, s->c.v[src - 1].end, s->c.v[src].first) &&
        evt_and_between(d, s->c.v[src - 1].end, s->c.v[src].first + 1, s->c.v[src].prep == PREP_AND))
        other = src - 1;
    if (other >= 0 && !evt_cand_type_is(&s->c.v[other], "LOC"))
        evt_add_actor(ev, s->c.v[other].ent, EVG_ROLE_PARTICIPANT);
    return src;
}

/* Tokens an English relative clause or apposition may span. */
#define APPOSITION_REACH 24

/* "Sunak, who arrived on Friday ..., held talks with Modi": an English verb
 * (or its light verb) right after the comma that closes a relative clause,
 * or right after its "who", has as subject the name before the clause.
 * Returns the candidate or -1. */
int32_t evt_relative_clause_subject(const run *r, const sent *s, size_t hi, int32_t lv)
{
    /* "X, who was in Paris, had urged ...", "..., would also meet": the
     * auxiliaries and adverbs before the verb stand in the clause's place */
    static const char *const aux[] = {"had", "has", "have", "will", "would", "could", "may", "might", "should",
                                       "did", "does", "also", "then", "later", "not", "already", NULL};
    const evt_match *mt = &s->h.v[hi].mt;
    int32_t v = lv >= 0 && lv < mt->first ? lv : mt->first;
    if (mt->e->lang != EVG_LANG_EN) return -1;
    for (int k = 0; k < 3 && v - 1 > s->first && tok_in(r->doc, v - 1, aux); k++) v--;
    return evt_subject_before_clause(r->doc, s, v);
}

/* The token after candidate c, past a short gloss in brackets right after
 * it ("the Atomic Agency (AA), which ...") or the closing bracket of the
 * gloss that c itself is ("(AA)"). */
static int32_t past_gloss(const evg_doc *d, const cand *c)
{
    if (tok_is(d, c->end, ")") && tok_is(d, c->first - 1, "(")) return c->end + 1;
    if (!tok_is(d, c->end, "(")) return c->end;
    for (int32_t q = c->end + 1; q < c->end + 6 && (size_t)q < d->tokens.n; q++) {
        if (d->tokens.v[q].sent != d->tokens.v[c->end].sent) return c->end; /* an unclosed "(" ends its sentence */
        if (tok_is(d, q, ")")) return q + 1;
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return c->end;
    }
    return c->end;
}

/* The bare name before the relative clause or apposition that ends right
 * before the English verb at token v ("Sunak, who arrived on Friday,
 * held"; "the Atomic Agency (AA), which ...": past its gloss), or -1. */
int32_t evt_subject_before_clause(const evg_doc *d, const sent *s, int32_t v)
{
    if (v - 2 <= s->first) return -1;
    static const char *const rel[] = {"who", "which", NULL};
    if (tok_in(d, v - 1, rel) && tok_is(d, v - 2, ",")) { /* "Sunak, who arrived on Friday" */
        for (size_t k = 0; k < s->c.n; k++)
            if (past_gloss(d, &s->c.v[k]) == v - 2 && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib) return (int32_t)k;
        return -1;
    }
    if (!tok_is(d, v - 1, ",")) return -1;
    for (int32_t q = v - 2; q > s->first && q >= v - APPOSITION_REACH; q--) {
        if (tok_is(d, q, ",")) { /* "Hajiyev, an adviser to President Aliyev, denied": an apposition */
            for (size_t k = 0; k < s->c.n; k++)
                if (past_gloss(d, &s->c.v[k]) == q && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib &&
                    (evt_cand_type_is(&s->c.v[k], "PER") || evt_cand_type_is(&s->c.v[k], "ORG")))
                    return (int32_t)k;
            if (!tok_in(d, q + 1, rel)) return -1; /* another clause */
        }
        if (!tok_in(d, q, rel) || !tok_is(d, q - 1, ",")) continue;
        for (size_t k = 0; k < s->c.n; k++)
            if (past_gloss(d, &s->c.v[k]) == q - 1 && s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib) return (int32_t)k;
        return -1;
    }
    return -1;
}

/* A fixed English phrase used as a finite verb: after a modal or an
 * auxiliary ("would withdraw from", "did not pull out of"). */
static int verbal_phrase(const evg_doc *d, const evt_match *mt)
{
    static const char *const aux[] = {"would", "will", "could", "should", "may", "might", "can",
                                      "shall", "must", "did", "not", NULL}; /* not "to": an infinitive
                                      ("seeking to intervene ..., and accused") is no conjunct */
    return mt->e->pos == EVT_POS_FIXED && mt->first > 0 && tok_in(d, mt->first - 1, aux);
}

/* "X flew to Niamey on Sunday and met Bazoum", "X was greeted by Y and
 * then met him": an English verb (or the light verb of a
 * talks noun) right after "and" or "but" (and an adverb such as "later"),
 * following another verb of the sentence, shares that verb's
 * subject (the last bare name before it, a person, body or country).
 * Returns the candidate or -1. */
/* An English trigger in the past (-ed), and one right after a modal or
 * "to" ("would meet", "to help"). */
static int english_past(const evg_doc *d, const evt_match *mt)
{
    const evg_token *t = &d->tokens.v[mt->first];
    return mt->e->pos == EVT_POS_VERB && t->fe - t->fs > 3 && !memcmp(d->fold + t->fe - 2, "ed", 2);
}

static int after_modal(const evg_doc *d, const evt_match *mt)
{
    static const char *const modal[] = {"would", "will", "could", "can", "may", "might", "should", "must", "to", NULL};
    return mt->first > 0 && tok_in(d, mt->first - 1, modal);
}

/* "Macron laid a wreath at the memorial on Thursday and then met X": the
 * verb before "and" is no trigger; the name that opens the sentence (after
 * at most three title words) and stands right before a word, with no
 * punctuation up to the "and" at v - 1, is the subject of both verbs.
 * Returns the candidate or -1. */
static int32_t opening_subject(const evg_doc *d, const sent *s, int32_t v)
{
    size_t k = evt_cand_lower_bound(s, s->first);
    if (k >= s->c.n) return -1;
    const cand *c = &s->c.v[k];
    if (c->first - s->first > 3 || c->end >= v - 1 || c->prep != PREP_NONE || c->attrib ||
        evt_cand_type_is(c, "LOC") || d->tokens.v[c->end].kind != EVG_TOK_WORD ||
        evt_punct_between(d, c->end, v))
        return -1;
    for (int32_t q = s->first; q < c->first; q++)
        if (d->tokens.v[q].kind != EVG_TOK_WORD || tok_is(d, q, "and")) return -1;
    return (int32_t)k;
}

/* "decided to recall its envoy, expel X and close Y", "would recall ...,
 * expel ...": is the English verb of hit hi, right after a comma at token
 * v, the next item of a list of bare verbs whose first one stands after
 * "to" or a modal (session 22 ev-chain22)?  The nearest verb hit before it
 * must lie in the same sentence with no other clause mark between. */
static int infinitive_list(const sent *s, size_t hi, int32_t v)
{
    static const char *const lead[] = {"to", "would", "will", NULL};
    const evg_doc *d = s->doc;
    if (v <= s->first || !tok_is(d, v - 1, ",") || hi == 0) return 0;
    for (size_t k = hi; k-- > 0;) {
        const evt_match *pm = &s->h.v[k].mt;
        if (pm->e->lang != EVG_LANG_EN || pm->e->pos != EVT_POS_VERB) continue;
        if (pm->first <= s->first || !tok_in(d, pm->first - 1, lead) || v - pm->end > 12) return 0;
        for (int32_t q = pm->end; q < v - 1; q++)
            if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return 0;
        return 1;
    }
    return 0;
}

int32_t evt_english_conjoined_subject(const run *r, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN) return -1;
    int32_t v = mt->e->pos == EVT_POS_VERB ? mt->first : evt_light_verb(r->doc, s, hi, s->first);
    static const char *const adv[] = {"later", "then", "also", "subsequently", "afterwards", NULL};
    if (v > s->first && tok_in(r->doc, v - 1, adv)) v--; /* "and then met" */
    /* "Kenya recalls envoy, accuses Somalia of ...": a headline joins its verbs by a comma */
    int title_comma = s->sec_kind == EVG_SEC_TITLE && v > s->first && tok_is(r->doc, v - 1, ",");
    if (v - 2 > s->first && tok_is(r->doc, v - 1, "to") && tok_is(r->doc, v - 2, "and"))
        v--; /* "decided to freeze X and to impose Y": a chain of to-infinitives */
    /* "X welcomed the deal but criticised Y": "but" joins two verbs of one subject like "and" */
    int joined = tok_is(r->doc, v - 1, "and") || tok_is(r->doc, v - 1, "but") || infinitive_list(s, hi, v);
    if (v <= s->first || (!joined && !title_comma)) return -1;
    const evt_match *prev = NULL; /* the nearest verb before ("flew ... in an attempt at mediation and met") */
    int past = english_past(r->doc, mt);
    for (size_t k = hi; k-- > 0 && !prev;)
        if (s->h.v[k].mt.e->lang == EVG_LANG_EN && (s->h.v[k].mt.e->pos == EVT_POS_VERB ||
                                                    verbal_phrase(r->doc, &s->h.v[k].mt)) &&
            !(past && after_modal(r->doc, &s->h.v[k].mt)))
            prev = &s->h.v[k].mt; /* "told ... that the US would meet ..., and pledged": not the modal's verb */
    if (!prev) return opening_subject(r->doc, s, v);
    if (prev->e->cls == EVT_CL_SPEECH) { /* "X said on state television that ..., and accused Y of" */
        for (size_t k = hi; k-- > 0;)
            if (&s->h.v[k].mt == prev) return s->h.v[k].speaker;
        return -1;
    }
    return last_plain_cand_before(s, prev->first);
}

/* Does token k open a clause joined to the one before: a word opened by و
 * (not a noun with ال) after a comma, or a word after "ثم" ("، ثم أجرى")? */
static int joins_clause(const evg_doc *d, const sent *s, int32_t k, int waw_prefix)
{
    if (k <= s->first) return 0;
    if (tok_is(d, k - 1, "\xD8\xAB\xD9\x85")) return 1; /* ثم */
    const evg_token *t = &d->tokens.v[k];
    return waw_prefix && evt_is_punct_boundary(d, k - 1) && t->fe - t->fs > 4 &&
           memcmp(d->fold + t->fs, "\xD9\x88", 2) == 0 && memcmp(d->fold + t->fs + 2, "\xD8\xA7\xD9\x84", 4) != 0;
}

/* "أدان X الهجوم واستنكر العنف", "رحب X بالاتفاق وأشاد بالوساطة": a
 * position verb joined by و with no comma, after a position verb of the
 * same sentence, is a second position of the same speaker (session 16
 * events8); a verb so joined with its own subject after it is left to the
 * check below. */
static int second_position(const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->prefix_len != 2 || memcmp(s->doc->fold + s->doc->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0 ||
        !evt_position_code(mt->e->code))
        return 0;
    for (size_t k = 0; k < hi; k++)
        if (evt_position_code(s->h.v[k].mt.e->code) && s->h.v[k].mt.e->pos == EVT_POS_PAST) return 1;
    return 0;
}

/* "تسلم X الرئاسة ...، وتعهد في كلمته بالعمل", "التقت X الرئيس Y، ثم أجرت
 * محادثات مع Z": an Arabic verb joined by و after a comma or by ثم, or the
 * light verb right before a meeting noun so joined, with no subject of its
 * own right after it, shares the subject of the sentence's first clause
 * (its first bare name, a person or a body), not the object before it.
 * Returns the candidate or -1. */
int32_t evt_conjoined_verb_subject(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || mt->first <= s->first) return -1;
    int32_t head = mt->first;
    if (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) {
        int32_t lv = evt_light_verb(d, s, hi, s->first); /* "، وعقد محادثات مع Y" */
        if (lv < 0 || lv != mt->first - 1) return -1;
        head = lv;
        if (!joins_clause(d, s, head, 1)) return -1;
    } else if (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES) {
        if (!joins_clause(d, s, head, mt->prefix_len == 2) && !second_position(s, hi)) return -1;
    } else
        return -1;
    size_t after = evt_cand_lower_bound(s, mt->end);
    if (after < s->c.n && s->c.v[after].first - mt->end <= 2 && s->c.v[after].prep == PREP_NONE &&
        !(s->c.v[after].first > mt->end && second_position(s, hi)))
        return -1; /* a second position's own subject stands right after it: "وانتقد تصريحات X" names X's
                    * words, "ورحب بالمبادرة المغربية" qualifies the initiative */
    if (head == mt->first && evt_nominative_dual_ar(d, head + 1))
        return -1; /* "ووقع البلدان": the nominative dual after the verb is its own subject */
    if (head != mt->first || mt->prefix_len != 2) { /* "ثم وقع الزعيمان": a subject of its own */
        const evg_token *t = (size_t)(head + 1) < d->tokens.n ? &d->tokens.v[head + 1] : NULL;
        if (!t || (head + 1 != mt->first && t->fe - t->fs > 4 && memcmp(d->fold + t->fs, "\xD8\xA7\xD9\x84", 4) == 0))
            return -1; /* ال */
    }
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < head; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE || evt_cand_type_is(c, "LOC")) continue;
        return evt_cand_type_is(c, "PER") || evt_cand_type_is(c, "ORG") ? (int32_t)k : -1;
    }
    return -1;
}

/* "Egypt's foreign ministry, in a statement issued after ..., condemned":
 * an English subject set off by a parenthetical phrase before its verb. */
int32_t evt_parenthetical_subject(const run *r, const sent *s, const evt_match *mt, int32_t lo)
{
    const evg_doc *d = r->doc;
    if (mt->e->lang != EVG_LANG_EN || mt->e->pos != EVT_POS_VERB || lo <= s->first ||
        !tok_is(d, lo - 1, ",") || tok_is(d, lo, "and") || tok_is(d, lo, "but"))
        return -1; /* "..., and will be the first to visit": a clause of its own */
    static const char *const pron[] = {"he", "she", "they", "it", "we", NULL};
    for (int32_t q = lo; q < mt->first; q++)
        if (tok_in(d, q, pron)) return -1; /* "the Bank (NB), where he criticised": his own subject */
    for (size_t k = evt_cand_lower_bound(s, lo - 1); k-- > 0;) {
        const cand *c = &s->c.v[k];
        if (lo - c->end > 20) return -1;
        int comma = tok_is(d, past_gloss(d, c), ",");
        if (comma && k > 0 && c->prep == PREP_OTHER && tok_is(d, c->first - 1, "of") &&
            s->c.v[k - 1].end == c->first - 1) { /* "X of Tajikistan, signed": X */
            c = &s->c.v[--k];
            comma = 1;
        }
        if (c->attrib || (c->prep != PREP_NONE && c->prep != PREP_AND) || evt_cand_type_is(c, "LOC") ||
            c->end >= lo || !comma)
            return -1;
        for (int32_t q = c->end; q < lo; q++)
            if (evt_is_complementizer(d, q) || evt_is_quote_open(d, q)) return -1;
        return (int32_t)k;
    }
    return -1;
}

/* "said the drills tested", "called the talks useful": an English noun
 * after "the" with no light verb names an act told before; only its own
 * phrase ("the talks between X and Y") may give it actors. */
int evt_the_noun(const evg_doc *d, const evt_match *mt, int32_t lv)
{
    static const char *const det[] = {"the", "these", "those", NULL};
    int led = tok_is(d, mt->first - 1, "led") && tok_is(d, mt->first - 2, "-"); /* "U.S.-led drills" */
    return mt->e->lang == EVG_LANG_EN && lv < 0 && (tok_in(d, mt->first - 1, det) || led) &&
           (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED);
}

/* "U.S.-led drills", "Saudi-led strikes": the leader named before "-led"
 * is the agent; -1 if none. */
int32_t evt_led_agent(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (!tok_is(d, mt->first - 1, "led") || !tok_is(d, mt->first - 2, "-")) return -1;
    for (size_t k = evt_cand_lower_bound(s, s->first); k < s->c.n && s->c.v[k].first < mt->first; k++)
        if (s->c.v[k].end == mt->first - 2 && !s->c.v[k].attrib) return (int32_t)k;
    return -1;
}

/* ---- a contrast with a pronoun (session 17 trigcov) ---- */

/* The number and gender a pronoun after لكن stands for. */
enum { PRON_MASC = 1, PRON_FEM, PRON_PLURAL, PRON_PAIR };

/* The pronoun of لكنه لكنها لكنهم لكنهما (also with و) at token k, or 0. */
static int contrast_pronoun(const evg_doc *d, int32_t k)
{
    static const char *const but[] = {"\xD9\x84\xD9\x83\xD9\x86\xD9\x87",
                                      "\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD8\xA7",
                                      "\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD9\x85",
                                      "\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD9\x85\xD8\xA7",
                                      "\xD9\x88\xD9\x84\xD9\x83\xD9\x86\xD9\x87",
                                      "\xD9\x88\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD8\xA7",
                                      "\xD9\x88\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD9\x85",
                                      "\xD9\x88\xD9\x84\xD9\x83\xD9\x86\xD9\x87\xD9\x85\xD8\xA7", NULL}; /* لكنه لكنها لكنهم لكنهما */
    static const int kind[] = {PRON_MASC, PRON_FEM, PRON_PLURAL, PRON_PAIR};
    for (int q = 0; but[q]; q++)
        if (tok_is(d, k, but[q])) return kind[q % 4];
    return 0;
}

/* Does folded token k end in ة (folded ه) or the plural ات? */
static int feminine_ending(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs;
    return n > 4 && (memcmp(w + n - 2, "\xD9\x87", 2) == 0 ||
                     (n > 6 && memcmp(w + n - 4, "\xD8\xA7\xD8\xAA", 4) == 0)); /* ه ات */
}

/* Does the first word of an organisation's Arabic name (as the gazetteer
 * lists it) end in ة or the plural ات?  A movement named in the text by its
 * own name alone ("حماس", "طالبان") agrees with the head noun its full name
 * opens with (حركة حماس، جماعة الحوثي، منظمة التحرير، هيئة ...): the text
 * implies that noun, so the verb and the pronoun are feminine; "حزب الله"
 * stays masculine. */
static int named_feminine(const evg_entity *e)
{
    static const char ta[] = "\xD8\xA9", at[] = "\xD8\xA7\xD8\xAA"; /* ة ات */
    if (!e || !e->name || !e->type || strcmp(e->type, "ORG") != 0) return 0;
    size_t n = strcspn(e->name, " ");
    if (n < 4 || (unsigned char)e->name[0] < 0xD8 || (unsigned char)e->name[0] > 0xDB) return 0; /* Arabic script only */
    return memcmp(e->name + n - 2, ta, 2) == 0 || (n > 6 && memcmp(e->name + n - 4, at, 4) == 0);
}

/* Is candidate c feminine by its words: a country or place, a body whose
 * name opens with a feminine noun ("الحكومة", "وزارة", "القوات") or whose
 * listed name does (named_feminine: "حماس" of حركة حماس), a person after a
 * feminine title ("وزيرة الخارجية ...")? */
static int cand_feminine(const evg_doc *d, const cand *c)
{
    if (evt_cand_type_is(c, "GPE") || evt_cand_type_is(c, "LOC")) return 1;
    if (!evt_cand_type_is(c, "PER")) return feminine_ending(d, c->first) || named_feminine(c->e);
    for (int32_t k = c->first; k >= c->first - 4 && k >= 0 && d->tokens.v[k].kind == EVG_TOK_WORD; k--)
        if (title_head(d, k) && feminine_ending(d, k)) return 1;
    return 0;
}

/* Does the source (role SOURCE) of event o, candidate c, agree with the
 * pronoun p?  A source told by an Arabic verb agrees as that verb does
 * ("رحبت": feminine); any other actor by its words. */
static int pronoun_agrees(const evg_doc *d, const evg_event *o, const cand *c, int source, int p)
{
    evt_match m;
    int fem = -1;
    if (source && evt_match_at(d, o->trig_first, (int32_t)d->tokens.n, 0, &m) && m.e->lang == EVG_LANG_AR) {
        if (m.e->pos == EVT_POS_PAST || (m.e->pos == EVT_POS_FIXED && m.end == m.first + 1))
            fem = past_feminine(d, &m);
        else if (m.e->pos == EVT_POS_PRES) /* تدين: feminine; يدين: masculine */
            fem = memcmp(d->fold + d->tokens.v[m.first].fs + m.prefix_len, "\xD8\xAA", 2) == 0;
    }
    if (fem < 0) fem = cand_feminine(d, c);
    return p == PRON_FEM ? fem : !fem;
}

/* The candidate standing for entity ent in sentence s (its name after its
 * title: the last one), or -1. */
static int32_t cand_of(const sent *s, int32_t ent)
{
    for (size_t c = s->c.n; c-- > 0;)
        if (s->c.v[c].ent == ent) return (int32_t)c;
    return -1;
}

/* "التقى X وY في Z، لكنهما لم يتفقا": the latest act of the sentence with
 * two actors of it; adds the second as participant.  Returns the first. */
static int32_t contrast_pair(const run *r, const sent *s, evg_event *ev)
{
    const evg_doc *d = r->doc;
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;) {
        const evg_event *o = &d->events.v[i];
        int32_t a = -1, b = -1;
        for (int k = 0; k < o->nactors; k++) {
            int32_t c = cand_of(s, o->actors[k].entity);
            if (c < 0 || evt_cand_type_is(&s->c.v[c], "LOC")) continue;
            if (o->actors[k].role == EVG_ROLE_SOURCE && a < 0) a = c;
            else if (b < 0) b = c;
        }
        if (a < 0 || b < 0) continue;
        evt_add_actor(ev, s->c.v[b].ent, EVG_ROLE_PARTICIPANT);
        return a;
    }
    return -1;
}

/* "دعت مصر إسرائيل إلى الانسحاب، لكنها رفضت": a rejection (12x) told after a
 * call or a demand (02x, 10x) is the answer of the one called on, so the
 * call's addressee is tried before its caller. */
static int refusal_of_call(const evt_match *mt, const evg_event *o)
{
    return strncmp(mt->e->code, "12", 2) == 0 &&
           (strncmp(o->code, "02", 2) == 0 || strncmp(o->code, "10", 2) == 0);
}

/* "أعلنت X ترحيبها بالاتفاق، لكنها رفضت تسليم سلاحها": an Arabic verb right
 * after لكن with a subject pronoun (لكنه لكنها لكنهم لكنهما, also with و)
 * has as subject an actor of the sentence's acts before it, the latest
 * first, sources before the others, that agrees with the pronoun: لكنها a
 * feminine one (a woman, a country, a ministry), لكنه a masculine one,
 * لكنهما a pair (the two actors of one act, the second added as
 * participant); لكنهم the latest source.  Returns the candidate or -1. */
int32_t evt_contrast_pronoun_subject(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->first - 1 <= s->first)
        return -1;
    int p = contrast_pronoun(d, mt->first - 1);
    if (!p) return -1;
    if (p == PRON_PLURAL) return evt_previous_source(r, s);
    if (p == PRON_PAIR) return contrast_pair(r, s, ev);
    for (size_t i = d->events.n; i-- > 0 && d->events.v[i].sent == s->idx;)
        for (int pass = 0; pass < 2; pass++) /* the source first; the addressee of a call first when refusing it */
            for (int k = 0; k < d->events.v[i].nactors; k++) {
                const evg_event *o = &d->events.v[i];
                int source = o->actors[k].role == EVG_ROLE_SOURCE, want = refusal_of_call(mt, o) ? pass : !pass;
                int32_t c = cand_of(s, o->actors[k].entity);
                if (source != want || c < 0 || s->c.v[c].attrib || evt_cand_type_is(&s->c.v[c], "LOC")) continue;
                if (pronoun_agrees(d, o, &s->c.v[c], source, p)) return c;
            }
    return -1;
}

/* Does the trigger's token end in the Arabic plural subject ending وا
 * (هاجموا، اعتقلوا; a perfect or a jussive) or, for an imperfect, ون
 * (يهاجمون)?  No 3rd person singular verb form ends so (the inflected
 * forms are entries of their own, so the key cannot tell). */
static int plural_subject_form(const evg_doc *d, const evt_match *mt)
{
    const evg_token *t = &d->tokens.v[mt->first];
    size_t n = (size_t)(t->fe - t->fs);
    const char *w = d->fold + t->fs;
    if (n < 6) return 0;
    int waw_alif = memcmp(w + n - 4, "\xD9\x88\xD8\xA7", 4) == 0; /* وا */
    int waw_nun = memcmp(w + n - 4, "\xD9\x88\xD9\x86", 4) == 0;  /* ون */
    return waw_alif || (waw_nun && mt->e->pos == EVT_POS_PRES);
}

/* "قال التنظيم إن مقاتليه هاجموا ثكنات الجيش", "الجنود اعتقلوا ثلاثة من
 * عناصر X": an Arabic verb whose plural ending is its subject (a pronoun,
 * or a noun before it: a verb after its subject agrees in number) takes no
 * second subject after it; a name that follows it in its clause is its
 * object.  A source found there becomes the target (or leaves, when a
 * target is named already).  Session 21 (fresh3-extra). */
void evt_plural_subject_object(const sent *s, size_t hi, evg_event *ev)
{
    const evt_match *mt = &s->h.v[hi].mt;
    const evg_doc *d = s->doc;
    if (mt->e->lang != EVG_LANG_AR || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES) ||
        mt->e->cls == EVT_CL_SPEECH || !plural_subject_form(d, mt))
        return;
    for (int i = 0; i < ev->nactors; i++) {
        if (ev->actors[i].role != EVG_ROLE_SOURCE) continue;
        int after = 0, before = 0;
        for (size_t k = 0; k < s->c.n; k++) {
            if (s->c.v[k].ent != ev->actors[i].entity) continue;
            if (s->c.v[k].first >= mt->end) after = 1;
            else before = 1;
        }
        if (!after || before) continue;
        if (evt_role_taken(ev, EVG_ROLE_TARGET)) {
            memmove(&ev->actors[i], &ev->actors[i + 1], (size_t)(ev->nactors - i - 1) * sizeof ev->actors[0]);
            ev->nactors--;
            i--;
        } else {
            ev->actors[i].role = EVG_ROLE_TARGET;
        }
    }
}

/* How many tokens may separate two acts of one chain of verbal nouns
 * ("طرد السفير X وإغلاق"): the first act's object phrase. */
#define CHAIN_REACH 14

/* The event of the sentence built from the trigger at token trig, or -1. */
static int32_t event_at(const evg_doc *d, const sent *s, int32_t trig)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->trig_first < s->first) return -1;
        if (o->trig_first == trig) return (int32_t)i;
    }
    return -1;
}

/* Is hit hi an Arabic verbal noun joined by a bare و (no ال: "وطرد
 * السفير", "، وإغلاق الحدود") to the act of the hit before it (a verbal
 * noun, or the order verb itself: "أمر بطرد X وإغلاق"),
 * with no other trigger and no clause mark but a comma between?  Returns
 * that hit's index or -1. */
static int32_t chain_head(const sent *s, size_t hi)
{
    const evg_doc *d = s->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (hi == 0 || mt->e->lang != EVG_LANG_AR || mt->e->pos != EVT_POS_NOUN || mt->prefix_len != 2 ||
        memcmp(d->fold + d->tokens.v[mt->first].fs, "\xD9\x88", 2) != 0) /* و */
        return -1;
    const evt_match *pv = &s->h.v[hi - 1].mt;
    if (pv->e->cls == EVT_CL_SPEECH || pv->end > mt->first ||
        mt->first - pv->end > CHAIN_REACH)
        return -1;
    for (int32_t q = pv->end; q < mt->first; q++) {
        const evg_token *t = &d->tokens.v[q];
        if (t->oe - t->os == 1 && strchr(".;:!?()\"", d->raw.p[t->os])) return -1;
    }
    return (int32_t)(hi - 1);
}

/* "قررت X طرد السفير Y وإغلاق القنصلية وتعليق الرحلات": each verbal noun
 * of a chain joined by و is an act of its own with the agent of the first
 * (the subject of the decision, announcement or order verb), not a name
 * in the object of the act before it ("السفير الليبي", "لدى السويد"); that
 * name, if the act has no target, becomes its target.  A name right after
 * the noun (its genitive, "واستدعاء مصر سفيرها") is left alone. */
void evt_chain_agent(const run *r, const sent *s, size_t hi, evg_event *ev)
{
    const evg_doc *d = r->doc;
    int32_t k = chain_head(s, hi);
    int32_t at = k >= 0 ? event_at(d, s, s->h.v[k].mt.first) : -1;
    if (at < 0) return;
    const evg_event *head = &d->events.v[at];
    int32_t agent = -1;
    for (int i = 0; i < head->nactors && agent < 0; i++)
        if (head->actors[i].role == EVG_ROLE_SOURCE) agent = head->actors[i].entity;
    if (agent < 0) return;
    int32_t end = s->h.v[hi].mt.end;
    size_t c = evt_cand_lower_bound(s, end);
    int own = c < s->c.n && s->c.v[c].first == end && s->c.v[c].prep == PREP_NONE;
    int i = 0;
    while (i < ev->nactors && ev->actors[i].role != EVG_ROLE_SOURCE) i++;
    if (i < ev->nactors && (own && s->c.v[c].ent == ev->actors[i].entity)) return;
    if (i < ev->nactors && ev->actors[i].entity == agent) return;
    int32_t old = i < ev->nactors ? ev->actors[i].entity : -1;
    if (old >= 0) memmove(&ev->actors[i], &ev->actors[i + 1], sizeof ev->actors[0] * (size_t)(ev->nactors - i - 1));
    if (old >= 0) ev->nactors--;
    for (int j = 0; j < ev->nactors; j++)
        if (ev->actors[j].entity == agent) ev->actors[j].role = EVG_ROLE_SOURCE;
    evt_add_actor(ev, agent, EVG_ROLE_SOURCE);
    if (old >= 0 && !evt_actor_matches(d, old, agent)) evt_add_actor(ev, old, EVG_ROLE_TARGET);
}

/* The verb right before an English "the" at token the (a date told between
 * is skipped: "announced on Monday the recall of"): an announcement or
 * order verb's token, or -1. */
static int32_t order_verb_before(const run *r, const sent *s, int32_t the)
{
    static const char *const verbs[] = {"announced", "announces", "ordered", "orders", "approved",
                                        "approves", "declared", "declares", NULL};
    const evg_doc *d = r->doc;
    int32_t k = the - 1;
    while (k > s->first && the - k <= 4 && (r->tok_tx[k] >= 0 || tok_is(d, k, "on"))) k--;
    return k > s->first && tok_in(d, k, verbs) ? k : -1;
}

/* "X announced the recall of its envoy and the closure of its consulate",
 * "ordered the suspension of aid": an English act noun after "the" that is
 * the object of an announcement or order verb, or joined by "and the" (or
 * ", the") to such a noun, has the verb's subject as its agent, the last
 * bare name before the verb (session 22 ev-chain22); not when "by" after
 * the noun names its own agent.  Returns the candidate or -1. */
int32_t evt_announced_act_agent(const run *r, const sent *s, size_t hi)
{
    const evg_doc *d = r->doc;
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->lang != EVG_LANG_EN || mt->e->cls != EVT_CL_EVENT || (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_VERB) ||
        mt->first - 2 <= s->first || !tok_is(d, mt->first - 1, "the"))
        return -1; /* a verb's form after "the" is a noun: "the recall of" */
    int32_t v = order_verb_before(r, s, mt->first - 1);
    for (size_t k = hi; v < 0 && k-- > 0;) { /* "... and the closure of": the chain's first noun */
        const evt_match *pm = &s->h.v[k].mt;
        if (!tok_is(d, mt->first - 2, "and") && !tok_is(d, mt->first - 2, ",")) return -1;
        if (pm->e->lang != EVG_LANG_EN || pm->e->pos == EVT_POS_FIXED || pm->end > mt->first ||
            mt->first - pm->end > 14 || pm->first - 1 <= s->first || !tok_is(d, pm->first - 1, "the"))
            return -1;
        for (int32_t q = pm->end; q < mt->first - 2; q++)
            if (evt_is_punct_boundary(d, q)) return -1;
        v = order_verb_before(r, s, pm->first - 1);
        mt = pm;
    }
    for (int32_t q = s->h.v[hi].mt.end; v >= 0 && q < s->end && q < s->h.v[hi].mt.end + 8; q++) {
        if (evt_is_punct_boundary(d, q)) break;
        if (tok_is(d, q, "by")) return -1; /* "announced the expulsion of its envoy by X": X acted */
    }
    return v < 0 ? -1 : last_plain_cand_before(s, v);
}

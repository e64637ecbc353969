/*
 * events_int.h - private to the events stage (core/events*.c).
 *
 * events_data.c owns the tables: the trigger lexicon (data/triggers.tsv with
 * the Arabic inflections generated at load), the modality/attribution cues
 * (data/cues.tsv) and the CAMEO codebook (data/cameo.tsv).  Every form is
 * stored folded, keyed by its first word in a chained hash table, so a
 * document token costs one lookup per proclitic split, never a table scan.
 * Everything lives in one arena owned by struct evg_triggers.
 *
 * events.c runs the stage on a document with the lookups declared here
 * (its opening comment maps the files of the stage); events_sentence.c
 * fills the working types below (a sentence's working set, the
 * per-document run), which events_args.c, events_clause.c,
 * events_context.c, events_place.c, events_parties.c, events_meet.c,
 * events_speech.c, events_generic.c, events_date.c, events_modality.c, events_roles.c
 * (dateline, light verbs, dual anaphors, pronouns), events_quantity.c and
 * events_merge.c share.
 */
#ifndef EVG_EVENTS_INT_H
#define EVG_EVENTS_INT_H

#include "internal.h"

enum evt_pos { EVT_POS_PAST = 0, EVT_POS_PRES, EVT_POS_NOUN, EVT_POS_FIXED, EVT_POS_VERB };
enum evt_class { EVT_CL_EVENT = 0, EVT_CL_VISIT, EVT_CL_HOST, EVT_CL_ARRIVE, EVT_CL_MEET,
                 EVT_CL_SPEECH };
/* EVT_CUE_NOAGENT: "دولية", "international" at an event noun: its agent is
 * written only as a collective nobody in particular, so it has no named agent. */
enum evt_cue_kind { EVT_CUE_PLANNED = 0, EVT_CUE_POSSIBLE, EVT_CUE_NEGATED, EVT_CUE_ATTRIB, EVT_CUE_NOAGENT };
enum evt_cue_scope { EVT_SC_ADJ = 0, EVT_SC_PRES, EVT_SC_CLAUSE, EVT_SC_ANY, EVT_SC_POST };

/* One surface form of a trigger or cue.  key is the first folded word,
 * tail[] the following words; all strings live in the table arena. */
typedef struct evt_entry {
    const char *key;
    const char **tail;
    int ntail;
    int lang;                 /* EVG_LANG_AR / EVG_LANG_EN */
    /* triggers */
    char code[5];
    const char *label;        /* from cameo.tsv */
    int pos, cls, min_actors;
    int planned;              /* generated with the future prefix س */
    int present;              /* an imperfect (present) verb form */
    int definite;             /* a noun form with a possessive ending */
    int fem;                  /* an Arabic perfect with the feminine ending ت (صوتت, not صوت) */
    const char **req;         /* words one of which must follow, or NULL */
    int nreq;
    /* cues */
    int kind, scope;
    struct evt_entry *next;   /* hash chain */
    uint32_t h;               /* evg_hash_bytes of key (speed: a chain walk reads no other key) */
} evt_entry;

typedef struct evt_cameo {
    const char *code, *label;
    double goldstein;
    int quad;
} evt_cameo;

/* A match in a document: tokens [first, end) matched entry e; prefix_len is
 * the byte length of the proclitic stripped from the first token. */
typedef struct evt_match {
    const evt_entry *e;
    int32_t first, end;
    int prefix_len;
    int definite;             /* the noun carried ال or a possessive ending */
} evt_match;

/* Longest trigger (cues = 0) or cue (cues = 1) starting at token i, within
 * tokens < limit.  Returns 1 and fills *out, else 0. */
int evt_match_at(const evg_doc *doc, int32_t i, int32_t limit, int cues, evt_match *out);

/* The CAMEO entry for a code, NULL if the codebook lacks it. */
const evt_cameo *evt_cameo_find(const evg_ctx *ctx, const char *code);

/* Is token i a title's head noun (data/title_heads.tsv), after any noun proclitic? */
int evt_title_head_word(const evg_doc *doc, int32_t i);

/* 1 when the token equals the folded word w (wn bytes) after any noun proclitic. */
int evt_stem_at(const evg_doc *doc, int32_t i, const char *w, size_t wn);
/* events_data.c: the word tests of a row's required words: token i ends with
 * w (then ا when alef) after a clitic chain; w with a possessive ending; may
 * some row's required word match token k at all (a filter: 0 means none can) */
int evt_stem_alef_at(const evg_doc *doc, int32_t i, const char *w, size_t wn, int alef);
int evt_poss_at(const evg_doc *doc, int32_t i, const char *w, size_t wn);
int evt_req_may(const evg_doc *doc, int32_t k);
/* events_require.c: where a row's required words must stand (scope of evt_entry) */
/* Trigger entries leave the cue fields kind/scope unused; scope marks a
 * perfect generated with an object pronoun (وقعته, اغلقته), whose required
 * word is the noun the pronoun stands for, often further back. */
#define TRIG_OBJ_FORM 1
#define TRIG_NEXT_WORD 2 /* requires written ">a,b": one of them must be the very next word */
#define TRIG_ONE_NAME 3  /* requires written "<a,b": a word after the form with one named actor at most
                          * between ("حذر X من": a warning of something, no one warned) */
#define TRIG_AFTER 4     /* requires written "+a,b": a word after the form, never before it: "اتفقا على
                          * عقد اجتماع", not "تناولت التعاون وأمن الحدود، واتفقا على" */
#define TRIG_OBJECT 5    /* requires written "=a,b": a word of the verb's object, after the form and before
                          * the clause ends ("welcomed the deal", not "welcomed X, and ... held talks") */
#define TRIG_BEFORE 6    /* requires written "-a,b": a word before the form only, in its subject
                          * ("troops crossed the border", not "X crossed the border to visit troops") */
#define TRIG_IGO 7       /* requires written "&igo": a body of states (role IGO) named by its own name
                          * within IGO_REACH tokens after the form ("withdrew from ECOWAS", session 19) */
#define IGO_REACH 4
#define TRIG_COMPLEMENT 8 /* requires written "^a,b": a word of what a statement says, in the clause after
                           * إن/أن/that or the bare English complement ("said the move was illegal", session 23) */
#define TRIG_COND_THREAT 9 /* requires written "&cthreat": what a statement says is a conditional threat
                            * ("said it would respond if ...", "قال إن بلاده سترد إذا ...", session 24) */
#define CTHREAT_WORDS 30  /* words of a complement searched for its condition and its future act */
#define COMP_REACH 12     /* tokens from a statement verb to its إن/أن/that */
#define COMP_WORDS 14     /* words of a complement searched for a required word */
#define OBJ_WORDS 8      /* words an object's head word may stand after its verb */
#define REQ_BACK 5      /* tokens a required word may precede the form */
#define REQ_BACK_OBJ 25 /* ... when the form carries an object pronoun */
int evt_next_word_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int evt_one_name_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int evt_object_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int evt_complement_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int evt_cond_threat_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int evt_igo_follows(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit);
int32_t evt_apposition_start(const evg_doc *doc, int32_t i);
static inline int evt_tok_is_stem(const evg_doc *doc, int32_t i, const char *w)
{
    size_t wn = strlen(w); /* speed: inline, a literal's length is known */
    if (i < 0 || (size_t)i >= doc->tokens.n) return 0;
    const evg_token *t = &doc->tokens.v[i];
    size_t n = (size_t)(t->fe - t->fs);
    /* speed: the word must end the token (its last byte) with at most 8 bytes before it */
    if (n < wn || n - wn > 8 || (wn > 0 && doc->fold[t->fe - 1] != w[wn - 1])) return 0;
    return evt_stem_at(doc, i, w, wn);
}

/* ---- shared by events.c, events_merge.c and events_quantity.c ---- */

enum { PREP_NONE = 0, PREP_WITH, PREP_TO, PREP_IN, PREP_FROM, PREP_BI, PREP_AND, PREP_OTHER,
       PREP_BETWEEN, PREP_ON };

typedef struct cand {
    int32_t m, ent;
    int32_t first, end;
    int prep;
    int attrib;              /* the reporting source named by an attribution cue */
    const evg_entity *e;
} cand;

typedef struct hit {
    evt_match mt;
    int32_t speaker;         /* speech triggers: index in cands, or -1 */
} hit;

typedef struct sent {
    evg_doc *doc;
    int32_t idx, first, end;
    int section, sec_kind;
    EVG_VEC(cand) c;
    EVG_VEC(hit) h;
    EVG_VEC(int32_t) tx;     /* usable timexes of the sentence */
    int32_t attrib_ent;
    int nonspeech;           /* number of non-speech hits */
} sent;

/* A date (or a reporting verb) further than this from its trigger belongs
 * to another clause. */
#define TIMEX_REACH 60

/* Reports compared with each other inside one document: all of a normal
 * article; the bound keeps pathological inputs linear. */
#define MERGE_REACH 400

/* How an event without a date of its own may borrow one (run.want_coref):
 * not asked, from a same-root event, from a meeting or visit of the section,
 * or never (an anterior clause: "قد أجرى", "already sent", "had met"). */
enum evt_coref { EVT_COREF_NONE = 0, EVT_COREF_ROOT, EVT_COREF_MEET, EVT_COREF_NEVER,
                 EVT_COREF_LED };  /* LED: talks named as what led to the sentence's act
                                      ("وقّعوا ... في ختام مباحثات"): dated as any event, but
                                      never the occasion later statements are dated by */

typedef struct ord {         /* a mention or timex by its first token */
    int32_t first, idx;
} ord;

typedef struct run {
    evg_doc *doc;
    ord *men, *tx;           /* mentions and timexes in text order */
    size_t men_pos, tx_pos;  /* cursors: sentences are visited in order */
    int32_t *tok_men;        /* token -> mention covering it, or -1 */
    int32_t *tok_tx;         /* token -> timex covering it, or -1 */
    EVG_VEC(int) want_coref; /* parallel to doc->events: enum evt_coref */
} run;

/* events_coref.c helpers shared with events_sequel.c */
int evt_same_paragraph(const evg_doc *d, int32_t a, int32_t b);
size_t evt_ord_lower(const ord *a, size_t n, int32_t tok);
int evt_since_timex(const evg_doc *d, const evg_timex *tx);
int evt_relative_clause_day(const evg_doc *d, const evg_sentence *st, const evg_timex *tx);
void evt_coref_day(evg_event *ev, int32_t day);
void evt_coref_timex(const evg_doc *d, evg_event *ev, int32_t t);
const char *evt_named_act_code(const run *r, const evg_event *ev);
int evt_same_act_family(const char *a, const char *b);
int evt_english_definite(const evg_doc *d, int32_t from, int32_t k);
/* events_sequel.c: dates from the narrative's shape; 1 when ev was dated */
int evt_sequel_date(const run *r, evg_event *ev);
int evt_then_adverb_date(const run *r, evg_event *ev);
int evt_conjoined_act_date(const run *r, size_t i, char *story);
int evt_stamp_date(const run *r, evg_event *ev);
int evt_background_before_lead(const evg_doc *d, const evg_event *ev, const evg_event *o);
int evt_present_report(const evg_doc *d, const evg_event *ev);
int evt_untold_act_date(const run *r, evg_event *ev);
int evt_occasion_phrase_date(const run *r, size_t i);

static inline int tok_is(const evg_doc *d, int32_t i, const char *s)
{
    return i >= 0 && evg_tok_is(d, (size_t)i, s);
}

/* words: a static NULL-terminated list (one bit of the token's form, wordset.c). */
static inline int tok_in(const evg_doc *d, int32_t i, const char *const *words)
{
    return i >= 0 && evg_tok_in_static(d, (size_t)i, words, (size_t)-1, EVG_WS_PLAIN);
}

/* events_sentence.c: clauses, candidates, triggers, dates and speakers of one sentence */
int evt_is_punct_boundary(const evg_doc *d, int32_t i);
int evt_is_quote_open(const evg_doc *d, int32_t i);
int evt_is_complementizer(const evg_doc *d, int32_t i);
int evt_since_measure(const evg_doc *d, int32_t k); /* "first" or a superlative before since/منذ */
/* Is token k "loyal", "belonging", "affiliated" or "allied" (a force tied to a name)? */
int evt_loyalty_word(const evg_doc *d, int32_t k);
void evt_collect_cands(run *r, sent *s);
void evt_collect_hits(run *r, sent *s);
void evt_collect_timexes(run *r, sent *s);
void evt_collect_attribution(run *r, sent *s);
int32_t evt_find_speaker(const sent *s, const evt_match *mt);
void evt_sent_free(sent *s);
/* events_args.c: the actors of hit hi */
int evt_role_taken(const evg_event *ev, int role);
void evt_assign_actors(const run *r, const sent *s, size_t hi, evg_event *ev);
/* events_context.c: "..., accusing X of": an English present participle right after a comma
 * (a circumstantial clause of the act before it). */
int evt_en_participle(const evg_doc *d, const sent *s, const evt_match *mt);
/* "، منددا بـ", "، داعيا X إلى": an Arabic circumstantial participle (an
 * accusative active participle after a comma), a verb in all but form. */
int evt_ar_participle(const evg_doc *d, const sent *s, const evt_match *mt);
/* events_stance.c: the actors and place hit k would take as an event of its
 * own (code and location set, the rest zero): for an event that borrows a
 * neighbour's. */
void evt_scratch_actors(const run *r, const sent *s, size_t k, evg_event *tmp);

/* events_roles.c: clause-level argument rules shared by events_args.c */
int evt_is_dateline_place(const evg_doc *d, const sent *s, const cand *c);
int32_t evt_light_verb(const evg_doc *d, const sent *s, size_t hi, int32_t lo);
/* Is token k a light verb of meetings ("held", "عقد", "وأجرى")? */
int evt_is_light_verb(const evg_doc *d, int32_t k);
int evt_light_verb_future(const evg_doc *d, int32_t lv);
int32_t evt_pronoun_subject(const evg_doc *d, const sent *s, int32_t trig);
/* "وأضاف أنه سيزور ...", "وتابع أنها ...": the person a continued statement
 * is by (the latest person source of this or the previous sentence, else the
 * person opening the previous sentence); -1 if none (events_roles.c). */
int32_t evt_previous_person(const evg_doc *d, const sent *s);
/* The subject an Arabic verb opening its sentence without one continues
 * (the source named at the head of a recent sentence); -1 if none. */
int32_t evt_topic_subject(const evg_doc *d, const sent *s);
/* The scope value events_data.c gives a perfect generated with an object
 * pronoun (طالبته, وقعها): must equal TRIG_OBJ_FORM there. */
#define EVT_SCOPE_OBJ_FORM 1
int32_t evt_title_subject(const evg_doc *d, const sent *s, const evt_match *mt);
/* The entity of the document whose id is e's ISO country code in lower case
 * ("chn" for Beijing or a Chinese minister), or -1 when e has none or the
 * document does not name that country. */
int32_t evt_country_named(const evg_doc *d, const evg_entity *e);
/* Kinds of plural back-reference: COUNTRIES "البلدين", "the two countries"
 * (each side's country); PEOPLE "الوزيرين" (two people); VERB a dual verb
 * with its subject unnamed; SIDES "الطرفان", "the two sides" (two parties of
 * any kind, as named); GROUP "الأطراف", "الفصائل", "the parties" (every party). */
enum evt_dual { DUAL_NONE = 0, DUAL_COUNTRIES, DUAL_PEOPLE, DUAL_VERB, DUAL_SIDES, DUAL_GROUP, DUAL_LEADERS,
                DUAL_NUMBERED }; /* NUMBERED: "the four countries", "الدول الأربع" */
int evt_countries_subject(const evg_doc *d, const evg_event *ev);
int32_t evt_org_anaphor(const evg_doc *d, const sent *s, const evt_match *mt, int32_t lv);
int evt_dual_anaphor(const evg_doc *d, const sent *s, size_t hi, int32_t lo, int32_t hi_end);
int evt_nominative_dual_ar(const evg_doc *d, int32_t k);
int evt_signing_participle(const evg_doc *d, const evg_event *o);
int evt_add_dual_actors(const evg_doc *d, const sent *s, int kind, evg_event *ev);
int evt_is_continuation_speech(const evg_doc *d, const evt_match *mt);

/* events_tense.c: 2 for a past perfect ("وقد أجرى", "had met"), 1 for an
 * "already" clause ("أرسلها بالفعل"), 0 otherwise; anchor is the verb
 * (the trigger or its light verb). */
int evt_anterior(const evg_doc *d, const sent *s, const evt_match *mt, int32_t anchor);
/* Is token q a form of كان that opens a past perfect (كان كانت كانا كانوا,
 * with or without و)? */
int evt_ar_was(const evg_doc *d, int32_t q);
/* The first person plural or singular of a verb in a quotation ("«سنناقش مع
 * X»", "we will discuss"): the speaker of the quoting verb, as a candidate
 * index, or -1. */
int32_t evt_first_person_speaker(const evg_doc *d, const sent *s, size_t hi);
int evt_cue_cut(const evg_doc *d, const evt_match *cue, const evt_match *anchor);

/* events_stance.c: statements that take a position towards an act */
int evt_position_code(const char *code);
/* events_stance.c: is token q part of a time expression or of a named actor? */
int evt_in_timex_or_name(const evg_doc *d, int32_t q);
void evt_stance_targets(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_stance_drop_speaker(const run *r, const sent *s, size_t hi, evg_event *ev);
/* Is hit hi the act a statement right before it is about ("إدانتها للهجوم": ل marks
 * the object, not a purpose)? */
int evt_stance_object(const sent *s, size_t hi);
int evt_demanded_act(const sent *s, size_t hi);
int evt_supported_effort(const sent *s, size_t hi);
int evt_discussed_topic(const sent *s, size_t hi);
int evt_restated_assault(const sent *s, size_t hi);
int evt_named_as_assault(const sent *s, size_t hi);
int evt_stance_refusal(const sent *s, size_t hi);
void evt_separate_condemners(run *r, const sent *s, size_t hi, int want);
int evt_joint_cue(const evg_doc *d, const sent *s);
int evt_agreed_act(const evg_ctx *ctx, const sent *s, size_t hi, evg_event *ev);
int evt_own_deployment(const evg_ctx *ctx, const evg_doc *d, const sent *s, size_t hi, evg_event *ev);

/* events_generic.c (session 19): a negative quantifier subject, a place
 * fallen to a force, the place of a meeting noun's participle phrase */
int evt_generic_no_act(const evg_doc *d, const evt_match *mt);
void evt_fallen_place(const sent *s, size_t hi, evg_event *ev);
void evt_apposition_place(const sent *s, size_t hi, evg_event *ev);
void evt_gathered_parties(const sent *s, size_t hi, evg_event *ev);
void evt_captured_settlement(const sent *s, size_t hi, evg_event *ev);
void evt_protest_site(const sent *s, size_t hi, evg_event *ev);
int evt_gathering_subject(const sent *s, size_t hi);
int evt_left_body(const sent *s, size_t hi, evg_event *ev);
/* Is token k a noun of a gathering or an operation of a body ("the ECOWAS
 * summit", "قمة الإيكواس", "UN mission"), whose leaving is not leaving the body? */
int evt_body_event_noun(const evg_doc *doc, int32_t k);

/* events_parties.c: the pair the section last named with "between X and Y" before
 * token before (within a reach); 1 and out filled, else 0. */
int evt_section_pair(const run *r, const sent *s, int32_t before, int32_t out[2]);
/* events_args.c: an event's actor list; events_date.c: its date */
int evt_has_actor(const evg_event *ev, int32_t ent);
void evt_add_actor(evg_event *ev, int32_t ent, int role);
void evt_set_date(evg_event *ev, const char *value, int32_t begin, int32_t end, int src);
/* events_quantity.c: amounts after trigger hi ("13 ألف جندي") */
void evt_assign_quantities(const run *r, const sent *s, size_t hi, evg_event *ev);
/* events_coref.c: dates by coreference; the story's day of a headline left
 * undated, the rank of a date's source, the meeting family (04x) */
void evt_resolve_coref(run *r);
void evt_story_date(const run *r, evg_event *ev);
int evt_yearless(const evg_event *ev); /* events_coref.c: XXXX-MM-DD, no range */
int evt_date_rank(int src);
int evt_is_meeting_family(const char *code);
/* events_merge.c: one event per real event; actor a of one report matches
 * actor b of another (same entity, or a country and one of its own) */
void evt_merge_events(run *r);
int evt_actor_matches(const evg_doc *d, int32_t a, int32_t b);
/* 1 when token i is a relative pronoun that opens a clause: who, which, الذي, التي */
int evt_is_relative(const evg_doc *d, int32_t i);

/* ---- shared across the files of the split stage (session 14): each file
 * its block, in pipeline order; comments at the definitions ---- */
/* events_sentence.c: the sentence working set */
int evt_is_pronoun_complementizer(const evg_doc *d, int32_t i);
int evt_is_subordinator(const evg_doc *d, int32_t i);
int evt_prep_word(const evg_doc *d, int32_t i);
int evt_ar_preposition(const evg_doc *d, int32_t i);
int evt_cand_type_is(const cand *c, const char *t);
int evt_punct_between(const evg_doc *d, int32_t a, int32_t b);
int32_t evt_title_then_name(const sent *s, size_t k, int32_t stop);
int32_t evt_window_end(const run *r, const sent *s, size_t hi);
int32_t evt_window_start(const run *r, const sent *s, size_t hi);
/* events_place.c: place and the actors after the trigger */
int32_t evt_dated_place(const sent *s, const evg_event *ev);
int evt_is_place(const cand *c);
void evt_place_light_span(const sent *s, int32_t lv, int32_t src, const evt_match *mt, evg_event *ev);
void evt_place_following(const sent *s, int32_t src, int32_t lv, const evt_match *mt,
                         int32_t hi_end, evg_event *ev);
/* events_clause.c: subjects of other clause shapes */
int32_t evt_passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t lo, evg_event *ev);
int32_t evt_attack_noun_agent(const run *r, const sent *s, const evt_match *mt);
int evt_offered_mediation(const evg_doc *d, const evt_match *mt); /* events_generic.c */
int32_t evt_arabic_passive_agent(const run *r, const sent *s, const evt_match *mt, int32_t hi_end,
                                 evg_event *ev);
int32_t evt_coordinated_subject(const run *r, const sent *s, size_t hi, int32_t hi_end);
int32_t evt_subordinate_subject(const run *r, const sent *s, size_t hi);
/* A clause rule's answer "this act's subject is a person the text does not
 * name": no other rule may give it one. */
#define EVT_NO_SUBJECT (-2)
int32_t evt_arabic_relative_subject(const run *r, const sent *s, size_t hi, evg_event *ev);
int32_t evt_relative_clause_subject(const run *r, const sent *s, size_t hi, int32_t lv);
int32_t evt_subject_before_clause(const evg_doc *d, const sent *s, int32_t v);
int32_t evt_english_conjoined_subject(const run *r, const sent *s, size_t hi);
int32_t evt_conjoined_verb_subject(const run *r, const sent *s, size_t hi);
/* events_clause.c: an act of a chain of verbal nouns takes the agent of the first */
void evt_chain_agent(const run *r, const sent *s, size_t hi, evg_event *ev);
int32_t evt_announced_act_agent(const run *r, const sent *s, size_t hi);
int32_t evt_contrast_pronoun_subject(const run *r, const sent *s, size_t hi, evg_event *ev);
int32_t evt_parenthetical_subject(const run *r, const sent *s, const evt_match *mt, int32_t lo);
int evt_the_noun(const evg_doc *d, const evt_match *mt, int32_t lv);
int32_t evt_led_agent(const evg_doc *d, const sent *s, const evt_match *mt);
/* events_context.c: subjects carried or read from the clause shape */
int32_t evt_own_country_of(const evg_doc *d, int32_t ent);
int32_t evt_own_country_subject(const run *r, const sent *s, size_t hi);
int32_t evt_amma_topic(const sent *s, const evt_match *mt); /* events_context.c: "أما X فقال" */
int evt_where_clause(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev);
int evt_chained_clause(const run *r, const sent *s, size_t hi, int32_t lv, int32_t hi_end, evg_event *ev);
int evt_feminine_after_pronoun(const evg_doc *d, const sent *s, const evt_match *mt);
int evt_feminine_speech_before(const evg_doc *d, const sent *s, size_t self);
int32_t evt_feminine_teller(const evg_doc *d, const sent *s, const evt_match *mt);
int evt_participle_clause(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_object_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev);
int evt_reception_formula(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_host_pronoun(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev);
int evt_sides_subject(const run *r, const sent *s, size_t hi, int32_t lo, int32_t hi_end, evg_event *ev);
int evt_received_call(const run *r, const sent *s, size_t hi, int32_t hi_end, evg_event *ev);
int32_t evt_dropped_subject(const run *r, const sent *s, size_t hi);
/* events_args.c: choosing the actors */
size_t evt_cand_lower_bound(const sent *s, int32_t lo);
int32_t evt_cand_before(const sent *s, int32_t lo, int32_t trig, int max_gap);
int32_t evt_previous_source(const run *r, const sent *s);
int evt_and_between(const evg_doc *d, int32_t a, int32_t b, int prep_and);
int evt_joint_act(const evt_match *mt);
/* events_date.c: dating an event */
int evt_occasion_actors(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_assign_date(const run *r, const sent *s, size_t hi, evg_event *ev);
/* An act turned into an intent (03) after a time ahead dated it is dated
 * again as the intent; returns the coreference wish. */
int evt_intent_redate(const run *r, const sent *s, size_t hi, evg_event *ev, int coref);
int evt_anterior_date(const run *r, const sent *s, size_t hi, evg_event *ev, int coref);
int evt_position_object_date(const sent *s, size_t hi, evg_event *ev);
void evt_days_after_dates(run *r);
/* events_modality.c: modality, attribution, stated intents */
int evt_purpose_noun(const evg_doc *d, const evt_match *mt);
int evt_unnamed_agent_noun(const run *r, const sent *s, size_t hi);
int32_t evt_assign_attribution(const sent *s, size_t hi, const evg_event *ev);
int evt_stated_intent(const sent *s, size_t hi, evg_event *ev);
int evt_agreed_content(const sent *s, size_t hi);
int evt_intent_to_meet(const sent *s, size_t hi);
void evt_event_modality(const run *r, const sent *s, size_t hi, evg_event *ev, int threat);
/* events_speech.c: reported speech */
int evt_contrast_between(const evg_doc *d, int32_t from, int32_t to); /* a contrast opener (فيما, while) in [from, to) */
int evt_speech_event_ok(const sent *s, const evg_event *ev);
int evt_second_denial(const sent *s, size_t hi, const evg_event *ev);
void evt_outlet_not_party(const sent *s, evg_event *ev);
int evt_record_speaker(const evg_doc *d, const evg_event *ev);
int evt_functionary_report(const sent *s, size_t hi, const evg_event *ev);
int evt_commentator_speaker(const sent *s, const evg_event *ev);
int evt_commentator_forecast(const evg_doc *d, const evg_event *ev);
int evt_speech_people(const evg_doc *d, const evg_event *ev);
int evt_statement_after_meeting(const evg_doc *d, const sent *s, const evt_match *mt);
int evt_denial_verb(const evg_doc *d, const evt_match *mt);
int evt_relative_on_speaker(const sent *s, size_t hi, size_t k);
int evt_dated_statement(const run *r, const sent *s, size_t hi, const evg_event *ev);
int32_t evt_threat_speaker(const run *r, const sent *s, size_t hi);
void evt_threat_own_side(const sent *s, int32_t speaker, evg_event *ev);
void evt_speaker_for_country(const sent *s, size_t hi, evg_event *ev);
void evt_speaker_intent(const sent *s, size_t hi, evg_event *ev);
/* events_speech.c: a kept statement telling its own side's future act is an intent (030), session 22 */
int evt_own_future_intent(const sent *s, size_t hi, const evg_event *ev);
void evt_own_envoy_recalled(const sent *s, size_t hi, evg_event *ev);
/* events_parties.c: counterparts beyond word order */
void evt_speaker_object(const sent *s, size_t hi, evg_event *ev);
int evt_ent_is_person(const evg_doc *d, int32_t ent);
void evt_announced_aid_source(const sent *s, size_t hi, evg_event *ev);
void evt_leaders_actors(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_summit_body_actors(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_addressed_pronoun(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_mediated_parties(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_capitals_as_countries(const evg_doc *d, evg_event *ev);
void evt_visited_city_country(const evg_doc *d, evg_event *ev);
int evt_city_only_after(const sent *s, size_t hi, const evg_event *ev);
/* events_envoy.c: the envoy of an expulsion or recall is its object */
void evt_envoy_object(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_visit_talks_visitor(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_agreed_with_met(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_conflict_pair(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_aid_arrival(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_other_country_target(const evg_doc *d, evg_event *ev);
void evt_plural_subject_object(const sent *s, size_t hi, evg_event *ev);
void evt_city_before_assault(const sent *s, size_t hi, evg_event *ev);
void evt_attack_place_target(const sent *s, size_t hi, evg_event *ev);
/* events_meet.c: meetings, visits, talks */
void evt_previous_meeting_actors(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_visit_span(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_during_it(const run *r, const sent *s, size_t hi, evg_event *ev);
size_t evt_talks_led(const sent *s, size_t hi);
int evt_hosts_talks(const sent *s, size_t hi);
void evt_led_talks_span(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_city_hosts_talks(const run *r, const sent *s, size_t hi, const evg_event *ev);
int evt_hosted_talks(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_pronoun_partner(const run *r, const sent *s, size_t hi, evg_event *ev);
void evt_guest_arrival(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_granted_reception(const run *r, const sent *s, size_t hi, evg_event *ev); /* events_meet.c (session 15 events7) */
int evt_joins_meeting(const run *r, const sent *s, size_t hi, const evg_event *ev);
void evt_separate_meetings(run *r, const sent *s, size_t hi, int want);
void evt_separate_receptions(run *r, const sent *s, size_t hi, int want);
void evt_separate_visits(run *r, const sent *s, size_t hi, int want);
int evt_return_home(const evg_doc *d, const sent *s, size_t hi, const evg_event *ev);
int evt_due_in_time(const sent *s, size_t hi);
void evt_host_of_gathering(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_media_host(const run *r, const sent *s, size_t hi); /* session 18 fixev */
void evt_delegation_head(const sent *s, size_t hi, evg_event *ev);
void evt_host_during_subject(const sent *s, size_t hi, evg_event *ev);
void evt_arrival_visit_goal(const run *r, const sent *s, size_t hi, evg_event *ev);
int evt_since_occasion(const evg_doc *d, const evt_match *mt);
int evt_meet_goal(const evg_doc *d, const evt_match *mt);
int evt_hosts_presence(const evg_doc *d, const evt_match *mt);
int32_t evt_summit_of_agreement(const run *r, const sent *s, size_t hi, evg_event *ev);

#endif

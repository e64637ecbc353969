/*
 * entities_int.h - private to the actor pass (core/entities*.c): the
 * state of one document's scan and the functions its files share.
 *
 * A scan holds the document, the context's gazetteer and what the pass
 * remembers as it goes left to right (entities by gazetteer entry, local
 * aliases, antecedents of offices, memos of key matches); a span is a key
 * or a name found in the text (tokens [first, end), original bytes
 * [os, oe)); a qual what a title is qualified by.  Everything here lives
 * for one call of evg_entities_run.  The prototypes are grouped by the
 * file that defines them, in the order of the pass (docs/ACTORS.md).
 */
#ifndef EVG_ENTITIES_INT_H
#define EVG_ENTITIES_INT_H

#include "entities_gaz.h"

typedef struct span {      /* a key found in the text */
    int key;
    int32_t first, end;    /* tokens [first, end) */
    int32_t os, oe;        /* original bytes */
} span;

typedef struct qual {      /* what a title is qualified by */
    int entry;             /* gazetteer entry, -1 for none */
    int is_org;
    int32_t end;           /* token after the qualifier (Arabic order) */
    int32_t oe;
    int32_t first, os;     /* the qualifier's own span; first < 0: assumed, not written */
    int kind;              /* mention kind of the qualifier (NAME, DEMONYM) */
} qual;

typedef struct local_alias { const char *s; size_t n; int32_t ent; int last; } local_alias; /* last: 1 a surname, 2 a surname after عبد */
typedef struct spelling { const char *s; size_t n; int latin; int32_t ent; } spelling;
typedef struct antecedent { const char *office; int32_t ent; } antecedent;

typedef struct key_hit { int key; int32_t end; } key_hit; /* key -1 closes a token's list */
typedef EVG_VEC(key_hit) key_hitvec;

typedef struct scan {
    evg_doc *d;
    const struct evg_gazetteer *g;
    int32_t *by_entry;            /* gazetteer entry -> doc entity + 1 (the gazetteer's zeroed[0]) */
    EVG_VEC(int) by_entry_set;    /* the entries set in by_entry, cleared at the end (speed) */
    uint8_t *in_timex;            /* token -> 1 inside a time expression */
    EVG_VEC(local_alias) local;   /* name words of persons found after titles */
    EVG_VEC(antecedent) ante;     /* last entity of each title office */
    EVG_VEC(spelling) spelled;    /* folded spellings of unlisted people with skeleton ids */
    int32_t appos_at, appos_to;   /* a title in apposition starts in [appos_at - 1, appos_to] (0: none) */
    int32_t appos_ent;            /* ... and stands for this person */
    int quiet;                    /* 1: evg_ent_add_mention records no alias (a reference, not a name) */
    struct match_memo *memo;      /* token -> MEMO_WAYS remembered evg_ent_match_at answers (speed) */
    int8_t *stop_memo;            /* token -> evg_ent_is_stop_tok + 1, 0: not asked yet (speed) */
    int32_t *hit_memo;            /* token -> its first entry in *hits, -1: not asked yet (speed) */
    key_hitvec *hits;             /* every key (any kind) matching at a token as written, chain order */
    int32_t run_from, run_stop;   /* tokens (run_from, run_stop) are words or joiners, run_stop not (speed) */
} scan;

/* evg_ent_match_at is a pure function of (token, mask) in one document, and the
 * rules ask it the same question many times: the answers are remembered. */
enum { MEMO_WAYS = 4 };
typedef struct match_memo {
    int mask[MEMO_WAYS];          /* 0: empty way */
    int8_t ok[MEMO_WAYS];
    uint8_t next;                 /* way to replace next */
    span m[MEMO_WAYS];
} match_memo;

typedef struct title_hit {
    const gaz_title *t;
    const char *office;          /* the office the title names once qualified */
    qual q;
    int32_t first, end, os, oe;  /* title with its qualifier */
    int32_t name_first, name_end, name_os, name_oe; /* name_first < 0: none */
    int32_t ent;
    int by_ante;                 /* ent is an earlier title's (its office is already known) */
    int portfolio;               /* portfolio words and no qualifier ("وزير الطاقة والمناجم") */
    int has_post;                /* a posting between title and name: "لدى اليمن" */
    span post;
    int deputy;                  /* a deputy's title ("نائب وزير", "assistant secretary"): never the holder */
    int acting;                  /* an acting holder's title ("acting foreign minister", "بالوكالة"): the
                                    holder listed as acting, else the office, never the titular holder */
    int gap;                     /* words of the body between the title and its name ("'s parliament,") */
    int body_head;               /* the head of a body named after the title (body_head_title) */
} title_hit;

/* entities_key.c */
const char *evg_ent_tok_str(const evg_doc *d, int32_t i, size_t *n);
int evg_ent_same_sent(const evg_doc *d, int32_t a, int32_t b);
int evg_ent_is_joiner(const evg_doc *d, int32_t j);
int evg_ent_hyphen_joins(const evg_doc *d, int32_t j);
int evg_ent_is_comma(const evg_doc *d, int32_t j);
int evg_ent_tok_upper(const evg_doc *d, int32_t j);
int evg_ent_possessive_end(const char *s, size_t n);
size_t evg_ent_count_letters(const char *s, size_t n);
int32_t evg_ent_orig_after_letters(const evg_doc *d, const evg_token *t, int n);
int evg_ent_text_eq(const char *s, size_t n, const gaz_key *k, int i);
int evg_ent_best_key(const scan *st, int32_t i, const char *s, size_t n, int mask, int32_t *out_end);
int evg_ent_best_single_key(const scan *st, int32_t i, const char *s, size_t n, int mask);
int evg_ent_is_stop_tok(const scan *st, int32_t k);
int evg_ent_is_stop(const scan *st, const char *s, size_t n);
int evg_ent_match_at(const scan *st, int32_t i, int mask, span *out);
const char *evg_ent_bare_word(const scan *st, int32_t k, size_t *n);
int evg_ent_ends_with(const char *s, size_t n, const char *suf);
int evg_ent_english_verb(const scan *st, int32_t k, int plural);
int evg_ent_country_entry_of(const scan *st, const evg_entity *x);
int evg_ent_abbreviation_dot(const evg_doc *d, int32_t j);
int evg_ent_one_proclitic(const char *s);
/* Is Arabic token k one of the bare stems[0..ns), alone or behind a chain
 * of proclitics: و or ف, then ب ل or ك, then (with article set) the
 * article ال (لل after ل)?  "سفير", "والسفير", "للسفير", "وبسفير". */
int evg_ent_stem_in(const evg_doc *d, int32_t k, const char *const *stems, size_t ns, int article);
/* Is Arabic token k one of the common prepositions, also behind و or ف:
 * في من إلى على عن مع لدى حول, and of time بعد قبل منذ خلال?  (Not the
 * rarer ones of place or stance: عند بين أمام ضد نحو ...)  As folded. */
int evg_ent_preposition_tok(const evg_doc *d, int32_t k);
int evg_ent_fuzzy_match(const scan *st, int32_t i, span *out);
int evg_ent_cap_word(const scan *st, int32_t k);
/* entities_capword.c: does the GAZ_COMMON key at token j name its entity? */
int evg_ent_capword_ok(const evg_doc *d, int32_t j);
int evg_ent_head_kind(const scan *st, int32_t k);
int32_t evg_ent_cap_run(const scan *st, int32_t i, int *words);
int evg_ent_descriptive_adjective(const scan *st, int32_t k);
int evg_ent_plain_definite(const scan *st, int32_t k, int32_t first);
int evg_ent_place_cue(const scan *st, int32_t i);
int evg_ent_given_name(const scan *st, int32_t i, int *skip);
int evg_ent_orig_ends_in(const evg_doc *d, int32_t k, const char *s);
int evg_ent_reporting_word(const scan *st, int32_t k);
int evg_ent_ordinal_word(const evg_doc *d, int32_t k);

/* entities_names.c */
int evg_ent_has_tanwin(const evg_doc *d, const evg_token *t);
int evg_ent_name_word_ok(const scan *st, int32_t k, int latin);
int evg_ent_name_particle(const scan *st, int32_t k, int latin);
int evg_ent_nisba_surname(const scan *st, int32_t k);
int evg_ent_bare_masdar_shape(const char *s, size_t n);
int evg_ent_family_word(const scan *st, int32_t k);
int evg_ent_family_name(const scan *st, int32_t k);
int evg_ent_latin_name_tail(const scan *st, int32_t k);
int evg_ent_compound_name(const scan *st, int32_t k);
/* May token k open a compound given name (compound_name 2)?  By its text
 * alone: عبد, أبو or a first word of a religious compound (speed). */
int evg_ent_compound_may_open(const evg_doc *d, int32_t k);
/* evg_ent_place_cue by the text s[0..n) alone (speed: entities_unlisted.c). */
int evg_ent_place_cue_text(const char *s, size_t n);
/* May an Arabic organisation nobody listed open at a word of text s[0..n)?
 * Bit 1: evg_ent_arabic_construct_org_at's head; bit 2:
 * evg_ent_arabic_def_org_at's definite head (speed: entities_unlisted.c). */
int evg_ent_arabic_org_may_open(const scan *st, const char *s, size_t n);
int evg_ent_persian_zadeh(const char *s, size_t n);
int evg_ent_prep_construct_plural(const scan *st, int32_t k);
int evg_ent_name_step(const scan *st, int32_t j, int32_t k, int latin, int words, int *w, int *closes);
int evg_ent_word_count(const evg_doc *d, int32_t a, int32_t b);
int evg_ent_given_city_pair(const scan *st, int32_t j, int latin, int titled);
int evg_ent_unknown_name(const scan *st, int32_t j, int32_t *end);
int evg_ent_short_latin_name(const scan *st, int32_t k);

/* entities_mention.c */
int32_t evg_ent_sent_day(const evg_doc *d, int32_t tok);
int32_t evg_ent_entity_push(scan *st, const evg_entity *x);
int32_t *evg_ent_gaz_zeroed(const evg_doc *d, int k);
int32_t evg_ent_entity_of(scan *st, int e);
int32_t evg_ent_entity_by_id(const scan *st, const char *id);
void evg_ent_add_mention(scan *st, int32_t ent, int32_t first, int32_t end, int32_t os, int32_t oe, int kind);
void evg_ent_remember_name_words(scan *st, const span *m, int32_t ent);
int32_t evg_ent_emit_key(scan *st, const span *m, int kind);
void evg_ent_slugify(const char *s, char *out, size_t cap);
void evg_ent_capitalise(char *s);
void evg_ent_local_alias_add(scan *st, int32_t k, int32_t os, int32_t ent);
void evg_ent_local_surname_add(scan *st, int32_t k, int32_t os, int32_t ent);
void evg_ent_add_local_aliases(scan *st, int32_t first, int32_t end, int32_t ent);
int32_t evg_ent_new_entity_at(scan *st, int32_t first, int32_t end, int32_t os, const char *type,
                             const char *country, const char *role);
int32_t evg_ent_new_entity(scan *st, int32_t first, int32_t end, const char *type, const char *country,
                          const char *role);
int32_t evg_ent_new_person(scan *st, int32_t first, int32_t end, const title_hit *h);
const char *evg_ent_title_role(const scan *st, const title_hit *h);
const char *evg_ent_body_role(const scan *st, const qual *q, const char *role);
int32_t evg_ent_local_find(const scan *st, const char *s, size_t n);
int32_t evg_ent_local_at(scan *st, int32_t i);

/* entities_title.c */
int evg_ent_ambig_entry(const scan *st, int target);
int evg_ent_make_qual(const scan *st, const span *m, qual *q);
int evg_ent_body_noun(const scan *st, int32_t k);
int evg_ent_qual_after(const scan *st, int32_t j, qual *q);
int32_t evg_ent_honor_skip(const scan *st, int32_t j);
int evg_ent_person_after(const scan *st, int32_t j, span *m);
int evg_ent_holder_of(const scan *st, const char *office, const qual *q, int32_t day);
int32_t evg_ent_body_entity(scan *st, const char *id, const char *en, const char *type, const char *country,
                           const char *role, int32_t os, int32_t oe);
int32_t evg_ent_office_entity(scan *st, const gaz_title *t, const char *office, const qual *q,
                             int32_t os, int32_t oe);
int32_t evg_ent_ministry_entity(scan *st, const gaz_entry *qe, const char *en, int32_t os, int32_t oe);
int32_t evg_ent_antecedent_get(const scan *st, const char *office, int q);
void evg_ent_antecedent_set(scan *st, const char *office, int32_t ent);
int evg_ent_shares_word(const scan *st, int e, int32_t first, int32_t end);
int evg_ent_title_name(const scan *st, int32_t j, int32_t *end);
void evg_ent_title_resolve(scan *st, title_hit *h);

/* entities_qualify.c */
int evg_ent_dateline_dash(const evg_doc *d, int32_t j);
int evg_ent_dateline_at(const evg_doc *d, int32_t first, int32_t end);
int evg_ent_dateline_country(const scan *st);
int32_t evg_ent_home_country(scan *st);
int evg_ent_home_country_entry(const scan *st);
int evg_ent_capital_country_after(const scan *st, int32_t j);
int evg_ent_sentence_country_before(const scan *st, int32_t j);

/* entities_owner.c: whose a bare body is, from a person named with it (a country entry or -1) */
int evg_ent_spokesman_body_country(const scan *st, const title_hit *h);
int evg_ent_head_in_sentence_country(const scan *st, const title_hit *h);
int evg_ent_kingdom_body_country(scan *st, const title_hit *h);
int evg_ent_head_opens_clause(const scan *st, int32_t k);
int evg_ent_near_body_country(const scan *st, int32_t first, int32_t end, int32_t j);

/* entities_member.c: a member of a body of several states with his country after the body */
void evg_ent_member_country(scan *st, title_hit *h);

/* entities_headnear.c: whose a bare body is, from a head named near it with his country (a country entry or -1) */
int evg_ent_close_head_country(const scan *st, const title_hit *h);
int evg_ent_written_head_country(const scan *st, const title_hit *h);
void evg_ent_title_fallback(scan *st, title_hit *h);
int32_t evg_ent_portfolio_end(const scan *st, int32_t j);
void evg_ent_title_qualify(const scan *st, title_hit *h, const span *ts, const span *pre);

/* entities_coref.c */
int evg_ent_capital_acts(const scan *st, const span *m);
int evg_ent_main_pair(const scan *st, int32_t pair[2]);
int32_t evg_ent_pair_at(scan *st, const span *m);
int32_t evg_ent_ambig_at(scan *st, const span *m);
int32_t evg_ent_honor_at(scan *st, const span *m);
void evg_ent_family_close(const scan *st, span *m);
int evg_ent_amman_or_oman(const scan *st, const span *m, const gaz_key *k);
void evg_ent_acronym_inside(scan *st, const span *m);
int32_t evg_ent_home_legislature(scan *st, const span *m, int entry);
int32_t evg_ent_kin_before_surname(scan *st, const span *m, const gaz_key *k, const gaz_entry *e);

/* entities_office.c */
int32_t evg_ent_emit_plain(scan *st, const span *m0);
int evg_ent_ministry_word(const scan *st, int32_t k);
int32_t evg_ent_latin_portfolio_start(const scan *st, int32_t k);
int evg_ent_deputy_word(const scan *st, int32_t k);
int32_t evg_ent_title_at(scan *st, const span *ts, const span *pre);

/* entities_orgplace.c */
int evg_ent_place_key(const scan *st, const span *m);
int32_t evg_ent_latin_of_country_at(scan *st, int32_t i);
int32_t evg_ent_latin_new_at(scan *st, int32_t i);
int evg_ent_arabic_org_head(const scan *st, const char *s, size_t n, int *hk, int *skip);
int32_t evg_ent_arabic_org_at(scan *st, int32_t i);
int32_t evg_ent_hyphen_tail(const evg_doc *d, int32_t end);
int evg_ent_named_org_head(const char *s, size_t n, int *skip);
int32_t evg_ent_arabic_named_org_at(scan *st, int32_t i);
int32_t evg_ent_arabic_def_org_at(scan *st, int32_t i);
int32_t evg_ent_arabic_construct_org_at(scan *st, int32_t i);
int evg_ent_world_body_tail(const scan *st, const span *m);
int32_t evg_ent_judge_name_ar(const scan *st, int32_t i);
const char *evg_ent_judge_country(scan *st, int32_t end);
int evg_ent_masculine_adjective(const char *s, size_t n);
int evg_ent_place_word_ok(const scan *st, int32_t first, int32_t k, int kind);
int32_t evg_ent_arabic_place_at(scan *st, int32_t i);
int32_t evg_ent_korea_side_at(scan *st, int32_t i);
int32_t evg_ent_body_adjective_at(scan *st, int32_t i);

/* entities_people.c */
int evg_ent_verb_first(const scan *st, int32_t i);
int32_t evg_ent_appositive_at(scan *st, int32_t i);
int32_t evg_ent_given_name_at(scan *st, int32_t i);
int32_t evg_ent_initials_name_at(scan *st, int32_t i);
int32_t evg_ent_kin_name_at(scan *st, int32_t i);
int32_t evg_ent_named_cue_at(scan *st, int32_t i);
int32_t evg_ent_occupation_at(scan *st, int32_t i);
int32_t evg_ent_latin_comma_role_at(scan *st, int32_t i);
int32_t evg_ent_latin_role_at(scan *st, int32_t i);
int32_t evg_ent_judge_at(scan *st, int32_t i);
int32_t evg_ent_latin_said_at(scan *st, int32_t i);

int evg_ent_kin_noun(const evg_doc *d, int32_t i, unsigned flags);
int evg_ent_named_cue(const evg_doc *d, int32_t i, unsigned flags);
int evg_ent_occupation_noun(const evg_doc *d, int32_t i, unsigned flags);
/* entities_cue.c */
int32_t evg_ent_stop_country_at(scan *st, int32_t i);
int32_t evg_ent_media_at(scan *st, int32_t i);
int32_t evg_ent_byline_at(scan *st, int32_t i);
int evg_ent_sahara_word(const char *s, size_t n);
int32_t evg_ent_sahara_at(scan *st, int32_t i);
int32_t evg_ent_quoted_place_at(scan *st, int32_t i);
int32_t evg_ent_dateline_place_at(scan *st, int32_t i);
int32_t evg_ent_bracket_short_form_at(scan *st, int32_t i);
int32_t evg_ent_bracket_owner_unlisted(scan *st, int32_t i, int32_t owner, int32_t first);
int32_t evg_ent_fi_place_at(scan *st, int32_t i);

/* entities_unlisted.c */
int32_t evg_ent_unlisted_at(scan *st, int32_t i);
int evg_ent_latin_title_after(const scan *st, int32_t after, int caps_only, span *t);
int evg_ent_org_title(const scan *st, const span *m);
int32_t evg_ent_place_org_at(scan *st, const span *m);
int32_t evg_ent_organ_of_org_at(scan *st, const span *m);
int32_t evg_ent_led_body_at(scan *st, const span *m);
int32_t evg_ent_surname_nisba_at(scan *st, const span *m);
int32_t evg_ent_hyphen_name_at(scan *st, const span *m);
int evg_ent_latin_place_title(const scan *st, const span *m, span *t);
int32_t evg_ent_airport_at(scan *st, int32_t i);

/* entities_site.c */
int32_t evg_ent_latin_site_at(scan *st, int32_t i);
int evg_ent_site_name_word(const scan *st, int32_t first, int32_t k);
int evg_ent_site_noun_word(const evg_doc *d, int32_t k);
int32_t evg_ent_arabic_site_at(scan *st, int32_t i);
int32_t evg_ent_paren_place_at(scan *st, int32_t i);

/* entities.c */
int32_t evg_ent_scan_at(scan *st, int32_t i);

#endif

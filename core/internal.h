/*
 * internal.h - the data model shared by the stages of libevgraph.
 *
 * Not installed.  evgraph.h is the public face; this header lays out the
 * structures behind its opaque handles and the functions one stage offers to
 * the next.  Data flows one way:
 *   ingest -> normalise -> segment -> timex -> entities -> events -> merge/store
 *   store -> model -> graph (igraph) -> export (Graphviz, JSON)
 *
 * Text positions: every span carries byte offsets into the original input
 * (os/oe, half open).  Matching works on the folded text (doc->fold), whose
 * bytes map back through doc->fmap.  Tokens carry both.
 *
 * Dates are day numbers (days since 1970-01-01, proleptic Gregorian) with
 * EVG_NODATE for "unknown"; the TIMEX3 value string says the precision.
 *
 * Memory: everything hanging off an evg_doc lives in the doc's arena or in
 * its vectors and is freed by evg_doc_free.  Pointers into gazetteer or
 * trigger tables are borrowed from the context and live as long as it.
 */
#ifndef EVG_INTERNAL_H
#define EVG_INTERNAL_H

#include "evgraph.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation: out-of-memory aborts here, return codes are for expected failures ---- */

void *evg_xmalloc(size_t n);
void *evg_xcalloc(size_t n, size_t size);
void *evg_xrealloc(void *p, size_t n);
char *evg_xstrdup(const char *s);
char *evg_xstrndup(const char *s, size_t n);

/* Growable array: EVG_VEC(int) v = {0}; evg_vec_push(&v, 3); free(v.v). */
#define EVG_VEC(T) struct { T *v; size_t n, cap; }
#define evg_vec_grow(vec)                                                         \
    do {                                                                          \
        if ((vec)->n == (vec)->cap) {                                             \
            (vec)->cap = (vec)->cap ? (vec)->cap * 2 : 16;                        \
            (vec)->v = evg_xrealloc((vec)->v, (vec)->cap * sizeof(*(vec)->v));    \
        }                                                                         \
    } while (0)
#define evg_vec_push(vec, item)                                                   \
    do {                                                                          \
        evg_vec_grow(vec);                                                        \
        (vec)->v[(vec)->n++] = (item);                                            \
    } while (0)

/* Per-document arena.  Build with -DEVG_DEBUG_ARENA to give every item its own
 * malloc so sanitizers see overflows. */
typedef struct evg_arena evg_arena;
evg_arena *evg_arena_new(void);
void evg_arena_free(evg_arena *a);
void *evg_arena_alloc(evg_arena *a, size_t n);
char *evg_arena_strndup(evg_arena *a, const char *s, size_t n);
char *evg_arena_strdup(evg_arena *a, const char *s);

/* Byte buffer for building strings. */
typedef struct evg_buf { char *p; size_t n, cap; } evg_buf;
void evg_buf_put(evg_buf *b, const char *s, size_t n);
void evg_buf_puts(evg_buf *b, const char *s);
void evg_buf_printf(evg_buf *b, const char *fmt, ...);
void evg_buf_free(evg_buf *b);

/* ---- errors ---- */

/* Record a message on ctx and return code (negative EVG_E*). */
int evg_error(evg_ctx *ctx, int code, const char *fmt, ...);
void evg_warn(evg_ctx *ctx, const char *fmt, ...);

/* ---- dates (core/date.c) ---- */

#define EVG_NODATE INT32_MIN
int32_t evg_days_from_civil(int y, int m, int d);
void evg_civil_from_days(int32_t days, int *y, int *m, int *d);
int evg_weekday(int32_t days);          /* ISO: 1 = Monday .. 7 = Sunday */
int evg_days_in_month(int y, int m);
/* Parse YYYY-MM-DD (also YYYY-MM-DDThh...); returns 0 and sets *out. */
int evg_parse_day(const char *s, int32_t *out);
/* Write YYYY-MM-DD into out (at least 11 bytes). */
void evg_format_day(int32_t days, char *out);
/* Inclusive day range [*begin, *end] covered by a TIMEX3 value; EVG_NODATE
 * when the value has no calendar position (XXXX-07-12, PAST_REF, P3D). */
void evg_value_range(const char *value, int32_t *begin, int32_t *end);

/* ---- embedded data (the TSV files under data/, built into the binary) ---- */

/* Bytes of the embedded table called name ("months.tsv"); NULL if absent. */
const char *evg_data_find(const char *name, size_t *out_len);

/* TSV reader over a memory block: skips empty lines and lines starting with '#'.
 * Fields point into a copy owned by the reader; valid until the next call. */
typedef struct evg_tsv {
    char *buf;
    size_t len, pos;
    int line;
    const char *name;   /* for messages */
} evg_tsv;
void evg_tsv_init(evg_tsv *t, const char *name, const char *data, size_t len);
/* Returns the number of fields (>0), 0 at end.  fields[] gets up to max. */
int evg_tsv_next(evg_tsv *t, char **fields, int max);
void evg_tsv_free(evg_tsv *t);

/* ---- the context ---- */

struct evg_gazetteer;  /* core/entities.c */
struct evg_triggers;   /* core/events.c */
struct evg_timex_data; /* core/timex.c */
struct evg_icu;        /* core/normalise.c: normaliser and break iterators */

struct evg_ctx {
    evg_options opts;
    int32_t dct_option;              /* opts->dct parsed, or EVG_NODATE */
    char errmsg[1024];
    int quiet;                       /* suppress warnings on stderr */
    struct evg_icu *icu;
    struct evg_timex_data *timex;
    struct evg_gazetteer *gaz;
    struct evg_triggers *trig;
    struct evg_wordsets *ws;         /* wordset.c: the rules' static word lists (speed; appended) */
    struct evg_formcache *fcache;    /* forms.c: answers per form across documents (speed; appended) */
    struct evg_tokscratch *tokscratch; /* segment.c: evg_tokenise's buffers between calls (speed; appended) */
};

/* Stage data loaders, called by evg_ctx_new; each has its free. */
int evg_icu_open(evg_ctx *ctx);
void evg_icu_close(evg_ctx *ctx);
int evg_timex_load(evg_ctx *ctx);
void evg_timex_unload(evg_ctx *ctx);
int evg_gazetteer_load(evg_ctx *ctx);   /* embedded tables + opts.gazetteer_file */
void evg_gazetteer_unload(evg_ctx *ctx);
int evg_triggers_load(evg_ctx *ctx);
void evg_triggers_unload(evg_ctx *ctx);

/* ---- folding for data tables (core/normalise.c) ---- */

/* Fold a UTF-8 string to the matching form and split it into word tokens the
 * same way documents are tokenised.  *out_tokens is a malloc'd array of
 * malloc'd strings; free with evg_strv_free.  Returns the token count (>= 0). */
int evg_fold_tokens(evg_ctx *ctx, const char *s, char ***out_tokens);
void evg_strv_free(char **v, int n);
/* Fold a UTF-8 string (no tokenising); malloc'd result. */
char *evg_fold_string(evg_ctx *ctx, const char *s);

/* ---- the document ---- */

enum evg_tok_kind { EVG_TOK_WORD = 0, EVG_TOK_NUM = 1, EVG_TOK_PUNCT = 2 };
enum evg_script { EVG_SCRIPT_OTHER = 0, EVG_SCRIPT_ARAB = 1, EVG_SCRIPT_LATN = 2 };
enum {
    EVG_TOKF_LINE_START = 1, /* first token of a line */
    EVG_TOKF_CAP = 2,        /* Latin word starting with a capital in the original */
    EVG_TOKF_SPACE_BEFORE = 4/* white space between the previous token and this one */
};

typedef struct evg_token {
    int32_t fs, fe;   /* folded bytes [fs, fe) in doc->fold */
    int32_t os, oe;   /* original bytes [os, oe) */
    uint8_t kind;     /* enum evg_tok_kind */
    uint8_t script;   /* enum evg_script */
    uint16_t flags;   /* EVG_TOKF_* */
    int32_t sent;     /* sentence index */
} evg_token;

enum evg_section_kind {
    EVG_SEC_TITLE = 0, EVG_SEC_DATELINE, EVG_SEC_BODY, EVG_SEC_RELATED, EVG_SEC_META
};

typedef struct evg_section {
    int kind;         /* enum evg_section_kind */
    int32_t os, oe;
    int32_t dct;      /* reference date of the section, EVG_NODATE when none */
} evg_section;

typedef struct evg_sentence {
    int32_t tok_first, tok_end; /* tokens [tok_first, tok_end) */
    int32_t os, oe;
    int32_t section;
} evg_sentence;

enum evg_timex_type { EVG_TIMEX_DATE = 0, EVG_TIMEX_TIME, EVG_TIMEX_DURATION, EVG_TIMEX_SET };
enum evg_timex_mod { EVG_MOD_NONE = 0, EVG_MOD_START, EVG_MOD_MID, EVG_MOD_END, EVG_MOD_APPROX,
                     EVG_MOD_BEFORE, EVG_MOD_AFTER };

typedef struct evg_timex {
    int32_t tok_first, tok_end;
    int32_t os, oe;
    int type;          /* enum evg_timex_type */
    int mod;           /* enum evg_timex_mod */
    char value[48];    /* TIMEX3 value (CONTRACT.md) */
    int32_t begin, end;/* inclusive day range, EVG_NODATE if not on the calendar */
    int relative;      /* 1 when resolved against the section's reference date */
    int32_t section;
} evg_timex;

/* One gazetteer entry or an entity discovered in the text (names borrowed
 * from the gazetteer or allocated in the doc arena). */
typedef struct evg_entity {
    const char *id;       /* stable id, e.g. "sergei-lavrov" */
    const char *name;     /* canonical name in the document's script */
    const char *name_en;
    const char *type;     /* PER ORG GPE LOC */
    const char *country;  /* ISO 3166 alpha-3 or "" */
    const char *role;     /* CAMEO agent (GOV, MIL, ...) or "" */
    int32_t first_mention;
    EVG_VEC(const char *) aliases; /* surface forms seen in this document */
} evg_entity;

enum evg_mention_kind { EVG_MEN_NAME = 0, EVG_MEN_TITLE, EVG_MEN_DEMONYM, EVG_MEN_PRONOUN };

typedef struct evg_mention {
    int32_t entity;           /* index in doc->entities */
    int32_t tok_first, tok_end;
    int32_t os, oe;
    int32_t sent;
    int kind;                 /* enum evg_mention_kind */
} evg_mention;

enum evg_actor_role { EVG_ROLE_SOURCE = 0, EVG_ROLE_TARGET, EVG_ROLE_PARTICIPANT };
enum evg_modality { EVG_MODAL_ASSERTED = 0, EVG_MODAL_PLANNED, EVG_MODAL_POSSIBLE, EVG_MODAL_NEGATED };
enum evg_date_source { EVG_DATE_NONE = 0, EVG_DATE_TIMEX, EVG_DATE_COREF, EVG_DATE_DCT };

#define EVG_MAX_ACTORS 8
typedef struct evg_event_actor {
    int32_t entity;          /* index in doc->entities */
    int role;                /* enum evg_actor_role */
} evg_event_actor;

typedef struct evg_quantity {
    double value;
    const char *unit;        /* arena */
    int32_t os, oe;
} evg_quantity;

typedef struct evg_event {
    char code[5];            /* CAMEO, 3 digits as a string */
    char root[3];
    const char *label;       /* borrowed from the trigger/CAMEO table */
    int32_t trig_first, trig_end; /* trigger tokens */
    int32_t sent;
    int32_t section;
    int32_t timex;           /* index in doc->timexes or -1 */
    char date_value[48];     /* TIMEX3 value, "" when undated */
    int32_t begin, end;      /* inclusive day range or EVG_NODATE */
    int date_source;         /* enum evg_date_source */
    evg_event_actor actors[EVG_MAX_ACTORS];
    int nactors;
    int32_t location;        /* entity index or -1 */
    int modality;            /* enum evg_modality */
    int32_t attribution;     /* entity index of who reports it, or -1 */
    EVG_VEC(evg_quantity) quantities;
    double confidence;
} evg_event;

enum evg_dct_source { EVG_DCT_NONE = 0, EVG_DCT_MANIFEST, EVG_DCT_DATELINE, EVG_DCT_OPTION, EVG_DCT_INFERRED };

struct evg_doc {
    evg_ctx *ctx;
    evg_arena *arena;
    char *name;               /* as given */
    /* metadata */
    char *meta_dct, *source, *url, *lang_str, *title_meta;
    int32_t dct;              /* document reference date, EVG_NODATE if none */
    int dct_source;           /* enum evg_dct_source */
    int lang;                 /* EVG_LANG_AR or EVG_LANG_EN after detection */
    char sha256[65];          /* of the bytes as read, before any conversion */
    char encoding[32];        /* encoding the bytes were read in ("UTF-8", "windows-1256", ...) */
    int html;                 /* 1 when the text was extracted from HTML */
    /* text */
    evg_buf raw;              /* original bytes as fed; raw.p is NUL-terminated after finish */
    char *fold;               /* folded matching form, NUL-terminated */
    int32_t fold_len;
    int32_t *fmap;            /* fold byte i -> original byte; fmap[fold_len] = raw length */
    int32_t title_os, title_oe;
    /* stages */
    EVG_VEC(evg_section) sections;
    EVG_VEC(evg_sentence) sentences;
    EVG_VEC(evg_token) tokens;
    EVG_VEC(evg_timex) timexes;
    EVG_VEC(evg_entity) entities;
    EVG_VEC(evg_mention) mentions;
    EVG_VEC(evg_event) events;
    /* speed caches, valid while one stage runs (appended) */
    struct tx_word_memo *tx_word_memo; /* timex.c: token -> its function-word entry (tx_kind_at) */
    uint8_t *evt_key_memo;    /* events: token -> 1 asked, | 2 a trigger key, | 4 a cue key may start
                               * there; 8 asked, | 16 a complementizer (evt_is_complementizer);
                               * 32 asked, | 64 an Arabic light verb (events_roles.c) */
    uint8_t *evt_named;       /* events: token -> 1 inside a time expression or an actor mention */
    struct evg_forms *forms;  /* forms.c: the distinct forms of the tokens (speed; appended) */
};

/* Token text in the folded form (not NUL-terminated) and a compare helper. */
static inline const char *evg_tok_text(const evg_doc *d, const evg_token *t, size_t *len)
{
    *len = (size_t)(t->fe - t->fs);
    return d->fold + t->fs;
}
/* Is the NUL-terminated z equal to the n bytes at s?  Stops at the first
 * difference (no strlen of z: these compares sit in the hottest loops). */
static inline int evg_key_eq(const char *z, const char *s, size_t n)
{
    for (size_t j = 0; j < n; j++)
        if (z[j] != s[j] || !z[j]) return 0;
    return z[n] == '\0';
}
static inline int evg_tok_is(const evg_doc *d, size_t i, const char *s)
{
    if (i >= d->tokens.n) return 0;
    const evg_token *t = &d->tokens.v[i];
    return evg_key_eq(s, d->fold + t->fs, (size_t)(t->fe - t->fs));
}

/* ---- stages: each fills its part of the document ---- */

int evg_ingest_detect(evg_doc *doc);    /* ingest.c: encoding, HTML, sha256, lang, dct */
int evg_html_sniff(const char *name, const char *bytes, size_t len); /* html.c */
int evg_html_extract(evg_doc *doc);     /* html.c: doc->raw becomes the page's text */
int evg_normalise(evg_doc *doc);        /* normalise.c: doc->fold, doc->fmap */
int evg_segment(evg_doc *doc);          /* segment.c: sections, sentences, tokens */
int evg_timex_run(evg_doc *doc);        /* timex.c: doc->timexes */
int evg_entities_run(evg_doc *doc);     /* entities.c: doc->entities, doc->mentions */
int evg_events_run(evg_doc *doc);       /* events.c: doc->events */

/* Names for enums, used by the JSON writer and the store. */
const char *evg_section_kind_name(int kind);
const char *evg_timex_type_name(int type);
const char *evg_timex_mod_name(int mod);   /* NULL for EVG_MOD_NONE */
const char *evg_role_name(int role);
const char *evg_modality_name(int modality);
const char *evg_dct_source_name(int src);

/* ---- merge (core/merge.c): are two reports the same real event? ---- */

typedef struct evg_merge_key {
    const char *code;            /* CAMEO code */
    int32_t begin, end;          /* inclusive days or EVG_NODATE */
    int date_source;             /* enum evg_date_source */
    int32_t dct;                 /* publication date of the report */
    const char *const *actors;   /* entity ids of every actor, any order */
    int nactors;
    const char *location;        /* entity id or NULL */
    int modality;
} evg_merge_key;

/* A report dated only by its publication day stands for the week before it. */
#define EVG_MERGE_DCT_WINDOW 7

/* 1 when b reports the same event as a, else 0. */
int evg_merge_same(const evg_merge_key *a, const evg_merge_key *b);
/* CAMEO codes that describe one event type for merging (042 and 043 are one visit). */
const char *evg_merge_family(const char *code);

/* ---- the model: the collection loaded from the store for graph and export ---- */

typedef struct evg_m_actor {
    char *id, *name, *name_en, *type, *country, *role;
    long nevents;
    double degree, strength, pagerank, betweenness;
    int community;
    int component;           /* connected component, 0 = the largest; -1 unknown */
} evg_m_actor;

typedef struct evg_m_event_actor {
    int actor;      /* index in model->actors */
    int role;       /* enum evg_actor_role */
} evg_m_event_actor;

typedef struct evg_m_event {
    long id;                 /* events.id in the store */
    char *code, *root, *label;
    char *date_value;        /* "" when undated */
    int32_t begin, end;      /* inclusive days or EVG_NODATE */
    int modality;
    int location;            /* actor index or -1 */
    evg_m_event_actor *actors;
    int nactors;
    int nmentions;
    char *sentence;          /* first evidence sentence */
    char *doc;               /* path of the first reporting document */
    double confidence;
} evg_m_event;

typedef struct evg_model {
    evg_m_actor *actors;
    size_t nactors;
    evg_m_event *events;
    size_t nevents;
    evg_arena *strings;      /* when set (a model loaded from a store), every string of
                              * the actors and events lives here, not in malloc'd blocks */
} evg_model;

int evg_store_load_model(evg_store *st, evg_model **out);
/* The same without each event's first sentence and document ("" instead):
 * for the analytics and the views that show no evidence. */
int evg_store_load_model_bare(evg_store *st, evg_model **out);

/* One report of a stored event, for the report's evidence column. */
typedef struct evg_m_mention {
    char *doc, *sentence;     /* document path; the sentence as written */
    long start, end;          /* the sentence's bytes in the document */
    char *date_value, *modality;
    char *attribution;        /* who says so (English name if known), or NULL */
    char *quantities;         /* the figures as written, "; " between, or NULL */
} evg_m_mention;
/* The first max reports of event id (0: every one), in the order stored
 * (*out freed with evg_m_mentions_free). */
int evg_store_event_mentions(evg_store *st, long id, size_t max, evg_m_mention **out, size_t *n);
void evg_m_mentions_free(evg_m_mention *v, size_t n);
/* The spellings seen of actor id, "; " between (caller frees), or NULL. */
char *evg_store_actor_aliases(evg_store *st, const char *id);
int evg_store_save_metrics(evg_store *st, const evg_model *m);
evg_ctx *evg_store_ctx(evg_store *st);
void evg_model_free(evg_model *m);
/* Free one actor or event of m (its strings unless m->strings holds them). */
void evg_m_actor_free(const evg_model *m, evg_m_actor *a);
void evg_m_event_free(const evg_model *m, evg_m_event *e);
/* Keep only the events matching q (NULL: all) and the actors they use
 * (core/model_filter.c); EVG_EINPUT for a malformed date. */
int evg_model_filter(evg_ctx *ctx, evg_model *m, const evg_event_query *q);

/* graph/ (igraph): fill the actors' metrics; write GraphML. */
int evg_graph_compute(evg_ctx *ctx, evg_model *m);
int evg_graph_write_graphml(evg_ctx *ctx, const evg_model *m, FILE *out);
/* The event graph: actors and events, role and location edges, and each
 * actor's storyline of "next" edges (graph/eventgraph.c). */
int evg_graph_write_events_graphml(evg_ctx *ctx, const evg_model *m, FILE *out);

/* export/ (Graphviz and JSON): one function per view. */
int evg_export_timeline_dot(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_actors_dot(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_timeline_svg(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_actors_svg(evg_ctx *ctx, const evg_model *m, FILE *out);
int evg_export_events_json(evg_ctx *ctx, const evg_model *m, FILE *out);

/* ---- JSON writing (core/json.c), shared by extract and the exporters ---- */

void evg_json_str(evg_buf *b, const char *s);            /* quoted, escaped; NULL -> null */
void evg_json_strn(evg_buf *b, const char *s, size_t n);
void evg_json_day(evg_buf *b, int32_t day);              /* "YYYY-MM-DD" or null */
/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
int evg_utf8_valid_len(const unsigned char *s, size_t n);

/* ---- added for JSON Lines shards (issue 8; core/output.c, core/shard.c) ---- */

/* JSON names of the event date sources ("none", "timex", "coref", "dct") and
 * of the mention kinds ("name", "title", "demonym", "pronoun"). */
const char *evg_date_source_name(int src);
const char *evg_mention_kind_name(int kind);

/* ---- appended: speed helpers ---- */

/* 32-bit hash of n bytes for the string tables (gazetteer, time words,
 * triggers): eight bytes a step, then the tail, then a final mix that
 * spreads every input bit over the slot and filter bits. */
static inline uint32_t evg_hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    for (w = 0; n > 0; n--) w = (w << 8) | (unsigned char)s[n - 1];
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(h ^ (h >> 32));
}

/* snprintf(out, cap, "%s%s%s", a, b, c) without stdio, truncated alike;
 * returns the untruncated length (util.c; speed: every printf of this
 * process takes glibc's slow path once libquadmath, which igraph's LAPACK
 * pulls in, has registered its printf modifier). */
size_t evg_str3(char *out, size_t cap, const char *a, const char *b, const char *c);

/* ---- appended (session 6): the distinct forms of a document (core/forms.c) ---- */

/* One distinct folded text of a document (a token's, or one derived from a
 * token such as the word after a stripped proclitic) with the answers each
 * stage has cached for it: every question is then asked once per form, not
 * once per occurrence. */
enum { EVG_FORM_UNSET = -2147483647 - 1 };
typedef struct evg_form {
    const char *s;           /* the text (in doc->fold or the document arena), n bytes */
    int32_t n;
    uint32_t h;              /* evg_hash_bytes(s, n) */
    int32_t gaz_bucket;      /* entities: first gazetteer key of its skeleton (-1 none), or EVG_FORM_UNSET */
    int8_t gaz_stop;         /* entities: 0 not asked, 1 no stop word, 2 a stop word, 3 one in ى */
    uint8_t evt;             /* events: the bits of evt_key_memo, for the form */
    uint8_t evt_req;         /* events: 0 not asked, 1 + whether a required word may match it (req_may) */
    uint8_t evt_b;           /* events: 0 not asked, 1 + whether it bounds an argument window (is_boundary) */
    uint16_t ent_may;        /* entities: the recognisers of unlisted names it may open (may_start), 0 not asked */
    uint8_t tx_set;          /* timex: 1 when tx_mask is known */
    uint8_t gaz_gh;          /* entities: 1 when the text holds a 0xBA byte, so its gazetteer skeleton
                              * (غ read as ج) may differ from it; set when the form is made (speed) */
    uint8_t ent_site;        /* entities_site.c: 0 not asked, 1 no site noun, 2 + 2 * its site noun
                              * + 1 when behind a proclitic (site_noun_at) */
    uint32_t ent_strip;      /* entities_key.c: bit 31 when known; bit c when proclitic chain c stripped
                              * from the text leaves a word some gazetteer key may start with (strip_bits) */
    uint32_t tx_mask;        /* timex: the kinds of time words it may be (tx_kind_masks) */
    int32_t ws_word;         /* wordset.c: its word in the context's list words (-1 none), valid when */
    uint32_t ws_gen;         /* ... this equals the table's generation (0: not asked) */
} evg_form;
typedef struct evg_forms {
    evg_form *v;
    size_t n, cap;
    int32_t *slot;           /* open addressing over v by hash, -1 empty */
    size_t nslot;
    int32_t *tok;            /* token -> form; tok[tokens.n] is the empty form */
    int32_t *at;             /* fold byte -> form of the token starting there, -1 */
} evg_forms;
/* Build (after segmentation) and free the table; evg_doc_free frees it too. */
void evg_forms_build(evg_doc *d);
void evg_forms_free(evg_doc *d);
/* Keep the answers of the document's forms in its context for the next
 * documents (speed; end of extraction); the context's cache is freed by
 * evg_formcache_free (evg_ctx_free). */
void evg_forms_keep(evg_doc *d);
void evg_formcache_free(evg_ctx *ctx);
/* Free the buffers evg_tokenise keeps in ctx (segment.c; evg_ctx_free). */
void evg_tokscratch_free(evg_ctx *ctx);
/* The form of s[0..n) (added when new; text outside doc->fold is copied),
 * or -1 when the document has no table. */
int32_t evg_form_intern(const evg_doc *d, const char *s, size_t n);
/* The form record of token i (0 <= i <= tokens.n), or NULL without a table. */
static inline evg_form *evg_tok_form(const evg_doc *d, size_t i)
{
    return d->forms && i <= d->tokens.n ? &d->forms->v[d->forms->tok[i]] : NULL;
}
/* Where the events stage keeps its evt_key_memo bits for token i (i <
 * tokens.n, doc->evt_key_memo set): the token's form when there is a table,
 * so each answer is found once per distinct form. */
static inline uint8_t *evg_evt_memo(const evg_doc *d, size_t i)
{
    return d->forms ? &d->forms->v[d->forms->tok[i]].evt : &d->evt_key_memo[i];
}

/* ---- appended (session 7): static word lists as bits of a form (core/wordset.c) ---- */

typedef struct evg_wordsets evg_wordsets;
enum { EVG_WS_PLAIN = 0, EVG_WS_WAW_FA = 1 };
/* Is token i's folded text one of words[0..n) (n == (size_t)-1: up to the
 * list's NULL)?  With EVG_WS_WAW_FA also one of them behind a و or ف
 * proclitic.  The same answer as comparing the text with each word, found
 * through one bit of the token's form: words must have static storage and
 * never change (it is known by its address; other lists are compared). */
int evg_tok_in_static(const evg_doc *d, size_t i, const char *const *words, size_t n, unsigned flags);
void evg_wordsets_free(evg_ctx *ctx);     /* evg_ctx_free calls it */

/* ---- appended (session 19): the verb shapes of a folded Arabic word (core/wordshape.c) ---- */

enum { EVG_VS_INFLECTED = 1, EVG_VS_DERIVED = 2, EVG_VS_IMPERFECT = 4 };
/* Does folded Arabic word s[0..n) have one of the verb shapes named in shapes:
 * INFLECTED a tense prefix or person suffix around three root consonants
 * (ناقشت, يناهز), DERIVED the past of a derived form (أشاد, اجتمع, استقبل),
 * IMPERFECT an imperfect in ت- or ي- of four to six letters (تواصل)? */
int evg_ar_verb_shape(const char *s, size_t n, unsigned shapes);
/* Is code point c an Arabic letter that writes a vowel (ا و ي ء ى)? */
int evg_ar_vowel_letter(int32_t c);

#endif

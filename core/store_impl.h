/*
 * store_impl.h - private to the store files (store.c, store_add.c,
 * store_model.c): the store handle, its prepared statements and the small
 * binding and stepping helpers they share.  Not used outside core/store*.c.
 */
#ifndef EVG_STORE_IMPL_H
#define EVG_STORE_IMPL_H

#include <sqlite3.h>

#include "internal.h"

#define EVG_STORE_SCHEMA_VERSION 7

/* Every statement the store runs; prepared once in evg_store_open. */
enum evg_store_stmt {
    ST_BEGIN, ST_COMMIT, ST_ROLLBACK,
    ST_DOC_FIND, ST_DOC_INSERT, ST_SECTION_INSERT, ST_TIMEX_INSERT,
    ST_ENTITY_UPSERT, ST_ALIAS_INSERT, ST_MENTION_INSERT,
    ST_EVENT_INSERT, ST_EVENT_ACTOR_INSERT,
    ST_EVENT_MENTION_INSERT, ST_EVENT_UPDATE,
    ST_COUNT_DOCS, ST_COUNT_EVENTS, ST_COUNT_ACTORS,
    ST_MODEL_ACTORS, ST_MODEL_FIRST_REPORTS, ST_MODEL_DOC_PATHS, ST_MODEL_EVENTS_BARE, ST_MODEL_EVENT_ACTORS, ST_MODEL_MENTIONS, ST_MODEL_ALIASES, ST_METRICS_UPSERT,
    ST_SAVEPOINT, ST_RELEASE, ST_ROLLBACK_TO, ST_DATA_VERSION,
    ST_COUNT_
};

/* The merge keys of the stored events in memory (store_mem.c). */
typedef struct evg_store_mem evg_store_mem;

struct evg_store {
    sqlite3 *db;
    evg_ctx *ctx;
    char *path;
    sqlite3_stmt *st[ST_COUNT_];
    /* batched writing (evg_store_set_batch): one transaction over several
     * documents, a savepoint per document */
    int batch_docs, batch_ms;   /* commit after this many documents or milliseconds; 0: off */
    int write_cache;            /* the writer's larger page cache is set (store.c) */
    int indexes_deferred;       /* this connection dropped the deferred indexes (store.c) */
    int defer_pending;          /* a load into a store with no report: drop them once it has stored a batch's worth */
    int load_n;                 /* documents stored by this connection's batched load */
    int batch_open;             /* a batch transaction is open */
    int batch_n;                /* documents stored in the open batch */
    long long batch_t0;         /* when it opened, monotonic ms */
    evg_store_mem *mem;         /* merge keys in memory; NULL until first needed */
    sqlite3_int64 *stmt_ns;     /* EVGRAPH_TIMINGS: nanoseconds per statement (store.c), [ST_COUNT_] others */
};

/* A bulk load into a store that held no report has stored a batch's worth of
 * documents: drop the indexes only the listings read, to build them once at
 * the flush (one transaction; failing, they stay and are kept row by row).
 * A small load never gets here, so it never pays for building them again,
 * nor for the room that takes (store.c). */
void evg_store_defer_indexes(evg_store *st);

/* Commit the open batch, if any (evg_store_begin does this first). */
int evg_store_batch_commit(evg_store *st);

/* Record an EVG_EDB failure naming the store file, what was being done and
 * SQLite's message; returns EVG_EDB. */
int evg_store_fail(evg_store *st, const char *what);

/* Run a statement that returns no rows; reset it afterwards. */
int evg_store_exec(evg_store *st, int which, const char *what);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK (the last never fails loudly). */
int evg_store_begin(evg_store *st, const char *what);
int evg_store_commit(evg_store *st, const char *what);
void evg_store_rollback(evg_store *st);

/* Binding helpers: NULL strings and EVG_NODATE days bind SQL NULL.  Text is
 * not copied: it must stay valid until the statement is stepped and reset. */
void evg_store_bind_text(sqlite3_stmt *s, int i, const char *text);
void evg_store_bind_textn(sqlite3_stmt *s, int i, const char *text, size_t n);
void evg_store_bind_day(sqlite3_stmt *s, int i, int32_t day);

/* Column readers: a NULL column gives "" (malloc'd) or EVG_NODATE. */
char *evg_store_col_strdup(sqlite3_stmt *s, int i);
int32_t evg_store_col_day(sqlite3_stmt *s, int i);

/* Name tables kept in the store as text (role, modality) back to enums. */
int evg_store_role_from_name(const char *name);
int evg_store_modality_from_name(const char *name);

/* Date sources as stored ("none", "timex", "coref", "dct"). */
const char *evg_store_date_source_name(int src);
int evg_store_date_source_from_name(const char *name);

/* ---- store_mem.c: the merge keys of the stored events, in memory ---- */

/* At most this many actors of a stored event take part in merging. */
#define EVG_STORE_MAX_ACTORS (EVG_MAX_ACTORS * 4)

/* A stored event's merge key; every string is interned by the store_mem. */
typedef struct evg_mem_event {
    const char *code, *location, *date_value;
    const char **actors;         /* event_actors order */
    int nactors, capactors;
    int32_t begin, end, dct;     /* days or EVG_NODATE */
    int date_source, modality;
    /* what the merge index holds it under (store_mem.c): actors, periods,
     * place and explicit days when last filed */
    int filed_actors;
    int32_t filed_first, filed_last, filed_b, filed_e;
    const char *filed_place;
} evg_mem_event;

/* The keys, loaded from the store on first use (*out NULL only on failure). */
int evg_store_mem_get(evg_store *st, evg_store_mem **out);
/* Forget them (after a rollback); the next use loads them again. */
void evg_store_mem_drop(evg_store *st);
/* Forget them when another connection has committed since they were loaded. */
int evg_store_mem_check(evg_store *st);

const evg_mem_event *evg_store_mem_event(const evg_store_mem *m, sqlite3_int64 id);
/* Set event id's key except its actors (strings are copied). */
void evg_store_mem_set(evg_store_mem *m, sqlite3_int64 id, const evg_mem_event *e);
void evg_store_mem_add_actor(evg_store_mem *m, sqlite3_int64 id, const char *actor);
/* File event id in the merge index under its current actors and periods. */
void evg_store_mem_file(evg_store_mem *m, sqlite3_int64 id);
/* 1 the first time row (a text naming an idempotent write: an entity upsert
 * with its values, an alias) is seen since the keys were loaded, then 0:
 * a write already made in this connection's view of the file need not be
 * made again.  Forgotten with the keys (rollback, another writer). */
int evg_store_mem_first_write(evg_store_mem *m, const char *row);
/* The merge key of a remembered event (its first EVG_STORE_MAX_ACTORS actors). */
void evg_store_mem_key(const evg_mem_event *e, evg_merge_key *k);
/* The days [*b, *e] key k stands on for merging (its own dates, or the week
 * before its publication day); 0 when it has no place on the calendar. */
int evg_store_key_span(const evg_merge_key *k, int32_t *b, int32_t *e);
/* Start a walk over report k's candidates: the events filed under one of
 * its pairs of actors, or an actor and its place, in the periods of days
 * [wb, we] (or with no place; only those when !placed), or an actor and its
 * explicit days, whose current dates can meet those days and that share two
 * actors with k, or one and its place or explicit days (merge.c, rule 3).
 * evg_store_mem_next gives them in ascending id order, each once, and 0 at
 * the end.  One walk at a time per store_mem; the index must not change
 * during it. */
void evg_store_mem_walk(evg_store_mem *m, const evg_merge_key *k, int placed, int32_t wb, int32_t we);
sqlite3_int64 evg_store_mem_next(evg_store_mem *m);

/* ---- store_list.c: the actors and reports of many events, read in bulk ---- */

/* json: "entity":…,"name":…,"name_en":… as the JSON listing writes them
 * (njson bytes at text.p + json), rendered once per entity */
typedef struct evg_store_list_entity { int64_t id, name, name_en, json; uint32_t njson; } evg_store_list_entity;
typedef struct evg_store_list_actor {
    int32_t entity;              /* index in entities */
    int32_t role;                /* index in small, -1 NULL */
    int32_t next;                /* next actor of the same event, -1 at the end */
} evg_store_list_actor;
/* A report: this header in the arena, followed by its sentence, date and
 * quantities, each NUL-terminated (a NULL one takes no bytes). */
#define EVG_LIST_NULL 0xffffffffu
typedef struct evg_store_list_rec {
    sqlite3_int64 start, end;
    int32_t modality;            /* index in small, -1 NULL */
    uint32_t len[3];             /* sentence, date (NULL when empty), quantities (NULL
                                    when not a JSON array); EVG_LIST_NULL: NULL */
} evg_store_list_rec;
typedef struct evg_store_list_mention {
    const evg_store_list_rec *rec;
    int32_t doc, next;           /* document id (docs); next report of the event, -1 at the end */
} evg_store_list_mention;
typedef struct evg_store_list_doc { int64_t path, source; uint32_t npath, nsource; } evg_store_list_doc;

/* Everything is indexed by event id (0..max_event) or document id; every
 * int64_t offset is into text.p (-1: NULL); docs hold the path and source
 * as JSON strings (path -1: no such document).  Lists are in rowid order. */
typedef struct evg_store_list_bulk {
    sqlite3_int64 max_event, max_doc;
    unsigned char *sel;          /* event id selected by the listing */
    int32_t *a_head, *a_tail, *m_head, *m_tail;
    evg_store_list_doc *docs;
    EVG_VEC(evg_store_list_entity) entities;
    EVG_VEC(evg_store_list_actor) actors;
    EVG_VEC(evg_store_list_mention) mentions;
    EVG_VEC(int64_t) small;      /* interned roles and modalities */
    EVG_VEC(int64_t) small_json; /* the same as JSON strings (beside small) */
    evg_buf text;                /* entities, documents, small */
    evg_arena *recs;             /* the reports */
} evg_store_list_bulk;

/* Read the actors (and, with want_mentions, the reports) of the events the
 * bound statement ids selects, when they are a large enough share of the
 * store to make one scan per table cheaper than lookups per event; *out is
 * NULL when the caller should look them up per event. */
int evg_store_list_bulk_load(evg_store *st, sqlite3_stmt *ids, int want_mentions, evg_store_list_bulk **out);
void evg_store_list_bulk_free(evg_store_list_bulk *b);
/* 0: choose by the share selected; 1: always in bulk; -1: never (tests). */
extern int evg_store_list_bulk_mode;

/* store_actors.c: for the n actors ids, the events that name each
 * (events[i]), its reports in the articles (mentions[i]) and the documents
 * holding them (docs[i]). */
int evg_store_count_actors(evg_store *st, const char *const *ids, size_t n, long long *events, long long *mentions,
                           long long *docs);

#endif

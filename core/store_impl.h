/*
 * store_impl.h - private to the store files (store.c, store_add.c,
 * store_model.c): the store handle, its prepared statements and the small
 * binding and stepping helpers they share.  Not used outside core/store*.c.
 */
#ifndef EVG_STORE_IMPL_H
#define EVG_STORE_IMPL_H

#include <sqlite3.h>

#include "internal.h"

#define EVG_STORE_SCHEMA_VERSION 3

/* Every statement the store runs; prepared once in evg_store_open. */
enum evg_store_stmt {
    ST_BEGIN, ST_COMMIT, ST_ROLLBACK,
    ST_DOC_FIND, ST_DOC_INSERT, ST_SECTION_INSERT, ST_TIMEX_INSERT,
    ST_ENTITY_UPSERT, ST_ALIAS_INSERT, ST_MENTION_INSERT,
    ST_CANDIDATES, ST_INDEX_INSERT, ST_EVENT_GET, ST_EVENT_ACTORS, ST_EVENT_INSERT, ST_EVENT_ACTOR_INSERT,
    ST_EVENT_MENTION_INSERT, ST_EVENT_UPDATE,
    ST_COUNT_DOCS, ST_COUNT_EVENTS, ST_COUNT_ACTORS,
    ST_MODEL_ACTORS, ST_MODEL_EVENTS, ST_MODEL_EVENTS_BARE, ST_MODEL_EVENT_ACTORS, ST_MODEL_MENTIONS, ST_MODEL_ALIASES, ST_METRICS_UPSERT, ST_EVENT_DOC_SEEN,
    ST_SAVEPOINT, ST_RELEASE, ST_ROLLBACK_TO,
    ST_COUNT_
};

struct evg_store {
    sqlite3 *db;
    evg_ctx *ctx;
    char *path;
    sqlite3_stmt *st[ST_COUNT_];
    /* batched writing (evg_store_set_batch): one transaction over several
     * documents, a savepoint per document */
    int batch_docs, batch_ms;   /* commit after this many documents or milliseconds; 0: off */
    int batch_open;             /* a batch transaction is open */
    int batch_n;                /* documents stored in the open batch */
    long long batch_t0;         /* when it opened, monotonic ms */
};

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

/* Binding helpers: NULL strings and EVG_NODATE days bind SQL NULL. */
void evg_store_bind_text(sqlite3_stmt *s, int i, const char *text);
void evg_store_bind_textn(sqlite3_stmt *s, int i, const char *text, size_t n);
void evg_store_bind_day(sqlite3_stmt *s, int i, int32_t day);

/* Column readers: a NULL column gives "" (malloc'd) or EVG_NODATE. */
char *evg_store_col_strdup(sqlite3_stmt *s, int i);
int32_t evg_store_col_day(sqlite3_stmt *s, int i);

/* Name tables kept in the store as text (role, modality) back to enums. */
int evg_store_role_from_name(const char *name);
int evg_store_modality_from_name(const char *name);

#endif

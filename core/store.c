/*
 * store.c - the SQLite store: opening and creating the schema, the prepared
 * statements every store file shares, and the small helpers around them.
 *
 * One SQLite file per collection.  PRAGMA user_version holds the schema
 * version (EVG_STORE_SCHEMA_VERSION); foreign keys are declared but not
 * enforced in this connection (docs/STORE.md); the journal is WAL with
 * synchronous = NORMAL (a crash can lose the last documents, never corrupt
 * the file), checkpointed every 64 MiB of WAL and on close; a 64 MiB page
 * cache (256 MiB while a batched build writes) and in-memory temporary
 * files (the savepoint journals of batched writing).  Tables (docs/STORE.md describes each column):
 *   documents   one row per stored input, unique by sha256 of its bytes
 *   sections, timexes, mentions   per-document rows, offsets into the input
 *   entities, aliases             the actors and places, keyed by stable id
 *   events      the MERGED events of the collection (one per real event)
 *   event_actors, event_mentions  who takes part; every report of an event
 *   actor_metrics                 analytics written back by graph/
 * Dates are ISO YYYY-MM-DD text or NULL; enums are stored by their JSON
 * names ("source", "asserted", ...).
 *
 * Every statement is prepared once in evg_store_open (table below) and
 * reused: bind, step, reset.  No SQL is ever built from data.  Writing may
 * be batched (evg_store_set_batch): one transaction over several documents,
 * a savepoint per document, committed by count or time, by any other write
 * (evg_store_begin) and on close.
 * Exports evg_store_open/close/counts/ctx; adding documents lives in
 * store_add.c, the model in store_model.c.
 */
#include "store_impl.h"

#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Page cache of the connection, KiB.  SQLite's default (2 MiB) is smaller
 * than the indexes a growing store touches per document (merge_index,
 * event_mentions), so pages were written and read back over and over. */
#define EVG_STORE_CACHE_KIB "65536"
/* Page cache while a batched build writes (evg_store_set_batch until
 * evg_store_flush), KiB.  Session 12: each batch updates merged events all
 * over the events table and inserts into the report and actor indexes at
 * their events' places, so the pages a batch dirties grow with the store;
 * with 64 MiB they were spilled and read back within a batch and every
 * batch wrote them to the WAL again (docs/STORE.md, "File settings"). */
#define EVG_STORE_WRITE_CACHE_KIB "262144"
/* How long a statement waits for another process's lock, ms. */
#define EVG_STORE_BUSY_MS 5000

/* The columns of event_actors.  Schema 7: its key (event_id, entity_id,
 * role) is a named UNIQUE index, event_actors_key, and no longer a UNIQUE
 * clause of the table, so a bulk load can build it after the load
 * (deferred_indexes below); the upgrade from version 6 copies the table. */
#define EVENT_ACTORS_COLUMNS "(event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE," \
    " entity_id TEXT NOT NULL REFERENCES entities(id), role TEXT NOT NULL)"

static const char *const schema_sql =
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, path TEXT NOT NULL,"
    " sha256 TEXT NOT NULL UNIQUE, dct TEXT, dct_source TEXT NOT NULL, source TEXT,"
    " url TEXT, lang TEXT, title TEXT, bytes INTEGER NOT NULL, encoding TEXT, html INTEGER,"
    " added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE TABLE sections(doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " dct TEXT, PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;"
    "CREATE TABLE timexes(doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL, section INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT,"
    " date_begin TEXT, date_end TEXT, PRIMARY KEY(doc_id, idx)) WITHOUT ROWID;"
    "CREATE TABLE entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,"
    " type TEXT, country TEXT, role TEXT);"
    "CREATE TABLE aliases(entity_id TEXT NOT NULL REFERENCES entities(id),"
    " alias TEXT NOT NULL, UNIQUE(entity_id, alias));"
    "CREATE TABLE mentions(doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " entity_id TEXT NOT NULL REFERENCES entities(id), start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER, kind TEXT NOT NULL);"
    "CREATE TABLE events(id INTEGER PRIMARY KEY, code TEXT NOT NULL, root TEXT, label TEXT,"
    " family TEXT NOT NULL, date_value TEXT, date_begin TEXT, date_end TEXT,"
    " date_source TEXT NOT NULL, date_dct TEXT, location_id TEXT REFERENCES entities(id),"
    " modality TEXT NOT NULL, confidence REAL NOT NULL, n_mentions INTEGER NOT NULL,"
    " n_docs INTEGER NOT NULL);"
    "CREATE TABLE event_actors" EVENT_ACTORS_COLUMNS ";"
    "CREATE UNIQUE INDEX event_actors_key ON event_actors(event_id, entity_id, role);"
    "CREATE TABLE event_mentions(event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " sentence_start INTEGER, sentence_end INTEGER, sentence TEXT, trigger_start INTEGER,"
    " trigger_end INTEGER, code TEXT NOT NULL, date_value TEXT, date_source TEXT NOT NULL,"
    " modality TEXT NOT NULL, attribution_id TEXT REFERENCES entities(id), quantities TEXT,"
    " confidence REAL NOT NULL);"
    "CREATE INDEX event_mentions_event ON event_mentions(event_id, doc_id, sentence_start);"
    "CREATE TABLE actor_metrics(entity_id TEXT PRIMARY KEY REFERENCES entities(id),"
    " degree REAL, strength REAL, pagerank REAL, betweenness REAL, community INTEGER, component INTEGER,"
    " n_events INTEGER);";

/* Indexed by enum evg_store_stmt. */
static const char *const stmt_sql[ST_COUNT_] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_DOC_FIND] = "SELECT id FROM documents WHERE sha256 = ?1",
    [ST_DOC_INSERT] = "INSERT INTO documents(path, sha256, dct, dct_source, source, url, lang,"
                      " title, bytes, encoding, html) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [ST_SECTION_INSERT] = "INSERT INTO sections(doc_id, idx, kind, start, end, dct)"
                          " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_TIMEX_INSERT] = "INSERT INTO timexes(doc_id, idx, section, start, end, text, type, value,"
                        " mod, date_begin, date_end) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [ST_ENTITY_UPSERT] = "INSERT INTO entities(id, name, name_en, type, country, role)"
                         " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET"
                         " name_en = coalesce(nullif(name_en, ''), excluded.name_en),"
                         " type = coalesce(nullif(type, ''), excluded.type),"
                         " country = coalesce(nullif(country, ''), excluded.country),"
                         " role = coalesce(nullif(role, ''), excluded.role)",
    [ST_ALIAS_INSERT] = "INSERT OR IGNORE INTO aliases(entity_id, alias) VALUES(?1, ?2)",
    [ST_MENTION_INSERT] = "INSERT INTO mentions(doc_id, entity_id, start, end, text, sentence, kind)"
                          " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    /* two searches of the primary key (an OR of the bucket ranges would scan
     * all of the actor's entries), each keeping only the events whose dates
     * can meet the report's window [?5, ?6] (see store_add.c, candidate_window) */
    [ST_EVENT_INSERT] = "INSERT INTO events(code, root, label, family, date_value, date_begin,"
                        " date_end, date_source, date_dct, location_id, modality, confidence,"
                        " n_mentions, n_docs) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                        " ?12, 1, 1)", /* with its first report (store_add.c, store_event) */
    /* the caller skips actors the event has (the in-memory keys hold them all) */
    [ST_EVENT_ACTOR_INSERT] = "INSERT INTO event_actors(event_id, entity_id, role) VALUES(?1, ?2, ?3)",
    /* plain VALUES: an INSERT whose SELECT reads the table it writes copies
     * the row through a temporary table first; the caller knows the reports
     * its document has written (store_add.c, doc_seen) */
    [ST_EVENT_MENTION_INSERT] = "INSERT INTO event_mentions(event_id, doc_id, sentence_start,"
                                " sentence_end, sentence, trigger_start, trigger_end, code,"
                                " date_value, date_source, modality, attribution_id, quantities,"
                                " confidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                " ?12, ?13, ?14)",
    [ST_EVENT_UPDATE] = "UPDATE events SET date_value = ?2, date_begin = ?3, date_end = ?4,"
                        " date_source = ?5, date_dct = ?6, location_id = ?7, modality = ?8,"
                        " confidence = max(confidence, ?9),"
                        " n_mentions = n_mentions + ?10, n_docs = n_docs + ?11 WHERE id = ?1",
    [ST_COUNT_DOCS] = "SELECT count(*) FROM documents",
    [ST_COUNT_EVENTS] = "SELECT count(*) FROM events",
    [ST_COUNT_ACTORS] = "SELECT count(DISTINCT entity_id) FROM event_actors",
    /* every entity with its metrics; which take part in an event, and in how
     * many, is counted in C from the loaded events (store_model.c): a count
     * per entity in SQL read the whole event_actors index again */
    [ST_MODEL_ACTORS] = "SELECT e.id, e.name, e.name_en, e.type, e.country, e.role, 0,"
                        " m.degree, m.strength, m.pagerank, m.betweenness, m.community, m.component"
                        " FROM entities e LEFT JOIN actor_metrics m ON m.entity_id = e.id"
                        " ORDER BY e.id",
    /* the first report of every event (its lowest rowid) and the document
     * paths, read in one pass each and joined in C (store_model.c): a
     * subquery, an index search and a row fetch per event cost more */
    [ST_MODEL_FIRST_REPORTS] = "SELECT event_id, doc_id, sentence FROM event_mentions ORDER BY rowid",
    [ST_MODEL_DOC_PATHS] = "SELECT id, path FROM documents ORDER BY id",
    /* the events in id order (sorted by date in C); the first report's
     * sentence and document are added by ST_MODEL_FIRST_REPORTS for the views
     * that show them */
    [ST_MODEL_EVENTS_BARE] = "SELECT v.id, v.code, v.root, v.label, v.date_value, v.date_begin,"
                             " v.date_end, v.modality, v.location_id, v.n_mentions, v.confidence,"
                             " NULL, NULL FROM events v ORDER BY v.id",
    [ST_MODEL_EVENT_ACTORS] = "SELECT event_id, entity_id, role FROM event_actors ORDER BY rowid",
    [ST_MODEL_MENTIONS] = "SELECT d.path, m.sentence, m.sentence_start, m.sentence_end, m.date_value,"
                          " m.modality, coalesce(nullif(a.name_en, ''), a.name),"
                          " (SELECT group_concat(json_extract(q.value, '$.text'), '; ')"
                          "  FROM json_each(m.quantities) q)"
                          " FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
                          " LEFT JOIN entities a ON a.id = m.attribution_id"
                          " WHERE m.event_id = ?1 ORDER BY m.rowid LIMIT ?2",
    [ST_MODEL_ALIASES] = "SELECT group_concat(alias, '; ') FROM (SELECT alias FROM aliases"
                         " WHERE entity_id = ?1 ORDER BY alias)",
    [ST_METRICS_UPSERT] = "INSERT INTO actor_metrics(entity_id, degree, strength, pagerank,"
                          " betweenness, community, n_events, component)"
                          " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                          " ON CONFLICT(entity_id) DO UPDATE SET degree = excluded.degree,"
                          " strength = excluded.strength, pagerank = excluded.pagerank,"
                          " betweenness = excluded.betweenness, community = excluded.community,"
                          " n_events = excluded.n_events, component = excluded.component",
    [ST_SAVEPOINT] = "SAVEPOINT evg_doc",
    [ST_RELEASE] = "RELEASE evg_doc",
    [ST_ROLLBACK_TO] = "ROLLBACK TO evg_doc",
    [ST_DATA_VERSION] = "PRAGMA data_version",
};

int evg_store_fail(evg_store *st, const char *what)
{
    return evg_error(st->ctx, EVG_EDB, "store %s: %s: %s", st->path, what,
                     st->db ? sqlite3_errmsg(st->db) : "cannot open");
}

int evg_store_exec(evg_store *st, int which, const char *what)
{
    sqlite3_stmt *s = st->st[which];
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : evg_store_fail(st, what);
}

int evg_store_begin(evg_store *st, const char *what)
{
    int rc = evg_store_batch_commit(st);
    if (!rc) rc = evg_store_exec(st, ST_BEGIN, what);
    return rc ? rc : evg_store_mem_check(st);
}

/* ---- batched writing: the transaction over several documents ---- */

int evg_store_batch_commit(evg_store *st)
{
    if (!st->batch_open) return 0;
    st->batch_open = 0;
    st->batch_n = 0;
    if (sqlite3_get_autocommit(st->db)) { /* SQLite already rolled it back after a failure */
        evg_store_mem_drop(st);
        return 0;
    }
    int rc = evg_store_exec(st, ST_COMMIT, "committing a batch of documents");
    if (rc) evg_store_mem_drop(st); /* what follows may roll the batch back */
    return rc;
}

/* Set the page cache of the connection, KiB (a limit: SQLite takes pages as
 * it reads them).  Failure only costs speed, so it is not reported. */
static void set_cache(evg_store *st, const char *kib)
{
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA cache_size = -%s", kib);
    sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

/* ---- deferred indexes: built once after a bulk load into an empty store ---- */

/* The indexes no statement of the writer reads (only the listings and the
 * views do), so a bulk load into a store without reports may drop them and
 * build each once when the load is over: the reports of old events land all
 * over event_mentions_event, and a document's savepoint copied every page it
 * touched (docs/STORE.md, "Indexes").  Name, then the statement that makes
 * it; schema_sql creates the same index. */
static const char *const deferred_indexes[][2] = {
    {"event_mentions_event",
     "CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event_id, doc_id, sentence_start)"},
    {"event_actors_key",
     "CREATE UNIQUE INDEX IF NOT EXISTS event_actors_key ON event_actors(event_id, entity_id, role)"},
};
#define N_DEFERRED (sizeof deferred_indexes / sizeof deferred_indexes[0])

/* 1 when the file has index i of deferred_indexes, 0 when not, -1 on failure. */
static int has_index(evg_store *st, size_t i)
{
    sqlite3_stmt *s = NULL;
    int ret = -1;
    if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                           -1, &s, NULL) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, deferred_indexes[i][0], -1, SQLITE_STATIC);
        if (sqlite3_step(s) == SQLITE_ROW) ret = sqlite3_column_int(s, 0) > 0;
    }
    sqlite3_finalize(s);
    return ret;
}

/* Create the deferred indexes the file lacks (a bulk load dropped them and
 * was killed before its flush, or has not flushed yet).  Only writers call
 * it, never an open for reading, which would take the write lock from a
 * load in another process.  Quiet (closing after a load that never
 * flushed): a failure is a warning, not an error; the queries read the
 * tables without the index, only slower, and the next writer's flush tries
 * again.  The flag of deferred indexes stays set while one is missing. */
static int restore_indexes(evg_store *st, int quiet)
{
    int ret = 0, missing = 0;
    for (size_t i = 0; i < N_DEFERRED && !ret; i++) {
        int have = has_index(st, i);
        if (have == 1) continue;
        if (have == 0 && sqlite3_exec(st->db, deferred_indexes[i][1], NULL, NULL, NULL) == SQLITE_OK) continue;
        missing = 1;
        if (quiet)
            evg_warn(st->ctx, "store %s: index %s not built (%s); the next build tries again", st->path,
                     deferred_indexes[i][0], sqlite3_errmsg(st->db));
        else
            ret = evg_store_fail(st, "creating the indexes after the load");
    }
    st->indexes_deferred = missing;
    return ret;
}

/* Does the store hold no report yet (a load into it may defer the indexes)? */
static int store_has_no_reports(evg_store *st)
{
    sqlite3_stmt *s = NULL;
    int none = 0;
    if (sqlite3_prepare_v2(st->db, "SELECT 1 FROM event_mentions LIMIT 1", -1, &s, NULL) == SQLITE_OK)
        none = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_finalize(s);
    return none;
}

void evg_store_defer_indexes(evg_store *st)
{
    st->defer_pending = 0;
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) return;
    int rc = 0;
    for (size_t i = 0; i < N_DEFERRED && !rc; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "DROP INDEX IF EXISTS %s", deferred_indexes[i][0]);
        rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK;
    }
    if (!rc && sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
        st->indexes_deferred = 1;
    else
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

void evg_store_set_batch(evg_store *st, int docs, int ms)
{
    st->batch_docs = docs > 1 ? docs : 0;
    st->batch_ms = ms > 0 ? ms : 0;
    if (st->batch_docs && !st->write_cache) { /* a bulk load: the writer's cache until the flush */
        set_cache(st, EVG_STORE_WRITE_CACHE_KIB);
        st->write_cache = 1;
        st->defer_pending = store_has_no_reports(st); /* dropped once a full batch shows a large load */
        st->load_n = 0;
    }
}

/* Writing is over: commit, let the merge keys go (views load their own) and
 * give back the writer's page cache. */
int evg_store_flush(evg_store *st)
{
    if (!st) return 0;
    evg_store_mem_drop(st);
    int rc = evg_store_batch_commit(st);
    if (!rc) rc = restore_indexes(st, 0); /* this load's, or a killed load's */
    if (st->write_cache) {
        set_cache(st, EVG_STORE_CACHE_KIB);
        sqlite3_db_release_memory(st->db);
#ifdef __GLIBC__
        malloc_trim(0); /* the freed pages lie among live ones: hand them back to the system */
#endif
        st->write_cache = 0;
    }
    return rc;
}

int evg_store_commit(evg_store *st, const char *what)
{
    return evg_store_exec(st, ST_COMMIT, what);
}

void evg_store_rollback(evg_store *st)
{
    if (sqlite3_get_autocommit(st->db)) return; /* nothing open (SQLite may have rolled back) */
    sqlite3_step(st->st[ST_ROLLBACK]);
    sqlite3_reset(st->st[ST_ROLLBACK]);
}

/* Text is bound without a copy (SQLITE_STATIC): every caller binds text
 * that lives until the statement has been stepped and reset (the document,
 * its strings, a buffer freed after the step), and evg_store_exec clears
 * the bindings after each row.  A copy per bound text was a malloc, a
 * memcpy and a free for each of the ~300 texts a document writes. */
void evg_store_bind_text(sqlite3_stmt *s, int i, const char *text)
{
    if (text) sqlite3_bind_text(s, i, text, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, i);
}

void evg_store_bind_textn(sqlite3_stmt *s, int i, const char *text, size_t n)
{
    if (text) sqlite3_bind_text64(s, i, text, n, SQLITE_STATIC, SQLITE_UTF8);
    else sqlite3_bind_null(s, i);
}

void evg_store_bind_day(sqlite3_stmt *s, int i, int32_t day)
{
    char iso[16];
    if (day == EVG_NODATE) {
        sqlite3_bind_null(s, i);
        return;
    }
    evg_format_day(day, iso);
    sqlite3_bind_text(s, i, iso, -1, SQLITE_TRANSIENT);
}

char *evg_store_col_strdup(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return evg_xstrdup(t ? (const char *)t : "");
}

int32_t evg_store_col_day(sqlite3_stmt *s, int i)
{
    int32_t day;
    const unsigned char *t = sqlite3_column_text(s, i);
    if (!t || evg_parse_day((const char *)t, &day) != 0) return EVG_NODATE;
    return day;
}

static const char *const date_source_names[] = {"none", "timex", "coref", "dct"};

const char *evg_store_date_source_name(int src)
{
    return src >= EVG_DATE_NONE && src <= EVG_DATE_DCT ? date_source_names[src] : "none";
}

int evg_store_date_source_from_name(const char *name)
{
    for (int i = EVG_DATE_NONE; i <= EVG_DATE_DCT; i++)
        if (name && strcmp(name, date_source_names[i]) == 0) return i;
    return EVG_DATE_NONE;
}

int evg_store_role_from_name(const char *name)
{
    for (int r = EVG_ROLE_SOURCE; r <= EVG_ROLE_PARTICIPANT; r++)
        if (name && strcmp(name, evg_role_name(r)) == 0) return r;
    return EVG_ROLE_PARTICIPANT;
}

int evg_store_modality_from_name(const char *name)
{
    for (int m = EVG_MODAL_ASSERTED; m <= EVG_MODAL_NEGATED; m++)
        if (name && strcmp(name, evg_modality_name(m)) == 0) return m;
    return EVG_MODAL_ASSERTED;
}

/* ---- opening ---- */

static int query_int(evg_store *st, const char *sql, long *out)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) *out = (long)sqlite3_column_int64(s, 0);
    int ret = rc == SQLITE_ROW ? 0 : evg_store_fail(st, "reading the schema");
    sqlite3_finalize(s);
    return ret;
}

/* The schema version and the number of schema objects, read by one
 * statement so that both come from one snapshot: read apart, another
 * process could commit its new schema between them (version 0 with 17
 * tables, which looks like a foreign file). */
static int schema_state(evg_store *st, long *version, long *tables)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                " (SELECT count(*) FROM sqlite_schema)", -1, &s, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *version = (long)sqlite3_column_int64(s, 0);
        *tables = (long)sqlite3_column_int64(s, 1);
    }
    int ret = rc == SQLITE_ROW ? 0 : evg_store_fail(st, "reading the schema");
    sqlite3_finalize(s);
    return ret;
}

/* Create the tables of an empty file.  Two processes opening the same new
 * file both see it empty before either writes, so the tables are counted
 * again under the write lock (BEGIN IMMEDIATE waits for the other's
 * creation to commit, within the busy timeout): when they are there, the
 * other process made them and there is nothing to do (check_schema then
 * reads the version it wrote). */
static int create_schema(evg_store *st)
{
    char *err = NULL;
    char version_sql[64];
    long tables = 0;
    snprintf(version_sql, sizeof version_sql, "PRAGMA user_version = %d", EVG_STORE_SCHEMA_VERSION);
    int rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, &err);
    if (rc == SQLITE_OK) {
        int counted = query_int(st, "SELECT count(*) FROM sqlite_schema", &tables);
        if (counted != 0) {
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return counted;
        }
    }
    if (rc == SQLITE_OK && tables == 0) rc = sqlite3_exec(st->db, schema_sql, NULL, NULL, &err);
    if (rc == SQLITE_OK && tables == 0) rc = sqlite3_exec(st->db, version_sql, NULL, NULL, &err);
    if (rc == SQLITE_OK) rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, &err);
    int ret = 0;
    if (rc != SQLITE_OK) {
        ret = evg_error(st->ctx, EVG_EDB, "store %s: creating the tables: %s", st->path,
                        err ? err : sqlite3_errmsg(st->db));
        if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    }
    sqlite3_free(err);
    return ret;
}

/* Schema upgrades, each one transaction that ends at the next version it
 * names (check_schema runs them in turn up to the current one):
 * 2 -> 4 actor_metrics gained the connected component (filled by the next
 * analytics run, as every metric is) and the reports of an event are
 * indexed by event, document and sentence; 3 -> 4 the merge index is kept
 * in memory while writing (store_mem.c), no longer as a table; 4 -> 5 the
 * indexes no query reads are dropped (events by family and date, mentions
 * and reports by document: docs/STORE.md).  Version 5 also creates
 * sections and timexes WITHOUT ROWID (their key is the row); an upgraded
 * store keeps its rowid tables, which take the same rows.  5 -> 6 the index
 * of event_actors by entity is dropped: a B-tree insert per actor row whose
 * pages each document's savepoint copied (15-24% of the store phase of a
 * 10,000-document build); the queries by actor read the table instead
 * (docs/STORE.md, "Indexes").  6 -> 7 event_actors is made again without
 * its UNIQUE clause (its rows copied out and back, rowids kept, so the
 * table reads as a new store's) and its key becomes the named index
 * event_actors_key, which a bulk load may build at its end. */
static const char *const upgrade_sql[] = {
    [2] = "BEGIN IMMEDIATE; ALTER TABLE actor_metrics ADD COLUMN component INTEGER;"
          " DROP INDEX event_mentions_event; CREATE INDEX event_mentions_event"
          " ON event_mentions(event_id, doc_id, sentence_start);"
          " DROP TABLE IF EXISTS merge_index; PRAGMA user_version = 4; COMMIT;",
    [3] = "BEGIN IMMEDIATE; DROP TABLE IF EXISTS merge_index; PRAGMA user_version = 4; COMMIT;",
    [4] = "BEGIN IMMEDIATE; DROP INDEX IF EXISTS events_family_date; DROP INDEX IF EXISTS mentions_doc;"
          " DROP INDEX IF EXISTS event_mentions_doc; PRAGMA user_version = 5; COMMIT;",
    [5] = "BEGIN IMMEDIATE; DROP INDEX IF EXISTS event_actors_entity; PRAGMA user_version = 6; COMMIT;",
    [6] = "BEGIN IMMEDIATE; CREATE TABLE event_actors_v6 AS SELECT rowid AS rid, event_id, entity_id, role"
          " FROM event_actors; DROP TABLE event_actors; CREATE TABLE event_actors" EVENT_ACTORS_COLUMNS ";"
          " INSERT INTO event_actors(rowid, event_id, entity_id, role)"
          " SELECT rid, event_id, entity_id, role FROM event_actors_v6 ORDER BY rid; DROP TABLE event_actors_v6;"
          " CREATE UNIQUE INDEX event_actors_key ON event_actors(event_id, entity_id, role);"
          " PRAGMA user_version = 7; COMMIT;",
};

static int upgrade(evg_store *st, long from)
{
    char *err = NULL;
    int rc = sqlite3_exec(st->db, upgrade_sql[from], NULL, NULL, &err);
    int ret = 0;
    if (rc != SQLITE_OK) {
        ret = evg_error(st->ctx, EVG_EDB, "store %s: upgrading the schema from version %ld: %s", st->path,
                        from, err ? err : sqlite3_errmsg(st->db));
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    }
    sqlite3_free(err);
    return ret;
}

/* Create the tables in an empty file; accept our own schema (upgrading
 * versions 2 to 6 step by step, whoever created it); refuse others. */
static int check_schema(evg_store *st)
{
    long version = 0, tables = 0;
    int rc;
    if ((rc = schema_state(st, &version, &tables)) != 0) return rc;
    if (version == 0 && tables == 0) {
        if ((rc = create_schema(st)) != 0) return rc;
        if ((rc = schema_state(st, &version, &tables)) != 0) return rc;
    }
    while (version >= 2 && version < EVG_STORE_SCHEMA_VERSION) {
        if ((rc = upgrade(st, version)) != 0) return rc;
        if ((rc = query_int(st, "PRAGMA user_version", &version)) != 0) return rc;
    }
    if (version == EVG_STORE_SCHEMA_VERSION) return 0;
    if (version > EVG_STORE_SCHEMA_VERSION)
        return evg_error(st->ctx, EVG_EDB, "store %s: schema version %ld is newer than this"
                         " evgraph reads (%d)", st->path, version, EVG_STORE_SCHEMA_VERSION);
    return evg_error(st->ctx, EVG_EDB, "store %s: not an evgraph store (schema version %ld,"
                     " %ld tables)", st->path, version, tables);
}

/* WAL bytes after which a commit copies the WAL into the file (SQLite's
 * default is 1000, 4 MiB).  A page written by many batches (the right edge
 * of every table, the events that keep receiving reports) is copied once per
 * checkpoint, so fewer checkpoints write and sync less; the WAL file grows to
 * about 100 MiB (the threshold and the batch that crosses it), and closing
 * the store checkpoints and removes it. */
#define EVG_STORE_CHECKPOINT_BYTES (64L << 20)
/* Page size of a new store (an existing file keeps its own: the pragma has
 * no effect once the file has pages).  Session 8: 16 KiB pages instead of
 * SQLite's 4 KiB make every B-tree shallower and each read or write carry
 * four times the rows; a 10k-document build made 111,350 pwrite and 26,394
 * pread calls instead of 267,408 and 77,335, the file the same size. */
#define EVG_STORE_PAGE_SIZE "16384"

/* The checkpoint interval in pages of this file's size. */
static void set_checkpoint(evg_store *st)
{
    long page = 4096;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "PRAGMA page_size", -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW &&
        sqlite3_column_int64(s, 0) > 0)
        page = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_wal_autocheckpoint(st->db, (int)(EVG_STORE_CHECKPOINT_BYTES / page));
}

/* Tries of the connection settings while another process holds the lock
 * they need, and the pause between two, ms (with the busy timeout, the
 * same 5 s in all). */
#define EVG_STORE_BUSY_TRIES 50
#define EVG_STORE_BUSY_PAUSE_MS 100

/* The settings of the connection.  Switching a new file to WAL takes its
 * write lock; when another process opening the same new file holds it,
 * SQLite may answer "database is locked" at once instead of calling the
 * busy handler (waiting there could deadlock), so the settings, which can
 * be applied twice, are tried again for a while. */
static int configure(evg_store *st)
{
    char *err = NULL;
    sqlite3_busy_timeout(st->db, EVG_STORE_BUSY_MS);
    int rc;
    for (int tries = 1;; tries++) {
        rc = sqlite3_exec(st->db, "PRAGMA page_size = " EVG_STORE_PAGE_SIZE "; PRAGMA foreign_keys = OFF;"
                          " PRAGMA journal_mode = WAL;"
                          " PRAGMA synchronous = NORMAL; PRAGMA cache_size = -" EVG_STORE_CACHE_KIB ";"
                          " PRAGMA temp_store = MEMORY;",
                          NULL, NULL, &err);
        if ((rc & 0xff) != SQLITE_BUSY || tries == EVG_STORE_BUSY_TRIES) break;
        sqlite3_free(err);
        err = NULL;
        sqlite3_sleep(EVG_STORE_BUSY_PAUSE_MS);
    }
    if (rc == SQLITE_OK) set_checkpoint(st);
    int ret = 0;
    if (rc != SQLITE_OK)
        ret = evg_error(st->ctx, EVG_EDB, "store %s: %s", st->path, err ? err : sqlite3_errmsg(st->db));
    sqlite3_free(err);
    return ret;
}

static int prepare_all(evg_store *st)
{
    for (int i = 0; i < ST_COUNT_; i++) {
        if (sqlite3_prepare_v3(st->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &st->st[i],
                               NULL) != SQLITE_OK)
            return evg_store_fail(st, "preparing statements");
    }
    return 0;
}

/* EVGRAPH_TIMINGS: SQLite's estimate of the time each statement ran, summed
 * per prepared statement (the last slot: statements prepared elsewhere). */
static int on_profile(unsigned type, void *payload, void *stmt, void *ns)
{
    evg_store *st = payload;
    if (type != SQLITE_TRACE_PROFILE) return 0;
    int k = ST_COUNT_;
    for (int i = 0; i < ST_COUNT_; i++)
        if (st->st[i] == stmt) k = i;
    st->stmt_ns[k] += *(const sqlite3_int64 *)ns;
    return 0;
}

/* EVGRAPH_TIMINGS: what each prepared statement cost in this connection, on
 * stderr (bench/store_growth.sh): runs, virtual-machine steps (they do not
 * depend on the machine's load) and SQLite's estimate of its time. */
static void print_statement_costs(const evg_store *st)
{
    for (int i = 0; i < ST_COUNT_; i++) {
        int runs = sqlite3_stmt_status(st->st[i], SQLITE_STMTSTATUS_RUN, 0);
        int steps = sqlite3_stmt_status(st->st[i], SQLITE_STMTSTATUS_VM_STEP, 0);
        if (runs || st->stmt_ns[i])
            fprintf(stderr, "timing: sql %9d runs %11d vm steps %9.3f s  %.60s\n", runs, steps,
                    (double)st->stmt_ns[i] / 1e9, stmt_sql[i]);
    }
    fprintf(stderr, "timing: sql other statements %9.3f s\n", (double)st->stmt_ns[ST_COUNT_] / 1e9);
}

int evg_store_open(evg_store **out, evg_ctx *ctx, const char *path)
{
    *out = NULL;
    if (!path || !*path) return evg_error(ctx, EVG_EINPUT, "no store path given");
    evg_store *st = evg_xcalloc(1, sizeof *st);
    st->ctx = ctx;
    st->path = evg_xstrdup(path);
    int rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        rc = evg_store_fail(st, "opening");
        goto done;
    }
    sqlite3_extended_result_codes(st->db, 1);
    if ((rc = configure(st)) != 0) goto done;
    if ((rc = check_schema(st)) != 0) goto done;
    if ((rc = prepare_all(st)) != 0) goto done;
    if (getenv("EVGRAPH_TIMINGS")) {
        st->stmt_ns = evg_xcalloc(ST_COUNT_ + 1, sizeof *st->stmt_ns);
        sqlite3_trace_v2(st->db, SQLITE_TRACE_PROFILE, on_profile, st);
    }
done:
    if (rc != 0) evg_store_close(st);
    else *out = st;
    return rc;
}

void evg_store_close(evg_store *st)
{
    if (!st) return;
    if (evg_store_batch_commit(st) != 0) evg_store_rollback(st); /* the message stays on the context */
    if (st->indexes_deferred) restore_indexes(st, 1); /* a load that ended without a flush */
    evg_store_mem_drop(st);
    if (st->stmt_ns) print_statement_costs(st);
    free(st->stmt_ns);
    for (int i = 0; i < ST_COUNT_; i++) sqlite3_finalize(st->st[i]);
    sqlite3_close(st->db);
    free(st->path);
    free(st);
}

evg_ctx *evg_store_ctx(evg_store *st)
{
    return st ? st->ctx : NULL;
}

static int count_rows(evg_store *st, int which, long *out)
{
    sqlite3_stmt *s = st->st[which];
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) *out = (long)sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return rc == SQLITE_ROW ? 0 : evg_store_fail(st, "counting rows");
}

int evg_store_counts(evg_store *st, long *out_docs, long *out_events, long *out_actors)
{
    int rc;
    *out_docs = *out_events = *out_actors = 0;
    if ((rc = count_rows(st, ST_COUNT_DOCS, out_docs)) != 0) return rc;
    if ((rc = count_rows(st, ST_COUNT_EVENTS, out_events)) != 0) return rc;
    return count_rows(st, ST_COUNT_ACTORS, out_actors);
}

int evg_store_each_hash(evg_store *st, void (*fn)(const char *sha256, void *payload), void *payload)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT sha256 FROM documents", -1, &s, NULL) != SQLITE_OK)
        return evg_store_fail(st, "reading the stored documents");
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) fn((const char *)sqlite3_column_text(s, 0), payload);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "reading the stored documents");
}

/*
 * test_store.c - tests of the SQLite store (core/store*.c): schema creation,
 * idempotent adds, cross-document merging, rollback of a failing document,
 * unwritable paths, the model and the metrics round trip.
 *
 * Documents go through the real pipeline (evg_test_doc) for their text,
 * sentences and tokens; entities and events are then set by hand so the
 * store logic is tested independently of extraction.  Every store lives in
 * a mkstemp file under /tmp that is removed afterwards; a second, plain
 * SQLite connection checks what was written.
 */
#include <CUnit/CUnit.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"

/* ---- fixtures ---- */

static char db_path[64];

static void temp_store_path(void)
{
    strcpy(db_path, "/tmp/evg_test_store_XXXXXX");
    int fd = mkstemp(db_path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
}

static void remove_store(void)
{
    evg_test_remove_db(db_path);
}

static evg_store *open_store(void)
{
    evg_store *st = NULL;
    temp_store_path();
    int rc = evg_store_open(&st, evg_test_ctx(), db_path);
    if (rc != 0) fprintf(stderr, "store open: %s\n", evg_ctx_errmsg(evg_test_ctx()));
    CU_ASSERT_FATAL(rc == 0 && st != NULL);
    return st;
}

/* One integer from a query on a separate connection (-1 on failure). */
static long sql_long(const char *sql)
{
    return evg_test_sql_long(db_path, sql);
}

/* One text value, copied into out ("" on failure). */
static void sql_text(const char *sql, char *out, size_t n)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    out[0] = '\0';
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW &&
        sqlite3_column_text(s, 0))
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
}

static int sql_exec(const char *sql)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open(db_path, &db);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

/* 1 when SQLite's plan for sql mentions index (separate connection). */
static int plan_uses(const char *sql, const char *index)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    char q[512];
    int found = 0;
    snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, q, -1, &s, NULL) == SQLITE_OK)
        while (!found && sqlite3_step(s) == SQLITE_ROW)
            found = sqlite3_column_text(s, 3) && strstr((const char *)sqlite3_column_text(s, 3), index);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return found;
}

static evg_doc *make_doc(const char *name, const char *text, const char *dct)
{
    evg_doc *d = evg_test_doc(text, dct, 0);
    CU_ASSERT_FATAL(d != NULL);
    CU_ASSERT_FATAL(d->sentences.n > 0 && d->tokens.n > 0);
    free(d->name);
    d->name = evg_xstrdup(name);
    /* drop what extraction found: these tests set entities and events by hand */
    for (size_t i = 0; i < d->entities.n; i++) free(d->entities.v[i].aliases.v);
    for (size_t i = 0; i < d->events.n; i++) free(d->events.v[i].quantities.v);
    d->entities.n = d->mentions.n = d->events.n = 0;
    return d;
}

static int32_t add_entity(evg_doc *d, const char *id, const char *name, const char *type)
{
    evg_entity e;
    memset(&e, 0, sizeof e);
    e.id = evg_arena_strdup(d->arena, id);
    e.name = evg_arena_strdup(d->arena, name);
    e.name_en = evg_arena_strdup(d->arena, name);
    e.type = evg_arena_strdup(d->arena, type);
    e.country = "";
    e.role = "GOV";
    evg_vec_push(&e.aliases, evg_arena_strdup(d->arena, id));
    evg_vec_push(&d->entities, e);
    return (int32_t)d->entities.n - 1;
}

/* An event in the first sentence; value "" is undated; actors end with -1. */
static evg_event *add_event(evg_doc *d, const char *code, const char *value, int source,
                            int32_t location, ...)
{
    evg_event ev;
    memset(&ev, 0, sizeof ev);
    snprintf(ev.code, sizeof ev.code, "%s", code);
    memcpy(ev.root, code, 2);
    ev.label = "test event";
    ev.trig_first = 0;
    ev.trig_end = 1;
    ev.sent = 0;
    ev.section = -1;
    ev.timex = -1;
    snprintf(ev.date_value, sizeof ev.date_value, "%s", value);
    evg_value_range(value, &ev.begin, &ev.end);
    ev.date_source = *value ? source : EVG_DATE_NONE;
    ev.location = location;
    ev.attribution = -1;
    ev.confidence = 0.5;
    va_list ap;
    va_start(ap, location);
    int32_t a;
    while ((a = va_arg(ap, int32_t)) >= 0 && ev.nactors < EVG_MAX_ACTORS) {
        ev.actors[ev.nactors].entity = a;
        ev.actors[ev.nactors].role = ev.nactors == 0 ? EVG_ROLE_SOURCE : EVG_ROLE_TARGET;
        ev.nactors++;
    }
    va_end(ap);
    evg_vec_push(&d->events, ev);
    return &d->events.v[d->events.n - 1];
}

/* A report of one meeting: "lavrov" and "kim" in "wonsan". */
static evg_doc *meeting_doc(const char *name, const char *text, const char *dct, const char *code,
                            const char *value, int source)
{
    evg_doc *d = make_doc(name, text, dct);
    int32_t lav = add_entity(d, "sergei-lavrov", "Sergei Lavrov", "PER");
    int32_t kim = add_entity(d, "kim-jong-un", "Kim Jong Un", "PER");
    int32_t won = add_entity(d, "wonsan", "Wonsan", "LOC");
    evg_event *ev = add_event(d, code, value, source, won, lav, kim, (int32_t)-1);
    ev->confidence = 0.6;
    return d;
}

static int add(evg_store *st, evg_doc *d, int *added)
{
    int rc = evg_store_add_doc(st, d, added);
    if (rc != 0) fprintf(stderr, "(expected or not) add: %s\n", evg_ctx_errmsg(evg_test_ctx()));
    return rc;
}

/* ---- tests ---- */

static void test_store__open_creates_schema(void)
{
    evg_store *st = open_store();
    CU_ASSERT_PTR_EQUAL(evg_store_ctx(st), evg_test_ctx());
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("PRAGMA user_version"), 7);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name = 'merge_index'"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN"
                             " ('documents','sections','timexes','entities','aliases','mentions',"
                             "'events','event_actors','event_mentions','actor_metrics')"), 10);
    /* schema 5: only the indexes some query reads; the per-document tables keyed by their rows;
     * schema 6: event_actors has no index by entity (each document's savepoint copied its pages) */
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                             " ('event_actors_entity','event_mentions_event')"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                             " ('events_family_date','mentions_doc','event_mentions_doc','event_actors_entity')"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name IN ('sections', 'timexes')"
                             " AND sql LIKE '%WITHOUT ROWID'"), 2);
    /* schema 7: the key of event_actors is a named index (a bulk load builds it at its end) */
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'event_actors_key'"
                             " AND sql LIKE 'CREATE UNIQUE INDEX%'"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name = 'event_actors'"
                             " AND sql LIKE '%UNIQUE%'"), 0);
    char mode[32];
    sql_text("PRAGMA journal_mode", mode, sizeof mode);
    CU_ASSERT_STRING_EQUAL(mode, "wal");
    /* reopening an existing store works and keeps the version */
    evg_store *again = NULL;
    CU_ASSERT_EQUAL(evg_store_open(&again, evg_test_ctx(), db_path), 0);
    evg_store_close(again);
    CU_ASSERT_EQUAL(sql_long("PRAGMA user_version"), 7);
    remove_store();
}

static void test_store__add_twice(void)
{
    const char *text = "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n";
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", text, "2025-07-13", "040", "2025-07-12", EVG_DATE_TIMEX);
    evg_doc *b = meeting_doc("copy-of-a.txt", text, "2025-07-13", "040", "2025-07-12", EVG_DATE_TIMEX);
    int added = -1;
    long docs, events, actors, docs2, events2, actors2;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    CU_ASSERT_EQUAL(added, 0);
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs2, &events2, &actors2), 0);
    CU_ASSERT_EQUAL(docs, 1);
    CU_ASSERT_EQUAL(events, 1);
    CU_ASSERT_EQUAL(actors, 2);
    CU_ASSERT(docs == docs2 && events == events2 && actors == actors2);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM mentions"), 0);
    char path[64];
    sql_text("SELECT path FROM documents", path, sizeof path);
    CU_ASSERT_STRING_EQUAL(path, "a.txt");
    evg_doc_free(a);
    evg_doc_free(b);
    remove_store();
}

static void test_store__same_meeting_two_docs(void)
{
    evg_store *st = open_store();
    /* the first report is dated only by its publication day, the second explicitly */
    evg_doc *a = meeting_doc("a.txt", "Lavrov and Kim Jong Un held talks in Wonsan.\n", "2025-07-13",
                             "040", "2025-07-13", EVG_DATE_DCT);
    evg_doc *b = meeting_doc("b.txt", "Kim Jong Un received Lavrov in Wonsan on 12 July.\n", "2025-07-14",
                             "044", "2025-07-12", EVG_DATE_TIMEX);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT n_docs FROM events"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT n_mentions FROM events"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_actors"), 2);
    char value[32], source[16];
    sql_text("SELECT date_value FROM events", value, sizeof value);
    sql_text("SELECT date_source FROM events", source, sizeof source);
    CU_ASSERT_STRING_EQUAL(value, "2025-07-12");   /* the explicit date replaced the derived one */
    CU_ASSERT_STRING_EQUAL(source, "timex");
    evg_doc_free(a);
    evg_doc_free(b);
    remove_store();
}

static void test_store__different_events_stay_apart(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n", "2025-07-13",
                             "040", "2025-07-12", EVG_DATE_TIMEX);
    evg_doc *b = meeting_doc("b.txt", "Lavrov met Kim Jong Un in Wonsan on 3 March 2026.\n", "2026-03-04",
                             "040", "2026-03-03", EVG_DATE_TIMEX);
    evg_doc *c = meeting_doc("c.txt", "Lavrov visits Kim Jong Un in Wonsan from 11 to 13 July.\n",
                             "2025-07-10", "042", "2025-07-11/2025-07-13", EVG_DATE_TIMEX);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    CU_ASSERT_EQUAL(add(st, c, &added), 0);
    long docs, events, actors;
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(docs, 3);
    CU_ASSERT_EQUAL(events, 3);   /* other date; a visit of several days is not one of its meetings */
    evg_store_close(st);
    evg_doc_free(a);
    evg_doc_free(b);
    evg_doc_free(c);
    remove_store();
}

static void test_store__unwritable_path(void)
{
    evg_store *st = NULL;
    const char *missing = "/nonexistent-evg-dir/sub/store.db";
    CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), missing), EVG_EDB);
    CU_ASSERT_PTR_NULL(st);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), missing));
    CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), "/tmp"), EVG_EDB);   /* a directory */
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "/tmp"));
    const char *procfs = "/proc/self/evg-store.db";   /* a folder nobody may create files in */
    if (access("/proc/self", F_OK) == 0) {
        CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), procfs), EVG_EDB);
        CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), procfs));
    }
    if (geteuid() == 0) {
        fprintf(stderr, "NOTE: running as root; the read-only file case is skipped\n");
        return;
    }
    temp_store_path();
    chmod(db_path, 0444);
    CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), db_path), EVG_EDB);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), db_path));
    evg_store_close(st);
    remove_store();
}

static void test_store__not_a_store(void)
{
    temp_store_path();
    FILE *f = fopen(db_path, "w");
    CU_ASSERT_FATAL(f != NULL);
    fputs("this is a text file, not a database, and it is long enough to have a header\n", f);
    fclose(f);
    evg_store *st = NULL;
    CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), db_path), EVG_EDB);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), db_path));
    remove_store();
    temp_store_path();
    CU_ASSERT_EQUAL(sql_exec("CREATE TABLE other(x)"), SQLITE_OK);
    CU_ASSERT_EQUAL(evg_store_open(&st, evg_test_ctx(), db_path), EVG_EDB);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "not an evgraph store"));
    remove_store();
}

static void test_store__integrity(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n", "2025-07-13",
                             "040", "2025-07-12", EVG_DATE_TIMEX);
    evg_mention m = {.entity = 0, .tok_first = 0, .tok_end = 1, .os = 0, .oe = 6, .sent = 0};
    evg_vec_push(&a->mentions, m);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    evg_store_close(st);
    char ok[16];
    sql_text("PRAGMA integrity_check", ok, sizeof ok);
    CU_ASSERT_STRING_EQUAL(ok, "ok");
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    char text[32];
    sql_text("SELECT text FROM mentions", text, sizeof text);
    CU_ASSERT_STRING_EQUAL(text, "Lavrov");
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM aliases WHERE entity_id = 'wonsan'"), 2);
    evg_doc_free(a);
    remove_store();
}

static void test_store__failing_doc_rolls_back(void)
{
    evg_store *st = open_store();
    evg_doc *good = meeting_doc("good.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n",
                                "2025-07-13", "040", "2025-07-12", EVG_DATE_TIMEX);
    evg_doc *bad = meeting_doc("bad.txt", "Shoigu visited Pyongyang on 25 July 2023.\n", "2023-07-26",
                               "042", "2023-07-25", EVG_DATE_TIMEX);
    bad->events.v[0].sent = 999;   /* invalid: caught after the document row was written */
    int added = -1;
    CU_ASSERT_EQUAL(add(st, good, &added), 0);
    CU_ASSERT_EQUAL(add(st, bad, &added), EVG_EINPUT);
    CU_ASSERT_EQUAL(added, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "bad.txt"));
    /* a database failure mid-document (a trigger refuses one evidence sentence) */
    evg_doc *boom = meeting_doc("boom.txt", "Kim Jong Un met Lavrov again, boom.\n", "2025-08-01",
                                "040", "2025-07-31", EVG_DATE_TIMEX);
    CU_ASSERT_EQUAL(sql_exec("CREATE TRIGGER refuse BEFORE INSERT ON event_mentions"
                             " WHEN NEW.sentence LIKE '%boom%' BEGIN SELECT RAISE(ABORT, 'refused'); END"),
                    SQLITE_OK);
    CU_ASSERT_EQUAL(add(st, boom, &added), EVG_EDB);
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "boom.txt"));
    CU_ASSERT_PTR_NOT_NULL(strstr(evg_ctx_errmsg(evg_test_ctx()), "refused"));
    /* the store still works and holds exactly the good document */
    CU_ASSERT_EQUAL(add(st, good, &added), 0);
    CU_ASSERT_EQUAL(added, 0);
    long docs, events, actors;
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(docs, 1);
    CU_ASSERT_EQUAL(events, 1);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM documents WHERE path <> 'good.txt'"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sections WHERE doc_id <> 1"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 1);
    evg_doc_free(good);
    evg_doc_free(bad);
    evg_doc_free(boom);
    remove_store();
}

static void test_store__load_model(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n", "2025-07-13",
                             "040", "2025-07-12", EVG_DATE_TIMEX);
    evg_doc *b = meeting_doc("b.txt", "In Wonsan, Kim Jong Un and Lavrov talked on 12 July.\n", "2025-07-15",
                             "044", "2025-07-12", EVG_DATE_TIMEX);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    evg_model *m = NULL;
    CU_ASSERT_FATAL(evg_store_load_model(st, &m) == 0 && m != NULL);
    CU_ASSERT_EQUAL(m->nevents, 1);
    CU_ASSERT_EQUAL(m->nactors, 3);   /* two actors and the place */
    if (m->nevents == 1 && m->nactors == 3) {
        const evg_m_event *e = &m->events[0];
        CU_ASSERT_STRING_EQUAL(e->code, "040");
        CU_ASSERT_STRING_EQUAL(e->root, "04");
        CU_ASSERT_STRING_EQUAL(e->date_value, "2025-07-12");
        CU_ASSERT_EQUAL(e->nmentions, 2);
        CU_ASSERT_EQUAL(e->nactors, 2);
        CU_ASSERT_STRING_EQUAL(e->doc, "a.txt");
        CU_ASSERT_PTR_NOT_NULL(strstr(e->sentence, "Lavrov met"));
        CU_ASSERT_DOUBLE_EQUAL(e->confidence, 0.6, 1e-9);
        CU_ASSERT_FATAL(e->location >= 0);
        CU_ASSERT_STRING_EQUAL(m->actors[e->location].id, "wonsan");
        CU_ASSERT_STRING_EQUAL(m->actors[e->actors[0].actor].id, "sergei-lavrov");
        CU_ASSERT_EQUAL(e->actors[0].role, EVG_ROLE_SOURCE);
        CU_ASSERT_STRING_EQUAL(m->actors[e->actors[1].actor].id, "kim-jong-un");
        CU_ASSERT_EQUAL(m->actors[e->actors[1].actor].nevents, 1);
        CU_ASSERT_EQUAL(m->actors[e->actors[1].actor].community, -1);
    }
    evg_model_free(m);
    evg_store_close(st);
    evg_doc_free(a);
    evg_doc_free(b);
    remove_store();
}

static void test_store__metrics_round_trip(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n", "2025-07-13",
                             "040", "2025-07-12", EVG_DATE_TIMEX);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    evg_model *m = NULL, *back = NULL;
    CU_ASSERT_FATAL(evg_store_load_model(st, &m) == 0 && m->nactors == 3);
    for (size_t i = 0; i < m->nactors; i++) {
        m->actors[i].degree = (double)i + 1;
        m->actors[i].strength = 2.5 * (double)i;
        m->actors[i].pagerank = 0.125 * (double)(i + 1);
        m->actors[i].betweenness = 0.75;
        m->actors[i].community = (int)i % 2;
    }
    CU_ASSERT_EQUAL(evg_store_save_metrics(st, m), 0);
    CU_ASSERT_EQUAL(evg_store_save_metrics(st, m), 0);   /* upsert: no duplicate rows */
    CU_ASSERT_FATAL(evg_store_load_model(st, &back) == 0 && back->nactors == 3);
    for (size_t i = 0; i < back->nactors; i++) {
        CU_ASSERT_STRING_EQUAL(back->actors[i].id, m->actors[i].id);
        CU_ASSERT_DOUBLE_EQUAL(back->actors[i].degree, m->actors[i].degree, 1e-12);
        CU_ASSERT_DOUBLE_EQUAL(back->actors[i].strength, m->actors[i].strength, 1e-12);
        CU_ASSERT_DOUBLE_EQUAL(back->actors[i].pagerank, m->actors[i].pagerank, 1e-12);
        CU_ASSERT_DOUBLE_EQUAL(back->actors[i].betweenness, 0.75, 1e-12);
        CU_ASSERT_EQUAL(back->actors[i].community, m->actors[i].community);
    }
    evg_model_free(m);
    evg_model_free(back);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM actor_metrics"), 3);
    evg_doc_free(a);
    remove_store();
}

static void test_store__linked_pair_one_mention(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Kim Jong Un hosted Lavrov in Wonsan on 12 July 2025.\n", "2025-07-13",
                             "042", "2025-07-12", EVG_DATE_TIMEX);
    evg_event host = a->events.v[0];
    snprintf(host.code, sizeof host.code, "043");
    host.actors[0].entity = a->events.v[0].actors[1].entity;   /* host is the source of 043 */
    host.actors[1].entity = a->events.v[0].actors[0].entity;
    evg_vec_push(&a->events, host);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT n_mentions FROM events"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_actors"), 2);
    char role[16];
    sql_text("SELECT role FROM event_actors WHERE entity_id = 'sergei-lavrov'", role, sizeof role);
    CU_ASSERT_STRING_EQUAL(role, "source");
    evg_doc_free(a);
    remove_store();
}

static void test_store__same_doc_two_sentences(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July. The two men talked for hours.\n",
                             "2025-07-13", "040", "2025-07-12", EVG_DATE_TIMEX);
    CU_ASSERT_FATAL(a->sentences.n >= 2);
    evg_event second = a->events.v[0];
    second.sent = 1;
    second.trig_first = a->sentences.v[1].tok_first;
    second.trig_end = second.trig_first + 1;
    second.date_source = EVG_DATE_DCT;   /* the later sentence carries no date of its own */
    evg_vec_push(&a->events, second);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT n_mentions FROM events"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT n_docs FROM events"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(DISTINCT sentence_start) FROM event_mentions"), 2);
    char source[16];
    sql_text("SELECT date_source FROM events", source, sizeof source);
    CU_ASSERT_STRING_EQUAL(source, "timex");   /* the derived date did not replace the explicit one */
    evg_doc_free(a);
    remove_store();
}

/* Reports of one document in two sentences: a meeting (040) and the host's
 * side of a visit (043) stay two events although merge.c would join them
 * (the document stage kept them apart); the visitor's and the host's side
 * (042, 043) of one day are one event with two reports. */
static long events_of_two_sentences(const char *first, const char *second)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July. Kim hosted him there.\n",
                             "2025-07-13", first, "2025-07-12", EVG_DATE_TIMEX);
    CU_ASSERT_FATAL(a->sentences.n >= 2);
    evg_event other = a->events.v[0];
    snprintf(other.code, sizeof other.code, "%s", second);
    other.sent = 1;
    other.trig_first = a->sentences.v[1].tok_first;
    other.trig_end = other.trig_first + 1;
    evg_vec_push(&a->events, other);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    evg_store_close(st);
    long n = sql_long("SELECT count(*) FROM events");
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 2);
    evg_doc_free(a);
    remove_store();
    return n;
}

static void test_store__same_doc_other_code_kept_apart(void)
{
    CU_ASSERT_EQUAL(events_of_two_sentences("040", "043"), 2);
    CU_ASSERT_EQUAL(events_of_two_sentences("042", "043"), 1);
    CU_ASSERT_EQUAL(events_of_two_sentences("040", "040"), 1);
}

/* The two reports of one meeting the upgrade tests store: *a is stored now
 * (and the store closed), *b after the old schema has been put back. */
static void upgrade_reports(evg_store *st, evg_doc **a, evg_doc **b)
{
    *a = meeting_doc("a.txt", "Lavrov met Kim Jong Un in Wonsan on 12 July 2025.\n", "2025-07-13",
                     "040", "2025-07-12", EVG_DATE_TIMEX);
    *b = meeting_doc("b.txt", "Kim Jong Un received Lavrov in Wonsan on 12 July.\n", "2025-07-14",
                     "044", "2025-07-12", EVG_DATE_TIMEX);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, *a, &added), 0);
    evg_store_close(st);
}

/* Opens the old store again (which upgrades it), adds b as a new report and
 * checks the store is now at the current schema version. */
static void reopen_and_add(evg_doc *b)
{
    evg_store *st = NULL;
    int added = 0;
    CU_ASSERT_EQUAL_FATAL(evg_store_open(&st, evg_test_ctx(), db_path), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("PRAGMA user_version"), 7);
}

/* A schema-4 store (with the indexes versions 5 and 6 dropped) is upgraded in
 * place when opened, step by step: its rows stay, the indexes go, and
 * documents can be added. */
static void test_store__upgrade_from_4(void)
{
    evg_store *st = open_store();
    evg_doc *a, *b;
    upgrade_reports(st, &a, &b);
    CU_ASSERT_EQUAL(sql_exec("CREATE INDEX mentions_doc ON mentions(doc_id);"
                             " CREATE INDEX events_family_date ON events(family, date_begin);"
                             " CREATE INDEX event_mentions_doc ON event_mentions(doc_id);"
                             " CREATE INDEX event_actors_entity ON event_actors(entity_id);"
                             " PRAGMA user_version = 4;"), SQLITE_OK);
    reopen_and_add(b);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                             " ('events_family_date','mentions_doc','event_mentions_doc','event_actors_entity')"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM documents"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT n_docs FROM events"), 2);   /* the report joined the stored event */
    evg_doc_free(a);
    evg_doc_free(b);
    remove_store();
}

/* A schema-6 store (event_actors with its UNIQUE clause) is upgraded in
 * place: the table is made again with the same rows in the same order, its
 * key becomes event_actors_key, and a report still joins the stored event. */
static void test_store__upgrade_from_6(void)
{
    evg_store *st = open_store();
    evg_doc *a, *b;
    upgrade_reports(st, &a, &b);
    long actors = sql_long("SELECT count(*) FROM event_actors");
    CU_ASSERT(actors >= 2);
    char first[64];
    sql_text("SELECT entity_id FROM event_actors ORDER BY rowid LIMIT 1", first, sizeof first);
    CU_ASSERT_EQUAL(sql_exec("BEGIN; CREATE TABLE ea6 AS SELECT * FROM event_actors; DROP TABLE event_actors;"
                             " CREATE TABLE event_actors(event_id INTEGER NOT NULL REFERENCES events(id)"
                             " ON DELETE CASCADE, entity_id TEXT NOT NULL REFERENCES entities(id),"
                             " role TEXT NOT NULL, UNIQUE(event_id, entity_id, role));"
                             " INSERT INTO event_actors SELECT * FROM ea6; DROP TABLE ea6;"
                             " PRAGMA user_version = 6; COMMIT;"), SQLITE_OK);
    reopen_and_add(b);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_event_actors%'"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name = 'event_actors_key'"), 1);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM sqlite_schema WHERE name = 'ea6' OR name = 'event_actors_v6'"), 0);
    CU_ASSERT(sql_long("SELECT count(*) FROM event_actors") >= actors);
    char again[64];
    sql_text("SELECT entity_id FROM event_actors ORDER BY rowid LIMIT 1", again, sizeof again);
    CU_ASSERT_STRING_EQUAL(again, first);
    CU_ASSERT_EQUAL(sql_long("SELECT n_docs FROM events"), 2);   /* the report joined the stored event */
    evg_doc_free(a);
    evg_doc_free(b);
    remove_store();
}

static void test_store__undated_needs_same_actors_and_place(void)
{
    evg_store *st = open_store();
    evg_doc *a = meeting_doc("a.txt", "Moscow and Pyongyang signed a treaty in Wonsan.\n", "2024-06-20",
                             "057", "", EVG_DATE_NONE);
    evg_doc *b = meeting_doc("b.txt", "The treaty was signed in Wonsan by both sides.\n", "2024-06-24",
                             "057", "", EVG_DATE_NONE);
    evg_doc *c = meeting_doc("c.txt", "A treaty was signed by both, with a third party.\n", "2024-06-25",
                             "057", "", EVG_DATE_NONE);
    evg_doc *d = meeting_doc("d.txt", "Months later the two signed a treaty in Wonsan.\n", "2024-11-02",
                             "057", "", EVG_DATE_NONE);
    evg_vec_push(&c->events.v[0].quantities, ((evg_quantity){12000000, "shells", 0, 1}));
    c->events.v[0].actors[c->events.v[0].nactors++] =
        (evg_event_actor){add_entity(c, "xi-jinping", "Xi Jinping", "PER"), EVG_ROLE_PARTICIPANT};
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);
    CU_ASSERT_EQUAL(add(st, c, &added), 0);
    CU_ASSERT_EQUAL(add(st, d, &added), 0);
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events"), 3);
    CU_ASSERT_EQUAL(sql_long("SELECT max(n_docs) FROM events"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events WHERE date_begin IS NULL"), 3);
    char q[128];
    sql_text("SELECT quantities FROM event_mentions WHERE quantities IS NOT NULL", q, sizeof q);
    CU_ASSERT_STRING_EQUAL(q, "[{\"value\":12000000,\"unit\":\"shells\",\"text\":\"A\"}]");
    evg_doc_free(a);
    evg_doc_free(b);
    evg_doc_free(c);
    evg_doc_free(d);
    remove_store();
}

/* Session 14: the merge index files an event by what rule 3 of merge.c asks
 * (a pair of actors, an actor and the place, an actor and the explicit days).
 * An event that learns its place from a later report must be found through
 * that place by a report sharing one actor with it; and one sharing one
 * actor and the explicit days must be found without a place. */
static void test_store__one_actor_with_place_learned_later(void)
{
    evg_store *st = open_store();
    evg_doc *a = make_doc("a.txt", "Lavrov and Kim Jong Un met on 12 July.\n", "2025-07-13");
    int32_t lav = add_entity(a, "sergei-lavrov", "Sergei Lavrov", "PER");
    int32_t kim = add_entity(a, "kim-jong-un", "Kim Jong Un", "PER");
    add_event(a, "040", "2025-07-12", EVG_DATE_TIMEX, -1, lav, kim, (int32_t)-1);
    evg_doc *b = meeting_doc("b.txt", "Lavrov and Kim Jong Un held talks in Wonsan.\n", "2025-07-14",
                             "040", "2025-07-14", EVG_DATE_DCT);
    evg_doc *c = make_doc("c.txt", "Lavrov met North Korean officials in Wonsan.\n", "2025-07-15");
    int32_t lav_c = add_entity(c, "sergei-lavrov", "Sergei Lavrov", "PER");
    int32_t prk_c = add_entity(c, "prk", "North Korea", "GPE");
    int32_t won_c = add_entity(c, "wonsan", "Wonsan", "LOC");
    add_event(c, "040", "2025-07-15", EVG_DATE_DCT, won_c, lav_c, prk_c, (int32_t)-1);
    evg_doc *d = make_doc("d.txt", "Lavrov held talks with the United States on 12 July.\n", "2025-07-20");
    int32_t lav_d = add_entity(d, "sergei-lavrov", "Sergei Lavrov", "PER");
    int32_t usa_d = add_entity(d, "usa", "United States", "GPE");
    add_event(d, "040", "2025-07-12", EVG_DATE_TIMEX, -1, lav_d, usa_d, (int32_t)-1);
    evg_doc *e = make_doc("e.txt", "Lavrov held talks with the United States in July.\n", "2025-07-21");
    int32_t lav_e = add_entity(e, "sergei-lavrov", "Sergei Lavrov", "PER");
    int32_t chn_e = add_entity(e, "chn", "China", "GPE");
    add_event(e, "040", "2025-07-11", EVG_DATE_TIMEX, -1, lav_e, chn_e, (int32_t)-1);
    int added = 0;
    CU_ASSERT_EQUAL(add(st, a, &added), 0);
    CU_ASSERT_EQUAL(add(st, b, &added), 0);   /* two actors: joins, and gives the event its place */
    CU_ASSERT_EQUAL(add(st, c, &added), 0);   /* one actor and that place */
    CU_ASSERT_EQUAL(add(st, d, &added), 0);   /* one actor and the same explicit day */
    CU_ASSERT_EQUAL(add(st, e, &added), 0);   /* one actor, another day, no place: apart */
    evg_store_close(st);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events"), 2);
    CU_ASSERT_EQUAL(sql_long("SELECT max(n_docs) FROM events"), 4);
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM events WHERE location_id = 'wonsan'"), 1);
    evg_doc_free(a);
    evg_doc_free(b);
    evg_doc_free(c);
    evg_doc_free(d);
    evg_doc_free(e);
    remove_store();
}

/* 400 documents, 5 events each, over 40 actors and two years: the candidate
 * lookup must stay indexed (a full scan per event would still pass, slowly;
 * the bound is generous for sanitizer builds). */
static void test_store__many_documents(void)
{
    evg_store *st = open_store();
    clock_t t0 = clock();
    int ok = 1;
    for (int i = 0; i < 400 && ok; i++) {
        char text[128], dct[16];
        snprintf(text, sizeof text, "Report number %d about meetings.\n", i);
        evg_format_day(evg_days_from_civil(2024, 1, 1) + i * 2, dct);
        evg_doc *d = make_doc("many.txt", text, dct);
        int32_t ids[4];
        for (int k = 0; k < 4; k++) {
            char id[32];
            snprintf(id, sizeof id, "actor-%d", (i * 7 + k * 13) % 40);
            ids[k] = add_entity(d, id, id, "PER");
        }
        for (int e = 0; e < 5; e++)
            add_event(d, e % 2 ? "040" : "042", dct, EVG_DATE_DCT, (int32_t)-1, ids[e % 4], ids[(e + 1) % 4],
                      (int32_t)-1);
        int added = 0;
        ok = add(st, d, &added) == 0 && added == 1;
        evg_doc_free(d);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CU_ASSERT_TRUE(ok);
    fprintf(stderr, "\n    400 documents stored in %.2f s (timing is for bench/, not asserted)\n", secs);
    long docs, events, actors;
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(docs, 400);
    CU_ASSERT(events > 0 && events < 2000);   /* repeated dyads within a week merged */
    CU_ASSERT_EQUAL(actors, 40);
    evg_store_close(st);
    /* the fifth event of each document repeats the first in the same sentence: one mention */
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM event_mentions"), 1600);
    CU_ASSERT_EQUAL(sql_long("SELECT sum(n_mentions) FROM events"), 1600);
    /* the reports of an event are read through their index (schema 6 keeps none by actor) */
    CU_ASSERT_TRUE(plan_uses("SELECT doc_id, sentence FROM event_mentions WHERE event_id = 7 ORDER BY doc_id",
                             "event_mentions_event"));
    remove_store();
}

/* The five real seed articles through the whole pipeline into one store:
 * structure only (what extraction finds is tested by its own module). */
static evg_doc *seed_doc(const char *dir, const evg_manifest *mf, const char *file)
{
    char path[512];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    char *text = evg_test_read_file(path, &len);
    evg_doc *d = NULL;
    if (!text || evg_doc_new(&d, evg_test_ctx(), path) != 0) {
        free(text);
        return NULL;
    }
    evg_doc_use_manifest(d, mf, path);
    evg_doc_feed(d, text, len);
    free(text);
    if (evg_doc_finish(d) != 0) {
        evg_doc_free(d);
        return NULL;
    }
    return d;
}

static void test_store__seeds(void)
{
    const char *dir = evg_test_seeds_dir();
    if (!dir) return;
    static const char *const files[] = {"000_35ade458932af59b.txt", "001_794c95d90d2d20cf.txt",
                                        "002_778974e6473988db.txt", "003_52f18522089cecc5.txt",
                                        "004_4f014755270509df.txt"};
    char mpath[512];
    snprintf(mpath, sizeof mpath, "%s/manifest.tsv", dir);
    evg_manifest *mf = NULL;
    CU_ASSERT_FATAL(evg_manifest_load(&mf, evg_test_ctx(), mpath) == 0);
    evg_store *st = open_store();
    size_t reports = 0;
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
            evg_doc *d = seed_doc(dir, mf, files[i]);
            CU_ASSERT_FATAL(d != NULL);
            int added = -1;
            CU_ASSERT_EQUAL(add(st, d, &added), 0);
            CU_ASSERT_EQUAL(added, round == 0);
            if (round == 0) reports += d->events.n;
            evg_doc_free(d);
        }
    }
    long docs, events, actors;
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(docs, 5);
    CU_ASSERT((size_t)events <= reports);
    evg_model *m = NULL;
    CU_ASSERT_FATAL(evg_store_load_model(st, &m) == 0);
    CU_ASSERT_EQUAL(m->nevents, (size_t)events);
    for (size_t i = 0; i < m->nevents; i++) {
        CU_ASSERT(m->events[i].nmentions >= 1 && m->events[i].doc[0] && m->events[i].sentence[0]);
        for (int a = 0; a < m->events[i].nactors; a++)
            CU_ASSERT(m->events[i].actors[a].actor >= 0 && (size_t)m->events[i].actors[a].actor < m->nactors);
    }
    fprintf(stderr, "NOTE: seeds: %zu event reports -> %ld merged events, %ld actors\n", reports, events, actors);
    evg_model_free(m);
    evg_store_close(st);
    char ok[16];
    sql_text("PRAGMA integrity_check", ok, sizeof ok);
    CU_ASSERT_STRING_EQUAL(ok, "ok");
    CU_ASSERT_EQUAL(sql_long("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    CU_ASSERT_EQUAL(sql_long("SELECT sum(n_mentions) FROM events"), sql_long("SELECT count(*) FROM event_mentions"));
    evg_manifest_free(mf);
    remove_store();
}

static CU_TestInfo store_tests[] = {
    {"test_store__open_creates_schema", test_store__open_creates_schema},
    {"test_store__add_twice", test_store__add_twice},
    {"test_store__same_meeting_two_docs", test_store__same_meeting_two_docs},
    {"test_store__different_events_stay_apart", test_store__different_events_stay_apart},
    {"test_store__unwritable_path", test_store__unwritable_path},
    {"test_store__not_a_store", test_store__not_a_store},
    {"test_store__integrity", test_store__integrity},
    {"test_store__failing_doc_rolls_back", test_store__failing_doc_rolls_back},
    {"test_store__linked_pair_one_mention", test_store__linked_pair_one_mention},
    {"test_store__same_doc_two_sentences", test_store__same_doc_two_sentences},
    {"test_store__same_doc_other_code_kept_apart", test_store__same_doc_other_code_kept_apart},
    {"test_store__upgrade_from_4", test_store__upgrade_from_4},
    {"test_store__upgrade_from_6", test_store__upgrade_from_6},
    {"test_store__undated_needs_same_actors_and_place", test_store__undated_needs_same_actors_and_place},
    {"test_store__one_actor_with_place_learned_later", test_store__one_actor_with_place_learned_later},
    {"test_store__many_documents", test_store__many_documents},
    {"test_store__load_model", test_store__load_model},
    {"test_store__metrics_round_trip", test_store__metrics_round_trip},
    {"test_store__seeds", test_store__seeds},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"store", NULL, NULL, NULL, NULL, store_tests},
    CU_SUITE_INFO_NULL,
};

/*
 * test_store_batch.c - batched writing of the store (evg_store_set_batch):
 * documents of an open batch are invisible to other connections until it
 * commits; a failing document inside a batch is rolled back to its own
 * savepoint (none of its rows stay) while the others commit; a full batch
 * commits by itself; the same content is still stored once.
 * Every store lives in a mkstemp file under /tmp, removed afterwards; a
 * plain SQLite connection counts what was committed.
 */
#include <CUnit/CUnit.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "testutil.h"

static char db_path[64];

static evg_store *open_temp_store(void)
{
    evg_store *st = NULL;
    strcpy(db_path, "/tmp/evg_test_batch_XXXXXX");
    int fd = mkstemp(db_path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    CU_ASSERT_FATAL(evg_store_open(&st, evg_test_ctx(), db_path) == 0);
    return st;
}

/* A count on a separate connection: what other readers see (-1 on failure). */
static long committed(const char *sql)
{
    return evg_test_sql_long(db_path, sql);
}

static evg_doc *article(int n)
{
    char text[512];
    snprintf(text, sizeof text,
             "Talks in Moscow (%d)\nRussian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un "
             "in Wonsan on July 12, 2025, the ministry said in report %d.\n", n, n);
    evg_doc *d = evg_test_doc(text, "2025-07-13", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    return d;
}

static int add(evg_store *st, evg_doc *d, int *added)
{
    int rc = evg_store_add_doc(st, d, added);
    evg_doc_free(d);
    return rc;
}

static void test_store_batch__failed_document_alone_rolled_back(void)
{
    evg_store *st = open_temp_store();
    int added = 0;
    evg_store_set_batch(st, 10, 0);
    CU_ASSERT_EQUAL(add(st, article(1), &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    evg_doc *bad = article(2);
    CU_ASSERT_FATAL(bad->events.n > 0);
    bad->events.v[bad->events.n - 1].sent = 100000; /* fails after its document row was written */
    CU_ASSERT_EQUAL(add(st, bad, &added), EVG_EINPUT);
    CU_ASSERT_EQUAL(added, 0);
    CU_ASSERT_EQUAL(add(st, article(3), &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 0); /* the batch is still open */
    CU_ASSERT_EQUAL(evg_store_flush(st), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 2);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM sections WHERE doc_id NOT IN (SELECT id FROM documents)"), 0);
    CU_ASSERT(committed("SELECT count(*) FROM event_mentions") > 0);
    evg_store_close(st);
    evg_test_remove_db(db_path);
}

static void test_store_batch__full_batch_commits_itself(void)
{
    evg_store *st = open_temp_store();
    int added = 0;
    evg_store_set_batch(st, 2, 0);
    CU_ASSERT_EQUAL(add(st, article(1), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 0);
    CU_ASSERT_EQUAL(add(st, article(2), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 2);
    /* the same content again, inside the next batch: skipped */
    CU_ASSERT_EQUAL(add(st, article(1), &added), 0);
    CU_ASSERT_EQUAL(added, 0);
    CU_ASSERT_EQUAL(add(st, article(3), &added), 0);
    CU_ASSERT_EQUAL(added, 1);
    evg_store_close(st); /* commits what is pending */
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 3);
    evg_test_remove_db(db_path);
}

static void test_store_batch__other_writes_commit_first(void)
{
    evg_store *st = open_temp_store();
    int added = 0;
    long docs = 0, events = 0, actors = 0;
    evg_store_set_batch(st, 50, 0);
    CU_ASSERT_EQUAL(add(st, article(1), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 0);
    CU_ASSERT_EQUAL(evg_graph_analyse(st), 0); /* writes the metrics in its own transaction */
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 1);
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT_EQUAL(docs, 1);
    /* back to one transaction per document */
    evg_store_set_batch(st, 1, 0);
    CU_ASSERT_EQUAL(add(st, article(2), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 2);
    evg_store_close(st);
    evg_test_remove_db(db_path);
}

/* How many of the indexes a bulk load builds at its end the file has now. */
static long deferred_indexes(void)
{
    return committed("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                     " AND name IN ('event_mentions_event', 'event_actors_key')");
}

/* A batched load into a store with no reports drops the indexes only the
 * listings read once its first batch is full, and builds them when it is flushed; the same rows are
 * stored, each actor of an event once; a second load into the store that
 * now holds reports keeps them and writes them row by row. */
static void test_store_batch__indexes_built_after_load(void)
{
    evg_store *st = open_temp_store();
    int added = 0;
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    evg_store_set_batch(st, 2, 0);
    CU_ASSERT_EQUAL(deferred_indexes(), 2); /* kept until a full batch shows a bulk load */
    for (int i = 1; i <= 5; i++) CU_ASSERT_EQUAL(add(st, article(i), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 4); /* two batches committed */
    CU_ASSERT_EQUAL(deferred_indexes(), 0);
    CU_ASSERT_EQUAL(evg_store_flush(st), 0);
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 5);
    CU_ASSERT(committed("SELECT count(*) FROM event_actors") > 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM (SELECT 1 FROM event_actors"
                              " GROUP BY event_id, entity_id, role HAVING count(*) > 1)"), 0);
    evg_store_close(st);
    CU_ASSERT_FATAL(evg_store_open(&st, evg_test_ctx(), db_path) == 0);
    evg_store_set_batch(st, 2, 0);
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    CU_ASSERT_EQUAL(add(st, article(6), &added), 0);
    evg_store_close(st);
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    evg_test_remove_db(db_path);
}

/* A load that stops before its flush (a killed build) leaves a store
 * without those indexes: opening it (to read) does not build them, since a
 * reader must not take the write lock from a load in another process; the
 * next writer's flush does. */
static void test_store_batch__next_flush_restores_indexes(void)
{
    evg_store *st = open_temp_store();
    int added = 0;
    evg_store_set_batch(st, 2, 0);
    for (int i = 1; i <= 2; i++) CU_ASSERT_EQUAL(add(st, article(i), &added), 0);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 2); /* the batch committed */
    CU_ASSERT_EQUAL(deferred_indexes(), 0);
    /* the state a SIGKILL leaves: committed batches, no flush */
    evg_store *other = NULL;
    CU_ASSERT_FATAL(evg_store_open(&other, evg_test_ctx(), db_path) == 0);
    CU_ASSERT_EQUAL(deferred_indexes(), 0); /* an open builds nothing */
    CU_ASSERT_EQUAL(evg_store_flush(other), 0); /* a writer's flush builds them */
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    evg_store_close(other);
    CU_ASSERT_EQUAL(evg_store_flush(st), 0); /* finds them made: nothing to do */
    evg_store_close(st);
    CU_ASSERT_EQUAL(deferred_indexes(), 2);
    CU_ASSERT_EQUAL(committed("SELECT count(*) FROM documents"), 2);
    evg_test_remove_db(db_path);
}

static CU_TestInfo store_batch_tests[] = {
    {"failed_document_alone_rolled_back", test_store_batch__failed_document_alone_rolled_back},
    {"full_batch_commits_itself", test_store_batch__full_batch_commits_itself},
    {"other_writes_commit_first", test_store_batch__other_writes_commit_first},
    {"indexes_built_after_load", test_store_batch__indexes_built_after_load},
    {"next_flush_restores_indexes", test_store_batch__next_flush_restores_indexes},
    CU_TEST_INFO_NULL};

CU_SuiteInfo evg_test_suites[] = {
    {"store_batch", NULL, NULL, NULL, NULL, store_batch_tests},
    CU_SUITE_INFO_NULL};

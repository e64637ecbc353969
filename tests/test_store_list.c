/*
 * test_store_list.c - tests of `evgraph events` read in bulk
 * (core/store_list.c): the listing that reads event_actors and
 * event_mentions once each must print exactly what the listing that asks
 * SQLite per event prints, in every format and with every filter.
 *
 * The store is built from the sample articles (samples/) through the whole
 * pipeline in a mkstemp file under /tmp, removed afterwards; both paths are
 * forced through evg_store_list_bulk_mode and their outputs compared byte
 * for byte.
 */
#include <CUnit/CUnit.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store_impl.h"
#include "testutil.h"

static char db_path[64];

static void remove_store(void)
{
    evg_test_remove_db(db_path);
}

/* One sample article through the pipeline into st; 1 when stored. */
static int add_sample(evg_store *st, const char *dir, const char *name)
{
    char path[1200];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text = evg_test_read_file(path, &len);
    evg_doc *d = NULL;
    int added = 0;
    if (text && evg_doc_new(&d, evg_test_ctx(), path) == 0) {
        evg_doc_feed(d, text, len);
        if (evg_doc_finish(d) == 0) evg_store_add_doc(st, d, &added);
    }
    evg_doc_free(d);
    free(text);
    return added;
}

/* A store of every .txt article in samples/. */
static evg_store *sample_store(int *ndocs)
{
    evg_store *st = NULL;
    char dir[512];
    snprintf(dir, sizeof dir, "%s/samples", EVG_SOURCE_DIR);
    strcpy(db_path, "/tmp/evg_test_list_XXXXXX");
    int fd = mkstemp(db_path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    CU_ASSERT_FATAL(evg_store_open(&st, evg_test_ctx(), db_path) == 0);
    DIR *d = opendir(dir);
    CU_ASSERT_FATAL(d != NULL);
    struct dirent *e;
    *ndocs = 0;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0) *ndocs += add_sample(st, dir, e->d_name);
    }
    closedir(d);
    CU_ASSERT_EQUAL(evg_store_flush(st), 0);
    return st;
}

/* The listing with mode forced (1 bulk, -1 per event), malloc'd. */
static char *listing(evg_store *st, const evg_event_query *q, int format, int mode, size_t *len)
{
    char *p = NULL;
    FILE *f = open_memstream(&p, len);
    CU_ASSERT_FATAL(f != NULL);
    evg_store_list_bulk_mode = mode;
    int rc = evg_store_list_events(st, q, format, f);
    evg_store_list_bulk_mode = 0;
    fclose(f);
    CU_ASSERT_EQUAL(rc, 0);
    return p;
}

/* Both paths print the same bytes; returns the length printed. */
static size_t same_both_ways(evg_store *st, const evg_event_query *q, int format)
{
    size_t na = 0, nb = 0;
    char *a = listing(st, q, format, 1, &na), *b = listing(st, q, format, -1, &nb);
    CU_ASSERT_EQUAL(na, nb);
    CU_ASSERT_TRUE(na == nb && memcmp(a, b, na) == 0);
    free(a);
    free(b);
    return na;
}

static void test_store_list__bulk_equals_per_event(void)
{
    int ndocs = 0;
    evg_store *st = sample_store(&ndocs);
    CU_ASSERT(ndocs >= 8);
    long docs, events, actors;
    CU_ASSERT_EQUAL(evg_store_counts(st, &docs, &events, &actors), 0);
    CU_ASSERT(events >= 10);
    evg_event_query q = EVG_EVENT_QUERY_INIT;
    for (int format = 0; format < 3; format++) CU_ASSERT(same_both_ways(st, &q, format) > 100);
    /* the JSON carries reports: the sentences were read */
    size_t n = 0;
    char *all = listing(st, &q, EVG_FORMAT_JSON, 1, &n);
    CU_ASSERT_PTR_NOT_NULL(strstr(all, "\"mentions\":[{\"doc\":"));
    CU_ASSERT_PTR_NOT_NULL(strstr(all, "\"actors\":[{\"entity\":"));
    free(all);
    q.code = "04";
    CU_ASSERT(same_both_ways(st, &q, EVG_FORMAT_JSON) > 100);
    q.code = NULL;
    q.from = "2024-07-01";
    q.to = "2024-12-31";
    CU_ASSERT(same_both_ways(st, &q, EVG_FORMAT_JSON) > 2);
    q.from = q.to = NULL;
    q.actor = "Lavrov";
    CU_ASSERT(same_both_ways(st, &q, EVG_FORMAT_CSV) > 100);
    q.actor = NULL;
    q.min_mentions = 2;
    CU_ASSERT(same_both_ways(st, &q, EVG_FORMAT_JSON) > 2);
    evg_store_close(st);
    remove_store();
}

/* A listing of nothing and of a store with no events reads in bulk too. */
static void test_store_list__empty(void)
{
    evg_store *st = NULL;
    strcpy(db_path, "/tmp/evg_test_list_XXXXXX");
    int fd = mkstemp(db_path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    CU_ASSERT_FATAL(evg_store_open(&st, evg_test_ctx(), db_path) == 0);
    evg_event_query q = EVG_EVENT_QUERY_INIT;
    size_t n = 0;
    char *p = listing(st, &q, EVG_FORMAT_JSON, 1, &n);
    CU_ASSERT_STRING_EQUAL(p, "[\n]\n");
    free(p);
    CU_ASSERT_EQUAL(same_both_ways(st, &q, EVG_FORMAT_CSV), strlen("id,date,code,label,actors,location,modality,mentions\n"));
    evg_store_close(st);
    remove_store();
}

static CU_TestInfo store_list_tests[] = {
    {"test_store_list__bulk_equals_per_event", test_store_list__bulk_equals_per_event},
    {"test_store_list__empty", test_store_list__empty},
    CU_TEST_INFO_NULL,
};

CU_SuiteInfo evg_test_suites[] = {
    {"store_list", NULL, NULL, NULL, NULL, store_list_tests},
    CU_SUITE_INFO_NULL,
};

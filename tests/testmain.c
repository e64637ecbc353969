/*
 * testmain.c - runner shared by every CUnit test program: registers the
 * file's suites, runs them verbosely, and exits non-zero on any failure.
 */
#include <CUnit/Basic.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

static evg_ctx *shared_ctx;

evg_ctx *evg_test_ctx(void)
{
    if (!shared_ctx) {
        evg_options o = EVG_OPTIONS_INIT;
        if (evg_ctx_new(&shared_ctx, &o) != 0) {
            fprintf(stderr, "cannot create context: %s\n",
                    shared_ctx ? evg_ctx_errmsg(shared_ctx) : "out of memory");
            exit(2);
        }
        shared_ctx->quiet = 1;
    }
    return shared_ctx;
}

evg_doc *evg_test_doc(const char *text, const char *dct, int timex_only)
{
    evg_doc *d = NULL;
    if (evg_doc_new(&d, evg_test_ctx(), "test.txt") != 0) return NULL;
    evg_doc_meta meta = {0};
    meta.dct = dct;
    evg_doc_set_meta(d, &meta);
    evg_doc_feed(d, text, strlen(text));
    int rc = timex_only ? evg_doc_finish_timex(d) : evg_doc_finish(d);
    if (rc != 0) {
        evg_doc_free(d);
        return NULL;
    }
    return d;
}

/* Answers of evg_test_reads_as by (id, name): the scorers ask the same pair
 * many times.  Open addressing; a full table just stops caching. */
#define READS_AS_SLOTS 16384
static struct {
    char *key;
    int same;
} reads_as_memo[READS_AS_SLOTS];

static int reads_as_uncached(const char *id, const char *name);

int evg_test_reads_as(const char *id, const char *name)
{
    if (!id || !name) return 0;
    size_t kn = strlen(id) + strlen(name) + 2;
    char *key = malloc(kn);
    if (!key) return reads_as_uncached(id, name);
    snprintf(key, kn, "%s\t%s", id, name);
    uint32_t h = 2166136261u;
    for (const char *c = key; *c; c++) h = (h ^ (unsigned char)*c) * 16777619u;
    for (uint32_t i = 0; i < READS_AS_SLOTS; i++) {
        uint32_t at = (h + i) % READS_AS_SLOTS;
        if (!reads_as_memo[at].key) {
            reads_as_memo[at].key = key;
            return reads_as_memo[at].same = reads_as_uncached(id, name);
        }
        if (strcmp(reads_as_memo[at].key, key) == 0) {
            free(key);
            return reads_as_memo[at].same;
        }
    }
    free(key);
    return reads_as_uncached(id, name);
}

static int reads_as_uncached(const char *id, const char *name)
{
    size_t n = strlen(name);
    while (n && name[n - 1] == ' ') n--;
    evg_doc *d = n ? evg_test_doc(name, NULL, 0) : NULL;
    int same = 0;
    for (size_t i = 0; d && i < d->mentions.n && !same; i++) {
        const evg_mention *m = &d->mentions.v[i];
        const char *got = d->entities.v[m->entity].id;
        same = m->os == 0 && (size_t)m->oe >= n && got && strcmp(got, id) == 0;
    }
    evg_doc_free(d);
    return same;
}

char *evg_test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    evg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) evg_buf_put(&b, chunk, n);
    fclose(f);
    evg_buf_put(&b, "", 0);
    if (len) *len = b.n;
    if (!b.p) b.p = evg_xstrdup("");
    return b.p;
}

const char *evg_test_seeds_dir(void)
{
    static const char *dir = EVG_SOURCE_DIR "/../shared/seeds";
    if (access(EVG_SOURCE_DIR "/../shared/seeds/manifest.tsv", R_OK) != 0) {
        fprintf(stderr, "NOTE: %s is absent; the tests over the real seed articles are skipped\n", dir);
        return NULL;
    }
    return dir;
}

/* Whether test NAME is chosen by the command line: with no arguments every
 * test runs; "NAME" runs only the tests named so, "-NAME" skips one. Names
 * are compared whole, so "heldout6" never selects "heldout" or "heldout8". */
static int test_chosen(const char *name, int argc, char **argv)
{
    const char *cut = strstr(name, "__");
    const char *bare = cut ? cut + 2 : name; /* "test_entities__heldout8" is also "heldout8" */
    int any_include = 0, included = 0;
    for (int i = 1; i < argc; i++) {
        const char *want = argv[i][0] == '-' ? argv[i] + 1 : argv[i];
        int same = strcmp(want, name) == 0 || strcmp(want, bare) == 0;
        if (argv[i][0] == '-') {
            if (same) return 0;
        } else {
            any_include = 1;
            if (same) included = 1;
        }
    }
    return !any_include || included;
}

/* Registers the chosen tests of every suite; returns 0, or -1 on a CUnit error. */
static int register_chosen(int argc, char **argv)
{
    if (argc <= 1) return CU_register_suites(evg_test_suites) == CUE_SUCCESS ? 0 : -1;
    for (CU_SuiteInfo *si = evg_test_suites; si->pName; si++) {
        CU_pSuite s = CU_add_suite(si->pName, si->pInitFunc, si->pCleanupFunc);
        if (!s) return -1;
        for (CU_TestInfo *ti = si->pTests; ti && ti->pName; ti++)
            if (test_chosen(ti->pName, argc, argv) && !CU_add_test(s, ti->pName, ti->pTestFunc))
                return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (CU_initialize_registry() != CUE_SUCCESS) return 2;
    if (register_chosen(argc, argv) != 0) {
        fprintf(stderr, "suite registration failed: %s\n", CU_get_error_msg());
        CU_cleanup_registry();
        return 2;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    if (shared_ctx) evg_ctx_free(shared_ctx);
    return failed ? 1 : 0;
}

void evg_test_remove_db(const char *path)
{
    char side[512];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

long evg_test_sql_long(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    long v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

/*
 * testmain.c - runner shared by every CUnit test program: registers the
 * file's suites, runs them verbosely, and exits non-zero on any failure.
 */
#include <CUnit/Basic.h>
#include <stdio.h>
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

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS) return 2;
    if (CU_register_suites(evg_test_suites) != CUE_SUCCESS) {
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

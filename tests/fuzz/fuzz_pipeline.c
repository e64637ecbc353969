/*
 * fuzz_pipeline.c - libFuzzer target: bytes through the whole pipeline, from
 * ingest to the store (an in-memory SQLite database), the analytics and
 * every exported view.  The same function replays the corpus in ctest
 * through standalone.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static evg_ctx *fuzz_ctx(void)
{
    static evg_ctx *ctx;
    if (!ctx) {
        evg_options o = EVG_OPTIONS_INIT;
        o.dct = "2024-03-01";
        if (evg_ctx_new(&ctx, &o) != 0) abort();
    }
    return ctx;
}

static void export_views(evg_store *st)
{
    char dir[] = "/tmp/evg-fuzz-XXXXXX";
    char *names = NULL;
    if (!mkdtemp(dir)) return;
    evg_graph_analyse(st);
    if (evg_export_all(st, dir, &names) == 0 && names) {
        char *line = strtok(names, "\n");
        while (line) { /* the listed files are ours to remove */
            unlink(line);
            line = strtok(NULL, "\n");
        }
    }
    free(names);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    evg_ctx *ctx = fuzz_ctx();
    evg_doc *doc = NULL;
    evg_store *st = NULL;
    int added = 0;
    evg_doc_new(&doc, ctx, "fuzz.txt");
    evg_doc_feed(doc, (const char *)data, size);
    if (evg_doc_finish(doc) == 0) {
        FILE *devnull = fopen("/dev/null", "w");
        evg_doc_write_json(doc, devnull);
        fclose(devnull);
        if (evg_store_open(&st, ctx, ":memory:") == 0 && evg_store_add_doc(st, doc, &added) == 0)
            export_views(st);
        evg_store_close(st);
    }
    evg_doc_free(doc);
    return 0;
}

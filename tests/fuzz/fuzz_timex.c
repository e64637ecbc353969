/*
 * fuzz_timex.c - libFuzzer target: bytes through ingest, normalise, segment
 * and the time-expression tagger, with and without a reference date.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "evgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evg_ctx *ctx;
    if (!ctx && evg_ctx_new(&ctx, NULL) != 0) abort();
    for (int pass = 0; pass < 2; pass++) {
        evg_doc *doc = NULL;
        evg_doc_meta meta = {0};
        meta.dct = pass ? "2013-02-12" : NULL;
        evg_doc_new(&doc, ctx, "-");
        evg_doc_set_meta(doc, &meta);
        evg_doc_feed(doc, (const char *)data, size);
        if (evg_doc_finish_timex(doc) == 0) {
            FILE *devnull = fopen("/dev/null", "w");
            evg_doc_write_timex_json(doc, devnull);
            fclose(devnull);
        }
        evg_doc_free(doc);
    }
    return 0;
}

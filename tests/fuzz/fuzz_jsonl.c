/*
 * fuzz_jsonl.c - libFuzzer target: bytes read as JSON Lines, each line
 * parsed as a document line ({"path", "text", ...}) and as a line of
 * `evgraph extract` output; a shard line that is accepted is written out
 * again as JSON.  The line reader runs with a small limit so long lines
 * take the skipping path.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "evgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void one_line(evg_ctx *ctx, const char *line, size_t len, FILE *sink)
{
    evg_jsonl_doc d;
    evg_doc *doc = NULL;
    evg_jsonl_doc_parse(ctx, line, len, &d);
    evg_jsonl_doc_clear(&d);
    if (evg_doc_from_extract(&doc, ctx, line, len, 1 << 16) == 0) {
        evg_doc_write_json(doc, sink);
        evg_doc_free(doc);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evg_ctx *ctx;
    static FILE *sink;
    if (!ctx && evg_ctx_new(&ctx, NULL) != 0) abort();
    if (!sink && !(sink = fopen("/dev/null", "w"))) abort();
    FILE *f = fmemopen((void *)data, size ? size : 1, "r");
    if (!f) return 0;
    evg_lines *r = NULL;
    const char *line;
    size_t len;
    long no;
    int rc;
    evg_lines_open(&r, f, 1 << 15);
    while ((rc = evg_lines_next(r, &line, &len, &no)) != 0)
        if (rc == 1) one_line(ctx, line, len, sink);
    evg_lines_close(r);
    fclose(f);
    return 0;
}

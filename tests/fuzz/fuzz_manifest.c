/*
 * fuzz_manifest.c - libFuzzer target: bytes read as a manifest TSV file,
 * then looked up with a few paths.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "evgraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static evg_ctx *ctx;
    char path[] = "/tmp/evg-fuzz-manifest-XXXXXX";
    if (!ctx && evg_ctx_new(&ctx, NULL) != 0) abort();
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    FILE *f = fdopen(fd, "wb");
    fwrite(data, 1, size, f);
    fclose(f);
    evg_manifest *m = NULL;
    if (evg_manifest_load(&m, ctx, path) == 0) {
        evg_manifest_has(m, "a.txt");
        evg_manifest_has(m, "/x/y/b.txt");
        evg_manifest_has(m, "");
        evg_manifest_free(m);
    }
    unlink(path);
    return 0;
}

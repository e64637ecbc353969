/*
 * cmd_build.c - `evgraph build`: extract every article, store it and merge
 * its events into the SQLite store, compute the network analytics and write
 * every view into the output folder; then say where everything went.
 * With --jsonl the documents come as JSON Lines; with --from-jsonl the PATHs
 * are `evgraph extract` output (shards made elsewhere, SCALING.md), stored
 * line by line without extracting again.
 */
#include <errno.h>
#include <sys/resource.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: evgraph build [--db FILE] [--out DIR] [--manifest FILE] [--dct DATE]\n"
    "                     [--lang ar|en|auto] [-j N] [--jsonl] PATH...\n"
    "       evgraph build [--db FILE] [--out DIR] --from-jsonl FILE...\n\n"
    "Extract the articles, add them to the store (documents already stored are skipped),\n"
    "merge the events reported by several documents, compute the actor network analytics\n"
    "and write the views (DOT, SVG, GraphML, JSON) into DIR.\n\n"
    "  --db FILE         SQLite store (default evgraph.db)\n"
    "  --out DIR         output folder for the views (default evgraph-out)\n"
    "  --manifest FILE   TSV with path, date and optional source, url, lang, title\n"
    "  --dct DATE        publication date (YYYY-MM-DD[THH:MM]) for inputs with none of their own\n"
    "  --lang L          ar, en or auto (default: detected per document)\n"
    "  --gazetteer FILE  extra gazetteer TSV, same columns as data/gazetteer.tsv\n"
    "  -j N              extract with N threads (one writer stores them in input order)\n"
    "  --max-bytes N     reject inputs larger than N bytes (suffix K or M; default 16M)\n"
    "  --top N           actors with a timeline lane of their own (default 12; the rest: other),\n"
    "                    and the actors drawn on the actor picture (default 150)\n"
    "  --progress        show progress on stderr even when it is not a terminal\n"
    "  --jsonl           each PATH (- for stdin) holds documents as JSON Lines, one object\n"
    "                    {\"path\", \"text\", \"date\", \"source\", \"url\"} per line\n"
    "  --from-jsonl      each FILE (- for stdin) is `evgraph extract` output, possibly many\n"
    "                    shards concatenated: store those documents as build would\n";

/* Documents per store transaction (each in its own savepoint), and the
 * longest a batch stays open: a crash loses at most this much work (and
 * re-running build stores it).  Fewer, larger commits write the pages every
 * batch touches (the right edge of each table, much-reported events) to the
 * WAL fewer times: 256 against 64 wrote 17% fewer pages; 2048 against 256, with
 * the writer's larger page cache, 63% fewer at 30k documents (docs/BENCHMARKS.md).
 * Under the 10 s bound a batch is smaller on a busy machine. */
#ifndef BUILD_BATCH_DOCS
#define BUILD_BATCH_DOCS 2048 /* -DBUILD_BATCH_DOCS=1: one transaction per document */
#endif
#define BUILD_BATCH_MS 10000

typedef struct build_state {
    evg_store *store;
    evg_ctx *ctx;
    int added, skipped, rejected;
    char **hashes;          /* SHA-256 of the documents stored before this run, sorted */
    size_t nhashes, cap;
} build_state;

static void keep_hash(const char *sha, void *payload)
{
    build_state *b = payload;
    if (b->nhashes == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 1024;
        b->hashes = realloc(b->hashes, b->cap * sizeof *b->hashes);
        if (!b->hashes) abort();
    }
    b->hashes[b->nhashes++] = strdup(sha);
}

static int cmp_hash(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Read-only after the run starts, so the worker threads may call it. */
static int known_hash(const char *sha, const void *payload)
{
    const build_state *b = payload;
    return b->nhashes && bsearch(&sha, b->hashes, b->nhashes, sizeof *b->hashes, cmp_hash) != NULL;
}

static int store_doc(const char *path, evg_doc *doc, const char *err, void *payload)
{
    build_state *b = payload;
    (void)path; /* err names the file */
    if (!doc && !err) { /* its content was stored by an earlier run */
        b->skipped++;
        return 0;
    }
    if (!doc) {
        fprintf(stderr, "evgraph: rejected %s\n", err);
        return 0;
    }
    int added = 0, rc = evg_store_add_doc(b->store, doc, &added);
    if (rc == EVG_EINPUT) { /* this document only: nothing of it was stored */
        fprintf(stderr, "evgraph: rejected %s\n", evg_ctx_errmsg(b->ctx));
        b->rejected++;
        return 0;
    }
    if (rc) return EXIT_FAILED;
    if (added) b->added++;
    else b->skipped++;
    return 0;
}

/* ---- --from-jsonl: shards of `extract` output ---- */

static void shard_reject(build_state *b, const char *file, long line, const char *why)
{
    fprintf(stderr, "evgraph: rejected %s:%ld: %s\n", file, line, why);
    b->rejected++;
}

/* Store every document line of one shard file; EXIT_FAILED when the store fails. */
static int load_shard(build_state *b, const cli_opts *o, const char *file, int *total)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    evg_lines *lines = NULL;
    const char *line;
    size_t len;
    long no = 0;
    int rc = 0, r;
    char why[128];
    if (!f) {
        fprintf(stderr, "evgraph: rejected %s: cannot read: %s\n", file, strerror(errno));
        ++*total;
        b->rejected++;
        return 0;
    }
    evg_lines_open(&lines, f, CLI_JSONL_SHARD_LINE(o->max_bytes));
    while (!rc && (r = evg_lines_next(lines, &line, &len, &no)) != 0) {
        evg_doc *doc = NULL;
        if (r == 1 && strspn(line, " \t") == len) continue;
        ++*total;
        if (r == EVG_EIO) {
            snprintf(why, sizeof why, "read error: %s", strerror(errno));
            shard_reject(b, file, no + 1, why);
            break;
        }
        if (r == EVG_EINPUT) {
            snprintf(why, sizeof why, "line longer than %zu bytes; skipped", CLI_JSONL_SHARD_LINE(o->max_bytes));
            shard_reject(b, file, no, why);
        } else if (evg_doc_from_extract(&doc, b->ctx, line, len, (size_t)o->max_bytes) != 0) {
            shard_reject(b, file, no, evg_ctx_errmsg(b->ctx));
        } else {
            rc = store_doc(file, doc, NULL, b);
            evg_doc_free(doc);
        }
        if (o->progress) fprintf(stderr, "\r%d documents", *total);
    }
    evg_lines_close(lines);
    if (f != stdin) fclose(f);
    return rc;
}

static int load_shards(build_state *b, const cli_opts *o, int *total)
{
    int rc = 0;
    for (int i = 0; i < o->npaths && !rc; i++) rc = load_shard(b, o, o->paths[i], total);
    if (o->progress && *total) fputc('\n', stderr);
    return rc;
}

/* With EVGRAPH_TIMINGS set in the environment, each phase of the build prints
 * its wall and CPU seconds and the peak RSS so far on stderr (bench/run.sh). */
static void phase_done(const char *phase)
{
    static double wall0 = -1, cpu0;
    if (!getenv("EVGRAPH_TIMINGS")) return;
    struct timespec ts;
    struct rusage ru;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    getrusage(RUSAGE_SELF, &ru);
    double wall = ts.tv_sec + ts.tv_nsec / 1e9;
    double cpu = ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    if (phase && wall0 >= 0)
        fprintf(stderr, "timing: %-9s wall %8.2f s  cpu %8.2f s  peak rss %ld MB\n", phase, wall - wall0,
                cpu - cpu0, ru.ru_maxrss / 1024);
    wall0 = wall;
    cpu0 = cpu;
}

/* Commit, say what the store holds, then write the views: a folder that
 * cannot be written fails the build (exit 3) but the message says that the
 * documents are stored and how to write the views again. */
static int finish(evg_ctx *ctx, evg_store *st, const cli_opts *o, const build_state *b)
{
    char *names = NULL;
    long docs = 0, events = 0, actors = 0;
    int rc = evg_store_flush(st);
    phase_done("store");
    if (rc != 0) {
        fprintf(stderr, "evgraph build: %s\n", evg_ctx_errmsg(ctx));
        return EXIT_FAILED;
    }
    evg_store_counts(st, &docs, &events, &actors);
    printf("stored %d new document(s), %d already in the store\n", b->added, b->skipped);
    printf("database: %s (%ld documents, %ld events, %ld actors)\n", o->db, docs, events, actors);
    fflush(stdout);
    rc = evg_export_all(st, o->out, &names); /* also stores the actor metrics */
    phase_done("analytics+views");
    if (rc != 0) {
        fprintf(stderr, "evgraph build: views not written: %s\n"
                        "evgraph build: the documents are stored in %s; build again with another --out"
                        " to write the views\n", evg_ctx_errmsg(ctx), o->db);
        return EXIT_FAILED;
    }
    printf("views in %s/:\n%s", o->out, names ? names : "");
    free(names);
    return 0;
}

static int build(cli_opts *o, const evg_options *eo)
{
    evg_ctx *ctx = NULL;
    evg_store *st = NULL;
    build_state b = {0};
    int total = 0, rejected = 0, rc;
    phase_done(NULL);
    if (evg_ctx_new(&ctx, eo) != 0) {
        fprintf(stderr, "evgraph build: %s\n", evg_ctx_errmsg(ctx));
        rc = EXIT_USAGE;
        goto done;
    }
    if (evg_store_open(&st, ctx, o->db) != 0) {
        fprintf(stderr, "evgraph build: %s\n", evg_ctx_errmsg(ctx));
        rc = EXIT_FAILED;
        goto done;
    }
    b.store = st;
    b.ctx = ctx;

    evg_store_set_batch(st, BUILD_BATCH_DOCS, BUILD_BATCH_MS);
    cli_skip skip = {known_hash, &b};
    if (evg_store_each_hash(st, keep_hash, &b) != 0) {
        fprintf(stderr, "evgraph build: %s\n", evg_ctx_errmsg(ctx));
        rc = EXIT_FAILED;
        goto done;
    }
    if (b.nhashes) qsort(b.hashes, b.nhashes, sizeof *b.hashes, cmp_hash);
    phase_done("open");
    if (o->from_jsonl) rc = load_shards(&b, o, &total);
    else rc = cli_run_docs(o, eo, 0, &skip, store_doc, &b, &total, &rejected);
    if (rc == EXIT_FAILED) fprintf(stderr, "evgraph build: %s\n", evg_ctx_errmsg(ctx));
    if (rc) goto done;
    if ((rc = finish(ctx, st, o, &b)) != 0) goto done;
    rejected += b.rejected;
    if (rejected) rc = rejected == total ? EXIT_FAILED : EXIT_REJECTED;
done:
    for (size_t i = 0; i < b.nhashes; i++) free(b.hashes[i]);
    free(b.hashes);
    evg_store_close(st);
    evg_ctx_free(ctx);
    return rc;
}

int cmd_build(int argc, char **argv)
{
    cli_opts o;
    evg_options eo;
    unsigned accepted = OPT_DB | OPT_OUT | OPT_MANIFEST | OPT_DCT | OPT_LANG | OPT_JOBS |
                        OPT_PROGRESS | OPT_GAZETTEER | OPT_MAX_BYTES | OPT_TOP | OPT_JSONL | OPT_FROM_JSONL;
    int rc = cli_parse("build", argc, argv, accepted, &o);
    if (!rc && o.help) {
        fputs(help, stdout);
        free(o.paths);
        return EXIT_OK;
    }
    if (!rc && o.npaths == 0) {
        fprintf(stderr, "evgraph build: no input (give files, directories or -)\n");
        rc = EXIT_USAGE;
    }
    if (!rc && o.jsonl && o.from_jsonl) {
        fprintf(stderr, "evgraph build: --jsonl (documents) and --from-jsonl (extract output) exclude each other\n");
        rc = EXIT_USAGE;
    }
    if (!rc) rc = cli_options("build", &o, &eo);
    if (!o.db) o.db = "evgraph.db";
    if (!o.out) o.out = "evgraph-out";
    if (!rc) rc = build(&o, &eo);
    free(o.paths);
    return rc;
}

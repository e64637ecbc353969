/*
 * cli.h - shared parts of the command-line front: the command table entry,
 * the option parser, input collection and the parallel document runner.
 * The CLI uses only the public API (evgraph.h).
 */
#ifndef EVG_CLI_H
#define EVG_CLI_H

#include "evgraph.h"

/* Default --max-bytes: a news article is far smaller; larger inputs are
 * rejected rather than read whole into memory. */
#define CLI_DEFAULT_MAX_BYTES (16LL * 1024 * 1024)

/* Exit statuses (CONTRACT.md), documented in README.md. */
enum {
    EXIT_OK = 0,        /* every input processed */
    EXIT_REJECTED = 1,  /* some inputs rejected, the rest processed and stored */
    EXIT_USAGE = 2,     /* usage error */
    EXIT_FAILED = 3     /* nothing could be processed, or the database failed */
};

/* Options shared by the commands; each command reads the ones it takes. */
typedef struct cli_opts {
    const char *db, *out, *manifest, *dct, *lang, *prefer, *gazetteer, *view, *format, *output, *from, *to, *actor, *code;
    int jobs, progress, help;
    int jsonl;                  /* --jsonl: the PATHs hold documents as JSON Lines */
    int from_jsonl;             /* --from-jsonl: the PATHs are `extract` output to store (build) */
    long long max_bytes;        /* inputs larger than this are rejected (--max-bytes) */
    int top;                    /* timeline lanes (--top), 0 = default */
    int hops;                   /* --hops: the --actor's neighbourhood radius */
    int min_mentions;           /* --min-mentions: events reported at least this often */
    const char **paths;
    int npaths;
} cli_opts;

/* Option ids a command accepts, as flag bits. */
enum {
    OPT_DB = 1 << 0, OPT_OUT = 1 << 1, OPT_MANIFEST = 1 << 2, OPT_DCT = 1 << 3, OPT_LANG = 1 << 4,
    OPT_JOBS = 1 << 5, OPT_PREFER = 1 << 6, OPT_PROGRESS = 1 << 7, OPT_GAZETTEER = 1 << 8,
    OPT_VIEW = 1 << 9, OPT_FORMAT = 1 << 10, OPT_OUTPUT = 1 << 11, OPT_FROM = 1 << 12,
    OPT_TO = 1 << 13, OPT_ACTOR = 1 << 14, OPT_CODE = 1 << 15, OPT_MAX_BYTES = 1 << 16,
    OPT_TOP = 1 << 17, OPT_JSONL = 1 << 18, OPT_FROM_JSONL = 1 << 19, OPT_HOPS = 1 << 20,
    OPT_MIN_MENTIONS = 1 << 21
};

/* Longest JSON line accepted: a document's text may grow sixfold when
 * written with \u escapes; an `extract` line quotes many spans of it. */
#define CLI_JSONL_DOC_LINE(max_bytes) ((size_t)(max_bytes) * 6 + 65536)
#define CLI_JSONL_SHARD_LINE(max_bytes) ((size_t)(max_bytes) * 16 + 65536)

/* Parse argv (after the command name); returns 0 or EXIT_USAGE after
 * printing the reason. */
int cli_parse(const char *cmd, int argc, char **argv, unsigned accepted, cli_opts *o);
/* Fill evg_options from the parsed options; EXIT_USAGE on a bad value. */
int cli_options(const char *cmd, const cli_opts *o, evg_options *out);

/* One document handed to the consumer, in input order. doc is NULL when the
 * input was rejected (err holds the reason) or skipped as already known
 * (err NULL too). */
typedef int (*cli_doc_fn)(const char *path, evg_doc *doc, const char *err, void *payload);

/* Documents to skip before extraction: known(sha256) is called from the
 * worker threads and must only read shared data. */
typedef struct cli_skip {
    int (*known)(const char *sha256, const void *payload);
    const void *payload;
} cli_skip;

/* Expand paths (directories walked recursively for *.txt *.html *.htm *.md,
 * "-" for stdin; with o->jsonl every path is a JSON Lines file of documents,
 * one per line, a bad line being a rejected input named FILE:LINE), extract each document with `jobs` threads and hand them to
 * fn in input order.  *out_rejected counts rejected inputs.  stop_after_timex
 * runs only the front stages. */
int cli_run_docs(const cli_opts *o, const evg_options *eo, int stop_after_timex, const cli_skip *skip, cli_doc_fn fn,
                 void *payload, int *out_total, int *out_rejected);

int cmd_build(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_timex(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_actors(int argc, char **argv);

/* Open an existing store for reading views; prints the reason and returns
 * EXIT_FAILED when it is missing or unreadable. */
int cli_open_store(const char *cmd, const char *db, const cli_opts *o, evg_ctx **out_ctx, evg_store **out_st);
/* Open -o FILE (or stdout when NULL or "-"); NULL after printing the reason. */
FILE *cli_open_output(const char *cmd, const char *path);
/* Usage error (printed, EXIT_USAGE) for filters that cannot select as meant:
 * --from after --to, a --code that is not 1-4 digits, --hops without --actor. */
int cli_check_filters(const char *cmd, const cli_opts *o);
/* The event filters of the options (--from, --to, --actor, --code,
 * --min-mentions) as a query; --hops is the caller's. */
evg_event_query cli_event_query(const cli_opts *o);

#endif

/*
 * cmd_extract.c - `evgraph extract`: one JSON line per input document with
 * its sections, time expressions, entities and events (CONTRACT.md).  With
 * --jsonl the documents themselves come as JSON Lines, so extract runs as
 * the map stage of GNU parallel, Hadoop Streaming or Spark (SCALING.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: evgraph extract [--manifest FILE] [--dct DATE] [--lang ar|en|auto] [-j N] [--jsonl] PATH...\n\n"
    "Print one JSON object per document on stdout (JSON Lines).  PATH is a file, a directory\n"
    "(walked for *.txt *.html *.htm *.md) or - for stdin.\n\n"
    "  --jsonl           each PATH (- for stdin) holds documents as JSON Lines, one object\n"
    "                    {\"path\", \"text\", \"date\", \"source\", \"url\"} per line (text required;\n"
    "                    date is the publication date YYYY-MM-DD); a bad line is named FILE:LINE\n"
    "                    on stderr and skipped\n"
    "  --manifest FILE   TSV with path, date and optional source, url, lang, title\n"
    "  --dct DATE        publication date (YYYY-MM-DD[THH:MM]) for inputs with none of their own\n"
    "  --lang L          ar, en or auto (default: detected per document)\n"
    "  --gazetteer FILE  extra gazetteer TSV, same columns as data/gazetteer.tsv\n"
    "  -j N              extract with N threads (output keeps the input order)\n"
    "  --max-bytes N     reject inputs larger than N bytes (suffix K or M; default 16M)\n"
    "  --progress        show progress on stderr even when it is not a terminal\n";

static int print_doc(const char *path, evg_doc *doc, const char *err, void *payload)
{
    (void)payload;
    if (!doc) {
        fprintf(stderr, "evgraph: %s\n", err ? err : path);
        return 0;
    }
    if (evg_doc_write_json(doc, stdout) != 0) {
        fprintf(stderr, "evgraph: cannot write to stdout\n");
        return EXIT_FAILED;
    }
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    cli_opts o;
    evg_options eo;
    unsigned accepted = OPT_MANIFEST | OPT_DCT | OPT_LANG | OPT_JOBS | OPT_PROGRESS | OPT_GAZETTEER | OPT_MAX_BYTES |
                        OPT_JSONL;
    int rc = cli_parse("extract", argc, argv, accepted, &o);
    if (!rc && o.help) {
        fputs(help, stdout);
        free(o.paths);
        return EXIT_OK;
    }
    if (!rc && o.npaths == 0) {
        fprintf(stderr, "evgraph extract: no input (give files, directories or -)\n");
        rc = EXIT_USAGE;
    }
    if (!rc) rc = cli_options("extract", &o, &eo);
    int total = 0, rejected = 0;
    if (!rc) rc = cli_run_docs(&o, &eo, 0, NULL, print_doc, NULL, &total, &rejected);
    free(o.paths);
    if (rc) return rc;
    fflush(stdout);
    if (rejected && rejected == total) return EXIT_FAILED;
    return rejected ? EXIT_REJECTED : EXIT_OK;
}

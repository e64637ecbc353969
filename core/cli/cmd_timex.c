/*
 * cmd_timex.c - `evgraph timex`: the time expressions of one text (a file or
 * stdin) as JSON lines, each with its TIMEX3 value anchored to --dct.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "usage: evgraph timex [--dct DATE] [--lang ar|en|auto] [--prefer past|future] [FILE|-]\n\n"
    "Print one JSON object per time expression: text, byte offsets, type, TIMEX3 value, mod,\n"
    "section.  Reads stdin when FILE is - or absent.\n\n"
    "  --dct DATE         reference (publication) date, YYYY-MM-DD or YYYY-MM-DDTHH:MM\n"
    "  --lang L           ar, en or auto\n"
    "  --prefer P         past (default) or future, for weekdays and year-less dates\n"
    "  --max-bytes N      reject an input larger than N bytes (suffix K or M; default 16M)\n";

static int print_timexes(const char *path, evg_doc *doc, const char *err, void *payload)
{
    (void)payload;
    if (!doc) {
        fprintf(stderr, "evgraph: %s\n", err ? err : path);
        return 0;
    }
    return evg_doc_write_timex_json(doc, stdout) ? EXIT_FAILED : 0;
}

int cmd_timex(int argc, char **argv)
{
    cli_opts o;
    evg_options eo;
    static const char *stdin_path[] = {"-"};
    int rc = cli_parse("timex", argc, argv, OPT_DCT | OPT_LANG | OPT_PREFER | OPT_MAX_BYTES, &o);
    if (!rc && o.help) {
        fputs(help, stdout);
        free(o.paths);
        return EXIT_OK;
    }
    if (!rc && o.npaths > 1) {
        fprintf(stderr, "evgraph timex: one input at a time (a FILE or -)\n");
        rc = EXIT_USAGE;
    }
    if (!rc && o.npaths == 0) {
        free(o.paths);
        o.paths = NULL;
        o.npaths = 1;
    }
    if (!rc) rc = cli_options("timex", &o, &eo);
    int total = 0, rejected = 0;
    o.progress = 0;
    if (!rc) {
        const char **paths = o.paths ? o.paths : stdin_path;
        cli_opts run = o;
        run.paths = paths;
        rc = cli_run_docs(&run, &eo, 1, NULL, print_timexes, NULL, &total, &rejected);
    }
    free(o.paths);
    if (rc) return rc;
    return rejected ? EXIT_FAILED : EXIT_OK;
}

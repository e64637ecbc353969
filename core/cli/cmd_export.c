/*
 * cmd_export.c - `evgraph export` and `evgraph report`: one view of an
 * existing store in one format, or the HTML report, to a file or stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char export_help[] =
    "usage: evgraph export --db FILE --view timeline|actors|events|edges --format FORMAT [-o FILE]\n"
    "                      [--from DATE] [--to DATE] [--actor NAME [--hops N]] [--code CAMEO]\n"
    "                      [--min-mentions N] [--top N]\n\n"
    "Write one view of the store to FILE (default: stdout), optionally of some events only\n"
    "(the filters are those of evgraph events).  --hops N with --actor: also the events among\n"
    "the actors within N steps of it in the actor network (its neighbourhood).  --min-mentions\n"
    "N: events reported at least N times.  --top N: the N actors with the highest PageRank get\n"
    "a timeline lane of their own (default 12, the rest share \"other\") and are the ones drawn\n"
    "on the actor picture (default 150).  Formats by view:\n"
    "  timeline  dot svg json timelinejs\n"
    "  actors    dot svg graphml gexf csv json\n"
    "  events    json csv timelinejs graphml gexf (the event graph: events, actors, storylines)\n"
    "  edges     csv (the actor network's links; actors csv is the node table)\n";

static const char report_help[] =
    "usage: evgraph report --db FILE [-o FILE.html] [--from DATE] [--to DATE]\n"
    "                      [--actor NAME [--hops N]] [--code CAMEO] [--min-mentions N] [--top N]\n\n"
    "Write the one-file HTML report of the store (timeline, actor graph, actors and events\n"
    "with their evidence) to FILE (default: stdout).  --top N as for evgraph export.\n";

/* Open the store and the output, run the writer, close both. */
static int run(const char *cmd, const cli_opts *o, int report)
{
    evg_ctx *ctx;
    evg_store *st;
    int rc = cli_open_store(cmd, o->db, o, &ctx, &st);
    FILE *out = rc ? NULL : cli_open_output(cmd, o->output);
    if (!rc && !out) rc = EXIT_FAILED;
    if (!rc) {
        evg_event_query q = cli_event_query(o);
        q.hops = o->hops;
        int err = report ? evg_export_report(st, &q, out) : evg_export_view(st, o->view, o->format, &q, out);
        if (err) {
            fprintf(stderr, "evgraph %s: %s\n", cmd, evg_ctx_errmsg(ctx));
            rc = err == EVG_EINPUT ? EXIT_USAGE : EXIT_FAILED;
        }
    }
    if (out && out != stdout && fclose(out) != 0 && !rc) {
        fprintf(stderr, "evgraph %s: %s: write failed\n", cmd, o->output);
        rc = EXIT_FAILED;
    }
    evg_store_close(st);
    evg_ctx_free(ctx);
    return rc;
}

static int parse(const char *cmd, int argc, char **argv, unsigned accepted, cli_opts *o, const char *help)
{
    int rc = cli_parse(cmd, argc, argv, accepted, o);
    if (!rc && o->help) {
        fputs(help, stdout);
        return -1;
    }
    if (!rc && o->npaths) {
        fprintf(stderr, "evgraph %s: unexpected argument '%s'\n", cmd, o->paths[0]);
        rc = EXIT_USAGE;
    }
    if (!rc) rc = cli_check_filters(cmd, o);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    cli_opts o;
    unsigned filters = OPT_FROM | OPT_TO | OPT_ACTOR | OPT_CODE | OPT_TOP | OPT_HOPS | OPT_MIN_MENTIONS;
    int rc = parse("export", argc, argv, OPT_DB | OPT_VIEW | OPT_FORMAT | OPT_OUTPUT | filters, &o, export_help);
    if (!rc && (!o.view || !o.format)) {
        fprintf(stderr, "evgraph export: --view and --format are required (see evgraph export --help)\n");
        rc = EXIT_USAGE;
    }
    if (!rc) rc = run("export", &o, 0);
    free(o.paths);
    return rc < 0 ? EXIT_OK : rc;
}

int cmd_report(int argc, char **argv)
{
    cli_opts o;
    unsigned filters = OPT_FROM | OPT_TO | OPT_ACTOR | OPT_CODE | OPT_TOP | OPT_HOPS | OPT_MIN_MENTIONS;
    int rc = parse("report", argc, argv, OPT_DB | OPT_OUTPUT | filters, &o, report_help);
    if (!rc) rc = run("report", &o, 1);
    free(o.paths);
    return rc < 0 ? EXIT_OK : rc;
}

/*
 * cmd_list.c - `evgraph events` and `evgraph actors`: the merged events
 * (with filters) and the actors of an existing store, as a table, JSON or
 * CSV on stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char events_help[] =
    "usage: evgraph events --db FILE [--from DATE] [--to DATE] [--actor NAME] [--code CAMEO]\n"
    "                      [--min-mentions N] [--format table|json|csv]\n\n"
    "List the merged events of the store in date order (undated last).\n"
    "  --from, --to  keep events whose days meet this window (YYYY-MM-DD)\n"
    "  --actor NAME  an entity id, a name in either script, or an alias seen in the articles\n"
    "  --code CAMEO  a code (042) or a prefix (04 = every consult event)\n"
    "  --min-mentions N  events reported at least N times (across documents and sentences)\n"
    "  --format F    table (default), json (every event with all its mentions) or csv\n";

static const char actors_help[] =
    "usage: evgraph actors --db FILE [--format table|json|csv]\n\n"
    "List the actors of the store with their numbers of events, mentions and documents.\n";

static int parse_format(const char *cmd, const char *f, int *out)
{
    if (!f || strcmp(f, "table") == 0) *out = EVG_FORMAT_TABLE;
    else if (strcmp(f, "json") == 0) *out = EVG_FORMAT_JSON;
    else if (strcmp(f, "csv") == 0) *out = EVG_FORMAT_CSV;
    else {
        fprintf(stderr, "evgraph %s: --format takes table, json or csv, not '%s'\n", cmd, f);
        return EXIT_USAGE;
    }
    return 0;
}

static int list(const char *cmd, const cli_opts *o, int format)
{
    evg_ctx *ctx;
    evg_store *st;
    int rc = cli_open_store(cmd, o->db, o, &ctx, &st);
    if (!rc) {
        evg_event_query q = cli_event_query(o);
        int err = strcmp(cmd, "events") == 0 ? evg_store_list_events(st, &q, format, stdout)
                                              : evg_store_list_actors(st, format, stdout);
        if (err) {
            fprintf(stderr, "evgraph %s: %s\n", cmd, evg_ctx_errmsg(ctx));
            rc = err == EVG_EINPUT ? EXIT_USAGE : EXIT_FAILED;
        }
    }
    evg_store_close(st);
    evg_ctx_free(ctx);
    return rc;
}

static int run(const char *cmd, int argc, char **argv, unsigned accepted, const char *help)
{
    cli_opts o;
    int format = 0;
    int rc = cli_parse(cmd, argc, argv, accepted, &o);
    if (!rc && o.help) {
        fputs(help, stdout);
    } else {
        if (!rc && o.npaths) {
            fprintf(stderr, "evgraph %s: unexpected argument '%s'\n", cmd, o.paths[0]);
            rc = EXIT_USAGE;
        }
        if (!rc) rc = cli_check_filters(cmd, &o);
        if (!rc) rc = parse_format(cmd, o.format, &format);
        if (!rc) rc = list(cmd, &o, format);
    }
    free(o.paths);
    return rc;
}

int cmd_events(int argc, char **argv)
{
    unsigned accepted = OPT_DB | OPT_FROM | OPT_TO | OPT_ACTOR | OPT_CODE | OPT_FORMAT | OPT_MIN_MENTIONS;
    return run("events", argc, argv, accepted, events_help);
}

int cmd_actors(int argc, char **argv)
{
    return run("actors", argc, argv, OPT_DB | OPT_FORMAT, actors_help);
}

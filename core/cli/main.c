/*
 * main.c - the evgraph command: a table of commands, each in its own file
 * (cmd_*.c), with --help and --version.  Exit statuses are in cli.h and
 * README.md.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"build", cmd_build, "extract articles into the store and write every view"},
    {"extract", cmd_extract, "print one JSON line of dates, actors and events per article"},
    {"timex", cmd_timex, "print the time expressions of a text as JSON lines"},
    {"events", cmd_events, "list the merged events of a store, with filters"},
    {"actors", cmd_actors, "list the actors of a store with their counts"},
    {"export", cmd_export, "write one view of a store (timeline, actors, events) in one format"},
    {"report", cmd_report, "write the one-file HTML report of a store"},
    {NULL, NULL, NULL}};

static void usage(FILE *f)
{
    fprintf(f, "usage: evgraph COMMAND [OPTIONS] ...\n\n"
               "evgraph turns Arabic and English news articles into a dated event graph.\n\n"
               "commands:\n");
    for (const command *c = commands; c->name; c++) fprintf(f, "  %-9s %s\n", c->name, c->summary);
    fprintf(f, "\n  evgraph COMMAND --help   options of a command\n"
               "  evgraph --version        the version\n\n"
               "exit status: 0 all inputs processed; 1 some inputs rejected (named on stderr);\n"
               "2 usage error; 3 nothing could be processed or the database failed.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("evgraph %s\n", evg_version());
        return EXIT_OK;
    }
    for (const command *c = commands; c->name; c++)
        if (strcmp(argv[1], c->name) == 0) return c->run(argc - 2, argv + 2);
    fprintf(stderr, "evgraph: unknown command '%s' (see evgraph --help)\n", argv[1]);
    return EXIT_USAGE;
}

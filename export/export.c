/*
 * export.c - evg_export_all: every view of the store into one folder.
 *
 * Loads the model, computes the actor metrics (graph/), creates the folder
 * like `mkdir -p`, and writes timeline.dot/.svg, actors.dot/.svg,
 * actors.graphml/.gexf, events.graphml/.gexf, events.json, timeline.json
 * (TimelineJS) and report.html (which embeds the two SVG files, so it comes
 * last).  Each failure names the file.  The written
 * paths are returned one per line.
 */
#include "export_int.h"

#include "../graph/edges.h"

#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>

typedef int (*view_fn)(evg_ctx *ctx, const evg_model *m, FILE *out);

/* mkdir -p: create dir and its missing parents. */
static int make_dirs(evg_ctx *ctx, const char *dir)
{
    char *path = evg_xstrdup(dir);
    int rc = 0;
    for (char *p = path + 1; ; p++) {
        if (*p != '/' && *p != '\0') continue;
        char saved = *p;
        *p = '\0';
        struct stat sb;
        if (mkdir(path, 0777) != 0 && (errno != EEXIST || stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
            rc = evg_error(ctx, EVG_EIO, "%s: cannot create folder: %s", path,
                           strerror(errno == EEXIST ? ENOTDIR : errno));
            break;
        }
        *p = saved;
        if (!saved) break;
    }
    free(path);
    return rc;
}

static void join(evg_buf *b, const char *dir, const char *name)
{
    b->n = 0;
    evg_buf_puts(b, dir);
    if (b->n && b->p[b->n - 1] != '/') evg_buf_puts(b, "/");
    evg_buf_puts(b, name);
}

/* Put the file name in front of the message a writer left on ctx. */
static int name_failure(evg_ctx *ctx, int rc, const char *path)
{
    char msg[sizeof ctx->errmsg];
    snprintf(msg, sizeof msg, "%s", ctx->errmsg);
    return evg_error(ctx, rc, "%s: %s", path, msg);
}

/* Views run to hundreds of MB: a buffer of this size writes them in few
 * calls (glibc's own is 4 KiB, and it ignores a size given without a buffer). */
#define VIEW_BUF (1u << 20)

static int write_file(evg_ctx *ctx, const char *path, view_fn fn, const evg_model *m,
                      const char *dir, evg_store *st)
{
    FILE *f = fopen(path, "wb");
    if (!f) return evg_error(ctx, EVG_EIO, "%s: cannot write: %s", path, strerror(errno));
    char *buf = evg_xmalloc(VIEW_BUF);
    setvbuf(f, buf, _IOFBF, VIEW_BUF);
    int rc = fn ? fn(ctx, m, f) : evg_export_report_html(ctx, m, dir, st, f);
    int closed = fclose(f), err = errno;
    free(buf);
    if (rc != 0) return name_failure(ctx, rc, path);
    if (closed != 0) return evg_error(ctx, EVG_EIO, "%s: %s", path, strerror(err));
    return 0;
}

static int write_views(evg_ctx *ctx, const evg_model *m, const char *dir, evg_store *st, evg_buf *names)
{
    static const struct { const char *file; view_fn fn; } views[] = {
        {"timeline.dot", evg_export_timeline_dot}, {"timeline.svg", evg_export_timeline_svg},
        {"actors.dot", evg_export_actors_dot},     {"actors.svg", evg_export_actors_svg},
        {"actors.graphml", evg_graph_write_graphml}, {"actors.gexf", evg_export_actors_gexf},
        {"events.graphml", evg_graph_write_events_graphml}, {"events.gexf", evg_export_events_gexf},
        {"events.json", evg_export_events_json},
        {"timeline.json", evg_export_timelinejs}, {"report.html", NULL}};
    evg_buf path = {0};
    int rc = 0;
    for (size_t i = 0; i < sizeof views / sizeof *views && rc == 0; i++) {
        join(&path, dir, views[i].file);
        rc = write_file(ctx, evg_w_str(&path), views[i].fn, m, dir, st);
        if (rc == 0) evg_buf_printf(names, "%s\n", evg_w_str(&path));
    }
    evg_buf_free(&path);
    return rc;
}

int evg_export_all(evg_store *st, const char *dir, char **names)
{
    evg_ctx *ctx = evg_store_ctx(st);
    evg_model *m = NULL;
    evg_buf list = {0};
    int rc;
    if (names) *names = NULL;
    if (!dir || !*dir) return evg_error(ctx, EVG_EINPUT, "export: no output folder given");
    if ((rc = evg_store_load_model(st, &m)) != 0) goto done;
    if ((rc = evg_graph_compute_shared(ctx, m)) != 0) goto done; /* edges shared by the views */
    if ((rc = evg_store_save_metrics(st, m)) != 0) goto done; /* the analytics, without a second load */
    if ((rc = make_dirs(ctx, dir)) != 0) goto done;
    rc = write_views(ctx, m, dir, st, &list);
done:
    evg_graph_unshare(m);
    if (m) evg_model_free(m);
    if (names && list.p) *names = list.p;
    else evg_buf_free(&list);
    return rc;
}

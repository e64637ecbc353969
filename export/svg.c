/*
 * svg.c - the only file that includes <gvc.h>: layout and SVG rendering
 * in-process with libgvc.
 *
 * One GVC_t per process, created on first use (it loads the plugin
 * configuration and fontconfig, about 10 ms) and freed at exit.  Graphviz is
 * not thread safe (GRAPH-LIBS.md section 8), so neither is this file.
 * Graphviz messages are collected by cg.c and reported with EVG_ERENDER.
 * The graph is laid out as its DOT text reads back, so the .dot files redraw
 * the same SVG in any Graphviz tool.
 */
#include "export_int.h"

#include <errno.h>
#include <gvc.h>

static GVC_t *gvc;

static void free_gvc(void)
{
    if (gvc) gvFreeContext(gvc);
    gvc = NULL;
}

static GVC_t *context(void)
{
    if (!gvc) {
        gvc = gvContext();
        if (gvc) atexit(free_gvc);
    }
    return gvc;
}

/* Lays out and renders the graph as its DOT file gives it (evg_cg_reread),
 * so `dot -Tsvg` on the .dot file redraws exactly this SVG. */
int evg_svg_render(evg_ctx *ctx, Agraph_t *given, const char *engine, FILE *out, const char *what)
{
    char *data = NULL;
    unsigned int len = 0;
    int rc = 0;
    evg_cg_errors_reset();
    if (!context()) return evg_error(ctx, EVG_ERENDER, "%s: Graphviz context unavailable", what);
    Agraph_t *g = evg_cg_reread(ctx, given, what);
    if (!g) return EVG_ERENDER;
    if (gvLayout(gvc, g, engine) != 0) {
        agclose(g);
        return evg_error(ctx, EVG_ERENDER, "%s: layout %s failed: %s", what, engine, evg_cg_errors());
    }
    if (gvRenderData(gvc, g, "svg", &data, &len) != 0) {
        rc = evg_error(ctx, EVG_ERENDER, "%s: rendering failed: %s", what, evg_cg_errors());
        goto done;
    }
    errno = 0;
    if (fwrite(data, 1, len, out) != len || fflush(out) != 0)
        rc = evg_error(ctx, EVG_EIO, "writing %s: %s", what, strerror(errno ? errno : EIO));
done:
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
    return rc;
}

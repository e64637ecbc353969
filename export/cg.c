/*
 * cg.c - adapter over cgraph 2.42, whose functions take `char *` where they
 * only read (they copy with agstrdup).  The casts live here and nowhere else.
 * Also collects the error and warning messages Graphviz would print on stderr
 * (they arrive in fragments) so callers can put them in the context's error.
 */
#include "export_int.h"

#include <errno.h>

static char errs[1024];

static int collect(char *frag)
{
    size_t n = strlen(errs);
    if (n + 1 < sizeof errs) snprintf(errs + n, sizeof errs - n, "%s", frag);
    return 0;
}

void evg_cg_errors_reset(void)
{
    errs[0] = '\0';
    agseterrf(collect);
}

const char *evg_cg_errors(void)
{
    size_t n = strlen(errs);
    while (n && (errs[n - 1] == '\n' || errs[n - 1] == ' ')) errs[--n] = '\0';
    return errs;
}

Agraph_t *evg_cg_open(const char *name, int directed)
{
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

Agnode_t *evg_cg_node(Agraph_t *g, const char *name)
{
    return agnode(g, (char *)name, 1);
}

Agedge_t *evg_cg_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h)
{
    return agedge(g, t, h, NULL, 1);
}

Agsym_t *evg_cg_attr(Agraph_t *g, int kind, const char *name, const char *dflt)
{
    return agattr(g, kind, (char *)name, (char *)dflt);
}

void evg_cg_set(void *obj, Agsym_t *sym, const char *value)
{
    agxset(obj, sym, (char *)value);
}

void evg_cg_setn(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, (char *)"");
}

int evg_cg_write(evg_ctx *ctx, Agraph_t *g, FILE *out, const char *what)
{
    errno = 0;
    if (agwrite(g, out) != 0 || fflush(out) != 0 || ferror(out))
        return evg_error(ctx, EVG_EIO, "writing %s: %s", what, strerror(errno ? errno : EIO));
    return 0;
}

Agraph_t *evg_cg_reread(evg_ctx *ctx, Agraph_t *g, const char *what)
{
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f) {
        evg_error(ctx, EVG_EIO, "%s: no memory stream: %s", what, strerror(errno));
        return NULL;
    }
    int bad = agwrite(g, f) != 0;
    bad |= fclose(f) != 0;
    Agraph_t *copy = bad || !text ? NULL : agmemread(text);
    free(text);
    if (!copy) evg_error(ctx, EVG_ERENDER, "%s: Graphviz could not read back its own DOT: %s", what, evg_cg_errors());
    return copy;
}

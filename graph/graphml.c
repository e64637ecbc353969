/*
 * graphml.c - evg_graph_write_graphml: the actor network as GraphML.
 *
 * The network of network.c gets igraph's C attributes (vertex: id, name,
 * name_en, type, country, role, nevents, degree, strength, pagerank,
 * betweenness, community, component; edge: weight, codes, roots, first, last,
 * goldstein (mean score, NaN when no code is known), cooperation, conflict
 * (graph/edges.h)) and is written
 * by igraph_write_graph_graphml, which does the XML escaping.  igraph refuses
 * control characters, and XML 1.0 cannot carry them, so every string first
 * passes through evg_graph_xml_text(): C0 controls other than tab and newline are
 * dropped, invalid UTF-8 becomes U+FFFD.  The metrics are written as found on
 * the model (run evg_graph_compute first for fresh values).
 */
#include "graph_int.h"

#include <errno.h>
#include <stdio.h>

/* A valid UTF-8 sequence that XML may carry: not U+FFFE or U+FFFF. */
static int utf8_len(const unsigned char *s, size_t n)
{
    int len = evg_utf8_valid_len(s, n);
    if (len == 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] >= 0xBE) return 0;
    return len;
}

/* s made safe for XML 1.0 text; malloc'd. */
char *evg_graph_xml_text(const char *s)
{
    evg_buf b = {0};
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p), i = 0;
    evg_buf_put(&b, "", 0);
    while (i < n) {
        int len = utf8_len(p + i, n - i);
        if (!len) {
            evg_buf_puts(&b, "\xEF\xBF\xBD");
            i++;
        } else {
            if (len > 1 || p[i] >= 0x20 || p[i] == '\t' || p[i] == '\n')
                evg_buf_put(&b, (const char *)p + i, (size_t)len);
            i += (size_t)len;
        }
    }
    char *out = evg_xstrndup(b.p ? b.p : "", b.n);
    evg_buf_free(&b);
    return out;
}

igraph_error_t evg_graph_set_vstr(igraph_t *g, const char *attr, igraph_integer_t v, const char *s)
{
    char *t = evg_graph_xml_text(s);
    igraph_error_t rc = igraph_cattribute_VAS_set(g, attr, v, t);
    free(t);
    return rc;
}

static igraph_error_t set_vertex(igraph_t *g, igraph_integer_t v, const evg_m_actor *a)
{
    IGRAPH_CHECK(evg_graph_set_vstr(g, "id", v, a->id));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "name", v, a->name));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "name_en", v, a->name_en));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "type", v, a->type));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "country", v, a->country));
    IGRAPH_CHECK(evg_graph_set_vstr(g, "role", v, a->role));
    IGRAPH_CHECK(SETVAN(g, "nevents", v, (igraph_real_t)a->nevents));
    IGRAPH_CHECK(SETVAN(g, "degree", v, a->degree));
    IGRAPH_CHECK(SETVAN(g, "strength", v, a->strength));
    IGRAPH_CHECK(SETVAN(g, "pagerank", v, a->pagerank));
    IGRAPH_CHECK(SETVAN(g, "betweenness", v, a->betweenness));
    IGRAPH_CHECK(SETVAN(g, "community", v, (igraph_real_t)a->community));
    IGRAPH_CHECK(SETVAN(g, "component", v, (igraph_real_t)a->component));
    return IGRAPH_SUCCESS;
}

static igraph_error_t set_edge(igraph_t *g, igraph_integer_t e, const evg_graph_edge *ne)
{
    char first[16] = "", last[16] = "";
    if (ne->first != EVG_NODATE) evg_format_day(ne->first, first);
    if (ne->last != EVG_NODATE) evg_format_day(ne->last, last);
    IGRAPH_CHECK(SETEAN(g, "weight", e, ne->weight));
    IGRAPH_CHECK(SETEAS(g, "codes", e, ne->codes));
    IGRAPH_CHECK(SETEAS(g, "roots", e, ne->roots));
    IGRAPH_CHECK(SETEAS(g, "first", e, first));
    IGRAPH_CHECK(SETEAS(g, "last", e, last));
    IGRAPH_CHECK(SETEAN(g, "goldstein", e, ne->goldstein));
    IGRAPH_CHECK(SETEAN(g, "cooperation", e, (igraph_real_t)ne->cooperation));
    IGRAPH_CHECK(SETEAN(g, "conflict", e, (igraph_real_t)ne->conflict));
    return IGRAPH_SUCCESS;
}

static igraph_error_t set_attributes(evg_net *net, const evg_model *m)
{
    IGRAPH_CHECK(SETGAS(&net->g, "generator", "evgraph " EVG_VERSION));
    for (size_t i = 0; i < m->nactors; i++)
        IGRAPH_CHECK(set_vertex(&net->g, (igraph_integer_t)i, &m->actors[i]));
    for (size_t i = 0; i < net->ne; i++)
        IGRAPH_CHECK(set_edge(&net->g, (igraph_integer_t)i, &net->e[i]));
    return IGRAPH_SUCCESS;
}

int evg_graph_write_graphml(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    evg_net net;
    int rc = evg_net_build(ctx, m, &net);
    if (rc != 0) return rc;
    igraph_error_t irc = set_attributes(&net, m);
    if (irc != IGRAPH_SUCCESS) {
        rc = evg_igraph_fail(ctx, irc, "setting GraphML attributes");
        goto done;
    }
    errno = 0;
    irc = igraph_write_graph_graphml(&net.g, out, true);
    if (irc != IGRAPH_SUCCESS) rc = evg_igraph_fail(ctx, irc, "writing GraphML");
    else if (fflush(out) != 0 || ferror(out))
        rc = evg_error(ctx, EVG_EIO, "writing GraphML: %s", strerror(errno ? errno : EIO));
done:
    evg_net_free(&net);
    return rc;
}

/*
 * html.c - report.html: one self-contained page with the timeline and actor
 * pictures inlined (the SVG files already written in a folder, or rendered
 * here through a memory stream when no folder is given), the
 * actors ranked by PageRank and the events in date order (undated last).
 * Every piece of text goes through evg_w_xml; cells holding names get
 * dir="auto" so Arabic and English each read in their own direction.
 */
#include "export_int.h"

#include <stddef.h>

#include <errno.h>

static const char *const head =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>evgraph report</title>\n<style>\n"
    "body{font-family:'Noto Sans','Noto Sans Arabic','DejaVu Sans',sans-serif;margin:1.5em;}\n"
    "table{border-collapse:collapse;font-size:90%;}td,th{border:1px solid #ccc;padding:2px 6px;"
    "vertical-align:top;}\nth{background:#f3f3f3;}.num{text-align:right;}\n"
    ".fig{overflow:auto;border:1px solid #ddd;margin-bottom:1em;}\n"
    ".fig svg{width:100%;height:auto;}\n"
    ".sw{display:inline-block;width:0.9em;height:0.9em;border:1px solid #999;}\n"
    ".ev{margin-bottom:0.4em;}.ev small{color:#555;}\n"
    "</style>\n</head>\n<body>\n";

/* The bytes of dir/file, or "" when it cannot be read. */
static void read_svg(evg_buf *svg, const char *dir, const char *file)
{
    evg_buf path = {0};
    char chunk[65536];
    size_t n;
    evg_buf_printf(&path, "%s/%s", dir, file);
    FILE *f = fopen(path.p, "rb");
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0) evg_buf_put(svg, chunk, n);
    if (f) fclose(f);
    evg_buf_free(&path);
}

/* Render one picture into svg through a memory stream. */
static int render_svg(evg_ctx *ctx, const evg_model *m, int (*fn)(evg_ctx *, const evg_model *, FILE *),
                      evg_buf *svg)
{
    char *p = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&p, &n);
    if (!f) return evg_error(ctx, EVG_EIO, "report: no memory stream: %s", strerror(errno));
    int rc = fn(ctx, m, f);
    fclose(f);
    if (rc == 0) evg_buf_put(svg, p, n);
    free(p);
    return rc;
}

/* Copy one SVG into b with every id, and every reference to one inside a tag
 * (="url(#x)", href="#x"), given prefix: Graphviz numbers the elements of
 * each picture from 1 (graph0, node1, edge1), so two pictures in one page
 * would repeat ids.  Text between tags is copied as it is; inside a tag a
 * raw `"` only delimits attribute values, so these patterns cannot start
 * inside a value. */
static void put_svg_prefixed(evg_buf *b, const char *svg, const char *prefix)
{
    static const char *const marks[] = {" id=\"", "=\"url(#", "href=\"#"};
    int in_tag = 0;
    for (const char *p = svg; *p;) {
        if (*p == '<' || *p == '>') in_tag = *p == '<';
        size_t k = 0, len = 0;
        for (; in_tag && k < sizeof marks / sizeof *marks; k++)
            if (strncmp(p, marks[k], len = strlen(marks[k])) == 0) break;
        if (in_tag && k < sizeof marks / sizeof *marks) {
            evg_buf_put(b, p, len);
            evg_buf_puts(b, prefix);
            p += len;
        } else {
            evg_buf_put(b, p++, 1);
        }
    }
}

/* Copy the <svg> element of the picture into b (its ids prefixed by the
 * file's name); a note when it is missing. */
static int inline_svg(evg_buf *b, evg_ctx *ctx, const evg_model *m, const char *dir, const char *file)
{
    evg_buf svg = {0};
    int rc = 0;
    if (dir) read_svg(&svg, dir, file);
    else if (strcmp(file, "timeline.svg") == 0) rc = render_svg(ctx, m, evg_export_timeline_svg, &svg);
    else rc = render_svg(ctx, m, evg_export_actors_svg, &svg);
    const char *start = svg.p ? strstr(svg.p, "<svg") : NULL;
    evg_buf_puts(b, "<div class=\"fig\">");
    if (start) {
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%.*s-", (int)strcspn(file, "."), file);
        put_svg_prefixed(b, start, prefix);
    } else {
        evg_buf_puts(b, "<p>(picture not available)</p>");
    }
    evg_buf_puts(b, "</div>\n");
    evg_buf_free(&svg);
    return rc;
}

static const evg_model *sort_m;

static int by_pagerank(const void *x, const void *y)
{
    const evg_m_actor *a = &sort_m->actors[*(const size_t *)x], *b = &sort_m->actors[*(const size_t *)y];
    if (a->pagerank != b->pagerank) return a->pagerank > b->pagerank ? -1 : 1;
    return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

static int by_date(const void *x, const void *y)
{
    const evg_m_event *a = &sort_m->events[*(const size_t *)x], *b = &sort_m->events[*(const size_t *)y];
    int ua = a->begin == EVG_NODATE, ub = b->begin == EVG_NODATE;
    if (ua != ub) return ua ? 1 : -1;
    if (!ua && a->begin != b->begin) return a->begin < b->begin ? -1 : 1;
    return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

static size_t *sorted(const evg_model *m, size_t n, int (*cmp)(const void *, const void *))
{
    size_t *idx = evg_xcalloc(n + 1, sizeof *idx);
    for (size_t i = 0; i < n; i++) idx[i] = i;
    sort_m = m;
    if (n) qsort(idx, n, sizeof *idx, cmp);
    return idx;
}

static void cell(evg_buf *b, const char *s, int bidi)
{
    evg_buf_puts(b, bidi ? "<td dir=\"auto\">" : "<td>");
    evg_w_xml(b, s);
    evg_buf_puts(b, "</td>");
}

static void actor_row(evg_buf *b, const evg_m_actor *a, evg_store *st)
{
    char *aliases = st ? evg_store_actor_aliases(st, a->id) : NULL;
    evg_buf_puts(b, "<tr>");
    cell(b, a->name, 1);
    cell(b, a->name_en, 1);
    cell(b, aliases ? aliases : "", 1);
    free(aliases);
    cell(b, a->type, 0);
    cell(b, a->country, 0);
    cell(b, a->role, 0);
    evg_buf_printf(b, "<td class=\"num\">%ld</td><td class=\"num\">%g</td><td class=\"num\">%.4f</td>"
                   "<td class=\"num\">%.1f</td><td><span class=\"sw\" style=\"background:%s\"></span> %d</td>"
                   "<td class=\"num\">%d</td></tr>\n",
                   a->nevents, a->degree, a->pagerank, a->betweenness,
                   evg_style_community_colour(a->community), a->community, a->component);
}

static void actor_table(evg_buf *b, const evg_model *m, evg_store *st)
{
    size_t *idx = sorted(m, m->nactors, by_pagerank);
    evg_buf_puts(b, "<h2>Actors</h2>\n<table>\n<tr><th>name</th><th>English</th><th>aliases seen</th><th>type</th>"
                    "<th>country</th><th>role</th><th>events</th><th>degree</th><th>PageRank</th>"
                    "<th>betweenness</th><th>community</th><th>component</th></tr>\n");
    for (size_t i = 0; i < m->nactors; i++) actor_row(b, &m->actors[idx[i]], st);
    evg_buf_puts(b, "</table>\n");
    free(idx);
}

static void event_actors(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    int shown = 0;
    evg_buf_puts(b, "<td dir=\"auto\">");
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        if (shown++) evg_buf_puts(b, "<br>");
        evg_w_xml(b, m->actors[a].name_en && *m->actors[a].name_en ? m->actors[a].name_en : m->actors[a].name);
        evg_buf_printf(b, " <small>(%s)</small>", evg_role_name(ev->actors[j].role));
    }
    evg_buf_puts(b, "</td>");
}

/* Distinct non-empty values of one field of the reports, "; " between. */
static void distinct_cell(evg_buf *b, const evg_m_mention *v, size_t n, size_t field)
{
    evg_buf_puts(b, "<td dir=\"auto\">");
    int shown = 0;
    for (size_t i = 0; i < n; i++) {
        const char *x = *(char *const *)((const char *)&v[i] + field);
        int seen = !x || !*x;
        for (size_t k = 0; k < i && !seen; k++) {
            const char *y = *(char *const *)((const char *)&v[k] + field);
            seen = y && strcmp(x, y) == 0;
        }
        if (seen) continue;
        if (shown++) evg_buf_puts(b, "; ");
        evg_w_xml(b, x);
    }
    evg_buf_puts(b, "</td>");
}

/* Reports shown per event; an event reported more often says how many more. */
#define REPORT_MAX_REPORTS 20

/* Every report shown: its sentence, then document, bytes, and what this
 * report says of date, modality, source and figures (disagreements side by
 * side); then how many reports are not shown. */
static void evidence_cell(evg_buf *b, const evg_m_mention *v, size_t n, long total)
{
    evg_buf_puts(b, "<td>");
    for (size_t i = 0; i < n; i++) {
        const evg_m_mention *x = &v[i];
        evg_buf_puts(b, "<div class=\"ev\"><span dir=\"auto\">");
        evg_w_xml(b, x->sentence);
        evg_buf_puts(b, "</span><br><small dir=\"auto\">");
        evg_w_xml(b, x->doc);
        evg_buf_printf(b, ", bytes %ld-%ld", x->start, x->end);
        if (x->date_value && *x->date_value) {
            evg_buf_puts(b, ", date ");
            evg_w_xml(b, x->date_value);
        }
        evg_buf_puts(b, ", ");
        evg_w_xml(b, x->modality);
        if (x->attribution && *x->attribution) {
            evg_buf_puts(b, ", according to ");
            evg_w_xml(b, x->attribution);
        }
        if (x->quantities && *x->quantities) {
            evg_buf_puts(b, ", figures: ");
            evg_w_xml(b, x->quantities);
        }
        evg_buf_puts(b, "</small></div>");
    }
    if (total > (long)n)
        evg_buf_printf(b, "<div class=\"ev\"><small>and %ld more reports (<code>evgraph events --format json"
                          "</code> lists them all)</small></div>", total - (long)n);
    evg_buf_puts(b, "</td>");
}

static void event_row(evg_buf *b, const evg_model *m, const evg_m_event *ev, evg_store *st)
{
    evg_m_mention *v = NULL, one = {ev->doc, ev->sentence, 0, 0, ev->date_value, NULL, NULL, NULL};
    size_t n = 0;
    if (!st || evg_store_event_mentions(st, ev->id, REPORT_MAX_REPORTS, &v, &n) != 0 || n == 0) {
        evg_m_mentions_free(v, n);
        v = NULL;
        n = 0;
    }
    evg_buf_printf(b, "<tr><td><span class=\"sw\" style=\"background:%s\"></span></td>",
                   evg_style_root_colour(ev->root));
    cell(b, ev->date_value && *ev->date_value ? ev->date_value : "undated", 0);
    cell(b, ev->code, 0);
    cell(b, ev->label, 1);
    event_actors(b, m, ev);
    const evg_m_actor *loc = ev->location >= 0 && (size_t)ev->location < m->nactors ? &m->actors[ev->location] : NULL;
    cell(b, loc ? (loc->name_en && *loc->name_en ? loc->name_en : loc->name) : "", 1);
    cell(b, evg_modality_name(ev->modality), 0);
    distinct_cell(b, v, n, offsetof(evg_m_mention, attribution));
    distinct_cell(b, v, n, offsetof(evg_m_mention, quantities));
    if (v) {
        evidence_cell(b, v, n, ev->nmentions);
    } else {
        one.modality = (char *)evg_modality_name(ev->modality);
        evidence_cell(b, &one, 1, 1);
    }
    evg_buf_puts(b, "</tr>\n");
    evg_m_mentions_free(v, n);
}

static void event_table(evg_buf *b, const evg_model *full, evg_store *st, FILE *out, int *bad)
{
    evg_model view;
    evg_export_readable(full, &view);
    const evg_model *m = &view;
    size_t *idx = sorted(m, m->nevents, by_date);
    evg_buf_puts(b, "<h2>Events</h2>\n");
    if (m->nevents < full->nevents)
        evg_buf_printf(b, "<p>The %zu most reported of %zu events. Narrow the report with --from, --to,"
                          " --actor, --code or --min-mentions; <code>evgraph events</code> lists every"
                          " event.</p>\n", m->nevents, full->nevents);
    evg_buf_puts(b, "<table>\n<tr><th></th><th>date</th><th>code</th><th>event</th>"
                    "<th>actors</th><th>location</th><th>modality</th><th>attribution</th>"
                    "<th>quantities</th><th>evidence: every report (document, bytes)</th></tr>\n");
    for (size_t i = 0; i < m->nevents; i++) {
        event_row(b, m, &m->events[idx[i]], st);
        *bad |= fwrite(b->p, 1, b->n, out) != b->n;
        b->n = 0;
    }
    evg_buf_puts(b, "</table>\n");
    free(idx);
    if (view.events != full->events) free(view.events);
}

/* The counts of the page, in the words of `build` and the actor picture:
 * actors are the entities that take part in an event; the places that are
 * only where events happened (listed in the actors table too) are counted
 * apart. */
static void summary(evg_buf *b, const evg_model *m)
{
    char *acts = evg_xcalloc(m->nactors + 1, 1);
    size_t n = 0;
    for (size_t i = 0; i < m->nevents; i++)
        for (int j = 0; j < m->events[i].nactors; j++) {
            int a = m->events[i].actors[j].actor;
            if (a >= 0 && (size_t)a < m->nactors && !acts[a]) acts[a] = 1, n++;
        }
    free(acts);
    evg_buf_printf(b, "<h1>evgraph report</h1>\n<p>%zu events, %zu actors", m->nevents, n);
    if (m->nactors > n)
        evg_buf_printf(b, " (and %zu place%s where events happened)", m->nactors - n, m->nactors - n == 1 ? "" : "s");
    evg_buf_puts(b, ".</p>\n<h2>Timeline</h2>\n");
}

int evg_export_report_html(evg_ctx *ctx, const evg_model *m, const char *dir, evg_store *st, FILE *out)
{
    evg_buf b = {0};
    int bad = 0;
    errno = 0;
    evg_buf_puts(&b, head);
    summary(&b, m);
    int rc = inline_svg(&b, ctx, m, dir, "timeline.svg");
    evg_buf_puts(&b, "<h2>Actor network</h2>\n");
    if (rc == 0) rc = inline_svg(&b, ctx, m, dir, "actors.svg");
    if (rc != 0) {
        evg_buf_free(&b);
        return rc;
    }
    actor_table(&b, m, st);
    event_table(&b, m, st, out, &bad);
    evg_buf_puts(&b, "</body>\n</html>\n");
    bad |= fwrite(b.p, 1, b.n, out) != b.n;
    evg_buf_free(&b);
    if (bad || fflush(out) != 0 || ferror(out))
        return evg_error(ctx, EVG_EIO, "writing the HTML report: %s", strerror(errno ? errno : EIO));
    return 0;
}

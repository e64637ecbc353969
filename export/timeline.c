/*
 * timeline.c - the timeline view as a cgraph graph, from the plan of
 * tl_plan.c.  Exports evg_timeline_build, evg_tl_label and the two DOT/SVG
 * entry points evg_export_timeline_dot / evg_export_timeline_svg.
 *
 * Every node carries pos="x,y" in points and the graph says layout=nop and
 * notranslate=true, so `dot -Tsvg timeline.dot` and the in-process renderer
 * draw exactly the computed picture.  Drawing conventions:
 *   - marker = box spanning the event's days (at least TL_MIN_W wide), filled
 *     with the colour of its CAMEO root family (style.c);
 *   - a month/year/week/season value is vague: translucent fill, dotted
 *     outline, spanning the whole period;
 *   - planned or possible events: dashed outline and a [planned]/[possible]
 *     tag; negated events: white fill, coloured outline, [negated] tag;
 *   - an event with actors in several lanes has one labelled marker in the
 *     first actor's lane and unlabelled copies in the others, joined to it by
 *     a dashed grey line;
 *   - ticks (plaintext nodes) under the axis, faint grid lines, lane names
 *     on the left, and an "undated" column on the right.
 * Node names are stable keys (e<event>_<lane>, lane<k>, tick<k>), never text.
 */
#include "timeline_int.h"

#define TL_FRAME_LEFT -20.0  /* x where lane separators start, left of the axis */

typedef struct tl_syms {
    Agsym_t *pos, *label, *shape, *style, *fill, *colour, *width, *height, *tooltip, *fontsize,
        *penwidth, *fontcolor;
} tl_syms;

static void declare(Agraph_t *g, tl_syms *s)
{
    evg_cg_attr(g, AGRAPH, "layout", "nop");
    evg_cg_attr(g, AGRAPH, "notranslate", "true");
    evg_cg_attr(g, AGRAPH, "splines", "line");
    evg_cg_attr(g, AGRAPH, "outputorder", "edgesfirst");
    evg_cg_attr(g, AGRAPH, "fontname", EVG_FONTS);
    evg_cg_attr(g, AGRAPH, "bgcolor", "white");
    evg_cg_attr(g, AGRAPH, "labelloc", "t");
    evg_cg_attr(g, AGNODE, "fontname", EVG_FONTS);
    evg_cg_attr(g, AGNODE, "fixedsize", "true");
    evg_cg_attr(g, AGEDGE, "dir", "none");
    s->pos = evg_cg_attr(g, AGNODE, "pos", "");
    s->label = evg_cg_attr(g, AGNODE, "label", "\\N");  /* Graphviz default; markers set "" */
    s->shape = evg_cg_attr(g, AGNODE, "shape", "box");
    s->style = evg_cg_attr(g, AGNODE, "style", "filled");
    s->fill = evg_cg_attr(g, AGNODE, "fillcolor", "#d9d9d9");
    s->colour = evg_cg_attr(g, AGNODE, "color", "#555555");
    s->width = evg_cg_attr(g, AGNODE, "width", "0.1");
    s->height = evg_cg_attr(g, AGNODE, "height", "0.2");
    s->tooltip = evg_cg_attr(g, AGNODE, "tooltip", "");
    s->fontsize = evg_cg_attr(g, AGNODE, "fontsize", "9");
    s->fontcolor = evg_cg_attr(g, AGNODE, "fontcolor", "black");
    s->penwidth = evg_cg_attr(g, AGEDGE, "penwidth", "1");
    evg_cg_attr(g, AGEDGE, "color", "#bbbbbb");
    evg_cg_attr(g, AGEDGE, "style", "solid");
}

/* A node at (x, y), width w and height h in points. */
static Agnode_t *place(Agraph_t *g, const tl_syms *s, const char *name, double x, double y,
                       double w, double h)
{
    char v[64];
    Agnode_t *n = evg_cg_node(g, name);
    snprintf(v, sizeof v, "%.2f,%.2f", x, y);
    evg_cg_set(n, s->pos, v);
    snprintf(v, sizeof v, "%.4f", w / 72.0);
    evg_cg_set(n, s->width, v);
    snprintf(v, sizeof v, "%.4f", h / 72.0);
    evg_cg_set(n, s->height, v);
    return n;
}

/* An invisible anchor for lines. */
static Agnode_t *anchor(Agraph_t *g, const tl_syms *s, const char *name, double x, double y)
{
    Agnode_t *n = place(g, s, name, x, y, 0.01, 0.01);
    evg_cg_set(n, s->shape, "point");
    evg_cg_set(n, s->style, "invis");
    return n;
}

static Agnode_t *text(Agraph_t *g, const tl_syms *s, const char *name, double x, double y,
                      const char *dot_label, double fontsize)
{
    char fs[16];
    double w = (double)evg_w_chars(dot_label) * fontsize * 0.6 + 4;
    Agnode_t *n = place(g, s, name, x, y, w, fontsize * 1.6);
    evg_cg_set(n, s->shape, "plaintext");
    evg_cg_set(n, s->style, "solid");
    evg_cg_set(n, s->label, dot_label);
    snprintf(fs, sizeof fs, "%g", fontsize);
    evg_cg_set(n, s->fontsize, fs);
    return n;
}

static void line(Agraph_t *g, Agnode_t *a, Agnode_t *b, const char *colour, const char *style)
{
    Agedge_t *e = evg_cg_edge(g, a, b);
    evg_cg_setn(e, "color", colour);
    if (style) evg_cg_setn(e, "style", style);
}

/* ---- labels ---- */

static void actor_list(evg_buf *b, const evg_model *m, const evg_m_event *ev, int role, int *count)
{
    int shown = 0, more = 0;
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (ev->actors[j].role != role || a < 0 || (size_t)a >= m->nactors) continue;
        if (shown == 3) { more++; continue; }
        if ((*count)++) evg_buf_puts(b, role == EVG_ROLE_TARGET && shown == 0 ? " \xE2\x86\x92 " : ", ");
        evg_w_dot_actor(b, &m->actors[a]);
        shown++;
    }
    if (more) evg_buf_printf(b, " +%d", more);
}

void evg_tl_label(evg_buf *b, const evg_model *m, const evg_m_event *ev)
{
    static const char *const tags[] = {"", "[planned] ", "[possible] ", "[negated] "};
    int count = 0;
    int mod = ev->modality >= 0 && ev->modality <= EVG_MODAL_NEGATED ? ev->modality : 0;
    evg_buf_puts(b, EVG_LRM);
    evg_buf_puts(b, tags[mod]);
    evg_w_dot_max(b, ev->code, 8);
    evg_buf_puts(b, " ");
    evg_w_dot_max(b, ev->label, EVG_LABEL_MAX);
    evg_buf_puts(b, "\\l");
    if (ev->begin == EVG_NODATE && ev->date_value && *ev->date_value) {
        evg_w_dot_max(b, ev->date_value, 48);
        evg_buf_puts(b, " (undated)");
    } else {
        evg_w_dot_max(b, ev->date_value && *ev->date_value ? ev->date_value : "undated", 48);
    }
    if (ev->location >= 0 && (size_t)ev->location < m->nactors) {
        evg_buf_puts(b, " \xC2\xB7 ");   /* middle dot, then the place */
        evg_w_dot_actor(b, &m->actors[ev->location]);
    }
    evg_buf_puts(b, "\\l");
    size_t start = b->n;
    evg_buf_puts(b, EVG_LRM);
    actor_list(b, m, ev, EVG_ROLE_SOURCE, &count);
    actor_list(b, m, ev, EVG_ROLE_TARGET, &count);
    actor_list(b, m, ev, EVG_ROLE_PARTICIPANT, &count);
    if (count) evg_buf_puts(b, "\\l");
    else b->n = start, b->p[start] = '\0';   /* no actor line at all */
}

/* ---- events ---- */

static void marker_style(Agnode_t *n, const tl_syms *s, const evg_m_event *ev)
{
    const char *colour = evg_style_root_colour(ev->root);
    char fill[16], style[32] = "filled";
    snprintf(fill, sizeof fill, "%s", colour);
    if (evg_tl_vague(ev)) {
        snprintf(fill, sizeof fill, "%s66", colour);  /* translucent */
        strcpy(style, "filled,dotted");
    }
    if (ev->modality == EVG_MODAL_PLANNED || ev->modality == EVG_MODAL_POSSIBLE)
        strcpy(style, evg_tl_vague(ev) ? "filled,dashed" : "filled,dashed,bold");
    if (ev->modality == EVG_MODAL_NEGATED) {
        strcpy(fill, "white");
        evg_cg_set(n, s->colour, colour);
    }
    evg_cg_set(n, s->fill, fill);
    evg_cg_set(n, s->style, style);
}

static Agnode_t *add_marker(Agraph_t *g, const tl_syms *s, const tl_plan *p, const tl_item *it,
                            const char *tip)
{
    char name[64];
    const evg_m_event *ev = &p->m->events[it->ev];
    double y = evg_tl_row_y(p, it->lane, it->row);
    snprintf(name, sizeof name, "e%zu_%d", it->ev, it->lane);
    Agnode_t *n = place(g, s, name, (it->xl + it->xr) / 2, y, it->xr - it->xl, TL_MARK_H);
    evg_cg_set(n, s->label, "");
    marker_style(n, s, ev);
    evg_cg_set(n, s->tooltip, tip);
    return n;
}

static void add_event_label(Agraph_t *g, const tl_syms *s, const tl_plan *p, const tl_item *it,
                            const char *label)
{
    char name[64];
    double x = it->xr + TL_GAP, w = it->xend - x;
    snprintf(name, sizeof name, "l%zu", it->ev);
    Agnode_t *n = place(g, s, name, x + w / 2, evg_tl_row_y(p, it->lane, it->row), w, TL_ROW_H - 4);
    evg_cg_set(n, s->shape, "plaintext");
    evg_cg_set(n, s->style, "solid");
    evg_cg_set(n, s->label, label);
}

/* Labelled markers first (pass 0), then the copies (pass 1), each copy
 * joined to its event's labelled marker. */
static void add_events(Agraph_t *g, const tl_syms *s, const tl_plan *p)
{
    Agnode_t **primary = evg_xcalloc(p->m->nevents + 1, sizeof *primary);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < p->items.n; i++) {
            const tl_item *it = &p->items.v[i];
            if (it->primary != !pass) continue;
            evg_buf lab = {0};
            evg_tl_label(&lab, p->m, &p->m->events[it->ev]);
            Agnode_t *n = add_marker(g, s, p, it, evg_w_str(&lab));
            if (it->primary) {
                primary[it->ev] = n;
                if (it->labelled) add_event_label(g, s, p, it, evg_w_str(&lab));
            } else if (primary[it->ev]) {
                line(g, primary[it->ev], n, "#888888", "dashed");
            }
            evg_buf_free(&lab);
        }
    }
    free(primary);
}

/* ---- frame: lanes, axis, undated column, legend ---- */

static void add_lanes(Agraph_t *g, const tl_syms *s, const tl_plan *p)
{
    char name[32];
    double right = p->x_right + 10;
    for (int k = 0; k < p->nlanes; k++) {
        evg_buf b = {0};
        evg_buf_puts(&b, EVG_LRM);
        if (p->lane_actor[k] >= 0) evg_w_dot_actor(&b, &p->m->actors[p->lane_actor[k]]);
        else evg_buf_puts(&b, "other");
        double mid = p->lane_top[k] - (p->lane_rows[k] * TL_ROW_H + TL_LANE_PAD) / 2;
        double w = (double)evg_w_chars(evg_w_str(&b)) * 11 * 0.6 + 4;
        snprintf(name, sizeof name, "lane%d", k);
        text(g, s, name, TL_FRAME_LEFT - 8 - w / 2, mid, evg_w_str(&b), 11);
        evg_buf_free(&b);
        snprintf(name, sizeof name, "sepL%d", k);
        Agnode_t *l = anchor(g, s, name, TL_FRAME_LEFT, p->lane_top[k]);
        snprintf(name, sizeof name, "sepR%d", k);
        line(g, l, anchor(g, s, name, right, p->lane_top[k]), "#dddddd", NULL);
    }
}

static void add_axis(Agraph_t *g, const tl_syms *s, const tl_plan *p)
{
    char name[32];
    double top = p->nlanes ? p->lane_top[0] : 30;
    if (!p->ticks.n) return;
    Agnode_t *a = anchor(g, s, "axisL", 0, 0), *b = anchor(g, s, "axisR", p->x_end, 0);
    line(g, a, b, "#333333", NULL);
    for (size_t i = 0; i < p->ticks.n; i++) {
        double x = evg_tl_x(p, p->ticks.v[i].day);
        snprintf(name, sizeof name, "tick%zu", i);
        Agnode_t *t = place(g, s, name, x, 0, 3, 3);
        evg_cg_set(t, s->shape, "point");
        evg_cg_set(t, s->fill, "#333333");
        snprintf(name, sizeof name, "grid%zu", i);
        line(g, t, anchor(g, s, name, x, top), "#eeeeee", NULL);
        snprintf(name, sizeof name, "ticklabel%zu", i);
        text(g, s, name, x, -12, p->ticks.v[i].label, 9);
    }
}

static void add_undated(Agraph_t *g, const tl_syms *s, const tl_plan *p)
{
    double top = p->nlanes ? p->lane_top[0] : 30, x = p->x_undated - TL_UNDATED_GAP / 2;
    if (!p->nundated) return;
    Agnode_t *a = anchor(g, s, "undatedB", x, -20), *b = anchor(g, s, "undatedT", x, top);
    line(g, a, b, "#999999", "dashed");
    text(g, s, "undatedlabel", p->x_undated + 20, -12, "undated", 10);
}

static void add_legend(Agraph_t *g, const tl_syms *s)
{
    static const char *const roots[] = {"03", "07", "11", "18"};
    static const char *const keys[][2] = {{"vague1", "month/year: dotted, translucent"},
                                          {"vague2", "planned/possible: dashed"}};
    char name[32];
    double x = 0;
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "legend%d", i);
        const char *fam = evg_style_root_family(roots[i]);
        double w = (double)strlen(fam) * 5.5 + 10;
        Agnode_t *n = place(g, s, name, x + w / 2, -42, w, 16);
        evg_cg_set(n, s->fill, evg_style_root_colour(roots[i]));
        evg_cg_set(n, s->label, fam);
        x += w + 8;
    }
    for (int i = 0; i < 2; i++) {
        double w = (double)strlen(keys[i][1]) * 5.5 + 10;
        Agnode_t *n = place(g, s, keys[i][0], x + w / 2, -42, w, 16);
        evg_cg_set(n, s->fill, "white");
        evg_cg_set(n, s->style, i == 0 ? "filled,dotted" : "filled,dashed");
        evg_cg_set(n, s->label, keys[i][1]);
        x += w + 8;
    }
}

static void add_title(Agraph_t *g, const tl_plan *p, size_t total)
{
    evg_buf t = {0};
    if (total > p->m->nevents)
        evg_buf_printf(&t, "evgraph timeline: the %zu most reported of %zu events (%zu dated, %zu undated);"
                       " narrow it with --from, --to, --actor or --code", p->m->nevents, total, p->ndated,
                       p->nundated);
    else
        evg_buf_printf(&t, "evgraph timeline: %zu events (%zu dated, %zu undated)", p->m->nevents, p->ndated,
                       p->nundated);
    if (p->nunlabelled)
        evg_buf_printf(&t, "; %zu events in crowded lanes are drawn without a label (it shows when"
                       " the pointer is on the marker)", p->nunlabelled);
    evg_cg_setn(g, "label", evg_w_str(&t));
    evg_buf_free(&t);
}

int evg_timeline_build(evg_ctx *ctx, const evg_model *full, Agraph_t **out)
{
    tl_plan p;
    tl_syms s;
    evg_model view;
    *out = NULL;
    Agraph_t *g = evg_cg_open("timeline", 0);
    if (!g) return evg_error(ctx, EVG_ERENDER, "Graphviz could not create the timeline graph");
    evg_export_readable(full, &view);
    const evg_model *m = &view;
    evg_tl_plan(&p, m, ctx->opts.top > 0 ? ctx->opts.top : EVG_TIMELINE_LANES);
    declare(g, &s);
    add_title(g, &p, full->nevents);
    add_axis(g, &s, &p);
    add_lanes(g, &s, &p);
    add_undated(g, &s, &p);
    add_events(g, &s, &p);
    add_legend(g, &s);
    evg_tl_plan_free(&p);
    if (view.events != full->events) free(view.events);
    *out = g;
    return 0;
}

int evg_export_timeline_dot(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    Agraph_t *g = NULL;
    int rc = evg_timeline_build(ctx, m, &g);
    if (rc == 0) rc = evg_cg_write(ctx, g, out, "timeline DOT");
    if (g) agclose(g);
    return rc;
}

int evg_export_timeline_svg(evg_ctx *ctx, const evg_model *m, FILE *out)
{
    Agraph_t *g = NULL;
    int rc = evg_timeline_build(ctx, m, &g);
    if (rc == 0) rc = evg_svg_render(ctx, g, "nop", out, "timeline SVG");
    if (g) agclose(g);
    return rc;
}

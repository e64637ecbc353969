/*
 * timelinejs.c - the dated events in TimelineJS 3 JSON (Knight Lab's web
 * timeline): {"title": {...}, "events": [{start_date, end_date, text,
 * group, display_date, unique_id}]}.  The group is the event's lane in the
 * timeline picture: its first actor when that actor is one of the top N by
 * PageRank (--top), else "other", so TimelineJS shows the same rows as the
 * picture (one row per group).  TimelineJS needs a start date, so
 * undated events are left out (the title says how many).  A year or month
 * value gives only those fields, so the viewer shows the vagueness; other
 * values give days.  TimelineJS renders text as HTML, so text is
 * HTML-escaped (evg_w_xml) before JSON escaping (evg_json_str).
 */
#include "timeline_int.h"

#include <errno.h>

/* Which fields of the date to give: 1 year, 2 year+month, 3 day. */
static int precision(const evg_m_event *ev)
{
    const char *v = ev->date_value ? ev->date_value : "";
    if (!evg_tl_vague(ev)) return 3;
    if (strlen(v) == 4) return 1;
    if (strlen(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1') return 2;
    return 3;
}

static void date_obj(evg_buf *b, int32_t day, int prec)
{
    int y, m, d;
    evg_civil_from_days(day, &y, &m, &d);
    evg_buf_printf(b, "{\"year\": %d", y);
    if (prec >= 2) evg_buf_printf(b, ", \"month\": %d", m);
    if (prec >= 3) evg_buf_printf(b, ", \"day\": %d", d);
    evg_buf_puts(b, "}");
}

/* JSON string holding s HTML-escaped. */
static void html_str(evg_buf *b, const char *s)
{
    evg_buf h = {0};
    evg_w_xml(&h, s);
    evg_json_str(b, evg_w_str(&h));
    evg_buf_free(&h);
}

static void actors_text(evg_buf *t, const evg_model *m, const evg_m_event *ev)
{
    for (int j = 0; j < ev->nactors; j++) {
        int a = ev->actors[j].actor;
        if (a < 0 || (size_t)a >= m->nactors) continue;
        evg_buf_puts(t, t->n ? ", " : "");
        evg_buf_puts(t, m->actors[a].name && *m->actors[a].name ? m->actors[a].name : m->actors[a].id);
        if (m->actors[a].name_en && *m->actors[a].name_en) evg_buf_printf(t, " (%s)", m->actors[a].name_en);
        evg_buf_printf(t, " [%s]", evg_role_name(ev->actors[j].role));
    }
}

/* The name of the lane the event's label sits in (its first actor's). */
static const char *group(const tl_plan *p, const evg_m_event *ev)
{
    int lane = -1;
    for (int j = 0; j < ev->nactors && lane < 0; j++) {
        int a = ev->actors[j].actor;
        if (a >= 0 && (size_t)a < p->m->nactors) lane = p->lane_of[a];
    }
    int a = lane >= 0 && lane < p->nlanes ? p->lane_actor[lane] : -1;
    if (a < 0) return "other";
    const evg_m_actor *x = &p->m->actors[a];
    return x->name_en && *x->name_en ? x->name_en : x->name && *x->name ? x->name : x->id;
}

static void event(evg_buf *b, const tl_plan *p, const evg_m_event *ev)
{
    const evg_model *m = p->m;
    int prec = precision(ev);
    evg_buf t = {0};
    evg_buf_printf(b, "{\"unique_id\": \"e%ld\", \"start_date\": ", ev->id);
    date_obj(b, ev->begin, prec);
    if (ev->end != ev->begin) {
        evg_buf_puts(b, ", \"end_date\": ");
        date_obj(b, ev->end, prec);
    }
    evg_buf_puts(b, ", \"display_date\": ");
    evg_json_str(b, ev->date_value);
    evg_buf_puts(b, ", \"group\": ");
    html_str(b, group(p, ev));
    evg_buf_puts(b, ",\n   \"text\": {\"headline\": ");
    evg_buf_printf(&t, "%s %s%s", ev->code ? ev->code : "", ev->label ? ev->label : "",
                   ev->modality ? " (" : "");
    if (ev->modality) evg_buf_printf(&t, "%s)", evg_modality_name(ev->modality));
    html_str(b, evg_w_str(&t));
    t.n = 0;
    actors_text(&t, m, ev);
    evg_buf_printf(&t, "%s%s", t.n ? ". " : "", ev->sentence ? ev->sentence : "");
    evg_buf_puts(b, ", \"text\": ");
    html_str(b, evg_w_str(&t));
    evg_buf_puts(b, "}}");
    evg_buf_free(&t);
}

/* The title slide: how many events there are, and which are shown. */
static void title(evg_buf *b, const evg_model *full, const evg_model *m)
{
    size_t undated = 0;
    for (size_t i = 0; i < full->nevents; i++) undated += full->events[i].begin == EVG_NODATE;
    evg_buf_printf(b, "{\"title\": {\"text\": {\"headline\": \"evgraph timeline\", "
                      "\"text\": \"%zu dated events (%zu undated events not shown)", full->nevents - undated, undated);
    if (m->nevents < full->nevents)
        evg_buf_printf(b, "; the %zu most reported events are shown", m->nevents);
    evg_buf_puts(b, "\"}},\n \"events\": [");
}

int evg_export_timelinejs(evg_ctx *ctx, const evg_model *full, FILE *out)
{
    evg_buf b = {0};
    evg_model view;
    size_t n = 0;
    int bad;
    errno = 0;
    evg_export_readable(full, &view);
    const evg_model *m = &view;
    tl_plan p;
    evg_tl_plan(&p, m, ctx->opts.top > 0 ? ctx->opts.top : EVG_TIMELINE_LANES);
    title(&b, full, m);
    bad = evg_w_flush(&b, out);
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *ev = &m->events[i];
        if (ev->begin == EVG_NODATE || ev->end == EVG_NODATE) continue;
        evg_buf_puts(&b, n++ ? ",\n  " : "\n  ");
        event(&b, &p, ev);
        bad |= evg_w_flush(&b, out);
    }
    evg_buf_puts(&b, "]}\n");
    bad |= evg_w_flush(&b, out);
    evg_buf_free(&b);
    evg_tl_plan_free(&p);
    if (view.events != full->events) free(view.events);
    return evg_w_finish(ctx, out, bad, "TimelineJS JSON");
}

/*
 * tl_plan.c - where everything on the timeline goes (see timeline_int.h).
 *
 * Steps: choose the lanes (actors by PageRank, at most max_lanes, the rest
 * folded into "other"); make one item per event and lane it touches (the
 * first carries the label); choose the axis unit (days, weeks, months or
 * years) from the time span and snap the ends to it; give each item its x
 * extent; and pack items into rows inside each lane so neither markers nor
 * labels overlap (greedy, first row with room, at most TL_MAX_ROWS rows with
 * labels).  When a lane is that crowded, further events are drawn without a
 * label (it stays in the marker's tooltip) in at most TL_CROWD_ROWS extra
 * rows of bare markers, so text never lands on text.  Label widths are
 * estimates from character counts: fonts are only known to Graphviz.
 */
#include "timeline_int.h"

#define TL_TARGET_W 1200.0
#define TL_MAX_TICKS 16
#define TL_MAX_ROWS 40
#define TL_CROWD_ROWS 8

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* ---- lanes ---- */

/* A lane candidate: ordered by PageRank, then events, then index (the
 * sort keys travel with it: qsort has no payload, and no state is shared). */
typedef struct lane_rank { double pagerank; long count; int a; } lane_rank;

static int actor_cmp(const void *x, const void *y)
{
    const lane_rank *p = x, *q = y;
    if (p->pagerank != q->pagerank) return p->pagerank > q->pagerank ? -1 : 1;
    if (p->count != q->count) return p->count > q->count ? -1 : 1;
    return p->a < q->a ? -1 : p->a > q->a;
}

static int valid_actor(const evg_model *m, int a)
{
    return a >= 0 && (size_t)a < m->nactors;
}

/* Events per actor; returns 1 when some event has no valid actor. */
static int count_events(const evg_model *m, long *count)
{
    int orphan = 0;
    for (size_t i = 0; i < m->nevents; i++) {
        int any = 0;
        for (int j = 0; j < m->events[i].nactors; j++) {
            int a = m->events[i].actors[j].actor;
            if (valid_actor(m, a)) count[a]++, any = 1;
        }
        orphan |= !any;
    }
    return orphan;
}

static void choose_lanes(tl_plan *p, int max_lanes)
{
    const evg_model *m = p->m;
    long *count = evg_xcalloc(m->nactors + 1, sizeof *count);
    lane_rank *order = evg_xcalloc(m->nactors + 1, sizeof *order);
    int orphan = count_events(m, count), n = 0;
    for (size_t a = 0; a < m->nactors; a++)
        if (count[a]) order[n++] = (lane_rank){m->actors[a].pagerank, count[a], (int)a};
    qsort(order, (size_t)n, sizeof *order, actor_cmp);
    int k = n < max_lanes ? n : max_lanes;
    int other = orphan || n > k;
    p->nlanes = k + other;
    p->lane_actor = evg_xcalloc((size_t)p->nlanes + 1, sizeof *p->lane_actor);
    p->lane_of = evg_xcalloc(m->nactors + 1, sizeof *p->lane_of);
    for (size_t a = 0; a < m->nactors; a++) p->lane_of[a] = k;
    for (int i = 0; i < k; i++) {
        p->lane_actor[i] = order[i].a;
        p->lane_of[order[i].a] = i;
    }
    if (other) p->lane_actor[k] = -1;
    free(order);
    free(count);
}

/* ---- items ---- */

static void add_items(tl_plan *p)
{
    const evg_model *m = p->m;
    int *seen = evg_xcalloc((size_t)p->nlanes + 1, sizeof *seen);
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *ev = &m->events[i];
        int dated = ev->begin != EVG_NODATE && ev->end != EVG_NODATE && ev->end >= ev->begin;
        int first = 1;
        memset(seen, 0, ((size_t)p->nlanes + 1) * sizeof *seen);
        for (int j = 0; j <= ev->nactors; j++) {
            int lane;
            if (j < ev->nactors) {
                if (!valid_actor(m, ev->actors[j].actor)) continue;
                lane = p->lane_of[ev->actors[j].actor];
            } else if (first) lane = p->nlanes - 1;  /* no actor: the "other" lane */
            else break;
            if (seen[lane]) continue;
            seen[lane] = 1;
            tl_item it = {i, lane, first, dated, 0, 0, 0, 0, 0};
            evg_vec_push(&p->items, it);
            first = 0;
        }
        dated ? p->ndated++ : p->nundated++;
    }
    free(seen);
}

/* ---- axis ---- */

enum unit { U_DAY, U_MONTH, U_YEAR };

static void date_range(const tl_plan *p, int32_t *lo, int32_t *hi)
{
    *lo = INT32_MAX;
    *hi = INT32_MIN;
    for (size_t i = 0; i < p->items.n; i++) {
        const evg_m_event *ev = &p->m->events[p->items.v[i].ev];
        if (!p->items.v[i].dated) continue;
        if (ev->begin < *lo) *lo = ev->begin;
        if (ev->end + 1 > *hi) *hi = ev->end + 1;
    }
}

/* Unit and step for a span of days, so there are at most TL_MAX_TICKS ticks. */
static void choose_unit(int32_t span, int *unit, int *step)
{
    static const int day_steps[] = {1, 2, 7, 14}, month_steps[] = {1, 2, 3, 6},
                     year_steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    for (size_t i = 0; i < 4; i++)
        if (span / day_steps[i] <= TL_MAX_TICKS) { *unit = U_DAY; *step = day_steps[i]; return; }
    for (size_t i = 0; i < 4; i++)
        if (span / 30 / month_steps[i] <= TL_MAX_TICKS) { *unit = U_MONTH; *step = month_steps[i]; return; }
    *unit = U_YEAR;
    *step = 1000;
    for (size_t i = 0; i < sizeof year_steps / sizeof *year_steps; i++)
        if (span / 365 / year_steps[i] <= TL_MAX_TICKS) { *step = year_steps[i]; return; }
}

/* Day of the first tick at or before day, for unit/step. */
static int32_t snap_down(int32_t day, int unit, int step)
{
    int y, mo, d;
    evg_civil_from_days(day, &y, &mo, &d);
    if (unit == U_DAY) return day;
    if (unit == U_MONTH) return evg_days_from_civil(y, mo - (mo - 1) % step, 1);
    int yy = y - ((y % step) + step) % step;
    return evg_days_from_civil(yy, 1, 1);
}

static int32_t next_tick(int32_t day, int unit, int step)
{
    int y, mo, d;
    evg_civil_from_days(day, &y, &mo, &d);
    if (unit == U_DAY) return day + step;
    if (unit == U_YEAR) return evg_days_from_civil(y + step, 1, 1);
    mo += step;
    while (mo > 12) mo -= 12, y++;
    return evg_days_from_civil(y, mo, 1);
}

static void tick_label(int32_t day, int unit, char *out, size_t n)
{
    int y, mo, d;
    evg_civil_from_days(day, &y, &mo, &d);
    if (unit == U_DAY) snprintf(out, n, "%d %s %d", d, month_abbr[mo - 1], y);
    else if (unit == U_MONTH) snprintf(out, n, "%s %d", month_abbr[mo - 1], y);
    else snprintf(out, n, "%d", y);
}

static void choose_axis(tl_plan *p)
{
    int32_t lo, hi;
    int unit, step;
    date_range(p, &lo, &hi);
    if (lo > hi) return;              /* nothing dated */
    choose_unit(hi - lo, &unit, &step);
    if (unit == U_DAY) lo -= 1, hi += 1;
    p->t0 = snap_down(lo, unit, step);
    int32_t t = p->t0;
    while (1) {
        tl_tick tk = {t, ""};
        tick_label(t, unit, tk.label, sizeof tk.label);
        evg_vec_push(&p->ticks, tk);
        if (t >= hi) break;
        t = next_tick(t, unit, step);
    }
    p->t1 = t;
    double s = TL_TARGET_W / (double)(p->t1 - p->t0);
    p->scale = s < 0.02 ? 0.02 : s > 60 ? 60 : s;
    p->x_end = evg_tl_x(p, p->t1);
}

double evg_tl_x(const tl_plan *p, int32_t day)
{
    return p->scale * (double)(day - p->t0);
}

/* ---- labels ---- */

/* Estimated width in points of a DOT label made of \l-ended lines. */
static double label_width(const char *s)
{
    size_t best = 0, cur = 0;
    for (const unsigned char *q = (const unsigned char *)s; *q; q++) {
        if (*q == '\\' && q[1] == 'l') { best = cur > best ? cur : best; cur = 0; q++; continue; }
        if (*q == '\\' && q[1]) q++;
        if ((*q & 0xC0) != 0x80) cur++;
    }
    best = cur > best ? cur : best;
    return (double)best * TL_CHAR_W;
}

int evg_tl_vague(const evg_m_event *ev)
{
    return ev->begin != EVG_NODATE && ev->end != ev->begin && !strchr(ev->date_value ? ev->date_value : "", '/');
}

/* ---- extents and rows ---- */

static void item_extent(tl_plan *p, tl_item *it)
{
    const evg_m_event *ev = &p->m->events[it->ev];
    if (it->dated) {
        it->xl = evg_tl_x(p, ev->begin);
        it->xr = evg_tl_x(p, ev->end + 1);
    } else {
        it->xl = p->x_undated;
        it->xr = it->xl + TL_MIN_W;
    }
    if (it->xr - it->xl < TL_MIN_W) {
        double c = (it->xl + it->xr) / 2;
        it->xl = c - TL_MIN_W / 2;
        it->xr = c + TL_MIN_W / 2;
    }
    it->xend = it->xr;
    it->labelled = it->primary;
    if (it->primary) {
        evg_buf b = {0};
        evg_tl_label(&b, p->m, ev);
        it->xend += TL_GAP + label_width(evg_w_str(&b));
        evg_buf_free(&b);
    }
    if (it->xend > p->x_right) p->x_right = it->xend;
}

static int item_cmp(const void *x, const void *y)
{
    const tl_item *a = x, *b = y;
    if (a->lane != b->lane) return a->lane < b->lane ? -1 : 1;
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->xl != b->xl) return a->xl < b->xl ? -1 : 1;
    return a->ev < b->ev ? -1 : a->ev > b->ev;
}

/* Row whose right end is leftmost (where an overlap hides least). */
static size_t least_full(const double *ends, size_t n)
{
    size_t best = 0;
    for (size_t r = 1; r < n; r++)
        if (ends[r] < ends[best]) best = r;
    return best;
}

typedef EVG_VEC(double) tl_ends;   /* right end of each row of one lane */

/* First row in [from, to) free at x, or to. */
static size_t free_row(const tl_ends *ends, size_t from, size_t to, double x)
{
    for (size_t r = from; r < to; r++)
        if (ends->v[r] + TL_GAP <= x) return r;
    return to;
}

/* Row for it (ends->n: a new row).  Labelled items use the first
 * TL_MAX_ROWS rows; when those are full the item loses its label and joins
 * the bare markers, which may also use TL_CROWD_ROWS rows below; past those,
 * the crowd row whose end is leftmost takes it. */
static size_t pick_row(tl_plan *p, const tl_ends *ends, tl_item *it)
{
    size_t label_rows = ends->n < TL_MAX_ROWS ? ends->n : TL_MAX_ROWS;
    size_t r = free_row(ends, 0, it->labelled ? label_rows : ends->n, it->xl);
    if (r < (it->labelled ? label_rows : ends->n)) return r;
    if (it->labelled && ends->n < TL_MAX_ROWS) return ends->n;
    if (it->labelled) {
        it->labelled = 0;
        it->xend = it->xr;
        p->nunlabelled++;
        r = free_row(ends, TL_MAX_ROWS, ends->n, it->xl);
        if (r < ends->n) return r;
    }
    if (ends->n < TL_MAX_ROWS + TL_CROWD_ROWS) return ends->n;
    return TL_MAX_ROWS + least_full(ends->v + TL_MAX_ROWS, ends->n - TL_MAX_ROWS);
}

/* Items are sorted by lane then x: each lane is one greedy pass, so a crowd
 * of events cannot make the picture arbitrarily tall (pick_row). */
static void pack_rows(tl_plan *p)
{
    tl_ends ends = {0};
    p->lane_rows = evg_xcalloc((size_t)p->nlanes + 1, sizeof *p->lane_rows);
    for (size_t i = 0; i < p->items.n; i++) {
        tl_item *it = &p->items.v[i];
        if (i == 0 || it->lane != p->items.v[i - 1].lane) ends.n = 0;
        size_t r = pick_row(p, &ends, it);
        if (r == ends.n) evg_vec_push(&ends, it->xend);
        if (it->xend > ends.v[r]) ends.v[r] = it->xend;
        it->row = (int)r;
        if ((int)ends.n > p->lane_rows[it->lane]) p->lane_rows[it->lane] = (int)ends.n;
    }
    free(ends.v);
}

static void stack_lanes(tl_plan *p)
{
    double total = 0;
    p->lane_top = evg_xcalloc((size_t)p->nlanes + 1, sizeof *p->lane_top);
    for (int k = 0; k < p->nlanes; k++) {
        if (p->lane_rows[k] < 1) p->lane_rows[k] = 1;
        total += p->lane_rows[k] * TL_ROW_H + TL_LANE_PAD;
    }
    double y = 30 + total;
    for (int k = 0; k < p->nlanes; k++) {
        p->lane_top[k] = y;
        y -= p->lane_rows[k] * TL_ROW_H + TL_LANE_PAD;
    }
}

double evg_tl_row_y(const tl_plan *p, int lane, int row)
{
    return p->lane_top[lane] - TL_LANE_PAD / 2 - TL_ROW_H * (row + 0.5);
}

void evg_tl_plan(tl_plan *p, const evg_model *m, int max_lanes)
{
    memset(p, 0, sizeof *p);
    p->m = m;
    p->scale = 1;
    choose_lanes(p, max_lanes);
    add_items(p);
    choose_axis(p);
    p->x_right = p->x_end;
    if (p->nundated) p->x_undated = p->x_end + TL_UNDATED_GAP;
    for (size_t i = 0; i < p->items.n; i++) item_extent(p, &p->items.v[i]);
    if (p->items.n) qsort(p->items.v, p->items.n, sizeof *p->items.v, item_cmp);
    pack_rows(p);
    stack_lanes(p);
}

void evg_tl_plan_free(tl_plan *p)
{
    free(p->lane_actor);
    free(p->lane_of);
    free(p->lane_rows);
    free(p->lane_top);
    free(p->items.v);
    free(p->ticks.v);
}

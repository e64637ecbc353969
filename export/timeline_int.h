/*
 * timeline_int.h - the plan of the timeline view, shared by tl_plan.c (which
 * computes it) and timeline.c (which turns it into a cgraph graph).
 *
 * All coordinates are Graphviz points with y pointing up.  The time axis runs
 * along y = 0; x = scale * (day - t0) for dated events, so distances are true
 * to time.  Lanes are stacked above the axis, lane 0 (highest PageRank) on
 * top; the last lane may be "other" (actors beyond the top N and events with
 * no actor).  Undated events sit in a separate column right of the dated
 * area, never at a made-up date.
 */
#ifndef EVG_TIMELINE_INT_H
#define EVG_TIMELINE_INT_H

#include "export_int.h"

#define TL_ROW_H 40.0       /* height of one row of markers in a lane */
#define TL_LANE_PAD 12.0    /* space between lanes */
#define TL_MARK_H 14.0      /* marker height */
#define TL_MIN_W 8.0        /* narrowest marker */
#define TL_GAP 6.0          /* between a marker and its label, and between items */
#define TL_FONT 9.0         /* event label font size */
#define TL_CHAR_W 5.2       /* estimated width of one label character at TL_FONT */
#define TL_UNDATED_GAP 70.0 /* from the end of the dated area to the undated column */

typedef struct tl_item {
    size_t ev;              /* index in model->events */
    int lane;
    int primary;            /* 1: carries the label; 0: a copy in another actor's lane */
    int dated;
    double xl, xr;          /* marker extent */
    double xend;            /* right end of marker plus label */
    int row;                /* row inside the lane, 0 = top */
    int labelled;           /* 1: the label is drawn (primary items with room for it) */
} tl_item;

typedef struct tl_tick {
    int32_t day;
    char label[32];
} tl_tick;

typedef struct tl_plan {
    const evg_model *m;
    int nlanes;
    int *lane_actor;        /* per lane: actor index, -1 for "other" */
    int *lane_of;           /* per actor: lane */
    int *lane_rows;         /* rows used in each lane (at least 1) */
    double *lane_top;       /* y of the top edge of each lane */
    EVG_VEC(tl_item) items;
    EVG_VEC(tl_tick) ticks;
    int32_t t0, t1;         /* axis covers days [t0, t1) */
    double scale;           /* points per day */
    double x_end;           /* right end of the dated area */
    double x_undated;       /* left edge of the undated column, or 0 when none */
    double x_right;         /* right end of everything */
    size_t ndated, nundated;
    size_t nunlabelled;     /* primary items left without a label in a crowd */
} tl_plan;

/* tl_plan.c */
void evg_tl_plan(tl_plan *p, const evg_model *m, int max_lanes);
void evg_tl_plan_free(tl_plan *p);
double evg_tl_x(const tl_plan *p, int32_t day);
double evg_tl_row_y(const tl_plan *p, int lane, int row);
/* Event label lines in DOT form (left-justified lines ending in \l). */
void evg_tl_label(evg_buf *b, const evg_model *m, const evg_m_event *ev);

#endif

/*
 * fixture_model.h - hand-built evg_model values for tests/test_graph.c and
 * tests/test_export.c (header only; every function is static).
 *
 * fx_new() starts an empty model; fx_actor() and fx_event() append; fx_free()
 * releases everything (the store's evg_model_free is not used, so these tests
 * do not depend on how the store allocates).  fx_hostile() is a small
 * collection with dated, ranged, month-precision, planned and undated events
 * and names that try to break DOT, XML, JSON and bidi display; its fifth
 * actor is only the place of an event.
 */
#ifndef EVG_FIXTURE_MODEL_H
#define EVG_FIXTURE_MODEL_H

#include <stdarg.h>
#include "internal.h"

static evg_model *fx_new(void)
{
    return evg_xcalloc(1, sizeof(evg_model));
}

static int fx_actor(evg_model *m, const char *id, const char *name, const char *name_en)
{
    m->actors = evg_xrealloc(m->actors, (m->nactors + 1) * sizeof *m->actors);
    evg_m_actor *a = &m->actors[m->nactors];
    memset(a, 0, sizeof *a);
    a->id = evg_xstrdup(id);
    a->name = evg_xstrdup(name);
    a->name_en = evg_xstrdup(name_en);
    a->type = evg_xstrdup("PER");
    a->country = evg_xstrdup("XXX");
    a->role = evg_xstrdup("GOV");
    return (int)m->nactors++;
}

/* Append an event; nact actor indices follow (first = source, second =
 * target, the rest participants).  value "" means undated. */
static evg_m_event *fx_event(evg_model *m, const char *code, const char *label, const char *value,
                             int modality, int nact, ...)
{
    m->events = evg_xrealloc(m->events, (m->nevents + 1) * sizeof *m->events);
    evg_m_event *e = &m->events[m->nevents];
    memset(e, 0, sizeof *e);
    e->id = (long)m->nevents + 1;
    e->code = evg_xstrdup(code);
    e->root = evg_xstrndup(code, 2);
    e->label = evg_xstrdup(label);
    e->date_value = evg_xstrdup(value);
    evg_value_range(value, &e->begin, &e->end);
    e->modality = modality;
    e->location = -1;
    e->actors = evg_xcalloc((size_t)(nact ? nact : 1), sizeof *e->actors);
    va_list ap;
    va_start(ap, nact);
    for (int i = 0; i < nact; i++) {
        e->actors[i].actor = va_arg(ap, int);
        e->actors[i].role = i == 0 ? EVG_ROLE_SOURCE : i == 1 ? EVG_ROLE_TARGET : EVG_ROLE_PARTICIPANT;
    }
    va_end(ap);
    e->nactors = nact;
    e->nmentions = 1;
    e->sentence = evg_xstrdup("A sentence with \"quotes\" and \\ backslash.");
    e->doc = evg_xstrdup("doc.txt");
    e->confidence = 0.5;
    m->nevents++;
    return e;
}

static void fx_free(evg_model *m)
{
    for (size_t i = 0; i < m->nactors; i++) {
        evg_m_actor *a = &m->actors[i];
        free(a->id); free(a->name); free(a->name_en); free(a->type); free(a->country); free(a->role);
    }
    for (size_t i = 0; i < m->nevents; i++) {
        evg_m_event *e = &m->events[i];
        free(e->code); free(e->root); free(e->label); free(e->date_value);
        free(e->actors); free(e->sentence); free(e->doc);
    }
    free(m->actors);
    free(m->events);
    free(m);
}

/* Names chosen to break escaping: quotes, backslashes (with \N and \G that
 * Graphviz would expand), markup, an entity-looking ampersand, a newline, a
 * control character and a right-to-left override (U+202E). */
static evg_model *fx_hostile(void)
{
    evg_model *m = fx_new();
    int a = fx_actor(m, "kim", "\xD9\x83\xD9\x8A\xD9\x85 \"\xD8\xAC\xD9\x88\xD9\x86\xD8\xAC\"", "Kim \"Jong\" Un");
    int b = fx_actor(m, "lavrov", "\xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81", "C:\\new\\Nfile\\G \\");
    int c = fx_actor(m, "evil", "<script>alert(1)</script>", "AT&T &bogus; &amp; \xE2\x80\xAE" "evil");
    int d = fx_actor(m, "ctl", "line\nbreak\x01here", "tab\there");
    int place = fx_actor(m, "wonsan", "\xD9\x88\xD9\x88\xD9\x86\xD8\xB3\xD8\xA7\xD9\x86", "Wonsan");
    fx_event(m, "043", "host a visit", "2025-07-12", EVG_MODAL_ASSERTED, 2, b, a)->location = place;
    fx_event(m, "036", "express intent to meet", "2025-07-25/2025-07-27", EVG_MODAL_PLANNED, 2, a, b);
    fx_event(m, "190", "use conventional military force", "2024-06", EVG_MODAL_ASSERTED, 2, c, d);
    fx_event(m, "057", "sign formal agreement", "2023", EVG_MODAL_POSSIBLE, 3, a, c, b);
    fx_event(m, "112", "accuse <b>\"x\"</b> \\N", "", EVG_MODAL_NEGATED, 2, d, a);
    fx_event(m, "172", "impose sanctions", "XXXX-07-12", EVG_MODAL_ASSERTED, 1, c);
    fx_event(m, "020", "appeal", "2025-09-01", EVG_MODAL_ASSERTED, 0);
    return m;
}

#endif

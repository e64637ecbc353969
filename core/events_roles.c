/*
 * events_roles.c - argument rules of the events stage that look past the
 * trigger word itself: the dateline place ("طهران - وصل ...", "KYIV - ..."),
 * light verbs that carry a nominal event ("عقد ... محادثات", "أجرى زيارة",
 * "held talks", "paid a visit"), dual anaphors standing for the two actors
 * of the previous event ("البلدين", "زعيما البلدين", "the two governments")
 * and statement verbs that only continue an earlier statement ("أضاف",
 * "added").  The word lists are closed grammatical classes, folded, written
 * here rather than in data/.  Exports the evt_* functions declared under
 * "events_roles.c" in events_int.h.  Reads the sentence's working set
 * (struct sent, filled by events_sentence.c); events.c, events_args.c,
 * events_date.c, events_modality.c and the other stage files use them.
 */
#include "events_int.h"

#include <ctype.h>

/* ---- dateline ---- */

/* A token starts a line when only spaces separate it from a newline. */
static int starts_line(const evg_doc *d, int32_t i)
{
    if (i <= 0) return 1;
    const char *raw = d->raw.p;
    for (int32_t b = d->tokens.v[i].os - 1; b >= d->tokens.v[i - 1].oe; b--) {
        if (raw[b] == '\n') return 1;
    }
    return 0;
}

static int is_dash(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94", NULL};
    return i >= 0 && (size_t)i < d->tokens.n && d->tokens.v[i].kind == EVG_TOK_PUNCT && tok_in(d, i, p);
}

/* "طهران - " / "KYIV - " opening a paragraph names where the report was
 * filed, not an actor of its first sentence. */
int evt_is_dateline_place(const evg_doc *d, const sent *s, const cand *c)
{
    int place = c->e->type && (strcmp(c->e->type, "GPE") == 0 || strcmp(c->e->type, "LOC") == 0);
    if (!place || c->end >= s->end || !is_dash(d, c->end)) return 0;
    return c->first == s->first || starts_line(d, c->first);
}

/* ---- light verbs ---- */

static const char *const light_ar[] = {
    "\xD8\xB9\xD9\x82\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xAF\xD8\xAA", "\xD8\xB9\xD9\x82\xD8\xAF\xD8\xA7",
    "\xD8\xB9\xD9\x82\xD8\xAF\xD8\xAA\xD8\xA7", "\xD8\xB9\xD9\x82\xD8\xAF\xD9\x88\xD8\xA7", /* عقد عقدت عقدا عقدتا عقدوا */
    "\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF", "\xD8\xAA\xD8\xB9\xD9\x82\xD8\xAF",                  /* يعقد تعقد */
    "\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF\xD8\xA7\xD9\x86", "\xD8\xAA\xD8\xB9\xD9\x82\xD8\xAF\xD8\xA7\xD9\x86",
    "\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF\xD9\x88\xD9\x86",                                    /* يعقدان تعقدان يعقدون */
    "\xD8\xB3\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF", "\xD8\xB3\xD8\xAA\xD8\xB9\xD9\x82\xD8\xAF",  /* سيعقد ستعقد */
    "\xD8\xB3\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF\xD8\xA7\xD9\x86", "\xD8\xB3\xD9\x8A\xD8\xB9\xD9\x82\xD8\xAF\xD9\x88\xD9\x86",
    "\xD8\xA7\xD8\xAC\xD8\xB1\xD9\x8A", "\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xAA", "\xD8\xA7\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xA7",
    "\xD8\xA7\xD8\xAC\xD8\xB1\xD8\xAA\xD8\xA7", "\xD8\xA7\xD8\xAC\xD8\xB1\xD9\x88\xD8\xA7", /* اجري اجرت اجريا اجرتا اجروا */
    "\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x8A", "\xD8\xAA\xD8\xAC\xD8\xB1\xD9\x8A",                  /* يجري تجري */
    "\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x86", "\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x88\xD9\x86", /* يجريان يجرون */
    "\xD8\xB3\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x8A", "\xD8\xB3\xD8\xAA\xD8\xAC\xD8\xB1\xD9\x8A",  /* سيجري ستجري */
    "\xD8\xB3\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xA7\xD9\x86", "\xD8\xB3\xD9\x8A\xD8\xAC\xD8\xB1\xD9\x88\xD9\x86",
    "\xD8\xAE\xD8\xA7\xD8\xB6", "\xD8\xAE\xD8\xA7\xD8\xB6\xD8\xAA",                          /* خاض خاضت */
    NULL};
static const char *const light_en[] = {"held", "hold", "holds", "holding", "conducted", "conducts",
                                       "paid", "pays", "paying", "made", "makes", "making", "had",
                                       "have", "has", "having", NULL};

static int is_light_verb(const evg_doc *d, int32_t k)
{
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    if (tok_in(d, k, light_en)) return 1;
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0; /* speed */
    uint8_t *m = d->evt_key_memo ? evg_evt_memo(d, (size_t)k) : NULL; /* speed: asked once (bit 32), answer bit 64 */
    if (m && (*m & 32)) return (*m & 64) != 0;
    int found = 0;
    for (int q = 0; !found && light_ar[q]; q++) found = evt_tok_is_stem(d, k, light_ar[q]);
    if (m) *m |= (uint8_t)(32 | (found ? 64 : 0));
    return found;
}

int evt_is_light_verb(const evg_doc *d, int32_t k)
{
    return is_light_verb(d, k);
}

/* Verbs that convey a sentiment noun ("نقل امتنان", "أعرب عن شكره",
 * "conveyed gratitude", "expressed thanks"). */
static int is_convey_verb(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"conveyed", "conveys", "expressed", "expresses", "extended",
                                     "offered", NULL};
    static const char *const ar[] = {"\xD9\x86\xD9\x82\xD9\x84", "\xD9\x8A\xD9\x86\xD9\x82\xD9\x84", /* نقل ينقل */
                                     "\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8", "\xD9\x8A\xD8\xB9\xD8\xB1\xD8\xA8", /* اعرب يعرب */
                                     "\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8\xD8\xAA", "\xD8\xAA\xD8\xB9\xD8\xB1\xD8\xA8", /* اعربت تعرب */
                                     "\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8\xD8\xA7", "\xD8\xA7\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x88\xD8\xA7", /* اعربا اعربوا */
                                     "\xD9\x82\xD8\xAF\xD9\x85", "\xD9\x88\xD8\xAC\xD9\x87", NULL}; /* قدم وجه */
    if (tok_in(d, k, en)) return 1;
    if (k < 0 || (size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0; /* speed */
    for (int q = 0; ar[q]; q++)
        if (evt_tok_is_stem(d, k, ar[q])) return 1;
    return 0;
}

/* Does the original of token k end in ة (the fold writes it ه), short vowel
 * marks after it skipped? */
static int orig_ta_marbuta(const evg_doc *d, const evg_token *t)
{
    const char *o = d->raw.p;
    int32_t e = t->oe;
    while (e - 2 >= t->os && (unsigned char)o[e - 2] == 0xD9 && (unsigned char)o[e - 1] >= 0x8B &&
           (unsigned char)o[e - 1] <= 0x92)
        e -= 2; /* tanwin, short vowels, shadda, sukun */
    return e - 2 >= t->os && memcmp(o + e - 2, "\xD8\xA9", 2) == 0;
}

/* Does Arabic token k end in a possessive pronoun (ه ها هم هما)?  Not a
 * noun in ة ("إدانة", folded إدانه). */
static int ends_possessive(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    const char *w = d->fold + t->fs;
    int32_t n = t->fe - t->fs, full = n;
    if (n > 4 && memcmp(w + n - 2, "\xD8\xA7", 2) == 0) n -= 2; /* ها هما: drop the final ا */
    if (n > 4 && memcmp(w + n - 2, "\xD9\x85", 2) == 0) n -= 2; /* هم */
    if (n == full && orig_ta_marbuta(d, t)) return 0;
    return n > 4 && memcmp(w + n - 2, "\xD9\x87", 2) == 0;      /* ه */
}

/* The light verb governing nominal meeting or visit hi (or the verb that
 * conveys a sentiment noun of root 05 or an invitation), searched back to
 * token lo (at most 10 tokens, not across a boundary); -1 if none. */
int32_t evt_light_verb(const evg_doc *d, const sent *s, size_t hi, int32_t lo)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED) return -1;
    int meet = strncmp(mt->e->code, "04", 2) == 0;
    int convey = strncmp(mt->e->code, "05", 2) == 0 || strcmp(mt->e->code, "036") == 0;
    /* "أعربت X عن إدانتها/أسفها/رفضها لـ Y": any stance noun with the possessive
     * after عن is conveyed by the verb's subject */
    if (mt->e->lang == EVG_LANG_AR && tok_is(d, mt->first - 1, "\xD8\xB9\xD9\x86") && ends_possessive(d, mt->end - 1))
        convey = 1; /* عن */
    if (!meet && !convey) return -1;
    /* "أعربت X عن أسفها": the conveying verb may be a trigger of its own (أعرب
     * as a statement), which closes the search window at its end */
    if (convey && hi > 0 && s->h.v[hi - 1].mt.first < lo && is_convey_verb(d, s->h.v[hi - 1].mt.first))
        for (size_t k = 0; k < s->c.n; k++) /* only with its subject named between ("الجانبان" is no name) */
            if (s->c.v[k].first > s->h.v[hi - 1].mt.first && s->c.v[k].end <= mt->first &&
                s->c.v[k].prep == PREP_NONE && !s->c.v[k].attrib && s->c.v[k].m >= 0 &&
                (d->mentions.v[s->c.v[k].m].kind == EVG_MEN_NAME || s->c.v[k].end - s->c.v[k].first >= 2)) {
                lo = s->h.v[hi - 1].mt.first;
                break;
            }
    for (int32_t k = mt->first - 1; k >= lo && k >= mt->first - 10; k--) {
        if (evt_is_punct_boundary(d, k) || evt_is_complementizer(d, k)) return -1;
        if (meet ? is_light_verb(d, k) : is_convey_verb(d, k)) return k;
    }
    return -1;
}

/* The person opening the previous sentence of the section, when it is the
 * first named actor there ("X said ... . He called on Y"); -1 if none. */
static int32_t previous_subject_person(const evg_doc *d, const sent *s)
{
    if (s->idx == 0 || d->sentences.v[s->idx - 1].section != s->section) return -1;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->sent != s->idx - 1 || m->kind == EVG_MEN_PRONOUN || m->entity < 0) continue;
        const evg_entity *e = &d->entities.v[m->entity];
        return e->type && strcmp(e->type, "PER") == 0 ? m->entity : -1;
    }
    return -1;
}

/* The source of the latest event with a person as source in this or the
 * previous sentence of the section; -1 if none. */
static int32_t last_person_source(const evg_doc *d, const sent *s)
{
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 1) break;
        for (int a = 0; a < o->nactors; a++) {
            const evg_entity *e = &d->entities.v[o->actors[a].entity];
            if (o->actors[a].role == EVG_ROLE_SOURCE && e->type && strcmp(e->type, "PER") == 0)
                return o->actors[a].entity;
        }
    }
    return -1;
}

/* "where he met", "she said": the person a subject pronoun stands for is the
 * speaker of a statement before it in the sentence ("X said that he had
 * met"), else the source of the latest event with a person as source in this or the
 * previous sentence of the section, else the person opening the previous
 * sentence; -1 if none. */
int32_t evt_pronoun_subject(const evg_doc *d, const sent *s, int32_t trig)
{
    static const char *const w[] = {"he", "she", NULL};
    static const char *const aux[] = {"then", "also", "had", "has", "is", "was", "will", "would", "later",
                                      "subsequently", "afterwards", "separately", "again", "first", "finally",
                                      "briefly", "personally", "already", "earlier", "previously", NULL};
    int32_t k = trig - 1;
    for (int n = 0; n < 2 && k > s->first && tok_in(d, k, aux); n++) k--; /* "he had met", "he later met", "he had also met" */
    if (k < s->first || !tok_in(d, k, w)) return -1;
    /* "Orban said on Tuesday that he had invited X": the speaker of the
     * statement the pronoun's clause reports */
    for (size_t q = s->h.n; q-- > 0;) {
        const hit *h = &s->h.v[q];
        if (h->mt.end > k || h->mt.e->cls != EVT_CL_SPEECH || h->speaker < 0) continue;
        int32_t ent = s->c.v[h->speaker].ent;
        const evg_entity *e = &d->entities.v[ent];
        if (e->type && strcmp(e->type, "PER") == 0) return ent;
        break;
    }
    int32_t who = last_person_source(d, s);
    return who >= 0 ? who : previous_subject_person(d, s);
}

int32_t evt_previous_person(const evg_doc *d, const sent *s)
{
    int32_t who = last_person_source(d, s);
    return who >= 0 ? who : previous_subject_person(d, s);
}

/* The subject of sentence j: the source of its first event when a mention
 * of it stands before that trigger or at most four words after it (a name
 * told at the head of the sentence, not one carried over from before).
 * Returns the entity, -2 when the first event's source is not named there
 * or the sentence has no event (look further back), -1 when the subject is
 * no possible topic (a place). */
static int32_t opening_subject(const evg_doc *d, int32_t j)
{
    const evg_event *first = NULL;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->sent < j) break;
        if (o->sent == j && (!first || o->trig_first < first->trig_first)) first = o;
    }
    if (!first) return -2; /* a sentence of background: the topic goes on */
    int32_t src = -1;
    for (int a = 0; a < first->nactors && src < 0; a++)
        if (first->actors[a].role == EVG_ROLE_SOURCE) src = first->actors[a].entity;
    if (src < 0) return -2;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        if (m->sent != j || m->entity != src || m->tok_first > first->trig_end + 4) continue;
        const evg_entity *e = &d->entities.v[src];
        if (!e->type || strcmp(e->type, "LOC") == 0) return -1;
        return src;
    }
    return -2;
}

/* "ووصل X إلى جدة ... . ثم توجه إلى طهران": an Arabic verb that opens its
 * sentence with no subject of its own continues the topic, the subject named
 * at the head of one of the three sentences before it in the section
 * (opening_subject; sentences whose subject was carried over too, or that
 * hold no event, are skipped).  Returns the entity or -1. */
int32_t evt_topic_subject(const evg_doc *d, const sent *s)
{
    for (int32_t j = s->idx - 1; j >= 0 && j >= s->idx - 3; j--) {
        if (d->sentences.v[j].section != s->section) return -1;
        int32_t who = opening_subject(d, j);
        if (who != -2) return who;
    }
    return -1;
}

/* "اجتمع المسؤول الدولي بالوزير", "the minister then met": a definite title
 * standing as the subject, with no name, is the person who acted last
 * (the source of the latest event with a person as source in this or the
 * previous sentence).  Returns the entity or -1. */
int32_t evt_title_subject(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const ar[] = {
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84",       /* المسؤول */
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA1\xD9\x88\xD9\x84",       /* المسءول (folded) */
        "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1",               /* الوزير */
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA8\xD8\xB9\xD9\x88\xD8\xAB",       /* المبعوث */
        "\xD8\xA7\xD9\x84\xD8\xB6\xD9\x8A\xD9\x81",                         /* الضيف */
        NULL};
    static const char *const en[] = {"official", "minister", "envoy", "diplomat", "guest", NULL};
    int found = 0;
    if (mt->e->lang == EVG_LANG_AR && (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES))
        found = tok_in(d, mt->end, ar);
    else if (mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB)
        for (int32_t k = mt->first - 1; k >= s->first && k >= mt->first - 3 && !found; k--)
            found = tok_in(d, k, en) && tok_is(d, k - 1, "the");
    if (!found) return -1;
    return last_person_source(d, s);
}

/* Does folded token k (with any noun proclitic) name organisation e: the
 * first word of its first mention (Arabic "الوكالة" for "الوكالة الدولية
 * للطاقة الذرية") or the last (English "agency", "union")?  In Arabic a
 * country named by a phrase ("المملكة" for "المملكة الأردنية الهاشمية") is
 * named the same way (session 24). */
static int names_org(const evg_doc *d, int32_t k, const evg_entity *e, int en)
{
    int country = !en && e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3;
    if (!e->type || (strcmp(e->type, "ORG") != 0 && !country) || e->first_mention < 0 ||
        (size_t)e->first_mention >= d->mentions.n)
        return 0;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
    char w[64];
    if (!en && n > 4) { /* without its article: "للوكالة" writes ل + الوكالة as للوكالة */
        t += 4;
        n -= 4;
    }
    if (n == 0 || n >= sizeof w) return 0;
    memcpy(w, t, n);
    w[n] = '\0';
    const evg_mention *m = &d->mentions.v[e->first_mention];
    if (m->tok_first < k && m->tok_end - m->tok_first >= 2 && evt_tok_is_stem(d, en ? m->tok_end - 1 : m->tok_first, w))
        return 1;
    /* a country first named by its demonym ("السعودي") is named in full later ("المملكة العربية السعودية") */
    for (size_t i = 0; country && i < d->mentions.n && d->mentions.v[i].tok_first < k; i++) {
        m = &d->mentions.v[i];
        if (&d->entities.v[m->entity] == e && m->kind == EVG_MEN_NAME && m->tok_end - m->tok_first >= 2 &&
            evt_tok_is_stem(d, m->tok_first, w))
            return 1;
    }
    return 0;
}

/* The organisation that the definite head noun at token k stands for
 * (names_org), or -1. */
static int32_t org_of_noun(const evg_doc *d, const sent *s, int32_t k, int en)
{
    if (k <= s->first || k >= s->end || d->tokens.v[k].kind != EVG_TOK_WORD) return -1;
    if (!en && memcmp(d->fold + d->tokens.v[k].fs, "\xD8\xA7\xD9\x84", 4) != 0) return -1; /* ال */
    for (size_t i = 0; i < d->entities.n; i++)
        if (names_org(d, k, &d->entities.v[i], en)) return (int32_t)i;
    return -1;
}

/* The gender an Arabic verb shows for its subject: 1 feminine (قدمت،
 * تعلن، ستصرف), 0 masculine (قدم، يعلن، سيصرف), -1 not shown. */
static int verb_feminine_ar(const evg_doc *d, const evt_match *mt)
{
    const evg_token *t = &d->tokens.v[mt->first];
    const char *w = d->raw.p + t->os;
    size_t n = (size_t)(t->oe - t->os);
    if (mt->e->pos == EVT_POS_PAST)
        return mt->e->fem || (n > 4 && memcmp(w + n - 2, "\xD8\xAA", 2) == 0 &&
                              memcmp(w + n - 4, "\xD8\xA7", 2) != 0); /* ت, not ات */
    if (n > 2 && (memcmp(w, "\xD9\x88", 2) == 0 || memcmp(w, "\xD9\x81", 2) == 0)) w += 2, n -= 2; /* و ف */
    if (n > 2 && memcmp(w, "\xD8\xB3", 2) == 0) w += 2, n -= 2;                                      /* س */
    if (n < 4) return -1;
    if (memcmp(w, "\xD8\xAA", 2) == 0) return 1; /* ت */
    return memcmp(w, "\xD9\x8A", 2) == 0 ? 0 : -1; /* ي */
}

/* "إن الاتحاد سيصرف", "بأن المملكة قدمت", "لكن الهيئة رفضت", "الجامعة
 * التي علقت عضويتها": an Arabic subject written before its verb, with no
 * قد, after a complementizer, or the noun a relative pronoun (التي، الذي)
 * hangs on; the verb must agree with it in gender (ة feminine).  Returns
 * the noun's token or -1. */
static int32_t fronted_subject_ar(const evg_doc *d, const sent *s, const evt_match *mt)
{
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", NULL};
    int32_t k = mt->first - 1;
    if (mt->prefix_len || k - 1 < s->first) return -1;
    if (tok_in(d, k, rel)) k--;
    else if (!evt_is_complementizer(d, k - 1)) return -1;
    const evg_token *t = &d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || t->oe - t->os < 6) return -1; /* a noun of three letters at least (two bytes each) */
    int fem_noun = memcmp(d->raw.p + t->oe - 2, "\xD8\xA9", 2) == 0; /* ة */
    int fem_verb = verb_feminine_ar(d, mt);
    return fem_verb < 0 || fem_verb == fem_noun ? k : -1;
}

/* "وكانت الوكالة قد طالبت", "يعقد الاتحاد اجتماعه", "the agency demanded",
 * "إن الاتحاد سيصرف": a definite head noun as the subject, with no name,
 * stands for the organisation of the document whose name it opens (Arabic)
 * or ends (English); an Arabic subject may stand before its verb
 * (fronted_subject_ar).  lv is the light verb or -1.  Returns the entity or -1. */
int32_t evt_org_anaphor(const evg_doc *d, const sent *s, const evt_match *mt, int32_t lv)
{
    int en = mt->e->lang == EVG_LANG_EN;
    int32_t k = -1;
    if (en) {
        int32_t v = lv >= 0 ? lv : mt->first;
        if (mt->e->pos == EVT_POS_VERB || lv >= 0) k = tok_is(d, v - 2, "the") ? v - 1 : -1;
    } else if (lv >= 0) {
        k = lv + 1;
    } else if (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES) {
        k = tok_is(d, mt->first - 1, "\xD9\x82\xD8\xAF") ? mt->first - 2 : mt->end; /* قد */
    }
    int32_t org = org_of_noun(d, s, k, en);
    if (org < 0 && !en && lv < 0 && (mt->e->pos == EVT_POS_PAST || mt->e->pos == EVT_POS_PRES) &&
        strncmp(mt->e->code, "03", 2) != 0) /* "أكد X أن الحزب سيتعاون": an intent is the speaker's (030) */
        org = org_of_noun(d, s, fronted_subject_ar(d, s, mt), 0);
    return org;
}

/* سيعقد / ستجري (with و or ف before): the light verb is in the future. */
int evt_light_verb_future(const evg_doc *d, int32_t lv)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[lv], &n);
    if (n >= 2 && (memcmp(t, "\xD9\x88", 2) == 0 || memcmp(t, "\xD9\x81", 2) == 0)) {
        t += 2;
        n -= 2;
    }
    return n >= 4 && memcmp(t, "\xD8\xB3", 2) == 0 &&
           (memcmp(t + 2, "\xD9\x8A", 2) == 0 || memcmp(t + 2, "\xD8\xAA", 2) == 0);
}

/* ---- dual anaphors ---- */


/* "الجانبين", "الطرفان", "الأطراف", "الفصائل": the sides of an earlier act. */
static int sides_kind_ar(const evg_doc *d, int32_t k)
{
    static const char *const sides[] = {
        "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD9\x8A\xD9\x86",  /* الجانبين */
        "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD8\xA7\xD9\x86",  /* الجانبان */
        "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD9\x8A\xD9\x86",          /* الطرفين */
        "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD8\xA7\xD9\x86", NULL};   /* الطرفان */
    static const char *const group[] = {
        "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB7\xD8\xB1\xD8\xA7\xD9\x81",          /* الاطراف */
        "\xD8\xA7\xD9\x84\xD9\x81\xD8\xB5\xD8\xA7\xD8\xA1\xD9\x84",          /* الفصاءل */
        "\xD8\xA7\xD9\x84\xD9\x81\xD8\xB5\xD8\xA7\xD8\xA6\xD9\x84", NULL};   /* الفصائل */
    return tok_in(d, k, sides) ? DUAL_SIDES : tok_in(d, k, group) ? DUAL_GROUP : DUAL_NONE;
}

/* "the four countries", "الدول الأربع": a number from three to ten next to
 * a word for countries names the states listed before.  The number of
 * states, or 0. */
static int group_number(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {
        "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9", /* الثلاث الاربع */
        "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3", "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xAA",                      /* الخمس الست */
        "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xB9", "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86",      /* السبع الثمان */
        "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB3\xD8\xB9", "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB4\xD8\xB1", NULL};      /* التسع العشر */
    static const char *const masc[] = {
        "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87", "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xD9\x87", /* الثلاثه الاربعه */
        "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3\xD9\x87", "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xAA\xD9\x87",                        /* الخمسه السته */
        "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA8\xD8\xB9\xD9\x87", "\xD8\xA7\xD9\x84\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86\xD9\x8A\xD9\x87", /* السبعه الثمانيه */
        "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB3\xD8\xB9\xD9\x87", "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87", NULL};        /* التسعه العشره */
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    for (int i = 0; w[i]; i++)
        if (tok_is(d, k, w[i])) return 3 + i % 8;
    for (int i = 0; masc[i]; i++)
        if (tok_is(d, k, masc[i])) return 3 + i;
    return 0;
}

static int numbered_countries_ar(const evg_doc *d, int32_t k)
{
    static const char *const c[] = {"\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84",                 /* الدول */
                                    "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD8\xA7\xD9\x86", /* البلدان */
                                    "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA7\xD8\xAA", NULL}; /* الحكومات */
    return tok_in(d, k, c) ? group_number(d, k + 1) : 0;
}

/* "the three countries", "all four governments": a definite numbered group
 * (not "delegates from three countries", which points back to nobody). */
static int numbered_countries_en(const evg_doc *d, int32_t k)
{
    static const char *const c[] = {"countries", "governments", "nations", "states", NULL};
    static const char *const def[] = {"the", "all", "these", "those", NULL};
    return k > 1 && tok_in(d, k, c) && tok_in(d, k - 2, def) ? group_number(d, k - 1) : 0;
}

static int dual_kind_ar(const evg_doc *d, int32_t k)
{
    static const char *const people[] = {
        "\xD8\xA7\xD9\x84\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD9\x8A\xD9\x86",  /* الزعيمين */
        "\xD8\xA7\xD9\x84\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD8\xA7\xD9\x86",  /* الزعيمان */
        "\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD8\xA7",                          /* زعيما */
        "\xD8\xB2\xD8\xB9\xD9\x8A\xD9\x85\xD9\x8A",                          /* زعيمي */
        "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD9\x8A\xD9\x86",  /* الجانبين */
        "\xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8\xD8\xA7\xD9\x86",  /* الجانبان */
        "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD9\x8A\xD9\x86",          /* الطرفين */
        "\xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD9\x81\xD8\xA7\xD9\x86",          /* الطرفان */
        "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD9\x8A\xD9\x86",  /* الوزيرين */
        "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86",  /* الوزيران */
        "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD9\x8A\xD9\x86",  /* الرئيسين (dead: ئ folds to ء) */
        "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD8\xA7\xD9\x86",  /* الرئيسان */
        "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA1\xD9\x8A\xD8\xB3\xD9\x8A\xD9\x86",  /* الرءيسين */
        "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA1\xD9\x8A\xD8\xB3\xD8\xA7\xD9\x86",  /* الرءيسان */
        NULL};
    static const char *const countries[] = {
        "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD9\x8A\xD9\x86",          /* البلدين */
        "\xD8\xA7\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD8\xA7\xD9\x86",          /* البلدان */
        "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86",  /* الدولتين */
        "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86",  /* الدولتان */
        "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD8\xA7\xD9\x86", /* الحكومتان */
        "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD9\x8A\xD9\x86", /* الحكومتين */
        NULL};
    if (k < 0 || (size_t)k >= d->tokens.n) return DUAL_NONE;
    if (numbered_countries_ar(d, k)) return DUAL_NUMBERED;
    const char *w = d->fold + d->tokens.v[k].fs; /* speed: every word above opens with ال or زع */
    if (d->tokens.v[k].fe - d->tokens.v[k].fs < 10 ||
        (memcmp(w, "\xD8\xA7\xD9\x84", 4) != 0 && memcmp(w, "\xD8\xB2\xD8\xB9", 4) != 0))
        return DUAL_NONE;
    int sides = sides_kind_ar(d, k);
    if (sides) return sides;
    /* "زعيما البلدين", "الزعيمين": the two heads who acted just before, else their countries */
    if (evg_tok_in_static(d, (size_t)k, people, 4, EVG_WS_PLAIN)) return DUAL_LEADERS;
    if (tok_in(d, k, people + 4)) return DUAL_PEOPLE;
    if (tok_in(d, k, countries)) return DUAL_COUNTRIES;
    return DUAL_NONE;
}

/* "البلدان", "الجانبان", "الحكومتان": a dual noun of two sides or two
 * countries in the nominative (-ان) at token k; right after a verb it can
 * only be the verb's own subject (the oblique -ين may be its object).  Not
 * the two leaders or ministers ("ووقع الرئيسان"), whom a conjoined verb's
 * subject and the person after it already give. */
int evt_nominative_dual_ar(const evg_doc *d, int32_t k)
{
    int kind = dual_kind_ar(d, k);
    if (kind != DUAL_COUNTRIES && kind != DUAL_SIDES) return 0;
    const evg_token *t = &d->tokens.v[k];
    return t->fe - t->fs > 4 && memcmp(d->fold + t->fe - 4, "\xD8\xA7\xD9\x86", 4) == 0; /* ان */
}

/* "the two governments", "both leaders": the word after two/both. */
static int dual_kind_en(const evg_doc *d, int32_t k)
{
    static const char *const c[] = {"countries", "governments", "nations", "states", NULL};
    static const char *const p[] = {"ministers", "presidents", "men", NULL};
    static const char *const g[] = {"parties", "factions", "sides", NULL};
    if (numbered_countries_en(d, k)) return DUAL_NUMBERED;
    if (tok_in(d, k, g) && (tok_is(d, k - 1, "the") || tok_is(d, k - 1, "all")))
        return DUAL_GROUP; /* "the parties agreed", "all sides" */
    if (!tok_is(d, k - 1, "two") && !tok_is(d, k - 1, "both")) return DUAL_NONE;
    if (tok_is(d, k, "sides") || tok_is(d, k, "parties")) return DUAL_SIDES;
    if (tok_is(d, k, "leaders")) return DUAL_LEADERS;
    return tok_in(d, k, c) ? DUAL_COUNTRIES : tok_in(d, k, p) ? DUAL_PEOPLE : DUAL_NONE;
}

/* "the two governments signed", "وقع البلدان": is the subject of the
 * event's trigger a dual noun of countries (the word right before it in
 * English, up to three words either side in Arabic)? */
int evt_countries_subject(const evg_doc *d, const evg_event *ev)
{
    const evg_sentence *st = &d->sentences.v[ev->sent];
    for (int32_t k = ev->trig_first - 1; k >= st->tok_first && k >= ev->trig_first - 3; k--)
        if (dual_kind_en(d, k) == DUAL_COUNTRIES || dual_kind_ar(d, k) == DUAL_COUNTRIES) return 1;
    for (int32_t k = ev->trig_end; k < st->tok_end && k < ev->trig_end + 3; k++)
        if (dual_kind_ar(d, k) == DUAL_COUNTRIES) return 1;
    return 0;
}

/* "ثم وقّعا", "ويعقدان": an Arabic verb in the dual (perfect -ا/-تا, not
 * the plural -وا; imperfect -ان) with no subject named carries its two
 * sides in its ending: those of the latest two-sided event nearby. */
static int dual_verb(const evg_doc *d, const evt_match *mt)
{
    if (mt->end - mt->first != 1 || (mt->e->pos != EVT_POS_PAST && mt->e->pos != EVT_POS_PRES))
        return 0;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[mt->first], &n);
    /* at least a three-letter stem before the ending: not the perfect دعا itself */
    if (n < (size_t)mt->prefix_len + 8) return 0;
    if (mt->e->pos == EVT_POS_PRES && memcmp(t + n - 4, "\xD8\xA7\xD9\x86", 4) == 0) return 1; /* ان */
    /* the perfect -ا, or the jussive/subjunctive -ا of "لم يلتقيا", "أن يوقعا" (not -وا) */
    return memcmp(t + n - 2, "\xD8\xA7", 2) == 0 && memcmp(t + n - 4, "\xD9\x88", 2) != 0; /* ا, not وا */
}

/* A dual anaphor in the subject position of trigger hi: right after an
 * Arabic verb (VSO) or right before the trigger (SVO, English).  Returns
 * an enum evt_dual kind (DUAL_VERB: a dual verb with its subject unnamed),
 * never for "بين البلدين". */
int evt_dual_anaphor(const evg_doc *d, const sent *s, size_t hi, int32_t lo, int32_t hi_end)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int en = mt->e->lang == EVG_LANG_EN;
    int verbal = mt->e->pos != EVT_POS_NOUN && mt->e->pos != EVT_POS_FIXED;
    /* English may put "are due to", "will" between: "both countries are due to meet" */
    /* "وكان الطرفان قد عقدا جولة محادثات": the قد of a past perfect is no word between */
    int32_t reach = en ? 5 : 3;
    for (int32_t k = mt->first - 1; k >= lo && k >= mt->first - reach; k--) {
        if (!en && reach == 3 && tok_is(d, k, "\xD9\x82\xD8\xAF")) reach++; /* قد */
        int kind = en ? dual_kind_en(d, k) : dual_kind_ar(d, k);
        if (kind && !tok_is(d, k - 1, "between") && !evt_tok_is_stem(d, k - 1, "\xD8\xA8\xD9\x8A\xD9\x86"))
            return kind;
    }
    /* after a verb (VSO), or "لقاء جمع الوزيرين" after a meeting noun */
    int meet_noun = !verbal && strncmp(mt->e->code, "04", 2) == 0;
    for (int32_t k = mt->end; !en && (verbal || meet_noun) && k < hi_end && k < mt->end + 3; k++)
        if (dual_kind_ar(d, k)) return dual_kind_ar(d, k);
    return !en && dual_verb(d, mt) ? DUAL_VERB : DUAL_NONE;
}

int32_t evt_country_named(const evg_doc *d, const evg_entity *e)
{
    if (!e->country || strlen(e->country) != 3) return -1;
    char id[4];
    for (int i = 0; i < 3; i++) id[i] = (char)tolower((unsigned char)e->country[i]);
    id[3] = '\0';
    for (size_t i = 0; i < d->entities.n; i++)
        if (d->entities.v[i].id && strcmp(d->entities.v[i].id, id) == 0) return (int32_t)i;
    return -1;
}

/* The country entity of a person or organisation (its id is the ISO code). */
static int32_t country_entity(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    if (e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3) return ent;
    int32_t c = evt_country_named(d, e);
    return c >= 0 ? c : ent;
}

static int is_person(const evg_doc *d, int32_t ent)
{
    const char *t = d->entities.v[ent].type;
    return t && strcmp(t, "PER") == 0;
}

/* The two actors of the latest event of this or the three previous
 * sentences of the section become the actors of ev; "the two ministers"
 * look for an event between two people. */
/* "وحضر X و Y ..., لكنهما لم يلتقيا": the last two people joined by "و"
 * before token before in the sentence stand for a dual with no earlier
 * two-sided act to point back to.  Returns the number of actors added. */
static int sentence_pair(const evg_doc *d, const sent *s, int32_t before, evg_event *ev)
{
    for (size_t k = s->c.n; k-- > 1;) {
        const cand *b = &s->c.v[k], *a = &s->c.v[k - 1];
        if (b->first >= before || b->prep != PREP_AND || a->prep != PREP_NONE || a->attrib || b->attrib ||
            !is_person(d, a->ent) || !is_person(d, b->ent) || a->ent == b->ent)
            continue;
        evt_add_actor(ev, a->ent, EVG_ROLE_SOURCE);
        evt_add_actor(ev, b->ent, EVG_ROLE_PARTICIPANT);
        return 2;
    }
    return 0;
}

static int has_participant(const evg_event *ev)
{
    for (int k = 0; k < ev->nactors; k++)
        if (ev->actors[k].role == EVG_ROLE_PARTICIPANT) return 1;
    return 0;
}

/* "Kim received Lavrov ...; the two leaders then met": "the two leaders"
 * are the two people of the latest act between two people, else the two
 * countries of the latest two-sided act (the heads stand for them). */
/* "جلس X على مقربة من Y، ولم يلتق الزعيمان", "X sat next to Y, but the
 * two leaders did not meet": exactly two people named before the dual in
 * its own sentence are the two leaders.  Returns the
 * number of actors added (0 or 2). */
static int two_people_before(const evg_doc *d, const sent *s, int32_t before, evg_event *ev)
{
    int32_t p[2] = {-1, -1};
    for (size_t k = 0; k < s->c.n && s->c.v[k].first < before; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || !is_person(d, c->ent) || c->ent == p[0] || c->ent == p[1]) continue;
        if (p[1] >= 0) return 0; /* a third person: not a pair */
        p[p[0] >= 0] = c->ent;
    }
    if (p[1] < 0) return 0;
    evt_add_actor(ev, p[0], EVG_ROLE_SOURCE);
    evt_add_actor(ev, p[1], EVG_ROLE_PARTICIPANT);
    return 2;
}

/* The number of states a numbered group near the trigger of ev names. */
static int group_size(const evg_doc *d, const sent *s, const evg_event *ev)
{
    for (int32_t k = ev->trig_first - 6 > s->first ? ev->trig_first - 6 : s->first; k < ev->trig_end + 4 && k < s->end; k++) {
        int n = numbered_countries_en(d, k);
        if (!n) n = numbered_countries_ar(d, k);
        if (n) return n;
    }
    return 0;
}

static int is_state(const evg_doc *d, int32_t ent)
{
    const evg_entity *e = &d->entities.v[ent];
    return e->type && strcmp(e->type, "GPE") == 0 && e->id && strlen(e->id) == 3;
}

/* "Saudi Arabia, the UAE, Bahrain and Egypt ... . The four countries cut
 * ties": the latest n states named close together (at most four words
 * between two of them) before the sentence, in the section.  Returns the
 * number of actors added (n or 0). */
static int listed_states(const evg_doc *d, const sent *s, int n, evg_event *ev)
{
    int32_t pos[64], who[64], np = 0; /* state mentions of the reach, in text order */
    for (size_t m = 0; m < d->mentions.n; m++) {
        const evg_mention *mn = &d->mentions.v[m];
        if (mn->tok_end > s->first || mn->tok_first < s->first - 400 || !is_state(d, mn->entity) ||
            d->sentences.v[mn->sent].section != s->section)
            continue;
        int at = np < 64 ? np++ : -1; /* keep the 64 latest */
        if (at < 0) {
            int32_t lo = 0;
            for (int i = 1; i < 64; i++) lo = pos[i] < pos[lo] ? i : lo;
            if (pos[lo] > mn->tok_first) continue;
            at = lo;
        }
        pos[at] = mn->tok_first;
        who[at] = mn->entity;
    }
    int32_t got[10], ng = 0, last = -1;
    for (int step = 0; step < np && ng < n; step++) {
        int best = -1; /* the next mention back */
        for (int i = 0; i < np; i++)
            if ((last < 0 || pos[i] < last) && (best < 0 || pos[i] > pos[best])) best = i;
        if (best < 0) break;
        if (last >= 0 && last - pos[best] > 5) ng = 0; /* not one list */
        last = pos[best];
        int seen = 0;
        for (int i = 0; i < ng; i++) seen |= got[i] == who[best];
        if (!seen) got[ng++] = who[best];
    }
    if (ng < n) return 0;
    for (int i = ng; i-- > 0;) evt_add_actor(ev, got[i], ev->nactors ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
    return n;
}

/* "The three countries also condemned ...": the states of the latest act of
 * this or the three previous sentences with as many parties, else the
 * latest list of that many states. */
static int numbered_actors(const evg_doc *d, const sent *s, evg_event *ev)
{
    int n = group_size(d, s, ev);
    if (n < 3) return 0;
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 3) break;
        int states = 0; /* its agents: the target of "cut ties with Qatar" is not one of the four */
        for (int k = 0; k < o->nactors; k++)
            states += o->actors[k].role != EVG_ROLE_TARGET && is_state(d, o->actors[k].entity);
        if (states != n) continue;
        for (int k = 0; k < o->nactors; k++)
            if (o->actors[k].role != EVG_ROLE_TARGET && is_state(d, o->actors[k].entity))
                evt_add_actor(ev, o->actors[k].entity, ev->nactors ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
        return n;
    }
    return listed_states(d, s, n, ev);
}

int evt_add_dual_actors(const evg_doc *d, const sent *s, int kind, evg_event *ev)
{
    if (kind == DUAL_NUMBERED) return numbered_actors(d, s, ev);
    if (kind == DUAL_LEADERS) {
        if (ev->trig_end > ev->trig_first && two_people_before(d, s, ev->trig_first, ev) > 0) return ev->nactors;
        int n = evt_add_dual_actors(d, s, DUAL_PEOPLE, ev);
        return n > 0 ? n : evt_add_dual_actors(d, s, DUAL_COUNTRIES, ev);
    }
    for (size_t i = d->events.n; i-- > 0;) {
        const evg_event *o = &d->events.v[i];
        if (o->section != s->section || o->sent < s->idx - 3) break;
        if (o->nactors < 2) continue;
        /* "وصل X وY إلى جوبا": who travel together are no two sides */
        if ((kind == DUAL_SIDES || kind == DUAL_PEOPLE) && strcmp(o->code, "042") == 0 && has_participant(o))
            continue;
        if (kind == DUAL_SIDES || kind == DUAL_GROUP) { /* the parties as named, place names aside */
            /* sides face each other: not two speakers of one statement, nor a mediator's act */
            if (strncmp(o->code, "01", 2) == 0 || strcmp(o->code, "045") == 0) continue;
            for (int k = 0; k < o->nactors && (kind == DUAL_GROUP || ev->nactors < 2); k++) {
                const char *t = d->entities.v[o->actors[k].entity].type;
                if (!t || strcmp(t, "LOC") != 0)
                    evt_add_actor(ev, o->actors[k].entity,
                                  ev->nactors ? EVG_ROLE_PARTICIPANT : EVG_ROLE_SOURCE);
            }
            return ev->nactors;
        }
        if (kind == DUAL_PEOPLE && !(is_person(d, o->actors[0].entity) && is_person(d, o->actors[1].entity)))
            continue;
        for (int k = 0; k < 2; k++) {
            int32_t ent = o->actors[k].entity;
            if (kind == DUAL_COUNTRIES) ent = country_entity(d, ent);
            evt_add_actor(ev, ent, k == 0 ? EVG_ROLE_SOURCE : EVG_ROLE_PARTICIPANT);
        }
        return ev->nactors;
    }
    if ((kind == DUAL_VERB || kind == DUAL_PEOPLE) && ev->trig_end > ev->trig_first)
        return sentence_pair(d, s, ev->trig_first, ev);
    return 0;
}

/* ---- statements ---- */

/* "أضاف", "تابع", "added": more of a statement already reported. */
int evt_is_continuation_speech(const evg_doc *d, const evt_match *mt)
{
    static const char *const w[] = {"added", "adds", "continued", NULL};
    if (tok_in(d, mt->first, w)) return 1;
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[mt->first], &n);
    t += mt->prefix_len;
    n -= (size_t)mt->prefix_len;
    static const char *const stems[] = {"\xD8\xA7\xD8\xB6\xD8\xA7\xD9\x81",         /* اضاف */
                                        "\xD9\x8A\xD8\xB6\xD9\x8A\xD9\x81",         /* يضيف */
                                        "\xD8\xAA\xD8\xB6\xD9\x8A\xD9\x81",         /* تضيف */
                                        "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9", NULL};  /* تابع */
    for (int q = 0; stems[q]; q++)
        if (n >= strlen(stems[q]) && memcmp(t, stems[q], strlen(stems[q])) == 0) return 1;
    return 0;
}

/* "المعاهدة الموقعة بين X و Y عام 1979": the participle of signing is a
 * relative clause in one word ("التي وقعت"); the agreement it recalls is
 * background. */
int evt_signing_participle(const evg_doc *d, const evg_event *o)
{
    return strcmp(o->code, "057") == 0 &&
           (evt_tok_is_stem(d, o->trig_first, "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9") ||         /* موقع */
            evt_tok_is_stem(d, o->trig_first, "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9\xD9\x87"));  /* موقعه */
}

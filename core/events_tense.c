/*
 * events_tense.c - what the verb form of a trigger says about time and
 * person, beyond the modality cues of data/cues.tsv.
 *
 * Anterior clauses: a past perfect ("وقد أجرى", "كانت X قد نشرت", "سبق أن
 * زار", "had met") or an "already" clause ("أرسلها بالفعل", "already sent")
 * reports something done before the story's own time.  Such an event keeps
 * the date of its own clause; without one it must not borrow the date of
 * another clause or of the event next to it (events.c, events_merge.c).
 *
 * First person in a quotation: "قال بوتين: «سنناقش مع كيم ...»", "Putin
 * said: we will discuss ..." - the speaker of the quoting verb is the
 * subject of a first person verb (present prefix ن, "we", "I").
 *
 * Negation by a verb: a refusal or denial (cues.tsv, clause scope) does
 * not reach a verb that opens the next clause after a comma and و/"and".
 *
 * Works on folded tokens only; no state.  Exports evt_anterior, evt_ar_was
 * (the forms of كان), evt_first_person_speaker and evt_cue_cut (events_int.h).
 */
#include "events_int.h"

/* قد وقد فقد لقد */
static int is_qad(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"\xD9\x82\xD8\xAF", "\xD9\x88\xD9\x82\xD8\xAF",
                                    "\xD9\x81\xD9\x82\xD8\xAF", "\xD9\x84\xD9\x82\xD8\xAF", NULL};
    return tok_in(d, k, w);
}

/* The forms of كان that open a past perfect ("وكان X قد ..."): كان,
 * كانت, كانا, كانوا, with or without و.  One list for every reader
 * (events_coref.c, events_date.c and reported_perfect below). */
int evt_ar_was(const evg_doc *d, int32_t q)
{
    static const char *const was[] = {"\xD9\x83\xD8\xA7\xD9\x86", "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA", /* كان كانت */
                                      "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA", /* وكان وكانت */
                                      "\xD9\x83\xD8\xA7\xD9\x86\xD8\xA7", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86\xD8\xA7", /* كانا وكانا */
                                      "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7", "\xD9\x88\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7", /* كانوا وكانوا */
                                      NULL};
    return tok_in(d, q, was);
}

/* Is the verb at anchor a perfect (a past trigger, or a light verb)? */
static int anchor_is_past(const evt_match *mt, int32_t anchor)
{
    if (anchor != mt->first) return 1; /* light verbs carry nouns in the perfect: أجرى عقد */
    return mt->e->pos == EVT_POS_PAST || (mt->e->lang == EVG_LANG_EN && mt->e->pos == EVT_POS_VERB);
}

/* "نفى أن يكون X قد التقى Y", "ينفي أن تكون قد أرسلت": after أن يكون
 * the perfect with قد is the act that is claimed or denied, told in the
 * story's own time, not a clause about earlier times.  Is a form of يكون
 * a few words before the قد at k, after أن? */
static int subjunctive_be(const evg_doc *d, const sent *s, int32_t k)
{
    static const char *const be[] = {"\xD9\x8A\xD9\x83\xD9\x88\xD9\x86",         /* يكون */
                                     "\xD8\xAA\xD9\x83\xD9\x88\xD9\x86",         /* تكون */
                                     "\xD9\x8A\xD9\x83\xD9\x88\xD9\x86\xD8\xA7", /* يكونا */
                                     "\xD9\x8A\xD9\x83\xD9\x88\xD9\x86\xD9\x88\xD8\xA7", NULL}; /* يكونوا */
    for (int32_t q = k - 1; q > s->first && q >= k - 5; q--) {
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return 0;
        if (tok_in(d, q, be)) return tok_is(d, q - 1, "\xD8\xA7\xD9\x86"); /* ان */
    }
    return 0;
}

/* "قد زار", "سبق أن زار", "had visited", "had already met". */
static int past_perfect(const evg_doc *d, const sent *s, const evt_match *mt, int32_t anchor)
{
    int32_t k = anchor - 1;
    if (k < s->first || !anchor_is_past(mt, anchor)) return 0;
    if (is_qad(d, k)) return !subjunctive_be(d, s, k);
    if (tok_is(d, k, "\xD8\xA7\xD9\x86") && k - 1 >= s->first && /* سبق أن */
        evt_tok_is_stem(d, k - 1, "\xD8\xB3\xD8\xA8\xD9\x82"))
        return 1;
    if (tok_is(d, k, "already") && k - 1 >= s->first) k--;
    return tok_is(d, k, "had");
}

/* "بالفعل" or "already" in the clause of the verb, a few words around it. */
static int already_clause(const evg_doc *d, const sent *s, const evt_match *mt, int32_t anchor)
{
    for (int32_t k = anchor - 1; k >= s->first && k >= anchor - 3; k--) {
        if (evt_is_punct_boundary(d, k)) break;
        if (tok_is(d, k, "already")) return 1;
    }
    for (int32_t k = mt->end; k < s->end && k < mt->end + 4; k++) {
        if (evt_is_punct_boundary(d, k) || evt_is_complementizer(d, k)) break;
        if (tok_is(d, k, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x81\xD8\xB9\xD9\x84") || tok_is(d, k, "already"))
            return 1;
    }
    return 0;
}

/* "Yoon said the two sides had agreed that ...", "قال X إن البلدين قد
 * اتفقا": in the complement of a statement the perfect is the tense the
 * report shifts a simple past to; it tells an act of the story's time, not
 * of earlier times ("كان قد", a real pluperfect, stays anterior).  Is there
 * a speech verb of the sentence a few words before the auxiliary at k? */
static int reported_perfect(const evg_doc *d, const sent *s, int32_t k)
{
    for (int32_t q = k - 1; q >= s->first && q >= k - 3; q--)
        if (evt_ar_was(d, q)) return 0;
    for (size_t h = 0; h < s->h.n; h++) {
        const evt_match *sp = &s->h.v[h].mt;
        if (sp->e->cls == EVT_CL_SPEECH && sp->end <= k && k - sp->end <= 8) return 1;
    }
    return 0;
}

int evt_anterior(const evg_doc *d, const sent *s, const evt_match *mt, int32_t anchor)
{
    if (past_perfect(d, s, mt, anchor)) return reported_perfect(d, s, anchor - 1) ? 0 : 2;
    return already_clause(d, s, mt, anchor);
}

/* ---- first person ---- */

/* The token at i with the proclitic و/ف (prefix bytes) and the future
 * prefix س removed starts with ن: "سنناقش", "ونلتقي". */
static int arabic_first_plural(const evg_doc *d, int32_t i, int prefix_len)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[i], &n);
    if ((size_t)prefix_len > n) return 0;
    t += prefix_len;
    n -= (size_t)prefix_len;
    if (n >= 4 && memcmp(t, "\xD8\xB3", 2) == 0) {
        t += 2;
        n -= 2;
    }
    return n >= 6 && memcmp(t, "\xD9\x86", 2) == 0;
}

static int english_first_person(const evg_doc *d, const sent *s, int32_t trig)
{
    static const char *const aux[] = {"will", "would", "shall", "also", "to", "want", "plan",
                                      "intend", "hope", NULL};
    int32_t k = trig - 1;
    while (k > s->first && k >= trig - 3 && tok_in(d, k, aux)) k--;
    return k >= s->first && k < trig && (tok_is(d, k, "we") || tok_is(d, k, "i"));
}

static int first_person(const evg_doc *d, const sent *s, const evt_match *mt)
{
    if (mt->e->lang == EVG_LANG_EN) return english_first_person(d, s, mt->first);
    return mt->e->present && arabic_first_plural(d, mt->first, mt->prefix_len);
}

/* A quotation mark of either side: " “ ” « ». */
static int quote_mark(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", NULL};
    return d->tokens.v[i].kind == EVG_TOK_PUNCT && tok_in(d, i, p);
}

/* How far after the closing quotation mark its speech verb may stand
 * ("...," the Indian prime minister Narendra Modi said). */
#define QUOTE_TAIL 8

/* '"We condemn this attack," X said', '«لن نقبل الوصاية»، قال X': the
 * quotation opens before the trigger and closes before a speech verb
 * right after it, whose speaker is known. */
static int32_t speaker_after_quote(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    int open = 0;
    for (int32_t q = s->first; q < mt->first && !open; q++) open = quote_mark(d, q);
    if (!open) return -1;
    for (size_t k = hi + 1; k < s->h.n; k++) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        int32_t close = -1;
        for (int32_t q = mt->end; q < h->mt.first; q++)
            if (quote_mark(d, q)) close = q;
        if (close < 0 || h->speaker < 0 || h->mt.first - close > QUOTE_TAIL) return -1;
        return h->speaker;
    }
    return -1;
}

/* The nearest speech verb before hi whose quotation (after ":" « " or a
 * complementizer) holds the trigger, when its speaker is known; else the
 * speech verb right after the quotation that holds it. */
int32_t evt_first_person_speaker(const evg_doc *d, const sent *s, size_t hi)
{
    const evt_match *mt = &s->h.v[hi].mt;
    if (!first_person(d, s, mt)) return -1;
    for (size_t k = hi; k-- > 0;) {
        const hit *h = &s->h.v[k];
        if (h->mt.e->cls != EVT_CL_SPEECH) continue;
        if (h->speaker < 0) continue; /* "في تصريحات": the verb before names the speaker */
        for (int32_t q = h->mt.end; q < mt->first; q++)
            if (evt_is_quote_open(d, q) || evt_is_complementizer(d, q)) return h->speaker;
        return mt->e->lang == EVG_LANG_EN && mt->first - h->mt.end <= 2 ? h->speaker : -1;
    }
    return speaker_after_quote(d, s, hi);
}

/* Does token k open a coordinated clause ("and", و/ف on a word, not وأن)? */
static int opens_clause(const evg_doc *d, int32_t k)
{
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    if (tok_is(d, k, "and")) return 1;
    const evg_token *t = &d->tokens.v[k];
    const char *w = d->fold + t->fs;
    size_t n = (size_t)(t->fe - t->fs);
    if (n <= 4 || (memcmp(w, "\xD9\x88", 2) != 0 && memcmp(w, "\xD9\x81", 2) != 0)) return 0; /* و ف */
    return !(n == 6 && memcmp(w + 2, "\xD8\xA7\xD9\x86", 4) == 0); /* وان فان: "، وأن يكون" goes on */
}

/* "رفضت X الاتهامات يوم الاثنين، وتوعدت بالرد", "نفى X ذلك، وأكد أن ...",
 * "denied the report, and said Kabul reserved the right to respond": a
 * negating verb of clause scope (data/cues.tsv: refusal, denial, ruling
 * out) reaches the acts of its own clause, not those after a comma followed
 * by a clause joined with و/ف or "and".  anchor is the trigger or its light
 * verb (events.c).  Returns 1 when the cue does not reach it. */
int evt_cue_cut(const evg_doc *d, const evt_match *cue, const evt_match *anchor)
{
    if (cue->e->kind != EVT_CUE_NEGATED || cue->e->scope != EVT_SC_CLAUSE) return 0;
    for (int32_t q = cue->end; q < anchor->first; q++)
        if (evt_is_punct_boundary(d, q) && opens_clause(d, q + 1)) return 1;
    return 0;
}
